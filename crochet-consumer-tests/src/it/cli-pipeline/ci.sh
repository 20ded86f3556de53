#!/bin/sh
# The shell CI job of docs/ci-recipes.md, as a user would paste it. verify.groovy runs it with
# REPOSITORY (this build's local repository, as a file: URL) and CROCHET_VERSION set.
set -eu
# tag::download[]
curl -fsSL -o crochet.tar.gz \
  "$REPOSITORY/dev/crochet/crochet-cli/$CROCHET_VERSION/crochet-cli-$CROCHET_VERSION.tar.gz"
mkdir -p .crochet-cli && tar xzf crochet.tar.gz -C .crochet-cli
export PATH="$PWD/.crochet-cli/crochet-$CROCHET_VERSION/bin:$PATH"
# end::download[]
# tag::pipeline[]
crochet check --offline       # exit 1: the models changed without a migration
crochet roundtrip --stepwise  # exit 1: a downgrade leaves a trace (throwaway embedded Neo4j)
crochet upgrade --dry-run     # the Cypher it would run; changes nothing
crochet upgrade
crochet verify --json > build/crochet-verify.json  # exit 1: ledger and graph disagree
# end::pipeline[]
