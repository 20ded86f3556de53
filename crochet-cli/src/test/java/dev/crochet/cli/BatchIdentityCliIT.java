package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29's first recipe, run as a user runs it: a second migration reusing the first
 * one's batch id, failing after five more items. It once deleted the first migration's
 * 1,000 items in its undo, after which {@code verify} said "Verified: no problems."
 */
class BatchIdentityCliIT {

	private static final String NL = System.lineSeparator();

	private static final String ITEMS = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.util.Map;
			import java.util.stream.IntStream;

			@Revision(id = "0001_items", description = "a thousand items")
			public final class V0001_items implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.beginBatch("b");
					ctx.createNodes("Item", IntStream.range(0, 1000).mapToObj(i -> Map.<String, Object>of("i", i)).toList());
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteNodesByBatch("Item", "b");
				}
			}
			""";

	private static final String MORE = """
			package migrations;

			import dev.crochet.Migration;
			import dev.crochet.MigrationContext;
			import dev.crochet.Revision;

			import java.util.Map;
			import java.util.stream.IntStream;

			@Revision(id = "0002_more", parent = "0001_items", description = "five more, in the same batch")
			public final class V0002_more implements Migration {

				@Override
				public void upgrade(MigrationContext ctx) {
					ctx.beginBatch("b");
					ctx.createNodes("Item", IntStream.range(1000, 1005).mapToObj(i -> Map.<String, Object>of("i", i)).toList());
					ctx.runCypher("UNWIND [1, 0] AS x RETURN 1 / x AS y");
				}

				@Override
				public void downgrade(MigrationContext ctx) {
					ctx.deleteNodesByBatch("Item", "b");
				}
			}
			""";

	@Test
	void aBatchIdReusedByALaterMigrationIsRefusedAndLosesNothing(@TempDir Path tmp) throws IOException {
		Path project = withItemsMigrated(tmp);
		Cli cli = new Cli(project);
		Files.writeString(project.resolve("migrations/V0002_more.java"), MORE);

		Cli.Run upgrade = cli.run("upgrade");

		assertThat(upgrade.exit()).as(upgrade.toString()).isEqualTo(ExitCode.MIGRATION_FAILED);
		assertThat(upgrade.err()).contains("A batch belongs to the one revision that begins it; nothing was run:" + NL
				+ "  Revision 0002_more begins batch b, which revision 0001_items already recorded (COMMITTED)" + NL
				+ "Give each revision's batches ids of their own.");
		// The failing line removed: refused all the same (its downgrade would delete all
		// 1,005).
		Files.writeString(project.resolve("migrations/V0002_more.java"),
				MORE.replace("ctx.runCypher(\"UNWIND [1, 0] AS x RETURN 1 / x AS y\");", ""));
		assertThat(cli.run("upgrade").err()).contains("Revision 0002_more begins batch b, which revision 0001_items");

		Cli.Run verify = cli.run("verify");
		assertThat(verify.out()).contains("[ok]   batches match the graph", "[ok]   each batch belongs to one revision",
				"[FAIL] nothing pending");
		assertThat(cli.run("status").out()).contains("b").contains("1000");
	}

	@Test
	void resolveWithNothingInDoubtSaysSoAndChangesNothing(@TempDir Path tmp) throws IOException {
		Cli cli = new Cli(withItemsMigrated(tmp));

		Cli.Run resolve = cli.run("resolve", "--ran");

		assertThat(resolve.exit()).as(resolve.toString()).isNotZero();
		assertThat(resolve.err())
			.contains("No interrupted step waits for a decision: the journal holds no run that died in raw Cypher");
		Cli.Run both = cli.run("resolve", "--ran", "--run-again");
		assertThat(both.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(both.err()).contains("--ran", "--run-again", "mutually exclusive");
		assertThat(cli.run("verify").out()).endsWith("Verified: no problems." + NL);
	}

	/** A new project with the thousand items of 0001 upgraded. */
	private static Path withItemsMigrated(Path tmp) throws IOException {
		Path project = BadInputIT.project(tmp);
		Files.writeString(project.resolve("migrations/V0001_items.java"), ITEMS);
		assertThat(new Cli(project).run("upgrade").exit()).isZero();
		return project;
	}

}
