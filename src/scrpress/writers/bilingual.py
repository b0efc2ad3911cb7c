"""The Welsh-and-English edition: one document, each text in Welsh and then in English beneath it.

Why stacked rather than two columns: the chronology (4 columns) and action plan (7) would be
unreadable halved; a paragraph stays next to its translation on the same page however long it is;
the Word edition stays ordinary paragraphs and tables that boards can edit; and a screen reader
hears each language with its own language tag. Welsh comes first, as the Welsh Language Standards
expect of a bilingual document. Headings, labels and the contents read "Welsh / English" on one
line, so bookmarks and the contents stay one entry per part.

Both editions are laid out separately (`build_view`) and zipped: the same parts in the same order,
because a translation changes only the words.
"""

from __future__ import annotations

import dataclasses
from gettext import NullTranslations
from typing import Any

from markupsafe import Markup, escape

from scrpress.writers.view import (
    ActionGroup,
    ActionRow,
    Block,
    CoverView,
    ReportView,
    SectionView,
    TocEntry,
    clean_text,
)

SEPARATOR = " / "


class Both:
    """A text in the document's language with its `second` language version after it.

    HTML: the second text in a block `<span class="en" lang="en-GB">`; Word: a second run after a
    line break, tagged with its language for spelling and screen readers; anywhere else (titles,
    metadata): "first / second"."""

    def __init__(self, first: str, second: str, second_lang: str = "en-GB") -> None:
        self.first, self.second, self.second_lang = first, second, second_lang

    def __str__(self) -> str:
        return f"{self.first}{SEPARATOR}{self.second}"

    def __html__(self) -> Markup:
        lang = escape(self.second_lang)
        return escape(clean_text(self.first)) + Markup(f'<span class="en" lang="{lang}">') + escape(
            clean_text(self.second)
        ) + Markup("</span>")

    def __wordml__(self, text: Any) -> str:
        lang = escape(self.second_lang)
        return (
            f"{text(self.first)}</w:t></w:r><w:r><w:rPr><w:color w:val=\"404040\"/><w:lang w:val=\"{lang}\"/>"
            f'</w:rPr><w:br/><w:t xml:space="preserve">{text(self.second)}'
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Both) and (self.first, self.second) == (other.first, other.second)

    def __hash__(self) -> int:
        return hash((self.first, self.second))


def both(first: str, second: str) -> str | Both:
    """One text when the two languages print the same (numbers, references, names), else both."""
    return first if first == second or not second else Both(first, second)


def joined(first: str, second: str) -> str:
    """"Cyflwyniad / Introduction": headings and labels on one line."""
    return first if first == second or not second else f"{first}{SEPARATOR}{second}"


class BilingualTranslations(NullTranslations):
    """The template's fixed words in both languages ("Dyddiad / Date"); the page counter in the first only."""

    SINGLE = frozenset({"Page {page} of {pages}"})

    def __init__(self, first: NullTranslations, second: NullTranslations) -> None:
        super().__init__()
        self.first, self.second = first, second

    def gettext(self, message: str) -> str:
        a = self.first.gettext(message)
        return a if message in self.SINGLE else joined(a, self.second.gettext(message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return joined(self.first.ngettext(singular, plural, n), self.second.ngettext(singular, plural, n))


def _section(a: SectionView | None, b: SectionView | None) -> SectionView | None:
    if a is None or b is None:
        return a
    blocks = [
        Block(x.kind, joined(x.text, y.text) if x.kind.startswith("h") else both(x.text, y.text), x.anchor)  # type: ignore[arg-type]
        for x, y in _pairs(a.blocks, b.blocks)
    ]
    byline = [(joined(la, lb), joined(va, vb)) for (la, va), (lb, vb) in _pairs(a.byline, b.byline)]
    return SectionView(a.anchor, joined(a.title, b.title), a.level, blocks, byline)  # type: ignore[arg-type]


def _pairs(a: list[Any], b: list[Any]) -> list[tuple[Any, Any]]:
    if len(a) != len(b):
        raise ValueError("the two editions differ in shape")  # a bug: translation changes words only
    return list(zip(a, b))


def _row(a: Any, b: Any) -> Any:
    """A table row (chronology or action) with every cell in both languages."""
    return type(a)(**{f.name: both(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a)})


def _groups(a: list[ActionGroup], b: list[ActionGroup]) -> list[ActionGroup]:
    """Recommendations with their actions; grouping follows the first edition (a translator may word
    one recommendation two ways), each row's recommendation text taken from the group it is in."""
    rows_b = [(g, row) for g in b for row in g.actions]
    rows_a = [row for g in a for row in g.actions]
    if len(rows_a) != len(rows_b):
        raise ValueError("the two editions differ in shape")
    out, i = [], 0
    for group in a:
        first_b = rows_b[i][0] if group.actions else None
        actions: list[ActionRow] = []
        for row in group.actions:
            actions.append(_row(row, rows_b[i][1]))
            i += 1
        label = joined(group.label, first_b.label) if first_b else group.label
        text = both(group.text, first_b.text) if first_b else group.text
        out.append(ActionGroup(group.number, label, text, actions))  # type: ignore[arg-type]
    return out


def bilingual_view(first: ReportView, second: ReportView, second_lang: str = "en-GB") -> ReportView:
    """One view printing `first` (Welsh) with `second` (English) after every text."""
    c1, c2 = first.cover, second.cover
    cover = CoverView(
        title=joined(c1.title, c2.title),
        board=joined(c1.board, c2.board),
        reference=c1.reference,
        review_type=joined(c1.review_type, c2.review_type),
        reviewers=c1.reviewers,
        reviewers_text=joined(c1.reviewers_text, c2.reviewers_text),
        publication_date=joined(c1.publication_date, c2.publication_date),
        marking=c1.marking,
        draft=c1.draft or c2.draft,
    )
    toc = [TocEntry(x.level, joined(x.title, y.title), x.anchor) for x, y in _pairs(first.toc, second.toc)]
    sections = [(_section(x, y)) for x, y in _pairs(first.narrative, second.narrative)]
    agencies = [(_section(x, y)) for x, y in _pairs(first.agencies, second.agencies)]
    chronology = [_row(x, y) for x, y in _pairs(first.chronology, second.chronology)]
    return dataclasses.replace(
        first,
        cover=cover,
        toc=toc,
        executive_summary=_section(first.executive_summary, second.executive_summary),
        narrative=[s for s in sections if s is not None],
        agencies_heading=_section(first.agencies_heading, second.agencies_heading),
        agencies=[s for s in agencies if s is not None],
        chronology_heading=_section(first.chronology_heading, second.chronology_heading),
        chronology=chronology,
        chronology_caption=joined(first.chronology_caption, second.chronology_caption),
        action_plan_heading=_section(first.action_plan_heading, second.action_plan_heading),
        action_groups=_groups(first.action_groups, second.action_groups),
        board_response=_section(first.board_response, second.board_response),
        notice_heading=_section(first.notice_heading, second.notice_heading),
        notices=_notices(first.notices, second.notices),
        interface=BilingualTranslations(
            first.interface or _translations(first.lang), second.interface or _translations(second.lang)
        ),
    )


def _notices(a: list[str], b: list[str]) -> list[str | Both]:
    """The closing notices; a draft's extra notice (first in the list) has no counterpart in a finished edition."""
    b = [""] * max(0, len(a) - len(b)) + b[-len(a):] if a else []
    return [both(x, y) for x, y in zip(a, b)]


def _translations(lang: str) -> NullTranslations:
    from scrpress.i18n import interface_translations

    return interface_translations(lang)


__all__ = ["BilingualTranslations", "Both", "bilingual_view", "both", "joined"]
