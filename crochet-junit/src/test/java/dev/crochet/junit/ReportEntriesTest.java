package dev.crochet.junit;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportEntriesTest {

	@Test
	void printsOneLinePerEntryUnderTheClassName() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("crochet.verdict", "passed");
		entries.put("crochet.drift.models", "models vs head migration: not checked (the head declares no schema hash)");

		assertThat(ReportEntries.printed(ReportEntriesTest.class, entries).lines()).containsExactly(
				"[crochet] dev.crochet.junit.ReportEntriesTest", "[crochet]   crochet.verdict: passed",
				"[crochet]   crochet.drift.models: models vs head migration: not checked (the head declares no schema hash)");
	}

	@Test
	void neverShowsCredentialsOfAUri() {
		assertThat(ReportEntries.withoutCredentials("bolt://neo4j:s3cret@db.example.com:7687"))
			.isEqualTo("bolt://db.example.com:7687");
	}

}
