"""Dates of birth that only the layout shows: a date in brackets after a name, a date in a table's DOB column,
the other dates in a DOB field ("DOB 11/01/2008 (LA age assessment: 12/01/2008; HO previously 01/01/2005)")."""

from __future__ import annotations

import re
import unicodedata

from . import findings as E
from .findings import Finding
from .names_data import is_name_word
from .recognizers.dates_of_birth import DATE

_AFTER_NAME = re.compile(rf"^\s*\(\s*(?:aged\s+\d+\s*,\s*)?({DATE})\s*[),;]", re.IGNORECASE)  # "(02/11/12, CHI ...)"
# A police nominal: "PRICE, Clifford 11/09/2005", "OSMAN ELBASHIR, Ahmed  03.02.2014": a name in capitals, then a
# full date with its year (an event date in a chronology stands before the name, or after a column gap).
_AFTER_NOMINAL = re.compile(r"^(?:,[ \t]?|[ \t]{1,2})(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{1,2}[ \-][A-Z][a-z]{2,8}[ \-]\d{4})(?![\w/\-]|\.\d)")
_NOMINAL = re.compile(r"[A-Z][A-Z'’\- ]+,[ \t]?[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)*")
_DOB_HEADER = re.compile(r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|born)\b", re.IGNORECASE)
_DATE_RX = re.compile(DATE, re.IGNORECASE)


def dates_after_names(text: str, people: list[Finding]) -> list[Finding]:
    """'Grace MENSAH (03/12/1988)': a full date in brackets straight after a name is that person's date of birth;
    so is a full date straight after a police nominal ("PRICE, Clifford 11/09/2005")."""
    out = []
    for f in people:
        m = _AFTER_NAME.match(text[f.end : f.end + 90])  # a table may put the date columns away
        why = "a date in brackets after a name"
        if not m and _NOMINAL.fullmatch(f.text) and is_name_word(f.text.split(",")[1].split()[0]):  # not "PWITS, Folkestone"
            m, why = _AFTER_NOMINAL.match(text[f.end : f.end + 24]), "a full date straight after a name in nominal form"
        row_start = text.rfind("\n", 0, f.start) + 1
        if not m and _NOMINAL.fullmatch(f.text) and _ROW_OPENING.fullmatch(text, row_start, f.start):
            m, why = _NOMINAL_ROW.match(text[f.end : f.end + 90]), "the date in a persons table's row, after the nominal"
        if not m and " " in f.text.strip() and _LIST_OPENING.fullmatch(text, row_start, f.start):
            m, why = _LISTED_ROW.match(text[f.end : f.end + 120]), "the date ending a numbered row that opens with a name"
        if m:
            s, e = f.end + m.start(1), f.end + m.end(1)
            out.append(Finding(s, e, E.DOB, 0.75, text[s:e], "DobAfterName", why))
    return out


# A nominal's row in a persons table: an aside in brackets, a column gap, then a full date ("DELUCA, Giuseppe (aka
# Joe)   03/07/1990   locus").
_ROW_OPENING = re.compile(r"[ \t]*(?:[A-Z][A-Za-z/]+(?:[ \t][A-Za-z/]+)?(?:[ \t]{2,}|\t))?")  # "Father    ", "VICTIM   "
_FULL_DATE = r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})"
_NOMINAL_ROW = re.compile(rf"^(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]{{2,}}{_FULL_DATE}(?![\w/\-]|\.\d)")


# A numbered list of people with a date closing each row: "  1  Ala'a Al-Hassan  (school: Alaa Al Hassan)   17/06/2010".
_LIST_OPENING = re.compile(r"[ \t]*\d{1,2}[.)]?[ \t]+")
_LISTED_ROW = re.compile(rf"^(?:[ \t]*\([^()\n]{{1,90}}\))?(?:[ \t]*-[ \t][^\n]{{1,30}}?)?[ \t]{{2,}}{_FULL_DATE}"
                         r"(?=[ \t]*(?:\n|$)|[ \t]{2,})")


def _display_column(line: str, index: int) -> int:
    """Where line[index] stands on screen: Chinese, Japanese and Korean characters take two columns, so a table
    typed with them lines up by what the eye sees, not by characters."""
    return index + sum(1 for c in line[:index] if unicodedata.east_asian_width(c) in "WF")


def dates_in_dob_columns(text: str) -> list[Finding]:
    """Dates under a 'DOB' / 'Date of birth' column header, in pipe tables or space-aligned tables."""
    out: list[Finding] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        header = lines[i]
        m = _DOB_HEADER.search(header)
        if not m or _DATE_RX.search(header):
            i += 1
            continue
        piped = header.count("|") >= 2
        col_index = header[: m.start()].count("|") if piped else None
        col_start = _display_column(header, m.start())
        slack = 6 if _OTHER_DATE_COLUMN.search(header[: m.start()] + " " + header[m.end() :]) else 16
        j = i + 1
        while j < len(lines) and lines[j].strip() and j - i <= 200:
            row = lines[j]
            dates = list(_DATE_RX.finditer(row))
            for dm in dates:  # a long name pushes its row's date right (after a column gap): allow for it
                wide = slack if len(dates) == 1 and re.search(r"\S[ \t]{2,}$", row[: dm.start()]) else 6
                same_col = (row[: dm.start()].count("|") == col_index) if piped else (
                    abs(_display_column(row, dm.start()) - col_start) <= wide)
                if same_col:
                    s, e = offsets[j] + dm.start(), offsets[j] + dm.end()
                    out.append(Finding(s, e, E.DOB, 0.8, text[s:e], "DobColumn", "a date in a table's date-of-birth column"))
            j += 1
        i = j
    return out


_OTHER_DATE_COLUMN = re.compile(r"(?i)\b(?:date|dated|when|time|seen|from|to|until|since|start|end|due)\b")
_DOB_LABEL = re.compile(r"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date)\b", re.IGNORECASE)
# The next field on the line ends the DOB field: "   Home address ....... ", "  Sex: M".
_NEXT_FIELD = re.compile(r"[ \t]{2,}[A-Z][A-Za-z /]{1,25}?(?:[ \t]*\.{3,}|:)(?!\d)")
_EVENT_BEFORE = re.compile(r"\b(?:seen|visit(?:ed)?|on|attended|admitted|since|from|until|incident|referr(?:al|ed)|"
                           r"arrived|entered|assessed|interview(?:ed)?)\b[^\d]{0,12}$", re.IGNORECASE)


def dates_in_dob_fields(text: str) -> list[Finding]:
    """Every date in a DOB field, not only the first: disputed and converted dates of birth are all dates of birth."""
    out: list[Finding] = []
    for m in _DOB_LABEL.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        field = _NEXT_FIELD.search(text, m.end(), line_end)
        end = field.start() if field else line_end
        for dm in _DATE_RX.finditer(text, m.end(), end):
            if not _EVENT_BEFORE.search(text[max(m.end(), dm.start() - 30) : dm.start()]):
                out.append(Finding(dm.start(), dm.end(), E.DOB, 0.75, dm.group(), "DobField",
                                   "a date in a date-of-birth field"))  # fmt: skip
    return out
