"""Working days per nation: bank holidays, substitute days, and where the four nations differ."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from scrpress.errors import ScrpressError
from scrpress.workdays import NATIONS, Holiday, WorkingCalendar

CALENDARS = {nation: WorkingCalendar(nation) for nation in NATIONS}


@pytest.mark.parametrize("nation", NATIONS)
def test_christmas_on_a_weekend_moves_both_days_to_the_monday_and_tuesday(nation: str) -> None:
    # 25 Dec 2021 was a Saturday: Christmas Day and Boxing Day were substituted by Mon 27 and Tue 28.
    cal = CALENDARS[nation]
    assert not cal.is_working_day(date(2021, 12, 27))
    assert not cal.is_working_day(date(2021, 12, 28))
    assert cal.add_working_days(date(2021, 12, 24), 1) == date(2021, 12, 29)
    names = [h.name for h in cal.holidays_between(date(2021, 12, 25), date(2021, 12, 28))]
    assert names == ["Christmas Day", "Boxing Day", "Christmas Day (observed)", "Boxing Day (observed)"]


@pytest.mark.parametrize("nation", NATIONS)
def test_christmas_on_a_sunday_gives_a_substitute_tuesday(nation: str) -> None:
    # 25 Dec 2022 was a Sunday: Boxing Day on Mon 26, Christmas substitute on Tue 27.
    cal = CALENDARS[nation]
    assert cal.add_working_days(date(2022, 12, 23), 1) == date(2022, 12, 28)
    assert cal.add_working_days(date(2022, 12, 28), -1) == date(2022, 12, 23)


@pytest.mark.parametrize(
    ("nation", "after_good_friday"),
    [
        ("england", date(2026, 4, 7)),  # Good Friday 3 Apr and Easter Monday 6 Apr
        ("wales", date(2026, 4, 7)),
        ("northern-ireland", date(2026, 4, 7)),
        ("scotland", date(2026, 4, 6)),  # Easter Monday is not a bank holiday in Scotland
    ],
)
def test_easter_differs_between_scotland_and_the_other_nations(nation: str, after_good_friday: date) -> None:
    cal = CALENDARS[nation]
    assert not cal.is_working_day(date(2026, 4, 3))
    assert cal.add_working_days(date(2026, 4, 2), 1) == after_good_friday


def test_five_working_days_from_maundy_thursday_land_on_different_days_by_nation() -> None:
    start = date(2026, 4, 2)
    due = {nation: CALENDARS[nation].add_working_days(start, 5) for nation in NATIONS}
    assert due == {
        "england": date(2026, 4, 13),
        "wales": date(2026, 4, 13),
        "northern-ireland": date(2026, 4, 13),
        "scotland": date(2026, 4, 10),
    }


@pytest.mark.parametrize(
    ("day", "off_in"),
    [
        (date(2026, 1, 2), {"scotland"}),  # 2 January
        (date(2026, 3, 17), {"northern-ireland"}),  # St Patrick's Day
        (date(2026, 7, 13), {"northern-ireland"}),  # Battle of the Boyne (12 July a Sunday): substitute
        (date(2026, 8, 3), {"scotland"}),  # Scotland's summer bank holiday: first Monday of August
        (date(2026, 8, 31), {"england", "wales", "northern-ireland"}),  # elsewhere: last Monday
        (date(2026, 11, 30), {"scotland"}),  # St Andrew's Day
        (date(2026, 12, 28), set(NATIONS)),  # Boxing Day (a Saturday) substituted
    ],
)
def test_nation_specific_bank_holidays(day: date, off_in: set[str]) -> None:
    assert {n for n in NATIONS if not CALENDARS[n].is_working_day(day)} == off_in


def test_weekends_are_not_working_days_and_zero_days_is_the_same_day() -> None:
    cal = CALENDARS["england"]
    assert not cal.is_working_day(date(2026, 5, 16))  # Saturday
    assert not cal.is_working_day(date(2026, 5, 17))  # Sunday
    assert cal.add_working_days(date(2026, 5, 16), 0) == date(2026, 5, 16)
    assert cal.add_working_days(date(2026, 5, 15), 1) == date(2026, 5, 18)
    assert cal.add_working_days(date(2026, 5, 18), -1) == date(2026, 5, 15)


@pytest.mark.parametrize("nation", NATIONS)
def test_counting_between_two_dates_inverts_adding(nation: str) -> None:
    cal = CALENDARS[nation]
    start = date(2025, 12, 1)
    for offset in range(0, 150, 3):
        a = start + timedelta(days=offset)
        for n in (1, 5, 7, 15, -5, -8):
            b = cal.add_working_days(a, n)
            assert cal.working_days_between(a, b) == n
            assert cal.is_working_day(b)


def test_one_off_holidays_from_the_policy_or_case_are_days_off() -> None:
    one_off = Holiday(date(2026, 6, 1), "Proclaimed bank holiday")
    cal = WorkingCalendar("england", [one_off, date(2026, 6, 2)])
    assert not cal.is_working_day(date(2026, 6, 1))
    assert not cal.is_working_day(date(2026, 6, 2))
    assert cal.add_working_days(date(2026, 5, 29), 1) == date(2026, 6, 3)
    assert cal.holidays_between(date(2026, 6, 1), date(2026, 6, 2))[0] == one_off
    assert WorkingCalendar("wales", {date(2026, 6, 1): "Extra"}).holiday_name(date(2026, 6, 1)) == "Extra"
    assert CALENDARS["england"].is_working_day(date(2026, 6, 1))


def test_holidays_between_names_each_day_off() -> None:
    days = CALENDARS["northern-ireland"].holidays_between(date(2026, 7, 1), date(2026, 7, 31))
    assert [(h.day, h.name) for h in days] == [
        (date(2026, 7, 12), "Battle of the Boyne"),
        (date(2026, 7, 13), "Battle of the Boyne (observed)"),
    ]


def test_unknown_nation_is_a_clear_error() -> None:
    with pytest.raises(ScrpressError, match="unknown nation 'cornwall'"):
        WorkingCalendar("cornwall")
