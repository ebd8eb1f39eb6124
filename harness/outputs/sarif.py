"""SARIF 2.1.0 for code-scanning tools: one rule per fact, one result per reported finding."""

from __future__ import annotations

import json

from harness import __version__
from harness.gate import GateRun
from harness.outputs.text import reported
from harness.registry.problems import display_path

_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render_sarif(run: GateRun) -> str:
    """A SARIF 2.1.0 log: one rule per fact, one result per reported finding."""
    rules, seen = [], set()
    for results in run.results:
        for fact in results.registry.facts:
            if fact.id in seen:
                continue
            seen.add(fact.id)
            rules.append({
                "id": fact.id, "name": fact.kind,
                "shortDescription": {"text": fact.summary or fact.id},
                "defaultConfiguration": {"level": _SARIF_LEVELS[results.registry.severity(fact)]},
                "properties": {"registry": display_path(results.registry.path), "line": results.registry.lines.get(fact.id, 0)},
            })
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    sarif_results = []
    for finding in reported(run):
        informational = finding.status in ("unclear", "disputed")
        result = {
            "ruleId": finding.fact_id, "ruleIndex": index[finding.fact_id],
            "kind": "review" if informational else "fail",
            "level": "none" if informational else _SARIF_LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": finding.version},
                "region": {"startLine": finding.line, "startColumn": finding.column, "snippet": {"text": finding.sentence}},
            }}],
            "properties": {"expected": finding.expected, "observed": finding.observed, "check": finding.check, "status": finding.status},
        }
        if finding.waiver:
            result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": finding.waiver}]
        sarif_results.append(result)
    log = {
        "$schema": _SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "wirefacts", "version": __version__, "rules": rules}}, "results": sarif_results}],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
