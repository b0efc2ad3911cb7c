"""The product's own words in Polish and Welsh, and dates and lists as each language writes them."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from conftest_writers import BUILT, make_report
from pypdf import PdfReader

from scrpress.i18n import (
    catalog_path,
    format_date,
    format_list,
    format_partial_date,
    interface_languages,
    interface_translations,
    locales_dir,
)
from scrpress.model import PartialDate
from scrpress.writers import WRITERS

ROOT = Path(__file__).resolve().parents[1]
POT = ROOT / "templates" / "locales" / "scrpress.pot"
PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
}
EVENTS = ("%(num)d event, in date order", "%(num)d events, in date order")
REVIEWERS = ("Lead reviewer", "Lead reviewers")


def read(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_catalogs_ship_for_polish_and_welsh() -> None:
    assert {"en", "pl", "cy"} <= set(interface_languages())
    assert catalog_path("pl") == locales_dir() / "pl" / "LC_MESSAGES" / "scrpress.po"
    assert catalog_path("pl-PL") == catalog_path("pl")
    assert catalog_path("en") is None


@pytest.mark.parametrize("lang", ["pl", "cy"])
def test_catalog_translates_every_string_of_the_template(lang: str) -> None:
    template = read(POT)
    catalog = read(catalog_path(lang))
    assert catalog.plural_forms == PLURAL_FORMS[lang]
    for message in template:
        if not message.id:
            continue
        translated = catalog.get(message.id)
        assert translated is not None, f"{lang}: missing {message.id!r}"
        assert not translated.fuzzy, f"{lang}: fuzzy {message.id!r}"
        strings = translated.string if isinstance(translated.string, tuple) else (translated.string,)
        assert len(strings) == (catalog.num_plurals if message.pluralizable else 1)
        assert all(strings), f"{lang}: untranslated {message.id!r}"
    assert {m.id for m in catalog if m.id} == {m.id for m in template if m.id}, "run pybabel update"


@pytest.mark.parametrize("lang", ["pl", "cy"])
def test_catalog_passes_msgfmt_check(lang: str) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(catalog_path(lang))], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_template_holds_every_string_the_code_and_templates_use(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "-q",
            "extract",
            "-F",
            str(ROOT / "templates" / "locales" / "babel.cfg"),
            "--no-location",
            "-o",
            str(fresh),
            str(ROOT),
        ]
    )
    assert {m.id for m in read(fresh) if m.id} == {m.id for m in read(POT) if m.id}, "re-run pybabel extract"


def test_english_is_the_source_language() -> None:
    t = interface_translations("en")
    assert type(t) is gettext.NullTranslations
    assert t.gettext("Contents") == "Contents"
    assert t.ngettext(*REVIEWERS, 2) == "Lead reviewers"


def test_a_language_without_a_catalog_falls_back_to_english() -> None:
    assert interface_translations("xx").gettext("Contents") == "Contents"


def test_catalogs_are_compiled_once_per_language() -> None:
    assert interface_translations("pl") is interface_translations("pl")
    assert interface_translations("pl").gettext("Contents") == "Spis treści"
    assert interface_translations("cy").gettext("Contents") == "Cynnwys"


@pytest.mark.parametrize(
    ("n", "events", "reviewers", "form"),
    [
        (1, "1 zdarzenie w kolejności chronologicznej", "Osoba prowadząca przegląd", 0),
        (2, "2 zdarzenia w kolejności chronologicznej", "Osoby prowadzące przegląd", 1),
        (5, "5 zdarzeń w kolejności chronologicznej", "Osoby prowadzące przegląd", 2),
        (22, "22 zdarzenia w kolejności chronologicznej", "Osoby prowadzące przegląd", 1),
        (12, "12 zdarzeń w kolejności chronologicznej", "Osoby prowadzące przegląd", 2),
    ],
)
def test_polish_plural_forms(n: int, events: str, reviewers: str, form: int) -> None:
    t = interface_translations("pl")
    assert t.plural(n) == form  # type: ignore[attr-defined]
    assert t.ngettext(*EVENTS, n) % {"num": n} == events
    assert t.ngettext(*REVIEWERS, n) == reviewers


@pytest.mark.parametrize(("n", "form"), [(0, 0), (1, 1), (2, 2), (3, 3), (6, 4), (4, 5), (11, 5)])
def test_welsh_has_six_plural_forms(n: int, form: int) -> None:
    t = interface_translations("cy")
    assert t.plural(n) == form  # type: ignore[attr-defined]
    expected = "Adolygydd arweiniol" if n == 1 else "Adolygwyr arweiniol"
    assert t.ngettext(*REVIEWERS, n) == expected


def test_a_polish_pdf_numbers_its_pages_in_polish(tmp_path: Path) -> None:
    [path] = WRITERS["executive-summary-pdf"]().write(make_report("pl", "public"), tmp_path, now=BUILT)
    text = PdfReader(path).pages[0].extract_text()
    assert "Strona 1 z 1" in text
    assert "Wydawca" in text and "21 listopada 2026" in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "21 November 2026"),
        ("en-GB", "21 November 2026"),
        ("pl", "21 listopada 2026"),
        ("cy", "21 Tachwedd 2026"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(lang: str, expected: str) -> None:
    assert format_date(date(2026, 11, 21), lang) == expected


@pytest.mark.parametrize(
    ("pd", "written", "lang", "expected"),
    [
        (PartialDate(2018, 3), "March 2018", "en", "March 2018"),
        (PartialDate(2018, 3, 3), "03/03/18", "en", "03/03/18"),
        (PartialDate(2018, 3), "March 2018", "pl", "marzec 2018"),
        (PartialDate(2018, 3), "March 2018", "cy", "Mawrth 2018"),
        (PartialDate(2018, 3, 3), "3 March 2018", "pl", "3 marca 2018"),
        (PartialDate(2018, 3, 3, 14 * 60 + 5), "3/3/2018 14:05", "pl", "3 marca 2018 14:05"),
        (PartialDate(2018), "2018", "cy", "2018"),
        (PartialDate(2019, 6, approx=True), "latem 2019", "pl", "latem 2019"),
        (PartialDate(2019, 6), "", "en", "June 2019"),
    ],
)
def test_partial_dates_keep_their_precision(pd: PartialDate, written: str, lang: str, expected: str) -> None:
    assert format_partial_date(pd, written, lang) == expected


@pytest.mark.parametrize(
    ("lang", "items", "expected"),
    [
        ("en", ["Police", "Health", "Education"], "Police, Health and Education"),
        ("pl", ["Policja", "Zdrowie", "Edukacja"], "Policja, Zdrowie i Edukacja"),
        ("cy", ["Heddlu", "Iechyd", "Addysg"], "Heddlu, Iechyd, ac Addysg"),
        ("cy", ["Heddlu", "Gwasanaethau Cymdeithasol"], "Heddlu a Gwasanaethau Cymdeithasol"),
        ("en", [], ""),
    ],
)
def test_lists_are_joined_the_way_each_language_joins_them(
    lang: str, items: list[str], expected: str
) -> None:
    assert format_list(items, lang) == expected
