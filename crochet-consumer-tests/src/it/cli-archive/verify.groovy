// The unpacked archive runs from another folder with nothing but Java: bin/crochet --version.
def homes = new File(basedir, 'target/crochet').listFiles().findAll { it.name.startsWith('crochet-') }
assert homes.size() == 1 : "one crochet-<version> folder expected: $homes"
def crochet = new File(homes[0], 'bin/crochet')
assert crochet.canExecute() : 'bin/crochet lost its execute bit'
def process = [crochet.path, '--version'].execute(null, new File(basedir, 'target'))
def out = new StringBuilder()
process.consumeProcessOutput(out, out)
assert process.waitFor() == 0 : out
assert out.toString().contains(homes[0].name - 'crochet-') : "--version does not name ${homes[0].name}: $out"
true
