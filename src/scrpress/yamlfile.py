"""Strict YAML loading that keeps line numbers, so every problem can name its line.

Duplicate keys are an error (PyYAML silently keeps the last one), and so is a file that is not
UTF-8. Messages quote only YAML keys and line numbers, never values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ScrpressError


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


def _construct_timestamp(loader: _StrictLoader, node: yaml.ScalarNode) -> object:
    """A date YAML can read; an impossible one (2025-02-30) stays text so validation can name its line."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


class Located:
    """A loaded YAML document with the line of every value, addressed by its key path."""

    def __init__(self, data: Any, lines: dict[tuple[Any, ...], int]) -> None:
        self.data = data
        self.lines = lines

    def line(self, *path: Any) -> str:
        """'line N' for the deepest known part of `path`."""
        for n in range(len(path), -1, -1):
            if path[:n] in self.lines:
                return f"line {self.lines[path[:n]]}"
        return "line 1"


def _index(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.start_mark.line)
            out[path + (key,)] = k.start_mark.line + 1
            _index(v, path + (key,), out)
            out[path + (key,)] = k.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, path + (i,), out)


def load_yaml_text(text: str, file: Path) -> Located:
    """Parse one YAML document; a syntax problem becomes a ScrpressError naming the line."""
    try:
        loader = _StrictLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = (exc.problem or "is not valid YAML").replace("\t", "\\t")
        if "\\t" in problem or "'\\t'" in problem:
            problem += " (YAML does not allow tabs for indentation: use spaces)"
        raise ScrpressError(f"YAML error: {problem}", file=file, where=where) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        raise ScrpressError(f"YAML error: {type(exc).__name__}", file=file) from None
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _index(node, (), lines)
    return Located(data, lines)


def read_text_utf8(path: Path, *, what: str = "file") -> str:
    """The file's text; a missing, unreadable or non-UTF-8 file is a ScrpressError naming it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ScrpressError(f"{what} not found", file=path) from None
    except IsADirectoryError:
        raise ScrpressError(f"{what} is a folder, not a file", file=path) from None
    except OSError as exc:
        raise ScrpressError(f"cannot read {what} ({exc.strerror})", file=path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScrpressError(
            "is not UTF-8 text (save it as UTF-8)", file=path, where=f"line {line}, byte {exc.start + 1}"
        ) from None
    return text
