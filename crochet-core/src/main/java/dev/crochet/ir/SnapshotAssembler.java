package dev.crochet.ir;

import dev.crochet.KgId;
import dev.crochet.RenamedFrom;
import org.neo4j.ogm.annotation.CompositeIndex;
import org.neo4j.ogm.annotation.Id;
import org.neo4j.ogm.annotation.Index;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.Required;
import org.neo4j.ogm.metadata.ClassInfo;
import org.neo4j.ogm.metadata.FieldInfo;
import org.neo4j.ogm.metadata.MetaData;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns OGM's metadata of the model classes into the IR, validating identities on the
 * way.
 */
final class SnapshotAssembler {

	private final MetaData metaData;

	private final SearchIndexReader searchIndexes = new SearchIndexReader();

	private SnapshotAssembler(MetaData metaData) {
		this.metaData = metaData;
	}

	static SchemaSnapshot assemble(MetaData metaData, Predicate<Class<?>> inScope, String noModelsMessage) {
		List<ClassInfo> models = metaData.persistentEntities()
			.stream()
			.filter(info -> inScope.test(info.getUnderlyingClass()))
			.filter(SnapshotAssembler::isModel)
			.sorted(Comparator.comparing(ClassInfo::name))
			.toList();
		if (models.isEmpty()) {
			throw new ModelException(noModelsMessage);
		}
		validateIdentities(models);
		return new SnapshotAssembler(metaData).build(models);
	}

	private static boolean isModel(ClassInfo info) {
		Class<?> cls = info.getUnderlyingClass();
		if (cls.isInterface() || cls.isEnum() || cls.isAnnotation()) {
			return false;
		}
		boolean entity = cls.isAnnotationPresent(NodeEntity.class) || cls.isAnnotationPresent(RelationshipEntity.class);
		return entity && (!Modifier.isAbstract(cls.getModifiers()) || cls.getDeclaredAnnotation(KgId.class) != null);
	}

	private static void validateIdentities(List<ClassInfo> models) {
		List<String> missing = new ArrayList<>();
		List<String> blank = new ArrayList<>();
		Map<String, List<String>> byKgid = new TreeMap<>();
		for (ClassInfo model : models) {
			KgId kgid = model.getUnderlyingClass().getDeclaredAnnotation(KgId.class);
			if (kgid == null) {
				missing.add(model.name());
			}
			else if (kgid.value().isBlank()) {
				blank.add(model.name());
			}
			else {
				byKgid.computeIfAbsent(kgid.value(), k -> new ArrayList<>()).add(model.name());
			}
		}
		if (!missing.isEmpty()) {
			throw new ModelException(missing.size() == 1 ? "Model class " + missing.get(0) + " has no @KgId"
					: "Model classes " + String.join(", ", missing) + " have no @KgId");
		}
		if (!blank.isEmpty()) {
			throw new ModelException(blank.size() == 1 ? "Model class " + blank.get(0) + " has a blank @KgId"
					: "Model classes " + String.join(", ", blank) + " have a blank @KgId");
		}
		String duplicates = byKgid.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.map(e -> "@KgId(\"" + e.getKey() + "\") is used by " + String.join(", ", e.getValue()))
			.collect(Collectors.joining("; "));
		if (!duplicates.isEmpty()) {
			throw new ModelException("Duplicate kgid: " + duplicates);
		}
	}

	private SchemaSnapshot build(List<ClassInfo> models) {
		List<NodeSchema> nodes = new ArrayList<>();
		List<RelationshipEntitySchema> relationships = new ArrayList<>();
		List<PropertyRename> renames = new ArrayList<>();
		for (ClassInfo model : models) {
			if (model.isRelationshipEntity()) {
				relationships.add(relationshipEntity(model));
			}
			else {
				nodes.add(node(model));
			}
			renames.addAll(renames(model));
		}
		return SchemaOrder.sorted(new SchemaSnapshot(nodes, relationships, renames));
	}

	/**
	 * The {@code @RenamedFrom} declarations of a model's properties. A declaration that
	 * cannot describe a rename (a blank old name, the property's own name, a name the
	 * model still has, or one old name claimed twice) is a mistake worth stopping for: it
	 * would otherwise be ignored and the values dropped.
	 */
	private static List<PropertyRename> renames(ClassInfo model) {
		String kgid = kgid(model.getUnderlyingClass());
		List<String> names = model.propertyFields().stream().map(FieldInfo::property).toList();
		Map<String, String> byOldName = new TreeMap<>();
		List<PropertyRename> renames = new ArrayList<>();
		for (FieldInfo field : model.propertyFields()) {
			RenamedFrom declared = field.getField().getAnnotation(RenamedFrom.class);
			if (declared == null) {
				continue;
			}
			String where = model.name() + "." + field.getName();
			String old = declared.value().strip();
			if (old.isEmpty()) {
				throw new ModelException("Property field " + where + " has a blank @RenamedFrom");
			}
			if (old.equals(field.property())) {
				throw new ModelException("Property field " + where + " is @RenamedFrom(\"" + old
						+ "\"), its own graph name; remove the annotation");
			}
			if (names.contains(old)) {
				throw new ModelException("Property field " + where + " is @RenamedFrom(\"" + old + "\"), but "
						+ model.name() + " still has a property " + old);
			}
			String other = byOldName.putIfAbsent(old, field.getName());
			if (other != null) {
				throw new ModelException("Property fields " + model.name() + "." + other + " and " + where
						+ " are both @RenamedFrom(\"" + old + "\")");
			}
			renames.add(new PropertyRename(kgid, old, field.property()));
		}
		return renames;
	}

	private NodeSchema node(ClassInfo model) {
		List<String> labels = model.staticLabels().stream().sorted().distinct().toList();
		List<RelationshipSchema> relationships = new ArrayList<>();
		for (FieldInfo field : model.relationshipFields()) {
			relationships.add(new RelationshipSchema(field.relationship(), field.relationshipDirection().name(),
					targetKgid(model, field)));
		}
		List<PropertySchema> properties = properties(model);
		return new NodeSchema(kgid(model.getUnderlyingClass()), model.neo4jName(), labels, properties,
				compositeIndexes(model.getUnderlyingClass()), relationships, searchIndexes.read(model, properties));
	}

	private RelationshipEntitySchema relationshipEntity(ClassInfo model) {
		List<PropertySchema> properties = properties(model);
		return new RelationshipEntitySchema(kgid(model.getUnderlyingClass()), model.neo4jName(),
				endKgid(model, model.getStartNodeReader(), "@StartNode"),
				endKgid(model, model.getEndNodeReader(), "@EndNode"), properties,
				searchIndexes.read(model, properties));
	}

	private String endKgid(ClassInfo model, FieldInfo end, String annotation) {
		if (end == null) {
			throw new ModelException("Relationship entity " + model.name() + " has no " + annotation + " field");
		}
		Class<?> target = end.getField().getType();
		return requireKgid(target, model.name() + "." + end.getName());
	}

	private List<PropertySchema> properties(ClassInfo model) {
		FieldInfo primaryIndex = model.primaryIndexField();
		List<PropertySchema> properties = new ArrayList<>();
		for (FieldInfo field : model.propertyFields()) {
			if (field.hasCompositeConverter()) {
				continue;
			}
			String type = PropertyTypes.of(field)
				.orElseThrow(() -> new ModelException("Property field " + model.name() + "." + field.getName()
						+ " has type " + field.getField().getGenericType().getTypeName()
						+ ", which has no Neo4j property type (add @Convert or @Transient)"));
			Field reflected = field.getField();
			Index index = reflected.getAnnotation(Index.class);
			boolean unique = (index != null && index.unique())
					|| (field == primaryIndex && reflected.isAnnotationPresent(Id.class));
			boolean indexed = unique || index != null;
			properties.add(new PropertySchema(field.property(), type, reflected.isAnnotationPresent(Required.class),
					unique, indexed));
		}
		return properties;
	}

	private static List<CompositeIndexSchema> compositeIndexes(Class<?> cls) {
		return Arrays.stream(cls.getAnnotationsByType(CompositeIndex.class))
			.map(index -> new CompositeIndexSchema(
					List.of(index.value().length > 0 ? index.value() : index.properties()), index.unique()))
			.toList();
	}

	/**
	 * The kgid of the node at the other end. A field typed with a relationship entity
	 * points at that entity's start or end node, whichever the declaring node is not.
	 */
	private String targetKgid(ClassInfo model, FieldInfo field) {
		String where = model.name() + "." + field.getName();
		Class<?> target = elementType(field.getField().getGenericType());
		if (target == null) {
			throw new ModelException("Relationship field " + where + " has no resolvable target class");
		}
		ClassInfo targetInfo = metaData.classInfo(target);
		if (targetInfo != null && targetInfo.isRelationshipEntity()) {
			FieldInfo start = targetInfo.getStartNodeReader();
			FieldInfo end = targetInfo.getEndNodeReader();
			if (start == null || end == null) {
				throw new ModelException("Relationship entity " + targetInfo.name() + " has no "
						+ (start == null ? "@StartNode" : "@EndNode") + " field");
			}
			Class<?> startType = start.getField().getType();
			Class<?> endType = end.getField().getType();
			boolean fromEnd = switch (field.relationshipDirection()) {
				case INCOMING -> true;
				case OUTGOING -> false;
				case UNDIRECTED -> endType.isAssignableFrom(model.getUnderlyingClass())
						&& !startType.isAssignableFrom(model.getUnderlyingClass());
			};
			Class<?> other = fromEnd ? startType : endType;
			return requireKgid(other, where + " (via " + targetInfo.name() + ")");
		}
		return requireKgid(target, where);
	}

	private static String requireKgid(Class<?> target, String where) {
		KgId kgid = target.getDeclaredAnnotation(KgId.class);
		if (kgid == null || kgid.value().isBlank()) {
			throw new ModelException(
					"Relationship field " + where + " targets " + target.getName() + ", which has no @KgId");
		}
		return kgid.value();
	}

	private static Class<?> elementType(Type type) {
		if (type instanceof Class<?> cls) {
			return cls.isArray() ? cls.getComponentType() : Iterable.class.isAssignableFrom(cls) ? null : cls;
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
			return Iterable.class.isAssignableFrom(raw) ? elementType(parameterized.getActualTypeArguments()[0]) : raw;
		}
		if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
			return elementType(wildcard.getUpperBounds()[0]);
		}
		return null;
	}

	private static String kgid(Class<?> cls) {
		return cls.getDeclaredAnnotation(KgId.class).value();
	}

}
