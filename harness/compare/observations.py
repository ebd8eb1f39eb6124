"""What one version says, read with the extractors the checks use: dated events, counts and quotes, each with the
content words of its clause, which tell which event or count it is about."""

from __future__ import annotations

from dataclasses import dataclass

from harness.registry.schema import Person
from harness.text.article import Article
from harness.text.attribution import UNCLEAR, attribute, find_quotes
from harness.text.dates import describes_an_archive_photo, extract_dates, resolve
from harness.text.quantities import NumberMention, conversion, extract_numbers, singular
from harness.text.tokens import Token
from harness.text.vocabulary import lexicon

FUNCTION_WORDS = frozenset(lexicon("context")["function_words"])
_SHORTEST_QUOTE = 4


@dataclass(frozen=True, slots=True)
class Observation:
    """One version's statement of a value. `value` is a `dt.date`, a year as "YYYY", a `NumberMention` or a quote's
    words; `unit` the counted thing (numbers); `speaker` a person id (quotes); `context` its clause's content words."""

    kind: str
    version: str
    value: object
    context: frozenset[str]
    text: str
    sentence: str
    unit: str = ""
    speaker: str | None = None


def observe(article: Article, people: dict[str, Person]) -> list[Observation]:
    """Every dated event, count and quote the version states firmly, in text order."""
    return [*_dates(article), *_numbers(article), *_quotes(article, people)]


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
                found.append(Observation("date", article.version.name, value, _context(article, sentence, mention), mention.text,
                                         _sentence(article, sentence)))
    return found


def _numbers(article: Article) -> list[Observation]:
    document, found = article.document, []
    for _, sentence in document.checked_sentences():
        if document.paragraphs[sentence.paragraph].role != "body":
            continue
        for mention in extract_numbers(document.text, sentence.start, sentence.end):
            if mention.hedge or not mention.unit_words:
                continue
            found.append(Observation("number", article.version.name, mention, _context(article, sentence, mention, mention.unit_words),
                                     mention.text, _sentence(article, sentence), unit=unit_of(mention)))
    return found


def unit_of(mention: NumberMention) -> str:
    """What a number counts, as one key: its dimension for units that convert (miles and kilometres are one), else
    the head word of its unit ("troop" for "Russian troops")."""
    words = " ".join(mention.unit_words)
    converted = conversion(words) or conversion(mention.unit_words[-1])
    return converted[0] if converted else mention.unit_words[-1]


def _quotes(article: Article, people: dict[str, Person]) -> list[Observation]:
    document, found = article.document, []
    for attribution in attribute(article, find_quotes(article), people):
        quote = attribution.quote
        words = article.tokens.within(quote.start, quote.end)
        if len(words) < _SHORTEST_QUOTE:
            continue
        speaker = None if attribution.speaker in (None, UNCLEAR) else attribution.speaker
        sentence = document.sentences[document.sentence_index(quote.start)]
        found.append(Observation("quote", article.version.name, tuple(token.key for token in words), frozenset(),
                                 document.original[quote.start:quote.end], _sentence(article, sentence), speaker=speaker))
    return found


def _sentence(article: Article, sentence) -> str:
    return " ".join(article.document.original[sentence.start:sentence.end].split())


def _context(article: Article, sentence, mention, skip: tuple[str, ...] = ()) -> frozenset[str]:
    """The content words in the mention's clause."""
    document = article.document
    span = (mention.start, mention.end)
    return frozenset(token.key for token in article.tokens.within(sentence.start, sentence.end)
                     if _content(token) and singular(token.key) not in skip and not (token.start < span[1] and span[0] < token.end)
                     and document.same_clause((token.start, token.end), span))


def _content(token: Token) -> bool:
    return token.key.isalpha() and len(token.key) > 2 and token.key not in FUNCTION_WORDS

