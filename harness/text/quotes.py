"""Direct quotes in an article, whatever marks the copy uses, and transcript turns.

Double marks pair by direction where the copy shows it (“…”, „…“, «…», ''…'' as two apostrophes) and by position
where it does not ("…"); a paragraph whose last quote never closes leaves it open to the paragraph's end (the wire
style for a quote that goes on in the next paragraph). Single marks (‘…’, '…', the British style) count outside
double quotes when they open at a word's start and close at a word's end, so apostrophes are not quotes.
A paragraph that opens with a speaker label ("GRASSLEY:", "SEN. SUSAN COLLINS (R), MAINE:", "Q.") is a transcript
turn: its words are a quote by that speaker, and so are the unlabelled paragraphs that follow it in a transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.text.article import Article
from harness.text.tokens import phrase_keys
from harness.text.vocabulary import lexicon

_OPENING = "“„«‹〝"
_CLOSING = "”»›〞"
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[{—–-]))[‘'](?=[^\W_])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s‘'])[’'](?=[\s.,;:!?)\]—–-]|$)")
_LABEL = re.compile(
    r"""\s*(?:[•·*]\s*)?
    (?:(?P<label>(?:[A-Z][\w.'’-]*\s+){0,5}?[A-Z][\w.'’-]*(?:\s*\([^)]{0,40}\))?(?:,\s*[A-Z][\w .'-]{1,30})?)\s*:
     |(?P<short>[QA])\.)
    (?:\s+(?=\S)|\s*$)""",
    re.VERBOSE,
)
_NAME_HEADING = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s*(?:[–—-]\s*[\w .'’&-]{1,40})?\s*$")
_TOPIC_WORDS = frozenset({"on", "about", "regarding", "re", "asked", "to", "for", "with", "after", "before", "photo", "watch", "read"})
_TRANSCRIPT_WORDS = frozenset(lexicon("reporting")["transcript_labels"])
_MAX_SINGLE = 400
_DOUBLE_CLOSE = re.compile(r"[”\"]")  # a single mark that a double one closes (‘… .”) is a typing slip, not a run-on quote


@dataclass(frozen=True, slots=True)
class Quote:
    """The quoted words' span [start, end), its paragraph, for a transcript turn the speaker label's span, and the
    span of a name heading above it ("Roger Federer" on a line of its own, then his quotes)."""

    start: int
    end: int
    paragraph: int
    opens_paragraph: bool
    label: tuple[int, int] | None = None
    heading: tuple[int, int] | None = None


def find_quotes(article: Article, names: set[tuple[str, ...]] | None = None) -> list[Quote]:
    """Every quote in text order. `names` are the registered names' keys that make a paragraph's opening words a
    speaker label; by default, those of the people the article mentions."""
    document = article.document
    names = names if names is not None else {phrase_keys(document.text[m.start:m.end]) for m in article.people}
    quotes: list[Quote] = []
    turns: dict[int, tuple[int, int, int]] = {}
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.role == "body" and (label := _speaker_label(document.original, paragraph.start, paragraph.end, names)):
            turns[index] = label
    transcript = len(turns) >= 2
    current: tuple[int, int] | None = None
    heading: tuple[int, int] | None = None
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.role == "chrome":
            continue
        start, end = paragraph.start, paragraph.end
        first = _skip_space(document.text, start)
        marked = _marked_quotes(document.original, document.text, start, end)
        if not marked and index not in turns:
            match = _NAME_HEADING.match(document.original, first, end)
            keys = phrase_keys(match.group("name")) if match else ()
            heading = (first, end) if keys and any(keys[-len(name):] == name for name in names if name) else None
            if heading:
                continue  # a heading names the quotes below it, up to the next paragraph with no quote
        if not marked and paragraph.role == "body":
            heading = None
        if index in turns:
            label_start, label_end, body = turns[index]
            current = (label_start, label_end)
            if body >= end:
                continue  # a label on a line of its own: the turn's words are the paragraphs after it
            if not marked or marked[0][0] - 1 > body:
                quotes.append(Quote(body, end, index, True, current))
                continue
        elif transcript and current is not None and paragraph.role == "body" and not marked:
            quotes.append(Quote(first, end, index, True, current))
            continue
        for opening, closing in marked:
            quotes.append(Quote(opening, closing, index, opening - 1 <= first, current if index in turns else None, heading))
    return quotes


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def _speaker_label(original: str, start: int, end: int, names: set[tuple[str, ...]]) -> tuple[int, int, int] | None:
    """The span of a speaker label opening the paragraph (a registered name in any case, or a transcript word such
    as "Q"), and where the words after it start (the paragraph's end for a label on a line of its own)."""
    match = _LABEL.match(original, start, end)
    if match is None:
        return None
    group = "label" if match.group("label") else "short"
    keys = phrase_keys(re.sub(r"\([^)]*\)|,.*$", "", match.group(group)))
    if not keys or keys[0] in _TOPIC_WORDS:
        return None  # "On Neco Williams:" names the topic, not the speaker
    named = any(keys[-len(name):] == name or name[-1:] == keys[-1:] for name in names if name)
    if named or len(keys) == 1 and keys[0] in _TRANSCRIPT_WORDS:
        return match.start(group), match.end(group), min(end, _skip_space(original, match.end()))
    return None


def _marked_quotes(original: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of marks in one paragraph."""
    spans = _double_quotes(original, text, start, end)
    for opening, closing in _single_quotes(original, start, end):
        if not any(s - 1 <= opening < e + 1 for s, e in spans):
            spans.append((opening, closing))
    return sorted(spans)


_PAIRED_MARKS = re.compile(r"(?:''|``|’’|‘‘)(?!['’])")  # two single marks typed as one double mark
_DOUBLE_MARK = re.compile('"')


def _double_quotes(original: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    pairs = [(match.start(), 2) for match in _PAIRED_MARKS.finditer(original, start, end)]
    inside_pairs = {position + step for position, _ in pairs for step in (0, 1)}
    marks = sorted(pairs + [(position, 1) for match in _DOUBLE_MARK.finditer(text, start, end)
                            if (position := match.start()) not in inside_pairs and original[position] not in "‘’'"])
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for position, width in marks:
        opens, closes = _direction(original, position, width)
        if opened is None:
            if opens or not closes or _at_word_start(original, position, width):
                opened = position + width  # a closing mark typed where a quote opens (” We …) still opens it
            continue
        if closes or not opens:
            if position > opened:
                spans.append((opened, position))
            opened = None
        else:
            if position > opened:
                spans.append((opened, position))  # a quote that never closed before the next one opens
            opened = position + width
    if opened is not None and end > opened and original[opened:end].strip():
        spans.append((opened, end))
    return spans


def _direction(original: str, position: int, width: int) -> tuple[bool, bool]:
    """Whether a mark can open and can close a quote: by where it stands (before a word, after one), and where
    that does not tell, by its shape (“ opens in English but closes „German“ quotes, so shape comes second)."""
    start = _at_word_start(original, position, width)
    after = original[position + width:position + width + 1]
    before = original[position - 1:position] if position else " "
    end = bool(before) and not before.isspace() and (not after or after.isspace() or after in ".,;:!?)]—–-")
    if start != end:
        return start, end
    char = original[position]
    return char in _OPENING or original.startswith(("``", "‘‘"), position), char in _CLOSING or char not in _OPENING


def _at_word_start(original: str, position: int, width: int) -> bool:
    """A straight mark opens when a word follows it and space (or the paragraph's start) precedes it."""
    after = original[position + width:position + width + 1]
    before = original[position - 1:position] if position else " "
    return bool(after) and not after.isspace() and (before.isspace() or before in "([{—–-/")


def _single_quotes(original: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    offset = start
    while True:
        opening = _SINGLE_OPEN.search(original, offset, end)
        if opening is None:
            return spans
        closing = _SINGLE_CLOSE.search(original, opening.end(), min(end, opening.end() + _MAX_SINGLE))
        if closing is None:
            opens_paragraph = not original[start:opening.start()].strip() and not _DOUBLE_CLOSE.search(original, opening.end(), end)
            if original[max(start, opening.start() - 2):opening.start()].strip() == ":" or opens_paragraph:
                spans.append((opening.end(), end))  # "Adams said: 'I do taekwondo …" runs on to the paragraph's end, and
                return spans  # so does a paragraph that opens a quote going on into the next (no closing mark)
            offset = opening.end()
            continue
        words = original[opening.end():closing.start()].split()
        name = len(words) <= 4 and all(word[:1].isupper() or len(word) <= 3 for word in words)
        if not name and not re.match(r"\d+s\b|em\b|til\b|cause\b", original[opening.end():opening.end() + 6]):
            spans.append((opening.end(), closing.start()))  # ‘Villa la Grange’ names a place; it quotes nobody
        offset = closing.end()
