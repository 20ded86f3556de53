package dev.crochet.ir;

import dev.crochet.FulltextIndex;
import dev.crochet.PointIndex;
import dev.crochet.TextIndex;
import dev.crochet.VectorIndex;
import org.neo4j.ogm.metadata.ClassInfo;
import org.neo4j.ogm.metadata.FieldInfo;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Crochet's index annotations ({@code @FulltextIndex}, {@code @VectorIndex},
 * {@code @TextIndex}, {@code @PointIndex}) of the models, checking each against the
 * properties OGM sees. One reader serves a whole snapshot, because an index name must be
 * unique in the database, not only per class.
 */
final class SearchIndexReader {

	/**
	 * Analyzer names go into Cypher as a literal (OPTIONS takes no parameters), so only
	 * plain names pass.
	 */
	private static final Pattern ANALYZER = Pattern.compile("[A-Za-z0-9_.-]+");

	private final Map<String, String> declaredAt = new LinkedHashMap<>();

	/**
	 * The indexes {@code model} declares (on its primary label or its type).
	 * @param properties the model's properties as the IR has them
	 */
	List<SearchIndexSchema> read(ClassInfo model, List<PropertySchema> properties) {
		Class<?> cls = model.getUnderlyingClass();
		String className = model.name();
		List<SearchIndexSchema> indexes = new ArrayList<>();
		for (FulltextIndex fulltext : cls.getAnnotationsByType(FulltextIndex.class)) {
			String where = "@FulltextIndex(name = \"" + fulltext.name() + "\") on " + className;
			requireName(fulltext.name(), "@FulltextIndex on " + className);
			if (fulltext.properties().length == 0) {
				throw new ModelException(where + ": properties is empty");
			}
			Set<String> seen = new HashSet<>();
			for (String property : fulltext.properties()) {
				requireProperty(where, "properties", property, className, properties);
				if (!seen.add(property)) {
					throw new ModelException(where + ": properties names '" + property + "' twice");
				}
			}
			String analyzer = fulltext.analyzer().isEmpty() ? null : fulltext.analyzer();
			if (analyzer != null && !ANALYZER.matcher(analyzer).matches()) {
				throw new ModelException(where + ": analyzer '" + analyzer
						+ "' is not an analyzer name (letters, digits, '-', '_' and '.' only)");
			}
			indexes.add(declare(SearchIndexSchema.fulltext(fulltext.name(), List.of(fulltext.properties()), analyzer),
					"@FulltextIndex on " + className));
		}
		for (VectorIndex vector : cls.getAnnotationsByType(VectorIndex.class)) {
			String where = "@VectorIndex(name = \"" + vector.name() + "\") on " + className;
			requireName(vector.name(), "@VectorIndex on " + className);
			requireProperty(where, "property", vector.property(), className, properties);
			if (vector.dimensions() <= 0) {
				throw new ModelException(where + ": dimensions must be positive, was " + vector.dimensions());
			}
			indexes.add(declare(SearchIndexSchema.vector(vector.name(), vector.property(), vector.dimensions(),
					vector.similarity()), "@VectorIndex on " + className));
		}
		indexes.addAll(fieldIndexes(model, properties));
		return indexes;
	}

	private List<SearchIndexSchema> fieldIndexes(ClassInfo model, List<PropertySchema> properties) {
		List<SearchIndexSchema> indexes = new ArrayList<>();
		Set<Field> propertyFields = new HashSet<>();
		for (FieldInfo field : model.propertyFields()) {
			Field reflected = field.getField();
			propertyFields.add(reflected);
			String where = model.name() + "." + field.getName();
			String property = field.property();
			TextIndex text = reflected.getAnnotation(TextIndex.class);
			if (text != null) {
				String name = text.name().isEmpty() ? null : requireName(text.name(), "@TextIndex on " + where);
				indexes.add(declare(SearchIndexSchema.text(name, property), "@TextIndex on " + where));
			}
			PointIndex point = reflected.getAnnotation(PointIndex.class);
			if (point != null) {
				String type = properties.stream()
					.filter(p -> p.name().equals(property))
					.map(PropertySchema::type)
					.findFirst()
					.orElse("POINT");
				if (!type.equals("POINT")) {
					throw new ModelException(
							"@PointIndex on " + where + ": the property has type " + type + ", not POINT");
				}
				String name = point.name().isEmpty() ? null : requireName(point.name(), "@PointIndex on " + where);
				indexes.add(declare(SearchIndexSchema.point(name, property), "@PointIndex on " + where));
			}
		}
		// OGM leaves relationship, transient and @Properties fields out of its property
		// fields: an index
		// annotation there would be silently lost.
		for (Class<?> cls = model.getUnderlyingClass(); cls != null && cls != Object.class; cls = cls.getSuperclass()) {
			for (Field field : cls.getDeclaredFields()) {
				boolean annotated = field.isAnnotationPresent(TextIndex.class)
						|| field.isAnnotationPresent(PointIndex.class);
				if (annotated && !propertyFields.contains(field)) {
					throw new ModelException("@"
							+ (field.isAnnotationPresent(TextIndex.class) ? "TextIndex" : "PointIndex") + " on "
							+ cls.getName() + "." + field.getName() + ": not a property field of " + model.name());
				}
			}
		}
		return indexes;
	}

	/**
	 * Unnamed text and point indexes get distinct generated names later, from their label
	 * or type and property.
	 */
	private SearchIndexSchema declare(SearchIndexSchema index, String where) {
		if (index.name() == null) {
			return index;
		}
		String earlier = declaredAt.putIfAbsent(index.name(), where);
		if (earlier != null) {
			throw new ModelException(
					"Index name \"" + index.name() + "\" is declared twice: " + earlier + " and " + where);
		}
		return index;
	}

	private static String requireName(String name, String where) {
		// The IR does not know Cypher; the operations check the rest of what Neo4j can
		// store.
		if (name.isBlank()) {
			throw new ModelException(where + ": name is blank");
		}
		if (name.indexOf('\0') >= 0) {
			throw new ModelException(where + ": name contains the NUL character (U+0000)");
		}
		return name;
	}

	private static void requireProperty(String where, String attribute, String property, String className,
			List<PropertySchema> properties) {
		if (properties.stream().noneMatch(p -> p.name().equals(property))) {
			throw new ModelException(where + ": " + attribute + " names '" + property + "', which is not a property of "
					+ className + " (its properties: "
					+ ModelReader.joined(properties.stream().map(PropertySchema::name).toList()) + ")");
		}
	}

}
