"""Number facts: a count or amount with its unit, in any format, with qualifiers kept for display."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from harness.checks.anchors import Anchors
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import NumberFact
from harness.text.article import Article
from harness.text.tokens import phrase_keys, tokenize
from harness.text.vocabulary import NUMBER_WORDS, QUALIFIERS, SCALE_WORDS

_WORD_NUMBER = "|".join(sorted([*NUMBER_WORDS, *SCALE_WORDS], key=len, reverse=True))
_QUALIFIER = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"""(?:\b(?P<qualifier>{_QUALIFIER})\s+)?
    (?:(?P<digits>(?<![\d.,])\d{{1,3}}(?:(?:,|\ )\d{{3}})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?)
       (?:\s*(?P<scale>[kK]\b|[mM]\b|[bB]n\b|hundred\b|thousand\b|million\b|billion\b|trillion\b))?
     |\b(?P<words>(?:{_WORD_NUMBER})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_NUMBER}))*)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
_UNIT_WINDOW = 3


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float
    qualifier: str | None
    unit_words: tuple[str, ...]


def parse_words(words: str) -> float | None:
    """'one hundred thousand' -> 100000; None for something that is not a number."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
    return float(total + current)


def extract_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    mentions = []
    for match in _NUMBER.finditer(text, start, end):
        value = _value(match)
        if value is None:
            continue
        following = tokenize(text, match.end(), min(end, match.end() + 80))[: _UNIT_WINDOW + 2]
        unit_words = []
        for token in following:
            if token.text[0].isdigit() or token.key in NUMBER_WORDS:
                break
            unit_words.append(_singular(token.key))
        qualifier = match.group("qualifier")
        mentions.append(NumberMention(match.start(), match.end(), match.group(), value, qualifier.lower() if qualifier else None, tuple(unit_words)))
    return mentions


def _value(match: re.Match) -> float | None:
    if match.group("words"):
        return parse_words(match.group("words"))
    value = float(re.sub(r"[, ]", "", match.group("digits")))
    scale = (match.group("scale") or "").lower()
    return value * (_SHORT_SCALES.get(scale) or SCALE_WORDS.get(scale, 1))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def unit_matches(fact: NumberFact, mention: NumberMention) -> bool:
    """The fact's unit starts within the first few words after the number ('100,000 Russian troops')."""
    words = mention.unit_words
    for unit in fact.units:
        keys = tuple(_singular(key) for key in phrase_keys(unit))
        for offset in range(min(_UNIT_WINDOW, len(words))):
            if words[offset: offset + len(keys)] == keys:
                return True
    return False


def agrees(fact: NumberFact, value: float) -> bool:
    return abs(value - fact.value) <= fact.tolerance * abs(fact.value) + 1e-9


def format_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


class NumberCheck:
    def __init__(self, registry: Registry, facts: list[NumberFact]):
        self.anchors = Anchors(facts)

    def run(self, article: Article) -> Iterator[Finding]:
        for fact, mention in self.anchors.tie(article, extract_numbers, unit_matches):
            yield self._finding(article, fact, mention)

    @staticmethod
    def _finding(article: Article, fact: NumberFact, mention: NumberMention) -> Finding:
        ok = agrees(fact, mention.value)
        expected = f"{format_number(fact.value)} {fact.unit}" + (f" (±{fact.tolerance:.0%})" if fact.tolerance else "")
        observed = mention.text
        message = (
            f"{fact.summary or fact.id}: the article says {format_number(mention.value)}; the registry has {expected}"
            if not ok else f"{fact.summary or fact.id}: {mention.text} agrees with {expected}"
        )
        return article.finding(
            fact, check="number", status="agrees" if ok else "contradicts", start=mention.start, end=mention.end,
            expected=expected, observed=observed, message=message,
        )
