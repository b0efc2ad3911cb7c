"""Chronology dates as people write them: "03/04/2018", "3rd March 2018 14:05", "March 2018", "Summer 2019", "2018".

UK authors write day first. A partial date keeps its precision so the merged chronology can
sort it sensibly and still show it as written; an impossible date (31/02/2019) is an error.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .model import PartialDate

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Seasons and vague parts of a year map to the month their period starts in.
PERIODS = {
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
    "early": 1,
    "mid": 6,
    "middle of": 6,
    "late": 9,
    "end of": 12,
    "beginning of": 1,
    "start of": 1,
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_PERIOD_RE = "|".join(sorted(PERIODS, key=len, reverse=True))
_TIME = r"(?:[,\s]+(?:at\s+)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:\s*(?P<ampm>am|pm))?(?:\s*hrs?)?)?"
_APPROX = r"(?P<approx>(?:c\.|circa|approx\.?|approximately|about|around|~)\s*)?"

_NUMERIC = re.compile(
    rf"^{_APPROX}(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})[/.\-](?P<y>\d{{4}}|\d{{2}}){_TIME}$", re.I
)
_ISO = re.compile(rf"^{_APPROX}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:[T\s](?P<hh>\d{{2}}):(?P<mm>\d{{2}}).*)?$", re.I)
_DAY_MONTH_YEAR = re.compile(
    rf"^{_APPROX}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}}){_TIME}$",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^{_APPROX}(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}$", re.I
)
_MONTH_YEAR = re.compile(rf"^{_APPROX}(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})$", re.I)
_NUM_MONTH_YEAR = re.compile(rf"^{_APPROX}(?P<m>\d{{1,2}})[/.\-](?P<y>\d{{4}})$", re.I)
_PERIOD_YEAR = re.compile(rf"^{_APPROX}(?P<period>{_PERIOD_RE})[\s\-]+(?:of\s+)?(?P<y>\d{{4}})$", re.I)
_YEAR = re.compile(rf"^{_APPROX}(?P<y>\d{{4}})$", re.I)
_RANGE_SPLIT = re.compile(r"\s+(?:-|–|—|to|until)\s+|(?<=\d)\s*[-–—]\s*(?=\d)", re.I)


class DateProblem(ValueError):
    """The text is not a date, or names a day that does not exist."""


class ImpossibleDate(DateProblem):
    """The text has a date's shape but names a day that does not exist (31/02/2019)."""


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _minutes(m: re.Match[str]) -> int:
    hh = m.groupdict().get("hh")
    if not hh:
        return -1
    h, mins = int(hh), int(m.group("mm"))
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mins > 59:
        raise DateProblem("time of day is not a real time")
    return h * 60 + mins


def _checked(y: int, m: int, d: int) -> None:
    try:
        date(y, m, d)
    except ValueError:
        raise ImpossibleDate("is not a real date (day and month as DD/MM/YYYY)") from None


def parse_event_date(text: str) -> PartialDate:
    """Parse a chronology date cell; raise DateProblem when it is empty, unreadable or impossible.

    Ranges ("3-5 March 2018", "March to May 2019") sort by their start.
    """
    raw = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".")
    if not raw:
        raise DateProblem("date is empty")
    try:
        return _parse_single(raw)
    except ImpossibleDate:
        raise
    except DateProblem as first:
        parts = _RANGE_SPLIT.split(raw, maxsplit=1)
        if len(parts) == 2:
            start, end = parts
            # "3-5 March 2018": borrow the month and year from the end of the range.
            if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", start.strip()):
                tail = re.sub(r"^\d{1,2}(?:st|nd|rd|th)?", "", end.strip())
                start = start.strip() + tail
            elif re.fullmatch(rf"(?:{_MONTH_RE})\.?", start.strip(), re.I):
                y = re.search(r"\d{4}", end)
                if y:
                    start = f"{start.strip()} {y.group()}"
            try:
                return _parse_single(start.strip())
            except DateProblem:
                pass
        raise first


def _parse_single(raw: str) -> PartialDate:
    for rx in (_NUMERIC, _ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = rx.match(raw)
        if m:
            y = _year(m.group("y"))
            mon = MONTHS[m.group("mon").lower().rstrip(".")] if "mon" in rx.groupindex else int(m.group("m"))
            d = int(m.group("d"))
            _checked(y, mon, d)
            return PartialDate(y, mon, d, _minutes(m), approx=bool(m.group("approx")))
    m = _MONTH_YEAR.match(raw)
    if m:
        return PartialDate(int(m.group("y")), MONTHS[m.group("mon").lower()], approx=bool(m.group("approx")))
    m = _NUM_MONTH_YEAR.match(raw)
    if m:
        mon = int(m.group("m"))
        if not 1 <= mon <= 12:
            raise DateProblem("is not a real date (month must be 1-12)")
        return PartialDate(int(m.group("y")), mon, approx=bool(m.group("approx")))
    m = _PERIOD_YEAR.match(raw)
    if m:
        return PartialDate(int(m.group("y")), PERIODS[m.group("period").lower()], approx=True)
    m = _YEAR.match(raw)
    if m:
        return PartialDate(int(m.group("y")), approx=bool(m.group("approx")))
    raise DateProblem("is not a date scrpress can read (write DD/MM/YYYY, '3 March 2018', 'March 2018' or '2018')")


def parse_plain_date(value: object) -> date:
    """A full date from YAML, CSV or a spreadsheet cell: a date object, ISO or DD/MM/YYYY text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise DateProblem("is not a date")
    pd = parse_event_date(value)
    if pd.precision != "day":
        raise DateProblem("needs a full date (DD/MM/YYYY)")
    return pd.as_date()
