#!/usr/bin/env bash
# Lints the contracts with Spectral (pinned in tools/spec-lint) against .spectral.yaml.
# Usage: scripts/lint-specs.sh [SPEC...]   (default: every openapi/*/v*.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
lint=tools/spec-lint
if [ ! -x "$lint/node_modules/.bin/spectral" ]; then
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
if [ "$#" -eq 0 ]; then set -- openapi/*/v*.yaml; fi
"$lint/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity warn "$@"
