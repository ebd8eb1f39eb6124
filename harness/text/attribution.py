"""Direct quotes and who said them.

Quotes are paired per paragraph; a paragraph with an odd number of marks leaves
its last quote open to the paragraph's end (the wire style for a quote that goes
on in the next paragraph). A speaker is found, in order of preference:
after the quote in its sentence ("...," said Smith / "...," she told reporters),
before it ("Smith said: ..." / "..., saying ..."), or, for a quote with no
attribution of its own, the speaker of the passage it continues. Pronouns go to
the most recent registered person of that pronoun; where that is ambiguous the
speaker is "unclear" rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.tokens import Token
from harness.text.vocabulary import PARTICIPLE_SPEECH_VERBS, PRONOUNS, SPEECH_VERBS

UNCLEAR = "unclear"
_AUXILIARY = frozenset(
    "has had have also repeatedly again later then previously would will was is were had been once already "
    "earlier separately reportedly further on monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday s".split()
)
_RELATIVE = frozenset({"who", "whose", "which"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "then", "yet"})
_TAIL_VERB_WINDOW = 10
_SUBJECT_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    paragraph: int
    opens_paragraph: bool


@dataclass(frozen=True, slots=True)
class Attribution:
    """`speaker` is a person id, `UNCLEAR`, or None when the quote names no registered speaker."""

    quote: Quote
    speaker: str | None
    how: str


def find_quotes(article: Article) -> list[Quote]:
    document = article.document
    quotes: list[Quote] = []
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.role == "chrome":
            continue
        marks = [offset for offset in range(paragraph.start, paragraph.end) if document.text[offset] == '"']
        first_text = paragraph.start + len(document.text[paragraph.start:paragraph.end]) - len(document.text[paragraph.start:paragraph.end].lstrip())
        for pair in range(0, len(marks), 2):
            opening = marks[pair]
            closing = marks[pair + 1] if pair + 1 < len(marks) else paragraph.end
            if closing - opening > 1:
                quotes.append(Quote(opening + 1, closing, index, opening == first_text))
    return quotes


def attribute(article: Article, quotes: list[Quote], people: dict[str, Person]) -> list[Attribution]:
    """A speaker for every quote, reading the article in order."""
    return _Reader(article, quotes, people).read()


class _Reader:
    def __init__(self, article: Article, quotes: list[Quote], people: dict[str, Person]):
        self.article = article
        self.people = people
        self.resolved: dict[tuple[int, str], str | None] = {}
        self.document = article.document
        self.quotes = quotes
        self.inside = [(quote.start, quote.end) for quote in quotes]
        self.quoted_tokens = {token.start for quote in quotes for token in article.tokens.within(quote.start, quote.end)}
        body = {index for index, paragraph in enumerate(self.document.paragraphs) if paragraph.role == "body"}
        self.mentions = [m for m in article.people if self.document.sentences[self.document.sentence_index(m.start)].paragraph in body]
        self.mention_at = {m.start: m for m in article.people}
        self.mention_of_token = {
            token.start: mention for mention in article.people for token in article.tokens.within(mention.start, mention.end)
        }
        self.body = body

    def read(self) -> list[Attribution]:
        results: list[Attribution] = []
        last_speaker: str | None = None
        quote_iter = iter(self.quotes)
        pending = next(quote_iter, None)
        for sentence in self.document.sentences:
            in_body = sentence.paragraph in self.body
            while pending is not None and pending.start <= sentence.end:
                if pending.start < sentence.start:
                    pending = next(quote_iter, None)
                    continue
                speaker, how = self._speaker_of(pending, last_speaker, results)
                results.append(Attribution(pending, speaker, how))
                if in_body and speaker not in (None, UNCLEAR):
                    last_speaker = speaker
                pending = next(quote_iter, None)
            if in_body:
                for subject in self._subjects(self._outside_quotes(sentence.start, sentence.end)):
                    if subject not in (None, UNCLEAR):
                        last_speaker = subject
        return results

    def _speaker_of(self, quote: Quote, last_speaker: str | None, earlier: list[Attribution]) -> tuple[str | None, str]:
        document = self.document
        open_sentence = document.sentences[document.sentence_index(quote.start - 1)]
        close_sentence = document.sentences[document.sentence_index(max(quote.start, quote.end - 1))]
        next_quote = next((start for start, _ in self.inside if start > quote.end), len(document.text))
        tail = self.article.tokens.within(quote.end, min(close_sentence.end, next_quote))
        found = self._tail_speaker(tail)
        if found is not False:
            return found, "after the quote"
        head = self._outside_quotes(open_sentence.start, quote.start)
        found = self._head_speaker(head, self._outside_quotes(open_sentence.start, open_sentence.end))
        if found is not False:
            return found, "before the quote"
        same_paragraph = [a for a in earlier if a.quote.paragraph == quote.paragraph]
        if quote.opens_paragraph or same_paragraph:
            return last_speaker, "continues the previous speaker"
        return None, "no attribution"

    def _outside_quotes(self, start: int, end: int) -> list[Token]:
        return [t for t in self.article.tokens.within(start, end) if t.start not in self.quoted_tokens]

    def _tail_speaker(self, tail: list[Token]):
        """Speaker named after the quote, or False when the tail has no speech verb."""
        for index, token in enumerate(tail[:_TAIL_VERB_WINDOW]):
            if token.key in SPEECH_VERBS or token.key in PARTICIPLE_SPEECH_VERBS:
                subject = self._subject_before(tail, index)
                if subject is not False:
                    return subject
                if index == 0:
                    return self._subject_after(tail, index)
                if tail[index - 1].key in _CONJUNCTIONS:
                    return False
                return None
        return False

    def _head_speaker(self, head: list[Token], sentence: list[Token]):
        """Speaker named before the quote, or False when no speech verb precedes it."""
        for index in range(len(head) - 1, -1, -1):
            key = head[index].key
            if key in SPEECH_VERBS:
                subject = self._subject_before(head, index)
                return None if subject is False else subject
            if key in PARTICIPLE_SPEECH_VERBS:
                subjects = [s for s in self._subjects(sentence) if s is not None]
                if subjects:
                    return subjects[0]
                first = next((self.mention_at[t.start] for t in sentence if t.start in self.mention_at), None)
                return first.person_id if first else None
        return False

    def _subjects(self, tokens: list[Token]) -> list[str | None]:
        """The subject of every finite speech verb among `tokens`, in order."""
        subjects = []
        for index, token in enumerate(tokens):
            if token.key in SPEECH_VERBS:
                subject = self._subject_before(tokens, index)
                if subject is not False:
                    subjects.append(subject)
        return subjects

    def _subject_before(self, tokens: list[Token], verb: int):
        """The person or pronoun right before a verb (past auxiliaries and a relative clause), or False."""
        index = verb - 1
        steps = 0
        while index >= 0 and steps < 25:
            token = tokens[index]
            who = self._who(token)
            if who is not False:
                return who
            if token.key in _AUXILIARY and steps < _SUBJECT_WINDOW:
                index -= 1
                steps += 1
                continue
            clause_start = self._relative_clause_start(tokens, index)
            if clause_start is None:
                return False
            index = clause_start
            steps += 1
        return False

    def _relative_clause_start(self, tokens: list[Token], index: int) -> int | None:
        """Index of the person just before a ", who ...," or " who ..." clause ending at `index`, if any."""
        for back in range(index, max(-1, index - 20), -1):
            if tokens[back].key in _RELATIVE and back > 0 and self._who(tokens[back - 1]) is not False:
                return back - 1
        return None

    def _subject_after(self, tokens: list[Token], verb: int):
        for token in tokens[verb + 1: verb + 8]:
            who = self._who(token)
            if who is not False:
                return who
        return None

    def _who(self, token: Token):
        """The person a token names or a pronoun refers to; False when it is neither."""
        mention = self.mention_of_token.get(token.start)
        if mention is not None:
            return mention.person_id
        pronoun = PRONOUNS.get(token.key) if token.text in ("he", "He", "she", "She", "they", "They") else None
        if pronoun:
            return self._resolve(token.start, pronoun)
        return False

    def _resolve(self, offset: int, pronoun: str) -> str | None:
        key = (offset, pronoun)
        if key not in self.resolved:
            self.resolved[key] = self._antecedent(offset, pronoun)
        return self.resolved[key]

    def _antecedent(self, offset: int, pronoun: str) -> str | None:
        people = self.people
        candidates = [m for m in self.mentions if m.start < offset and people[m.person_id].pronoun == pronoun]
        if not candidates:
            return None
        document = self.document
        sentence = document.sentence_index(candidates[-1].start)
        rivals = {m.person_id for m in candidates if document.sentence_index(m.start) == sentence}
        if len(rivals) == 1:
            return candidates[-1].person_id
        start, end = document.sentences[sentence].start, document.sentences[sentence].end
        speakers = {s for s in self._subjects(self._outside_quotes(start, min(end, offset))) if s in rivals}
        return speakers.pop() if len(speakers) == 1 else UNCLEAR
