package dev.crochet.scaffold;

import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ir.SnapshotFiles;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The create-migration flow, once for the CLI and the Maven plugin: diff the models
 * against the newest migration's snapshot, write the migration and the models' snapshot
 * file. Use it through {@link dev.crochet.Crochet#createMigration}, which supplies the
 * snapshots and the ledger.
 */
public final class MigrationFiles {

	private MigrationFiles() {
	}

	/**
	 * @param chain the chain to add to (its head is the parent, applied or not)
	 * @param models the models' schema (empty when the project has none)
	 * @param snapshots the schema snapshot of a hash (ledger, snapshot files, class path)
	 * @param recordedHashes the schema hash recorded for a revision that declares none
	 * ({@link SchemaRecorder})
	 * @param record keeps the models' snapshot (hash, canonical JSON) where
	 * {@code snapshots} finds it
	 * @throws ScaffoldException when there is nothing to diff against or the file exists;
	 * nothing is written
	 */
	public static CreatedMigration create(MigrationRequest request, MigrationChain chain, SchemaSnapshot models,
			Function<String, Optional<SchemaSnapshot>> snapshots, Function<String, Optional<String>> recordedHashes,
			BiConsumer<String, String> record) {
		boolean cypher = request.target() == MigrationPlanner.Target.CYPHER;
		// The newest migration, applied or not: chaining on anything older forks the
		// chain.
		ResolvedMigration newest = chain.head().orElse(null);
		String parent = newest == null ? null : newest.id();
		SchemaSnapshot base = base(newest, models, snapshots, recordedHashes, request);
		MigrationPlan plan = MigrationPlanner.plan(base, models, request.target(), request.enterprise());
		if (plan.isEmpty() && !request.empty()) {
			return new CreatedMigration(null, parent, plan, null, null);
		}
		String id = RevisionNames.id(RevisionNames.nextNumber(takenNames(request, chain)), request.description());
		MigrationHeader header = new MigrationHeader(id, parent, models.hash(), request.description(),
				cypher ? "" : request.javaPackage());
		Path file = request.directory().resolve(cypher ? id + ".cypher" : header.className() + ".java");
		if (Files.exists(file)) {
			throw new ScaffoldException(ScaffoldException.Reason.FILE_EXISTS, id, file,
					file + " already exists; nothing was changed");
		}
		try {
			Files.createDirectories(request.directory());
			Files.writeString(file, cypher ? MigrationSource.cypher(header, plan) : MigrationSource.java(header, plan));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
		// The next create-migration diffs against this snapshot, here (the ledger) or in
		// a fresh clone (the file).
		record.accept(models.hash(), models.toCanonicalJson());
		Path snapshot = SnapshotFiles.write(request.snapshotDirectory(), models);
		return new CreatedMigration(id, parent, plan, file, snapshot);
	}

	/**
	 * The schema the newest migration was made for: the empty one before the first, else
	 * its snapshot. A head without schema hash (a chain written by hand) has the one
	 * recorded for it ({@link SchemaRecorder}), if any. An empty migration after a head
	 * without either diffs against the models themselves: the operations are the
	 * author's.
	 */
	private static SchemaSnapshot base(ResolvedMigration head, SchemaSnapshot models,
			Function<String, Optional<SchemaSnapshot>> snapshots, Function<String, Optional<String>> recordedHashes,
			MigrationRequest request) {
		if (head == null) {
			return SchemaSnapshot.empty();
		}
		String hash = head.schemaHash();
		if (hash == null || hash.isBlank()) {
			hash = recordedHashes.apply(head.id()).orElse(null);
		}
		if ((hash == null || hash.isBlank()) && request.empty()) {
			return models;
		}
		if (hash == null || hash.isBlank()) {
			throw new ScaffoldException(ScaffoldException.Reason.HEAD_WITHOUT_SCHEMA_HASH, head.id(), null,
					"The head migration " + head.id()
							+ " declares no schema hash, so there is nothing to diff against; record its schema"
							+ " first (record-schema)");
		}
		if (hash.equals(models.hash())) {
			return models;
		}
		Path expected = request.snapshotDirectory().resolve(SnapshotFiles.fileName(hash));
		return snapshots.apply(hash)
			.orElseThrow(() -> new ScaffoldException(ScaffoldException.Reason.HEAD_SNAPSHOT_MISSING, head.id(),
					expected, "Neither the ledger nor " + expected + " holds the schema snapshot of head migration "
							+ head.id() + ", so the models cannot be diffed against it"));
	}

	/**
	 * Ids and file names already taken, so a number is never reused even by a file the
	 * chain does not hold.
	 */
	private static List<String> takenNames(MigrationRequest request, MigrationChain chain) {
		List<String> names = new ArrayList<>(chain.ids());
		for (Path dir : new LinkedHashSet<>(List.of(request.javaDirectory(), request.cypherDirectory()))) {
			if (Files.isDirectory(dir)) {
				try (Stream<Path> files = Files.list(dir)) {
					files.map(p -> p.getFileName().toString()).forEach(names::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot list " + dir + ": " + ex.getMessage(), ex);
				}
			}
		}
		return names;
	}

}
