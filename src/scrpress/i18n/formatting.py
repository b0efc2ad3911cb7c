"""Dates and lists as a reader of each edition's language expects them, by Babel's CLDR data.

English editions show chronology dates as the agency wrote them (their precision is part of
the record); other editions format the parsed date in the locale, so "March 2018" becomes
"marzec 2018" and "3 March 2018" becomes "3 marca 2018".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from babel.dates import format_date as _babel_format_date
from babel.dates import format_skeleton
from babel.lists import format_list as _babel_format_list

from scrpress.model import PartialDate

__all__ = ["babel_locale", "format_date", "format_list", "format_partial_date", "is_english"]

# Edition languages name a language; Babel needs a locale whose conventions a UK reader expects.
_REGIONAL_DEFAULTS = {"en": "en_GB", "cy": "cy_GB", "gd": "gd_GB", "ga": "ga_IE"}


def babel_locale(lang: str) -> str:
    """The Babel locale for an edition language: "en" and "en-GB" → "en_GB", "pl-PL" → "pl_PL"."""
    code = (lang or "en").strip().replace("-", "_")
    return _REGIONAL_DEFAULTS.get(code.lower(), code)


def is_english(lang: str) -> bool:
    """True for "en", "en-GB", "en_US" and the like: editions whose dates stay as written."""
    return babel_locale(lang).lower().split("_")[0] == "en"


def format_date(d: date, lang: str) -> str:
    """A full date in the edition's language: "21 November 2026", "21 listopada 2026", "21 Tachwedd 2026"."""
    return _babel_format_date(d, format="long", locale=babel_locale(lang))


def format_partial_date(pd: PartialDate, written: str, lang: str) -> str:
    """A chronology date as precise as its author wrote it, in the edition's language.

    English editions keep the text as written; other editions format by precision (day →
    long date, month → standalone month and year, year → the year), adding the time when one
    was given. Approximate dates ("early 2018", "summer 2019") keep their (translated) text,
    because a formatted date would claim a precision the record does not have.
    """
    written = (written or "").strip()
    if written and (is_english(lang) or pd.approx):
        return written
    locale = babel_locale(lang)
    if pd.precision == "day":
        text = _babel_format_date(pd.as_date(), format="long", locale=locale)
        if pd.minute_of_day >= 0:
            hours, minutes = divmod(pd.minute_of_day, 60)
            text = f"{text} {hours:02d}:{minutes:02d}"
        return text
    if pd.precision == "month":
        return format_skeleton("yMMMM", pd.as_date(), locale=locale)
    return str(pd.year)


def format_list(items: Iterable[str], lang: str) -> str:
    """Join names or agencies as the language does: "A, B and C", "A, B i C", "A, B ac C"."""
    items = [str(i) for i in items]
    if not items:
        return ""
    locale = babel_locale(lang)
    text = _babel_format_list(items, locale=locale)
    if locale.lower().startswith("cy"):
        # CLDR writes Welsh "and" as "a(c)": it is "ac" before a vowel and "a" otherwise.
        text = re.sub(
            r"\ba\(c\) (\S)",
            lambda m: ("ac " if m.group(1).lower() in "aeiouwyâêîôûŵŷ" else "a ") + m.group(1),
            text,
        )
    return text
