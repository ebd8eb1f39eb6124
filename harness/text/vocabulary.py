"""English word lists the extractors share. The long lists are data files in `lexicon/`, read once on import."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml


@cache
def lexicon(name: str) -> dict:
    """The data file `lexicon/<name>.yaml`, safe-loaded."""
    return yaml.safe_load(files("harness.text").joinpath("lexicon", f"{name}.yaml").read_text(encoding="utf-8"))


SPEECH_VERBS = frozenset("""
said says say told tells tweeted tweets wrote writes added adds noted notes stressed stresses emphasized emphasised
emphasizes emphasises insisted insists warned warns asked asks replied replies declared declares stated states
described describes reiterated reiterates explained explains argued argues claimed claims continued concluded
acknowledged acknowledges admitted admits announced announces remarked remarks recalled urged urges called
posted posts predicted cautioned countered responded responds answered added vowed vows pledged promised
""".split())

ROLE_WORDS = frozenset("""
president vice prime minister secretary deputy assistant under foreign defense defence state interior finance
spokesman spokeswoman spokesperson press ambassador envoy chancellor chief head general senator sen representative
rep governor gov mayor leader chairman chairwoman chair director commander king queen prince princess duke duchess pope adviser advisor
counselor counsellor attorney speaker premier emir sheikh lieutenant colonel admiral marshal commissioner
""".split())

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})  # courtesies before a name: no role, no other first name

ROLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative"}  # "Gov. Josh Green" is Governor Green

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

PRONOUNS = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they"}

NUMBER_WORDS: dict[str, int] = lexicon("numbers")["words"]
SCALE_WORDS: dict[str, int] = lexicon("numbers")["scales"]
