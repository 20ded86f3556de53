// Without Docker a TESTCONTAINERS class is skipped, never failed, and the reason is on the console and
// in the failsafe report.
def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))
def log = checks.log(basedir)
def reason = 'Docker is not available, so com.example.graph.PeopleMigrationsIT (@CrochetMigrated with backend TESTCONTAINERS'
assert log.contains(reason) : 'the console does not say why the class was skipped'
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: [1-9]/ : 'failsafe does not report the class as skipped'
def report = new File(basedir, 'target/failsafe-reports/TEST-com.example.graph.PeopleMigrationsIT.xml').text
assert report.contains('<skipped') && report.contains(reason) : 'the failsafe report does not say why the class was skipped'
true
