"""Normalising an article's text into paragraphs and sentences that map back to lines and columns.

Every normalisation is one character for one character (curly quotes become
straight, dashes become hyphens, odd spaces become spaces), so an offset in the
normalised text is an offset in the original and `position` is exact.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from harness.text.vocabulary import lexicon

Role = Literal["body", "caption", "chrome"]

_ONE_FOR_ONE = str.maketrans({
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t", " "),
})

# An em dash becomes a hyphen, except between two words: "CEO Dave Calhoun—he will step down" is two words and a
# break, where a hyphen would make "Calhoun-he" one word.
_JOINING_DASH = re.compile(r"[\u2014\u2015](?![^\W_])|(?<![^\W_])[\u2014\u2015]")
# So is an en dash between two words ("employees worldwide–all of which"); between figures it is a range ("2–3").
_EN_DASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt st jan feb mar apr jun jul aug sept sep oct nov dec "
    "u.s u.n u.k e.u a.m p.m no inc corp co ltd jr sr vs mt ft gov rev adm maj cmdr".split()
)
_SENTENCE_END = re.compile(r"""[.!?]+["')\]]*(?:\s+|$)""")
_CAPTION_CREDIT = re.compile(r"\((?:[^()]*\b(?:Photo|photo|via|Pool|File|FILE)\b[^()]*|[A-Z][^()]*/[^()]*)\)\s*$")
_CREDIT_LINE = re.compile(r"^[^.!?\"“”]{0,60}\b(?:Getty ?Images|Shutterstock|Alamy|AP Photo|Reuters|AFP|EPA|PA Images|PA Wire|Pool|Photograph|Photo)\b[^.!?\"“”]{0,40}$")
_CHROME_LINES = re.compile(
    r"""^(?:previous\ article|next\ article|read\ more\b.*|latest\ news|related(?:\ articles|\ stories)?|advertisement
    |share\ this(?:\ article)?|click\ on\ a\ star\ to\ rate\ it!?|how\ useful\ was\ this\ (?:article|post)\??
    |average\ rating\ .*|no\ votes\ so\ far!.*|subscribe\b.*|sign\ up\b.*|follow\ us\b.*|top\ story\s*\w*
    |copyright\ .*all\ rights\ reserved.*|this\ material\ may\ not\ be\ published.*|photo:.*|image:.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_EARLIER_TAKE = re.compile(
    r"\b(?:earlier|previous|original|prior)\s+(?:story|stories|version|report|take|dispatch)\b[^.!?]{0,40}?\b(?:follows|below)\b"
    r"|^(?:earlier|previous)\s+(?:story|version)\s*:?\s*$", re.IGNORECASE)
_CHROME_FOLLOWERS = re.compile(r"^(?:previous|next) article$", re.IGNORECASE)
_LIST_HEADING = re.compile(
    r"^(?:you (?:may|might) also like|read more from\b.*|more from\b.*|more stories|related(?: articles| stories| coverage)?"
    r"|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news)$", re.IGNORECASE)
_AGE_STAMP = re.compile(r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$|^yesterday$", re.IGNORECASE)
_LIST_GAP = 3
_LONGEST_SENTENCE = 1500
_CLAUSE_BREAK = re.compile(
    rf"""[;()\[\]—―]|(?<!\d):(?!\d)|\s-{{1,2}}\s|--|,(?=\s+(?:{"|".join(lexicon("clauses")["openers"])})\b)(?!\s+or\s+[\d$£€])""",
    re.IGNORECASE)  # "1:30" no break; ", or 58.98 degrees Fahrenheit" restates a figure in another unit, no new clause

_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()\[\].!?—–]*,", re.IGNORECASE)  # ", which … ,"
_DASH_ASIDE = re.compile(r"\s(?:—|―|--?)\s[^—―;:()\[\].!?\n-]{1,80}?\s(?:—|―|--?)\s")  # " — six of them in their 70s — "


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    role: Role


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Document:
    """`original` is the article with newlines made uniform; `text` is the same length, normalised. An update
    that carries its earlier take below it ("AP's earlier story follows below.") has that take from
    `earlier_take` on (the text's length when there is none): its figures were true as of an earlier hour."""

    original: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    line_starts: list[int] = field(repr=False)
    _sentence_starts: list[int] = field(repr=False)
    earlier_take: int
    _clause_breaks: list[tuple[int, int]] | None = field(default=None, repr=False)
    _asides: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        return line_and_column(self.line_starts, offset)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start:sentence.end]

    def same_clause(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """Whether two spans of one sentence lie in one clause: no semicolon, colon, dash, bracket or
        comma before a clause-opening word ("…, while …") stands between them, except inside a relative or dashed
        aside that both spans stand outside ("On Thursday, shares of SVB Financial, which … startups, said it would
        raise"; "included eight women — six of them in their 70s and 80s — and three children")."""
        start, end = min(first[1], second[1]), max(first[0], second[0])
        if start >= end:
            return True
        if self._clause_breaks is None:  # found once per document, so a long sentence costs no rescans
            self._clause_breaks = [(match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(self.text)]
            self._asides = sorted((match.start(), match.end()) for pattern in (_RELATIVE_ASIDE, _DASH_ASIDE)
                                  for match in pattern.finditer(self.text))
        index = bisect.bisect_left(self._clause_breaks, (start, 0))
        while index < len(self._clause_breaks) and self._clause_breaks[index][1] <= end:
            aside = bisect.bisect_right(self._asides, (self._clause_breaks[index][0], len(self.text))) - 1
            if aside < 0 or not (start <= self._asides[aside][0] and self._clause_breaks[index][1] <= self._asides[aside][1] <= end):
                return False
            index += 1
        return True

    def headline(self) -> int | None:
        """The index of the headline paragraph: the first one outside page chrome, when it ends with no full stop,
        exclamation or question mark, as headlines do ("Strongest Taiwan quake in 25 years; 9 dead, 900 injured")."""
        first = next((index for index, paragraph in enumerate(self.paragraphs) if paragraph.role != "chrome"), None)
        if first is None:
            return None
        line = self.text[self.paragraphs[first].start:self.paragraphs[first].end].rstrip().rstrip('"\'')
        return None if line.endswith((".", "!", "?")) else first

    def checked_sentences(self):
        """(index, sentence) for every sentence outside page chrome."""
        for index, sentence in enumerate(self.sentences):
            if self.paragraphs[sentence.paragraph].role != "chrome":
                yield index, sentence


def normalise(raw: str) -> Document:
    """Split `raw` into paragraphs and sentences, with quotes, dashes and spaces made uniform."""
    original = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _JOINING_DASH.sub("-", _EN_DASH_BETWEEN_WORDS.sub("\u2014", original)).translate(_ONE_FOR_ONE)
    paragraphs = list(_paragraphs(text))
    sentences = [
        Sentence(start, end, index)
        for index, paragraph in enumerate(paragraphs)
        for start, end in _sentences(text, paragraph.start, paragraph.end)
    ]
    return Document(original, text, paragraphs, sentences, line_starts(text), [sentence.start for sentence in sentences],
                    _earlier_take(text, paragraphs))


def _earlier_take(text: str, paragraphs: list[Paragraph]) -> int:
    """Where the earlier take an update carries below it begins: after the paragraph that says so."""
    for paragraph in paragraphs:
        if _EARLIER_TAKE.search(text[paragraph.start:paragraph.end].strip()):
            return paragraph.end
    return len(text)


def line_starts(text: str) -> list[int]:
    """Where each line of `text` begins, so that offsets become lines and columns by bisection."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def line_and_column(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, given the `line_starts` of its text."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def _paragraphs(text: str):
    """One paragraph per line, except a hard-wrapped line that runs on in lower case."""
    spans: list[list[int]] = []
    previous_open = False
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            previous_open = False
            continue
        stripped = line.strip()
        if previous_open and stripped[0].islower():
            spans[-1][1] = match.end()
        else:
            spans.append([match.start(), match.end()])
        previous_open = not stripped.endswith((".", "!", "?", '"', "'", ":", ")"))
    after_chrome_heading = False
    listed = _related_lists([text[start:end].strip() for start, end in spans])
    for number, (start, end) in enumerate(spans):
        body = text[start:end].strip()
        role: Role = "body"
        if after_chrome_heading or number in listed or _CHROME_LINES.match(body):
            role = "chrome"
        elif _CAPTION_CREDIT.search(body) or _CREDIT_LINE.match(body) or body.startswith(("FILE -", "FILE:")):
            role = "caption"
        after_chrome_heading = bool(_CHROME_FOLLOWERS.match(body))
        yield Paragraph(start, end, role)


def _related_lists(lines: list[str]) -> set[int]:
    """The paragraphs of a page's related-stories lists: a heading ("You may also like", "Read more from Cost of
    Living") and the headlines and teasers after it, through the last age stamp ("7 days ago") that follows the
    one before within a few paragraphs; and any age stamp."""
    listed = {number for number, line in enumerate(lines) if _AGE_STAMP.match(line)}
    for number, line in enumerate(lines):
        if not _LIST_HEADING.match(line):
            continue
        last = number
        for following in range(number + 1, len(lines)):
            if following - last > _LIST_GAP:
                break
            if following in listed:
                last = following
        listed.update(range(number, last + 1))
    return listed


def _sentences(text: str, start: int, end: int):
    """The sentences of a paragraph; one longer than any real sentence is cut at clause marks (or, failing those,
    spaces) so that work per sentence stays bounded, whatever the input."""
    for sentence_start, sentence_end in _full_sentences(text, start, end):
        while sentence_end - sentence_start > _LONGEST_SENTENCE:
            limit = sentence_start + _LONGEST_SENTENCE
            clause_mark = max(text.rfind(mark, sentence_start + 1, limit) for mark in (", ", "; ", ": ", " - "))
            space = text.rfind(" ", sentence_start + 1, limit)
            cut = clause_mark + 1 if clause_mark > sentence_start else space if space > sentence_start else limit
            yield sentence_start, cut
            sentence_start = cut
            while sentence_start < sentence_end and text[sentence_start] == " ":
                sentence_start += 1
        if sentence_end > sentence_start:
            yield sentence_start, sentence_end


def _full_sentences(text: str, start: int, end: int):
    sentence_start = start
    while sentence_start < end and text[sentence_start] == " ":
        sentence_start += 1
    for match in _SENTENCE_END.finditer(text, sentence_start, end):
        if match.end() < end and not _starts_sentence(text, match.end()):
            continue
        if _is_abbreviation(text, sentence_start, match.start()):
            continue
        stop = match.end()
        while stop > sentence_start and text[stop - 1] == " ":
            stop -= 1
        if stop > sentence_start:
            yield sentence_start, stop
        sentence_start = match.end()
    if sentence_start < end and text[sentence_start:end].strip():
        yield sentence_start, end


def _starts_sentence(text: str, offset: int) -> bool:
    following = text[offset:offset + 2].lstrip("\"'([")
    return bool(following) and (following[0].isupper() or following[0].isdigit())


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > sentence_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "\"'(":
        word_start -= 1
    word = text[word_start:dot]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
