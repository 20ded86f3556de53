package dev.crochet.neo4j2025;

import dev.crochet.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other tests of this run mean something only if the server is the one they claim:
 * Neo4j 2025.x, with the default Cypher language this execution asked for.
 */
class DefaultLanguageIT {

	@Test
	void theServerIsOnTheCurrentLineAndSpeaksTheLanguageThisRunAskedFor() {
		String expected = System.getProperty("crochet.test.defaultLanguage");
		assertThat(expected).as("set by the surefire execution").isIn("CYPHER_5", "CYPHER_25");
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start();
				Driver driver = GraphDatabase.driver(neo4j.boltUri());
				Session session = driver.session()) {
			String version = session
				.run("CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v")
				.single()
				.get("v")
				.asString();
			assertThat(version).startsWith("2025.");
			String language = session.run("SHOW DATABASE neo4j YIELD defaultLanguage")
				.single()
				.get("defaultLanguage")
				.asString();
			assertThat(language.replace(" ", "_")).isEqualTo(expected);
		}
	}

}
