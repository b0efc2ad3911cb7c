"""The case register: generated variants, inflections, propagation, keep-list and the `detect` contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx_factory import agency_docx

from scrpress.case import Person, Place, Register
from scrpress.cli import cli
from scrpress.detection_io import file_text
from scrpress.redaction.detect import Detector, detect_text
from scrpress.redaction.register import build_register_matcher, dob_forms, polish_forms, welsh_mutations

REGISTER = Register(
    people=(
        Person("Anna Kowalska", "Mother", ("Ms Kowalska",), "mother", date(1990, 3, 2)),
        Person("Jakub Kowalski", "Sibling 1", (), "sibling"),
        Person("Gwenllian Pryce", "Child G", (), "child"),
        Person("Dafydd Morgan", "Father", (), "father"),
        Person("Siobhán Ó Súilleabháin", "Maternal Grandmother", (), "grandmother"),
        Person("Grace Holloway", "Neighbour", (), "neighbour"),
    ),
    places=(Place("Flat 3, 27 Sycamore Court", "the family home"),),
)
MATCHER = build_register_matcher(REGISTER)


def hits(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.replacement) for f in MATCHER.find(text) if f.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Kowalska attended.", "Anna Kowalska"),
        ("ANNA KOWALSKA", "ANNA KOWALSKA"),
        ("anna kowalska", "anna kowalska"),
        ("Anna Kowalska without accents", "Anna Kowalska"),
        ("KOWALSKA, Anna", "KOWALSKA, Anna"),
        ("Kowalska Anna", "Kowalska Anna"),
        ("Ms Kowalska said", "Ms Kowalska"),
        ("Anna's phone", "Anna"),
        ("Ania called", "Ania"),
        ("Kuba was late", "Kuba"),
        ("seen by A. Kowalska", "A. Kowalska"),
        ("Rozmawiałam z Anną Kowalską", "Anną Kowalską"),
        ("list Anny Kowalskiej", "Anny Kowalskiej"),
        ("dla Kuby", "Kuby"),
        ("Gwen was at school", "Gwen"),
        ("i Wen yn yr ysgol", "Wen"),
        ("gyda Ddafydd", "Ddafydd"),
        ("fy Nafydd", "Nafydd"),
        ("Ó Súilleabháin, Siobhán", "Ó Súilleabháin, Siobhán"),
        ("Siobhan O Suilleabhain", "Siobhan O Suilleabhain"),
        ("Shiv rang", "Shiv"),
        ("Flat 3, 27 Sycamore Court", "Flat 3, 27 Sycamore Court"),
        ("27 Sycamore Court", "27 Sycamore Court"),
    ],
)
def test_register_variants(text: str, expected: str) -> None:
    assert any(t == expected for t, _ in hits(text)) or expected in " ".join(t for t, _ in hits(text)), hits(text)


def test_register_hits_carry_the_pseudonym() -> None:
    assert ("Anna", "Mother") in hits("Anna said so")
    assert ("27 Sycamore Court", "the family home") in hits("at 27 Sycamore Court")


def test_register_date_of_birth_in_any_format() -> None:
    for written in ("02/03/1990", "2 March 1990", "2nd March 1990", "1990-03-02", "02.03.90"):
        assert written in dob_forms(date(1990, 3, 2))
        assert hits(f"born {written}") and hits(f"born {written}")[0][1] == "[date of birth removed]"


def test_ordinary_word_register_names_are_weak_in_lower_case_unless_quoted() -> None:
    weak = [f for f in MATCHER.find("by the grace of God") if f.text == "grace"]
    assert weak and weak[0].score < 0.5
    quoted = [f for f in MATCHER.find('she texted "tell grace to ring me"') if f.text == "grace"]
    assert quoted and quoted[0].score >= 0.5


def test_polish_and_welsh_generators() -> None:
    assert {"Annę", "Anną", "Anny", "Annie"} <= polish_forms("Anna")
    assert {"Kowalskiej", "Kowalską"} <= polish_forms("Kowalska")
    assert {"Jakuba", "Jakubowi", "Jakubem"} <= polish_forms("Jakub")
    assert "Zofii" in polish_forms("Zofia") and "Kasi" in polish_forms("Kasia")
    assert {"Wen"} <= welsh_mutations("Gwen")
    assert {"Ddafydd", "Nafydd"} <= welsh_mutations("Dafydd")
    assert {"Gatrin", "Nghatrin", "Chatrin"} <= welsh_mutations("Catrin")


def test_case_wide_propagation_finds_a_name_every_time(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ["The health visitor, Bethany Carrow, saw the child.", 'Mother texted "carrow is coming again".', "Carrow rang."]
    found = detector.detect(texts)
    assert any(f.text == "carrow" for f in found[1])
    assert any(f.text == "Carrow" for f in found[2])


def test_learned_words_are_not_propagated_in_lower_case_prose(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ["Call from Devonte Quarshie of the Safeguarding Hub.", "Good safeguarding practice was seen."]
    found = detector.detect(texts)
    assert not any("safeguarding" in f.text for f in found[1])


def test_keep_list_protects_agencies_roles_and_case_additions() -> None:
    reg = Register(keep=("Sycamore Family Hub",))
    d = Detector(register=reg)
    text = "Sycamore Family Hub and the Designated Safeguarding Lead met Northbridge Police."
    assert detect_text(text, d) == []


def test_register_beats_the_keep_list() -> None:
    d = Detector(register=Register(people=(Person("Mother Superior", "Adult Z"),)))
    found = detect_text("Mother Superior visited.", d)
    assert found and found[0].replacement == "Adult Z"


def test_offsets_on_non_ascii_text_match_the_text(detector, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "Zażółć gęślą jaźń. Łukasz Wiśniewski (DOB 02/03/2019) mieszka przy 14 Elm Road.\r\nKuba płakał."
    path = tmp_path / "notes.md"
    path.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(cli, ["detect", str(path), "--json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    on_disk = path.read_bytes().decode("utf-8")
    assert findings and all(on_disk[f["start"] : f["end"]] == f["text"] for f in findings)
    assert {"start", "end", "entity_type", "score", "text"} <= set(findings[0])
    assert any(f["text"] == "Łukasz Wiśniewski" for f in findings)


def test_offsets_on_docx_are_into_paragraphs_joined_by_newlines(tmp_path: Path) -> None:
    path = agency_docx(tmp_path / "x.docx", analysis=[("Normal", "Grace Holloway told PC Sarah Whitlock.")])
    case = tmp_path / "case.yaml"
    case.write_text('reference: R\ntitle: T\nboard: B\nnation: england\npeople:\n  - name: "Grace Holloway"\n'
                    '    pseudonym: "Mother"\nplaces: []\n', encoding="utf-8")  # fmt: skip
    result = CliRunner().invoke(cli, ["detect", str(path), "--case", str(case), "--json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    text = file_text(path)
    assert all(text[f["start"] : f["end"]] == f["text"] for f in findings)
    grace = next(f for f in findings if f["text"] == "Grace Holloway")
    assert grace["replacement"] == "Mother"
    assert any(f["text"] == "Sarah Whitlock" for f in findings)


def test_detect_without_json_prints_a_table(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Call 07700 900123 tonight.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["detect", str(path)])
    assert result.exit_code == 0
    assert "PHONE_NUMBER" in result.output and "1 finding(s)" in result.output


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [(b"\xff\xfe bad", "a.txt", "is not UTF-8 text"), (b"junk", "a.docx", "is not a Word .docx file"),
     (b"x", "a.pdf", "detect reads .txt, .md and .docx files")],
)  # fmt: skip
def test_detect_bad_input_is_one_line_and_nonzero(tmp_path: Path, content: bytes, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["detect", str(path), "--json"])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_detect_with_malformed_case_yaml_names_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")
    (tmp_path / "case.yaml").write_text("people: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["detect", str(path), "--case", str(tmp_path / "case.yaml")])
    assert result.exit_code == 1 and "case.yaml:line" in result.output
