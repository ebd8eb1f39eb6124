"""The registry file format: one strict model per section, one per fact kind.

These models are both the validator (unknown keys are errors, values are checked
with messages that name the field) and the engine's view of a fact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cached_property
from typing import Annotated, Literal, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictStr

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
Pronoun = Literal["he", "she", "they", "it"]
Identifier = Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", min_length=1, max_length=80)]
LONGEST_PHRASE = 500  # characters of one registry string: a quote, a name, an anchor
Phrase = Annotated[StrictStr, Field(min_length=1, max_length=LONGEST_PHRASE)]

_YEAR = re.compile(r"^\d{4}$")


def _check_date(value: str) -> str:
    """Accept `YYYY-MM-DD` or a bare `YYYY` for facts known only to the year."""
    return value if _YEAR.match(value) else _check_day(value, "date")


def _check_day(value: str, noun: str = "day") -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{value!r} is not a {noun} ({error})") from None
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not an IANA time zone") from None
    return value


def _check_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"should be a number, got {short(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"should be a finite number, got {value!r} (write the figure itself, within ±1e308)")
    return value


def short(value: object) -> str:
    """A value for a message, cut short: an error never prints an unbounded value."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


DateText = Annotated[StrictStr, AfterValidator(_check_date)]
DayText = Annotated[StrictStr, AfterValidator(_check_day)]
TimeZoneName = Annotated[StrictStr, AfterValidator(_check_timezone)]
Text = Annotated[Phrase, AfterValidator(_check_non_blank)]
Number = Annotated[float, BeforeValidator(_check_number)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(_Strict):
    id: Identifier
    name: Text
    spellings: tuple[Text, ...] = ()
    titles: tuple[Text, ...] = ()
    descriptions: tuple[Text, ...] = ()
    pronoun: Pronoun = "they"

    @cached_property
    def surname(self) -> str:
        return _surname(self.name)

    @cached_property
    def accepted_names(self) -> tuple[str, ...]:
        """The canonical name, its surname and every accepted spelling (and their surnames)."""
        names = [self.name, self.surname]
        for spelling in self.spellings:
            names += [spelling, _surname(spelling)]
        return tuple(dict.fromkeys(names))


def _surname(name: str) -> str:
    """The last word of the name before any comma: "Catherine, Princess of Wales" is no "Wales", and "Martin Luther
    King, Jr." is "King"."""
    words = name.split(",")[0].split()
    return words[-1] if words else name


class Examples(_Strict):
    passes: tuple[Text, ...] = ()
    fails: tuple[Text, ...] = ()


class _FactBase(_Strict):
    id: Identifier
    summary: Text | None = None
    severity: Severity | None = None
    note: Text | None = None
    disputed: bool = False
    examples: Examples = Examples()


class DateFact(_FactBase):
    kind: Literal["date"]
    date: DateText
    accepted: tuple[DateText, ...] = ()
    anchors: tuple[Text, ...] = Field(min_length=1)

    @cached_property
    def year_only(self) -> bool:
        return bool(_YEAR.match(self.date))

    @cached_property
    def day(self) -> dt.date:
        """The date itself; for a year-only fact, 1 January of that year."""
        return dt.date(int(self.date), 1, 1) if self.year_only else dt.date.fromisoformat(self.date)


class NumberFact(_FactBase):
    kind: Literal["number"]
    value: Number
    accepted: tuple[Number, ...] = ()
    unit: Text
    unit_spellings: tuple[Text, ...] = ()
    tolerance: Annotated[Number, Field(ge=0, le=1)] = 0
    anchors: tuple[Text, ...] = Field(min_length=1)

    @cached_property
    def units(self) -> tuple[str, ...]:
        return (self.unit, *self.unit_spellings)


class QuoteFact(_FactBase):
    kind: Literal["quote"]
    quote: Text
    accepted: tuple[Text, ...] = ()
    speaker: Identifier

    @cached_property
    def wordings(self) -> tuple[str, ...]:
        """The quote as registered, then each accepted wording (another agency's translation of the remark)."""
        return (self.quote, *self.accepted)


class PersonFact(_FactBase):
    kind: Literal["person"]
    person: Identifier


Fact = Annotated[Union[DateFact, NumberFact, QuoteFact, PersonFact], Field(discriminator="kind")]
FACT_MODELS = {"date": DateFact, "number": NumberFact, "quote": QuoteFact, "person": PersonFact}
FACT_KINDS = tuple(FACT_MODELS)


class RegistryFile(_Strict):
    schema_version: Literal[1]
    story: Text
    reference_date: DayText
    timezone: TimeZoneName = "UTC"
    articles: Text | None = None
    severities: dict[Literal["date", "number", "quote", "person"], Severity] = {}
    people: tuple[Person, ...] = ()
    facts: tuple[Fact, ...] = ()


def registry_json_schema() -> dict:
    """The JSON Schema of a registry file, for editors that validate and complete YAML."""
    schema = RegistryFile.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": "wirefacts registry file"}
