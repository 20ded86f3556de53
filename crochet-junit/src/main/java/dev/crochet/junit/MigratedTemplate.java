package dev.crochet.junit;

import dev.crochet.live.SchemaElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one configuration's plain upgrade leaves when its migrations write no data: the
 * schema it creates and a copy of the ledger it records. A later class of the
 * configuration, on a server whose database still holds that schema, deletes the data,
 * checks the schema and copies the ledger, instead of emptying the database and migrating
 * it again: Neo4j plans every statement of a migration afresh, because each schema change
 * empties its query-plan cache, and that made up most of a class's time. As Spring's test
 * context cache, it is kept per configuration for the JVM's run, in the root store, which
 * deletes the copy at the end.
 */
final class MigratedTemplate implements AutoCloseable {

	private final Path directory;

	private Set<SchemaElement> schema;

	MigratedTemplate() {
		try {
			this.directory = Files.createTempDirectory("crochet-junit-template-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary directory for a migrated ledger", ex);
		}
	}

	/**
	 * Keeps {@code ledger} (closed; null when the history is kept in the graph) and
	 * {@code migratedSchema} unless a class has already given them: the first plain
	 * upgrade of a configuration is as good as any other.
	 */
	synchronized void offer(Path ledger, List<SchemaElement> migratedSchema) {
		if (schema != null) {
			return;
		}
		try {
			if (ledger != null) {
				Files.copy(ledger, ledger(), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			// Without a copy the next classes migrate as before: not worth failing a
			// class
			// for.
			return;
		}
		schema = Set.copyOf(migratedSchema);
	}

	/** The migrated schema, once a class has offered one. */
	synchronized Optional<Set<SchemaElement>> schema() {
		return Optional.ofNullable(schema);
	}

	/**
	 * Copies the migrated ledger to {@code target}, which must not exist yet (a ledger
	 * already opened there is never overwritten).
	 */
	synchronized void copyLedgerTo(Path target) throws IOException {
		Files.copy(ledger(), target);
	}

	private Path ledger() {
		return directory.resolve("ledger.db");
	}

	@Override
	public void close() {
		TempFolders.deleteQuietly(directory);
	}

}
