package dev.crochet.assertj;

import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crochet.assertj.CrochetAssertions.assertThat;
import static dev.crochet.assertj.CrochetAssertions.assertThatMigrations;
import static dev.crochet.assertj.TestMigrations.migration;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationAssertTest {

	final String hash = TestMigrations.models().hash();

	// GIVEN a chain 0001_init <- 0002_people <- 0003_drop_age, the last one destructive
	final ResolvedMigration init = migration("0001_init", null);

	final ResolvedMigration people = migration("0002_people", "0001_init");

	final ResolvedMigration dropAge = migration("0003_drop_age", "0002_people", false, hash);

	final MigrationChain chain = MigrationChain.of(List.of(dropAge, init, people));

	@Test
	void rollbackSafety() {
		assertThat(init).isRollbackSafe();
		assertThat(dropAge).isNotRollbackSafe();
	}

	@Test
	void isRollbackSafeFails() {
		assertThatThrownBy(() -> assertThat(dropAge).isRollbackSafe()).hasMessage(format(
				"%nExpecting revision \"0003_drop_age\" to be rollback-safe, but it declares rollbackSafe = false"));
	}

	@Test
	void isNotRollbackSafeFails() {
		assertThatThrownBy(() -> assertThat(init).isNotRollbackSafe()).hasMessage(format(
				"%nExpecting revision \"0001_init\" not to be rollback-safe, but it declares rollbackSafe = true"));
	}

	@Test
	void parents() {
		assertThat(people).hasParent("0001_init");
		assertThat(init).isRoot().hasParent(null);
	}

	@Test
	void hasParentFails() {
		assertThatThrownBy(() -> assertThat(dropAge).hasParent("0001_init")).hasMessage(format(
				"%nExpecting revision \"0003_drop_age\" to have parent:%n  \"0001_init\"%nbut had:%n  \"0002_people\""));
	}

	@Test
	void hasParentFailsOnRoot() {
		assertThatThrownBy(() -> assertThat(init).hasParent("0000_bootstrap")).hasMessage(format(
				"%nExpecting revision \"0001_init\" to have parent:%n  \"0000_bootstrap\"%nbut it is a root (no parent)"));
	}

	@Test
	void isRootFails() {
		assertThatThrownBy(() -> assertThat(people).isRoot()).hasMessage(format(
				"%nExpecting revision \"0002_people\" to be a root (no parent), but its parent is:%n  \"0001_init\""));
	}

	@Test
	void schemaHash() {
		assertThat(dropAge).hasSchemaHash(hash).hasSchemaHashOf(TestMigrations.models());
	}

	@Test
	void hasSchemaHashFails() {
		assertThatThrownBy(() -> assertThat(init).hasSchemaHashOf(TestMigrations.models())).hasMessage(
				format("%nExpecting revision \"0001_init\" to declare schema hash:%n  \"%s\"%nbut it declares:%n  null",
						hash));
	}

	@Test
	void chainShape() {
		assertThat(chain).hasSingleHead()
			.isLinear()
			.hasRoot("0001_init")
			.hasHead("0003_drop_age")
			.hasRevisions("0001_init", "0002_people", "0003_drop_age");
		assertThat(chain).revision("0002_people").hasParent("0001_init").isRollbackSafe();
	}

	@Test
	void hasSingleHeadFailsOnEmptyChain() {
		assertThatThrownBy(() -> assertThat(MigrationChain.of(List.of())).hasSingleHead())
			.hasMessage(format("%nExpecting the migrations to have a single head, but they have 0:%n  []"));
	}

	@Test
	void isLinearFailsOnlyOnNull() {
		assertThatThrownBy(() -> assertThat((MigrationChain) null).isLinear())
			.hasMessage(format("%nExpecting actual not to be null"));
	}

	@Test
	void hasHeadFails() {
		assertThatThrownBy(() -> assertThat(chain).hasHead("0002_people")).hasMessage(
				format("%nExpecting migration chain to have head:%n  \"0002_people\"%nbut had:%n  \"0003_drop_age\""));
	}

	@Test
	void hasHeadFailsOnEmptyChain() {
		assertThatThrownBy(() -> assertThat(MigrationChain.of(List.of())).hasHead("0001_init"))
			.hasMessage(format("%nExpecting migration chain to have head:%n  \"0001_init\"%nbut the chain is empty"));
	}

	@Test
	void hasRootFails() {
		assertThatThrownBy(() -> assertThat(chain).hasRoot("0002_people")).hasMessage(
				format("%nExpecting migration chain to have root:%n  \"0002_people\"%nbut had:%n  \"0001_init\""));
	}

	@Test
	void hasRevisionsFails() {
		assertThatThrownBy(() -> assertThat(chain).hasRevisions("0001_init", "0003_drop_age"))
			.hasMessage(format("%nExpecting migration chain to have revisions (root first):%n"
					+ "  [\"0001_init\", \"0003_drop_age\"]%nbut had:%n  [\"0001_init\", \"0002_people\", \"0003_drop_age\"]"));
	}

	@Test
	void chainIsRollbackSafe() {
		assertThat(MigrationChain.of(List.of(init, people))).isRollbackSafe();
	}

	@Test
	void chainIsRollbackSafeFails() {
		assertThatThrownBy(() -> assertThat(chain).isRollbackSafe())
			.hasMessage(format("%nExpecting every revision of the migration chain to be rollback-safe, "
					+ "but these declare rollbackSafe = false:%n  [\"0003_drop_age\"]"));
	}

	@Test
	void revisionFails() {
		assertThatThrownBy(() -> assertThat(chain).revision("0009_missing"))
			.hasMessage(format("%nExpecting migration chain to contain revision:%n  \"0009_missing\"%n"
					+ "but its revisions are:%n  [\"0001_init\", \"0002_people\", \"0003_drop_age\"]"));
	}

	@Test
	void migrationsFormOneChain() {
		assertThatMigrations(List.of(people, dropAge, init)).hasSingleHead().isLinear();
	}

	@Test
	void hasSingleHeadFailsOnFork() {
		// GIVEN two branches that both build on 0002_people
		ResolvedMigration branch = migration("0003_rename", "0002_people");
		assertThatThrownBy(() -> assertThatMigrations(List.of(init, people, dropAge, branch)).hasSingleHead())
			.hasMessage(format("%nExpecting the migrations to have a single head, but they have 2:%n"
					+ "  [\"0003_drop_age\", \"0003_rename\"]"));
	}

	@Test
	void isLinearFailsOnFork() {
		ResolvedMigration branch = migration("0003_rename", "0002_people");
		assertThatThrownBy(() -> assertThatMigrations(List.of(init, people, dropAge, branch)).isLinear())
			.hasMessage(format("%nExpecting the migrations to form one linear chain, but:%n"
					+ "  Revisions '0003_drop_age' and '0003_rename' both have parent '0002_people' (a fork: the chain must be linear)"));
	}

	@Test
	void isLinearFailsOnMissingParent() {
		assertThatThrownBy(() -> assertThatMigrations(List.of(init, dropAge)).isLinear())
			.hasMessage(format("%nExpecting the migrations to form one linear chain, but:%n"
					+ "  Revision '0003_drop_age' has parent '0002_people', which does not exist"));
	}

}
