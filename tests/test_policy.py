"""Policies: every shipped framework loads, a board's own file works the same way, and a broken file
is reported with its name and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scrpress.errors import ScrpressError
from scrpress.policy import NATIONS, POLICY_DIR, available_policies, load_policy

SHIPPED = [
    "england-scr-2015",
    "england-cspr",
    "wales-cpr",
    "wales-susr",
    "scotland-learning-review",
    "northern-ireland-cmr",
]
CASE_DATES = {"incident", "notification", "decision", "start", "publication"}


def test_the_six_frameworks_are_shipped() -> None:
    assert set(SHIPPED) <= set(available_policies())


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_policy_loads_and_cites_its_rules(name: str) -> None:
    policy = load_policy(name)
    assert policy.name == name
    assert policy.nation in NATIONS
    assert policy.review_type
    assert policy.recipients and all(re.fullmatch(r"[a-z0-9-]+", r.id) for r in policy.recipients)
    assert policy.notice_working_days >= 0
    assert policy.notice_source and policy.publication_source
    for clock in policy.clocks:
        assert clock.source, f"{clock.id} cites no guidance"
        assert clock.start in CASE_DATES, f"{clock.id} starts from a date case.yaml does not hold"
    # A comment sits beside each rule in the file itself (the guidance paragraph, in words).
    text = (POLICY_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    for key in ("counting:", "advance_copies:", "publication:"):
        before = text[: text.index(key)].rstrip().splitlines()[-1]
        inside = text[text.index(key) :].splitlines()[1]
        assert before.startswith("#") or inside.strip().startswith("#"), f"{key} has no comment"


def test_english_frameworks_give_seven_working_days_notice_and_a_year_online() -> None:
    scr, cspr = load_policy("england-scr-2015"), load_policy("england-cspr")
    for policy in (scr, cspr):
        assert policy.nation == "england"
        assert policy.notice_working_days == 7
        assert policy.publication_min_months == 12
        assert policy.counting.notice_clear_days is True
        assert policy.counting.start_day_counts is False
    assert {r.id for r in scr.recipients} == {"ofsted", "dfe", "national-panel"}
    assert {r.id for r in cspr.recipients} == {"cspr-panel", "dfe", "ofsted"}
    scr_clocks = {c.id: (c.start, str(c.within), c.done) for c in scr.clocks}
    assert scr_clocks == {
        "notify-incident": ("incident", "5 working days", "notification"),
        "decide-review": ("notification", "1 month", "decision"),
        "notify-decision": ("decision", "5 working days", "decision_notified"),
        "complete-review": ("decision", "6 months", "completed"),
    }
    cspr_clocks = {c.id: (c.start, str(c.within)) for c in cspr.clocks}
    assert cspr_clocks["notify-panel"] == ("incident", "5 working days")
    assert cspr_clocks["rapid-review"] == ("notification", "15 working days")


def test_welsh_frameworks_send_to_the_welsh_government_with_its_welsh_name() -> None:
    for name in ("wales-cpr", "wales-susr"):
        policy = load_policy(name)
        assert policy.nation == "wales"
        government = policy.recipient("welsh-government")
        assert government.display_name("cy") == "Llywodraeth Cymru"
        assert government.display_name("en") == "Welsh Government"
    assert "ciw" in {r.id for r in load_policy("wales-susr").recipients}


def test_unknown_policy_names_the_available_ones() -> None:
    with pytest.raises(ScrpressError) as info:
        load_policy("england-scr-2099")
    assert "england-scr-2099" in info.value.message
    assert "england-cspr" in info.value.message and "wales-susr" in info.value.message


BOARD_POLICY = """\
name: testshire-local
nation: england
review_type: Local learning review
counting: {start_day_counts: true, notice_clear_days: false}
advance_copies:
  notice_working_days: 10   # agreed locally
  recipients:
    - {id: lead-member, name: Lead Member for Children, role: Council}
publication: {min_months: 24}
clocks:
  - {id: scope, label: Terms of reference agreed, from: decision, within: {working_days: 20}}
extra_holidays:
  - {date: 2026-06-01, name: Local one-off}
"""


def test_a_policy_the_board_writes_in_the_case_folder_works_like_a_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "testshire-local.yaml").write_text(BOARD_POLICY, encoding="utf-8")
    policy = load_policy("testshire-local", tmp_path)
    assert policy.notice_working_days == 10
    assert policy.publication_min_months == 24
    assert policy.counting.start_day_counts is True
    assert policy.counting.calendar_end_on_non_working_day == "previous"
    assert policy.extra_holidays[0].name == "Local one-off"
    assert "testshire-local" in available_policies(tmp_path)
    # ...and by path, relative to the case folder or absolute.
    assert load_policy("policies/testshire-local.yaml", tmp_path).name == "testshire-local"
    assert load_policy(str(tmp_path / "policies" / "testshire-local.yaml")).name == "testshire-local"


def test_the_case_folder_copy_of_a_policy_wins_over_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    text = (POLICY_DIR / "wales-cpr.yaml").read_text(encoding="utf-8")
    (tmp_path / "policies" / "wales-cpr.yaml").write_text(
        text.replace("notice_working_days: 0", "notice_working_days: 5"), encoding="utf-8"
    )
    assert load_policy("wales-cpr", tmp_path).notice_working_days == 5
    assert load_policy("wales-cpr").notice_working_days == 0


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("name: broken\nnation: england\nclocks: [\n  {id: a\n", encoding="utf-8")
    with pytest.raises(ScrpressError) as info:
        load_policy(str(bad))
    assert info.value.file == bad
    assert info.value.where and info.value.where.startswith("line ")
    assert "malformed YAML" in info.value.message


@pytest.mark.parametrize(
    ("change", "expected", "line"),
    [
        (("within: {working_days: 20}", "within: {weeks: 3}"), "clocks[0].within: unknown unit 'weeks'", 11),
        (("nation: england", "nation: cornwall"), "nation: unknown nation 'cornwall'", 2),
        (("notice_working_days: 10", "notice_working_days: ten"), "advance_copies.notice_working_days", 6),
        (("{id: lead-member,", "{id: Lead Member,"), "advance_copies.recipients[0].id", 8),
        (("date: 2026-06-01", "date: 2026-02-30"), "extra_holidays[0].date: not a real date", 13),
        (("counting: {start_day_counts: true, notice_clear_days: false}\n", ""), "counting: is required", None),
    ],
)
def test_a_wrong_rule_is_reported_at_its_line(tmp_path: Path, change: tuple[str, str], expected: str, line: int | None) -> None:
    assert change[0] in BOARD_POLICY
    path = tmp_path / "board.yaml"
    path.write_text(BOARD_POLICY.replace(change[0], change[1]), encoding="utf-8")
    with pytest.raises(ScrpressError) as info:
        load_policy(str(path))
    assert expected in info.value.message
    assert info.value.file == path
    if line is not None:
        assert info.value.where == f"line {line}"
