"""Each version's findings kept on disk, so a run over an unchanged archive checks only what changed.

The key is everything the findings depend on: the harness's own code and word lists, the registry file's bytes, and
the version's name, dates and text. Change any of them and the version is checked again; nothing is ever stale.
A cache that cannot be read or written is no error: the run checks everything and says so once.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from functools import cache
from pathlib import Path

from harness.findings import Finding
from harness.registry.loader import Registry
from harness.text.versions import Version

_POLL = 0.05


class FindingsCache:
    def __init__(self, folder: Path, registry: Registry):
        self.folder = Path(folder)
        self.registry_key = hashlib.sha256(_code_fingerprint().encode() + _registry_bytes(registry)).hexdigest()
        self.hits = self.misses = 0
        self._broken = False
        self._made: set[Path] = set()

    def get(self, version: Version, *, until: float | None = None) -> list[Finding] | None:
        """The version's findings, or None. With a monotonic deadline `until`, wait for another process sharing the
        cache to put them (the workers of one run split the versions) until then."""
        path = self._path(version)  # hashed once, not on every poll
        found = self._read(path)
        while found is None and until is not None and time.monotonic() < until:
            time.sleep(_POLL)
            found = self._read(path)
        self.hits += found is not None
        self.misses += found is None
        return found

    @staticmethod
    def _read(path: Path) -> list[Finding] | None:
        try:
            return [Finding.from_dict(item) for item in json.loads(path.read_text(encoding="utf-8"))]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, version: Version, findings: list[Finding]) -> None:
        if self._broken:
            return
        path = self._path(version)
        written = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # this process's own, renamed whole into place
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            written.write_text(json.dumps([finding.to_dict() for finding in findings]), encoding="utf-8")
            os.replace(written, path)
        except OSError as error:
            self._broken = True
            print(f"wirefacts: warning: the findings cache {self.folder} cannot be written ({error.strerror}); checking without it",
                  file=sys.stderr)

    def _path(self, version: Version) -> Path:
        digest = hashlib.sha256()
        for part in (self.registry_key, version.name, str(version.published), str(version.modified), version.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        key = digest.hexdigest()
        return self.folder / key[:2] / f"{key}.json"


def _registry_bytes(registry: Registry) -> bytes:
    try:
        return registry.path.read_bytes()
    except OSError:
        return repr(registry).encode()


@cache
def _code_fingerprint() -> str:
    """A hash of the harness's source and word lists: findings made by other code are never reused."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".yaml", ".json", ".j2", ".html", ".css", ".js") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
