// create-migration wrote a Java migration into the migrations package and the snapshot under resources; check then passed.
def migration = new File(basedir, 'src/main/java/com/example/graph/migrations/V0001_create_people.java')
assert migration.isFile() : 'no migration in the migrations package'
assert migration.text.contains('package com.example.graph.migrations;')
assert migration.text.contains('addUniqueConstraint("Person", "name")')
def snapshots = new File(basedir, 'src/main/resources/crochet/snapshots').listFiles()
assert snapshots != null && snapshots.length == 1 && snapshots[0].name ==~ /[0-9a-f]{64}\.json/
def log = new File(basedir, 'build.log').text
// OGM's INFO lines (its class scanning phases) are kept out of the goals' output; its warnings stay.
assert !log.contains('Starting Post-processing phase') : "OGM's INFO lines are in the build log"
assert log.contains('Created src/main/java/com/example/graph/migrations/V0001_create_people.java (revision 0001_create_people, parent none')
assert log.contains('No drift: the models match the head migration.')
assert !log.contains('BUILD FAILURE')
true
