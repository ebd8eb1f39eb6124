"""Who a word in an article refers to: registered names, first names, pronouns, titles and descriptions.

A name resolves to its person, a surname shared by two registered people to the one the article named in full first
(else it is unclear). A pronoun resolves to the most recent subject of its kind (he, she, they, it) in the passage (of two in one sentence, the one
speaking), else to the most recent mention of its kind; a name that is the object of a verb or preposition ("asked what he would tell
Smith") is never a pronoun's subject. A description ("the mayor", "the Ohio Republican", "the airline") resolves
through the registry's titles and descriptions and the article's own ("Jane Doe, the mayor of Springfield, …").
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.quantities import singular
from harness.text.tokens import Token, phrase_keys
from harness.text.vocabulary import ROLE_WORDS, lexicon

UNCLEAR = "unclear"
_REPORTING = lexicon("reporting")
_OBJECT_MARKERS = frozenset(_REPORTING["object_markers"]) - {"and", "or"}
_CLAUSE_OPENERS = frozenset(_REPORTING["clause_openers"]) | {"and", "but", "or"}
PRONOUNS: dict[str, str] = _REPORTING["pronouns"]
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "to", "from", "with", "on", "by"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "one"})
SPOKESPEOPLE = frozenset(_REPORTING["spokespeople"])
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
_PASSAGE = 4
_RECENT = 64
_OPENING = 8
_TITLE_WORDS = frozenset(lexicon("names")["title_words"])  # words read for a description that opens a sentence
_QUOTE_MARKS = frozenset("\"'")  # a mark right after a comma closes a quote (the text is normalised to these two)


@dataclass(frozen=True, slots=True)
class Reference:
    """A word or phrase that refers to someone: at `start`, to `person` (an id or UNCLEAR), as a subject or not."""

    start: int
    person: str
    subject: bool
    speaking: bool = False


class Speakers:
    """What the article's words refer to, read once per article."""

    def __init__(self, article: Article, people: dict[str, Person]):
        self.article = article
        self.people = people
        document = article.document
        self.mention_of_token: dict[int, object] = {}
        for mention in article.people:
            for token in article.tokens.within(mention.start, mention.end):
                self.mention_of_token[token.start] = mention
        self.first_names = first_names(people)
        self.heads = _description_heads(people)
        self.whole_descriptions = _whole_descriptions(people)
        self.shared = _shared_names(people)
        self.references: list[Reference] = []
        self.sentence_of = document.sentence_index
        self._named = [Reference(m.start, m.person_id, False) for m in article.people
                       if not self.is_object(m.start) and document.text[m.end:m.end + 2] not in ("'s", "’s")]
        self._name_starts = [r.start for r in self._named]
        self._learn_appositions()

    # ---- names -------------------------------------------------------------------------------------------------

    def named(self, token: Token) -> str | None:
        """The person a token's name refers to: a registered name (a surname two registered people share goes to
        the one the article named in full first, its principal subject: family and namesakes are then called by
        their first names; unclear if neither was named in full), or a registered person's first name used alone."""
        mention = self.mention_of_token.get(token.start)
        if mention is not None:
            key = token.key
            if key in self.shared and self.article.document.text[mention.start:mention.end].count(" ") == 0:
                return self._first_named_in_full(self.shared[key], mention.start)
            return mention.person_id
        if token.text[:1].isupper() and token.key in self.first_names:
            return self.first_names[token.key]
        return None

    def mention_span(self, token: Token) -> tuple[int, int] | None:
        mention = self.mention_of_token.get(token.start)
        return (mention.start, mention.end) if mention is not None else None

    def _first_named_in_full(self, candidates: set[str], offset: int) -> str:
        text = self.article.document.text
        full = [m for m in self.article.people if m.start < offset and m.person_id in candidates and " " in text[m.start:m.end]]
        return full[0].person_id if full else UNCLEAR

    # ---- pronouns ----------------------------------------------------------------------------------------------

    def note(self, start: int, person: str | None, *, subject: bool, speaking: bool = False) -> None:
        """Record that the text at `start` refers to `person`, for later pronouns; `speaking` when as the speaker of
        a quote or the subject of a reporting verb."""
        if person and person != UNCLEAR:
            self.references.append(Reference(start, person, subject, speaking))

    def pronoun(self, token: Token) -> str | None:
        """The person a subject pronoun refers to: the subject of its kind in the latest sentence that has one, in
        the passage before it; else the name of its kind there; UNCLEAR when that sentence has two; None when nobody
        of its kind came before."""
        kind = PRONOUNS.get(token.key)
        if kind is None or token.text.lower() != token.key:
            return None
        sentences = self.article.document.sentences
        passage = sentences[max(0, self.sentence_of(token.start) - _PASSAGE)].start
        window = [r for r in self._references_between(passage, token.start) if self.people[r.person].pronoun == kind]
        for candidates in ([r for r in window if r.subject], window):
            if candidates:
                latest = [r for r in candidates if self.sentence_of(r.start) == self.sentence_of(candidates[-1].start)]
                people = {r.person for r in latest}
                speaking = {r.person for r in latest if r.speaking}
                if len(people) > 1 and len(speaking) == 1:
                    return speaking.pop()  # "He said a talk with Doug Nussmeier helped": the one speaking, not who helped
                if len(speaking) > 1 and self._same_paragraph(latest[-1].start, token.start) and latest[-1].speaking:
                    return latest[-1].person  # "Jordan told him, “…,” Lynch replied, “…” “…,” he said": the last to speak
                return people.pop() if len(people) == 1 else UNCLEAR
        earlier = self._named[:bisect.bisect_left(self._name_starts, token.start)]
        return next((r.person for r in reversed(earlier) if self.people[r.person].pronoun == kind), None)

    def _same_paragraph(self, first: int, second: int) -> bool:
        sentences = self.article.document.sentences
        return sentences[self.sentence_of(first)].paragraph == sentences[self.sentence_of(second)].paragraph

    def _references_between(self, start: int, end: int) -> list[Reference]:
        """The recent recorded references and the names that are no object or possessive in [start, end), in text order."""
        named = self._named[bisect.bisect_left(self._name_starts, start):bisect.bisect_left(self._name_starts, end)]
        noted = [r for r in self.references[-_RECENT:] if start <= r.start < end]
        return sorted([*noted, *named], key=lambda r: r.start)

    def is_object(self, offset: int) -> bool:
        """Whether the name at `offset` is an object: an object verb or preposition stands before it in its phrase
        ("told Smith", "a talk with offensive coordinator Doug Nussmeier"), with no comma or clause opener between."""
        document = self.article.document
        sentence = document.sentences[self.sentence_of(offset)]
        mention = self.mention_of_token.get(offset)
        if mention is not None and document.text[mention.end:mention.end + 1] == "," and document.text[:offset].rstrip(" ").endswith(","):
            offset = document.text.rindex(",", 0, offset)  # "with the editor, Fraser Nelson, to say": an object's apposition
        window = self.article.tokens.within(max(sentence.start, offset - 80), offset)[-6:]
        for position in range(len(window) - 1, -1, -1):
            token = window[position]
            if "," in document.text[token.end:offset] or ";" in document.text[token.end:offset]:
                return False
            if token.key in _OBJECT_MARKERS and token.text.islower() and not _inside_a_title(window, position):
                return True
            if token.key in _CLAUSE_OPENERS and token.text.islower():
                return False
        return False

    # ---- descriptions ------------------------------------------------------------------------------------------

    def described(self, phrase: list[Token], before: int) -> str | None:
        """The person a description refers to ("the mayor", "the Ohio Republican", "a spokesman for the ministry"):
        through registry titles and descriptions and the article's appositions; of several, the last mentioned."""
        keys = [token.key for token in phrase]
        for start in range(max(0, len(keys) - 2) + 1):  # the whole phrase, or its last words: "a discovery one scientist (called)"
            whole = self.whole_descriptions.get(_without_the(tuple(keys[start:])))
            if whole is not None:
                return whole  # the registry's own words for one person or group: "Two Republican senators"
        head = _head(keys)
        if head is None or _indefinite(keys):
            return None
        candidates = self.heads.get(head, set())
        if not candidates:
            return None
        if len(candidates) == 1:
            return next(iter(candidates))
        mentioned = [r for r in self._references_between(0, before) if r.person in candidates]
        return mentioned[-1].person if mentioned else UNCLEAR

    def described_within(self, tokens: list[Token]) -> str | None:
        """The one person or group whose registered description of two words or more stands whole among the tokens,
        not after a preposition ("more than 100 residents held up signs saying “resign”")."""
        keys = [token.key for token in tokens]
        found = {person for description, person in self.whole_descriptions.items()
                 for start in range(len(keys) - len(description) + 1)
                 if tuple(keys[start:start + len(description)]) == description and not (start and keys[start - 1] in _PREPOSITIONS)}
        return found.pop() if len(found) == 1 else None

    def opening(self, tokens: list[Token]) -> str | None:
        """The person a registered description of two words or more that opens the tokens refers to ("Reykjavik's
        international airport, which is located nearby, remained open"), or None."""
        keys = _without_the(tuple(token.key for token in tokens[:_OPENING]))
        return next((person for description, person in self.whole_descriptions.items() if keys[:len(description)] == description), None)

    def _learn_appositions(self) -> None:
        """Names followed by ", the mayor of X," or preceded by "Mayor" or "Ohio Republican" teach the article's own
        descriptions of them; not a name that closes a quote ("… our Holy Father Francis,” a statement from …")."""
        document, tokens = self.article.document, self.article.tokens
        for mention in self.article.people:
            if document.text[mention.end:mention.end + 1] == "," and document.text[mention.end + 1:mention.end + 2] not in _QUOTE_MARKS:
                sentence = document.sentences[self.sentence_of(mention.start)]
                apposition = []
                for token in tokens.within(mention.end, sentence.end)[:8]:
                    if apposition and document.text[token.start - 2:token.start].strip() in (",", ";", ":"):
                        break
                    apposition.append(token.key)
                head = _head(apposition)
                if head and (apposition[0] in ("the", "a", "an") or any(key in ROLE_WORDS for key in apposition)):
                    self.heads[head].add(mention.person_id)
            run = []
            boundary = mention.start
            for token in reversed(tokens.within(max(0, mention.start - 60), mention.start)):
                if document.text[token.end:boundary].strip(" .") or not token.text[:1].isupper() or token.key in _DETERMINERS:
                    break
                run.append(token.key)
                boundary = token.start
            if run:
                self.heads[run[0]].add(mention.person_id)


def _inside_a_title(tokens: list[Token], position: int) -> bool:
    """Whether "of" stands between two capitalised words, inside a title ("Secretary of State Antony Blinken")."""
    return (tokens[position].key == "of" and 0 < position < len(tokens) - 1
            and tokens[position - 1].text[:1].isupper() and tokens[position + 1].text[:1].isupper())


def _head(keys: list[str]) -> str | None:
    """The word a description turns on: the last before a preposition ("mayor" in "the mayor of Springfield")."""
    words = []
    for key in keys:
        if key in _PREPOSITIONS and words:
            break
        if key not in _DETERMINERS:
            words.append(key)
    return words[-1] if words else None


def _indefinite(keys: list[str]) -> bool:
    """"One reporter shouted", "a resident said": an indefinite description brings in someone new, never a
    registered person it happens to fit; "a spokesman for the ministry" still speaks for the ministry."""
    return (bool(keys) and keys[0] in _INDEFINITE and not any(key in _PREPOSITIONS for key in keys[1:])
            and not any(key in SPOKESPEOPLE for key in keys))


def _description_heads(people: dict[str, Person]) -> dict[str, set[str]]:
    """The head word of each registered title and description, and of each organisation's name of two words or more:
    "the ministry" is "Ukraine's foreign ministry", "the department" the "Louisiana Department of Health"."""
    heads: dict[str, set[str]] = defaultdict(set)
    for person in people.values():
        names = [name for name in person.accepted_names if len(phrase_keys(name)) > 1] if person.pronoun == "it" else []
        for phrase in (*person.titles, *person.descriptions, *names):
            head = _head(list(phrase_keys(phrase)))
            if head:
                heads[head].add(person.id)
                heads[singular(head)].add(person.id)  # "the airline" for "Japan Airlines"
    return heads


def _whole_descriptions(people: dict[str, Person]) -> dict[tuple[str, ...], str]:
    """Each registered description or title of two words or more, whole, that belongs to one person alone ("says
    climate scientist" is the one registered as such, though others are scientists too)."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for person in people.values():
        for phrase in (*person.descriptions, *person.titles):
            keys = _without_the(phrase_keys(phrase))
            if len(keys) >= 2:
                owners[keys].add(person.id)
    return {keys: next(iter(ids)) for keys, ids in owners.items() if len(ids) == 1}


def _without_the(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A description's keys without a leading "the", so "the four top diplomats" and "four top diplomats" meet."""
    return keys[1:] if keys[:1] == ("the",) else keys


def first_names(people: dict[str, Person]) -> dict[str, str]:
    """First names that belong to one registered person only (and to no one's surname). A title or article that
    opens a registered name ("Princess Charlotte", "Queen Camilla", "The Duke and Duchess of Sussex") is no first
    name: "the future Queen" and "The princess said" name neither."""
    firsts: dict[str, set[str]] = defaultdict(set)
    surnames = set()
    titles = {key for person in people.values() for title in person.titles for key in phrase_keys(title)}
    for person in people.values():
        if person.pronoun == "it":
            continue
        keys = phrase_keys(person.name)
        if len(keys) > 1:
            firsts[keys[0]].add(person.id)
            surnames.add(keys[-1])
    not_first = surnames | titles | ROLE_WORDS | _TITLE_WORDS | _DETERMINERS
    return {key: next(iter(ids)) for key, ids in firsts.items() if len(ids) == 1 and key not in not_first}


def _shared_names(people: dict[str, Person]) -> dict[str, set[str]]:
    """Name words (surnames) that two or more registered people share."""
    owners: dict[str, set[str]] = defaultdict(set)
    for person in people.values():
        for name in person.accepted_names:
            keys = phrase_keys(name)
            if len(keys) == 1:
                owners[keys[0]].add(person.id)
    return {key: ids for key, ids in owners.items() if len(ids) > 1}
