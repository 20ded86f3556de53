package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;
import dev.crochet.cli.HistoryKeptIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project every trial runs: {@code crochet new-project}, then three Java migrations
 * written here. 0001 is schema only (an index on {@code Reading}); 0002 ingests
 * {@code rows} generated rows {@code {i: n, v: "r" + n}} into batch {@code readings} from
 * a lazy iterable, in chunks; 0003 adds a unique constraint on {@code Reading.i} (which a
 * doubled row breaks) and a composite index, both built over the ingested nodes.
 */
final class FaultProject {

	static final String BASE = "0001_reading_index";

	static final String INGEST = "0002_ingest_readings";

	static final String HEAD = "0003_reading_unique";

	private FaultProject() {
	}

	/**
	 * Creates the project {@code name} inside {@code parent}, its history kept in
	 * {@code store}, and returns its folder.
	 */
	static Path create(CrochetProcess crochet, Path parent, String name, int rows, LedgerStore store) {
		Path project = HistoryKeptIn.set(newProject(crochet, parent, name), store);
		try {
			Files.writeString(project.resolve("migrations/V0001_reading_index.java"), V0001);
			Files.writeString(project.resolve("migrations/V0002_ingest_readings.java"),
					V0002.replace("ROWS = 0", "ROWS = " + rows));
			Files.writeString(project.resolve("migrations/V0003_reading_unique.java"), V0003);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return project;
	}

	/**
	 * {@code crochet new-project --name <name>} in {@code parent}: the project's folder.
	 */
	static Path newProject(CrochetProcess crochet, Path parent, String name) {
		CrochetProcess.Run created = crochet.run(parent, "new-project", "--name", name);
		if (created.exit() != 0) {
			throw new IllegalStateException("crochet new-project failed: " + created.all());
		}
		return parent.resolve(name);
	}

	private static final String V0001 = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			@Revision(id = "0001_reading_index", description = "an index on Reading.v")
			public final class V0001_reading_index implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.addIndex("Reading", "v");
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.dropIndex("Reading", "v");
				}
			}
			""";

	private static final String V0002 = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.util.Iterator;
			import java.util.Map;
			import java.util.NoSuchElementException;

			@Revision(id = "0002_ingest_readings", parent = "0001_reading_index", description = "generated readings")
			public final class V0002_ingest_readings implements Migration {

				static final int ROWS = 0;

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.beginBatch("readings");
					// Lazy: rows are made as the chunks ask for them, as a large file would be read.
					Iterable<Map<String, Object>> rows = () -> new Iterator<>() {
						private int next;

						@Override
						public boolean hasNext() {
							return next < ROWS;
						}

						@Override
						public Map<String, Object> next() {
							if (next >= ROWS) {
								throw new NoSuchElementException();
							}
							int n = next++;
							return Map.of("i", n, "v", "r" + n);
						}
					};
					ctx.createNodes("Reading", rows);
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteNodesByBatch("Reading", "readings");
				}
			}
			""";

	private static final String V0003 = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.util.List;

			@Revision(id = "0003_reading_unique", parent = "0002_ingest_readings", description = "unique Reading.i, an index on (v, i)")
			public final class V0003_reading_unique implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.addUniqueConstraint("Reading", "i");
					ctx.addCompositeIndex("Reading", List.of("v", "i"));
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.dropCompositeIndex("Reading", List.of("v", "i"));
					ctx.dropUniqueConstraint("Reading", "i");
				}
			}
			""";

}
