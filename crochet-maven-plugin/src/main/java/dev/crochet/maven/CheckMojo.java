package dev.crochet.maven;

import dev.crochet.ConnectionException;
import dev.crochet.Drift;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code crochet:check}: fails the build on drift. Offline, the models against the head
 * migration's schema (no database needed); with a URI configured, also the live
 * constraints and indexes against the models. Bound to {@code verify}, so it runs before
 * anything is deployed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public final class CheckMojo extends AbstractCrochetMojo {

	/**
	 * What to run to write the migration the models are missing; part of the failure
	 * message.
	 */
	static final String CREATE_MIGRATION = "mvn compile crochet:create-migration -Ddescription=\"<what changed>\"";

	/** The goal that applies pending migrations, as drift reports name it. */
	static final String UPGRADE = "mvn compile crochet:upgrade";

	/** Only models against migrations, even when a URI is configured. */
	@Parameter(property = "crochet.offline", defaultValue = "false")
	boolean offline;

	@Override
	String goal() {
		return "check";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		if (list(modelPackages).isEmpty()) {
			throw new MojoExecutionException("crochet:check has no models to check: set <modelPackages> (or"
					+ " -Dcrochet.modelPackages) to the packages of your @NodeEntity and @RelationshipEntity classes");
		}
		boolean live = !offline && configuredUri() != null;
		Drift drift;
		try (Session session = live ? online() : offline()) {
			drift = live ? liveDrift(session) : session.crochet().modelDrift();
		}
		if (!drift.hasDrift()) {
			getLog().info(drift.modelsChecked()
					? "No drift: the models match the head migration" + (live ? " and the live schema." : ".")
					: (live ? "No drift: the live schema matches the models." : "No drift found.") + " Note: "
							+ Drift.MODELS_NOT_CHECKED);
			drift.ignoredInGraph().forEach(i -> getLog().info(i.describe()));
			if (!live) {
				getLog()
					.info("Live schema not checked (" + (offline ? "crochet.offline" : "no <uri> configured") + ").");
			}
			return;
		}
		throw new MojoFailureException("Drift: " + drift.describe(CREATE_MIGRATION, UPGRADE));
	}

	private Drift liveDrift(Session session) throws MojoExecutionException {
		try {
			return session.crochet().drift();
		}
		catch (ConnectionException ex) {
			throw new MojoExecutionException("crochet:check cannot reach " + configuredUri() + ": " + ex.getMessage()
					+ " (-Dcrochet.offline checks models against migrations only)", ex);
		}
	}

}
