package dev.crochet.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaReuseTest {

	@Test
	void onUnlessTheParameterOrElseThePropertySaysFalse() {
		assertThat(SchemaReuse.enabled(parameters(Map.of()), name -> null)).isTrue();
		assertThat(SchemaReuse.enabled(parameters(Map.of("crochet.reuseMigratedSchema", "false")), name -> "true"))
			.isFalse();
		assertThat(SchemaReuse.enabled(parameters(Map.of()), name -> " FALSE ")).isFalse();
		assertThat(SchemaReuse.enabled(parameters(Map.of("crochet.reuseMigratedSchema", "true")), name -> "false"))
			.isTrue();
	}

	@Test
	void anyOtherValueIsAConfigurationError() {
		assertThatThrownBy(() -> SchemaReuse.enabled(parameters(Map.of()), name -> "off"))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessage("crochet.reuseMigratedSchema must be true or false; was \"off\"");
	}

	@Test
	void aServerForgetsWhatItHeldOnceAnotherClassClaimsIt() {
		// A server's claims are plain bookkeeping: tested without a server.
		Claims claims = new Claims();
		Claims.Claim outer = claims.claim();
		Claims.Claim nested = claims.claim();
		claims.holds(nested, "nested");
		claims.holds(outer, "outer");
		assertThat(claims.holds("nested")).isTrue();
		assertThat(claims.holds("outer")).isFalse();
		assertThat(claims.claim().held()).as("the nested class claimed after the outer one").isEqualTo("nested");
		assertThat(claims.holds("nested")).as("forgotten once claimed").isFalse();
		assertThat(claims.holds(null)).isFalse();
	}

	private static Function<String, Optional<String>> parameters(Map<String, String> values) {
		return name -> Optional.ofNullable(values.get(name));
	}

}
