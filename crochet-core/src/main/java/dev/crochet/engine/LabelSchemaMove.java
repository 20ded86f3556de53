package dev.crochet.engine;

import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.CypherNames;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RenameLabel;
import dev.crochet.cypher.SchemaNames;
import dev.crochet.cypher.Statement;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A label rename that takes Crochet's constraints and indexes along: after the nodes are
 * relabelled, each {@code crochet_...} constraint or index on the old label is created
 * again on the new label (under its new deterministic name) and the old one dropped.
 * Constraints and indexes the user named himself are left alone: they are his to move.
 */
final class LabelSchemaMove {

	private LabelSchemaMove() {
	}

	/**
	 * The statements {@code operation} runs: its own, plus the schema moves when it
	 * renames a label.
	 */
	static List<Statement> of(Graph graph, Operation operation) {
		return operation instanceof RenameLabel rename ? statements(graph, rename) : operation.statements();
	}

	static List<Statement> statements(Graph graph, RenameLabel rename) {
		List<Statement> statements = new ArrayList<>(rename.statements());
		Map<String, Object> onOldLabel = Map.of("label", rename.from(), "prefix", SchemaNames.PREFIX);
		graph
			.query("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties, entityType"
					+ " WHERE entityType = 'NODE' AND labelsOrTypes = [$label] AND name STARTS WITH $prefix"
					+ " RETURN name, type, properties", onOldLabel, r -> r)
			.forEach(r -> {
				List<String> properties = r.get("properties").asList(Value::asString);
				String type = r.get("type").asString();
				List<Statement> recreate = properties.size() != 1
						? type.endsWith("UNIQUENESS")
								? new AddCompositeUniqueConstraint(rename.to(), properties).statements() : List.of()
						: type.endsWith("UNIQUENESS")
								? new AddUniqueConstraint(rename.to(), properties.get(0)).statements()
								: type.endsWith("EXISTENCE")
										? new AddExistenceConstraint(rename.to(), properties.get(0)).statements()
										: List.of();
				if (!recreate.isEmpty()) {
					statements.addAll(recreate);
					statements.add(Statement.schema("DROP CONSTRAINT "
							+ CypherNames.escape(r.get("name").asString(), "constraint name") + " IF EXISTS"));
				}
			});
		graph
			.query("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, entityType, owningConstraint"
					+ " WHERE entityType = 'NODE' AND labelsOrTypes = [$label] AND name STARTS WITH $prefix"
					+ " AND owningConstraint IS NULL AND type = 'RANGE' RETURN name, properties", onOldLabel, r -> r)
			.forEach(r -> {
				String name = r.get("name").asString();
				List<String> properties = r.get("properties").asList(Value::asString);
				List<Statement> recreate;
				if (SchemaNames.isInternal(name)) {
					recreate = List.of(Statement.schema("CREATE INDEX " + SchemaNames.nodeBatchIndex(rename.to())
							+ " IF NOT EXISTS FOR (n:" + CypherNames.escape(rename.to(), "label") + ") ON (n."
							+ SchemaNames.BATCH_PROPERTY + ")"));
				}
				else if (properties.size() == 1) {
					recreate = new AddIndex(rename.to(), properties.get(0)).statements();
				}
				else {
					recreate = new AddCompositeIndex(rename.to(), properties).statements();
				}
				statements.addAll(recreate);
				statements.add(Statement.schema("DROP INDEX " + CypherNames.escape(name, "index name") + " IF EXISTS"));
			});
		return statements;
	}

}
