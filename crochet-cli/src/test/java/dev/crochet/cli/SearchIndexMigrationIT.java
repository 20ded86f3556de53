package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.crochet.cli.BadInputIT.PERSON;
import static dev.crochet.cli.BadInputIT.project;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * create-migration on a model with {@code @FulltextIndex} and {@code @VectorIndex}: the
 * indexes are created, and the full-text index is dropped when its annotation goes.
 */
class SearchIndexMigrationIT {

	private static final String SEARCHABLE_PERSON = PERSON.replace("@KgId(\"person_v1\")",
			"@KgId(\"person_v1\")\n@dev.crochet.FulltextIndex(name = \"person_names\", properties = { \"name\", \"bio\" })"
					+ "\n@dev.crochet.VectorIndex(name = \"person_faces\", property = \"face\", dimensions = 4)")
		.replace("private String name;", "private String name;\n\tprivate String bio;\n\tprivate double[] face;");

	@Test
	void theGeneratedMigrationCreatesAndDropsTheFulltextIndex(@TempDir Path tmp) throws IOException {
		Path p = project(tmp);
		Files.writeString(p.resolve("models/Person.java"), SEARCHABLE_PERSON);
		Cli cli = new Cli(p);

		Cli.Run first = cli.run("create-migration", "add person");

		assertThat(first.exit()).as(first.toString()).isZero();
		assertThat(p.resolve("migrations/V0001_add_person.java")).content()
			.contains("\t\tctx.addFulltextIndex(\"person_names\", \"Person\", List.of(\"name\", \"bio\"));\n",
					"\t\tctx.dropFulltextIndex(\"person_names\", \"Person\", List.of(\"name\", \"bio\"));\n",
					"\t\tctx.addVectorIndex(\"person_faces\", \"Person\", \"face\", 4, VectorSimilarity.COSINE);\n",
					"import dev.crochet.VectorSimilarity;", "import java.util.List;");

		Files.writeString(p.resolve("models/Person.java"), SEARCHABLE_PERSON
			.replace("@dev.crochet.FulltextIndex(name = \"person_names\", properties = { \"name\", \"bio\" })", ""));
		// The chain is compiled to find its head: the generated V0001 (imports included)
		// must compile.
		Cli.Run second = cli.run("create-migration", "drop person search");

		assertThat(second.exit()).as(second.toString()).isZero();
		assertThat(p.resolve(".crochet/classes")).as("compiled outside the project").doesNotExist();
		assertThat(second.out()).contains("    fulltext index person_names on Person(name, bio) removed");
		assertThat(p.resolve("migrations/V0002_drop_person_search.java")).content()
			.contains(
					"\t\t// fulltext index person_names on Person(name, bio) removed\n"
							+ "\t\tctx.dropFulltextIndex(\"person_names\", \"Person\", List.of(\"name\", \"bio\"));\n",
					"\t\t// undo: fulltext index person_names on Person(name, bio) removed\n"
							+ "\t\tctx.addFulltextIndex(\"person_names\", \"Person\", List.of(\"name\", \"bio\"));\n");
	}

}
