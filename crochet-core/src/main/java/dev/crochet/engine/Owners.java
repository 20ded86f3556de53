package dev.crochet.engine;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Lock owners for the verbs that take the locks without a migration run (import, rebuild,
 * baseline), in the form a run's owner has ({@code <pid>@<host>/<thread>/<id>}), so
 * {@code status} and 'crochet unlock' read them alike and a dead holder on this host is
 * recognised as dead.
 */
final class Owners {

	private Owners() {
	}

	static String of(String verb) {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + verb + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

}
