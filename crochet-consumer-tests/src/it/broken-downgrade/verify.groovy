// A downgrade that forgets an index fails the build, and the log says which revision and which index.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('0001_create_people: downgrade does not restore the graph') : 'the revision is not named'
assert log =~ /left behind: range index on :Person\(born\) named crochet_idx_Person_born_[0-9a-f]+/ : 'the index is not named'
assert log.contains('Tests run: 3, Failures: 0, Errors: 1') || log.contains('Tests run: 1, Failures: 1') || log =~ /Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+/ : 'failsafe did not report the class'
assert log.contains('BUILD FAILURE')
true
