"""Numbers in a sentence, read for what they mean: a value, the interval its qualifiers allow, and its unit.

"more than 100 people" allows every value above 100; "about 130" allows ±10%; "1.5 million" stands for
anything that rounds to it; "between 100 and 150" is a range. The unit is read from the words right after
the number (or a sign: "5%", "$3 million"; a unit written against it: "16,000ft"; or a unit word before it:
"magnitude 7.1"), up to a word that ends a noun phrase.

What is not a quantity is left out: years, days of a month, times of day, scores ("7-6"), ordinals, and
labels ("No. 2", "Flight 1282", "Boeing 737"). A number read with a `hedge` may agree with a fact but never
contradicts one: an earlier value ("up from 128"), part of a whole ("six of seven"), part of a compound
("two hours and 56 minutes"), a coordinated unit ("177 passengers and crew") or a comparison ("a 40-year high").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from harness.text.tokens import tokenize, word_key
from harness.text.vocabulary import NUMBER_WORDS, SCALE_WORDS, lexicon

_NUMBERS = lexicon("numbers")
_QUALIFIERS = lexicon("qualifiers")
_UNITS = lexicon("units")
_SHORT_SCALES: dict[str, int] = _NUMBERS["short_scales"]
_FRACTIONS: dict[str, float] = _NUMBERS["fractions"]
_UNIT_STOPS = frozenset(_NUMBERS["unit_stops"])
_COMPARATIVES = frozenset(_NUMBERS["comparatives"])
_LABEL_WORDS = frozenset(_NUMBERS["label_words"])
_WORD_LABEL_WORDS = frozenset(_NUMBERS["word_label_words"])
_NOT_LABELS = frozenset(_NUMBERS["not_labels"])
_SIGNS: dict[str, str] = _UNITS["signs"]
PREFIX_UNITS = frozenset(_UNITS["prefix_units"])  # scales written before their number: "magnitude 7.1"
APPROXIMATE = 0.1
_UNIT_WORDS = 4
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


def _alternation(phrases) -> str:
    return "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))


_WORD_NUMBER = _alternation([*NUMBER_WORDS, *SCALE_WORDS])
_NUMBER = re.compile(
    rf"""(?:\b(?P<qualifier>{_alternation(_QUALIFIERS["before"])})\s+(?:an?\s+(?=(?:{_alternation(SCALE_WORDS)})\b))?)?
    (?:(?P<sign>(?:US|HK|NZ|A|C|S)\$|[$£€¥₹])\s?|(?P<code>(?-i:USD|EUR|GBP|JPY|INR)(?=\s)|(?-i:Rs\.?)(?=\s\d))\s)?
    (?:(?P<vulgar>(?<![\d/.,])(?:(?P<vulgar_whole>\d{{1,3}})[-\s])?(?P<numerator>[1-7])/(?P<denominator>[2348])(?![\d/]))
     |(?P<digits>(?<![\d.,:])(?<![^\W\d_])(?:(?<![^\W\d_]-)|(?<=\bthen-)|(?<=\bnow-))(?:(?P<malformed>\d{{1,3}}(?:\.\d{{3}})+\.\d\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\ \d{{3}})+|\d+(?:\.\d+)?))(?![.,:]?\d)(?P<digits_half>[\s-]+and[\s-]+a[\s-]+half\b)?
       (?:(?:\s*|-)(?P<scale>(?:{_alternation(_SHORT_SCALES)})\b|(?:{_alternation(SCALE_WORDS)})\b))?
       (?P<attached>[^\W\d_]+(?:/[^\W\d_]+)?)?
     |\b(?P<words>(?:{_WORD_NUMBER})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_NUMBER}))*)\b(?P<and_half>[\s-]+and[\s-]+(?:a[\s-]+)?half\b)?
     |\b(?P<part>{_alternation(_FRACTIONS)})[\s-]+(?:an?[\s-]+)?(?P<part_scale>{_alternation(SCALE_WORDS)})\b
     |\b(?P<fraction>{_alternation(_FRACTIONS)})(?=[\s-]+(?!(?:of|an?|the)\b)[^\W\d_])
     |(?<=\s)(?P<article>an?)(?=\s+[^\W\d_]))
    (?P<percent>\s?%|\s(?:{_alternation(_NUMBERS["percent_words"])})\b)?""",
    re.IGNORECASE | re.VERBOSE,
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:%|[^\W\d_]+)?\s*$")  # a figure, with its unit, right before the dash
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?:^|(?<=[\s(]))[-−])$", re.IGNORECASE)
_AFTER_QUALIFIER = re.compile(rf"\s*-?(?P<after>{_alternation(_QUALIFIERS['after'])})\b", re.IGNORECASE)
_RANGE_GAP = re.compile(r"^\s*(?:-|to|and)\s*$", re.IGNORECASE)
_SCORE_GAP = re.compile(r"^\s?-\s?$")
_TALLY_BEFORE = re.compile(r"\bvot(?:e|es|ed|ing)\b[^.\d]{0,14}$", re.IGNORECASE)  # "voted 216-210", "by a vote of 208-218"
_TALLY_AFTER = re.compile(r"\s*-?\s*votes?\b", re.IGNORECASE)  # "a 216-210 vote"
_PREVIOUS_BEFORE = re.compile(rf"\b(?:{_alternation(_QUALIFIERS['previous_before'])})\s*$", re.IGNORECASE)
_PREVIOUS_AFTER = re.compile(rf"\W*(?:{_alternation(_QUALIFIERS['previous_after'])})\b", re.IGNORECASE)
# "the 5.5 per cent that economists had expected", "the $543M that sources … had told Reuters they expected": what
# was expected, not what happened.
_FORECAST_AFTER = re.compile(r"\W*(?:(?:that|which)\s+(?:[^\W\d_]+\s+){0,10}?|(?:[^\W\d_]+\s+){0,3}?)(?:had\s+|have\s+|were\s+|was\s+)?"
                             r"(?:expected|forecast|predicted|anticipated|projected|pencilled\s+in|penciled\s+in)\b", re.IGNORECASE)
_FORECAST_BEFORE = re.compile(r"\b(?:expected|forecast|forecasts?\s+of|predicted|projected|expectations?\s+of|estimates?\s+of)\s+(?:an?\s+|the\s+)?$",
                              re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_RESTATED = re.compile(r"(?:^|[\s,(])or\s*$", re.IGNORECASE)  # "14.98 degrees Celsius, or 58.98 degrees Fahrenheit": one figure twice
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o'clock)", re.IGNORECASE)
_A_SPAN_AGO = re.compile(r"\s+(?:year|decade|month|week|day)\s+(?:ago|later|earlier|before)\b", re.IGNORECASE)
_ARTICLE_SPAN_AGO = re.compile(r"\ban?" + _A_SPAN_AGO.pattern, re.IGNORECASE)
_SPAN_OF_TIME_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b", re.IGNORECASE)
_PHRASAL_UP = re.compile(r"\b(?:pick|picks|picked|picking|speed|speeds|sped|ramp|ramps|ramped|step|steps|stepped|tick|ticks|ticked)\s+$",
                         re.IGNORECASE)
_DATED = re.compile(r"\b(?:in|for|by)\s+(?:18|19|20)\d\d\b")
_PART_OF = re.compile(rf"\b(?:\d[\d,.]*|{_WORD_NUMBER}|all|most|many|some|none|half)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_COMPOUND_SIZES = {unit: (dimension, float(size)) for dimension, sizes in _NUMBERS["compound_units"].items() for unit, size in sizes.items()}
_COMPOUND_BEFORE = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{_WORD_NUMBER}))\s*(?:{_alternation(_COMPOUND_SIZES)})\s*(?:,\s*|\s+and\s+|\s+)$", re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"[\s-]*[^\W\d_]+\.?(?:,\s*|\s+and\s+|\s+)", re.IGNORECASE)  # "years and ", "feet "
_UNIT_WORD = re.compile(r"[\s-]*[^\W\d_]+")
_UNIT_AND_A_HALF = re.compile(r"[\s-]*[^\W\d_]+[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
_OF_OWNED = re.compile(r"\s+of\s+(?:the|her|his|their|its|our|these|those)\s+", re.IGNORECASE)
ELAPSED_WORDS = frozenset(_NUMBERS["elapsed_after"])
_ELAPSED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|only|last|latest)\b[^.;:]*\bin\s+(?:the\s+)?(?:past\s+|last\s+)?$"
                             r"|\b(?:in|over|for|during)\s+the\s+(?:past|last|next|previous|coming)\s+$", re.IGNORECASE)
_LEFT_AFTER = re.compile(r"[\s-]*[^\W\d_]+(?:\s+of\s+(?:the\s+)?[^\W\d_]+)?\s+(?:remaining|left|to\s+go|to\s+play)\b", re.IGNORECASE)
_ELAPSED_AFTER = re.compile(rf"\s+(?:{_alternation(ELAPSED_WORDS)})\b", re.IGNORECASE)
_ORDINAL_OR_PLURAL = frozenset({"st", "nd", "rd", "th", "s"})
_CLAUSE_WORDS = frozenset(_NUMBERS["clause_words"])
_NEXT_COUNT = re.compile(rf"\s*(?:[^\W\d_]+\s+)?(?:{_alternation(_QUALIFIERS['before'])})\b", re.IGNORECASE)
_SIGN_UNITS = frozenset(unit.split()[0].rstrip("s") for unit in _SIGNS.values())
_INHERIT_GAP = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?(?:to|from|at)\s+$", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_ORDINALS: dict[str, int] = _NUMBERS["ordinals"]
_HINT_WORDS = frozenset(word.lower() for word in (*NUMBER_WORDS, *SCALE_WORDS, *_FRACTIONS, *_ORDINALS))
_COUNTED_ORDINAL = re.compile(
    rf"\b(?:{_alternation(_NUMBERS['ordinal_owners'])})\s+(?:record\s+|career\s+)?"
    rf"(?P<ordinal>(?P<figure>\d+)(?:st|nd|rd|th)|{_alternation(_ORDINALS)})\b", re.IGNORECASE)
_NTH_TIME = re.compile(rf"\bfor\s+the\s+(?P<ordinal>(?P<figure>\d+)(?:st|nd|rd|th)|{_alternation(_ORDINALS)})\s+time\b", re.IGNORECASE)
_QUALIFIED_ARTICLE = re.compile(
    rf"\b(?:{_alternation({phrase.split()[-1] for phrase in _QUALIFIERS['before']})})\s+an?\b", re.IGNORECASE)
COORDINATED = "a count of more than one thing"
EARLIER_TAKE = "an earlier take of the story"
EARLIER_EVENT = "an earlier event, dated in its sentence"
BREAKDOWN = "part of a breakdown"
ELAPSED = "an elapsed time"
LEFT = "what is left"
PART_OF_WHOLE = "part of a whole"
TALLY = "one side of a vote's tally"
ORDINAL = "an ordinal, whose owner the words may not name"
FORECAST = "a forecast or expectation"
SIZES_NOUN = "the length of the thing it names"
_BREAKDOWN_GAP = 60
_ROUNDED_WORDS = 100  # a whole number under this written in words rounds to it
_RATE_AFTER_BRACKET = re.compile(r"(?:\s*\([^()]{1,40}\))?\)?\s*per\s+(?P<per>hour|minute|second)\b", re.IGNORECASE)
_PART_GAP = re.compile(r"\s+of\s+(?:the\s+)?(?:[^\W\d_]+['’]s\s+)?$")  # "twelve of the 68 bodies", "five of the court's nine judges"
_COORDINATING = re.compile(r"(?:\band|\bwhile|,)\s+$", re.IGNORECASE)
_CLAUSE_BREAK_WORDS = re.compile(r"[;:]|\b(?:while|whereas|but|after|before|when|than|from|up|down)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: `value`, and the interval [low, high] of values the text allows.

    `unit_words` are the singular keys of the words that name its unit; `hedge` says why the number may agree
    with a fact but never contradict one ("earlier value", "part of a whole", …), empty when it is read firmly.
    A `malformed` figure ("15.649.60": full stops for the thousands and the decimals) is read as the number it
    was meant to be, but no reader can be sure of it. `elided` is the unit of an earlier count in the same list,
    which this number may count with its noun left out ("two members preferring 5.5% and one remain at 5.0%").
    """

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str | None
    unit_words: tuple[str, ...]
    hedge: str = ""
    malformed: bool = False
    elided: tuple[str, ...] = ()

    def allows(self, value: float, tolerance: float = 0.0) -> bool:
        """Whether the registered `value`, give or take `tolerance` (a fraction), falls inside the interval."""
        slack = tolerance * abs(value) + 1e-9
        return self.low - slack <= value <= self.high + slack


def parse_words(words: str) -> float | None:
    """'one hundred thousand' -> 100000; None for something that is not a number."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
    return float(total + current)


def singular(word: str) -> str:
    """A plural key made singular well enough that a unit and its plural compare equal ("countries", "country")."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def unit_keys(phrase: str) -> tuple[str, ...]:
    """A unit phrase as the keys `NumberMention.unit_words` holds ("armoured vehicles" -> armoured, vehicle)."""
    sign = _SIGNS.get(phrase.strip())
    if phrase.strip().lower() in _NUMBERS["percent_words"]:
        return ("percent",)
    return tuple(key for token in tokenize(re.sub(r"\s*/\s*", "", sign or phrase)) for key in _unit_parts(token.text))


def _unit_parts(word: str) -> tuple[str, ...]:
    """A unit word's singular keys, one per hyphenated part: "years-old", "year-old" and "years old" compare equal."""
    return tuple(singular(word_key(part)) for part in word.split("-") if word_key(part))


def extract_numbers(text: str, start: int, end: int) -> list[NumberMention]:
    """Every quantity in text[start:end]: ranges ("100-150 people", "between 100 and 150") are one interval,
    scores ("7-6", "20-20") are not quantities, and a vote's tally ("voted 216-210") is two counts of votes, each
    of which may agree with a fact but never contradicts one (which side is which, the words seldom say)."""
    if not _may_hold_number(text, start, end):
        return []
    raw: list[NumberMention] = []
    for match in _NUMBER.finditer(text, start, end):
        mention = _mention(text, match, start, end)
        if mention is not None and not (raw and mention.start < raw[-1].end):  # not the half of "an hour and a half"
            raw.append(mention)
    found: list[NumberMention] = []
    index = 0
    while index < len(raw):
        mention, following = raw[index], raw[index + 1] if index + 1 < len(raw) else None
        if following is not None and _SCORE_GAP.match(text[mention.end:following.start]) and (
                not following.unit_words or mention.value >= following.value):
            if _TALLY_BEFORE.search(text, max(start, mention.start - 20), mention.start) or _TALLY_AFTER.match(text, following.end, end):
                found += [replace(m, unit_words=("vote",), hedge=TALLY) for m in (mention, following)]  # "voted 216-210"
            index += 2
            continue
        if following is not None and _is_range(text, mention, following, start):
            mention = NumberMention(mention.start, following.end, text[mention.start:following.end], following.value,
                                    min(mention.low, following.low), max(mention.high, following.high), mention.qualifier,
                                    following.unit_words, mention.hedge or following.hedge)
            index += 1
        found.append(mention)
        index += 1
    found = _elided_units(text, _breakdowns(text, _shared_units(text, _compounds(text, found))))
    return sorted(found + _counted_ordinals(text, start, end), key=lambda mention: mention.start)


def _counted_ordinals(text: str, start: int, end: int) -> list[NumberMention]:
    """"his fourth major title", "a record 35th major final": an ordinal owned by someone counts the thing after it,
    this one included, and may agree; whose count it is ("Her 21st grand slam") the words seldom say by name, so it
    never contradicts. "For the 27th time" counts the times the clause's event happened ("for the first time" is
    an idiom for "never before"). Other ordinals ("the 11th
    lap", "on the second day") say which, not how many."""
    found = [NumberMention(match.start("ordinal"), match.end(), match.group()[match.start("ordinal") - match.start():],
                           value, value, value, None, ("time",), "")
             for match in _NTH_TIME.finditer(text, start, end)
             for value in [float(match.group("figure") or _ORDINALS[match.group("ordinal").lower()])] if value > 1]
    for match in _COUNTED_ORDINAL.finditer(text, start, end):
        ordinal = match.group("ordinal")
        value = float(match.group("figure") or _ORDINALS[ordinal.lower()])
        units = _thing_counted(text, match.end(), end)
        units = units[:next((index for index, key in enumerate(units) if key in _CLAUSE_WORDS), len(units))]
        if units:
            first = match.start("ordinal")
            found.append(NumberMention(first, match.end(), text[first:match.end()], value, value, value, None, units, ORDINAL))
    return found


def _compounds(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A quantity written in two units of one dimension is one quantity in the larger unit: "11 years and three
    months" is 11.25 years, "6 feet 2 inches" 6.17 feet."""
    joined: list[NumberMention] = []
    for mention in found:
        whole = joined[-1] if joined else None
        ratio = _part_ratio(whole, mention) if whole is not None else None
        if ratio is not None and _COMPOUND_GAP.fullmatch(text, whole.end, mention.start):
            unit = _UNIT_WORD.match(text, mention.end)
            end = unit.end() if unit else mention.end
            joined[-1] = replace(whole, end=end, text=text[whole.start:end], value=whole.value + mention.value * ratio,
                                 low=whole.low + mention.low * ratio, high=whole.high + mention.high * ratio)
        else:
            joined.append(mention)
    return joined


def _part_ratio(whole: NumberMention, part: NumberMention) -> float | None:
    """The size of the part's unit in the whole's, when the part counts a smaller unit of the same dimension."""
    if len(whole.unit_words) != 1 or not part.unit_words or part.qualifier:
        return None
    large, small = _COMPOUND_SIZES.get(whole.unit_words[0]), _COMPOUND_SIZES.get(part.unit_words[0])
    if large is None or small is None or large[0] != small[0] or small[1] >= large[1]:
        return None
    return small[1] / large[1]


def whole_units(mention: NumberMention) -> bool:
    """Whether the mention is a plain whole count of a unit that compound quantities split: "sentenced to 11 years"
    may round away the months of "11 years and three months"."""
    return (mention.qualifier is None and mention.high - mention.low <= 1 and float(mention.value).is_integer()
            and mention.unit_words[:1] != () and mention.unit_words[0] in _COMPOUND_SIZES)


def _may_hold_number(text: str, start: int, end: int) -> bool:
    """A cheap first pass, so the full pattern reads only text that can hold a quantity: a figure, a number word
    or fraction, or "a"/"an" after a qualifier ("more than a year") or before a span of time ago ("a year ago")."""
    return bool(_FIGURE.search(text, start, end) or not _HINT_WORDS.isdisjoint(_LOWER_WORD.findall(text[start:end].lower()))
                or _QUALIFIED_ARTICLE.search(text, start, end) or _ARTICLE_SPAN_AGO.search(text, start, end))


def _elided_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A count coordinated after an earlier one may leave its noun out ("two members preferring to increase and
    one remain"): it carries the earlier count's unit as the one it may mean."""
    marked = list(found)
    counted: NumberMention | None = None
    for index, mention in enumerate(found):
        if counted is not None and _COORDINATING.search(text[counted.end:mention.start]):
            marked[index] = replace(mention, elided=counted.unit_words)
        if mention.unit_words and mention.unit_words[0] not in _SIGN_UNITS and mention.unit_words != ("percent",):
            counted = mention
    return marked


def _breakdowns(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Counts of one unit listed in a row ("two counts of wire fraud, two counts of wire fraud conspiracy, one count
    of …") break a whole down into parts: each may agree with a fact but never contradicts the total. Values each
    dated by their own year ("0.9% in 2024, 1.4% in 2025 and 1.7% in 2026") are a series, no breakdown."""
    listed: set[int] = set()
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        gap = text[first.end:second.start]
        if (first.unit_words[:1] and first.unit_words[:2] == second.unit_words[:2] and len(gap) <= _BREAKDOWN_GAP
                and (", " in gap or " and " in gap) and not _CLAUSE_BREAK_WORDS.search(gap) and not _RESTATED.search(gap)
                and not _DATED.search(gap)):
            listed.update((index, index + 1))
    return [replace(mention, hedge=mention.hedge or BREAKDOWN) if index in listed else mention for index, mention in enumerate(found)]


def _shared_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A number with no unit of its own takes its neighbour's: "rising 16.98 points to 4,630.65" (points),
    "twelve of the 68 bodies" (bodies, as part of the whole)."""
    shared = list(found)
    for index, mention in enumerate(found):
        previous = found[index - 1] if index else None
        following = found[index + 1] if index + 1 < len(found) else None
        if mention.unit_words:  # "20 of the more than 100 cars": its words ran into the next figure's qualifier
            if following is not None and following.unit_words and _PART_GAP.match(text[mention.end:following.start]):
                shared[index] = replace(mention, unit_words=following.unit_words, hedge=mention.hedge or PART_OF_WHOLE)
            continue
        if previous is not None and previous.unit_words and _INHERIT_GAP.match(text[previous.end:mention.start]):
            shared[index] = replace(mention, unit_words=previous.unit_words)
        elif following is not None and following.unit_words and _PART_GAP.match(text[mention.end:following.start]):
            shared[index] = replace(mention, unit_words=following.unit_words, hedge=mention.hedge or PART_OF_WHOLE)
    return shared


def _is_range(text: str, first: NumberMention, second: NumberMention, start: int) -> bool:
    """"100-150 people", "between 100 and 150 people"; with the unit on both ends, "between 58.3% and 60.7%" or
    "58.3% to 60.7%", but not "from 0.1% to 0.25%", a change from one value to another."""
    gap = text[first.end:second.start]
    if not second.unit_words or not _RANGE_GAP.match(gap) or first.value >= second.value:
        return False
    if first.unit_words and (first.unit_words != second.unit_words or _FROM_BEFORE.search(text, max(start, first.start - 8), first.start)):
        return False
    return "and" not in gap.lower() or bool(_BETWEEN.search(text[start:first.start]))


def _mention(text: str, match: re.Match, start: int, end: int) -> NumberMention | None:
    if _not_a_quantity(text, match, start):
        return None
    halved = match.group("and_half") or match.group("digits_half")  # "four and a half hours", "22 and a half years"
    half = None if halved else _UNIT_AND_A_HALF.match(text, match.end(), end)
    counted = half or _A_SPAN_AGO.match(text, match.end(), end)  # "an hour and a half", "launched ChatGPT a year ago"
    value, step = (1.0, 0.0) if counted and match.group("article") else _value(match)
    if value is None:
        return None
    qualifier = (match.group("qualifier") or "").lower() or None
    if qualifier == "up to" and _PHRASAL_UP.search(text, max(start, match.start() - 12), match.start()):
        qualifier = None  # "growth is expected to pick up to 0.9%": a verb's "up", then "to" the value
    stop = match.end()
    after = _AFTER_QUALIFIER.match(text, stop, end)
    if after and not match.group("percent"):
        qualifier = qualifier or after.group("after").lower()
        stop = after.end()
        half = None if halved else _UNIT_AND_A_HALF.match(text, stop, end)
    if half:
        value += 0.5  # "an hour and a half", "an hour-and-a-half"
    low, high = _interval(value, step, qualifier)
    first = _minus_start(text, match, start)
    if first is not None:
        value, low, high = -value, -high, -low
    units, hedge, unit_end = _unit_words(text, match, stop, end)
    if match.group("words") and units[:1] and units[0] in _COMPOUND_SIZES and not qualifier:
        low = high = value  # "three hours and 42 minutes" sums exact parts; only a count in words rounds
    if half:
        units, unit_end = units[:1], half.end()
    before = text[max(start, match.start() - 40):match.start()]
    if _PREVIOUS_BEFORE.search(before) or _PREVIOUS_AFTER.match(text, unit_end, end):
        hedge = hedge or "an earlier or other value"
    elif _FORECAST_BEFORE.search(before) or _FORECAST_AFTER.match(text, unit_end, end):
        hedge = hedge or FORECAST
    elif (_PART_OF.search(before) and not _sized_noun(text, stop, units)
          or units in ((), ("percent",)) and re.match(r"\s+of\b", text[unit_end:end])):
        hedge = hedge or PART_OF_WHOLE
        owned = _OF_OWNED.match(text, unit_end, end) if not units else None
        units = _thing_counted(text, owned.end(), end) if owned else units  # "13 of her trophies" counts trophies
    elif _COMPOUND_BEFORE.search(before):
        hedge = hedge or "part of a compound quantity"
    elif _measures_time(units) and (_ELAPSED_AFTER.match(text, unit_end, end) or _ELAPSED_BEFORE.search(before)):
        hedge = hedge or ELAPSED  # "two years after", "the first driver in 40 years"
    elif _measures_time(units) and _LEFT_AFTER.match(text, stop, end):
        hedge = hedge or LEFT  # "with 15 minutes of the game remaining", "16 minutes left": what is left, not what has passed
    if half:
        stop = half.end()  # the mention holds its half: "an hour-and-a-half" is one quantity
    first = match.start() if first is None else first
    return NumberMention(first, stop, text[first:stop], value, low, high, qualifier, units, hedge, bool(match.group("malformed")))


def _measures_time(units) -> bool:
    """Whether the unit is a length of time ("years", "hours")."""
    return bool(units) and _COMPOUND_SIZES.get(units[0], ("",))[0] == "time"


def _sized_noun(text: str, stop: int, units: tuple[str, ...]) -> bool:
    """Whether the number sizes the noun after it through a hyphen ("lap 11 of the 23-lap sprint"): the whole's own
    size, firm, where a plain whole ("six of seven break points") may be the part a fact counts."""
    return bool(units) and text[stop:stop + 1] == "-"


def _minus_start(text: str, match: re.Match, start: int) -> int | None:
    """Where the minus before a number starts, if it is negative: "from minus 0.1%", "from -0.1% to …". A minus sign
    needs a space or bracket before it, so neither a range ("0-0.1%") nor a score ("2-0") turns negative."""
    if match.group("digits") is None or match.group("qualifier") or match.group("sign"):
        return None
    minus = _MINUS_BEFORE.search(text, max(start, match.start() - 7), match.start())
    if minus is None or _RANGE_BEFORE.search(text, max(start, minus.start() - 30), minus.start()):
        return None  # "to 1.5 percent -1.75 percent": the dash joins a range
    return minus.start()


def _not_a_quantity(text: str, match: re.Match, start: int) -> bool:
    """Years, days of a month, times of day, ordinals and labels ("No. 2", "Boeing 737") count nothing."""
    digits, attached = match.group("digits"), (match.group("attached") or "").lower()
    if digits is None:  # "the stage seven time trial", "Game three": a label in words
        return bool(match.group("words")) and not match.group("qualifier") and _after_label_word(text, match, start)
    if attached in _ORDINAL_OR_PLURAL:
        return True
    plain = not (match.group("sign") or match.group("percent") or match.group("scale") or attached)
    if plain and re.fullmatch(r"(?:1[89]|20)\d\d", digits):
        return True
    before, after = text[max(start, match.start() - 12):match.start()], text[match.end():match.end() + 12]
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    if match.group("qualifier") or match.group("sign"):
        return False
    previous = tokenize(text, max(start, match.start() - 30), match.start())
    if not previous or text[previous[-1].end:match.start()].strip(" .#"):
        return False
    word = previous[-1]
    if word.key in _LABEL_WORDS or text[previous[-1].end:match.start()].strip() == "#":
        return True
    starts_sentence = not text[start:word.start].strip()
    if _SPAN_OF_TIME_AFTER.match(after):
        return False  # "first voted to overrule Roe 30 years ago": a name, then a span of time, is no label
    return word.text[0].isupper() and not starts_sentence and word.key not in _NOT_LABELS and word.key not in PREFIX_UNITS


def _after_label_word(text: str, match: re.Match, start: int) -> bool:
    """Whether the number in words comes right after a word that labels it ("stage", "round", "game")."""
    previous = tokenize(text, max(start, match.start() - 20), match.start())
    return bool(previous) and previous[-1].key in _WORD_LABEL_WORDS and not text[previous[-1].end:match.start()].strip()


def _value(match: re.Match) -> tuple[float | None, float]:
    """The number's value, and the rounding step its written precision implies; "a" counts one only after a
    qualifier ("more than a year"), or before a span of time ago or later (see `_mention`)."""
    if match.group("article"):
        return (1.0, 0.0) if match.group("qualifier") else (None, 0.0)
    if match.group("words"):
        value = parse_words(match.group("words"))
        if value is not None and match.group("and_half"):
            return value + 0.5, 0.0  # "four and a half hours"
        return value, (1.0 if value is not None and value < _ROUNDED_WORDS else 0.0)  # "four percentage points" for 4.28
    if match.group("part"):  # "a half-million", "half a million", "a quarter million": one written figure, 0.5 million
        fraction, scale = _FRACTIONS[match.group("part").lower()], SCALE_WORDS[match.group("part_scale").lower()]
        return fraction * scale, scale * 10 ** -len(str(fraction).partition(".")[2])  # rounded as "0.5 million" is
    if match.group("fraction"):
        return _FRACTIONS[match.group("fraction").lower()], 0.0
    if match.group("vulgar"):  # "1/2 percentage point", "4-3/4 to 5%"
        fraction = int(match.group("numerator")) / int(match.group("denominator"))
        return (int(match.group("vulgar_whole") or 0) + fraction if fraction < 1 else None), 0.0
    digits = re.sub(r"[, ]", "", match.group("digits"))
    if match.group("malformed"):
        whole, _, decimals = digits.rpartition(".")
        digits = f"{whole.replace('.', '')}.{decimals}"
    scale_word = (match.group("scale") or "").lower()
    scale = _SHORT_SCALES.get(scale_word) or SCALE_WORDS.get(scale_word, 1)
    decimals = len(digits.partition(".")[2])
    step = scale * 10 ** -decimals if scale > 1 or decimals or match.group("percent") else 0.0
    return float(digits) * scale + (0.5 if match.group("digits_half") else 0.0), step


def _interval(value: float, step: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified number allows: "more than 100" is (100, ∞), "about 130" is 130 ± 10%."""
    low, high = value - step / 2, value + step / 2
    rule = _QUALIFIERS["before"].get(qualifier) or _QUALIFIERS["after"].get(qualifier) or {}
    if rule.get("approximate"):
        low, high = min(low, value * (1 - APPROXIMATE)), max(high, value * (1 + APPROXIMATE))
    if "low" in rule:
        low, high = value, (value * (1 + APPROXIMATE) if rule.get("approximate") else math.inf)
    if "high" in rule:
        low, high = (value * (1 - APPROXIMATE) if rule.get("approximate") else 0.0), value
    return low, high


def _unit_words(text: str, match: re.Match, stop: int, end: int) -> tuple[tuple[str, ...], str, int]:
    """The unit's keys, a hedge when the unit makes the number a comparison or a coordinated count, and where
    the unit ends."""
    if match.group("percent"):
        return ("percent",), "", stop
    sign = _SIGNS.get(match.group("sign") or match.group("code") or "")  # "$1 million", "USD 1 million"
    before = tokenize(text, max(0, match.start() - 20), match.start())
    if not sign and before and before[-1].key in PREFIX_UNITS and not text[before[-1].end:match.start()].strip(" -"):
        return (before[-1].key,), "", stop
    words: list[str] = list(unit_keys(sign)) if sign else []
    attached = match.group("attached")
    if attached:
        words.append(singular(attached.lower().replace("/", "")))
    hyphenated = not attached and text[stop:stop + 1] == "-"
    previous_end, unit_end = stop, stop
    previous_word = ""
    for token in tokenize(text, stop, min(end, stop + 80))[:_UNIT_WORDS + 2]:
        if words and text[previous_end:token.start] == "/":
            words[-1] += token.key  # "km/h"
            previous_end = unit_end = token.end
            continue
        if words and text[previous_end:token.start] in ("'", "’"):
            words.extend(_unit_parts(token.text))  # one word across an apostrophe: "Ballons d'Or"
            previous_end = unit_end = token.end
            continue
        if len(words) >= _UNIT_WORDS or text[previous_end:token.start].strip(" -"):
            break
        if token.text[0].isdigit() and previous_word[:1].isupper():
            previous_end = token.end  # a model number inside the unit: "200 Boeing 737 Max 9 planes"
            continue
        if token.text[0].isdigit() or token.key in NUMBER_WORDS:
            break
        if token.key in _UNIT_STOPS:
            joined = _coordinated(text, token.end, end) if token.key in ("and", "or") and words else ()
            if joined:
                return (*words, token.key, *joined), COORDINATED, unit_end
            if words and words[0] in _SIGN_UNITS and token.key in ("in", "of"):
                return (*words, *_thing_counted(text, token.end, end)), "", unit_end
            break
        words.extend(_unit_parts(token.text))
        previous_end = unit_end = token.end
        previous_word = token.text
    rate = _RATE_AFTER_BRACKET.match(text, unit_end, end) if words else None
    if rate:  # "130 miles (215 kilometers) per hour": the rate after the bracket is both figures'
        words += ["per", rate.group("per").lower()]
    hedge = "a comparison" if hyphenated and len(words) > 1 and words[1] in _COMPARATIVES else ""
    if not hedge and hyphenated and len(words) > 1 and words[1] != "old" and _measures_time(words):
        hedge = SIZES_NOUN  # "a 16-year professional career": how long the career, no age
    return tuple(words), hedge, unit_end


def _coordinated(text: str, offset: int, end: int) -> tuple[str, ...]:
    """The second counted thing after "and"/"or" ("passengers and crew", "search and rescue personnel"), or () when
    what follows starts a clause or another count ("and will affect about 171 planes", "and injured 300")."""
    phrase = re.split(r"[^\w\s'-]", text[offset:min(end, offset + 40)], maxsplit=1)[0]
    following = tokenize(phrase)[:3]
    if not following or following[0].key in _CLAUSE_WORDS or following[0].key.endswith("ed"):
        return ()
    if _NEXT_COUNT.match(phrase) or any(token.text[0].isdigit() or token.key in NUMBER_WORDS for token in following):
        return ()
    words = [following[0]]
    for token in following[1:]:  # "search and rescue personnel", "passengers and crew members"
        if token.key in _UNIT_STOPS or token.key in _CLAUSE_WORDS or token.key.endswith("ed"):
            break
        words.append(token)
    return tuple(singular(token.key) for token in words)


def _thing_counted(text: str, offset: int, end: int) -> tuple[str, ...]:
    """For money, the words after "in"/"of" say what it counts: "$120 billion in monthly bond purchases"."""
    words = []
    for token in tokenize(text, offset, min(end, offset + 60))[:_UNIT_WORDS]:
        if token.key in _UNIT_STOPS or token.text[0].isdigit():
            break
        words.append(singular(token.key))
    return tuple(words)


def format_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def conversion(unit: str) -> tuple[str, float] | None:
    """The dimension a unit phrase measures and its size in that dimension's base unit, if it converts."""
    return _CONVERSIONS.get(_keys(unit))


def _keys(phrase: str) -> str:
    return " ".join(token.key for token in tokenize(phrase))


def _conversion_table() -> dict[str, tuple[str, float]]:
    """Each convertible unit's spelling, as word keys, with its dimension and size: built once, not per mention."""
    table: dict[str, tuple[str, float]] = {}
    for dimension, sizes in _UNITS.items():
        if dimension not in ("signs", "prefix_units"):
            for spelling, size in sizes.items():
                table.setdefault(_keys(spelling), (dimension, float(size)))
    return table


_CONVERSIONS = _conversion_table()
