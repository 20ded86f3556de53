package dev.crochet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code crochet create-relationship Friendship --rel-type FRIENDS_WITH}:
 * a @RelationshipEntity with a fresh @KgId.
 */
@Command(name = "create-relationship", mixinStandardHelpOptions = true, description = {
		"Write models/NAME.java: a Neo4j-OGM @RelationshipEntity with a fresh @KgId.",
		"--from and --to name the node classes it connects; they may be left out when models/ holds exactly one node.",
		"Refuses to overwrite an existing file." })
final class CreateRelationshipCommand extends ProjectCommand {

	@Parameters(paramLabel = "NAME", description = "Class name, e.g. Friendship.")
	String name;

	@Option(names = "--rel-type", paramLabel = "TYPE",
			description = "Relationship type. Default: NAME in upper snake case.")
	String type;

	@Option(names = "--from", paramLabel = "NODE", description = "Start node class.")
	String from;

	@Option(names = "--to", paramLabel = "NODE", description = "End node class.")
	String to;

	@Option(names = "--kgid", paramLabel = "KGID",
			description = "The @KgId. Default: the name in snake case plus a random suffix.")
	String kgid;

	@Override
	public Integer call() throws IOException {
		Project project = project();
		ModelTemplates.requireClassName(name);
		String relType = type == null ? name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) : type;
		if (!relType.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new CliException(ExitCode.USAGE,
					"Invalid relationship type '" + relType + "': use letters, digits and '_'");
		}
		Path file = ModelTemplates.refuseExisting(project, name);
		String start = from == null ? onlyNode(project) : ModelTemplates.requireClassName(from);
		String end = to == null ? (from == null ? start : onlyNode(project)) : ModelTemplates.requireClassName(to);
		String id = kgid == null ? ModelTemplates.freshKgid(name) : kgid;
		Files.createDirectories(file.getParent());
		Files.writeString(file, ModelTemplates.relationship(name, relType, start, end, id));
		out().println("Created " + project.relative(file) + " ((" + start + ")-[:" + relType + "]->(" + end
				+ "), @KgId \"" + id + "\")");
		return ExitCode.OK;
	}

	private static String onlyNode(Project project) {
		List<String> nodes = ProjectClasses.javaFiles(project.modelsDir()).stream().filter(p -> {
			try {
				return Files.readString(p).contains("@NodeEntity");
			}
			catch (IOException unreadable) {
				return false;
			}
		}).map(p -> p.getFileName().toString().replaceFirst("\\.java$", "")).toList();
		if (nodes.size() != 1) {
			throw new CliException(ExitCode.USAGE,
					"Say which nodes the relationship connects: --from <NodeClass> --to <NodeClass>"
							+ (nodes.isEmpty() ? " (models/ holds no node yet; run 'crochet create-node NAME' first)"
									: " (models/ holds " + nodes + ")"));
		}
		return nodes.get(0);
	}

}
