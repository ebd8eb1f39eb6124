"""Number facts: a count or amount with its unit, compared as the interval the article's words allow.

A number is compared with a fact only when its unit is the fact's (or converts to it: miles and kilometres)
and one of the fact's anchors ties it (see `anchors`). It contradicts only when its interval ("more than
100", "about 130", "1.5 million") excludes every accepted value, give or take the fact's tolerance, and it was
read firmly: the unit right after the number, no hedge ("up from 128", "six of seven"), not another fact's value,
and within a plausible distance of the registered value (a slip of digits or of a power of ten, not a figure
thousands of times off, which is another quantity in the same unit).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace
from typing import Iterator

from harness.checks.anchors import Anchors, Tie
from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import NumberFact
from harness.text.article import Article
from harness.text.dates import DESCRIBES_NOUN, DateMention
from harness.text.quantities import (
    COORDINATED,
    EARLIER_EVENT,
    EARLIER_TAKE,
    ELAPSED,
    ELAPSED_WORDS,
    LEFT,
    PART_OF_WHOLE,
    SIZES_NOUN,
    NumberMention,
    conversion,
    extract_numbers,
    format_number,
    singular,
    unit_keys,
    whole_units,
)
from harness.text.tokens import holds_run, phrase_keys
from harness.text.vocabulary import WEEKDAYS

_MODIFIERS = 2
_BARE_GAP = 2
_POSSESSIVE_END = re.compile(r"'s\s*$")  # the text is normalised: every apostrophe is "'"
_PHRASE_CLOSE = re.compile(r"[,;:(]|\s(?:which|that|who|when|where)\b")  # where the phrase a year dates ends
_MEASURES = frozenset({"length", "mass", "area", "speed", "volume"})  # dimensions whose whole figures round
_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|neither|without|failed\s+to)\b[^,;:.()]*$|n't\b[^,;:.()]*$", re.IGNORECASE)
_NEGATION_REACH = 60  # characters back to a word that denies a figure in its clause
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CONVERSION_SLACK = 0.01
_PLAUSIBLE_RATIO = 20
_CONVERTED_RATIO = 2
_ELAPSED_WORDS = 3
_AFTER_WORDS = _ELAPSED_WORDS + 4  # words read after a value for an anchor that follows it
_AFTER_CHARACTERS = 80  # characters read after a value for those words
_HOLDING = 60
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas"})


class _Units:
    """A fact's unit spellings as keys, and its dimension when it converts."""

    def __init__(self, fact: NumberFact):
        self.spellings = [unit_keys(unit) for unit in fact.units]
        self.conversion = next(filter(None, map(conversion, fact.units)), None)

    def offset(self, words: tuple[str, ...]) -> int | None:
        """How many modifier words stand before the unit ("100,000 Russian troops": 1); None if absent."""
        for offset in range(min(_MODIFIERS + 1, len(words))):
            if any(words[offset:offset + len(keys)] == keys for keys in self.spellings):
                return offset
        return None

    def names_both(self, words: tuple[str, ...]) -> bool:
        """Whether a unit spelling names the whole coordinated count ("passengers and crew")."""
        return any(words[:len(keys)] == keys and ("and" in keys or "or" in keys) for keys in self.spellings)

    def factor(self, words: tuple[str, ...]) -> float | None:
        """For a mention in another unit of the same dimension, the size of the fact's unit in the mention's."""
        if self.conversion is None:
            return None
        for size in range(min(3, len(words)), 0, -1):
            found = conversion(" ".join(words[:size]))
            if found is None and words[size - 1].endswith("e"):
                found = conversion(" ".join((*words[:size - 1], words[size - 1] + "s")))
            if found is not None and found[0] == self.conversion[0]:
                return self.conversion[1] / found[1]
        return None


class NumberCheck:
    def __init__(self, registry: Registry, facts: list[NumberFact]):
        self.facts = facts
        self.anchors = Anchors(facts)
        self.units = {fact.id: _Units(fact) for fact in facts}
        self.registered_units = {keys for units in self.units.values() for keys in units.spellings}
        self.anchor_keys = {fact.id: [phrase_keys(anchor) for anchor in fact.anchors] for fact in facts}
        self._exact: dict[float, list[NumberFact]] = defaultdict(list)  # values of facts with no tolerance: a lookup, not a scan
        for fact in facts:
            for value in dict.fromkeys((fact.value, *fact.accepted)) if not fact.tolerance else ():
                self._exact[round(value, 9)].append(fact)
        self._tolerant = [fact for fact in facts if fact.tolerance]
        self._order = {fact.id: position for position, fact in enumerate(facts)}

    def run(self, article: Article) -> Iterator[Finding]:
        def fits(fact: NumberFact, mention: NumberMention) -> bool:
            return (self._unit_offset(fact, mention) is not None or self._bare(article, fact, mention)
                    or self._elided(fact, mention) or self._unnamed(article, fact, mention))

        def firm(fact: NumberFact, mention: NumberMention) -> bool:
            hedged = mention.hedge and not (mention.hedge == COORDINATED and self.units[fact.id].names_both(mention.unit_words)
                                            or mention.hedge == ELAPSED and self._anchor_follows(article, fact, mention)
                                            or mention.hedge == SIZES_NOUN and self._anchor_sized(fact, mention)
                                            or mention.hedge == PART_OF_WHOLE and (self._whole_anchored(article, fact, mention)
                                                                                   or self._one_of_anchored(article, fact, mention))
                                            or mention.hedge == EARLIER_EVENT and self._names_the_earlier_event(article, fact, mention)
                                            or mention.hedge == LEFT and self._anchored_after(article, fact, mention))
            bare = self._bare(article, fact, mention) and not _possessed(article, mention) and not (mention.elided and mention.unit_words)
            if hedged or not (self._unit_offset(fact, mention) == 0 or bare) or _negated(article, mention):
                return False
            factor = self._factor(fact, mention)
            values = [value * (factor or 1.0) for value in (fact.value, *fact.accepted)]  # the fact in the mention's unit
            return _plausible(values, mention, converted=factor is not None) and not _rounded_whole(values, mention)

        def owner(mention: NumberMention, anchored: dict) -> NumberFact | None:
            """Another fact whose value the number is, so it belongs to that fact ("9,000" for an earlier quake's
            toll); for a number with no unit, one anchored in its sentence that it agrees with ("the death toll from
            the quake and its aftershocks rose to more than 5,000")."""
            found = next((fact for fact in self._with_value(mention.value) if fits(fact, mention)), None)
            if found is None and not mention.unit_words:
                found = next((fact for fact in anchored if self._agrees(fact, mention)), None)
            return found

        headline = article.document.headline()
        headline_end = article.document.paragraphs[headline].end if headline is not None else -1

        def extract(text: str, start: int, end: int) -> list[NumberMention]:
            """Figures in an update's earlier take were true as of an earlier hour, and figures after a year before
            publication in their sentence are of that earlier event ("in June 2022, after a 5.9 magnitude earthquake
            hit"): they may agree, never contradict. A headline rounds ("9 dead, 900 injured" for 934)."""
            mentions = [_rounded(m) if m.start < headline_end else m for m in extract_numbers(text, start, end)]
            earlier = article.document.earlier_take
            dated = _earlier_year(article.dates(start, end), article.published) if mentions else None
            return [replace(m, hedge=m.hedge or EARLIER_TAKE) if m.start >= earlier
                    else replace(m, hedge=m.hedge or EARLIER_EVENT) if dated is not None and dated <= m.start else m for m in mentions]

        for tie in self.anchors.tie(article, extract, fits=fits, agrees=self._agrees, firm=firm, owner=owner,
                                    clause_agrees=lambda fact, mention: True):
            yield self._finding(article, tie)

    def _with_value(self, value: float) -> list[NumberFact]:
        """The facts, in registry order, one of whose values `value` is."""
        found = self._exact.get(round(value, 9), []) + [fact for fact in self._tolerant if _equals(fact, value)]
        return sorted(found, key=lambda fact: self._order[fact.id]) if len(found) > 1 else found

    def _unit_offset(self, fact: NumberFact, mention: NumberMention) -> int | None:
        """Where the fact's unit stands among the mention's unit words; 0 for a unit it converts from, when no
        fact is registered in that unit itself (then "9.6 million km" belongs to the kilometre fact)."""
        units = self.units[fact.id]
        offset = units.offset(mention.unit_words)
        if offset is None and units.factor(mention.unit_words) is not None and not any(
                mention.unit_words[:len(keys)] == keys for keys in self.registered_units):
            return 0
        return offset

    def _anchor_sized(self, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether the thing a hyphenated duration sizes is the fact's own anchor: "a 15-year sentence" is the
        length of the sentence a fact anchored "sentence" registers; "a 16-year career" is no age."""
        words = mention.unit_words[1:]
        return any(anchor and holds_run(words, anchor) for anchor in self.anchor_keys[fact.id])

    def _anchor_follows(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether one of the fact's anchors is the elapsed-time word or starts right after it: "45 days after being
        appointed" is the tenure whose anchor is "being appointed", while "two years after a defeat to Medvedev" is
        no age of Medvedev's, nor "10 years ago,” Karikó said" hers."""
        tokens = article.tokens.within(mention.end, mention.end + _AFTER_CHARACTERS)[:_AFTER_WORDS]
        keys = [token.key for token in tokens]
        word = next((index for index, key in enumerate(keys[:_ELAPSED_WORDS]) if key in ELAPSED_WORDS), None)
        if word is None:
            return False
        follows = word + 1 < len(tokens) and not article.document.text[tokens[word].end:tokens[word + 1].start].strip()
        return any(tuple(keys[start:start + len(anchor)]) == anchor for anchor in self.anchor_keys[fact.id]
                   for start in ([word] if len(anchor) > 1 else []) + ([word + 1] if follows else []))

    def _elided(self, fact: NumberFact, mention: NumberMention) -> bool:
        """A count whose own words name no registered unit may count the fact's unit with the noun left out ("two
        members preferring … and one remain"). It is never read firmly, so it may agree but never contradicts."""
        return (bool(mention.elided) and self.units[fact.id].offset(mention.elided) == 0
                and not any(units.offset(mention.unit_words) is not None for units in self.units.values()))

    def _bare(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """A number with no unit fits a fact anchored beside it ("the death toll rose to 157"), and so does one whose
        only unit is the fact's anchor ("10 people were killed, 16 injured", anchored "injured")."""
        anchored_unit = any(anchor and mention.unit_words[:len(anchor)] == anchor for anchor in self.anchor_keys[fact.id])
        return (not mention.unit_words or anchored_unit) and self._anchor_beside(article, fact, mention)

    def _unnamed(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """A number whose next word names no unit anyone registered or converts ("the crowd of 15,548 continued
        cheering", "compared to the 250 it had") fits a fact anchored beside it as a bare number does. The words
        may still be a noun the registry never listed, so it is never read firmly: it may agree, never contradict."""
        first = mention.unit_words[:1]
        return (bool(first) and not any(keys[:1] == first for keys in self.registered_units)
                and conversion(first[0]) is None and self._anchor_beside(article, fact, mention))

    def _anchor_beside(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether an anchor of the fact holds the number or stands at most two lower-case words from it ("the death
        toll rose to 157", "22 are being handed over"); across a comma only in apposition ("Paul, 22,")."""
        document = article.document
        sentence = document.sentences[document.sentence_index(mention.start)]
        if self._anchor_holds(article, fact, mention, sentence):
            return True  # "all eight were part of a crew", anchored "all eight"
        if not re.search(r"\d", mention.text) and mention.value < 2:
            return False  # "one" is a pronoun as often as a count
        before = article.tokens.within(sentence.start, mention.start)[-(_BARE_GAP + 6):]
        after = article.tokens.within(mention.end, sentence.end)[:_BARE_GAP + 6]
        apposition = bool(re.match(r"\s*(?:[,;.)]|$)", document.text[mention.end:mention.end + 2]))
        counted = {tuple(map(singular, keys)) for keys in self.units[fact.id].spellings}
        for anchor in self.anchor_keys[fact.id]:
            subject = tuple(map(singular, anchor)) in counted  # "Gunmen kill more than 60": the unit, as the verb's subject
            for gap in range(_BARE_GAP + 1):
                end = len(before) - gap
                if (end >= len(anchor) and not (subject and gap) and tuple(t.key for t in before[end - len(anchor):end]) == anchor
                        and _plain(before[end:])):
                    marks = document.text[before[end - 1].end:mention.start]
                    if apposition or not any(mark in marks for mark in ",;:()"):
                        return True
                if gap + len(anchor) <= len(after) and tuple(t.key for t in after[gap:gap + len(anchor)]) == anchor and _plain(after[:gap]):
                    if not any(mark in document.text[mention.end:after[gap].start] for mark in ",;:()"):
                        return True
        return False

    def _whole_anchored(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether the whole after "of" is the fact's own anchor: "41 percent of the popular vote" is the share the
        fact anchored "of the popular vote" registers, not a part of some other whole."""
        keys = [token.key for token in article.tokens.within(mention.end, mention.end + _HOLDING)[:_AFTER_WORDS]]
        return any(anchor[:1] == ("of",) and tuple(keys[:len(anchor)]) == anchor for anchor in self.anchor_keys[fact.id])

    def _anchored_after(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether one of the fact's anchors stands in the few words after the number: "with 15 minutes of the game
        remaining" is the time left a fact anchored "remaining" registers, not the minute of a goal."""
        return self._anchored_in(article, fact, mention.end, mention.end + _AFTER_CHARACTERS, words=_AFTER_WORDS)

    def _anchored_in(self, article: Article, fact: NumberFact, start: int, end: int, *, words: int | None = None) -> bool:
        """Whether one of the fact's anchors stands whole in text[start:end] (in its first `words` words)."""
        keys = tuple(token.key for token in article.tokens.within(start, end)[:words])
        return any(anchor and holds_run(keys, anchor) for anchor in self.anchor_keys[fact.id])

    def _names_the_earlier_event(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether the fact's anchor stands in the phrase the earlier year dates, before the number: "the 1997 Korean
        Air plane crash in Guam, which killed 225 people" gives the toll of a fact anchored "Guam"."""
        document = article.document
        sentence = document.sentences[document.sentence_index(mention.start)]
        year = _earlier_year(article.dates(sentence.start, sentence.end), article.published)
        if year is None:
            return False
        close = _PHRASE_CLOSE.search(document.text, year, mention.start)
        return self._anchored_in(article, fact, year, close.start() if close else mention.start)

    def _one_of_anchored(self, article: Article, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether the number is the size of the set "one of" picks from, and counts the fact's own anchor: "one of 15
        systematically important banks" says there are 15 such banks."""
        return bool(_ONE_OF.search(article.document.text, max(0, mention.start - 12), mention.start)) and any(
            anchor and mention.unit_words[:len(anchor)] == tuple(map(singular, anchor)) for anchor in self.anchor_keys[fact.id])

    def _anchor_holds(self, article: Article, fact: NumberFact, mention: NumberMention, sentence) -> bool:
        """Whether one of the fact's anchors holds the number's words ("all eight")."""
        window = article.tokens.within(max(sentence.start, mention.start - _HOLDING), min(sentence.end, mention.end + _HOLDING))
        keys = [token.key for token in window]
        inside = [index for index, token in enumerate(window) if mention.start <= token.start < mention.end]
        return bool(inside) and any(
            tuple(keys[start:start + len(anchor)]) == anchor and start <= inside[0] and inside[-1] < start + len(anchor)
            for anchor in self.anchor_keys[fact.id] if anchor for start in range(max(0, inside[-1] - len(anchor) + 1), inside[0] + 1))

    def _factor(self, fact: NumberFact, mention: NumberMention) -> float | None:
        """The size of the fact's unit in the mention's, when the mention is written in another size of the fact's
        dimension: "four hours and 42 minutes" for 282 minutes, even where a registry lists "hours" among the spellings."""
        factor = self.units[fact.id].factor(mention.unit_words)
        return None if factor == 1 else factor

    def _agrees(self, fact: NumberFact, mention: NumberMention) -> bool:
        """Whether the mention allows one of the fact's values. A whole measure is as precise as its last written
        digit, as a converted one is ("the 34km route" for 33.7 km); a count is exact."""
        factor = self._factor(fact, mention)
        measure = (conversion(fact.unit) or ("",))[0] in _MEASURES
        for value in (fact.value, *fact.accepted):
            if factor is None:
                if mention.allows(value, fact.tolerance) or measure and _allows_converted(mention, value, fact.tolerance):
                    return True
            elif _allows_converted(mention, value * factor, fact.tolerance):
                return True
        return False

    def _finding(self, article: Article, tie: Tie) -> Finding:
        fact: NumberFact = tie.fact
        mention: NumberMention = tie.mention
        values = " or ".join(format_number(value) for value in (fact.value, *fact.accepted))
        expected = f"{values} {fact.unit}" + (f" (±{fact.tolerance:.0%})" if fact.tolerance else "")
        label = fact.summary or fact.id
        status, message = tie.verdict(label, mention.text, expected, described=_describe(mention), noun="figure")
        if status == "agrees" and mention.malformed:  # meant as the registered value, printed so that no reader can tell
            status, message = "contradicts", f"{label}: the article prints {_describe(mention)}; the registry has {expected}"
        unit = " ".join(mention.unit_words[:3]) or "none"
        return article.finding(
            fact, check="number", status=status, start=mention.start, end=mention.end, expected=expected, observed=mention.text,
            message=message, tie=f"{tie.where(article)}; unit words: {unit}"
                                 + (f"; hedged: {mention.hedge}" if mention.hedge else ""),
        )


def _earlier_year(dates: list[DateMention], published) -> int | None:
    """Where the sentence (its `dates`) first names a year before the year of publication, other than as one end of
    a span ("since 2021"), or None. A year that names an event ("the 1997 Korean Air plane crash in Guam, which
    killed 225 people") counts: the figures after it are that event's."""
    for mention in dates:
        year = mention.year_in(published)
        named = mention.hedge == DESCRIBES_NOUN and mention.month is None
        if year is not None and year < published.year and (not mention.hedge or named) and mention.relative_year is None:
            return mention.start
    return None


def _negated(article: Article, mention: NumberMention) -> bool:
    """A bound its clause denies is one nobody reached, not the value: "Given that no candidate secured more than 50
    percent of the votes" is no candidate's share. An unqualified figure there is still the value ("cannot travel
    to any of the 120 countries")."""
    if mention.qualifier is None:
        return False
    document = article.document
    start = max(document.sentences[document.sentence_index(mention.start)].start, mention.start - _NEGATION_REACH)
    return bool(_NEGATION.search(document.text, start, mention.start))


def _possessed(article: Article, mention: NumberMention) -> bool:
    """A bare number right after a possessive ("Sinner won 142 of them to Medvedev's 141") counts something its
    owner has, which the sentence named earlier or not at all: it may agree with a fact anchored on the owner,
    never contradict it."""
    return bool(_POSSESSIVE_END.search(article.document.text, max(0, mention.start - 3), mention.start))


def _plain(tokens) -> bool:
    """Lower-case words or a day's name: no name, no other number and no conjunction between a bare number and its
    anchor ("the initial estimate Wednesday of 271"; but "over the age of 65 and was reported" ties 65 to no report)."""
    return not any(token.text[0].isupper() and token.key not in WEEKDAYS or token.text[0].isdigit() or token.key in _CONJUNCTIONS
                   for token in tokens)


def _rounded(mention: NumberMention) -> NumberMention:
    """A whole figure ending in zeros, unqualified, as a headline writes it: anything that rounds to it ("900" is 850
    to 950)."""
    digits = f"{mention.value:.0f}"
    zeros = len(digits) - len(digits.rstrip("0"))
    if mention.qualifier or mention.low != mention.high or not float(mention.value).is_integer() or not zeros or mention.value < 10:
        return mention
    step = 10 ** zeros
    return replace(mention, low=mention.value - step / 2, high=mention.value + step / 2)


def _plausible(values: list[float], mention: NumberMention, *, converted: bool = False) -> bool:
    """Whether the mention could be this fact's figure (`values`, in the mention's unit) gone wrong: within twenty
    times of it, or off by a power of ten. In another unit, within twice it: "two hours and 56 minutes" beside a
    15-minute tie-break's anchor is another duration, not that one gone wrong."""
    registered = abs(values[0]) or 1.0
    ratio = max(abs(mention.value), 1e-9) / registered
    ratio = max(ratio, 1 / ratio)
    if converted:
        return ratio <= _CONVERTED_RATIO
    return ratio <= _PLAUSIBLE_RATIO or abs(math.log10(ratio) - round(math.log10(ratio))) < 0.01


def _rounded_whole(values: list[float], mention: NumberMention) -> bool:
    """Whole units for a fact's fractional value (`values`, in the mention's unit), rounded either way ("11 years"
    for 11 years and three months, "three hours" for 2 hours 56 minutes): the smaller unit was left out, which is no
    contradiction."""
    return whole_units(mention) and any(not float(value).is_integer() and mention.value in (math.floor(value), round(value))
                                        for value in values)


def _equals(fact: NumberFact, value: float) -> bool:
    return any(abs(value - registered) <= fact.tolerance * abs(registered) + 1e-9 for registered in (fact.value, *fact.accepted))


def _allows_converted(mention: NumberMention, value: float, tolerance: float) -> bool:
    """A converted figure is rounded by whoever converted it: allow half a step of its last written digit, unless
    the mention is read as a range already ("three decades", rounded as a count in words, is 25 to 35 years)."""
    digits = mention.text.rstrip().split(".")
    step = 10 ** -len(digits[1].strip()) if len(digits) > 1 and digits[1].strip().isdigit() else 10 ** (len(str(int(mention.value))) - len(str(int(mention.value)).rstrip("0")))
    step = 0 if mention.low != mention.high else step
    slack = step / 2 + _CONVERSION_SLACK * abs(value) + tolerance * abs(value)
    return mention.low - slack <= value <= mention.high + slack


def _describe(mention: NumberMention) -> str:
    if mention.malformed:
        return f"{mention.text.strip()} (a malformed figure; perhaps {format_number(mention.value)})"
    if mention.low == mention.high:
        return format_number(mention.value)
    return f"{mention.text.strip()} ({format_number(mention.low)} to {'∞' if mention.high == float('inf') else format_number(mention.high)})"
