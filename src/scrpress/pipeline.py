"""`scrpress build`: the stages wired together, top to bottom.

    case folder ─read─► Inputs ─assemble─► Report ─writers─► OUT/internal/...
    Report ─detect─► findings ─review (merge CASE/redaction/decisions.csv)─► OUT/review/...
    ── only under a valid legal approval ──
    decisions ─apply─► public Report ─writers + scrub─► OUT/public/<lang>/... ─verify (leak gate)
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .assemble import assemble
from .case import Case, load_case
from .inputs import read_inputs
from .model import Report
from .output import case_lock, output_lock, staged, write_manifest

if TYPE_CHECKING:
    from .redaction.approval import Approval
    from .redaction.review import Review

PUBLIC_LANGUAGES = ("en",)  # the English edition; other languages come from translations/<lang>.po

Progress = Callable[[str, float | None], None]


@dataclass
class BuildResult:
    """What a build wrote and what it noticed (tracked changes accepted, missing parts)."""

    out_dir: Path
    files: list[Path]
    notices: list[str]
    timings: dict[str, float] = field(default_factory=dict)
    public: bool = False  # public editions written (under a valid approval) and passed the leak gate
    review: list[str] = field(default_factory=list)  # what the review and approval say, for the board officer


@contextmanager
def _stage(name: str, timings: dict[str, float], progress: Progress | None) -> Iterator[None]:
    if progress:
        progress(name, None)
    t0 = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - t0
    if progress:
        progress(name, timings[name])


def load_report(case_dir: Path, *, today: date | None = None) -> tuple[object, Report]:
    """Load the case and assemble the internal report (no output written)."""
    case = load_case(case_dir)
    return case, assemble(case, read_inputs(case, today=today))


def write_internal(report: Report, folder: Path) -> list[Path]:
    """The unredacted editions, marked OFFICIAL-SENSITIVE: overview report (.docx, .pdf) and executive summary."""
    from .writers import WRITERS

    folder.mkdir(parents=True, exist_ok=True)
    written = WRITERS["docx"]().write(report, folder / "overview-report.docx")
    written += WRITERS["pdf"]().write(report, folder / "overview-report.pdf")
    if report.executive_summary is not None:
        written += WRITERS["executive-summary-pdf"]().write(report, folder / "executive-summary.pdf")
    return written


def write_review(
    review: Review, report: Report, folder: Path, status: list[str], *, pdf: bool = True, copy_decisions: bool = True,
    cache_dir: Path | None = None,
) -> list[Path]:
    """The redaction review for the legal team: decisions.csv (a copy), redaction-review.html and .pdf
    (the PDF is kept in `cache_dir` and reused while the review is unchanged)."""
    from .writers import (
        WRITERS,
        review_writer,  # noqa: F401  (registers the review writers)
    )

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if copy_decisions:
        copy = folder / "decisions.csv"
        copy.write_text(review.csv_text(), encoding="utf-8", newline="")
        written.append(copy)
    written += WRITERS["review-html"](review, status).write(report, folder)
    if pdf:
        written += WRITERS["review-pdf"](review, status, cache_dir).write(report, folder)
    return written


def write_public(public: Report, case: Case, folder: Path) -> list[Path]:
    """Public editions of an approved, redacted report (DOCX, PDF, executive summary), metadata scrubbed."""
    from .redaction.scrub import scrub_public_file
    from .writers import WRITERS

    folder.mkdir(parents=True, exist_ok=True)
    written = WRITERS["docx"]().write(public, folder)
    written += WRITERS["pdf"]().write(public, folder)
    if public.executive_summary is not None:
        written += WRITERS["executive-summary-pdf"]().write(public, folder)
    for path in written:
        scrub_public_file(path, case.board)
    return written


@dataclass
class ReviewOutcome:
    """What `scrpress review` did: the review, the files it wrote, and the approval status in words."""

    review: Review
    files: list[Path]
    status: list[str]
    approved: bool


def review_case(
    case_dir: Path, *, out: Path | None = None, pdf: bool = True, today: date | None = None,
    renumber_labels: bool = False,
) -> ReviewOutcome:
    """`scrpress review`: detect, merge with CASE/redaction/decisions.csv (never losing a lawyer's edit),
    write the decisions, labels and retired files, and the side-by-side review (HTML, PDF)."""
    with case_lock(case_dir if case_dir.is_dir() else case_dir.parent):
        return _review_case(case_dir, out=out, pdf=pdf, today=today, renumber_labels=renumber_labels)


def _review_case(
    case_dir: Path, *, out: Path | None, pdf: bool, today: date | None, renumber_labels: bool
) -> ReviewOutcome:
    from .redaction.approval import approval_status
    from .redaction.review import build_review, redaction_folder, save_review

    case, report = load_report(case_dir, today=today)
    review = build_review(case, report, renumber_labels=renumber_labels)
    files = save_review(review)
    status = approval_status(review)
    folder = out or redaction_folder(case)
    files += write_review(review, report, folder, status.messages(), pdf=pdf, cache_dir=case.state_dir / "review-pdf",
                          copy_decisions=folder.resolve() != review.folder.resolve())  # fmt: skip
    return ReviewOutcome(review, files, status.messages(), status.valid)


def approve_case(case_dir: Path, by: str, *, now: datetime | None = None, today: date | None = None) -> Approval:
    """`scrpress approve`: bring the review up to date, then record the approval (refused while anything is pending)."""
    from .redaction.approval import approve
    from .redaction.review import build_review, save_review

    with case_lock(case_dir if case_dir.is_dir() else case_dir.parent):
        case, report = load_report(case_dir, today=today)
        review = build_review(case, report)
        save_review(review)
        return approve(review, case, by, now=now)


def keep_circulation_records(out_dir: Path, staging: Path) -> None:
    """Advance copies already sent are records: carry OUT/circulation/ into the new output unchanged."""
    previous = out_dir / "circulation"
    if previous.is_dir():
        shutil.copytree(previous, staging / "circulation")


def build(
    case_dir: Path,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    today: date | None = None,
    draft_translations: bool = False,
) -> BuildResult:
    """Build every artefact for one case folder into `out_dir`, replacing it whole only on success.

    The review is always written; public editions only under a valid approval, and only if the
    leak gate passes on every one of them (otherwise the build fails and nothing is moved into place)."""
    from .i18n.editions import plan_translations, write_translated_editions
    from .redaction.apply import apply_decisions
    from .redaction.approval import approval_status
    from .redaction.review import allowed_names, build_review, detect_units, save_review, text_units
    from .verify import LeakGateError, make_gate, verify_public

    timings: dict[str, float] = {}
    today = today or date.today()
    public_written = False
    with case_lock(case_dir if case_dir.is_dir() else case_dir.parent), output_lock(out_dir):
        with _stage("read", timings, progress):
            case = load_case(case_dir)
            inputs = read_inputs(case, today=today)
        with _stage("assemble", timings, progress):
            report = assemble(case, inputs)
        with staged(out_dir) as staging:
            keep_circulation_records(out_dir, staging)
            with _stage("internal editions", timings, progress):
                write_internal(report, staging / "internal")
            with _stage("detect", timings, progress):
                found = detect_units(case, report, text_units(report))
            with _stage("review", timings, progress):
                review = build_review(case, report, found=found)
                save_review(review)
                status = approval_status(review)
                messages = status.messages()
                write_review(review, report, staging / "review", messages, cache_dir=case.state_dir / "review-pdf")
            extra: dict[str, object] = {"reference": case.reference, "built": today.isoformat()}
            if status.valid:
                with _stage("apply", timings, progress):
                    public = apply_decisions(report, review.rows)
                    plan_translations(public, case, draft=draft_translations)  # refuse early, before rendering
                with _stage("public editions", timings, progress):
                    for lang in PUBLIC_LANGUAGES:
                        write_public(public, case, staging / "public" / lang)
                if any(lang != "en" for lang in case.languages):
                    with _stage("translated editions", timings, progress):
                        write_translated_editions(
                            public, case, staging / "public", draft=draft_translations, register=case.register
                        )
                with _stage("verify", timings, progress):
                    gate = make_gate(case.register, review.rows, allowed_names(case, report))
                    leaks = verify_public(staging, gate)
                    if leaks:
                        raise LeakGateError(leaks)
                public_written = True
                assert status.approval is not None
                extra["approval"] = {"at": status.approval.at, "decisions_sha256": status.approval.decisions_sha256,
                                     "content_sha256": status.approval.content_sha256}  # fmt: skip
            write_manifest(staging, extra)
        files = sorted(p for p in out_dir.rglob("*") if p.is_file())
    return BuildResult(out_dir, files, report.notices, timings, public_written, messages)
