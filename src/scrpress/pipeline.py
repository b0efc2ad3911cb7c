"""`scrpress build`: the stages wired together, top to bottom.

    case folder ─read─► Inputs ─assemble─► Report ─writers─► OUT/internal/...
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .assemble import assemble
from .case import load_case
from .inputs import read_inputs
from .model import Report
from .output import output_lock, staged, write_manifest

Progress = Callable[[str, float | None], None]


@dataclass
class BuildResult:
    """What a build wrote and what it noticed (tracked changes accepted, missing parts)."""

    out_dir: Path
    files: list[Path]
    notices: list[str]
    timings: dict[str, float] = field(default_factory=dict)


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


def build(case_dir: Path, out_dir: Path, *, progress: Progress | None = None, today: date | None = None) -> BuildResult:
    """Build every artefact for one case folder into `out_dir`, replacing it whole only on success."""
    timings: dict[str, float] = {}
    today = today or date.today()
    with output_lock(out_dir):
        with _stage("read", timings, progress):
            case = load_case(case_dir)
            inputs = read_inputs(case, today=today)
        with _stage("assemble", timings, progress):
            report = assemble(case, inputs)
        with staged(out_dir) as staging:
            with _stage("internal editions", timings, progress):
                write_internal(report, staging / "internal")
            write_manifest(staging, {"reference": case.reference, "built": today.isoformat()})
        files = sorted(p for p in out_dir.rglob("*") if p.is_file())
    return BuildResult(out_dir, files, report.notices, timings)
