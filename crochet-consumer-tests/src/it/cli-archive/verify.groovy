// The archive, unpacked from a Maven repository both ways docs/ci-recipes.md shows (the command line
// into target/shell, the pom's execution into target/crochet), runs from another folder with nothing but Java.
def homes = ['target/shell', 'target/crochet'].collect { dir ->
    def found = new File(basedir, dir).listFiles()?.findAll { it.name.startsWith('crochet-') }
    assert found != null && found.size() == 1 : "one crochet-<version> folder expected in $dir: $found"
    found[0]
}
for (home in homes) {
    def version = home.name - 'crochet-'
    def crochet = new File(home, 'bin/crochet')
    assert crochet.canExecute() : "$crochet lost its execute bit"
    def process = [crochet.path, '--version'].execute(null, new File(basedir, 'target'))
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : out
    assert out.toString().contains(version) : "--version does not name $version: $out"
}
true
