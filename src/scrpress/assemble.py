"""Submissions + narrative → one Report: the integrated chronology and the report's reading order."""

from __future__ import annotations

from .case import Case
from .inputs import Inputs
from .model import ChronologyEvent, Para, Provenance, Report, ReportMeta, Section, Submission


def merge_chronologies(submissions: list[Submission]) -> list[ChronologyEvent]:
    """Interleave every agency's events by date, keeping who recorded each, so the reviewer
    can see who knew what, and when. Same-day rows keep submission and row order; a partial
    date ("March 2018") sorts at the start of its period."""
    events = [ev for sub in submissions for ev in sub.chronology]
    return sorted(events, key=lambda ev: ev.date)  # sorted() is stable


def agency_section(sub: Submission, index: int) -> Section:
    """One agency's analysis as a report section, titled with the agency's name."""
    title = Para(sub.agency, Provenance(sub.file, "header: agency"), "heading", 1)
    meta = {k: v for k, v in (("author_role", sub.author_role), ("date", sub.date_text)) if v}
    return Section(f"agency-{index}", title, list(sub.analysis), "agency", agency=sub.agency, meta=meta)


def assemble(case: Case, inputs: Inputs) -> Report:
    """The internal (unredacted) overview report in reading order."""
    exec_summary = next((s for s in inputs.narrative if s.kind == "executive-summary"), None)
    narrative = [s for s in inputs.narrative if s is not exec_summary]
    agencies = [agency_section(sub, i) for i, sub in enumerate(inputs.submissions, start=1)]
    board = inputs.board_response[0] if inputs.board_response else None
    if board and len(inputs.board_response) > 1:
        for extra in inputs.board_response[1:]:
            board.blocks.append(extra.title)
            board.blocks.extend(extra.blocks)
        for p in board.blocks:
            if p.style == "heading" and p.level == 1:
                p.level = 2
    meta = ReportMeta(
        reference=case.reference,
        title=case.title,
        board=case.board,
        nation=case.nation,
        review_type=case.review_type,
        policy=case.policy,
        reviewers=list(case.lead_reviewers),
        dates=dict(case.dates),
    )
    return Report(
        meta=meta,
        executive_summary=exec_summary,
        sections=narrative + agencies,
        chronology=merge_chronologies(inputs.submissions),
        actions=list(inputs.actions),
        board_response=board,
        notices=list(inputs.notices),
    )
