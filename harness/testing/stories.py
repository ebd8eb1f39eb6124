"""The real-story benchmark: the harness's flags on real multi-version stories, scored against truth files.

A flag is a (fact, version) pair the harness reports as a discrepancy (contradicts or unattributed), or a fact
it reports found in no version. A flag is true when the story's `truth.yaml` lists that discrepancy (or, for a
fact found nowhere, lists no version stating it); every other flag is a false alarm, and every listed
discrepancy the harness does not flag is a miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from harness.engine import check_folder
from harness.findings import Finding
from harness.registry.loader import load_registry

NOWHERE = "(no version)"


@dataclass(slots=True)
class StoryScore:
    story: str
    versions: int
    facts: int
    true_flags: list[tuple[str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def flags(self) -> int:
        return len(self.true_flags) + len(self.false_alarms)

    @property
    def discrepancies(self) -> int:
        return len(self.true_flags) + len(self.misses)


def score_story(folder: Path) -> StoryScore:
    """Run the harness on one story folder (facts.yaml, versions/, truth.yaml) and score its flags."""
    registry = load_registry(folder / "facts.yaml")
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    results = check_folder(registry, registry.articles, root=folder)
    expected = {(entry["fact"], entry["version"]): entry.get("why", "") for entry in truth.get("discrepancies") or []}
    stated = {fact for fact, versions in (truth.get("agreements") or {}).items() if versions}
    stated |= {entry["fact"] for entry in [*(truth.get("discrepancies") or []), *(truth.get("disputed") or [])]}
    flagged: dict[tuple[str, str], Finding | None] = {}
    for finding in results.discrepancies():
        flagged.setdefault((finding.fact_id, Path(finding.version).name), finding)
    for fact_id in results.missing_facts():
        flagged[(fact_id, NOWHERE)] = None
    score = StoryScore(folder.name, len(results.versions), len(registry.facts))
    for (fact_id, version), finding in sorted(flagged.items()):
        if (fact_id, version) in expected or version == NOWHERE and fact_id not in stated:
            score.true_flags.append((fact_id, version))
        else:
            reason = f"{finding.message}\n      > {' '.join(finding.sentence.split())}\n      tie: {finding.tie}" if finding else "reported found in no version, but the truth has versions stating it"
            score.false_alarms.append((fact_id, version, reason))
    for (fact_id, version), why in sorted(expected.items()):
        if (fact_id, version) not in flagged:
            score.misses.append((fact_id, version, why))
    return score


def score_stories(root: Path) -> list[StoryScore]:
    return [score_story(folder) for folder in sorted(root.iterdir()) if (folder / "truth.yaml").is_file()]


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def render_stories(scores: list[StoryScore], *, details: bool = False) -> str:
    lines = [f"{'story':34} {'versions':>8} {'facts':>5} {'truth':>5} {'flags':>5} {'true':>5} {'false':>5} {'missed':>6} {'precision':>9} {'recall':>7}"]
    for s in [*scores, _total(scores)]:
        lines.append(f"{s.story:34} {s.versions:8} {s.facts:5} {s.discrepancies:5} {s.flags:5} {len(s.true_flags):5} "
                     f"{len(s.false_alarms):5} {len(s.misses):6} {ratio(len(s.true_flags), s.flags):9.1%} {ratio(len(s.true_flags), s.discrepancies):7.1%}")
    if details:
        for s in scores:
            for fact_id, version, reason in s.false_alarms:
                lines.append(f"  false alarm  {s.story}: {fact_id} in {version}: {reason}")
            for fact_id, version, why in s.misses:
                lines.append(f"  missed       {s.story}: {fact_id} in {version}: {why}")
    return "\n".join(lines)


def _total(scores: list[StoryScore]) -> StoryScore:
    total = StoryScore("total", sum(s.versions for s in scores), sum(s.facts for s in scores))
    for s in scores:
        total.true_flags += s.true_flags
        total.false_alarms += s.false_alarms
        total.misses += s.misses
    return total


def summary(scores: list[StoryScore]) -> dict:
    total = _total(scores)
    return {
        "stories": {s.story: {"flags": s.flags, "true": len(s.true_flags), "false_alarms": len(s.false_alarms), "misses": len(s.misses)} for s in scores},
        "precision": ratio(len(total.true_flags), total.flags),
        "recall": ratio(len(total.true_flags), total.discrepancies),
    }
