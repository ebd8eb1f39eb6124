"""Person facts: a registered name spelt as the registry accepts it, and a title before it from the accepted set."""

from __future__ import annotations

from typing import Iterator

from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import PersonFact
from harness.text.article import Article
from harness.text.people import PersonMention
from harness.text.speakers import first_names
from harness.text.tokens import Token, phrase_keys
from harness.text.vocabulary import HONORIFICS, ROLE_ABBREVIATIONS, ROLE_WORDS, SENTENCE_STARTERS, TITLE_CONNECTORS

_LONGEST_TITLE = 12  # words; "U.S. Deputy Secretary of State for Political Affairs" has eight

_BROKEN_HYPHENS = frozenset({"-", "- "})

def role_words(title: str) -> frozenset[str]:
    """The words of a title that say what the role is ("Deputy Secretary of State" -> deputy, secretary, state),
    abbreviations spelt out ("Gov." -> governor)."""
    return _roles(phrase_keys(title))


def _roles(keys) -> frozenset[str]:
    """Role words, abbreviations spelt out; "ex-" is "former", so "Ex-Defense Minister" holds "defense"."""
    keys = [key[2:] if key.startswith("ex") and key[2:] in ROLE_WORDS else key for key in keys]
    return frozenset(ROLE_ABBREVIATIONS.get(key, key) for key in keys if key in ROLE_WORDS)


def _in_headline(article: Article, offset: int) -> bool:
    headline = article.document.headline()
    return headline is not None and article.document.sentences[article.document.sentence_index(offset)].paragraph == headline


def title_before(article: Article, mention: PersonMention) -> tuple[int, int, frozenset[str]] | None:
    """The title run right before a name ("U.S. Deputy Secretary of State"), as a span and its role words."""
    sentence = article.document.sentences[article.document.sentence_index(mention.start)]
    tokens = article.tokens.last(_LONGEST_TITLE, sentence.start, mention.start)
    text = article.document.text
    run: list[Token] = []
    boundary = mention.start
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        gap = text[token.end:boundary]
        if gap.strip(" .") and gap not in _BROKEN_HYPHENS:
            break  # but "LDP Vice- President Taro Aso" is one title
        if token.key in SENTENCE_STARTERS and token.text[0].isupper():
            break
        of_the = token.key == "the" and position > 0 and tokens[position - 1].key in TITLE_CONNECTORS  # "Chief of the General Staff"
        and_roles = token.key == "and" and position > 0 and tokens[position - 1].key in ROLE_WORDS and tokens[position - 1].text[0].isupper()
        if not (token.text[0].isupper() or token.key in ROLE_WORDS or token.key in TITLE_CONNECTORS or of_the or and_roles):
            break  # "President and CEO of Mass General Brigham Anne Klibanski" joins two roles with "and"
        if token.key == "under" and token.text.islower():
            break  # "Beginning under Chair Jay Clayton": the preposition, not an under-secretary's title
        run.append(token)
        boundary = token.start
    run.reverse()
    while run and run[-1].key in HONORIFICS:
        run.pop()  # "under Ms Hasina": a courtesy, no role; "under" belongs to the sentence
    while run and (run[0].key in TITLE_CONNECTORS or run[0].text.islower() and len(run) > 1 and run[1].text[:1].isupper()):
        run.pop(0)  # "army spokesman Rear Admiral Daniel Hagari": a lower-case description before the capitalised title
    roles = _roles(token.key for token in run)
    if not roles or all(token.text[0].islower() for token in run):
        return None  # "populist leader Javier Milei", "under Massa": lower case describes; a title is capitalised
    return run[0].start, run[-1].end, roles


class PersonCheck:
    def __init__(self, registry: Registry, facts: list[PersonFact]):
        self.people = registry.people
        self.facts: dict[str, list[PersonFact]] = {}
        for fact in facts:
            self.facts.setdefault(fact.person, []).append(fact)  # two facts on one person both see every mention
        self.first_names = {key: person_id for key, person_id in first_names(registry.people).items() if person_id in self.facts}
        self.titles = {
            person_id: {role_words(title): title for title in person.titles}
            for person_id, person in registry.people.items()
        }

    def run(self, article: Article) -> Iterator[Finding]:
        for mention in article.people:
            for fact in self.facts.get(mention.person_id, ()):
                yield from self._mention(article, fact, mention)
        yield from self._first_names_alone(article)

    def _first_names_alone(self, article: Article) -> Iterator[Finding]:
        """"Floyd’s 7-year-old daughter, Gianna,": a version that names someone only by a first name no other registered
        person has, nowhere in full, still names them, spelt as accepted."""
        if not self.first_names:
            return  # no registered person has a first name of their own: no token to look at
        named = {mention.person_id for mention in article.people}
        tokens, text = article.tokens.items, article.document.text
        for index, token in enumerate(tokens):
            person_id = self.first_names.get(token.key)
            if person_id is None or person_id in named or not token.text[:1].isupper():
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and following.text[:1].isupper() and text[token.end:following.start] == " ":
                continue  # "Carlos Mazzone": with another surname, someone else (or the name misspelt)
            named.add(person_id)  # once: the first time is enough to show the version names them
            person = self.people[person_id]
            for fact in self.facts[person_id]:
                yield article.finding(fact, check="spelling", status="agrees", start=token.start, end=token.end,
                                      expected=person.name, observed=token.text, message=f"{person.name}: named by the first name alone")

    def _mention(self, article: Article, fact: PersonFact, mention: PersonMention) -> Iterator[Finding]:
        """The mention's spelling, and the title before it."""
        person = self.people[mention.person_id]
        accepted = ", ".join(person.accepted_names[:1] + person.spellings)
        if mention.accepted:
            yield article.finding(
                fact, check="spelling", status="agrees", start=mention.start, end=mention.end,
                expected=accepted, observed=mention.surface, message=f"{person.name}: spelt as accepted",
            )
        else:
            yield article.finding(
                fact, check="spelling", status="contradicts", start=mention.start, end=mention.end,
                expected=mention.expected, observed=mention.surface,
                message=f"{person.name}: {mention.surface!r} is a near miss of {mention.expected!r}; accepted: {accepted}",
            )
        yield from self._title(article, fact, mention)

    def _title(self, article: Article, fact: PersonFact, mention: PersonMention) -> Iterator[Finding]:
        accepted = self.titles[mention.person_id]
        if not accepted:
            return
        found = title_before(article, mention)
        if found is None:
            return
        start, end, roles = found
        observed = article.document.original[start:end]
        person = self.people[mention.person_id]
        expected = "; ".join(person.titles)
        if roles in accepted:
            yield article.finding(fact, check="title", status="agrees", start=start, end=end, expected=expected,
                                  observed=observed, message=f"{person.name}: title {observed!r} is accepted")
        elif not _in_headline(article, start):  # "Ex-defense chief Ishiba elected …": headlines compress titles
            yield article.finding(fact, check="title", status="contradicts", start=start, end=end, expected=expected,
                                  observed=observed, message=f"{person.name}: title {observed!r} is not one the registry accepts ({expected})")
