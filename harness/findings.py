"""Findings: what the engine observed for one fact in one version, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Status = Literal["agrees", "contradicts", "unattributed", "disputed", "unclear", "waived"]
STATUSES: tuple[Status, ...] = ("contradicts", "unattributed", "waived", "disputed", "unclear", "agrees")
FLAGGED: frozenset[str] = frozenset({"contradicts", "unattributed"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation of a fact in a version.

    A discrepancy when `status` is "contradicts" (the article says otherwise) or
    "unattributed" (a registered quote with no speaker named). "disputed" is a value
    the registry knows sources disagree on, and "unclear" an observation the engine
    cannot settle: both are shown, neither fails. `expected` is what the registry
    holds, `observed` what the article says; `highlight` is the observed value's span
    within `sentence`; `tie` says what tied the observation to the fact; a "waived"
    finding is a discrepancy accepted by a waiver, whose reason is in `waiver`.
    """

    fact_id: str
    kind: str
    check: str
    status: Status
    severity: str
    version: str
    line: int
    column: int
    sentence: str
    highlight: tuple[int, int]
    expected: str
    observed: str
    message: str
    speaker: str | None = None
    waiver: str | None = None
    tie: str = ""

    @property
    def is_discrepancy(self) -> bool:
        return self.status in FLAGGED

    def to_dict(self) -> dict:
        """Every field as plain data: a shallow copy (every field is a value), not `asdict`'s slow deep one."""
        return {name: getattr(self, name) for name in _FIELDS}

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        return cls(**{**data, "highlight": tuple(data["highlight"])})


_FIELDS = tuple(field.name for field in fields(Finding))
