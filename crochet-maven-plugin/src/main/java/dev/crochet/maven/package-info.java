/**
 * The Crochet Maven plugin: {@code crochet:check} (bound to {@code verify}),
 * {@code crochet:roundtrip}, {@code crochet:upgrade}, {@code crochet:downgrade},
 * {@code crochet:status}, {@code crochet:verify} and {@code crochet:create-migration}.
 * Every goal reads the models and migrations the build compiled ({@code target/classes}
 * and the project's runtime class path) and calls the verbs of
 * {@link dev.crochet.Crochet}; nothing here decides what a migration, a drift or a round
 * trip is.
 */
package dev.crochet.maven;
