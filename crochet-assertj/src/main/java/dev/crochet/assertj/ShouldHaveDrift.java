package dev.crochet.assertj;

import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

/** Drift where none was expected, none where some was, or another drift than expected. */
final class ShouldHaveDrift extends CrochetErrorMessage {

	private ShouldHaveDrift(String format, Object... arguments) {
		super(format, arguments);
	}

	/**
	 * @param drift the drift's own explanation, with what to do
	 */
	static ErrorMessageFactory shouldHaveNoDrift(String drift) {
		return new ShouldHaveDrift("%nExpecting no drift, but:%n%s", text(drift));
	}

	static ErrorMessageFactory shouldHaveDrift(String modelHash) {
		return new ShouldHaveDrift(
				"%nExpecting drift, but the models, the migrations and the graph agree (schema hash %s)", modelHash);
	}

	static ErrorMessageFactory shouldMatchMigrations(String modelHash, String headHash) {
		return new ShouldHaveDrift(
				"%nExpecting the models to match the head migration, but the models have schema hash:%n  %s%nand the head migration declares:%n  %s",
				modelHash, headHash);
	}

	static ErrorMessageFactory shouldHaveBeenCompared(String modelHash) {
		return new ShouldHaveDrift(
				"%nExpecting the models to match the head migration, but the head migration declares no"
						+ " schema hash, so the models (schema hash %s) were not compared with it",
				modelHash);
	}

	static ErrorMessageFactory shouldHaveModelChanges(List<String> actual, List<String> expected) {
		return new ShouldHaveDrift(
				"%nExpecting the models to differ from the head migration by:%n  %s%nbut they differ by:%n  %s",
				lines(expected), lines(actual));
	}

	/**
	 * @param where {@code missing in the graph} or {@code unexpected in the graph}
	 */
	static ErrorMessageFactory shouldHaveLiveDrift(String where, List<String> actual, List<String> expected) {
		return new ShouldHaveDrift("%nExpecting %s:%n  %s%nbut found %s:%n  %s", text(where), lines(expected),
				text(where), lines(actual));
	}

}
