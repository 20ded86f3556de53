/**
 * The JUnit Jupiter verification kit: {@link dev.crochet.junit.CrochetMigrated} gives a
 * test class a Neo4j database migrated by Crochet, after proving the migrations
 * round-trip and the models do not drift.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations", modelPackages = "com.example.model")
 * class MigrationsIT {
 *     &#64;Test
 *     void dataMigration(Migrator migrator, Session session) { ... }
 * }
 * </pre>
 */
package dev.crochet.junit;
