"""Each reader on good and bad input, with the exact message the user sees."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx_factory import agency_docx

from scrpress.errors import ProblemList, ScrpressError
from scrpress.readers import read_submission
from scrpress.readers.action_plan import read_action_plan
from scrpress.readers.docx_parse import docx_plain_text, parse_docx
from scrpress.readers.narrative import read_sections

HEADER = "Recommendation no.,Recommendation,Action,Lead agency,Owner (role),Due date,Success measure,Status\n"


def test_word_submission_reads_header_chronology_and_analysis(tmp_path: Path) -> None:
    path = agency_docx(tmp_path / "health.docx")
    sub = read_submission(path, "submissions/health.docx")
    assert (sub.agency, sub.author_role, sub.date_text) == (
        "Testshire Community Health NHS Trust", "Named Nurse for Safeguarding", "20/03/2025")
    assert [e.date_text.text for e in sub.chronology] == ["12/05/2024", "June 2023", "2022"]
    assert sub.chronology[0].event.text == "Health visitor new birth review; home conditions poor & cluttered."
    assert sub.chronology[0].source.prov.where == "table 2, row 2, column 3"
    assert [(p.style, p.level, p.text) for p in sub.analysis][:2] == [
        ("heading", 1, "Summary of involvement"), ("body", 0, "The health visiting service saw Child T six times.")]
    assert sub.analysis[-1].style == "bullet"


def test_tracked_changes_are_accepted_and_comments_dropped_and_reported(tmp_path: Path) -> None:
    path = agency_docx(tmp_path / "draft.docx", tracked=True, comment=True)
    sub = read_submission(path, "submissions/draft.docx")
    body = " ".join(p.text for p in sub.analysis)
    assert "INSERTED-TEXT" in body
    assert "DELETED-TEXT" not in body and "COMMENT-TEXT" not in body
    assert any("tracked changes (1 insertion(s), 1 deletion(s))" in n for n in sub.notices)
    assert any("1 comment(s): dropped" in n for n in sub.notices)


def test_markdown_submission_with_front_matter_and_pipe_table(tiny_case: Path) -> None:
    sub = read_submission(tiny_case / "submissions" / "police.md", "submissions/police.md")
    assert sub.agency == "Testshire Police"
    assert [e.date_text.text for e in sub.chronology] == ["14/02/2024", "March 2023", "03/01/2025 21:40"]
    assert sub.chronology[2].event.text == 'Domestic incident; Child T present. Risk graded "medium" <DASH 9>.'
    assert sub.chronology[0].event.prov.where == "line 10, column 2"


def test_corrupt_docx_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "police.docx"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ScrpressError) as err:
        read_submission(bad, "submissions/police.docx")
    assert err.value.render() == f"{bad}: is not a Word .docx file (corrupt or another format)"


def test_truncated_docx_is_named(tmp_path: Path) -> None:
    good = agency_docx(tmp_path / "good.docx")
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(ScrpressError, match="corrupt|not a Word"):
        read_submission(cut, "submissions/cut.docx")


def test_renamed_pdf_and_old_word_files_are_refused_with_advice(tmp_path: Path) -> None:
    pdf = tmp_path / "a.docx"
    pdf.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(ScrpressError, match="is a PDF renamed to .docx"):
        parse_docx(pdf)
    ole = tmp_path / "b.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(ScrpressError, match="password-protected or old-format"):
        parse_docx(ole)
    doc = tmp_path / "c.doc"
    doc.write_bytes(b"x")
    with pytest.raises(ScrpressError, match="old-format Word file: save it as .docx"):
        read_submission(doc, "submissions/c.doc")


def test_zip_without_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "z.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ScrpressError, match="no word/document.xml"):
        parse_docx(path)


def test_chronology_without_event_column_is_an_error(tmp_path: Path) -> None:
    path = agency_docx(tmp_path / "x.docx", header=("Date", "Source/Record"), rows=[("01/01/2024", "Niche")])  # type: ignore[list-item]
    with pytest.raises(ProblemList) as err:
        read_submission(path, "submissions/x.docx")
    assert err.value.problems[0].render() == f"{path}:table 2, row 1: chronology table has no Event column"


def test_impossible_dates_are_all_reported_with_their_rows(tmp_path: Path) -> None:
    rows = [("31/02/2024", "a", "s"), ("01/01/2024", "b", "s"), ("45/13/2023", "c", "s")]
    path = agency_docx(tmp_path / "x.docx", rows=rows)
    with pytest.raises(ProblemList) as err:
        read_submission(path, "submissions/x.docx")
    assert [p.where for p in err.value.problems] == ["table 2, row 2", "table 2, row 4"]
    assert "is not a real date (day and month as DD/MM/YYYY)" in err.value.problems[0].message


def test_future_dates_are_refused_when_today_is_known(tmp_path: Path) -> None:
    from datetime import date

    path = agency_docx(tmp_path / "x.docx", rows=[("01/01/2030", "future", "s")])
    with pytest.raises(ProblemList) as err:
        read_submission(path, "submissions/x.docx", today=date(2026, 1, 1))
    assert err.value.problems[0].render() == f"{path}:table 2, row 2: date is in the future"


def test_submission_without_agency_field_is_an_error(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_text("---\nauthor_role: Nurse\n---\n# Analysis\n\nText.\n", encoding="utf-8")
    with pytest.raises(ProblemList) as err:
        read_submission(md, "submissions/x.md")
    assert "no 'Agency' header field" in err.value.problems[0].message


def test_malformed_front_matter_names_the_line(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_text("---\nagency: Police\nauthor_role: [unclosed\n---\n# A\n", encoding="utf-8")
    with pytest.raises(ScrpressError) as err:
        read_submission(md, "submissions/x.md")
    assert err.value.where is not None and err.value.where.startswith("line ")
    assert "YAML error" in err.value.message


def test_non_utf8_markdown_is_named(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_bytes("---\nagency: Police\n---\n# Caf\xe9\n".encode("latin-1"))
    with pytest.raises(ScrpressError) as err:
        read_submission(md, "submissions/x.md")
    assert err.value.render() == f"{md}:line 4, byte 29: is not UTF-8 text (save it as UTF-8)"


def test_action_plan_csv_groups_and_fills_down(tiny_case: Path) -> None:
    actions = read_action_plan(tiny_case / "action-plan.csv", "action-plan.csv")
    assert [a.number for a in actions] == ["1", "1", "2"]
    assert actions[1].recommendation.text == "Improve information sharing about adults in the household"
    assert actions[0].due.isoformat() == "2026-03-31" and actions[0].status == "Amber"


def test_action_plan_missing_column_names_it(tmp_path: Path) -> None:
    path = tmp_path / "action-plan.csv"
    path.write_text("Recommendation no.,Recommendation,Action,Lead agency,Due date,Status\n1,R,A,L,01/01/2027,Red\n")
    with pytest.raises(ScrpressError) as err:
        read_action_plan(path, "action-plan.csv")
    assert err.value.render() == f"{path}:row 1: missing column(s): Owner (role), Success measure"


def test_action_plan_bad_date_and_status_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "action-plan.csv"
    path.write_text(HEADER + "1,R,A,L,O,31/02/2027,M,Red\n1,R,B,L,O,01/01/2027,M,Purple\n", encoding="utf-8")
    with pytest.raises(ProblemList) as err:
        read_action_plan(path, "action-plan.csv")
    assert [p.render() for p in err.value.problems] == [
        f"{path}:row 2, Due date: due date is not a real date (day and month as DD/MM/YYYY)",
        f"{path}:row 3, Status: status must be Red, Amber, Green or Complete",
    ]


def test_action_plan_xlsx_with_real_dates_and_merged_recommendation(tmp_path: Path) -> None:
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append(HEADER.strip().split(","))
    ws.append([1, "Share information", "Audit", "Police", "Head of PPU", datetime(2027, 3, 31), "90%", "Green"])
    ws.append([None, None, "Train", "Health", "Named Nurse", datetime(2027, 6, 30), "100 staff", "A"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    path = tmp_path / "action-plan.xlsx"
    wb.save(path)
    actions = read_action_plan(path, "action-plan.xlsx")
    assert [(a.number, a.recommendation.text, a.due.isoformat(), a.status) for a in actions] == [
        ("1", "Share information", "2027-03-31", "Green"), ("1", "Share information", "2027-06-30", "Amber")]


def test_action_plan_xlsx_merged_across_columns_is_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER.strip().split(","))
    ws.append([1, "R", "A", "L", "O", "01/01/2027", "M", "Red"])
    ws.merge_cells("C2:D2")
    path = tmp_path / "action-plan.xlsx"
    wb.save(path)
    with pytest.raises(ScrpressError, match="cells C2:D2 are merged"):
        read_action_plan(path, "action-plan.xlsx")


def test_overview_sections_and_executive_summary(tiny_case: Path) -> None:
    sections = read_sections(tiny_case / "overview" / "02-executive-summary.md", "overview/02-executive-summary.md", "narrative")
    assert sections[0].kind == "executive-summary"
    assert sections[0].blocks[0].text.startswith("Child T was admitted")
    assert sections[0].blocks[-1].style == "quote"


def test_docx_detect_text_starts_with_body_paragraphs_like_python_docx(tmp_path: Path) -> None:
    import docx

    path = agency_docx(tmp_path / "x.docx")
    expected = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert docx_plain_text(path).startswith(expected + "\n")
