"""The statutory timeline: due dates counted by the policy's stated rule, statuses on a given day,
the notice period counted back from publication, and the calendar file read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrpress.cli_circulation import timeline as timeline_command
from scrpress.errors import ScrpressError
from scrpress.policy import Counting, Period, load_policy
from scrpress.timeline import (
    add_months,
    build_timeline,
    due_date,
    earliest_publication_date,
    earliest_takedown,
    send_by_date,
    to_ics,
)
from scrpress.workdays import WorkingCalendar

ENGLAND = WorkingCalendar("england")
SCOTLAND = WorkingCalendar("scotland")
SCR = load_policy("england-scr-2015")
CSPR = load_policy("england-cspr")


def test_within_five_working_days_does_not_count_the_event_day_unless_the_policy_says_so() -> None:
    monday = date(2026, 5, 11)
    assert due_date(monday, Period(5, "working_days"), Counting(start_day_counts=False), ENGLAND) == date(2026, 5, 18)
    assert due_date(monday, Period(5, "working_days"), Counting(start_day_counts=True), ENGLAND) == date(2026, 5, 15)


def test_five_working_days_over_easter_depend_on_the_nation() -> None:
    thursday = date(2026, 4, 2)  # Good Friday follows; Easter Monday is a holiday except in Scotland
    rule = Counting()
    assert due_date(thursday, Period(5, "working_days"), rule, ENGLAND) == date(2026, 4, 13)
    assert due_date(thursday, Period(5, "working_days"), rule, SCOTLAND) == date(2026, 4, 10)


def test_months_clamp_to_the_month_end_and_move_off_non_working_days_as_the_policy_says() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    month = Period(1, "months")
    # 2 Feb 2026 + 1 month = Mon 2 Mar (a working day): no move.
    assert due_date(date(2026, 2, 2), month, Counting(), ENGLAND) == date(2026, 3, 2)
    # 28 Nov 2026 + 1 month = Mon 28 Dec 2026, the Boxing Day substitute.
    start = date(2026, 11, 28)
    assert due_date(start, month, Counting(calendar_end_on_non_working_day="previous"), ENGLAND) == date(2026, 12, 24)
    assert due_date(start, month, Counting(calendar_end_on_non_working_day="next"), ENGLAND) == date(2026, 12, 29)
    assert due_date(start, month, Counting(calendar_end_on_non_working_day="keep"), ENGLAND) == date(2026, 12, 28)


def test_seven_working_days_notice_in_clear_days_or_counting_the_sending_day() -> None:
    publication = date(2026, 5, 20)  # Wednesday
    assert send_by_date(publication, CSPR, ENGLAND) == date(2026, 5, 8)  # 7 clear working days: 11-19 May
    counting_send_day = replace(CSPR, counting=replace(CSPR.counting, notice_clear_days=False))
    assert send_by_date(publication, counting_send_day, ENGLAND) == date(2026, 5, 11)
    # Across the Spring bank holiday (Mon 25 May), one more day back.
    assert send_by_date(date(2026, 5, 27), CSPR, ENGLAND) == date(2026, 5, 14)


def test_earliest_lawful_publication_is_the_first_date_the_notice_still_fits() -> None:
    assert earliest_publication_date(date(2026, 5, 8), CSPR, ENGLAND) == date(2026, 5, 20)
    for offset in range(60):
        today = date(2026, 11, 2) + timedelta(days=offset)  # through Christmas
        earliest = earliest_publication_date(today, CSPR, ENGLAND)
        assert send_by_date(earliest, CSPR, ENGLAND) >= today
        assert send_by_date(earliest - timedelta(days=1), CSPR, ENGLAND) < today


def test_a_framework_without_a_notice_period_still_wants_copies_before_publication() -> None:
    wales = load_policy("wales-cpr")
    assert send_by_date(date(2026, 4, 7), wales, WorkingCalendar("wales")) == date(2026, 4, 2)  # before Easter


def test_publication_stays_up_twelve_months_in_england_and_is_unset_where_the_framework_is_silent() -> None:
    assert earliest_takedown(date(2026, 5, 20), CSPR) == date(2027, 5, 20)
    assert earliest_takedown(date(2028, 2, 29), SCR) == date(2029, 2, 28)
    assert earliest_takedown(date(2026, 5, 20), load_policy("scotland-learning-review")) is None


def test_each_clock_is_done_late_overdue_upcoming_or_not_started() -> None:
    dates = {
        "incident": date(2026, 3, 2),  # notify by Mon 9 Mar
        "notification": date(2026, 3, 6),  # on time
        "decision": date(2026, 4, 20),  # decision due 1 month after 6 Mar: Mon 6 Apr is Easter Monday -> Thu 2 Apr
        "publication": date(2026, 12, 16),
    }
    rows = {r.id: r for r in build_timeline(dates, SCR, ENGLAND, today=date(2026, 4, 28))}
    assert rows["notify-incident"].due == date(2026, 3, 9)
    assert rows["notify-incident"].status == "done"
    assert rows["decide-review"].due == date(2026, 4, 2)
    assert rows["decide-review"].status == "done late"
    assert rows["notify-decision"].due == date(2026, 4, 27)
    assert rows["notify-decision"].status == "overdue"
    assert rows["complete-review"].due == date(2026, 10, 20)
    assert rows["complete-review"].status == "upcoming"
    assert rows["advance-copies"].due == date(2026, 12, 4)
    assert rows["advance-copies"].rule == "7 working days before publication (clear days)"
    assert list(rows)[-1] == "advance-copies"
    without_decision = build_timeline({"incident": date(2026, 3, 2)}, SCR, ENGLAND, today=date(2026, 3, 3))
    assert [r.status for r in without_decision] == ["upcoming", "not started", "not started", "not started", "not started"]


# --- iCalendar ---------------------------------------------------------------------------------


def parse_ics(text: str) -> list[dict[str, str]]:
    """A tiny RFC 5545 reader: checks CRLF and the 75-octet limit, unfolds, returns VEVENTs."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    assert logical[0] == "BEGIN:VCALENDAR" and logical[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in logical and any(x.startswith("PRODID:") for x in logical)
    events, current = [], None
    for line in logical[1:-1]:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    assert current is None
    return events


def test_the_calendar_file_parses_back_to_the_same_dates() -> None:
    dates = {"incident": date(2026, 3, 2), "notification": date(2026, 3, 6), "publication": date(2026, 12, 16)}
    rows = build_timeline(dates, CSPR, ENGLAND, today=date(2026, 3, 10))
    text = to_ics(rows, reference="CSPR-2026-014", today=date(2026, 3, 10), publication=dates["publication"],
                  takedown=earliest_takedown(dates["publication"], CSPR))
    events = parse_ics(text)
    by_uid = {e["UID"]: e for e in events}
    assert len(by_uid) == len(events)
    due = {r.id: r.due for r in rows if r.due}
    for clock_id, day in due.items():
        event = by_uid[f"CSPR-2026-014-{clock_id}@scrpress"]
        assert event["DTSTART;VALUE=DATE"] == day.strftime("%Y%m%d")
        assert event["DTEND;VALUE=DATE"] == (day + timedelta(days=1)).strftime("%Y%m%d")
        assert event["DTSTAMP"] == "20260310T000000Z"
    assert by_uid["CSPR-2026-014-takedown@scrpress"]["DTSTART;VALUE=DATE"] == "20271216"
    rapid = by_uid["CSPR-2026-014-rapid-review@scrpress"]
    assert rapid["SUMMARY"] == "CSPR-2026-014: Rapid review done and decision on a local review sent to the Panel"
    assert "Panel practice guidance, Rapid review timescales; WT2023 ch.5, Rapid reviews" in rapid["DESCRIPTION"]


def test_long_lines_fold_without_splitting_a_welsh_character() -> None:
    rows = build_timeline({"publication": date(2026, 7, 1)}, load_policy("wales-susr"), WorkingCalendar("wales"),
                          today=date(2026, 6, 1))
    rows = [replace(rows[-1], label="Anfon copïau ymlaen llaw at Lywodraeth Cymru ŵ ŷ " * 4)]
    events = parse_ics(to_ics(rows, reference="SUSR-2026-3", today=date(2026, 6, 1)))
    assert events[0]["SUMMARY"] == "SUSR-2026-3: " + rows[0].label


# --- the command -------------------------------------------------------------------------------

CASE_YAML = """\
reference: "SCR-2026-007"
title: "Serious Case Review: Child Q"
board: "Testshire Safeguarding Children Board"
nation: england
policy: england-scr-2015
lead_reviewers: ["Independent Reviewer"]
dates:
  incident: 2026-03-02
  notification: 2026-03-06
  decision: 2026-04-20
  publication: 2026-12-16
languages: [en]
people: []
places: []
"""


def write_case(folder: Path, text: str = CASE_YAML) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


def test_timeline_command_prints_the_table_and_writes_the_calendar(tmp_path: Path) -> None:
    case = write_case(tmp_path / "case")
    ics = tmp_path / "dates.ics"
    result = CliRunner().invoke(timeline_command, [str(case), "--today", "2026-04-28", "--ics", str(ics)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("SCR-2026-007 · Serious Case Review (england-scr-2015) · working days of England")
    row = next(line for line in lines if line.startswith("LSCB Chair decides"))
    assert "Thu 2 Apr 2026" in row and row.endswith("DONE LATE")
    assert next(line for line in lines if line.startswith("Decision sent to Ofsted")).endswith("OVERDUE")
    assert "Earliest take-down: Thu 16 Dec 2027 (published for at least 12 months)" in result.output
    assert "Easter Monday Mon 6 Apr 2026" in result.output
    assert len(parse_ics(ics.read_bytes().decode("utf-8"))) == 7  # 4 clocks, advance copies, publication, take-down


def test_case_holidays_move_the_deadlines(tmp_path: Path) -> None:
    text = CASE_YAML + "extra_holidays:\n  - {date: 2026-03-09, name: One-off bank holiday}\n"
    case = write_case(tmp_path / "case", text)
    result = CliRunner().invoke(timeline_command, [str(case), "--today", "2026-03-03"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith("Notifiable incident"))
    assert "Tue 10 Mar 2026" in row  # not Mon 9 Mar, the added holiday


def test_a_case_whose_policy_is_for_another_nation_is_refused(tmp_path: Path) -> None:
    case = write_case(tmp_path / "case", CASE_YAML.replace("policy: england-scr-2015", "policy: wales-cpr"))
    result = CliRunner().invoke(timeline_command, [str(case), "--today", "2026-03-03"])
    assert isinstance(result.exception, ScrpressError)
    assert "wales" in str(result.exception) and "england" in str(result.exception)


@pytest.mark.parametrize("nation_policy", [("scotland", "scotland-learning-review"), ("northern-ireland", "northern-ireland-cmr")])
def test_frameworks_without_clocks_still_show_the_advance_copy_deadline(tmp_path: Path, nation_policy: tuple[str, str]) -> None:
    nation, policy = nation_policy
    text = CASE_YAML.replace("nation: england", f"nation: {nation}").replace("england-scr-2015", policy)
    result = CliRunner().invoke(timeline_command, [str(write_case(tmp_path / "case", text)), "--today", "2026-11-01"])
    assert result.exit_code == 0, result.output
    assert "Advance copies sent (1 recipient)" in result.output
    assert "sets no minimum publication period" in result.output
