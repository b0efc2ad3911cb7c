"""Small fictional Reports built in Python for the writer tests (no case folders are read).

`make_report()` is a complete little review: an executive summary, two narrative sections,
two agency analyses, a chronology with dates of every precision, two recommendations with
three actions, and a board response. Text that templates could mistake for markup, and a
planted family name, let the tests prove what does and does not come through.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from scrpress.model import (
    Action,
    ChronologyEvent,
    Para,
    PartialDate,
    Provenance,
    Report,
    ReportMeta,
    Section,
)

BUILT = datetime(2026, 11, 1, 9, 30, tzinfo=timezone.utc)

FAMILY_NAME = "Kowalczyk-Brennan"  # planted in the body of the internal edition: must never reach metadata
TRICKY = "Police & health said <none> of it; 100% sure } {{ not a tag }} {% neither %} {# nor #} {_{ x }_}"
POLISH = "Zażółć gęślą jaźń: ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż"
WELSH = "Ŵyr, ŷd, â ê î ô û ŵ ŷ – Âê Îô Ûŵ Ŷ"

EVENTS = [
    # (PartialDate, as written, agency, event, source)
    (PartialDate(2018), "2018", "Health", "Family registers with the GP practice.", "GP record"),
    (
        PartialDate(2018, 3),
        "March 2018",
        "Education",
        "Child starts nursery; attendance 92%.",
        "Nursery register",
    ),
    (
        PartialDate(2018, 3, 14),
        "14/03/2018",
        "Police",
        "Call to the family home & no crime recorded.",
        "Incident log 0412",
    ),
    (
        PartialDate(2019, 6, approx=True),
        "summer 2019",
        "Children's social care",
        "Referral discussed at the front door.",
        "MASH record",
    ),
    (
        PartialDate(2019, 11, 2, 14 * 60 + 5),
        "2 November 2019 14:05",
        "Health",
        "Health visitor home visit.",
        "HV notes",
    ),
]


def para(
    text: str, where: str, style: str = "body", level: int = 0, file: str = "overview/01-intro.md"
) -> Para:
    return Para(text=text, prov=Provenance(file, where), style=style, level=level)


def make_report(
    lang: str = "en",
    edition: str = "internal",
    *,
    events: int | None = None,
    extra_paragraphs: int = 0,
    with_summary: bool = True,
    extra_text: list[str] | None = None,
) -> Report:
    """A small complete review. `events`/`extra_paragraphs` grow it (for page-count tests and timing)."""
    marking = "OFFICIAL-SENSITIVE" if edition == "internal" else ""
    meta = ReportMeta(
        reference="CSPR-2026-014",
        title="Child Safeguarding Practice Review: Child H",
        board="Example Safeguarding Children Partnership",
        nation="england",
        review_type="Child Safeguarding Practice Review",
        policy="england-cspr",
        reviewers=["Dr Jane Example"],
        dates={"publication": date(2026, 11, 21)},
        language=lang,
        marking=marking,
        edition=edition,
    )
    summary = Section(
        id="executive-summary",
        title=para("Executive summary", "line 1", "heading", 1, "overview/00-summary.md"),
        blocks=[
            para(
                "This review looked at how agencies worked together to protect Child H.",
                "line 3",
                file="overview/00-summary.md",
            ),
            para("Three findings stand out.", "line 5", file="overview/00-summary.md"),
        ],
        kind="executive-summary",
    )
    body = [
        para("Background", "line 3", "heading", 2),
        para(
            f"The review was commissioned after a serious incident involving the {FAMILY_NAME} family.",
            "line 5",
        )
        if edition == "internal"
        else para("The review was commissioned after a serious incident.", "line 5"),
        para(TRICKY, "line 7"),
        para("Scope of the review", "line 9", "heading", 3),
        para("Information sharing between agencies", "line 10", "bullet", 1),
        para("Recognition of neglect", "line 11", "bullet", 1),
        para("Mother said: \u201cnobody asked me what it was like at home\u201d.", "line 13", "quote"),
        para("A line\nbreak\tand a tab stay as they are.", "line 15"),
    ]
    for text in extra_text or []:
        body.append(para(text, f"line {100 + len(body)}"))
    for i in range(extra_paragraphs):
        body.append(
            para(
                f"Analysis paragraph {i + 1}. " + "The agencies held pieces of the picture. " * 12,
                f"line {200 + i}",
            )
        )
    sections = [
        Section(
            id="introduction",
            title=para("Introduction", "line 1", "heading", 1),
            blocks=body,
            kind="narrative",
        ),
        Section(
            id="findings",
            title=para("Findings", "line 1", "heading", 1, "overview/02-findings.md"),
            blocks=[
                para(
                    "Finding 1: professionals did not share what they knew.",
                    "line 3",
                    file="overview/02-findings.md",
                )
            ],
            kind="narrative",
        ),
        Section(
            id="agency-police",
            title=para("Police", "paragraph 1", "heading", 1, "submissions/police.docx"),
            blocks=[
                para(
                    "Officers attended twice and recorded no crime.",
                    "paragraph 4",
                    file="submissions/police.docx",
                )
            ],
            kind="agency",
            agency="Police",
            meta={"author_role": "Detective Inspector, Public Protection Unit", "date_text": "2026-03-12"},
        ),
        Section(
            id="agency-health",
            title=para("Health", "paragraph 1", "heading", 1, "submissions/health.docx"),
            blocks=[
                para("Learning for health", "paragraph 2", "heading", 2, "submissions/health.docx"),
                para(
                    "The health visiting service saw the family 11 times.",
                    "paragraph 3",
                    file="submissions/health.docx",
                ),
            ],
            kind="agency",
            agency="Health",
            meta={"author_role": "Designated Nurse for Safeguarding", "date_text": "March 2026"},
        ),
    ]
    chronology = []
    n = len(EVENTS) if events is None else events
    for i in range(n):
        pd, written, agency, text, source = EVENTS[i % len(EVENTS)]
        if i >= len(EVENTS):
            pd = PartialDate(2020 + i // 300, 1 + (i // 25) % 12, 1 + i % 25)
            written = f"{pd.day}/{pd.month}/{pd.year}"
            text = f"Event {i + 1}: {text}"
        where = f"table 1, row {i + 2}"
        chronology.append(
            ChronologyEvent(
                date=pd,
                date_text=para(written, where + ", Date", "cell", file=f"submissions/{agency}.docx"),
                agency=agency,
                event=para(text, where + ", Event", "cell", file=f"submissions/{agency}.docx"),
                source=para(source, where + ", Source", "cell", file=f"submissions/{agency}.docx"),
                seq=i,
            )
        )
    actions = []
    plan = [
        (
            "1.1",
            "Agencies share information at the point of referral.",
            "Agree an information sharing protocol.",
            "Children's social care",
            "Head of Service",
            date(2027, 3, 31),
            "",
            "Protocol signed by all partners",
            "In progress",
        ),
        (
            "1.2",
            "Agencies share information at the point of referral.",
            "Audit 20 referrals.",
            "Police",
            "Detective Chief Inspector",
            None,
            "Q2 2027",
            "Audit report to the board",
            "Not started",
        ),
        (
            "2.1",
            "Practitioners recognise neglect.",
            "Roll out the neglect toolkit & training.",
            "Health",
            "Designated Nurse",
            date(2027, 6, 30),
            "",
            "80% of staff trained",
            "Complete",
        ),
    ]
    for row, (number, rec, act, lead, owner, due, due_text, measure, status) in enumerate(plan, start=2):
        where = f"row {row}"
        actions.append(
            Action(
                number=number,
                recommendation=para(rec, where + ", Recommendation", "cell", file="action-plan.csv"),
                action=para(act, where + ", Action", "cell", file="action-plan.csv"),
                lead_agency=para(lead, where + ", Lead agency", "cell", file="action-plan.csv"),
                owner=para(owner, where + ", Owner", "cell", file="action-plan.csv"),
                due=due,
                due_text=due_text or (due.strftime("%d/%m/%Y") if due else ""),
                success_measure=para(measure, where + ", Success measure", "cell", file="action-plan.csv"),
                status=status,
                prov=Provenance("action-plan.csv", where),
            )
        )
    board_response = Section(
        id="board-response",
        title=para("Board response", "line 1", "heading", 1, "board-response.md"),
        blocks=[para("The partnership accepts every recommendation.", "line 3", file="board-response.md")],
        kind="board-response",
    )
    return Report(
        meta=meta,
        executive_summary=summary if with_summary else None,
        sections=sections,
        chronology=chronology,
        actions=actions,
        board_response=board_response,
        notices=["submissions/police.docx: 1 row without a date was left out"],
    )
