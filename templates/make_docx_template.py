"""Generate templates/overview-report.docx, the docxtpl template of the Word edition.

Run once after changing this script (`python templates/make_docx_template.py`) and commit both.
The output is byte-for-byte reproducible: fixed zip timestamps, fixed core properties.

The template is built with python-docx + lxml rather than edited in Word so that every
docxtpl tag sits in a run of its own (Word splits text into runs unpredictably) and so that
review of a change is a review of this script. Tags used:

* `{%p ... %}` paragraphs choose each block's Word style (Heading 2/3, List Bullet, Quote, Normal);
* `{%tr ... %}` rows repeat chronology events, recommendations and their actions;
* `{{ _("...") }}` / `{{ ngettext(...) }}` are interface strings, translated through gettext
  (the `_` and `ngettext` helpers below write those tags, and `pybabel extract` finds them here).
"""

from __future__ import annotations

import copy
import io
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "overview-report.docx"

FONT = "Arial"
INK = RGBColor(0x1F, 0x1F, 0x1F)
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
HEADER_FILL = "1F3864"
GROUP_FILL = "DCE6F2"

A4_W, A4_H = 11906, 16838  # twips
MARGIN = Cm(2.2)
FIXED_TIME = datetime(2020, 1, 1, tzinfo=timezone.utc)


# ---------------------------------------------------------------- tag helpers (extracted by pybabel)


def out(expression: str) -> str:
    """The docxtpl tag printing a Jinja expression."""
    return "{{ " + expression + " }}"


def _(msgid: str) -> str:
    """The docxtpl tag printing the translation of `msgid`."""
    return out(f'_("{msgid}")')


def ngettext(singular: str, plural: str, count_expr: str) -> str:
    """The docxtpl tag printing the singular or plural translation for the Jinja expression `count_expr`."""
    return out(f'ngettext("{singular}", "{plural}", {count_expr})')


# ---------------------------------------------------------------- low-level XML helpers


def set_fonts(rpr_parent, name: str = FONT) -> None:
    """Name the font for every script and drop theme fonts (which would win over the name)."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def drop_theme_color(rpr_parent) -> None:
    rpr = rpr_parent.get_or_add_rPr()
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attr in list(color.attrib):
            if attr.endswith("themeColor") or attr.endswith("themeShade") or attr.endswith("themeTint"):
                del color.attrib[attr]


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def grid_span(cell, n: int) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), str(n))
    tc_pr.append(span)


def add_field(paragraph, instruction: str, cached: str = "", dirty: bool = False) -> None:
    """A complex field (begin / instrText / separate / cached result / end) at the end of `paragraph`."""

    def fld(kind: str):
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if kind == "begin" and dirty:
            char.set(qn("w:dirty"), "true")  # ask Word to recompute on open
        run._r.append(char)
        return run

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    fld("separate")
    if cached:
        paragraph.add_run(cached)


def end_field(paragraph) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    run._r.append(char)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def no_split(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


# ---------------------------------------------------------------- styles


def paragraph_style(doc, name: str, base: str = "Normal", style_id: str | None = None):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        if style_id:
            style.element.set(qn("w:styleId"), style_id)
    style.hidden = False
    style.quick_style = True
    return style


def configure_styles(doc) -> None:
    # Document defaults: Arial everywhere, British English proofing.
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr_default.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_default.append(lang)
    lang.set(qn("w:val"), "en-GB")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    set_fonts(normal.element)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15

    for level, size, before in ((1, 18, 18), (2, 14, 14), (3, 12, 10)):
        style = doc.styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = NAVY
        set_fonts(style.element)
        drop_theme_color(style.element)
        fmt = style.paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(6)
        fmt.keep_with_next = True

    title = doc.styles["Title"]
    title.font.size = Pt(28)
    title.font.bold = True
    title.font.color.rgb = NAVY
    set_fonts(title.element)
    drop_theme_color(title.element)
    title.paragraph_format.space_before = Pt(96)
    title.paragraph_format.space_after = Pt(24)

    quote = doc.styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = GREY
    drop_theme_color(quote.element)
    quote.paragraph_format.left_indent = Cm(1)
    quote.paragraph_format.right_indent = Cm(1)

    for name in ("List Bullet", "List Bullet 2", "List Number"):
        doc.styles[name].paragraph_format.space_after = Pt(4)

    caption = doc.styles["Caption"]
    caption.font.color.rgb = GREY
    caption.font.size = Pt(9)
    caption.font.bold = False
    drop_theme_color(caption.element)
    caption.hidden = False

    toc_heading = doc.styles["TOC Heading"]
    toc_heading.font.size = Pt(18)
    toc_heading.font.bold = True
    toc_heading.font.color.rgb = NAVY
    set_fonts(toc_heading.element)
    drop_theme_color(toc_heading.element)

    # Word's built-in "toc 1"/"toc 2": Word re-uses them when it rebuilds the contents field.
    for level, indent in ((1, 0), (2, 0.6)):
        style = paragraph_style(doc, f"toc {level}", style_id=f"TOC{level}")
        style.paragraph_format.left_indent = Cm(indent)
        style.paragraph_format.space_after = Pt(3)
        style.font.bold = level == 1

    label = paragraph_style(doc, "Cover Label", style_id="CoverLabel")
    label.font.size = Pt(9)
    label.font.bold = True
    label.font.color.rgb = GREY
    label.font.all_caps = True
    label.paragraph_format.space_after = Pt(0)
    label.paragraph_format.keep_with_next = True

    value = paragraph_style(doc, "Cover Value", style_id="CoverValue")
    value.font.size = Pt(13)
    value.paragraph_format.space_after = Pt(12)

    marking = paragraph_style(doc, "Marking", style_id="Marking")
    marking.font.bold = True
    marking.font.color.rgb = RED
    marking.font.size = Pt(11)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.paragraph_format.space_after = Pt(0)

    byline = paragraph_style(doc, "Byline", style_id="Byline")
    byline.font.size = Pt(10)
    byline.font.italic = True
    byline.font.color.rgb = GREY
    byline.paragraph_format.space_after = Pt(4)

    cell = paragraph_style(doc, "Table Text", style_id="TableText")
    cell.font.size = Pt(9.5)
    cell.paragraph_format.space_after = Pt(2)
    cell.paragraph_format.line_spacing = 1.0

    head = paragraph_style(doc, "Table Heading", base="Table Text", style_id="TableHeading")
    head.font.bold = True
    head.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    head.paragraph_format.keep_with_next = True

    for name in ("Header", "Footer"):
        doc.styles[name].font.size = Pt(9)
        doc.styles[name].font.color.rgb = GREY
        doc.styles[name].paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- body


def p(doc_or_cell, text: str = "", style: str = "Normal"):
    return doc_or_cell.add_paragraph(text, style=style)


def tag(doc_or_cell, statement: str):
    """A paragraph holding only a `{%p ... %}` tag: docxtpl removes it and keeps the statement."""
    return doc_or_cell.add_paragraph("{%p " + statement + " %}")


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def blocks(doc, section: str) -> None:
    """The paragraphs of one section, each in the Word style of its kind."""
    tag(doc, f"for b in {section}.blocks")
    kinds = (
        ("h2", "Heading 2"),
        ("h3", "Heading 3"),
        ("bullet", "List Bullet"),
        ("bullet2", "List Bullet 2"),
        ("number", "List Number"),
        ("quote", "Quote"),
    )
    for i, (kind, style) in enumerate(kinds):
        tag(doc, f'{"if" if i == 0 else "elif"} b.kind == "{kind}"')
        p(doc, "{{ b.text }}", style)
    tag(doc, "else")
    p(doc, "{{ b.text }}", "Normal")
    tag(doc, "endif")
    tag(doc, "endfor")


def section_heading(doc, section: str) -> None:
    tag(doc, f"if {section}.level == 1")
    p(doc, out(f"{section}.title"), "Heading 1")
    tag(doc, "else")
    p(doc, out(f"{section}.title"), "Heading 2")
    tag(doc, "endif")
    tag(doc, f"for label, value in {section}.byline")
    byline = p(doc, "", "Byline")
    byline.add_run("{{ label }}").bold = True
    byline.add_run(": ")
    byline.add_run("{{ value }}")
    tag(doc, "endfor")


def cover(doc) -> None:
    # The marking itself is in the cover page's own header and footer.
    p(doc, "{{ cover.title }}", "Title")
    fields = (
        (_("Published by"), "cover.board"),
        (_("Reference"), "cover.reference"),
        (_("Review type"), "cover.review_type"),
    )
    for label, value in fields:
        p(doc, label, "Cover Label")
        p(doc, out(value), "Cover Value")
    tag(doc, "if cover.reviewers")
    p(doc, ngettext("Lead reviewer", "Lead reviewers", "cover.reviewers|length"), "Cover Label")
    p(doc, "{{ cover.reviewers_text }}", "Cover Value")
    tag(doc, "endif")
    tag(doc, "if cover.publication_date")
    p(doc, _("Publication date"), "Cover Label")
    p(doc, "{{ cover.publication_date }}", "Cover Value")
    tag(doc, "endif")
    tag(doc, "if cover.draft")
    p(doc, _("Draft translation – not for publication"), "Marking")
    tag(doc, "endif")
    page_break(doc)


def contents(doc) -> None:
    p(doc, _("Contents"), "TOC Heading")
    # A real TOC field; its cached result lists the headings so viewers that never update
    # fields (LibreOffice, previews) still show the contents. settings.xml asks Word to update.
    add_field(p(doc, "", "toc 1"), r'TOC \o "1-3" \h \z \u', dirty=True)
    tag(doc, "for e in toc")
    tag(doc, "if e.level == 1")
    p(doc, "{{ e.title }}", "toc 1")
    tag(doc, "else")
    p(doc, "{{ e.title }}", "toc 2")
    tag(doc, "endif")
    tag(doc, "endfor")
    end_field(p(doc, "", "toc 1"))
    page_break(doc)


def table(doc, widths_cm: list[float]):
    tbl = doc.add_table(rows=0, cols=len(widths_cm))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    tbl_pr = tbl._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for col, width in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(width * 567)))
    return tbl


def add_row(
    tbl, texts: list[str], widths_cm: list[float], style: str = "Table Text", fill: str | None = None
):
    row = tbl.add_row()
    for cell, text, width in zip(row.cells, texts, widths_cm, strict=True):
        cell.width = Cm(width)
        para = cell.paragraphs[0]
        para.style = tbl.part.document.styles[style]
        if text:
            para.add_run(text)
        if fill:
            shade(cell, fill)
    return row


def chronology(doc) -> None:
    p(doc, "{{ chronology_heading.title }}", "Heading 1")
    tag(doc, "if chronology")
    keep_with_next(p(doc, "{{ chronology_caption }}", "Caption"))
    widths = [3.4, 4.2, 12.6, 4.9]
    tbl = table(doc, widths)
    header = add_row(
        tbl, [_("Date"), _("Agency"), _("Event"), _("Source")], widths, "Table Heading", HEADER_FILL
    )
    repeat_header(header)
    no_split(header)
    add_row(tbl, ["{%tr for r in chronology %}", "", "", ""], widths)
    add_row(tbl, ["{{ r.date }}", "{{ r.agency }}", "{{ r.event }}", "{{ r.source }}"], widths)
    add_row(tbl, ["{%tr endfor %}", "", "", ""], widths)
    tag(doc, "else")
    p(doc, _("No events were recorded."))
    tag(doc, "endif")


def action_plan(doc) -> None:
    p(doc, "{{ action_plan_heading.title }}", "Heading 1")
    tag(doc, "if action_groups")
    widths = [1.3, 6.4, 3.3, 3.3, 2.6, 5.6, 2.6]
    tbl = table(doc, widths)
    labels = [
        _("No."),
        _("Action"),
        _("Lead agency"),
        _("Owner"),
        _("Due date"),
        _("Success measure"),
        _("Status"),
    ]
    header = add_row(tbl, labels, widths, "Table Heading", HEADER_FILL)
    repeat_header(header)
    no_split(header)
    add_row(tbl, ["{%tr for g in action_groups %}"] + [""] * 6, widths)
    # The recommendation row: one cell across all seven columns.
    row = tbl.add_row()
    first = row.cells[0].merge(row.cells[-1])
    first.width = Cm(sum(widths))
    shade(first, GROUP_FILL)
    for extra in first.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    label = first.paragraphs[0]
    label.style = doc.styles["Table Text"]
    label.add_run("{{ g.label }}").bold = True
    keep_with_next(label)
    keep_with_next(
        first.add_paragraph("{{ g.text }}", style="Table Text")
    )  # the row stays with its first action
    no_split(row)
    add_row(tbl, ["{%tr for a in g.actions %}"] + [""] * 6, widths)
    add_row(
        tbl,
        [
            "{{ a.number }}",
            "{{ a.action }}",
            "{{ a.lead_agency }}",
            "{{ a.owner }}",
            "{{ a.due }}",
            "{{ a.success_measure }}",
            "{{ a.status }}",
        ],
        widths,
    )
    add_row(tbl, ["{%tr endfor %}"] + [""] * 6, widths)
    add_row(tbl, ["{%tr endfor %}"] + [""] * 6, widths)
    tag(doc, "else")
    p(doc, _("No actions have been agreed yet."))
    tag(doc, "endif")


def body(doc):
    cover(doc)
    contents(doc)
    tag(doc, "for s in front_sections")
    section_heading(doc, "s")
    blocks(doc, "s")
    tag(doc, "endfor")
    # The chronology and action plan are wide tables: they get a landscape section of their own.
    end_portrait = p(doc)
    chronology(doc)
    action_plan(doc)
    end_landscape = p(doc)
    tag(doc, "if board_response")
    section_heading(doc, "board_response")
    blocks(doc, "board_response")
    tag(doc, "endif")
    p(doc, "{{ notice_heading.title }}", "Heading 1")
    tag(doc, "for n in notices")
    p(doc, "{{ n }}")
    tag(doc, "endfor")
    return end_portrait, end_landscape


# ---------------------------------------------------------------- header, footer, sections


def marking_paragraph(container, conditional: bool) -> None:
    """The protective marking, centred in red; nothing is printed on public editions (empty marking)."""
    if conditional:
        tag(container, "if cover.marking")
    p(container, "{{ cover.marking }}", "Marking")
    if conditional:
        tag(container, "endif")


def headers_and_footers(doc) -> None:
    section = doc.sections[0]
    section.different_first_page_header_footer = True

    # Cover page: only the marking (an empty paragraph on public editions).
    first_header = section.first_page_header
    first_header.paragraphs[0].style = doc.styles["Marking"]
    first_header.paragraphs[0].add_run("{{ cover.marking }}")
    first_footer = section.first_page_footer
    first_footer.paragraphs[0].style = doc.styles["Marking"]
    first_footer.paragraphs[0].add_run("{{ cover.marking }}")

    header = section.header
    header._element.remove(header.paragraphs[0]._p)
    marking_paragraph(header, conditional=True)
    ref = p(header, "{{ cover.reference }}", "Header")
    ref.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    footer = section.footer
    page = footer.paragraphs[0]
    page.style = doc.styles["Footer"]
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page.add_run("{{ page_of[0] }}")
    add_field(page, "PAGE", "1")
    end_field(page)
    page.add_run("{{ page_of[1] }}")
    add_field(page, "NUMPAGES", "1")
    end_field(page)
    page.add_run("{{ page_of[2] }}")
    marking_paragraph(footer, conditional=True)


def page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = A4_W * 635, A4_H * 635  # twips → EMU
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = Cm(1)
    section.footer_distance = Cm(1)


def split_sections(doc, end_portrait, end_landscape) -> None:
    """Section 1 (portrait, title page, owns the headers) ends before the chronology; section 2
    (landscape, chronology and action plan) ends after them; the body's section 3 is portrait.
    Sections 2 and 3 name no headers, so they inherit section 1's."""
    body_sect = doc.element.body.find(qn("w:sectPr"))

    first = copy.deepcopy(body_sect)
    end_portrait._p.get_or_add_pPr().append(first)

    for child in list(body_sect):
        if child.tag in (qn("w:headerReference"), qn("w:footerReference"), qn("w:titlePg")):
            body_sect.remove(child)

    landscape = copy.deepcopy(body_sect)
    size = landscape.find(qn("w:pgSz"))
    size.set(qn("w:w"), str(A4_H))
    size.set(qn("w:h"), str(A4_W))
    size.set(qn("w:orient"), "landscape")
    end_landscape._p.get_or_add_pPr().append(landscape)


# ---------------------------------------------------------------- package-level settings


def settings(doc) -> None:
    root = doc.settings.element
    for name in ("w:savePreviewPicture", "w:rsids", "w:attachedTemplate"):
        for el in root.findall(qn(name)):
            root.remove(el)
    # Word removes author/editor names from the file when it saves (a safety net for boards
    # editing the Word edition), and updates the TOC/NUMPAGES fields when it opens the file.
    remove_personal = OxmlElement("w:removePersonalInformation")
    zoom = root.find(qn("w:zoom"))
    zoom.addnext(remove_personal)
    remove_personal.addnext(OxmlElement("w:removeDateAndTime"))
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    root.find(qn("w:compat")).addprevious(update)


def core_properties(doc) -> None:
    props = doc.core_properties
    for name in (
        "author",
        "last_modified_by",
        "title",
        "subject",
        "keywords",
        "comments",
        "category",
        "content_status",
        "identifier",
        "version",
    ):
        setattr(props, name, "")
    props.language = "en-GB"
    props.revision = 1
    props.created = FIXED_TIME.replace(tzinfo=None)
    props.modified = FIXED_TIME.replace(tzinfo=None)
    props.last_printed = FIXED_TIME.replace(tzinfo=None)


def drop_thumbnail(doc) -> None:
    """python-docx's default package carries a thumbnail picture of another document: drop it."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


def reproducible_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the same script always makes the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build() -> bytes:
    doc = Document()
    assert not doc.paragraphs, "python-docx's default document is expected to be empty"
    configure_styles(doc)
    page_setup(doc)
    headers_and_footers(doc)
    end_portrait, end_landscape = body(doc)
    split_sections(doc, end_portrait, end_landscape)
    settings(doc)
    core_properties(doc)
    drop_thumbnail(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return reproducible_zip(buffer.getvalue())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.write_bytes(build())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
