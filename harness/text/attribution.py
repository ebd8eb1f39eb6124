"""Who said each direct quote, read in the order of the cues a reader uses.

For each quote, in order of preference: its transcript label; the agent of a passive reporting verb ("dubbed “…” by
the club"); a reporting clause after it (", said Smith", ", Smith said", ", Smith, who lives in X, said", ", the
mayor told reporters", ", according to Smith", or a signature: "– President Trump at a rally"); one before it in its
sentence ("Smith said:", "…, said Smith, “…”", "…, adding:", "quoting Smith as saying"), unless that only names the
topic ("On Neco Williams: “…”"); a sentence just before it that ends in a colon ("He added:"); the one person its
sentence names before it, as subject; for a quote that opens its sentence, the one person the sentence before (with
no quote) is about; an earlier quote or reporting verb in its paragraph; for a quote that opens a paragraph, the
speaker or the one subject of the paragraph just before it, never one further back (a crosshead takes none); a name
heading above it; and last, the same words quoted elsewhere in the article with a speaker, whole or shortened
(headlines and crossheads repeat the body's quotes). `clauses` reads the subjects, `speakers` resolves names,
pronouns and descriptions. Where two people could be meant, the speaker is "unclear", never a guess.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.clauses import BETWEEN, NOT_VERBS, NOTHING, VERBS, Clauses, opens_clause
from harness.text.quotes import Quote, find_quotes
from harness.text.speakers import PRONOUNS, UNCLEAR, Speakers
from harness.text.tokens import Token, holds_run
from harness.text.vocabulary import WEEKDAYS, lexicon

__all__ = ["UNCLEAR", "Attribution", "Quote", "attribute", "find_quotes"]

_REPORTING = lexicon("reporting")
_PARTICIPLES = frozenset(_REPORTING["participles"])
_OBJECT_MARKERS = frozenset(_REPORTING["object_markers"])
_ACCORDING = [tuple(frame.split()) for frame in _REPORTING["according_to"]]
_INVERTED = frozenset(_REPORTING["inverted"])
_PASSIVES = frozenset(_REPORTING["passives"])
_MENTIONS = frozenset(_REPORTING["mentions"])
_CROWD = frozenset(_REPORTING["crowd"])
_AUTHORED = frozenset(_REPORTING["authored"])
_USES = frozenset(_REPORTING["uses"])
_NAMING = frozenset({"the", "this", "that", "a"})
_RELAYS = frozenset({"reported", "reports"})  # what an outlet does with words someone else said
_OWN_VOICES = frozenset(_REPORTING["own_voices"])  # a statement, a release, a letter: a speaker's voice
_BEING = frozenset({"been", "be", "being", "was", "were", "is", "are"})
_PARTICLES = frozenset({"out", "up", "off", "down", "over", "back"})  # "was read out by"
_TAIL_WINDOW = 12
_ACCORDING_STARTS = frozenset(frame[0] for frame in _ACCORDING)
_BACK_VERBS = frozenset(_REPORTING["back_verbs"])
_SAID_BACK = "retorted"  # the verb of saying "shot back" reads as
_APPOSITION = 30
_DESCRIPTION = 5  # words of a description before its relative clause ("a 52-year-old Hualien resident, who …")
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "one", "another"})
_PHRASE = 8
_SHORTENED_WORDS = 3
_USE_WINDOW = 3
_EMBEDDED = 4
_TOPIC_LEADS = frozenset({"on", "about", "regarding", "re"})
_NOUN_MARKERS = frozenset({"the", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "in", "of",
                           "with", "whose"})
_RUN_ON = frozenset({"from", "to", "in", "on", "at", "of", "with", "into", "over", "for", "across", "toward", "towards", "as"})
_SOMEONE = frozenset({"a", "an", "one", "another", "someone", "somebody"})
_INQUIRIES = frozenset(_REPORTING["inquiries"])
_CREDITS = [("that", "s", "from"), ("that", "is", "from"), ("that", "was", "from"), ("those", "are", "the", "words", "of"),
            ("those", "were", "the", "words", "of")]  # a sentence that credits the quote before it
_SIGNATURE_LINKS = frozenset({"to", "on", "at", "when", "about", "after", "during", "in"})
_QUESTION_FRAMES = frozenset({"asked", "asking", "ask", "asks", "wondered", "whether"})


HEADING = "a heading, which names no speaker"
_NAMED_AFTER = "named after the quote"
_NAMED_BEFORE = "named before the quote"
_JOINED_QUOTES = re.compile(r"[\s,'\"]*(?:or|and)[\s'\"]*")  # "“…” or “…”", its marks normalised to ' and "
_NO_ATTRIBUTION = "no attribution"
_CROWDS_WORDS = "a crowd's words"
IN_THE_WRITERS_SENTENCE = "set in the writer's own sentence, which names no one saying it"
_NAMES_NO_ONE = frozenset({HEADING, _NO_ATTRIBUTION, IN_THE_WRITERS_SENTENCE, _CROWDS_WORDS})
_CROSSHEAD_WORDS = 8
_PLEDGES = frozenset({"promise", "pledge", "vow", "slogan", "mantra", "motto"})
_CLOSING_WORDS = 4  # words after a closing reporting verb: "in a statement", "late on Friday"
_CLOSING_STARTS = frozenset({"in", "on", "at", "late", "earlier", "later", "today", "yesterday", "tonight", *WEEKDAYS})
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", "'", ")")
_TAKES_AN_OBJECT = frozenset({"told", "tells", "telling", "asked", "asks"})  # the phrase after it is who was told


@dataclass(frozen=True, slots=True)
class Attribution:
    """`speaker` is a person id, `UNCLEAR`, or None when the quote names no registered speaker; `how` says why.
    `unregistered` holds the words of a speaker the quote does name but the registry does not ("the military",
    "a spokesman", "it"): empty when it names none at all ("“…,” told reporters")."""

    quote: Quote
    speaker: str | None
    how: str
    unregistered: str = ""


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
        self.clauses = Clauses(self.text, self.speakers, people)
        self.people = people
        self.quoted = bytearray(len(self.text) + 1)
        for quote in quotes:
            self.quoted[quote.start:quote.end] = b"\x01" * (quote.end - quote.start)
        self.paragraph_speaker: dict[int, str] = {}
        self.quote_speaker: dict[int, str] = {}
        self.paragraph_subjects: dict[int, set[str]] = {}
        self.sentence_subjects: dict[int, set[str]] = {}
        self.quote_starts = [quote.start for quote in quotes]
        self._paragraph_verb: dict[int, int] = {}
        self.reported: dict[int, str] = {}
        self.voices: dict[str, str] = {}  # a statement's, a release's or a letter's speaker, by the noun

    def read(self) -> list[Attribution]:
        results: list[Attribution] = []
        by_sentence: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            by_sentence.setdefault(self.document.sentence_index(quote.start), []).append(quote)
        last = max(by_sentence, default=-1)  # a pronoun looks only before itself: sentences after the last quote name no one
        for index, sentence in enumerate(self.document.sentences[:last + 1]):
            self._note_subjects(sentence)  # its own sentence's subjects count
            voices: list[str] | None = None  # the sentence's statements, releases and letters, read once
            for quote in by_sentence.get(index, ()):
                self.clauses.unresolved = []
                speaker, how = self._speaker_of(quote, index)
                if speaker is None:
                    speaker, how = self._voice_named_before(how)
                unregistered = self.clauses.unresolved if speaker is None and how not in _NAMES_NO_ONE else []
                results.append(Attribution(quote, speaker, how, self._phrase(unregistered)))
                if speaker is not None:
                    self.quote_speaker[quote.paragraph] = speaker
                if speaker not in (None, UNCLEAR):
                    self.speakers.note(quote.start, speaker, subject=True, speaking=True)
                    self.paragraph_speaker[quote.paragraph] = speaker
                    if voices is None:
                        voices = [token.key for token in self._outside(sentence.start, sentence.end) if token.key in _OWN_VOICES]
                    self.voices.update(dict.fromkeys(voices, speaker))  # "a statement from the camerlengo said": the camerlengo's
        return self._same_words_elsewhere(self._coordinated_quotes(results))

    def _coordinated_quotes(self, results: list[Attribution]) -> list[Attribution]:
        """"“none of this was foreordained” or “foreseeable,” Secretary of State Antony Blinken said": a quote joined
        to the next by "or" or "and" alone shares the reporting clause after that one."""
        for index in range(len(results) - 2, -1, -1):
            first, second = results[index], results[index + 1]
            if (second.how == _NAMED_AFTER and first.how not in (_NAMED_AFTER, _NAMED_BEFORE)
                    and _JOINED_QUOTES.fullmatch(self.text, first.quote.end, second.quote.start)):
                results[index] = Attribution(first.quote, second.speaker, f"{_NAMED_AFTER}, with the quote it is joined to")
        return results

    def _voice_named_before(self, how: str) -> tuple[str | None, str]:
        """"“…,” the statement concluded": the statement, release or letter named before with its speaker is that
        speaker's ("a statement from the camerlengo said", "In an e-mailed statement, … Karen Tillman commented")."""
        phrase = [token.key for token in self.clauses.unresolved]
        if len(phrase) == 2 and phrase[0] == "the" and phrase[1] in self.voices:
            return self.voices[phrase[1]], f"the {phrase[1]} named before with its speaker"
        return None, how

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
                speakers = {speaker for other in others if holds_run(other, words) for speaker in spoken[other]}
                if not speakers and len(words) >= _SHORTENED_WORDS:
                    speakers = {speaker for other in others if _shortens(other, words) for speaker in spoken[other]}
                if len(speakers) == 1:
                    attribution = Attribution(attribution.quote, speakers.pop(), "the same words are quoted elsewhere with a speaker")
            resolved.append(attribution)
        return resolved

    def _phrase(self, tokens: list[Token]) -> str:
        return self.article.document.original[tokens[0].start:tokens[-1].end] if tokens else ""

    def _words(self, quote: Quote) -> tuple[str, ...]:
        return tuple(token.key for token in self.article.tokens.within(quote.start, quote.end))

    # ---- where the speaker is named -------------------------------------------------------------------------------

    def _speaker_of(self, quote: Quote, sentence_index: int) -> tuple[str | None, str]:
        if quote.label is not None and self.text[quote.start - 1:quote.start] != '"':
            return self.clauses.resolve_phrase(self.article.tokens.within(*quote.label), quote.label[0], label=True), "transcript label"
        document = self.document
        open_sentence = document.sentences[document.sentence_index(max(0, quote.start - 1))]
        close_sentence = document.sentences[document.sentence_index(max(quote.start, quote.end - 1))]
        following = bisect.bisect_right(self.quote_starts, quote.end)
        next_quote = self.quote_starts[following] - 1 if following < len(self.quote_starts) else len(self.text)
        tail_end = max(close_sentence.end, quote.end)
        closing = self.text[quote.start:quote.end].rstrip("'’\" ")[-1:]  # "…, big dawg!'" ends on "!" inside its own quote
        if closing in ("!", "?") and tail_end <= quote.end + 2:
            following = document.sentence_index(quote.end + 2)  # "“We have impact!” Elena Adams announced."
            tail_end = document.sentences[following].end if following < len(document.sentences) else tail_end
        tail = self._outside(quote.end, min(tail_end, next_quote))
        head = self._outside(open_sentence.start, quote.start)
        if len(head) >= 2 and head[-1].key == "of" and head[-2].key in _CROWD:
            return None, _CROWDS_WORDS  # "Amid chants of “USA,” Trump …"
        passive = self._passive(head, tail)
        if passive is not None:
            return passive
        found = self._tail(tail)
        overruled = self._tail_overruled(found, head, tail, next_quote if next_quote < tail_end else None)
        if overruled:
            before = self._head(head, open_sentence)
            if before not in (NOTHING, None, UNCLEAR) and before != found:
                return before, f"named before the quote; {overruled}"
        if found is not NOTHING:
            return found, _NAMED_AFTER
        found = self._mentioned(head)
        if found is not NOTHING:
            return found, "words named as someone's expression"
        found = self._pledged(head)
        if found is not NOTHING:
            return found, "the words of a promise named before them"
        topic = self._topic(head, open_sentence)
        found = NOTHING if topic else self._head(head, open_sentence)
        if found is None:  # "They warned of “…”, according to a statement from Gov. Mike DeWine's office": the source
            source = self._according_at_end(quote, close_sentence)
            if source not in (NOTHING, None, UNCLEAR):
                return source, "the sentence ends with its source"
        if found is not NOTHING:
            return found, _NAMED_BEFORE
        if not head:
            found = self._introduction(document.sentence_index(max(0, quote.start - 1)))
            if found is not NOTHING:
                return found, "introduced by the sentence before"
        found = self._according_at_end(quote, close_sentence)
        if found is not NOTHING:
            return found, "the sentence ends with its source"  # ", according to X" or ", X said."
        found = NOTHING if topic else self._sentence_subject(head, quote.start)
        if found is not NOTHING:
            return found, "the subject of the quote's sentence"
        found = NOTHING if tail else self._signature_below(close_sentence)
        if found is not NOTHING:
            return found, "signed in the next sentence"
        found = NOTHING if head else self._subject_before(quote, sentence_index)
        if found is not NOTHING:
            return found, "the subject of the sentence before"
        if quote.paragraph in self.quote_speaker:
            return self.quote_speaker[quote.paragraph], "continues the paragraph's speaker"
        if quote.paragraph in self.paragraph_speaker and self.paragraph_speaker_before(quote):
            return self.paragraph_speaker[quote.paragraph], "introduced earlier in the paragraph"
        if (quote.opens_paragraph or topic) and not self._crosshead(quote):
            previous = self._previous_body_paragraph(quote.paragraph)
            if previous is not None and previous in self.paragraph_speaker:
                return self.paragraph_speaker[previous], "continues the previous paragraph's speaker"
            if previous is not None and self.quote_speaker.get(previous) == UNCLEAR:
                return UNCLEAR, "continues the previous paragraph's speaker"  # whose quote was unclear: still unclear
            if previous is not None and len(self.paragraph_subjects.get(previous, ())) == 1:
                return next(iter(self.paragraph_subjects[previous])), "the subject of the paragraph before"
        for span, how in ((quote.label, "transcript label"), (quote.heading, "the name heading above it")):
            if span is not None:  # a quote inside a turn or under a heading, with no attribution of its own
                found = self.clauses.resolve_phrase(self.article.tokens.within(*span), span[0], label=True)
                if found is not None:
                    return found, how
        return None, HEADING if self._crosshead(quote) else IN_THE_WRITERS_SENTENCE if head else _NO_ATTRIBUTION

    def _topic(self, head: list[Token], sentence) -> bool:
        """"On Neco Williams: “…”": a paragraph that opens with the topic of an answer and a colon names what the
        quote is about, not who speaks; the speaker carries on from the passage before."""
        return (bool(head) and head[0].start <= sentence.start + 1 and head[0].key in _TOPIC_LEADS
                and self._ends_in_colon(head)
                and not any(token.key in VERBS for token in head))

    def _subject_before(self, quote: Quote, sentence_index: int):
        """"Caps coach Bruce Boudreau got a chuckle at his friend's expense. “He's always wanted to work with me.”": a
        quote that opens its sentence, after a sentence of its paragraph with no quote and one person as its subject
        who is not the paragraph's speaker so far, is that person's."""
        previous = sentence_index - 1
        sentences = self.document.sentences
        if previous < 0 or sentences[previous].paragraph != quote.paragraph:
            return NOTHING
        subjects = self.sentence_subjects.get(previous, set())
        people = {p for p in subjects if self.people[p].pronoun != "it"} or subjects  # "Caps coach Bruce Boudreau got …"
        before = sentences[previous]
        if len(people) != 1 or bisect.bisect_left(self.quote_starts, before.start) < bisect.bisect_left(self.quote_starts, before.end):
            return NOTHING
        person = next(iter(people))
        return person if person != self.quote_speaker.get(quote.paragraph) else NOTHING

    def _ends_in_colon(self, head: list[Token]) -> bool:
        return self.text[head[-1].end:head[-1].end + 3].strip().startswith(":")

    def _crosshead(self, quote: Quote) -> bool:
        """A paragraph that is one quote with no closing stop is a crosshead (‘Everything turned to sand’): it repeats
        words from the passage below it, so it takes its speaker from them, not from the paragraph before."""
        paragraphs = self.document.paragraphs
        whole = self.text[paragraphs[quote.paragraph].start:paragraphs[quote.paragraph].end].strip()
        inside = self.text[quote.start:quote.end].rstrip()
        if len(whole) > len(inside) + 2 or inside.endswith((".", "!", "?", ",", "…")):
            return False
        return quote.paragraph + 1 < len(paragraphs) or _title_case(inside)  # the last paragraph heads nothing, unless cased as a heading

    def paragraph_speaker_before(self, quote: Quote) -> bool:
        """Whether the paragraph's reporting verb with a subject stands before the quote ("Calvert-Lewin talks. “…”")."""
        return self._paragraph_verb.get(quote.paragraph, len(self.text)) < quote.start

    def _outside(self, start: int, end: int) -> list[Token]:
        """The words in [start, end) outside quotes, a verb and "back" read as one verb of saying: "Gaetz shot back
        during the debate, “Chaos is Speaker McCarthy.”"."""
        joined: list[Token] = []
        for token in self.article.tokens.within(start, end):
            if self.quoted[token.start]:
                continue
            if token.key == "back" and joined and joined[-1].key in _BACK_VERBS and joined[-1].end + 1 == token.start:
                joined[-1] = Token(joined[-1].start, token.end, f"{joined[-1].text} back", _SAID_BACK)
            else:
                joined.append(token)
        return joined

    def _tail(self, tail: list[Token]):
        """A reporting clause after the quote: ", said Smith", ", Smith said", ", according to Smith"."""
        frame = _according(tail, 0)
        if frame:
            return self.clauses.subject_after(tail, frame - 1)
        if tail and tail[0].key in ("and", "but", "or", "while", "whereas"):
            return NOTHING  # "…" and Smith called them heroes: a new clause, not this quote's attribution
        if tail and tail[0].key in _RUN_ON and not any(mark in self.text[tail[0].start - 3:tail[0].start] for mark in ",;:(-"):
            return NOTHING  # "they “call on all sides … to withdraw heavy weapons” from a demarcation line agreed in …"
        window, relative_end = _TAIL_WINDOW, -1
        for index, token in enumerate(tail[:_APPOSITION]):
            if index >= window:
                break
            if index <= relative_end:
                continue
            if token.key == "s" or self.speakers.named(token):
                window += 1  # a name's words and a possessive's "s" do not use up the window
            if (opens_clause(token) and index and token.key in ("that", "which") and tail[0].key in ("the", "a", "an")
                    and not self.clauses.comma_between(tail[index - 1], token)):
                continue  # "…,” the panel that awarded the prize said": a defining clause inside the subject
            if opens_clause(token) and (index or token.key != "as"):
                named = self.clauses.named_as(tail[index:index + _TAIL_WINDOW])
                if named is not None:
                    return named  # "“…,” a 52-year-old Hualien resident, who gave her family name as Yu, said"
                relative_end = self._relative_clause_end(tail, index)
                if relative_end is None:
                    return self._signature(tail[:index])  # "– Lopes on a credit card that is part of …"
                window = relative_end + 1 + _TAIL_WINDOW // 3  # "…,” Muhammad Fareed, who lives in the Kaghan Valley, said."
                continue
            if (index and token.key in VERBS and tail[index - 1].key in _BEING and tail[index - 1].key != "been"
                    and index + 1 < len(tail) and tail[index + 1].key != "by"):
                continue  # "after a “drastic temperature change” was observed in that rail car": a passive reports nothing
            if token.key in VERBS and not _noun_use(tail, index) or token.key in _PARTICIPLES and index == 0:
                verb_first = all(t.key in BETWEEN for t in tail[:index])
                if index and not verb_first and self.clauses.comma_between(tail[index - 1], token) and token.key not in _TAKES_AN_OBJECT:
                    inverted = self.clauses.subject_after(tail, index)  # "“…” taken to ensure safety, added Kishida, the …"
                    if inverted not in (NOTHING, None, UNCLEAR):
                        return inverted
                found = self.clauses.subject_before(tail, index, floor=0)
                if found is NOTHING and verb_first and token.key not in _TAKES_AN_OBJECT:
                    found = self.clauses.subject_after(tail, index)  # "said Smith"; but in "“…,” told reporters" no one speaks
                if found is not NOTHING:
                    return found
                if token.key in _PARTICIPLES or _coordinated(tail, index):
                    return NOTHING  # "…”, adding: …", "hailed the “historic” result and again said": the sentence's subject
                if verb_first or self.clauses.phrase_before(tail, index - 1):
                    return None  # "…," said a spokesman / an unnamed woman told reporters: no registered speaker
        return self._signature(tail)

    def _according_at_end(self, quote: Quote, sentence):
        """"Rishi Sunak is being “bullied” by Tory MPs as they take part in the “longest episode …”, according to Sir
        Keir Starmer": a sentence that closes on its source gives it every quote in it."""
        after = self._outside(quote.end, sentence.end)
        for index in range(len(after)):
            frame = _according(after, index)
            if frame and index and "," in self.text[after[index].start - 4:after[index].start]:
                found = self.clauses.subject_after(after, frame - 1)
                phrase_end = after[-1].end
                if found is not NOTHING and not self.text[phrase_end:sentence.end].strip(" .\"'”’"):
                    return found
        return self._said_at_end(after, sentence)

    def _said_at_end(self, after: list[Token], sentence):
        """"With the ship barreling toward the bridge at “a very, very rapid speed,” authorities had just enough time …,
        Maryland Gov. Wes Moore said.": a sentence that closes on ", <speaker> said" is that speaker's account, and so
        is every quote in it."""
        if not after or self.text[after[-1].end:sentence.end].strip(" .\"'”’"):
            return NOTHING
        verb = next((index for index in range(len(after) - 1, max(-1, len(after) - 2 - _CLOSING_WORDS), -1) if after[index].key in VERBS), None)
        if verb is None or verb + 1 < len(after) and after[verb + 1].key not in _CLOSING_STARTS:
            return NOTHING  # ", the ICC said in a statement.", ", Moore said on Friday." close on the source as ", Moore said." does
        after = after[:verb + 1]
        if len(after) < 3:
            return NOTHING
        comma = next((index for index in range(len(after) - 2, max(-1, len(after) - 2 - _PHRASE), -1)
                      if self.clauses.comma_between(after[index], after[index + 1])), None)
        if comma is None:
            return NOTHING
        found = self.clauses.subject_before(after, len(after) - 1, floor=comma + 1)
        return NOTHING if found in (None, UNCLEAR) else found

    def _signature_below(self, sentence):
        """"* “… the extra time.” Ward 5 Councilor Kerry Winterson, when …": a quote that ends its sentence, signed by
        a name that opens the next sentence of its paragraph, with no verb after it (a comma, a dash, "to", "on" or
        the end), as in a list of remarks; or credited there ("That’s from Prime Minister Gabriel Attal, who …")."""
        index = self.document.sentence_index(sentence.start) + 1
        following = self.document.sentences[index] if index < len(self.document.sentences) else None
        if following is None or following.paragraph != sentence.paragraph:
            return NOTHING
        tokens = self._outside(following.start, following.end)
        keys = [token.key for token in tokens[:5]]
        for credit in _CREDITS:  # "“…” That’s from Prime Minister Gabriel Attal, who …"
            if tuple(keys[:len(credit)]) == credit:
                tokens = tokens[len(credit):]
                break
        phrase = []
        for token in tokens[:_PHRASE]:
            if phrase and self.clauses.comma_between(phrase[-1], token) or not (token.text[:1].isupper() or token.text[:1].isdigit()):
                break
            phrase.append(token)
        after = tokens[len(phrase)] if len(phrase) < len(tokens) else None
        signed = (after is None or after.key in _SIGNATURE_LINKS or self.clauses.comma_between(phrase[-1], after)
                  and after.text[:1].islower()) if phrase else False  # not a sentence's subject: "Abe, Japan's longest-serving …, was"
        person = self.clauses.name_in(phrase) if signed else None
        return person if person is not None else NOTHING

    def _passive(self, head: list[Token], tail: list[Token]) -> tuple[str | None, str] | None:
        """A passive reporting verb just before the quote: "who has been dubbed “a striker of enormous promise” by the
        club" gives the words to the agent after "by"; with no "by" ("after previously being accused of “intimidating
        and abusive behaviour”") they are words others put on the subject, no one's registered. None: no passive."""
        trailing = 1 if head and head[-1].key in ("of", "as") else 0
        end = len(head) - trailing
        article = 1 if len(head) >= 2 and head[-1].key in ("a", "an", "the") and head[-2].key == "as" else 0
        agent = self._agent_before(head[:len(head) - article]) if article or trailing and head[-1].key == "as" else NOTHING
        if agent is not NOTHING:
            return agent, "the agent of a passive reporting verb"  # "has been described by Forbes as “…”"
        if not (end >= 2 and head[end - 1].key in _PASSIVES and head[end - 2].key in _BEING):
            return None
        if not (tail and tail[0].key == "by"):
            return None, "words others used of the subject"
        found = NOTHING if trailing else self.clauses.subject_after(tail, 0)
        return None if found is NOTHING else (found, "the agent of a passive reporting verb")

    def _agent_before(self, head: list[Token]):
        """The agent in "has been described by Forbes as “…”": a passive reporting verb after a form of "be" (or set off
        by a comma or dash: "40 million euros - described by … Vestager as a “parking ticket”"), then "by" and the
        agent, then "as" before the quote; NOTHING when the head does not end so."""
        for by in range(len(head) - 2, max(1, len(head) - 2 - _PHRASE), -1):
            if head[by].key == "by":
                if head[by - 1].key in _PASSIVES and (head[by - 2].key in _BEING or self.clauses.comma_between(head[by - 2], head[by - 1])):
                    found = self.clauses.subject_after(head[:-1], by)
                    return None if found is NOTHING else found
                return NOTHING
        return NOTHING

    def _tail_overruled(self, found, head: list[Token], tail: list[Token], next_quote: int | None) -> str:
        """Why a reporting clause before the quote wins over the one found after it (`found`), or "": the clause after
        introduces the next quote, in the same sentence at `next_quote` ("When Jordan told him, “…,” Lynch replied,
        “…”"), or names an organisation that only reports words a colon clause introduced ("he wrote: “…,” reports ABC
        News")."""
        if found is NOTHING or not head:
            return ""
        if (next_quote is not None and tail and not self.text[tail[-1].end:next_quote + 1].strip(' ,:"')
                and any(token.key in VERBS for token in head)):
            return "the clause after it introduces the next quote"
        if found not in (None, UNCLEAR) and self.people[found].pronoun == "it" and self._ends_in_colon(head):
            return "the organisation after it reports it"
        if (found is None or found != UNCLEAR and self.people[found].pronoun == "it" and any(token.key in VERBS for token in head)) and any(
                token.key in _RELAYS for token in tail):
            return "the outlet after it only relays it"  # "Beijing said …, adding that “…”, Al Jazeera reported."; "officials
            # … said that “…,” Yonhap News Agency reported", even where the registry holds the agency
        return ""

    def _relative_clause_end(self, tail: list[Token], index: int) -> int | None:
        """Where a relative clause set off by commas after a name ends (", who lives in X,"), or None if `index`
        opens no such clause."""
        if tail[index].key not in ("who", "whose") or not index:
            return None
        if not (self.speakers.named(tail[index - 1]) or index <= _DESCRIPTION and tail[0].key in _DESCRIPTION_OPENERS):
            return None  # a name, or a short description: "“…,” one witness, who asked not to be identified, told Reuters"
        if not self.clauses.comma_between(tail[index - 1], tail[index]):
            return None
        for position in range(index + 1, min(len(tail) - 1, index + _APPOSITION)):
            if self.clauses.comma_between(tail[position], tail[position + 1]):
                return position
        return None

    def _signature(self, tail: list[Token]):
        """A quote signed by a name with no verb: "“…” – President Trump at a rally", "“…” Councilor Kerry Winterson, when …"."""
        phrase = []
        for token in tail[:_PHRASE]:
            if phrase and self.clauses.comma_between(phrase[-1], token):
                break
            if not (token.text[:1].isupper() or token.text[:1].isdigit() or self.speakers.named(token)):
                break
            phrase.append(token)
        person = self.clauses.name_in(phrase) if phrase else None
        return person if person is not None else NOTHING

    def _head(self, head: list[Token], sentence):
        """A reporting clause before the quote in its sentence: "Smith said:", "…, adding:", "according to Smith,"."""
        reporting = False
        for index in range(len(head) - 1, -1, -1):
            token = head[index]
            frame = _according(head, index)
            if frame:
                found = self.clauses.subject_after(head, frame - 1)
                return None if found is NOTHING else found
            if token.key in VERBS and not _noun_use(head, index):
                inserted = index and token.key in _INVERTED and self.clauses.comma_between(head[index - 1], token)
                found = self.clauses.subject_after(head, index) if inserted else NOTHING  # "…, said Miller, “and it …”"
                if found is NOTHING:
                    found = self.clauses.subject_before(head, index, floor=0)
                if found is NOTHING and all(t.key in BETWEEN for t in head[:index]):
                    found = self.clauses.subject_after(head, index)  # the second half of "A," said Smith, "B."
                if found is not NOTHING and len(head) - index > _EMBEDDED:
                    found = self._reporter_of(head, index, found)
                if found is not NOTHING:
                    return found
                subject = self.clauses.phrase_before(head, index - 1) if index else []
                if subject and subject[0].key in _SOMEONE and subject[-1].key not in _INQUIRIES:  # "a review found" is no one
                    return None  # "in which one of her staffers says, “…”": someone the registry does not hold
                reporting = True  # a reporting verb with no subject ("posts on social media" is no verb): look further back
                continue
            if token.key in _PARTICIPLES:
                found = self._quoted_as(head, index)
                if found is NOTHING:
                    found = self._absolute_subject(head, index)
                if found is NOTHING:
                    found = self._relative_antecedent(head, index)
                if found is NOTHING:
                    found = self.clauses.main_subject(head[:index])
                if found is NOTHING and index == 0:
                    found = self._main_clause_after(head, sentence)
                return None if found is NOTHING else found
        if head and self._ends_in_colon(head):
            phrase = self.clauses.phrase_before(head, len(head) - 1)
            if len(phrase) >= 3 and phrase[-1].key in _AUTHORED and phrase[-2].key == "s":
                author = self.speakers.named(phrase[-3])  # "Taking a page from Mark Twain's book: “…”"
                if author is not None:
                    return author
            found = self.clauses.resolve_phrase(phrase, head[-1].start)
            if found is not None:
                return found
        return None if reporting else NOTHING

    def _main_clause_after(self, head: list[Token], sentence):
        """"Acknowledging this “has been a little bit of a road” for Sweden, U.S. Secretary of State Antony Blinken
        turned to Kristersson": a participle that opens the sentence hangs on the subject of the clause after its comma."""
        rest = self._outside(head[-1].end, sentence.end)
        comma = next((index for index in range(1, len(rest)) if self.clauses.comma_between(rest[index - 1], rest[index])), None)
        return NOTHING if comma is None else self.clauses.main_subject(rest[comma:])

    def _absolute_subject(self, head: list[Token], participle: int):
        """"…, with Harris swiftly confirming her goal to “defeat Donald Trump”": after "with", the noun phrase
        before a participle is its own subject, not the sentence's."""
        end = participle - 1
        while end > 0 and head[end].key.endswith("ly"):
            end -= 1  # past an adverb
        if end < 1 or self.clauses.comma_between(head[end], head[participle]):
            return NOTHING  # "he spoke with Blinken on Tuesday, saying …": the participle hangs on the sentence
        phrase = self.clauses.phrase_before(head, end)
        keys = [token.key for token in phrase]
        if "with" not in keys[:-1]:
            return NOTHING
        subject = phrase[len(keys) - keys[::-1].index("with"):]
        found = self.clauses.resolve_phrase(subject, subject[0].start)
        return NOTHING if found is None else found

    def _relative_antecedent(self, head: list[Token], participle: int):
        """"The move angered Beijing, which issued a statement … insisting that “…”": a participle inside a relative
        clause hangs on the clause's antecedent, the name just before ", which" (or ", who"), not on the sentence's
        subject. A name or a verb of saying between them is nearer, and wins; after a comma the clause has closed
        ("Harris - who was tipped as his successor, saying she was …": the sentence's subject says it)."""
        if self.clauses.comma_between(head[participle - 1], head[participle]):
            return NOTHING
        for index in range(participle - 1, max(0, participle - _APPOSITION), -1):
            token = head[index]
            if token.key in ("which", "who") and token.text.islower():
                found = self.speakers.named(head[index - 1])
                return found if found is not None and self.clauses.comma_between(head[index - 1], token) else NOTHING
            if token.key in VERBS or self.speakers.named(token):
                return NOTHING
        return NOTHING

    def _mentioned(self, head: list[Token]):
        """"Newman asked Murdaugh why he used the expression “tangled web we weave”": words named as an expression
        are mentioned, not said by the sentence's speaker; they are the words of whoever is said to use them, else
        of no one named here."""
        if len(head) < 2 or head[-1].key not in _MENTIONS or head[-2].key not in _NAMING:
            return NOTHING
        for index in range(len(head) - 3, max(-1, len(head) - 3 - _USE_WINDOW), -1):
            if head[index].key in _USES:
                found = self.clauses.subject_before(head, index, floor=0)
                return None if found is NOTHING else found
        return None

    def _pledged(self, head: list[Token]):
        """"… in a major blow for Rishi Sunak’s promise to “stop the boats”": a named person's promise, pledge, vow or
        slogan right before the quote is theirs, whoever the sentence is about."""
        end = len(head) - (1 if head and head[-1].key == "to" else 0)
        if end < 3 or head[end - 1].key not in _PLEDGES or head[end - 2].key != "s" or self.text[head[end - 2].start - 1] not in "'’":
            return NOTHING
        person = self.speakers.named(head[end - 3])
        return NOTHING if person in (None, UNCLEAR) else person

    def _reporter_of(self, head: list[Token], verb: int, subject):
        """"Mark Cohen said Bankman-Fried respects the decision but … will continue to “vigorously fight the charges”":
        words quoted well after a verb of a reported clause are the words of whoever reports that clause (an earlier
        reporting verb with its own subject), not of the clause's subject."""
        for index in range(verb - 2, -1, -1):
            if head[index].key in VERBS:
                outer = self.clauses.subject_before(head, index, floor=0)
                if outer not in (NOTHING, None, UNCLEAR) and outer != subject:
                    return outer
                break
        return subject

    def _quoted_as(self, head: list[Token], participle: int):
        """"a press release quoting Schneiderman as saying that …": the one quoted speaks, not the sentence's subject."""
        if participle < 2 or head[participle - 1].key != "as":
            return NOTHING
        for position in range(participle - 2, max(-1, participle - 2 - _PHRASE), -1):
            if head[position].key in ("quoting", "quotes", "quoted", "citing", "cites", "cited"):
                return self.clauses.resolve_or_nothing(head[position + 1:participle - 1])
        return NOTHING

    def _sentence_subject(self, head: list[Token], quote_start: int):
        """"Trump gave Bailey his “complete and total endorsement”": when the sentence names one person before the
        quote, as its subject, the quoted words are theirs."""
        named = [(position, self.speakers.named(token)) for position, token in enumerate(head) if self.speakers.named(token)]
        if len({person for _, person in named}) > 1:  # "Trump sought to boost Bevin, …": an object is no second subject
            named = [(position, person) for position, person in named if not self.speakers.is_object(head[position].start)]
        people = {person for _, person in named}
        if len(people) != 1 or not named or self._after_comma(head, quote_start) or head[-1].key == "for":
            return NOTHING  # "Han Kang wins Nobel for ‘intense poetic prose’": the grounds, in whoever gave the prize's words
        position = named[0][0]
        opening = next((index + 1 for index in range(position - 1, -1, -1)
                        if "," in self.text[head[index].end:head[index + 1].start]), 0)  # past "Amid chants of “USA,”"
        if any(token.text[:1].islower() and token.key not in BETWEEN for token in head[opening:position]):
            return NOTHING
        return people.pop()

    def _after_comma(self, head: list[Token], quote_start: int) -> bool:
        """Whether the quote stands after a comma that closes its clause ("Biden, NASA unveil first full-color Webb
        image, ‘looking back more than 13 billion years’"): words set beside the clause, not its object."""
        return bool(head) and self.text[head[-1].end:quote_start].strip().startswith(",")

    def _introduction(self, index: int):
        """A quote that opens its sentence, after a sentence that ends in a colon ("He added:")."""
        if index == 0:
            return NOTHING
        previous = self.document.sentences[index - 1]
        if not self.text[previous.start:previous.end].rstrip().endswith(":"):
            return NOTHING
        return self._head(self._outside(previous.start, previous.end), previous)

    def _previous_body_paragraph(self, paragraph: int) -> int | None:
        """The body paragraph before, past crossheads that name no one ("– ‘Finally I did it’ –", "Pro-coup
        demonstrations"): a quote after such a crosshead goes on from the speaker above it."""
        for index in range(paragraph - 1, -1, -1):
            bounds = self.document.paragraphs[index]
            if bounds.role == "body" and not self._crosshead_paragraph(bounds):
                return index
        return None

    def _crosshead_paragraph(self, bounds) -> bool:
        words = self.text[bounds.start:bounds.end].strip()
        return (len(words.split()) <= _CROSSHEAD_WORDS and not words.endswith(_SENTENCE_ENDS)
                and self.clauses.name_in(self.article.tokens.within(bounds.start, bounds.end)) is None)

    # ---- subjects ---------------------------------------------------------------------------------------------------

    def _relative_subject(self, tokens: list[Token], position: int) -> bool:
        """Whether the name at `position` is the subject of a relative clause after it (", who issued a warning"):
        then it is who the sentence goes on about, even where it stands as an object ("echoed by X, who …")."""
        following = tokens[position + 1:position + 3]
        return (len(following) == 2 and following[0].key == "who" and self.clauses.comma_between(tokens[position], following[0])
                and following[1].text[:1].islower() and following[1].key not in NOT_VERBS)

    def _note_subjects(self, sentence) -> None:
        """Remember who the sentence is about, for later pronouns: its reporting verbs' subjects, a name that opens
        it, and a name that opens a clause with its verb ("… but Djokovic came through")."""
        tokens = self._outside(sentence.start, sentence.end)
        for position, token in enumerate(tokens[:-1]):
            person = self.speakers.named(token)
            if person in (None, UNCLEAR):
                continue
            if self._relative_subject(tokens, position):
                self.speakers.note(token.start, person, subject=True)  # "… by the Speaker, John Bercow, who warned MPs"
                continue
            if _passive_agent(tokens, position):
                self.speakers.note(token.start, person, subject=True)  # "was confirmed by its CEO George Kurtz"
                continue
            if self.speakers.is_object(token.start):
                continue
            if any(t.key in _QUESTION_FRAMES for t in tokens[max(0, position - 8):position]):
                continue  # "asked if her friend Serena Williams would …": the subject of a question, not of the story
            following = tokens[_past_a_day(tokens, position + 1)]  # "Issa on Thursday swung his weight behind …"
            if (following.text[:1].islower() and following.key not in NOT_VERBS and not self.speakers.named(following)
                    and not self.clauses.comma_between(token, following)):
                self.speakers.note(token.start, person, subject=True)
                self.sentence_subjects.setdefault(self.document.sentence_index(sentence.start), set()).add(person)
                if self.document.paragraphs[sentence.paragraph].role == "body":
                    self.paragraph_subjects.setdefault(sentence.paragraph, set()).add(person)
        for index, token in enumerate(tokens):
            frame = _according(tokens, index) if token.key in _ACCORDING_STARTS else 0
            if frame:  # "…, according to its Mayor Masuhiro Izumiya. “…,” he said.": the source speaks
                found = self.clauses.subject_after(tokens, frame - 1)
                if found not in (NOTHING, None, UNCLEAR):
                    self.speakers.note(tokens[frame].start, found, subject=True, speaking=True)
            if token.key in VERBS and not _raising(tokens, index):
                found = self.clauses.subject_before(tokens, index, floor=0)
                if found not in (NOTHING, None, UNCLEAR):
                    self.speakers.note(tokens[index].start, found, subject=True, speaking=True)
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
                        for each in (person, other):  # equals, whichever of them the verb's subject reads as
                            self.speakers.note(token.start, each, subject=True, speaking=True)
                break
            if not token.text[:1].isupper():
                break
        self._note_opening_pronoun(sentence, tokens)
        self._note_opening_apposition(sentence, tokens)
        described = self.speakers.opening(tokens)
        if described is not None:  # "Reykjavik's international airport, which is located nearby, remained open."
            self.speakers.note(tokens[0].start, described, subject=True)

    def _note_opening_pronoun(self, sentence, tokens: list[Token]) -> None:
        """"He also applauded the merits of the now-blocked deal. “Make no mistake: …”": a sentence opened by a pronoun
        and its verb is about the person the pronoun means, as one opened by a name is."""
        if len(tokens) < 2 or tokens[0].key not in PRONOUNS or tokens[0].start != sentence.start:
            return
        if not tokens[1].text[:1].islower() or tokens[1].key in NOT_VERBS:
            return
        person = self.speakers.pronoun(tokens[0])
        if person not in (None, UNCLEAR):
            self.sentence_subjects.setdefault(self.document.sentence_index(sentence.start), set()).add(person)

    def _note_opening_apposition(self, sentence, tokens: list[Token]) -> None:
        """"The CEO of Cato Digital, Dean Nelson, was on a line outside": a name set off by commas right after the
        sentence's opening phrase is that phrase, the sentence's subject."""
        opening = next((index for index in range(1, min(len(tokens), _PHRASE))
                        if self.clauses.comma_between(tokens[index - 1], tokens[index])), None)
        if opening is None or opens_clause(tokens[0]) or any(t.key in VERBS or t.key in PRONOUNS for t in tokens[:opening]):
            return
        person = self.speakers.named(tokens[opening])
        if person in (None, UNCLEAR):
            return
        end = (self.speakers.mention_span(tokens[opening]) or (tokens[opening].start, tokens[opening].end))[1]
        after = next((index for index in range(opening + 1, min(len(tokens), opening + 6)) if tokens[index].start >= end), None)
        if (after is not None and self.clauses.comma_between(tokens[after - 1], tokens[after]) and tokens[after].text[:1].islower()
                and not opens_clause(tokens[after])):
            self.speakers.note(tokens[opening].start, person, subject=True)
            if self.document.paragraphs[sentence.paragraph].role == "body":
                self.paragraph_subjects.setdefault(sentence.paragraph, set()).add(person)


def _coordinated(tokens: list[Token], verb: int) -> bool:
    """Whether "and", "or" or "but" stands right before the verb, past adverbs: it shares an earlier verb's subject."""
    index = verb - 1
    while index >= 0 and tokens[index].key in BETWEEN:
        index -= 1
    return index >= 0 and tokens[index].key in ("and", "or", "but")


def _past_a_day(tokens: list[Token], index: int) -> int:
    """The index after a day that follows a name ("on Thursday", "Thursday", "yesterday"), or `index` if none does
    or nothing follows it."""
    skip = 1 if tokens[index].key == "on" and index + 1 < len(tokens) and tokens[index + 1].key in WEEKDAYS else 0
    day = index + skip
    if day + 1 < len(tokens) and (tokens[day].key in WEEKDAYS or tokens[day].key in ("today", "yesterday")):
        return day + 1
    return index


def _passive_agent(tokens: list[Token], position: int) -> bool:
    """"The cause was confirmed by CrowdStrike's CEO George Kurtz": the name after "by" that follows a passive verb
    ("was" and a participle) did what the sentence tells, so later pronouns may mean it. "a game watched by" is no
    passive: no form of "be" stands before the participle. A participle may take a particle ("which was read out by
    Cardinal Kevin Farrell") and need not end in "-ed"."""
    for index in range(position - 1, max(0, position - 5), -1):
        if tokens[index].key == "by":
            return (index >= 2 and tokens[index - 1].key.endswith("ed") and tokens[index - 2].key in _BEING
                    or index >= 3 and tokens[index - 1].key in _PARTICLES and tokens[index - 3].key in _BEING)
    return False


def _raising(tokens: list[Token], index: int) -> bool:
    """"the two players reported to be the stars", "said to have left": the verb says what others report of its
    subject, who is not speaking."""
    return [token.key for token in tokens[index + 1:index + 3]] in (["to", "be"], ["to", "have"])


def _shortens(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether `part` is `words` with a few words left out, as headlines shorten a quote ("Everything turned to
    sand" from "Everything had turned to sand"): its words in order, within a stretch at most twice as long."""
    for start, word in enumerate(words):
        if word != part[0]:
            continue
        position, stop = start, start + 2 * len(part)
        for wanted in part[1:]:
            position = next((at for at in range(position + 1, min(stop, len(words))) if words[at] == wanted), -1)
            if position < 0:
                break
        else:
            return True
    return False


def _according(tokens: list[Token], index: int) -> int:
    """If an "according to" frame starts at `index`, the index just after it; else 0."""
    for frame in _ACCORDING:
        if tuple(token.key for token in tokens[index:index + len(frame)]) == frame:
            return index + len(frame)
    return 0


def _noun_use(tokens: list[Token], index: int) -> bool:
    """Whether a reporting verb's word is used as a noun after a determiner or preposition ("in comments
    interpreted as …", "his remarks"): then it reports nothing. Not after "a", the French auxiliary of "a déclaré"."""
    return index > 0 and tokens[index - 1].key in _NOUN_MARKERS and tokens[index - 1].text.islower()


def _title_case(words: str) -> bool:
    """Whether most longer words are capitalised, as in a heading ("One of the Biggest Financial Frauds")."""
    longer = [word for word in words.split() if len(word) > 3]
    return len(longer) >= 2 and sum(word[0].isupper() for word in longer) >= 0.75 * len(longer)
