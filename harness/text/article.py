"""One version prepared for the checks: normalised text, tokens, people mentioned, and a way to report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from harness.findings import Finding, Status
from harness.text.dates import DateMention, extract_dates
from harness.text.document import Document, normalise
from harness.text.people import PeopleIndex, PersonMention
from harness.text.tokens import Tokens
from harness.text.versions import Version


@dataclass(slots=True)
class Article:
    version: Version
    document: Document
    tokens: Tokens
    people: list[PersonMention]
    published: dt.date
    severities: dict[str, str]
    _dates: dict[tuple[int, int], list[DateMention]] = field(default_factory=dict, repr=False)

    @classmethod
    def prepare(cls, version: Version, *, people: PeopleIndex, reference_date: dt.date, severities: dict[str, str] | None = None) -> Article:
        """`severities` maps fact ids to their severity (error when absent)."""
        document = normalise(version.text)
        tokens = Tokens(document.text)
        checked = [token for _, sentence in document.checked_sentences() for token in tokens.within(sentence.start, sentence.end)]
        return cls(version, document, tokens, people.find(document.text, checked), version.published or reference_date, severities or {})

    def dates(self, start: int, end: int) -> list[DateMention]:
        """The date mentions in text[start:end], read once: the date check weighs them, and the number check looks
        in the same sentences for an earlier event's year."""
        found = self._dates.get((start, end))
        if found is None:
            found = self._dates[start, end] = extract_dates(self.document.text, start, end)
        return found

    def finding(self, fact, *, check: str, status: Status, start: int, end: int, expected: str, observed: str,
                message: str, speaker: str | None = None, tie: str = "") -> Finding:
        """A finding for `fact` located at the text span [start, end), with the sentences that hold all of it.

        Unclear and disputed observations are information; an unattributed quote is at most a warning.
        """
        document = self.document
        first = document.sentences[document.sentence_index(start)]
        last = document.sentences[document.sentence_index(max(start, end - 1))]
        sentence_start, sentence_end = first.start, max(last.end, end)
        line, column = self.version.source_map.position(start) if self.version.source_map else document.position(start)
        return Finding(
            fact_id=fact.id, kind=fact.kind, check=check, status=status,
            severity=_severity(status, self.severities.get(fact.id, "error")),
            version=self.version.name, line=line, column=column,
            sentence=document.original[sentence_start:sentence_end],
            highlight=(start - sentence_start, end - sentence_start),
            expected=expected, observed=observed, message=message, speaker=speaker, tie=tie,
        )


def _severity(status: Status, registered: str) -> str:
    if status in ("unclear", "disputed"):
        return "info"
    if status == "unattributed" and registered == "error":
        return "warning"
    return registered
