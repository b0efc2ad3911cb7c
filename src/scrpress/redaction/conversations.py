"""The lines of a message transcript copied into a record, with or without time stamps.

A record quotes texts and chats in many shapes: "Mam: Miss you cariad", "mursal: lali jan chi hal dari?",
"10:14  hiya holly its chrissie". In those lines people type names in lower case, and the word before the colon
is who spoke. A line is a message when

- it follows a line that names a messaging source ("WhatsApp - Mam to Rhys", "Texts from mother (SMS ...):"), or
- it belongs to a run of speaker lines that reads as a conversation (two speakers or more, one of them speaking
  again: "A: ... / B: ... / A: ..."), or
- it starts with a time and then a message in lower case ("10:14  hiya"), or with who sent it and when ("Levi
  Price  02/12/2024 21:48   where r u"), or is under such a header.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .names_data import KINSHIP_WORDS, NOT_NAME_LABELS, is_name_word, is_ordinary_word
from .textutil import fold

STAMP = (r"\[?(?:(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?),?[ \t]+)?\[?"
         r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?\]?"
         r"(?:[ \t]+-)?")  # "21:04", "[15/02/2025, 08:02]", "15/02/2025, 08:02 -" (WhatsApp exports)
# A line that names where the messages below it come from.
_SOURCE = re.compile(r"(?i)\b(?:whats[ \t]?app|sms|texts?|text[ \t]+messages?|messages?|messenger|snapchat|instagram|"
                     r"viber|signal|telegram|wechat|kakaotalk|line|imessage|facebook|tiktok|dms?|chat|transcript|voice[ \t]+notes?)\b")
_SPEAKER_LINE = re.compile(r"[ \t]*(?:(?P<stamp>" + STAMP + r")[ \t]+)?"
                           r"(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*){0,2})"
                           r"(?:[ \t]*(?:>|→|->)[ \t]*[\w'’.\-]+(?:[ \t][^\W\d_][\w'’.\-]*)?)?"  # "Mariam > 5alid:"
                           r"(?:[ \t]*[^\w\s:()\"“]{1,3})?[ \t]*:[ \t]+(?P<message>\S.*)")
# A Messenger-style header: who sent the message and when, with the message on the lines below it
# ("Reni Balogová  19 Jan 21:14", "Mam - 15/02/2025 08:02").
_HEADER_LINE = re.compile(r"[ \t]*(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*){0,2})(?:[ \t]{2,}|\t|[ \t]*[,\-–|][ \t]*)"
                          r"(?P<stamp>" + STAMP + r")[ \t]*:?[ \t]*")
# The same header with the message beside it, as a table of messages puts it ("Levi Price  02/12/2024 21:48   where r
# u"): a message only when it opens in lower case (a chronology's "Jo Bell  12/03 10:00  Home visit" is an entry).
_ROW_LINE = re.compile(_HEADER_LINE.pattern + r"(?<=[ \t])(?P<message>[^\W\d_A-Z][^\n]*)")
# ... with one space before the time when the sender is a full name ("Jase Salt 23:12    wen u back").
_NAMED_ROW_LINE = re.compile(r"[ \t]*(?P<name>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){1,2})[ \t](?P<stamp>"
                             r"\d{1,2}[:.]\d{2})[ \t]{2,}(?P<message>[^\W\d_A-Z][^\n]*)")
_STAMP_LINE = re.compile(r"[ \t]*(?P<stamp>" + STAMP + r")(?:[ \t]{2,}|\t)(?P<message>[^\W\d_].*)")  # not "08:35 and lift"
_KIN = frozenset(KINSHIP_WORDS) | {"mum", "dad", "me", "nan", "gran", "grandma", "grandad", "auntie", "uncle", "sister",
                                   "brother", "son", "daughter", "babe", "bae", "bro", "sis", "cuz", "unknown"}  # fmt: skip
_LABELS = frozenset(NOT_NAME_LABELS) | {"translation", "note", "nb", "english", "original", "reply", "response"}


_Line = tuple[int, int, "re.Match[str] | None", "re.Match[str] | None"]  # start, end, speaker line, stamped line


@dataclass(frozen=True)
class MessageLine:
    """One line of a transcript: where it runs, and where its speaker's name is (if it gives one)."""

    start: int
    end: int
    speaker: tuple[int, int] | None


def _speaker_words_ok(name: str) -> bool:
    """A speaker label: a name, a kinship word or a word that is not everyday English ("Mam", "mursal"), never a
    form's label ("Note", "DOB", "Action")."""
    words = [fold(w).lower().strip(".") for w in name.split()]
    if not words or any(w in _LABELS for w in words):
        return False
    if len(words) >= 2 and all(w[:1].isupper() for w in name.split()) and is_name_word(words[0]) and not (
            is_ordinary_word(words[0])):
        return True  # "Leanne Salt": a first name, then a surname that is also a word
    return all(w in _KIN or is_name_word(w) or not is_ordinary_word(w) for w in words)


def message_lines(text: str) -> tuple[MessageLine, ...]:
    """Every line of *text* that is a message, in order."""
    return _indexed(text)[0]


@lru_cache(maxsize=256)
def _indexed(text: str) -> tuple[tuple[MessageLine, ...], list[int]]:
    """The message lines of *text* and where each starts (for bisect), worked out once per text."""
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        speaker = _SPEAKER_LINE.fullmatch(raw)
        if speaker and not _speaker_words_ok(speaker.group("name")) and not (
                speaker.group("stamp") and not set(speaker.group("name").lower().split()) & _LABELS):
            speaker = None  # "Note: ...", but a stamped "22:48  Tee: ..." is someone speaking
        lines.append((pos, pos + len(raw), speaker, None if speaker else _STAMP_LINE.fullmatch(raw)))
        pos += len(raw) + 1
    out: list[MessageLine] = []
    i = 0
    while i < len(lines):
        start, end, speaker, stamped = lines[i]
        if not (speaker or stamped):
            i += 1
            continue
        j = i  # the run: message-shaped lines, a single blank line allowed between them, and a message's text
        wrapped = set()  # carried onto indented lines below it ("  [15/02, 23:31] Nina: ...\n      (mum the baby...")
        while j + 1 < len(lines) and (lines[j + 1][2] or lines[j + 1][3] or (
                not text[lines[j + 1][0] : lines[j + 1][1]].strip() and j + 2 < len(lines)
                and (lines[j + 2][2] or lines[j + 2][3])) or _carried(text, lines, j + 1)):  # fmt: skip
            j += 1
            if not (lines[j][2] or lines[j][3]) and text[lines[j][0] : lines[j][1]].strip():
                wrapped.add(j)
        run = [line for line in lines[i : j + 1] if line[2] or line[3]]
        names = [fold(line[2].group("name")).lower() for line in run if line[2]]
        conversation = _source_above(text, lines, i) or (len(set(names)) >= 2 and len(names) > len(set(names)) and not all(
            line[2].group("name").isupper() for line in run if line[2]))  # "PC: ... / DP: ... / PC: ...": minutes
        for s, e, sp, st in run:
            if (conversation and sp) or (st and st.group("message")[:1].islower()):
                name = (s + sp.start("name"), s + sp.end("name")) if sp else None
                out.append(MessageLine(s, e, name))
        if conversation:
            out += [MessageLine(lines[k][0], lines[k][1], None) for k in wrapped]
        i = j + 1
    out += _under_headers(text, lines) + _in_message_tables(text, lines)
    out = sorted(set(out), key=lambda m: m.start)
    return tuple(out), [m.start for m in out]


def _carried(text: str, lines: list[_Line], k: int) -> bool:
    """Line k carries the message above it on: indented deeper than the line before it, and not a new entry."""
    line, above = text[lines[k][0] : lines[k][1]], text[lines[k - 1][0] : lines[k - 1][1]]
    indent = len(line) - len(line.lstrip())
    return bool(line.strip()) and indent >= 4 and indent > len(above) - len(above.lstrip()) - (
        0 if lines[k - 1][2] or lines[k - 1][3] else 1) and not (lines[k][2] or lines[k][3])


def _under_headers(text: str, lines: list[_Line]) -> list[MessageLine]:
    """Messages under a sender-and-time header (and their translations), up to a blank line or the next header."""
    out: list[MessageLine] = []
    for i, (start, end, _, _) in enumerate(lines):
        header = _HEADER_LINE.fullmatch(text, start, end)
        if not header and (row := _ROW_LINE.fullmatch(text, start, end) or _NAMED_ROW_LINE.fullmatch(text, start, end)) and (
                _speaker_words_ok(row.group("name")) and row.group("message")[:1].islower()):
            out.append(MessageLine(start, end, row.span("name")))
            continue
        if not header or not _speaker_words_ok(header.group("name")):
            continue
        out.append(MessageLine(start, end, header.span("name")))
        for s, e, _, _ in lines[i + 1 : i + 30]:
            line = text[s:e].strip()
            if not line or _HEADER_LINE.fullmatch(text, s, e):
                break  # a translation in brackets below the message is the message too
            out.append(MessageLine(s, e, None))
    return out


# The header row of a table of messages: a column of messages and one of who sent them or when, apart by two spaces
# or a tab ("Date/time    From    Message    Translation").
_MESSAGE_COLUMN = re.compile(r"(?i)(?:^|[ \t]{2,}|\t|\|)[ \t]*(?:message|message text|text|content|messages)[ \t]*(?:$|[ \t]{2,}|\t|\|)")
_SENDER_COLUMN = re.compile(r"(?i)(?:^|[ \t]{2,}|\t|\|)[ \t]*(?:from|sender|sent by|by|date|time|date/time|date and time|"
                            r"date & time|sent|received|to)[ \t]*(?:$|[ \t]{2,}|\t|\|)")


def _in_message_tables(text: str, lines: list[_Line]) -> list[MessageLine]:
    """The rows under the header of a table of messages, up to a blank line."""
    out: list[MessageLine] = []
    for i, (start, end, _, _) in enumerate(lines):
        header = text[start:end].strip()
        if not (_MESSAGE_COLUMN.search(header) and _SENDER_COLUMN.search(header)) or re.search(r"[a-z]{3,}[.!?]", header):
            continue
        for s, e, _, _ in lines[i + 1 : i + 60]:
            if not text[s:e].strip():
                break
            out.append(MessageLine(s, e, None))
    return out


def _source_above(text: str, lines: list[_Line], i: int) -> bool:
    """The nearest non-blank line above line i is a heading that names a messaging source ("WhatsApp - Mam to
    Rhys", "Texts from mother (SMS ...):"), not a sentence that mentions one ("TikTok video 18/01 with HK.")."""
    for k in range(i - 1, max(-1, i - 3), -1):
        above = text[lines[k][0] : lines[k][1]].strip()
        if above:
            heading = above.endswith(":") or bool(_SOURCE.match(re.sub(r"^(?:\(?\w\)|[-*•]|\d+\.)[ \t]*", "", above)))
            return heading and not above.endswith(".") and bool(_SOURCE.search(above)) and not lines[k][2]
    return False


def in_message(text: str, pos: int) -> bool:
    """True when pos sits on a message line of a transcript."""
    found, starts = _indexed(text)
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and found[k].start <= pos <= found[k].end


def speakers(text: str) -> list[tuple[int, int]]:
    """Where the transcript's lines name who spoke, kinship words left out ("Mam:", "Nan:")."""
    out = []
    for line in message_lines(text):
        if line.speaker and _speaker_words_ok(name := text[slice(*line.speaker)]) and not any(
                fold(w).lower().strip(".") in _KIN for w in name.split()):
            out.append(line.speaker)
    return out
