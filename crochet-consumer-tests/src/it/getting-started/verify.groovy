// docs/getting-started.md, exactly: its pom builds on Maven 3.8 and 3.9 as shown, its integration tests
// run under failsafe (not zero of them) on one JUnit engine, and failsafe runs them against the packaged
// jar, so V0002LoadPeople reads data/people.csv from inside the jar.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'PeopleMigrationsIT did not run its 4 tests'
def classPath = checks.testClassPath(basedir, 'com.example.graph.PeopleMigrationsIT')
checks.oneJUnit(classPath, '5.14.1')
assert classPath.any { it.endsWith('/target/getting-started-1.0.jar') } : "the packaged jar on the class path expected: $classPath"
assert !classPath.any { it.endsWith('/target/classes') } : "failsafe used the jar, not target/classes: $classPath"
assert log.contains('[crochet]   crochet.revision.0002_load_people: ok')
true
