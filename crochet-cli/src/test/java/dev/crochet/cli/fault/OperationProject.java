package dev.crochet.cli.fault;

import dev.crochet.LedgerStore;
import dev.crochet.cli.HistoryKeptIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project of {@link OperationKillsITCase}: one of every kind of built-in data step,
 * so a kill can land in each. 0001 loads {@value #ROWS} readings, upserts half as many
 * sensors and links each reading to a sensor, in chunks of 5,000 rows; 0002 reshapes the
 * data with the server-side steps, in the order of the recipe (a property
 * renamed, then a property of the old name added: running the rename again after the add
 * would move the new values over the old ones), then a relationship type and a label
 * renamed, then raw Cypher.
 */
final class OperationProject {

	static final int ROWS = 20_000;

	static final String LOAD = "0001_load";

	static final String RESHAPE = "0002_reshape";

	private OperationProject() {
	}

	/**
	 * Creates the project {@code name} inside {@code parent}, its history kept in
	 * {@code store}, and returns its folder.
	 */
	static Path create(CrochetProcess crochet, Path parent, String name, LedgerStore store) {
		Path project = FaultProject.newProject(crochet, parent, name);
		HistoryKeptIn.set(project, store);
		try {
			Files.writeString(project.resolve("migrations/V0001_load.java"),
					V0001.replace("ROWS = 0", "ROWS = " + ROWS));
			Files.writeString(project.resolve("migrations/V0002_reshape.java"), V0002);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return project;
	}

	private static final String V0001 = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.NodeMatch;
			import dev.crochet.Revision;

			import java.util.List;
			import java.util.Map;
			import java.util.stream.IntStream;

			@Revision(id = "0001_load", description = "readings, sensors and their links")
			public final class V0001_load implements Migration {

				static final int ROWS = 0;

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.addIndex("Reading", "i");
					ctx.addIndex("Sensor", "id");
					// Lazy, as a large file would be read: rows are made as the chunks ask for them.
					Iterable<Map<String, Object>> readings = () -> IntStream.range(0, ROWS)
						.mapToObj(i -> Map.<String, Object>of("i", i, "v", "r" + i))
						.iterator();
					Iterable<Map<String, Object>> sensors = () -> IntStream.range(0, ROWS / 2)
						.mapToObj(i -> Map.<String, Object>of("id", i, "name", "s" + i))
						.iterator();
					Iterable<Map<String, Object>> links = () -> IntStream.range(0, ROWS)
						.mapToObj(i -> Map.<String, Object>of("from", i / 2, "to", i))
						.iterator();
					ctx.beginBatch("readings");
					ctx.createNodes("Reading", readings);
					ctx.beginBatch("sensors");
					ctx.upsertNodes("Sensor", List.of("id"), sensors);
					ctx.beginBatch("links");
					ctx.createRelationships("READS", NodeMatch.of("Sensor", "id"), NodeMatch.of("Reading", "i"), links);
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteRelationshipsByBatch("READS", "links");
					ctx.deleteNodesByBatch("Sensor", "sensors");
					ctx.deleteNodesByBatch("Reading", "readings");
					ctx.dropIndex("Sensor", "id");
					ctx.dropIndex("Reading", "i");
				}
			}
			""";

	private static final String V0002 = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			@Revision(id = "0002_reshape", parent = "0001_load", description = "every server-side data step")
			public final class V0002_reshape implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.renameNodeProperty("Reading", "v", "oldV");
					ctx.addNodeProperty("Reading", "v", "fresh");
					ctx.renameRelationshipType("READS", "MEASURES");
					ctx.renameLabel("Sensor", "Probe");
					ctx.runCypher("MATCH (r:Reading) WHERE r.i % 2 = 0 SET r.even = true");
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.runCypher("MATCH (r:Reading) WHERE r.even IS NOT NULL REMOVE r.even");
					ctx.renameLabel("Probe", "Sensor");
					ctx.renameRelationshipType("MEASURES", "READS");
					ctx.removeNodeProperty("Reading", "v");
					ctx.renameNodeProperty("Reading", "oldV", "v");
				}
			}
			""";

}
