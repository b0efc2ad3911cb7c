"""Time to make 5 watermarked advance copies of a 200-page report, and how much larger they are.

Aim: under 5 s on 2 cores, each copy no more than 10% larger than the original (the stamp is
rendered once per recipient and reused by every page).

    python benchmarks/circulation.py [--pages 200] [--copies 5] [--encrypt]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from weasyprint import HTML

from scrpress.circulation import make_advance_copies
from scrpress.policy import Recipient

PARAGRAPH = (
    "Practitioners across agencies held pieces of information about the family's circumstances, but no "
    "single agency had the whole picture. The review found that escalation routes were understood "
    "differently by health, education and children's social care, and that the chronology shows long "
    "gaps between contacts in which the child's lived experience was not recorded. "
)


def make_report(path: Path, pages: int) -> None:
    """A text report of exactly `pages` A4 pages (fictional content), rendered like a public edition."""
    body = "".join(
        f'<section><h2>Section {i + 1}</h2>' + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(7)) + "</section>"
        for i in range(pages)
    )
    css = ("@page { size: A4; margin: 2cm; @bottom-center { content: counter(page) } } "
           "section { break-after: page; } body { font-family: 'DejaVu Serif'; font-size: 11pt; }")
    HTML(string=f"<style>{css}</style>{body}").write_pdf(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--encrypt", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "overview-report.en.pdf"
        make_report(src, args.pages)
        recipients = [Recipient(f"recipient-{i + 1}", f"Recipient organisation {i + 1}") for i in range(args.copies)]
        start = time.perf_counter()
        manifest = make_advance_copies(
            src, recipients, reference="CSPR-2026-014", publication_date=date(2026, 6, 17),
            send_by=date(2026, 6, 5), today=date(2026, 6, 1), out_dir=Path(tmp) / "circulation",
            encrypt=args.encrypt,
        )
        elapsed = time.perf_counter() - start
        original = src.stat().st_size
        sizes = [(Path(tmp) / "circulation" / c.file).stat().st_size for c in manifest.copies]
        growth = max(sizes) / original - 1
        print(f"pages: {args.pages}, copies: {len(sizes)}, encrypted: {args.encrypt}")
        print(f"time: {elapsed:.2f} s (aim < 5 s)")
        print(f"original: {original / 1024:.0f} KiB; largest copy: {max(sizes) / 1024:.0f} KiB "
              f"({growth:+.1%}, aim <= +10%)")


if __name__ == "__main__":
    main()
