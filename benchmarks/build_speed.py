"""Time `scrpress build` per stage on the shipped sample case and on a generated case of N words.

    python benchmarks/build_speed.py [--words 100000]

Each build runs in a fresh output folder; the detection cache is cleared first, so the
figures are for a cold build (a rebuild re-analyses only changed paragraphs).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_case import make_case  # noqa: E402

from scrpress.pipeline import build  # noqa: E402


def timed_build(case_dir: Path, label: str) -> None:
    shutil.rmtree(case_dir / ".scrpress", ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = build(case_dir, Path(tmp) / "out")
        total = time.perf_counter() - t0
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in case_dir.rglob("*.md"))
    print(f"\n{label}: {total:.1f} s total, {len(result.files)} files ({words} words in its Markdown files)")
    for stage, secs in result.timings.items():
        print(f"  {stage:<24} {secs:7.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    sample = ROOT / "samples" / "child-m"
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "child-m"
        shutil.copytree(sample, copy, ignore=shutil.ignore_patterns("build", ".scrpress"))
        timed_build(copy, "sample case (samples/child-m)")
        big = make_case(Path(tmp) / "synthetic", args.words)
        timed_build(big, f"generated case (~{args.words} words)")


if __name__ == "__main__":
    main()
