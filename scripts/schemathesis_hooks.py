"""Schemathesis hooks for scripts/schemathesis.sh: applies the reviewed exclusions in
scripts/schemathesis-exclusions.yaml, and nothing else.

A failure is dropped only when it matches an entry exactly: the operation, the failure
code (ST202 …), the response status, and what the entry says of the response body and,
if it says so, of the request. Every other failure fails the run. Each dropped failure
is logged (one line per entry id) to $SCHEMATHESIS_EXCLUSIONS_LOG, so the script can
say how often each entry applied and name those that matched nothing.

Run as a program (`python scripts/schemathesis_hooks.py CONFIG`) it prints CONFIG with
the file's phase exclusions appended as schemathesis `[[operations]]` tables.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import sys
from urllib.parse import urlencode
from pathlib import Path
from typing import Any

import yaml

EXCLUSIONS = Path(__file__).with_name("schemathesis-exclusions.yaml")


def _load() -> dict[str, Any]:
    data = yaml.safe_load(EXCLUSIONS.read_text(encoding="utf-8")) or {}
    for section in ("failures", "phases"):
        for entry in data.get(section) or []:
            missing = [k for k in ("id", "operations", "reason") if not entry.get(k)]
            if missing:
                raise SystemExit(f"{EXCLUSIONS}: an entry lacks {', '.join(missing)}: {entry}")
    return data


def _body(response: Any) -> Any:
    try:
        return json.loads(response.content or b"null")
    except ValueError:
        return None


def _request_keys(case: Any) -> list[str]:
    body = getattr(case, "body", None)
    return [str(k) for k in body] if isinstance(body, dict) else []


def _request_url(case: Any) -> str:
    """The request's path with its parameters filled in, and its query string."""
    path = getattr(case, "formatted_path", None) or getattr(case, "path", "")
    query = getattr(case, "query", None) or {}
    return f"{path}?{urlencode(query, doseq=True)}" if query else str(path)


def _matches(entry: dict[str, Any], failure: Any, case: Any, response: Any) -> bool:
    # An operation is named exactly or by a shell-style pattern (`GET /rest/v1/*`).
    if not any(fnmatch.fnmatchcase(failure.operation, op) for op in entry["operations"]):
        return False
    statuses = entry["status"] if isinstance(entry["status"], list) else [entry["status"]]
    codes = entry["failure"] if isinstance(entry["failure"], list) else [entry["failure"]]
    if failure.code not in codes or response.status_code not in statuses:
        return False
    body = _body(response)
    if "body" in entry and body != entry["body"]:
        return False
    if "body-pattern" in entry:
        if not re.search(entry["body-pattern"], json.dumps(body, ensure_ascii=False)):
            return False
    if "message-pattern" in entry:
        if not re.search(entry["message-pattern"], getattr(failure, "message", "") or ""):
            return False
    if "request-url-pattern" in entry:
        if not re.search(entry["request-url-pattern"], _request_url(case)):
            return False
    if "request-key-pattern" in entry:
        pattern = re.compile(entry["request-key-pattern"])
        if not any(pattern.search(key) for key in _request_keys(case)):
            return False
    return True


def _register() -> None:
    import schemathesis

    entries = _load().get("failures") or []
    log = os.environ.get("SCHEMATHESIS_EXCLUSIONS_LOG")

    @schemathesis.hook
    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        for entry in entries:
            if _matches(entry, failure, case, response):
                if log:
                    with open(log, "a", encoding="utf-8") as out:
                        out.write(entry["id"] + "\n")
                return False
        return True


def _config(base: str) -> str:
    """The base config with each phase exclusion as an `[[operations]]` table."""
    out = [Path(base).read_text(encoding="utf-8").rstrip("\n"), ""]
    for entry in _load().get("phases") or []:
        for operation in entry["operations"]:
            out.append(f"# {entry['id']}: see scripts/schemathesis-exclusions.yaml")
            out.append("[[operations]]")
            out.append(f"include-name = {json.dumps(operation)}")
            out.append(f"phases.{entry['phase']}.enabled = false")
            out.append("")
    return "\n".join(out)


def report(log: str) -> str:
    """How often each failure exclusion applied in this run; entries that matched
    nothing are named as candidates for removal."""
    seen: dict[str, int] = {}
    if Path(log).exists():
        for line in Path(log).read_text(encoding="utf-8").split():
            seen[line] = seen.get(line, 0) + 1
    # Entries are named for their product (`kadi4mat-…`); a run of some products says
    # nothing about the others' entries.
    only = os.environ.get("SCHEMATHESIS_ONLY", "").split()
    lines = []
    for entry in _load().get("failures") or []:
        if only and entry["id"].split("-")[0] not in only:
            continue
        n = seen.get(entry["id"], 0)
        note = "" if n else "  <- matched nothing: remove it if the server no longer needs it"
        lines.append(f"  {entry['id']}: {n} failure(s) dropped{note}")
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        print(report(sys.argv[2]))
    elif len(sys.argv) == 2:
        print(_config(sys.argv[1]))
    else:
        raise SystemExit("usage: schemathesis_hooks.py CONFIG | --report LOG")
else:
    _register()
