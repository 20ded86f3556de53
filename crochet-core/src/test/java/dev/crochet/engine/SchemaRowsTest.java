package dev.crochet.engine;

import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaElement.Kind;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows as {@code SHOW CONSTRAINTS YIELD *} / {@code SHOW INDEXES YIELD *} return them.
 * The constraint rows of kinds that need Enterprise edition follow the Neo4j 5 Cypher
 * manual's "Show constraints" table.
 */
class SchemaRowsTest {

	private static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

	private static Map<String, Object> constraint(String name, String type, String entityType, List<String> tokens,
			List<String> properties, String ownedIndex, String propertyType) {
		return row("id", 10L, "name", name, "type", type, "entityType", entityType, "labelsOrTypes", tokens,
				"properties", properties, "ownedIndex", ownedIndex, "propertyType", propertyType);
	}

	private static String describeConstraint(Map<String, Object> row) {
		return SchemaRows.constraint(row).describe();
	}

	@Test
	void enterpriseConstraintsAreReadWithTheirKindTokensAndProperties() {
		assertThat(describeConstraint(constraint("actor_fullname", "NODE_KEY", "NODE", List.of("Actor"),
				List.of("firstname", "surname"), "actor_fullname", null)))
			.isEqualTo("key constraint on :Actor(firstname, surname) named actor_fullname");
		assertThat(describeConstraint(constraint("knows_since_how", "RELATIONSHIP_KEY", "RELATIONSHIP",
				List.of("KNOWS"), List.of("since", "how"), "knows_since_how", null)))
			.isEqualTo("key constraint on [:KNOWS](since, how) named knows_since_how");
		assertThat(describeConstraint(constraint("author_name", "NODE_PROPERTY_EXISTENCE", "NODE", List.of("Author"),
				List.of("name"), null, null)))
			.isEqualTo("existence constraint on :Author(name) named author_name");
		assertThat(describeConstraint(constraint("wrote_year", "RELATIONSHIP_PROPERTY_EXISTENCE", "RELATIONSHIP",
				List.of("WROTE"), List.of("year"), null, null)))
			.isEqualTo("existence constraint on [:WROTE](year) named wrote_year");
	}

	@Test
	void uniquenessConstraintsHaveTheSameKindUnderTheirOldAndNewTypeNames() {
		SchemaElement old = SchemaRows.constraint(
				constraint("book_isbn", "UNIQUENESS", "NODE", List.of("Book"), List.of("isbn"), "book_isbn", null));
		SchemaElement current = SchemaRows.constraint(constraint("book_isbn", "NODE_PROPERTY_UNIQUENESS", "NODE",
				List.of("Book"), List.of("isbn"), "book_isbn", null));
		SchemaElement relationship = SchemaRows
			.constraint(constraint("sequels_order", "RELATIONSHIP_PROPERTY_UNIQUENESS", "RELATIONSHIP",
					List.of("SEQUEL_OF"), List.of("order"), "sequels_order", null));

		assertThat(old).isEqualTo(current)
			.isEqualTo(SchemaElement.declared(Kind.UNIQUE_CONSTRAINT, false, "Book", List.of("isbn")));
		assertThat(relationship.describe()).isEqualTo("unique constraint on [:SEQUEL_OF](order) named sequels_order");
	}

	@Test
	void propertyTypeConstraintsCarryTheirType() {
		SchemaElement tagline = SchemaRows.constraint(constraint("movie_tagline", "NODE_PROPERTY_TYPE", "NODE",
				List.of("Movie"), List.of("tagline"), null, "STRING | LIST<STRING NOT NULL>"));
		SchemaElement order = SchemaRows.constraint(constraint("part_of", "RELATIONSHIP_PROPERTY_TYPE", "RELATIONSHIP",
				List.of("PART_OF"), List.of("order"), null, "INTEGER"));

		assertThat(tagline.describe()).isEqualTo(
				"property type constraint on :Movie(tagline :: STRING | LIST<STRING NOT NULL>) named movie_tagline");
		assertThat(order.describe())
			.isEqualTo("property type constraint on [:PART_OF](order :: INTEGER) named part_of");
		assertThat(order.propertyType()).isEqualTo("INTEGER");
	}

	@Test
	void constraintsRequiringDifferentTypesDiffer() {
		SchemaElement integer = SchemaRows.constraint(
				constraint("c", "NODE_PROPERTY_TYPE", "NODE", List.of("Person"), List.of("age"), null, "INTEGER"));
		SchemaElement string = SchemaRows.constraint(
				constraint("c", "NODE_PROPERTY_TYPE", "NODE", List.of("Person"), List.of("age"), null, "STRING"));

		assertThat(integer).isNotEqualTo(string);
	}

	@Test
	void withoutAPropertyTypeColumnTheTypeComesFromTheCreateStatement() {
		Map<String, Object> row = constraint("c", "NODE_PROPERTY_TYPE", "NODE", List.of("Person"), List.of("age"), null,
				null);
		row.remove("propertyType");
		row.put("createStatement", "CREATE CONSTRAINT `c` FOR (n:`Person`) REQUIRE (n.`age`) IS :: INTEGER");

		assertThat(describeConstraint(row)).isEqualTo("property type constraint on :Person(age :: INTEGER) named c");
	}

	@Test
	void aConstraintOfAnUnknownTypeIsComparedByNameAndDefinition() {
		Map<String, Object> row = constraint("person_is_resident", "NODE_LABEL_EXISTENCE", "NODE", List.of("Person"),
				List.of(), null, null);
		row.put("createStatement", "CREATE CONSTRAINT `person_is_resident` FOR (n:`Person`) REQUIRE (n:`Resident`)");
		SchemaElement element = SchemaRows.constraint(row);

		assertThat(element.kind()).isEqualTo(Kind.OTHER);
		assertThat(element.describe()).isEqualTo("index or constraint Crochet cannot interpret: CREATE CONSTRAINT"
				+ " `person_is_resident` FOR (n:`Person`) REQUIRE (n:`Resident`) named person_is_resident");
		Map<String, Object> renamed = new HashMap<>(row);
		renamed.put("name", "other_name");
		assertThat(SchemaRows.constraint(renamed)).isNotEqualTo(element);
		assertThat(SchemaRows.constraint(new HashMap<>(row))).isEqualTo(element);
	}

	@Test
	void withoutACreateStatementAnUnknownRowIsDefinedByItsColumns() {
		SchemaElement element = SchemaRows
			.constraint(constraint("x", "FUTURE_KIND", "NODE", List.of("A"), List.of("p"), null, null));

		assertThat(element.describe()).isEqualTo(
				"index or constraint Crochet cannot interpret: constraint of type FUTURE_KIND on NODE [A] [p] named x");
	}

	private static Map<String, Object> index(String name, String type, String entityType, List<String> tokens,
			List<String> properties, String owningConstraint) {
		return row("id", 3L, "name", name, "state", "ONLINE", "populationPercent", 100.0, "type", type, "entityType",
				entityType, "labelsOrTypes", tokens, "properties", properties, "indexProvider", "fulltext-1.0",
				"owningConstraint", owningConstraint);
	}

	@Test
	void aFullTextIndexOnSeveralLabelsKeepsThemAllInAnyOrder() {
		SchemaElement element = SchemaRows
			.index(index("ft", "FULLTEXT", "NODE", List.of("Book", "Author"), List.of("name"), null))
			.orElseThrow();

		assertThat(element.describe()).isEqualTo("fulltext index on :Author|Book(name) named ft");
		assertThat(element)
			.isEqualTo(SchemaElement.declared(Kind.FULLTEXT_INDEX, false, List.of("Author", "Book"), List.of("name")))
			.isNotEqualTo(SchemaElement.declared(Kind.FULLTEXT_INDEX, false, "Author", List.of("name")));
	}

	@Test
	void everyIndexTypeHasItsKind() {
		assertThat(List.of("RANGE", "BTREE", "TEXT", "POINT", "FULLTEXT", "VECTOR")
			.stream()
			.map(type -> SchemaRows.index(index("i", type, "RELATIONSHIP", List.of("RATED"), List.of("stars"), null))
				.orElseThrow()
				.describe())
			.toList()).containsExactly("range index on [:RATED](stars) named i",
					"range index on [:RATED](stars) named i", "text index on [:RATED](stars) named i",
					"point index on [:RATED](stars) named i", "fulltext index on [:RATED](stars) named i",
					"vector index on [:RATED](stars) named i");
	}

	@Test
	void tokenLookupIndexesAreRead() {
		SchemaElement nodes = SchemaRows.index(index("index_343aff4e", "LOOKUP", "NODE", null, null, null))
			.orElseThrow();
		SchemaElement relationships = SchemaRows
			.index(index("index_f7700477", "LOOKUP", "RELATIONSHIP", null, null, null))
			.orElseThrow();

		assertThat(nodes.describe()).isEqualTo("token lookup index on nodes named index_343aff4e");
		assertThat(relationships.describe()).isEqualTo("token lookup index on relationships named index_f7700477");
		assertThat(nodes).isNotEqualTo(relationships);
	}

	@Test
	void anIndexOwnedByAConstraintIsLeftToTheConstraint() {
		assertThat(SchemaRows.index(index("book_isbn", "RANGE", "NODE", List.of("Book"), List.of("isbn"), "book_isbn")))
			.isEmpty();
	}

	@Test
	void anIndexOfAnUnknownTypeIsKept() {
		Map<String, Object> row = index("future", "QUANTUM", "NODE", List.of("A"), List.of("p"), null);
		row.put("createStatement", "CREATE QUANTUM INDEX `future` FOR (n:`A`) ON (n.`p`)");

		assertThat(SchemaRows.index(row).orElseThrow().describe()).isEqualTo(
				"index or constraint Crochet cannot interpret: CREATE QUANTUM INDEX `future` FOR (n:`A`) ON (n.`p`) named future");
	}

}
