"""Applying approved decisions: every decision kind in the public text, and public files without personal metadata."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from review_support import accept_proposals, edit, enrich, rows

from scrpress.errors import ScrpressError
from scrpress.pipeline import load_report, review_case, write_public
from scrpress.redaction.apply import apply_decisions, replace_spans
from scrpress.redaction.review import text_units
from scrpress.redaction.scrub import scrub_docx, scrub_pdf

BOARD = "Testshire Safeguarding Children Partnership"


@pytest.fixture
def decided(tiny_case: Path) -> Path:
    """The tiny case reviewed and decided with one decision of every kind."""
    enrich(tiny_case)
    (tiny_case / "redaction").mkdir()
    (tiny_case / "redaction" / "additions.csv").write_text(
        "\ufeffphrase,replacement,reason,comment\r\nDASH 9,[risk score removed],jigsaw,\r\n", encoding="utf-8")  # fmt: skip
    review_case(tiny_case, pdf=False)

    def lawyer(row) -> None:  # type: ignore[no-untyped-def]
        accept_proposals(row)
        if row.text == "Dai":
            row.decision, row.replacement, row.reason = "custom", "her partner", "family-member"
        elif row.text == "Peter Lyle":
            row.decision, row.reason = "keep", "already-public"

    edit(tiny_case, lawyer)
    return tiny_case


def _public_texts(case_dir: Path) -> dict[str, str]:
    _case, report = load_report(case_dir)
    public = apply_decisions(report, rows(case_dir))
    return {u.key: u.text for u in text_units(public)}, public  # type: ignore[return-value]


def test_every_decision_kind_reaches_the_public_text(decided: Path) -> None:
    texts, public = _public_texts(decided)
    line24 = texts["submissions/police.md#line 24"]
    assert line24 == ("Professional 1 spoke to Mother at the door. Later Professional 1 recorded that the flat at "
                      "the family home was cold.")  # pseudonyms and one label for the same person  # fmt: skip
    line26 = texts["submissions/police.md#line 26"]
    assert line26 == ("The health visitor, Professional 2, visited the next day. Her son Child 1 attends "
                      "[school name removed].")  # fmt: skip
    line28 = texts["submissions/police.md#line 28"]
    assert "A neighbour, Peter Lyle, rang from [phone number removed]" in line28  # kept; type label
    assert "said Mother had moved to [address removed]." in line28
    chronology = texts["submissions/police.md#line 10, column 2"]
    assert "Mother said her partner had left" in chronology  # custom replacement
    assert "DASH 9" not in " ".join(texts.values())  # manual addition, everywhere
    assert '<[risk score removed]>' in texts["submissions/police.md#line 12, column 2"]
    assert public.meta.marking == "" and public.meta.edition == "public"


def test_the_internal_report_is_not_changed(decided: Path) -> None:
    _case, report = load_report(decided)
    before = [p.text for _, p in report.paras()]
    apply_decisions(report, rows(decided))
    assert [p.text for _, p in report.paras()] == before


def test_decisions_for_older_text_are_refused(decided: Path) -> None:
    police = decided / "submissions" / "police.md"
    police.write_text(police.read_text(encoding="utf-8").replace("rang from", "called from"), encoding="utf-8")
    _case, report = load_report(decided)
    with pytest.raises(ScrpressError, match="earlier text of this paragraph"):
        apply_decisions(report, rows(decided))


def test_pending_decisions_never_make_a_public_report(tiny_case: Path) -> None:
    review_case(tiny_case, pdf=False)
    _case, report = load_report(tiny_case)
    with pytest.raises(ScrpressError, match="pending"):
        apply_decisions(report, rows(tiny_case))


def test_presidio_replaces_each_span_with_its_own_text() -> None:
    from scrpress.redaction.decisions import Decision

    def row(i: str, start: int, end: int, printed: str) -> Decision:
        return Decision(i, "PERSON", "", "", "", "k", "", "", "1.00", "redact", printed, "redact", printed,
                        "third-party", start=start, end=end)  # fmt: skip

    text = "Ann Lee met Bob Ray and Ann Lee."
    out = replace_spans(text, [row("F-1", 0, 7, "Adult 1"), row("F-2", 12, 19, "Adult 2"), row("F-3", 24, 31, "Adult 1")])
    assert out == "Adult 1 met Adult 2 and Adult 1."


def test_public_editions_carry_no_personal_metadata(decided: Path, tmp_path: Path) -> None:
    case, report = load_report(decided)
    public = apply_decisions(report, rows(decided))
    written = write_public(public, case, tmp_path / "public" / "en")
    names = sorted(p.name for p in written)
    assert names == ["executive-summary.en.pdf", "overview-report.en.docx", "overview-report.en.pdf"]
    d = docx.Document(str(tmp_path / "public" / "en" / "overview-report.en.docx"))
    props = d.core_properties
    assert props.author == BOARD and props.last_modified_by == BOARD
    assert props.comments == "" and props.keywords == ""
    with zipfile.ZipFile(tmp_path / "public" / "en" / "overview-report.en.docx") as z:
        assert "docProps/custom.xml" not in z.namelist()
        assert "word/comments.xml" not in z.namelist()
        assert b"OFFICIAL-SENSITIVE" not in z.read("word/document.xml")
        assert b"Dr Imogen Testwell" in z.read("word/document.xml")  # the lead reviewer is named
    pdf = PdfReader(str(tmp_path / "public" / "en" / "overview-report.en.pdf"))
    assert pdf.metadata["/Author"] == BOARD
    assert set(pdf.metadata) <= {"/Title", "/Subject", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate"}
    assert "OFFICIAL-SENSITIVE" not in pdf.pages[1].extract_text()


def _docx_with_personal_metadata(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Body")
    d.core_properties.author = "Grace Holloway"
    d.core_properties.last_modified_by = "Grace Holloway"
    d.core_properties.comments = "draft by Grace"
    d.core_properties.keywords = "Holloway"
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    items["docProps/app.xml"] = items["docProps/app.xml"].replace(
        b"</Properties>", b"<Company>Holloway Ltd</Company><Manager>Grace Holloway</Manager></Properties>")
    items["docProps/custom.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
        b'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Client">'
        b"<vt:lpwstr>Grace Holloway</vt:lpwstr></property></Properties>")  # fmt: skip
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/docProps/custom.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')  # fmt: skip
    items["_rels/.rels"] = items["_rels/.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')  # fmt: skip
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)
    return path


def test_scrubbing_removes_names_from_docx_properties(tmp_path: Path) -> None:
    path = _docx_with_personal_metadata(tmp_path / "x.docx")
    assert scrub_docx(path, BOARD)
    with zipfile.ZipFile(path) as z:
        everything = b" ".join(z.read(n) for n in z.namelist() if n.startswith(("docProps", "_rels", "[Content")))
    assert b"Holloway" not in everything and b"custom.xml" not in everything
    props = docx.Document(str(path)).core_properties  # still a valid Word file
    assert props.author == BOARD and props.comments == ""
    assert not scrub_docx(path, BOARD)  # already clean: left alone


def test_scrubbing_removes_names_from_pdf_info_and_xmp(tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.add_metadata({"/Author": "Grace Holloway", "/Keywords": "Holloway", "/Title": "Review"})
    path = tmp_path / "x.pdf"
    with path.open("wb") as fh:
        w.write(fh)
    assert scrub_pdf(path, BOARD)
    meta = PdfReader(str(path)).metadata
    assert meta["/Author"] == BOARD and "/Keywords" not in meta and meta["/Title"] == "Review"
    assert not scrub_pdf(path, BOARD)
