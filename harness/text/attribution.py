"""Who said each direct quote, read from the clause structure around it.

For each quote, in order of preference: a transcript label before it; a reporting clause after it (", said Smith",
", Smith said", ", the mayor told reporters", ", according to Smith"); one before it in its sentence ("Smith said:",
"Smith told reporters that", "…, adding:"); a sentence just before it that ends in a colon ("He added:"); an earlier
quote in its paragraph; and, for a quote that opens a paragraph with no attribution of its own, the speaker of the
paragraph just before it, never one further back. The subject of a reporting verb is the noun phrase right before
it, past adverbs, brackets and an apposition ("Smith, director of defence studies at a think tank, said"): a name
in it that is not an object or a possessive, the person over an organisation named in their title; or a pronoun,
or a description ("the mayor"). See `speakers` for how those resolve. Where two people could be meant, the speaker
is "unclear", never a guess.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.quotes import Quote, find_quotes
from harness.text.speakers import PRONOUNS, UNCLEAR, Speakers
from harness.text.tokens import Token
from harness.text.vocabulary import lexicon

__all__ = ["UNCLEAR", "Attribution", "Quote", "attribute", "find_quotes"]

_REPORTING = lexicon("reporting")
_VERBS = frozenset(_REPORTING["speech_verbs"])
_PARTICIPLES = frozenset(_REPORTING["participles"])
_BETWEEN = frozenset(_REPORTING["between_subject_and_verb"])
_OBJECT_MARKERS = frozenset(_REPORTING["object_markers"])
_SPOKESPEOPLE = frozenset(_REPORTING["spokespeople"])
_CLAUSE_OPENERS = frozenset(_REPORTING["clause_openers"])
_ACCORDING = [tuple(frame.split()) for frame in _REPORTING["according_to"]]
_TAIL_WINDOW = 12
_PHRASE = 8
_LONG_PHRASE = 14
_APPOSITION = 30
_NOTHING = object()
_QUESTION_FRAMES = frozenset({"asked", "asking", "ask", "asks", "wondered", "whether"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "then", "yet", "nor"})
_NOT_VERBS = frozenset(_REPORTING["object_markers"]) | frozenset({"s", "the", "a", "an", "who", "which", "that", "of", "and", "or", "but", "as"})
_PHRASE_ENDS = frozenset({"in", "on", "to", "into", "after", "before", "during", "while", "when", "that", "as", "with", "from", "by", "about", "than"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """`speaker` is a person id, `UNCLEAR`, or None when the quote names no registered speaker; `how` says why."""

    quote: Quote
    speaker: str | None
    how: str


def attribute(article: Article, quotes: list[Quote], people: dict[str, Person]) -> list[Attribution]:
    """A speaker for every quote, reading the article in order."""
    return _Reader(article, quotes, people).read()


class _Reader:
    def __init__(self, article: Article, quotes: list[Quote], people: dict[str, Person]):
        self.article = article
        self.document = article.document
        self.text = article.document.text
        self.quotes = quotes
        self.speakers = Speakers(article, people)
        self.people = people
        self.quoted = bytearray(len(self.text) + 1)
        for quote in quotes:
            self.quoted[quote.start:quote.end] = b"\x01" * (quote.end - quote.start)
        self.paragraph_speaker: dict[int, str] = {}
        self.quote_speaker: dict[int, str] = {}
        self.paragraph_subjects: dict[int, set[str]] = {}
        self.quote_starts = [quote.start for quote in quotes]
        self._paragraph_verb: dict[int, int] = {}
        self.reported: dict[int, str] = {}

    def read(self) -> list[Attribution]:
        results: list[Attribution] = []
        by_sentence: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            by_sentence.setdefault(self.document.sentence_index(quote.start), []).append(quote)
        for index, sentence in enumerate(self.document.sentences):
            self._note_subjects(sentence)  # a pronoun looks only before itself, so its own sentence's subjects count
            for quote in by_sentence.get(index, ()):
                speaker, how = self._speaker_of(quote, index)
                results.append(Attribution(quote, speaker, how))
                if speaker is not None:
                    self.quote_speaker[quote.paragraph] = speaker
                if speaker not in (None, UNCLEAR):
                    self.speakers.note(quote.start, speaker, subject=True)
                    self.paragraph_speaker[quote.paragraph] = speaker
        return self._same_words_elsewhere(results)

    def _same_words_elsewhere(self, results: list[Attribution]) -> list[Attribution]:
        """A quote with no speaker takes the speaker of the same words quoted elsewhere in the article: headlines and
        standfirsts repeat the body's quotes ("jury told not to be 'dazzled'")."""
        spoken: dict[tuple[str, ...], set[str]] = {}
        for attribution in results:
            if attribution.speaker not in (None, UNCLEAR):
                spoken.setdefault(self._words(attribution.quote), set()).add(attribution.speaker)
        by_word: dict[str, list[tuple[str, ...]]] = {}
        for words in spoken:
            for word in set(words):
                by_word.setdefault(word, []).append(words)
        resolved = []
        for attribution in results:
            if attribution.speaker is None and attribution.quote.label is None:
                words = self._words(attribution.quote)
                others = by_word.get(min(words, key=lambda w: len(by_word.get(w, ()))), ()) if words else ()
                speakers = {speaker for other in others if _contains(other, words) for speaker in spoken[other]}
                if len(speakers) == 1:
                    attribution = Attribution(attribution.quote, speakers.pop(), "the same words are quoted elsewhere with a speaker")
            resolved.append(attribution)
        return resolved

    def _words(self, quote: Quote) -> tuple[str, ...]:
        return tuple(token.key for token in self.article.tokens.within(quote.start, quote.end))

    # ---- where the speaker is named -------------------------------------------------------------------------------

    def _speaker_of(self, quote: Quote, sentence_index: int) -> tuple[str | None, str]:
        if quote.label is not None and self.text[quote.start - 1:quote.start] != '"':
            return self._resolve_phrase(self.article.tokens.within(*quote.label), quote.label[0], label=True), "transcript label"
        document = self.document
        open_sentence = document.sentences[document.sentence_index(max(0, quote.start - 1))]
        close_sentence = document.sentences[document.sentence_index(max(quote.start, quote.end - 1))]
        following = bisect.bisect_right(self.quote_starts, quote.end)
        next_quote = self.quote_starts[following] - 1 if following < len(self.quote_starts) else len(self.text)
        tail_end = max(close_sentence.end, quote.end)
        if self.text[max(quote.start, quote.end - 1):quote.end] in ("!", "?") and tail_end <= quote.end + 2:
            following = document.sentence_index(quote.end + 2)  # "“We have impact!” Elena Adams announced."
            tail_end = document.sentences[following].end if following < len(document.sentences) else tail_end
        tail = self._outside(quote.end, min(tail_end, next_quote))
        found = self._tail(tail)
        if found is not _NOTHING:
            return found, "named after the quote"
        head = self._outside(open_sentence.start, quote.start)
        found = self._head(head, open_sentence)
        if found is not _NOTHING:
            return found, "named before the quote"
        if not head:
            found = self._introduction(document.sentence_index(max(0, quote.start - 1)))
            if found is not _NOTHING:
                return found, "introduced by the sentence before"
        found = self._sentence_subject(head)
        if found is not _NOTHING:
            return found, "the subject of the quote's sentence"
        if quote.paragraph in self.quote_speaker:
            return self.quote_speaker[quote.paragraph], "continues the paragraph's speaker"
        if quote.paragraph in self.paragraph_speaker and self.paragraph_speaker_before(quote):
            return self.paragraph_speaker[quote.paragraph], "introduced earlier in the paragraph"
        if quote.opens_paragraph:
            previous = self._previous_body_paragraph(quote.paragraph)
            if previous is not None and previous in self.paragraph_speaker:
                return self.paragraph_speaker[previous], "continues the previous paragraph's speaker"
            if previous is not None and len(self.paragraph_subjects.get(previous, ())) == 1:
                return next(iter(self.paragraph_subjects[previous])), "the subject of the paragraph before"
        for span, how in ((quote.label, "transcript label"), (quote.heading, "the name heading above it")):
            if span is not None:  # a quote inside a turn or under a heading, with no attribution of its own
                found = self._resolve_phrase(self.article.tokens.within(*span), span[0], label=True)
                if found is not None:
                    return found, how
        return None, "no attribution"

    def paragraph_speaker_before(self, quote: Quote) -> bool:
        """Whether the paragraph's reporting verb with a subject stands before the quote ("Calvert-Lewin talks. “…”")."""
        return self._paragraph_verb.get(quote.paragraph, len(self.text)) < quote.start

    def _outside(self, start: int, end: int) -> list[Token]:
        return [t for t in self.article.tokens.within(start, end) if not self.quoted[t.start]]

    def _tail(self, tail: list[Token]):
        """A reporting clause after the quote: ", said Smith", ", Smith said", ", according to Smith"."""
        frame = _according(tail, 0)
        if frame:
            return self._subject_after(tail, frame - 1)
        if tail and tail[0].key in ("and", "but", "or", "while", "whereas"):
            return _NOTHING  # "…" and Smith called them heroes: a new clause, not this quote's attribution
        for index, token in enumerate(tail[:_TAIL_WINDOW]):
            if _opens_clause(token) and (index or token.key != "as"):
                return _NOTHING
            if token.key in _VERBS or token.key in _PARTICIPLES and index == 0:
                verb_first = all(t.key in _BETWEEN for t in tail[:index])
                found = self._subject_before(tail, index, floor=0)
                if found is _NOTHING and verb_first:
                    found = self._subject_after(tail, index)  # "said Smith"; but in "a woman told BBC News" the news is no speaker
                if found is not _NOTHING:
                    return found
                if token.key in _PARTICIPLES:
                    return _NOTHING  # "…”, adding: …": the sentence's subject, read from before the quote
                if verb_first or self._phrase_before(tail, index - 1):
                    return None  # "…," said a spokesman / an unnamed woman told reporters: no registered speaker
        return self._signature(tail)

    def _signature(self, tail: list[Token]):
        """A quote signed by a name with no verb: "“…” – President Trump at a rally", "“…” Councilor Kerry Winterson, when …"."""
        phrase = []
        for token in tail[:_PHRASE]:
            if phrase and self._comma_between(phrase[-1], token):
                break
            if not (token.text[:1].isupper() or token.text[:1].isdigit() or self.speakers.named(token)):
                break
            phrase.append(token)
        person = self._name_in(phrase) if phrase else None
        return person if person is not None else _NOTHING

    def _head(self, head: list[Token], sentence):
        """A reporting clause before the quote in its sentence: "Smith said:", "…, adding:", "according to Smith,"."""
        reporting = False
        for index in range(len(head) - 1, -1, -1):
            token = head[index]
            frame = _according(head, index)
            if frame:
                found = self._subject_after(head, frame - 1)
                return None if found is _NOTHING else found
            if token.key in _VERBS:
                found = self._subject_before(head, index, floor=0)
                if found is _NOTHING and all(t.key in _BETWEEN for t in head[:index]):
                    found = self._subject_after(head, index)  # the second half of "A," said Smith, "B."
                if found is not _NOTHING:
                    return found
                reporting = True  # a reporting verb with no subject ("posts on social media" is no verb): look further back
                continue
            if token.key in _PARTICIPLES:
                found = self._main_subject(head[:index])
                return None if found is _NOTHING else found
        if head and self.text[head[-1].end:head[-1].end + 3].strip().startswith(":"):
            found = self._resolve_phrase(self._phrase_before(head, len(head) - 1), head[-1].start)
            if found is not None:
                return found
        return None if reporting else _NOTHING

    def _sentence_subject(self, head: list[Token]):
        """"Trump gave Bailey his “complete and total endorsement”": when the sentence names one person before the
        quote, as its subject, the quoted words are theirs."""
        named = [(position, self.speakers.named(token)) for position, token in enumerate(head) if self.speakers.named(token)]
        people = {person for _, person in named}
        if len(people) != 1 or not named:
            return _NOTHING
        position = named[0][0]
        if any(token.text[:1].islower() and token.key not in _BETWEEN for token in head[:position]):
            return _NOTHING
        return people.pop()

    def _introduction(self, index: int):
        """A quote that opens its sentence, after a sentence that ends in a colon ("He added:")."""
        if index == 0:
            return _NOTHING
        previous = self.document.sentences[index - 1]
        if not self.text[previous.start:previous.end].rstrip().endswith(":"):
            return _NOTHING
        return self._head(self._outside(previous.start, previous.end), previous)

    def _previous_body_paragraph(self, paragraph: int) -> int | None:
        for index in range(paragraph - 1, -1, -1):
            if self.document.paragraphs[index].role == "body":
                return index
        return None

    # ---- subjects ---------------------------------------------------------------------------------------------------

    def _subject_before(self, tokens: list[Token], verb: int, *, floor: int):
        """The subject right before a reporting verb: past adverbs and auxiliaries, brackets and an apposition."""
        index = verb - 1
        skipped = 0
        while index >= floor and tokens[index].key in _BETWEEN and skipped < 4 and not self.speakers.named(tokens[index]):
            index -= 1
            skipped += 1
        index = self._skip_brackets(tokens, index, floor)
        if index < floor:
            return _NOTHING
        if tokens[index].key in ("and", "or"):
            return self._coordinated_subject(tokens, index, floor)
        if self._comma_between(tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None):
            return self._across_apposition(tokens, index, floor)
        phrase = self._phrase_before(tokens, index, floor)
        start = tokens.index(phrase[0])
        if self._name_in(phrase) is None and start > floor and self._comma_between(tokens[start - 1], phrase[0]):
            person = self._name_in(self._phrase_before(tokens, start - 1, floor))
            if person is not None:
                return person  # "Spencer Birns, Cardiff Airport's commercial director said"
        found = self._resolve_phrase(phrase, tokens[index].start)
        return _NOTHING if found is None else found

    def _coordinated_subject(self, tokens: list[Token], index: int, floor: int):
        """"Menendez has always talked to her and had said …": the subject of the verb phrase before "and" (the
        nearest name or pronoun followed by its verb), else of the sentence."""
        for position in range(index - 1, max(floor - 1, index - 15), -1):
            token = tokens[position]
            if _opens_clause(token):
                break
            following = tokens[position + 1]
            if (position and tokens[position - 1].key in _OBJECT_MARKERS) or not following.text[:1].islower() or following.key in _NOT_VERBS:
                continue
            found = self._resolve_word(token)
            if found is not None:
                return found
        found = self._main_subject(tokens[floor:index])
        if found is not _NOTHING:
            return found
        for position in range(index - 1, max(floor - 1, index - 15), -1):
            token = tokens[position]
            if _opens_clause(token):
                break
            if position and tokens[position - 1].key in _OBJECT_MARKERS:
                continue
            found = self._resolve_word(token)
            if found is not None and not (token.key in PRONOUNS and token.text.lower() != token.key and position):
                return found
        return _NOTHING

    def _across_apposition(self, tokens: list[Token], index: int, floor: int):
        """"Smith, a spokesman for Jones, said" and "Smith, who led the delegation, said": the head before the
        apposition speaks, unless it is only a title for a name inside it ("The chairman, Rep. Jason Chaffetz, argued")."""
        opening = index - 1
        while opening >= max(floor, index - _APPOSITION) and not self._comma_between(tokens[opening], tokens[opening + 1]):
            opening -= 1
        if opening < floor or opening < index - _APPOSITION:
            return self._resolve_or_nothing(self._phrase_before(tokens, index, floor))
        apposition = tokens[opening + 1:index + 1]
        head = self._phrase_before(tokens, self._skip_brackets(tokens, opening, floor), floor)
        person = self._name_in(head)
        if person is not None:
            return person
        if apposition and apposition[0].text[:1].isupper() and not _opens_clause(apposition[0]):
            person = self._name_in(apposition)  # "The chairman, Rep. Jason Chaffetz (R-Utah), argued"
            if person is not None:
                return person
        for phrase in (head, apposition):
            found = self._resolve_phrase(phrase, phrase[0].start if phrase else 0)
            if found is not None:
                return found
        return _NOTHING

    def _resolve_or_nothing(self, phrase: list[Token]):
        found = self._resolve_phrase(phrase, phrase[0].start if phrase else 0)
        return _NOTHING if found is None else found

    def _subject_after(self, tokens: list[Token], verb: int):
        """The subject after a reporting verb: "said Smith", "said the mayor, Jane Doe", "says WHO chief Tedros"."""
        phrase = []
        for token in tokens[verb + 1:verb + 1 + _PHRASE]:
            if phrase and (self._comma_between(phrase[-1], token) or self.text[phrase[-1].end:token.start].strip(" .-'’s")):
                break
            if token.key in _BETWEEN and not phrase:
                continue
            spokesperson = phrase and phrase[-1].key in _SPOKESPEOPLE and token.key in ("from", "for", "of", "at")
            if phrase and not spokesperson and (token.key in _PHRASE_ENDS or token.key in _VERBS or _opens_clause(token)):
                break  # "said UN envoy Leila Haddad in a statement"; but "said a note from Wells Fargo analysts"
            phrase.append(token)
        if not phrase:
            return _NOTHING
        found = self._resolve_phrase(phrase, phrase[0].start)
        if found is None or found == UNCLEAR and not self._name_in(phrase):
            after = tokens[tokens.index(phrase[-1]) + 1:]
            name = self._name_in(after[:4]) if after and self._comma_between(phrase[-1], after[0]) else None
            if name is not None:
                return name
        return _NOTHING if found is None else found

    def _main_subject(self, tokens: list[Token]):
        """The subject of the clause a participle hangs on ("Smith said the talks failed, adding: …")."""
        for index, token in enumerate(tokens):
            if token.key in _VERBS:
                found = self._subject_before(tokens, index, floor=0)
                if found is not _NOTHING:
                    return found
        for token in tokens[:4]:
            found = self._resolve_word(token)
            if found is not None:
                return found
        return _NOTHING

    def _phrase_before(self, tokens: list[Token], index: int, floor: int = 0) -> list[Token]:
        """The noun phrase ending at `index`: back over words joined by spaces, full stops and possessives."""
        phrase = [tokens[index]]
        for position in range(index - 1, max(floor - 1, index - _LONG_PHRASE), -1):
            token, following = tokens[position], phrase[0]
            if (self.text[token.end:following.start].strip(" .-'’s") or _opens_clause(token) or token.key in _VERBS
                    or token.key in _CONJUNCTIONS):
                break
            phrase.insert(0, token)
        return phrase

    def _skip_brackets(self, tokens: list[Token], index: int, floor: int) -> int:
        """Step back over a bracketed aside ("Chaffetz (R-Utah), argued")."""
        while index >= floor and ")" in self.text[tokens[index].end:tokens[index + 1].start if index + 1 < len(tokens) else tokens[index].end + 3]:
            while index >= floor and "(" not in self.text[tokens[index - 1].end if index > 0 else 0:tokens[index].start]:
                index -= 1
            index -= 1
        return index

    def _comma_between(self, first: Token, second: Token | None) -> bool:
        """Whether a comma, or a dash that sets off an aside ("Adams – who … – said"), stands between two words."""
        end = second.start if second is not None else first.end + 3
        between = self.text[first.end:end]
        if '"' in between:
            return False  # the words are apart because a quote stands between them, not an aside
        return "," in between or " - " in between or "--" in between

    # ---- resolving a phrase ----------------------------------------------------------------------------------------

    def _resolve_phrase(self, phrase: list[Token], offset: int, *, label: bool = False) -> str | None:
        """A noun phrase's speaker: the last name in it that is no object or possessive (a person over an
        organisation), else a pronoun, else a spokesperson's organisation, else a description."""
        if not phrase:
            return None
        person = self._name_in(phrase)
        if person is not None and person != UNCLEAR and self.people[person].pronoun == "it" and self._named_last(phrase) is not phrase[-1]:
            described = self.speakers.described(phrase[-1:], offset)  # "Yeti Airlines spokesperson": the spokesperson
            if described not in (None, UNCLEAR):
                return described
        if person is not None:
            return person
        if phrase[-1].key in PRONOUNS and not label:
            return self.speakers.pronoun(phrase[-1])
        keys = [token.key for token in phrase]
        for position, key in enumerate(keys):
            if key in _SPOKESPEOPLE and position + 1 < len(keys) and keys[position + 1] in ("for", "of", "from", "at"):
                spoken_for = self._name_in(phrase[position + 2:], organisations=True)
                if spoken_for is not None:
                    return spoken_for
        if any(token.text[:1].isupper() for token in phrase) and label:
            return None
        return self.speakers.described(phrase, offset)

    def _name_in(self, phrase: list[Token], *, organisations: bool = True) -> str | None:
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
            if first and phrase[first - 1].key in _OBJECT_MARKERS:
                continue  # "Miriam Deakin, of NHS Providers": the organisation is the object of "of"
            if not named or named[-1] != person:
                named.append(person)
        people = [p for p in named if p == UNCLEAR or self.people[p].pronoun != "it"]
        if people:
            return people[-1]
        return named[-1] if named and organisations else None

    def _named_last(self, phrase: list[Token]) -> Token | None:
        """The phrase's last word that is part of a registered name."""
        return next((token for token in reversed(phrase) if self.speakers.named(token)), None)

    def _resolve_word(self, token: Token) -> str | None:
        person = self.speakers.named(token)
        if person is not None:
            return person
        if token.key in PRONOUNS:
            return self.speakers.pronoun(token)
        return None

    def _note_subjects(self, sentence) -> None:
        """Remember who the sentence is about, for later pronouns: its reporting verbs' subjects, a name that opens
        it, and a name that opens a clause with its verb ("… but Djokovic came through")."""
        tokens = self._outside(sentence.start, sentence.end)
        for position, token in enumerate(tokens[:-1]):
            person = self.speakers.named(token)
            if person in (None, UNCLEAR) or self.speakers.is_object(token.start):
                continue
            if any(t.key in _QUESTION_FRAMES for t in tokens[max(0, position - 8):position]):
                continue  # "asked if her friend Serena Williams would …": the subject of a question, not of the story
            following = tokens[position + 1]
            if (following.text[:1].islower() and following.key not in _NOT_VERBS and not self.speakers.named(following)
                    and not self._comma_between(token, following)):
                self.speakers.note(token.start, person, subject=True)
                if self.document.paragraphs[sentence.paragraph].role == "body":
                    self.paragraph_subjects.setdefault(sentence.paragraph, set()).add(person)
        for index, token in enumerate(tokens):
            if token.key in _VERBS:
                found = self._subject_before(tokens, index, floor=0)
                if found not in (_NOTHING, None, UNCLEAR):
                    self.speakers.note(tokens[index].start, found, subject=True)
                    if self.document.paragraphs[sentence.paragraph].role == "body" and sentence.paragraph not in self.paragraph_speaker:
                        self.paragraph_speaker[sentence.paragraph] = found
                        self._paragraph_verb[sentence.paragraph] = tokens[index].start
        for position, token in enumerate(tokens[:_PHRASE]):
            person = self.speakers.named(token)
            if person not in (None, UNCLEAR):
                self.speakers.note(token.start, person, subject=True)  # the name that opens the sentence, past its title
                if self.document.paragraphs[sentence.paragraph].role == "body":
                    self.paragraph_subjects.setdefault(sentence.paragraph, set()).add(person)
                end = (self.speakers.mention_span(token) or (token.start, token.end))[1]
                joined = [t for t in tokens[position + 1:position + 8] if t.start >= end][:5]
                if joined and joined[0].key in ("and", "or"):  # "Putin and Biden spoke": both are subjects
                    other = next((self.speakers.named(t) for t in joined[1:] if self.speakers.named(t)), None)
                    if other not in (None, UNCLEAR, person):
                        self.speakers.note(token.start, other, subject=True)
                break
            if not token.text[:1].isupper():
                break


def _opens_clause(token: Token) -> bool:
    """"who", "which", "but" … in lower case open a clause; "WHO" is an organisation."""
    return token.key in _CLAUSE_OPENERS and token.text.islower()


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(words[start:start + size] == part for start in range(len(words) - size + 1))


def _according(tokens: list[Token], index: int) -> int:
    """If an "according to" frame starts at `index`, the index just after it; else 0."""
    for frame in _ACCORDING:
        if tuple(token.key for token in tokens[index:index + len(frame)]) == frame:
            return index + len(frame)
    return 0
