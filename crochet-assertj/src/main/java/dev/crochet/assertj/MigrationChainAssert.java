package dev.crochet.assertj;

import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;

import static dev.crochet.assertj.ShouldBeLinear.shouldHaveSingleHead;
import static dev.crochet.assertj.ShouldBeRollbackSafe.shouldAllBeRollbackSafe;
import static dev.crochet.assertj.ShouldHaveRevisions.shouldContainRevision;
import static dev.crochet.assertj.ShouldHaveRevisions.shouldHaveEnd;
import static dev.crochet.assertj.ShouldHaveRevisions.shouldHaveRevisions;

/**
 * Assertions on a built migration chain. {@link MigrationChain#of} already refuses forks,
 * cycles and missing parents, so a chain is linear by construction; to assert that a set
 * of migrations forms a chain at all, use {@link CrochetAssertions#assertThatMigrations}.
 *
 * <pre>{@code
 * assertThat(crochet.chain())
 *     .hasSingleHead().hasHead("0003_rename").hasRevisions("0001_init", "0002_people", "0003_rename")
 *     .isRollbackSafe();
 * }</pre>
 */
public class MigrationChainAssert extends AbstractAssert<MigrationChainAssert, MigrationChain> {

	public MigrationChainAssert(MigrationChain actual) {
		super(actual, MigrationChainAssert.class);
	}

	/**
	 * The chain has exactly one head, i.e. it is not empty (a built chain never forks).
	 */
	public MigrationChainAssert hasSingleHead() {
		isNotNull();
		if (actual.isEmpty()) {
			throwAssertionError(shouldHaveSingleHead(List.of()));
		}
		return myself;
	}

	/**
	 * The chain is linear. Always true of a {@link MigrationChain} (it cannot be built
	 * otherwise); kept so that a test reads like its intent, and fails only on null.
	 */
	public MigrationChainAssert isLinear() {
		isNotNull();
		return myself;
	}

	public MigrationChainAssert hasHead(String revision) {
		isNotNull();
		String head = actual.head().map(ResolvedMigration::id).orElse(null);
		if (!Objects.equals(head, revision)) {
			throwAssertionError(shouldHaveEnd("head", head, revision));
		}
		return myself;
	}

	public MigrationChainAssert hasRoot(String revision) {
		isNotNull();
		String root = actual.root().map(ResolvedMigration::id).orElse(null);
		if (!Objects.equals(root, revision)) {
			throwAssertionError(shouldHaveEnd("root", root, revision));
		}
		return myself;
	}

	/** Exactly these revisions, root first. */
	public MigrationChainAssert hasRevisions(String... revisions) {
		isNotNull();
		List<String> expected = List.of(revisions);
		if (!actual.ids().equals(expected)) {
			throwAssertionError(shouldHaveRevisions(actual.ids(), expected));
		}
		return myself;
	}

	/**
	 * Every revision declares {@code rollbackSafe = true}, so the chain can be downgraded
	 * to base.
	 */
	public MigrationChainAssert isRollbackSafe() {
		isNotNull();
		List<String> unsafe = actual.migrations()
			.stream()
			.filter(m -> !m.rollbackSafe())
			.map(ResolvedMigration::id)
			.toList();
		if (!unsafe.isEmpty()) {
			throwAssertionError(shouldAllBeRollbackSafe(unsafe));
		}
		return myself;
	}

	/** Fails when the chain lacks {@code revision}, else assertions on that migration. */
	public ResolvedMigrationAssert revision(String revision) {
		isNotNull();
		ResolvedMigration migration = actual.get(revision).orElse(null);
		if (migration == null) {
			throwAssertionError(shouldContainRevision(revision, actual.ids()));
		}
		return new ResolvedMigrationAssert(migration);
	}

}
