// A project of .cypher files only runs its round trip and its tests.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'CypherMigrationsIT did not run its 2 tests'
checks.oneJUnit(checks.testClassPath(basedir, 'com.example.graph.CypherMigrationsIT'), '5.14.1')
true
