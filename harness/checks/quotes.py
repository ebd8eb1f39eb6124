"""Quote facts: the words of a direct quote and who said it.

A quote in an article agrees when its words are the registry's, in order, allowing
the article to quote only part of them or to leave words out at an ellipsis. Close
but different words are a misquote; the registry's words given to another
registered person are a misattribution.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import Person, QuoteFact
from harness.text.article import Article
from harness.text.attribution import UNCLEAR, Attribution, attribute, find_quotes
from harness.text.tokens import tokenize, word_key

_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026")
_DISPLAY_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*\.?")
VARIANT_SCORE = 85
VARIANT_WORD_SIMILARITY = 0.65
_MIN_WORDS = 3
_MIN_VARIANT_WORDS = 3


def quote_segments(text: str) -> list[tuple[str, ...]]:
    """The quote's words as comparable keys, split where an ellipsis marks words left out."""
    return [segment for segment in (tuple(t.key for t in tokenize(part)) for part in _ELLIPSIS.split(text)) if segment]


def display_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A quote's words as written ("NATO's", "U.S.") and the keys they compare by."""
    words = tuple(match.group().rstrip(".") for match in _DISPLAY_WORD.finditer(text))
    return tuple(word_key(re.sub(r"['\u2019]", "", word)) for word in words), words


def word_diff(expected: tuple[str, ...], observed: tuple[str, ...], *, shown: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> list[tuple[str, str]]:
    """Word-level difference of two key sequences as (operation, words) pairs: equal, delete (registry only),
    insert (article only); `shown` gives the words to print for each side, else the keys."""
    expected_shown, observed_shown = shown or (expected, observed)
    parts: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(list(expected), list(observed)):
        if op.tag in ("equal", "delete"):
            parts.append((op.tag, " ".join(expected_shown[op.src_start:op.src_end])))
        elif op.tag == "insert":
            parts.append(("insert", " ".join(observed_shown[op.dest_start:op.dest_end])))
        else:
            parts.append(("delete", " ".join(expected_shown[op.src_start:op.src_end])))
            parts.append(("insert", " ".join(observed_shown[op.dest_start:op.dest_end])))
    while parts and parts[0][0] == "delete":
        parts.pop(0)
    while parts and parts[-1][0] == "delete":
        parts.pop()
    return parts


def _word_similarity(canonical: tuple[str, ...], words: tuple[str, ...]) -> float:
    """Best word-level similarity of `words` to any stretch of the canonical quote of about its length."""
    best = 0.0
    for size in range(max(1, len(words) - 2), len(words) + 3):
        for start in range(0, max(1, len(canonical) - size + 1)):
            window = canonical[start:start + size]
            best = max(best, Levenshtein.normalized_similarity(list(window), list(words)))
    return best


def _shared_words(canonical: tuple[str, ...], words: tuple[str, ...]) -> int:
    return len(set(canonical) & set(words))


def _contains_in_order(canonical: tuple[str, ...], segments: list[tuple[str, ...]]) -> bool:
    position = 0
    for segment in segments:
        found = _find(canonical, segment, position)
        if found < 0:
            return False
        position = found + len(segment)
    return True


def _find(haystack: tuple[str, ...], needle: tuple[str, ...], start: int) -> int:
    size = len(needle)
    for index in range(start, len(haystack) - size + 1):
        if haystack[index:index + size] == needle:
            return index
    return -1


@dataclass(frozen=True, slots=True)
class _Match:
    fact: QuoteFact
    exact: bool
    score: float


class QuoteCheck:
    def __init__(self, registry: Registry, facts: list[QuoteFact]):
        self.people = registry.people
        self.canonical = {fact.id: tuple(key for segment in quote_segments(fact.quote) for key in segment) for fact in facts}
        self.facts = {fact.id: fact for fact in facts}
        self.by_bigram: dict[tuple[str, str], set[str]] = defaultdict(set)
        for fact_id, words in self.canonical.items():
            for pair in zip(words, words[1:]):
                self.by_bigram[pair].add(fact_id)
            if len(words) == 1:
                self.by_bigram[(words[0], "")].add(fact_id)

    def run(self, article: Article) -> Iterator[Finding]:
        quotes = find_quotes(article)
        if not quotes:
            return
        for attribution in attribute(article, quotes, self.people):
            text = article.document.text[attribution.quote.start:attribution.quote.end]
            segments = quote_segments(text)
            match = self._match(segments, attribution.speaker)
            if match is not None:
                yield self._finding(article, match, attribution, text, segments)

    def _match(self, segments: list[tuple[str, ...]], speaker: str | None) -> _Match | None:
        """The registered quote these words are from; words found in two quotes go to the one the speaker said."""
        words = tuple(key for segment in segments for key in segment)
        if not words:
            return None
        votes: Counter[str] = Counter()
        for segment in segments:
            for pair in zip(segment, segment[1:]):
                votes.update(self.by_bigram.get(pair, ()))
        if len(words) == 1:
            votes.update(self.by_bigram.get((words[0], ""), ()))
        best: _Match | None = None
        exact: list[_Match] = []
        for fact_id, _ in votes.most_common(5):
            canonical = self.canonical[fact_id]
            whole = words == canonical
            if (whole or len(words) >= _MIN_WORDS) and _contains_in_order(canonical, segments):
                exact.append(_Match(self.facts[fact_id], True, 100.0))
                continue
            if len(words) >= _MIN_VARIANT_WORDS:
                score = max(fuzz.partial_ratio(" ".join(canonical), " ".join(words)), 100 * _word_similarity(canonical, words))
                if (score >= VARIANT_SCORE or score >= 100 * VARIANT_WORD_SIMILARITY and _shared_words(canonical, words) >= 3) and (best is None or score > best.score):
                    best = _Match(self.facts[fact_id], False, score)
        if exact:
            return next((match for match in exact if match.fact.speaker == speaker), exact[0])
        return best

    def _finding(self, article: Article, match: _Match, attribution: Attribution, text: str, segments) -> Finding:
        fact = match.fact
        speaker = attribution.speaker
        expected_speaker = self.people[fact.speaker].name
        observed_speaker = self._name(speaker)
        words = tuple(key for segment in segments for key in segment)
        expected = f'"{fact.quote}" ({expected_speaker})'
        observed = f'"{article.document.original[attribution.quote.start:attribution.quote.end].strip()}" ({observed_speaker})'
        wording = "" if match.exact else "; the words also differ: " + _describe_diff(word_diff(self.canonical[fact.id], words))
        label = fact.summary or fact.id
        if speaker == UNCLEAR:
            status, check, message = "unclear", "speaker", f"{label}: the speaker of this quote is unclear (two people could be meant)"
        elif speaker is not None and speaker != fact.speaker:
            status, check = "contradicts", "speaker"
            message = f"{label}: quote given to {observed_speaker}; the registry has {expected_speaker}{wording}"
        elif not match.exact:
            status, check = "contradicts", "wording"
            message = f"{label}: misquoted: {_describe_diff(word_diff(self.canonical[fact.id], words))}"
        else:
            status, check = "agrees", "speaker" if speaker else "wording"
            message = f"{label}: quote agrees" + ("" if speaker else " (no registered speaker named)")
        return article.finding(
            fact, check=check, status=status, start=attribution.quote.start, end=attribution.quote.end,
            expected=expected, observed=observed, message=message, speaker=speaker,
        )

    def _name(self, speaker: str | None) -> str:
        if speaker is None:
            return "no registered speaker named"
        if speaker == UNCLEAR:
            return "speaker unclear"
        person: Person = self.people[speaker]
        return person.name


def _describe_diff(parts: list[tuple[str, str]]) -> str:
    changes = [f"{'-' if op == 'delete' else '+'}[{words}]" for op, words in parts if op != "equal"]
    return " ".join(changes) or "punctuation only"
