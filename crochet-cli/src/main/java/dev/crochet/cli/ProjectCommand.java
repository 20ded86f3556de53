package dev.crochet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crochet.ProgressListener;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: the root's global options, output streams and JSON
 * writing.
 */
abstract class ProjectCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	PrintWriter out() {
		return spec.commandLine().getOut();
	}

	PrintWriter err() {
		return spec.commandLine().getErr();
	}

	/**
	 * The root command, however deep this one is nested ({@code crochet ledger import} is
	 * two levels down): it holds the global options.
	 */
	CrochetCli root() {
		for (CommandLine.Model.CommandSpec parent = spec.parent(); parent != null; parent = parent.parent()) {
			if (parent.userObject() instanceof CrochetCli cli) {
				return cli;
			}
		}
		throw new IllegalStateException(spec.qualifiedName() + " is not a subcommand of crochet");
	}

	Project project() {
		return root().project();
	}

	/**
	 * The project, for a command that reads its migrations: a missing migrations folder
	 * is an error (exit 2).
	 */
	Project projectWithMigrations() {
		return root().project().requireMigrationFolders();
	}

	void printJson(Object value) {
		try {
			out().println(JSON.writeValueAsString(value));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write JSON: " + ex.getMessage(), ex);
		}
		out().flush();
	}

	/** A progress bar on a terminal, nothing otherwise (pipes, CI logs, tests). */
	ProgressListener progress(String task) {
		return System.console() == null ? ProgressListener.NONE : new ProgressBarListener(task);
	}

}
