package dev.crochet.roundtrip;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of a {@link RoundTripReport}: plain maps and lists for any JSON writer.
 * One shape for {@code crochet roundtrip --json} and the Maven plugin's
 * {@code target/crochet/roundtrip.json}, so a script reads either.
 *
 * <pre>{@code
 * new ObjectMapper().writeValueAsString(RoundTripJson.of(report));
 * }</pre>
 */
public final class RoundTripJson {

	private RoundTripJson() {
	}

	public static Map<String, Object> of(RoundTripReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("mode", report.mode().name());
		json.put("leavesNoTrace", report.leavesNoTrace());
		json.put("verdicts", report.verdicts().stream().map(RoundTripJson::verdict).toList());
		json.put("summary", report.summary());
		return json;
	}

	private static Map<String, Object> verdict(RevisionVerdict verdict) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", verdict.revision());
		json.put("outcome", verdict.outcome().name());
		json.put("failure", verdict.failure().map(RevisionVerdict.Failure::words).orElse(null));
		json.put("leftBehind", verdict.leftBehind().stream().map(Difference::describe).toList());
		json.put("lost", verdict.lost().stream().map(Difference::describe).toList());
		json.put("changed", verdict.changed().stream().map(Difference::describe).toList());
		json.put("notReproduced", verdict.upDifferences().stream().map(Difference::describe).toList());
		json.put("error", verdict.error());
		return json;
	}

}
