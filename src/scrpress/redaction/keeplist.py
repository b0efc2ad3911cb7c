"""The keep-list: words a published review must keep readable (agencies, roles, pseudonyms, guidance titles).

Loaded from `policies/redaction/keep-list.yaml` (a board can extend it) plus a case's own
`keep:` terms and the agency names its submissions declare. A register name always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ScrpressError
from ..yamlfile import load_yaml_text, read_text_utf8
from .textutil import fold, trie_pattern

DEFAULT_KEEP_FILE = Path(__file__).resolve().parents[3] / "policies" / "redaction" / "keep-list.yaml"


@dataclass(frozen=True)
class KeepList:
    """Compiled keep terms and patterns; `spans(text)` gives the protected ranges."""

    terms: tuple[str, ...]
    patterns: tuple[str, ...]

    @property
    def words(self) -> frozenset[str]:
        """Single-word terms, folded to lower case (recognizers use them to refuse a 'name')."""
        return frozenset(fold(t).lower() for t in self.terms if " " not in t.strip())

    def extended(self, extra_terms: tuple[str, ...] | list[str]) -> KeepList:
        return KeepList(tuple(dict.fromkeys((*self.terms, *(t for t in extra_terms if t.strip())))), self.patterns)

    def spans(self, text: str) -> list[tuple[int, int]]:
        rx_terms, rx_patterns = _compiled(self.terms, self.patterns)
        out: list[tuple[int, int]] = []
        if rx_terms is not None:
            out.extend(m.span() for m in rx_terms.finditer(fold(text)))
        for rx in rx_patterns:
            out.extend(m.span() for m in rx.finditer(text))
        return out


@lru_cache(maxsize=16)
def _compiled(terms: tuple[str, ...], patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | None, list[re.Pattern[str]]]:
    keys = {" ".join(fold(t).lower().split()) for t in terms if t.strip()}
    rx_terms = re.compile(r"(?<![\w])" + trie_pattern(sorted(keys)) + r"(?![\w])", re.IGNORECASE) if keys else None
    return rx_terms, [re.compile(p) for p in patterns]


def load_keep_list(path: Path = DEFAULT_KEEP_FILE) -> KeepList:
    """Read a keep-list YAML file (terms + patterns); a bad regex is reported with its place."""
    doc = load_yaml_text(read_text_utf8(path, what="keep-list"), path)
    data = doc.data or {}
    if not isinstance(data, dict):
        raise ScrpressError("keep-list must have 'terms' and 'patterns' lists", file=path)
    terms = tuple(str(t) for t in data.get("terms") or [])
    patterns = tuple(str(p) for p in data.get("patterns") or [])
    for i, p in enumerate(patterns):
        try:
            re.compile(p)
        except re.error as exc:
            raise ScrpressError(f"pattern is not a valid regular expression ({exc.msg})", file=path,
                                where=doc.line("patterns", i)) from None  # fmt: skip
    return KeepList(terms, patterns)
