package dev.crochet.junit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the round-trip report file goes and what it is called. */
class ReportFileTest {

	@Test
	void theDirectoryIsTargetCrochetOfTheWorkingDirectoryByDefault() {
		assertThat(ReportFile.directory(key -> Optional.empty(), key -> null)).isEqualTo(Path.of("target", "crochet"));
	}

	@Test
	void aConfigurationParameterWinsOverASystemProperty() {
		Map<String, String> properties = Map.of("crochet.report.dir", "/tmp/from-property");

		assertThat(ReportFile.directory(key -> Optional.of("build/reports"), properties::get))
			.isEqualTo(Path.of("build/reports"));
		assertThat(ReportFile.directory(key -> Optional.empty(), properties::get))
			.isEqualTo(Path.of("/tmp/from-property"));
	}

	@Test
	void theFileIsNamedAfterTheClassWithoutItsPackage() {
		assertThat(ReportFile.fileName("com.example.MigrationsIT")).isEqualTo("roundtrip-MigrationsIT.json");
		assertThat(ReportFile.fileName("com.example.Outer$Inner")).isEqualTo("roundtrip-Outer.Inner.json");
	}

	@Test
	void reportsNeverShowCredentialsInAUri() {
		assertThat(ReportEntries.withoutCredentials("neo4j+s://neo4j:secret@db.example.com:7687"))
			.isEqualTo("neo4j+s://db.example.com:7687");
		assertThat(ReportEntries.withoutCredentials("bolt://127.0.0.1:7687")).isEqualTo("bolt://127.0.0.1:7687");
	}

}
