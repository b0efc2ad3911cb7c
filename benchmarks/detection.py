"""Detection quality and speed: scrpress against vanilla Presidio on the same labelled corpus, in one run.

    python benchmarks/detection.py [--split all|dev|test|blind|...|blind6|dev,test,...] [--show-misses]

Span recall: a gold span counts as caught only if every letter and digit in it is covered
by some finding (a half-covered name is a leak). Precision: the share of redacted letters and
digits that are personal data. Published: findings on already-anonymised text (all false
positives). Words per second exclude model loading (both engines are warmed up first).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from corpus import SPLITS, GoldDoc, load_split  # noqa: E402

from scrpress.case import load_register  # noqa: E402
from scrpress.redaction.analyzer import DEFAULT_MODEL  # noqa: E402
from scrpress.redaction.detect import THRESHOLD, Detector, detect_text  # noqa: E402

Span = tuple[int, int]


def vanilla_presidio():  # type: ignore[no-untyped-def]
    """Presidio as it comes (default recognizers, default spaCy config) on the same small model, offline."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list, no network
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": DEFAULT_MODEL}]}
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def run(doc: GoldDoc) -> list[Span]:
        res = engine.analyze(doc.text, language="en", score_threshold=THRESHOLD)
        return [(r.start, r.end) for r in res]

    return run


def case_of(doc: GoldDoc) -> str:
    """The case a document belongs to: two splits may each hold a family of the same name ("chan")."""
    return f"{doc.split}/{doc.family}"


def scrpress_runner(case_wide: bool = False):  # type: ignore[no-untyped-def]
    """scrpress on one document at a time; with `case_wide`, the family's other documents give names to propagate
    (as `scrpress detect FILE --case FOLDER` and `scrpress build` do)."""
    detectors: dict[Path | None, Detector] = {}
    family_docs: dict[str, list[str]] = defaultdict(list)

    def run(doc: GoldDoc) -> list[Span]:
        key = doc.case_yaml
        if key not in detectors:
            detectors[key] = Detector(register=load_register(key) if key else None)
        context = [d for d in family_docs[case_of(doc)] if d != doc.text] if case_wide else None
        return [(f.start, f.end) for f in detect_text(doc.text, detectors[key], context=context)]

    run.family_docs = family_docs  # type: ignore[attr-defined]
    return run


def alnum_positions(text: str, spans: list[Span]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


def score(docs: list[GoldDoc], predictions: list[list[Span]]) -> dict[str, object]:
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    redacted = personal = 0
    misses: list[str] = []
    false_positives: list[str] = []
    for doc, pred in zip(docs, predictions):
        covered = alnum_positions(doc.text, pred)
        gold_chars = alnum_positions(doc.text, [(s.start, s.end) for s in doc.spans])
        redacted += len(covered)
        personal += len(covered & gold_chars)
        for span in doc.spans:
            need = {i for i in range(span.start, span.end) if doc.text[i].isalnum()}
            ok = need <= covered
            groups = [span.entity_type]
            if span.entity_type == "PERSON":
                groups.append("PERSON (register)" if span.in_register else "PERSON (not in register)")
            groups.append("ALL")
            for g in groups:
                caught[g][0] += ok
                caught[g][1] += 1
            if not ok:
                around = doc.text[max(0, span.start - 50) : span.end + 30].replace("\n", " ")
                misses.append(f"{doc.path.parent.name}/{doc.path.name}: {span.entity_type}{'+' if span.in_register else ''} "
                              f"{span.text!r}  «{around}»")  # fmt: skip
        for a, b in pred:  # findings that cover no personal data at all
            if not alnum_positions(doc.text, [(a, b)]) & gold_chars:
                false_positives.append(f"{doc.path.parent.name}/{doc.path.name}: {doc.text[a:b]!r}")
    return {"recall": dict(caught), "precision": personal / redacted if redacted else 1.0, "misses": misses,
            "redacted": redacted, "false_positives": false_positives}  # fmt: skip


def timed(run, docs: list[GoldDoc]) -> tuple[list[list[Span]], float]:  # type: ignore[no-untyped-def]
    run(docs[0])  # warm up: model load, caches
    t0 = time.perf_counter()
    preds = [run(d) for d in docs]
    return preds, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    labelled = [s for s in SPLITS if s != "published"]
    ap.add_argument("--split", default="all", help=f"all, or one or more of {', '.join(labelled)} joined by commas")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    splits = labelled if args.split == "all" else args.split.split(",")
    if unknown := [s for s in splits if s not in labelled]:
        ap.error(f"unknown split(s): {', '.join(unknown)}")
    docs = [d for s in splits for d in load_split(s)]
    published = load_split("published")
    words = sum(len(d.text.split()) for d in docs)
    print(f"corpus: {len(docs)} labelled documents ({', '.join(splits)}), {words} words, "
          f"{sum(len(d.spans) for d in docs)} gold spans; {len(published)} published-style documents")  # fmt: skip
    wide = scrpress_runner(case_wide=True)
    for d in docs:
        wide.family_docs[case_of(d)].append(d.text)  # type: ignore[attr-defined]
    engines = {"vanilla Presidio": vanilla_presidio(), "scrpress": scrpress_runner(), "scrpress case-wide": wide}
    results = {}
    for name, run in engines.items():
        preds, secs = timed(run, docs)
        pub_preds = [run(d) for d in published]
        s = score(docs, preds)
        pub_words = sum(len(d.text.split()) for d in published)
        s["wps"] = words / secs
        s["published_findings"] = sum(len(p) for p in pub_preds)
        s["published_per_1000_words"] = 1000 * s["published_findings"] / max(pub_words, 1)
        s["published_list"] = [f"{d.path.name}: {d.text[a:b]!r}" for d, spans in zip(published, pub_preds) for a, b in spans]
        results[name] = s
    groups = sorted({g for r in results.values() for g in r["recall"]}, key=lambda g: (g == "ALL", g))
    print(f"\n{'span recall':<28}" + "".join(f"{n:>20}" for n in results))
    for g in groups:
        cells = []
        for r in results.values():
            c, n = r["recall"].get(g, [0, 0])
            cells.append(f"{c / n:.3f} ({c}/{n})" if n else "-")
        print(f"  {g:<26}" + "".join(f"{c:>20}" for c in cells))
    print(f"{'precision (chars)':<28}" + "".join(f"{r['precision']:>20.3f}" for r in results.values()))
    print(f"{'published: findings':<28}" + "".join(f"{r['published_findings']:>20}" for r in results.values()))
    print(f"{'published: per 1000 words':<28}" + "".join(f"{r['published_per_1000_words']:>20.2f}" for r in results.values()))
    print(f"{'words per second':<28}" + "".join(f"{r['wps']:>20.0f}" for r in results.values()))
    if args.show_misses:
        print("\nscrpress (case-wide) misses:")
        for m in results["scrpress case-wide"]["misses"]:
            print("  " + m)
        print("\nscrpress (case-wide) findings that cover no gold span:")
        for m in results["scrpress case-wide"]["false_positives"]:
            print("  " + m)
        print("\nscrpress (case-wide) findings on published-style text (all false positives):")
        for m in results["scrpress case-wide"]["published_list"]:
            print("  " + m)


if __name__ == "__main__":
    main()
