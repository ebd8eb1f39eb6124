"""Tying a value in a sentence to the fact it belongs to, by the fact's anchor phrases nearest to it."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Iterator

from harness.text.article import Article
from harness.text.tokens import PhraseIndex


class Anchors:
    def __init__(self, facts: Iterable):
        self.index: PhraseIndex = PhraseIndex()
        for fact in facts:
            for anchor in fact.anchors:
                self.index.add(anchor, fact)

    def tie(self, article: Article, extract: Callable[[str, int, int], list], fits: Callable[[object, object], bool]) -> Iterator[tuple[object, object]]:
        """(fact, mention) for every mention `extract` finds in a checked sentence that an anchored fact `fits`."""
        text = article.document.text
        for _, sentence in article.document.checked_sentences():
            mentions = extract(text, sentence.start, sentence.end)
            if not mentions:
                continue
            anchored = self.in_sentence(article, sentence.start, sentence.end)
            for mention in mentions if anchored else ():
                fact = nearest_fact(anchored, mention.start, mention.end, fits=lambda fact, mention=mention: fits(fact, mention))
                if fact is not None:
                    yield fact, mention

    def in_sentence(self, article: Article, start: int, end: int) -> dict[object, list[tuple[int, int]]]:
        """Each fact anchored in the sentence [start, end), with the spans of its anchors."""
        spans: dict[object, list[tuple[int, int]]] = defaultdict(list)
        for hit in self.index.find(article.tokens.within(start, end)):
            spans[hit.value].append((hit.start, hit.end))
        return spans


def nearest_fact(anchored: dict, start: int, end: int, *, fits: Callable[[object], bool]):
    """The fitting fact whose anchor is nearest to the span [start, end); anchors inside the span do not count."""
    best, best_distance = None, None
    for fact, spans in anchored.items():
        if not fits(fact):
            continue
        for anchor_start, anchor_end in spans:
            if anchor_start < end and start < anchor_end:
                continue
            distance = start - anchor_end if anchor_end <= start else anchor_start - end
            if best_distance is None or distance < best_distance:
                best, best_distance = fact, distance
    return best
