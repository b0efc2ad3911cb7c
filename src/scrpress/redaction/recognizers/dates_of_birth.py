"""Dates of birth: a date in birth context ("DOB", "born", "date of birth"), in any common format — not every date."""

from __future__ import annotations

from .. import findings as E
from .base import RecognizerSpec, recognizer

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
          r"Nov(?:ember)?|Dec(?:ember)?|"
          # Welsh, Polish (as dates decline them), Portuguese, Spanish and French month names
          r"Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr|"
          r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia|"
          r"janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
          r"enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
          r"janvier|f[ée]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)")
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
                       rf"(?:[ \t]+as)?)?\s*[:\-–.]*\s*(?:(?:is|was)\s+)?(?:(?:accepted|given|recorded|confirmed|assessed|"
                       rf"stated)\s+)?(?:on\s+|as\s+|em\s+|el\s+|de\s+)?\(?)"
                       rf"(?P<date>{DATE}|\d{{1,2}}\s+[A-Z][a-z]{{1,10}}\s+\d{{4}})", 0.9, "date"),  # "Claimed DOB: 3 Tir 2000"
        ("date-label", rf"(?P<date>{DATE})\s*\(\s*(?:d\.?o\.?b\.?|date of birth|born)\s*\)", 0.9, "date"),
        ("born-on", rf"\bborn\b[^.\n]{{0,30}}?\bon\s+(?P<date>{DATE})", 0.85, "date"),  # "born at 38+4 weeks on 14 Feb 2009"
        ("born-in", rf"\bborn\s+(?:in\s+)?(?P<date>{_MONTH}\s+\d{{4}}|\d{{4}})\b", 0.6, "date"),
    ]
    context = ["born", "dob", "birth", "date of birth"]
