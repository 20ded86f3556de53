package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a migration's upgrade or downgrade against a context that only records
 * {@code runCypher}.
 */
final class RecordedCypher {

	private RecordedCypher() {
	}

	static List<String> upgrade(Migration migration) {
		List<String> statements = new ArrayList<>();
		migration.upgrade(recorder(statements));
		return statements;
	}

	static List<String> downgrade(Migration migration) {
		List<String> statements = new ArrayList<>();
		migration.downgrade(recorder(statements));
		return statements;
	}

	private static MigrationContext recorder(List<String> statements) {
		return (MigrationContext) Proxy.newProxyInstance(RecordedCypher.class.getClassLoader(),
				new Class<?>[] { MigrationContext.class }, (proxy, method, args) -> {
					if (method.getName().equals("runCypher") && args.length == 1) {
						statements.add((String) args[0]);
						return null;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
