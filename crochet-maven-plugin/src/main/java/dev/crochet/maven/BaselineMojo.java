package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:baseline -Dcrochet.revision=<id>}: records the configured Neo4j,
 * migrated before Crochet, as being at a revision, as {@code crochet baseline} does.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class BaselineMojo extends AbstractCrochetMojo {

	/** The revision the database is at now. Required. */
	@Parameter(property = "crochet.revision")
	String revision;

	@Override
	String goal() {
		return "baseline";
	}

	@Override
	void run() throws MojoExecutionException {
		String at = blankToNull(revision);
		if (at == null) {
			throw new MojoExecutionException(
					"crochet:baseline needs the revision the database is at: pass -Dcrochet.revision=<id>");
		}
		try (Session session = online()) {
			getLog().info(session.crochet().baseline(at).describe());
		}
	}

}
