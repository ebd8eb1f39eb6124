"""GitHub Actions workflow commands: annotations on the article lines."""

from __future__ import annotations

from harness.gate import GateRun
from harness.outputs.text import reported, summary_line


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: GateRun) -> str:
    """Workflow commands that GitHub Actions shows as annotations on the article lines."""
    lines = []
    for finding in reported(run):
        command = {"error": "error", "warning": "warning"}.get(finding.severity, "notice") if finding.is_discrepancy else "notice"
        title = _escape_property(f"{finding.fact_id} ({finding.status})")
        message = finding.message + (f" [waived: {finding.waiver}]" if finding.waiver else "")
        lines.append(f"::{command} file={_escape_property(finding.version)},line={finding.line},col={finding.column},title={title}::{_escape_data(message)}")
    for version in run.unreadable:
        lines.append(f"::error file={_escape_property(version.name)},title=unreadable::{_escape_data(version.reason)}")
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"
