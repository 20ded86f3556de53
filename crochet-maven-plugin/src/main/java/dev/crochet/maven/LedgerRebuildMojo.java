package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:ledger-rebuild}: writes the configured ledger file again from the
 * configured Neo4j after it was lost, as {@code crochet ledger rebuild} does, and logs
 * what could not be recovered.
 */
@Mojo(name = "ledger-rebuild", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class LedgerRebuildMojo extends AbstractCrochetMojo {

	@Override
	String goal() {
		return "ledger-rebuild";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = online()) {
			session.crochet().rebuildLedger().describe().lines().forEach(getLog()::info);
		}
	}

}
