"""The adversarial-input benchmark: one article per kind of input that once made the engine slow (a paragraph of
repeated names, dates, figures or quotes, or words with no sentence end at all), at each size asked, checked
against the seed registry in this process. Prints the seconds each takes; a cost linear in the size is the aim.
"""

from __future__ import annotations

import time
from pathlib import Path

from harness.engine import Engine
from harness.registry.loader import load_registry
from harness.text.versions import Version

KINDS = {
    "repeated names": "Wendy Sherman, Julianne Smith, Dmitry Peskov and Vladimir Putin ",
    "repeated dates": "on Tuesday, Jan. 11, 2022, and on Monday Jan 10 2022 ",
    "repeated figures": "some 100,000 troops and 3,000 more troops massed, ",
    "quotes with said": '"We will not allow anyone to slam it shut," said Sherman. ',
    "no sentence end": "word after word ",
}


def run(sizes: list[int], *, registry_path: Path) -> list[dict]:
    engine = Engine(load_registry(registry_path))
    rows = []
    for kind, unit in KINDS.items():
        row: dict = {"kind": kind, "seconds": {}}
        for size in sizes:
            text = unit * max(1, size // len(unit))
            version = Version(f"{kind}.txt", Path(f"{kind}.txt"), text, kind, None, None, ())
            started = time.perf_counter()
            engine.check_version(version)
            row["seconds"][size] = time.perf_counter() - started
        rows.append(row)
    return rows


def render(rows: list[dict]) -> str:
    sizes = list(rows[0]["seconds"]) if rows else []
    lines = [f"{'input':<18}" + "".join(f"{_size(size) + ' s':>12}" for size in sizes)]
    lines += [f"{row['kind']:<18}" + "".join(f"{row['seconds'][size]:12.2f}" for size in sizes) for row in rows]
    return "\n".join(lines + ["one article of the kind, of about that many characters, checked in this process against the seed registry"])


def _size(characters: int) -> str:
    return f"{characters / 1_000_000:g} MB" if characters >= 1_000_000 else f"{characters / 1000:g} KB"
