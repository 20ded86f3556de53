package dev.crochet.junit;

import dev.crochet.roundtrip.DataFixture;
import dev.crochet.roundtrip.RoundTripMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the annotation: meta-annotations, base classes, enclosing classes, fixtures,
 * verdict keys.
 */
class ConfigurationTest {

	@Retention(RetentionPolicy.RUNTIME)
	@CrochetMigrated(migrationPackages = "a.migrations", modelPackages = "a.model", roundTrip = RoundTripMode.FULL,
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0001",
					cypher = "CREATE (:A);\nCREATE (:B {x: 'a;b'})  ;\n"))
	@interface Composed {

	}

	@Composed
	static class Base {

	}

	static class Derived extends Base {

		class Inner {

		}

	}

	@CrochetMigrated(migrationPackages = "a.migrations", modelPackages = "a.model", roundTrip = RoundTripMode.FULL,
			reset = Reset.DATA, fixtures = @CrochetMigrated.Fixture(afterRevision = "0001",
					cypher = "CREATE (:A);\nCREATE (:B {x: 'a;b'})"))
	static class SameVerdict {

	}

	static final ServerSpec.Environment EMBEDDED = new ServerSpec.Environment(k -> null, k -> null, () -> true);

	@Test
	void findsTheAnnotationThroughMetaAnnotationBaseClassAndEnclosingClass() {
		Configuration configuration = Configuration.of(Derived.Inner.class, EMBEDDED);
		assertThat(configuration.migrationPackages()).containsExactly("a.migrations");
		assertThat(configuration.modelPackages()).containsExactly("a.model");
		assertThat(configuration.mode()).isEqualTo(RoundTripMode.FULL);
		assertThat(configuration.reset()).isEqualTo(Reset.NONE);
		assertThat(configuration.target()).isNull();
	}

	@CrochetMigrated(migrationPackages = "a.migrations", fixtures = @CrochetMigrated.Fixture(afterRevision = "0001",
			cypher = "// people;\nCREATE (:A {note: 'first;\nsecond'}); CREATE (:B);\n/* done; */\n"))
	static class SemicolonsInStringsAndComments {

	}

	@CrochetMigrated(migrationPackages = "a.migrations",
			fixtures = @CrochetMigrated.Fixture(afterRevision = "0001", cypher = "CREATE (:A {name: 'unclosed});"))
	static class UnterminatedString {

	}

	@Test
	void fixturesAreSplitAsCypherMigrationsAre() {
		assertThat(Configuration.of(SemicolonsInStringsAndComments.class, EMBEDDED).fixtures()).containsExactly(
				new DataFixture("0001", "CREATE (:A {note: 'first;\nsecond'})", Map.of()),
				new DataFixture("0001", "CREATE (:B)", Map.of()));
		assertThatThrownBy(() -> Configuration.of(UnterminatedString.class, EMBEDDED))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessageStartingWith(
					"@Fixture(afterRevision = \"0001\") on " + UnterminatedString.class.getName() + ": ")
			.hasMessageContaining("line 1");
	}

	@Test
	void splitsFixturesIntoStatementsAtSemicolonsEndingALine() {
		assertThat(Configuration.of(Derived.class, EMBEDDED).fixtures()).containsExactly(
				new DataFixture("0001", "CREATE (:A)", Map.of()),
				new DataFixture("0001", "CREATE (:B {x: 'a;b'})", Map.of()));
	}

	@Test
	void theResetDoesNotChangeTheVerdict() {
		Configuration derived = Configuration.of(Derived.class, EMBEDDED);
		Configuration same = Configuration.of(SameVerdict.class, EMBEDDED);
		assertThat(same).isNotEqualTo(derived);
		assertThat(same.verdictKey()).isEqualTo(derived.verdictKey());
	}

	@Test
	void staticNestedClassesDoNotInheritTheEnclosingAnnotation() {
		assertThat(Configuration.find(Plain.class)).isEmpty();
		assertThat(Configuration.find(List.class)).isEmpty();
	}

	static class Plain {

	}

	@Nested
	class NestedInATestClass {

		@Test
		void unannotatedEnclosingMeansNoAnnotation() {
			assertThat(Configuration.find(NestedInATestClass.class)).isEmpty();
		}

	}

}
