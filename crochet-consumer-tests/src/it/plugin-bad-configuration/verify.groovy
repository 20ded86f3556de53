def log = new File(basedir, 'build.log').text
assert log.contains('Skipping crochet:check (crochet.skip)')
assert log.contains("<serverId> is 'no-such-server', and settings.xml has no <server> with that id; add one with <username>"
        + ' and <password>, or remove <serverId> to use CROCHET_NEO4J_USERNAME and CROCHET_NEO4J_PASSWORD')
assert log.contains('BUILD FAILURE')
true
