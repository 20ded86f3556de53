// revision: 0005_add_movie_index
// parent: 0004_nested
// schema-hash: 9f2c
// rollback-safe: true
// description: add movie index
// --- upgrade
CREATE INDEX movie_title IF NOT EXISTS FOR (m:Movie) ON (m.title);
// --- downgrade
DROP INDEX movie_title IF EXISTS;
