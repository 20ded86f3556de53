// revision: 0002_index_born
// parent: 0001_people
// description: an index on birth years
// --- upgrade
CREATE INDEX person_born IF NOT EXISTS FOR (p:Person) ON (p.born);
// --- downgrade
DROP INDEX person_born IF EXISTS;
