"""Working days per UK nation, so every statutory deadline is counted the way the guidance counts it.

A working day is Monday to Friday and not a bank holiday of the case's nation. Bank holidays come
from the `holidays` package (substitute days included: Christmas Day on a Saturday moves to the
Monday); one-off holidays the package does not know yet are added from the policy or the case.
Whether the first and last day of a period count is the policy's `counting` rule, applied in
`timeline.py`: the functions here are plain arithmetic with one stated convention (below).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from .errors import ScrpressError

NATIONS = ("england", "wales", "scotland", "northern-ireland")

#: nation → subdivision code of `holidays.UK` (ISO 3166-2:GB)
SUBDIVISIONS = {"england": "ENG", "wales": "WLS", "scotland": "SCT", "northern-ireland": "NIR"}

# A deadline search never runs further than this: a mistake, not a real period.
_MAX_STEPS = 20 * 366


@dataclass(frozen=True, order=True)
class Holiday:
    """A named day off: a bank holiday from the package or a one-off from the policy or case."""

    day: date
    name: str


class WorkingCalendar:
    """Working days of one nation.

    Convention: `add_working_days(d, n)` returns the n-th working day strictly after `d`
    (strictly before, for negative `n`); `d` itself is never counted, and `n == 0` returns `d`.
    """

    def __init__(self, nation: str, extra_holidays: Iterable[date | Holiday] | Mapping[date, str] = ()) -> None:
        if nation not in SUBDIVISIONS:
            raise ScrpressError(f"unknown nation {nation!r}: expected one of {', '.join(NATIONS)}")
        self.nation = nation
        self._bank = holidays.UK(subdiv=SUBDIVISIONS[nation])  # years are filled in on first lookup
        self._extra: dict[date, str] = {}
        items = extra_holidays.items() if isinstance(extra_holidays, Mapping) else extra_holidays
        for item in items:
            if isinstance(item, Holiday):
                self._extra[item.day] = item.name
            elif isinstance(item, tuple):
                self._extra[item[0]] = item[1]
            else:
                self._extra[item] = "Additional holiday"

    def holiday_name(self, d: date) -> str | None:
        """The holiday's name if `d` is a bank or added holiday of this nation, else None."""
        if d in self._extra:
            return self._extra[d]
        return self._bank.get(d)

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < 5 and self.holiday_name(d) is None

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day after `d` (before it when n < 0); `d` itself does not count."""
        step = timedelta(days=1 if n > 0 else -1)
        remaining, current, guard = abs(n), d, 0
        while remaining:
            current += step
            guard += 1
            if guard > _MAX_STEPS:
                raise ScrpressError(f"{n} working days is beyond any statutory period")
            if self.is_working_day(current):
                remaining -= 1
        return current

    def next_working_day(self, d: date) -> date:
        """`d` if it is a working day, else the first working day after it."""
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """`d` if it is a working day, else the last working day before it."""
        return d if self.is_working_day(d) else self.add_working_days(d, -1)

    def working_days_between(self, a: date, b: date) -> int:
        """The `n` with `add_working_days(a, n) == b` when `b` is a working day: the working days
        after `a` up to and including `b`, or minus those from `b` up to (not including) `a`."""
        if b < a:
            return -sum(1 for i in range((a - b).days) if self.is_working_day(b + timedelta(days=i)))
        return sum(1 for i in range(1, (b - a).days + 1) if self.is_working_day(a + timedelta(days=i)))

    def holidays_between(self, a: date, b: date) -> list[Holiday]:
        """Bank and added holidays from `a` to `b` inclusive, in date order; a holiday that falls at a
        weekend is listed as well as its substitute day, so the table explains every day off."""
        out = []
        for i in range((b - a).days + 1):
            d = a + timedelta(days=i)
            name = self.holiday_name(d)
            if name is not None:
                out.append(Holiday(d, name))
        return out
