"""Every Polish and Welsh letter prints with a real glyph in translated editions, and reads back exactly.

The letters go the way a translation does (catalog → translate_report → the real PDF writer), into
a body paragraph (serif), a heading (sans bold), a quotation (serif italic) and a chronology cell
(sans). The embedded font programs are then opened with fontTools: each letter's code point must
map, in the font that drew it, to a glyph that is not .notdef and has outlines, and the PDF's
ToUnicode map must give the same letter back, so pypdf extracts the text exactly.
"""

from __future__ import annotations

import io
import re

import pytest
from conftest_writers import BUILT, make_report
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from scrpress.i18n.catalogs import extract_catalog
from scrpress.i18n.translate import translate_report
from scrpress.writers import WRITERS

POLISH = "ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
WELSH = "ŴŶÂÊÎÔÛ ŵŷâêîôû ÁÉÍÓÚẂÝ áéíóúẃý ÀÈÌÒÙẀỲ àèìòùẁỳ ÄËÏÖÜẄŸ äëïöüẅÿ"
LETTERS = {"pl": POLISH, "cy": WELSH}
PLACES = {  # (context, English text): what the letters replace, one per typeface
    "body": ("overview/01-intro.md#line 5", "The review was commissioned after a serious incident."),
    "heading": ("overview/01-intro.md#line 3", "Background"),
    "quote": ("overview/01-intro.md#line 13", "Mother said: \u201cnobody asked me what it was like at home\u201d."),
    "cell": ("submissions/Police.docx#table 1, row 4, Event", "Call to the family home & no crime recorded."),
}


def line(lang: str, place: str) -> str:
    return f"{place}: {LETTERS[lang]}"


def resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


@pytest.fixture(scope="module", params=["pl", "cy"])
def edition(request, tmp_path_factory):
    lang = request.param
    report = make_report("en", "public")
    catalog = extract_catalog(report, lang)
    for message in catalog:
        if message.id:
            message.string = message.id
    for place, (context, text) in PLACES.items():
        catalog.get(text, context=context).string = line(lang, place)
    translated = translate_report(report, catalog, lang, draft=False)
    [path] = WRITERS["pdf"]().write(translated, tmp_path_factory.mktemp(lang), now=BUILT)
    return lang, PdfReader(path)


def fonts(reader: PdfReader) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for page in reader.pages:
        for font in (resolve(resolve(page["/Resources"]).get("/Font")) or {}).values():
            font = resolve(font)
            found[str(font["/BaseFont"])] = font
    return found


def to_unicode(font: dict) -> dict[int, str]:
    data = resolve(font["/ToUnicode"]).get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for cid, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(cid, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset, cid in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[cid] = chr(int(text, 16) + offset)
    return mapping


def test_every_letter_maps_to_a_real_glyph_in_the_font_that_drew_it(edition) -> None:
    lang, reader = edition
    needed = {c for c in LETTERS[lang] if not c.isspace()}
    drawn_by: dict[str, set[str]] = {}
    for name, font in fonts(reader).items():
        assert "DejaVu" in name, f"a fallback font was used: {name}"
        assert font["/Encoding"] == "/Identity-H", f"{name} is missing glyphs"  # WeasyPrint's sign of a gap
        descendant = resolve(font["/DescendantFonts"][0])
        assert descendant["/CIDToGIDMap"] == "/Identity"
        program = TTFont(io.BytesIO(resolve(resolve(descendant["/FontDescriptor"])["/FontFile2"]).get_data()))
        order, glyf, cmap = program.getGlyphOrder(), program["glyf"], program.getBestCmap()
        for cid, chars in to_unicode(font).items():
            for char in needed & set(chars):
                glyph = cmap.get(ord(char))
                assert glyph is not None and glyph != ".notdef", f"{char!r} has no glyph in {name}"
                assert order.index(glyph) == cid, f"{char!r}: the PDF and the font disagree in {name}"
                assert glyf[glyph].numberOfContours != 0, f"{char!r} has an empty glyph in {name}"
                drawn_by.setdefault(char, set()).add(name)
    assert set(drawn_by) == needed
    faces = set().union(*drawn_by.values())
    assert {"DejaVu-Serif", "DejaVu-Sans-Bold", "DejaVu-Serif-Italic", "DejaVu-Sans"} <= {f.split("+")[1] for f in faces}


def test_the_letters_read_back_exactly(edition) -> None:
    lang, reader = edition
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    text = " ".join(text.split())  # a long heading wraps onto two lines
    for place in PLACES:
        assert line(lang, place) in text
    assert reader.trailer["/Root"]["/Lang"] == lang
