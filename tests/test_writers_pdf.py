"""The PDF editions: what a board publishes must be navigable (contents, bookmarks, page
numbers), accessible (tagged, titled, language set), complete, and able to print every
Polish and Welsh letter with a real glyph."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest_writers import BUILT, POLISH, WELSH, make_report
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from scrpress.model import Report
from scrpress.writers import WRITERS
from scrpress.writers.pdf_writer import css_string, page_css
from scrpress.writers.view import build_view

MARKING = "OFFICIAL-SENSITIVE"


def render(name: str, report: Report, folder: Path) -> tuple[Path, PdfReader]:
    [path] = WRITERS[name]().write(report, folder, now=BUILT)
    return path, PdfReader(path)


_TEXTS: dict[int, tuple[PdfReader, list[str]]] = {}


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text, extracted once per reader (pypdf's extraction is the slow part).
    The reader is kept in the cache so its id cannot be reused by another reader."""
    if id(reader) not in _TEXTS:
        _TEXTS[id(reader)] = (reader, [page.extract_text() or "" for page in reader.pages])
    return _TEXTS[id(reader)][1]


def resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def pdf_fonts(reader: PdfReader) -> dict[str, dict]:
    """Every font used on any page, by its PostScript name."""
    fonts: dict[str, dict] = {}
    for page in reader.pages:
        resources = resolve(page.get("/Resources")) or {}
        for font in (resolve(resources.get("/Font")) or {}).values():
            font = resolve(font)
            fonts[str(font["/BaseFont"])] = font
    return fonts


def to_unicode_map(font: dict) -> dict[int, str]:
    """CID → text from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    data = resolve(font["/ToUnicode"]).get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for cid, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(cid, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(uni, 16)
            for offset, cid in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[cid] = chr(first + offset)
    return mapping


@pytest.fixture(scope="module")
def internal(tmp_path_factory) -> tuple[Report, Path, PdfReader]:
    report = make_report(events=90)  # long enough for the chronology to cross pages
    path, reader = render("pdf", report, tmp_path_factory.mktemp("internal"))
    return report, path, reader


@pytest.fixture(scope="module")
def polish(tmp_path_factory) -> tuple[Report, Path, PdfReader]:
    report = make_report("pl", "public", extra_text=[POLISH, WELSH])
    path, reader = render("pdf", report, tmp_path_factory.mktemp("pl"))
    return report, path, reader


def test_file_names_follow_the_output_layout(internal, polish) -> None:
    assert internal[1].name == "overview-report.pdf"
    assert polish[1].name == "overview-report.pl.pdf"


def test_pdf_is_a4_with_the_chronology_on_landscape_pages(internal) -> None:
    _report, _path, reader = internal
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes[0] == (595, 842)
    texts = page_texts(reader)
    chronology_pages = [i for i, t in enumerate(texts) if "Event 20:" in t or "Event 60:" in t]
    assert chronology_pages and all(sizes[i] == (842, 595) for i in chronology_pages)


def test_chronology_rows_come_out_in_model_order(internal) -> None:
    report, _path, reader = internal
    text = re.sub(r"\s+", " ", " ".join(page_texts(reader)))
    positions = [text.find(ev.event.text) for ev in report.chronology]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_chronology_header_row_repeats_on_every_page_it_crosses(internal) -> None:
    _report, _path, reader = internal
    texts = page_texts(reader)
    pages = [t for t in texts if re.search(r"Event \d+:", t)]
    assert len(pages) >= 2
    for text in pages:
        assert re.search(r"Date\s+Agency\s+Event\s+Source", text)


def test_every_page_after_the_cover_says_page_x_of_y(internal) -> None:
    _report, _path, reader = internal
    texts = page_texts(reader)
    total = len(texts)
    assert total > 4
    assert "Page " not in texts[0] and "CSPR-2026-014" not in texts[0].split("Child Safeguarding")[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert "CSPR-2026-014" in text


def test_internal_marking_is_on_every_page_including_the_cover(internal) -> None:
    _report, _path, reader = internal
    for text in page_texts(reader):
        assert text.count(MARKING) >= 2  # top and bottom


def test_public_edition_carries_no_marking(polish) -> None:
    _report, _path, reader = polish
    assert not any(MARKING in t for t in page_texts(reader))


def test_bookmarks_follow_the_headings(internal) -> None:
    _report, _path, reader = internal

    def titles(outline, depth=0):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item, depth + 1)
            else:
                yield depth, item.title

    outline = list(titles(reader.outline))
    top = [t for d, t in outline if d == 0]
    for title in (
        "Contents",
        "Executive summary",
        "Introduction",
        "Findings",
        "Agency analyses",
        "Integrated multi-agency chronology",
        "Action plan",
        "Board response",
        "About this report",
    ):
        assert title in top
    assert (1, "Police") in outline and (1, "Health") in outline and (1, "Background") in outline
    assert "Child Safeguarding Practice Review: Child H" not in top  # the cover title is not a bookmark


def test_contents_page_numbers_point_at_the_headings(internal) -> None:
    _report, _path, reader = internal
    texts = page_texts(reader)
    contents = texts[1]
    match = re.search(r"Action plan[ .]*?(\d+)", contents)
    assert match
    page = int(match.group(1))
    assert "Action plan" in texts[page - 1]


def test_metadata_title_author_and_language(internal, polish) -> None:
    report, _path, reader = internal
    assert reader.metadata.title == report.meta.title
    assert reader.metadata.author == report.meta.board
    assert reader.metadata.subject == report.meta.review_type
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert polish[2].trailer["/Root"]["/Lang"] == "pl"


def test_pdf_is_tagged_for_pdf_ua(internal) -> None:
    _report, path, reader = internal
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert b"pdfuaid" in path.read_bytes() or "/Metadata" in root


def test_metadata_names_no_person(internal) -> None:
    _report, path, reader = internal
    info = " ".join(str(v) for v in reader.metadata.values())
    assert "Kowalczyk" not in info and "Jane" not in info


def test_every_font_is_embedded(internal, polish) -> None:
    for _report, _path, reader in (internal, polish):
        fonts = pdf_fonts(reader)
        assert fonts
        for name, font in fonts.items():
            assert "DejaVu" in name
            descendant = resolve(font["/DescendantFonts"][0]) if "/DescendantFonts" in font else font
            descriptor = resolve(descendant["/FontDescriptor"])
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_polish_and_welsh_letters_render_with_real_glyphs(polish) -> None:
    _report, _path, reader = polish
    text = "\n".join(page_texts(reader))
    assert POLISH in text and WELSH in text  # the text extracts back exactly

    needed = {c for c in POLISH + WELSH if not c.isspace()}
    covered: set[str] = set()
    for name, font in pdf_fonts(reader).items():
        # WeasyPrint switches a font from Identity-H to its own CMap when a glyph is missing.
        assert font["/Encoding"] == "/Identity-H", f"{name} is missing glyphs"
        descendant = resolve(font["/DescendantFonts"][0])
        assert descendant["/CIDToGIDMap"] == "/Identity"
        program = resolve(resolve(descendant["/FontDescriptor"])["/FontFile2"]).get_data()
        ttf = TTFont(io.BytesIO(program))
        order, glyf = ttf.getGlyphOrder(), ttf["glyf"]
        for cid, chars in to_unicode_map(font).items():
            wanted = needed & set(chars)
            if not wanted:
                continue
            assert cid != 0, f".notdef used for {chars!r} in {name}"
            glyph = glyf[order[cid]]
            assert glyph.numberOfContours != 0, f"empty glyph for {chars!r} in {name}"
            covered |= wanted
    assert covered == needed


def test_polish_edition_numbers_pages_in_polish(polish) -> None:
    _report, _path, reader = polish
    texts = page_texts(reader)
    assert f"Strona 2 z {len(texts)}" in texts[1]
    assert "Spis treści" in texts[1]
    assert "marzec 2018" in "\n".join(texts)


def test_executive_summary_is_its_own_short_pdf(tmp_path: Path) -> None:
    report = make_report()
    path, reader = render("executive-summary-pdf", report, tmp_path)
    assert path.name == "executive-summary.pdf"
    [text] = page_texts(reader)
    assert "Page 1 of 1" in text
    assert MARKING in text and "CSPR-2026-014" in text
    assert "This review looked at how agencies worked together to protect Child H." in text
    assert "Integrated multi-agency chronology" not in text
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_no_executive_summary_means_no_file(tmp_path: Path) -> None:
    assert (
        WRITERS["executive-summary-pdf"]().write(make_report(with_summary=False), tmp_path, now=BUILT) == []
    )
    assert list(tmp_path.iterdir()) == []


def test_html_edition_is_self_contained_and_escaped(tmp_path: Path) -> None:
    [path] = WRITERS["html"]().write(
        make_report(extra_text=["<script>alert(1)</script> & {{ x }}"]), tmp_path, now=BUILT
    )
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en-GB">' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ x }}" in html
    assert "<script>" not in html
    assert "@page" in html and 'rel="stylesheet"' not in html


def test_page_words_and_reference_are_safe_css_strings() -> None:
    assert css_string('a "b" \\ </style>') == '"a \\"b\\" \\\\ \\3C /style\\3E "'
    report = make_report()
    report.meta.reference = 'REF"</style><script>'
    css = str(page_css(build_view(report, BUILT)))
    assert "</style>" not in css and "<script>" not in css
    assert '"Page " counter(page) " of " counter(pages) ""' in css


def test_a_tagging_crash_still_gives_an_untagged_pdf(tmp_path: Path, monkeypatch, caplog) -> None:
    import weasyprint.pdf

    def broken_tags(*_args, **_kwargs):
        raise ValueError("Table wrapper without a table")  # as in WeasyPrint issue #2761

    monkeypatch.setattr(weasyprint.pdf, "add_tags", broken_tags)
    path, reader = render("executive-summary-pdf", make_report(with_summary=True), tmp_path)
    assert "Page 1 of 1" in page_texts(reader)[0]
    assert "/StructTreeRoot" not in reader.trailer["/Root"]
    assert "PDF/UA tagging failed" in caplog.text
