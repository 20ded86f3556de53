package dev.crochet.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/** What a goal logged at info and warn level, line by line, for assertions. */
final class RecordingLog extends SystemStreamLog {

	final List<String> lines = new ArrayList<>();

	@Override
	public void info(CharSequence content) {
		lines.add(content.toString());
	}

	@Override
	public void warn(CharSequence content) {
		lines.add(content.toString());
	}

	String text() {
		return String.join("\n", lines);
	}

}
