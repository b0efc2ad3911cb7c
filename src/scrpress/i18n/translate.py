"""Apply a content catalog to the public Report: the transform that makes a translated edition.

    public Report + CASE/translations/<lang>.po ─translate_report─► Report in <lang> ─writers─► public/<lang>/

Only a translation that is present, not fuzzy and not blank is ever printed: a fuzzy one was made
for an earlier English text, which may have held words a later redaction decision removed.
"""

from __future__ import annotations

import copy

from babel.messages.catalog import Catalog

from scrpress.errors import ScrpressError
from scrpress.i18n.catalogs import (
    AGENCY,
    BOARD_KEY,
    REVIEW_TYPE_KEY,
    STATUS,
    TITLE_KEY,
    catalog_status,
    catalog_units,
    is_translated,
)
from scrpress.model import Report

__all__ = ["incomplete_message", "translate_report"]


def incomplete_message(catalog: Catalog, report: Report, lang: str) -> str | None:
    """Why the `lang` catalog cannot make a complete edition, as counts per part (no report text); None if it can."""
    missing = [s for s in catalog_status(catalog, report) if not s.complete]
    if not missing:
        return None
    total = sum(s.total - s.translated for s in missing)
    parts = "; ".join(f"{s.section}: {s.counts()}" for s in missing)
    hint = " (run scrpress translate update)" if any(s.missing for s in missing) else ""
    return f"the {lang} translation is incomplete, {total} message(s) to do{hint}: {parts}"


def translate_report(public_report: Report, catalog: Catalog, lang: str, *, draft: bool) -> Report:
    """A copy of the public report with every text replaced by its printable translation into `lang`.

    Without `draft` a missing, blank or fuzzy translation is an error listing counts per part.
    With `draft` such texts stay in English and the edition is marked "draft-translation" (the
    writers then print "DRAFT TRANSLATION" on every page)."""
    if public_report.meta.edition != "public":
        raise ScrpressError("a translated edition is made from the approved public text only")
    if not draft:
        problem = incomplete_message(catalog, public_report, lang)
        if problem:
            raise ScrpressError(problem)

    def tr(context: str, text: str) -> str:
        message = catalog.get(text, context=context) if text and text.strip() else None
        return message.string if is_translated(message) else text  # type: ignore[union-attr,return-value]

    keys = {(u.context, u.text) for u in catalog_units(public_report)}
    new = public_report.map_text(lambda _label, p: tr(p.key, p.text) if (p.key, p.text) in keys else p.text)
    meta = new.meta
    meta.title = tr(TITLE_KEY, meta.title)
    meta.review_type = tr(REVIEW_TYPE_KEY, meta.review_type)
    meta.board = tr(BOARD_KEY, meta.board)
    for section in new.sections:
        if section.kind == "agency":
            for name, value in list(section.meta.items()):
                context = f"{section.title.prov.file}#header: {name}"
                if (context, value) in keys:
                    section.meta[name] = tr(context, value)
        if section.agency:
            section.agency = tr(AGENCY, section.agency)
    for ev in new.chronology:
        ev.agency = tr(AGENCY, ev.agency)
    for act in new.actions:
        context = f"{act.prov.file}#{act.prov.where}, Due date"
        if act.due is None and (context, act.due_text) in keys:
            act.due_text = tr(context, act.due_text)
        act.status = tr(STATUS, act.status)
    meta.language = lang
    meta.edition = "draft-translation" if draft else "public"
    new.notices = copy.copy(public_report.notices)
    return new
