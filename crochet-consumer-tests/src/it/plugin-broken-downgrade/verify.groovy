// A downgrade that forgets an index fails the build; the message names the revision, the trace and the kind.
def log = new File(basedir, 'build.log').text
assert log.contains('Round trip (stepwise) on a throwaway embedded Neo4j failed:')
assert log.contains('0001_create_people: downgrade does not restore the graph') : 'the revision is not named'
assert log =~ /left behind: range index on :Person\(born\) named crochet_idx_Person_born_[0-9a-f]+/ : 'the trace is not named'
assert log.contains('Round trip failed: 0001_create_people (downgrade trace).') : 'the summary does not name the kind'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/crochet/roundtrip.json'))
assert json.leavesNoTrace == false
assert json.verdicts.find { it.revision == '0001_create_people' }.failure != null
assert log.contains('BUILD FAILURE')
true
