package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:ledger-import}: moves the history of the configured ledger file
 * ({@code -Dcrochet.ledger}) into the configured Neo4j, once, as
 * {@code crochet ledger import} does.
 */
@Mojo(name = "ledger-import", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class LedgerImportMojo extends AbstractCrochetMojo {

	@Override
	String goal() {
		return "ledger-import";
	}

	@Override
	void run() throws MojoExecutionException {
		try (Session session = online()) {
			session.crochet().importLedger(ledger.toPath()).describe().lines().forEach(getLog()::info);
		}
	}

}
