"""The Report laid out for reading: one view, in reading order, shared by the DOCX and PDF writers.

Both writers render this view so the Word and PDF editions carry the same parts in the same
order: cover → contents → executive summary → narrative → agency analyses → integrated
chronology → action plan → board response → closing notice.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from gettext import NullTranslations

from scrpress.i18n import format_date, format_list, format_partial_date, interface_translations, is_english
from scrpress.model import Action, Para, PartialDate, Report, Section

# XML 1.0 forbids C0 controls other than tab, newline and carriage return (and U+FFFE/U+FFFF).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text safe for XML: Word's line and page breaks (\\x0b, \\x0c) become line breaks, CR LF
    becomes LF, other control characters (\\x07 cell marks, NULs) are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return _XML_ILLEGAL.sub("", text)


def build_time(now: datetime | None = None) -> datetime:
    """When the build happened: `now`, else SOURCE_DATE_EPOCH (reproducible builds), else the clock."""
    if now is not None:
        return now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass
class Block:
    """One paragraph to print, with the Word/HTML kind it gets: h2, h3, body, bullet, bullet2, number, quote."""

    kind: str
    text: str
    anchor: str = ""


@dataclass
class SectionView:
    """A titled part at heading level 1 or 2, with the blocks under it."""

    anchor: str
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    byline: list[tuple[str, str]] = field(default_factory=list)  # (label, value) under the title


@dataclass
class TocEntry:
    level: int
    title: str
    anchor: str


@dataclass
class ChronologyRow:
    date: str
    agency: str
    event: str
    source: str


@dataclass
class ActionRow:
    number: str
    action: str
    lead_agency: str
    owner: str
    due: str
    success_measure: str
    status: str


@dataclass
class ActionGroup:
    """One recommendation and the actions that answer it."""

    number: str
    label: str
    text: str
    actions: list[ActionRow]


@dataclass
class CoverView:
    title: str
    board: str
    reference: str
    review_type: str
    reviewers: list[str]
    reviewers_text: str
    publication_date: str
    marking: str
    draft: bool


@dataclass
class ReportView:
    lang: str
    html_lang: str
    edition: str
    cover: CoverView
    toc: list[TocEntry]
    executive_summary: SectionView | None
    narrative: list[SectionView]
    agencies_heading: SectionView | None
    agencies: list[SectionView]
    chronology_heading: SectionView
    chronology: list[ChronologyRow]
    chronology_caption: str
    action_plan_heading: SectionView
    action_groups: list[ActionGroup]
    board_response: SectionView | None
    notice_heading: SectionView
    notices: list[str]
    page_of: tuple[str, str, str]  # the words before PAGE, between PAGE and NUMPAGES, after NUMPAGES
    built: datetime
    watermark: str = ""  # printed across every page of a draft translation
    interface: NullTranslations | None = None  # the template's fixed words (None: the edition's catalog)

    @property
    def front_sections(self) -> list[SectionView]:
        """Executive summary, narrative and agency analyses: the parts rendered as plain blocks."""
        parts = [self.executive_summary, *self.narrative, self.agencies_heading, *self.agencies]
        return [p for p in parts if p is not None]


_PUBLICATION_KEYS = ("publication", "publication_date", "published", "publish")
AUTHOR_KEYS = ("author_role", "author", "role")
DATE_KEYS = ("date_text", "date", "submitted")


def html_lang(lang: str) -> str:
    """A BCP 47 tag for `lang`: "en" is written for UK readers, so it is "en-GB"."""
    code = (lang or "en").replace("_", "-")
    return "en-GB" if code.lower() == "en" else code


def page_of_parts(t: NullTranslations) -> tuple[str, str, str]:
    """Split the translated "Page {page} of {pages}" around its two numbers (word order varies by language)."""
    pattern = t.gettext("Page {page} of {pages}")
    match = re.fullmatch(r"(.*)\{page\}(.*)\{pages\}(.*)", pattern, flags=re.DOTALL)
    if not match:  # a broken translation: fall back to the source words rather than print braces
        match = re.fullmatch(r"(.*)\{page\}(.*)\{pages\}(.*)", "Page {page} of {pages}")
    assert match is not None
    return match.group(1), match.group(2), match.group(3)


DRAFT_WATERMARK = "DRAFT TRANSLATION"


def draft_watermark(t: NullTranslations) -> str:
    """The words DRAFT TRANSLATION in English and, beside them, in the edition's language: both the
    board officer and the checking translator see at once that the edition must not be published."""
    translated = t.gettext("DRAFT TRANSLATION")
    return DRAFT_WATERMARK if translated == DRAFT_WATERMARK else f"{DRAFT_WATERMARK} · {translated}"


def _anchor(kind: str, used: set[str]) -> str:
    """A link target ("part-3", "h-12"): numbered, never made from the text, so no wording
    of the report (a name in a heading, say) ends up in link targets or PDF destinations."""
    n = 1 + sum(1 for a in used if a.startswith(f"{kind}-"))
    anchor = f"{kind}-{n}"
    used.add(anchor)
    return anchor


def _block_kind(para: Para, title_level: int) -> str:
    style = para.style
    if style == "heading":
        level = min(3, max(para.level or 1, title_level + 1))
        return f"h{level}"
    if style == "bullet":
        return "bullet2" if para.level >= 2 else "bullet"
    if style == "number":
        return "number"
    if style == "quote":
        return "quote"
    return "body"


def _section_view(
    section: Section, level: int, used: set[str], lang: str, t: NullTranslations
) -> SectionView:
    title = clean_text(section.title.text)
    view = SectionView(anchor=_anchor("part", used), title=title, level=level)
    for para in section.blocks:
        kind = _block_kind(para, level)
        anchor = _anchor("h", used) if kind.startswith("h") else ""
        view.blocks.append(Block(kind=kind, text=clean_text(para.text), anchor=anchor))
    if section.kind == "agency":
        author = next((section.meta[k] for k in AUTHOR_KEYS if section.meta.get(k)), "")
        when = next((section.meta[k] for k in DATE_KEYS if section.meta.get(k)), "")
        if author:
            view.byline.append((t.gettext("Author"), clean_text(author)))
        if when:
            view.byline.append((t.gettext("Date"), clean_text(_maybe_iso_date(when, lang))))
    return view


def parse_byline_date(text: str) -> PartialDate | None:
    """A submission's date as a date ("2026-03-12", "16/04/2026", "20 April 2026", "March 2026"), or
    None when it is not one a translated edition could print in its own language."""
    from scrpress.dates import DateProblem, parse_event_date

    try:
        parsed = parse_event_date(text)
    except DateProblem:
        return None
    return None if parsed.approx else parsed


def _maybe_iso_date(text: str, lang: str) -> str:
    """A metadata date written as 2026-03-12 is formatted for the edition. In other languages than
    English any readable date is (translators never see dates); otherwise it stays as written."""
    try:
        return format_date(date.fromisoformat(text.strip()), lang)
    except ValueError:
        pass
    if is_english(lang):
        return text
    parsed = parse_byline_date(text)
    return format_partial_date(parsed, "", lang) if parsed is not None else text


def _group_actions(actions: list[Action], lang: str, t: NullTranslations) -> list[ActionGroup]:
    groups: list[ActionGroup] = []
    for act in actions:
        text = clean_text(act.recommendation.text)
        if not groups or groups[-1].text != text:
            groups.append(ActionGroup(number="", label="", text=text, actions=[]))
        due = format_date(act.due, lang) if act.due else act.due_text
        groups[-1].actions.append(
            ActionRow(
                number=clean_text(act.number),
                action=clean_text(act.action.text),
                lead_agency=clean_text(act.lead_agency.text),
                owner=clean_text(act.owner.text),
                due=clean_text(due or ""),
                success_measure=clean_text(act.success_measure.text),
                status=clean_text(act.status),
            )
        )
    for index, group in enumerate(groups, start=1):
        # "2.1", "2.2" → recommendation 2; otherwise number recommendations in order.
        prefixes = {a.number.split(".")[0] for a in group.actions if "." in a.number}
        group.number = prefixes.pop() if len(prefixes) == 1 else str(index)
        group.label = t.gettext("Recommendation %(number)s") % {"number": group.number}
        # A plan that numbers each action with its recommendation's number ("2", "2", "2")
        # reads better as 2.1, 2.2, 2.3.
        numbers = {a.number for a in group.actions}
        if len(group.actions) > 1 and numbers == {group.number}:
            for n, row in enumerate(group.actions, start=1):
                row.number = f"{group.number}.{n}"
    return groups


def build_view(report: Report, now: datetime | None = None) -> ReportView:
    """Lay the report out in reading order with every fixed word in the edition's language."""
    meta = report.meta
    lang = meta.language or "en"
    t = interface_translations(lang)
    _ = t.gettext
    used: set[str] = set()

    publication = next((meta.dates[k] for k in _PUBLICATION_KEYS if meta.dates.get(k)), None)
    reviewers = [clean_text(r) for r in meta.reviewers]
    cover = CoverView(
        title=clean_text(meta.title),
        board=clean_text(meta.board),
        reference=clean_text(meta.reference),
        review_type=clean_text(meta.review_type),
        reviewers=reviewers,
        reviewers_text=format_list(reviewers, lang),
        publication_date=format_date(publication, lang) if publication else "",
        marking=clean_text(meta.marking),
        draft=meta.edition == "draft-translation",
    )

    toc: list[TocEntry] = []

    def add(view: SectionView | None) -> SectionView | None:
        if view is not None:
            toc.append(TocEntry(view.level, view.title, view.anchor))
        return view

    summary = None
    if report.executive_summary:
        summary = _section_view(report.executive_summary, 1, used, lang, t)
        summary.title = summary.title or _("Executive summary")
        add(summary)
    # Narrative sections, and any section of another kind (a future "appendix"), in their own
    # order: nothing is silently left out.
    narrative = [add(_section_view(s, 1, used, lang, t)) for s in report.sections if s.kind != "agency"]
    agency_sections = [s for s in report.sections if s.kind == "agency"]
    agencies_heading = None
    agencies: list[SectionView | None] = []
    if agency_sections:
        agencies_heading = add(SectionView(_anchor("part", used), _("Agency analyses"), 1))
        agencies = [add(_section_view(s, 2, used, lang, t)) for s in agency_sections]
    chronology = [
        ChronologyRow(
            date=clean_text(format_partial_date(ev.date, ev.date_text.text, lang)),
            agency=clean_text(ev.agency),
            event=clean_text(ev.event.text),
            source=clean_text(ev.source.text),
        )
        for ev in report.chronology
    ]
    # The chronology and action plan always have their place: an empty one says so in words.
    chronology_heading = add(SectionView(_anchor("part", used), _("Integrated multi-agency chronology"), 1))
    action_groups = _group_actions(report.actions, lang, t)
    action_plan_heading = add(SectionView(_anchor("part", used), _("Action plan"), 1))
    assert chronology_heading is not None and action_plan_heading is not None
    board_response = None
    if report.board_response:
        board_response = _section_view(report.board_response, 1, used, lang, t)
        board_response.title = board_response.title or _("Board response")
        add(board_response)
    notice_heading = add(SectionView(_anchor("part", used), _("About this report"), 1))
    assert notice_heading is not None
    # Fixed words only: Report.notices are build messages for the board officer, not for readers.
    if meta.edition == "internal":
        notices = [
            _(
                "This edition has not been redacted. It must not be published or shared beyond those who need it for the review."
            )
        ]
    else:
        notices = [
            _(
                "Names and other details that could identify the child, family members and others have been removed or replaced with pseudonyms."
            )
        ]
        if meta.edition == "draft-translation":
            notices.insert(0, _("This is a draft translation for checking. It must not be published."))

    return ReportView(
        lang=lang,
        html_lang=html_lang(lang),
        edition=meta.edition,
        cover=cover,
        toc=toc,
        executive_summary=summary,
        narrative=[n for n in narrative if n is not None],
        agencies_heading=agencies_heading,
        agencies=[a for a in agencies if a is not None],
        chronology_heading=chronology_heading,
        chronology=chronology,
        chronology_caption=t.ngettext(
            "%(num)d event, in date order", "%(num)d events, in date order", len(chronology)
        )
        % {"num": len(chronology)},
        action_plan_heading=action_plan_heading,
        action_groups=action_groups,
        board_response=board_response,
        notice_heading=notice_heading,
        notices=notices,
        page_of=page_of_parts(t),
        built=build_time(now),
        watermark=draft_watermark(t) if meta.edition == "draft-translation" else "",
    )
