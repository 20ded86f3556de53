package dev.crochet.migration;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationChainTest {

	private static final Migration NOTHING = new Migration() {
		@Override
		public void upgrade(MigrationContext ctx) {
		}

		@Override
		public void downgrade(MigrationContext ctx) {
		}
	};

	private static ResolvedMigration revision(String id, String parent) {
		return new ResolvedMigration(id, parent, "", null, true, null, MigrationKind.JAVA, "loc/" + id, NOTHING);
	}

	private static MigrationChain abcd() {
		return MigrationChain
			.of(List.of(revision("d", "c"), revision("b", "a"), revision("a", null), revision("c", "b")));
	}

	private static void assertChainError(List<ResolvedMigration> migrations, String message) {
		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> MigrationChain.of(migrations))
			.withMessage(message);
	}

	@Test
	void emptyInputGivesEmptyChain() {
		MigrationChain chain = MigrationChain.of(List.of());

		assertThat(chain.isEmpty()).isTrue();
		assertThat(chain.size()).isZero();
		assertThat(chain.migrations()).isEmpty();
		assertThat(chain.head()).isEmpty();
		assertThat(chain.root()).isEmpty();
		assertThat(chain.after(null)).isEmpty();
		assertThat(chain.between(null, null)).isEmpty();
	}

	@Test
	void ordersByParentLinksNotByIds() {
		MigrationChain chain = MigrationChain
			.of(List.of(revision("0001_z", "0003_m"), revision("0002_a", "0001_z"), revision("0003_m", null)));

		assertThat(chain.ids()).containsExactly("0003_m", "0001_z", "0002_a");
		assertThat(chain.root()).map(ResolvedMigration::id).contains("0003_m");
		assertThat(chain.head()).map(ResolvedMigration::id).contains("0002_a");
	}

	@Test
	void singleRootIsAChain() {
		MigrationChain chain = MigrationChain.of(List.of(revision("a", null)));

		assertThat(chain.ids()).containsExactly("a");
		assertThat(chain.head()).isEqualTo(chain.root());
	}

	@Test
	void looksUpRevisions() {
		MigrationChain chain = abcd();

		assertThat(chain.get("c")).map(ResolvedMigration::parent).contains("b");
		assertThat(chain.get("x")).isEmpty();
		assertThat(chain.indexOf("a")).isZero();
		assertThat(chain.indexOf("d")).isEqualTo(3);
		assertThat(chain.indexOf("x")).isEqualTo(-1);
		assertThat(chain.contains("b")).isTrue();
		assertThat(chain.contains("x")).isFalse();
		assertThat(chain.size()).isEqualTo(4);
		assertThat(chain).hasToString("MigrationChain[a, b, c, d]");
	}

	@Test
	void upToIsInclusiveFromTheRoot() {
		assertThat(ids(abcd().upTo("a"))).containsExactly("a");
		assertThat(ids(abcd().upTo("c"))).containsExactly("a", "b", "c");
		assertThat(ids(abcd().upTo("d"))).containsExactly("a", "b", "c", "d");
	}

	@Test
	void afterIsExclusiveAndNullMeansEverything() {
		assertThat(ids(abcd().after(null))).containsExactly("a", "b", "c", "d");
		assertThat(ids(abcd().after("b"))).containsExactly("c", "d");
		assertThat(ids(abcd().after("d"))).isEmpty();
	}

	@Test
	void pendingIsBetweenWithoutItsChecks() {
		assertThat(ids(abcd().pending(null, null))).containsExactly("a", "b", "c", "d");
		assertThat(ids(abcd().pending("a", "c"))).containsExactly("b", "c");
		assertThat(ids(abcd().pending("d", "b"))).isEmpty();
		// An unknown head counts as nothing applied, an unknown target gives nothing:
		// callers word those errors.
		assertThat(ids(abcd().pending("x", "b"))).containsExactly("a", "b");
		assertThat(ids(abcd().pending("a", "x"))).isEmpty();
	}

	@Test
	void betweenIsExclusiveThenInclusive() {
		assertThat(ids(abcd().between(null, null))).containsExactly("a", "b", "c", "d");
		assertThat(ids(abcd().between(null, "b"))).containsExactly("a", "b");
		assertThat(ids(abcd().between("a", "c"))).containsExactly("b", "c");
		assertThat(ids(abcd().between("b", null))).containsExactly("c", "d");
		assertThat(ids(abcd().between("c", "c"))).isEmpty();
		assertThat(ids(abcd().between("d", "b"))).isEmpty();
	}

	@Test
	void unknownRevisionInLookUpsIsAnError() {
		String message = "Revision 'x' is not in the migration chain";
		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> abcd().upTo("x")).withMessage(message);
		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> abcd().after("x")).withMessage(message);
		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> abcd().between("x", null))
			.withMessage(message);
		assertThatExceptionOfType(ChainException.class).isThrownBy(() -> abcd().between(null, "x"))
			.withMessage(message);
	}

	@Test
	void migrationsListIsImmutable() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> abcd().migrations().add(revision("e", "d")));
	}

	@Test
	void duplicateIdIsAnError() {
		assertChainError(
				List.of(revision("0001_a", null), revision("0002_x", "0001_a"),
						new ResolvedMigration("0002_x", "0001_a", "", null, true, "abc", MigrationKind.CYPHER,
								"db/other.cypher", NOTHING)),
				"Duplicate revision '0002_x' defined by loc/0002_x and db/other.cypher");
	}

	@Test
	void missingParentIsAnError() {
		assertChainError(List.of(revision("0001_a", null), revision("0003_c", "0002_b")),
				"Revision '0003_c' has parent '0002_b', which does not exist");
	}

	@Test
	void missingParentReportsTheFirstRevisionById() {
		assertChainError(List.of(revision("0001_a", null), revision("0009_z", "0008"), revision("0003_c", "0002_b")),
				"Revision '0003_c' has parent '0002_b', which does not exist");
	}

	@Test
	void twoRootsAreAnError() {
		assertChainError(List.of(revision("0001_b", null), revision("0001_a", null)),
				"More than one root revision (no parent): '0001_a', '0001_b'");
	}

	@Test
	void threeRootsAreListed() {
		assertChainError(List.of(revision("c", null), revision("a", null), revision("b", null), revision("d", "c")),
				"More than one root revision (no parent): 'a', 'b', 'c'");
	}

	@Test
	void forkIsAnError() {
		assertChainError(List.of(revision("0001_a", null), revision("0002_c", "0001_a"), revision("0002_b", "0001_a")),
				"Revisions '0002_b' and '0002_c' both have parent '0001_a' (a fork: the chain must be linear)");
	}

	@Test
	void forkOfThreeIsAnError() {
		assertChainError(
				List.of(revision("a", null), revision("b", "a"), revision("d", "b"), revision("c", "b"),
						revision("e", "b")),
				"Revisions 'c', 'd' and 'e' all have parent 'b' (a fork: the chain must be linear)");
	}

	@Test
	void cycleBesideARootIsAnError() {
		assertChainError(
				List.of(revision("0000_root", null), revision("0001_a", "0002_b"), revision("0002_b", "0001_a")),
				"Cycle in the migration chain: '0001_a' -> '0002_b' -> '0001_a'");
	}

	@Test
	void chainWithoutRootIsACycle() {
		assertChainError(
				List.of(revision("0002_b", "0001_a"), revision("0003_c", "0002_b"), revision("0001_a", "0003_c")),
				"Cycle in the migration chain: '0001_a' -> '0002_b' -> '0003_c' -> '0001_a'");
	}

	@Test
	void ownParentIsACycle() {
		assertChainError(List.of(revision("a", "a")), "Cycle in the migration chain: 'a' -> 'a'");
	}

	@Test
	void ordersAThousandShuffledRevisions() {
		List<ResolvedMigration> migrations = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		String parent = null;
		for (int i = 0; i < 1000; i++) {
			// Ids whose sort order differs from chain order, so ordering by name would
			// fail.
			String id = String.format("%04d_rev", (i * 7919) % 1000);
			migrations.add(revision(id, parent));
			expected.add(id);
			parent = id;
		}
		Collections.shuffle(migrations, new Random(42));

		MigrationChain chain = MigrationChain.of(migrations);

		assertThat(chain.ids()).containsExactlyElementsOf(expected);
		assertThat(chain.indexOf(expected.get(500))).isEqualTo(500);
		assertThat(chain.after(expected.get(998))).extracting(ResolvedMigration::id).containsExactly(expected.get(999));
	}

	@Test
	void detectsAForkInAThousandRevisions() {
		List<ResolvedMigration> migrations = new ArrayList<>();
		String parent = null;
		for (int i = 0; i < 1000; i++) {
			String id = String.format("%04d", i);
			migrations.add(revision(id, parent));
			parent = id;
		}
		migrations.add(revision("0500_branch", "0499"));
		Collections.shuffle(migrations, new Random(7));

		assertChainError(migrations,
				"Revisions '0500' and '0500_branch' both have parent '0499' (a fork: the chain must be linear)");
	}

	private static List<String> ids(List<ResolvedMigration> migrations) {
		return migrations.stream().map(ResolvedMigration::id).toList();
	}

}
