"""The same fact across versions: observations grouped by kind, unit and the words around them.

A date or count joins the group whose clauses share the most telling words with its own (words the story uses
rarely weigh more: "drills" says more than "Ukraine"), at most one observation per version; quotes group by a
run of words they share. A group that two or more versions state is a fact; its value is the one most versions
give (values agree when their intervals overlap), its anchors the telling words most of its versions share.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from harness.compare.observations import Observation
from harness.text.quantities import NumberMention

_SHARED_RUN = 4
_LEAST_WEIGHT = 1.0
_ANCHORS = 3
_TELLING = 0.5


@dataclass
class Group:
    """Observations of one fact, one per version, in the order the versions come."""

    kind: str
    unit: str = ""
    members: dict[str, Observation] = field(default_factory=dict)
    words: Counter = field(default_factory=Counter)

    def add(self, observation: Observation) -> None:
        self.members[observation.version] = observation
        self.words.update(observation.context)

    @property
    def observations(self) -> list[Observation]:
        return list(self.members.values())


def group(observations: list[Observation], versions: list[str]) -> list[Group]:
    """Groups that two or more versions state, in the order of their first observation."""
    by_kind: dict[str, list[Observation]] = {}
    for observation in observations:
        by_kind.setdefault(observation.kind, []).append(observation)
    groups = [*_by_context(by_kind.get("date", []), versions), *_by_context(by_kind.get("number", []), versions),
              *_by_words(by_kind.get("quote", []))]
    return [g for g in groups if len(g.members) >= 2]


def _by_context(observations: list[Observation], versions: list[str]) -> list[Group]:
    """Dates and counts: each joins the open group of its unit whose words it shares most, weighed by rarity."""
    rarity = Counter(word for observation in observations for word in observation.context)
    groups: list[Group] = []
    for observation in observations:
        best, best_score = None, _LEAST_WEIGHT
        for candidate in groups:
            if candidate.unit != observation.unit or observation.version in candidate.members:
                continue
            score = sum(1 / rarity[word] ** 0.5 for word in observation.context if word in candidate.words)
            if _same_value(candidate, observation):
                score += 0.5
            if score > best_score:
                best, best_score = candidate, score
        if best is None:
            best = Group(observation.kind, observation.unit)
            groups.append(best)
        best.add(observation)
    return groups


def _same_value(candidate: Group, observation: Observation) -> bool:
    return any(agree(member.value, observation.value) for member in candidate.members.values())


def _by_words(quotes: list[Observation]) -> list[Group]:
    """Quotes: one group per run of words that versions share ("We stand firm in pushing back …")."""
    groups: list[Group] = []
    runs: dict[tuple[str, ...], Group] = {}
    for quote in quotes:
        words = quote.value
        shared = [runs[run] for run in _runs(words) if run in runs]
        found = next((g for g in shared if quote.version not in g.members), None)
        if found is None:
            found = Group("quote")
            groups.append(found)
        if quote.version not in found.members:
            found.add(quote)
        for run in _runs(words):
            runs.setdefault(run, found)
    return groups


def _runs(words: tuple[str, ...]):
    size = min(_SHARED_RUN, len(words))
    return [words[start:start + size] for start in range(len(words) - size + 1)]


def agree(first: object, second: object) -> bool:
    """Whether two observed values can be the same fact's: overlapping intervals, or equal dates and words."""
    if isinstance(first, NumberMention) and isinstance(second, NumberMention):
        return first.low <= second.high and second.low <= first.high
    return first == second


def majority(group: Group) -> Observation:
    """The observation most versions agree with (the earliest version's, on a tie)."""
    members = group.observations
    return max(members, key=lambda member: (sum(agree(member.value, other.value) for other in members), -members.index(member)))


def anchors(group: Group, rarity: Counter) -> list[str]:
    """Words two or more of the group's versions share that the story uses mostly around this fact ("drills", not
    "talks"), the most telling first."""
    def telling(word: str) -> float:
        return group.words[word] / rarity.get(word, 1)

    ranked = sorted((word for word in group.words if group.words[word] >= 2 and telling(word) >= _TELLING),
                    key=lambda word: (-telling(word), -group.words[word], word))
    return ranked[:_ANCHORS]


def settled(group: Group) -> bool:
    """Whether most of the group's versions agree on one value: else its observations are of different facts."""
    chosen = majority(group)
    agreeing = sum(agree(chosen.value, other.value) for other in group.observations)
    return agreeing >= 2 and agreeing * 2 >= len(group.members)


def date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
