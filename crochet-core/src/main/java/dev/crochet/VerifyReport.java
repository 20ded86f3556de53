package dev.crochet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of {@code verify}: one {@link Check} per rule, each passed or failed with
 * details.
 */
public record VerifyReport(List<Check> checks) {

	/** One verification rule and its outcome. */
	public record Check(String name, boolean passed, List<String> problems) {

		public Check {
			problems = List.copyOf(problems);
		}

		static Check of(String name, List<String> problems) {
			return new Check(name, problems.isEmpty(), problems);
		}
	}

	public VerifyReport {
		checks = List.copyOf(checks);
	}

	public boolean ok() {
		return checks.stream().allMatch(Check::passed);
	}

	public List<String> problems() {
		return checks.stream().flatMap(c -> c.problems().stream()).toList();
	}

	public String describe() {
		return checks.stream()
			.map(c -> (c.passed() ? "[ok]   " : "[FAIL] ") + c.name()
					+ c.problems()
						.stream()
						.map(p -> System.lineSeparator() + "         " + p)
						.collect(Collectors.joining()))
			.collect(Collectors.joining(System.lineSeparator()));
	}
}
