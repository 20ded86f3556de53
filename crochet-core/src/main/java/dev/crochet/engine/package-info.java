/**
 * Internal: the engine's parts (the engine, graph access, the round-trip runner, the
 * verifier, the checks and recovery) are not API. They are public only so that the facade
 * {@link dev.crochet.Crochet}, in the root package, can build them. The other modules
 * (crochet-junit, crochet-assertj, crochet-cli, crochet-maven-plugin) reach them through
 * the facade's verbs; an ArchUnit test in each forbids them to import this package. Its
 * classes may change in any release.
 */
package dev.crochet.engine;
