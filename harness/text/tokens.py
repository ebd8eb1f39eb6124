"""Word tokens with offsets, and a phrase index that finds registry phrases in one pass over them."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Iterator, TypeVar

# A full stop joins "U.S" or "e.g", but not a word and a capital run together where a space went missing ("in the
# area.US President").
_WORD = re.compile(r"[^\W_]+(?:(?:-|(?<![a-z][a-z])\.|\.(?![A-Z]))[^\W_]+)*")

_HYPHENED_FIGURE = re.compile(r"\d+(?:\.\d+)?-(?=[^\W\d_])")
Value = TypeVar("Value")


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word and where it stands. Not frozen: a document makes one per word, and frozen ones cost three times as
    much to build."""

    start: int
    end: int
    text: str
    key: str


def _folding_table() -> dict[int, str]:
    """Latin letters with diacritics to their base letters ("ó" to "o"), built once: copy that drops accents
    ("Kariko" for Karikó) spells the same word. Letters that do not decompose are written as English copy writes
    them ("Guðni" is "Gudni", "Østergaard" "Ostergaard", "Łukasz" "Lukasz")."""
    table = {ord(letter): base for letter, base in _UNDECOMPOSED.items()}
    for code in range(0xC0, 0x250):
        base = "".join(char for char in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(char))
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_UNDECOMPOSED = {"ð": "d", "Ð": "d", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                 "ß": "ss", "ł": "l", "Ł": "l", "œ": "oe", "Œ": "oe", "ı": "i"}


_FOLD = _folding_table()


def word_key(word: str) -> str:
    """How words compare: case, hyphens, full stops and diacritics do not count."""
    key = word.lower().replace("-", "").replace(".", "")
    return key if key.isascii() else key.translate(_FOLD)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    keys = _KEYS
    if len(keys) > _MOST_KEYS:
        keys.clear()  # an archive's vocabulary keeps growing; the words that recur come back at once
    tokens = []
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        key = keys.get(word)
        if key is None:
            key = keys[word] = word_key(word)
        tokens.append(Token(match.start(), match.end(), word, key))
    return tokens


_KEYS: dict[str, str] = {}  # word -> key: most words recur, and a lookup costs less than making the key again
_MOST_KEYS = 200_000


def holds_run(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` stands in `words` as a run, in order and side by side."""
    size = len(part)
    return any(words[start:start + size] == part for start in range(len(words) - size + 1))


@lru_cache(maxsize=1 << 14)
def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A phrase's word keys; cached, as the checks look up the same registry phrases in every version."""
    return tuple(token.key for token in tokenize(phrase))


class Tokens:
    """A document's tokens with fast lookup of the tokens inside a character range."""

    def __init__(self, text: str):
        self.items = tokenize(text)
        self._starts = [token.start for token in self.items]

    def within(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside [start, end)."""
        return self.items[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def last(self, count: int, start: int, end: int) -> list[Token]:
        """At most the last `count` tokens that start inside [start, end): a bounded look back, linear in `count`."""
        stop = bisect.bisect_left(self._starts, end)
        return self.items[max(bisect.bisect_left(self._starts, start), stop - count):stop]


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[Value]):
    start: int
    end: int
    value: Value


class PhraseIndex(Generic[Value]):
    """Multi-word phrases keyed by their first word, so finding them all costs one pass over the tokens."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Value]]] = defaultdict(list)

    def add(self, phrase: str, value: Value) -> None:
        keys = phrase_keys(phrase)
        if keys:
            self._by_first[keys[0]].append((keys, value))

    def find(self, tokens: list[Token]) -> Iterator[PhraseHit[Value]]:
        """Every phrase in the tokens; a phrase may also start after the figure of a hyphened word ("year-old" in
        "49-year-old")."""
        by_first = self._by_first
        for index, token in enumerate(tokens):
            start, entries = token.start, by_first.get(token.key)
            if not entries and token.key[:1].isdigit() and (figure := _HYPHENED_FIGURE.match(token.text)):
                start, entries = token.start + figure.end(), by_first.get(word_key(token.text[figure.end():]))
            if not entries:
                continue
            for keys, value in entries:
                last = index + len(keys)
                if last <= len(tokens) and all(tokens[index + offset].key == key for offset, key in enumerate(keys[1:], 1)):
                    yield PhraseHit(start, tokens[last - 1].end, value)
