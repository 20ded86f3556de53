package dev.crochet.scaffold;

import dev.crochet.CrochetException;

import java.nio.file.Path;

/**
 * A migration could not be generated, and nothing was written. The reason, revision and
 * path are values so that each caller (the CLI, the Maven plugin) can say what to do in
 * its own terms.
 */
public final class ScaffoldException extends CrochetException {

	private static final long serialVersionUID = 1L;

	/** Why nothing was written. */
	public enum Reason {

		/**
		 * The head migration declares no schema hash: there is nothing to diff the models
		 * against.
		 */
		HEAD_WITHOUT_SCHEMA_HASH,
		/**
		 * Neither the ledger nor a snapshot file holds the head migration's schema
		 * ({@link #path()} is the file looked for).
		 */
		HEAD_SNAPSHOT_MISSING,
		/** The migration file to write exists already ({@link #path()}). */
		FILE_EXISTS,
		/** There is no migration, so no head whose schema could be recorded. */
		NO_MIGRATIONS,
		/**
		 * The head declares a schema hash the models do not have: they cannot be recorded
		 * as its schema.
		 */
		MODELS_ARE_NOT_HEAD,
		/**
		 * The head's schema is recorded already ({@link #path()}: the file that holds
		 * it).
		 */
		ALREADY_RECORDED,
		/**
		 * The schema was to be read from a database that is not at the head migration.
		 */
		DATABASE_NOT_AT_HEAD

	}

	private final Reason reason;

	private final String revision;

	private final transient Path path;

	public ScaffoldException(Reason reason, String revision, Path path, String message) {
		super(message);
		this.reason = reason;
		this.revision = revision;
		this.path = path;
	}

	public Reason reason() {
		return reason;
	}

	/**
	 * The revision concerned: the head migration, or the one that would have been
	 * written.
	 */
	public String revision() {
		return revision;
	}

	public Path path() {
		return path;
	}

}
