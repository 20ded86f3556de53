package dev.crochet.maven;

import dev.crochet.VerifyReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:verify}: the ledger's chain, checksums, schema hashes and batch sources,
 * and that ledger and graph agree, on the configured Neo4j; fails the build on any failed
 * check.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class VerifyMojo extends AbstractCrochetMojo {

	@Override
	String goal() {
		return "verify";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		VerifyReport report;
		try (Session session = online()) {
			report = session.crochet().verify();
		}
		if (!report.ok()) {
			throw new MojoFailureException("Verify failed:" + System.lineSeparator() + report.describe());
		}
		report.describe().lines().forEach(getLog()::info);
	}

}
