"""Read the action plan (CSV or XLSX): one row per action, grouped later by recommendation.

Columns are found by their header text, in any order; every problem in the file (a missing
column, an impossible due date, an unknown status) is reported together with its row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from ..dates import DateProblem, parse_event_date
from ..errors import ProblemList, ScrpressError
from ..model import Action, Para, Provenance

COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("recommendation no.", "recommendation no", "recommendation number", "rec no.", "rec no", "no.", "no",
               "number", "ref", "rec. no.", "recommendation ref"),
    "recommendation": ("recommendation", "recommendations"),
    "action": ("action", "actions", "action required", "actions to be taken"),
    "lead_agency": ("lead agency", "agency", "lead organisation", "lead partner"),
    "owner": ("owner (role)", "owner", "lead officer", "responsible officer", "owner role", "lead (role)"),
    "due": ("due date", "due", "target date", "timescale", "deadline", "completion date", "by when"),
    "success_measure": ("success measure", "success measures", "measure of success", "outcome", "evidence of impact",
                        "how will we know", "evidence"),
    "status": ("status", "rag", "rag status", "status (rag)"),
}  # fmt: skip
REQUIRED = ("number", "recommendation", "action", "lead_agency", "owner", "due", "success_measure", "status")
HEADER_NAMES = {
    "number": "Recommendation no.", "recommendation": "Recommendation", "action": "Action",
    "lead_agency": "Lead agency", "owner": "Owner (role)", "due": "Due date",
    "success_measure": "Success measure", "status": "Status",
}  # fmt: skip
STATUSES = {"red": "Red", "r": "Red", "amber": "Amber", "a": "Amber", "green": "Green", "g": "Green",
            "complete": "Complete", "completed": "Complete", "blue": "Complete", "b": "Complete",
            "not started": "Red", "in progress": "Amber", "on track": "Green"}  # fmt: skip
FILL_DOWN = ("number", "recommendation")


def _norm(h: object) -> str:
    return re.sub(r"\s+", " ", str(h or "").strip().lower())


def _rows_csv(path: Path) -> Iterator[tuple[str, list[object]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScrpressError(
            "is not UTF-8 (in Excel choose 'CSV UTF-8' when saving)", file=path, where=f"line {line}"
        ) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            yield f"row {reader.line_num}", list(row)
    except csv.Error as exc:
        raise ScrpressError(f"CSV error: {exc}", file=path, where=f"row {reader.line_num}") from None


def _rows_xlsx(path: Path) -> Iterator[tuple[str, list[object]]]:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=False, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ScrpressError("is not a readable .xlsx workbook (corrupt, encrypted or another format)", file=path) from None
    ws = wb["Action plan"] if "Action plan" in wb.sheetnames else wb.worksheets[0]
    header_row = next((r for r in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 10)) if any(c.value for c in r)), None)
    header = [_norm(c.value) for c in header_row] if header_row else []
    merged_fill: dict[tuple[int, int], object] = {}
    for rng in ws.merged_cells.ranges:
        col_names = {header[c - 1] if c - 1 < len(header) else "" for c in range(rng.min_col, rng.max_col + 1)}
        fillable = {n for key in FILL_DOWN for n in COLUMNS[key]}
        if rng.max_col > rng.min_col or not col_names <= fillable:
            raise ScrpressError(
                f"cells {rng.coord} are merged: unmerge them (only Recommendation columns may be merged down)",
                file=path, where=f"sheet '{ws.title}'",
            )  # fmt: skip
        value = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            merged_fill[(r, rng.min_col)] = value
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        yield f"row {r}", [merged_fill.get((r, c), v) for c, v in enumerate(row, start=1)]


def read_action_plan(path: Path, rel: str) -> list[Action]:
    """Actions in file order; raises ProblemList naming every bad row and cell."""
    rows = list(_rows_xlsx(path) if path.suffix.lower() == ".xlsx" else _rows_csv(path))
    rows = [(where, r) for where, r in rows if any(str(v or "").strip() for v in r)]
    if not rows:
        raise ScrpressError("action plan is empty (expected a header row and one row per action)", file=path)
    header_where, header = rows[0]
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        for key, names in COLUMNS.items():
            if _norm(h) in names and key not in cols:
                cols[key] = i
                break
    missing = [HEADER_NAMES[k] for k in REQUIRED if k not in cols]
    if missing:
        raise ScrpressError(f"missing column(s): {', '.join(missing)}", file=path, where=header_where)
    problems: list[ScrpressError] = []
    actions: list[Action] = []
    last = {"number": "", "recommendation": ""}
    for where, row in rows[1:]:
        def cell(key: str, row: list[object] = row) -> object:
            i = cols[key]
            return row[i] if i < len(row) else None

        values = {k: _text(cell(k)) for k in REQUIRED if k != "due"}
        for key in FILL_DOWN:
            if not values[key]:
                values[key] = last[key]
            last[key] = values[key]
        if not values["action"]:
            problems.append(ScrpressError("row has no action", file=path, where=where))
            continue
        due, due_text = None, _text(cell("due"))
        raw_due = cell("due")
        if isinstance(raw_due, (datetime, date)):
            due = raw_due.date() if isinstance(raw_due, datetime) else raw_due
            due_text = due.strftime("%d/%m/%Y")
        elif due_text:
            try:
                pd = parse_event_date(due_text)
                due = pd.as_date() if pd.precision == "day" else None
            except DateProblem as exc:
                problems.append(ScrpressError(f"due date {exc}", file=path, where=f"{where}, {HEADER_NAMES['due']}"))
                continue
        status = STATUSES.get(values["status"].lower(), "") if values["status"] else ""
        if values["status"] and not status:
            problems.append(
                ScrpressError("status must be Red, Amber, Green or Complete", file=path, where=f"{where}, Status")
            )
            continue
        prov = Provenance(rel, where)
        actions.append(
            Action(
                number=values["number"],
                recommendation=Para(values["recommendation"], Provenance(rel, f"{where}, Recommendation"), "cell"),
                action=Para(values["action"], Provenance(rel, f"{where}, Action"), "cell"),
                lead_agency=Para(values["lead_agency"], Provenance(rel, f"{where}, Lead agency"), "cell"),
                owner=Para(values["owner"], Provenance(rel, f"{where}, Owner"), "cell"),
                due=due,
                due_text=due_text,
                success_measure=Para(values["success_measure"], Provenance(rel, f"{where}, Success measure"), "cell"),
                status=status,
                prov=prov,
            )
        )
    if problems:
        raise ProblemList(problems)
    return actions


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
