package dev.crochet.engine;

import dev.crochet.cypher.Statement;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backing index a unique constraint's build leaves behind when a kill cuts it off:
 * named as the constraint, with no constraint of that name, it makes every later
 * {@code CREATE CONSTRAINT ... IF NOT EXISTS} of that name fail. Recovery drops it from a
 * step's journal entry; a step whose entry the graph ledger held back (and a kill lost)
 * drops it when its statement meets it, so that schema steps need no durable entry of
 * their own.
 */
final class OrphanIndex {

	/**
	 * {@code CREATE [kind] CONSTRAINT|INDEX <name> IF NOT EXISTS}: what a Crochet schema
	 * step names.
	 */
	private static final Pattern CREATES = Pattern
		.compile("^CREATE (?:[A-Z]+ )?(CONSTRAINT|INDEX) (`(?:[^`]|``)*`|[A-Za-z_][A-Za-z0-9_]*) IF NOT EXISTS");

	/** How Neo4j refuses a constraint over an index of its name. */
	private static final String REFUSAL = "already exists an index called";

	private OrphanIndex() {
	}

	/** Whether {@code statement} creates a named constraint. */
	static boolean createsConstraint(Statement statement) {
		Matcher creates = CREATES.matcher(statement.cypher());
		return creates.find() && creates.group(1).equals("CONSTRAINT");
	}

	/**
	 * Whether {@code failure} is Neo4j refusing a constraint over an index of its name.
	 */
	static boolean blocked(RuntimeException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(REFUSAL)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Drops the index named as {@code statement}'s constraint when no constraint of that
	 * name exists.
	 * @return the name of the index dropped, if one was
	 */
	static Optional<String> drop(Graph graph, Statement statement) {
		Matcher creates = CREATES.matcher(statement.cypher());
		if (!creates.find() || !creates.group(1).equals("CONSTRAINT")) {
			return Optional.empty();
		}
		String quoted = creates.group(2);
		String name = quoted.startsWith("`") ? quoted.substring(1, quoted.length() - 1).replace("``", "`") : quoted;
		boolean constraint = !graph
			.query("SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name", Map.of("name", name),
					r -> r.get("name").asString())
			.isEmpty();
		boolean index = !graph
			.query("SHOW INDEXES YIELD name WHERE name = $name RETURN name", Map.of("name", name),
					r -> r.get("name").asString())
			.isEmpty();
		if (constraint || !index) {
			return Optional.empty();
		}
		graph.execute(Statement.schema("DROP INDEX " + quoted + " IF EXISTS"), rows -> {
		});
		return Optional.of(name);
	}

}
