"""Findings: what the engine observed for one fact in one version, as plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Status = Literal["agrees", "contradicts", "unclear", "waived"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One observation of a fact in a version; a discrepancy when `status` is "contradicts".

    `expected` is what the registry holds, `observed` what the article says;
    `highlight` is the observed value's span within `sentence`; a "waived" finding
    is a discrepancy accepted by a waiver, whose reason is in `waiver`.
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

    @property
    def is_discrepancy(self) -> bool:
        return self.status == "contradicts"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        return cls(**{**data, "highlight": tuple(data["highlight"])})
