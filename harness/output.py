"""The gate's machine and human outputs: text, JSON, GitHub Actions annotations and SARIF 2.1.0.

Each is a view of a `GateRun`; none decides the verdict.
"""

from __future__ import annotations

import json
from collections import Counter

from harness import __version__
from harness.findings import Finding
from harness.gate import GateRun
from harness.problems import display_path

JSON_SCHEMA_VERSION = 1
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def reported(run: GateRun) -> list[Finding]:
    """The findings every output shows: discrepancies, waived ones and unclear ones, in file order."""
    return sorted((f for f in run.findings if f.status != "agrees"), key=lambda f: (f.version, f.line, f.column, f.fact_id))


def render_text(run: GateRun) -> str:
    lines = []
    for finding in reported(run):
        label = finding.severity if finding.status == "contradicts" else finding.status
        suffix = f" [waived: {finding.waiver}]" if finding.waiver else ""
        lines.append(f"{finding.version}:{finding.line}:{finding.column}: {label} {finding.fact_id}: {finding.message}{suffix}")
    for version in run.unreadable:
        lines.append(f"{version.name}:1:1: error unreadable: {version.reason}")
    for waiver in run.expired_waivers:
        lines.append(f"waiver for {waiver.fact} ({waiver.versions}) expired on {waiver.expires}: renew it or fix the article")
    for waiver in run.unused_waivers:
        lines.append(f"waiver for {waiver.fact} ({waiver.versions}) matched nothing: remove it")
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"


def summary_line(run: GateRun) -> str:
    discrepancies = [f for f in run.findings if f.is_discrepancy]
    severities = Counter(f.severity for f in discrepancies)
    by_severity = ", ".join(f"{severities[s]} {s}" for s in ("error", "warning", "info") if severities[s]) or "none"
    versions = {f.version for f in discrepancies}
    waived = sum(1 for f in run.findings if f.status == "waived")
    verdict = "FAIL" if run.exit_status else "PASS"
    return (f"{verdict}: {len(discrepancies)} discrepancies ({by_severity}) in {len(versions)} of {len(run.versions)} versions; "
            f"{waived} waived, {sum(1 for f in run.findings if f.status == 'unclear')} unclear, {len(run.unreadable)} unreadable; "
            f"failing at {run.fail_on} and above")


def _finding_json(finding: Finding) -> dict:
    return {
        "fact_id": finding.fact_id, "kind": finding.kind, "check": finding.check, "severity": finding.severity,
        "status": finding.status, "path": finding.version, "line": finding.line, "column": finding.column,
        "expected": finding.expected, "observed": finding.observed, "message": finding.message, "sentence": finding.sentence,
        "speaker": finding.speaker, "waiver": finding.waiver,
    }


def render_json(run: GateRun, *, agreements: bool = False) -> str:
    findings = sorted(run.findings, key=lambda f: (f.version, f.line, f.column, f.fact_id)) if agreements else reported(run)
    document = {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": {"name": "wirefacts", "version": __version__},
        "exit_status": run.exit_status,
        "fail_on": run.fail_on,
        "registries": [{"path": display_path(r.registry.path), "story": r.registry.story, "schema_version": r.registry.schema_version,
                        "facts": len(r.registry.facts), "missing_facts": r.missing_facts()} for r in run.results],
        "versions": [{"path": v.name, "label": v.label, "outlet": v.outlet, "published": v.published.isoformat() if v.published else None,
                      "inferred": list(v.inferred)} for v in run.versions],
        "unreadable": [{"path": v.name, "reason": v.reason} for v in run.unreadable],
        "findings": [_finding_json(f) for f in findings],
        "waivers": {
            "unused": [{"fact_id": w.fact, "versions": w.versions, "line": w.line} for w in run.unused_waivers],
            "expired": [{"fact_id": w.fact, "versions": w.versions, "line": w.line, "expires": w.expires.isoformat()} for w in run.expired_waivers],
        },
        "summary": {status: sum(1 for f in run.findings if f.status == status) for status in ("contradicts", "waived", "unclear", "agrees")},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: GateRun) -> str:
    """Workflow commands that GitHub Actions shows as annotations on the article lines."""
    lines = []
    for finding in reported(run):
        command = {"error": "error", "warning": "warning"}.get(finding.severity, "notice") if finding.status == "contradicts" else "notice"
        title = _escape_property(f"{finding.fact_id} ({finding.status})")
        message = finding.message + (f" [waived: {finding.waiver}]" if finding.waiver else "")
        lines.append(f"::{command} file={_escape_property(finding.version)},line={finding.line},col={finding.column},title={title}::{_escape_data(message)}")
    for version in run.unreadable:
        lines.append(f"::error file={_escape_property(version.name)},title=unreadable::{_escape_data(version.reason)}")
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"


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
        unclear = finding.status == "unclear"
        result = {
            "ruleId": finding.fact_id, "ruleIndex": index[finding.fact_id],
            "kind": "review" if unclear else "fail",
            "level": "none" if unclear else _SARIF_LEVELS[finding.severity],
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
