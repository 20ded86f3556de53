package dev.crochet.ir;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

	private static final String ORIGINAL_JSON = "{\"nodes\":[{\"compositeIndexes\":[],\"kgid\":\"customer_v1\","
			+ "\"labels\":[\"Customer\"],\"primaryLabel\":\"Customer\",\"properties\":["
			+ "{\"indexed\":false,\"name\":\"age\",\"required\":false,\"type\":\"INTEGER\",\"unique\":false},"
			+ "{\"indexed\":false,\"name\":\"email_address\",\"required\":false,\"type\":\"STRING\",\"unique\":false},"
			+ "{\"indexed\":true,\"name\":\"name\",\"required\":true,\"type\":\"STRING\",\"unique\":true}],"
			+ "\"relationships\":[{\"direction\":\"OUTGOING\",\"targetKgid\":\"customer_v1\",\"type\":\"REFERRED_BY\"}]}],"
			+ "\"relationships\":[]}";

	@Test
	void compactWithKeysSorted() {
		assertThat(ModelReader.read("dev.crochet.fixtures.hash.original").toCanonicalJson()).isEqualTo(ORIGINAL_JSON);
	}

	@Test
	void hashIsTheSha256OfTheCanonicalJson() {
		assertThat(CanonicalJson.sha256(ORIGINAL_JSON))
			.isEqualTo("3faef124bbb35a4ccec808a8f9da18dde49b731b6b325bc362f691fce6facbcd");
		assertThat(CanonicalJson.sha256(""))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void roundTripsThroughJson() {
		SchemaSnapshot movies = ModelReader.read("dev.crochet.fixtures.movies");

		SchemaSnapshot back = SchemaSnapshot.fromJson(movies.toCanonicalJson());

		assertThat(back).isEqualTo(movies);
		assertThat(back.hash()).isEqualTo(movies.hash());
	}

	@Test
	void emptySnapshotRoundTrips() {
		assertThat(SchemaSnapshot.empty().toCanonicalJson()).isEqualTo("{\"nodes\":[],\"relationships\":[]}");
		assertThat(SchemaSnapshot.fromJson("{\"nodes\":[],\"relationships\":[]}")).isEqualTo(SchemaSnapshot.empty());
	}

	@Test
	void listsAreCanonicalWhateverOrderASnapshotWasBuiltIn() {
		PropertySchema a = new PropertySchema("a", "STRING", false, false, false);
		PropertySchema b = new PropertySchema("b", "INTEGER", true, false, false);
		RelationshipSchema knows = new RelationshipSchema("KNOWS", "OUTGOING", "x_v1");
		RelationshipSchema likes = new RelationshipSchema("LIKES", "INCOMING", "x_v1");
		CompositeIndexSchema ba = new CompositeIndexSchema(List.of("b", "a"), false);
		CompositeIndexSchema ab = new CompositeIndexSchema(List.of("a", "b"), true);
		NodeSchema x1 = new NodeSchema("x_v1", "X", List.of("X", "Base"), List.of(b, a), List.of(ba, ab),
				List.of(likes, knows));
		NodeSchema x2 = new NodeSchema("x_v1", "X", List.of("Base", "X"), List.of(a, b), List.of(ab, ba),
				List.of(knows, likes));
		NodeSchema y = new NodeSchema("y_v1", "Y", List.of("Y"), List.of(), List.of(), List.of());

		String one = new SchemaSnapshot(List.of(y, x1), List.of()).toCanonicalJson();
		String two = new SchemaSnapshot(List.of(x2, y), List.of()).toCanonicalJson();

		assertThat(one).isEqualTo(two);
		assertThat(one).contains("\"properties\":[\"a\",\"b\"],\"unique\":true},{\"properties\":[\"b\",\"a\"]");
	}

	@Test
	void refusesTextThatIsNoSnapshot() {
		assertThatThrownBy(() -> SchemaSnapshot.fromJson("[]")).isInstanceOf(ModelException.class)
			.hasMessage("Not a schema snapshot: expected a JSON object");
		assertThatThrownBy(() -> SchemaSnapshot.fromJson("{\"nodes\":[]}")).isInstanceOf(ModelException.class)
			.hasMessage("Not a schema snapshot: \"relationships\" must be an array");
		assertThatThrownBy(() -> SchemaSnapshot.fromJson("{\"nodes\":[{\"kgid\":1}],\"relationships\":[]}"))
			.isInstanceOf(ModelException.class)
			.hasMessage("Not a schema snapshot: \"kgid\" must be a string");
	}

}
