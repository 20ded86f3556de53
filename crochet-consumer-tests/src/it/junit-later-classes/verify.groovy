// Four classes of one schema-only configuration, in a user's failsafe build: each checks that it starts from an
// empty graph at the head with a ledger of its own, although the class before it left data or an index behind.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Tests run: 8, Failures: 0, Errors: 0, Skipped: 0') : 'the four classes did not all run and pass'
true
