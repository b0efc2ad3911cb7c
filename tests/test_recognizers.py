"""Every recognizer with positive and negative cases: what it must find, and what it must leave alone."""

from __future__ import annotations

import pytest

from scrpress.redaction.detect import detect_text
from scrpress.redaction.recognizers.uk_identifiers import nhs_checksum_ok


def covered(found, text: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    """Every letter and digit of `target` (its first occurrence) is inside some finding."""
    start = text.index(target)
    need = {i for i in range(start, start + len(target)) if text[i].isalnum()}
    have = {i for f in found for i in range(f.start, f.end)}
    return need <= have


def flagged(found, text: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    start = text.index(target)
    return any(f.start < start + len(target) and start < f.end for f in found)


POSITIVE = [
    ("UK_POSTCODE", "They moved to NB4 7QT last year.", "NB4 7QT"),
    ("UK_POSTCODE", "postcode nb47qt on the letter", "nb47qt"),
    ("UK_POSTCODE", "Address ends CF10 3AA.", "CF10 3AA"),
    ("UK_NHS", "NHS number 943 476 5919 recorded.", "943 476 5919"),
    ("UK_NHS", "NHS no. 9434765919.", "9434765919"),
    ("UK_NHS", "NHS 943-476-5919", "943-476-5919"),
    ("UK_NINO", "NI number QQ 12 34 56 C on file.", "QQ 12 34 56 C"),
    ("UK_NINO", "National Insurance JG123456A.", "JG123456A"),
    ("PHONE_NUMBER", "Mobile 07700 900123 was switched off.", "07700 900123"),
    ("PHONE_NUMBER", "Rang +44 7700 900123 twice.", "+44 7700 900123"),
    ("PHONE_NUMBER", "Landline (01632) 960001.", "(01632) 960001"),
    ("PHONE_NUMBER", "Call 020 7946 0018 for the team.", "020 7946 0018"),
    ("PHONE_NUMBER", "tel 01632 960 001", "01632 960 001"),
    ("EMAIL_ADDRESS", "E-mail magda.n98@example.com was used.", "magda.n98@example.com"),
    ("DATE_OF_BIRTH", "DOB: 14/06/2021, seen today.", "14/06/2021"),
    ("DATE_OF_BIRTH", "She was born on 4 May 2017 in Leeds.", "4 May 2017"),
    ("DATE_OF_BIRTH", "date of birth 2019-03-02", "2019-03-02"),
    ("DATE_OF_BIRTH", "d.o.b. 2.3.19 noted", "2.3.19"),
    ("ADDRESS", "Officers went to 14 Elm Road, Northbridge on Friday.", "14 Elm Road, Northbridge"),
    ("ADDRESS", "Moved to Flat 2b, 11 Mill Lane in May.", "Flat 2b, 11 Mill Lane"),
    ("ADDRESS", "lived at 27 Sycamore\nCourt until 2022", "27 Sycamore\nCourt"),
    ("ADDRESS", "Tenancy at 4 Heol y Felin, Pontyrafon.", "4 Heol y Felin, Pontyrafon"),
    ("REFERENCE_NUMBER", "Crime ref CRIME/2024/001234 raised.", "CRIME/2024/001234"),
    ("REFERENCE_NUMBER", "Occurrence 24/1187 refers.", "24/1187"),
    ("REFERENCE_NUMBER", "Logged as NB-24-0012345 by the control room.", "NB-24-0012345"),
    ("REFERENCE_NUMBER", "Hospital number K3387120 on the wristband.", "K3387120"),
    ("REFERENCE_NUMBER", "Mosaic ID 1184301 was opened.", "1184301"),
    ("UK_VEHICLE_REGISTRATION", "His car, NB21 XYZ, was seen.", "NB21 XYZ"),
    ("UK_VEHICLE_REGISTRATION", "Vehicle KM19ZRT stopped.", "KM19ZRT"),
    ("SOCIAL_MEDIA_HANDLE", "Messages from @zosia_22 on Instagram.", "@zosia_22"),
    ("SOCIAL_MEDIA_HANDLE", "Snapchat: kuba_nb_89 sent threats.", "kuba_nb_89"),
    ("LOCAL_SETTING", "She attends Oakfield Primary School daily.", "Oakfield Primary School"),
    ("LOCAL_SETTING", "Registered with Riverside Medical Practice since 2019.", "Riverside Medical Practice"),
    ("LOCAL_SETTING", "Seen at Eastholme Health Centre.", "Eastholme Health Centre"),
    ("LOCAL_SETTING", "Mae hi'n mynd i Ysgol Gynradd Pontyrafon.", "Ysgol Gynradd Pontyrafon"),
    ("PERSON", "Grace told the teacher that she was hungry.", "Grace"),
    ("PERSON", "The visit was made by PC Sarah Whitlock and a colleague.", "Sarah Whitlock"),
    ("PERSON", "Arrested: DWYER, Marcus at 20:10.", "DWYER, Marcus"),
    ("PERSON", "Actions for C. Eze and the school.", "C. Eze"),
    ("PERSON", "The neighbour Mrs Delia Hart called.", "Delia Hart"),
    ("PERSON", "Housing officer Siobhán Ó Súilleabháin visited.", "Siobhán Ó Súilleabháin"),
    ("PERSON", "The nursery manager, Joy\nPemberton, rang.", "Joy\nPemberton"),
    ("PERSON", "Present: Amber Lowe (AL). AL agreed to visit.", "AL agreed"[:2]),
]


@pytest.mark.parametrize(("entity", "text", "target"), POSITIVE, ids=[f"{e}:{t}" for e, _, t in POSITIVE])
def test_recognizer_finds(detector, entity: str, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detect_text(text, detector)
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]
    first = text.index(target) + next(i for i, c in enumerate(target) if c.isalnum())
    assert any(f.entity_type == entity for f in found if f.start <= first < f.end)


NEGATIVE = [
    ("event date", "On 3 March 2019 the health visitor visited.", "3 March 2019"),
    ("numeric date", "Seen on 14/06/2021 at clinic.", "14/06/2021"),
    ("time", "Officers attended at 21:40.", "21:40"),
    ("age", "Child T, aged 3, was present.", "aged 3"),
    ("agency", "Northbridge Police shared the DASH with Northbridge Children's Social Care.", "Northbridge Police"),
    ("hospital", "She was taken to St Aidan's University Hospital.", "St Aidan's University Hospital"),
    ("role", "The Health Visitor and the Social Worker met.", "Health Visitor"),
    ("pseudonym", "Child A and Baby K lived with Mother and Adult 2.", "Child A"),
    ("pseudonym", "Sibling 1 told Professional 3.", "Sibling 1"),
    ("guidance", "Under Working Together to Safeguard Children 2018 a review was held.", "Working Together"),
    ("ordinary word", "By the grace of God the child survived.", "grace"),
    ("ordinary word", "There was no hope that things would change.", "hope"),
    ("ordinary word", "Will the family engage with the plan?", "Will"),
    ("ordinary word", "The summer holidays were difficult.", "summer"),
    ("month", "The tenancy ends in June 2023.", "June"),
    ("month", "Visits continued until the end of May.", "May"),
    ("section", "A section 47 enquiry and s17 assessment followed.", "section 47"),
    ("phone service", "She rang 999 and later NHS 111.", "999"),
    ("money", "Rent arrears of £1,240 were owed.", "£1,240"),
    ("heading", "Good Practice", "Good Practice"),
    ("guidance panel", "The Child Safeguarding Practice Review Panel was notified.", "Child Safeguarding Practice"),
    ("town", "The family moved from Leeds to Northbridge.", "Leeds"),
    ("collar number", "PC 2231 attended in a marked car.", "2231"),
]


@pytest.mark.parametrize(("what", "text", "target"), NEGATIVE, ids=[w + ":" + t for w, _, t in NEGATIVE])
def test_recognizer_leaves_alone(detector, what: str, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detect_text(text, detector)
    assert not flagged(found, text, target), [(f.text, f.entity_type, f.recognizer) for f in found]


@pytest.mark.parametrize(("number", "ok"), [("9434765919", True), ("9434765918", False), ("0000000000", False),
                                            ("4010232137", True), ("123", False)])  # fmt: skip
def test_nhs_checksum(number: str, ok: bool) -> None:
    assert nhs_checksum_ok(number) is ok


def test_invalid_nhs_number_is_not_an_nhs_number(detector) -> None:  # type: ignore[no-untyped-def]
    found = detect_text("NHS number 943 476 5918.", detector)
    assert not any(f.entity_type == "UK_NHS" for f in found)


@pytest.mark.parametrize(
    ("entity", "text", "target"),
    [
        ("REFERENCE_NUMBER", "INCIDENT 1 - call 06:22 OCC 20WM/0451190C/24 Caller neighbour", "20WM/0451190C/24"),
        ("REFERENCE_NUMBER", "Action: crime recorded, criminal damage, 20WM/0061588K/25.", "20WM/0061588K/25"),
        ("REFERENCE_NUMBER", "CAD 8814/02APR25, CRIS 4306551/25 subject stabbed", "4306551/25"),
        ("REFERENCE_NUMBER", "Hospital no. RLH 4471823. Discharged home.", "RLH 4471823"),
        ("SOCIAL_MEDIA_HANDLE", "Accounts: Snapchat serenhaf.x | Instagram @ser_llew11", "serenhaf.x"),
        ("SOCIAL_MEDIA_HANDLE", "messages him on Snapchat (temii.a_) when he is out", "temii.a_"),
        ("SOCIAL_MEDIA_HANDLE", "as typed:\n    jay_x_rhyl: u up?\n", "jay_x_rhyl"),
        ("LOCAL_SETTING", "Info passed by Wellesley Primary DSL today.", "Wellesley Primary"),
        ("LOCAL_SETTING", "Son (6) at St Mary's RC Primary.", "St Mary's RC Primary"),
        ("LOCAL_SETTING", "WELLESLEY ROAD MEDICAL CENTRE\n112 Wellesley Road", "WELLESLEY ROAD MEDICAL CENTRE"),
        ("ADDRESS", "grandmother at Plot 3, Moss Lane Traveller Site after checks", "Plot 3, Moss Lane Traveller Site"),
        ("ADDRESS", "Cyfeiriad: Fflat 3, Tŷ Glyndŵr, Stryd y Plas, Caernarfon", "Fflat 3, Tŷ Glyndŵr, Stryd y Plas"),
        ("ADDRESS", 'AKA "Shadz"   14 Corrigan House, Wellesley Road, Eastmere', "14 Corrigan House, Wellesley Road"),
        ("DATE_OF_BIRTH", "Known as: Seun  DOB:  23-Sep-2009  NHS No: 746", "23-Sep-2009"),
    ],
)
def test_recognizer_finds_more_shapes(detector, entity: str, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]
    first = text.index(target)
    assert any(f.entity_type == entity for f in found if f.start <= first < f.end)


def test_organisational_contacts_are_suggestions_only(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Call the NSPCC on 0808 800 5000 or write to safeguarding.partnership@example.gov.uk today."
    assert not detector.detect([text])[0]
    low = detector.detect([text], include_low=True)[0]
    assert {f.text for f in low} >= {"0808 800 5000", "safeguarding.partnership@example.gov.uk"}
