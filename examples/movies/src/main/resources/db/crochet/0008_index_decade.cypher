// revision: 0008_index_decade
// parent: 0007_add_reviews
// schema-hash: 18a7dd5550d46340e0c8c9085c7badaeeb1fb46d45c5f511ff7b4f3d27fa8e5a
// rollback-safe: true
// description: index movies by decade (a Cypher-file migration)
// --- upgrade
CREATE INDEX movie_decade IF NOT EXISTS FOR (m:Movie) ON (m.decade);
// --- downgrade
DROP INDEX movie_decade IF EXISTS;
