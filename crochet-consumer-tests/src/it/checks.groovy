// Checks shared by the consumer projects' verify.groovy scripts:
//   def checks = new GroovyShell().parse(new File(basedir, '../../../src/it/checks.groovy'))

/** The build log of the consumer build. */
String log(File basedir) {
    new File(basedir, 'build.log').text
}

/** The test class path failsafe used for {@code testClass}, one entry per element. */
List<String> testClassPath(File basedir, String testClass) {
    def report = new File(basedir, "target/failsafe-reports/TEST-${testClass}.xml").text
    (report =~ /name="java.class.path" value="([^"]*)"/)[0][1].split(File.pathSeparator) as List
}

/** Exactly one JUnit platform and Jupiter engine, of {@code jupiterVersion}, and no JUnit 4 or Vintage. */
void oneJUnit(List<String> classPath, String jupiterVersion) {
    def junit = classPath.findAll { it.contains('/org/junit/') || it.contains('/junit/junit/') }
    assert junit.count { it.contains('/junit-jupiter-engine/') } == 1 : "one Jupiter engine expected: $junit"
    assert junit.count { it.contains('/junit-platform-engine/') } == 1 : "one JUnit platform expected: $junit"
    assert junit.every { !it.contains('vintage') && !it.contains('/junit/junit/') } : "no JUnit 4 or Vintage expected: $junit"
    assert junit.findAll { it.contains('/junit-jupiter') }.every { it.contains("/${jupiterVersion}/") } :
            "only the user's JUnit Jupiter ${jupiterVersion} expected: $junit"
}
