package dev.crochet.migration;

/** Where a migration's behaviour comes from. */
public enum MigrationKind {

	JAVA, CYPHER

}
