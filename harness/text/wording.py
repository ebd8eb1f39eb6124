"""Quoted words as they compare: case, punctuation, contractions, British or American spelling and number format
do not make a misquote ("we're" is "we are", "defence" is "defense", "10,000" is "ten thousand", "7.35" is
"7:35"); a changed, added or dropped word does. An ellipsis marks words left out; brackets mark the writer's own words
("He [Federer] makes you …", "All of them (Ballon d'Or awards) are special", "The (Fed) has gained"), which are not
the speaker's and may stand for the speaker's words, as an ellipsis does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from harness.text.quantities import parse_words
from harness.text.vocabulary import NUMBER_WORDS, SCALE_WORDS, lexicon

_WORDING = lexicon("wording")
_CONTRACTIONS: dict[str, str] = _WORDING["contractions"]
_ENDINGS = sorted(_WORDING["endings"].items(), key=lambda item: -len(item[0]))
_SPELLINGS: dict[str, str] = {k: v for k, v in _WORDING["words"].items() if " " not in k}
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_THOUSANDS = re.compile(r"(?<=\d)[, ](?=\d{3}\b)")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d\d)\b")
_NUMBER_WORDS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS)
_SHORTEST_RESPELT = 6
_PREFIXES = frozenset(_WORDING["hyphened_prefixes"])  # "re-election" is "reelection", one word; "50-basis-point" is three
_PARTICIPLES_AFTER_HAS = frozenset({"been", "got", "gotten", "had", "done", "seen", "made", "taken", "become", "come", "gone"})
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc", "'"))
_STOP = re.compile(r"[.!?;:—–]|\s-\s")


@dataclass(frozen=True, slots=True)
class Words:
    """A quote's comparable `keys`, the words as written behind each key (`shown`), the key positions an
    ellipsis stood before (`gaps`), and the key positions a sentence or clause ends after (`stops`)."""

    keys: tuple[str, ...]
    shown: tuple[str, ...]
    gaps: frozenset[int]
    stops: frozenset[int] = frozenset()


def quote_words(text: str) -> Words:
    text = _BRACKETS.sub(" … ", text.translate(_APOSTROPHES))  # a registry's "won´t" is an article's "won't"  # the writer's words stand for the speaker's: "The (Fed) has" for "The Committee has"
    text = re.sub(r"\bper cent\b", "percent", _THOUSANDS.sub("", text), flags=re.IGNORECASE).replace("%", " percent")
    text = _CLOCK.sub(r"\1.\2", text)  # "At 7.35 this morning" is "At 7:35 this morning"
    keys: list[str] = []
    shown: list[str] = []
    gaps: set[int] = set()
    stops: set[int] = set()
    for number, part in enumerate(_ELLIPSIS.split(text)):
        if number and keys:
            gaps.add(len(keys))
        matches = list(_WORD.finditer(part))
        for word, after in _numbers_joined([(m.group(), part[m.end():matches[i + 1].start() if i + 1 < len(matches) else len(part)])
                                            for i, m in enumerate(matches)]):
            for key in _keys(word):
                keys.append(key)
                shown.append(word)
            if _STOP.search(after):
                stops.add(len(keys) - 1)
    for index in range(1, len(keys) - 1):  # "it's been" is "it has been", not "it is been"
        if keys[index] == "is" and keys[index + 1] in _PARTICIPLES_AFTER_HAS and shown[index].lower().endswith(("'s", "’s")):
            keys[index] = "has"
    return Words(tuple(keys), tuple(shown), frozenset(gaps), frozenset(stops))


def hyphened_as(canonical: Words, observed: Words) -> Words:
    """The registry's words hyphenated as the article hyphenates them: house styles write "winding-up" and "winding
    up", "open-door" and "open door", and neither is a changed word. A compound of two words is one word, so two
    words the article writes as one compound are joined, and a compound it writes as two words is split."""
    compounds = {key for key, shown in zip(observed.keys, observed.shown) if "-" in shown}
    hyphened = {index for index, shown in enumerate(canonical.shown) if "-" in shown}
    if not compounds and not hyphened:
        return canonical
    pairs = set(zip(observed.keys, observed.keys[1:])) if hyphened else set()
    keys: list[str] = []
    shown: list[str] = []
    first: list[int] = []  # where each of the registry's keys now starts, and ends
    last: list[int] = []
    index = 0
    while index < len(canonical.keys):
        key = canonical.keys[index]
        following = canonical.keys[index + 1] if index + 1 < len(canonical.keys) else None
        if following is not None and key + following in compounds and index not in canonical.stops and index + 1 not in canonical.gaps:
            first += [len(keys)] * 2
            last += [len(keys)] * 2
            keys.append(key + following)
            shown.append(f"{canonical.shown[index]} {canonical.shown[index + 1]}")
            index += 2
            continue
        parts = _split_as(key, pairs) if index in hyphened else [key]
        first.append(len(keys))
        keys += parts
        shown += [canonical.shown[index]] * len(parts)
        last.append(len(keys) - 1)
        index += 1
    if tuple(keys) == canonical.keys:
        return canonical
    return Words(tuple(keys), tuple(shown), frozenset(first[gap] for gap in canonical.gaps if gap < len(first)),
                 frozenset(last[stop] for stop in canonical.stops))


def _split_as(key: str, pairs: set[tuple[str, str]]) -> list[str]:
    """A joined compound's two words, where the article writes them one after the other; else the compound."""
    return next(([key[:cut], key[cut:]] for cut in range(1, len(key)) if (key[:cut], key[cut:]) in pairs), [key])


def _numbers_joined(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of number words made one word, so "one hundred thousand" compares with "100000"; each word comes with
    the text that follows it."""
    joined: list[tuple[str, str]] = []
    run: list[str] = []
    for word, after in words:
        if word.lower() in _NUMBER_WORDS:
            run.append(word)
            if not after.strip():
                continue
            word = " ".join(run)
        elif run:
            joined.append((" ".join(run), " "))
        run = []
        joined.append((word, after))
    if run:
        joined.append((" ".join(run), ""))
    return joined


@lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[str, ...]:
    plain = word.lower().replace("’", "'").rstrip(".")
    if " " in plain or plain in _NUMBER_WORDS:
        value = parse_words(plain)
        return (f"{value:g}",) if value is not None else tuple(plain.split())
    if plain in _CONTRACTIONS:
        return tuple(key for part in _CONTRACTIONS[plain].split() for key in _keys(part))  # "no-one": "no", "1" as "no one"
    parts = plain.split("-")
    if len(parts) > 2 and all(parts) and parts[0] not in _PREFIXES and not any(part in _NUMBER_WORDS for part in parts):
        return tuple(key for part in parts for key in _keys(part))  # "a 50-basis-point increase" is "a 50 basis point increase"
    if plain.endswith("n't") and len(plain) > 3:
        return _spelt(plain[:-3]), "not"
    if plain.endswith("'s") or plain.endswith("'d") or plain.endswith("'ll") or plain.endswith("'ve") or plain.endswith("'re"):
        plain = plain.replace("'", "")
    return (_spelt(plain.replace("'", "").replace("-", "").replace(".", "")),)


def _spelt(word: str) -> str:
    """One spelling for British and American forms, and digits without separators."""
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    if word.replace(".", "").isdecimal():  # "¹" is a digit, but no number float() reads
        return f"{float(word):g}"
    if len(word) >= _SHORTEST_RESPELT:
        for ending, replacement in _ENDINGS:
            if word.endswith(ending):
                return word[:-len(ending)] + replacement
    return word
