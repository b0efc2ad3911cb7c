"""The redaction review for the legal team: internal and public text side by side, every change numbered and explained.

Only texts with at least one finding are shown. Each finding is marked in both columns with
its number; under the pair, one line per number says what it is, what was decided (or is
proposed), why, and who found it. The review holds the real names: it is OFFICIAL-SENSITIVE
and is written to OUT/review/ and CASE/redaction/, never to OUT/public/.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from markupsafe import Markup

from scrpress.errors import ScrpressError
from scrpress.i18n import templates_dir
from scrpress.model import Report
from scrpress.redaction.decisions import Decision, load_reasons
from scrpress.redaction.review import Review
from scrpress.redaction.textutil import fold
from scrpress.writers import Writer, writer
from scrpress.writers.jinja import make_environment
from scrpress.writers.pdf_writer import css_string
from scrpress.writers.view import build_time, clean_text

TEMPLATE = "review.html.j2"
STYLESHEET = "review.css"
MARKING = "OFFICIAL-SENSITIVE"


@dataclass
class Segment:
    """A run of text in one column: plain, or a numbered change with its state (redact, keep, pending-…)."""

    text: str
    n: int = 0
    state: str = ""


@dataclass
class Change:
    n: int
    row: Decision
    state: str
    decision_text: str
    reason_text: str


@dataclass
class ParaView:
    number: int
    section: str
    agency: str
    place: str
    changed: bool
    internal: list[Segment]
    public: list[Segment]
    changes: list[Change]


@dataclass
class ReviewView:
    reference: str
    title: str
    board: str
    built: str
    marking: str
    counts: dict[str, int]
    by_type: list[tuple[str, int, int]]  # type, redacted, kept-or-pending
    status: list[str]
    changed: list[str]
    retired: int
    inconsistent: list[str]
    paras: list[ParaView] = field(default_factory=list)


def _state(row: Decision) -> str:
    if row.decision == "pending":
        return f"pending-{row.proposed}"
    return "redact" if row.redacts else "keep"


def _decision_text(row: Decision) -> str:
    if row.decision == "pending":
        what = f"replace with “{row.proposed_replacement}”" if row.proposed == "redact" else "keep"
        return f"pending — proposed: {what}"
    if row.decision == "keep":
        return "keep"
    return f"{row.decision}: “{row.printed}”"


def build_review_view(review: Review, report: Report, status: list[str] | None = None,
                      now: datetime | None = None) -> ReviewView:  # fmt: skip
    """Lay the review out: texts with findings in reading order, numbering every finding from 1."""
    reasons = load_reasons()
    counts = review.counts()
    types: dict[str, list[int]] = {}
    for r in review.rows:
        t = types.setdefault(r.entity_type, [0, 0])
        t[0 if r.redacts or (r.decision == "pending" and r.proposed == "redact") else 1] += 1
    decided: dict[str, set[str]] = {}
    for r in review.rows:
        if r.decision in ("redact", "custom", "keep"):
            decided.setdefault(fold(" ".join(r.text.split())).lower(), set()).add("keep" if r.decision == "keep" else "redact")
    inconsistent = sorted({r.id for r in review.rows if len(decided.get(fold(" ".join(r.text.split())).lower(), ())) > 1})
    view = ReviewView(
        reference=report.meta.reference, title=report.meta.title, board=report.meta.board,
        built=build_time(now).strftime("%d %B %Y %H:%M UTC"), marking=MARKING, counts=counts,
        by_type=[(t, v[0], v[1]) for t, v in sorted(types.items())], status=status or [],
        changed=[k.replace("#", ":", 1) for k in review.changed_paragraphs], retired=len(review.retired),
        inconsistent=inconsistent,
    )  # fmt: skip
    by_key: dict[str, list[Decision]] = {}
    for r in review.rows:
        by_key.setdefault(r.paragraph, []).append(r)
    n = 0
    changed = set(review.changed_paragraphs)
    for unit in review.units:
        rows = sorted(by_key.get(unit.key, []), key=lambda r: (r.start, r.end))
        if not rows:
            continue
        internal: list[Segment] = []
        public: list[Segment] = []
        changes: list[Change] = []
        pos = 0
        for row in rows:
            if row.start < pos:  # overlapping rows cannot happen after detection resolves spans; never hide one
                continue
            n += 1
            state = _state(row)
            plain = clean_text(unit.text[pos : row.start])
            internal.append(Segment(plain))
            public.append(Segment(plain))
            internal.append(Segment(clean_text(unit.text[row.start : row.end]), n, state))
            public.append(Segment(clean_text(row.printed), n, state))
            reason = f"{row.reason}: {reasons.label(row.reason)}" if row.reason else ""
            changes.append(Change(n, row, state, _decision_text(row), reason))
            pos = row.end
        tail = clean_text(unit.text[pos:])
        internal.append(Segment(tail))
        public.append(Segment(tail))
        view.paras.append(ParaView(len(view.paras) + 1, clean_text(unit.section), clean_text(unit.agency),
                                   unit.place, unit.key in changed, internal, public, changes))  # fmt: skip
    return view


def render_review_html(view: ReviewView, *, part: tuple[int, int] | None = None) -> str:
    """The review as one self-contained HTML page; `part` (i, n) marks one of n parts of a long PDF."""
    folder = templates_dir()
    if not (folder / TEMPLATE).is_file() or not (folder / STYLESHEET).is_file():
        raise ScrpressError("the review template is missing (set SCRPRESS_TEMPLATES to the templates folder)",
                            file=folder)  # fmt: skip
    env = make_environment("en", search_path=folder)
    css = (folder / STYLESHEET).read_text(encoding="utf-8")
    marking, ref = css_string(view.marking), css_string(f"{view.reference} · redaction review")
    pages = 'counter(page) " of " counter(pages)'
    if part is not None:
        pages = f'"part {part[0]} of {part[1]}, page " counter(page) " of " counter(pages)'
    page_css = Markup(f"@page {{ @top-center {{ content: {marking}; }} @bottom-center {{ content: {marking}; }} "
                      f"@top-right {{ content: {ref}; }} @bottom-right {{ content: \"Page \" {pages}; }} }}")  # fmt: skip
    return env.get_template(TEMPLATE).render(view=view, css=Markup(css), page_css=page_css,
                                             summary=part is None or part[0] == 1)  # fmt: skip


FINDINGS_PER_PART = 1500  # WeasyPrint lays out about 60 findings a second: long reviews render in parallel parts


def _parts(view: ReviewView) -> list[ReviewView]:
    """The view split into parts of about FINDINGS_PER_PART findings, at text boundaries."""
    parts: list[list[ParaView]] = [[]]
    count = 0
    for para in view.paras:
        if count >= FINDINGS_PER_PART:
            parts.append([])
            count = 0
        parts[-1].append(para)
        count += len(para.changes)
    return [dataclasses.replace(view, paras=paras) for paras in parts]


def _pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=str(templates_dir())).write_pdf()


def render_review_pdf(view: ReviewView, cache_dir: Path | None = None) -> bytes:
    """The review as PDF. A long review is rendered in parts by several processes and joined; the
    result is kept in `cache_dir` by the hash of its content, so an unchanged review is not laid out again."""
    parts = _parts(view)
    htmls = [render_review_html(v, part=(i, len(parts)) if len(parts) > 1 else None)
             for i, v in enumerate(parts, start=1)]  # fmt: skip
    key = hashlib.sha256("\x00".join(htmls).replace(view.built, "").encode("utf-8")).hexdigest()[:32]
    cached = cache_dir / f"{key}.pdf" if cache_dir else None
    if cached is not None and cached.exists():
        return cached.read_bytes()
    if len(htmls) == 1:
        data = _pdf_bytes(htmls[0])
    else:
        workers = max(1, min(len(htmls), os.cpu_count() or 1, 4))
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                chunks = list(pool.map(_pdf_bytes, htmls))
        except (BrokenProcessPool, OSError):  # no worker processes here (an embedded interpreter)
            chunks = [_pdf_bytes(h) for h in htmls]
        data = _join_pdfs(chunks)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for old in cached.parent.glob("*.pdf"):
            old.unlink()
        cached.write_bytes(data)
    return data


def _join_pdfs(chunks: list[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for chunk in chunks:
        writer.append(PdfReader(io.BytesIO(chunk)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


class _ReviewWriter(Writer):
    stem = "redaction-review"

    def __init__(self, review: Review | None = None, status: list[str] | None = None,
                 cache_dir: Path | None = None) -> None:  # fmt: skip
        self.review = review
        self.status = status
        self.cache_dir = cache_dir

    def filename(self, report: Report) -> str:
        return f"{self.stem}.{self.extension}"

    def _view(self, report: Report, now: datetime | None) -> ReviewView:
        if self.review is None:
            raise ScrpressError("the redaction review writer needs the review (decisions) to render")
        return build_review_view(self.review, report, self.status, now)


@writer
class ReviewHtmlWriter(_ReviewWriter):
    """The redaction review as one self-contained HTML page (redaction-review.html)."""

    name = "review-html"
    extension = "html"

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        path = self.target(report, out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_review_html(self._view(report, now)), encoding="utf-8")
        return [path]


@writer
class ReviewPdfWriter(_ReviewWriter):
    """The redaction review as a landscape PDF for reading and annotating (redaction-review.pdf)."""

    name = "review-pdf"
    extension = "pdf"

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        path = self.target(report, out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_review_pdf(self._view(report, now), self.cache_dir))
        return [path]
