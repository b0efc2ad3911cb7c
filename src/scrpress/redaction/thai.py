"""Names written in Thai script, read against the register's names in Latin letters.

Thai writes no spaces between words, so a name sits inside a run of letters ("ดีแลนเอาพาสปอร์ต": Dylan took
the passport). Each Thai consonant is given the sound class it has at the start or the end of a syllable
(ด and ท are both t: d, t and th; ร and ล are both l, and ร ends a syllable as n), vowel signs and silent
letters are skipped, and a consonant a karan (์) silences is optional, since loanwords keep the letter of the
original ("แบงค์" is Bank, "มิ้นท์" Mint). A register name is found where its consonants, in the same classes,
follow one another in the run. Only names of three consonants or more are looked for: "น้อย" is Noi and also
the everyday word "little", and two consonants say too little in unspaced text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .textutil import fold

THAI = re.compile(r"[\u0e01-\u0e4e]+")
_CLASSES = {
    **dict.fromkeys("กขฃคฅฆ", "k"), "ง": "n", **dict.fromkeys("จฉชฌ", "c"), **dict.fromkeys("ซศษส", "s"),
    "ญ": "y", "ย": "", **dict.fromkeys("ฎฏฐฑฒดตถทธ", "t"), **dict.fromkeys("ณน", "n"),
    **dict.fromkeys("บปผพภ", "p"), **dict.fromkeys("ฝฟ", "f"), "ม": "m", **dict.fromkeys("รลฬฤฦ", "l"),
    "ว": "", "ห": "", "ฮ": "", "อ": "",
}
_LEADING_VOWELS = "เแโใไ"
_KARAN = "\u0e4c"
_MIN_CONSONANTS = 3


def latin_classes(name: str) -> str:
    """A Latin name's consonants in the classes Thai writes them with: "Dylan" → "tln", "Phonthip" → "pntp"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", _latin_reading(name)))


class ThaiIndex:
    """Register names by their consonant classes, to find them inside runs of Thai letters."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_classes: dict[str, str] = {}
        for name in names:
            if name.isalpha() and name.isascii() and len(key := latin_classes(name)) >= _MIN_CONSONANTS:
                self._by_classes.setdefault(key, name)
        self._longest = max(map(len, self._by_classes), default=0)

    def __bool__(self) -> bool:
        return bool(self._by_classes)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, Latin name) of each register name spelled in Thai letters."""
        out: list[tuple[int, int, str]] = []
        for run in THAI.finditer(text):
            consonants = _consonants(run.group())
            taken = -1
            for first in range(len(consonants)):
                if consonants[first][0] <= taken:
                    continue
                if found := self._longest_from(run.group(), consonants, first):
                    start, end = thai_span(run.group(), found[0], found[1])
                    out.append((run.start() + start, run.start() + end, found[2]))
                    taken = end - 1
        return out

    def _longest_from(self, run: str, consonants: list[tuple[int, str, bool]], first: int) -> tuple[int, int, str] | None:
        """The longest name whose consonants start at consonants[first] (a silenced one may be read or not)."""
        best: tuple[int, int, str] | None = None
        readings = [("", consonants[first][0])]
        for index, letter, silenced in consonants[first:]:
            grown = [(key + letter, index) for key, _ in readings]
            readings = grown + (readings if silenced else [])
            readings = [(key, end) for key, end in readings if len(key) <= self._longest]
            if not readings:
                break
            for key, end in readings:
                collapsed = re.sub(r"(.)\1+", r"\1", key)
                name = self._by_classes.get(collapsed) or self._by_classes.get(collapsed.replace("l", "n"))
                if name and (best is None or end >= best[1]) and _sounds_like(run, consonants[first][0], end + 1, name):
                    best = (consonants[first][0], end + 1, name)
        return best


_VOWEL_SIGNS = {"ั": "a", "า": "a", "ะ": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "u", "ื": "u", "ุ": "u", "ู": "u",
                "เ": "e", "แ": "e", "โ": "o", "ใ": "ai", "ไ": "ai", "ฤ": "li", "ย": "i", "ว": "u"}


def _reading(run: str, start: int, end: int, *, silenced: bool) -> str:
    """A rough Latin reading of run[start:end] in consonant classes and vowels, a leading vowel read after its
    consonant ("ดีแลน" → "tilen"); with `silenced`, consonants under a karan are read too."""
    out: list[str] = []
    held = ""
    for i in range(start, end):
        c = run[i]
        if c in _LEADING_VOWELS:
            held = _VOWEL_SIGNS[c]
            continue
        if c == "อ":
            out.append("o" if i > start and _CLASSES.get(run[i - 1]) else "")
        elif c in _VOWEL_SIGNS:
            out.append(_VOWEL_SIGNS[c])
        elif letter := _CLASSES.get(c):
            out.append(letter if silenced or not _silenced(run, i) else "")
        else:
            continue
        if held and c not in _VOWEL_SIGNS:
            out.append(held)
            held = ""
    return "".join(out) + held


def _latin_reading(name: str) -> str:
    """A Latin name in the classes Thai writes its consonants with, vowels kept (w and y read as u and i):
    "Dylan" → "tilan", "Phonthip" → "pontip"."""
    s = re.sub(r"[^a-z]", "", fold(name).lower())
    s = s.replace("ng", "n").replace("ch", "c").replace("sh", "s").replace("j", "c").replace("ck", "k")
    s = re.sub(r"(?<=[bcdgkpt])h|h", "", re.sub(r"c(?=[eiy])", "s", s))
    return re.sub(r"(.)\1+", r"\1", s.translate(str.maketrans("bdgqxvzcrwy", "ptkkkfsklui")))


def _sounds_like(run: str, start: int, end: int, name: str) -> bool:
    """Whether the Thai letters read close to the name: its consonants already agree; the vowels must too, give or
    take the vowels Thai leaves unwritten ("พร" is "phon") — "กินข้าวเย็น" (eat dinner) is not Kanokwan."""
    latin = _latin_reading(name)
    best = min(_distance(latin, re.sub(r"(.)\1+", r"\1", _reading(run, start, end, silenced=s))) for s in (True, False))
    return best <= max(1.0, len(latin) / 4)


def _distance(latin: str, thai: str) -> float:
    """Edit distance where a vowel Thai leaves unwritten costs half, vowels for one another half, and l for n nothing."""

    def cost(c: str) -> float:
        return 0.5 if c in "aeiou" else 1.0

    prev = [0.0]
    for b in thai:
        prev.append(prev[-1] + cost(b))
    for a in latin:
        cur = [prev[0] + cost(a)]
        for j, b in enumerate(thai, 1):
            swap = 0.0 if a == b or {a, b} == {"l", "n"} else 0.5 if cost(a) < 1 and cost(b) < 1 else 1.0
            cur.append(min(prev[j - 1] + swap, prev[j] + cost(a), cur[j - 1] + cost(b)))
        prev = cur
    return prev[-1]


def _consonants(run: str) -> list[tuple[int, str, bool]]:
    """(index, class, silenced) of each sounded consonant of a Thai run; vowel signs and silent carriers skipped."""
    out = []
    for i, c in enumerate(run):
        letter = _CLASSES.get(c)
        if letter:
            out.append((i, letter, _silenced(run, i)))
    return out


def _silenced(run: str, i: int) -> bool:
    """Whether a karan (์) silences the consonant run[i], straight after it or after its vowel (ทิ์)."""
    return run[i + 1 : i + 2] == _KARAN or run[i + 2 : i + 3] == _KARAN and run[i + 1] in "ุิ"


def thai_span(run: str, start: int, end: int) -> tuple[int, int]:
    """Widen run[start:end] to a leading vowel (เ แ โ ใ ไ) before it and the vowel and tone marks, a silenced
    consonant and a final vowel carrier after it."""
    if start > 0 and run[start - 1] in _LEADING_VOWELS:
        start -= 1
    while end < len(run) and (_is_mark(run[end]) or run[end] in "าะำ" or run[end + 1 : end + 2] == _KARAN):
        end += 1
    return start, end


def _is_mark(c: str) -> bool:
    return "\u0e31" <= c <= "\u0e3a" or "\u0e47" <= c <= "\u0e4e"
