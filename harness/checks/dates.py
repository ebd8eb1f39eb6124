"""Date facts: weekdays, relative days, explicit dates and years, each resolved against the version's publication date.

A date agrees when it names the fact's day (or an accepted one); it contradicts only on firm ground (see
`anchors`), and never from a caption or sentence that dates an archive photo.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from harness.checks.anchors import Anchors, Tie
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import DateFact
from harness.text.article import Article
from harness.text.dates import (
    DESCRIBES_NOUN,
    SPAN_END,
    DateMention,
    describes_an_archive_photo,
    opens_a_relative_clause,
    readings,
    resolve,
    saying_before,
)
from harness.text.tokens import phrase_keys
from harness.text.vocabulary import WEEKDAYS, lexicon

_MAX_WEEKDAY_DISTANCE = 7
_ANCHOR_WORDS = 8
_ANCHOR_CHARACTERS = 120
_DAY_PARTS = frozenset(lexicon("dates")["day_parts"])
_SPAN_MODIFIERS = frozenset({"early", "late", "mid", "the"})


def comparable(fact: DateFact, mention: DateMention, published: dt.date) -> bool:
    """Whether the mention can say anything about the fact: a weekday says nothing of a year-only fact, nor of
    an event more than a week from the version's publication (that "Friday" is some other day)."""
    if fact.year_only:
        return mention.year_in(published) is not None
    if mention.relative_year is not None or mention.relative_month is not None:
        return True
    if mention.month is None and mention.year is None:
        return any(abs((day - published).days) <= _MAX_WEEKDAY_DISTANCE for day in _days(fact))
    return True


def _later_year(mention: DateMention, published: dt.date) -> bool:
    year = mention.year_in(published)
    return year is not None and year > published.year


def _past(fact: DateFact, published: dt.date) -> bool:
    """Whether every date the fact allows is before the year of publication."""
    return all(int(target[:4]) < published.year for target in (fact.date, *fact.accepted))


def _days(fact: DateFact) -> list[dt.date]:
    return [dt.date.fromisoformat(target) for target in (fact.date, *fact.accepted) if len(target) > 4]


def agrees(target: str, mention: DateMention, published: dt.date) -> bool:
    """Whether the mention names the registered date `target` (YYYY-MM-DD or YYYY)."""
    year_only = len(target) == 4
    day = dt.date(int(target), 1, 1) if year_only else dt.date.fromisoformat(target)
    if mention.month_only and not year_only:
        return (day.year, day.month) in mention.months_in(published)
    if year_only or (mention.month is None and mention.year_in(published) is not None and mention.weekday is None):
        year = mention.year_in(published)
        if year is None:  # "Oct. 7" against a year: the year it is read in
            resolved = resolve(mention, published)
            year = resolved.year if resolved is not None else None
        return year is not None and abs(year - day.year) <= (1 if mention.rounded else 0)
    if mention.hedge == DESCRIBES_NOUN and mention.month is not None and mention.year is None:
        return (mention.month, mention.day) == (day.month, day.day)  # "the January 6 insurrection", any year
    if mention.weekday is not None and mention.weekday != day.weekday():
        return False
    if mention.relative is not None or mention.month is not None:
        return day in readings(mention, published)
    distance = (day - published).days
    if mention.relation == "last" and distance >= 0 or mention.relation == "next" and distance <= 0:
        return False
    return abs(distance) <= _MAX_WEEKDAY_DISTANCE


def _in_dateline(text: str, mention: DateMention) -> bool:
    """Whether the date stands in a dateline that opens a paragraph: a place, a comma, the date, then a colon or a
    dash ("Taipei City, Jan 14:", "WASHINGTON, Oct. 3 (Reuters) -")."""
    reach = max(0, mention.start - _DATELINE_REACH)  # a place is short: never scan back over a long line
    line_start = text.rfind("\n", reach, mention.start) + 1
    if line_start == 0 and reach > 0:
        return False
    return bool(_DATELINE_PLACE.fullmatch(text, line_start, mention.start) and _DATELINE_END.match(text, mention.end))


_DATELINE_REACH = 60
_DATELINE_PLACE = re.compile(r"\s*[A-Z][\w.'’ -]{0,40},\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[:—–-]")


def describe(target: str) -> str:
    if len(target) == 4:
        return target
    day = dt.date.fromisoformat(target)
    return f"{WEEKDAYS[day.weekday()].title()} {day.isoformat()}"


class DateCheck:
    def __init__(self, registry: Registry, facts: list[DateFact]):
        self.anchors = Anchors(facts)
        self.anchor_keys = {fact.id: [keys for anchor in fact.anchors if (keys := phrase_keys(anchor))] for fact in facts}

    def run(self, article: Article) -> Iterator[Finding]:
        document, published = article.document, article.published

        def fits(fact: DateFact, mention: DateMention) -> bool:
            return comparable(fact, mention, published)

        def matches(fact: DateFact, mention: DateMention) -> bool:
            return any(agrees(target, mention, published) for target in (fact.date, *fact.accepted))

        def firm(fact: DateFact, mention: DateMention) -> bool:
            """Not one end of a span (unless the fact's anchor names the span: "highest level since"), not "today" or
            "yesterday" inside a quote (said on another day than published), not a bare year set against a day ("the 2014
            final"), and not an archive photo's date set against a recent event (the photo shows an earlier one)."""
            if mention.hedge == SPAN_END and not self._anchor_before(fact, article, mention.start):
                return False
            if mention.hedge == DESCRIBES_NOUN and (not self._anchor_after(fact, article, mention.end) or mention.month is not None):
                return False  # "the Wednesday estimate": the estimate's day, unless the fact is the estimate's; "the January
                # 6 insurrection" names an event by its day, whose year it leaves unsaid
            if _later_year(mention, published) and _past(fact, published):
                return False  # "into the 2026 World Cup", said in 2024: a coming edition, not the past one registered
            saying = saying_before(article.tokens, mention.start)
            if saying is not None and not any(self._anchor_before(fact, article, offset) for offset in (
                    saying.start, *(token.end for token in article.tokens.within(saying.start, mention.start)))):
                return False  # "a rampage that killed 93 people …, the Kremlin said on Saturday": the day of the saying,
                # unless the fact is the saying ("the Kremlin said", "told CNN")
            if opens_a_relative_clause(article.tokens, mention.start) and not self._anchor_after(fact, article, mention.end):
                return False  # "Modi, who on Friday visited the neighbourhood where the flight went down": the visit's day
            if _in_dateline(document.text, mention):
                return False  # "Taipei City, Jan 14:": the day the story was filed, not the event's
            if mention.relative is not None and _quoted(document, mention.start):
                return False  # "“Today’s verdict proves he was wrong”": the speaker's today, not the version's
            if mention.relative is not None and any(abs((published + dt.timedelta(days=mention.relative) - day).days) <= 1 for day in _days(fact)):
                return False  # "today" a day off: the page's date may be a day after the writer's (a time zone, a reprint)
            if not fact.year_only and (mention.month is None and mention.weekday is None and mention.relative is None
                                       or mention.month_only):
                return False  # a year, "last year" or "last July" set against an event's day names no day
            if mention.month_only and mention.relation and mention.relation.lower() == "in":
                return False  # "convicted in January": its year is the reader's inference, never firm
            sentence = document.sentences[document.sentence_index(mention.start)]
            paragraph = document.paragraphs[sentence.paragraph]
            context = (paragraph.start, paragraph.end) if paragraph.role == "caption" else (sentence.start, sentence.end)
            recent = any((published - day).days <= _MAX_WEEKDAY_DISTANCE for day in _days(fact))
            return not (recent and describes_an_archive_photo(document.text[context[0]:context[1]]))

        def owner(mention: DateMention, anchored: dict) -> DateFact | None:
            """A full date that is the date of another event anchored in its sentence belongs to that event."""
            return next((fact for fact in anchored if matches(fact, mention)), None) if mention.month is not None else None

        def year_of(fact: DateFact, mention: DateMention) -> bool:
            """A year agrees with a year fact anchored in its clause ("clinch his maiden title at the … Abu Dhabi Grand
            Prix in 2021", nearer the Grand Prix's anchor)."""
            return fact.year_only and mention.year is not None and mention.month is None and mention.weekday is None

        for tie in self.anchors.tie(article, lambda text, start, end: article.dates(start, end), fits=fits, agrees=matches, firm=firm, owner=owner, clause_agrees=year_of,
                                    dates=True):
            yield self._finding(article, tie)

    def _anchor_before(self, fact: DateFact, article: Article, offset: int) -> bool:
        """Whether one of the fact's anchors ends right before `offset` ("highest level since" 2008), or a participle
        anchor before "since": "he had been admitted since Wednesday, February 14" dates the admission."""
        before = [token.key for token in article.tokens.last(_ANCHOR_WORDS, 0, offset)]
        while before and before[-1] in _SPAN_MODIFIERS:
            before.pop()  # "since early 2008"
        if any(tuple(before[-len(keys):]) == keys for keys in self.anchor_keys[fact.id] if len(keys) <= len(before)):
            return True
        begun = before[:-1] if before[-1:] == ["since"] else []
        return any(tuple(begun[-len(keys):]) == keys and keys[-1].endswith("ed") for keys in self.anchor_keys[fact.id]
                   if keys and len(keys) <= len(begun))

    def _anchor_after(self, fact: DateFact, article: Article, offset: int) -> bool:
        """Whether one of the fact's anchors starts right after `offset`, a part of the day aside ("the Wednesday night
        attack" with the anchor "attack")."""
        after = [token.key for token in article.tokens.within(offset, offset + _ANCHOR_CHARACTERS)[:_ANCHOR_WORDS]]
        while after and after[0] in _DAY_PARTS:
            after.pop(0)
        return any(tuple(after[:len(keys)]) == keys for keys in self.anchor_keys[fact.id])

    @staticmethod
    def _finding(article: Article, tie: Tie) -> Finding:
        fact: DateFact = tie.fact
        mention: DateMention = tie.mention
        resolved = next((day for day in readings(mention, article.published) if tie.agrees and day.isoformat() in (fact.date, *fact.accepted)),
                        resolve(mention, article.published))  # the day actually compared
        observed = mention.text if resolved is None or mention.year is not None else f"{mention.text} ({resolved.isoformat()})"
        expected = " or ".join(describe(target) for target in (fact.date, *fact.accepted))
        check = "weekday" if mention.month is None and mention.year is None else "date"
        label = fact.summary or fact.id
        status, message = tie.verdict(label, observed, expected, described=observed, noun="date")
        return article.finding(
            fact, check=check, status=status, start=mention.start, end=mention.end, expected=expected, observed=observed,
            message=message, tie=f"{tie.where(article)}; read against {article.published.isoformat()}"
                                 + (f"; hedged: {mention.hedge}" if mention.hedge else ""),
        )


def _quoted(document, offset: int) -> bool:
    """Whether `offset` stands inside a double-quoted passage of its paragraph (an odd number of marks before it)."""
    paragraph = document.paragraphs[document.sentences[document.sentence_index(offset)].paragraph]
    return document.text.count('"', paragraph.start, offset) % 2 == 1
