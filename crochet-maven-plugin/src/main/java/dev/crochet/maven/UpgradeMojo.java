package dev.crochet.maven;

import dev.crochet.MigrationResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:upgrade}: applies pending revisions to the configured Neo4j. With
 * {@code -Dcrochet.dryRun} it lists every statement it would run and changes nothing.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class UpgradeMojo extends AbstractCrochetMojo {

	/** Apply up to and including this revision (default: all). */
	@Parameter(property = "crochet.target")
	String target;

	/** List the statements and change nothing, not the graph and not the ledger. */
	@Parameter(property = "crochet.dryRun", defaultValue = "false")
	boolean dryRun;

	@Override
	String goal() {
		return "upgrade";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = online()) {
			MigrationResult result = session.crochet().upgrade(blankToNull(target), dryRun);
			Results.log(getLog(), result);
		}
	}

}
