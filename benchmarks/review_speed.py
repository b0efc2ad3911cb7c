"""Time the redaction stages (review, apply, verify) on a generated case of N words.

    python benchmarks/review_speed.py [--words 100000] [--seed 1]

Generates a case with benchmarks/make_case.py, then times, each on its own:
detection (cold and cached), the review (proposals and merge; decisions.csv; the HTML and PDF
diff), approval, apply (presidio-anonymizer), the public editions (DOCX, PDF, executive
summary, metadata scrub) and the leak gate over every public file. The "lawyer" accepts every
proposal, so the public edition has as many replacements as the review proposes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_case import make_case  # noqa: E402

from scrpress.pipeline import load_report, write_public, write_review  # noqa: E402
from scrpress.redaction.apply import apply_decisions  # noqa: E402
from scrpress.redaction.approval import approval_status, approve  # noqa: E402
from scrpress.redaction.decisions import render_csv  # noqa: E402
from scrpress.redaction.review import (  # noqa: E402
    allowed_names,
    build_review,
    detect_units,
    save_review,
    text_units,
)
from scrpress.verify import make_gate, verify_public  # noqa: E402

TIMES: dict[str, float] = {}


def timed(label: str, fn: Callable[[], Any]) -> Any:
    t0 = time.perf_counter()
    value = fn()
    TIMES[label] = time.perf_counter() - t0
    print(f"  {label:<40} {TIMES[label]:7.2f} s", flush=True)
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        case_dir = make_case(Path(tmp) / "synthetic", args.words, seed=args.seed)
        case, report = timed("read + assemble", lambda: load_report(case_dir))
        units = text_units(report)
        words = sum(len(u.text.split()) for u in units)
        print(f"  ({len(units)} texts, {words} words in the report)")
        timed("detect (cold: spaCy + Presidio)", lambda: detect_units(case, report, units))
        found = timed("detect (cached, as on a rebuild)", lambda: detect_units(case, report, units))
        review = timed("review: proposals, labels, merge", lambda: build_review(case, report, found=found))
        print(f"  ({len(review.rows)} findings)")
        timed("review: write decisions/labels csv", lambda: save_review(review))
        out = Path(tmp) / "out"
        timed("review: redaction-review.html", lambda: write_review(review, report, out / "review", [], pdf=False))
        timed("review: redaction-review.html + .pdf", lambda: write_review(review, report, out / "review", []))
        for row in review.rows:  # the "lawyer" accepts every proposal
            row.decision = row.proposed
            row.reason = row.reason or ("third-party" if row.decision == "redact" else "")
        review.decisions_path.write_text(render_csv(review.rows), encoding="utf-8", newline="")
        timed("approve (re-review + append)", lambda: approve(build_review(case, report, found=found), case,
                                                             "Benchmark Lawyer, Solicitor"))  # fmt: skip
        review = build_review(case, report, found=found)
        assert approval_status(review).valid
        public = timed("apply (presidio-anonymizer)", lambda: apply_decisions(report, review.rows))
        timed("public editions (docx, pdf, summary, scrub)", lambda: write_public(public, case, out / "public" / "en"))
        gate = make_gate(case.register, review.rows, allowed_names(case, report))
        leaks = timed("verify (leak gate over public/)", lambda: verify_public(out, gate))
        print(f"  ({len(leaks)} leak(s) found)")
        for leak in leaks[:10]:
            print(f"    {leak.file}:{leak.where}: {leak.what}")
        redaction = sum(TIMES[k] for k in TIMES if k.startswith(("review", "apply", "verify")))
        print(f"\nreview + apply + verify on {words} words: {redaction:.1f} s "
              f"(detection {TIMES['detect (cold: spaCy + Presidio)']:.1f} s cold, "
              f"{TIMES['detect (cached, as on a rebuild)']:.1f} s cached; public editions "
              f"{TIMES['public editions (docx, pdf, summary, scrub)']:.1f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
