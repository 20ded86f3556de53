// The project of docs/getting-started.md: its integration tests run under failsafe (not zero of them),
// on exactly one JUnit engine, the user's 6.0.3.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'PeopleMigrationsIT did not run its 4 tests'
checks.oneJUnit(checks.testClassPath(basedir, 'com.example.graph.PeopleMigrationsIT'), '6.0.3')
true
