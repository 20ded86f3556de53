package dev.crochet.assertj;

import dev.crochet.migration.ChainException;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import org.assertj.core.api.AbstractAssert;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.crochet.assertj.ShouldBeLinear.shouldBeLinear;
import static dev.crochet.assertj.ShouldBeLinear.shouldHaveSingleHead;

/**
 * Assertions on a set of migrations before they are built into a chain (as discovered, or
 * as a pull request adds them): do they have a single head, do they form one linear
 * chain?
 *
 * <pre>{@code
 * assertThatMigrations(MigrationScanner.scan(loader, List.of("com.example.migrations"), List.of()))
 *     .hasSingleHead().isLinear();
 * }</pre>
 */
public class MigrationsAssert extends AbstractAssert<MigrationsAssert, Collection<ResolvedMigration>> {

	public MigrationsAssert(Collection<ResolvedMigration> actual) {
		super(actual, MigrationsAssert.class);
	}

	/**
	 * Exactly one revision is no other revision's parent. Two heads mean two branches
	 * were merged without linking one onto the other.
	 */
	public MigrationsAssert hasSingleHead() {
		isNotNull();
		Set<String> parents = actual.stream()
			.map(ResolvedMigration::parent)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<String> heads = actual.stream()
			.map(ResolvedMigration::id)
			.filter(id -> !parents.contains(id))
			.sorted()
			.distinct()
			.toList();
		if (heads.size() != 1) {
			throwAssertionError(shouldHaveSingleHead(heads));
		}
		return myself;
	}

	/**
	 * The migrations form exactly one linear chain: no fork, cycle, missing parent,
	 * duplicate or second root.
	 */
	public MigrationsAssert isLinear() {
		isNotNull();
		try {
			MigrationChain.of(actual);
		}
		catch (ChainException ex) {
			throwAssertionError(shouldBeLinear(ex.getMessage()));
		}
		return myself;
	}

}
