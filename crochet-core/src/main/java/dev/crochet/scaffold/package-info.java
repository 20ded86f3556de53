/**
 * Scaffolding: turns a schema diff into a migration's source.
 * {@link dev.crochet.scaffold.MigrationPlanner} maps each
 * {@link dev.crochet.diff.SchemaChange} to {@link dev.crochet.cypher.Operation}s and
 * their inverses (in reverse order), {@link dev.crochet.scaffold.MigrationSource} writes
 * the plan as a Java or {@code .cypher} migration,
 * {@link dev.crochet.scaffold.RevisionNames} names it. Pure (no driver, no SQLite, no
 * file system) but for {@link dev.crochet.scaffold.MigrationFiles}, the one
 * create-migration flow that the CLI and the Maven plugin share, which writes the
 * migration and snapshot files.
 */
package dev.crochet.scaffold;
