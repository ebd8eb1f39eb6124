"""How a fact's failure reads in the terminal: a heading, then headed sections with the observed value marked.

Rendered as lines of (text, markup) segments, so any terminal writer can print them; the plugin hands them to pytest's.
"""

from __future__ import annotations

from harness.findings import Finding

_CONTEXT = 70

Segment = tuple[str, dict[str, bool]]


def excerpt(sentence: str, highlight: tuple[int, int]) -> tuple[str, str, str]:
    """The sentence around the highlighted span, cut to a readable width: (before, marked, after)."""
    start, end = highlight
    before, marked, after = sentence[:start], sentence[start:end], sentence[end:]
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:].lstrip()
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rstrip() + "…"
    return before, marked, after


def fact_failure_lines(heading: str, details: list[str], findings: list[Finding], *, explain: bool = False) -> list[list[Segment]]:
    """A fact heading and its details, then one section per discrepant finding (with what tied it, if `explain`)."""
    lines: list[list[Segment]] = [[(heading, {"bold": True})], *([(f"  {detail}", {})] for detail in details)]
    for finding in findings:
        error = finding.severity == "error"
        before, marked, after = excerpt(finding.sentence, finding.highlight)
        lines += [
            [("", {})],
            [(f"{finding.version}:{finding.line}:{finding.column}: {finding.severity} [{finding.check}]", {"bold": True, "red": error, "yellow": not error})],
            [("  > " + before, {}), (f"[[{marked}]]", {"bold": True, "red": True}), (after, {})],
            [(f"  expected: {finding.expected}", {"green": True})],
            [(f"  observed: {finding.observed}", {"red": True})],
            [(f"  {finding.message}", {})],
        ]
        if explain:
            lines.append([(f"  tied by: {finding.tie or 'the words themselves'}", {})])
    return lines
