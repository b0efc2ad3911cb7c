"""Property-based tests: the date parser, the readers and span resolution never drift or lose text."""

from __future__ import annotations

import contextlib
import string
from datetime import date

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrpress.dates import DateProblem, parse_event_date
from scrpress.readers import read_submission
from scrpress.readers.docx_parse import parse_docx
from scrpress.redaction.detect import resolve
from scrpress.redaction.findings import Finding
from scrpress.redaction.textutil import fold

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)), st.sampled_from(range(5)))
@SETTINGS
def test_every_written_form_of_a_date_parses_back(d: date, style: int) -> None:
    written = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat(),
               f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"][style]  # fmt: skip
    pd = parse_event_date(written)
    assert (pd.year, pd.month, pd.day) == (d.year, d.month, d.day)


@given(st.text(max_size=40))
@SETTINGS
def test_date_parser_only_ever_raises_date_problem(text: str) -> None:
    with contextlib.suppress(DateProblem):
        parse_event_date(text)


@given(st.text(max_size=60))
@SETTINGS
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


CELL = st.text(alphabet=string.ascii_letters + string.digits + " &<>%}{'\"ąęłńóśźżŵŷâ.,;:-()", min_size=1, max_size=40).map(
    str.strip).filter(bool)


@given(st.lists(CELL, min_size=1, max_size=5))
@SETTINGS
def test_markdown_chronology_cells_read_back_exactly(tmp_path_factory, events: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("md") / "s.md"
    rows = "\n".join(f"| 0{i + 1}/01/2024 | {e.replace('|', '/')} | src {i} |" for i, e in enumerate(events))
    path.write_text(f"---\nagency: Police\n---\n| Date | Event | Source |\n| --- | --- | --- |\n{rows}\n", encoding="utf-8")
    sub = read_submission(path, "s.md")
    # Markdown treats a few characters as markup (emphasis, escapes); compare what is not markup.
    for ev, text in zip(sub.chronology, events):
        strip = str.maketrans("", "", "*_`\\[]!<>&")
        assert " ".join(ev.event.text.translate(strip).split()) == " ".join(text.replace("|", "/").translate(strip).split())


@given(st.lists(CELL, min_size=1, max_size=6))
@SETTINGS
def test_word_paragraphs_read_back_exactly(tmp_path_factory, paras: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("docx") / "s.docx"
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    d.save(path)
    texts = [b.text for b in parse_docx(path).blocks]
    assert texts == paras


@st.composite
def spans(draw):  # type: ignore[no-untyped-def]
    text = draw(st.text(alphabet="abcdeśćż XY\n", min_size=5, max_size=60))
    found = []
    for _ in range(draw(st.integers(0, 6))):
        s = draw(st.integers(0, len(text) - 1))
        e = draw(st.integers(s + 1, len(text)))
        found.append(Finding(s, e, draw(st.sampled_from(["PERSON", "ADDRESS", "UK_POSTCODE"])), 0.8, text[s:e], "t"))
    return text, found


@given(spans())
@SETTINGS
def test_resolved_findings_never_overlap_and_cover_every_input_span(case) -> None:  # type: ignore[no-untyped-def]
    text, found = case
    out = resolve(text, list(found))
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    covered = {i for f in out for i in range(f.start, f.end)}
    assert all(set(range(f.start, f.end)) <= covered for f in found)
    assert all(text[f.start : f.end] == f.text for f in out)


@st.composite
def redactions(draw):  # type: ignore[no-untyped-def]
    """Non-ASCII text with non-overlapping (often adjacent) spans to redact, each with a label."""
    text = draw(st.text(alphabet="aąbcćeęłńoóśzźż XYZ,.\n", min_size=1, max_size=80))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=10))))
    spans_ = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a and draw(st.booleans())]
    labels = [draw(st.sampled_from(["Adult 1", "[address removed]", "Mother", "Dziecko M", ""])) for _ in spans_]
    return text, spans_, labels


@given(redactions())
@SETTINGS
def test_apply_replaces_exactly_the_decided_spans(case) -> None:  # type: ignore[no-untyped-def]
    from scrpress.redaction.apply import replace_spans
    from scrpress.redaction.decisions import Decision

    text, spans_, labels = case
    rows = [Decision(id=f"F-{i:010d}", entity_type="PERSON", text=text[a:b], section="s", agency="", paragraph="p",
                     context="", recognizer="t", score="1", proposed="redact", proposed_replacement=label,
                     decision="redact", replacement=label, start=a, end=b) for i, ((a, b), label) in
            enumerate(zip(spans_, labels))]  # fmt: skip
    expected, pos = [], 0
    for (a, b), label in zip(spans_, labels):
        expected += [text[pos:a], label]
        pos = b
    expected.append(text[pos:])
    assert replace_spans(text, rows) == "".join(expected)  # nothing drifts, nothing of a redacted span survives
