package dev.crochet.engine;

import dev.crochet.Direction;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.Statement;
import dev.crochet.migration.ResolvedMigration;

import java.util.List;

/**
 * The operations one revision declared for one direction, before any of them runs.
 */
record RevisionPlan(ResolvedMigration migration, Direction direction, List<Operation> operations) {

	RevisionPlan {
		operations = List.copyOf(operations);
	}

	String revision() {
		return migration.id();
	}

	List<String> cypher() {
		return operations.stream().flatMap(o -> o.statements().stream()).map(Statement::cypher).toList();
	}

	boolean needsEnterprise() {
		return operations.stream().anyMatch(Operation::enterpriseOnly);
	}
}
