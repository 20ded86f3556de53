package dev.crochet.ir;

import org.neo4j.ogm.driver.TypeSystem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.List;

/**
 * The Bolt driver's native types, as OGM sees them with {@code use-native-types} on.
 * Without it OGM's default type system treats {@code ZonedDateTime} and {@code Duration}
 * fields as relationships, so the IR would miss them; the Bolt driver module itself is
 * not on our classpath, hence this copy. OGM's spatial types ({@code GeographicPoint2d},
 * ...) are native there too: without them a point field would be read as a relationship
 * to a class without {@code @KgId}, and no model could hold one.
 */
enum NativeTypeSystem implements TypeSystem {

	INSTANCE;

	private static final List<Class<?>> TEMPORAL = List.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
			OffsetTime.class, ZonedDateTime.class, Duration.class, Period.class, TemporalAmount.class);

	@Override
	public boolean supportsAsNativeType(Class<?> type) {
		return TypeSystem.super.supportsAsNativeType(type) || TEMPORAL.stream().anyMatch(t -> t.isAssignableFrom(type))
				|| type.getName().startsWith("org.neo4j.ogm.types.spatial.");
	}

}
