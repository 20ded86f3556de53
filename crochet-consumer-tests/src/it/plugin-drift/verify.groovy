// A property index added to Person without a migration fails the build, naming the change and the goal that writes the migration.
def log = new File(basedir, 'build.log').text
assert log.contains('Drift: The models (schema hash ') : 'the failure does not say the models drifted'
assert log =~ /do not match the head migration \(schema hash 0e10b2a547c2f5774b1d2e0b3b878a26d05b13d575311a9881df797ed78391a5\)/
assert log.contains('  property Person.email added (STRING, indexed)') : 'the added property is not named'
assert log.contains("Run 'mvn compile crochet:create-migration -Ddescription=\"<what changed>\"' to write a migration for these changes.")
assert log.contains('BUILD FAILURE')
true
