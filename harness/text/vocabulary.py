"""English word lists the extractors share: speech verbs, role words, qualifiers, weekdays, months."""

from __future__ import annotations

SPEECH_VERBS = frozenset("""
said says say told tells tweeted tweets wrote writes added adds noted notes stressed stresses emphasized emphasised
emphasizes emphasises insisted insists warned warns asked asks replied replies declared declares stated states
described describes reiterated reiterates explained explains argued argues claimed claims continued concluded
acknowledged acknowledges admitted admits announced announces remarked remarks recalled urged urges called
posted posts predicted cautioned countered responded responds answered added vowed vows pledged promised
""".split())

PARTICIPLE_SPEECH_VERBS = frozenset("""
saying adding noting telling calling writing warning stressing emphasizing emphasising describing insisting
arguing explaining declaring stating tweeting urging promising vowing
""".split())

ROLE_WORDS = frozenset("""
president vice prime minister secretary deputy assistant under foreign defense defence state interior finance
spokesman spokeswoman spokesperson press ambassador envoy chancellor chief head general senator sen representative
rep governor gov mayor leader chairman chairwoman chair director commander king queen prince pope adviser advisor
counselor counsellor attorney speaker premier emir sheikh lieutenant colonel admiral marshal commissioner
""".split())

TITLE_CONNECTORS = frozenset({"of", "for", "to"})

SENTENCE_STARTERS = frozenset("""
but and or so yet the a an in on at as after before when while if then for with by from meanwhile also however
""".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

QUALIFIERS = (
    "more than", "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as", "close to",
    "an estimated", "estimated", "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
    "under", "just over", "just under",
)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

PRONOUNS = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they"}
