// A downgrade that forgets an index fails the build, and the log says which revision and which index.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('0001_create_people: downgrade does not restore the graph') : 'the revision is not named'
assert log.contains('Round trip failed: 0001_create_people (downgrade trace).') : 'the summary does not name the kind'
assert log =~ /left behind: range index on :Person\(born\) named crochet_idx_Person_born_[0-9a-f]+/ : 'the index is not named'
assert log.contains('Tests run: 1, Failures: 1, Errors: 0, Skipped: 0') : 'failsafe did not report the class as one failure'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/crochet/roundtrip-PeopleMigrationsIT.json'))
assert json.passed == false
assert json.revisions.find { it.id == '0001_create_people' }.verdict == 'left behind'
assert json.revisions.find { it.id == '0002_load_people' }.verdict == 'ok' : 'the revision after the broken one is still judged'
assert log.contains('BUILD FAILURE')
true
