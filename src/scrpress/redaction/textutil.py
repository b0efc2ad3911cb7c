"""Text helpers for matching names: length-preserving diacritic folding and sentence starts."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i",
                          "\u2019": "'", "\u2018": "'", "\u02bc": "'", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O",
                          "ß": "s"})  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if ord(c) < 128:
        return c
    t = c.translate(_SPECIAL)
    if t != c:
        return t
    base = unicodedata.normalize("NFKD", c)[0]
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """The text with diacritics removed, one character for one, so offsets stay the same."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


_OPENERS = set(".!?:;\"“”'‘’([{–—•*|>#-")


_QUOTES = set("\"“'‘")
_CLOSING = set("\"”'’")


def at_sentence_start(text: str, start: int, end: int | None = None) -> bool:
    """True when the word at `start` begins a sentence, a line, a cell or a quotation
    (where ordinary words are capitalised too, so capitals say little). A word quoted alone
    mid-sentence (`her cousin, "Kyle".`; `known as 'Bill'`) is not a sentence start: pass `end`."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] in "\n\r":
        return True
    if text[i] in _QUOTES and end is not None and text[end : end + 1] in _CLOSING:
        j = i - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        return j < 0 or text[j] in "\n\r.!?:"
    if text[i] in '"”' and _closes_quote(text, i) and text[i - 1 : i] not in (".", "!", "?"):
        return False  # 'and "owes" Kyle': after a quotation that ended, not at the start of one ('"No." My mum')
    return text[i] in _OPENERS


def _closes_quote(text: str, i: int) -> bool:
    """The quotation mark at i ends a quotation: it follows a word or a stop, not a space ('"owes" Kyle')."""
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{"


_CYRILLIC = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ",
                     ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p",
                      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "y", "e", "e", ""]))


# Digits typed for letters in chat Latin: Bulgarian "dan4o" (ч), "go6o" (ш); Arabizi "7abibi" (ح).
_CHAT_DIGITS = {"4": "ch", "6": "sh", "7": "h", "3": "a", "2": "a"}
_CHAT_DIGIT = re.compile(r"(?<=[A-Za-z])[2-7](?=[A-Za-z])|(?<![\w])[67](?=[a-z]{2})")


def transliterate(text: str) -> tuple[str, list[int]] | None:
    """Cyrillic in Latin letters (Ukrainian national system: Сашко → Sashko, Оксані → Oksani) and chat digits as
    letters ("dan4o" → "dancho") with, for each output character, the index of the character it came from; None
    when the text has neither."""
    cyrillic = re.search(r"[\u0400-\u04ff]", text)
    digits = {m.start() for m in _CHAT_DIGIT.finditer(text) if text[m.start()] in _CHAT_DIGITS}
    if not cyrillic and not digits:
        return None
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        low = c.lower()
        if "\u0400" <= c <= "\u04ff" and low in _CYRILLIC:
            latin = _CYRILLIC[low]
            latin = latin[:1].upper() + latin[1:] if c != low else latin
        elif i in digits:
            latin = _CHAT_DIGITS[c]
        else:
            latin = c
        out.append(latin)
        index.extend([i] * len(latin))
    return "".join(out), index


def trie_pattern(keys: list[str]) -> str:
    """One regex for many keys, shared prefixes factored out ("ann(?:a|ie)?"), so a position that starts no key
    fails at once. At each branch the next character decides, and ending a key is tried last: the longest key
    that fits wins, as with a longest-first alternation, at a fraction of the cost. A space in a key matches
    any run of spaces, tabs, line breaks or no-break spaces."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [(r"[\s\u00a0]+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


_RULE_LINE = re.compile(r"[ \t|+]*[-=_]{3,}[-=_+|: \t]*")
_CELLS = re.compile(r"\S+(?:[ \t]\S+)*")  # a header cell: words one space apart; two spaces or a tab end it


def _gapped(line: str) -> bool:
    return "  " in line.strip() or "\t" in line


def column_header(text: str, start: int) -> str | None:
    """The header of the space-aligned table column that text[start] stands in: the cell of the table's first
    line (or of the line above its dashed rule) that covers that column; None outside such a table. Rows and
    header are lines with column gaps (two spaces or a tab); a blank line or a line without gaps ends the table."""
    line_start = text.rfind("\n", 0, start) + 1
    col = start - line_start
    line_end = text.find("\n", start)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    if not _gapped(row):
        return None  # prose, not a table row
    header: str | None = None
    pos, rows = line_start, 0
    while pos > 0 and rows < 60:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if _RULE_LINE.fullmatch(line):
            above = text.rfind("\n", 0, max(prev_start - 1, 0)) + 1
            header = text[above : prev_start - 1] if prev_start else None
            break
        if not line.strip():
            break  # a blank line ends the table
        if not _gapped(line):
            above_start = text.rfind("\n", 0, max(prev_start - 1, 0)) + 1
            above = text[above_start : prev_start - 1] if prev_start else ""
            if not _gapped(above):
                break  # a title ends the table
            pos, rows = prev_start, rows + 1  # a cell's text wrapped onto a line of its own ("RI, Myong-hui (passport")
            continue
        header, pos, rows = line, prev_start, rows + 1
    if not header:
        return None
    for cell in _CELLS.finditer(header.expandtabs(1)):
        if cell.start() - 2 <= col < cell.end() + 2:
            return cell.group()
    return None
