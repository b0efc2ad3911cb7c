"""Detection on a generated 100,000-word case: cold, then after a one-paragraph edit (cache warm).

    python benchmarks/redetect.py [--words 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_case import make_case  # noqa: E402

from scrpress.pipeline import load_report  # noqa: E402
from scrpress.redaction.detect import Detector  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        case_dir = make_case(Path(tmp) / "case", args.words)
        case, report = load_report(case_dir)
        texts = [p.text for _, p in report.paras()]
        words = sum(len(t.split()) for t in texts)
        cache = Path(tmp) / "cache.json"
        Detector(register=case.register).detect(texts[:5])  # load the model outside the timings
        t0 = time.perf_counter()
        d = Detector(register=case.register, cache_file=cache)
        found = d.detect(texts)
        d.save_cache()
        cold = time.perf_counter() - t0
        edited = list(texts)
        i = max(range(len(texts)), key=lambda k: len(texts[k]))
        edited[i] = texts[i] + " Ms Nowicka later told Dr Priya Raman that Rhys had moved to 9 Canal Street."
        t0 = time.perf_counter()
        d2 = Detector(register=case.register, cache_file=cache)
        found2 = d2.detect(edited)
        d2.save_cache()
        warm = time.perf_counter() - t0
        print(f"case: {len(texts)} paragraphs, {words} words; {sum(map(len, found))} findings")
        print(f"cold detection:                    {cold:6.1f} s ({words / cold:,.0f} words/s)")
        print(f"after a one-paragraph edit:        {warm:6.1f} s (paragraphs re-analysed: {d2.stats.analysed})")
        print(f"findings in the edited paragraph:  {len(found[i])} -> {len(found2[i])}")


if __name__ == "__main__":
    main()
