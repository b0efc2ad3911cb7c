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
_LABEL = (r"(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+(?:on|in\s+(?:the\s+)?[A-Z][\w ]{1,20}?))?|b\.|"
          # the same label in the languages families write in: Polish, Welsh, Portuguese, Spanish, French, Romanian,
          # Lithuanian, Ukrainian, Russian, Arabic
          r"data\s+urodzenia|urodzon[ya]|dyddiad\s+geni|ganwyd|data\s+de\s+nascimento|nascid[oa]\s+(?:em|a)|"
          r"fecha\s+de\s+nacimiento|nacid[oa]\s+(?:el|en)|date\s+de\s+naissance|n[ée]e?\s+le|data\s+na[sș]terii|"
          r"n[ăa]scut[ăa]?|gimimo\s+data|дата\s+народження|дата\s+рождения|народи(?:вся|лася)|تاريخ\s+الميلاد|"
          r"n[ée]e\s+on)")


@recognizer
class DateOfBirth(RecognizerSpec):
    """A date labelled as a birth date, before or after the label."""

    entity = E.DOB
    patterns = [
        ("label-date", rf"(?i:\b{_LABEL}(?:[ \t]+(?:given|verified|claimed|stated|recorded|confirmed|per\s+\w+|\(\w+\))"
                       rf"(?:[ \t]+as)?)?\s*[:\-–]?\s*(?:on\s+|is\s+|was\s+|as\s+|em\s+|el\s+)?\(?)(?P<date>{DATE})", 0.9, "date"),
        ("date-label", rf"(?P<date>{DATE})\s*\(\s*(?:d\.?o\.?b\.?|date of birth|born)\s*\)", 0.9, "date"),
        ("born-in", rf"\bborn\s+(?:in\s+)?(?P<date>{_MONTH}\s+\d{{4}}|\d{{4}})\b", 0.6, "date"),
    ]
    context = ["born", "dob", "birth", "date of birth"]
