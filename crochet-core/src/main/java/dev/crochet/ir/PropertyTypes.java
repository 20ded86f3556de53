package dev.crochet.ir;

import org.neo4j.ogm.annotation.typeconversion.Convert;
import org.neo4j.ogm.metadata.FieldInfo;
import org.neo4j.ogm.typeconversion.AttributeConverter;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps a property field to the Neo4j type its values have in the graph.
 *
 * <p>
 * The type is the logical Cypher type of the value: {@code LocalDate} is {@code DATE} and
 * {@code Instant} is {@code DATETIME} even where OGM's default converters happen to write
 * an ISO string. Numbers that do not fit Neo4j's 64-bit {@code INTEGER} / {@code FLOAT}
 * ({@code BigInteger}, {@code BigDecimal}) are {@code STRING}, as OGM stores them.
 * {@code byte[]} is {@code BYTE_ARRAY}, kept apart from {@code LIST<INTEGER>} because OGM
 * and the driver treat it as a single binary value. An explicitly {@code @Convert}ed
 * field has the type of the converter's graph side (the second type argument of
 * {@code AttributeConverter}, or {@code graphPropertyType}).
 */
final class PropertyTypes {

	private PropertyTypes() {
	}

	/** The Neo4j type of the property, or empty when the Java type has none. */
	static Optional<String> of(FieldInfo field) {
		if (field.hasAnnotation(Convert.class)) {
			Convert convert = field.getField().getAnnotation(Convert.class);
			if (convert != null && convert.graphPropertyType() != Convert.Unset.class) {
				return of(convert.graphPropertyType());
			}
			Optional<Type> graphSide = convert == null ? Optional.empty() : converterGraphSide(convert.value());
			if (graphSide.isPresent()) {
				return of(graphSide.get());
			}
			Class<?> converted = field.convertedType();
			return converted == null ? Optional.empty() : of(converted);
		}
		return of(field.getField().getGenericType());
	}

	static Optional<String> of(Type type) {
		if (type instanceof Class<?> cls) {
			if (cls.isArray()) {
				Class<?> component = cls.getComponentType();
				if (component == byte.class || component == Byte.class) {
					return Optional.of("BYTE_ARRAY");
				}
				return of(component).map(PropertyTypes::list);
			}
			if (Iterable.class.isAssignableFrom(cls)) {
				return Optional.of(list("ANY"));
			}
			return Optional.ofNullable(scalar(cls));
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
			if (Iterable.class.isAssignableFrom(raw)) {
				return of(parameterized.getActualTypeArguments()[0]).map(PropertyTypes::list);
			}
			return of(raw);
		}
		if (type instanceof GenericArrayType array) {
			return of(array.getGenericComponentType()).map(PropertyTypes::list);
		}
		if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
			return of(wildcard.getUpperBounds()[0]);
		}
		return Optional.empty();
	}

	private static String list(String element) {
		return "LIST<" + element + ">";
	}

	private static String scalar(Class<?> cls) {
		if (cls == String.class || cls == char.class || cls == Character.class || cls.isEnum() || cls == UUID.class
				|| cls == BigInteger.class || cls == BigDecimal.class) {
			return "STRING";
		}
		if (cls == byte.class || cls == short.class || cls == int.class || cls == long.class || cls == Byte.class
				|| cls == Short.class || cls == Integer.class || cls == Long.class) {
			return "INTEGER";
		}
		if (cls == float.class || cls == double.class || cls == Float.class || cls == Double.class) {
			return "FLOAT";
		}
		if (cls == boolean.class || cls == Boolean.class) {
			return "BOOLEAN";
		}
		if (cls == LocalDate.class) {
			return "DATE";
		}
		if (cls == LocalDateTime.class) {
			return "LOCAL DATETIME";
		}
		if (cls == ZonedDateTime.class || cls == OffsetDateTime.class || cls == Instant.class
				|| Date.class.isAssignableFrom(cls)) {
			return "DATETIME";
		}
		if (cls == LocalTime.class) {
			return "LOCAL TIME";
		}
		if (cls == OffsetTime.class) {
			return "TIME";
		}
		if (cls == Duration.class || cls == Period.class || cls == TemporalAmount.class) {
			return "DURATION";
		}
		if (Map.class.isAssignableFrom(cls)) {
			return "MAP";
		}
		if (cls.getName().startsWith("org.neo4j.ogm.types.spatial.")) {
			return "POINT";
		}
		return null;
	}

	/**
	 * The second type argument of {@code AttributeConverter<E, G>} as implemented by the
	 * converter.
	 */
	private static Optional<Type> converterGraphSide(Class<?> converter) {
		for (Class<?> cls = converter; cls != null && cls != Object.class; cls = cls.getSuperclass()) {
			for (Type iface : cls.getGenericInterfaces()) {
				if (iface instanceof ParameterizedType parameterized
						&& parameterized.getRawType() == AttributeConverter.class) {
					Type graphSide = parameterized.getActualTypeArguments()[1];
					return graphSide instanceof Class<?> || graphSide instanceof ParameterizedType
							? Optional.of(graphSide) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

}
