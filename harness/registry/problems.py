"""Problems found in a user's input, each pointing at a file, line and column.

A `Problem` is a user's mistake, never an internal bug: it carries a stable code,
a message saying what is wrong and a hint saying how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path
    line: int
    column: int
    code: str
    message: str
    hint: str

    def __str__(self) -> str:
        return f"{display_path(self.path)}:{self.line}:{self.column}: {self.code}: {self.message}\n    hint: {self.hint}"


def display_path(path: Path) -> str:
    """The path relative to the working directory when it lies below it, as a reader would type it."""
    try:
        return Path(path).resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


class InputError(Exception):
    """One input file is broken; `problems` lists everything wrong with it at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line, p.column))
        super().__init__(self.render())

    def render(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        head = f"{display_path(self.problems[0].path)}: {count} {noun}"
        return "\n".join([head, *(str(problem) for problem in self.problems)])
