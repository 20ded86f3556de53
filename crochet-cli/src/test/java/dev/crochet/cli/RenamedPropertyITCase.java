package dev.crochet.cli;

import dev.crochet.cli.LauncherITCase.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.crochet.cli.LauncherITCase.crochet;
import static dev.crochet.cli.MavenLayoutIT.MIGRATIONS;
import static dev.crochet.cli.MavenLayoutIT.NL;
import static dev.crochet.cli.MavenLayoutIT.SNAPSHOTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A renamed property, as a user meets it with the crochet command as a process:
 * undeclared, create-migration says it looks like a rename and how to declare it;
 * declared with {@code @RenamedFrom}, the migration renames, rollback-safe. Compiling
 * stands in for {@code mvn compile}.
 */
class RenamedPropertyITCase {

	static final String PERSON = "src/main/java/com/example/shop/model/Person.java";

	@Test
	void anUndeclaredRenameIsNamedAndADeclaredOneIsGeneratedAsARename(@TempDir Path tmp) throws Exception {
		Path p = MavenLayoutIT.project(tmp);
		assertThat(crochet(p, "create-migration", "add person").exit()).isZero();
		MavenLayoutIT.build(p, MIGRATIONS);
		rename(p, "private String fullName;");

		Result undeclared = crochet(p, "create-migration", "rename name");
		assertThat(undeclared.exit()).as(undeclared.out()).isZero();
		String hash = undeclared.out()
			.replaceFirst("(?s).* and its schema snapshot " + SNAPSHOTS + "/([0-9a-f]{64})\\.json.*", "$1");
		assertThat(undeclared.out()).isEqualTo("Created " + MIGRATIONS + "/V0002_rename_name.java (revision"
				+ " 0002_rename_name, parent 0001_add_person, rollbackSafe = false) and its schema snapshot "
				+ SNAPSHOTS + "/" + hash + ".json" + NL + "    property Person.fullName added (STRING, unique)" + NL
				+ "  ! property Person.name removed (STRING, unique)" + NL
				+ "  ? Person.name removed and Person.fullName added (STRING) looks like a rename of name to fullName on"
				+ " Person; declare it with @RenamedFrom(\"name\") on the field and generate again: the migration then"
				+ " uses renameNodeProperty, which keeps the values" + NL
				+ "Destructive changes: the migration is not rollback-safe; read its downgrade before applying it." + NL
				+ "A removed property that was renamed loses its values: declare @RenamedFrom(\"<old name>\") on its"
				+ " field, delete " + MIGRATIONS + "/V0002_rename_name.java and generate again, and the migration uses"
				+ " renameNodeProperty (renameRelationshipProperty on a relationship), which keeps them." + NL
				+ MavenLayoutIT.BUILD_FIRST + NL);

		Files.delete(p.resolve(MIGRATIONS + "/V0002_rename_name.java"));
		rename(p, "@dev.crochet.RenamedFrom(\"name\") private String fullName;");
		Result declared = crochet(p, "create-migration", "rename name");
		assertThat(declared.exit()).as(declared.out()).isZero();
		assertThat(declared.out()).isEqualTo("Created " + MIGRATIONS + "/V0002_rename_name.java (revision"
				+ " 0002_rename_name, parent 0001_add_person, rollbackSafe = true) and its schema snapshot " + SNAPSHOTS
				+ "/" + hash + ".json" + NL + "    property Person.name renamed to fullName (STRING, unique)" + NL
				+ MavenLayoutIT.BUILD_FIRST + NL);
		assertThat(p.resolve(MIGRATIONS + "/V0002_rename_name.java")).content()
			.contains("rollbackSafe = true", "ctx.renameNodeProperty(\"Person\", \"name\", \"fullName\");",
					"ctx.renameNodeProperty(\"Person\", \"fullName\", \"name\");")
			.doesNotContain("removeNodeProperty");

		MavenLayoutIT.build(p, MIGRATIONS);
		Result upgraded = crochet(p, "upgrade");
		assertThat(upgraded.exit()).as(upgraded.out()).isZero();
		Result checked = crochet(p, "check");
		assertThat(checked.exit()).as(checked.out()).isZero();
		// Rollback-safe: the downgrade is not refused.
		Result downgraded = crochet(p, "downgrade");
		assertThat(downgraded.exit()).as(downgraded.out()).isZero();
		assertThat(downgraded.out()).contains("0002_rename_name");
	}

	/** The Person model with its name field replaced by {@code field}, built. */
	private static void rename(Path p, String field) throws Exception {
		Path person = p.resolve(PERSON);
		String source = Files.readString(person)
			.replaceAll(
					"(@Index\\(unique = true\\) )?(@dev\\.crochet\\.RenamedFrom\\(\"name\"\\) )?private String (name|fullName);",
					"@Index(unique = true) " + field);
		Files.writeString(person, source);
		MavenLayoutIT.build(p, "src/main/java/com/example/shop/model");
	}

}
