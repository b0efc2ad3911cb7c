"""`scrpress translate extract|update|status`: content catalogs for translators, made from the approved public text.

Translators only ever receive redacted text: every command starts from the public Report, which
exists only under a valid legal approval (`public_report_for_catalog`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from .errors import ScrpressError
from .i18n.catalogs import (
    catalog_status,
    extract_catalog,
    merge_catalog,
    read_catalog,
    write_catalog,
)
from .i18n.editions import catalog_file, translation_languages
from .i18n.formatting import is_english
from .model import Report

NO_APPROVAL = "translations are made from the approved public text: run scrpress review/approve first"


def public_report_for_catalog(case_dir: Path) -> tuple[object, Report]:
    """The case and its public (redacted) Report, made from the approved decisions; refused without a
    valid approval, so a catalog can never be made from unredacted text."""
    from .pipeline import load_report
    from .redaction import apply as apply_module

    case, report = load_report(case_dir)
    apply_approved = getattr(apply_module, "apply_approved", None)
    try:
        if apply_approved is not None:
            public = apply_approved(case, report)
        else:  # the same steps `build` takes before it writes public editions
            from .redaction.approval import approval_status
            from .redaction.review import build_review

            review = build_review(case, report)  # type: ignore[arg-type]
            public = apply_module.apply_decisions(report, review.rows) if approval_status(review).valid else None
    except ScrpressError as exc:
        raise ScrpressError(f"{NO_APPROVAL} ({exc.message})", file=exc.file, where=exc.where) from None
    if public is None or public.meta.edition != "public":
        raise ScrpressError(NO_APPROVAL)
    return case, public


def pseudonyms_of(case: object) -> list[str]:
    """The register's pseudonyms (people, then places): the glossary a translator keeps consistent."""
    register = getattr(case, "register", None)
    if register is None:
        return []
    return [p.pseudonym for p in (*register.people, *register.places) if p.pseudonym]


def forbidden_test(case: object, report: Report) -> Callable[[str], bool]:
    """The leak gate's own test (register forms, texts decided "redact", allowed names masked): what no
    catalog may hold."""
    from .redaction.decisions import read_decisions
    from .redaction.review import allowed_names, redaction_folder
    from .verify import make_gate

    path = redaction_folder(case) / "decisions.csv"  # type: ignore[arg-type]
    rows = read_decisions(path) if path.is_file() else []
    gate = make_gate(getattr(case, "register", None), rows, allowed_names(case, report))  # type: ignore[arg-type]
    return lambda text: bool(gate.search(text))


def _languages(case: object, langs: tuple[str, ...]) -> list[str]:
    chosen = list(langs) or translation_languages(case)
    if not chosen:
        raise ScrpressError("case.yaml lists no language but English: add one (e.g. languages: [en, pl]) or "
                            "give --lang", file=getattr(case, "yaml_path", None), where="languages")  # fmt: skip
    for lang in chosen:
        if is_english(lang):
            raise ScrpressError("English is the language of the report itself: give another language with --lang")
    return chosen


def _case_dir(path: Path) -> Path:
    return path if path.is_dir() else path.parent


_case_arg = click.argument("case_dir", metavar="CASE", type=click.Path(exists=True, path_type=Path))
_lang_opt = click.option("--lang", "langs", multiple=True, metavar="LANG",
                         help="Language code (pl, cy, ...); repeat for several. Default: every language in case.yaml.")  # fmt: skip


class _Group(click.Group):
    """A ScrpressError becomes one clean `error:` line and exit status 1, as everywhere in scrpress
    (also when this group runs on its own, as in tests)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ScrpressError as exc:
            click.echo(f"error: {exc.render(Path.cwd())}".replace("\n", "\nerror: "), err=True)
            ctx.exit(1)


@click.group(cls=_Group)
def translate() -> None:
    """Content translations: a gettext PO catalog per language (CASE/translations/<lang>.po) holding
    the approved public text only, one message per heading, paragraph, table cell and pseudonym."""


@translate.command()
@_case_arg
@_lang_opt
@click.option("--force", is_flag=True, help="Start the catalog again even if one exists (its translations are lost).")
def extract(case_dir: Path, langs: tuple[str, ...], force: bool) -> None:
    """Write CASE/translations/<lang>.po from the approved, redacted report, every message untranslated.

    Refused without a valid legal approval. An existing catalog is kept: use `translate update`."""
    case, public = public_report_for_catalog(_case_dir(case_dir))
    forbidden = forbidden_test(case, public)
    for lang in _languages(case, langs):
        path = catalog_file(case, lang)
        if path.exists() and not force:
            raise ScrpressError("a catalog exists: run scrpress translate update to keep its translations "
                                "(or extract --force to start again)", file=path)  # fmt: skip
        catalog = extract_catalog(public, lang, pseudonyms=pseudonyms_of(case), forbidden=forbidden)
        write_catalog(catalog, path)
        count = sum(1 for m in catalog if m.id)
        click.echo(f"{lang}: {count} messages written to {path}")
        if lang not in getattr(case, "languages", []):
            click.echo(f"note: {lang} is not in case.yaml languages; add it there to build the {lang} edition")


@translate.command()
@_case_arg
@_lang_opt
def update(case_dir: Path, langs: tuple[str, ...]) -> None:
    """Merge the current approved text into CASE/translations/<lang>.po, keeping translations.

    Changed texts become fuzzy (the old translation is offered, never printed), new texts are
    added untranslated, removed ones become obsolete; text a newer redaction decision removed is
    dropped from the catalog altogether."""
    case, public = public_report_for_catalog(_case_dir(case_dir))
    forbidden = forbidden_test(case, public)
    for lang in _languages(case, langs):
        path = catalog_file(case, lang)
        result = merge_catalog(read_catalog(path), public, pseudonyms=pseudonyms_of(case), forbidden=forbidden,
                               lang=lang)  # fmt: skip
        write_catalog(result.catalog, path)
        click.echo(f"{lang}: {result.added} new, {result.changed} changed (fuzzy), {result.obsolete} obsolete"
                   + (f", {result.dropped} stale text(s) removed as now redacted" if result.dropped else "")
                   + f" – {path}")  # fmt: skip


@translate.command()
@_case_arg
@_lang_opt
@click.option("--check", is_flag=True, help="Exit with status 1 unless every catalog is complete.")
def status(case_dir: Path, langs: tuple[str, ...], check: bool) -> None:
    """Show translated / fuzzy / untranslated counts per part of the report, per language.

    Only complete catalogs are built into editions; fuzzy translations are never printed."""
    case, public = public_report_for_catalog(_case_dir(case_dir))
    incomplete = []
    for lang in _languages(case, langs):
        path = catalog_file(case, lang)
        if not path.is_file():
            click.echo(f"{lang}: no catalog (run scrpress translate extract CASE --lang {lang})")
            incomplete.append(lang)
            continue
        catalog = read_catalog(path)
        sections = catalog_status(catalog, public)
        done = sum(s.translated for s in sections)
        total = sum(s.total for s in sections)
        fuzzy = sum(s.fuzzy for s in sections)
        untranslated = sum(s.untranslated for s in sections)
        missing = sum(s.missing for s in sections)
        state = "complete" if done == total else "incomplete"
        click.echo(f"{lang}: {done}/{total} translated, {fuzzy} fuzzy, {untranslated} untranslated"
                   + (f", {missing} not in the catalog (run translate update)" if missing else "")
                   + f", {len(catalog.obsolete)} obsolete – {state}")  # fmt: skip
        names = [s.section if s.title in (s.section, "") or s.section.startswith("Agency: ")
                 else f"{s.section} ({s.title})" for s in sections]  # fmt: skip
        width = max(map(len, names), default=4)
        click.echo(f"  {'part':<{width}}  {'translated':>11}  {'fuzzy':>5}  {'untranslated':>12}")
        for name, s in zip(names, sections):
            extra = f"  (+{s.missing} not in catalog)" if s.missing else ""
            done_of = f"{s.translated}/{s.total}"
            click.echo(f"  {name:<{width}}  {done_of:>11}  {s.fuzzy:>5}  {s.untranslated:>12}{extra}")
        if done != total:
            incomplete.append(lang)
    if check and incomplete:
        raise ScrpressError(f"incomplete translation(s): {', '.join(incomplete)}")
