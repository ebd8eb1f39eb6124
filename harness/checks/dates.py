"""Date facts: weekdays, relative days, explicit dates and years, each resolved against the version's publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from harness.checks.anchors import Anchors
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import DateFact
from harness.text.article import Article
from harness.text.vocabulary import MONTHS, WEEKDAYS

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<day>\d{{1,2}})\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_YEAR}-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?:(?P<relation>last|next|this|on)\s+)?{_WEEKDAY}\b"),
    re.compile(r"\b(?P<relative>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b"),
    re.compile(rf"(?<![\d,.$])\b{_YEAR}\b(?![,.]?\d)"),
)
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_MAX_WEEKDAY_DISTANCE = 6


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    weekday: int | None = None
    relation: str | None = None
    relative: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None


def extract_dates(text: str, start: int, end: int) -> list[DateMention]:
    """Date mentions in text[start:end], longest first where they overlap ("Tuesday, Jan. 11, 2022" is one)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(match.start() < stop and begin < match.end() for begin, stop in taken):
                continue
            mention = _mention(match)
            if mention is not None:
                found.append(mention)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda mention: mention.start)


def _mention(match: re.Match) -> DateMention | None:
    groups = match.groupdict()
    weekday = WEEKDAYS.index(groups["weekday"].lower()) if groups.get("weekday") else None
    year = int(groups["year"]) if groups.get("year") else None
    month = MONTHS.get(groups["month"].lower().rstrip(".")) if groups.get("month") else None
    if groups.get("month_number"):
        month = int(groups["month_number"])
    day = int(groups["day"]) if groups.get("day") else None
    if month is not None and day is not None and not _valid(year or 2000, month, day):
        return None
    relative = _RELATIVE_DAYS.get(groups["relative"].lower()) if groups.get("relative") else None
    relation = groups.get("relation")
    return DateMention(match.start(), match.end(), match.group(), weekday, relation, relative, year, month, day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def comparable(fact: DateFact, mention: DateMention) -> bool:
    """Whether the mention can say anything about the fact (a weekday says nothing of a year-only fact)."""
    if fact.year_only:
        return mention.year is not None
    return True


def agrees(fact: DateFact, mention: DateMention, published: dt.date) -> bool:
    day = fact.day
    if fact.year_only or (mention.month is None and mention.year is not None and mention.weekday is None):
        return mention.year == day.year
    if mention.relative is not None:
        return published + dt.timedelta(days=mention.relative) == day
    if mention.weekday is not None and mention.weekday != day.weekday():
        return False
    if mention.month is not None:
        return (mention.month, mention.day) == (day.month, day.day) and mention.year in (None, day.year)
    distance = (day - published).days
    if mention.relation == "last" and distance >= 0 or mention.relation == "next" and distance <= 0:
        return False
    return abs(distance) <= _MAX_WEEKDAY_DISTANCE


def resolve(mention: DateMention, published: dt.date) -> dt.date | None:
    """The day a mention most likely names, for display; None for a bare year."""
    if mention.relative is not None:
        return published + dt.timedelta(days=mention.relative)
    if mention.month is not None:
        return dt.date(mention.year or published.year, mention.month, mention.day)
    if mention.weekday is None:
        return None
    ahead = (mention.weekday - published.weekday()) % 7
    if mention.relation == "last":
        return published - dt.timedelta(days=(7 - ahead) or 7)
    if mention.relation == "next":
        return published + dt.timedelta(days=ahead or 7)
    return published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def describe(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()].title()} {day.isoformat()}"


class DateCheck:
    def __init__(self, registry: Registry, facts: list[DateFact]):
        self.anchors = Anchors(facts)

    def run(self, article: Article) -> Iterator[Finding]:
        for fact, mention in self.anchors.tie(article, extract_dates, comparable):
            yield self._finding(article, fact, mention)

    @staticmethod
    def _finding(article: Article, fact: DateFact, mention: DateMention) -> Finding:
        published = article.published
        ok = agrees(fact, mention, published)
        resolved = resolve(mention, published)
        observed = mention.text if resolved is None or mention.year is not None else f"{mention.text} ({resolved.isoformat()})"
        expected = fact.date if fact.year_only else describe(fact.day)
        check = "weekday" if mention.month is None and mention.year is None else "date"
        message = (
            f"{fact.summary or fact.id}: the article says {observed}; the registry has {expected}"
            if not ok else f"{fact.summary or fact.id}: {observed} agrees with {expected}"
        )
        return article.finding(
            fact, check=check, status="agrees" if ok else "contradicts", start=mention.start, end=mention.end,
            expected=expected, observed=observed, message=message,
        )
