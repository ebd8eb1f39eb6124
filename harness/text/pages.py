"""Articles as they are published: a web page's story text, what the page says of itself, and a map back to the page.

trafilatura takes the article body out of the page (no scripts, styles, comments, menus, "related" lists or
ads) and reads its metadata: the publication date (JSON-LD `NewsArticle.datePublished`, meta tags), the site's
name, the headline and the canonical address; htmldate, which trafilatura uses for dates, gives the latest
modification (`dateModified`, `article:modified_time`) when the page was updated after it was published. Every character of the extracted text keeps the offset in the
page's source where it stands, found by matching the text against the page's visible text, so a finding cites
the line and column in the HTML a reviewer opens. Entities are decoded in both, and in plain text too.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from harness.text.document import line_starts

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})


@dataclass(frozen=True, slots=True)
class Page:
    """The story text (paragraphs apart by a blank line), each character's offset in the source, and the page's
    own metadata (None where it says nothing)."""

    text: str
    offsets: list[int]
    published: dt.date | None
    modified: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None


def is_html(name: str, text: str) -> bool:
    """An .html or .htm file, or any file whose content is a web page."""
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:2000]))


def read_page(source: str) -> Page:
    """The story in a web page, mapped back to the page's source."""
    import trafilatura  # a heavy import, paid only when a page is read
    from htmldate import find_date

    extracted = trafilatura.extract(source, include_comments=False, include_tables=False, favor_recall=True) or ""
    metadata = trafilatura.extract_metadata(source)
    paragraphs = [line.strip() for line in extracted.split("\n") if line.strip()]
    text = "\n\n".join(paragraphs)
    visible, positions = _visible_text(source)
    offsets = _align(text, visible, positions)
    published = _day(metadata.date) if metadata else None
    latest = _day(find_date(source, extensive_search=False, original_date=False))
    modified = latest if latest and (published is None or latest > published) else None
    return Page(text, offsets, published, modified, metadata.sitename if metadata else None, metadata.title if metadata else None,
                metadata.url if metadata else None)


def decode_entities(text: str) -> tuple[str, list[int]] | None:
    """Plain text with stray entities (&quot;, &#8220;) decoded, and each character's offset in the original;
    None when there is nothing to decode."""
    if not _ENTITY.search(text):
        return None
    decoded: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _ENTITY.finditer(text):
        decoded.append(text[position:match.start()])
        offsets.extend(range(position, match.start()))
        replacement = html.unescape(match.group())
        decoded.append(replacement)
        offsets.extend([match.start()] * len(replacement))
        position = match.end()
    decoded.append(text[position:])
    offsets.extend(range(position, len(text)))
    return "".join(decoded), offsets


class _Visible(HTMLParser):
    """The page's visible text, each character with its offset in the source."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = line_starts(source)
        self.chars: list[str] = []
        self.positions: list[int] = []
        self.hidden = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        self._add(" ", self._offset())

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        self._add(" ", self._offset())

    def handle_data(self, data):
        self._add(data, self._offset(), each=True)

    def handle_entityref(self, name):
        self._add(html.unescape(f"&{name};"), self._offset())

    def handle_charref(self, name):
        self._add(html.unescape(f"&#{name};"), self._offset())

    def _add(self, text: str, offset: int, *, each: bool = False) -> None:
        if self.hidden:
            return
        for index, char in enumerate(text):
            self.chars.append(char)
            self.positions.append(offset + index if each else offset)


def _visible_text(source: str) -> tuple[str, list[int]]:
    parser = _Visible(source)
    parser.feed(source)
    parser.close()
    return "".join(parser.chars), parser.positions


def _align(text: str, visible: str, positions: list[int]) -> list[int]:
    """For each character of the extracted text, its offset in the source: paragraphs are found in the visible
    text in order, whitespace compared loosely; a paragraph not found keeps the offset of the last one found."""
    squeezed, _, visible_original = _squeeze(visible)
    offsets: list[int] = []
    cursor, last = 0, 0
    for match in re.finditer(r"[^\n]+", text):
        paragraph = match.group()
        needle, needle_to, _ = _squeeze(paragraph)
        found = squeezed.find(needle, cursor) if needle.strip() else -1
        offsets.extend([last] * (match.start() - len(offsets)))  # the blank line between paragraphs
        for position in range(len(paragraph)):
            if found >= 0:
                last = positions[visible_original[min(found + needle_to[position], len(visible_original) - 1)]]
            offsets.append(last)
        if found >= 0:
            cursor = found + len(needle)
    offsets.extend([last] * (len(text) - len(offsets)))
    return offsets


def _squeeze(text: str) -> tuple[str, list[int], list[int]]:
    """Whitespace runs made one space: the result, each original character's index in it, and each of its
    characters' index in the original."""
    out: list[str] = []
    to_out: list[int] = []
    to_original: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if out and out[-1] == " ":
                to_out.append(len(out) - 1)
                continue
            char = " "
        to_out.append(len(out))
        out.append(char)
        to_original.append(index)
    return "".join(out), to_out, to_original


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
