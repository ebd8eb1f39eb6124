"""The gate's text output: one `path:line:column: severity fact-id: message` line per finding, then a verdict."""

from __future__ import annotations

from collections import Counter

from harness.findings import Finding
from harness.gate import GateRun


def reported(run: GateRun, *, agreements: bool = False) -> list[Finding]:
    """The findings every output shows (discrepancies, waived, disputed and unclear ones; agreements on request), in file order."""
    return sorted((f for f in run.findings if agreements or f.status != "agrees"), key=lambda f: (f.version, f.line, f.column, f.fact_id))


def render_text(run: GateRun, *, explain: bool = False) -> str:
    """One line per finding; with `explain`, agreements too, each followed by what tied it to its fact."""
    lines = []
    for finding in reported(run, agreements=explain):
        label = finding.severity if finding.status == "contradicts" else finding.status
        suffix = f" [waived: {finding.waiver}]" if finding.waiver else ""
        lines.append(f"{finding.version}:{finding.line}:{finding.column}: {label} {finding.fact_id}: {finding.message}{suffix}")
        if explain:
            lines.append(f"    tied by: {finding.tie or 'the words themselves'}")
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
    count = Counter(f.status for f in run.findings)
    return (f"{verdict}: {len(discrepancies)} discrepancies ({by_severity}) in {len(versions)} of {len(run.versions)} versions; "
            f"{count['unattributed']} unattributed, {waived} waived, {count['disputed']} disputed, {count['unclear']} unclear, "
            f"{len(run.unreadable)} unreadable; failing at {run.fail_on} and above")
