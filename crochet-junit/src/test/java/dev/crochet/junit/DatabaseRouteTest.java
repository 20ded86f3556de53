package dev.crochet.junit;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRouteTest {

	/**
	 * Neo4j's rule for database names: 3 to 63 characters, a letter first, then letters,
	 * digits, dots and dashes.
	 */
	private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9.-]{2,62}");

	@Test
	void enterpriseReachedFromOutsideGivesEachClassADatabaseOfItsOwn() {
		DatabaseRoute route = DatabaseRoute.of(Backend.EXTERNAL, "enterprise", "com.example.PersonIT");
		assertThat(route.database())
			.hasValueSatisfying(name -> assertThat(name).startsWith("crochet-personit-").matches(VALID));
		assertThat(route.sharesTheDefaultDatabase()).isFalse();
		assertThat(DatabaseRoute.of(Backend.TESTCONTAINERS, "Enterprise", "com.example.PersonIT")).isEqualTo(route);
	}

	@Test
	void communityAndTheEmbeddedServerKeepTheDefaultDatabase() {
		assertThat(DatabaseRoute.of(Backend.EXTERNAL, "community", "com.example.PersonIT").sharesTheDefaultDatabase())
			.isTrue();
		assertThat(DatabaseRoute.of(Backend.TESTCONTAINERS, "community", "com.example.PersonIT").database()).isEmpty();
		// The embedded server is Community edition whatever it is asked.
		assertThat(DatabaseRoute.of(Backend.EMBEDDED, "enterprise", "com.example.PersonIT").database()).isEmpty();
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
