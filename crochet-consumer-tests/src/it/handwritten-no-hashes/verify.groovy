// The first run of a hand-written chain (no schema hashes) passes, on exactly one JUnit engine.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'PeopleMigrationsIT did not run its 3 tests'
// The extension printed what it checked, and what it did not, and wrote the JSON report.
assert log.contains('[crochet]   crochet.drift.models: models vs head migration: not checked (the head declares no schema hash)')
assert log.contains('[crochet]   crochet.verdict: passed')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/crochet/roundtrip-PeopleMigrationsIT.json'))
assert json.passed == true && json.mode == 'STEPWISE'
assert json.revisions*.id == ['0001_create_people', '0002_load_people'] && json.revisions*.verdict == ['ok', 'ok']
// 'crochet check --offline' ran in the verify phase and said that the models were not compared.
assert log.contains('No drift found.') : "crochet check did not run or found drift"
assert log.contains('Note: models vs head migration: not checked (the head declares no schema hash)') : 'crochet check does not say the models were not compared'
checks.oneJUnit(checks.testClassPath(basedir, 'com.example.graph.PeopleMigrationsIT'), '5.14.1')
true
