"""The statutory timeline of one case: each clock of its policy, counted in the nation's working days,
with what is done, overdue or coming, and an iCalendar export so the dates reach the board's diary.

All counting goes through the policy's stated `counting` rule; nothing here reads today's date:
callers pass `today`, so every answer is reproducible.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from .errors import ScrpressError
from .policy import Clock, Counting, Period, Policy
from .workdays import WorkingCalendar

ADVANCE_COPIES = "advance-copies"
DONE, DONE_LATE, OVERDUE, UPCOMING, NOT_STARTED = "done", "done late", "overdue", "upcoming", "not started"


@dataclass(frozen=True)
class ClockStatus:
    """One clock worked out for one case on one day."""

    id: str
    label: str
    rule: str  # e.g. "5 working days after incident"
    start: date | None  # the case date the clock runs from (None: not reached yet)
    due: date | None
    done: date | None  # when the step was recorded as taken
    status: str  # done | done late | overdue | upcoming | not started
    source: str = ""

    @property
    def is_problem(self) -> bool:
        return self.status in (OVERDUE, DONE_LATE)


def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, _stdlib_calendar.monthrange(year, month)[1]))


def due_date(start: date, within: Period, counting: Counting, cal: WorkingCalendar) -> date:
    """The last day on which a step `within` a period after `start` is on time, counted by `counting`."""
    # With start_day_counts, the event's own day is day 1, so counting starts the day before.
    anchor = start - timedelta(days=1) if counting.start_day_counts else start
    if within.unit == "working_days":
        return cal.add_working_days(anchor, within.amount)
    end = anchor + timedelta(days=within.amount) if within.unit == "days" else add_months(anchor, within.amount)
    rule = counting.calendar_end_on_non_working_day
    if rule == "previous":
        return cal.previous_working_day(end)
    if rule == "next":
        return cal.next_working_day(end)
    return end


def send_by_date(publication: date, policy: Policy, cal: WorkingCalendar) -> date:
    """The last working day on which advance copies can go out for a `publication` date, under the
    policy's notice period and its clear-days rule."""
    extra = 1 if policy.counting.notice_clear_days else 0
    return cal.add_working_days(publication, -(policy.notice_working_days + extra))


def earliest_publication_date(today: date, policy: Policy, cal: WorkingCalendar) -> date:
    """The first date a report may be published if advance copies go out `today`."""
    candidate = today
    for _ in range(2 * 366):
        if send_by_date(candidate, policy, cal) >= today:
            return candidate
        candidate += timedelta(days=1)
    raise ScrpressError(f"policy {policy.name}: no publication date within two years meets its notice period")


def earliest_takedown(publication: date, policy: Policy) -> date | None:
    """The first day the published report may come down (None where the framework sets no minimum)."""
    if policy.publication_min_months is None:
        return None
    return add_months(publication, policy.publication_min_months)


def advance_copies_clock(policy: Policy) -> Clock:
    """The notice period as a clock, so it appears in the timeline beside the others."""
    return Clock(
        id=ADVANCE_COPIES,
        label=f"Advance copies sent ({len(policy.recipients)} recipient{'s' if len(policy.recipients) != 1 else ''})",
        start="publication",
        within=Period(policy.notice_working_days, "working_days"),
        done="circulated",
        source="; ".join(filter(None, [policy.notice_source, "to " + ", ".join(r.name for r in policy.recipients)])),
    )


def build_timeline(dates: dict[str, date], policy: Policy, calendar: WorkingCalendar, today: date) -> list[ClockStatus]:
    """Every clock of `policy` for a case with these key `dates`, as it stands on `today`.

    A clock whose starting date is not in `dates` yet is "not started"; a step counts as taken when
    its `done` date is in `dates` (case.yaml `dates:` may hold any such key, e.g. `completed`).
    The advance-copies deadline comes last, counted back from the publication date.
    """
    rows = []
    for clock in policy.clocks:
        start = dates.get(clock.start)
        due = due_date(start, clock.within, policy.counting, calendar) if start else None
        rows.append(_status(clock, _rule(clock, policy.counting), start, due, dates.get(clock.done or ""), today))
    notice = advance_copies_clock(policy)
    publication = dates.get("publication")
    due = send_by_date(publication, policy, calendar) if publication else None
    clear = " (clear days)" if policy.counting.notice_clear_days else ""
    rule = f"{notice.within} before publication{clear}" if policy.notice_working_days else "before publication"
    rows.append(_status(notice, rule, publication, due, dates.get("circulated"), today))
    return rows


def _rule(clock: Clock, counting: Counting) -> str:
    counted = ", counting its day" if counting.start_day_counts else ""
    return f"{clock.within} after {clock.start.replace('_', ' ')}{counted}"


def _status(clock: Clock, rule: str, start: date | None, due: date | None, done: date | None, today: date) -> ClockStatus:
    if done is not None:
        status = DONE if due is None or done <= due else DONE_LATE
    elif due is None:
        status = NOT_STARTED
    else:
        status = OVERDUE if today > due else UPCOMING
    return ClockStatus(clock.id, clock.label, rule, start, due, done, status, clock.source)


# --- iCalendar (RFC 5545), written by hand: all-day events, CRLF, lines folded at 75 octets ---


def to_ics(
    rows: list[ClockStatus],
    *,
    reference: str,
    today: date,
    publication: date | None = None,
    takedown: date | None = None,
) -> str:
    """An iCalendar file with one all-day event per deadline (and the publication and earliest
    take-down dates), with stable UIDs so re-importing updates rather than duplicates them.
    DTSTAMP is `today` at midnight UTC, so the output is reproducible."""
    stamp = datetime(today.year, today.month, today.day, tzinfo=timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    events = []
    for row in rows:
        if row.due is None:
            continue
        desc = f"Due {row.due.isoformat()}: {row.rule}. Status on {today.isoformat()}: {row.status}."
        if row.source:
            desc += f" Source: {row.source}."
        events.append((row.id, row.due, f"{reference}: {row.label}", desc))
    if publication is not None:
        events.append(("publication", publication, f"{reference}: Report published", "Publication date of the final report."))
    if takedown is not None:
        events.append(("takedown", takedown, f"{reference}: Report may be taken down from today",
                       "Earliest date the published report may be removed from the website."))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//scrpress//statutory timeline//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape(reference + ' statutory timeline')}"]
    for uid_part, day, summary, desc in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(reference, uid_part)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(desc)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _uid(reference: str, part: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-." else "-" for c in reference)
    return f"{safe}-{part}@scrpress"


def _escape(text: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF + space,
    never splitting a UTF-8 character."""
    out, current, size, limit = [], [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with one space
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)
