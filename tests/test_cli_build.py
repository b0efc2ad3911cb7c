"""The user's story through the command line (click's CliRunner)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx_factory import agency_docx
from pypdf import PdfReader

from scrpress.cli import cli


def test_check_reports_ok_and_notices(tiny_case: Path) -> None:
    agency_docx(tiny_case / "submissions" / "health.docx", tracked=True)
    result = CliRunner().invoke(cli, ["check", str(tiny_case)])
    assert result.exit_code == 0, result.output
    assert "ok: 3 sections, 6 chronology events, 3 actions" in result.output
    assert "tracked changes" in result.output


def test_check_lists_every_problem_and_exits_1(tiny_case: Path) -> None:
    path = tiny_case / "case.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("nation: england", "nation: mars"), encoding="utf-8")
    (tiny_case / "submissions" / "health.docx").write_bytes(b"junk")
    result = CliRunner().invoke(cli, ["check", str(tiny_case)])
    assert result.exit_code == 1
    assert "case.yaml:line 5: nation must be one of england, wales, scotland, northern-ireland" in result.output
    assert "submissions/health.docx: is not a Word .docx file" in result.output
    assert "Traceback" not in result.output


def test_corrupt_submission_is_named_and_nothing_is_written(tiny_case: Path, tmp_path: Path) -> None:
    (tiny_case / "submissions" / "health.docx").write_bytes(b"not a zip")
    result = CliRunner().invoke(cli, ["build", str(tiny_case), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "submissions/health.docx" in result.output
    assert not (tmp_path / "out").exists()


def test_build_writes_internal_editions_with_text_intact(tiny_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tiny_case), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    word = docx.Document(out / "internal" / "overview-report.docx")
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "Health visitor new birth review; home conditions poor & cluttered." in cells
    assert 'Domestic incident; Child T present. Risk graded "medium" <DASH 9>.' in cells
    text = "\n".join(page.extract_text() for page in PdfReader(out / "internal" / "overview-report.pdf").pages)
    assert "OFFICIAL-SENSITIVE" in text
    order = [text.index(s) for s in ("Family moved into the area", "Intelligence report", "Antenatal booking",
                                     "Call from neighbour", "new birth review", "Domestic incident")]  # fmt: skip
    assert order == sorted(order), "chronology rows of every agency appear in date order"
    assert (out / "manifest.json").exists()


def test_build_of_the_sample_case_reads_every_agency_in_date_order(sample_case: Path, tmp_path: Path) -> None:
    case = tmp_path / "child-m"
    shutil.copytree(sample_case, case, ignore=shutil.ignore_patterns("build", ".scrpress"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    from scrpress.pipeline import load_report

    _case, report = load_report(case)
    assert len({e.agency for e in report.chronology}) >= 6
    reader = PdfReader(out / "internal" / "overview-report.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    positions = []
    for ev in report.chronology[::10]:
        snippet = " ".join(ev.event.text.split())[:25]
        positions.append(text.find(snippet))
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice is not installed")
def test_libreoffice_converts_the_docx_without_error(tiny_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(tiny_case), "-o", str(out), "--quiet"]).exit_code == 0
    office = shutil.which("libreoffice") or shutil.which("soffice")
    conv = tmp_path / "conv"
    proc = subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(conv),
                           str(out / "internal" / "overview-report.docx")], capture_output=True, timeout=180)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (conv / "overview-report.pdf").stat().st_size > 1000


def test_every_command_has_one_screen_of_help() -> None:
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert len(result.output.splitlines()) < 40, name
        assert command.help, name
