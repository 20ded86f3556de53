package dev.crochet.engine;

import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.BatchTarget;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.StepIntent;
import org.neo4j.driver.Value;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's records as the properties of the graph ledger's nodes, and back. Times are
 * kept as ISO-8601 strings, as the ledger file keeps them, so a history moved between the
 * two stores compares equal to the nanosecond.
 */
final class GraphRecords {

	private GraphRecords() {
	}

	static Map<String, Object> applied(AppliedMigration migration, long seq) {
		Map<String, Object> row = new HashMap<>();
		row.put("revision", migration.revision());
		row.put("parent", migration.parent());
		row.put("description", migration.description());
		row.put("schemaHash", migration.schemaHash());
		row.put("checksum", migration.checksum());
		row.put("rollbackSafe", migration.rollbackSafe());
		row.put("appliedAt", migration.appliedAt().toString());
		row.put("durationMillis", migration.durationMillis());
		row.put("seq", seq);
		return row;
	}

	static AppliedMigration applied(Value node) {
		return new AppliedMigration(node.get("revision").asString(), text(node, "parent"), text(node, "description"),
				text(node, "schemaHash"), text(node, "checksum"), node.get("rollbackSafe").asBoolean(),
				Instant.parse(node.get("appliedAt").asString()), node.get("durationMillis").asLong());
	}

	static Map<String, Object> batch(BatchRecord batch) {
		Map<String, Object> row = new HashMap<>();
		row.put("batchId", batch.batchId());
		row.put("migrationId", batch.migrationId());
		row.put("sourceFile", batch.sourceFile());
		row.put("checksum", batch.checksum());
		row.put("loaderVersion", batch.loaderVersion());
		row.put("recordCount", batch.recordCount());
		row.put("status", batch.status().name());
		row.put("createdAt", batch.createdAt().toString());
		return row;
	}

	static BatchRecord batch(Value node) {
		return new BatchRecord(node.get("batchId").asString(), node.get("migrationId").asString(),
				text(node, "sourceFile"), text(node, "checksum"), text(node, "loaderVersion"),
				node.get("recordCount").asLong(), BatchStatus.valueOf(node.get("status").asString()),
				Instant.parse(node.get("createdAt").asString()));
	}

	static BatchTarget target(Value node) {
		return new BatchTarget(BatchTarget.Kind.valueOf(node.get("kind").asString()), node.get("name").asString());
	}

	/**
	 * Every field, nulls included: {@code SET j += $row} removes what a null replaces.
	 */
	static Map<String, Object> intent(StepIntent intent) {
		Map<String, Object> row = new HashMap<>();
		row.put("revision", intent.revision());
		row.put("direction", intent.direction());
		row.put("step", intent.step());
		row.put("steps", intent.steps());
		row.put("operation", intent.operation());
		row.put("batchId", intent.batchId());
		row.put("owner", intent.owner());
		row.put("startedAt", intent.startedAt().toString());
		row.put("updatedAt", intent.updatedAt().toString());
		row.put("phase", intent.undoing() ? "UNDO" : "RUN");
		row.put("checksum", intent.checksum());
		return row;
	}

	static StepIntent intent(Value node) {
		return new StepIntent(node.get("revision").asString(), node.get("direction").asString(),
				node.get("step").asInt(), node.get("steps").asInt(), text(node, "operation"), text(node, "batchId"),
				node.get("owner").asString(), Instant.parse(node.get("startedAt").asString()),
				Instant.parse(node.get("updatedAt").asString()), "UNDO".equals(text(node, "phase")),
				text(node, "checksum"));
	}

	static Map<String, Object> event(LedgerEvent event, long seq) {
		Map<String, Object> row = new HashMap<>();
		row.put("seq", seq);
		row.put("at", event.at().toString());
		row.put("kind", event.kind());
		row.put("revision", event.revision());
		row.put("outcome", event.outcome());
		row.put("detail", event.detail());
		return row;
	}

	static LedgerEvent event(Value node) {
		return new LedgerEvent(node.get("seq").asLong(), Instant.parse(node.get("at").asString()),
				node.get("kind").asString(), text(node, "revision"), node.get("outcome").asString(),
				text(node, "detail"));
	}

	private static String text(Value node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

}
