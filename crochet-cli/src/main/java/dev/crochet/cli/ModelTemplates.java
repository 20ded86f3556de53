package dev.crochet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** Source of new model classes, and the checks on their names. */
final class ModelTemplates {

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
			"long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
			"strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
			"volatile", "while", "true", "false", "null", "var", "record", "yield");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ModelTemplates() {
	}

	static String requireClassName(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(name)) {
			throw new CliException(ExitCode.USAGE,
					"Invalid model name '" + name + "': use a Java class name such as Person");
		}
		return name;
	}

	/**
	 * {@code person_3fa9c1}: readable, and fresh so that two projects never share one by
	 * accident.
	 */
	static String freshKgid(String name) {
		byte[] bytes = new byte[3];
		RANDOM.nextBytes(bytes);
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_"
				+ HexFormat.of().formatHex(bytes);
	}

	static Path refuseExisting(Project project, String name) {
		Path file = project.modelsDir().resolve(name + ".java");
		if (Files.exists(file)) {
			throw new CliException(ExitCode.USAGE, project.relative(file) + " already exists; nothing was changed");
		}
		return file;
	}

	static String node(String name, String label, String kgid) {
		return """
				package models;

				import dev.crochet.KgId;
				import org.neo4j.ogm.annotation.GeneratedValue;
				import org.neo4j.ogm.annotation.Id;
				import org.neo4j.ogm.annotation.Index;
				import org.neo4j.ogm.annotation.NodeEntity;
				import org.neo4j.ogm.annotation.Required;

				/**
				 * A %1$s node. Its @KgId is its identity for Crochet: keep it when renaming or moving the class.
				 */
				@NodeEntity(%2$s)
				@KgId(%3$s)
				public class %1$s {

					@Id
					@GeneratedValue
					private Long id;

					// Properties, for example (then run: crochet create-migration "describe the change"):
					// @Required @Index(unique = true) private String name;
					// @Index private Integer age;
				}
				""".formatted(name, quoted(label), quoted(kgid));
	}

	static String relationship(String name, String type, String from, String to, String kgid) {
		return """
				package models;

				import dev.crochet.KgId;
				import org.neo4j.ogm.annotation.EndNode;
				import org.neo4j.ogm.annotation.GeneratedValue;
				import org.neo4j.ogm.annotation.Id;
				import org.neo4j.ogm.annotation.Index;
				import org.neo4j.ogm.annotation.RelationshipEntity;
				import org.neo4j.ogm.annotation.StartNode;

				/**
				 * A %1$s relationship (%4$s)-[:%2$s]->(%5$s). Its @KgId is its identity for Crochet: keep it when
				 * renaming or moving the class.
				 */
				@RelationshipEntity(type = %3$s)
				@KgId(%6$s)
				public class %1$s {

					@Id
					@GeneratedValue
					private Long id;

					@StartNode
					private %4$s from;

					@EndNode
					private %5$s to;

					// Properties, for example: @Index private Integer since;
				}
				""".formatted(name, type.replace("*/", "* /"), quoted(type), from, to, quoted(kgid));
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
