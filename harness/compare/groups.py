"""The same fact across versions: observations grouped by kind, unit and the words around them.

Dates and counts are clustered pair by pair, best first, by the words their clauses share (words the story uses
rarely weigh more: "drills" says more than "Ukraine") and what their values say, at most one observation per
version in a group; a value that disagrees joins only on strong evidence. Quotes group by a run of words they
share. A group that two or more versions state is a fact (a quote, even with one); its value is the one most
versions give (values agree when their intervals overlap), its anchors the telling phrases its versions share.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from harness.compare.observations import Observation
from harness.text.quantities import NumberMention

_SHARED_RUN = 4
_LEAST_WEIGHT = 1.0
_DISAGREEING_WEIGHT = 1.5
_ANCHORS = 3
_TELLING = 0.75
_CONVERTED = 0.05
_SAME_VALUE, _DISTINCT = 1.0, 100
_NEAR_VALUE, _NEAR = 1.0, 1.5


@dataclass
class Group:
    """Observations of one fact, one per version, in the order the versions come."""

    kind: str
    unit: str = ""
    members: dict[str, Observation] = field(default_factory=dict)
    phrases: Counter = field(default_factory=Counter)

    def add(self, observation: Observation) -> None:
        self.members[observation.version] = observation
        self.phrases.update(observation.phrases)

    @property
    def observations(self) -> list[Observation]:
        return list(self.members.values())


def group(observations: list[Observation]) -> list[Group]:
    """Groups that two or more versions state, and every quote (a quote is a fact even if one version has it), in
    the order of their first observation."""
    by_kind: dict[str, list[Observation]] = {}
    for observation in observations:
        by_kind.setdefault(observation.kind, []).append(observation)
    groups = [*_by_context(by_kind.get("date", [])), *_by_context(by_kind.get("number", [])),
              *_by_words(by_kind.get("quote", []))]
    return [g for g in groups if len(g.members) >= 2 or g.kind == "quote"]


def _by_context(observations: list[Observation]) -> list[Group]:
    """Dates and counts, clustered by the clauses they stand in: pairs of observations from different versions, of
    one unit, are joined best first by the words their clauses share (weighed by rarity), never two of one version
    in a group. Agreeing values join on some shared words; an observation left alone joins a group that gives
    another value only on much stronger evidence: a disagreement needs two clauses plainly about the same thing."""
    rarity = Counter(word for observation in observations for word in observation.context)
    clusters = _Clusters(observations)
    for score, first, second in _pairs(observations, rarity, agreeing=True):
        if score >= _LEAST_WEIGHT:
            clusters.join(first, second)
    for score, first, second in _pairs(observations, rarity, agreeing=False):
        if score > _DISAGREEING_WEIGHT and (clusters.alone(first) or clusters.alone(second)):
            clusters.join(first, second)
    return clusters.groups()


def _pairs(observations: list[Observation], rarity: Counter, *, agreeing: bool) -> list[tuple[float, int, int]]:
    """(score, i, j) for observations of different versions and one unit whose values agree (or not), best first."""
    pairs = []
    for i, first in enumerate(observations):
        for j in range(i + 1, len(observations)):
            second = observations[j]
            if first.version == second.version or first.unit != second.unit or agree(first, second) != agreeing:
                continue
            score = sum(1 / rarity[word] ** 0.5 for word in first.context & second.context) + _kinship(first, second)
            if score:
                pairs.append((score, i, j))
    return sorted(pairs, key=lambda pair: -pair[0])


def _kinship(first: Observation, second: Observation) -> float:
    """What the values themselves say: the same count of a hundred or more is likely the same fact however it is
    worded ("7 million miles"); two counts of one thing within half of each other, likely the same count told
    differently (171 and 174 passengers)."""
    if not (isinstance(first.value, NumberMention) and isinstance(second.value, NumberMention)):
        return 0.0
    one, other = first.value.value * first.factor, second.value.value * second.factor
    if not one or not other:
        return 0.0
    ratio = max(one, other) / min(one, other)
    if ratio <= 1 + _CONVERTED:
        return _SAME_VALUE if min(first.value.value, second.value.value) >= _DISTINCT else 0.0
    return _NEAR_VALUE if ratio <= _NEAR else 0.0


class _Clusters:
    """Observations joined into groups, at most one per version in each."""

    def __init__(self, observations: list[Observation]):
        self.observations = observations
        self.parent = list(range(len(observations)))
        self.versions = [{observation.version} for observation in observations]

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def alone(self, index: int) -> bool:
        return len(self.versions[self.root(index)]) == 1

    def join(self, first: int, second: int) -> None:
        a, b = self.root(first), self.root(second)
        if a != b and not self.versions[a] & self.versions[b]:
            self.parent[b] = a
            self.versions[a] |= self.versions[b]

    def groups(self) -> list[Group]:
        by_root: dict[int, Group] = {}
        for index, observation in enumerate(self.observations):
            root = self.root(index)
            if root not in by_root:
                by_root[root] = Group(observation.kind, observation.unit)
            by_root[root].add(observation)
        return list(by_root.values())


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


def agree(first: Observation, second: Observation) -> bool:
    """Whether two observations can be the same fact's value: equal dates or words, or counts whose intervals
    overlap in one unit, or, across units that convert ("14,000 mph", "22,500 km/h"), come within the rounding of
    a conversion."""
    if isinstance(first.value, NumberMention) and isinstance(second.value, NumberMention):
        slack = _CONVERTED if first.factor != second.factor else 0.0
        low, high = first.value.low * first.factor, first.value.high * first.factor
        other_low, other_high = second.value.low * second.factor, second.value.high * second.factor
        return low * (1 - slack) <= other_high and other_low * (1 - slack) <= high
    return first.value == second.value


def majority(group: Group) -> Observation:
    """The observation most versions agree with; of those, one read exactly ("36,052.63", not "above 36,000"), so
    the qualified ones agree with it; then the earliest version's."""
    members = group.observations
    return max(members, key=lambda member: (sum(agree(member, other) for other in members), _exact(member),
                                            -members.index(member)))


def common_value(group: Group, chosen: Observation) -> float:
    """A value, in the chosen observation's unit, that every observation agreeing with it allows: its own, or, when
    it is one end of a qualified figure ("more than 600" beside "at least 820" and "over 1,000"), the least value
    all of them allow (1,000), so that the draft's value agrees with each of them."""
    mention = chosen.value
    agreeing = [o for o in group.observations if agree(chosen, o)]
    low = max(o.value.low * o.factor for o in agreeing)
    high = min(o.value.high * o.factor for o in agreeing)
    if all(o.value.allows(mention.value * chosen.factor / o.factor) for o in agreeing) or low > high:
        return mention.value
    return low / chosen.factor


def _exact(observation: Observation) -> bool:
    value = observation.value
    return not isinstance(value, NumberMention) or value.low == value.high


def anchors(group: Group, rarity: Counter) -> list[str]:
    """Phrases two or more of the group's versions share that the story uses mostly around this fact ("drills",
    not "talks"); pairs of words written together ("treasury note") when there are any, as they tie nothing else."""
    def telling(phrase: str) -> float:
        return group.phrases[phrase] / rarity.get(phrase, 1)

    shared = [phrase for phrase in group.phrases if group.phrases[phrase] >= 2 and telling(phrase) >= _TELLING]
    if any(" " in phrase for phrase in shared):
        shared = [phrase for phrase in shared if " " in phrase]  # a lone word ("singles") ties other events' clauses
    ranked = sorted(shared, key=lambda phrase: (-telling(phrase), -group.phrases[phrase], phrase))
    chosen: list[str] = []
    for phrase in ranked:
        if not any(set(phrase.split()) & set(other.split()) for other in chosen):
            chosen.append(phrase)  # no word twice: "treasury note" and "treasury" tie the same clauses
    return chosen[:_ANCHORS]


def settled(group: Group) -> bool:
    """Whether at least half the group's versions agree on one value (of two that disagree, the earlier version's
    stands, for review): with less, its observations are of different facts."""
    chosen = majority(group)
    agreeing = sum(agree(chosen, other) for other in group.observations)
    return agreeing * 2 >= len(group.members)


def date_text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
