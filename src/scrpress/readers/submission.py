"""Turn a parsed agency submission into the model: header fields, chronology rows, analysis paragraphs.

The convention (README, "Agency submissions"): header fields Agency / Author role / Date as a
two-column table or `Label: value` lines (Word) or YAML front matter (Markdown); a chronology
table whose header row names Date | Event | Source/Record; analysis under headings.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..dates import DateProblem, parse_event_date
from ..errors import ProblemList, ScrpressError
from ..model import ChronologyEvent, Para, PartialDate, Provenance, Submission
from .blocks import ParsedDocument, TableBlock, TextBlock

# Header labels as agencies write them, mapped to our field names.
FIELD_LABELS = {
    "agency": "agency",
    "agency name": "agency",
    "organisation": "agency",
    "organization": "agency",
    "author role": "author_role",
    "author's role": "author_role",
    "role of author": "author_role",
    "author": "author_role",
    "job title": "author_role",
    "role": "author_role",
    "date": "date",
    "date of submission": "date",
    "submission date": "date",
    "date submitted": "date",
}
# A protective-marking banner is the author's handling instruction, not content for the report.
MARKING_LINE = re.compile(r"^(?:OFFICIAL[-\s]SENSITIVE|OFFICIAL|RESTRICTED|CONFIDENTIAL|PROTECT|SECRET)\b(?:[\s:—–\-].*)?$")
DATE_HEADERS = ("date", "date/time", "date and time", "date & time", "when", "dates")
EVENT_HEADERS = ("event", "events", "description", "details", "contact", "event/contact", "summary",
                 "what happened", "key event", "key events", "event details", "information", "action",
                 "description of event", "event / contact", "contact / event", "narrative")  # fmt: skip
SOURCE_HEADERS = ("source", "record", "source/record", "source / record", "reference", "source of information",
                  "recorded in", "document", "records", "ref", "source record", "record reference")  # fmt: skip


def _norm(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().strip(":").replace("\u2019", "'")).lower()


def _column_map(header: list[tuple[str, str]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, (text, _) in enumerate(header):
        h = _norm(text)
        h_loose = re.sub(r"\s*/\s*", "/", h)
        if "date" not in cols and (h in DATE_HEADERS or h.startswith("date")):
            cols["date"] = i
        elif "event" not in cols and (h in EVENT_HEADERS or h_loose in EVENT_HEADERS or h.startswith("event")):
            cols["event"] = i
        elif "source" not in cols and (h in SOURCE_HEADERS or h_loose in SOURCE_HEADERS or h.startswith("source")):
            cols["source"] = i
    return cols


def _is_chronology(table: TableBlock) -> bool:
    return bool(table.rows) and "date" in _column_map(table.rows[0]) and len(table.rows[0]) >= 2


def _key_value_table(table: TableBlock) -> dict[str, tuple[str, str]] | None:
    """A two-column Label | Value table of header fields, or None."""
    found: dict[str, tuple[str, str]] = {}
    for row in table.rows:
        if len(row) < 2:
            continue
        key = FIELD_LABELS.get(_norm(row[0][0]))
        if key and key not in found:
            found[key] = (row[1][0].strip(), row[1][1])
    return found if "agency" in found else None


def convert_submission(parsed: ParsedDocument, path: Path, rel: str, *, today: date | None = None) -> Submission:
    """Build a Submission; every problem in the file is reported together."""
    problems: list[ScrpressError] = []
    fields: dict[str, tuple[str, str]] = {}
    for key, value in parsed.front_matter.items():
        mapped = FIELD_LABELS.get(_norm(str(key).replace("_", " ")))
        if mapped and value is not None:
            fields.setdefault(mapped, (str(value).strip(), parsed.front_matter_lines.get(str(key), "front matter")))

    events: list[ChronologyEvent] = []
    analysis: list[Para] = []
    chronology_tables = 0
    dropped_markings = 0
    pending_heading: TextBlock | None = None
    for block in parsed.blocks:
        if isinstance(block, TableBlock):
            kv = _key_value_table(block) if not fields.get("agency") else None
            if kv:
                for k, v in kv.items():
                    fields.setdefault(k, v)
                continue
            if _is_chronology(block):
                chronology_tables += 1
                pending_heading = None
                events.extend(_chronology_rows(block, rel, path, problems, today))
                continue
            if pending_heading is not None:
                analysis.append(_para(pending_heading, rel))
                pending_heading = None
            for row in block.rows:
                text = " | ".join(t for t, _ in row if t)
                if text:
                    analysis.append(Para(text, Provenance(rel, row[0][1].rsplit(", column", 1)[0]), "body"))
            continue
        text = block.text.strip()
        if not text:
            continue
        if MARKING_LINE.match(text):
            dropped_markings += 1
            continue
        if not fields.get("agency") and block.style in ("body", "title"):
            m = re.match(r"^([A-Za-z' ]{2,30}):\s*(.+)$", text)
            if m and _norm(m.group(1)) in FIELD_LABELS:
                fields.setdefault(FIELD_LABELS[_norm(m.group(1))], (m.group(2).strip(), block.where))
                continue
        elif not events and block.style == "body":
            m = re.match(r"^([A-Za-z' ]{2,30}):\s*(.+)$", text)
            if m and FIELD_LABELS.get(_norm(m.group(1))) in ("author_role", "date") and \
                    FIELD_LABELS[_norm(m.group(1))] not in fields:  # fmt: skip
                fields[FIELD_LABELS[_norm(m.group(1))]] = (m.group(2).strip(), block.where)
                continue
        if block.style == "title":
            continue  # "Agency submission" title lines carry no content of their own
        if pending_heading is not None:
            analysis.append(_para(pending_heading, rel))
            pending_heading = None
        if block.style == "heading" and re.fullmatch(r"(integrated |multi-agency |agency )?chronology.*", text, re.I):
            pending_heading = block  # dropped if a chronology table follows it
            continue
        analysis.append(_para(block, rel))
    if pending_heading is not None:
        analysis.append(_para(pending_heading, rel))

    agency = fields.get("agency", ("", ""))[0]
    if not agency:
        problems.insert(
            0,
            ScrpressError(
                "no 'Agency' header field (add a row 'Agency | <name>' to the first table, or 'agency:' front matter)",
                file=path,
            ),
        )
    notices = list(parsed.notices)
    if dropped_markings:
        notices.append(f"{dropped_markings} protective-marking line(s) (e.g. OFFICIAL-SENSITIVE) left out of the report")
    if not chronology_tables:
        notices.append("has no chronology table (a table whose header row starts Date | Event | Source)")
    if problems:
        raise ProblemList(problems)
    return Submission(
        file=rel,
        agency=agency,
        author_role=fields.get("author_role", ("", ""))[0],
        date_text=fields.get("date", ("", ""))[0],
        chronology=[_with_agency(ev, agency) for ev in events],
        analysis=analysis,
        notices=notices,
    )


def _para(block: TextBlock, rel: str) -> Para:
    style = "heading" if block.style in ("heading", "title") else block.style
    return Para(block.text.strip(), Provenance(rel, block.where), style, block.level or (1 if style == "heading" else 0))


def _with_agency(ev: ChronologyEvent, agency: str) -> ChronologyEvent:
    ev.agency = agency
    return ev


def _chronology_rows(
    table: TableBlock, rel: str, path: Path, problems: list[ScrpressError], today: date | None
) -> list[ChronologyEvent]:
    header = table.rows[0]
    cols = _column_map(header)
    if "event" not in cols:
        others = [i for i in range(len(header)) if i not in cols.values()]
        if others:
            cols["event"] = others[0]
        else:
            problems.append(
                ScrpressError("chronology table has no Event column", file=path, where=f"table {table.number}, row 1")
            )
            return []
    events: list[ChronologyEvent] = []
    previous: tuple[PartialDate, str] | None = None
    for r, row in enumerate(table.rows[1:], start=2):
        cells = row + [("", f"table {table.number}, row {r}, column {len(row) + 1}")] * (len(header) - len(row))
        date_text, date_where = cells[cols["date"]]
        event_text, event_where = cells[cols["event"]]
        place = _place(table, r, date_where)
        source_text, source_where = cells[cols["source"]] if "source" in cols else ("", f"{place}, source")
        if not (date_text.strip() or event_text.strip() or source_text.strip()):
            continue
        if _column_map(row) == cols and len(row) == len(header):
            continue  # the header row repeated (tables pasted together)
        if not date_text.strip():
            if previous is None:
                problems.append(ScrpressError("chronology row has no date", file=path, where=place))
                continue
            when, date_text = previous  # a continuation row of the same day
        else:
            try:
                when = parse_event_date(date_text)
            except DateProblem as exc:
                problems.append(ScrpressError(f"date {exc}", file=path, where=place))
                continue
            if today is not None and when.as_date() > today:
                problems.append(ScrpressError("date is in the future", file=path, where=place))
                continue
        previous = (when, date_text)
        events.append(
            ChronologyEvent(
                date=when,
                date_text=Para(date_text.strip(), Provenance(rel, date_where), "cell"),
                agency="",
                event=Para(event_text.strip(), Provenance(rel, event_where), "cell"),
                source=Para(source_text.strip(), Provenance(rel, source_where), "cell"),
                seq=len(events),
            )
        )
    return events


def _place(table: TableBlock, r: int, date_where: str) -> str:
    """'line 14' for Markdown rows, 'table 2, row 5' for Word rows."""
    if date_where.startswith("line"):
        return date_where.split(",")[0]
    return f"table {table.number}, row {r}"
