// crochet:check ran offline (no <uri>) and found models and head migration in step; crochet:roundtrip then
// ran STEPWISE on a throwaway embedded Neo4j, passed, and left its report in target/crochet.
def log = new File(basedir, 'build.log').text
// OGM's INFO lines (its class scanning phases) are kept out of the goals' output; its warnings stay.
assert !log.contains('Starting Post-processing phase') : "OGM's INFO lines are in the build log"
assert log.contains(':check (crochet) @ plugin-clean-build') : 'crochet:check did not run in verify'
assert log.contains('No drift: the models match the head migration.')
assert log.contains('Live schema not checked (no <uri> configured).')
assert log.contains('Round trip (stepwise) on a throwaway embedded Neo4j:')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/crochet/roundtrip.json'))
assert json.mode == 'STEPWISE'
assert json.leavesNoTrace == true
assert json.verdicts*.revision == ['0001_create_people', '0002_load_people']
assert log.contains('BUILD SUCCESS')
true
