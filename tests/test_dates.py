"""Chronology dates as agencies write them: parsing, precision, ordering, impossible dates."""

from __future__ import annotations

import pytest

from scrpress.dates import DateProblem, parse_event_date, parse_plain_date
from scrpress.model import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/04/2018", PartialDate(2018, 4, 3)),
        ("3.4.18", PartialDate(2018, 4, 3)),
        ("2018-04-03", PartialDate(2018, 4, 3)),
        ("3rd April 2018", PartialDate(2018, 4, 3)),
        ("Tuesday 3 April 2018", PartialDate(2018, 4, 3)),
        ("April 3, 2018", PartialDate(2018, 4, 3)),
        ("12/01/2026 21:40", PartialDate(2026, 1, 12, 21 * 60 + 40)),
        ("12/01/2026 9.05pm", PartialDate(2026, 1, 12, 21 * 60 + 5)),
        ("March 2018", PartialDate(2018, 3)),
        ("Sept 2019", PartialDate(2019, 9)),
        ("04/2019", PartialDate(2019, 4)),
        ("2018", PartialDate(2018)),
        ("3-5 March 2018", PartialDate(2018, 3, 3)),
        ("March to May 2019", PartialDate(2019, 3)),
    ],
)
def test_parses_dates_as_written(text: str, expected: PartialDate) -> None:
    assert parse_event_date(text) == expected


def test_seasons_and_vague_periods_are_approximate() -> None:
    summer = parse_event_date("Summer 2022")
    assert (summer.year, summer.month, summer.approx) == (2022, 6, True)
    assert parse_event_date("early 2020").approx
    assert parse_event_date("c. 2019").approx


@pytest.mark.parametrize("text", ["31/02/2019", "29/02/2023", "00/01/2020", "12/13/2020", "13/2020", "25:61 01/01/2020"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateProblem):
        parse_event_date(text)


@pytest.mark.parametrize("text", ["", "unknown", "last week", "TBC"])
def test_unreadable_dates_are_refused(text: str) -> None:
    with pytest.raises(DateProblem):
        parse_event_date(text)


def test_partial_dates_sort_at_the_start_of_their_period() -> None:
    written = ["1 March 2018", "2018", "March 2018", "28/02/2018", "01/03/2018 09:00", "2017"]
    ordered = sorted(written, key=parse_event_date)
    assert ordered == ["2017", "2018", "28/02/2018", "March 2018", "1 March 2018", "01/03/2018 09:00"]


def test_plain_dates_need_a_day() -> None:
    assert parse_plain_date("14/06/2023").isoformat() == "2023-06-14"
    with pytest.raises(DateProblem):
        parse_plain_date("June 2023")
