/**
 * The {@code crochet} command line: {@link dev.crochet.cli.CrochetCli} and its
 * subcommands, the project layout ({@code crochet.toml}, {@code models/},
 * {@code migrations/}, {@code .crochet/}), the in-process compiler for {@code .java}
 * models and migrations, and the embedded default store.
 */
package dev.crochet.cli;
