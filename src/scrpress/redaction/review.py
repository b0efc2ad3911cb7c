"""The redaction review: every finding in the report as a row a lawyer decides, merged with what they decided before.

    Report ─text units─► detect (case-wide) + manual additions ─► findings
           ─proposals (pseudonym, person label, type label)────► rows
           ─merge by stable ID with CASE/redaction/decisions.csv─► decisions (lawyer's edits kept)
           ─rows whose finding disappeared──────────────────────► CASE/redaction/retired.csv

A row's ID is bound to its paragraph's text, so editing a paragraph re-opens only that
paragraph's findings; every other decision stays as the lawyer left it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..case import Case
from ..model import Report
from . import findings as E
from .decisions import (
    ADDITIONS_TEMPLATE,
    Addition,
    Decision,
    Reasons,
    decisions_hash,
    load_reasons,
    read_additions,
    read_decisions,
    render_csv,
    short_digest,
    stable_id,
    write_if_changed,
)
from .detect import THRESHOLD, Detector
from .findings import Finding
from .labels import LabelBook, mention_kind, name_key
from .textutil import fold

MANUAL = "MANUAL"
MANUAL_RECOGNIZER = "ManualAddition"
CONTEXT_CHARS = 60


# -- the text of the report, unit by unit ---------------------------------------------------------


@dataclass(frozen=True)
class TextUnit:
    """One piece of report text a finding can sit in: a Para, or a field printed from metadata (an author's role)."""

    key: str  # Para.key, or "file#header: author_role" / "case.yaml#title" for metadata fields
    section: str
    agency: str
    text: str

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def place(self) -> str:
        """`file:place`, as users see locations."""
        return self.key.replace("#", ":", 1)


TITLE_KEY = "case.yaml#title"
META_FIELDS = ("author_role", "date")


def text_units(report: Report) -> list[TextUnit]:
    """Every printed text of the report in reading order: the title, every Para and the agency bylines."""
    agency_of: dict[int, str] = {}
    meta_after: dict[int, list[TextUnit]] = {}
    for section in report.sections:
        if section.kind == "agency" and section.agency:
            agency_of[id(section.title)] = section.agency
            for p in section.blocks:
                agency_of[id(p)] = section.agency
            meta_after[id(section.title)] = [
                TextUnit(f"{section.title.prov.file}#header: {name}", f"Agency: {section.agency}", section.agency,
                         section.meta[name])
                for name in META_FIELDS if section.meta.get(name)
            ]  # fmt: skip
    for ev in report.chronology:
        for p in (ev.date_text, ev.event, ev.source):
            agency_of[id(p)] = ev.agency
    for act in report.actions:
        agency_of[id(act.lead_agency)] = act.lead_agency.text
    units = [TextUnit(TITLE_KEY, "Title", "", report.meta.title)]
    for label, para in report.paras():
        units.append(TextUnit(para.key, label, agency_of.get(id(para), ""), para.text))
        units.extend(meta_after.get(id(para), []))
    return units


def content_hash(units: list[TextUnit]) -> str:
    """SHA-256 over every unit's key and digest, in order: what an approval says the lawyer saw."""
    h = hashlib.sha256()
    for u in units:
        h.update(f"{u.key}\t{u.digest}\n".encode())
    return h.hexdigest()


def set_texts(report: Report, texts: dict[str, str]) -> Report:
    """A copy of the report with unit texts replaced by key (Paras, the title and agency bylines)."""
    new = report.with_texts(texts)
    if TITLE_KEY in texts:
        new.meta.title = texts[TITLE_KEY]
    for section in new.sections:
        if section.kind == "agency":
            for name in META_FIELDS:
                key = f"{section.title.prov.file}#header: {name}"
                if key in texts:
                    section.meta[name] = texts[key]
    return new


# -- detection and manual additions ---------------------------------------------------------------


def allowed_names(case: Case, report: Report) -> list[str]:
    """Names a public edition may print: the board, its agencies and the lead reviewer(s)."""
    agencies = [s.agency for s in report.sections if s.agency] + [ev.agency for ev in report.chronology]
    return list(dict.fromkeys(n for n in (case.board, *case.lead_reviewers, *agencies) if n and n.strip()))


def make_detector(case: Case, report: Report) -> Detector:
    """The case's detector: its register, the detection cache in CASE/.scrpress, and the allowed names kept."""
    from .keeplist import load_keep_list

    keep = load_keep_list().extended(allowed_names(case, report))
    return Detector(register=case.register, keep=keep, cache_file=case.state_dir / "detect-cache.json")


def phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """Whole-word, any-case, any-spacing matcher over diacritic-folded text for the given phrases."""
    alts = []
    for p in sorted({fold(" ".join(p.split())).lower() for p in phrases if p.strip()}, key=len, reverse=True):
        body = r"[\s\u00a0]+".join(re.escape(w) for w in p.split(" "))
        alts.append(body)
    if not alts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


def manual_findings(text: str, additions: list[Addition], rx: re.Pattern[str] | None) -> list[Finding]:
    if rx is None:
        return []
    by_phrase = {fold(" ".join(a.phrase.split())).lower(): a for a in additions}
    out = []
    for m in rx.finditer(fold(text)):
        add = by_phrase.get(" ".join(m.group().split()).lower())
        if add is None:
            continue
        out.append(Finding(m.start(), m.end(), MANUAL, 1.0, text[m.start() : m.end()], MANUAL_RECOGNIZER,
                           f"manual addition (additions.csv row {add.row})", add.replacement or None))  # fmt: skip
    return out


_TITLE_BEFORE = re.compile(r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|PS|Sgt|Cllr|Rev)\.?[ \u00a0]$")


def with_title(text: str, f: Finding) -> Finding:
    """A person's finding widened to take in a title right before it ("Mrs Angela Fenwick"), so the
    replacement reads "Adult 3", not "Mrs Adult 3"."""
    if f.entity_type != E.PERSON:
        return f
    m = _TITLE_BEFORE.search(text, max(0, f.start - 6), f.start)
    if not m or m.end() != f.start:
        return f
    return Finding(m.start(), f.end, f.entity_type, f.score, text[m.start() : f.end], f.recognizer, f.explanation,
                   f.replacement)  # fmt: skip


def widen_titles(text: str, found: list[Finding]) -> list[Finding]:
    """`with_title` for each finding, unless the title is already part of the finding before it."""
    out: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        wide = with_title(text, f)
        out.append(wide if not out or wide.start >= out[-1].end else f)
    return out


def merge_manual(text: str, detected: list[Finding], manual: list[Finding]) -> list[Finding]:
    """Manual additions win: a detected finding overlapping one is folded into it (the union of both spans)."""
    if not manual:
        return detected
    out = list(manual)
    for f in detected:
        hits = [m for m in out if m.entity_type == MANUAL and f.start < m.end and m.start < f.end]
        if not hits:
            out.append(f)
            continue
        m = hits[0]
        m.start, m.end = min(m.start, f.start), max(m.end, f.end)
        m.text = text[m.start : m.end]
        if f.recognizer not in m.recognizer:
            m.recognizer = f"{m.recognizer} + {f.recognizer}"
    return sorted(out, key=lambda f: (f.start, f.end))


# -- proposals ------------------------------------------------------------------------------------


def _context(text: str, start: int, end: int) -> str:
    before = " ".join(text[max(0, start - CONTEXT_CHARS) : start].split())
    after = " ".join(text[end : end + CONTEXT_CHARS].split())
    lead = "…" if start > CONTEXT_CHARS else ""
    tail = "…" if end + CONTEXT_CHARS < len(text) else ""
    return f"{lead}{before} «{' '.join(text[start:end].split())}» {after}{tail}".strip()


def _register_roles(case: Case) -> dict[str, str]:
    return {p.pseudonym: p.role for p in case.register.people}


def _proposal(f: Finding, label: str | None, reasons: Reasons, roles: dict[str, str]) -> tuple[str, str, str, str]:
    """(proposed action, proposed replacement, method, reason) for one finding."""
    proposed = "redact" if f.score >= THRESHOLD else "keep"
    if f.entity_type == MANUAL:
        return "redact", f.replacement or reasons.type_label(MANUAL), "manual", ""
    if f.replacement:
        replacement, method = f.replacement, "register"
        role = roles.get(f.replacement, "")
        if f.entity_type == E.PERSON:
            reason = "identifies-child" if role.lower() == "child" else "family-member"
        else:
            reason = reasons.default_reason(f.entity_type)
    elif f.entity_type == E.PERSON and label:
        replacement, method = label, "label"
        kind = label.rsplit(" ", 1)[0]
        reason = "professional" if kind == reasons.person_labels.get("professional", "Professional") else "third-party"
    else:
        replacement, method = reasons.type_label(f.entity_type, f.text), "type-label"
        reason = reasons.default_reason(f.entity_type)
    return proposed, replacement, method, (reason if proposed == "redact" else "")


# -- the review -----------------------------------------------------------------------------------


@dataclass
class Review:
    """The decisions for the current report, and what changed since the last review."""

    folder: Path
    units: list[TextUnit]
    rows: list[Decision]
    retired: list[Decision] = field(default_factory=list)
    retired_why: dict[str, str] = field(default_factory=dict)
    changed_paragraphs: list[str] = field(default_factory=list)  # unit keys whose text changed since the last review
    reopened: list[str] = field(default_factory=list)  # IDs of new pending rows in changed paragraphs
    new_rows: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    retired_now: list[str] = field(default_factory=list)  # IDs moved to retired.csv by this review
    labels: LabelBook | None = None

    @property
    def decisions_path(self) -> Path:
        return self.folder / "decisions.csv"

    @property
    def pending(self) -> list[Decision]:
        return [r for r in self.rows if r.decision == "pending"]

    @property
    def decisions_sha256(self) -> str:
        return decisions_hash(self.rows)

    @property
    def content_sha256(self) -> str:
        return content_hash(self.units)

    def csv_text(self) -> str:
        return render_csv(self.rows)

    def counts(self) -> dict[str, int]:
        out = {d: 0 for d in ("pending", "redact", "custom", "keep")}
        for r in self.rows:
            out[r.decision] = out.get(r.decision, 0) + 1
        return out


def redaction_folder(case: Case) -> Path:
    return case.dir / "redaction"


def detect_units(case: Case, report: Report, units: list[TextUnit], detector: Detector | None = None
                 ) -> list[list[Finding]]:  # fmt: skip
    """Findings for every unit, suggestions included, detected case-wide in one pass (cached per text)."""
    detector = detector or make_detector(case, report)
    found = detector.detect([u.text for u in units], include_low=True)
    detector.save_cache()
    return found


def build_review(
    case: Case,
    report: Report,
    *,
    found: list[list[Finding]] | None = None,
    detector: Detector | None = None,
    renumber_labels: bool = False,
) -> Review:
    """Propose a decision for every finding and merge with the case's decisions; nothing is written
    (see `save_review`). `found` is detection already run over `text_units(report)`; `renumber_labels`
    rebuilds labels.csv from 1 in reading order, leaving out people whose every mention is kept."""
    folder = redaction_folder(case)
    reasons = load_reasons()
    units = text_units(report)
    texts = [u.text for u in units]
    if found is None:
        found = detect_units(case, report, units, detector)
    additions = read_additions(folder / "additions.csv")
    rx = phrase_regex([a.phrase for a in additions])
    found = [merge_manual(t, widen_titles(t, fs), manual_findings(t, additions, rx)) for t, fs in zip(texts, found)]

    previous = read_decisions(folder / "decisions.csv")
    unlabelled = {r.id for r in previous if r.decision in ("keep", "custom")}  # their label is never printed
    book = LabelBook.load(folder / "labels.csv", reasons)
    mentions = [(f.text, mention_kind(u.text, f.start, f.end), u.key,
                 stable_id(u.key, u.digest, f.start, f.end, f.entity_type) in unlabelled)
                for u, fs in zip(units, found) for f in fs
                if f.entity_type == E.PERSON and not f.replacement]  # fmt: skip
    label_of = book.assign(mentions, renumber=renumber_labels)
    roles = _register_roles(case)
    by_row = {a.row: a for a in additions}

    fresh: list[Decision] = []
    for u, fs in zip(units, found):
        digest = u.digest
        for f in fs:
            label = label_of.get(name_key(f.text)) if f.entity_type == E.PERSON and not f.replacement else None
            proposed, replacement, method, reason = _proposal(f, label, reasons, roles)
            fresh.append(Decision(
                id=stable_id(u.key, digest, f.start, f.end, f.entity_type), entity_type=f.entity_type,
                text=f.text, section=u.section, agency=u.agency, paragraph=u.key,
                context=_context(u.text, f.start, f.end), recognizer=f.recognizer, score=f"{f.score:.2f}",
                proposed=proposed, proposed_replacement=replacement, decision="pending", replacement=replacement,
                reason=reason, method=method, start=f.start, end=f.end, digest=short_digest(digest),
            ))  # fmt: skip
            if method == "manual":
                add = by_row[_addition_row(f)]
                fresh[-1].decision, fresh[-1].reason, fresh[-1].comment = "redact", add.reason or reasons.default_reason(MANUAL), add.comment

    review = Review(folder, units, fresh, labels=book)
    _merge(review, previous, folder / "retired.csv")
    return review


def _addition_row(f: Finding) -> int:
    m = re.search(r"row (\d+)", f.explanation)
    return int(m.group(1)) if m else -1


def _merge(review: Review, previous: list[Decision], retired_path: Path) -> None:
    """Keep every lawyer's decision whose finding still exists; retire the rest (decided or commented rows),
    restoring a retired decision when its paragraph is back to the text it was made for; say what re-opened."""
    why: dict[str, str] = {}
    retired = read_decisions(retired_path, why=why)
    old = {r.id: r for r in previous}
    old_retired = {r.id: r for r in retired}
    current_digest = {u.key: short_digest(u.digest) for u in review.units}
    prev_by_para: dict[str, list[Decision]] = {}
    for r in previous:
        prev_by_para.setdefault(r.paragraph, []).append(r)
    changed = {k for k, rows in prev_by_para.items() if k in current_digest and rows[0].digest != current_digest[k]}

    for row in review.rows:
        before = old.get(row.id) or old_retired.get(row.id)
        if before is not None:
            row.note = before.note  # what scrpress said when the row appeared stays with it
            if row.id not in old:
                review.restored.append(row.id)
                row.note = "restored: the paragraph is back to the text this decision was made for"
            # a custom text is the lawyer's even when a later proposal happened to read the same
            lawyer_replacement = before.decision == "custom" or before.replacement != before.proposed_replacement
            row.decision, row.reason, row.comment = before.decision, before.reason, before.comment
            if lawyer_replacement:
                row.replacement = before.replacement
            continue
        review.new_rows.append(row.id)
        if row.paragraph in changed:
            review.reopened.append(row.id)
            earlier = [r for r in prev_by_para[row.paragraph]
                       if r.text == row.text and r.entity_type == row.entity_type]  # fmt: skip
            row.note = "paragraph changed since the last review"
            if earlier and earlier[0].decision != "pending":
                e = earlier[0]
                shown = f" → {e.printed}" if e.redacts else ""
                row.note += f"; before: {e.decision}{shown} ({e.id})"
        elif previous:
            row.note = "new finding"

    current_ids = {r.id for r in review.rows}
    for r in previous:
        if r.id in current_ids or (r.decision == "pending" and not r.comment):
            continue  # an undecided, uncommented row holds nothing of the lawyer's to keep
        if r.paragraph not in current_digest:
            why[r.id] = "paragraph removed"
        elif r.paragraph in changed:
            why[r.id] = "paragraph changed"
        else:
            why[r.id] = "no longer found"
        old_retired[r.id] = r
        review.retired_now.append(r.id)
    review.retired = [r for rid, r in old_retired.items() if rid not in current_ids]
    review.retired_why = {r.id: why.get(r.id, "") for r in review.retired}
    review.changed_paragraphs = [u.key for u in review.units if u.key in changed]


def save_review(review: Review) -> list[Path]:
    """Write decisions.csv, labels.csv and retired.csv into CASE/redaction (only files whose text changed),
    and an empty additions.csv the first time, so the lawyer sees where manual additions go."""
    review.folder.mkdir(parents=True, exist_ok=True)
    written = []
    if write_if_changed(review.decisions_path, review.csv_text()):
        written.append(review.decisions_path)
    if review.labels and review.labels.labels and review.labels.save():
        written.append(review.labels.path)  # type: ignore[arg-type]
    retired_path = review.folder / "retired.csv"
    retired_text = render_csv(review.retired, why=review.retired_why)
    if (review.retired or retired_path.exists()) and write_if_changed(retired_path, retired_text):
        written.append(retired_path)
    additions = review.folder / "additions.csv"
    if not additions.exists():
        additions.write_text(ADDITIONS_TEMPLATE, encoding="utf-8")
        written.append(additions)
    return written
