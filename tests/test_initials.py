"""Initials as names, and single first names in greetings, quotes and addresses (fictional people)."""

from __future__ import annotations

import pytest

from scrpress.redaction.initials import in_person_position, initials_forms


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Imogen Price-Walsh", "IPW"),  # each part of a double-barrelled surname
        ("Imogen Price-Walsh", "IW"),  # first + last
        ("Jordan McCann", "JMcC"),
        ("Jordan McCann", "JM"),
        ("Declan D'Arcy", "DD'A"),
        ("Declan D'Arcy", "DDA"),
        ("Padraig O'Connor", "PO'C"),
        ("Gwawr Rhydderch", "GRh"),
        ("Carys Wyn Lloyd", "CWL"),
        ("Carys Wyn Lloyd", "CWLl"),
        ("Aoife Nic Giolla", "AG"),  # particles carry no initial
    ],
)
def test_initials_forms(name: str, form: str) -> None:
    assert form in initials_forms(name)


def test_initials_need_two_words() -> None:
    assert initials_forms("Kuba") == set()
    assert "MD" not in initials_forms("Dr Mair Davies") or "Dr" not in initials_forms("Dr Mair Davies")
    assert all(not f.startswith("D") for f in initials_forms("Dr Mair Davies"))  # the title is not an initial


@pytest.mark.parametrize(
    "text",
    [
        "Action: DR spoke to mum next morning.",
        "DR rang the front door at 11:45.",
        "JP to complete the referral by Friday.",
        "Nursery (JP): attendance 78% this term.",
        "08/01/2024 (DR): late six times.",
        "logged by DR",
        "Subject: RE: DR - safety plan",
        "DR: agreed to share the chronology.",
        "TV arrested for ABH.",
    ],
)
def test_ambiguous_initials_in_a_persons_place(text: str) -> None:
    for code in ("DR", "JP", "TV"):
        if code in text:
            start = text.index(code)
            assert in_person_position(text, start, start + 2), text


@pytest.mark.parametrize(
    "text",
    [
        "The TV was left on all night.",
        "Mum was watching television (TV) with the children.",
        "DR Congo is where the family lived before 2019.",
        "The JP signed the warrant.",
        "A new TV to the value of £300.",
    ],
)
def test_ambiguous_initials_as_abbreviations(text: str) -> None:
    for code in ("DR", "JP", "TV"):
        if code in text:
            start = text.index(code)
            assert not in_person_position(text, start, start + 2), text


def _spans(found) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.text for f in found if f.entity_type == "PERSON"}


def test_learned_professionals_initials_are_found_where_people_stand(detector) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Present: Dawn Rees (DSP), Imogen Price-Walsh (paediatrician), Jordan McCann (social worker).",
        "Action: DR spoke to the mother. IPW summarised the medical findings. JMcC to complete a viability check.",
        "The DR Congo embassy and the TV licence were mentioned.",
    ]
    found = detector.detect(texts)
    assert {"DR", "IPW", "JMcC"} <= _spans(found[1])
    assert not _spans(found[2])


def test_first_names_in_greetings_quotes_and_addresses(detector) -> None:  # type: ignore[no-untyped-def]
    text = (
        'She thinks the message came from her cousin, "Kyle". She has not replied.\n'
        "Thanks Dawn. I visited the family at home today.\n"
        "Mark - for your records, the plan now includes a named person.\n"
    )
    names = _spans(detector.detect([text])[0])
    assert {"Kyle", "Dawn", "Mark"} <= names


def test_ordinary_words_in_the_same_places_stay(detector) -> None:  # type: ignore[no-untyped-def]
    text = (
        'She said "Hope we can manage" and left.\n'
        "Thanks for the update. Will the family move?\n"
        "Summer - the holidays were difficult for the children.\n"
        "Will, as agreed, the family will move on Monday.\n"
    )
    assert not _spans(detector.detect([text])[0])


def test_an_initials_key_introduces_both_the_name_and_its_initials(detector) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Key to initials\nGP  = Gemma Pratt, attendance officer\nDr Llyr Dafis (LlD), CAMHS",
        "04/09/24  GP  Both children not in school.\nLlD agreed to bring the appointment forward.",
        "Child Protection (CP) and Teaching Assistant (TA) are terms, not people.",
    ]
    found = detector.detect(texts)
    assert {"GP", "Gemma Pratt", "LlD", "Llyr Dafis"} <= _spans(found[0])
    assert {"GP", "LlD"} <= _spans(found[1])
    assert not _spans(found[2])


def test_aliases_the_text_introduces_are_names(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ['Nominal: OSEI, Kwame  AKA "Marv", "Reece Money"', 'His nan calls him "Renni". Renni stayed over on Friday.']
    found = detector.detect(texts)
    assert {"Marv", "Reece Money"} <= _spans(found[0])
    assert "Renni" in _spans(found[1]) and len([f for f in found[1] if f.text == "Renni"]) == 2


def test_places_kinship_words_and_headings_are_not_names(detector) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her partner came to the UK from Duhok in 2016 and was referred to CSC.\n"
        "LONDON BOROUGH OF EASTMERE - CHILDREN AND FAMILIES\n"
        'She said she "tells her Nain everything". Age: 9 weeks. Seen in Jan 2025.\n'
    )
    assert not _spans(detector.detect([text])[0])
