"""Tying a value in a sentence to the fact it belongs to, by the facts' anchor phrases.

A value is compared with the fact whose anchor is nearest to it, and with any fact whose anchor has it as its own
nearest value in the sentence. It agrees with those that fit and agree; failing that, with a fact anchored in
its paragraph that fits and agrees. It contradicts only on firm ground: the nearest fitting anchor shares its
clause, the value is read firmly (`firm`), and no other registered fact it fits agrees with it. Where the
harness cannot tell, it makes no observation: a value it is unsure of is never called a contradiction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from harness.text.article import Article
from harness.text.tokens import PhraseIndex

Mention = TypeVar("Mention")
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Tie(Generic[Mention]):
    """A value tied to a fact: `agrees`, the anchor's span, and where the anchor was found (for --explain)."""

    fact: object
    mention: Mention
    agrees: bool
    anchor: Span
    scope: str

    def verdict(self, label: str, observed: str, expected: str, *, described: str, noun: str) -> tuple[str, str]:
        """The status and message every tied value reads the same way: agrees, disputed by sources, or contradicts."""
        if self.agrees:
            return "agrees", f"{label}: {observed} agrees with {expected}"
        if getattr(self.fact, "disputed", False):
            return "disputed", f"{label}: the article says {observed}; sources disagree on this {noun} (the registry has {expected})"
        return "contradicts", f"{label}: the article says {described}; the registry has {expected}"

    def where(self, article: Article) -> str:
        """The anchor's words and position, so --explain shows what tied the value to the fact."""
        line, column = article.document.position(self.anchor[0])
        return f'anchor "{article.document.original[self.anchor[0]:self.anchor[1]]}" at {line}:{column} in the same {self.scope}'


class Anchors:
    def __init__(self, facts: Iterable):
        self.facts = list(facts)
        self._order = {id(fact): position for position, fact in enumerate(self.facts)}
        self.index: PhraseIndex = PhraseIndex()
        for fact in self.facts:
            for anchor in fact.anchors:
                self.index.add(anchor, fact)

    def tie(self, article: Article, extract: Callable[[str, int, int], list], *, fits: Callable[[object, object], bool],
            agrees: Callable[[object, object], bool], firm: Callable[[object, object], bool],
            owner: Callable[[object, dict], object | None] = lambda mention, anchored: None,
            clause_agrees: Callable[[object, object], bool] = lambda fact, mention: False, dates: bool = False) -> Iterator[Tie]:
        """A `Tie` for every mention `extract` finds in a checked sentence that an anchored fact `fits`.

        `firm` says whether a mention may contradict the fact; `owner(mention, anchored)` names another registered
        fact whose value it is (`anchored` holds the facts anchored in its sentence): that fact claims it, and
        agrees when anchored in the sentence. A mention also agrees with every fact anchored in its clause that it
        fits, that no other mention claims and that `clause_agrees` allows (a figure, a year; a weekday fits too many
        days for that). With `dates`, a day before an anchor that follows "from" or "after" dates something later
        ("recovering on Saturday from the outage"), never the anchored event.
        """
        document = article.document
        text = document.text
        paragraphs: dict[int, dict] = {}
        for _, sentence in document.checked_sentences():
            mentions = extract(text, sentence.start, sentence.end)
            if mentions:
                ties = self._tie_sentence(article, sentence, mentions, paragraphs, fits, agrees, firm, owner, clause_agrees, dates)
                yield from _one_value_per_sentence(list(ties))

    def _tie_sentence(self, article: Article, sentence, mentions: list, paragraphs: dict[int, dict], fits, agrees, firm,
                      owner, clause_agrees, dates: bool) -> Iterator[Tie]:
        document = article.document
        anchored = self.in_span(article, sentence.start, sentence.end)
        claims = _claims(anchored, mentions, fits)
        held = {id(mention): {fact for fact in claims[id(mention)] if agrees(fact, mention)} for mention in mentions}  # claims kept
        paragraph: dict | None = paragraphs.get(sentence.paragraph)
        for mention in mentions:
            span = (mention.start, mention.end)
            fitting = {fact: spans for fact, spans in anchored.items() if fits(fact, mention)}
            if fitting:
                fact, anchor = nearest(fitting, span, article)
                candidates = {other: fitting[other] for other in fitting if other is fact or other in claims[id(mention)]}
                in_clause = _unclaimed_in_clause(document, {other: spans for other, spans in fitting.items()
                                                            if clause_agrees(other, mention)}, held, mention)
                agreeing = {other: spans for other, spans in (candidates | in_clause).items() if agrees(other, mention)}
                for other, spans in agreeing.items():  # "four to eight hours" agrees with a minimum and a maximum
                    anchor = nearest({other: spans}, span, article)[1]
                    yield Tie(other, mention, True, anchor, "clause" if document.same_clause(anchor, span) else "sentence")
                if agreeing:
                    continue
            if paragraph is None:
                bounds = document.paragraphs[sentence.paragraph]
                paragraph = paragraphs[sentence.paragraph] = self.in_span(article, bounds.start, bounds.end)
            around = {other: spans for other, spans in paragraph.items()
                      if other not in anchored and fits(other, mention) and agrees(other, mention)}
            for other, spans in around.items():
                yield Tie(other, mention, True, nearest({other: spans}, span, article)[1], "paragraph")
            if around:
                continue
            claimed = owner(mention, anchored)
            if claimed is not None:
                if claimed in anchored:
                    anchor = nearest({claimed: anchored[claimed]}, span, article)[1]
                    yield Tie(claimed, mention, True, anchor, "clause" if document.same_clause(anchor, span) else "sentence")
                continue
            if not fitting:
                continue
            if any(agrees(other, mention) and not _claims_another(claims, other, mention)
                   and any(document.same_clause(anchor, span) and not _value_between(mentions, anchor, mention) for anchor in spans)
                   for other, spans in fitting.items()):
                continue  # "Later on Friday, the State Department announced the postponement": Friday is the postponement's
            for other, spans in sorted(candidates.items(), key=lambda item: item[0] is not fact):  # the nearest first
                anchor = nearest({other: spans}, span, article)[1]
                if (document.same_clause(anchor, span) and not _opens_an_infinitive(document.text, span, anchor)
                        and not _across_a_quote_mark(document.text, span, anchor)
                        and not _of_another_event(document.text, sentence.start, span, anchor)
                        and not (dates and _of_a_later_event(document.text, span, anchor)) and firm(other, mention)):
                    yield Tie(other, mention, False, anchor, "clause")

    def in_span(self, article: Article, start: int, end: int) -> dict[object, list[Span]]:
        """Each fact anchored in [start, end), with the spans of its anchors, in registry order."""
        spans: dict[object, list[Span]] = defaultdict(list)
        for hit in self.index.find(article.tokens.within(start, end)):
            spans[hit.value].append((hit.start, hit.end))
        return dict(sorted(spans.items(), key=lambda item: self._order[id(item[0])]))


def _unclaimed_in_clause(document, fitting: dict[object, list[Span]], claims: dict[int, set], mention) -> dict[object, list[Span]]:
    """The fitting facts anchored in the mention's clause that claim no other mention agreeing with them ("since a
    2004 tremor … killed more than 600 people": the earlier tremor's toll, though "killed" is nearer; "won the title
    in 1964, 2008 and 2012": the 2008 title's anchor is nearest 1964, which is not its year)."""
    if not fitting:
        return {}
    span = (mention.start, mention.end)
    claimed_elsewhere = {id(fact) for key, facts in claims.items() if key != id(mention) for fact in facts}
    return {fact: spans for fact, spans in fitting.items()
            if id(fact) not in claimed_elsewhere and any(document.same_clause(anchor, span) for anchor in spans)}


def _of_another_event(text: str, sentence_start: int, span: Span, anchor: Span) -> bool:
    """Whether the anchor follows "ahead of" or "before" and the value is not the gap itself: "practice ahead of the
    Grand Prix … on Oct. 6" dates the practice, while "54 days before the vote" measures the wait."""
    found = _BEFORE_ANCHOR.search(text, max(sentence_start, anchor[0] - 60), anchor[0])
    return found is not None and not (span[1] <= found.start() and _GAP_WORD.fullmatch(text, span[1], found.start()))


def _of_a_later_event(text: str, span: Span, anchor: Span) -> bool:
    """Whether a day stands before an anchor that "from", "after", "following" or "since" introduces: "recovering on
    Saturday from the outage" dates the recovery, after the outage. A day after such an anchor ("after reports emerged
    on Wednesday") is the anchored event's own."""
    return span[1] <= anchor[0] and _LATER_THAN_ANCHOR.search(text, max(span[1], anchor[0] - 40), anchor[0]) is not None


def _across_a_quote_mark(text: str, span: Span, anchor: Span) -> bool:
    """Whether a quote mark stands between the anchor and the value: one is the speaker's words, the other the
    writer's ("Abe “assumed a heavy responsibility as prime minister for eight years and eight months,”" is no age)."""
    low, high = _between(anchor, span)
    return '"' in text[low:high]


def _opens_an_infinitive(text: str, span: Span, anchor: Span) -> bool:
    """Whether the anchor follows the value as the verb of an infinitive ("wait for inflation to reach 2% to cut
    interest rates"): the value belongs to the verb before it, so the anchor never makes it contradict."""
    return anchor[0] >= span[1] and _INFINITIVE_GAP.fullmatch(text, span[1], anchor[0]) is not None


# "during the first practice session ahead of the Qatari F1 Grand Prix … on Oct. 6": the value is of something
# before the anchored event, so it never contradicts that event's. Not "after": in "after reports emerged on
# Wednesday" the day is the anchored event's own.
_BEFORE_ANCHOR = re.compile(r"\b(?:ahead\s+of|before|prior\s+to)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_LATER_THAN_ANCHOR = re.compile(r"\b(?:from|after|following|since)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\w+\s+){0,2}$",
                                re.IGNORECASE)
_GAP_WORD = re.compile(r"\s*[^\W\d_]*\s*")  # "54 days before": at most the unit between the value and "before"
_INFINITIVE_GAP = re.compile(r"\W*(?:[^\W\d_]+\s+)?to\s+")  # at most the unit between: "2% to cut", "2 points to cut"


def _value_between(mentions: list, anchor: Span, mention) -> bool:
    """Whether another value stands between an anchor and this mention ("The Geneva talks … Brussels on Wednesday and
    … Vienna on Monday": Wednesday stands between the Geneva talks and Monday)."""
    low, high = _between(anchor, (mention.start, mention.end))
    return any(other is not mention and low <= other.start and other.end <= high for other in mentions)


def _between(anchor: Span, span: Span) -> Span:
    """The text between an anchor and a value, whichever comes first."""
    return (anchor[1], span[0]) if anchor[1] <= span[0] else (span[1], anchor[0])


def _claims_another(claims: dict[int, set], fact, mention) -> bool:
    """Whether the fact's anchors claim a mention other than this one ("… in Vienna on Thursday" claims its own day)."""
    return any(fact in facts for key, facts in claims.items() if key != id(mention))


def _one_value_per_sentence(ties: list[Tie]) -> Iterator[Tie]:
    """Drop a contradiction of a fact that another value in the same sentence agrees with: a sentence states a fact
    once, so the other value belongs to something else ("crashes in 2018 and 2019"; "the FAA on Saturday ordered
    … after a flight Friday evening"; "15, 20, 30, 40, 50, 60 opioid pills"); then keep one contradiction per value."""
    agreeing = {id(tie.fact) for tie in ties if tie.agrees}
    contradicted: set[int] = set()  # a value contradicts one fact at most, the nearest left: the words do not say which
    for tie in ties:
        if tie.agrees:
            yield tie
        elif id(tie.fact) not in agreeing and id(tie.mention) not in contradicted:
            contradicted.add(id(tie.mention))
            yield tie


def _claims(anchored: dict[object, list[Span]], mentions: list, fits) -> dict[int, set]:
    """For each mention (by id), the facts one of whose anchors has it as its nearest fitting mention, with no
    other fact's anchor between them: in "talks in Brussels on Thursday and a meeting in Vienna on Wednesday"
    each place claims its own day."""
    others = [(fact, span) for fact, spans in anchored.items() for span in spans]
    claims: dict[int, set] = defaultdict(set)
    for fact, spans in anchored.items():
        fitting = [mention for mention in mentions if fits(fact, mention)]
        for anchor_start, anchor_end in spans:
            held = [m for m in fitting if anchor_start <= m.start and m.end <= anchor_end]
            for mention in held:
                claims[id(mention)].add(fact)
            outside = [m for m in fitting if m.end <= anchor_start or m.start >= anchor_end or anchor_start < m.start < anchor_end < m.end]
            if held or not outside:
                continue
            closest = min(outside, key=lambda m: anchor_start - m.end if m.end <= anchor_start else max(0, m.start - anchor_end))
            low, high = min(anchor_end, closest.end), max(anchor_start, closest.start)
            if not any(other is not fact and low <= span[0] and span[1] <= high for other, span in others):
                claims[id(closest)].add(fact)
    return claims


def nearest(anchored: dict[object, list[Span]], span: Span, article: Article) -> tuple[object, Span]:
    """The fact whose anchor is nearest to `span`, preferring anchors in its clause; an anchor that holds the value
    is nearest of all, one that ends in its qualifier is next to it, and anchors inside it do not count. Of two
    anchors as near, the longer is the more particular ("national record time of" 9.83 over "time of").

    Two facts may share the nearest anchor ("in 2026" for both a growth and an inflation projection): the one with
    more of its anchors in the sentence ("Economic growth is expected to … 1.7% in 2026") is the one meant. Ties
    after that go to the fact listed first in the registry, so the choice never depends on hashing.
    """
    best: tuple[tuple[bool, int, int, int], object, Span] | None = None
    start, end = span
    for fact, spans in anchored.items():
        for anchor in spans:
            if anchor[0] <= start and end <= anchor[1]:
                distance = -1  # the anchor holds the value: "the 2014 final", "last year's final"
            elif anchor[0] < start < anchor[1] < end:
                distance = 0  # the anchor ends in the value's qualifier: "sentenced to more than" 11 years
            elif anchor[0] < end and start < anchor[1]:
                continue
            else:
                distance = start - anchor[1] if anchor[1] <= start else anchor[0] - end
            key = (not article.document.same_clause(anchor, span), distance, anchor[0] - anchor[1], -len(spans))  # the longer at one distance
            if best is None or key < best[0]:
                best = (key, fact, anchor)
    if best is None:
        fact, spans = next(iter(anchored.items()))
        return fact, spans[0]
    return best[1], best[2]
