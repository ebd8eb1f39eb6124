"""The HTML discrepancy report: one self-contained file, a view of the same findings the terminal shows."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from harness.checks.quotes import quote_segments, word_diff
from harness.findings import Finding
from harness.registry import Registry

CELL_SYMBOLS = {"contradicts": ("✗", "contradicts"), "unclear": ("?", "unclear"), "agrees": ("✓", "agrees"),
                "absent": ("–", "not mentioned"), "unreadable": ("!", "could not be read")}


@dataclass(slots=True)
class RegistryRun:
    """One registry's versions (as the plugin gathered them) and its findings by fact id."""

    registry: Registry
    versions: dict
    findings: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def version_names(self) -> list[str]:
        return [v["name"] for v in self.versions["versions"]] + [v["name"] for v in self.versions["unreadable"]]

    def cell(self, fact_id: str, version: str) -> str:
        if any(v["name"] == version for v in self.versions["unreadable"]):
            return "unreadable"
        statuses = {f.status for f in self.findings.get(fact_id, []) if f.version == version}
        return next((status for status in ("contradicts", "unclear", "agrees") if status in statuses), "absent")

    def discrepancies(self) -> list[Finding]:
        return [f for fs in self.findings.values() for f in fs if f.is_discrepancy]

    def missing(self) -> list[str]:
        return [fact.id for fact in self.registry.facts if fact.id in self.findings and not self.findings[fact.id]]

    def sections(self) -> list[dict]:
        """One section per discrepant fact: every version's sentences, discrepant versions first."""
        sections = []
        for fact in self.registry.facts:
            findings = self.findings.get(fact.id, [])
            if not any(f.is_discrepancy for f in findings):
                continue
            ordered = sorted(findings, key=lambda f: (not f.is_discrepancy, self.version_names.index(f.version) if f.version in self.version_names else 0, f.line))
            rows = [{"finding": f, "parts": _split(f), "diff": _diff(fact, f)} for f in ordered]
            sections.append({"fact": fact, "line": self.registry.lines[fact.id], "rows": rows})
        return sections


def _split(finding: Finding) -> tuple[str, str, str]:
    start, end = finding.highlight
    return finding.sentence[:start], finding.sentence[start:end], finding.sentence[end:]


def _diff(fact, finding: Finding):
    if fact.kind != "quote" or finding.check != "wording" and "differ" not in finding.message:
        return None
    observed = finding.sentence[finding.highlight[0]:finding.highlight[1]]
    canonical = tuple(key for segment in quote_segments(fact.quote) for key in segment)
    return word_diff(canonical, tuple(key for segment in quote_segments(observed) for key in segment))


def render_html(runs: list[RegistryRun], *, options: dict, generated: dt.datetime) -> str:
    environment = Environment(loader=PackageLoader("harness"), autoescape=select_autoescape(default=True, default_for_string=True))
    template = environment.get_template("report.html.j2")
    findings = [f for run in runs for f in run.discrepancies()]
    summary = {
        "facts": sum(len(run.registry.facts) for run in runs),
        "versions": sum(len(run.versions["versions"]) for run in runs),
        "unreadable": sum(len(run.versions["unreadable"]) for run in runs),
        "discrepancies": len(findings),
        "by_kind": sorted(Counter(f.kind for f in findings).items()),
        "by_severity": sorted(Counter(f.severity for f in findings).items()),
        "missing": sum(len(run.missing()) for run in runs),
    }
    return template.render(runs=runs, summary=summary, options=options, generated=generated.isoformat(timespec="seconds"), symbols=CELL_SYMBOLS)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_html(path: Path, runs: list[RegistryRun], *, options: dict) -> Path:
    """Write the report atomically (a temporary file renamed into place) and return its path."""
    html = render_html(runs, options=options, generated=dt.datetime.now(dt.timezone.utc))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(html)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
