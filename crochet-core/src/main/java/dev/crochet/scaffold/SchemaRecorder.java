package dev.crochet.scaffold;

import dev.crochet.ir.RecordedRevisions;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.live.SchemaElement;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records the head migration's schema from the models, for a chain that has none to diff
 * against: written by hand without {@code schemaHash}, or declaring a hash whose snapshot
 * file never existed. The models are <em>assumed</em> to describe the head; a caller says
 * so to the user, because when they have changed since, that change is taken as already
 * migrated. Use it through {@link dev.crochet.Crochet#recordSchema}.
 */
public final class SchemaRecorder {

	private SchemaRecorder() {
	}

	/** The chain's head, whose schema is recorded. */
	public static ResolvedMigration head(MigrationChain chain) {
		return chain.head()
			.orElseThrow(() -> new ScaffoldException(ScaffoldException.Reason.NO_MIGRATIONS, null, null,
					"There are no migrations yet, so there is no head schema to record;"
							+ " create-migration diffs the first migration against the empty schema"));
	}

	/**
	 * @param models the schema to record: the models', or the one
	 * {@link LiveSchemaSnapshot} reads from a database at the head
	 * @param notRecorded what the database has that {@code models} cannot hold (empty
	 * when recorded from the models)
	 * @param snapshotDirectory where the snapshot (and, for a head without schema hash,
	 * {@value RecordedRevisions#FILE_NAME}) is written
	 * @param recordedHashes the hash already recorded for a revision, if any
	 * @param snapshots the schema snapshot of a hash, if any is kept
	 * @param replace record again what is recorded already
	 * @throws ScaffoldException when there is no migration, the models cannot be the
	 * head's schema, or it is recorded already; nothing is written
	 */
	public static RecordedSchema record(MigrationChain chain, SchemaSnapshot models, boolean fromDatabase,
			List<SchemaElement> notRecorded, Path snapshotDirectory, Function<String, Optional<String>> recordedHashes,
			Function<String, Optional<SchemaSnapshot>> snapshots, boolean replace) {
		ResolvedMigration head = head(chain);
		String declared = head.schemaHash();
		String hash = models.hash();
		if (declared != null && !declared.isBlank()) {
			if (!declared.equals(hash)) {
				throw new ScaffoldException(ScaffoldException.Reason.MODELS_ARE_NOT_HEAD, head.id(), null,
						"Head migration " + head.id() + " declares schema hash " + declared + ", but the "
								+ (fromDatabase ? "database's" : "models'") + " schema hash is " + hash + ": "
								+ (fromDatabase ? "it is" : "they are") + " not the schema of " + head.id()
								+ ". Nothing was written");
			}
			Path file = snapshotDirectory.resolve(SnapshotFiles.fileName(hash));
			if (!replace && (Files.exists(file) || snapshots.apply(hash).isPresent())) {
				throw new ScaffoldException(ScaffoldException.Reason.ALREADY_RECORDED, head.id(), file,
						"The schema of head migration " + head.id() + " is recorded already (hash " + hash
								+ "); nothing was written");
			}
			return new RecordedSchema(head.id(), hash, true, SnapshotFiles.write(snapshotDirectory, models), null,
					fromDatabase, notRecorded);
		}
		Optional<String> recorded = recordedHashes.apply(head.id());
		if (recorded.isPresent() && !replace) {
			throw new ScaffoldException(ScaffoldException.Reason.ALREADY_RECORDED, head.id(),
					snapshotDirectory.resolve(RecordedRevisions.FILE_NAME), "The schema of head migration " + head.id()
							+ " is recorded already (hash " + recorded.get() + "); nothing was written");
		}
		Path snapshot = SnapshotFiles.write(snapshotDirectory, models);
		Path revisions = RecordedRevisions.write(snapshotDirectory, head.id(), hash);
		return new RecordedSchema(head.id(), hash, false, snapshot, revisions, fromDatabase, notRecorded);
	}

}
