package dev.crochet.assertj;

import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.migration.ResolvedMigration;
import org.assertj.core.api.AbstractAssert;

import java.util.Objects;

import static dev.crochet.assertj.ShouldBeRollbackSafe.shouldBeRollbackSafe;
import static dev.crochet.assertj.ShouldBeRollbackSafe.shouldNotBeRollbackSafe;
import static dev.crochet.assertj.ShouldHaveParent.shouldBeRoot;
import static dev.crochet.assertj.ShouldHaveParent.shouldHaveParent;
import static dev.crochet.assertj.ShouldHaveSchemaHash.shouldDeclareSchemaHash;

/**
 * Assertions on a discovered migration's metadata.
 *
 * <pre>{@code
 * assertThat(chain).revision("0002_drop_age")
 *     .hasParent("0001_init").isNotRollbackSafe().hasSchemaHashOf(ModelReader.read("com.example.model"));
 * }</pre>
 */
public class ResolvedMigrationAssert extends AbstractAssert<ResolvedMigrationAssert, ResolvedMigration> {

	public ResolvedMigrationAssert(ResolvedMigration actual) {
		super(actual, ResolvedMigrationAssert.class);
	}

	/**
	 * The migration declares {@code rollbackSafe = true}: its downgrade restores the
	 * graph.
	 */
	public ResolvedMigrationAssert isRollbackSafe() {
		isNotNull();
		if (!actual.rollbackSafe()) {
			throwAssertionError(shouldBeRollbackSafe(actual.id()));
		}
		return myself;
	}

	/**
	 * The migration declares {@code rollbackSafe = false}, as a destructive change must.
	 */
	public ResolvedMigrationAssert isNotRollbackSafe() {
		isNotNull();
		if (actual.rollbackSafe()) {
			throwAssertionError(shouldNotBeRollbackSafe(actual.id()));
		}
		return myself;
	}

	public ResolvedMigrationAssert hasParent(String parent) {
		isNotNull();
		if (!Objects.equals(actual.parent(), parent)) {
			throwAssertionError(shouldHaveParent(actual.id(), actual.parent(), parent));
		}
		return myself;
	}

	/** The migration has no parent: it is the first of its chain. */
	public ResolvedMigrationAssert isRoot() {
		isNotNull();
		if (!actual.isRoot()) {
			throwAssertionError(shouldBeRoot(actual.id(), actual.parent()));
		}
		return myself;
	}

	/** The migration declares this schema hash. */
	public ResolvedMigrationAssert hasSchemaHash(String schemaHash) {
		isNotNull();
		if (!Objects.equals(actual.schemaHash(), schemaHash)) {
			throwAssertionError(shouldDeclareSchemaHash(actual.id(), actual.schemaHash(), schemaHash));
		}
		return myself;
	}

	/**
	 * The migration declares the hash of {@code snapshot}: it was written for exactly
	 * those models.
	 */
	public ResolvedMigrationAssert hasSchemaHashOf(SchemaSnapshot snapshot) {
		return hasSchemaHash(snapshot.hash());
	}

}
