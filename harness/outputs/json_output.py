"""The gate's JSON output: a versioned document of registries, versions, findings, waivers and counts."""

from __future__ import annotations

import json

from harness import __version__
from harness.findings import STATUSES, Finding
from harness.gate import GateRun
from harness.outputs.text import reported
from harness.registry.problems import display_path

JSON_SCHEMA_VERSION = 1


def _finding_json(finding: Finding) -> dict:
    return {
        "fact_id": finding.fact_id, "kind": finding.kind, "check": finding.check, "severity": finding.severity,
        "status": finding.status, "path": finding.version, "line": finding.line, "column": finding.column,
        "expected": finding.expected, "observed": finding.observed, "message": finding.message, "sentence": finding.sentence,
        "speaker": finding.speaker, "waiver": finding.waiver, "tie": finding.tie,
    }


def render_json(run: GateRun, *, agreements: bool = False) -> str:
    findings = sorted(run.findings, key=lambda f: (f.version, f.line, f.column, f.fact_id)) if agreements else reported(run)
    statuses = run.statuses()
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": {"name": "wirefacts", "version": __version__},
        "exit_status": run.exit_status,
        "fail_on": run.fail_on,
        "registries": [{"path": display_path(r.registry.path), "story": r.registry.story, "schema_version": r.registry.schema_version,
                        "facts": len(r.registry.facts), "missing_facts": r.missing_facts()} for r in run.results],
        "versions": [{"path": v.name, "label": v.label, "outlet": v.outlet, "published": v.published.isoformat() if v.published else None,
                      "modified": v.modified.isoformat() if v.modified else None, "inferred": list(v.inferred), "from_page": list(v.from_page), "url": v.url} for v in run.versions],
        "unreadable": [{"path": v.name, "reason": v.reason} for v in run.unreadable],
        "findings": [_finding_json(f) for f in findings],
        "waivers": {
            "unused": [{"fact_id": w.fact, "versions": w.versions, "line": w.line} for w in run.unused_waivers],
            "expired": [{"fact_id": w.fact, "versions": w.versions, "line": w.line, "expires": w.expires.isoformat()} for w in run.expired_waivers],
        },
        "summary": {status: statuses[status] for status in STATUSES},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
