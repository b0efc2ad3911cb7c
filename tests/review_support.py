"""Helpers for the redaction review, approval, apply and leak-gate tests (tiny fictional case, no network)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from scrpress.redaction.decisions import Decision, read_decisions, render_csv

# Added to the tiny case's police submission: people the register does not know, an address,
# a telephone number and a school, so every kind of proposal appears.
EXTRA_POLICE = """
PC Jane Whitfield spoke to Grace Holloway at the door. Later Whitfield recorded that the flat at 12 Larch Close was cold.

The health visitor, Sandra Okafor, visited the next day. Her son Tommy Brennan attends Oakfield Primary School.

A neighbour, Peter Lyle, rang from 07700 900123 and said Mrs Holloway had moved to 4 Birch Avenue, Testford TE1 2AB.
"""

WHEN = datetime(2026, 5, 1, 10, 0, tzinfo=timezone.utc)
LAWYER = "Priya Shah, Solicitor (Legal Services)"


def enrich(case_dir: Path) -> Path:
    """The tiny case with the extra police paragraphs."""
    police = case_dir / "submissions" / "police.md"
    police.write_text(police.read_text(encoding="utf-8") + EXTRA_POLICE, encoding="utf-8")
    return case_dir


def decisions_path(case_dir: Path) -> Path:
    return case_dir / "redaction" / "decisions.csv"


def rows(case_dir: Path) -> list[Decision]:
    return read_decisions(decisions_path(case_dir))


def edit(case_dir: Path, fn: Callable[[Decision], None]) -> list[Decision]:
    """Change decisions the way a lawyer would in a spreadsheet, and save the file."""
    current = rows(case_dir)
    for row in current:
        fn(row)
    decisions_path(case_dir).write_text(render_csv(current), encoding="utf-8", newline="")
    return current


def accept_proposals(row: Decision) -> None:
    """Decide every pending row as proposed (redact with the proposed replacement, or keep)."""
    if row.decision == "pending":
        row.decision = row.proposed
        if row.decision == "redact" and not row.reason:
            row.reason = "third-party"


def replace_line(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
