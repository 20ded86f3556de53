package dev.crochet.maven;

import org.apache.maven.plugin.logging.Log;

/**
 * A {@link Log} that logs a multi-line message one line at a time: Maven prefixes only
 * the first line of a message with its level, so the rest of a drift report or a problem
 * list lost its {@code [WARNING]}.
 */
final class LineByLineLog implements Log {

	private static final String LINE_BREAK = "\\R";

	private final Log log;

	LineByLineLog(Log log) {
		this.log = log;
	}

	private static String[] lines(CharSequence content) {
		return content == null ? new String[] { null } : content.toString().split(LINE_BREAK, -1);
	}

	@Override
	public boolean isDebugEnabled() {
		return log.isDebugEnabled();
	}

	@Override
	public void debug(CharSequence content) {
		for (String line : lines(content)) {
			log.debug(line);
		}
	}

	@Override
	public void debug(CharSequence content, Throwable error) {
		log.debug(content, error);
	}

	@Override
	public void debug(Throwable error) {
		log.debug(error);
	}

	@Override
	public boolean isInfoEnabled() {
		return log.isInfoEnabled();
	}

	@Override
	public void info(CharSequence content) {
		for (String line : lines(content)) {
			log.info(line);
		}
	}

	@Override
	public void info(CharSequence content, Throwable error) {
		log.info(content, error);
	}

	@Override
	public void info(Throwable error) {
		log.info(error);
	}

	@Override
	public boolean isWarnEnabled() {
		return log.isWarnEnabled();
	}

	@Override
	public void warn(CharSequence content) {
		for (String line : lines(content)) {
			log.warn(line);
		}
	}

	@Override
	public void warn(CharSequence content, Throwable error) {
		log.warn(content, error);
	}

	@Override
	public void warn(Throwable error) {
		log.warn(error);
	}

	@Override
	public boolean isErrorEnabled() {
		return log.isErrorEnabled();
	}

	@Override
	public void error(CharSequence content) {
		for (String line : lines(content)) {
			log.error(line);
		}
	}

	@Override
	public void error(CharSequence content, Throwable error) {
		log.error(content, error);
	}

	@Override
	public void error(Throwable error) {
		log.error(error);
	}

}
