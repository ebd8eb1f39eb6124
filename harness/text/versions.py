"""Loading article versions and the metadata kept beside them (`versions.yaml`)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.registry.problems import InputError, Problem
from harness.registry.schema import DayText, Text
from harness.registry.yamlsource import read_text, read_yaml
from harness.text.document import line_and_column, line_starts
from harness.text.pages import decode_entities, is_html, read_page

METADATA_FILE = "versions.yaml"
_FEWEST_WORDS = 8  # a page whose extracted text is shorter holds a menu or a link, not an article
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_METADATA_FIELDS = ("label", "outlet", "published", "modified")


class VersionMetadata(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: Text | None = None
    outlet: Text | None = None
    published: DayText | None = None
    modified: DayText | None = None
    inferred: tuple[str, ...] = ()
    note: Text | None = None


class MetadataFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_version: int
    versions: dict[str, VersionMetadata]


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Where each character of a version's text stands in the file it came from (a web page, or text whose
    entities were decoded), so findings cite the file's own lines and columns."""

    source: str
    offsets: list[int]
    lines: list[int] = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "lines", line_starts(self.source))

    def position(self, offset: int) -> tuple[int, int]:
        at = self.offsets[min(offset, len(self.offsets) - 1)] if self.offsets else 0
        return line_and_column(self.lines, at)


@dataclass(frozen=True, slots=True)
class Version:
    """One article version: its text and what is known of it; `inferred` names the fields guessed from the text,
    `from_page` those a web page's own metadata gave; `source_map` leads back into the file for a page."""

    name: str
    path: Path
    text: str
    label: str
    outlet: str | None
    published: dt.date | None
    inferred: tuple[str, ...]
    modified: dt.date | None = None
    url: str | None = None
    from_page: tuple[str, ...] = ()
    source_map: SourceMap | None = None


@dataclass(frozen=True, slots=True)
class UnreadableVersion:
    name: str
    path: Path
    reason: str


def article_paths(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every article file in `folder` and below, in a stable order, and every entry that cannot be read with the
    reason: a folder without permission, a dangling link, a link to a folder (never followed, so no loop and no way
    out of the tree). Metadata and hidden files are not articles."""
    if folder.is_file():
        return [folder], []
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for directory, folders, files in os.walk(folder, onerror=lambda error: problems.append((Path(error.filename), _reason(error)))):
        base = Path(directory)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if (base / name).is_symlink():
                problems.append((base / name, "a link to a folder, not followed: link the files, or point the harness at the folder itself"))
        for name in sorted(files):
            path = base / name
            if name.startswith(".") or name == METADATA_FILE:
                continue
            if path.is_symlink() and not path.exists():
                problems.append((path, "a link to a file that does not exist (or a loop of links)"))
            else:
                found.append(path)
    return sorted(found), sorted(problems)


def _reason(error: OSError) -> str:
    return f"{error.strerror or error}: check its permissions"


def load_metadata(folder: Path) -> dict[str, VersionMetadata]:
    """The `versions.yaml` beside the articles, or nothing; a broken one is an `InputError`."""
    path = (folder if folder.is_dir() else folder.parent) / METADATA_FILE
    if not path.exists():
        return {}
    document = read_yaml(path)
    try:
        parsed = MetadataFile.model_validate(document.data)
    except ValidationError as error:
        raise InputError([
            document.problem(tuple(detail["loc"]), "invalid-metadata", f"{'.'.join(map(str, detail['loc']))}: {detail['msg']}",
                             "each version takes label, outlet, published and modified (YYYY-MM-DD), inferred and note")
            for detail in error.errors()
        ]) from None
    problems = [
        document.problem(("versions", name, "inferred"), "invalid-metadata", f"inferred names {field!r}, which is not a metadata field",
                         f"use some of: {', '.join(_METADATA_FIELDS)}")
        for name, meta in parsed.versions.items() for field in meta.inferred if field not in _METADATA_FIELDS
    ]
    if problems:
        raise InputError(problems)
    return parsed.versions


def load_versions(folder: Path, *, root: Path | None = None) -> tuple[list[Version], list[UnreadableVersion]]:
    """Read every article in `folder`; files that cannot be read are returned apart, never silently dropped."""
    folder = Path(folder)
    metadata = load_metadata(folder)
    readable: list[Version] = []
    unreadable: list[UnreadableVersion] = []
    paths, problems = article_paths(folder)
    unreadable += [UnreadableVersion(_display_name(path, root), path, reason) for path, reason in problems]
    for path in paths:
        name = _display_name(path, root)
        key = path.relative_to(folder).as_posix() if folder.is_dir() else path.name
        try:
            text = _article_text(path)
        except InputError as error:
            problem = error.problems[0]
            unreadable.append(UnreadableVersion(name, path, f"{problem.message} (line {problem.line}, column {problem.column}); {problem.hint}"))
            continue
        meta = metadata.get(key, VersionMetadata())
        try:
            readable.append(_version(path, name, text, meta))
        except InputError as error:
            problem = error.problems[0]
            unreadable.append(UnreadableVersion(name, path, f"{problem.message}; {problem.hint}"))
    return readable, unreadable


def _version(path: Path, name: str, raw: str, meta: VersionMetadata) -> Version:
    """The version as the checks read it: a page's story with its metadata under `versions.yaml`'s, or text with
    stray entities decoded; either way mapped back to the file."""
    published = dt.date.fromisoformat(meta.published) if meta.published else None
    modified = dt.date.fromisoformat(meta.modified) if meta.modified else None
    if is_html(path.name, raw):
        try:
            page = read_page(raw)
        except Exception as error:  # noqa: BLE001 - the extractor's failures are many and all mean "cannot read"
            raise InputError([Problem(path, 1, 1, "unreadable-page", f"the page could not be read ({type(error).__name__})",
                                      "save the page again, or export the article as text")]) from None
        if len(page.text.split()) < _FEWEST_WORDS:
            raise InputError([Problem(path, 1, 1, "no-article", "no article text was found in the page",
                                      "save the article's own page, or export it as text")])
        given = {"label": page.title, "outlet": page.outlet, "published": page.published, "modified": page.modified}
        from_page = tuple(field for field, value in given.items() if value and not getattr(meta, field))
        return Version(name, path, page.text, meta.label or page.title or _readable(path.stem), meta.outlet or page.outlet,
                       published or page.published, meta.inferred, modified or page.modified, page.url, from_page,
                       SourceMap(raw, page.offsets))
    decoded = decode_entities(raw)
    text, source_map = (decoded[0], SourceMap(raw, decoded[1])) if decoded else (raw, None)
    return Version(name, path, text, meta.label or _readable(path.stem), meta.outlet, published, meta.inferred, modified,
                   source_map=source_map)


def _article_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as error:
        raise InputError([Problem(path, 1, 1, "unreadable", error.strerror or str(error), "check the file's permissions")]) from None
    if size > MAX_ARTICLE_BYTES:
        raise InputError([Problem(path, 1, 1, "too-large", f"the file is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for one article", "split it into one file per version")])
    if b"\x00" in head:
        raise InputError([Problem(path, 1, 1, "binary", "the file is binary, not text", "export the article as plain UTF-8 text")])
    text = read_text(path)
    if not text.strip():
        raise InputError([Problem(path, 1, 1, "empty", "the file is empty", "add the article's text or remove the file")])
    return text


def _display_name(path: Path, root: Path | None) -> str:
    """The path as a reader would type it, relative to `root`; a byte that is not UTF-8 shows as an escape (\\xff)."""
    name = path.as_posix()
    if root is not None:
        try:
            name = (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()  # a link is named, not followed
        except ValueError:
            pass
    return _readable(name)


def _readable(name: str) -> str:
    """A file name as text: a byte that is not UTF-8 shows as an escape (\\xff), so every output can print it."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")
