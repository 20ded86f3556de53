package dev.crochet.cli;

import dev.crochet.Drift;
import dev.crochet.RevisionState;
import dev.crochet.Status;
import dev.crochet.VerifyReport;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.RunLock;
import dev.crochet.ledger.StepIntent;
import dev.crochet.live.SchemaElement;
import dev.crochet.roundtrip.RoundTripJson;
import dev.crochet.roundtrip.RoundTripReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} shapes: plain maps and lists, so the output is stable and
 * {@code jq}-friendly.
 */
final class JsonViews {

	private JsonViews() {
	}

	static Map<String, Object> status(Status status) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("head", status.head());
		json.put("revisions", status.revisions().stream().map(JsonViews::revision).toList());
		json.put("pending", status.pending());
		json.put("batches", status.batchCounts().stream().map(c -> {
			Map<String, Object> batch = batch(c.batch());
			batch.put("inGraph", c.inGraph());
			return batch;
		}).toList());
		json.put("drift", status.drift() == null ? null : drift(status.drift()));
		json.put("lock", status.lock() == null ? null : lock(status.lock()));
		json.put("graphLockHolder", status.graphLockHolder());
		json.put("interrupted", status.interrupted() == null ? null : intent(status.interrupted()));
		json.put("lastRecovery", status.lastRecovery() == null ? null : Map.of("at",
				status.lastRecovery().at().toString(), "detail", String.valueOf(status.lastRecovery().detail())));
		json.put("problems", status.dataProblems());
		return json;
	}

	private static Map<String, Object> revision(RevisionState state) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", state.revision());
		json.put("description", state.description());
		json.put("state", state.state().name());
		json.put("rollbackSafe", state.rollbackSafe());
		json.put("appliedAt", state.appliedAt() == null ? null : state.appliedAt().toString());
		return json;
	}

	private static Map<String, Object> lock(RunLock lock) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("owner", lock.owner());
		json.put("since", lock.since().toString());
		json.put("holderAlive", lock.holderAlive().orElse(null));
		return json;
	}

	private static Map<String, Object> intent(StepIntent intent) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("revision", intent.revision());
		json.put("direction", intent.direction());
		json.put("step", intent.step() + 1);
		json.put("steps", intent.steps());
		json.put("operation", intent.operation());
		json.put("batchId", intent.batchId());
		json.put("owner", intent.owner());
		json.put("since", intent.updatedAt().toString());
		return json;
	}

	private static Map<String, Object> batch(BatchRecord batch) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("batchId", batch.batchId());
		json.put("migration", batch.migrationId());
		json.put("sourceFile", batch.sourceFile());
		json.put("checksum", batch.checksum());
		json.put("records", batch.recordCount());
		json.put("status", String.valueOf(batch.status()));
		return json;
	}

	static Map<String, Object> drift(Drift drift) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("drift", drift.hasDrift());
		json.put("modelHash", drift.modelHash());
		json.put("headHash", drift.headHash());
		json.put("modelsChecked", drift.modelsChecked());
		json.put("modelsAheadOfMigrations", drift.modelsAheadOfMigrations());
		json.put("modelChanges", drift.modelChanges().changes().stream().map(c -> c.describe()).toList());
		json.put("missingInGraph", elements(drift.missingInGraph()));
		json.put("unexpectedInGraph", elements(drift.unexpectedInGraph()));
		json.put("ignoredInGraph", drift.ignoredInGraph().stream().map(i -> {
			Map<String, Object> ignored = new LinkedHashMap<>();
			ignored.put("element", i.element().describe());
			ignored.put("pattern", i.pattern());
			return ignored;
		}).toList());
		return json;
	}

	private static List<String> elements(List<SchemaElement> elements) {
		return elements.stream().map(SchemaElement::describe).toList();
	}

	static Map<String, Object> verify(VerifyReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("ok", report.ok());
		json.put("checks", report.checks().stream().map(c -> {
			Map<String, Object> check = new LinkedHashMap<>();
			check.put("name", c.name());
			check.put("passed", c.passed());
			check.put("problems", c.problems());
			return check;
		}).toList());
		return json;
	}

	static Map<String, Object> roundTrip(RoundTripReport report) {
		return RoundTripJson.of(report);
	}

}
