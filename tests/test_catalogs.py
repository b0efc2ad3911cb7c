"""Content catalogs: what a translator receives is the approved public text, one message per place,
in a PO file that gettext's own tools accept and that reads back exactly."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from conftest_writers import FAMILY_NAME, make_report
from translation_support import fill, public_from_register

from scrpress.errors import ScrpressError
from scrpress.i18n import catalog_path
from scrpress.i18n.catalogs import (
    AGENCY,
    PLURAL_FORMS,
    PSEUDONYM,
    STATUS,
    catalog_status,
    extract_catalog,
    is_complete,
    read_catalog,
    write_catalog,
)
from scrpress.model import Para, Provenance
from scrpress.redaction.register import build_register_matcher

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)
MSGFMT = shutil.which("msgfmt")


@pytest.fixture(scope="module")
def tiny_public():
    """The tiny case with every register form redacted, as `apply_decisions` makes it."""
    return public_from_register(HERE / "cases" / "tiny")


def messages(catalog: Catalog) -> dict[tuple[str, str | None], object]:
    return {(m.id, m.context): m for m in catalog if m.id}


def msgfmt_check(path: Path) -> None:
    if MSGFMT is None:
        pytest.skip("msgfmt is not installed")
    done = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_one_message_per_text_with_its_place_as_context_and_reference() -> None:
    report = make_report("en", "public")
    catalog = extract_catalog(report, "pl", now=NOW)
    found = messages(catalog)
    for _label, para in report.paras():
        if para.style == "cell" and para.prov.where.endswith(", Date") and para.text != "summer 2019":
            assert (para.text, para.key) not in found  # every edition formats a readable date itself
            continue
        message = found[(para.text, para.key)]
        assert message.string == ""
        assert message.locations[0][0] == para.prov.file
    intro = found[("The review was commissioned after a serious incident.", "overview/01-intro.md#line 5")]
    assert intro.locations == [("overview/01-intro.md", 5)]
    assert intro.auto_comments == ["section: Introduction", "paragraph, line 5"]
    # printed fields that are not Paras
    assert ("Child Safeguarding Practice Review: Child H", "case.yaml#title") in found
    assert ("Detective Inspector, Public Protection Unit", "submissions/police.docx#header: author_role") in found
    assert ("Q2 2027", "action-plan.csv#row 3, Due date") in found
    assert {m.id for m in catalog if m.context == STATUS} == {"In progress", "Not started", "Complete"}
    assert {"Police", "Health", "Children's social care"} <= {m.id for m in catalog if m.context == AGENCY}
    assert ("March 2026", "submissions/health.docx#header: date_text") not in found  # a readable date


def test_the_same_sentence_in_two_places_is_two_messages() -> None:
    report = make_report("en", "public")
    report.sections[1].blocks.append(Para("Three findings stand out.", Provenance("overview/02-findings.md", "line 9")))
    catalog = extract_catalog(report, "pl", now=NOW)
    contexts = {m.context for m in catalog if m.id == "Three findings stand out."}
    assert contexts == {"overview/00-summary.md#line 5", "overview/02-findings.md#line 9"}


def test_pseudonyms_used_in_the_text_are_a_glossary_at_the_end() -> None:
    report = make_report("en", "public")
    catalog = extract_catalog(report, "pl", pseudonyms=["Child H", "Mother", "Maternal grandfather"], now=NOW)
    assert [m.id for m in catalog if m.context == PSEUDONYM] == ["Child H", "Mother"]  # the unused one is left out
    assert list(catalog)[-1].context == PSEUDONYM


def test_round_trip_through_a_po_file_is_exact_and_msgfmt_accepts_it(tmp_path: Path) -> None:
    report = make_report("en", "public")
    catalog = fill(extract_catalog(report, "pl", pseudonyms=["Child H"], now=NOW), "pl")
    path = write_catalog(catalog, tmp_path / "translations" / "pl.po")
    back = read_catalog(path)
    def seen(c: Catalog) -> list[tuple]:  # a long comment is wrapped onto two lines: compare the words
        return [(m.id, m.context, m.string, m.locations, " ".join(m.auto_comments)) for m in c if m.id]

    assert seen(back) == seen(catalog)
    text = path.read_text(encoding="utf-8")
    assert "Language: pl\\n" in text and "Project-Id-Version: scrpress" in text
    assert f"Plural-Forms: {PLURAL_FORMS['pl'][:30]}" in text
    assert "python-format" not in text.replace("no-python-format", "")  # "100% sure" is not a format string
    assert "A line\\n" in text  # a line break inside a paragraph survives
    assert is_complete(back, report)
    msgfmt_check(path)
    assert not list(path.parent.glob(".pl.po.*"))  # written atomically: no temporary left


@pytest.mark.parametrize("lang", ["pl", "cy"])
def test_untranslated_catalogs_pass_msgfmt_too(lang: str, tmp_path: Path) -> None:
    msgfmt_check(write_catalog(extract_catalog(make_report("en", "public"), lang, now=NOW), tmp_path / f"{lang}.po"))


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("pl", {1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 22: 1, 25: 2, 112: 2}),
        ("cy", {0: 0, 1: 1, 2: 2, 3: 3, 4: 5, 6: 4, 8: 5, 11: 5}),
    ],
)
def test_plural_forms_are_explicit_and_the_same_as_the_interface_catalogs(lang: str, counts: dict[int, int],
                                                                           tmp_path: Path) -> None:  # fmt: skip
    catalog = extract_catalog(make_report("en", "public"), lang, now=NOW)
    assert catalog.plural_forms == PLURAL_FORMS[lang]
    assert read_catalog(catalog_path(lang)).plural_forms == PLURAL_FORMS[lang]  # interface catalog of that language
    back = read_catalog(write_catalog(catalog, tmp_path / f"{lang}.po"))
    assert back.plural_forms == PLURAL_FORMS[lang]
    rule = gettext.c2py(PLURAL_FORMS[lang].split("plural=", 1)[1].rstrip(";"))
    assert {n: rule(n) for n in counts} == counts
    assert back.num_plurals == {"pl": 3, "cy": 6}[lang]


def test_a_plural_message_keeps_every_form(tmp_path: Path) -> None:
    catalog = extract_catalog(make_report("en", "public"), "pl", now=NOW)
    catalog.add(("%(num)d event", "%(num)d events"), ("%(num)d zdarzenie", "%(num)d zdarzenia", "%(num)d zdarzeń"),
                context="extra")  # fmt: skip
    back = read_catalog(write_catalog(catalog, tmp_path / "pl.po"))
    assert back.get(("%(num)d event", "%(num)d events"), context="extra").string == (
        "%(num)d zdarzenie", "%(num)d zdarzenia", "%(num)d zdarzeń")  # fmt: skip


def test_an_internal_report_never_becomes_a_catalog() -> None:
    with pytest.raises(ScrpressError, match="approved public text"):
        extract_catalog(make_report("en", "internal"), "pl")


def test_a_public_text_that_still_names_someone_is_refused_by_place_not_by_name(tiny_public) -> None:
    case, _internal, public = tiny_public
    leaky = public.with_texts({"overview/01-introduction.md#line 8": "Agency submissions were sent to Grace."})
    with pytest.raises(ScrpressError) as caught:
        extract_catalog(leaky, "pl", register=case.register)
    assert caught.value.where == "line 8" and str(caught.value.file) == "overview/01-introduction.md"
    assert "Grace" not in str(caught.value)


def test_no_unredacted_text_ever_reaches_a_catalog(tiny_public, tmp_path: Path) -> None:
    case, internal, public = tiny_public
    matcher = build_register_matcher(case.register)
    assert any(matcher.find(p.text) for _l, p in internal.paras())  # the internal report does name them
    catalog = extract_catalog(public, "pl", pseudonyms=[p.pseudonym for p in case.register.people],
                              register=case.register)  # fmt: skip
    text = write_catalog(catalog, tmp_path / "pl.po").read_text(encoding="utf-8")
    assert not [f for f in matcher.find(text) if f.score >= 0.5]
    for person in case.register.people:
        assert person.name not in text and all(alias not in text for alias in person.aliases)
    assert "Mother's partner" in text and "Child T" in text  # the pseudonyms are there instead
    assert FAMILY_NAME not in text


def test_a_malformed_catalog_names_its_file_and_line_but_not_its_text(tmp_path: Path) -> None:
    path = tmp_path / "pl.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: pl\\n"\n\nmsgctxt "a#1"\nmsgid "Secret Name"\n\nmsgid "x"\n',
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ScrpressError) as caught:
        read_catalog(path)
    assert caught.value.file == path and caught.value.where == "line 6"
    assert "Secret Name" not in str(caught.value)


def test_a_catalog_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "pl.po"
    path.write_bytes(b'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "\xb3\xf3d\xbc"\n')
    with pytest.raises(ScrpressError, match="not UTF-8") as caught:
        read_catalog(path)
    assert caught.value.where == "line 5"


def test_status_counts_per_part_of_the_report() -> None:
    report = make_report("en", "public")
    catalog = fill(extract_catalog(report, "pl", pseudonyms=["Child H"], now=NOW), "pl")
    catalog.get("Three findings stand out.", context="overview/00-summary.md#line 5").flags.add("fuzzy")
    catalog.get("Police", context=AGENCY).string = ""
    catalog.delete("Recognition of neglect", context="overview/01-intro.md#line 11")
    by_part = {s.section: s for s in catalog_status(catalog, report)}
    assert list(by_part)[:3] == ["Cover", "overview/00-summary.md", "overview/01-intro.md"]
    assert (by_part["overview/00-summary.md"].fuzzy, by_part["overview/00-summary.md"].translated) == (1, 2)
    assert by_part["overview/01-intro.md"].missing == 1
    assert by_part["Agencies"].untranslated == 1
    assert by_part["Pseudonyms"].translated == 1
    assert by_part["Agency: Police"].title == "Agency: Police"
    assert not is_complete(catalog, report)
    assert by_part["overview/00-summary.md"].counts() == "1 fuzzy"


SAMPLE_CATALOGS = [("child-w", "cy")]


@pytest.mark.parametrize(("sample", "lang"), SAMPLE_CATALOGS)
def test_the_sample_cases_ship_complete_catalogs(sample: str, lang: str) -> None:
    """`build` on a fresh machine makes the sample's translated editions: its catalog is complete for
    the approved public text and clean for msgfmt."""
    from scrpress.cli_translate import public_report_for_catalog

    path = HERE.parent / "samples" / sample / "translations" / f"{lang}.po"
    if MSGFMT:
        msgfmt_check(path)
    _case, public = public_report_for_catalog(HERE.parent / "samples" / sample)
    catalog = read_catalog(path)
    assert [s for s in catalog_status(catalog, public) if not s.complete] == []
    assert not catalog.obsolete and not any("fuzzy" in m.flags for m in catalog if m.id)
