"""The HTML discrepancy report: one self-contained file, a view of the same findings the terminal shows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from harness.checks.quotes import word_diff
from harness.findings import Finding
from harness.outputs.files import write_atomically
from harness.registry.loader import Registry
from harness.registry.problems import display_path
from harness.text.wording import quote_words

CELLS = {"x": ("✗", "contradicts"), "t": ("⚠", "unattributed"), "w": ("≈", "waived"), "d": ("±", "disputed"), "u": ("?", "unclear"),
         "a": ("✓", "agrees"), "n": ("–", "not mentioned"), "r": ("!", "could not be read")}
_CELL_OF_STATUS = {"contradicts": "x", "unattributed": "t", "waived": "w", "disputed": "d", "unclear": "u", "agrees": "a"}
STATUSES = {status: CELLS[code] for status, code in _CELL_OF_STATUS.items()}  # worst first, as the matrix ranks them
_CELL_ORDER = "".join(_CELL_OF_STATUS.values()) + "n"
AGREEING_SHOWN = 3
COMPACT_CELLS = 20_000


@dataclass(slots=True)
class RegistryRun:
    """One registry's versions (as the plugin gathered them) and its findings by fact id."""

    registry: Registry
    versions: dict
    findings: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def version_names(self) -> list[str]:
        return [v["name"] for v in self.versions["versions"]] + [v["name"] for v in self.versions["unreadable"]]

    @property
    def compact(self) -> bool:
        """Past this many cells one element per cell makes a page too slow to open: each fact's row becomes one strip of symbols."""
        return len(self.registry.facts) * len(self.version_names) > COMPACT_CELLS

    @property
    def registry_path(self) -> str:
        return display_path(self.registry.path)

    def cells(self, fact_id: str) -> list[str]:
        """One cell code per version, in column order: x contradicts, t unattributed, w waived, d disputed, u unclear,
        a agrees, n not mentioned, r unreadable."""
        worst: dict[str, str] = {}
        for finding in self.findings.get(fact_id, []):
            code = _CELL_OF_STATUS[finding.status]
            if _CELL_ORDER.index(code) < _CELL_ORDER.index(worst.get(finding.version, "n")):
                worst[finding.version] = code
        readable = [worst.get(v["name"], "n") for v in self.versions["versions"]]
        return readable + ["r"] * len(self.versions["unreadable"])

    @classmethod
    def from_results(cls, results) -> RegistryRun:
        """The view of an engine run in this process (the pytest plugin builds one from gathered reports instead)."""
        return cls(results.registry, versions_summary(results),
                   {fact.id: results.findings(fact.id) for fact in results.registry.facts})

    def discrepancies(self) -> list[Finding]:
        return [f for fs in self.findings.values() for f in fs if f.is_discrepancy]

    def missing(self) -> list[str]:
        return [fact.id for fact in self.registry.facts if fact.id in self.findings and not self.findings[fact.id]]

    def sections(self) -> list[dict]:
        """One section per fact with a discrepancy, a waiver or a disputed value: every version's sentences,
        discrepant versions first."""
        sections = []
        order = {name: index for index, name in enumerate(self.version_names)}
        for fact in self.registry.facts:
            findings = self.findings.get(fact.id, [])
            if not any(f.is_discrepancy or f.status in ("waived", "disputed") for f in findings):
                continue
            ordered = sorted(findings, key=lambda f: (list(STATUSES).index(f.status), order.get(f.version, 0), f.line))
            shown = [f for f in ordered if f.status != "agrees"]
            agreeing = [f for f in ordered if f.status == "agrees"]
            shown += agreeing[:AGREEING_SHOWN]
            rows = [{"finding": f, "parts": _split(f), "diff": _diff(fact, f), "version_index": order.get(f.version, "")} for f in shown]
            sections.append({"fact": fact, "line": self.registry.lines[fact.id], "rows": rows,
                             "more_agreeing": max(0, len(agreeing) - AGREEING_SHOWN)})
        return sections


def versions_summary(results) -> dict:
    """The versions of a run as plain data: what the report header and matrix columns show."""
    return {
        "versions": [
            {"name": v.name, "label": v.label, "outlet": v.outlet, "published": v.published.isoformat() if v.published else None,
             "modified": v.modified.isoformat() if v.modified else None, "inferred": list(v.inferred), "from_page": list(v.from_page)}
            for v in results.versions
        ],
        "unreadable": [{"name": v.name, "reason": v.reason} for v in results.unreadable],
    }


def _split(finding: Finding) -> tuple[str, str, str]:
    start, end = finding.highlight
    return finding.sentence[:start], finding.sentence[start:end], finding.sentence[end:]


def _diff(fact, finding: Finding):
    """The word-level difference a reader needs for a misquote, in the words as written."""
    if fact.kind != "quote" or finding.check != "wording" and "differ" not in finding.message:
        return None
    return word_diff(quote_words(fact.quote), quote_words(finding.sentence[finding.highlight[0]:finding.highlight[1]]))


def render_html(runs: list[RegistryRun], *, options: dict, generated: dt.datetime) -> str:
    environment = Environment(loader=PackageLoader("harness.outputs"), autoescape=select_autoescape(default=True, default_for_string=True))
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
        "waived": sum(1 for run in runs for fs in run.findings.values() for f in fs if f.status == "waived"),
    }
    return template.render(runs=runs, summary=summary, options=options, generated=generated.isoformat(timespec="seconds"),
                           statuses=STATUSES, cell_symbols={code: symbol for code, (symbol, _) in CELLS.items()}, legend=list(CELLS.items()))


def write_html(path: Path, runs: list[RegistryRun], *, options: dict) -> Path:
    """Write the report atomically and return its path; raise `OutputError` when it cannot be written."""
    return write_atomically(path, render_html(runs, options=options, generated=dt.datetime.now(dt.timezone.utc)))
