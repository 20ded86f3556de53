package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JavaChecksumsTest {

	/**
	 * A migration whose literals the tests vary: a label, a default value, a Cypher
	 * parameter.
	 */
	private record Sample(String label, Object defaultValue, Map<String, Object> parameters,
			Iterable<Map<String, ?>> rows) implements Migration {

		Sample() {
			this("Person", 0L, Map.of("a", 1L, "b", "x"), List.of(Map.of("name", "Ann")));
		}

		@Override
		public void upgrade(MigrationContext ctx) {
			ctx.addIndex(label, "age");
			ctx.addNodeProperty(label, "score", defaultValue);
			ctx.runCypher("MATCH (n:Marker) SET n.a = $a, n.b = $b", parameters);
			ctx.createNodes(label, rows);
		}

		@Override
		public void downgrade(MigrationContext ctx) {
			ctx.deleteNodesByBatch(label, ctx.revision() + "#1");
			ctx.removeNodeProperty(label, "score");
			ctx.dropIndex(label, "age");
		}
	}

	@Test
	void theSameMigrationGivesTheSameChecksum() {
		String first = JavaChecksums.declared("0001_a", new Sample());
		String second = JavaChecksums.declared("0001_a", new Sample());

		assertThat(first).startsWith(JavaChecksums.DECLARED)
			.hasSize(JavaChecksums.DECLARED.length() + 64)
			.isEqualTo(second);
	}

	@Test
	void parameterOrderDoesNotMatter() {
		Map<String, Object> reversed = new LinkedHashMap<>();
		reversed.put("b", "x");
		reversed.put("a", 1L);

		assertThat(JavaChecksums.declared("0001_a", new Sample("Person", 0L, reversed, List.of())))
			.isEqualTo(JavaChecksums.declared("0001_a", new Sample()));
	}

	@Test
	void oneChangedLiteralChangesTheChecksum() {
		String original = JavaChecksums.declared("0001_a", new Sample());
		Sample sample = new Sample();

		assertThat(JavaChecksums.declared("0001_a", new Sample("People", 0L, sample.parameters(), sample.rows())))
			.as("label")
			.isNotEqualTo(original);
		assertThat(JavaChecksums.declared("0001_a", new Sample("Person", 1L, sample.parameters(), sample.rows())))
			.as("default value")
			.isNotEqualTo(original);
		assertThat(JavaChecksums.declared("0001_a", new Sample("Person", "0", sample.parameters(), sample.rows())))
			.as("the string \"0\" for the number 0")
			.isNotEqualTo(original);
		assertThat(JavaChecksums.declared("0001_a", new Sample("Person", 0L, Map.of("a", 2L, "b", "x"), sample.rows())))
			.as("Cypher parameter")
			.isNotEqualTo(original);
	}

	@Test
	void rowsAreNeitherReadNorHashed() {
		Iterable<Map<String, ?>> unreadable = () -> new Iterator<>() {
			@Override
			public boolean hasNext() {
				throw new AssertionError("rows must not be read to take a checksum");
			}

			@Override
			public Map<String, ?> next() {
				throw new AssertionError("rows must not be read to take a checksum");
			}
		};
		Sample sample = new Sample();

		assertThat(JavaChecksums.declared("0001_a", new Sample("Person", 0L, sample.parameters(), unreadable)))
			.isEqualTo(JavaChecksums.declared("0001_a", sample));
	}

	@Test
	void whereABatchsSourceFileLiesDoesNotMatter(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path here = Files.writeString(dir.resolve("a.csv"), "name\nAnn\n");
		Path there = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("a.csv"),
				"name\nAnn\n");

		assertThat(JavaChecksums.declared("0001_a", loadFrom(here)))
			.isEqualTo(JavaChecksums.declared("0001_a", loadFrom(there)));
	}

	/**
	 * The same load on another machine, where the checkout (and so the file's absolute
	 * path) differs.
	 */
	private static Migration loadFrom(Path file) {
		return new Migration() {
			@Override
			public void upgrade(MigrationContext ctx) {
				ctx.beginBatch("people", file);
				ctx.createNodes("Person", List.of(Map.of("name", "Ann")));
			}

			@Override
			public void downgrade(MigrationContext ctx) {
				ctx.deleteNodesByBatch("Person", "people");
			}
		};
	}

	@Test
	void aMigrationThatFailsWhileDeclaringHasNoChecksum() {
		Migration failing = new Migration() {
			@Override
			public void upgrade(MigrationContext ctx) {
				throw new IllegalStateException("data/people.csv not found");
			}

			@Override
			public void downgrade(MigrationContext ctx) {
			}
		};

		assertThat(JavaChecksums.declared("0001_a", failing)).isNull();
	}

	@Test
	void onlyChecksumsTakenTheSameWayAreComparable() {
		String hex = "ab".repeat(32);

		assertThat(JavaChecksums.comparable(JavaChecksums.SOURCE + hex, JavaChecksums.SOURCE + "cd")).isTrue();
		assertThat(JavaChecksums.comparable(JavaChecksums.SOURCE + hex, JavaChecksums.DECLARED + hex)).isFalse();
		assertThat(JavaChecksums.comparable(hex, JavaChecksums.DECLARED + hex)).isFalse();
		assertThat(JavaChecksums.comparable(hex, "cd".repeat(32))).isTrue();
	}

}
