#!/usr/bin/env bash
# Schemathesis (PyPI) against openapi.yaml and a running carelog serve: generated requests for every operation;
# fails on any 5xx, a status the contract does not list, or a body that does not match its schema.
# Usage: scripts/schemathesis.sh [MAX_SECONDS=60]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/serve-lib.sh
venv=$(serve_venv schemathesis)
serve_start
token=$(serve_pair "schemathesis")
"$venv/bin/schemathesis" run openapi.yaml --url "$SERVE_URL" \
  --header "Authorization: Bearer $token" --header "Host: 127.0.0.1:$SERVE_PORT" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --max-time "${1:-60}" --workers 1 --suppress-health-check all
echo "schemathesis: no server errors and every response as the contract says"
