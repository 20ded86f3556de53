/**
 * Migration operations as immutable values and their rendering to Cypher: identifier
 * escaping ({@link dev.crochet.cypher.CypherNames}), deterministic constraint and index
 * names ({@link dev.crochet.cypher.SchemaNames}), one record per
 * {@link dev.crochet.MigrationContext} operation, and the
 * {@link dev.crochet.cypher.OperationRecorder} that turns a migration's calls into those
 * records. Pure: nothing here talks to Neo4j.
 */
package dev.crochet.cypher;
