// crochet-bom aligns Crochet's artifacts and leaves the user's own choices alone: the JUnit this
// project declares (an older 5.13.4) is the JUnit it gets.
def dependencies = new File(basedir, 'target/dependencies.txt').text
assert dependencies =~ /dev\.crochet:crochet-core:jar:[^:]+:compile/ : 'crochet-core not managed by the BOM'
assert dependencies =~ /dev\.crochet:crochet-junit:jar:[^:]+:test/ : 'crochet-junit not managed by the BOM'
assert dependencies.contains('org.junit.jupiter:junit-jupiter-api:jar:5.13.4:test') : "the user's JUnit was overridden:\n$dependencies"
assert !dependencies.contains('junit-vintage') && !dependencies.contains('junit:junit:') : "JUnit 4 or Vintage leaked in:\n$dependencies"
true
