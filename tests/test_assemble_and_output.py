"""The merged report: chronology order across agencies, reading order, provenance; outputs written whole."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from scrpress.assemble import assemble
from scrpress.case import load_case
from scrpress.errors import ScrpressError
from scrpress.inputs import read_inputs
from scrpress.output import output_lock, staged


def test_chronology_interleaves_agencies_by_date_with_partial_dates(tiny_case: Path) -> None:
    case = load_case(tiny_case)
    report = assemble(case, read_inputs(case))
    rows = [(e.date_text.text, e.agency) for e in report.chronology]
    assert rows == [
        ("2022", "Testshire Community Health NHS Trust"),
        ("March 2023", "Testshire Police"),
        ("June 2023", "Testshire Community Health NHS Trust"),
        ("14/02/2024", "Testshire Police"),
        ("12/05/2024", "Testshire Community Health NHS Trust"),
        ("03/01/2025 21:40", "Testshire Police"),
    ]


def test_same_day_rows_keep_submission_and_row_order(tiny_case: Path) -> None:
    police = tiny_case / "submissions" / "police.md"
    text = police.read_text(encoding="utf-8").replace("| March 2023 |", "| 14/02/2024 |")
    police.write_text(text, encoding="utf-8")
    case = load_case(tiny_case)
    report = assemble(case, read_inputs(case))
    same_day = [e.event.text[:12] for e in report.chronology if e.date_text.text == "14/02/2024"]
    assert same_day == ["Call from ne", "Intelligence"]


def test_reading_order_and_provenance(tiny_case: Path) -> None:
    case = load_case(tiny_case)
    report = assemble(case, read_inputs(case))
    assert report.executive_summary is not None and report.executive_summary.kind == "executive-summary"
    kinds = [s.kind for s in report.sections]
    assert kinds == ["narrative", "agency", "agency"]
    assert report.sections[1].meta["author_role"] == "Named Nurse for Safeguarding"
    keys = [p.key for _, p in report.paras()]
    assert len(keys) == len(set(keys)), "every paragraph must have its own provenance key"
    assert report.board_response is not None and report.actions[0].prov.where == "row 2"


def test_all_problems_in_all_files_are_reported_together(tiny_case: Path) -> None:
    (tiny_case / "submissions" / "health.docx").write_bytes(b"junk")
    plan = tiny_case / "action-plan.csv"
    plan.write_text(plan.read_text(encoding="utf-8").replace("31/03/2026", "31/02/2026"), encoding="utf-8")
    case = load_case(tiny_case)
    with pytest.raises(ScrpressError) as err:
        read_inputs(case)
    text = err.value.render(tiny_case)
    assert "submissions/health.docx: is not a Word .docx file" in text
    assert "action-plan.csv:row 2, Due date: due date is not a real date" in text


def test_chronology_before_the_childs_birth_is_flagged(tiny_case: Path) -> None:
    police = tiny_case / "submissions" / "police.md"
    police.write_text(police.read_text(encoding="utf-8").replace("14/02/2024", "14/02/2004"), encoding="utf-8")
    case = load_case(tiny_case)
    with pytest.raises(ScrpressError, match="before the child's date of birth"):
        read_inputs(case)


def test_failed_staging_leaves_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("previous build")
    with pytest.raises(RuntimeError), output_lock(out), staged(out) as staging:
        (staging / "half.txt").write_text("half")
        raise RuntimeError("writer crashed")
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert not list(tmp_path.glob(".out.staging-*"))


def test_successful_staging_replaces_output_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("previous")
    with output_lock(out), staged(out) as staging:
        (staging / "new.txt").write_text("new")
    assert [p.name for p in out.iterdir()] == ["new.txt"]


def test_interrupted_swap_is_recovered_on_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    previous = tmp_path / ".out.previous"
    previous.mkdir()
    (previous / "report.pdf").write_text("whole previous output")
    with output_lock(out):
        pass
    assert (out / "report.pdf").read_text() == "whole previous output"


def test_second_build_of_same_output_is_refused_while_first_runs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    entered, release = threading.Event(), threading.Event()

    def first() -> None:
        with output_lock(out):
            entered.set()
            release.wait(5)

    t = threading.Thread(target=first)
    t.start()
    entered.wait(5)
    try:
        if os.name == "posix":
            # flock locks belong to open file descriptions, so a second open in this process conflicts too
            with pytest.raises(ScrpressError, match="another scrpress build is writing this output folder"), output_lock(out):
                pass
    finally:
        release.set()
        t.join()


def test_atomic_writes_keep_files_readable_by_colleagues(tmp_path: Path) -> None:
    from scrpress.output import atomic_write_text

    path = tmp_path / "decisions.csv"
    atomic_write_text(path, "a")
    assert path.stat().st_mode & 0o044, "a new file must be readable by the group/others as the umask allows"
    os.chmod(path, 0o640)
    atomic_write_text(path, "b")
    assert path.stat().st_mode & 0o777 == 0o640 and path.read_text() == "b"
