"""Finding registered people in a text: accepted spellings, and near-miss spellings in a telling context."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from harness.registry.schema import Person
from harness.text.tokens import PhraseIndex, Token, phrase_keys
from harness.text.vocabulary import ROLE_WORDS, SPEECH_VERBS


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A name in the text; `accepted` is False for a near-miss spelling, with the spelling it missed in `expected`."""

    start: int
    end: int
    person_id: str
    surface: str
    accepted: bool
    expected: str


class PeopleIndex:
    def __init__(self, people: dict[str, Person]):
        self.people = people
        self._names: PhraseIndex[str] = PhraseIndex()
        self._name_words: dict[str, dict[str, str]] = {}
        self._accepted_keys: set[str] = set()
        self._by_first_letter: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._near_cache: dict[str, list[tuple[str, str]]] = {}
        for person in people.values():
            words: dict[str, str] = {}
            for name in person.accepted_names:
                self._names.add(name, person.id)
                for word in name.split():
                    key = phrase_keys(word)
                    if key:
                        words[key[0]] = word
            self._name_words[person.id] = words
            self._accepted_keys |= set(words)
        for person_id, words in self._name_words.items():
            if people[person_id].pronoun == "it":
                continue  # an organisation's name is ordinary words: "Administrator" is no misspelling of "Administration"
            for key, word in words.items():
                if len(key) >= 4:
                    self._by_first_letter[key[0]].append((key, person_id, word))

    def find(self, text: str, tokens: list[Token]) -> list[PersonMention]:
        """Every mention of a registered person among the tokens of `text`, in text order."""
        exact = _longest_first(self._names.find(tokens))
        mentions = [PersonMention(hit.start, hit.end, hit.value, text[hit.start:hit.end], True, "") for hit in exact]
        covered = {token_start for hit in exact for token_start in range(hit.start, hit.end)}
        mentioned = {mention.person_id for mention in mentions}
        for index, token in enumerate(tokens):
            if token.start in covered or not token.text[:1].isupper() or token.key in self._accepted_keys:
                continue
            for person_id, expected in self._near_misses(token.key):
                if self._telling_context(tokens, index, person_id, mentioned):
                    mentions.append(PersonMention(token.start, token.end, person_id, token.text, False, expected))
                    break
        return sorted(mentions, key=lambda mention: mention.start)

    def _near_misses(self, key: str) -> list[tuple[str, str]]:
        """Registered name words one edit from `key` (two for names of seven letters or more)."""
        cached = self._near_cache.get(key)
        if cached is None:
            cached = []
            if len(key) >= 4:
                for name_key, person_id, word in self._by_first_letter.get(key[:1], ()):
                    budget = 2 if len(name_key) >= 7 else 1
                    if abs(len(name_key) - len(key)) <= budget and Levenshtein.distance(key, name_key, score_cutoff=budget) <= budget:
                        cached.append((person_id, word))
            self._near_cache[key] = cached
        return cached

    def _telling_context(self, tokens: list[Token], index: int, person_id: str, mentioned: set[str]) -> bool:
        """A near-miss counts only beside another part of the name, a title or a speech verb, or where the person is named elsewhere."""
        words = self._name_words[person_id]
        before = tokens[index - 1].key if index > 0 else ""
        after = tokens[index + 1].key if index + 1 < len(tokens) else ""
        return person_id in mentioned or before in words or after in words or before in ROLE_WORDS or after in SPEECH_VERBS


def _longest_first(hits):
    """Drop hits inside a longer hit ("Smith" inside "Julianne Smith")."""
    kept = []
    for hit in sorted(hits, key=lambda hit: (hit.start, -(hit.end - hit.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
