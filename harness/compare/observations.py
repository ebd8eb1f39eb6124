"""What one version says, read with the extractors the checks use: dated events, counts and quotes, each with the
content words of its clause, which tell which event or count it is about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.attribution import UNCLEAR, attribute, find_quotes
from harness.text.dates import describes_an_archive_photo, extract_dates, resolve, saying_before
from harness.text.quantities import ELAPSED, PREFIX_UNITS, NumberMention, conversion, extract_numbers, singular
from harness.text.tokens import Token
from harness.text.vocabulary import lexicon

FUNCTION_WORDS = frozenset(lexicon("context")["function_words"])
_AFTER_HEAD = frozenset(lexicon("context")["after_head"])
_SHORTEST_QUOTE = 4
_UNIT_WORDS = 2


@dataclass(frozen=True, slots=True)
class Observation:
    """One version's statement of a value. `value` is a `dt.date`, a year as "YYYY", a `NumberMention` or a quote's
    words; `unit` the counted thing (numbers) and `factor` what turns the value into its base unit; `speaker` a
    person id (quotes); `context` its clause's content words and `phrases` those words and the pairs of them
    written side by side; `start` where it stands."""

    kind: str
    version: str
    value: object
    context: frozenset[str]
    text: str
    sentence: str
    unit: str = ""
    speaker: str | None = None
    phrases: frozenset[str] = frozenset()
    start: int = 0
    factor: float = 1.0


def observe(article: Article, people: dict[str, Person]) -> list[Observation]:
    """Every dated event, count and quote the version states firmly. A date or count inside a quote is the
    speaker's ("Novak played great today"), part of the quote's words, not a fact of the story."""
    quotes = find_quotes(article)
    quoted = bytearray(len(article.document.text) + 1)
    for quote in quotes:
        if quote.label is None:  # a transcript turn is speech, but its dates are the story's
            quoted[quote.start:quote.end] = b"\x01" * (quote.end - quote.start)
    outside = [o for o in [*_dates(article), *_numbers(article)] if not quoted[o.start]]
    return [*outside, *_quotes(article, quotes, people)]


def _dates(article: Article) -> list[Observation]:
    document, found = article.document, []
    for _, sentence in document.checked_sentences():
        if document.paragraphs[sentence.paragraph].role != "body" or describes_an_archive_photo(document.text[sentence.start:sentence.end]):
            continue
        for mention in extract_dates(document.text, sentence.start, sentence.end):
            if mention.hedge or mention.relative_year is not None:
                continue
            if mention.month is None and mention.weekday is None and mention.relative is None:
                value: object = str(mention.year) if mention.year else None
            else:
                value = resolve(mention, article.published)
            if value is not None:
                words, phrases = _context(article, sentence, mention)
                saying = saying_before(article.tokens, mention.start)
                if saying is not None:
                    phrases |= _sayer(article, sentence, saying)
                found.append(Observation("date", article.version.name, value, words, mention.text, _sentence(article, sentence),
                                         phrases=phrases, start=mention.start))
    return found


def _numbers(article: Article) -> list[Observation]:
    document, found = article.document, []
    for _, sentence in document.checked_sentences():
        if document.paragraphs[sentence.paragraph].role != "body":
            continue
        for mention in extract_numbers(document.text, sentence.start, sentence.end):
            if mention.hedge and mention.hedge != ELAPSED or not mention.unit_words:
                continue  # an elapsed time ("44 days after taking over") is a figure of its own, grouped by its phrase
            words, phrases = _context(article, sentence, mention, mention.unit_words)
            unit, factor = _measure(mention, hyphenated=document.text[mention.end:mention.end + 1] == "-")
            found.append(Observation("number", article.version.name, mention, words, mention.text, _sentence(article, sentence),
                                     unit=unit, phrases=phrases, start=mention.start, factor=factor))
    return found


def _measure(mention: NumberMention, *, hyphenated: bool = False) -> tuple[str, float]:
    """What a number counts, as one key, and the factor that turns its value into that key's base unit: a dimension
    for units that convert (miles and kilometres are both "length"), else the head word of the unit ("troop" for
    "Russian troops near Ukraine"), with factor 1; a scale written before numbers, joined to one by a hyphen, is
    what it measures ("magnitude" of "a 6.8-magnitude quake", as of "a magnitude 7.0 quake"; not "member" of "the
    nine-member committee")."""
    words = unit_words(mention)
    measured = hyphenated and words and words[0] in PREFIX_UNITS
    head = words[0] if measured else ([word for word in words if word not in _AFTER_HEAD] or list(words))[-1]
    converted = conversion(" ".join(words)) or conversion(head)
    return converted if converted else (head, 1.0)


def unit_words(mention: NumberMention) -> tuple[str, ...]:
    """The unit's words up to the first that is no part of it: "troop" of "troop near ukraine"."""
    kept: list[str] = []
    for word in mention.unit_words[:_UNIT_WORDS]:
        if kept and (word in FUNCTION_WORDS or not word.isalpha()):
            break
        kept.append(word)
    return tuple(kept)


def _quotes(article: Article, quotes: list, people: dict[str, Person]) -> list[Observation]:
    document, found = article.document, []
    for attribution in attribute(article, quotes, people):
        quote = attribution.quote
        words = article.tokens.within(quote.start, quote.end)
        if len(words) < _SHORTEST_QUOTE:
            continue
        speaker = None if attribution.speaker in (None, UNCLEAR) else attribution.speaker
        sentence = document.sentences[document.sentence_index(quote.start)]
        found.append(Observation("quote", article.version.name, tuple(token.key for token in words), frozenset(),
                                 document.original[quote.start:quote.end], _sentence(article, sentence), speaker=speaker))
    return found


def phrase_counts(article: Article) -> Counter:
    """In how many of the version's sentences each phrase stands (captions too): how telling an anchor would be."""
    counts: Counter = Counter()
    document = article.document
    for _, sentence in document.checked_sentences():
        kept = [token for token in article.tokens.within(sentence.start, sentence.end) if _content(token)]
        counts.update({token.key for token in kept} | {f"{first.key} {second.key}" for first, second in zip(kept, kept[1:])
                                                        if document.text[first.end:second.start] == " "})
    return counts


def _sentence(article: Article, sentence) -> str:
    return " ".join(article.document.original[sentence.start:sentence.end].split())


def _context(article: Article, sentence, mention, skip: tuple[str, ...] = ()) -> tuple[frozenset[str], frozenset[str]]:
    """The content words in the mention's clause, and its phrases: those words, and pairs of them side by side as
    written ("treasury note"), which an anchor can be."""
    document = article.document
    span = (mention.start, mention.end)
    kept = [token for token in article.tokens.within(sentence.start, sentence.end)
            if _content(token) and singular(token.key) not in skip and not (token.start < span[1] and span[0] < token.end)
            and document.same_clause((token.start, token.end), span)]
    pairs = {f"{first.key} {second.key}" for first, second in zip(kept, kept[1:])
             if document.text[first.end:second.start] == " "}
    words = frozenset(token.key for token in kept)
    return words, words | frozenset(pairs)


def _sayer(article: Article, sentence, saying: Token) -> frozenset[str]:
    """For a day right after a verb of saying ("The Kremlin said Tuesday the talks …"), which dates the saying, the
    sayer's last word paired with the verb ("kremlin said"): an anchor that makes the check weigh the day."""
    before = article.tokens.last(1, sentence.start, saying.start)
    return frozenset(f"{token.key} {saying.key}" for token in before
                     if _content(token) and article.document.text[token.end:saying.start] == " ")


def _content(token: Token) -> bool:
    return token.key.isalpha() and len(token.key) > 2 and token.key not in FUNCTION_WORDS
