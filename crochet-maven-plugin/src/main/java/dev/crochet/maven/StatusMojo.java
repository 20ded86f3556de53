package dev.crochet.maven;

import dev.crochet.RevisionState;
import dev.crochet.Status;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Locale;

/**
 * {@code crochet:status}: which revisions the configured Neo4j has applied and which are
 * pending; changes nothing.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StatusMojo extends AbstractCrochetMojo {

	@Override
	String goal() {
		return "status";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = online()) {
			Status status = session.crochet().status();
			getLog().info("Head: " + (status.head() == null ? "none (nothing applied)" : status.head()));
			for (RevisionState revision : status.revisions()) {
				getLog()
					.info(String.format(Locale.ROOT, "  %-8s %s%s", revision.state().name().toLowerCase(Locale.ROOT),
							revision.revision(), revision.rollbackSafe() ? "" : "  [not rollback-safe]"));
			}
			getLog().info("Pending: " + status.pending().size());
			if (status.drift() != null && status.drift().hasDrift()) {
				getLog().warn("Drift: " + status.drift().describe(CheckMojo.CREATE_MIGRATION, CheckMojo.UPGRADE));
			}
			else if (status.drift() != null && !status.drift().pendingInGraph().isEmpty()) {
				getLog().info("Drift: " + status.drift().describe(CheckMojo.CREATE_MIGRATION, CheckMojo.UPGRADE));
			}
			status.dataProblems().forEach(problem -> getLog().warn("Problem: " + problem));
		}
	}

}
