"""Translated public editions: every language the case asks for, as complete and as safe as the English one.

    public Report ─┬─ translations/pl.po ─translate─► public/pl/overview-report.pl.docx|.pdf, executive-summary.pl.pdf
                   ├─ translations/cy.po ─translate─► public/cy/overview-report.cy.docx|.pdf, ...
                   └─ (Wales) Welsh + English ──────► public/cy/overview-report.cy-en.docx|.pdf

Every catalog is checked before anything is rendered: a language without a catalog, or with
untranslated or fuzzy messages, stops the build with counts per part, unless `draft`, which
prints the missing texts in English and "DRAFT TRANSLATION" on every page of that edition.
Translated texts are checked against the register before rendering (a translator must not bring
back a name) and the files are scrubbed like the English ones; the build's leak gate then reads
them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog

from scrpress.errors import ProblemList, ScrpressError
from scrpress.i18n.catalogs import catalog_units, is_complete, read_catalog
from scrpress.i18n.formatting import is_english
from scrpress.i18n.translate import incomplete_message, translate_report
from scrpress.model import Report

__all__ = [
    "BILINGUAL",
    "TranslationPlan",
    "catalog_file",
    "plan_translations",
    "translation_languages",
    "write_bilingual_edition",
    "write_translated_editions",
]

BILINGUAL = "cy-en"


def catalog_file(case: object, lang: str) -> Path:
    """Where a case keeps the content catalog of `lang`: CASE/translations/<lang>.po."""
    return Path(case.dir) / "translations" / f"{lang}.po"  # type: ignore[attr-defined]


def translation_languages(case: object) -> list[str]:
    """The case's edition languages other than English, in case.yaml order."""
    return [lang for lang in getattr(case, "languages", []) if not is_english(lang)]


@dataclass
class TranslationPlan:
    """One language to render: its catalog and whether it can only be a draft."""

    lang: str
    path: Path
    catalog: Catalog
    complete: bool


def plan_translations(public_report: Report, case: object, *, draft: bool) -> list[TranslationPlan]:
    """Read and check every catalog first; one error lists every language that cannot be rendered."""
    plans: list[TranslationPlan] = []
    problems: list[ScrpressError] = []
    for lang in translation_languages(case):
        path = catalog_file(case, lang)
        if not path.is_file():
            problems.append(ScrpressError(
                f"case.yaml asks for a {lang} edition but there is no catalog: run scrpress translate extract "
                f"CASE --lang {lang}, have it translated, and build again", file=path))  # fmt: skip
            continue
        try:
            catalog = read_catalog(path)
        except ScrpressError as exc:
            problems.append(exc)
            continue
        complete = is_complete(catalog, public_report)
        if not complete and not draft:
            message = incomplete_message(catalog, public_report, lang) or "incomplete"
            problems.append(ScrpressError(f"{message} (or build with --draft-translations)", file=path))
            continue
        plans.append(TranslationPlan(lang, path, catalog, complete))
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ProblemList(problems)
    return plans


def _check_register(report: Report, public: Report, register: object | None, path: Path) -> None:
    """A translation must not bring back a name: the leak gate's own test (register forms, with the
    names an edition may print masked) over every translated text; refused by place, never by text."""
    if register is None:
        return
    from scrpress.verify import make_gate

    agencies = {s.agency for r in (report, public) for s in r.sections if s.agency}
    agencies |= {ev.agency for r in (report, public) for ev in r.chronology}
    allowed = [public.meta.board, report.meta.board, *public.meta.reviewers, *sorted(a for a in agencies if a)]
    gate = make_gate(register, [], allowed)
    for unit in catalog_units(report):
        if gate.search(unit.text):
            raise ScrpressError("a translation holds a name from the case register: correct the message "
                                f"for {unit.context} and build again", file=path)  # fmt: skip


def _write_edition(report: Report, folder: Path, now: datetime | None) -> list[Path]:
    """One language's editions; file metadata names the board as the edition does (its name in that language)."""
    from scrpress.redaction.scrub import scrub_public_file
    from scrpress.writers import WRITERS

    folder.mkdir(parents=True, exist_ok=True)
    written = WRITERS["docx"]().write(report, folder, now=now)
    written += WRITERS["pdf"]().write(report, folder, now=now)
    if report.executive_summary is not None:
        written += WRITERS["executive-summary-pdf"]().write(report, folder, now=now)
    for path in written:
        scrub_public_file(path, report.meta.board)
    return written


def write_bilingual_edition(welsh: Report, english: Report, folder: Path, *, now: datetime | None = None) -> list[Path]:
    """overview-report.cy-en.docx|.pdf (and executive-summary.cy-en.pdf): Welsh, then English, text by text."""
    from scrpress.redaction.scrub import scrub_public_file
    from scrpress.writers.bilingual import bilingual_view
    from scrpress.writers.docx_writer import DocxWriter
    from scrpress.writers.pdf_writer import SUMMARY_TEMPLATE, write_view_pdf
    from scrpress.writers.view import build_view

    view = bilingual_view(build_view(welsh, now), build_view(english, now))
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        DocxWriter().write_view(view, folder / f"overview-report.{BILINGUAL}.docx"),
        write_view_pdf(view, folder / f"overview-report.{BILINGUAL}.pdf"),
    ]
    if view.executive_summary is not None:
        written.append(write_view_pdf(view, folder / f"executive-summary.{BILINGUAL}.pdf", SUMMARY_TEMPLATE))
    for path in written:
        scrub_public_file(path, view.cover.board)  # as printed: "Welsh name / English name"
    return written


def write_translated_editions(
    public_report: Report,
    case: object,
    public_dir: Path,
    *,
    draft: bool,
    register: object | None,
    now: datetime | None = None,
) -> list[Path]:
    """Render `public_dir/<lang>/` for every non-English language of the case (DOCX, PDF, executive
    summary), and for a Welsh case also the bilingual edition in `public_dir/cy/`.

    Raises before writing anything if a catalog is missing, malformed or (without `draft`) incomplete.
    With `draft`, an incomplete language is rendered with English where the translation is missing
    and "DRAFT TRANSLATION" on every page; a complete one is rendered as a finished edition."""
    if public_report.meta.edition != "public":
        raise ScrpressError("translated editions are made from the approved public text only")
    plans = plan_translations(public_report, case, draft=draft)
    translated: dict[str, Report] = {}
    for plan in plans:
        report = translate_report(public_report, plan.catalog, plan.lang, draft=not plan.complete)
        _check_register(report, public_report, register, plan.path)
        translated[plan.lang] = report
    written: list[Path] = []
    for lang, report in translated.items():
        written += _write_edition(report, Path(public_dir) / lang, now)
    welsh = next((lang for lang in translated if lang.replace("_", "-").split("-")[0].lower() == "cy"), None)
    if getattr(case, "nation", "") == "wales" and welsh:
        written += write_bilingual_edition(translated[welsh], public_report, Path(public_dir) / welsh, now=now)
    return written
