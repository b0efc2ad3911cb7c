"""Transcript lines: which lines are messages, who spoke, and what that changes for lower-case names."""

from __future__ import annotations

from scrpress.case import Person, Register
from scrpress.redaction.conversations import in_message, message_lines, speakers
from scrpress.redaction.register import build_register_matcher

WHATSAPP = """WhatsApp - "Mam" (07700 900412) to Owain, 02/03/2025
  Mam: Miss you cariad. Non made u a card, dai is bringing it Sunday xx
  Mam: Im fine. Nan says ur tea will be on the table when u come home
  Owain: love u mam. tell non im proud of her"""

UNHEADED = """    tegid: lowri jan chi hal dari?
    lowri: na tegid jan, baba namana.
    tegid: kaka baz amad?"""


def _lines(text: str) -> list[str]:
    return [text[m.start : m.end].strip() for m in message_lines(text)]


def test_lines_under_a_messaging_heading_are_messages() -> None:
    assert len(_lines(WHATSAPP)) == 3
    assert not in_message(WHATSAPP, 0)  # the heading itself is not a message
    assert in_message(WHATSAPP, WHATSAPP.index("dai is"))


def test_an_alternating_run_of_speakers_is_a_conversation_without_a_heading() -> None:
    assert len(_lines(UNHEADED)) == 3
    assert {UNHEADED[s:e] for s, e in speakers(UNHEADED)} == {"tegid", "lowri"}


def test_kinship_speakers_are_not_names() -> None:
    assert {WHATSAPP[s:e] for s, e in speakers(WHATSAPP)} == {"Owain"}


def test_times_in_a_texts_extract_but_not_times_in_prose() -> None:
    texts = "Texts from mother (SMS, 09/10/2025):\n  10:14  hiya gwen its me\n  10:15  Home visit booked"
    assert _lines(texts) == ["10:14  hiya gwen its me"]
    prose = "He will drop him at\n08:35 and lift him at 15:10.\n12:55 - GB joined the meeting."
    assert _lines(prose) == []


def test_form_fields_minutes_and_sentences_are_not_conversations() -> None:
    form = "Name: Dylan Rees\nDOB: 01/02/2012\nName: Cerys Rees\nDOB: 03/04/2014"
    minutes = "PC: caution in 2023.\nDP: off roll since January.\nPC: no further trace."
    sentence = "TikTok video 18/01 with friends.\nME: bright and funny, fell behind in summer term"
    assert _lines(form) == _lines(minutes) == _lines(sentence) == []


def test_lower_case_register_names_count_in_unstamped_messages() -> None:
    register = Register(people=(Person(name="Dai Morgan", aliases=("Dai",), pseudonym="Stepfather"),
                                Person(name="Non Morgan", aliases=(), pseudonym="Sibling 1"),
                                Person(name="Will Morgan", aliases=(), pseudonym="Uncle")))  # fmt: skip
    hits = {(f.text, f.start) for f in build_register_matcher(register).find(WHATSAPP) if f.score >= 0.5}
    assert {"dai", "non"} <= {t for t, _ in hits}
    assert ("will", WHATSAPP.index("will be")) not in hits  # "ur tea will be": the verb


def test_a_lower_case_speaker_is_a_name_wherever_the_messages_use_it(detector) -> None:  # type: ignore[no-untyped-def]
    found = detector.detect([UNHEADED])[0]
    hits = [(f.text, f.start) for f in found if f.text == "tegid"]
    assert len(hits) == 3, [f.text for f in found]  # both speaker lines and "na tegid jan"
