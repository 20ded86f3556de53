package dev.crochet.javasource;

import dev.crochet.NodeMatch;
import dev.crochet.cypher.InvalidOperationException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes values as Java source, for {@link OperationSource} and generated migrations. */
public final class JavaSource {

	private JavaSource() {
	}

	/** {@code ctx.method(arg, ...);} with each argument already Java source. */
	static String call(String method, String... arguments) {
		return "ctx." + method + "(" + String.join(", ", arguments) + ");";
	}

	/**
	 * A string literal. Everything outside printable ASCII is written as a
	 * {@code \}{@code uXXXX} escape, so the source survives any file encoding; a
	 * backslash is doubled, which also keeps a name's own {@code \}{@code u} text from
	 * being read as an escape by the compiler.
	 */
	public static String string(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c > 0x7E) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	static String strings(List<String> values) {
		return values.stream().map(JavaSource::string).collect(Collectors.joining(", ", "List.of(", ")"));
	}

	static String nodeMatch(NodeMatch match) {
		return "NodeMatch.of(" + string(match.label()) + ", " + string(match.property()) + ")";
	}

	static String path(Path path) {
		return "Path.of(" + string(path.toString()) + ")";
	}

	/** A property value (or list of them) as a Java expression of the same type. */
	static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String s) {
			return string(s);
		}
		if (value instanceof Boolean || value instanceof Integer) {
			return value.toString();
		}
		if (value instanceof Long l) {
			return l + "L";
		}
		if (value instanceof Short s) {
			return "(short) " + s;
		}
		if (value instanceof Byte b) {
			return "(byte) " + b;
		}
		if (value instanceof Double d) {
			return d.isNaN() ? "Double.NaN"
					: d.isInfinite() ? (d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY") : d + "d";
		}
		if (value instanceof Float f) {
			return f.isNaN() ? "Float.NaN"
					: f.isInfinite() ? (f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY") : f + "f";
		}
		if (value instanceof Character c) {
			String quoted = string(String.valueOf(c));
			return "'" + (c == '\'' ? "\\'" : quoted.substring(1, quoted.length() - 1)) + "'";
		}
		if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
				|| value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
			return value.getClass().getName() + ".parse(" + string(value.toString()) + ")";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(JavaSource::value).collect(Collectors.joining(", ", "List.of(", ")"));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(e -> "Map.entry(" + value(e.getKey()) + ", " + value(e.getValue()) + ")")
				.collect(Collectors.joining(", ", "Map.ofEntries(", ")"));
		}
		throw new InvalidOperationException(
				"Cannot write a value of type " + value.getClass().getName() + " as Java source: " + value);
	}

}
