package dev.crochet.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crochet.roundtrip.RoundTripJson;
import dev.crochet.roundtrip.RoundTripMode;
import dev.crochet.roundtrip.RoundTripReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code crochet:roundtrip}: every migration up and down on a throwaway embedded Neo4j
 * (never the configured one); fails the build naming each revision whose downgrade leaves
 * a trace or loses data. The report is written to {@code target/crochet/roundtrip.json}
 * either way.
 */
@Mojo(name = "roundtrip", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
		threadSafe = true)
public final class RoundtripMojo extends AbstractCrochetMojo {

	static final String REPORT = "roundtrip.json";

	/**
	 * {@code STEPWISE} (up, down, up per revision) or {@code FULL} (up all, down all, up
	 * all).
	 */
	@Parameter(property = "crochet.mode", defaultValue = "STEPWISE")
	String mode;

	/** Stop at this revision. */
	@Parameter(property = "crochet.target")
	String target;

	/**
	 * An empty Neo4j to use instead of the throwaway embedded one (credentials as for the
	 * other goals).
	 */
	@Parameter(property = "crochet.roundtripUri")
	String roundtripUri;

	@Override
	String goal() {
		return "roundtrip";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		RoundTripMode roundTripMode = mode();
		String emptyUri = roundtripUri == null || roundtripUri.isBlank() ? null : roundtripUri.strip();
		RoundTripReport report;
		try (Session session = throwaway(emptyUri)) {
			if (emptyUri != null && !session.crochet().fingerprint().isEmpty()) {
				throw new MojoExecutionException("crochet:roundtrip needs an empty database, and " + emptyUri
						+ " holds data or schema; nothing was changed");
			}
			report = session.crochet().roundTrip(roundTripMode, blankToNull(target), List.of());
		}
		Path file = write(report);
		String where = emptyUri == null ? "a throwaway embedded Neo4j" : emptyUri;
		if (!report.leavesNoTrace()) {
			throw new MojoFailureException("Round trip (" + roundTripMode.name().toLowerCase(Locale.ROOT) + ") on "
					+ where + " failed:" + System.lineSeparator() + report.describe() + System.lineSeparator()
					+ report.summary() + System.lineSeparator() + "Report: " + file);
		}
		getLog().info("Round trip (" + roundTripMode.name().toLowerCase(Locale.ROOT) + ") on " + where + ":");
		report.describe().lines().forEach(getLog()::info);
		getLog().info(report.summary());
		getLog().info("Report: " + file);
	}

	private RoundTripMode mode() throws MojoExecutionException {
		try {
			return RoundTripMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException("<mode> (crochet.mode) is '" + mode + "'; it must be STEPWISE or FULL",
					ex);
		}
	}

	private Path write(RoundTripReport report) throws MojoExecutionException {
		Path file = reportDirectory.toPath().resolve(REPORT);
		try {
			Files.createDirectories(file.getParent());
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(file.toFile(), RoundTripJson.of(report));
			return file;
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot write the round-trip report " + file + ": " + ex.getMessage(), ex);
		}
	}

}
