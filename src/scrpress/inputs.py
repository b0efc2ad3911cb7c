"""Read every input file of a case, collecting every problem in every file before failing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .case import Case
from .errors import ProblemList, ScrpressError
from .model import Action, Section, Submission
from .readers import read_submission
from .readers.action_plan import read_action_plan
from .readers.narrative import read_sections


@dataclass
class Inputs:
    """Everything the case folder holds, read into the model but not yet assembled."""

    narrative: list[Section]
    submissions: list[Submission]
    actions: list[Action]
    board_response: list[Section]
    notices: list[str] = field(default_factory=list)


def read_inputs(case: Case, *, today: date | None = None) -> Inputs:
    """Read overview sections, submissions, action plan and board response; raise ProblemList with all problems."""
    problems: list[ScrpressError] = []
    notices: list[str] = []

    def attempt(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except ProblemList as exc:
            problems.extend(exc.problems)
        except ScrpressError as exc:
            problems.append(exc)
        return None

    narrative: list[Section] = []
    if not case.overview_files:
        problems.append(ScrpressError("no overview sections: add overview/01-introduction.md etc.", file=case.dir / "overview"))
    for path in case.overview_files:
        narrative.extend(attempt(read_sections, path, case.rel(path), "narrative") or [])
    submissions: list[Submission] = []
    if not case.submission_files:
        notices.append("submissions/: no agency submissions found")
    for path in case.submission_files:
        sub = attempt(read_submission, path, case.rel(path), today=today)
        if sub:
            submissions.append(sub)
            notices.extend(f"{sub.file}: {n}" for n in sub.notices)
    actions: list[Action] = []
    plan = case.action_plan_file
    if plan is None:
        notices.append("no action plan (action-plan.csv or action-plan.xlsx)")
    else:
        actions = attempt(read_action_plan, plan, case.rel(plan)) or []
    board: list[Section] = []
    if case.board_response_file is not None:
        board = attempt(read_sections, case.board_response_file, case.rel(case.board_response_file), "board-response") or []
    else:
        notices.append("no board response (board-response.md)")
    _check_dates_against_case(case, submissions, problems)
    if problems:
        raise ProblemList(problems)
    return Inputs(narrative, submissions, actions, board, notices)


def _check_dates_against_case(case: Case, submissions: list[Submission], problems: list[ScrpressError]) -> None:
    """A chronology event before the child was born (beyond the pregnancy) is almost always a typo."""
    births = [p.date_of_birth for p in case.register.people if p.role.lower() in ("child", "subject") and p.date_of_birth]
    if not births:
        return
    earliest = min(births)
    limit = date(earliest.year - 1, earliest.month, min(earliest.day, 28))  # allow the pregnancy
    for sub in submissions:
        for ev in sub.chronology:
            if ev.date.precision == "day" and ev.date.as_date() < limit:
                problems.append(
                    ScrpressError(
                        "date is more than a year before the child's date of birth (check the year)",
                        file=case.dir / sub.file,
                        where=ev.date_text.prov.where,
                    )
                )
