package dev.crochet.migration;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CypherMigrationParserTest {

	private static final String FULL = """
			// revision: 0002_add_movie_index
			// parent: 0001_init
			// schema-hash: 9f2c
			// rollback-safe: true
			// description: add movie index
			// --- upgrade
			CREATE INDEX movie_title IF NOT EXISTS FOR (m:Movie) ON (m.title);
			CREATE (:Movie {title: 'a;b'});
			// --- downgrade
			MATCH (m:Movie {title: 'a;b'}) DELETE m;
			DROP INDEX movie_title IF EXISTS;
			""";

	private static ResolvedMigration parse(String content) {
		return CypherMigrationParser.parse("db/0002.cypher", content);
	}

	private static void assertError(String content, String message) {
		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> parse(content)).withMessage(message);
	}

	@Test
	void readsHeaderAndSections() throws Exception {
		ResolvedMigration migration = parse(FULL);

		assertThat(migration.id()).isEqualTo("0002_add_movie_index");
		assertThat(migration.parent()).isEqualTo("0001_init");
		assertThat(migration.schemaHash()).isEqualTo("9f2c");
		assertThat(migration.rollbackSafe()).isTrue();
		assertThat(migration.description()).isEqualTo("add movie index");
		assertThat(migration.kind()).isEqualTo(MigrationKind.CYPHER);
		assertThat(migration.location()).isEqualTo("db/0002.cypher");
		assertThat(migration.checksum()).isEqualTo(sha256(FULL));
		assertThat(RecordedCypher.upgrade(migration.migration())).containsExactly(
				"CREATE INDEX movie_title IF NOT EXISTS FOR (m:Movie) ON (m.title)", "CREATE (:Movie {title: 'a;b'})");
		assertThat(RecordedCypher.downgrade(migration.migration()))
			.containsExactly("MATCH (m:Movie {title: 'a;b'}) DELETE m", "DROP INDEX movie_title IF EXISTS");
	}

	@Test
	void headerKeysAreCaseInsensitiveAndValuesTrimmed() {
		ResolvedMigration migration = parse("""
				//   REVISION:   0001_init\t
				// Parent:
				// Schema-Hash:  abc
				// Rollback-Safe: FALSE
				// DESCRIPTION:  the start
				// --- UPGRADE ---
				RETURN 1
				""");

		assertThat(migration.id()).isEqualTo("0001_init");
		assertThat(migration.parent()).isNull();
		assertThat(migration.isRoot()).isTrue();
		assertThat(migration.schemaHash()).isEqualTo("abc");
		assertThat(migration.rollbackSafe()).isFalse();
		assertThat(migration.description()).isEqualTo("the start");
		assertThat(RecordedCypher.upgrade(migration.migration())).containsExactly("RETURN 1");
	}

	@Test
	void absentOptionalHeadersHaveDefaults() {
		ResolvedMigration migration = parse("// revision: 0001\n// --- upgrade\nRETURN 1;\n");

		assertThat(migration.parent()).isNull();
		assertThat(migration.schemaHash()).isNull();
		assertThat(migration.description()).isEmpty();
		assertThat(migration.rollbackSafe()).isFalse();
		assertThat(RecordedCypher.downgrade(migration.migration())).isEmpty();
	}

	@Test
	void emptySchemaHashIsNull() {
		assertThat(parse("// revision: 0001\n// schema-hash:\n// --- upgrade\n").schemaHash()).isNull();
	}

	@Test
	void rollbackSafeDefaultsToTrueWhenThereAreDowngradeStatements() {
		assertThat(parse("// revision: 1\n// --- upgrade\nRETURN 1;\n// --- downgrade\nRETURN 2;\n").rollbackSafe())
			.isTrue();
	}

	@Test
	void rollbackSafeDefaultsToFalseWhenTheDowngradeSectionIsEmpty() {
		assertThat(parse("// revision: 1\n// --- upgrade\nRETURN 1;\n// --- downgrade\n// nothing\n").rollbackSafe())
			.isFalse();
	}

	@Test
	void rollbackSafeFalseWithDowngradeStatementsIsAllowed() {
		ResolvedMigration migration = parse(
				"// revision: 1\n// rollback-safe: false\n// --- upgrade\nRETURN 1;\n// --- downgrade\nRETURN 2;\n");

		assertThat(migration.rollbackSafe()).isFalse();
		assertThat(RecordedCypher.downgrade(migration.migration())).containsExactly("RETURN 2");
	}

	@Test
	void sectionsMayComeInEitherOrder() {
		ResolvedMigration migration = parse("// revision: 1\n// --- downgrade\nRETURN 2;\n// --- upgrade\nRETURN 1;\n");

		assertThat(RecordedCypher.upgrade(migration.migration())).containsExactly("RETURN 1");
		assertThat(RecordedCypher.downgrade(migration.migration())).containsExactly("RETURN 2");
	}

	@Test
	void freeCommentsAndBlankLinesAreAllowedInTheHeader() {
		ResolvedMigration migration = parse(
				"\n// Adds the first node\n// ----------------\n\n// revision: 1\n// --- upgrade\nRETURN 1");

		assertThat(migration.id()).isEqualTo("1");
	}

	@Test
	void headerLikeCommentsInsideSectionsAreCypherComments() {
		ResolvedMigration migration = parse("// revision: 1\n// --- upgrade\n// note: keep\nRETURN 1;\n");

		assertThat(RecordedCypher.upgrade(migration.migration())).containsExactly("RETURN 1");
	}

	@Test
	void emptyUpgradeSectionIsAllowed() {
		assertThat(RecordedCypher.upgrade(parse("// revision: 1\n// --- upgrade\n").migration())).isEmpty();
	}

	@Test
	void checksumIgnoresLineEndingsAndByteOrderMark() {
		String crlf = FULL.replace("\n", "\r\n");
		String cr = FULL.replace("\n", "\r");

		assertThat(parse(crlf).checksum()).isEqualTo(parse(FULL).checksum());
		assertThat(parse(cr).checksum()).isEqualTo(parse(FULL).checksum());
		assertThat(parse("\uFEFF" + FULL).checksum()).isEqualTo(parse(FULL).checksum());
		assertThat(RecordedCypher.upgrade(parse(crlf).migration()))
			.containsExactlyElementsOf(RecordedCypher.upgrade(parse(FULL).migration()));
	}

	@Test
	void checksumChangesWithContent() {
		assertThat(parse(FULL.replace("movie_title", "movie_name")).checksum()).isNotEqualTo(parse(FULL).checksum());
		assertThat(parse(FULL + "\n").checksum()).isNotEqualTo(parse(FULL).checksum());
	}

	@Test
	void missingRevisionIsAnError() {
		assertError("// parent: 0001\n// --- upgrade\nRETURN 1;",
				"Cypher migration 'db/0002.cypher' has no '// revision:' header");
	}

	@Test
	void emptyRevisionIsAnError() {
		assertError("// revision:   \n// --- upgrade\nRETURN 1;",
				"Cypher migration 'db/0002.cypher' has an empty '// revision:' header");
	}

	@Test
	void unknownHeaderKeyIsAnError() {
		assertError("// revision: 1\n// Parnet: 0001\n// --- upgrade\nRETURN 1;",
				"Cypher migration 'db/0002.cypher' has an unknown header key 'Parnet' (known: revision, parent, schema-hash, rollback-safe, description)");
	}

	@Test
	void repeatedHeaderKeyIsAnError() {
		assertError("// revision: 1\n// Revision: 2\n// --- upgrade\nRETURN 1;",
				"Cypher migration 'db/0002.cypher' has more than one '// revision:' header");
	}

	@Test
	void rollbackSafeMustBeTrueOrFalse() {
		assertError("// revision: 1\n// rollback-safe: yes\n// --- upgrade\nRETURN 1;\n// --- downgrade\nRETURN 2;",
				"Cypher migration 'db/0002.cypher' has rollback-safe 'yes' (expected true or false)");
	}

	@Test
	void rollbackSafeTrueWithoutDowngradeSectionIsAnError() {
		assertError("// revision: 1\n// rollback-safe: true\n// --- upgrade\nRETURN 1;",
				"Cypher migration 'db/0002.cypher' declares rollback-safe: true but has no downgrade statements");
	}

	@Test
	void rollbackSafeTrueWithEmptyDowngradeSectionIsAnError() {
		assertError("// revision: 1\n// rollback-safe: true\n// --- upgrade\nRETURN 1;\n// --- downgrade\n ; // none\n",
				"Cypher migration 'db/0002.cypher' declares rollback-safe: true but has no downgrade statements");
	}

	@Test
	void missingUpgradeSectionIsAnError() {
		assertError("// revision: 1\n", "Cypher migration 'db/0002.cypher' has no '// --- upgrade' section");
	}

	@Test
	void cypherBeforeTheFirstSectionIsAnError() {
		assertError("// revision: 1\n\nRETURN 1;\n// --- upgrade\n",
				"Cypher migration 'db/0002.cypher' has Cypher on line 3 before its '// --- upgrade' section");
	}

	@Test
	void unknownSectionIsAnError() {
		assertError("// revision: 1\n// --- upgrade\nRETURN 1;\n// --- rollback\nRETURN 2;",
				"Cypher migration 'db/0002.cypher' has an unknown section '// --- rollback' (expected '// --- upgrade' or '// --- downgrade')");
	}

	@Test
	void repeatedSectionIsAnError() {
		assertError("// revision: 1\n// --- upgrade\nRETURN 1;\n// --- Upgrade\nRETURN 2;",
				"Cypher migration 'db/0002.cypher' has more than one '// --- upgrade' section");
	}

	@Test
	void unterminatedStringNamesFileSectionAndFileLine() {
		assertError("// revision: 1\n// --- upgrade\nRETURN 1;\n// --- downgrade\nRETURN 2;\nRETURN 'open;\n",
				"Cypher migration 'db/0002.cypher' downgrade section: unterminated single-quoted string starting on line 6");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
