#!/usr/bin/env bash
# Rewrites Fixtures/citations/index.tsv from the source documents in ../shared/sources: every section the catalogs
# cite, the line of the document that holds it, and a hash of that line. The tests check the catalogs against this
# index on every clone, and the index against the texts where they are present. Read the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/sources ] || { echo "../shared/sources is not beside this clone; nothing to index from." >&2; exit 1; }
CARELOG_WRITE_CITATION_INDEX=1 swift test --filter CitationIndexTests.indexMatchesTheSourceTexts
git --no-pager diff --stat -- Fixtures/citations/index.tsv
