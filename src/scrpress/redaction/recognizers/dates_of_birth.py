"""Dates of birth: a date in birth context ("DOB", "born", "date of birth"), in any common format — not every date."""

from __future__ import annotations

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
        ("date-label", rf"(?P<date>{DATE})\s*\(\s*(?:d\.?o\.?b\.?|date of birth|born)\s*\)", 0.9, "date"),
        ("born-in", rf"\bborn\s+(?:in\s+)?(?P<date>{_MONTH}\s+\d{{4}}|\d{{4}})\b", 0.6, "date"),
    ]
    context = ["born", "dob", "birth", "date of birth"]
