"""A story under test, and what an edit of it does: the shared ground of the preserving and breaking edits.

Every edit is a plain function of a `Story` (a registry and one version, with the
engine's baseline findings) and a `Chooser` (where the choices come from: Hypothesis
draws in the property tests, a seeded `random.Random` in the benchmark). An edit
that does not apply to this story returns None.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Protocol, Sequence, TypeVar

from harness.engine import Engine
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.text.article import Article
from harness.text.versions import Version
from harness.text.vocabulary import NUMBER_WORDS

Item = TypeVar("Item")


class Chooser(Protocol):
    def choice(self, options: Sequence[Item]) -> Item: ...

    def integer(self, low: int, high: int) -> int: ...


class RandomChooser:
    """Choices from a seeded `random.Random`: the same seed gives the same edits."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def choice(self, options):
        return self.rng.choice(list(options))

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


@dataclass(frozen=True, slots=True)
class Edit:
    """An edited article: `fact_id` and `fact_kind` name the fact a breaking edit breaks (None when facts are kept)."""

    kind: str
    text: str
    description: str
    fact_id: str | None = None
    fact_kind: str | None = None


class Story:
    """A registry and one version, with the engine's findings on the unedited text."""

    def __init__(self, registry: Registry, version: Version, engine: Engine | None = None):
        self.registry = registry
        self.engine = engine or Engine(registry)
        self.version = version
        self.text = version.text.replace("\r\n", "\n").replace("\r", "\n")
        self.article = Article.prepare(version, people=self.engine.people, reference_date=registry.reference_date)
        self.findings = self.engine.check_version(version)

    def __repr__(self) -> str:
        return f"Story({self.version.name!r}, text={self.text!r})"

    def agreeing(self, kind: str, check: str | None = None) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind and f.status == "agrees" and (check is None or f.check == check)]

    def firmly_agreeing(self, kind: str) -> list[Finding]:
        """Agreeing values tied by an anchor in their own clause: the only ties a changed value contradicts."""
        return [f for f in self.agreeing(kind) if "in the same clause" in f.tie and "hedged:" not in f.tie]

    def span(self, finding: Finding) -> tuple[int, int]:
        """The observed value's span in the article text."""
        start = self.article.document.line_starts[finding.line - 1] + finding.column - 1
        return start, start + finding.highlight[1] - finding.highlight[0]

    def with_text(self, text: str) -> Version:
        version = self.version
        return Version(version.name, version.path, text, version.label, version.outlet, version.published, version.inferred)

    def replace(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]

    def discrepancies(self, text: str) -> list[Finding]:
        return [f for f in self.engine.check_version(self.with_text(text)) if f.is_discrepancy]


def outcome(story: Story, edit: Edit) -> str:
    """For a breaking edit: "flagged" when the broken fact, with its id and kind, contradicts more often than before;
    "unclear" when the engine says it cannot tell instead; else "missed"."""
    def count(findings, status):
        return sum(1 for f in findings if f.status == status and f.fact_id == edit.fact_id and f.kind == edit.fact_kind)

    after = story.engine.check_version(story.with_text(edit.text))
    if count(after, "contradicts") > count(story.findings, "contradicts"):
        return "flagged"
    if count(after, "unclear") > count(story.findings, "unclear"):
        return "unclear"
    return "missed"


def flagged(story: Story, edit: Edit) -> bool:
    """Whether the engine flags the broken fact, with its id and kind, more often than in the unedited text."""
    return outcome(story, edit) == "flagged"


def new_discrepancies(story: Story, edit: Edit) -> list[Finding]:
    """Discrepancies the edited text has and the unedited one does not (by fact and check)."""
    baseline = {(f.fact_id, f.check) for f in story.findings if f.is_discrepancy}
    return [f for f in story.discrepancies(edit.text) if (f.fact_id, f.check) not in baseline]


def numeric_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    match = re.search(rf"\d[\d, ]*\d|\d|\b(?:{words}|hundred|thousand|million)(?:[\s-]+(?:and\s+)?(?:{words}|hundred|thousand|million))*\b", text[start:end], re.IGNORECASE)
    return (start + match.start(), start + match.end()) if match else None


def words_in(story: Story, finding: Finding) -> list[tuple[int, int]]:
    """The speaker's words in a quote: not the editor's in brackets ("several rounds (of talks) ahead")."""
    start, end = story.span(finding)
    quote = story.text[start:end]
    editorial = [match.span() for match in re.finditer(r"\([^()]*\)|\[[^\[\]]*\]", quote)]
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\W_]+(?:['\u2019.-][^\W_]+)*", quote)
            if not any(left < m.start() < right for left, right in editorial)]


def person_of(story: Story, finding: Finding):
    fact = story.registry.fact(finding.fact_id)
    return story.registry.people[fact.person]
