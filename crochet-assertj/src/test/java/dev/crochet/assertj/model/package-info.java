/**
 * Test models: a small movie graph read by {@code ModelReader} (Neo4j-OGM classes with
 * kgids).
 */
package dev.crochet.assertj.model;
