/**
 * Operations written back as the Java that declares them:
 * {@link dev.crochet.javasource.OperationSource} renders an
 * {@link dev.crochet.cypher.Operation} as its {@link dev.crochet.MigrationContext} call,
 * and {@link dev.crochet.javasource.JavaSource} writes the literals. Two packages read
 * it: {@code scaffold}, which writes generated migrations, and {@code migration}, whose
 * checksum of a Java migration hashes these calls. It sits below both because
 * {@code scaffold} already reads {@code migration} (a new migration is chained onto the
 * existing ones), so the renderer cannot live in {@code scaffold} without a package
 * cycle. The text is part of every applied Java migration's checksum: it must not change.
 */
package dev.crochet.javasource;
