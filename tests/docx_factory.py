"""Build small agency submissions as real .docx files the way agencies write them (python-docx + raw XML)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def agency_docx(
    path: Path,
    *,
    agency: str = "Testshire Community Health NHS Trust",
    author_role: str = "Named Nurse for Safeguarding",
    date: str = "20/03/2025",
    rows: list[tuple[str, str, str]] | None = None,
    analysis: list[tuple[str, str]] | None = None,
    header: tuple[str, str, str] = ("Date", "Event", "Source/Record"),
    tracked: bool = False,
    comment: bool = False,
) -> Path:
    """A submission: header-fields table, 'Chronology' heading + table, analysis headings and paragraphs.

    `analysis` items are (style, text) with style 'Heading 1', 'Heading 2', 'Normal' or 'List Bullet'.
    With `tracked`, the first analysis paragraph gets a tracked insertion (" INSERTED-TEXT") and
    deletion (" DELETED-TEXT"); with `comment`, a Word comment ("COMMENT-TEXT") is attached.
    """
    rows = rows if rows is not None else [
        ("12/05/2024", "Health visitor new birth review; home conditions poor & cluttered.", "SystmOne entry"),
        ("June 2023", "Antenatal booking; Grace Holloway disclosed previous depression.", "Maternity notes"),
        ("2022", "Family moved into the area.", "GP registration"),
    ]
    analysis = analysis if analysis is not None else [
        ("Heading 1", "Summary of involvement"),
        ("Normal", "The health visiting service saw Child T six times."),
        ("Heading 2", "Analysis of practice"),
        ("Normal", "Growth was plotted at 0.4th centile <2nd> and not escalated."),
        ("List Bullet", "Supervision did not explore the partner's role."),
    ]
    d = docx.Document()
    d.add_paragraph("Agency submission", style="Title")
    t = d.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate((("Agency", agency), ("Author role", author_role), ("Date of submission", date))):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    d.add_paragraph("Chronology", style="Heading 1")
    ct = d.add_table(rows=1 + len(rows), cols=len(header))
    for c, h in enumerate(header):
        ct.cell(0, c).text = h
    trpr = ct.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row[: len(header)]):
            ct.cell(r, c).text = value
    first_body = None
    for style, text in analysis:
        p = d.add_paragraph(text, style=style)
        if style == "Normal" and first_body is None:
            first_body = p
    if tracked and first_body is not None:
        first_body._p.append(
            parse_xml(
                f'<w:ins {nsdecls("w")} w:id="901" w:author="Reviewer" w:date="2025-04-01T10:00:00Z">'
                f"<w:r><w:t xml:space=\"preserve\"> INSERTED-TEXT</w:t></w:r></w:ins>"
            )
        )
        first_body._p.append(
            parse_xml(
                f'<w:del {nsdecls("w")} w:id="902" w:author="Reviewer" w:date="2025-04-01T10:00:00Z">'
                f"<w:r><w:delText xml:space=\"preserve\"> DELETED-TEXT</w:delText></w:r></w:del>"
            )
        )
    if comment and first_body is not None:
        d.add_comment(first_body.runs, text="COMMENT-TEXT", author="Reviewer", initials="R")
    d.save(path)
    return path


def set_header_text(path: Path, text: str) -> None:
    """Put `text` in the default page header of an existing .docx."""
    d = docx.Document(path)
    d.sections[0].header.paragraphs[0].text = text
    d.save(path)


def split_runs(path: Path, paragraph_index: int, pieces: list[str]) -> None:
    """Replace one body paragraph's text with several runs (how Word stores a name typed in two goes)."""
    d = docx.Document(path)
    p = d.paragraphs[paragraph_index]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for piece in pieces:
        p.add_run(piece)
    d.save(path)


__all__ = ["agency_docx", "set_header_text", "split_runs", "qn", "W_NS"]
