package dev.crochet.maven;

import dev.crochet.MigrationResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:downgrade}: reverts the most recent revision on the configured Neo4j, or
 * every revision above {@code -Dcrochet.target} ({@code base} reverts all).
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DowngradeMojo extends AbstractCrochetMojo {

	/**
	 * Revert every revision above this one, which stays applied ({@code base}: all);
	 * default: the most recent only.
	 */
	@Parameter(property = "crochet.target")
	String target;

	/** List the statements and change nothing, not the graph and not the ledger. */
	@Parameter(property = "crochet.dryRun", defaultValue = "false")
	boolean dryRun;

	@Override
	String goal() {
		return "downgrade";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = online()) {
			MigrationResult result = session.crochet().downgrade(blankToNull(target), dryRun);
			Results.log(getLog(), result);
		}
	}

}
