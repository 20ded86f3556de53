// The shell recipe of docs/ci-recipes.md, run as a CI job would run it: ci.sh downloads the CLI archive from
// a Maven repository (this build's local one, through a file: URL), then checks, round-trips, upgrades the
// embedded store and verifies, against the classes the "Gradle" build (Maven here) put in build/classes/java/main.
import javax.tools.ToolProvider

def version = (new File(basedir, 'pom.xml').text =~ /<crochet.version>([^<]+)</)[0][1]

def run = { List<String> command, Map<String, String> env ->
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    builder.environment().putAll(env)
    builder.environment().remove('CROCHET_NEO4J_URI')
    def process = builder.start()
    def out = process.inputStream.text
    [process.waitFor(), out]
}

if (['sh', '-c', 'command -v curl'].execute().waitFor() != 0) {
    println 'SKIPPED cli-pipeline: no curl on this machine, which the recipe downloads the archive with'
    return true
}
def (code, out) = run(['sh', 'ci.sh'], [REPOSITORY: 'file://' + localRepositoryPath.absolutePath, CROCHET_VERSION: version])
assert code == 0 : "ci.sh failed with exit $code:\n$out"
assert out.contains('No drift: the models match the head migration.') : out
assert out.contains('Every downgrade leaves no trace.') : out
assert out.contains('Dry run: nothing was executed or recorded.') : out
assert out.contains('UNWIND $rows AS row CREATE (n:`Person`)') : 'the dry run does not list the ingest:\n' + out
assert out.contains('Applied 2 revisions; head is 0002_load_people') : out
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'build/crochet-verify.json'))
assert report.ok == true && report.checks.every { it.passed } : report

// A model changed without a migration: the job's first line fails it, naming the change.
def home = new File(basedir, ".crochet-cli/crochet-$version")
def person = new File(basedir, 'src/main/java/com/example/graph/model/Person.java')
person.text = person.text.replace('    Integer born;', '    Integer born;\n\n    @Index\n    String email;')
def classpath = new File(home, 'lib').listFiles().findAll { it.name.endsWith('.jar') }*.path.join(File.pathSeparator)
assert ToolProvider.systemJavaCompiler.run(null, null, null, '-d', new File(basedir, 'build/classes/java/main').path, '-cp', classpath,
        '--release', '17', person.path) == 0
def (drift, driftOut) = run([new File(home, 'bin/crochet').path, 'check', '--offline'], [:])
assert drift == 1 : "check --offline exited $drift:\n$driftOut"
assert driftOut.contains('property Person.email added (STRING, indexed)') : driftOut
new File(basedir, 'crochet.tar.gz').delete()
true
