"""The readable redaction review: internal and public text side by side, every change numbered and explained."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from review_support import accept_proposals, edit, enrich, replace_line

from scrpress.pipeline import load_report, review_case, write_review
from scrpress.redaction.review import build_review
from scrpress.writers.review_writer import build_review_view


def test_the_review_shows_both_texts_and_explains_each_numbered_change(tiny_case: Path, tmp_path: Path) -> None:
    enrich(tiny_case)
    review_case(tiny_case, pdf=False)

    def lawyer(row) -> None:  # type: ignore[no-untyped-def]
        accept_proposals(row)
        if row.text == "Dai":
            row.decision, row.replacement, row.comment = "custom", "her partner", "reads better"
        if row.text == "Peter Lyle":
            row.decision, row.reason = "keep", "already-public"

    edit(tiny_case, lawyer)
    replace_line(tiny_case / "submissions" / "police.md", "rang from 07700 900123", "telephoned from 07700 900123")
    case, report = load_report(tiny_case)
    review = build_review(case, report)
    view = build_review_view(review, report, ["no legal approval recorded yet"])
    numbers = [c.n for p in view.paras for c in p.changes]
    assert numbers == list(range(1, len(review.rows) + 1))  # every finding, numbered in reading order

    line10 = next(p for p in view.paras if p.place == "submissions/police.md:line 10, column 2")
    assert "".join(s.text for s in line10.internal) == next(u.text for u in review.units if u.key.endswith("line 10, column 2"))
    assert "Mother said her partner had left." in "".join(s.text for s in line10.public)
    dai = next(c for c in line10.changes if c.row.text == "Dai")
    assert dai.state == "redact" and dai.decision_text == "custom: “her partner”"

    changed = next(p for p in view.paras if p.place == "submissions/police.md:line 28")
    assert changed.changed and all(c.state.startswith("pending") for c in changed.changes)
    pending = next(c for c in changed.changes if c.row.entity_type == "PHONE_NUMBER")
    assert pending.decision_text == "pending — proposed: replace with “[phone number removed]”"
    assert pending.reason_text == "contact-details: Contact details (telephone, e-mail, social media)"

    files = write_review(review, report, tmp_path / "review", view.status)
    assert sorted(p.name for p in files) == ["decisions.csv", "redaction-review.html", "redaction-review.pdf"]
    html = (tmp_path / "review" / "redaction-review.html").read_text(encoding="utf-8")
    assert html.count("OFFICIAL-SENSITIVE") >= 2
    assert 'class="seg redact"' in html and 'class="seg pending-redact"' in html and 'class="seg keep"' in html
    assert re.search(r'<li class="redact" value="\d+" id="F-[0-9a-f]{10}"><b>\d+</b>', html)
    assert "reads better" in html and "paragraph changed since the last review" in html
    assert "<script" not in html
    pdf = PdfReader(str(tmp_path / "review" / "redaction-review.pdf"))
    first = pdf.pages[0].extract_text()
    assert "Redaction review" in first and "OFFICIAL-SENSITIVE" in first
    assert pdf.pages[0].mediabox.width > pdf.pages[0].mediabox.height  # landscape, for two columns


def test_text_that_looks_like_markup_is_shown_as_text(tiny_case: Path, tmp_path: Path) -> None:
    police = tiny_case / "submissions" / "police.md"
    police.write_text(police.read_text(encoding="utf-8") + "\nGrace Holloway wrote <script>alert(1)</script> & left.\n",
                      encoding="utf-8")  # fmt: skip
    outcome = review_case(tiny_case, pdf=False)
    html = (tiny_case / "redaction" / "redaction-review.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert outcome.files


def test_a_long_review_is_rendered_in_parts_and_kept_until_it_changes(tiny_case: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    from scrpress.writers import review_writer as W

    enrich(tiny_case)
    case, report = load_report(tiny_case)
    review = build_review(case, report)
    monkeypatch.setattr(W, "FINDINGS_PER_PART", 4)
    monkeypatch.setattr(W, "ProcessPoolExecutor", lambda max_workers, mp_context: ThreadPoolExecutor(max_workers))
    rendered: list[int] = []
    real = W._pdf_bytes
    monkeypatch.setattr(W, "_pdf_bytes", lambda html: rendered.append(1) or real(html))
    view = build_review_view(review, report, [])
    parts = W._parts(view)
    assert len(parts) > 1 and sum(len(p.paras) for p in parts) == len(view.paras)
    cache = tmp_path / "cache"
    data = W.render_review_pdf(view, cache)
    assert len(rendered) == len(parts)
    pdf = PdfReader(__import__("io").BytesIO(data))
    assert f"part 1 of {len(parts)}" in pdf.pages[0].extract_text()
    assert f"part {len(parts)} of {len(parts)}" in pdf.pages[-1].extract_text()
    again = build_review_view(review, report, [])  # built a minute later: same review, same PDF
    assert W.render_review_pdf(again, cache) == data and len(rendered) == len(parts)
    assert len(list(cache.glob("*.pdf"))) == 1
