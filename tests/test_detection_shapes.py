"""Shapes found in independently written submissions: staff initials keys, chat transcripts, police capitals,
Polish pet forms, Welsh mutations, settings by their short names (all people fictional)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_recognizers import covered

from scrpress.case import Person, Place, Register
from scrpress.redaction.conversations import message_lines
from scrpress.redaction.detect import Detector, setting_names
from scrpress.redaction.initials import hyphen_initials, initials_forms
from scrpress.redaction.register import (
    build_register_matcher,
    front_clips,
    in_quotes,
    polish_forms,
    polish_pet_forms,
    welsh_radicals,
)
from scrpress.redaction.textutil import column_header


def _texts(found) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.text for f in found}


# -- initials ---------------------------------------------------------------------------------------------------


def test_initials_carry_the_particle_and_the_hyphen() -> None:
    assert "SÓG" in initials_forms("Seán Ó Gallchóir")
    assert "NNB" in initials_forms("Niamh Ní Bhriain")
    assert "OML" in initials_forms("Orla Mac Lochlainn")
    assert hyphen_initials("Lena Kowalczyk-Harding") == {"K-H"}
    assert "GP" not in initials_forms("Gethin Morgan-Pugh", every_word=True)


@pytest.mark.parametrize(
    ("key", "elsewhere", "initials"),
    [
        ("Name            Role                      Initials\nGerry Toner     Senior Practitioner (Chair)  GT",
         "GT explained the purpose of the meeting.", "GT"),
        ("Key to initials used below:\nAK = mum    FO = HV\nGR = community midwife (Gemma Rourke)",
         "Home visit by FO, baby weighed.", "FO"),
        ("Staff initials: HB DSL, EF Y2 class teacher, DW TA Y5", "Oliwia said to DW that she was scared.", "DW"),
        ("Initials: DM Designated Teacher; SÓG Irish dept (Seán Ó Gallchóir)", "02/12/24  SÓG  Aoife put her head down.",
         "SÓG"),
        ("Apgars 9/10. L/W midwife (JB) documented the smell of alcohol.", "Discussed with JB on the ward.", "JB"),
        ("Plan: universal plus, PND screen at 6/52. PA\n06/03/2024  Clinic. Listening visits offered. PA",
         "Case discussed in supervision with PA.", "PA"),
    ],
)
def test_initials_a_record_defines_are_found_across_the_case(detector, key: str, elsewhere: str, initials: str) -> None:  # type: ignore[no-untyped-def]
    found_key, found_else = detector.detect([key, elsewhere])
    assert initials in _texts(found_key)
    assert initials in _texts(found_else)


@pytest.mark.parametrize(
    "text",
    ["Key: CP = child protection, CIN = child in need", "Child Protection (CP) plan agreed.", "Outcome recorded. NFA",
     "The TAC (team around the child) met."],
)
def test_glossaries_and_abbreviations_are_not_initials_keys(detector, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not detector.detect([text])[0]


# -- names --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Maternal grandfather HEDGES, Carol Ann   | 15/02/1970", "HEDGES, Carol Ann"),
        ("SUSPECT / PERSON OF INTEREST STROUD, Kieran James   M", "STROUD, Kieran James"),
        ("To: Whitlow, Kerry-Ann; Brook H\nSubject: update", "Brook H"),
        ("First aid by member of public Precious Eze (a family friend).", "Precious Eze"),
        ("Counsellor available for Favour and her friendship group.", "Favour"),
        ("Crew: Paramedic Dean Whitby, ECA Ellie Foster\nPatient: Storm Dunmore", "Ellie Foster"),
        ("| Dr ap Rhys | headaches, low mood |", "ap Rhys"),
        ('Roedd cerdyn gan ei gŵr ("I fy Ngwen - cariad am byth").', "Ngwen"),
        ('"Aeth hi at Dudur yng Nghaerdydd dros yr haf."', "Dudur"),
        ("Signed in. L. Baines DC 2231", "L. Baines"),
    ],
)
def test_names_in_the_shapes_records_use(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.recognizer) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I have reviewed the Niche records, STORM command and control logs.", "STORM"),
        ("DC 3318 Priya RAMAN ( CAIT ) and the MASH manager.", "CAIT"),
        ("The family are of mixed White British and Black Caribbean heritage.", "Caribbean"),
        ("The risk was standard. A Clare's Law disclosure was not considered.", "A Clare"),
    ],
)
def test_acronyms_ethnicities_and_articles_are_not_names(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end for f in found), [f.text for f in found]


def test_a_police_surname_in_capitals_is_found_alone_across_the_case(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ["Suspect  STROUD, Kieran James   DOB 14/08/2001", "STROUD was in the driver's seat."]
    assert "STROUD" in _texts(detector.detect(texts)[1])


# -- the register: chats, Polish pet forms, Welsh ---------------------------------------------------------------


def _register(*people: tuple[str, list[str], str]) -> Register:
    return Register(people=tuple(Person(name=n, aliases=tuple(a), pseudonym=p) for n, a, p in people))


def test_names_typed_in_a_chat_transcript_are_found() -> None:
    matcher = build_register_matcher(_register(("Lee Tolley", [], "Adult 1"), ("Autumn Baxter", [], "Sibling 1"),
                                               ("Storm Baxter", [], "Child S")))  # fmt: skip
    chat = "  10/11 19:58  lee: hes screaming again\n  10/11 21:40  kez: is stormy asleep?? autumn said u was shouting"
    hits = {f.text for f in matcher.find(chat) if f.score >= 0.5}
    assert {"lee", "stormy", "autumn"} <= hits
    prose = "the autumn term; a stormy meeting"
    assert not any(f.score >= 0.5 for f in matcher.find(prose))


def test_quotes_are_not_confused_by_elisions() -> None:
    assert in_quotes("she said 'tell beth", 17)
    assert not in_quotes("heb ofyn i'r ymwelydd iechyd na'r ysgol beth", 40)
    assert in_quotes("jay_x_rhyl: u up ser?", 18)


def test_polish_pet_forms_and_their_cases() -> None:
    assert {"Wojtuś", "Wojtunio"} <= polish_pet_forms("Wojtek")
    assert "Wojtusiem" in polish_forms("Wojtuś")
    assert {"Agusia", "Aguś"} <= polish_pet_forms("Aga")
    assert "Agusiu" in polish_forms("Agusia")
    assert "Hêvcia" in polish_pet_forms("Hêvî")
    matcher = build_register_matcher(_register(("Wojciech Wróbel", [], "Sibling 1")))
    assert "Wojtusiem" in {f.text for f in matcher.find("zasnęłam na kanapie z Wojtusiem.")}


def test_welsh_radicals_undo_mutations() -> None:
    assert "Gwen" in welsh_radicals("Ngwen")
    assert "Tudur" in welsh_radicals("Dudur")
    assert "Bethan" in welsh_radicals("Fethan")
    matcher = build_register_matcher(_register(("Bethan Llewellyn", [], "Mother")))
    assert "feth" in {f.text for f in matcher.find('"paid deud wrth feth"')}


def test_hyphenated_surname_initials_from_the_register() -> None:
    matcher = build_register_matcher(_register(("Bethan Morgan-Pugh", [], "Child B")))
    assert {"Bethan M-P", "M-P"} <= {f.text for f in matcher.find("Young person: Bethan M-P (13). Re: M-P family")}


# -- identifiers and places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("14/11/2025 21:40  Log 2198 of 14/11/2025. Referred to CAIT.", "2198 of 14/11/2025"),
        ("| 09/0277415X    | Suspect BAXTER, Kerry", "09/0277415X"),
        ("EXTRACT SOSCARE: Aoife 7751204 / Oisín 7751205 / Fiadh 7751206", "7751206"),
        ("MP3   Serial 2504120871 / Occ CC2025041200063", "2504120871"),
        ("located in the passenger seat of KDZ 2861 at the car park", "KDZ 2861"),
        ("paternal aunt, Bay 4, Glenbrook Site, Tullyvar Road, Drumcarrow", "Bay 4, Glenbrook Site, Tullyvar Road"),
        ("Fiadh is in P2 at Gaelscoil na Craoibhe. Her teacher", "Gaelscoil na Craoibhe"),
        ("DSL at YGG Pen-y-waun (Mr Huw Daniel)", "YGG Pen-y-waun"),
        ("via Facebook Messenger (profile dawid.mazur.90) and TikTok", "dawid.mazur.90"),
        ("    bethh.haf   23:49   ye cant sleep", "bethh.haf"),
    ],
)
def test_identifiers_and_places_in_more_shapes(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_a_setting_is_found_by_its_short_name_but_a_town_is_not(detector) -> None:  # type: ignore[no-untyped-def]
    assert setting_names("Westgate Family Hub") == ["Westgate Family Hub", "Westgate"]
    texts = ["Registered with Hawthorn Medical Practice.", "Imms to be booked at Hawthorn."]
    assert "Hawthorn" in _texts(detector.detect(texts)[1])
    town = ["Seen at Northbridge Health Centre.", "The family moved to Northbridge in 2023.", "Back in Northbridge now."]
    assert "Northbridge" not in _texts(detector.detect(town)[2])


def test_register_detector_uses_its_own_cache_key(tmp_path: Path) -> None:
    det = Detector(register=_register(("Wojciech Wróbel", [], "Sibling 1")), cache_file=tmp_path / "cache.json")
    first = det.detect(["Wojtuś ją za mocno całował."])[0]
    assert any(f.text == "Wojtuś" and f.replacement == "Sibling 1" for f in first)


# -- more shapes: keys with the initials first, e-mail display names, chat exports, aliases, other languages -------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Attendance\n  PQ   Petra Quill, Team Manager (Chair)\n  LN   Leo Noble, Social Worker", "PQ"),
        ("Attendance\n  PQ   Petra Quill, Team Manager (Chair)\n  SM   Sorrel Marsh, Social Worker", "Sorrel Marsh"),
        ("KEY: TW = Tamsin Winter (form tutor); GB = Gwyn Baines (DSL)", "Tamsin Winter"),
        ("From:    Sorrel Ashdown <sorrel.ashdown@council.example>", "Sorrel Ashdown"),
        ("    [03/04/2025, 19:02] Pip: has anyone heard from her", "Pip"),
        ("    03/04/2025, 19:05 - Nell K: no not since monday", "Nell K"),
        ('He knows the older boy only as "Duke" and has no number for him.', "Duke"),
        ('Sibling: Thao ("Tilly"), Year 4, at the same school.', "Tilly"),
        ("Apologies: Dr Ambrose Church (practice GP) - report sent.", "Ambrose Church"),
        ("PC 0412 Hall and PC 2290 Bishop attended at 02:10.", "Hall"),
        ("Suspect  FENWICK-OKORO, Dami   04/05/1993", "FENWICK-OKORO, Dami"),
        ("Dr Iona Mac a' Bhàird, Consultant Paediatrician", "Iona Mac a' Bhàird"),
        ("Her great-aunt, Granny Peach, collects them on Fridays.", "Peach"),
        ("Prof. Fairbairn's secretary confirmed the date.", "Fairbairn"),
        ("Officers seized items, exhibit KW/3, from the bedroom.", "KW"),
        ("Dict: RH / typed: jlm", "jlm"),
    ],
)
def test_people_in_more_record_shapes(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.recognizer) for f in found]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Name                      DOB          Status\nBROOK Alina Stepanivna    02.07.1988   mother", "02.07.1988"),
        ("DOB given:         03/03/2007 (later found to be false)", "03/03/2007"),
        ("Previous address: vul. Sadova 12, apt 4, Poltava, Ukraine", "vul. Sadova 12, apt 4, Poltava"),
        ("Lived at ul. Lipowa 7/2, Gdańsk, before moving", "ul. Lipowa 7/2, Gdańsk"),
        ("Flat 5, Quarry Court,\n    9 Netherwood, Castleford", "Flat 5, Quarry Court,\n    9 Netherwood"),
        ("Grandparents: Croft 4, Achadh nan Darach, Isle of Soay", "Croft 4, Achadh nan Darach"),
        ("Seen driving a grey Skoda (Polish plates) WX 4R118 near the school.", "WX 4R118"),
        ("Case No: LV24P00981 (private law)", "LV24P00981"),
        ("Police ref\n         |       |    |         | 6112004371. MASH told.", "6112004371"),
        ("Romanian plates BV 12 KTR, no insurance", "BV 12 KTR"),
        ("School: Bun-sgoil Ghàidhlig an Rubha, P4", "Bun-sgoil Ghàidhlig an Rubha"),
    ],
)
def test_identifiers_and_places_in_other_countries_and_layouts(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The team met the MASH Team <mash@council.example> on Monday.", "MASH Team"),
        ("She referred to \"the boys\" twice.", "the boys"),
        ("  DS Tanya Gill     Police Scotland, Public Protection", "Police Scotland"),
        ("Mrs Temple Street is closed for works.", "Street"),
        ("The Case Management Review (CMR) was published.", "CMR"),
    ],
)
def test_teams_phrases_and_agencies_are_not_people(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end and f.entity_type == "PERSON" for f in found), [
        (f.text, f.entity_type) for f in found]


def test_register_names_in_cyrillic_gaelic_and_other_spellings() -> None:
    matcher = build_register_matcher(_register(("Oleksandr Kovalenko", ["Sasha"], "Sibling 1"),
                                               ("Oksana Kovalenko", [], "Mother"), ("Mòrag Fraser", [], "Child F"),
                                               ("Denisa Munteanu", [], "Sibling 2")))  # fmt: skip
    text = ('Сашка вдарили. Мама: "Оксані погано". Oleksandr (Olexandr KOWALENKO on PAS). "thig dhachaigh, a Mhòrag". '
            'telefonul Denisei. SK said he was fine.')
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Сашка", "Оксані", "Olexandr", "KOWALENKO", "Mhòrag", "Denisei", "SK"} <= hits, hits


def test_initials_of_a_double_first_name_and_in_a_persons_place() -> None:
    assert "ER" in initials_forms("Ellie-Rose Campbell")
    matcher = build_register_matcher(_register(("Cara Cole", [], "Child C")))
    hits = {f.text: f.score for f in matcher.find("Report following CC being traced at 0135. cc: team")}
    assert hits.get("CC", 0) >= 0.5


def test_setting_short_names_in_the_forms_schools_use() -> None:
    assert "St B's" in setting_names("St Barnabas CE Primary")
    assert "KHS" in setting_names("Kinlochcorran High School")
    assert "Ridgeway" in setting_names("Ridgeway Vale Academy")
    assert "Corran Medical" in setting_names("Corran Medical Practice")


# -- shapes from the fifth held-out split (fresh fictional examples) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chair:     Marianne Fortune, Service Manager", "Marianne Fortune"),
        ("- Captain DELACROIX-WEBB (18) - charged with the assault", "Captain DELACROIX-WEBB"),
        ("Then Autumn R reported that the photos were shared.", "Autumn R"),
        ("FORSYTH, P J to be noted as a witness only.", "FORSYTH, P J"),
        ("Staff key:\nTMo  Tessa Morley     English\nPassed to TMo at lunch.", "TMo"),
        ("Checked by KV / DT 03/03/2025", "DT"),
        ("Agreed by the chair. Minute: EW. Next review in May.", "EW"),
        ("Yours sincerely\nDr Imogen Bright\nIB/lrw", "lrw"),
        ("Idris Vale              YOS Officer, Eastmere YOS (IV)        07700 900311", "IV"),
        ("   4  HARTLEY, Samir  (Sammy)          DOB 12/03/2014", "Sammy"),
        ("by her son-in-law Ambrose, who called 999", "Ambrose"),
        ("Ivy and I went over the plan again.", "Ivy"),
    ],
)
def test_people_in_the_shapes_of_a_fifth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("attends Brookside ELC three mornings a week", "Brookside ELC"),
        ("Apologies: Dr Okafor (GP, Larchfield MP) - report sent", "Larchfield MP"),
        ("Principal, St Columba's PS (report sent)", "St Columba's PS"),
        ("Merlin PAC 24MAB0417722 created by the OIC", "24MAB0417722"),
        ("Family ref (SOSCARE): QXR-5519024 / child ref QXR-5519025", "QXR-5519024"),
        ("Snapchat, 12/10/2024, frosty_77 and zed.dray (from his phone)", "zed.dray"),
        ("Call me on (+44) 7700 900512 after six.", "(+44) 7700 900512"),
        ("Tomasz - born in the UK 3 May 2021, added to the file later", "3 May 2021"),
        ("LIMA, JOANA - Data de nascimento: 02/11/1991 - Naturalidade", "02/11/1991"),
        ("communal landing, Pelham House, Garrick Road, Eastmere EM4 2JT", "Pelham House, Garrick Road"),
    ],
)
def test_identifiers_and_places_in_the_shapes_of_a_fifth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PC 2210 MERRICK, Eastmere South CPT on scene.", "Eastmere"),
        ("Referred to CSC, Rowan Delaney taking the case.", "CSC"),
        ("See nhs.uk and the leaflet.docx on Snapchat safety.", "nhs.uk"),
        ("Visit Alexandra Palace with the class.", "Alexandra Palace"),
    ],
)
def test_services_places_and_files_are_not_people_or_handles(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end and f.entity_type in ("PERSON", "SOCIAL_MEDIA_HANDLE")
                   for f in found), [(f.text, f.entity_type) for f in found]  # fmt: skip


def test_register_people_by_a_single_initial_only_where_a_person_stands() -> None:
    matcher = build_register_matcher(_register(("Tiberius Okoro", [], "Child T"), ("Wren Okoro", [], "Mother")), loose=True)
    text = "T asked to go home. The charger in T's bag. Mrs O was told. Child T said no. Vitamin T. Plan T agreed."
    hits = [(f.text, f.start) for f in matcher.find(text) if f.score >= 0.5]
    assert [t for t, _ in hits] == ["T", "T", "O"], hits


def test_register_pet_forms_in_portuguese_arabic_and_cantonese() -> None:
    matcher = build_register_matcher(_register(("Fabio Teixeira", [], "Child F"), ("Luana Teixeira", [], "Sibling 1"),
                                               ("Muhammad Darwish", [], "Adult D"), ("Lam Ka-wai", ["林家偉"], "Father"),
                                               ("Rui dos Reis", [], "Stepfather")))  # fmt: skip
    text = ("Fabinho cried. Lulu slept. Hamoudi went out. Ah Wai came late; 家偉今朝冇返. Mr dos Reis attended. "
            '[02/02/2025, 20:10] Mum: wai ah, come home')
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Fabinho", "Lulu", "Hamoudi", "Ah Wai", "家偉", "dos Reis", "wai"} <= hits, hits


def test_register_and_learned_names_written_in_another_script() -> None:
    matcher = build_register_matcher(_register(("Samira Haddou", [], "Child S"), ("Rahim Uddin", [], "Father"),
                                               ("Selam Tekle", [], "Sibling 1")))  # fmt: skip
    text = '"سميرة تعالي عالبيت" / "রহিমের ফোন বন্ধ" / "ሰላም ኣበይ ኣለኺ" / "من البيت"'
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"سميرة", "রহিমের", "ሰላም"} <= hits, hits
    assert "من" not in hits and "البيت" not in hits


def test_the_compiled_trie_finds_the_longest_form_as_an_alternation_would() -> None:
    import re

    from scrpress.redaction.textutil import trie_pattern

    keys = ["ann", "anna", "anna maria", "annabel", "bo", "bob"]
    rx = re.compile(r"(?<![\w])" + trie_pattern(keys) + r"(?![\w])", re.IGNORECASE)
    text = "Anna  Maria met Annabel, Ann and Bob; Annas and bobby are not forms."
    assert [m.group() for m in rx.finditer(text)] == ["Anna  Maria", "Annabel", "Ann", "Bob"]


def test_case_wide_detection_reuses_its_work_and_gives_the_same_findings(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ["HARLOW, Jemima (neighbour) was seen.", "Later HARLOW rang the duty desk.", "Nothing else."]
    first = detector.detect([texts[1]], context=[texts[0], texts[2]])[0]
    again = detector.detect([texts[1]], context=[texts[2], texts[0]])[0]
    assert [(f.start, f.end, f.entity_type) for f in first] == [(f.start, f.end, f.entity_type) for f in again]
    assert "HARLOW" in _texts(first)


def test_register_names_as_another_agency_spells_them() -> None:
    matcher = build_register_matcher(_register(("Yared Tesfay Haile", [], "Child Y"), ("Marek Zielony", [], "Father")),
                                     loose=True)
    hits = {f.text for f in matcher.find("Tesfaye and Tesfai came; Mark and the Teaspoon did not; Yarid did.")}
    assert {"Tesfaye", "Tesfai", "Yarid"} <= hits and not {"Mark", "Teaspoon"} & hits, hits
    polish = build_register_matcher(_register(("Halina Nowak", [], "Grandmother"), ("Billy Nowak", [], "Father")),
                                    loose=True)
    assert not {f.text for f in polish.find("Dr Helen Ashcroft and Peter Doyle attended.")} & {"Helen", "Peter"}
    leak_gate = build_register_matcher(_register(("Billy Nowak", [], "Father"), ("Zosia Nowak", [], "Child Z")))
    assert not [f.text for f in leak_gate.find("„Była małą dziewczynką”, „zawsze”.") if f.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "target", "title"),
    [
        ("Pastor Obiora Nnaji and Pst. Nnaji met the family.", "Nnaji", "Pst"),
        ("Imam Tariq Qadri attended the meeting.", "Tariq Qadri", "Imam"),
    ],
)
def test_faith_leaders_titles_stay_outside_the_name(detector, text: str, target: str, title: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]
    assert all(title not in f.text for f in found if f.entity_type == "PERSON"), [f.text for f in found]


def test_a_farm_with_its_lane_and_village_is_an_address(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Home: Cefn-y-Coed Farm, Lôn Pant Du, Llanddewi Fach. Later at Fferm Bryn Hafod, Llanddewi Fach."
    found = detector.detect([text])[0]
    assert covered(found, text, "Cefn-y-Coed Farm, Lôn Pant Du, Llanddewi Fach")
    assert covered(found, text, "Fferm Bryn Hafod")


# -- shapes from the sixth held-out split (fresh fictional examples) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ysgol: dyddiad geni 14 Mawrth 2013; ganwyd 2 Medi 2019", "2 Medi 2019"),
        ("DOB ......... 03/02/2009 (LA assessment: 04/02/2009; HO previously 01/01/2006)  Address ..... none", "01/01/2006"),
        ("Claimed DOB:   14 Meskerem 2001 (Ethiopian calendar)", "14 Meskerem 2001"),
        ("his claimed date of birth is accepted as 04.02.2009, aged 15", "04.02.2009"),
        ("| | KHATUN, Roksana B.        | daughter |", "KHATUN, Roksana B."),
        ("enrolment may still show him as HAILE S until corrected", "HAILE S"),
        ('known as "Mussie T." at the hostel', "Mussie T."),
        ("Typed 03/10/24 KD; checked by the consultant", "KD"),
        ("Home visit to 57 Ashgrove House; the lift was broken.", "57 Ashgrove House"),
        ("Then to Bryn Celyn, Lôn Ffynnon, Llanfair-ym-Muallt LD2 3AB", "Bryn Celyn, Lôn Ffynnon, Llanfair-ym-Muallt"),
        ("placed at Harbour View Hotel, 12 Esplanade Road, Saltmouth", "Harbour View Hotel, 12 Esplanade Road"),
        ("works shifts at Unit 7, Dockside Road, Saltmouth", "Unit 7, Dockside Road"),
        ("mums' group at Beacon CC on Fridays", "Beacon CC"),
        ("members of New Covenant Ministries and its Little Lights Kids Club", "Little Lights Kids Club"),
        ("rode quads at CFfI Llanbedr every week", "CFfI Llanbedr"),
        ("Subject: RE: the children - PCS/QAA/24/01987", "PCS/QAA/24/01987"),
        ("Second account owen.bryn77 (Snapchat) was blocked", "owen.bryn77"),
        ("14/09/24 17:49  hedd > siwan:  dewch nawr", "hedd"),
    ],
)
def test_shapes_of_a_sixth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_register_people_by_an_initial_with_a_full_stop_and_by_welsh_pet_forms() -> None:
    matcher = build_register_matcher(_register(("Ruksana Begum", [], "Child R"), ("Tomos Pugh", [], "Sibling 1")), loose=True)
    text = "Yesterday was R.'s birthday. Uncle collected R. in a van. R. said no. Section R. applies. Twm was quiet."
    hits = [f.text for f in matcher.find(text) if f.score >= 0.5]
    assert hits.count("R.") == 3 and "Twm" in hits, hits


# -- shapes from the seventh held-out split (fresh fictional examples) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Taken home by Costello in RIZ 4418 at 02:10.", "RIZ 4418"),
        ("Vehicles: (1) PB 4417 KT, grey Opel Astra, BG plates", "PB 4417 KT"),
        ("ED att no: ED24/223917   seen by the registrar", "ED24/223917"),
        ("UK passport 771203884 (held by the uncle)", "771203884"),
        ("her friend Stuart Laing (\"Stuzza\") was also there", "Stuzza"),
        ("collected by her partner (Rory), who waited outside", "Rory"),
        ("Security (Callum Breen) attended and de-escalated.", "Callum Breen"),
        ("Mark Ogden        MO         Head of Year 9, Riverside School", "MO"),
        ("TRIAGE 03:10 KD (RN Kerry Dunlop) MTS: fall", "KD"),
        ("Category: Safety              Recorded: LT   Jayden late again", "LT"),
        ("Key: MP = Mia Pike (pupil).\nOn 14/03 MP was found crying in the toilets.", "MP was"),
        ("signed in at Meadowbank\n        Children's Centre on Monday", "Meadowbank\n        Children's Centre"),
        ("Dad (21/09/2025, 18:30):   tell rowan i said no", "Dad (21/09/2025, 18:30)"),
    ],
)
def test_shapes_of_a_seventh_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    if target.startswith("Dad ("):  # a chat header: the message after it counts as quoted
        assert in_quotes(text, text.index("rowan"))
        return
    if target == "MP was":  # initials that are also an abbreviation, where a person stands
        start = text.index("MP was")
        assert any(f.start == start and f.end == start + 2 for f in found), [(f.text, f.start) for f in found]
        return
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_chat_digits_and_bulgarian_pet_forms_reach_the_register() -> None:
    matcher = build_register_matcher(_register(("Yordan Petrov", [], "Father"), ("Tsvetelina Petrova", [], "Mother"),
                                               ("Georgi Petrov", [], "Sibling 1")))  # fmt: skip
    hits = {f.text for f in matcher.find('"dan4o ela", "cvete ne", "go6o spi", Цвети and Гошо came')}
    assert {"dan4o", "cvete", "go6o", "Цвети", "Гошо"} <= hits, hits


def test_a_letter_in_a_person_s_signature_is_not_a_column_of_initials(detector) -> None:  # type: ignore[no-untyped-def]
    text = "17 May 2025\nDr Omar Haddow\nLarkrise Medical Practice\nEastmere\n"
    found = detector.detect([text])[0]
    assert covered(found, text, "Larkrise Medical Practice")


def test_names_in_another_script_from_its_name_list(detector) -> None:  # type: ignore[no-untyped-def]
    text = '"يوسف ينتظرك في الصيف" and "志明今朝冇返學" were quoted.'
    found = _texts(detector.detect([text])[0])
    assert {"يوسف", "志明"} <= found, found


def test_cyrillic_register_names_are_read_letter_by_letter() -> None:
    matcher = build_register_matcher(_register(("Yordan Petrov", ["Tsveti"], "Father")))
    hits = {f.text for f in matcher.find('"Йордане, къде си?" "Цвети, парите са при мен."') if f.score >= 0.5}
    assert {"Йордане", "Цвети"} <= hits and "парите" not in hits, hits


def test_british_pet_forms_in_z() -> None:
    matcher = build_register_matcher(_register(("Sharon Reid", [], "Mother"), ("Darren Reid", [], "Father")))
    hits = {f.text for f in matcher.find("Shazza and Daz were in. [22/03/2025 20:02] Jo: shaz?? dazza said no")}
    assert {"Shazza", "Daz", "shaz", "dazza"} <= hits, hits


# -- shapes from the eighth held-out split (fresh fictional examples) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Address for post: Rooms 301/302, Harbour Lodge Hotel, 40-44 Quay Street, Saltmouth", "Rooms 301/302, Harbour Lodge Hotel"),
        ("lives Plot 7, Eastfield\n      Showmen's Yard with her aunt", "Plot 7, Eastfield\n      Showmen's Yard"),
        ("the Saturday class at Masjid-e-Rahma on Lee Street", "Masjid-e-Rahma"),
        ("they attend New Dawn Fellowship on Sundays", "New Dawn Fellowship"),
        ("a funded place at Brookvale Early Years\n      Centre from May", "Brookvale Early Years\n      Centre"),
        ("Risk raised to HIGH by Insp. Carrick at 23:40", "Carrick"),
        ("Seen in triage (BMcK, SN) at 21:42", "BMcK"),
        ("Staff key:\nSiW  Sian Williams   DSL\nPassed to SiW at lunch.", "SiW"),
        ("Tomos born at 39+2 weeks on 3 March 2011, 3.1 kg", "3 March 2011"),
        ("Big Dai and Old Dai were at the yard.", "Old Dai"),
        ("   > Gwyn, Ffion - the parents have asked for a meeting", "Gwyn"),
        ("19 Jul 2025 23:52  Jac Pryce:  u awake", "Jac Pryce"),
    ],
)
def test_shapes_of_an_eighth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_a_nickname_prefix_is_not_taken_from_ordinary_text(detector) -> None:  # type: ignore[no-untyped-def]
    text = "He is a big Jimmy Fallon fan. The Big Apple trip was cancelled."
    found = detector.detect([text])[0]
    assert not any(f.text.lower().startswith("big") for f in found), [f.text for f in found]


# -- shapes from the ninth held-out split (fresh fictional examples) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Notes translated by Besnik Gjokaj (Leeds, no local connection).", "Besnik Gjokaj"),
        ("He stayed with a church friend, Tafadzwa Chikowore, for one night.", "Tafadzwa Chikowore"),
        ("Seen by support worker Rumbidzai Chinembiri today.", "Rumbidzai Chinembiri"),
        ("Luan DUSHKU was arrested at the flat.", "Luan DUSHKU"),
        ("she asked that \"Valbona\" (interpreter) is not used", "Valbona"),
        ("He left with his friend \"Kirupan\" in a grey van.", "Kirupan"),
        ("Nonoy (Rodel Manalo) has gone back to Cebu.", "Nonoy"),
        ("Victim      MANALO, Rosario Joy D.   22/05/2015", "MANALO, Rosario Joy D."),
        ("(Yes Tita Marites. A social worker is coming.)", "Marites"),
    ],
)
def test_shapes_of_a_ninth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Paediatric Haematologist, Eastmere Hospital", "Paediatric"),
        ("Requested EHC plan; Started CME tracking.", "Requested"),
        ("Reflection (Ivy Ashby)", "Reflection"),
        ("Disclosure Scheme (Clare's Law) explained.", "Scheme"),
        ("Children and Families (SW Holly Crawford) were told.", "Families"),
        ("Welsh at home with Mam and Mam-gu (Eirlys Morgan).", "Mam-gu"),
    ],
)
def test_roles_headings_and_kin_are_not_names_of_a_ninth_writer(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start <= start < f.end for f in found), [f.text for f in found]


def test_register_names_declined_clipped_mutated_and_respelled() -> None:
    matcher = build_register_matcher(_register(("Luljeta Berisha", [], "Mother"), ("Kirushanthi Rajan", [], "Child R"),
                                               ("Tafara Moyo", [], "Child T"), ("Tharshini Rajan", [], "Sibling 1"),
                                               ("Marisol Dela Cruz", ["Sol"], "Aunt")), loose=True)  # fmt: skip
    text = "Luljetën, Kirushanthin. Kirushanth said. i Dafara. Tarshini well. Sol DC: ok. Kirushan"
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Luljetën", "Kirushanthin", "Dafara", "Tarshini", "Sol DC"} <= hits, hits
    strict = {f.text for f in build_register_matcher(_register(("Tafara Moyo", [], "Child T"))).find("i Dafara")}
    assert "Dafara" not in strict  # detection's guesses stay out of the leak gate


def test_front_clips_end_at_a_syllable() -> None:
    assert front_clips("Kirushanthi") == ["Kiru", "Kirusha", "Kirushan"]
    assert "Abi" in front_clips("Abinaya") and "Jen" in front_clips("Jennifer")


def test_register_initials_that_are_a_word_count_where_the_text_keys_them() -> None:
    matcher = build_register_matcher(_register(("Baran Yilmaz", [], "Child Y")))
    keyed = "In these minutes: BY = Baran. GH: BY attendance 81%."
    assert [f.score >= 0.5 for f in matcher.find(keyed) if f.text == "BY"] == [True, True]
    assert all(f.score < 0.5 for f in matcher.find("GH: BY attendance 81%.") if f.text == "BY")


# -- shapes from the tenth held-out split (fresh fictional examples) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Name         Form   Known as: Lexi (her choice). Attendance 91%.", "Lexi"),
        ("A cousin (\"Priya didi\") sent the message.", "Priya"),
        ("Ravindra dai (Maila) can give lifts.", "Ravindra"),
        ("[02/03/24 21:10] rekha_x:  ok ok. anjali didi will come", "anjali"),
        ("Pupils at Cathays High and YG Bro y Mynydd were seen.", "Cathays High"),
        ("Pupils at Cathays High and YG Bro y Mynydd were seen.", "YG Bro y Mynydd"),
        ("Both boys attend Talmud Torah Beis Shmuel on weekdays.", "Talmud Torah Beis Shmuel"),
    ],
)
def test_shapes_of_a_tenth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Risk was graded Very High after the visit.", "Very High"),
        ("Name    H&C No         SOSCARE ID    School\n", "School"),
        ("She called him \"Phuphar ji\" in the message.", "Phuphar"),
        ("My aunty came round. The uncle left.", "aunty"),
    ],
)
def test_ratings_column_headers_and_kin_are_not_names_of_a_tenth_writer(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start <= start < f.end for f in found), [f.text for f in found]


def test_record_numbers_in_an_id_column_and_after_a_number_label(detector) -> None:  # type: ignore[no-untyped-def]
    table = ("Role   Name             Person ID    Notes\n"
             "----   --------------   ----------   -----\n"
             "IP     NOVAK, Petra     P-0047211    mother\n"
             "       NOVAK, Tomas     3318842      child\n")
    found = detector.detect([table])[0]
    assert covered(found, table, "P-0047211") and covered(found, table, "3318842")
    prose = "Armed forces referral: service no. 24490157, seen 03/02."
    assert covered(detector.detect([prose])[0], prose, "24490157")
    plate = "A white Ford Transit, Slovak plates BA-731KL, parked outside."
    assert covered(detector.detect([plate])[0], plate, "BA-731KL")


def test_column_header_reads_the_cell_above() -> None:
    table = "Name      Ref        Town\n--------  ---------  ------\nAda Moss  4471902    Leek\n"
    assert column_header(table, table.index("4471902")) == "Ref"
    assert column_header(table, table.index("Leek")) == "Town"
    assert column_header("Raised job 4471902 today.", 11) is None


def test_hebrew_script_names_and_patronymics() -> None:
    matcher = build_register_matcher(_register(("Shmuel Katz", [], "Father"), ("Rivka Katz", [], "Child K")),
                                     loose=True)
    text = 'The note named "שמואל בן אברהם" and the girl רבקה in the blessing.'
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"שמואל בן אברהם", "רבקה"} <= hits, hits
    assert not matcher.find("שלום, ברוך השם")


def test_patronymic_joins_two_names_into_one_span(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Reb Mendel ben Avrohom Gross spoke for the family."
    assert covered(detector.detect([text])[0], text, "Mendel ben Avrohom")


def test_initials_keyed_by_role_and_capital_word_initials_in_prose() -> None:
    people = (Person(name="Lenka Dvořák", pseudonym="Mother", role="mother"),
              Person(name="Daniel Owen", pseudonym="Child D", role="subject child"))
    matcher = build_register_matcher(Register(people=people), loose=True)
    key = "KEY\nLD   mother       PO   health visitor\n03/01  Text to LD mobile, no reply."
    assert [f.score >= 0.5 for f in matcher.find(key) if f.text == "LD"] == [True, True]
    prose = "School said DO was late again; no permit exists for DO."
    assert [f.score >= 0.5 for f in matcher.find(prose) if f.text == "DO"] == [True, True]
    heading = "WHAT TO DO NEXT"
    assert all(f.score < 0.5 for f in matcher.find(heading) if f.text == "DO")


def test_a_register_month_name_in_a_date_is_the_month() -> None:
    matcher = build_register_matcher(_register(("Jan Novak", [], "Father"), ("April Reed", [], "Mother")))
    text = "Jan rang on 19 Jan 21:14 and April came in April 2024."
    scores = [(f.text, f.score >= 0.5) for f in matcher.find(text)]
    assert scores == [("Jan", True), ("Jan", False), ("April", True), ("April", False)], scores


def test_declined_and_pet_forms_in_messages(detector) -> None:  # type: ignore[no-untyped-def]
    matcher = build_register_matcher(_register(("Zeynep Arslan", [], "Mother")), loose=True)
    chat = "WhatsApp messages:\n[03/02/2025, 21:10] Aunt: zeyno nerede?\n[03/02/2025, 21:12] Mum: evde"
    assert "zeyno" in {f.text for f in matcher.find(chat) if f.score >= 0.5}
    assert not [f for f in matcher.find("zeyno in prose") if f.score >= 0.5]
    learned = ("Marek Balog told the officer he was fine.\n\nTexts:\n[04/02/2025, 20:01] Aunt: kde je marekom??\n"
               "[04/02/2025, 20:03] Mum: neviem")
    assert covered(detector.detect([learned])[0], learned, "marekom")  # a name the case taught, declined


def test_messages_under_a_sender_and_time_header() -> None:
    text = "  Dana Kráľová  19 Jan 21:14\n  kde je petko??\n  (Where is Petko??)\n\nHome visit  12 Jan 10:00\n"
    lines = [text[m.start : m.end].strip() for m in message_lines(text)]
    assert lines == ["Dana Kráľová  19 Jan 21:14", "kde je petko??", "(Where is Petko??)"]


# -- shapes from the eleventh held-out split (fresh fictional examples) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Referred by her health visitor,\nAmy Hill, at the new birth visit.", "Amy Hill"),
        ("Seen by Health Visitor C. Wood      Safeguarding Team", "C. Wood"),
        ("Emma Rees (nee Pritchard), mother of the children.", "Pritchard"),
        ("His gran calls him Tintin at home.", "Tintin"),
        ("Now staying at 7 Druim na Bruaich, Portree with an aunt.", "7 Druim na Bruaich, Portree"),
        ("SCN:        204 118 377   Stage: P6", "204 118 377"),
        ("As per concern report CR/K/2024/010228 the child was found.", "CR/K/2024/010228"),
        ("He posted on TikTok as zed.kasa07 the next day.", "zed.kasa07"),
        ("Staff key: MMac = Morven Macaulay (class teacher)\n12/02/2025  MMac    Arrived late.", "MMac    Arrived"),
    ],
)
def test_shapes_of_an_eleventh_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert all(covered(found, text, part) for part in target.split("    ") if part != "Arrived"), [
        (f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Baby girl born Wishaw, 39+2, discharged day 2.", "Wishaw"),
        ("Vaccines given: 1, PCV, MenB at 8 weeks.", "PCV"),
        ("Partner of WEEKES, Tyrone\n  2 COLE, Amber   none", "2 COLE"),
        ("Apt 3, 22 Moyle Road. Mr Tom Boyle came. The Moyle Section covers it.", "Moyle Section"),
    ],
)
def test_birthplaces_codes_and_rows_are_not_addresses(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start <= start < f.end and f.entity_type in ("ADDRESS", "PERSON") and f.text.startswith(
        word.split()[0]) for f in found), [f.text for f in found]


def test_a_learned_name_mutates_after_a_welsh_word(detector) -> None:  # type: ignore[no-untyped-def]
    text = "His mother calls him Pitchou at home. Roedd Mam yn chwarae gyda Phitchou ar y llawr."
    assert covered(detector.detect([text])[0], text, "Phitchou")


def test_another_house_on_the_family_street_is_an_address_without_the_pseudonym() -> None:
    matcher = build_register_matcher(Register(places=(Place(name="9 Ardbhan", pseudonym="the family home"),)), loose=True)
    found = {f.text: f for f in matcher.find("Taken to 11 Ardbhan by the aunt; home is 9 Ardbhan.")}
    assert found["11 Ardbhan"].entity_type == "ADDRESS" and not found["11 Ardbhan"].replacement
    assert found["9 Ardbhan"].replacement == "the family home"


def test_a_setting_short_forms_with_abbreviated_words() -> None:
    names = setting_names("Carnlea Integrated Primary School") + setting_names("Elmfield Community Primary School")
    assert {"Carnlea IPS", "Elmfield Comm. Primary School", "Elmfield CPS"} <= set(names)


def test_an_arabic_name_that_starts_with_ain_or_alef() -> None:
    matcher = build_register_matcher(_register(("Amina Abdi Farah", [], "Mother")), loose=True)
    assert "عبدي" in {f.text for f in matcher.find("Her name is written أمينة عبدي on the card.")}


def test_the_front_of_a_longer_name_alone_in_a_message() -> None:
    matcher = build_register_matcher(_register(("Rosalind Grey", [], "Aunt")), loose=True)
    chat = "WhatsApp messages:\n[03/02/2025, 21:10] Mam: rosa can u take them\n[03/02/2025, 21:12] Aunt: ok"
    assert "rosa" in {f.text for f in matcher.find(chat) if f.score >= 0.5}


# -- shapes natural to the communities of the twelfth held-out split (fresh fictional examples) -------------------


def test_korean_names_in_hangul_with_a_family_name_or_an_ending() -> None:
    matcher = build_register_matcher(_register(("Choi Yu-na", [], "Child C"), ("Choi Dong-hyun", [], "Father")),
                                     loose=True)
    chat = "[20:11] 엄마: 유나야 밥 먹어. 최동현 씨는 회사에 있어. 하나 둘 셋"
    hits = {f.text for f in matcher.find(chat) if f.score >= 0.5}
    assert hits == {"유나야", "최동현"}, hits


def test_a_korean_given_name_not_in_the_register_in_hangul(detector) -> None:  # type: ignore[no-untyped-def]
    chat = "[20:11] 엄마: 민준이랑 같이 있어?"
    assert covered(detector.detect([chat])[0], chat, "민준이랑")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Yuna-ya was already in bed when Nari Choi arrived.", "Yuna-ya"),
        ("The tutor, Hiroshi Tanaka, spoke to Haruto-kun alone.", "Haruto-kun"),
        ("Abu Bakri Elamin Osman said Umm Sulaf had gone out.", "Abu Bakri Elamin Osman"),
        ("Signed: HASSAN, Fatima Abdalla E.M.", "HASSAN, Fatima Abdalla E.M."),
    ],
)
def test_forms_of_address_kunya_and_trailing_initials(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert covered(detector.detect([text])[0], text, target)


def test_a_name_spelled_as_it_sounds() -> None:
    matcher = build_register_matcher(_register(("Xisto Amaral", [], "Father"), ("Ruta Jonaitė", [], "Mother")),
                                     loose=True)
    text = "The GP wrote Chisto Amaral; the neighbour said Roota was out. Route 9 bus."
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Chisto", "Roota"} <= hits and "Route" not in hits, hits


# -- shapes from the twelfth held-out split (fresh fictional examples) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Passenger named as LOVERIDGE, Amos 02/07/2006 on the PNC.", "02/07/2006"),
        ("Interpreter: Ms Cho Yu-jin   CYJ   Korean", "Cho Yu-jin"),
        ("A cousin from church, Hye-rin, collects her on Fridays.", "Hye-rin"),
        ("Lives at Pitch 3, Glan Dwr Gypsy and Traveller Site, Ffordd Las, Rhyl.",
         "Pitch 3, Glan Dwr Gypsy and Traveller Site, Ffordd Las, Rhyl"),
        ("Named as the holder of site licence GTS/BR/0412 since May.", "GTS/BR/0412"),
        ("Her sister's account is kayla.mo22 on most apps.", "kayla.mo22"),
        ("Referral from Brookfield Early Learning and Childcare Centre today.",
         "Brookfield Early Learning and Childcare Centre"),
        ("Home visit: no reply. Neighbour (Doreen across the road) said they were away.", "Doreen"),
        ("She wrote it as آمنة عبد الله for the interpreter.", "آمنة عبد الله"),
    ],
)
def test_shapes_of_a_twelfth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Agreed at the set-up meeting. Set-Up costs met by the LA.", "Set-Up"),
        ("Year 3 class teacher (Rowan) raised it.", "Rowan"),
        ("Minutes of the HV/GP/2025 liaison.", "HV/GP/2025"),
        ("See no.41 on the list.", "no.41"),
        ("Chronology:\nJo Bell  12/03/2025 10:00   Home visit, seen.", "12/03/2025"),
        ("مبروك يا حبيبي", "حبيبي"),
    ],
)
def test_compounds_classes_and_event_dates_are_not_personal_data(detector, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    start = text.index(word)
    assert not any(f.start <= start < f.end for f in found), [(f.text, f.entity_type) for f in found]


def test_messages_in_a_table_of_sender_time_and_text() -> None:
    text = ("Texts:\nAmos Lee  02/12/2024 21:48   where r u\nJo Bell  12/03/2025 10:00   Home visit. Seen.\n")
    lines = [text[m.start : m.end] for m in message_lines(text)]
    assert lines == ["Amos Lee  02/12/2024 21:48   where r u"], lines


def test_korean_initials_and_family_names_alone() -> None:
    assert "MJ" in initials_forms("Kim Min-jun") and "SaD" in initials_forms("Siôn ap Dafydd")
    matcher = build_register_matcher(_register(("Park Soo-ah", [], "Mother"), ("Ri Chol-su", [], "Father")), loose=True)
    hits = {f.text for f in matcher.find("[21:00] 엄마: 박씨는 어디? 리철수 왔어. 박수아") if f.score >= 0.5}
    assert hits == {"박씨는", "리철수", "박수아"}, hits


def test_a_name_word_before_a_persons_figure_is_the_person() -> None:
    matcher = build_register_matcher(_register(("Hope Lovell", [], "Child H"), ("Summer Lovell", [], "Sibling")))
    scores = {f.text + text[f.end : f.end + 3]: f.score >= 0.5 for text in ["Hope 2024-25: 84.1%. Summer 2024-25."]
              for f in matcher.find(text)}
    assert scores == {"Hope 20": True, "Summer 20": False}, scores


def test_a_message_carried_onto_indented_lines_is_the_message() -> None:
    text = ("  [03/02/2025, 21:10] Ana: o tomas tem fome\n"
            "                       (tomas is hungry)\n"
            "  [03/02/2025, 21:12] Rui: ok\n"
            "  [03/02/2025, 21:15] Ana: vem ja\n\nSeen at home on 04/02.\n")
    lines = [text[m.start : m.end].strip() for m in message_lines(text)]
    assert "(tomas is hungry)" in lines and "Seen at home on 04/02." not in lines, lines


def test_a_spelling_with_two_consonants_alike_needs_the_same_first_and_last_letters() -> None:
    matcher = build_register_matcher(_register(("Kim Seo-yeon", [], "Child K")), loose=True)
    hits = {f.text for f in matcher.find('Triage wrote "Soyeon" and "Sean" and "Saxon".') if f.score >= 0.5}
    assert hits == {"Soyeon"}, hits


# -- shapes from the thirteenth held-out split (fresh fictional examples) ------------------------------------------


def test_names_declined_and_made_pet_forms_in_latin_extended_letters() -> None:
    matcher = build_register_matcher(_register(("Dorottya Kiss", ["Dóri"], "Mother"), ("Máté Kiss", [], "Child M"),
                                               ("Krišjānis Liepa", [], "Father"), ("Artūrs Liepa", [], "Child A")),
                                     loose=True)
    text = ("She said Dórinak mondtam, Mátéval ment. Ask Krišjāņa. Artūriņš and Артурчик were out. "
            "Materials were sent.")
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Dórinak", "Mátéval", "Krišjāņa", "Artūriņš", "Артурчик"} <= hits and "Materials" not in hits, hits


def test_a_pet_ending_on_the_first_syllable_of_a_longer_name() -> None:
    matcher = build_register_matcher(_register(("Roberto Silva", [], "Child R")), loose=True)
    hits = {f.text for f in matcher.find('She calls him "Robik" and "Robītis". Robin Hood was on TV.') if f.score >= 0.5}
    assert {"Robik", "Robītis"} <= hits and "Robin" not in hits, hits


def test_greek_script_reads_its_digraphs() -> None:
    matcher = build_register_matcher(_register(("Andreas Petrou", ["Andrikos"], "Child A"),
                                               ("Stavroula Petrou", ["Voula"], "Mother")), loose=True)
    hits = {f.text for f in matcher.find("[21:03] Γιαγιά: Πού είναι ο Αντρίκος; Πες στη Βούλα.") if f.score >= 0.5}
    assert hits == {"Αντρίκος", "Βούλα"}, hits


def test_cantonese_names_in_characters(detector) -> None:  # type: ignore[no-untyped-def]
    matcher = build_register_matcher(_register(("Leung Ka Yan", ["梁嘉欣"], "Child L")), loose=True)
    hits = {f.text for f in matcher.find("[20:01] 媽咪: 欣欣返嚟食飯 叫埋欣仔") if f.score >= 0.5}
    assert hits == {"欣欣", "欣仔"}, hits
    row, chat = "HO Chi Ming 何志明       uncle", "[20:05] 阿媽: 叫明仔同阿強返嚟"
    found_row, found_chat = detector.detect([row, chat])
    assert covered(found_row, row, "何志明") and covered(found_chat, chat, "明仔") and covered(found_chat, chat, "阿強")
    assert not any("阿媽" in f.text for f in found_chat), [f.text for f in found_chat]


def test_a_mutation_into_an_everyday_word_only_after_a_welsh_word() -> None:
    matcher = build_register_matcher(_register(("Bence Kiss", [], "Child B")), loose=True)
    text = "Tocyn brecwast i Fence heddiw. The back fence was down. A Fence panel was fixed."
    hits = [(f.start, f.text) for f in matcher.find(text) if f.score >= 0.5]
    assert hits == [(text.index("Fence"), "Fence")], hits


def test_initials_a_key_spells_are_the_person_where_the_role_would_be(detector) -> None:  # type: ignore[no-untyped-def]
    key = "Staff key: HT Hannah Tregothnan (DSL) | OB Olu Bankole (Y4)"
    log = "Action: alerted HT. Copied to HT; HT phoned mum."
    role = "The HT was informed by the office."
    found_key, found_log, found_role = detector.detect([key, log, role])
    assert covered(found_key, key, "HT") and [f.text for f in found_log].count("HT") == 3, [f.text for f in found_log]
    assert "HT" not in _texts(found_role)


def test_an_actions_owner_after_it_in_brackets() -> None:
    from scrpress.redaction.initials import in_person_position

    text = "- Safety plan with mother. (JB)\n- Counsellor to link with GH.\n- Review in six weeks (CP)."
    assert in_person_position(text, text.index("JB"), text.index("JB") + 2)
    assert in_person_position(text, text.index("GH"), text.index("GH") + 2)
    assert not in_person_position(text, text.index("CP"), text.index("CP") + 2)


def test_rows_under_a_message_tables_header_are_messages() -> None:
    text = ("Date/time    From          Message               Translation\n"
            "18/06 22:14  Tóth Béla     hol vagy dórikám      where are you\n"
            "                           gyere haza            come home\n\nSeen at home on 19/06.\n")
    lines = [text[m.start : m.end].strip() for m in message_lines(text)]
    assert len(lines) == 2 and not any("Seen at home" in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Persons: WONG, Siu Fai   HKID A123456(3)   witness", "A123456(3"),
        ("CAD ................ 2207/14FEB25 CRIS ............... 5512087/25", "2207/14FEB25"),
        ("CAD ................ 2207/14FEB25 CRIS ............... 5512087/25", "5512087/25"),
        ("Public profile: facebook.com/kiss.bela.debrecen (checked 12/03).", "kiss.bela.debrecen"),
        ("Assessed the aunt's home at 7 Hollin Dene   as a placement.", "7 Hollin Dene"),
        ("Dictated: 02/03/2025   Typed: 04/03/2025 (rk)   CONFIDENTIAL", "rk"),
        ("Seen at the flat of a colleague, LEE, Wai Keung, known as Ah Keung.", "LEE, Wai Keung"),
        ("Mother's cousin spoke to us in Greek.\n  Γιάννης    21/03 19:57   Πάρε την Κούλλα τώρα", "Κούλλα"),
    ],
)
def test_shapes_of_a_thirteenth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    context = ["Present: Ms Koulla Savva (godmother) and the social worker."]
    found = detector.detect([text, *context])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_not_a_hong_kong_id_without_its_check_digit_nor_a_site_page(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Card A123456(4) was refused. See facebook.com/groups for the group."
    found = detector.detect([text])[0]
    assert not any(f.text.startswith("groups") for f in found) and not any("(4" in f.text for f in found), found


def test_a_display_name_surname_first_teaches_the_name_both_ways(detector) -> None:  # type: ignore[no-untyped-def]
    header, minutes = "From:    Pike, Jordan <jordan.pike@council.example>", "Minutes:    Jordan Pike, Business Support"
    found_header, found_minutes = detector.detect([header, minutes])
    assert covered(found_header, header, "Pike, Jordan") and covered(found_minutes, minutes, "Jordan Pike")


def test_a_name_after_a_quotation_that_ended_and_at_one_that_opens(detector) -> None:  # type: ignore[no-untyped-def]
    text = 'He went with "Kyle and two boys from Peterhead" and "owes" Kyle. Would say no more.'
    found = detector.detect([text, "Registered keeper Kyle Buchanan (19), of Fraserburgh."])[0]
    assert [f.text for f in found if f.text == "Kyle"] == ["Kyle", "Kyle"], [f.text for f in found]


def test_a_quoted_name_is_one_name() -> None:
    detector = Detector(register=_register(("Chan Tsz Hin", [], "Child C")))
    text = '(The Sure Start list has "Tze Hin Chan".)'
    assert covered(detector.detect([text])[0], text, "Tze Hin Chan")


def test_pet_forms_with_y_and_ie_and_word_names_opening_speech() -> None:
    matcher = build_register_matcher(_register(("Michael Oduya", [], "Child M")), loose=True)
    assert "mikey" in {f.text for f in matcher.find("Chris   22/03 11:02   is mikey ok??") if f.score >= 0.5}
    learned = Detector()
    text = 'School log: said "Sonny weren\'t there, he was at Nan\'s".'
    found = learned.detect([text, 'Sonny Price ("Sonny") is the subject.'])[0]
    assert covered(found, text, "Sonny")


def test_accented_words_are_not_lower_case_initials_and_function_words_not_names(detector) -> None:  # type: ignore[no-untyped-def]
    matcher = build_register_matcher(_register(("Eva Szabo", [], "Mother")), loose=True)
    chat = "WhatsApp:\n[21:00] Mum: nem látod és nem hallod\n[21:02] Eva: es ok"
    assert "és" not in {f.text for f in matcher.find(chat) if f.score >= 0.5}
    text = 'Mum texted: "he said no and my phone died"'
    found = detector.detect([text, "Said Hamdan (uncle) and My Tran attended."])[0]
    assert not any(f.text in ("said", "my") for f in found), [f.text for f in found]


# -- shapes from the fourteenth held-out split (fresh fictional examples) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Staff key: see log.\n  RP    Rhona Pettigrew     Minutes\n  KL    Kerry-Ann Lowther   Chair", "KL"),
        ("12/05/24  Wellbeing  SD (Shannon) said she was hungry. SD and Kirsty Bould fell out.", "SD"),
        ("A message from her sister\nNirmala in Leicester was shown to us.", "Nirmala"),
        ('She calls her "Bibi" for her baby sister Ayesha.', "Bibi"),
        ('Friend of the family (known locally as "Umm Tariq") rang.', "Umm Tariq"),
        ("Snapchat screenshot shown to DSL\n   from shadxw.hanley: \"pay up\"", "shadxw.hanley"),
        ("Father    RINALDI, Marco (aka Marky)   14/02/1987   locus", "14/02/1987"),
        ("Date        iVPD ref        Summary\n02/02/2025  0314477/25     Welfare check.", "0314477/25"),
    ],
)
def test_shapes_of_a_fourteenth_writer(detector, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([text])[0]
    assert covered(found, text, target), [(f.text, f.entity_type) for f in found]


def test_a_dob_column_allows_for_a_long_name_but_not_for_a_list_below_it(detector) -> None:  # type: ignore[no-untyped-def]
    table = ("Role     Name                           DOB          Notes\n"
             "VICTIM   ALI, Samira                    02/11/1988   AKA\n"
             "SUSPECT  AL-HAMDANI, Yusuf Ahmed Saeed     19/07/1981   AKA\n"
             "- review 13/03/2024 with the HV.")
    found = detector.detect([table])[0]
    dobs = {f.text for f in found if f.entity_type == "DATE_OF_BIRTH"}
    assert dobs == {"02/11/1988", "19/07/1981"}, dobs


def test_arabic_surnames_arabizi_and_leading_initials() -> None:
    detector = Detector(register=_register(("Yusuf Ahmed Al-Hamdani", ["Abu Omar"], "Father"),
                                           ("Omar Yusuf Al-Hamdani", [], "Child O")))
    text = ("Vehicle keeper Y A Alhamdani; Mr Al Hamdani attended.\n\nWhatsApp:\n[09/03/2025 22:10] Sara > 3omar: "
            "3omar plz call me\n[09/03/2025 22:11] Sara: ok")
    found = detector.detect([text])[0]
    assert all(covered(found, text, t) for t in ("Y A Alhamdani", "Al Hamdani", "3omar")), [f.text for f in found]
    assert [f.text for f in found].count("3omar") == 2, [f.text for f in found]


def test_malayalam_pet_endings_script_and_kin_word_aliases() -> None:
    matcher = build_register_matcher(_register(("Sebastian Varghese", [], "Child S"), ("Lissamma Varghese", ["Chechi"],
                                                                                      "Mother")), loose=True)
    text = 'Grandmother bathes Sebamon daily "as I did for Lissamol". Her diary: chechi came home.'
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Sebamon", "Lissamol", "chechi"} <= hits, hits
    scripted = build_register_matcher(_register(("Ammu Joseph", [], "Child A")), loose=True)
    assert "അമ്മു" in {f.text for f in scripted.find("[07:58] Amma: അമ്മു ഉറങ്ങി.") if f.score >= 0.5}


def test_a_register_setting_by_its_first_word_and_the_single_a_initial() -> None:
    detector = Detector(register=Register(
        people=(Person(name="Anjali Mathew", aliases=(), pseudonym="Child A"),),
        places=(Place(name="Carnbrook Integrated Primary School", pseudonym="the school"),)))
    text = "We hope she can stay at Carnbrook. Circle time: A. gave me her diary. Plan A was agreed."
    found = detector.detect([text])[0]
    assert covered(found, text, "Carnbrook") and covered(found, text, "A.")
    assert not any(f.start <= text.index("Plan A") + 5 < f.end for f in found), [f.text for f in found]


def test_lower_case_front_clips_and_named_senders_in_a_message_table() -> None:
    matcher = build_register_matcher(_register(("Kayden Moss", [], "Child K")), loose=True)
    text = "Messenger:\n\nJase Salt 23:12    wen u back\nLeanne Salt 23:14  shes got kay tonite\n"
    assert "kay" in {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert message_lines(text) and "Reported 21:14  missing" not in [
        text[m.start : m.end] for m in message_lines("Reported 21:14  missing from home\n")]


# -- shapes from the fifteenth held-out split (fresh fictional examples) -------------------------------------------


def test_pinyin_syllables_and_chinese_pet_forms() -> None:
    from scrpress.redaction.east_asian import chinese_pet_forms, pinyin_syllables

    assert pinyin_syllables("Xiaoming") == ("xiao", "ming") and pinyin_syllables("Yu-tong") == ("yu", "tong")
    assert not pinyin_syllables("Bethany")
    assert {"Mingming", "Xiao Ming", "Ming'er", "Lao Zhang"} <= chinese_pet_forms("Zhang", "Xiaoming")
    assert not chinese_pet_forms("Lin", "Anna")  # a Chinese surname, but "Nana" would be every grandmother


def test_chinese_names_in_characters_read_against_pinyin() -> None:
    matcher = build_register_matcher(_register(("Chen Jiahao", [], "Child J"), ("Li Na", [], "Mother")), loose=True)
    chat = "[18:41] 外婆: 浩浩发烧了，小李你快回来！陈家豪在睡觉。明天见"
    hits = {f.text for f in matcher.find(chat) if f.score >= 0.5}
    assert hits == {"浩浩", "小李", "陈家豪"}, hits
    text = 'At home he is "Haohao"; the diary says "haohao is bad".'
    assert {"Haohao", "haohao"} <= {f.text for f in matcher.find(text) if f.score >= 0.5}


def test_japanese_names_in_kana_before_a_particle_or_honorific() -> None:
    matcher = build_register_matcher(_register(("Sota Kimura", [], "Child S"), ("Emiko Kimura", [], "Mother")),
                                     loose=True)
    chat = "[21:52] 母: そうたくんが泣いている。えみこ、はやく。そうだね。"
    hits = {f.text for f in matcher.find(chat) if f.score >= 0.5}
    assert hits == {"そうた", "えみこ"}, hits


def test_a_name_in_characters_after_the_romanised_one_is_learned() -> None:
    detector = Detector(register=_register(("Kimura Kenji", [], "Father")))
    table, chat = "KIMURA Kenji 健              father", "  21:47  健     今日は遅い。健康に気をつけて。"
    found_table, found_chat = detector.detect([table, chat])
    assert covered(found_table, table, "健") and [f.text for f in found_chat] == ["健"], [f.text for f in found_chat]


def test_gaelic_vocatives_welsh_farm_names_and_letter_speakers() -> None:
    from scrpress.redaction.register import gaelic_vocative

    assert gaelic_vocative("Seán") == "Sheáin" and gaelic_vocative("Tomás") == "Thomáis"
    detector = Detector(register=Register(
        people=(Person(name="Ciarán Ó Dónaill", aliases=(), pseudonym="Child C"),
                Person(name="Bethan Owen", aliases=(), pseudonym="Child B")),
        places=(Place(name="Bryn Melyn, Aberdaron", pseudonym="the farm"),)))
    text = ('"A Chiaráin, tar isteach." Mae hi ar Fryn Melyn heddiw. Dywedodd B: "dim byd". '
            "Firearms referral re E. ap G. Owen.")
    found = detector.detect([text])[0]
    assert all(covered(found, text, t) for t in ("Chiaráin", "Fryn Melyn", "B:", "E. ap G. Owen")), [f.text for f in found]


# -- shapes from the sixteenth held-out split (fresh fictional examples) -------------------------------------------


def test_welsh_mutations_of_k_names_and_welsh_school_cores() -> None:
    detector = Detector(register=Register(
        people=(Person(name="Kawa Rasul", aliases=(), pseudonym="Child K"),),
        places=(Place(name="Ysgol Gymraeg Bro Hafod", pseudonym="the school"),)))
    text = "Rhoddodd NF frecwast i\n      Gawa heddiw. Mae wedi bod ym Mro Hafod ers Medi. Bro Hafod yn dda."
    found = detector.detect([text])[0]
    assert all(covered(found, text, t) for t in ("Gawa", "Mro Hafod", "Bro Hafod")), [f.text for f in found]


def test_an_alias_that_is_also_a_word_is_still_the_alias_in_a_message() -> None:
    matcher = build_register_matcher(_register(("Hêro Kamal Aziz", ["Hêro"], "Child H")), loose=True)
    chat = "WhatsApp:\n[03/03/2024, 00:50] Dayka: hero come home now\n[03/03/2024, 00:51] Hêro: ok"
    assert "hero" in {f.text for f in matcher.find(chat) if f.score >= 0.5}


def test_back_clips_russian_diminutives_and_letters_spoken_to() -> None:
    from scrpress.redaction.register import back_clips

    assert "Nelo" in back_clips("Agnelo") and "Topher" in back_clips("Christopher")
    matcher = build_register_matcher(_register(("Agnelo Pinto", [], "Father"), ("Olga Petrova", [], "Mother"),
                                               ("Kira Petrova", [], "Child K")), loose=True)
    text = 'He cries for his Papa Nelo. Olya was out. Spoke to K - healed marks. Plan K agreed.'
    hits = {f.text for f in matcher.find(text) if f.score >= 0.5}
    assert {"Nelo", "Olya", "K"} <= hits and len([f for f in matcher.find(text) if f.text == "K" and f.score >= 0.5]) == 1


def test_a_scottish_married_or_birth_surname_entry(detector) -> None:  # type: ignore[no-untyped-def]
    text = "Victim   MACKAY or ROSS,\n         Morag           12/03/1990"
    assert covered(detector.detect([text])[0], text, "MACKAY or ROSS,\n         Morag")


def test_a_register_persons_initials_keyed_in_one_part_hold_in_every_part() -> None:
    detector = Detector(register=_register(("Ishbel Cowie", [], "Sibling 2"), ("Aonghas Cowie", [], "Sibling 1")))
    key = "Key to initials\n  IC  Ishbel (Belle) Cowie, pupil\n  AC  Aonghas Cowie, pupil"
    log = "03/09/25  IC      IC back in class. AC not present; AS level results were posted."
    heading = "WHAT IS THE PLAN FOR THE TERM"
    _, found_log, found_heading = detector.detect([key, log, heading])
    assert [f.text for f in found_log].count("IC") == 2 and "AC" in _texts(found_log), [f.text for f in found_log]
    assert not any(f.score >= 0.5 for f in found_heading), found_heading


def test_a_key_with_a_title_and_keyed_initials_in_cells(detector) -> None:  # type: ignore[no-untyped-def]
    key = "MV   Deacon Mattias Vellacott, Chaplain\nGO   Gwyneth Orrell        Attendance Officer"
    log = ("06/05/25 10:30    Attendance            GO   Pupil 61% YTD.\n"
           "15/09/25    Drop-in. Cuts cleaned and            To MV same\n"
           "Pastoral - MV: attendance 82%.")
    found_key, found_log = detector.detect([key, log])
    assert covered(found_key, key, "MV") and covered(found_log, log, "GO"), found_log
    assert [f.text for f in found_log].count("MV") == 2, [f.text for f in found_log]


def test_names_spelled_in_thai_letters_inside_unspaced_text() -> None:
    from scrpress.redaction.thai import ThaiIndex, latin_classes

    assert latin_classes("Dylan") == "tln" and latin_classes("Phonthip") == "pntp"
    index = ThaiIndex(["dylan", "bank", "phonthip", "noi", "kanokwan"])
    text = "แบงค์ไม่ได้กินข้าวเย็น ดีแลนไม่ให้เงิน (พรทิพย์) น้องกินน้อยมาก"
    assert [(text[a:b], name) for a, b, name in index.find(text)] == [
        ("แบงค์", "bank"), ("ดีแลน", "dylan"), ("พรทิพย์", "phonthip")]  # "noi" has too few consonants to look for,
    # and "กินข้าวเย็น" (eat dinner) has Kanokwan's consonants but not her vowels


def test_an_introduced_word_name_opening_a_sentence_with_its_deed_or_surname() -> None:
    from scrpress.redaction.detect import _plausible, _propagation_matcher

    matcher = _propagation_matcher((), (), (), ("Gift",), (), (), (), [])
    for text, expected in (("Both present; Gift witnessed the assault.", True), ("Gift's coat was wet.", True),
                           ('Record "Gift Mensah" merged.', True), ("Gift vouchers to the family.", False),
                           ("Gift Aid forms.", False)):
        assert [_plausible(text, f) for f in matcher.find(text)] == [expected], text


def test_gaelic_particle_initials_surnames_and_constables(detector) -> None:  # type: ignore[no-untyped-def]
    assert "CNíG" in initials_forms("Caoimhe Ní Ghallchóir")
    key = "Key to initials\nCNíG   Caoimhe Ní Ghallchóir, Community Nursery Nurse"
    log = "12/06/2024  CNíG   1 year review."
    police = "15/03/2025 00:22  Const C Ó Dochartaigh 6120 attended."
    found_key, found_log, found_police = detector.detect([key, log, police])
    assert covered(found_log, log, "CNíG") and covered(found_police, police, "C Ó Dochartaigh"), found_police


def test_a_keyed_word_initial_in_prose_and_a_key_list_on_one_line() -> None:
    detector = Detector(register=_register(("Akosua Nyarko", [], "Child 4"), ("Marta Vella", [], "Mother")))
    key = "Key:  CB Dr Colm Brady GP | MV mother | AN Akosua"
    log = "04.11.24  Home visit. Mum holding AN. AN well, no marks, fed. An interpreter was booked."
    _, found = detector.detect([key, log])
    assert [f.text for f in found if f.score >= 0.5].count("AN") == 2, found


def test_a_name_no_gazetteer_knows_in_a_column_of_names(detector) -> None:  # type: ignore[no-untyped-def]
    table = ("Attendance\n"
             "  Nadia Pereira         Allocated social worker                 LCSC\n"
             "  Mark Ellison          Team manager                            LCSC\n"
             "  Kwabena Adjorlolo     Contextual safeguarding lead            LCSC\n"
             "  Team Manager          vacant\n"
             "  Dr Helen Marsh        Named Doctor                            Kennington Royal")
    found = detector.detect([table])[0]
    assert covered(found, table, "Kwabena Adjorlolo"), found
    assert not any(f.text in ("Team Manager", "Kennington Royal") for f in found), found


def test_an_introduced_alias_mutates_after_a_welsh_word(detector) -> None:  # type: ignore[no-untyped-def]
    intro = 'Pupil: SOMBAT, Thanakrit (known as "Bank")'
    log = "Rhoddir cefnogaeth i Fank bob bore. The bank was closed."
    _, found = detector.detect([intro, log])
    assert covered(found, log, "Fank") and not any(f.text.lower() == "bank" for f in found), found


def test_outlook_surname_first_addresses_and_typist_initials(detector) -> None:  # type: ignore[no-untyped-def]
    header = ("From:    Gilmartin, Rhona <rgilmartin@council.example>\n"
              "To:      Dunlop, Fergus; Housing, Duty <duty@council.example>\n"
              "Cc:      Quarrie, Ailsa (Education)")
    letter = "Dictated 02/04/2025   Typed 04/04/2025   KL-M/tw\nbloods: FBC/bone profile, DOB/age unknown"
    found_header, found_letter = detector.detect([header, letter])
    for name in ("Gilmartin, Rhona", "Dunlop, Fergus", "Quarrie, Ailsa"):
        assert covered(found_header, header, name), found_header
    assert not any("Housing" in f.text or "\nCc" in f.text for f in found_header), found_header
    assert covered(found_letter, letter, "KL-M") and covered(found_letter, letter, "tw"), found_letter
    assert not any(f.text in ("bone", "age", "FBC", "DOB") for f in found_letter), found_letter


def test_a_register_childs_single_letter_in_prose_and_in_a_list_of_siblings() -> None:
    matcher = build_register_matcher(_register(("Wren Ashdown", [], "Child W"), ("Hollis Ashdown", [], "Child H"),
                                               ("Ottilie Ashdown", [], "Child O")), loose=True)
    text = ("Referral - ASHDOWN x3 (W / H / O). Burn to O (02/03); H at high risk of exploitation. Mother lacks "
            "control of W and H. No marks on H.  Plan B agreed. Hepatitis B and C screen. W didn't come home.")
    hits = [(f.start, f.text.rstrip(".")) for f in matcher.find(text) if f.score >= 0.5]
    assert [t for _, t in hits].count("H") == 4 and [t for _, t in hits].count("W") == 3, hits
    assert [t for _, t in hits].count("O") == 2, hits
    assert not any(text[s - 4 : s] in ("lan ", "is B", "nd C") for s, _ in hits), hits


def test_police_victim_and_suspect_letters_are_not_a_register_person() -> None:
    matcher = build_register_matcher(_register(("Saffron Leckie", [], "Mother")), loose=True)
    police = "V states S took her phone. Wages paid to S. V's bank card kept by S."
    school = "Spoke to S, who had no lunch."
    assert not [f for f in matcher.find(police) if f.text == "S" and f.score >= 0.5]
    assert [f.text for f in matcher.find(school) if f.score >= 0.5] == ["S"]


def test_names_introduced_by_the_way_people_call_them(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ['Mum calls him\n        "Titch, her fella". Sister seen.', 'Daughter (referred to by her aunt as "Bibs") seen.',
             'Her brother called him "Krazo". Mum said the pastor called her "ndoki".', "Calls himself Bobo at school.",
             'Lifted by Corwin VASS (17, "Sly") on 3/3.', "Mo = big brother Musa. Childcare = friend Jo.",
             '"pt known as\n      Gebrehiwot?" on the letter.', 'Re: Selam (also "Tsion") DOB 01/02/2016',
             'a male known only as "Gizmo" runs the line', 'Named in the intel as "Chopper" and "Rab".',
             '[PC note - "Wisp" believed to be DOCHERTY, Liam, 19]', 'REID known locally as "Gadge" / "Big G".',
             "a man (about 20), called Zeeko, from the estate"]
    found = detector.detect(texts)
    for n, name in enumerate(["Titch", "Bibs", "Krazo", "Bobo", "Sly", "Mo", "Gebrehiwot", "Tsion", "Gizmo", "Chopper", "Wisp", "Big G", "Zeeko"]):
        assert covered(found[n], texts[n], name), (name, found[n])
    assert not any(f.text in ("ndoki", "Childcare") for f in found[2] + found[5]), found[2] + found[5]
    assert not any("fella" in f.text for f in found[0]), found[0]


def test_a_police_surname_in_capitals_is_learned_in_mixed_case_and_honorifics_are_titles(detector) -> None:  # type: ignore[no-untyped-def]
    police = "SUSPECT   TEKLEMARIAM, Dawit Haile      03/05/2001"
    later = "Told not to approach Teklemariam. Haja Fatmata Koroma paid for the tickets; Haja said no."
    _, found = detector.detect([police, later])
    assert covered(found, later, "Teklemariam") and covered(found, later, "Fatmata Koroma"), found
    assert not any(f.text.startswith("Haja") for f in found), found


def test_languages_agencies_before_an_officer_and_a_suffixed_code_are_not_people(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Mum in with NB (French). Speaks Afaan Oromo, Krio and Darija Arabic; interpreter booked (Tigrinya).\n"
            "PSNI (DC Crothers): on bail. Recorded FGM-IS. Checked by LS / JW. Ms French attended; Shona Reid rang.")
    found = detector.detect([text])[0]
    titled = text.index("Ms French")
    flagged = {f.text for f in found if f.score >= 0.5 and f.start < titled}
    assert not flagged & {"French", "Afaan Oromo", "Oromo", "Krio", "Darija", "Darija Arabic", "Tigrinya", "PSNI", "FGM"}, flagged
    for name in ("Crothers", "LS", "JW", "Shona Reid"):
        assert covered(found, text, name), found
    assert any(f.text.endswith("French") and f.start >= titled for f in found), found


def test_the_town_of_a_register_address_is_not_the_address() -> None:
    register = Register(people=[], places=[Place(name="Flat 2/1, 57 Annandale Row, Glasgow", pseudonym="the family home")])
    matcher = build_register_matcher(register)
    text = "Family moved to Glasgow in 2019. Home: 57 Annandale Row, Glasgow G31 2XX."
    assert [f.text for f in matcher.find(text)] == ["57 Annandale Row, Glasgow"], matcher.find(text)


def test_references_in_spaced_groups_with_an_asterisk_or_an_area_code(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Occurrence No:   CC2024 1102 0377   Police ref:    23*0455120\n"
            "Reporter ref:  241102/ABN/K   linked 241103/ABN/L\nRef: 0161 496 0000 (duty desk)")
    found = detector.detect([text])[0]
    for ref in ("CC2024 1102 0377", "23*0455120", "241102/ABN/K", "241103/ABN/L", "0161 496 0000"):
        assert covered(found, text, ref), (ref, found)
    assert not any("duty" in f.text for f in found), found


def test_kin_words_around_names_and_police_scotland_references(detector) -> None:  # type: ignore[no-untyped-def]
    text = ('She phoned her aunt ("Shamim Khala") in Bradford. Mother-in-law in Tabriz ("Maman Roya") rings daily.\n'
            'Message: tum ne phir apni khala ko phone kiya??\n'
            "Subject of Child Concern 0874411/24 dated 02/03/2024. Linked log:      1187 of 14/03/2024.")
    found = detector.detect([text])[0]
    for item in ("Shamim", "Roya", "0874411/24", "1187 of 14/03/2024"):
        assert covered(found, text, item), (item, found)
    assert not any(f.text.lower() in ("apni", "khala", "maman", "khala ko") for f in found), found


def test_a_register_word_name_before_an_events_date_is_the_person() -> None:
    matcher = build_register_matcher(_register(("Rocky Tennant", ["Rocky"], "Child 2")))
    text = "TTL1 served on Rocky 06/02/2025. Things were rocky in 2024. Ward 32."
    assert [f.text for f in matcher.find(text) if f.score >= 0.5] == ["Rocky"]


def test_ambiguous_initials_passed_to_in_welsh_listed_with_a_and_given_an_action() -> None:
    from scrpress.redaction.initials import in_person_position

    for text, target in (("Pasiwyd at HR ar unwaith.", "HR"), ("Yna ffoniodd HR y tîm.", "HR"),
                         ("Rhoddwyd gwybod i DP a GT.", "GT"), ("HR to continue weekly visits.", "HR")):
        start = text.index(target)
        assert in_person_position(text, start, start + len(target)), text
    text = "Pulse and HR 132, CP plan agreed."
    assert not in_person_position(text, text.index("HR"), text.index("HR") + 2)


def test_pet_names_a_person_is_called_at_home_or_that_mean_a_person(detector) -> None:  # type: ignore[no-untyped-def]
    texts = ['At home Nethmi is "Podda" or "Nethu".', 'Gran: "Gran calls me Pinkie".',
             'CS clarified: "Mali" or "Malli" means Dinuk (little brother).', "Family say Kwesi, friends say Kaybee.",
             'The plan is "Safe Families" and Mum is "fine".']
    found = detector.detect(texts)
    for n, names in enumerate([("Podda", "Nethu"), ("Pinkie",), ("Mali", "Malli"), ("Kaybee",)]):
        for name in names:
            assert covered(found[n], texts[n], name), (name, found[n])
    assert not any(f.text in ("Safe Families", "fine") for f in found[4]), found[4]


def test_a_date_closing_a_numbered_row_that_opens_with_a_name(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Children\n  1  Rania Al-Masri  (school: Rania Masri; CHI: Rania KHALIL)          04/09/2011\n"
            "  2  Omar Al-Masri   (CHI: Omar KHALIL) - inpatient Ward 15            19/02/2014\n"
            "Actions\n  1  Home visit by HV     12/03/2025")
    found = detector.detect([text])[0]
    dobs = {f.text for f in found if f.entity_type == "DATE_OF_BIRTH"}
    assert dobs == {"04/09/2011", "19/02/2014"}, found
