package dev.crochet.cypher;

import dev.crochet.NodeMatch;
import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every operation's rendered Cypher, run against a real Neo4j, for ordinary and hostile
 * names: the names arrive in the graph literally, nothing is injected, and values only
 * ever travel as parameters.
 */
class OperationsIT {

	private static EmbeddedNeo4j neo4j;

	private static Driver driver;

	private static StatementRunner runner;

	private final AtomicInteger batches = new AtomicInteger();

	@BeforeAll
	static void startNeo4j() {
		neo4j = EmbeddedNeo4j.start();
		driver = GraphDatabase.driver(neo4j.boltUri());
		runner = new StatementRunner(driver);
	}

	@AfterAll
	static void stopNeo4j() {
		driver.close();
		neo4j.close();
	}

	@BeforeEach
	void cleanSlate() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			for (String name : names(session, "SHOW CONSTRAINTS YIELD name")) {
				session.run("DROP CONSTRAINT " + CypherNames.escape(name, "constraint")).consume();
			}
			for (String name : names(session, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
				session.run("DROP INDEX " + CypherNames.escape(name, "index")).consume();
			}
			session.run("CREATE (:Sentinel {kept: true})").consume();
		}
	}

	/** A label, a property and a relationship type to run every operation with. */
	record Names(String label, String property, String type) {
		@Override
		public String toString() {
			return label;
		}
	}

	static Stream<Names> names() {
		return Stream.of(new Names("Person", "name", "KNOWS"), new Names("Per`son", "na`me", "KN`OWS"),
				new Names("Per son", "full name", "KNOWS WELL"),
				new Names("O'Brien \"quoted\"", "it's \"x\"", "SAID \"HI\""), new Names("Persön 人", "größe", "知道"),
				new Names("MATCH", "DELETE", "RETURN"),
				new Names("Person`) DETACH DELETE n //", "name`}) DETACH DELETE n //",
						"KNOWS`]->() DETACH DELETE a //"),
				new Names("x\\u0060y", "a\\u0041b", "t\\u0060]-() DELETE r //"),
				new Names("back\\slash\\", "\\\\u0060", "\\"),
				new Names("emoji\uD83D\uDE00", "tab\there", "new\nline"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void everyOperationWorksWithTheNameLiterally(Names names) {
		String label = names.label();
		String property = names.property();
		String type = names.type();
		String second = property + "2";
		String other = property + "3";
		NodeMatch byKey = NodeMatch.of(label, property);

		// Schema.
		OperationRecorder schema = recorder();
		schema.addUniqueConstraint(label, property);
		schema.addIndex(label, second);
		schema.addCompositeIndex(label, List.of(second, other));
		schema.addRelationshipIndex(type, property);
		runner.run(schema.operations());
		try (Session session = driver.session()) {
			assertThat(constraints(session)).containsExactly(
					entry(SchemaNames.uniqueConstraint(label, property), List.of(List.of(label), List.of(property))));
			assertThat(indexes(session)).contains(
					entry(SchemaNames.index(label, second), List.of(List.of(label), List.of(second))),
					entry(SchemaNames.compositeIndex(label, List.of(second, other)),
							List.of(List.of(label), List.of(second, other))),
					entry(SchemaNames.relationshipIndex(type, property), List.of(List.of(type), List.of(property))));
		}

		// Data in batches.
		OperationRecorder data = recorder();
		String people = data.beginBatch("people");
		data.createNodes(label, List.of(Map.of(property, "a", second, 1), Map.of(property, "b")));
		data.createRelationships(type, byKey, byKey, List.of(Map.of("from", "a", "to", "b", property, 5)));
		String upserts = data.beginBatch("upserts");
		data.upsertNodes(label, List.of(property),
				List.of(Map.of(property, "a", other, "updated"), Map.of(property, "c")));
		runner.run(data.operations());
		try (Session session = driver.session()) {
			assertThat(nodes(session)).containsExactlyInAnyOrder(
					new NodeView(label, Map.of(property, "a", second, 1L, other, "updated", "_crochet_batch", people)),
					new NodeView(label, Map.of(property, "b", "_crochet_batch", people)),
					new NodeView(label, Map.of(property, "c", "_crochet_batch", upserts)), SENTINEL);
			Record relationship = session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props")
				.single();
			assertThat(relationship.get("type").asString()).isEqualTo(type);
			assertThat(relationship.get("props").asMap()).containsOnly(entry(property, 5L),
					entry("_crochet_batch", people));
		}

		// Property refactorings.
		OperationRecorder refactor = recorder();
		refactor.addNodeProperty(label, other, "default");
		refactor.renameNodeProperty(label, second, second + "'");
		runner.run(refactor.operations());
		try (Session session = driver.session()) {
			assertThat(values(session, label, other)).containsExactlyInAnyOrder("updated", "default", "default");
			assertThat(values(session, label, second + "'")).containsExactly(1L);
			assertThat(values(session, label, second)).isEmpty();
		}
		runner.run(new RemoveNodeProperty(label, other));
		runner.run(refactor.operations().get(1).inverse().orElseThrow());
		try (Session session = driver.session()) {
			assertThat(values(session, label, other)).isEmpty();
			assertThat(values(session, label, second)).containsExactly(1L);
		}

		// Renames, and back.
		OperationRecorder rename = recorder();
		rename.renameLabel(label, label + " renamed");
		rename.renameRelationshipType(type, type + " renamed");
		runner.run(rename.operations());
		try (Session session = driver.session()) {
			assertThat(
					session.run("CALL db.labels() YIELD label MATCH (n) WHERE label IN labels(n) RETURN DISTINCT label")
						.list(r -> r.get(0).asString()))
				.containsExactlyInAnyOrder(label + " renamed", "Sentinel");
			assertThat(session.run("MATCH ()-[r]->() RETURN type(r) AS t, r[$p] AS p", Map.of("p", property))
				.single()
				.get("t")
				.asString()).isEqualTo(type + " renamed");
		}
		runner.run(rename.operations().stream().map(op -> op.inverse().orElseThrow()).toList());

		// Undo everything: data by batch, then the schema.
		runner.run(reversedInverses(data.operations()));
		runner.run(reversedInverses(schema.operations()));
		try (Session session = driver.session()) {
			assertThat(nodes(session)).containsExactly(SENTINEL);
			assertThat(session.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong()).isZero();
			assertThat(constraints(session)).isEmpty();
			assertThat(indexes(session).keySet()).allMatch(SchemaNames::isInternal);
		}
		assertThat(upserts).isEqualTo("upserts");
	}

	@Test
	void upsertsLeaveNodesThatExistedBeforeOutOfTheBatch() {
		try (Session session = driver.session()) {
			session.run("CREATE (:Person {email: 'old@example.org', name: 'Old'})").consume();
		}
		UpsertNodes upsert = new UpsertNodes("Person", List.of("email"),
				List.of(Map.of("email", "old@example.org", "name", "Renamed"),
						Map.of("email", "new@example.org", "name", "New")),
				"b1");
		runner.run(upsert);
		runner.run(upsert.inverse().orElseThrow());
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (p:Person) RETURN p.email AS email, p.name AS name")
				.list(r -> r.get("email").asString() + " " + r.get("name").asString()))
				.containsExactly("old@example.org Renamed");
		}
	}

	@Test
	void rowsAreWrittenInChunksOfTheChunkSize() {
		List<Map<String, Object>> rows = IntStream.range(0, 2_345)
			.mapToObj(i -> Map.<String, Object>of("i", i))
			.toList();
		runner.run(new CreateNodes("Item", rows, "big", 1_000));
		List<Map<String, Object>> links = IntStream.range(1, 2_345)
			.mapToObj(i -> Map.<String, Object>of("from", i - 1, "to", i))
			.toList();
		runner.run(new CreateRelationships("NEXT", NodeMatch.of("Item", "i"), NodeMatch.of("Item", "i"), links, "big",
				1_000));
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Item) WHERE n._crochet_batch = 'big' RETURN count(n)")
				.single()
				.get(0)
				.asLong()).isEqualTo(2_345);
			assertThat(session.run("MATCH ()-[r:NEXT]->() RETURN count(r)").single().get(0).asLong()).isEqualTo(2_344);
		}
		DeleteRelationshipsByBatch deleteRelationships = new DeleteRelationshipsByBatch("NEXT", "big", 500);
		DeleteNodesByBatch deleteNodes = new DeleteNodesByBatch("Item", "big", 500);
		try (Session session = driver.session()) {
			session.run("CALL db.awaitIndexes(60)").consume();
			assertThat(operators(session, deleteNodes.statements().get(0))).contains("NodeIndexSeek");
			// Seek or scan depends on the planner's estimate for a graph this small;
			// either way the batch
			// index is used ("...RelationshipTypeScan" would be the lookup index, i.e.
			// every relationship).
			assertThat(operators(session, deleteRelationships.statements().get(0)))
				.anyMatch(o -> o.contains("RelationshipIndexSeek") || o.contains("RelationshipIndexScan"));
		}
		runner.run(deleteRelationships);
		runner.run(deleteNodes);
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Item) RETURN count(n)").single().get(0).asLong()).isZero();
		}
	}

	@Test
	void invalidNamesAreRejectedBeforeAnythingRuns() {
		OperationRecorder recorder = recorder();
		recorder.addIndex("Person", "age");
		recorder.createNodes("Person", List.of(Map.of("name", "Ada")));
		assertThatThrownBy(() -> recorder.addUniqueConstraint("", "name")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label '': must not be empty");
		assertThatThrownBy(() -> recorder.createRelationships("KNOWS", NodeMatch.of("Person", ""),
				NodeMatch.of("Person", "name"), List.of()))
			.isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property '': must not be empty");
		assertThatThrownBy(() -> recorder.renameRelationshipType("KNOWS", "")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid relationship type '': must not be empty");
		// Nothing was executed: a migration is recorded in full before any statement
		// runs.
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Person) RETURN count(n)").single().get(0).asLong()).isZero();
			assertThat(indexes(session)).isEmpty();
		}
	}

	@Test
	void valuesTravelAsParametersNeverInTheCypherText() {
		String value = "VALUE' }) DETACH DELETE n //";
		String batch = "BATCH\" }) DETACH DELETE n //";
		NodeMatch byName = NodeMatch.of("Person", "name");
		List<Operation> operations = List.of(new BeginBatch(batch),
				new CreateNodes("Person", List.of(Map.of("name", value), Map.of("name", "other")), batch),
				new UpsertNodes("Person", List.of("name"), List.of(Map.of("name", value, "note", value)), batch),
				new CreateRelationships("KNOWS", byName, byName,
						List.of(Map.of("from", value, "to", "other", "note", value)), batch),
				new AddNodeProperty("Person", "motto", value),
				new RunCypher("MATCH (p:Person {name: $name}) SET p.seen = $name", Map.of("name", value)));
		assertThat(operations).flatMap(Operation::statements)
			.extracting(Statement::cypher)
			.allSatisfy(cypher -> assertThat(cypher).doesNotContain("VALUE").doesNotContain("BATCH"));
		runner.run(operations);
		try (Session session = driver.session()) {
			Record ada = session.run("MATCH (p:Person {name: $name}) RETURN p", Map.of("name", value)).single();
			assertThat(ada.get("p").asNode().asMap()).containsOnly(entry("name", value), entry("note", value),
					entry("motto", value), entry("seen", value), entry("_crochet_batch", batch));
			assertThat(session.run("MATCH ()-[r:KNOWS]->() RETURN r.note").single().get(0).asString()).isEqualTo(value);
			assertThat(session.run("MATCH (s:Sentinel) RETURN count(s)").single().get(0).asLong()).isEqualTo(1);
		}
		runner.run(new DeleteRelationshipsByBatch("KNOWS", batch));
		runner.run(new DeleteNodesByBatch("Person", batch));
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n) RETURN count(n)").single().get(0).asLong()).isEqualTo(1);
		}
	}

	@Test
	void existenceConstraintsAreMarkedEnterpriseOnlyBecauseCommunityRefusesThem() {
		AddExistenceConstraint constraint = new AddExistenceConstraint("Person", "name");
		assertThat(constraint.enterpriseOnly()).isTrue();
		assertThatThrownBy(() -> runner.run(constraint)).isInstanceOf(Neo4jException.class)
			.hasMessageContaining("Property existence constraint requires Neo4j Enterprise Edition");
	}

	/**
	 * The operators of the statement's plan, to show that batch deletes seek the batch
	 * index.
	 */
	private static List<String> operators(Session session, Statement statement) {
		List<String> operators = new ArrayList<>();
		Deque<Plan> pending = new ArrayDeque<>();
		pending.push(session.run("EXPLAIN " + statement.cypher(), statement.parameters()).consume().plan());
		while (!pending.isEmpty()) {
			Plan plan = pending.pop();
			operators.add(plan.operatorType().replaceAll("@.*", ""));
			plan.children().forEach(pending::push);
		}
		return operators;
	}

	private OperationRecorder recorder() {
		return new OperationRecorder("it", ChunkedOperation.DEFAULT_CHUNK_SIZE,
				() -> "generated-" + batches.incrementAndGet());
	}

	private static List<Operation> reversedInverses(List<Operation> operations) {
		List<Operation> inverses = new ArrayList<>();
		for (int i = operations.size() - 1; i >= 0; i--) {
			operations.get(i).inverse().ifPresent(inverses::add);
		}
		return inverses;
	}

	private static List<String> names(Session session, String query) {
		return session.run(query).list(r -> r.get("name").asString());
	}

	private static Map<String, List<List<String>>> constraints(Session session) {
		return schema(session, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN *");
	}

	private static Map<String, List<List<String>>> indexes(Session session) {
		return schema(session,
				"SHOW INDEXES YIELD name, labelsOrTypes, properties, type WHERE type <> 'LOOKUP' RETURN *");
	}

	private static Map<String, List<List<String>>> schema(Session session, String query) {
		Map<String, List<List<String>>> schema = new HashMap<>();
		session.run(query)
			.forEachRemaining(r -> schema.put(r.get("name").asString(), List
				.of(r.get("labelsOrTypes").asList(Value::asString), r.get("properties").asList(Value::asString))));
		return schema;
	}

	/**
	 * A node as its labels and properties, for comparisons that ignore property order.
	 */
	record NodeView(List<String> labels, Map<String, Object> properties) {
		NodeView(String label, Map<String, Object> properties) {
			this(List.of(label), properties);
		}
	}

	static final NodeView SENTINEL = new NodeView("Sentinel", Map.of("kept", true));

	private static List<NodeView> nodes(Session session) {
		return session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
			.list(r -> new NodeView(r.get("labels").asList(Value::asString), r.get("props").asMap()));
	}

	private static List<Object> values(Session session, String label, String property) {
		return session
			.run("MATCH (n:" + CypherNames.escape(label, "label") + ") WHERE n[$p] IS NOT NULL RETURN n[$p] AS v",
					Map.of("p", property))
			.list(r -> r.get("v").asObject());
	}

}
