"""Hostile and broken inputs (tests/data/bad/): each gets one clear message naming the file and place,
a non-zero exit, no traceback and no change to the previous output."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrpress.cli import cli

BAD = Path(__file__).resolve().parent / "data" / "bad"

# (file in tests/data/bad, where it goes in the case folder, the exact line the user sees)
CASES = [
    ("truncated.docx", "submissions/police.docx", "submissions/police.docx: is not a Word .docx file (corrupt or another format)"),
    ("random-bytes.docx", "submissions/police.docx", "submissions/police.docx: is not a Word .docx file (corrupt or another format)"),
    ("old-word-renamed.docx", "submissions/police.docx", "submissions/police.docx: is a password-protected or old-format (.doc) Word file: save it as an unprotected .docx"),
    ("password-protected.docx", "submissions/police.docx", "submissions/police.docx: is a password-protected or old-format (.doc) Word file: save it as an unprotected .docx"),
    ("pdf-renamed.docx", "submissions/police.docx", "submissions/police.docx: is a PDF renamed to .docx: ask the agency for the Word file"),
    ("old-format.doc", "submissions/police.doc", "submissions/police.doc: is an old-format Word file: save it as .docx"),
    ("macros.docm", "submissions/police.docm", "submissions/police.docm: is a macro-enabled Word file: save it as a plain .docx (macros are never run)"),
    ("scanned.pdf", "submissions/police.pdf", "submissions/police.pdf: is a PDF: ask the agency for the Word (.docx) or Markdown file"),
    ("zip-bomb.docx", "submissions/police.docx", "submissions/police.docx: part word/document.xml is too large to be a real document (possible zip bomb)"),
    ("not-word.docx", "submissions/police.docx", "submissions/police.docx: is not a Word document (no word/document.xml inside)"),
    ("broken-xml.docx", "submissions/police.docx", "submissions/police.docx: part word/document.xml is not well-formed XML (line 2)"),
    ("no-agency.docx", "submissions/police.docx", "submissions/police.docx: no 'Agency' header field (add a row 'Agency | <name>' to the first table, or 'agency:' front matter)"),
    ("impossible-date.docx", "submissions/police.docx", "submissions/police.docx:table 2, row 3: date is not a real date (day and month as DD/MM/YYYY)"),
    ("future-date.docx", "submissions/police.docx", "submissions/police.docx:table 2, row 2: date is in the future"),
    ("before-birth.docx", "submissions/police.docx", "submissions/police.docx:table 2, row 2, column 1: date is more than a year before the child's date of birth (check the year)"),
    ("no-event-column.docx", "submissions/police.docx", "submissions/police.docx:table 2, row 1: chronology table has no Event column"),
    ("latin1.md", "submissions/police.md", "submissions/police.md:line 4, byte 29: is not UTF-8 text (save it as UTF-8)"),
    ("bad-front-matter.md", "submissions/police.md", "submissions/police.md:line 3, column 1: YAML error: expected ',' or ']', but got '<stream end>'"),
    ("bad-chronology-date.md", "submissions/police.md", "submissions/police.md:line 9: date is not a real date (day and month as DD/MM/YYYY)"),
    ("duplicate-keys.yaml", "case.yaml", "case.yaml:line 3, column 1: YAML error: duplicate key 'reference' (first on line 1)"),
    ("tabs.yaml", "case.yaml", "case.yaml:line 3, column 1: YAML error: found character '\\t' that cannot start any token (YAML does not allow tabs for indentation: use spaces)"),
    ("not-a-mapping.yaml", "case.yaml", "case.yaml: case.yaml must be a mapping of fields (reference, title, people...)"),
    ("not-utf8.yaml", "case.yaml", "case.yaml:line 1, byte 15: is not UTF-8 text (save it as UTF-8)"),
    ("missing-columns.csv", "action-plan.csv", "action-plan.csv:row 1: missing column(s): Lead agency, Owner (role), Due date, Success measure"),
    ("bad-due-date.csv", "action-plan.csv", "action-plan.csv:row 2, Due date: due date is not a real date (day and month as DD/MM/YYYY)"),
    ("cp1252.csv", "action-plan.csv", "action-plan.csv:line 2: is not UTF-8 (in Excel choose 'CSV UTF-8' when saving)"),
    ("empty.csv", "action-plan.csv", "action-plan.csv: action plan is empty (expected a header row and one row per action)"),
    ("merged-cells.xlsx", "action-plan.xlsx", "action-plan.xlsx:sheet 'Sheet': cells C2:E2 are merged: unmerge them (only Recommendation columns may be merged down)"),
    ("corrupt.xlsx", "action-plan.xlsx", "action-plan.xlsx: is not a readable .xlsx workbook (corrupt, encrypted or another format)"),
]


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A tiny case built once; each bad input is tried against a copy, with this output as the 'previous' one."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from docx_factory import agency_docx

    root = tmp_path_factory.mktemp("bad")
    case = root / "tiny"
    shutil.copytree(Path(__file__).resolve().parent / "cases" / "tiny", case)
    agency_docx(case / "submissions" / "health.docx")
    out = root / "out"
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return case, out


@pytest.mark.parametrize(("name", "target", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(built: tuple[Path, Path], tmp_path: Path, name: str, target: str, expected: str) -> None:
    case_src, out = built
    case = tmp_path / "case"
    shutil.copytree(case_src, case)
    if target.startswith("action-plan"):
        (case / "action-plan.csv").unlink()
    dest = case / target
    shutil.copy(BAD / name, dest)
    before = _snapshot(out)
    started = time.perf_counter()
    for command in (["check", str(case)], ["build", str(case), "-o", str(out), "--quiet"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 1, (command, result.output)
        assert "Traceback" not in result.output
        lines = [line.removeprefix("error: ") for line in result.output.strip().splitlines()]
        shown = [line.replace(str(case) + "/", "") for line in lines]
        assert expected in shown, shown
    assert time.perf_counter() - started < 30
    assert _snapshot(out) == before, "the previous output must be untouched"


def test_ten_thousand_empty_paragraphs_are_read_quickly(tiny_case: Path) -> None:
    shutil.copy(BAD / "ten-thousand-empty-paragraphs.docx", tiny_case / "submissions" / "yjs.docx")
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", str(tiny_case)])
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 10


def test_fifty_megabyte_submission_is_refused_by_size(tiny_case: Path) -> None:
    big = tiny_case / "submissions" / "huge.md"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("---\nagency: Testshire Police\n---\n")
        line = "Padding text for a very large submission. " * 20 + "\n"
        while fh.tell() < 51 * 1024 * 1024:
            fh.write(line)
    result = CliRunner().invoke(cli, ["check", str(tiny_case)])
    assert result.exit_code == 1
    assert "submissions/huge.md: is larger than 50 MB: split it or remove embedded content" in result.output.replace(
        str(tiny_case) + "/", "")


def test_file_names_with_spaces_and_non_ascii_letters_work(tiny_case: Path, tmp_path: Path) -> None:
    (tiny_case / "submissions" / "police.md").rename(tiny_case / "submissions" / "Policja – zgłoszenie Łódź.md")
    result = CliRunner().invoke(cli, ["build", str(tiny_case), "-o", str(tmp_path / "wyjście out"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "wyjście out" / "internal" / "overview-report.pdf").exists()


def test_missing_case_yaml_is_named(tmp_path: Path) -> None:
    (tmp_path / "overview").mkdir()
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "case.yaml: case.yaml not found" in result.output.replace(str(tmp_path) + "/", "")
