"""Reading a clause for who it is about: the subject of a reporting verb, and what a noun phrase names.

The subject is the noun phrase right before the verb, past adverbs and auxiliaries, a bracketed aside and an
apposition ("Smith, director of defence studies at a think tank, said"; "The chairman, Rep. Jason Chaffetz,
argued"), or right after it when the verb comes first ("said Smith"). In a phrase, a registered name that is no
object ("told Smith", "a talk with Smith") or possessive names the speaker, a person before an organisation named
in their title ("WHO Director-General Tedros"); else a pronoun; else a spokesperson's organisation ("a note from
Wells Fargo analysts"); else a description ("the mayor"). See `speakers` for how names, pronouns and
descriptions resolve.
"""

from __future__ import annotations

from harness.registry.schema import Person
from harness.text.speakers import PRONOUNS, SPOKESPEOPLE, UNCLEAR, Speakers
from harness.text.tokens import Token
from harness.text.vocabulary import WEEKDAYS, lexicon

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_REPORTING = lexicon("reporting")
VERBS = frozenset(_REPORTING["speech_verbs"])
BETWEEN = frozenset(_REPORTING["between_subject_and_verb"])
_OBJECT_MARKERS = frozenset(_REPORTING["object_markers"])
_SPOKEN_FOR = frozenset(_REPORTING["spoken_for"])
_OWN_VOICES = frozenset(_REPORTING["own_voices"])
_ARTICLES = frozenset({"the", "a", "an"})
_CLAUSE_OPENERS = frozenset(_REPORTING["clause_openers"])
_PHRASE = 8
_LONG_PHRASE = 14
_APPOSITION = 30
NOTHING = object()
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "then", "yet", "nor"})
_CONTRASTS = frozenset({"but", "while", "whereas", "although", "though"})  # open a clause with a subject of its own
NOT_VERBS = frozenset(_REPORTING["object_markers"]) | frozenset({"s", "the", "a", "an", "who", "which", "that", "of", "and", "or", "but", "as"})
_OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "during", "amid", "after", "following", "with", "speaking", "addressing",
                                   "despite", "under", "for", "by", "from", "against", "unlike", "like", "besides"})
_DAYS = frozenset({*(day.lower() for day in WEEKDAYS), "today", "yesterday"})
_PHRASE_ENDS = frozenset({"in", "on", "to", "into", "after", "before", "during", "while", "when", "that", "as", "with", "from", "by", "about", "than"})


class Clauses:
    """The subjects of an article's reporting clauses. `NOTHING` means no subject phrase was found at all; None, a
    phrase that names no registered speaker."""

    def __init__(self, text: str, speakers: Speakers, people: dict[str, Person]):
        self.text = text
        self.speakers = speakers
        self.people = people
        self.unresolved: list[Token] = []  # the last phrase read as a speaker that names no registered one

    def subject_before(self, tokens: list[Token], verb: int, *, floor: int):
        """The subject right before a reporting verb: past adverbs and auxiliaries, brackets and an apposition; for an
        infinitive, the clause's ("Cameron used an interview with the editor, Fraser Nelson, to say": Cameron)."""
        if verb > floor and tokens[verb - 1].key == "to" and tokens[verb - 1].text == "to":
            return self.main_subject(tokens[floor:verb - 1])
        index = verb - 1
        skipped = 0
        while index >= floor and tokens[index].key in BETWEEN and skipped < 4 and not self.speakers.named(tokens[index]):
            index -= 1
            skipped += 1
        closing = index
        index = self.skip_brackets(tokens, index, floor)
        if index < floor:
            return NOTHING
        if tokens[index].key in ("and", "or"):
            return self.coordinated_subject(tokens, index, floor)
        if self.comma_between(tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None) or (
                closing != index and self.comma_between(tokens[closing], tokens[closing + 1])) or (
                skipped and self.comma_between(tokens[verb - 1], tokens[verb])):  # "…, whose work laid the groundwork for Hinton's, told"
            return self.across_apposition(tokens, index, floor)  # "Ramadan, head of … Societies (IFRC), told reporters"
        phrase = self.phrase_before(tokens, index, floor)
        start = tokens.index(phrase[0])
        pronoun = len(phrase) == 1 and phrase[0].key in PRONOUNS  # "Merkel, he says, did not …": he is no apposition
        if (self.name_in(phrase) is None and not pronoun and start > floor and self.comma_between(tokens[start - 1], phrase[0])
                and self.speakers.named(tokens[start - 1])):  # not "Addressing Dissanayake in a statement, the … president said"
            person = self.name_in(self.phrase_before(tokens, start - 1, floor))
            if person is not None:
                return person  # "Spencer Birns, Cardiff Airport's commercial director said"
        found = self.resolve_phrase(phrase, tokens[index].start)
        if found is None:
            found = self._before_relative_clause(tokens, start, floor)
        if found not in (None, UNCLEAR) and self._coordinated_with_another(tokens, start, floor, found):
            return UNCLEAR  # "Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan wrote": the words do not say which
        return NOTHING if found is None else found

    def _coordinated_with_another(self, tokens: list[Token], start: int, floor: int, person: str) -> bool:
        """Whether the subject phrase starting at `start` follows "and" or "or" after another registered person's name."""
        if start - 2 < floor or tokens[start - 1].key not in ("and", "or"):
            return False
        other = self.speakers.named(tokens[start - 2])
        return other is not None and other not in (UNCLEAR, person)

    def _before_relative_clause(self, tokens: list[Token], start: int, floor: int) -> str | None:
        """"Two Republican senators who voted no on the repeal call themselves “kindred spirits”", "the panel that
        awarded the prize said": the subject stands before a relative clause set off by no comma."""
        for position in range(start - 1, max(floor, start - _LONG_PHRASE), -1):
            if self.comma_between(tokens[position], tokens[position + 1]) or tokens[position].key in VERBS:
                return None
            if tokens[position].key in _RELATIVE_PRONOUNS and position > floor:
                return self.resolve_phrase(self.phrase_before(tokens, position - 1, floor), tokens[position - 1].start)
        return None

    def coordinated_subject(self, tokens: list[Token], index: int, floor: int):
        """"Menendez has always talked to her and had said …": the subject of the verb phrase before "and" (the
        nearest name or pronoun followed by its verb); after "but", "while" or "although", the subject that clause
        opens with ("The administration lauded …, but China voiced … and said"); else the sentence's."""
        for position in range(index - 1, max(floor - 1, index - 15), -1):
            token = tokens[position]
            if opens_clause(token):
                if token.key in _CONTRASTS and position + 1 < index:
                    found = self._clause_subject(tokens[position + 1:index])
                    if found is not NOTHING:
                        return found
                break
            following = tokens[position + 1]
            if (position and tokens[position - 1].key in _OBJECT_MARKERS) or not following.text[:1].islower() or following.key in NOT_VERBS:
                continue
            found = self.resolve_word(token)
            if found is not None:
                return found
        found = self.main_subject(tokens[floor:index])
        if found is not NOTHING:
            return found
        for position in range(index - 1, max(floor - 1, index - 15), -1):
            token = tokens[position]
            if opens_clause(token):
                break
            if position and tokens[position - 1].key in _OBJECT_MARKERS:
                continue
            found = self.resolve_word(token)
            if found is not None and not (token.key in PRONOUNS and token.text.lower() != token.key and position):
                return found
        return NOTHING

    def across_apposition(self, tokens: list[Token], index: int, floor: int):
        """"Smith, a spokesman for Jones, said" and "Smith, who led the delegation, said": the head before the
        apposition speaks, unless it is only a title for a name inside it ("The chairman, Rep. Jason Chaffetz, argued")."""
        opening = index - 1
        while opening >= max(floor, index - _APPOSITION) and not self.comma_between(tokens[opening], tokens[opening + 1]):
            opening -= 1
        if opening < floor or opening < index - _APPOSITION:
            return self.resolve_or_nothing(self.phrase_before(tokens, index, floor))
        apposition = tokens[opening + 1:index + 1]
        head = self.phrase_before(tokens, self.skip_brackets(tokens, opening, floor), floor)
        start = tokens.index(head[0])
        if len(head) == 1 and head[0].text.isdigit() and start > floor and self.comma_between(tokens[start - 1], head[0]):
            head = self.phrase_before(tokens, start - 1, floor)  # "Anton Deibe, 17, who was a passenger …, told": the age is an aside
        person = self.name_in(head)
        if person is not None:
            return person
        if apposition and apposition[0].text[:1].isupper() and not opens_clause(apposition[0]):
            person = self.name_in(apposition)  # "The chairman, Rep. Jason Chaffetz (R-Utah), argued"
            if person is not None:
                return person
        person = self.named_as(apposition)
        if person is not None:
            return person  # "a 52-year-old Hualien resident, who gave her family name as Yu, said"
        for phrase in (head, apposition):
            found = self.resolve_phrase(phrase, phrase[0].start if phrase else 0)
            if found is not None:
                return found
        return NOTHING

    def named_as(self, apposition: list[Token]) -> str | None:
        """The name a relative clause gives its head: "who gave her family name as Yu", "identified only as Yu"."""
        if not apposition or apposition[0].key != "who":
            return None
        for position, token in enumerate(apposition[:-1]):
            if token.key == "as":
                found = self.speakers.named(apposition[position + 1])
                if found is not None:
                    return found
        return None

    def resolve_or_nothing(self, phrase: list[Token]):
        found = self.resolve_phrase(phrase, phrase[0].start if phrase else 0)
        return NOTHING if found is None else found

    def subject_after(self, tokens: list[Token], verb: int):
        """The subject after a reporting verb: "said Smith", "said the mayor, Jane Doe", "says WHO chief Tedros"."""
        phrase: list[Token] = []
        window = tokens[verb + 1:verb + 1 + _LONG_PHRASE]
        longest = _PHRASE  # "according to a statement from Ohio Gov. Mike DeWine's office": the source's name is longer
        for position, token in enumerate(window):
            if phrase and self._in_title_list(phrase, token, window[position - 1], window[position + 1:position + 2]):
                if token.key != "and":
                    phrase.append(token)
                continue
            last = window[position - 1] if phrase and window[position - 1].key in _DAYS else phrase[-1] if phrase else None
            if last is not None and (self.comma_between(last, token) or self.text[last.end:token.start].strip(" .-'’s()")):
                break  # a bracketed abbreviation stays inside: "said Zimbabwe Electoral Commission (ZEC) chairwoman …"
            if len(phrase) >= longest:
                break
            if token.key in BETWEEN and not phrase or phrase and token.key in _DAYS:
                continue  # "said a statement Friday from Phil Spencer": the day is when, not who
            spokesperson = phrase and phrase[-1].key in SPOKESPEOPLE and token.key in _SPOKEN_FOR
            if spokesperson:
                longest = _LONG_PHRASE
            possessed = phrase and phrase[-1].key == "s"  # "Mark Taylor's tweet": after a possessive, a noun
            if phrase and not spokesperson and (token.key in _PHRASE_ENDS or token.key in VERBS and not possessed or opens_clause(token)):
                break  # "said UN envoy Leila Haddad in a statement"; but "said a note from Wells Fargo analysts"
            phrase.append(token)
        if not phrase:
            return NOTHING
        found = self.resolve_phrase(phrase, phrase[0].start)
        organisation = found not in (None, UNCLEAR) and self.people[found].pronoun == "it"
        if found is None or found == UNCLEAR and not self.name_in(phrase) or organisation:
            after = tokens[tokens.index(phrase[-1]) + 1:]  # "said a spokeswoman for the agency, Melissa Fleming"
            name = self.name_in(after[:4], organisations=not organisation) if after and self.comma_between(phrase[-1], after[0]) else None
            if name is not None:
                return name
        return NOTHING if found is None else found

    def _in_title_list(self, phrase: list[Token], token: Token, previous: Token, following: list[Token]) -> bool:
        """Whether `token` goes on a list of capitalised words inside a title, before any name ("said Environment,
        Urbanization, and Climate Change Minister Murat Kurum", "said Trade and Industry Minister …"): after a comma
        or "and", a capitalised word; or "and" before one."""
        if any(self.speakers.named(word) for word in phrase) or not all(word.text[:1].isupper() for word in phrase):
            return False
        if token.key == "and":
            return bool(following) and following[0].text[:1].isupper()
        listed = previous.key == "and" or self.comma_between(phrase[-1], token)
        return listed and token.text[:1].isupper() and not self.speakers.named(token)

    def main_subject(self, tokens: list[Token]):
        """The subject of the clause a participle hangs on ("Smith said the talks failed, adding: …")."""
        for index, token in enumerate(tokens):
            if token.key in VERBS:
                found = self.subject_before(tokens, index, floor=0)
                if found is not NOTHING:
                    return found
        if tokens and (tokens[0].key in _CLAUSE_OPENERS or tokens[0].key in _OPENING_PREPOSITIONS):
            # "Before closing the acquisition, Mr Musk walked in, … tweeting"; "In a televised address, President Ruto …"
            comma = next((index for index in range(1, min(len(tokens), _LONG_PHRASE))
                          if self.comma_between(tokens[index - 1], tokens[index])), None)
            tokens = tokens[comma:] if comma is not None else tokens
        opening = _opening_name(tokens)
        person = self.name_in(opening, organisations=False)  # "ISRO Chairman S Somanath gave …": the person, not the body
        if person is not None:
            return person
        for token in tokens[:4]:
            found = self.resolve_word(token)
            if found is not None:
                return found
        found = self.speakers.described(opening, opening[0].start) if opening else None
        if found is not None:
            return found  # "Longshoremen walked out …, saying": a description opens the clause
        found = self.speakers.described_within(tokens)
        return NOTHING if found is None else found

    def _clause_subject(self, clause: list[Token]):
        """The subject a clause opens with: its opening name, word or description ("China angrily voiced"), else
        the subject of its first verb."""
        opening = _opening_name(clause)
        found = self.resolve_phrase(opening, opening[0].start) if opening else None
        return self.main_subject(clause) if found is None else found

    def phrase_before(self, tokens: list[Token], index: int, floor: int = 0) -> list[Token]:
        """The noun phrase ending at `index`: back over words joined by spaces, full stops and possessives."""
        phrase = [tokens[index]]
        for position in range(index - 1, max(floor - 1, index - _LONG_PHRASE), -1):
            token, following = tokens[position], phrase[0]
            if (self.text[token.end:following.start].strip(" .-'’s") or opens_clause(token) or token.key in VERBS
                    or token.key in _CONJUNCTIONS):
                break
            phrase.insert(0, token)
        return phrase

    def skip_brackets(self, tokens: list[Token], index: int, floor: int) -> int:
        """Step back over a bracketed aside ("Chaffetz (R-Utah), argued")."""
        while index >= floor and ")" in self.text[tokens[index].end:tokens[index + 1].start if index + 1 < len(tokens) else tokens[index].end + 3]:
            while index >= floor and "(" not in self.text[tokens[index - 1].end if index > 0 else 0:tokens[index].start]:
                index -= 1
            index -= 1
        return index

    def comma_between(self, first: Token, second: Token | None) -> bool:
        """Whether a comma, or a dash that sets off an aside ("Adams – who … – said"), stands between two words."""
        end = second.start if second is not None else first.end + 3
        between = self.text[first.end:end]
        if '"' in between:
            return False  # the words are apart because a quote stands between them, not an aside
        return "," in between or " - " in between or "--" in between

    # ---- resolving a phrase ----------------------------------------------------------------------------------------

    def resolve_phrase(self, phrase: list[Token], offset: int, *, label: bool = False) -> str | None:
        """A noun phrase's speaker: the last name in it that is no object or possessive (a person over an
        organisation), else a pronoun, else a spokesperson's organisation, else a description. A phrase that
        names no registered speaker is kept in `unresolved`."""
        found = self._resolve(phrase, offset, label=label)
        if found is None and phrase:
            self.unresolved = phrase
        return found

    def _resolve(self, phrase: list[Token], offset: int, *, label: bool) -> str | None:
        if not phrase:
            return None
        person = self.name_in(phrase)
        if person is not None and person != UNCLEAR and self.people[person].pronoun == "it" and self.named_last(phrase) is not phrase[-1]:
            described = self.speakers.described(phrase[-1:], offset)  # "Yeti Airlines spokesperson": the spokesperson
            if described not in (None, UNCLEAR):
                return described
        if person is not None:
            return person
        if phrase[-1].key in PRONOUNS and not label:
            return self.speakers.pronoun(phrase[-1])
        keys = [token.key for token in phrase]
        for position, key in enumerate(keys):
            if key in SPOKESPEOPLE and position + 1 < len(keys) and keys[position + 1] in _SPOKEN_FOR:
                spoken_for = self.name_in(phrase[position + 2:], organisations=True)
                if spoken_for is None and position + 2 < len(keys):
                    spoken_for = self.speakers.described(phrase[position + 2:], phrase[position + 2].start)  # "a statement from the company"
                if spoken_for is not None:
                    return spoken_for
        owner = self._owner_of_voice(phrase)
        if owner is not None:
            return owner
        if any(token.text[:1].isupper() for token in phrase) and label:
            return None
        return self.speakers.described(phrase, offset)

    def _owner_of_voice(self, phrase: list[Token]) -> str | None:
        """"a statement from Ohio Gov. Mike DeWine's office", "the company's note": a name or a description whose
        office, statement or post the phrase ends on speaks through it; possessive names are otherwise no speakers
        ("Biden's sister")."""
        if len(phrase) < 3 or phrase[-1].key not in _OWN_VOICES:
            return None
        for position in range(len(phrase) - 2, 0, -1):
            if phrase[position].key != "s" or self.text[phrase[position].start - 1] not in "'’" or len(phrase) - position > 3:
                continue
            owner = phrase[:position]
            person = self.speakers.named(owner[-1])
            if person is None:
                person = self.speakers.described(owner[max(0, len(owner) - _PHRASE):], owner[-1].start)
            return None if person == UNCLEAR else person
        return None

    def name_in(self, phrase: list[Token], *, organisations: bool = True) -> str | None:
        """The last registered name in a phrase that is no object or possessive; a person over an organisation."""
        named: list[str] = []
        for position, token in enumerate(phrase):
            person = self.speakers.named(token)
            if person is None:
                continue
            span = self.speakers.mention_span(token) or (token.start, token.end)
            if self.text[span[1]:span[1] + 2] in ("'s", "’s") and span[1] <= phrase[-1].end - 1:
                continue
            first = next(index for index, t in enumerate(phrase) if t.start >= span[0])
            before = first - 1 if not first or phrase[first - 1].key not in _ARTICLES else first - 2
            if before >= 0 and phrase[before].key in _OBJECT_MARKERS:
                continue  # "Miriam Deakin, of NHS Providers", "a passenger on the JAL flight": the object of "of", "on"
            if not named or named[-1] != person:
                named.append(person)
        people = [p for p in named if p == UNCLEAR or self.people[p].pronoun != "it"]
        if people:
            return people[-1]
        return named[-1] if named and organisations else None

    def named_last(self, phrase: list[Token]) -> Token | None:
        """The phrase's last word that is part of a registered name."""
        return next((token for token in reversed(phrase) if self.speakers.named(token)), None)

    def resolve_word(self, token: Token) -> str | None:
        person = self.speakers.named(token)
        if person is not None:
            return person
        if token.key in PRONOUNS:
            return self.speakers.pronoun(token)
        return None


def opens_clause(token: Token) -> bool:
    """"who", "which", "but" … in lower case open a clause; "WHO" is an organisation."""
    return token.key in _CLAUSE_OPENERS and token.text.islower()


def _opening_name(tokens: list[Token]) -> list[Token]:
    """A clause's opening name with its title: capitalised words, and lower-case ones before a capital."""
    opening = []
    for position, token in enumerate(tokens[:_PHRASE]):
        if not token.text[:1].isupper() and not (position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper()):
            break
        opening.append(token)
    return opening
