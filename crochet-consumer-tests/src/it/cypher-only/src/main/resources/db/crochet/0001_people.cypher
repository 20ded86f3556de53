// revision: 0001_people
// description: unique person names
// --- upgrade
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE;
// --- downgrade
DROP CONSTRAINT person_name IF EXISTS;
