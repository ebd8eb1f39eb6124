"""How a fact's failure reads in the terminal: headed sections, the observed value marked in its sentence."""

from __future__ import annotations

from _pytest._code.code import TerminalRepr

from harness.findings import Finding

_CONTEXT = 70


def excerpt(sentence: str, highlight: tuple[int, int]) -> tuple[str, str, str]:
    """The sentence around the highlighted span, cut to a readable width: (before, marked, after)."""
    start, end = highlight
    before, marked, after = sentence[:start], sentence[start:end], sentence[end:]
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:].lstrip()
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rstrip() + "…"
    return before, marked, after


class FactFailure(TerminalRepr):
    """A fact heading, then one section per discrepant finding, or a plain explanation."""

    def __init__(self, heading: str, details: list[str], findings: list[Finding]):
        self.heading = heading
        self.details = details
        self.findings = findings

    def toterminal(self, tw) -> None:
        tw.line(self.heading, bold=True)
        for detail in self.details:
            tw.line(f"  {detail}")
        for finding in self.findings:
            tw.line("")
            tw.line(f"{finding.version}:{finding.line}:{finding.column}: {finding.severity} [{finding.check}]", bold=True, red=finding.severity == "error", yellow=finding.severity != "error")
            before, marked, after = excerpt(finding.sentence, finding.highlight)
            tw.write("  > " + before)
            tw.write(f"[[{marked}]]", bold=True, red=True)
            tw.line(after)
            tw.line(f"  expected: {finding.expected}", green=True)
            tw.line(f"  observed: {finding.observed}", red=True)
            tw.line(f"  {finding.message}")
