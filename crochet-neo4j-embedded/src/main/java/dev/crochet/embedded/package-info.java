/**
 * An in-process Neo4j Community server with Bolt on loopback, for tests and the CLI's
 * default store. This module is the only place the Neo4j server jars live; crochet-core
 * never depends on it at run time.
 */
package dev.crochet.embedded;
