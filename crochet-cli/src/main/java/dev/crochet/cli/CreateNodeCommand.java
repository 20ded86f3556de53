package dev.crochet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code crochet create-node Person}: models/Person.java with a fresh @KgId. */
@Command(name = "create-node", mixinStandardHelpOptions = true,
		description = { "Write models/NAME.java: a Neo4j-OGM @NodeEntity with a fresh @KgId (its identity for Crochet,",
				"kept when the class is renamed or moved). Refuses to overwrite an existing file." })
final class CreateNodeCommand extends ProjectCommand {

	@Parameters(paramLabel = "NAME", description = "Class name, e.g. Person.")
	String name;

	@Option(names = "--label", paramLabel = "LABEL", description = "Node label. Default: NAME.")
	String label;

	@Option(names = "--kgid", paramLabel = "KGID",
			description = "The @KgId. Default: the name in snake case plus a random suffix.")
	String kgid;

	@Override
	public Integer call() throws IOException {
		Project project = project();
		ModelTemplates.requireClassName(name);
		Path file = ModelTemplates.refuseExisting(project, name);
		String id = kgid == null ? ModelTemplates.freshKgid(name) : kgid;
		Files.createDirectories(file.getParent());
		Files.writeString(file, ModelTemplates.node(name, label == null ? name : label, id));
		out().println("Created " + project.relative(file) + " (@KgId \"" + id + "\")");
		out().println("Add properties, then run: crochet create-migration \"add " + name.toLowerCase(Locale.ROOT)
				+ " node\"");
		return ExitCode.OK;
	}

}
