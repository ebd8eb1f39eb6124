"""The people the versions name, found without a registry: capitalised names that speak or recur.

A run of two to four capitalised words is a person's name when some version makes it the subject of a reporting
verb ("Dmitry Peskov said", "said Julianne Smith"), or when it recurs in two versions and its surname also stands
alone ("Peskov"), as people's names do and organisations' do not; a run ending in a place's or an institution's
word is no person. First names and surnames each a letter or two apart are one person, named as most versions name
them. The words before a name that hold a role word are its titles ("Kremlin spokesman"); the pronoun is the first
"he" or "she" after the name, in its sentence or the next. Institutions (capitalised runs ending in an
institution's word, and acronyms) that two versions name or one quotes are registered with the pronoun "it".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from harness.registry.schema import Person
from harness.text.document import Document
from harness.text.quantities import singular
from harness.text.tokens import Token, tokenize
from harness.text.vocabulary import MONTHS, ROLE_WORDS, SENTENCE_STARTERS, TITLE_CONNECTORS, WEEKDAYS, lexicon

_REPORTING = lexicon("reporting")
_VERBS = frozenset(_REPORTING["speech_verbs"]) - {"a", "call", "calls"}
_ROLES = ROLE_WORDS | frozenset(lexicon("names")["title_words"])
_NOT_NAMES = SENTENCE_STARTERS | set(WEEKDAYS) | set(MONTHS) | _ROLES
_TITLE_STOPS = frozenset({"the", "a", "an", "and", "by", "with", "said", "says", "to", "as", "at", "in", "on", "s"})
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
_INSTITUTIONS = frozenset(lexicon("names")["institution_heads"])
_NOT_PERSONS = _INSTITUTIONS | frozenset(lexicon("names")["place_heads"])
_NOT_FIRST = frozenset(lexicon("names")["not_first_words"])
_NOT_ACRONYMS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "ok", "tv", "am", "pm", "us", "uk", "eu", "un"}) - {"un", "eu"}
_PRONOUNS = {"he": "he", "she": "she"}
_QUOTE_MARK = re.compile('["“”]')
_HONORIFICS = {"mr": "he", "ms": "she", "mrs": "she", "miss": "she"}
_HONORIFIC_WEIGHT = 2  # a title says more of a person than a pronoun that may be someone else's
# "GENEVA —", "NEW YORK (AP) —", "SAN JOSE, Calif. (AP) —": the place a story was filed from, in capitals, opening it; the credit in brackets stays
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]*(?:,?\s[A-Z][A-Z.'’-]*)*(?:,\s[A-Z][a-z]+\.?)?(?=\s*(?:\([^)]*\)\s*)?[—–-]\s)")
_LONGEST_NAME = 4
_LONGEST_TITLE = 5


@dataclass
class _Seen:
    """What the versions show of one name."""

    spellings: dict[str, set[str]] = field(default_factory=dict)  # full name -> the versions that spell it so
    versions: set[str] = field(default_factory=set)
    speaks: int = 0
    titles: Counter = field(default_factory=Counter)
    pronouns: Counter = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Named:
    """A person found in the versions, and the minority spellings of their name (version name -> spelling)."""

    person: Person
    variants: dict[str, str]


def find_people(documents: dict[str, Document]) -> list[Named]:
    """The people `documents` (version name -> normalised text) name, in order of first appearance."""
    seen: dict[tuple[str, str], _Seen] = defaultdict(_Seen)
    order: dict[tuple[str, str], int] = {}
    alone: set[str] = set()
    pronouns_by_surname: dict[str, Counter] = defaultdict(Counter)
    common = _common_words(documents)
    for version, document in documents.items():
        for sentence_index, sentence in enumerate(document.sentences):
            tokens = tokenize(document.text, sentence.start, sentence.end)
            following = _next_sentence(document, sentence_index)
            for start, end in _name_runs(document.text, tokens, common):
                name = " ".join(token.text for token in tokens[start:end])
                key = (_surname_key(tokens[start].text), _surname_key(tokens[end - 1].text))
                entry = seen[key]
                order.setdefault(key, len(order))
                entry.spellings.setdefault(name, set()).add(version)
                entry.versions.add(version)
                speaks = _speaks(tokens, start, end)
                entry.speaks += speaks
                title = _title_before(document.text, tokens, start)
                if title:
                    entry.titles[title] += 1
                pronoun = _first_pronoun(tokens[end:], document.text) or (speaks and _first_pronoun(following, document.text))
                if pronoun:
                    entry.pronouns[pronoun] += 1
            for index, token in enumerate(tokens[:-1]):
                if token.key in _HONORIFICS and tokens[index + 1].text[:1].isupper():  # "Ms. Holmes", "Mr Davila"
                    pronouns_by_surname[_surname_key(tokens[index + 1].text)][_HONORIFICS[token.key]] += _HONORIFIC_WEIGHT
            for index, token in enumerate(tokens):
                if token.text[:1].isupper() and (index == 0 or not tokens[index - 1].text[:1].isupper()) and (
                        index + 1 == len(tokens) or not tokens[index + 1].text[:1].isupper()):
                    alone.add(_surname_key(token.text))  # "Peskov said … she told reporters": the pronoun is the surname's
                    opens_on_pronoun = bool(following) and following[0].key in _PRONOUNS  # "Psaki sidestepped questions. She noted …"
                    if _speaks(tokens, index, index + 1) or opens_on_pronoun:
                        pronoun = _first_pronoun(tokens[index + 1:], document.text) or _first_pronoun(following, document.text)
                        if pronoun:
                            pronouns_by_surname[_surname_key(token.text)][pronoun] += 1
    people = [(key, entry) for key, entry in seen.items()
              if entry.speaks or (len(entry.versions) >= 2 and (key[1] in alone or entry.titles))]
    for key, entry in people:
        entry.pronouns.update(pronouns_by_surname.get(key[1], {}))
    named = _merge_near_misses(sorted(people, key=lambda item: order[item[0]]), documents)
    return named + _organisations(documents, {entry.person.id for entry in named})


def _organisations(documents: dict[str, Document], taken: set[str]) -> list[Named]:
    """Institutions two versions name, or one quotes: capitalised phrases that end in an institution's word
    ("Seattle Times", "Federal Aviation Administration") and acronyms ("FAA", "NTSB")."""
    versions: dict[str, set[str]] = defaultdict(set)
    speaks: Counter = Counter()
    for version, document in documents.items():
        for sentence in document.sentences:
            dateline = _DATELINE.match(document.text, sentence.start)  # may run past a sentence cut at "Calif."
            tokens = tokenize(document.text, min(dateline.end(), sentence.end) if dateline else sentence.start, sentence.end)
            for start, end in _institution_runs(document.text, tokens):
                name = document.text[tokens[start].start:tokens[end - 1].end]
                versions[name].add(version)
                speaks[name] += _speaks(tokens, start, end)
    found = []
    for name in versions:
        if len(versions[name]) >= 2 or speaks[name]:
            found.append(Named(Person(id=_identifier(name, taken, whole=True), name=name, pronoun="it"), {}))
    return found


def _institution_runs(text: str, tokens: list[Token]):
    """(start, end) of acronyms and of capitalised runs ending in an institution's word."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if _acronym(token):
            yield index, index + 1
            index += 1
            continue
        end = index
        while end < len(tokens) and tokens[end].text[:1].isupper() and not _acronym(tokens[end]) and (
                end == index or text[tokens[end - 1].end:tokens[end].start] == " "):
            end += 1
        start = index
        while start < end and tokens[start].key in SENTENCE_STARTERS:
            start += 1
        if 2 <= end - start <= _LONGEST_NAME + 1 and tokens[end - 1].key in _INSTITUTIONS:
            yield start, end
        index = max(end, index + 1)


def _acronym(token: Token) -> bool:
    return (2 <= len(token.text) <= 6 and token.text.isupper() and token.text.isalpha() and token.key not in _NOT_ACRONYMS
            and not _role(token))  # "CEO" is a role


def _common_words(documents: dict[str, Document]) -> frozenset[str]:
    """Words some version writes in lower case ("prosecutors"), as singular keys: capitalised, they open a sentence."""
    return frozenset(singular(token.key) for document in documents.values() for token in tokenize(document.text)
                     if token.text[:1].islower())


def _name_runs(text: str, tokens: list[Token], common: frozenset[str] = frozenset()):
    """(start, end) token indexes of runs of two to four capitalised words joined by single spaces; a common word
    opening the run is not part of the name when two words are left ("Prosecutor Jeff Schenk said")."""
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) and _name_word(tokens[end]) and (end == index or text[tokens[end - 1].end:tokens[end].start] == " "):
            end += 1
        start = index
        for position in range(index, end - 1):  # "Russian President Vladimir Putin": the name follows the title
            if tokens[position].key in _NOT_NAMES or _role(tokens[position]):
                start = position + 1
        while end - start > 2 and singular(tokens[start].key) in common:
            start += 1
        titles_a_name = end + 1 < len(tokens) and _role(tokens[end]) and _name_word(tokens[end + 1])  # "Disgraced Theranos chief Elizabeth"
        if (2 <= end - start <= _LONGEST_NAME and tokens[end - 1].key not in _NOT_PERSONS and tokens[start].key not in _NOT_FIRST
                and not titles_a_name):
            yield start, end
        index = max(end, index + 1)


def _role(token: Token) -> bool:
    """A role word, also as part of a hyphenated one ("President-elect", "ex-Minister")."""
    return token.key in _ROLES or any(part in _ROLES for part in token.text.lower().split("-"))


def _name_word(token: Token) -> bool:
    word = token.text
    return (word[:1].isupper() and not word.isupper() and token.key not in _CALENDAR
            and word.replace("-", "").replace("'", "").replace("’", "").isalpha())


def _surname_key(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in folded if char.isalpha())


def _speaks(tokens: list[Token], start: int, end: int) -> bool:
    after = tokens[end].key if end < len(tokens) else ""
    before = tokens[start - 1].key if start else ""
    return after in _VERBS or before in ("said", "says", "told", "according")


def _title_before(text: str, tokens: list[Token], start: int) -> str:
    """The words before a name that hold a role word: "Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov"."""
    words: list[Token] = []
    for token in reversed(tokens[max(0, start - _LONGEST_TITLE):start]):
        following = words[0] if words else tokens[start]
        if token.key in _TITLE_STOPS or text[token.end:following.start] != " ":
            break
        if not (token.text[:1].isupper() or _role(token) or token.key in TITLE_CONNECTORS and words):
            break
        words.insert(0, token)
    while words and (words[0].key in _NOT_NAMES - _ROLES or words[0].key in TITLE_CONNECTORS):
        words.pop(0)
    if not any(_role(token) for token in words):
        return ""
    return text[words[0].start:words[-1].end]


def _next_sentence(document: Document, index: int) -> list[Token]:
    if index + 1 >= len(document.sentences):
        return []
    following = document.sentences[index + 1]
    return tokenize(document.text, following.start, following.end)


def _first_pronoun(tokens: list[Token], text: str) -> str | None:
    """The first "he" or "she" after a name, in its sentence or the one after a spoken line, unless another name or
    a quote mark comes first (in "“… Elizabeth Holmes had the opportunity …,” he said", he is the speaker)."""
    first_mark = _QUOTE_MARK.search(text, tokens[0].start - 3 if tokens else 0, tokens[-1].end if tokens else 0)
    if first_mark is not None and first_mark.group() != "“" and text[first_mark.start() - 1:first_mark.start()].strip():
        return None  # the first mark after the name closes a quote: the name stands inside it
    for index, token in enumerate(tokens):
        if token.key in _PRONOUNS:
            return _PRONOUNS[token.key]
        if index and _name_word(token) and _name_word(tokens[index - 1]):
            return None
    return None


def _merge_near_misses(people: list[tuple[tuple[str, str], _Seen]], documents: dict[str, Document]) -> list[Named]:
    """One person per name however the versions spell it: first names and surnames each an edit or two apart."""
    merged: list[tuple[tuple[str, str], _Seen, list]] = []
    for key, entry in people:
        for other_key, other, keys in merged:
            if all(_near(mine, theirs) for mine, theirs in zip(key, other_key)):
                for name, spelled_in in entry.spellings.items():
                    other.spellings.setdefault(name, set()).update(spelled_in)
                other.versions |= entry.versions
                other.speaks += entry.speaks
                other.titles.update(entry.titles)
                other.pronouns.update(entry.pronouns)
                keys.append(key)
                break
        else:
            merged.append((key, entry, [key]))
    named, ids = [], set()
    for key, entry, _ in merged:
        name = _majority_spelling(entry)
        person_id = _identifier(name, ids)
        variants = _variants(entry, name, documents)
        pronoun = entry.pronouns.most_common(1)[0][0] if entry.pronouns else "they"
        titles = tuple(title for title, _ in entry.titles.most_common(4))
        named.append(Named(Person(id=person_id, name=name, titles=titles, pronoun=pronoun), variants))
    return named


def _near(first: str, second: str) -> bool:
    budget = 2 if min(len(first), len(second)) >= 7 else 1
    return Levenshtein.distance(first, second, score_cutoff=budget) <= budget


def _majority_spelling(entry: _Seen) -> str:
    """The full name most versions use (its surname's most common spelling, with the longest first names seen)."""
    surnames: dict[str, set[str]] = {}
    for name, spelled_in in entry.spellings.items():
        surnames.setdefault(name.split()[-1], set()).update(spelled_in)
    surname = max(surnames, key=lambda word: len(surnames[word]))
    return max((name for name in entry.spellings if name.split()[-1] == surname), key=lambda name: (len(entry.spellings[name]), len(name)))


def _variants(entry: _Seen, name: str, documents: dict[str, Document]) -> dict[str, str]:
    """Versions that spell the surname otherwise, and how."""
    surname = name.split()[-1]
    others = {spelling.split()[-1] for spelling in entry.spellings} - {surname}
    found = {}
    for version, document in documents.items():
        for other in others:
            if re.search(rf"\b{re.escape(other)}\b", document.text):
                found[version] = other
    return found


def _identifier(name: str, taken: set[str], *, whole: bool = False) -> str:
    base = ("-".join(filter(None, map(_surname_key, name.split()))) if whole else _surname_key(name.split()[-1])) or "person"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate
