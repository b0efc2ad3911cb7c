"""case.yaml validation: every problem at once, each with its line; never a register value in a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrpress.case import load_case, load_register
from scrpress.errors import ProblemList, ScrpressError


def test_tiny_case_loads(tiny_case: Path) -> None:
    case = load_case(tiny_case)
    assert case.reference == "CSPR-2099-001"
    assert case.review_type == "Child Safeguarding Practice Review"
    assert case.lead_reviewers == ["Dr Imogen Testwell"]
    assert case.register.people[0].pseudonym == "Child T"
    assert [p.name for p in case.submission_files] == ["health.docx", "police.md"]


def test_every_problem_is_reported_with_its_line(tiny_case: Path) -> None:
    text = (tiny_case / "case.yaml").read_text(encoding="utf-8")
    text = text.replace("nation: england", "nation: atlantis").replace('    pseudonym: "Mother"\n', "")
    text = text.replace("  incident: 2025-01-10", "  incident: 2025-02-30")
    (tiny_case / "case.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ProblemList) as err:
        load_case(tiny_case)
    lines = [p.render(tiny_case) for p in err.value.problems]
    assert any(line.startswith("case.yaml:line 5: nation must be one of") for line in lines)
    assert any("dates.incident is not a real date" in line for line in lines)
    assert any("people[2] has no pseudonym" in line for line in lines)
    assert all("Grace" not in line and "Holloway" not in line for line in lines)


def test_malformed_yaml_names_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text("reference: CSPR\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(ScrpressError) as err:
        load_case(tmp_path)
    assert err.value.render(tmp_path).startswith("case.yaml:line 3, column 1: YAML error")


def test_duplicate_keys_and_tabs_are_errors(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text("reference: A\nreference: B\n", encoding="utf-8")
    with pytest.raises(ScrpressError, match="duplicate key 'reference'"):
        load_case(tmp_path)
    (tmp_path / "case.yaml").write_text("people:\n\t- name: x\n", encoding="utf-8")
    with pytest.raises(ScrpressError, match="tabs"):
        load_case(tmp_path)


def test_unknown_policy_lists_the_available_ones(tiny_case: Path) -> None:
    path = tiny_case / "case.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("policy: england-cspr", "policy: nowhere"), encoding="utf-8")
    with pytest.raises(ProblemList) as err:
        load_case(tiny_case)
    assert "england-cspr" in err.value.problems[0].message


def test_policy_for_another_nation_is_refused(tiny_case: Path) -> None:
    path = tiny_case / "case.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("policy: england-cspr", "policy: wales-susr"), encoding="utf-8")
    with pytest.raises(ProblemList) as err:
        load_case(tiny_case)
    assert err.value.problems[0].render(tiny_case) == (
        "case.yaml:line 6: policy 'wales-susr' is for wales, but the case's nation is england")


def test_detect_needs_only_the_register_fields(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(
        'reference: "R"\ntitle: "T"\nboard: "B"\nnation: england\n'
        'people:\n  - name: "Anna Kowalska"\n    aliases: ["Ania"]\n    pseudonym: "Mother"\n    role: "mother"\n'
        'places:\n  - name: "14 Elm Road"\n    pseudonym: "the family home"\n',
        encoding="utf-8",
    )
    reg = load_register(tmp_path / "case.yaml")
    assert reg.people[0].aliases == ("Ania",) and reg.places[0].pseudonym == "the family home"
