"""Apply approved decisions: the public Report, made with presidio-anonymizer, one text at a time.

Every decided redaction becomes a `replace` operator keyed by its decision ID (so two findings
in one paragraph can print different pseudonyms); the texts go back into a copy of the Report
by key, which the DOCX and PDF writers then render as a public edition.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..errors import ScrpressError
from ..model import Report
from .decisions import Decision, short_digest
from .review import TextUnit, set_texts, text_units


@lru_cache(maxsize=1)
def _engine():  # type: ignore[no-untyped-def]
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


def replace_spans(text: str, rows: list[Decision]) -> str:
    """`text` with each row's span replaced by what it prints (presidio-anonymizer `replace` operators)."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    if not rows:
        return text
    results = [RecognizerResult(entity_type=r.id, start=r.start, end=r.end, score=1.0) for r in rows]
    # An empty replacement deletes the text: Presidio's "replace" would print "<ENTITY>" instead, so use "redact".
    operators = {r.id: OperatorConfig("replace", {"new_value": r.printed}) if r.printed else OperatorConfig("redact")
                 for r in rows}  # fmt: skip
    return _engine().anonymize(text, results, operators, merge_entities_with_spaces=False).text


def redacted_texts(units: list[TextUnit], rows: list[Decision], *, include_pending: bool = False) -> dict[str, str]:
    """New text for every unit with a redaction; a decision made for other text than the unit's now is an error."""
    by_key: dict[str, list[Decision]] = {}
    for row in rows:
        if row.redacts or (include_pending and row.decision == "pending" and row.proposed == "redact"):
            by_key.setdefault(row.paragraph, []).append(row)
    out: dict[str, str] = {}
    for unit in units:
        todo = by_key.pop(unit.key, None)
        if not todo:
            continue
        if any(r.digest != short_digest(unit.digest) or unit.text[r.start : r.end] != r.text for r in todo):
            raise ScrpressError("decisions were made for an earlier text of this paragraph: run scrpress review",
                                file=unit.key.split("#", 1)[0], where=unit.key.split("#", 1)[1])  # fmt: skip
        out[unit.key] = replace_spans(unit.text, _non_overlapping(todo))
    if by_key:
        key = next(iter(by_key))
        raise ScrpressError("decisions refer to a paragraph the report no longer has: run scrpress review",
                            file=key.split("#", 1)[0], where=key.split("#", 1)[-1])  # fmt: skip
    return out


def _non_overlapping(rows: list[Decision]) -> list[Decision]:
    rows = sorted(rows, key=lambda r: (r.start, -r.end))
    out: list[Decision] = []
    for r in rows:
        if out and r.start < out[-1].end:
            raise ScrpressError(f"decisions {out[-1].id} and {r.id} overlap", file="redaction/decisions.csv")
        out.append(r)
    return out


def apply_decisions(report: Report, rows: list[Decision]) -> Report:
    """The public edition's Report: approved redactions applied, no protective marking, edition "public".

    A chronology date that was redacted keeps its (redacted) words in every language: its
    parsed date is marked approximate so no writer re-formats the real date from it."""
    if any(r.decision == "pending" for r in rows):
        raise ScrpressError("decisions are still pending: a public edition needs every decision made and approved")
    units = text_units(report)
    texts = redacted_texts(units, rows)
    public = set_texts(report, texts)
    for ev in public.chronology:
        if ev.date_text.key in texts:
            ev.date = dataclasses.replace(ev.date, approx=True)
    public.meta.marking = ""
    public.meta.edition = "public"
    public.notices = []
    return public
