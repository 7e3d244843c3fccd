#!/usr/bin/env bash
# Validates every spec under openapi/ with openapi-spec-validator (PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${SCHEMATHESIS_VENV:-target/schemathesis-venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "openapi-spec-validator==0.7.1"
for spec in openapi/*/*.yaml; do
  "$VENV/bin/openapi-spec-validator" "$spec"
done
