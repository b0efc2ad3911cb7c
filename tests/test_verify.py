"""`scrpress verify OUT`: the leak gate as a command, over every language under OUT/public."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from review_support import accept_proposals, edit
from test_leaks import _docx, _pdf

from scrpress.cli import cli
from scrpress.pipeline import review_case


def _out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "public" / "en").mkdir(parents=True)
    _pdf(out / "public" / "en" / "overview-report.en.pdf")
    _docx(out / "public" / "en" / "overview-report.en.docx")
    return out


def test_verify_passes_clean_public_files(tiny_case: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["verify", str(_out(tmp_path)), "--case", str(tiny_case)])
    assert result.exit_code == 0, result.output
    assert "leak gate passed" in result.output


def test_verify_checks_every_language_and_names_file_and_place(tiny_case: Path, tmp_path: Path) -> None:
    out = _out(tmp_path)
    (out / "public" / "pl").mkdir()
    _pdf(out / "public" / "pl" / "overview-report.pl.pdf", ["Spotkanie u Kasi w domu."])  # Polish genitive of Kasia
    _docx(out / "public" / "pl" / "overview-report.pl.docx",
          lambda d: d.sections[0].footer.paragraphs[0].add_run("Dafydd Morgan"))  # fmt: skip
    result = CliRunner().invoke(cli, ["verify", str(out), "--case", str(tiny_case)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "error: public/pl/overview-report.pl.pdf:page 1: person 1 (pseudonym 'Child T') survives in a public file" in lines
    assert any(line.startswith("error: public/pl/overview-report.pl.docx:footer 1") for line in lines)
    assert "public/en/" not in result.output
    assert "Kasi" not in result.output and "Dafydd" not in result.output


def test_verify_uses_the_decisions_of_the_case(tiny_case: Path, tmp_path: Path) -> None:
    review_case(tiny_case, pdf=False)
    edit(tiny_case, accept_proposals)
    out = _out(tmp_path)
    _pdf(out / "public" / "en" / "extra.pdf", ["Source: Occurrence 25/0007"])  # a reference decided "redact"
    result = CliRunner().invoke(cli, ["verify", str(out), "--case", str(tiny_case)])
    assert result.exit_code == 1
    assert "public/en/extra.pdf:page 1: decision F-" in result.output and "(REFERENCE_NUMBER)" in result.output
    assert "25/0007" not in result.output


def test_verify_finds_the_case_around_its_default_output_folder(tiny_case: Path, tmp_path: Path) -> None:
    out = tiny_case / "build"
    shutil.copytree(_out(tmp_path), out)
    assert CliRunner().invoke(cli, ["verify", str(out)]).exit_code == 0
    elsewhere = CliRunner().invoke(cli, ["verify", str(_out(tmp_path / "other"))])
    assert elsewhere.exit_code == 1 and "--case" in elsewhere.output


def test_verify_without_public_editions_says_so(tiny_case: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(cli, ["verify", str(tmp_path / "out"), "--case", str(tiny_case)])
    assert result.exit_code == 1 and "no public/ folder" in result.output


def test_every_command_explains_itself_in_one_screen() -> None:
    for command in ("review", "approve", "verify", "build"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert len(result.output.splitlines()) <= 40, command


def test_initials_in_style_attributes_are_colour_codes_not_people() -> None:
    """A theme shade "BF" in styles.xml is not Bill Fairclough's initials; in the body text it would be."""
    from scrpress.case import Person, Register
    from scrpress.verify import make_gate

    gate = make_gate(Register(people=(Person(name="Bill Fairclough", pseudonym="Family friend"),)), [], [])
    assert gate.search('w:themeColor="text1" w:themeTint="BF"', structural=True) == []
    assert gate.search("BF was at the flat that night.")
