package dev.crochet.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Reads ledger rows back into their records; column lists and row mappings stay side by
 * side.
 */
final class LedgerRows {

	static final String APPLIED_COLUMNS = "revision, parent, description, schema_hash, checksum, rollback_safe, "
			+ "applied_at, duration_ms";

	static final String BATCH_COLUMNS = "batch_id, migration_id, source_file, file_checksum, loader_version, "
			+ "record_count, status, created_at";

	static final String EVENT_COLUMNS = "seq, at, kind, revision, outcome, detail";

	static final String JOURNAL_COLUMNS = "revision, direction, step, steps, operation, batch_id, owner, started_at, "
			+ "updated_at, phase, checksum";

	private LedgerRows() {
	}

	static AppliedMigration applied(ResultSet row) throws SQLException {
		return new AppliedMigration(row.getString("revision"), row.getString("parent"), row.getString("description"),
				row.getString("schema_hash"), row.getString("checksum"), row.getInt("rollback_safe") != 0,
				Instant.parse(row.getString("applied_at")), row.getLong("duration_ms"));
	}

	static BatchRecord batch(ResultSet row) throws SQLException {
		return new BatchRecord(row.getString("batch_id"), row.getString("migration_id"), row.getString("source_file"),
				row.getString("file_checksum"), row.getString("loader_version"), row.getLong("record_count"),
				BatchStatus.valueOf(row.getString("status")), Instant.parse(row.getString("created_at")));
	}

	static LedgerEvent event(ResultSet row) throws SQLException {
		return new LedgerEvent(row.getLong("seq"), Instant.parse(row.getString("at")), row.getString("kind"),
				row.getString("revision"), row.getString("outcome"), row.getString("detail"));
	}

	static StepIntent intent(ResultSet row) throws SQLException {
		return new StepIntent(row.getString("revision"), row.getString("direction"), row.getInt("step"),
				row.getInt("steps"), row.getString("operation"), row.getString("batch_id"), row.getString("owner"),
				Instant.parse(row.getString("started_at")), Instant.parse(row.getString("updated_at")),
				"UNDO".equals(row.getString("phase")), row.getString("checksum"));
	}

}
