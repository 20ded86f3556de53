package dev.crochet.maven;

import dev.crochet.scaffold.RecordedSchema;
import dev.crochet.scaffold.ScaffoldException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;

/**
 * {@code crochet:record-schema}: records the compiled models' schema as the head
 * migration's, for a chain {@code create-migration} cannot diff against (written by hand
 * without {@code schemaHash}, or a hash whose snapshot file never existed). Needs no
 * database. The models are assumed to describe the head: run it before changing them.
 */
@Mojo(name = "record-schema", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RecordSchemaMojo extends AbstractCrochetMojo {

	/** Record again when the head's schema is recorded already. */
	@Parameter(property = "crochet.force", defaultValue = "false")
	boolean force;

	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	File basedir;

	@Override
	String goal() {
		return "record-schema";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = offline()) {
			RecordedSchema recorded = session.crochet().recordSchema(snapshotsDirectory.toPath(), force);
			getLog().info("Recorded the schema of head migration " + recorded.revision() + " (schema hash "
					+ recorded.schemaHash() + ") in " + relative(recorded.snapshot())
					+ (recorded.revisionsFile() == null ? "" : " and " + relative(recorded.revisionsFile())));
			getLog().info("Assumed: the models in " + relative(classesDirectory.toPath()) + " describe revision "
					+ recorded.revision() + " as it is in the database; a model change made after "
					+ recorded.revision() + " counts as migrated (if there is one, restore the models of "
					+ recorded.revision() + " and run crochet:record-schema -Dcrochet.force).");
		}
		catch (ScaffoldException ex) {
			throw new MojoExecutionException(switch (ex.reason()) {
				case ALREADY_RECORDED ->
					ex.getMessage() + " (" + relative(ex.path()) + "); use -Dcrochet.force to record it again";
				default -> ex.getMessage();
			}, ex);
		}
	}

	private String relative(Path file) {
		Path base = basedir.toPath().toAbsolutePath().normalize();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

}
