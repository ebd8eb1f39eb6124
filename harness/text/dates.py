"""Dates in a sentence: weekdays, relative days, explicit dates and years, resolved against a publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from harness.text.tokens import Token, Tokens
from harness.text.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS, lexicon

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"(?:\b{_WEEKDAY},?\s+(?P<bracket>\()?)?\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?(?(bracket)\))"),
    re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<day>\d{{1,2}})\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_YEAR}-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?:(?P<relation>last|next|this|on)\s+)?{_WEEKDAY}\b"),
    re.compile(rf"\b(?P<relation>[Ll]ast|[Nn]ext|[Tt]his)\s+{_MONTH}(?![.\w]|\s*\d)"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b(?P<relation>[Ii]n|[Ss]ince|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+{_MONTH}(?![.\w]|\s*\d)"),
    re.compile(r"\b(?P<relative>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b"),
    re.compile(r"\b(?P<year_relation>[Ll]ast|[Nn]ext|[Tt]his)\s+year\b"),
    re.compile(rf"\b(?P<years_ago>\d{{1,2}}|{'|'.join(word for word, value in NUMBER_WORDS.items() if 1 <= value <= 20)})\s+years?\s+ago\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<month_relation>[Ll]ast|[Nn]ext|[Tt]his)\s+month\b"),
    re.compile(rf"(?<![\d,.$])\b{_YEAR}\b(?![,.]?\d)"),
)
_BARE_YEAR = _PATTERNS[-1]
_MAY_HOLD_DATE = re.compile(r"\d|day\b|year\b|month\b|morrow\b|\bago\b|\b(?:last|next|this)\s+(?-i:[A-Z])|\b(?:in|since|of)\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
                            re.IGNORECASE)
_MONTH_YEAR_SHIFT = {  # "last July" is the latest July before the month of publication, "next July" the first after
    "last": lambda month, published: 0 if month < published else -1,
    "this": lambda month, published: 0,
    "next": lambda month, published: 0 if month > published else 1,
    "in": lambda month, published: 0 if month <= published else -1,  # "in July": the latest up to it
    "since": lambda month, published: 0 if month <= published else -1,  # "since January": likewise
}
SPAN_END = "one end of a span"
DESCRIBES_NOUN = "dates the noun after it"
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_SAYING_VERBS = frozenset(lexicon("dates")["saying_verbs"])
_RELATIVES = frozenset({"who", "which", "that"})
_OBJECT_WORDS = 2  # "told Reuters on Saturday", "told the BBC on Saturday"
_MONTHS_AHEAD = 3
_UNMARKED_AHEAD = 31  # days: a yearless date further ahead than this, with nothing to say it is to come, may be past


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
    hedge: str = ""
    relative_year: int | None = None
    ahead: bool = False
    past: bool = False  # a past tense puts it before publication ("Finland joined the alliance on April 4")
    relative_month: int | None = None
    rounded: bool = False  # "ten years ago": a count of years, rounded, so a year either side agrees

    def months_in(self, published: dt.date) -> list[tuple[int, int]]:
        """The (year, month)s a month-only mention may name: `month_in`, and for "in September" with no year, written
        within three months before its next occurrence, that one too ("His term expires at the end of September",
        in August: the tense, not a word, says it is to come)."""
        named = self.month_in(published)
        if named is None or self.year is not None or (self.relation or "").lower() != "in" or named[1] > published.month and named[0] == published.year:
            return [named] if named else []
        following = (named[0] + 1, named[1])
        ahead = (following[0] - published.year) * 12 + following[1] - published.month
        return [named, following] if 0 < ahead <= _MONTHS_AHEAD else [named]

    def month_in(self, published: dt.date) -> tuple[int, int] | None:
        """The (year, month) a month-only mention names: written, or counted from the publication ("last month")."""
        if self.relative_month is not None:
            months = published.year * 12 + published.month - 1 + self.relative_month
            return months // 12, months % 12 + 1
        return (self.year_in(published), self.month) if self.month_only else None

    def year_in(self, published: dt.date) -> int | None:
        """The year the mention names: written, or counted from the publication date ("last year")."""
        if self.relative_year is not None:
            return published.year + self.relative_year
        if self.relative_month is not None:
            return self.month_in(published)[0]
        if self.month is not None and self.day is None and self.relation is not None:
            relation = "next" if self.ahead and self.relation.lower() == "in" else self.relation.lower()
            return published.year + _MONTH_YEAR_SHIFT[relation](self.month, published.month)  # "will rule in March": the next
        return self.year

    @property
    def month_only(self) -> bool:
        """"last July", "in January", "January 2022", "last month": a month and its year, no day."""
        return self.month is not None and self.day is None or self.relative_month is not None


def extract_dates(text: str, start: int, end: int) -> list[DateMention]:
    """Date mentions in text[start:end], longest first where they overlap ("Tuesday, Jan. 11, 2022" is one)."""
    if not _MAY_HOLD_DATE.search(text, start, end):
        return []  # a cheap first pass: every date pattern needs a figure, a day's name, "tomorrow", "year" or "last July"
    found: list[DateMention] = []
    taken = bytearray(end - start)
    for pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(taken[match.start() - start:match.end() - start]):
                continue
            span = _SPAN_BEFORE.search(text, max(start, match.start() - 20), match.start())
            if span and span.group("determiner") and _NOUN_AFTER.match(text, match.end(), end):
                span = None  # "since the 1961 hurricane": the year of an event the sentence names, not a span's end
            mention = None if pattern is _BARE_YEAR and _in_a_name(text, match, start) else _mention(match, span)
            if mention is not None and not mention.hedge and _attributive(text, match, start, end):
                mention = replace(mention, hedge=DESCRIBES_NOUN)
            if mention is not None and _ahead(text, start, match.start()):
                mention = replace(mention, ahead=True)
            elif mention is not None and mention.year is None and _PAST_ON.search(text, max(start, match.start() - 60), match.start()):
                mention = replace(mention, past=True)
            if mention is not None:
                found.append(mention)
                taken[match.start() - start:match.end() - start] = b"\x01" * (match.end() - match.start())
    return _years_from_earlier(text, start, end, sorted(found, key=lambda mention: mention.start))


def _years_from_earlier(text: str, start: int, end: int, found: list[DateMention]) -> list[DateMention]:
    """"at the Australian Open in 2021, he then squandered a lead … in the final the following year": a year counted
    from a year the sentence named before is that year and one, not the year after publication; "in December of
    that year" is the December of the last year named, in this sentence or the one before."""
    for match in _COUNTED_YEAR.finditer(text, start, end):
        year = _last_year_before(found, match.start())
        if year is not None:
            shift = 1 if match.group("after") or match.group("later") else -1
            found = _in_place_of(found, DateMention(match.start(), match.end(), match.group(), year=year + shift))
    for match in _THAT_YEAR.finditer(text, start, end):
        before = _YEARS.findall(text, max(0, start - _LOOK_BACK), start)
        year = _last_year_before(found, match.start()) or (int(before[-1]) if before else None)
        if year is not None:
            month = MONTHS.get(match.group("month").lower().rstrip(".")) if match.group("month") else None
            found = _in_place_of(found, DateMention(match.start(), match.end(), match.group(), year=year, month=month))
    return sorted(found, key=lambda mention: mention.start)


def _last_year_before(found: list[DateMention], offset: int) -> int | None:
    """The year of the last mention before `offset` that names one."""
    return next((mention.year for mention in reversed(found) if mention.end <= offset and mention.year is not None), None)


def _in_place_of(found: list[DateMention], mention: DateMention) -> list[DateMention]:
    """The mentions with `mention` in place of any it overlaps ("next year" inside "the next year")."""
    return [other for other in found if other.end <= mention.start or other.start >= mention.end] + [mention]


def _in_a_name(text: str, match: re.Match, start: int) -> bool:
    """Whether a bare year is part of a name, right after a capitalised word that does not open the sentence
    ("the Euro 2024 final", "at the Paris 2024 Games"): it names the event, it dates nothing."""
    before = _NAME_BEFORE.search(text, max(start, match.start() - 30), match.start())
    return before is not None and text[start:before.start()].strip() != ""


def _ahead(text: str, start: int, end: int) -> bool:
    """Whether a word before `end` in the sentence puts a date ahead of publication ("the election will be held on",
    "is scheduled for"), unless a past tense does so from the past ("was initially scheduled for April 17", "Sanchez
    scheduled the snap vote for July 23"), or the word stands inside a quote the date is outside ("“The official number
    … will be declared …”, Amit Shah said in a statement late on June 12")."""
    return any(not _PAST_BEFORE.search(text, start, found.start()) and not _ACTIVE_PAST.match(text, found.start())
               and text.count('"', found.start(), end) % 2 == 0 for found in _FUTURE.finditer(text, start, end))


def _attributive(text: str, match: re.Match, start: int, end: int) -> bool:
    """"the Wednesday estimate of 36", "the January 6 insurrection": a day's name, or a month and day with no year,
    between "the" and a noun dates that noun, not the clause's verb."""
    named_day = match.group().lower() in WEEKDAYS or (match.groupdict().get("day") and match.groupdict().get("month")
                                                      and not match.groupdict().get("year") and not match.groupdict().get("weekday"))
    edition = match.re is _BARE_YEAR and not _SINCE_THE.search(text, max(start, match.start() - 12), match.start())
    # "the 2022 T20 World Cup": the year names which edition; but "since the 1961 hurricane" names the event compared
    if not (named_day or edition) or _THE_BEFORE.search(text, max(start, match.start() - 5), match.start()) is None:
        return False
    noun = (_NAME_AFTER if edition else _WORD_AFTER).match(text, match.end(), end)
    return noun is not None and noun.group("word").lower() not in _NOT_NOUNS


def _mention(match: re.Match, span: re.Match | None) -> DateMention | None:
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
    if relation and relation.lower().endswith(" of"):
        relation = "in"  # "at the end of September" names the month as "in September" does
    hedge = SPAN_END if span else ""
    shifts = {"last": -1, "this": 0, "next": 1}
    relative_year = shifts.get((groups.get("year_relation") or "").lower())
    ago = groups.get("years_ago")
    if ago:
        relative_year = -(int(ago) if ago.isdigit() else NUMBER_WORDS[ago.lower()])
    relative_month = shifts.get((groups.get("month_relation") or "").lower())
    return DateMention(match.start(), match.end(), match.group(), weekday, relation, relative, year, month, day, hedge, relative_year,
                       relative_month=relative_month, rounded=bool(ago))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_NAME_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]*[A-Za-z]) $")  # "Euro 2024": a capitalised word and one space
_SPAN_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon("dates")["span_before"])
                          + r")\s+(?:(?P<determiner>the\s+)|(?:early|late)\s+)?$", re.IGNORECASE)
# a noun after the year: "the 1961 hurricane", not "the 2019 to 2020 season"
_NOUN_AFTER = re.compile(r"\s+(?!(?:to|and|or|until|till|through)\b)[a-z]")
_PAST_ON = re.compile(r"\b(?!(?:scheduled|expected|planned|slated|set)\b)[a-z]{3,}ed\b(?:\s+[a-z]+){0,4}\s+on\s+$")
_COUNTED_YEAR = re.compile(r"\b(?:the\s+(?P<after>following|next)\s+year|a\s+year\s+(?P<later>later|after)|"
                           r"the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:earlier|before))\b", re.IGNORECASE)
_THAT_YEAR = re.compile(rf"\b(?:{_MONTH}\s+of\s+)?that(?:\s+same)?\s+year\b")
_YEARS = re.compile(r"\b(?:18|19|20)\d\d\b")
_LOOK_BACK = 300  # characters back to the year "that year" names: the sentence before
_SINCE_THE = re.compile(r"\bsince\s+the\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?P<word>[^\W_]{2,})\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"(?:\s+(?:" + "|".join(lexicon("dates")["day_parts"]) + r"))?\s+(?P<word>[a-z]{3,})\b")
_NOT_NOUNS = frozenset(lexicon("context")["function_words"])
_ACTIVE_PAST = re.compile(r"scheduled\s+(?:the|a|an|his|her|its|their)\b", re.IGNORECASE)  # a verb with its object
_PAST_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_FUTURE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in lexicon("dates")["future"]) + r")\b", re.IGNORECASE)
_ARCHIVE_PHOTO = re.compile("|".join(re.escape(p) for p in lexicon("dates")["photo_phrases"]) + r"|^\s*FILE\b", re.IGNORECASE)


def describes_an_archive_photo(text: str) -> bool:
    """Whether a caption or sentence dates an archive photo ("In this Sept. 5, 2019 file photo ..."), not the story's events."""
    return bool(_ARCHIVE_PHOTO.search(text))


def saying_before(tokens: Tokens, offset: int) -> Token | None:
    """The verb of saying right before a day ("the Kremlin said on Saturday", "told Reuters on Saturday"), or None:
    such a day dates the saying, not what was said."""
    before = _words_before_a_day(tokens, offset, _OBJECT_WORDS + 1)
    for distance, token in enumerate(reversed(before)):
        if token.key in _SAYING_VERBS and token.text.islower() and (distance == 0 or token.key in ("told", "tells")):
            return token
    return None


def opens_a_relative_clause(tokens: Tokens, offset: int) -> bool:
    """Whether a day stands right after "who", "which" or "that" ("Modi, who on Friday visited the neighbourhood where
    the flight went down"): it dates the relative clause's own verb, the word after it."""
    before = _words_before_a_day(tokens, offset, 1)
    return bool(before) and before[-1].key in _RELATIVES and before[-1].text.islower()


def _words_before_a_day(tokens: Tokens, offset: int, count: int) -> list[Token]:
    """At most `count` words right before a day at `offset`, past an "on" before it ("said on Saturday")."""
    before = tokens.last(count + 1, 0, offset)
    if before and before[-1].key == "on":
        before = before[:-1]
    return before[-count:]


def readings(mention: DateMention, published: dt.date) -> list[dt.date]:
    """The days a mention may name: the one `resolve` reads, and for a month and day with no year whose nearest
    occurrence is more than a month ahead, the last one before publication too. News reports both what happened
    ("Hamas attacked Israel on Oct. 7", in May) and what is scheduled ("sentencing on July 11", in May) without a
    word to tell which; a past tense before "on" tells it, however near ("Finland joined the alliance on April 4",
    in March)."""
    day = resolve(mention, published)
    if (day is None or mention.year is not None or mention.month is None or mention.ahead
            or (day - published).days <= (0 if mention.past else _UNMARKED_AHEAD)):
        return [day] if day is not None else []
    earlier = [dt.date(year, mention.month, mention.day) for year in (published.year, published.year - 1)
               if _valid(year, mention.month, mention.day) and dt.date(year, mention.month, mention.day) <= published]
    return [day, *earlier[:1]]


def resolve(mention: DateMention, published: dt.date) -> dt.date | None:
    """The day a mention names, read from the publication date; None for a bare year.

    A month and day with no year is the occurrence nearest the publication date ("Dec. 7" in a January story is
    last December), or the next one in a sentence about the future ("the election will be held on Oct 14"); a
    weekday is the nearest one, ahead up to three days, else behind.
    """
    if mention.relative is not None:
        return published + dt.timedelta(days=mention.relative)
    if mention.month_only:
        return None
    if mention.month is not None:
        if mention.year is not None:
            return dt.date(mention.year, mention.month, mention.day)
        candidates = [dt.date(year, mention.month, mention.day) for year in (published.year - 1, published.year, published.year + 1)
                      if _valid(year, mention.month, mention.day)]
        if mention.ahead:
            return min(day for day in candidates if day >= published)
        return min(candidates, key=lambda day: abs((day - published).days))
    if mention.weekday is None:
        return None
    ahead = (mention.weekday - published.weekday()) % 7
    if mention.relation == "last":
        return published - dt.timedelta(days=(7 - ahead) or 7)
    if mention.relation == "next":
        return published + dt.timedelta(days=ahead or 7)
    return published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
