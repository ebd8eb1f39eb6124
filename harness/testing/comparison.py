"""The compare and draft benchmark: `wirefacts compare` and `wirefacts draft` on the real-story set.

Compare: a truth conflict is a fact of a story's hand-written registry on which its versions disagree, by the
story's truth file (versions that state the registry's value against versions that state another, or versions
stating different values). A conflict `compare` reports (a drafted fact with flagged versions) is true when it
matches a truth conflict: the same kind of fact, a flagged version among that conflict's versions, and a shared
value (a number within 1%, a date, 80% of a quote's words, a name an edit or two away). Draft: a hand-written fact
is recovered when a drafted fact of its kind holds its value; a drafted fact that matches no hand-written fact is
"unmatched" (an upper bound on the facts a reader would reject: the hand registries are not complete).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from harness.compare.draft import draft
from harness.engine import check_versions
from harness.findings import FLAGGED
from harness.registry.loader import Registry, load_registry
from harness.text.versions import load_versions

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(slots=True)
class ComparisonScore:
    story: str
    versions: int
    conflicts: int = 0
    found: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    hand_facts: int = 0
    recovered: int = 0
    drafted: int = 0
    unmatched: list[str] = field(default_factory=list)
    not_recovered: list[str] = field(default_factory=list)
    draft_seconds: float = 0.0
    check_seconds: float = 0.0


def score_story(folder: Path) -> ComparisonScore:
    hand = load_registry(folder / "facts.yaml")
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    versions, _ = load_versions(hand.articles, root=folder)
    started = time.perf_counter()
    drafted = draft(versions)
    draft_seconds = time.perf_counter() - started
    started = time.perf_counter()
    check_versions(hand, versions)
    score = ComparisonScore(folder.name, len(versions), draft_seconds=draft_seconds, check_seconds=time.perf_counter() - started)
    conflicts = _truth_conflicts(hand, truth)
    score.conflicts = len(conflicts)
    matched: set[str] = set()
    for fact_id, findings in drafted.results.by_fact.items():
        flagged = [f for f in findings if f.status in FLAGGED]
        if not flagged:
            continue
        fact = drafted.registry.fact(fact_id)
        hits = [hand_id for hand_id, versions_of in conflicts.items()
                if any(Path(f.version).name in versions_of for f in flagged)
                and _same_fact(hand.fact(hand_id), hand, truth, fact, drafted.registry, flagged)]
        if hits:
            score.found.append(fact_id)
            matched.update(hits)
        else:
            first = flagged[0]
            score.false_alarms.append(f"{fact_id} in {Path(first.version).name}: {first.message}\n      > {' '.join(first.sentence.split())[:200]}")
    score.misses = [f"{hand_id} ({', '.join(sorted(versions_of))})" for hand_id, versions_of in conflicts.items() if hand_id not in matched]
    _score_draft(score, hand, truth, drafted.registry)
    return score


def _truth_conflicts(hand: Registry, truth: dict) -> dict[str, set[str]]:
    """Hand facts the versions disagree on, with the versions involved."""
    values: dict[str, dict[str, set[str]]] = {}
    for fact_id, versions in (truth.get("agreements") or {}).items():
        values.setdefault(fact_id, {}).setdefault("(registry)", set()).update(versions or [])
    for entry in [*(truth.get("discrepancies") or []), *(truth.get("disputed") or [])]:
        observed = " ".join(str(entry.get("observed", "")).replace("’", "'").split()).strip("\"'. ").lower()
        values.setdefault(entry["fact"], {}).setdefault(observed, set()).add(entry["version"])
    return {fact_id: set().union(*by_value.values()) for fact_id, by_value in values.items()
            if sum(1 for versions in by_value.values() if versions) >= 2}


def _same_fact(hand_fact, hand: Registry, truth: dict, fact, drafted: Registry, flagged) -> bool:
    if hand_fact.kind != fact.kind:
        return False
    observed = [str(e.get("observed", "")) for e in [*(truth.get("discrepancies") or []), *(truth.get("disputed") or [])]
                if e["fact"] == hand_fact.id]
    mine = [f.observed for f in flagged] + [f.expected for f in flagged]
    return _shares_value(hand_fact, hand, [*observed, *_values(hand_fact, hand)], fact, drafted, mine)


def _shares_value(hand_fact, hand: Registry, theirs: list[str], fact, drafted: Registry, mine: list[str]) -> bool:
    if fact.kind == "number":
        return bool(_numbers(" ".join(theirs)) & _numbers(" ".join([*mine, str(fact.value)])))
    if fact.kind == "date":
        return bool(_days(theirs) & _days([*mine, fact.date]))
    if fact.kind == "quote":
        return any(fuzz.partial_ratio(_plain(a), _plain(b)) >= 80 for a in theirs for b in [fact.quote, *mine])
    return _near_name(hand.people[hand_fact.person].name, drafted.people[fact.person].name)


def _values(fact, registry: Registry) -> list[str]:
    if fact.kind == "number":
        return [str(v) for v in (fact.value, *fact.accepted)]
    if fact.kind == "date":
        return [fact.date, *fact.accepted]
    if fact.kind == "quote":
        return [fact.quote]
    return [registry.people[fact.person].name]


def _numbers(text: str) -> set[float]:
    found = set()
    for match in _NUMBER.finditer(text):
        try:
            found.add(round(float(match.group().replace(",", "")), 2))
        except ValueError:
            continue
    return found


def _days(texts: list[str]) -> set[str]:
    days = set()
    for text in texts:
        days |= set(re.findall(r"\d{4}-\d{2}-\d{2}|\b\d{4}\b", text))
        days |= {word for word in re.findall(r"[a-z]+", text.lower()) if word in _WEEKDAYS}
    return days


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("’", "'")))


def _near_name(first: str, second: str) -> bool:
    return Levenshtein.distance(first.split()[-1].lower(), second.split()[-1].lower()) <= 2


def _score_draft(score: ComparisonScore, hand: Registry, truth: dict, drafted: Registry) -> None:
    score.hand_facts, score.drafted = len(hand.facts), len(drafted.facts)

    def matched(hand_fact, fact) -> bool:
        return fact.kind == hand_fact.kind and _shares_value(hand_fact, hand, _values(hand_fact, hand), fact, drafted, [])

    for hand_fact in hand.facts:
        if any(matched(hand_fact, fact) for fact in drafted.facts):
            score.recovered += 1
        else:
            score.not_recovered.append(hand_fact.id)
    score.unmatched = [fact.id for fact in drafted.facts if not any(matched(hand_fact, fact) for hand_fact in hand.facts)]


def score_stories(root: Path) -> list[ComparisonScore]:
    return [score_story(folder) for folder in sorted(root.iterdir()) if (folder / "truth.yaml").is_file()]


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def summary(scores: list[ComparisonScore]) -> dict:
    found = sum(len(s.found) for s in scores)
    reported = found + sum(len(s.false_alarms) for s in scores)
    conflicts = sum(s.conflicts for s in scores)
    matched = conflicts - sum(len(s.misses) for s in scores)
    hand, drafted = sum(s.hand_facts for s in scores), sum(s.drafted for s in scores)
    return {
        "compare_precision": ratio(found, reported), "compare_recall": ratio(matched, conflicts),
        "draft_recovered": ratio(sum(s.recovered for s in scores), hand),
        "draft_unmatched": ratio(sum(len(s.unmatched) for s in scores), drafted),
        "draft_seconds": round(sum(s.draft_seconds for s in scores), 2), "check_seconds": round(sum(s.check_seconds for s in scores), 2),
        "stories": {s.story: {"conflicts": s.conflicts, "reported": len(s.found) + len(s.false_alarms), "true": len(s.found),
                              "missed": len(s.misses), "hand_facts": s.hand_facts, "recovered": s.recovered, "drafted": s.drafted,
                              "unmatched": len(s.unmatched)} for s in scores},
    }


def render(scores: list[ComparisonScore], *, details: bool = False) -> str:
    lines = [f"{'story':34} {'truth':>5} {'reported':>8} {'true':>5} {'missed':>6} {'precision':>9} {'recall':>7}   "
             f"{'hand':>4} {'recovered':>9} {'drafted':>7} {'unmatched':>9}"]
    for s in scores:
        reported = len(s.found) + len(s.false_alarms)
        lines.append(f"{s.story:34} {s.conflicts:5} {reported:8} {len(s.found):5} {len(s.misses):6} {ratio(len(s.found), reported):9.1%} "
                     f"{ratio(s.conflicts - len(s.misses), s.conflicts):7.1%}   {s.hand_facts:4} {ratio(s.recovered, s.hand_facts):9.1%} "
                     f"{s.drafted:7} {ratio(len(s.unmatched), s.drafted):9.1%}")
    total = summary(scores)
    lines.append(f"{'total':34} {sum(s.conflicts for s in scores):5} {sum(len(s.found) + len(s.false_alarms) for s in scores):8} "
                 f"{sum(len(s.found) for s in scores):5} {sum(len(s.misses) for s in scores):6} {total['compare_precision']:9.1%} "
                 f"{total['compare_recall']:7.1%}   {sum(s.hand_facts for s in scores):4} {total['draft_recovered']:9.1%} "
                 f"{sum(s.drafted for s in scores):7} {total['draft_unmatched']:9.1%}")
    lines.append(f"time: draft and compare {total['draft_seconds']} s, check with the hand registries {total['check_seconds']} s")
    if details:
        for s in scores:
            lines += [f"  false alarm  {s.story}: {alarm}" for alarm in s.false_alarms]
            lines += [f"  missed       {s.story}: {miss}" for miss in s.misses]
            lines += [f"  not drafted  {s.story}: {fact_id}" for fact_id in s.not_recovered]
    return "\n".join(lines)
