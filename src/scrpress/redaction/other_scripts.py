"""Names the case knows, written in another script ("نور" is Nour, "টুনির" is Tuni's, "ዮናስ" is Yonas) or
spelled another way in Latin letters ("Tesfaye" for Tesfay, "Gebremariyam" for Gebremariam).

A message quoted in Arabic, Bengali, Tigrinya or Hindi spells a family member's name in that
script, and often with a case ending. Each word in such a script is read in Latin letters
(anyascii) and compared with the Latin names by their consonants: Arabic writes few vowels,
so "nwr" and "Nour" both reduce to "nr", "ywsf" and "Yousef" to "ysf". Chinese is left to the
register's own forms (see register.chinese_given_names): its readings differ by dialect. A Latin
spelling counts when it starts with the same letter, is at most two letters longer or shorter, and
is neither an everyday word nor a name in its own right ("Mark" is never Marek, "Helen" never Halina).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from .names_data import is_name_word, is_ordinary_word
from .textutil import fold

# A word: letters with their vowel signs (Bengali, Hindi and Arabic write vowels as combining marks).
_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~،؛؟।॥“”„‘’‚«»…–—]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"(?<![\w'’\-])[A-Z][a-zà-ÿ]{3,}(?![\w'’\-])")
# Prefixes Arabic writes onto a word (and, with, for, the); case endings Bengali adds (-r, -er, -ke, -der, -ra).
_PREFIXES = ("wal", "wa", "w", "bi", "b", "li", "l", "al", "el")
_SUFFIXES = ("der", "ere", "ke", "er", "ra", "te", "r", "e", "h")  # and Arabic's feminine ending (ة, read "h")


def skeleton(latin: str) -> str:
    """The consonants of a name in Latin letters, doubled letters once; w and y count only at its start."""
    s = re.sub(r"[^a-z]", "", latin.lower().replace("ph", "f").replace("ou", "u").replace("ee", "i"))
    s = s.replace("q", "k").replace("c", "k").replace("z", "s")
    s = re.sub(r"(.)\1+", r"\1", s)
    consonants = re.sub(r"[aeiou]", "", s)
    return consonants[:1] + re.sub(r"[wy]", "", consonants[1:])


def _foreign(word: str) -> bool:
    """Written in a script other than Latin (not Chinese): a letter beyond Latin's blocks, not a quotation mark."""
    return any(c.isalpha() and ord(c) >= 0x0370 for c in word) and not _CJK.search(word)


class ScriptIndex:
    """Latin names by their consonant skeleton, to find them in words of other scripts."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_skeleton: dict[str, str] = {}
        self._names: set[str] = set()
        for name in names:
            self._names.add(name.lower())
            if len(name) >= 3 and name.isalpha() and name.isascii():
                key = skeleton(name)
                if len(key) >= 2:
                    self._by_skeleton.setdefault(key, name)

    def __bool__(self) -> bool:
        return bool(self._by_skeleton)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, Latin name) of each word in a non-Latin script that spells a known name."""
        out: list[tuple[int, int, str]] = []
        if text.isascii() or not self._by_skeleton:
            return out
        for m in _WORD.finditer(text):
            word = m.group()
            if not _foreign(word):
                continue
            latin = re.sub(r"[^a-z]", "", anyascii(word).lower())
            if len(latin) < 3:
                continue
            if name := self._match(latin):
                out.append((m.start(), m.end(), name))
        return out

    def find_spellings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, Latin name) of each capitalised word that spells a known name another way."""
        out: list[tuple[int, int, str]] = []
        for m in _LATIN_WORD.finditer(text):
            word = fold(m.group()).lower()
            if word in self._names or is_ordinary_word(m.group()) or is_name_word(m.group()):
                continue  # a name in its own right ("Helen" is not the register's Halina, "Peter" not its Piotr)
            key = skeleton(word)
            name = self._by_skeleton.get(key) if len(key) >= 3 else None
            if name and name[0] == word[0] and abs(len(name) - len(word)) <= 2:
                out.append((m.start(), m.end(), name))
        return out

    def _match(self, latin: str) -> str | None:
        stems = [latin] + [latin[len(p) :] for p in _PREFIXES if latin.startswith(p) and len(latin) - len(p) >= 3]
        stems += [s[: -len(x)] for s in list(stems) for x in _SUFFIXES if s.endswith(x) and len(s) - len(x) >= 3]
        for stem in stems:
            if name := self._by_skeleton.get(skeleton(stem)):
                return name
        return None
