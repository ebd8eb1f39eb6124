"""Strict, safe YAML reading that remembers where every value came from.

PyYAML's safe loader silently keeps the last of two duplicate keys and turns
`2022-13-45` into a traceback; here both are problems with a line and column,
and the composed node tree is kept so any later error can cite its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from harness.registry.problems import InputError, Problem

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _StrictLoader(yaml.SafeLoader):
    """Safe loader that leaves dates as strings, so the schema can validate them with a clear message."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class YamlDocument:
    path: Path
    data: Any
    root: yaml.Node

    def locate(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the value at `loc` (or of its key), or of the deepest node that exists."""
        node = self.root
        for step in loc:
            child = _child(node, step, key=key and step == loc[-1])
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def problem(self, loc: tuple[str | int, ...], code: str, message: str, hint: str, *, key: bool = False) -> Problem:
        line, column = self.locate(loc, key=key)
        return Problem(self.path, line, column, code, message, hint)


def _child(node: yaml.Node, step: str | int, *, key: bool) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(step):
                return key_node if key else value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step]
    return None


def read_text(path: Path) -> str:
    """The file's text decoded as UTF-8, or an `InputError` saying where decoding failed."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError([Problem(path, 1, 1, "unreadable", error.strerror or str(error), "check the path and its permissions")]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise InputError([Problem(path, line, column, "encoding", f"byte 0x{raw[error.start]:02x} is not valid UTF-8", "save the file as UTF-8")]) from None


def read_yaml(path: Path) -> YamlDocument:
    """Parse one YAML document safely; every syntax error and duplicate key becomes a located `Problem`."""
    text = read_text(path)
    try:
        loader = _StrictLoader(text)
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise InputError([Problem(path, line, column, "yaml-syntax", f"character #x{error.character:04x} is not allowed in YAML",
                                  "remove the control character")]) from None
    try:
        root = loader.get_single_node()
        if root is None:
            raise InputError([Problem(path, 1, 1, "empty", "the file holds no YAML document", "add the registry's keys, starting with schema_version")])
        duplicates = list(_duplicate_keys(path, root))
        if duplicates:
            raise InputError(duplicates)
        data = loader.construct_document(root)
    except RecursionError:
        raise InputError([Problem(path, 1, 1, "too-deep", "the document nests lists or mappings too deeply to read",
                                  "a registry needs only a few levels: flatten the structure")]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(part for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        hint = ("tags such as !!python/object are not allowed: write plain values" if "constructor for the tag" in message
                else "check the indentation, quoting and colons near this point")
        raise InputError([Problem(path, line, column, "yaml-syntax", message, hint)]) from None
    except yaml.YAMLError as error:
        raise InputError([Problem(path, 1, 1, "yaml-syntax", str(error), "check that the file is plain YAML text")]) from None
    finally:
        loader.dispose()
    return YamlDocument(path, data, root)


def _duplicate_keys(path: Path, root: yaml.Node):
    """Duplicate keys, and aliases: a node reached twice was written as an alias (*name), which a registry never needs
    and which can expand a few hundred bytes into gigabytes."""
    seen_nodes: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            mark = node.start_mark
            yield Problem(path, mark.line + 1, mark.column + 1, "alias", "YAML aliases and anchors (&name, *name) are not allowed",
                          "write each value out in full")
            return
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first_seen: dict[str, yaml.Node] = {}
            for key_node, value_node in node.value:
                stack.append(value_node)
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                earlier = first_seen.setdefault(key_node.value, key_node)
                if earlier is not key_node:
                    mark = key_node.start_mark
                    yield Problem(
                        path, mark.line + 1, mark.column + 1, "duplicate-key",
                        f"key {key_node.value!r} appears twice in one mapping (first on line {earlier.start_mark.line + 1})",
                        "remove or rename one of them; YAML would silently keep only the last",
                    )
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
