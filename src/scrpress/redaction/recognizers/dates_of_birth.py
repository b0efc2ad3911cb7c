"""Dates of birth: a date in birth context ("DOB", "born", "date of birth"), in any common format — not every date."""

from __future__ import annotations

import re

from .. import findings as E
from .base import RecognizerSpec, recognizer

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[\-/ ]{_MONTH}[\-/ ]\d{{2,4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"{_MONTH}\s+\d{{4}})"
)
_LABEL = r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|b\.|data\s+urodzenia|dyddiad\s+geni|n[ée]e\s+on)"


@recognizer
class DateOfBirth(RecognizerSpec):
    """A date labelled as a birth date, before or after the label."""

    entity = E.DOB
    patterns = [
        ("label-date", rf"\b{_LABEL}(?:[ \t]+(?:given|verified|claimed|stated|recorded|confirmed|per\s+\w+|\(\w+\)))?"
                       rf"\s*[:\-–]?\s*(?:on\s+|is\s+|was\s+)?\(?(?P<date>{DATE})", 0.9, "date"),  # "DOB given: ..."
        ("column-date", rf"(?<![\w/.\-])(?P<date>{DATE})(?![\w/])", 0.3, "date"),  # checked against a DOB column
        ("date-label", rf"(?P<date>{DATE})\s*\(\s*(?:d\.?o\.?b\.?|date of birth|born)\s*\)", 0.9, "date"),
        ("born-in", rf"\bborn\s+(?:in\s+)?(?P<date>{_MONTH}\s+\d{{4}}|\d{{4}})\b", 0.6, "date"),
    ]
    context = ["born", "dob", "birth", "date of birth"]

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        if score >= 0.5:
            return score
        return 0.85 if _under_dob_header(text, start) else 0


_DOB_HEADER = re.compile(r"(?i)\b(?:d\.?o\.?b\.?|date of birth|birth date)\b")


def _under_dob_header(text: str, start: int) -> bool:
    """The date stands in a table's DOB column: a line above (with no blank line between) has "DOB" starting
    within a few characters of the date's column."""
    line_start = text.rfind("\n", 0, start) + 1
    column = start - line_start
    pos = line_start
    for _ in range(12):
        if pos == 0:
            return False
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if not line.strip():
            return False
        for m in _DOB_HEADER.finditer(line):
            if abs(m.start() - column) <= 4 and not re.search(r"\d", line[m.end() : m.end() + 14]):
                return True  # a header, not a labelled value ("DOB: 01/02/2010" is found by its label)
        pos = prev_start
    return False
