"""Helpers for the translation tests: a public Report made from a real case folder without spaCy,
and a stand-in translator that fills a catalog with recognisably Polish or Welsh text.

`public_from_register` plays the lawyer: every register form in the internal report is decided
"redact" with its pseudonym, and the real `apply_decisions` makes the public Report, so the
tests see the same public text a build would (minus what only NLP detection would find).
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog

from scrpress.case import Case
from scrpress.model import Report
from scrpress.pipeline import load_report
from scrpress.redaction.apply import apply_decisions
from scrpress.redaction.decisions import Decision, short_digest
from scrpress.redaction.register import build_register_matcher
from scrpress.redaction.review import text_units

PL_LETTERS = "ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
CY_LETTERS = "ŴŶÂÊÎÔÛ ŵŷâêîôû"
PREFIX = {"pl": "[pl] Zażółć gęślą jaźń –", "cy": "[cy] Ŵyr ŷd â ê î ô û –"}


def public_from_register(case_dir: Path) -> tuple[Case, Report, Report]:
    """(case, internal report, public report) with every register form redacted by its pseudonym."""
    case, report = load_report(case_dir)
    matcher = build_register_matcher(case.register)  # type: ignore[attr-defined]
    rows: list[Decision] = []
    for unit in text_units(report):
        taken: list[tuple[int, int]] = []
        for f in sorted(matcher.find(unit.text), key=lambda f: (-(f.end - f.start), f.start)):
            if f.score < 0.5 or any(f.start < e and s < f.end for s, e in taken):
                continue
            taken.append((f.start, f.end))
            rows.append(Decision(
                id=f"F-{len(rows):010x}", entity_type=f.entity_type, text=f.text, section=unit.section,
                agency=unit.agency, paragraph=unit.key, context="", recognizer=f.recognizer, score=str(f.score),
                proposed="redact", proposed_replacement=f.replacement or "[removed]", decision="redact",
                start=f.start, end=f.end, digest=short_digest(unit.digest),
            ))  # fmt: skip
    return case, report, apply_decisions(report, rows)  # type: ignore[return-value]


def fill(catalog: Catalog, lang: str, *, skip: set[str] | frozenset[str] = frozenset()) -> Catalog:
    """Translate every message (except those whose context is in `skip`) as "<prefix> <English>"."""
    for message in catalog:
        if message.id and message.context not in skip:
            message.string = f"{PREFIX[lang]} {message.id}"
            message.flags.discard("fuzzy")
    return catalog
