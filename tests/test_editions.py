"""Translated public editions: rendered only from complete catalogs (or visibly marked as drafts),
in Polish, Welsh and Welsh-with-English, and as open to the leak gate as the English edition."""

from __future__ import annotations

import dataclasses
import re
import shutil
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from babel.messages.catalog import Catalog
from conftest_writers import BUILT
from docx import Document
from pypdf import PdfReader
from translation_support import PREFIX, fill, public_from_register

from scrpress.errors import ScrpressError
from scrpress.i18n.catalogs import extract_catalog, write_catalog
from scrpress.i18n.editions import write_translated_editions
from scrpress.i18n.translate import translate_report
from scrpress.redaction.review import allowed_names
from scrpress.verify import make_gate, verify_public
from scrpress.writers.bilingual import bilingual_view
from scrpress.writers.pdf_writer import render_html
from scrpress.writers.view import build_view

HERE = Path(__file__).resolve().parent
INTRO = "overview/01-introduction.md#line 8"
INTRO_TEXT = "Agency submissions were requested from four agencies."


@pytest.fixture(scope="module")
def tiny():
    return public_from_register(HERE / "cases" / "tiny")


def case_folder(root: Path, catalogs: dict[str, Catalog], *, nation: str = "england") -> SimpleNamespace:
    for lang, catalog in catalogs.items():
        write_catalog(catalog, root / "translations" / f"{lang}.po")
    return SimpleNamespace(dir=root, languages=["en", *catalogs], nation=nation,
                           board="Testshire Safeguarding Children Partnership")  # fmt: skip


def complete(public, lang: str) -> Catalog:
    return fill(extract_catalog(public, lang, pseudonyms=["Child T", "Mother"]), lang)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def polish_build(tiny, tmp_path_factory):
    _case, _internal, public = tiny
    root = tmp_path_factory.mktemp("pl")
    case = case_folder(root, {"pl": complete(public, "pl")})
    files = write_translated_editions(public, case, root / "public", draft=False, register=_case.register, now=BUILT)
    return root, files


def test_a_complete_catalog_gives_the_polish_docx_pdf_and_summary(polish_build) -> None:
    root, files = polish_build
    assert sorted(p.relative_to(root / "public").as_posix() for p in files) == [
        "pl/executive-summary.pl.pdf", "pl/overview-report.pl.docx", "pl/overview-report.pl.pdf"]  # fmt: skip
    pdf = root / "public" / "pl" / "overview-report.pl.pdf"
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "pl"
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(pdf)))
    assert f"{PREFIX['pl']} {INTRO_TEXT}" in text
    assert "Spis treści" in text and "Zintegrowana chronologia wieloinstytucjonalna" in text
    assert "14 lutego 2024" in text and "14 listopada 2025" in text  # chronology and cover dates in Polish
    assert "DRAFT TRANSLATION" not in text
    word = docx_text(root / "public" / "pl" / "overview-report.pl.docx")
    assert f"{PREFIX['pl']} {INTRO_TEXT}" in word and f"\n{INTRO_TEXT}" not in word
    assert Document(str(root / "public" / "pl" / "overview-report.pl.docx")).core_properties.language == "pl"


def test_an_incomplete_catalog_is_refused_with_counts_and_nothing_is_written(tiny, tmp_path: Path) -> None:
    _case, _internal, public = tiny
    catalog = complete(public, "pl")
    catalog.get(INTRO_TEXT, context=INTRO).string = ""
    catalog.get("Learning", context="submissions/police.md#line 20").flags.add("fuzzy")
    case = case_folder(tmp_path, {"pl": catalog})
    with pytest.raises(ScrpressError) as caught:
        write_translated_editions(public, case, tmp_path / "public", draft=False, register=None)
    message = str(caught.value)
    assert "overview/01-introduction.md: 1 untranslated" in message
    assert "Agency: Testshire Police: 1 fuzzy" in message and "--draft-translations" in message
    assert caught.value.file == tmp_path / "translations" / "pl.po"
    assert not (tmp_path / "public").exists()


def test_a_language_without_a_catalog_is_named(tiny, tmp_path: Path) -> None:
    _case, _internal, public = tiny
    case = SimpleNamespace(dir=tmp_path, languages=["en", "pl", "cy"], nation="england", board="B")
    with pytest.raises(ScrpressError) as caught:
        write_translated_editions(public, case, tmp_path / "public", draft=True, register=None)
    assert "translate extract CASE --lang pl" in str(caught.value) and "cy.po" in str(caught.value)


def test_a_draft_is_watermarked_on_every_page_and_prints_english_where_the_translation_is_missing(
    tiny, tmp_path: Path
) -> None:
    _case, _internal, public = tiny
    welsh = complete(public, "cy")
    stale = welsh.get(INTRO_TEXT, context=INTRO)
    stale.string, stale.flags = "Cyflwynwyd gan Stale-Marker", {"fuzzy"}
    case = case_folder(tmp_path, {"pl": complete(public, "pl"), "cy": welsh})
    write_translated_editions(public, case, tmp_path / "public", draft=True, register=None, now=BUILT)

    pages = pdf_pages(tmp_path / "public" / "cy" / "overview-report.cy.pdf")
    assert len(pages) > 3 and all("DRAFT TRANSLATION · CYFIEITHIAD DRAFFT" in page for page in pages)
    text = " ".join(pages)
    assert "Stale-Marker" not in text  # a fuzzy translation is never printed
    assert INTRO_TEXT in re.sub(r"\s+", " ", text)
    assert all("DRAFT TRANSLATION" in p for p in pdf_pages(tmp_path / "public" / "cy" / "executive-summary.cy.pdf"))
    with zipfile.ZipFile(tmp_path / "public" / "cy" / "overview-report.cy.docx") as z:
        headers = [z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/header\d+\.xml", n)]
    assert headers and all("DRAFT TRANSLATION · CYFIEITHIAD DRAFFT" in h and "v:textpath" in h for h in headers)
    # the complete Polish catalog in the same build makes a finished edition
    assert not any("DRAFT" in p for p in pdf_pages(tmp_path / "public" / "pl" / "overview-report.pl.pdf"))


@pytest.fixture(scope="module")
def welsh_build(tiny, tmp_path_factory):
    _case, _internal, public = tiny
    root = tmp_path_factory.mktemp("cy")
    case = case_folder(root, {"cy": complete(public, "cy")}, nation="wales")
    files = write_translated_editions(public, case, root / "public", draft=False, register=_case.register, now=BUILT)
    return root, files, public


def test_a_welsh_case_also_gets_the_bilingual_edition(welsh_build) -> None:
    root, files, _public = welsh_build
    assert sorted(p.name for p in files) == [
        "executive-summary.cy-en.pdf", "executive-summary.cy.pdf", "overview-report.cy-en.docx",
        "overview-report.cy-en.pdf", "overview-report.cy.docx", "overview-report.cy.pdf"]  # fmt: skip
    pdf = root / "public" / "cy" / "overview-report.cy-en.pdf"
    assert PdfReader(pdf).trailer["/Root"]["/Lang"] == "cy"
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(pdf)))
    welsh_then_english = f"{PREFIX['cy']} {INTRO_TEXT} {INTRO_TEXT}"
    assert welsh_then_english in text
    assert "Cynnwys / Contents" in text and "Dyddiad / Date" in text
    assert "14 Chwefror 2024 14/02/2024" in text  # each language's own date
    word = docx_text(root / "public" / "cy" / "overview-report.cy-en.docx")
    assert f"{PREFIX['cy']} {INTRO_TEXT}\n{INTRO_TEXT}" in word
    with zipfile.ZipFile(root / "public" / "cy" / "overview-report.cy-en.docx") as z:
        body = z.read("word/document.xml").decode()
    assert '<w:lang w:val="en-GB"/>' in body  # the English runs are tagged for spelling and screen readers


def test_the_bilingual_html_tags_every_english_text_with_its_language(welsh_build) -> None:
    _root, _files, public = welsh_build
    welsh = translate_report(public, complete(public, "cy"), "cy", draft=False)
    html = render_html(bilingual_view(build_view(welsh, BUILT), build_view(public, BUILT)))
    assert '<html lang="cy">' in html
    assert f'{PREFIX["cy"]} {INTRO_TEXT}<span class="en" lang="en-GB">{INTRO_TEXT}</span>' in html
    assert "<title>" in html and '<span class="en"' not in html.split("</title>")[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pl", "Zgłoszenia przesłano do Kasi."), ("cy", "Anfonwyd y cyflwyniadau at Ddafydd.")],
)
def test_a_translation_that_brings_back_a_name_is_refused(tiny, tmp_path: Path, lang: str, text: str) -> None:
    case, _internal, public = tiny
    catalog = complete(public, lang)
    catalog.get(INTRO_TEXT, context=INTRO).string = text  # a declined Polish / mutated Welsh form
    folder = case_folder(tmp_path, {lang: catalog})
    with pytest.raises(ScrpressError) as caught:
        write_translated_editions(public, folder, tmp_path / "public", draft=False, register=case.register)
    assert INTRO in str(caught.value) and "Kasi" not in str(caught.value) and "Ddafydd" not in str(caught.value)
    assert not (tmp_path / "public").exists()


def test_the_leak_gate_reads_every_translated_edition(tiny, tmp_path: Path) -> None:
    """Without the pre-render check, the build's leak gate still finds declined and mutated names in the
    translated PDFs and Word files: their text is real, extractable text."""
    case, internal, public = tiny
    public = dataclasses.replace(public, executive_summary=None)  # fewer files to render; the same text paths
    polish, welsh = complete(public, "pl"), complete(public, "cy")
    polish.get(INTRO_TEXT, context=INTRO).string = "Zgłoszenia przesłano do Kasi."
    welsh.get(INTRO_TEXT, context=INTRO).string = "Anfonwyd y cyflwyniadau at Ddafydd."
    folder = case_folder(tmp_path, {"pl": polish, "cy": welsh}, nation="wales")
    write_translated_editions(public, folder, tmp_path / "public", draft=False, register=None, now=BUILT)
    gate = make_gate(case.register, [], allowed_names(case, internal))
    leaks = verify_public(tmp_path, gate)
    leaked = {(leak.file, leak.what) for leak in leaks}
    for file in ("public/pl/overview-report.pl.pdf", "public/pl/overview-report.pl.docx"):
        assert (file, "person 1 (pseudonym 'Child T')") in leaked
    for file in ("public/cy/overview-report.cy.pdf", "public/cy/overview-report.cy-en.pdf",
                 "public/cy/overview-report.cy-en.docx"):  # fmt: skip
        assert (file, "person 3 (pseudonym 'Mother's partner')") in leaked
    assert all("Kasi" not in leak.error().render() for leak in leaks)
    shutil.rmtree(tmp_path / "public")
