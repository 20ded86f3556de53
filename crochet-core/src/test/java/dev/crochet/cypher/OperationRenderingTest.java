package dev.crochet.cypher;

import dev.crochet.NodeMatch;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OperationRenderingTest {

	private static String only(Operation operation) {
		assertThat(operation.statements()).hasSize(1);
		return operation.statements().get(0).cypher();
	}

	@Test
	void constraintsAndIndexesAreSchemaStatementsWithDeterministicNames() {
		String uniq = SchemaNames.uniqueConstraint("Person", "name");
		assertThat(only(new AddUniqueConstraint("Person", "name")))
			.isEqualTo("CREATE CONSTRAINT " + uniq + " IF NOT EXISTS FOR (n:`Person`) REQUIRE n.`name` IS UNIQUE");
		assertThat(only(new DropUniqueConstraint("Person", "name")))
			.isEqualTo("DROP CONSTRAINT " + uniq + " IF EXISTS");

		String exists = SchemaNames.existenceConstraint("Person", "name");
		assertThat(only(new AddExistenceConstraint("Person", "name")))
			.isEqualTo("CREATE CONSTRAINT " + exists + " IF NOT EXISTS FOR (n:`Person`) REQUIRE n.`name` IS NOT NULL");
		assertThat(only(new DropExistenceConstraint("Person", "name")))
			.isEqualTo("DROP CONSTRAINT " + exists + " IF EXISTS");

		String idx = SchemaNames.index("Person", "age");
		assertThat(only(new AddIndex("Person", "age")))
			.isEqualTo("CREATE INDEX " + idx + " IF NOT EXISTS FOR (n:`Person`) ON (n.`age`)");
		assertThat(only(new DropIndex("Person", "age"))).isEqualTo("DROP INDEX " + idx + " IF EXISTS");

		String cidx = SchemaNames.compositeIndex("Person", List.of("last", "first"));
		assertThat(only(new AddCompositeIndex("Person", List.of("last", "first"))))
			.isEqualTo("CREATE INDEX " + cidx + " IF NOT EXISTS FOR (n:`Person`) ON (n.`last`, n.`first`)");
		assertThat(only(new DropCompositeIndex("Person", List.of("last", "first"))))
			.isEqualTo("DROP INDEX " + cidx + " IF EXISTS");

		String ridx = SchemaNames.relationshipIndex("KNOWS", "since");
		assertThat(only(new AddRelationshipIndex("KNOWS", "since")))
			.isEqualTo("CREATE INDEX " + ridx + " IF NOT EXISTS FOR ()-[r:`KNOWS`]-() ON (r.`since`)");
		assertThat(only(new DropRelationshipIndex("KNOWS", "since"))).isEqualTo("DROP INDEX " + ridx + " IF EXISTS");

		List<Operation> schema = List.of(new AddUniqueConstraint("A", "b"), new DropUniqueConstraint("A", "b"),
				new AddIndex("A", "b"), new DropIndex("A", "b"), new AddCompositeIndex("A", List.of("b")),
				new DropCompositeIndex("A", List.of("b")), new AddRelationshipIndex("A", "b"),
				new DropRelationshipIndex("A", "b"), new AddExistenceConstraint("A", "b"),
				new DropExistenceConstraint("A", "b"));
		assertThat(schema).allSatisfy(
				op -> assertThat(op.statements()).extracting(Statement::kind).containsExactly(StatementKind.SCHEMA));
		assertThat(schema).filteredOn(Operation::enterpriseOnly)
			.containsExactly(new AddExistenceConstraint("A", "b"), new DropExistenceConstraint("A", "b"));
	}

	@Test
	void hostileNamesAreEscapedInSchemaStatements() {
		assertThat(only(new AddUniqueConstraint("Person`) DETACH DELETE n //", "na`me")))
			.endsWith(" IF NOT EXISTS FOR (n:`Person``) DETACH DELETE n //`) REQUIRE n.`na``me` IS UNIQUE");
	}

	@Test
	void refactoringsRunInChunkedAutoCommitStatements() {
		assertThat(only(new RenameLabel("Old", "New")))
			.isEqualTo("MATCH (n:`Old`) CALL (n) { SET n:`New` REMOVE n:`Old` } IN TRANSACTIONS OF 5000 ROWS");
		assertThat(only(new RenameRelationshipType("Old", "New"))).isEqualTo(
				"MATCH (a)-[r:`Old`]->(b) CALL (a, r, b) { CREATE (a)-[r2:`New`]->(b) SET r2 = properties(r) DELETE r } IN TRANSACTIONS OF 5000 ROWS");
		assertThat(only(new AddNodeProperty("Person", "active", true))).isEqualTo(
				"MATCH (n:`Person`) WHERE n.`active` IS NULL CALL (n) { SET n.`active` = $value } IN TRANSACTIONS OF 5000 ROWS");
		assertThat(only(new RemoveNodeProperty("Person", "age", 500))).isEqualTo(
				"MATCH (n:`Person`) WHERE n.`age` IS NOT NULL CALL (n) { REMOVE n.`age` } IN TRANSACTIONS OF 500 ROWS");
		assertThat(only(new RenameNodeProperty("Person", "name", "fullName"))).isEqualTo(
				"MATCH (n:`Person`) WHERE n.`name` IS NOT NULL CALL (n) { SET n.`fullName` = n.`name` REMOVE n.`name` } IN TRANSACTIONS OF 5000 ROWS");
		assertThat(only(new RenameRelationshipProperty("ACTED_IN", "role", "character", 500))).isEqualTo(
				"MATCH ()-[r:`ACTED_IN`]->() WHERE r.`role` IS NOT NULL CALL (r) { SET r.`character` = r.`role` REMOVE r.`role` } IN TRANSACTIONS OF 500 ROWS");
		assertThat(new RenameRelationshipProperty("T", "a", "b").inverse())
			.contains(new RenameRelationshipProperty("T", "b", "a"));
		assertThat(new AddNodeProperty("Person", "active", true).statements().get(0).parameters())
			.isEqualTo(Map.of("value", true));
		assertThat(List.of(new RenameLabel("a", "b"), new RenameRelationshipType("a", "b"),
				new AddNodeProperty("a", "b", 1), new RemoveNodeProperty("a", "b"),
				new RenameNodeProperty("a", "b", "c"), new RenameRelationshipProperty("a", "b", "c"),
				new RunCypher("RETURN 1")))
			.allSatisfy(op -> assertThat(op.statements()).extracting(Statement::kind)
				.containsExactly(StatementKind.AUTO_COMMIT));
	}

	@Test
	void runCypherIsVerbatim() {
		RunCypher run = new RunCypher("MATCH (p:Person) WHERE p.age > $min SET p.adult = true", Map.of("min", 17));
		assertThat(run.statements())
			.containsExactly(new Statement("MATCH (p:Person) WHERE p.age > $min SET p.adult = true", Map.of("min", 17),
					StatementKind.AUTO_COMMIT, null));
	}

	@Test
	void createNodesEnsuresTheBatchIndexThenStreamsTheRowsUntouched() {
		List<Map<String, Object>> rows = List.of(Map.of("name", "Ada"));
		CreateNodes create = new CreateNodes("Person", rows, "b1");
		assertThat(create.statements()).extracting(Statement::cypher)
			.containsExactly(
					"CREATE INDEX " + SchemaNames.nodeBatchIndex("Person")
							+ " IF NOT EXISTS FOR (n:`Person`) ON (n._crochet_batch)",
					"UNWIND $rows AS row CREATE (n:`Person`) SET n = row, n._crochet_batch = $batch");
		Statement data = create.statements().get(1);
		assertThat(data.kind()).isEqualTo(StatementKind.ROWS);
		assertThat(data.rows()).isSameAs(rows);
		assertThat(data.parameters()).isEqualTo(Map.of("batch", "b1"));
		assertThat(create.statements().get(0).kind()).isEqualTo(StatementKind.SCHEMA);
		assertThat(create.chunkSize()).isEqualTo(5_000);
		assertThat(data.chunkSize()).isEqualTo(5_000);
		assertThat(new CreateNodes("Person", rows, "b1", 2).statements().get(1).chunkSize()).isEqualTo(2);
		assertThat(create.statements().get(0).chunkSize()).isZero();
	}

	@Test
	void rowStatementsCarryTheOperationsChunkSizeToTheEngine() {
		List<Map<String, Object>> rows = List.of();
		assertThat(List.of(new CreateNodes("Person", rows, "b1", 7),
				new UpsertNodes("Person", List.of("email"), rows, "b1", 7),
				new CreateRelationships("WROTE", NodeMatch.of("Person", "name"), NodeMatch.of("Book", "title"), rows,
						"b1", 7)))
			.allSatisfy(op -> assertThat(op.statements()).extracting(Statement::kind, Statement::chunkSize)
				.containsExactly(tuple(StatementKind.SCHEMA, 0), tuple(StatementKind.ROWS, 7)));
		assertThat(new Statement("UNWIND $rows AS row CREATE (n)", Map.of(), StatementKind.ROWS, rows).chunkSize())
			.isEqualTo(ChunkedOperation.DEFAULT_CHUNK_SIZE);
		assertThatThrownBy(() -> new Statement("RETURN 1", Map.of(), StatementKind.AUTO_COMMIT, null, null, 7))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new Statement("UNWIND $rows AS row CREATE (n)", Map.of(), StatementKind.ROWS, rows, null, 0))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid chunk size 0: must be positive");
	}

	@Test
	void upsertNodesMergesOnTheKeys() {
		UpsertNodes upsert = new UpsertNodes("Person", List.of("email", "ten`ant"), List.of(), "b1");
		assertThat(upsert.statements()).extracting(Statement::cypher)
			.containsExactly(
					"CREATE INDEX " + SchemaNames.nodeBatchIndex("Person")
							+ " IF NOT EXISTS FOR (n:`Person`) ON (n._crochet_batch)",
					"UNWIND $rows AS row MERGE (n:`Person` {`email`: row.`email`, `ten``ant`: row.`ten``ant`})"
							+ " ON CREATE SET n._crochet_batch = $batch SET n += row");
	}

	@Test
	void createRelationshipsMatchesBothEndsAndStreamsALazyView() {
		List<Map<String, Object>> rows = List.of(Map.of("from", "Ada", "to", "Analytical Engine", "role", "author"));
		CreateRelationships create = new CreateRelationships("WROTE", NodeMatch.of("Person", "name"),
				NodeMatch.of("Book", "title"), rows, "b1");
		assertThat(create.statements()).extracting(Statement::cypher)
			.containsExactly(
					"CREATE INDEX " + SchemaNames.relationshipBatchIndex("WROTE")
							+ " IF NOT EXISTS FOR ()-[r:`WROTE`]-() ON (r._crochet_batch)",
					"UNWIND $rows AS row MATCH (a:`Person` {`name`: row.from}) MATCH (b:`Book` {`title`: row.to})"
							+ " CREATE (a)-[r:`WROTE`]->(b) SET r = row.props, r._crochet_batch = $batch");
		List<Object> streamed = new ArrayList<>();
		create.statements().get(1).rows().forEach(streamed::add);
		assertThat(streamed)
			.containsExactly(Map.of("from", "Ada", "to", "Analytical Engine", "props", Map.of("role", "author")));
	}

	@Test
	void relationshipRowsAreMappedOneAtATime() {
		List<String> pulled = new ArrayList<>();
		Iterable<Map<String, Object>> endless = () -> new Iterator<>() {
			private int i;

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Map<String, Object> next() {
				pulled.add("row " + i);
				return Map.of("from", i, "to", ++i);
			}
		};
		CreateRelationships create = new CreateRelationships("NEXT", NodeMatch.of("N", "i"), NodeMatch.of("N", "i"),
				endless, "b1");
		Iterator<? extends Map<String, ?>> view = create.statements().get(1).rows().iterator();
		assertThat(pulled).isEmpty();
		assertThat(view.next()).isEqualTo(Map.of("from", 0, "to", 1, "props", Map.of()));
		assertThat(pulled).containsExactly("row 0");
	}

	@Test
	void aRelationshipRowWithoutAnEndIsNamedByItsIndex() {
		List<Map<String, Object>> rows = List.of(Map.of("from", 1, "to", 2), Map.of("from", 1), Map.of("to", 2));
		Iterable<? extends Map<String, ?>> view = new CreateRelationships("R", NodeMatch.of("N", "i"),
				NodeMatch.of("N", "i"), rows, "b")
			.statements()
			.get(1)
			.rows();
		Iterator<? extends Map<String, ?>> iterator = view.iterator();
		iterator.next();
		assertThatThrownBy(iterator::next).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid row at index 1 for relationship type 'R': it has no \"to\" value");
		assertThatThrownBy(iterator::next).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid row at index 2 for relationship type 'R': it has no \"from\" value");
	}

	@Test
	void deletesByBatchAreChunkedAndParameterised() {
		DeleteNodesByBatch nodes = new DeleteNodesByBatch("Person", "b1");
		assertThat(only(nodes)).isEqualTo(
				"MATCH (n:`Person`) WHERE n._crochet_batch = $batch CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
		assertThat(nodes.statements().get(0).parameters()).isEqualTo(Map.of("batch", "b1"));
		assertThat(only(new DeleteRelationshipsByBatch("KNOWS", "b1"))).isEqualTo(
				"MATCH ()-[r:`KNOWS`]->() WHERE r._crochet_batch = $batch CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS");
	}

	@Test
	void beginBatchRendersNothing() {
		assertThat(new BeginBatch("b1", Path.of("data.csv")).statements()).isEmpty();
	}

	@Test
	void inversesUndoWhatCanBeUndone() {
		NodeMatch person = NodeMatch.of("Person", "name");
		List<Map<String, Object>> rows = List.of();
		assertThat(new AddUniqueConstraint("P", "n").inverse()).contains(new DropUniqueConstraint("P", "n"));
		assertThat(new DropUniqueConstraint("P", "n").inverse()).contains(new AddUniqueConstraint("P", "n"));
		assertThat(new AddExistenceConstraint("P", "n").inverse()).contains(new DropExistenceConstraint("P", "n"));
		assertThat(new DropExistenceConstraint("P", "n").inverse()).contains(new AddExistenceConstraint("P", "n"));
		assertThat(new AddIndex("P", "n").inverse()).contains(new DropIndex("P", "n"));
		assertThat(new DropIndex("P", "n").inverse()).contains(new AddIndex("P", "n"));
		assertThat(new AddCompositeIndex("P", List.of("a", "b")).inverse())
			.contains(new DropCompositeIndex("P", List.of("a", "b")));
		assertThat(new DropCompositeIndex("P", List.of("a", "b")).inverse())
			.contains(new AddCompositeIndex("P", List.of("a", "b")));
		assertThat(new AddRelationshipIndex("R", "n").inverse()).contains(new DropRelationshipIndex("R", "n"));
		assertThat(new DropRelationshipIndex("R", "n").inverse()).contains(new AddRelationshipIndex("R", "n"));
		assertThat(new RenameLabel("A", "B", 7).inverse()).contains(new RenameLabel("B", "A", 7));
		assertThat(new RenameRelationshipType("A", "B").inverse()).contains(new RenameRelationshipType("B", "A"));
		assertThat(new AddNodeProperty("P", "n", 1).inverse()).contains(new RemoveNodeProperty("P", "n"));
		assertThat(new RenameNodeProperty("P", "a", "b").inverse()).contains(new RenameNodeProperty("P", "b", "a"));
		assertThat(new CreateNodes("P", rows, "b1").inverse()).contains(new DeleteNodesByBatch("P", "b1"));
		assertThat(new UpsertNodes("P", List.of("n"), rows, "b1").inverse())
			.contains(new DeleteNodesByBatch("P", "b1"));
		assertThat(new CreateRelationships("R", person, person, rows, "b1").inverse())
			.contains(new DeleteRelationshipsByBatch("R", "b1"));
		assertThat(List.of(new RemoveNodeProperty("P", "n"), new RunCypher("RETURN 1"),
				new DeleteNodesByBatch("P", "b"), new DeleteRelationshipsByBatch("R", "b"), new BeginBatch("b")))
			.allSatisfy(op -> assertThat(op.inverse()).isEmpty());
	}

	@Test
	void dataOperationsNameTheirBatch() {
		NodeMatch person = NodeMatch.of("Person", "name");
		assertThat(new CreateNodes("P", List.of(), "b1").batch()).contains("b1");
		assertThat(new UpsertNodes("P", List.of("n"), List.of(), "b2").batch()).contains("b2");
		assertThat(new CreateRelationships("R", person, person, List.of(), "b3").batch()).contains("b3");
		assertThat(new DeleteNodesByBatch("P", "b1").batch()).isEmpty();
		assertThat(new AddIndex("P", "n").batch()).isEmpty();
	}

	@Test
	void describeIsShortText() {
		assertThat(new AddIndex("Person", "age").describe()).isEqualTo("add index Person(age)");
		assertThat(new AddRelationshipIndex("KNOWS", "since").describe())
			.isEqualTo("add relationship index [KNOWS](since)");
		assertThat(new AddCompositeIndex("Person", List.of("a", "b")).describe())
			.isEqualTo("add composite index Person(a, b)");
		assertThat(new RenameLabel("Old", "New").describe()).isEqualTo("rename label Old to New");
		assertThat(new CreateNodes("Person", List.of(), "b1").describe()).isEqualTo("create Person nodes in batch b1");
		assertThat(new RunCypher("MATCH (n)\nRETURN n").describe()).isEqualTo("run Cypher: MATCH (n)");
	}

	@Test
	void constructorsRejectBadArguments() {
		assertThatThrownBy(() -> new AddIndex("", "age")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label '': must not be empty");
		assertThatThrownBy(() -> new AddRelationshipIndex("KNOWS", " ")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property ' ': must not be blank");
		assertThatThrownBy(() -> new RenameRelationshipType("", "X")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid relationship type '': must not be empty");
		assertThatThrownBy(() -> new AddCompositeIndex("P", List.of())).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid composite index for label 'P': needs at least one property");
		assertThatThrownBy(() -> new AddCompositeIndex("P", List.of("a", "a")))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid composite index for label 'P': a property appears twice in [a, a]");
		assertThatThrownBy(() -> new UpsertNodes("P", List.of(), List.of(), "b"))
			.isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid upsert keys for label 'P': needs at least one property");
		assertThatThrownBy(() -> new RenameLabel("A", "A")).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid rename of label 'A': the new name is the same as the old one");
		assertThatThrownBy(() -> new AddNodeProperty("P", "n", null)).isInstanceOf(InvalidOperationException.class)
			.hasMessage(
					"Invalid default for property 'n' of label 'P': must not be null (Neo4j does not store null properties)");
		assertThatThrownBy(() -> new DeleteNodesByBatch("P", " ")).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid batch id ' ': must not be blank");
		assertThatThrownBy(() -> new CreateNodes("P", null, "b")).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid rows for label 'P': must not be null");
		assertThatThrownBy(() -> new RenameLabel("A", "B", 0)).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid chunk size 0: must be positive");
		assertThatThrownBy(
				() -> new CreateRelationships("R", NodeMatch.of("", "id"), NodeMatch.of("B", "id"), List.of(), "b"))
			.isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label '': must not be empty");
		assertThatThrownBy(() -> new RunCypher("  ")).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid Cypher '  ': must not be blank");
	}

}
