package dev.crochet.assertj;

import org.assertj.core.error.BasicErrorMessageFactory;

import java.util.Collection;

/**
 * Base of Crochet's {@code ShouldXxx} message factories: free text and lists of
 * descriptions are shown as written (one per line), not as quoted Java strings, so a
 * failure reads like a report.
 */
abstract class CrochetErrorMessage extends BasicErrorMessageFactory {

	/**
	 * Indent of a listed item; {@code %n  } in the formats puts the first one on its own
	 * line.
	 */
	private static final String ITEM_SEPARATOR = System.lineSeparator() + "  ";

	CrochetErrorMessage(String format, Object... arguments) {
		super(format, arguments);
	}

	/** Shown as written, without quotes. */
	static CharSequence text(String text) {
		return unquotedString(text);
	}

	/** One item per line, or {@code (none)}. */
	static CharSequence lines(Collection<String> items) {
		return unquotedString(items.isEmpty() ? "(none)" : String.join(ITEM_SEPARATOR, items));
	}

}
