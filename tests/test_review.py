"""The redaction review: the decisions file a lawyer edits, stable IDs, re-opening, retiring, manual additions."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from review_support import accept_proposals, decisions_path, edit, enrich, replace_line, rows

from scrpress.cli import cli
from scrpress.pipeline import review_case
from scrpress.redaction.decisions import COLUMNS, read_decisions, stable_id


@pytest.fixture
def case(tiny_case: Path) -> Path:
    return enrich(tiny_case)


def _by_text(case_dir: Path) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in rows(case_dir):
        out.setdefault(r.text, []).append(r)
    return out


def test_review_writes_a_decisions_file_excel_opens_and_a_side_by_side_review(case: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(case), "--no-pdf"])
    assert result.exit_code == 0, result.output
    raw = decisions_path(case).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == list(COLUMNS)
    assert header[:12] == ["id", "entity_type", "text", "section", "agency", "paragraph", "context", "recognizer",
                           "score", "proposed", "proposed_replacement", "decision"]  # fmt: skip
    found = _by_text(case)
    grace = found["Grace Holloway"][0]
    assert grace.id.startswith("F-") and len(grace.id) == 12
    assert grace.decision == "pending" and grace.proposed == "redact"
    assert grace.replacement == "Mother" and grace.method == "register" and grace.reason == "family-member"
    assert grace.agency in ("Testshire Police", "Testshire Community Health NHS Trust")
    assert "«Grace Holloway»" in grace.context
    assert (case / "redaction" / "redaction-review.html").exists()
    assert (case / "redaction" / "additions.csv").read_text(encoding="utf-8-sig").startswith("phrase,replacement")
    assert "pending" in result.output


def test_every_kind_of_proposal_appears(case: Path) -> None:
    review_case(case, pdf=False)
    found = _by_text(case)
    assert found["Dai"][0].proposed_replacement == "Mother's partner"  # register pseudonym
    assert found["12 Larch Close"][0].proposed_replacement == "the family home"
    assert found["07700 900123"][0].proposed_replacement == "[phone number removed]"
    assert found["07700 900123"][0].reason == "contact-details"
    assert found["Oakfield Primary School"][0].proposed_replacement == "[school name removed]"
    assert next(v for k, v in found.items() if k.startswith("4 Birch Avenue"))[0].proposed_replacement == "[address removed]"
    whitfield = found["PC Jane Whitfield"][0]
    assert whitfield.proposed_replacement == "Professional 1" and whitfield.reason == "professional"
    assert found["Whitfield"][0].proposed_replacement == "Professional 1"  # surname alone: same person
    assert found["Sandra Okafor"][0].proposed_replacement == "Professional 2"  # "The health visitor, Sandra Okafor"
    assert found["Tommy Brennan"][0].proposed_replacement == "Child 1"  # "Her son Tommy Brennan"
    assert found["Peter Lyle"][0].proposed_replacement == "Adult 1"


def test_a_finding_keeps_its_id_and_the_lawyers_decision_across_rebuilds(case: Path) -> None:
    review_case(case, pdf=False)
    first = {r.id: r for r in rows(case)}

    def lawyer(row) -> None:  # type: ignore[no-untyped-def]
        if row.text == "Dai":
            row.decision, row.comment = "custom", "the pseudonym reads better here"
            row.replacement, row.reason = "her partner", "family-member"
        elif row.text == "Peter Lyle":
            row.decision, row.reason = "keep", "already-public"

    edit(case, lawyer)
    before = decisions_path(case).read_bytes()
    review_case(case, pdf=False)
    again = {r.id: r for r in rows(case)}
    assert set(again) == set(first)
    dai = next(r for r in again.values() if r.text == "Dai")
    assert (dai.decision, dai.replacement, dai.comment) == ("custom", "her partner", "the pseudonym reads better here")
    assert next(r for r in again.values() if r.text == "Peter Lyle").decision == "keep"
    assert decisions_path(case).read_bytes() == before  # nothing changed: the file is left alone


def test_a_custom_text_survives_a_run_whose_proposal_read_the_same(case: Path) -> None:
    review_case(case, pdf=False)

    def lawyer(row) -> None:  # type: ignore[no-untyped-def]
        if row.text == "Peter Lyle":  # an earlier run proposed what the lawyer typed; this run proposes "Adult 1"
            row.decision, row.reason, row.replacement = "custom", "third-party", "the lodger"
            row.proposed_replacement = "the lodger"

    edit(case, lawyer)
    review_case(case, pdf=False)
    lyle = next(r for r in rows(case) if r.text == "Peter Lyle")
    assert (lyle.decision, lyle.replacement) == ("custom", "the lodger")


def test_stable_id_is_bound_to_the_paragraph_text() -> None:
    a = stable_id("submissions/police.md#line 10", "d1", 5, 10, "PERSON")
    assert a == stable_id("submissions/police.md#line 10", "d1", 5, 10, "PERSON")
    assert a != stable_id("submissions/police.md#line 10", "d2", 5, 10, "PERSON")
    assert a != stable_id("submissions/police.md#line 11", "d1", 5, 10, "PERSON")


def test_editing_one_paragraph_reopens_only_that_paragraphs_findings(case: Path) -> None:
    review_case(case, pdf=False)
    edit(case, accept_proposals)
    decided = {r.id: r for r in rows(case)}
    police = case / "submissions" / "police.md"
    replace_line(police, "The health visitor, Sandra Okafor, visited the next day.",
                 "The health visitor, Sandra Okafor, visited two days later.")  # fmt: skip
    outcome = review_case(case, pdf=False)
    review = outcome.review
    changed = review.changed_paragraphs  # type: ignore[attr-defined]
    assert changed == ["submissions/police.md#line 26"]
    now = rows(case)
    pending = [r for r in now if r.decision == "pending"]
    assert pending and {r.paragraph for r in pending} == {"submissions/police.md#line 26"}
    assert all("paragraph changed" in r.note and "before: redact" in r.note for r in pending)
    review_case(case, pdf=False)  # reviewing again keeps what scrpress said about each row
    assert [r.note for r in rows(case) if r.decision == "pending"] == [r.note for r in pending]
    assert all(decided[r.id].decision == r.decision for r in now if r.id in decided)  # every other decision stays
    retired_why: dict[str, str] = {}
    retired = read_decisions(case / "redaction" / "retired.csv", why=retired_why)
    assert {r.paragraph for r in retired} == {"submissions/police.md#line 26"}
    assert set(retired_why.values()) == {"paragraph changed"}

    # Put the words back: the old decisions come back from retired.csv, nothing is pending.
    replace_line(police, "visited two days later.", "visited the next day.")
    review_case(case, pdf=False)
    assert {r.id: r.decision for r in rows(case)} == {i: r.decision for i, r in decided.items()}
    assert not read_decisions(case / "redaction" / "retired.csv")


def test_manual_addition_is_found_everywhere_and_decided(case: Path) -> None:
    (case / "redaction").mkdir()
    (case / "redaction" / "additions.csv").write_text(
        "\ufeffphrase,replacement,reason,comment\r\nLarch,[street removed],location,street name alone\r\n"
        "DASH 9,[score removed],jigsaw,\r\n",
        encoding="utf-8",
    )
    review_case(case, pdf=False)
    manual = [r for r in rows(case) if "ManualAddition" in r.recognizer]
    assert manual
    texts = {r.text for r in manual}
    assert "DASH 9" in texts
    # "Larch" inside "12 Larch Close" merges with the register finding into one span (recall first)
    assert any(r.text == "12 Larch Close" and "CaseRegister" in r.recognizer for r in manual)
    assert all(r.decision == "redact" and r.entity_type == "MANUAL" and r.method == "manual" for r in manual)
    dash = next(r for r in manual if r.text == "DASH 9")
    assert (dash.replacement, dash.reason) == ("[score removed]", "jigsaw")


def test_spreadsheet_damage_to_informational_columns_is_repaired(case: Path) -> None:
    review_case(case, pdf=False)
    path = decisions_path(case)
    # Excel (UK, "CSV" not "CSV UTF-8") saves with ; when the list separator is ;, turns the phone number
    # into a number and drops the BOM; the lawyer's own columns must still be read.
    current = read_decisions(path)
    lines = [";".join(COLUMNS)]
    for r in current:
        values = {**r.__dict__}
        if r.text == "07700 900123":
            values["text"] = "7700900123"
            values["decision"], values["reason"] = "Redact", "contact-details"
        lines.append(";".join(str(values[c]).replace(";", ",").replace("\n", " ") for c in COLUMNS))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252", "replace"))
    review_case(case, pdf=False)
    phone = next(r for r in rows(case) if r.entity_type == "PHONE_NUMBER")
    assert phone.text == "07700 900123" and phone.decision == "redact"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_decision_that_is_not_a_decision_is_reported_with_its_row(case: Path) -> None:
    review_case(case, pdf=False)
    edit(case, lambda r: setattr(r, "decision", "maybe") if r.text == "Dai" else None)
    result = CliRunner().invoke(cli, ["review", str(case), "--no-pdf"])
    assert result.exit_code == 1
    assert "decisions.csv:row " in result.output and "decision must be one of" in result.output
    assert "Dai" not in result.output
