package dev.crochet.cypher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaNamesTest {

	@Test
	void namesAreReadablePrefixedAndHashed() {
		assertThat(SchemaNames.uniqueConstraint("Person", "name")).matches("crochet_uniq_Person_name_[0-9a-f]{8}");
		assertThat(SchemaNames.existenceConstraint("Person", "name")).matches("crochet_exists_Person_name_[0-9a-f]{8}");
		assertThat(SchemaNames.index("Person", "age")).matches("crochet_idx_Person_age_[0-9a-f]{8}");
		assertThat(SchemaNames.compositeIndex("Person", List.of("first", "last")))
			.matches("crochet_cidx_Person_first_last_[0-9a-f]{8}");
		assertThat(SchemaNames.relationshipIndex("KNOWS", "since")).matches("crochet_ridx_KNOWS_since_[0-9a-f]{8}");
		assertThat(SchemaNames.nodeBatchIndex("Person")).matches("crochet_batch_Person_[0-9a-f]{8}");
		assertThat(SchemaNames.relationshipBatchIndex("KNOWS")).matches("crochet_batch_KNOWS_[0-9a-f]{8}");
	}

	@Test
	void namesArePinned() {
		// A change to the scheme would orphan every constraint and index made before it.
		assertThat(SchemaNames.uniqueConstraint("Person", "name")).isEqualTo("crochet_uniq_Person_name_e4b43f86");
		assertThat(SchemaNames.index("Person", "age")).isEqualTo("crochet_idx_Person_age_eb080b5c");
	}

	@Test
	void namesThatReadAlikeStillDiffer() {
		String first = SchemaNames.index("A_b", "c");
		String second = SchemaNames.index("A", "b_c");
		String third = SchemaNames.index("A.b", "c");
		assertThat(first).startsWith("crochet_idx_A_b_c_");
		assertThat(second).startsWith("crochet_idx_A_b_c_");
		assertThat(third).startsWith("crochet_idx_A_b_c_");
		assertThat(Set.of(first, second, third)).hasSize(3);
	}

	@Test
	void kindsAndEntitiesNeverShareAName() {
		Set<String> names = Set.of(SchemaNames.uniqueConstraint("X", "p"), SchemaNames.existenceConstraint("X", "p"),
				SchemaNames.index("X", "p"), SchemaNames.compositeIndex("X", List.of("p")),
				SchemaNames.relationshipIndex("X", "p"), SchemaNames.nodeBatchIndex("X"),
				SchemaNames.relationshipBatchIndex("X"));
		assertThat(names).hasSize(7);
		assertThat(SchemaNames.compositeIndex("X", List.of("a", "b")))
			.isNotEqualTo(SchemaNames.compositeIndex("X", List.of("b", "a")));
	}

	@Test
	void hostileNamesBecomePlainIdentifiers() {
		Stream
			.of(SchemaNames.uniqueConstraint("Person`) DETACH DELETE n //", "na me"),
					SchemaNames.index("Persön 人", "ä"), SchemaNames.relationshipIndex("a`b", "\\u0060"))
			.forEach(name -> assertThat(name).matches("crochet_[a-z]+_[A-Za-z0-9_]+_[0-9a-f]{8}"));
		assertThat(SchemaNames.index("Persön 人", "ä")).startsWith("crochet_idx_Pers_n___");
	}

	@Test
	void theReadablePartIsTruncated() {
		String name = SchemaNames.index("L".repeat(100), "p".repeat(100));
		assertThat(name).isEqualTo("crochet_idx_" + "L".repeat(40) + "_" + name.substring(name.length() - 8));
	}

	@Test
	void batchIndexesAreInternal() {
		assertThat(SchemaNames.isInternal(SchemaNames.nodeBatchIndex("Person"))).isTrue();
		assertThat(SchemaNames.isInternal(SchemaNames.relationshipBatchIndex("KNOWS"))).isTrue();
		assertThat(SchemaNames.isInternal(SchemaNames.index("Person", "age"))).isFalse();
		assertThat(SchemaNames.isInternal("index_343aff4e")).isFalse();
		assertThat(SchemaNames.isInternal(null)).isFalse();
	}

}
