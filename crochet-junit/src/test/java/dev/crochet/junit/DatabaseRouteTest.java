package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.neo4j.driver.SessionConfig;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseRouteTest {

	/**
	 * Neo4j's rule for database names: 3 to 63 characters, a letter first, then letters,
	 * digits, dots and dashes.
	 */
	private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9.-]{2,62}");

	private static final String URI = "bolt://127.0.0.1:7687";

	@Test
	void withTheParameterEnterpriseReachedFromOutsideGivesEachClassADatabaseOfItsOwn() {
		DatabaseRoute route = DatabaseRoute.of(true, Backend.EXTERNAL, () -> "enterprise", URI, "com.example.PersonIT");
		assertThat(route.database())
			.hasValueSatisfying(name -> assertThat(name).startsWith("crochet-personit-").matches(VALID));
		assertThat(route.sharesTheDefaultDatabase()).isFalse();
		assertThat(route.sessionConfig().database()).isEqualTo(route.database());
		assertThat(DatabaseRoute.of(true, Backend.TESTCONTAINERS, () -> "Enterprise", URI, "com.example.PersonIT"))
			.isEqualTo(route);
	}

	@Test
	void withoutTheParameterEveryClassKeepsTheDefaultDatabaseAndTheEditionIsNotAsked() {
		Supplier<String> unasked = () -> {
			throw new AssertionError("the edition was asked");
		};
		for (Backend backend : List.of(Backend.EXTERNAL, Backend.TESTCONTAINERS, Backend.EMBEDDED)) {
			DatabaseRoute route = DatabaseRoute.of(false, backend, unasked, URI, "com.example.PersonIT");
			assertThat(route).isEqualTo(DatabaseRoute.DEFAULT);
			assertThat(route.sharesTheDefaultDatabase()).isTrue();
			assertThat(route.sessionConfig()).isEqualTo(SessionConfig.defaultConfig());
		}
		// The embedded server is Community edition whatever it is asked, and its pool of
		// servers already runs classes at the same time.
		assertThat(DatabaseRoute.of(true, Backend.EMBEDDED, unasked, URI, "com.example.PersonIT"))
			.isEqualTo(DatabaseRoute.DEFAULT);
	}

	@Test
	void withTheParameterACommunityServerIsRefusedNamingTheParameterTheServerAndTheEdition() {
		assertThatThrownBy(
				() -> DatabaseRoute.of(true, Backend.EXTERNAL, () -> "community", URI, "com.example.PersonIT"))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.databasePerClass=true needs a Neo4j Enterprise server (one database per class);"
					+ " the server at bolt://127.0.0.1:7687 is community edition");
		// Never the credentials a URI may carry.
		assertThatThrownBy(() -> DatabaseRoute.of(true, Backend.TESTCONTAINERS, () -> "community",
				"neo4j://user:secret@db:7687", "com.example.PersonIT"))
			.hasMessageEndingWith("the server at neo4j://db:7687 is community edition")
			.message()
			.doesNotContain("secret");
	}

	@Test
	void namesAreStableValidAndTellClassesOfOneSimpleNameApart() {
		assertThat(DatabaseRoute.nameFor("com.example.PersonIT"))
			.isEqualTo(DatabaseRoute.nameFor("com.example.PersonIT"));
		assertThat(DatabaseRoute.nameFor("com.example.a.PersonIT"))
			.isNotEqualTo(DatabaseRoute.nameFor("com.example.b.PersonIT"));
		String nested = DatabaseRoute.nameFor("com.example.Outer$Inner_Class");
		assertThat(nested).matches(VALID).startsWith("crochet-outerinnerclass-");
		String longName = DatabaseRoute.nameFor("com.example." + "VeryLong".repeat(20) + "IT");
		assertThat(longName).matches(VALID).hasSize(DatabaseRoute.MAX_NAME);
		assertThat(DatabaseRoute.nameFor("Ünïcode")).matches(VALID);
	}

}
