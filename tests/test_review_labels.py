"""Consistent labels for people the register does not know, and the type labels of the redaction policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrpress.redaction.decisions import load_reasons
from scrpress.redaction.labels import LabelBook, mention_kind, name_key


def _mention(text: str, where: str = "x#1", hint: str = "adult", unlabelled: bool = False):  # type: ignore[no-untyped-def]
    return (text, hint, where, unlabelled)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Jo Fenwick", "jo fenwick"),
        ("Mrs Jo Fenwick's", "jo fenwick"),
        ("HV Jean Barker", "jean barker"),
        ("PS 2206 Gareth LOMAX", "gareth lomax"),
        ("Zieliński", "zielinski"),
        ("Dr  Eleanor\nWhitaker", "eleanor whitaker"),
    ],
)
def test_names_are_compared_without_titles_case_or_diacritics(written: str, key: str) -> None:
    assert name_key(written) == key


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("PC Jane Whitfield attended.", "PC Jane Whitfield", "professional"),
        ("The health visitor, Sandra Okafor, visited.", "Sandra Okafor", "professional"),
        ("seen by the social worker Amy Cole today", "Amy Cole", "professional"),
        ("PC 2291 Lucy Crane attended", "Lucy Crane", "professional"),
        ("Early Help practitioner (Dean Rowley) visited", "Dean Rowley", "professional"),
        ("Amir Khan (school nurse) rang", "Amir Khan", "professional"),
        ("Her son Tommy Brennan attends school.", "Tommy Brennan", "child"),
        ("a visit from Mia Jones (aged 6) and her", "Mia Jones", "child"),
        ("Gary Jones (aged 34) was present", "Gary Jones", "adult"),
        ("A neighbour, Peter Lyle, rang.", "Peter Lyle", "adult"),
    ],
)
def test_the_words_around_a_name_say_what_kind_of_person_it_is(text: str, name: str, kind: str) -> None:
    start = text.index(name)
    assert mention_kind(text, start, start + len(name)) == kind


def test_the_same_person_gets_the_same_label_everywhere(tmp_path: Path) -> None:
    book = LabelBook.load(tmp_path / "labels.csv")
    labels = book.assign([
        _mention("Jo Fenwick", hint="professional"),
        _mention("Peter Lyle"),
        _mention("Fenwick"),  # surname alone
        _mention("J. Fenwick"),  # initial and surname
        _mention("Mrs FENWICK"),
        _mention("Jo"),  # first name alone
        _mention("Tommy Brennan", hint="child"),
        _mention("Ms Fenwick", hint="adult"),
        _mention("Peter Lyle's"),
        _mention("Lyle"),
    ])  # fmt: skip
    assert labels["jo fenwick"] == "Professional 1"
    for k in ("fenwick", "j fenwick", "jo"):
        assert labels[k] == "Professional 1"
    assert labels["peter lyle"] == labels["lyle"] == "Adult 1"
    assert labels["tommy brennan"] == "Child 1"


def test_a_name_shared_by_two_people_is_not_guessed(tmp_path: Path) -> None:
    book = LabelBook.load(tmp_path / "labels.csv")
    labels = book.assign([_mention("Amy Cole"), _mention("Ben Cole"), _mention("Cole")])
    assert labels["amy cole"] == "Adult 1" and labels["ben cole"] == "Adult 2"
    assert labels["cole"] == "Adult 3"  # ambiguous: a label of its own for the lawyer to settle


def test_labels_are_kept_in_labels_csv_and_never_renumber(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    book = LabelBook.load(path)
    book.assign([_mention("Peter Lyle", "b#1"), _mention("Amy Cole", "b#2")])
    book.save()
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    # A rebuild in which a new person is mentioned first: the old labels stay, the new one comes next.
    again = LabelBook.load(path)
    labels = again.assign([_mention("Zara Quinn", "a#1"), _mention("Amy Cole", "b#2"), _mention("Peter Lyle", "b#1")])
    assert labels == {"zara quinn": "Adult 3", "amy cole": "Adult 2", "peter lyle": "Adult 1"}
    # a label the lawyer renamed in labels.csv is kept as written
    again.save()
    path.write_text(path.read_text(encoding="utf-8-sig").replace("Adult 2", "Mother's friend"), encoding="utf-8")
    assert LabelBook.load(path).assign([_mention("Amy Cole")])["amy cole"] == "Mother's friend"


def test_renumbering_leaves_out_false_alarms(tmp_path: Path) -> None:
    book = LabelBook.load(tmp_path / "labels.csv")
    book.assign([_mention("Poland"), _mention("Peter Lyle"), _mention("Amy Cole")])
    labels = book.assign([_mention("Poland", unlabelled=True), _mention("Peter Lyle"), _mention("Amy Cole")],
                         renumber=True)  # fmt: skip
    assert labels == {"peter lyle": "Adult 1", "amy cole": "Adult 2"}


@pytest.mark.parametrize(
    ("entity", "text", "label"),
    [
        ("ADDRESS", "4 Birch Avenue", "[address removed]"),
        ("DATE_OF_BIRTH", "02/06/2021", "[date of birth removed]"),
        ("PHONE_NUMBER", "07700 900123", "[phone number removed]"),
        ("LOCAL_SETTING", "Oakfield Primary School", "[school name removed]"),
        ("LOCAL_SETTING", "Little Stars Nursery", "[nursery name removed]"),
        ("LOCAL_SETTING", "Riverside Surgery", "[GP practice name removed]"),
        ("UK_NHS", "943 476 5919", "[NHS number removed]"),
        ("SOMETHING_NEW", "x", "[removed]"),
    ],
)
def test_type_labels_come_from_the_policy(entity: str, text: str, label: str) -> None:
    assert load_reasons().type_label(entity, text) == label


def test_every_default_reason_is_a_reason_code() -> None:
    reasons = load_reasons()
    assert {"identifies-child", "third-party", "special-category", "keep"} <= set(reasons.reasons) | {"keep"}
    assert all(code in reasons.reasons for code in reasons.defaults.values())
    assert reasons.reasons["public-role"].applies_to == "keep"
