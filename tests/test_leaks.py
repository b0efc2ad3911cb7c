"""The leak gate, proved by planting leaks: each planted name or redacted text is caught and named by file
and place, and the message never repeats the leaked words."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from pypdf import PdfWriter
from pypdf.annotations import Link, Text
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from scrpress.case import Person, Place, Register
from scrpress.redaction.decisions import Decision
from scrpress.verify import Leak, LeakGateError, check_file, make_gate

REGISTER = Register(
    people=(
        Person("Kasia Wrónska", "Child T", ("Kasia",), "child"),
        Person("Grace Holloway", "Mother", (), "mother"),
        Person("Dafydd Morgan", "Mother's partner", ("Dai",), "partner"),
    ),
    places=(Place("12 Larch Close", "the family home"),),
)
BOARD = "Testshire Safeguarding Children Partnership"
ALLOWED = [BOARD, "Dr Imogen Testwell", "Testshire Police"]
LEAKED_WORDS = ("Kasia", "Kasię", "Grace", "Holloway", "Dafydd", "Morgan", "Dai", "Larch", "24/1234", "Wrónsk")


def _row(i: str, text: str, decision: str = "redact", entity: str = "REFERENCE_NUMBER") -> Decision:
    return Decision(i, entity, text, "", "", "k#1", "", "", "1.00", "redact", "[removed]", decision, "[removed]",
                    "identifier")  # fmt: skip


ROWS = [_row("F-00000000a1", "Occurrence 24/1234"), _row("F-00000000a2", "Poland", "keep", "PERSON"),
        _row("F-00000000a3", "Poland", "redact", "PERSON")]  # fmt: skip
GATE = make_gate(REGISTER, ROWS, ALLOWED)
CLEAN = [
    "Child T lived with Mother and Mother's partner in the family home.",
    f"Published by {BOARD}. Lead reviewer: Dr Imogen Testwell.",
    "Testshire Police attended. Mother's partner left for Poland.",
    "I will call you, said Mother.",  # "will" is an English word, not a name
]


def _no_text_in(leaks: list[Leak]) -> None:
    for leak in leaks:
        rendered = leak.error().render()
        assert not any(w.lower() in rendered.lower() for w in LEAKED_WORDS), rendered


# -- DOCX -------------------------------------------------------------------------------------------


def _docx(path: Path, plant: Callable[[docx.document.Document], None] | None = None) -> Path:
    d = docx.Document()
    for line in CLEAN:
        d.add_paragraph(line)
    d.sections[0].header.paragraphs[0].text = "CSPR-2099-001"
    d.core_properties.author = BOARD
    d.core_properties.last_modified_by = BOARD
    if plant:
        plant(d)
    d.save(str(path))
    return path


def _split_runs(d) -> None:  # type: ignore[no-untyped-def]
    p = d.add_paragraph("Seen with ")
    for piece in ("Gra", "ce Hol", "low", "ay"):
        p.add_run(piece).bold = True


def _table_cell(d) -> None:  # type: ignore[no-untyped-def]
    t = d.add_table(rows=2, cols=2)
    t.cell(1, 1).text = "Dai attended"


def _header(d) -> None:  # type: ignore[no-untyped-def]
    d.sections[0].header.paragraphs[0].text = "Review of Kasia Wrónska"


def _footer_declined(d) -> None:  # type: ignore[no-untyped-def]
    d.sections[0].footer.paragraphs[0].text = "Rozmawiano z matką Kasi."  # Polish genitive of Kasia


def _core_properties(d) -> None:  # type: ignore[no-untyped-def]
    d.core_properties.author = "Grace Holloway"


def _comment(d) -> None:  # type: ignore[no-untyped-def]
    p = d.add_paragraph("Checked.")
    d.add_comment(p.runs, text="ask Dafydd Morgan", author="Reviewer", initials="R")


def _tracked(d) -> None:  # type: ignore[no-untyped-def]
    p = d.add_paragraph("Seen at home.")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="9" w:author="R" w:date="2025-01-01T00:00:00Z">'
                          '<w:r><w:delText xml:space="preserve"> at 12 Larch Close</w:delText></w:r></w:del>'))  # fmt: skip


def _hidden(d) -> None:  # type: ignore[no-untyped-def]
    run = d.add_paragraph("Visible. ").add_run("Grace Holloway")
    run.font.hidden = True


def _redacted_reference(d) -> None:  # type: ignore[no-untyped-def]
    d.add_paragraph("Crime reported (occurrence   24/1234).")


DOCX_LEAKS = [
    (_split_runs, "body, paragraph 5", "person 2 (pseudonym 'Mother')"),
    (_table_cell, "body, paragraph", "person 3 (pseudonym 'Mother's partner')"),
    (_header, "header 1", "person 1 (pseudonym 'Child T')"),
    (_footer_declined, "footer 1", "person 1 (pseudonym 'Child T')"),
    (_core_properties, "document properties (core)", "person 2 (pseudonym 'Mother')"),
    (_comment, "comments", "person 3 (pseudonym 'Mother's partner')"),
    (_tracked, "body", "tracked changes (deletions)"),
    (_hidden, "body", "hidden text"),
    (_redacted_reference, "body, paragraph 5", "decision F-00000000a1 (REFERENCE_NUMBER)"),
]


def test_a_clean_word_file_passes(tmp_path: Path) -> None:
    assert check_file(_docx(tmp_path / "clean.docx"), GATE, "public/en/x.docx") == []


@pytest.mark.parametrize(("plant", "where", "what"), DOCX_LEAKS, ids=[p[0].__name__.strip("_") for p in DOCX_LEAKS])
def test_each_leak_planted_in_a_word_file_is_caught(tmp_path: Path, plant, where: str, what: str) -> None:  # type: ignore[no-untyped-def]
    leaks = check_file(_docx(tmp_path / "x.docx", plant), GATE, "public/en/overview-report.en.docx")
    assert leaks, "the planted leak was not found"
    assert any(leak.where.startswith(where) and leak.what == what for leak in leaks), leaks
    assert all(leak.file == "public/en/overview-report.en.docx" for leak in leaks)
    _no_text_in(leaks)


def test_custom_properties_with_a_name_are_caught(tmp_path: Path) -> None:
    import zipfile

    path = _docx(tmp_path / "x.docx")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("docProps/custom.xml", '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/custom-properties"><property name="Client">'
                   '<lpwstr>Grace Holloway</lpwstr></property></Properties>')  # fmt: skip
    leaks = check_file(path, GATE, "x.docx")
    assert {(leak.where, leak.what) for leak in leaks} >= {
        ("custom properties", "person 2 (pseudonym 'Mother')"),
        ("custom properties", "a part that records people or custom properties"),
    }


# -- PDF ----------------------------------------------------------------------------------------------


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdf(path: Path, lines: list[str] | None = None, plant: Callable[[PdfWriter], None] | None = None) -> Path:
    """A one-page PDF whose page shows `lines` in Helvetica (text pypdf can extract)."""
    w = PdfWriter()
    page = w.add_blank_page(595, 842)
    font = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                           NameObject("/Subtype"): NameObject("/Type1"),
                                           NameObject("/BaseFont"): NameObject("/Helvetica"),
                                           NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))  # fmt: skip
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    shown = " ".join(f"({_escape(line)}) '" for line in (lines if lines is not None else CLEAN))
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 14 TL 50 800 Td {shown} ET".encode("cp1252"))
    page[NameObject("/Contents")] = w._add_object(stream)
    w.add_metadata({"/Title": "Child Safeguarding Practice Review: Child T", "/Author": BOARD})
    if plant:
        plant(w)
    with path.open("wb") as fh:
        w.write(fh)
    return path


def _xmp(w: PdfWriter) -> None:
    xmp = DecodedStreamObject()
    xmp.set_data(b'<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
                 b'1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description '
                 b'rdf:about=""><dc:creator><rdf:Seq><rdf:li>Dafydd Morgan</rdf:li></rdf:Seq></dc:creator>'
                 b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="r"?>')  # fmt: skip
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    w._root_object[NameObject("/Metadata")] = w._add_object(xmp)


PDF_LEAKS = [
    ("page-text", [*CLEAN, "Grace Holloway was seen."], None, "page 1", "person 2 (pseudonym 'Mother')"),
    # only the two halves of the surname are on the page: found once the line-end hyphen is undone
    ("hyphenated", [*CLEAN, "The child's family name, Wrón-", "ska, was used."], None, "page 1",
     "person 1 (pseudonym 'Child T')"),
    ("bookmark", None, lambda w: w.add_outline_item(title="Interview with Dai", page_number=0), "bookmarks",
     "person 3 (pseudonym 'Mother's partner')"),
    ("link", None, lambda w: w.add_annotation(0, Link(rect=(50, 50, 200, 70), url="https://example.org/holloway")),
     "page 1 link", "person 2 (pseudonym 'Mother')"),
    ("annotation", None, lambda w: w.add_annotation(0, Text(rect=(50, 50, 70, 70), text="check with Kasia")),
     "page 1 annotation", "person 1 (pseudonym 'Child T')"),
    ("info", None, lambda w: w.add_metadata({"/Subject": "About Grace Holloway"}), "document info",
     "person 2 (pseudonym 'Mother')"),
    ("xmp", None, _xmp, "XMP metadata", "person 3 (pseudonym 'Mother's partner')"),
    ("redacted-text", [*CLEAN, "Log: Occurrence 24/1234"], None, "page 1", "decision F-00000000a1 (REFERENCE_NUMBER)"),
    ("address", [*CLEAN, "They lived at 12 Larch Close."], None, "page 1", "place 1 (pseudonym 'the family home')"),
]  # fmt: skip


def test_a_clean_pdf_passes(tmp_path: Path) -> None:
    assert check_file(_pdf(tmp_path / "clean.pdf"), GATE, "public/en/x.pdf") == []


@pytest.mark.parametrize(("name", "lines", "plant", "where", "what"), PDF_LEAKS, ids=[p[0] for p in PDF_LEAKS])
def test_each_leak_planted_in_a_pdf_is_caught(tmp_path: Path, name: str, lines, plant, where: str, what: str) -> None:  # type: ignore[no-untyped-def]
    leaks = check_file(_pdf(tmp_path / f"{name}.pdf", lines, plant), GATE, "public/en/overview-report.en.pdf")
    assert (where, what) in {(leak.where, leak.what) for leak in leaks}, leaks
    _no_text_in(leaks)


# -- the gate in the build ------------------------------------------------------------------------------


def test_a_leak_fails_the_build_and_nothing_is_moved_into_place(tiny_case: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from click.testing import CliRunner
    from review_support import LAWYER, accept_proposals, edit

    import scrpress.redaction.apply as apply_module
    from scrpress.cli import cli
    from scrpress.pipeline import approve_case, review_case

    review_case(tiny_case, pdf=False)
    edit(tiny_case, accept_proposals)
    approve_case(tiny_case, LAWYER)
    real = apply_module.apply_decisions

    def forgetful(report, rows):  # type: ignore[no-untyped-def]
        """A broken redaction step: it marks the edition public but leaves the first name in place."""
        public = real(report, rows)
        internal = copy.deepcopy(report)
        public.executive_summary = internal.executive_summary
        public.executive_summary.blocks[0].text += " Kasia Wrónska"
        return public

    monkeypatch.setattr(apply_module, "apply_decisions", forgetful)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tiny_case), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "public/en/overview-report.en.pdf:page" in result.output
    assert "public/en/overview-report.en.docx:body, paragraph" in result.output
    assert "public/en/executive-summary.en.pdf:page" in result.output
    assert "person 1 (pseudonym 'Child T')" in result.output
    assert "leak gate failed" in result.output and "nothing was published" in result.output
    assert "Kasia" not in result.output and "Wrónska" not in result.output
    assert not out.exists()
    assert not list(tmp_path.glob(".out.staging-*"))


def test_leak_gate_error_lists_one_line_per_leak() -> None:
    err = LeakGateError([Leak("public/en/a.pdf", "page 3", "person 2 (pseudonym 'Mother')"),
                         Leak("public/en/a.docx", "header 1", "hidden text")])  # fmt: skip
    lines = err.render().splitlines()
    assert lines[0] == "public/en/a.pdf:page 3: person 2 (pseudonym 'Mother') survives in a public file"
    assert lines[1].startswith("public/en/a.docx:header 1: hidden text")
    assert lines[-1].startswith("leak gate failed: 2 leak(s)")


def test_a_redacted_number_is_looked_for_in_text_but_not_in_style_and_theme_parts(tmp_path: Path) -> None:
    import zipfile

    gate = make_gate(REGISTER, [_row("F-00000000b1", "23000")], ALLOWED)
    path = _docx(tmp_path / "x.docx")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/theme/theme2.xml", '<a:theme xmlns:a="urn:x"><a:gs pos="23000"/></a:theme>')
    assert check_file(path, gate, "x.docx") == []
    body = _docx(tmp_path / "y.docx", lambda d: d.add_paragraph("Booking 23000 was cancelled."))
    assert [(leak.where, leak.what) for leak in check_file(body, gate, "y.docx")] == [
        ("body, paragraph 5", "decision F-00000000b1 (REFERENCE_NUMBER)")]
