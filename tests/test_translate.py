"""Translating the public Report, and keeping a catalog in step with a report that changes.

The story: a board extracts a Polish catalog, the translator fills it, a paragraph is then edited
(or a lawyer redacts one more name), `translate update` marks exactly that message fuzzy, and the
complete edition is refused until it is translated again. A fuzzy translation is never printed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest_writers import BUILT, make_report
from translation_support import PREFIX, fill, public_from_register

from scrpress import cli_translate
from scrpress.errors import ScrpressError
from scrpress.i18n.catalogs import (
    AGENCY,
    catalog_status,
    extract_catalog,
    is_complete,
    merge_catalog,
    read_catalog,
    update_catalog,
    write_catalog,
)
from scrpress.i18n.translate import translate_report
from scrpress.writers.view import build_view

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)
PL = PREFIX["pl"]
EDITED_KEY = "overview/01-intro.md#line 5"


def polish_catalog(report=None):
    report = report or make_report("en", "public")
    return report, fill(extract_catalog(report, "pl", pseudonyms=["Child H"], now=NOW), "pl")


# -- translate_report -----------------------------------------------------------------------------


def test_every_printed_text_is_replaced_by_its_translation() -> None:
    report, catalog = polish_catalog()
    polish = translate_report(report, catalog, "pl", draft=False)
    assert polish.meta.language == "pl" and polish.meta.edition == "public"
    assert report.meta.language == "en"  # the public report itself is untouched
    for (_l, before), (_l2, after) in zip(report.paras(), polish.paras()):
        if before.prov.where.endswith(", Date") and before.text != "summer 2019":
            assert after.text == before.text  # a readable date is formatted by the edition, not translated
        else:
            assert after.text == f"{PL} {before.text}"
    assert polish.meta.title == f"{PL} Child Safeguarding Practice Review: Child H"
    assert polish.meta.review_type.startswith(PL)
    assert polish.sections[2].meta["author_role"].startswith(PL)
    assert {ev.agency for ev in polish.chronology} == {f"{PL} {a}" for a in {ev.agency for ev in report.chronology}}
    assert {a.status for a in polish.actions} == {f"{PL} {s}" for s in ("In progress", "Not started", "Complete")}
    assert polish.actions[1].due_text == f"{PL} Q2 2027"


def test_an_incomplete_catalog_is_refused_with_counts_per_part_and_no_text() -> None:
    report, catalog = polish_catalog()
    catalog.get("Three findings stand out.", context="overview/00-summary.md#line 5").flags.add("fuzzy")
    catalog.get("Police", context=AGENCY).string = ""
    with pytest.raises(ScrpressError) as caught:
        translate_report(report, catalog, "pl", draft=False)
    message = str(caught.value)
    assert "overview/00-summary.md: 1 fuzzy" in message and "Agencies: 1 untranslated" in message
    assert "2 message(s)" in message
    assert "Three findings" not in message and PL not in message


def test_a_fuzzy_translation_is_never_printed_even_in_a_draft() -> None:
    report, catalog = polish_catalog()
    stale = catalog.get("Three findings stand out.", context="overview/00-summary.md#line 5")
    stale.string = "Trzy ustalenia dotyczące Kowalskiej"  # made for an older, since-redacted English text
    stale.flags.add("fuzzy")
    draft = translate_report(report, catalog, "pl", draft=True)
    assert draft.meta.edition == "draft-translation"
    texts = [p.text for _l, p in draft.paras()]
    assert "Three findings stand out." in texts  # English where the translation is not fit to print
    assert not any("Kowalsk" in t for t in texts)
    assert f"{PL} This review looked at how agencies worked together to protect Child H." in texts


def test_an_internal_report_is_never_translated() -> None:
    report, catalog = polish_catalog()
    with pytest.raises(ScrpressError, match="approved public text"):
        translate_report(make_report("en", "internal"), catalog, "pl", draft=True)


# -- updating -------------------------------------------------------------------------------------


def edited(report, key: str = EDITED_KEY, text: str = "The review was commissioned after a serious incident in 2025."):
    return report.with_texts({key: text})


def test_editing_one_paragraph_leaves_exactly_that_message_fuzzy_and_blocks_the_build(tmp_path: Path) -> None:
    report, catalog = polish_catalog()
    path = write_catalog(catalog, tmp_path / "pl.po")
    changed = edited(report)
    result = merge_catalog(read_catalog(path), changed, now=NOW)
    assert (result.added, result.changed, result.obsolete) == (0, 1, 0)
    fuzzy = [m for m in result.catalog if m.id and "fuzzy" in m.flags]
    assert [(m.context, m.id) for m in fuzzy] == [(EDITED_KEY, changed_text := edited(report).sections[0].blocks[1].text)]
    assert fuzzy[0].string == f"{PL} The review was commissioned after a serious incident."  # offered, not printed
    assert fuzzy[0].previous_id == ["The review was commissioned after a serious incident."]
    assert not result.catalog.obsolete
    assert not is_complete(result.catalog, changed)
    with pytest.raises(ScrpressError, match="overview/01-intro.md: 1 fuzzy"):
        translate_report(changed, result.catalog, "pl", draft=False)

    # the old English survives a write and a second update, for the translator to compare
    write_catalog(result.catalog, path)
    assert '#| msgid "The review was commissioned after a serious incident."' in path.read_text(encoding="utf-8")
    again = update_catalog(read_catalog(path), changed, now=NOW)
    message = again.get(changed_text, context=EDITED_KEY)
    assert "fuzzy" in message.flags and message.previous_id == ["The review was commissioned after a serious incident."]

    # re-translated: complete again
    message.string, message.flags = "Przegląd zlecono po poważnym incydencie w 2025 r.", set()
    assert is_complete(again, changed)
    polish = translate_report(changed, again, "pl", draft=False)
    assert "Przegląd zlecono po poważnym incydencie w 2025 r." in [p.text for _l, p in polish.paras()]


def test_removed_texts_become_obsolete_and_new_ones_arrive_untranslated() -> None:
    report, catalog = polish_catalog()
    changed = make_report("en", "public")
    findings = changed.sections[1]
    findings.blocks = [findings.blocks[0].__class__("Finding 2: nobody owned the plan.", findings.blocks[0].prov.__class__(
        "overview/02-findings.md", "line 7"))]  # fmt: skip
    result = merge_catalog(catalog, changed, now=NOW)
    assert result.obsolete == 1 and result.added == 1 and result.changed == 0
    [gone] = result.catalog.obsolete.values()
    assert gone.id == "Finding 1: professionals did not share what they knew." and gone.string.startswith(PL)
    new = result.catalog.get("Finding 2: nobody owned the plan.", context="overview/02-findings.md#line 7")
    assert new.string == "" and "fuzzy" not in new.flags
    assert catalog.get("Finding 1: professionals did not share what they knew.", context="overview/02-findings.md#line 3")


def test_a_paragraph_that_moved_is_offered_its_old_translation_as_fuzzy() -> None:
    report, catalog = polish_catalog()
    moved = make_report("en", "public")
    para = moved.sections[1].blocks[0]
    para.prov = para.prov.__class__("overview/02-findings.md", "line 4")  # a line was inserted above it
    result = merge_catalog(catalog, moved, now=NOW)
    message = result.catalog.get(para.text, context="overview/02-findings.md#line 4")
    assert "fuzzy" in message.flags and message.string == f"{PL} {para.text}"
    assert not result.catalog.obsolete


def test_update_drops_old_text_that_a_new_redaction_removed(tmp_path: Path) -> None:
    """A lawyer redacts a name after translation: the catalog sent to the translator afterwards must not
    carry it, not as the old English (#| msgid), not in the fuzzy translation, not as an obsolete message."""
    case, _internal, public = public_from_register(HERE / "cases" / "tiny")
    key = "overview/01-introduction.md#line 8"
    older = public.with_texts({key: "Agency submissions were requested by Ms Testwood."})
    catalog = fill(extract_catalog(older, "pl", now=NOW), "pl")
    catalog.get("Agency submissions were requested by Ms Testwood.", context=key).string = "Wnioski złożyła pani Testwood."
    catalog.add("Old text about Ms Testwood.", "Stary tekst o pani Testwood.", context="gone#1")
    catalog.obsolete[("Old text about Ms Testwood.", "gone#1")] = catalog.get("Old text about Ms Testwood.", context="gone#1")
    catalog.delete("Old text about Ms Testwood.", context="gone#1")

    def forbidden(text: str) -> bool:  # what the leak gate knows after the new decision
        return "Testwood" in text

    result = merge_catalog(catalog, public, forbidden=forbidden, now=NOW)
    text = write_catalog(result.catalog, tmp_path / "pl.po").read_text(encoding="utf-8")
    assert "Testwood" not in text
    assert result.dropped == 3
    current = {p.key: p.text for _l, p in public.paras()}[key]
    message = result.catalog.get(current, context=key)
    assert message.string == "" and not message.previous_id


def test_an_update_refuses_a_public_text_that_names_someone(tmp_path: Path) -> None:
    case, _internal, public = public_from_register(HERE / "cases" / "tiny")
    catalog = extract_catalog(public, "pl", now=NOW)
    leaky = public.with_texts({"overview/01-introduction.md#line 8": "Submissions came from Grace Holloway."})
    with pytest.raises(ScrpressError, match="never made from it"):
        update_catalog(catalog, leaky, register=case.register)


# -- locale formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "cover", "day", "month", "due", "byline"),
    [
        ("pl", "21 listopada 2026", "14 marca 2018", "marzec 2018", "31 marca 2027", "marzec 2026"),
        ("cy", "21 Tachwedd 2026", "14 Mawrth 2018", "Mawrth 2018", "31 Mawrth 2027", "Mawrth 2026"),
    ],
)
def test_translated_editions_format_dates_for_their_locale(lang, cover, day, month, due, byline) -> None:
    report = make_report("en", "public")
    catalog = fill(extract_catalog(report, lang, now=NOW), lang)
    view = build_view(translate_report(report, catalog, lang, draft=False), BUILT)
    assert view.cover.publication_date == cover
    dates = [row.date for row in view.chronology]
    assert dates[:3] == ["2018", month, day]
    assert dates[3] == f"{PREFIX[lang]} summer 2019"  # an approximate date keeps its (translated) words
    assert view.action_groups[0].actions[0].due == due
    assert view.action_groups[0].actions[1].due == f"{PREFIX[lang]} Q2 2027"  # due date written as words
    health = view.agencies[1]
    assert health.byline[1][1] == byline  # "March 2026" as written by the agency, in the edition's language
    assert view.agencies[0].byline[1][1] == {"pl": "12 marca 2026", "cy": "12 Mawrth 2026"}[lang]


# -- the command line -----------------------------------------------------------------------------


@pytest.fixture
def tiny_translatable(tiny_case: Path, monkeypatch):
    """The tiny case with an approved public text (the approval itself is the redaction tests' business)."""
    case, _internal, public = public_from_register(tiny_case)
    monkeypatch.setattr(cli_translate, "public_report_for_catalog", lambda _dir: (case, public))
    return tiny_case, case, public


def run(*args: str):
    return CliRunner().invoke(cli_translate.translate, list(args), catch_exceptions=False)


def test_extract_fill_update_and_status_from_the_command_line(tiny_translatable, monkeypatch) -> None:
    folder, case, public = tiny_translatable
    result = run("extract", str(folder), "--lang", "pl")
    assert result.exit_code == 0, result.output
    path = folder / "translations" / "pl.po"
    assert path.is_file() and "messages written" in result.output
    assert "note: pl is not in case.yaml languages" in result.output
    text = path.read_text(encoding="utf-8")
    assert 'msgctxt "pseudonym"\nmsgid "Child T"' in text
    assert "Holloway" not in text and "Wrónska" not in text

    again = run("extract", str(folder), "--lang", "pl")
    assert again.exit_code == 1 and "translate update" in again.output

    status = run("status", str(folder), "--lang", "pl", "--check")
    assert status.exit_code == 1
    assert "pl: 0/" in status.output and "incomplete" in status.output
    assert "overview/01-introduction.md (Introduction)" in status.output

    write_catalog(fill(read_catalog(path), "pl"), path)
    assert run("status", str(folder), "--lang", "pl", "--check").exit_code == 0

    changed = public.with_texts({"overview/01-introduction.md#line 9": "Practitioners attended two learning events."})
    monkeypatch.setattr(cli_translate, "public_report_for_catalog", lambda _dir: (case, changed))
    updated = run("update", str(folder), "--lang", "pl")
    assert updated.exit_code == 0 and "0 new, 1 changed (fuzzy), 0 obsolete" in updated.output
    status = run("status", str(folder), "--lang", "pl")
    assert "1 fuzzy" in status.output and "incomplete" in status.output


def test_extract_is_refused_without_an_approval(tiny_case: Path, monkeypatch) -> None:
    from scrpress.redaction import apply

    def no_approval(case, report):
        raise ScrpressError("no valid approval", file=case.dir / "redaction" / "approvals.jsonl")

    monkeypatch.setattr(apply, "apply_approved", no_approval, raising=False)
    result = run("extract", str(tiny_case), "--lang", "pl")
    assert result.exit_code == 1
    assert "translations are made from the approved public text: run scrpress review/approve first" in result.output
    assert not (tiny_case / "translations").exists()


def test_english_is_not_a_translation(tiny_translatable) -> None:
    folder, _case, _public = tiny_translatable
    result = run("extract", str(folder), "--lang", "en")
    assert result.exit_code == 1 and "English is the language of the report" in result.output


def test_status_of_a_case_without_catalogs(tiny_translatable) -> None:
    folder, _case, _public = tiny_translatable
    result = run("status", str(folder), "--lang", "cy")
    assert result.exit_code == 0 and "cy: no catalog" in result.output


def test_status_sections_follow_the_report(tiny_translatable) -> None:
    _folder, _case, public = tiny_translatable
    catalog = extract_catalog(public, "pl")
    names = [s.section for s in catalog_status(catalog, public)]
    assert names[:3] == ["Cover", "overview/02-executive-summary.md", "overview/01-introduction.md"]
    assert "Agency: Testshire Police" in names and "Chronology" in names and "Action plan" in names
