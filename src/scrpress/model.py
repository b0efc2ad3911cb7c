"""The one document model every reader produces and every writer renders.

Readers turn case files into `Submission`s and `Section`s; `assemble` makes one `Report`;
transforms (redaction, translation) map the text of every `Para` and return a new `Report`;
writers render a `Report` and never look at the input files.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Provenance:
    """Where a piece of text came from: a case-relative file and a place in it ("line 12", "table 1, row 3, Event")."""

    file: str
    where: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}"


@dataclass
class Para:
    """One unit of text a reader sees: a heading, paragraph, list item, quote or table cell.

    `key` is stable while the source file's structure is unchanged, so later stages
    (redaction review, translation catalogs) can point back to it.
    """

    text: str
    prov: Provenance
    style: str = "body"  # heading | body | bullet | number | quote | cell
    level: int = 0  # heading level (1-3) or list depth

    @property
    def key(self) -> str:
        return f"{self.prov.file}#{self.prov.where}"

    @property
    def digest(self) -> str:
        """SHA-256 of the text: detection caches and approvals are bound to it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, order=True)
class PartialDate:
    """A chronology date as precise as the author wrote it: "2018", "March 2018", "3 March 2018 14:05".

    Ordering puts a partial date at the start of its period, so "March 2018" sorts before
    "1 March 2018" and "2018" before both; `approx` marks seasons and "early/mid/late".
    """

    year: int
    month: int = 0  # 0 = unknown
    day: int = 0  # 0 = unknown
    minute_of_day: int = -1  # -1 = no time given
    approx: bool = field(default=False, compare=False)

    @property
    def precision(self) -> str:
        if self.day:
            return "day"
        if self.month:
            return "month"
        return "year"

    def as_date(self) -> date:
        """The first day of the period, for arithmetic (age checks, future dates)."""
        return date(self.year, self.month or 1, self.day or 1)


@dataclass
class ChronologyEvent:
    """One row of an agency's chronology, kept with the agency and its source record."""

    date: PartialDate
    date_text: Para  # as the author wrote it; shown as written in English editions
    agency: str
    event: Para
    source: Para
    seq: int = 0  # position in the agency's own table, for a stable merge


@dataclass
class Action:
    """One row of the action plan: what will change, who leads it, by when, and how we will know."""

    number: str
    recommendation: Para
    action: Para
    lead_agency: Para
    owner: Para
    due: date | None
    due_text: str
    success_measure: Para
    status: str
    prov: Provenance


@dataclass
class Section:
    """A titled part of the report: a narrative section, one agency's analysis, the board response."""

    id: str
    title: Para
    blocks: list[Para]
    kind: str  # narrative | executive-summary | agency | board-response
    agency: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Submission:
    """What one agency sent: who wrote it, its chronology and its analysis paragraphs."""

    file: str
    agency: str
    author_role: str
    date_text: str
    chronology: list[ChronologyEvent]
    analysis: list[Para]
    notices: list[str] = field(default_factory=list)


@dataclass
class ReportMeta:
    """Facts about the review printed on the cover and in file metadata (never the family's names)."""

    reference: str
    title: str
    board: str
    nation: str
    review_type: str
    policy: str
    reviewers: list[str]
    dates: dict[str, date]
    language: str = "en"
    marking: str = "OFFICIAL-SENSITIVE"  # "" on public editions
    edition: str = "internal"  # internal | public | draft-translation


@dataclass
class Report:
    """The merged overview report: narrative, agency analyses, integrated chronology, action plan, board response."""

    meta: ReportMeta
    executive_summary: Section | None
    sections: list[Section]
    chronology: list[ChronologyEvent]
    actions: list[Action]
    board_response: Section | None
    notices: list[str] = field(default_factory=list)

    def all_sections(self) -> Iterator[Section]:
        """Every section in reading order."""
        if self.executive_summary:
            yield self.executive_summary
        yield from self.sections
        if self.board_response:
            yield self.board_response

    def paras(self) -> Iterator[tuple[str, Para]]:
        """Every piece of text in reading order, each with the label of the part it belongs to."""
        if self.executive_summary:
            yield from _section_paras(self.executive_summary)
        for section in self.sections:
            yield from _section_paras(section)
        for ev in self.chronology:
            for para in (ev.date_text, ev.event, ev.source):
                yield "Chronology", para
        for act in self.actions:
            for para in (act.recommendation, act.action, act.lead_agency, act.owner, act.success_measure):
                yield "Action plan", para
        if self.board_response:
            yield from _section_paras(self.board_response)

    def map_text(self, fn: Callable[[str, Para], str]) -> Report:
        """A deep copy whose every `Para` text is `fn(section_label, para)`: the shape of every transform."""
        new = copy.deepcopy(self)
        for label, para in new.paras():
            para.text = fn(label, para)
        return new

    def with_texts(self, texts: Mapping[str, str]) -> Report:
        """A deep copy with the text of the paras whose key is in `texts` replaced."""
        return self.map_text(lambda _label, p: texts.get(p.key, p.text))


def _section_paras(section: Section) -> Iterator[tuple[str, Para]]:
    label = section.title.text if section.kind != "agency" else f"Agency: {section.agency}"
    yield label, section.title
    for para in section.blocks:
        yield label, para
