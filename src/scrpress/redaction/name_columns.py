"""Names in a column of names: an attendance list or a persons table whose first column holds names found with
confidence ("Nadia Pereira   Allocated social worker" above "Femi Adewale   MACE lead"). A name no gazetteer
knows is still a name when it stands in that column, in the same table (found names within a few lines).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import findings as E
from .findings import Finding
from .names_data import is_ordinary_word
from .recognizers.names import ORG_WORDS
from .textutil import fold

# A cell: text at a line's start or after a gap of two spaces or a tab, up to the next gap.
_CELL = re.compile(r"(?:^|(?<=[ \t]{2})|(?<=\t))(?=\S)([^\t\n]*?)(?=[ \t]{2,}|\t|$)", re.M)
_NAME_CELL = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|DC|PC|DS|Cllr|Rev)\.?[ \t]+)?(?P<name>[A-Z][a-z'’\-]+(?:[ \t]"
                        r"(?:[A-Z][a-z'’\-]+|[A-Z]{2,}))(?:[ \t][A-Z][a-z'’\-]+)?)(?:[ \t]+\"[^\"\n]+\")?|\"(?P<alias>[A-Z]"
                        r"[a-z'’\-]+)\"")
_NEAR = 3  # lines: found names this close above or below, in the same column


def names_in_name_columns(text: str, people: list[Finding]) -> list[Finding]:
    """Name-shaped cells standing in a column where rows close by hold names found with confidence."""
    cells: list[tuple[int, int, int, int]] = []  # (line number, column, start, end)
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    for m in _CELL.finditer(text):
        line = bisect_right(line_starts, m.start()) - 1
        if not text[line_starts[line] : m.start()].strip():  # the row's first cell, where a persons table puts names
            cells.append((line, m.start() - line_starts[line], m.start(), m.end()))
    named = {(line, column) for line, column, start, end in cells
             if any(f.start <= start + 4 and start <= f.start and f.end <= end + 1 for f in people)}
    out: list[Finding] = []
    for line, column, start, end in cells:
        if (line, column) in named or sum((other, column) in named for other in range(line - _NEAR, line + _NEAR + 1)) < 2:
            continue  # two found names close by make a column of names
        cell = _NAME_CELL.fullmatch(text, start, end)
        if not cell or any(f.start < end and start < f.end for f in people):
            continue
        group = "name" if cell.group("name") else "alias"
        words = cell.group(group).split()
        if any(fold(w).lower() in ORG_WORDS for w in words) or all(is_ordinary_word(w) for w in words):
            continue  # "Team Manager", "Riverside Practice": a role or a place, not a person
        s, e = cell.span(group)
        out.append(Finding(s, e, E.PERSON, 0.8, text[s:e], "NameColumn", "a name in a column of names"))
    return out
