"""The attribution benchmark: who the harness says spoke each labelled quote in real news articles.

Each article in `articles/` is a text and a label file (people, and every direct quote with its speaker and cue
class). The harness reads the text with the article's people registered, finds its quotes and names a speaker
for each; the score is the share of labelled quotes given to the labelled speaker, overall and per cue class,
with a confusion summary: right, wrong person, no speaker, unclear, not found.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.attribution import UNCLEAR, attribute, find_quotes
from harness.text.people import PeopleIndex
from harness.text.versions import Version

OUTCOMES = ("right", "wrong person", "no speaker", "unclear", "not found")


@dataclass(slots=True)
class AttributionScore:
    by_cue: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    wrong: list[str] = field(default_factory=list)

    def total(self) -> Counter:
        return sum(self.by_cue.values(), Counter())


def score_article(text_path: Path) -> tuple[list[tuple[str, str, str, str]], int]:
    """(cue, outcome, quote, detail) for every labelled quote in one article, and the number of outlets' quotes."""
    labels = yaml.safe_load(text_path.with_suffix(".yaml").read_text(encoding="utf-8"))
    people = {entry["id"]: Person(**entry) for entry in labels["people"]}
    published = labels.get("published")
    version = Version(text_path.name, text_path, text_path.read_text(encoding="utf-8"), text_path.stem, labels.get("outlet"),
                      published if isinstance(published, dt.date) else None, ())
    article = Article.prepare(version, people=PeopleIndex(people), reference_date=version.published or dt.date(2020, 1, 1))
    attributions = attribute(article, find_quotes(article), people)
    results, cursor = [], 0
    text = article.document.original
    for label in labels["quotes"]:
        start = text.find(label["quote"], cursor)
        if start < 0:
            start = text.find(label["quote"])
        cursor = max(cursor, start + 1)
        end = start + len(label["quote"])
        found = next((a for a in attributions if a.quote.start < end and start < a.quote.end), None)
        expected = label["speaker"]
        if found is None:
            outcome = "not found"
        elif found.speaker == expected:
            outcome = "right"
        elif found.speaker == UNCLEAR:
            outcome = "unclear"
        elif found.speaker is None:
            outcome = "no speaker"
        else:
            outcome = "wrong person"
        detail = "" if outcome == "right" else f"expected {expected}, got {found.speaker if found else '-'} ({found.how if found else 'no quote there'})"
        results.append((label["cue"], outcome, label["quote"], detail))
    return results, len(labels["quotes"])


def score_set(folder: Path) -> AttributionScore:
    score = AttributionScore()
    for text_path in sorted((folder / "articles").glob("*.txt")):
        results, _ = score_article(text_path)
        for cue, outcome, quote, detail in results:
            score.by_cue[cue][outcome] += 1
            if outcome != "right":
                score.wrong.append(f"{text_path.stem} [{cue}] {outcome}: “{quote[:70]}” — {detail}")
    return score


def accuracy(counts: Counter) -> float:
    total = sum(counts.values())
    return counts["right"] / total if total else 1.0


def render_attribution(score: AttributionScore, *, details: bool = False) -> str:
    lines = [f"{'cue class':14} {'quotes':>6} " + " ".join(f"{outcome:>12}" for outcome in OUTCOMES) + f" {'accuracy':>9}"]
    for cue, counts in [*sorted(score.by_cue.items()), ("all", score.total())]:
        lines.append(f"{cue:14} {sum(counts.values()):6} " + " ".join(f"{counts[outcome]:12}" for outcome in OUTCOMES)
                     + f" {accuracy(counts):9.1%}")
    if details:
        lines += [f"  {line}" for line in score.wrong]
    return "\n".join(lines)


def summary(score: AttributionScore) -> dict:
    return {
        "accuracy": accuracy(score.total()),
        "quotes": sum(score.total().values()),
        "by_cue": {cue: {"quotes": sum(counts.values()), "accuracy": accuracy(counts), **counts} for cue, counts in sorted(score.by_cue.items())},
    }
