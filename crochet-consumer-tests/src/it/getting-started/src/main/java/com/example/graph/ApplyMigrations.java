package com.example.graph;

import dev.crochet.Crochet;
import dev.crochet.MigrationResult;

/** Brings the Neo4j server at NEO4J_URI up to the head migration, as a deploy step. */
public final class ApplyMigrations {

    public static void main(String[] args) {
        try (Crochet crochet = Crochet.configure()
                .uri(System.getenv("NEO4J_URI"))
                .authentication(System.getenv("NEO4J_USERNAME"), System.getenv("NEO4J_PASSWORD"))
                .migrationPackages("com.example.graph.migrations")
                .modelPackages("com.example.graph.model")
                .load()) {
            MigrationResult result = crochet.upgrade();
            System.out.println("Applied " + result.revisions() + "; now at " + result.head().orElse("the base"));
        }
    }
}
