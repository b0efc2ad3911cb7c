"""Korean names as records write them: in Hangul with a family name before and an ending after ("이하은",
"하은아", "김씨"), and in Latin letters the way each agency romanises them ("Kyung-min", "Gyeongmin", "Min-jun",
"Minjoon"). Korean family names come first and are few (Kim, Lee, Park...); a given name is two syllables, which
records join with a hyphen ("Sun-hui") or not ("jiwoo")."""

from __future__ import annotations

import re

from .names_data import KINSHIP_WORDS, is_ordinary_word
from .textutil import fold

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Korean family names (one syllable) that open a full name written together: "이하은" is Lee Ha-eun.
_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국"
                      "리림라로량렴려룡")  # and as North Korea writes them: 리 (Ri), 림 (Rim), 류 (Ryu)
# Family names whose usual Latin spelling is not their reading letter by letter (박 is Park, 이 and 리 Lee or Ri).
SURNAME_SPELLINGS = {"박": ("park",), "이": ("lee", "yi", "rhee", "ri"), "리": ("lee", "ri", "rhee"), "최": ("choi",),
                     "정": ("chung",), "임": ("lim", "rim"), "림": ("lim", "rim"), "류": ("ryu", "yoo", "yu"),
                     "유": ("yoo", "ryu"), "노": ("roh",), "나": ("ra",), "라": ("na",), "양": ("ryang",),
                     "량": ("yang",), "염": ("ryom",), "렴": ("yeom",), "여": ("ryo",), "려": ("yeo",)}  # fmt: skip
# Words that follow a family name alone: Mr/Ms (씨, with its particles), the honorific 님, "the Kims" (씨네), teacher.
TITLES = frozenset({"씨", "님", "씨네", "씨가", "씨는", "씨의", "씨도", "씨를", "씨한테", "선생님"})
# What Korean writes onto a name: a vocative (하은아, 도윤아/야), the friendly -i (민준이), -ssi and -nim, and particles.
_ENDINGS = ("이랑", "한테", "에게", "이가", "이는", "이를", "이도", "이의", "이한테", "선생님", "아", "야", "이", "씨", "님",
            "가", "는", "은", "을", "를", "랑", "도", "의")  # fmt: skip


def korean_key(latin: str) -> str:
    """A name as Korean romanisations agree on it: k/g, t/d, p/b, ch/j, r/l and sh/s are one sound each, eo, eu,
    oo and o one vowel, ae and ye another, and w and y are left out ("Kyung-min" and 경민 "Gyeongmin", "Minjoon"
    and 민준 "Minjun", "Seo-yeon" and "Soyeon")."""
    s = re.sub(r"(?<=[aeiou])h(?![a-z])", "", latin.lower())  # "Soo-ah" for 수아, "Oh" for 오
    s = re.sub(r"[^a-z]", "", s).replace("ch", "j").replace("sh", "s").translate(_CONSONANTS)
    for spelled, vowel in (("eo", "u"), ("eu", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("ae", "e"), ("ai", "e"),
                           ("ye", "e"), ("wo", "u")):
        s = s.replace(spelled, vowel)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[wy]", "", s))


_CONSONANTS = str.maketrans("ktpr", "gdbl")
# A syllable of Korean in Latin letters, as Revised Romanization, McCune-Reischauer and families spell them.
_SYLLABLE_PATTERN = (r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?"
                     r"(?:yae|yeo|wae|eui|yoo|woo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|[knlmpt])?")
_ROMANISED_GIVEN_NAME = re.compile(r"(?<![\w'’\-])([A-Z][a-z]{0,5})-([A-Za-z][a-z]{0,5})(?![\w'’]|-[a-z])")
_SYLLABLE = re.compile(_SYLLABLE_PATTERN, re.IGNORECASE)
_TWO_SYLLABLES = re.compile(rf"{_SYLLABLE_PATTERN}-?{_SYLLABLE_PATTERN}", re.IGNORECASE)


def korean_syllable(word: str) -> bool:
    """One Korean syllable in Latin letters ("Ji", "woo", "hyun")."""
    return bool(_SYLLABLE.fullmatch(word))


_HYPHEN_TAIL = re.compile(r"-([a-z]{1,5})(?![\w'’])")


def korean_tail(text: str, word_start: int, word_end: int) -> int | None:
    """Where a Korean given name ends when text[word_start:word_end] is its first syllable and a hyphen and a
    lower-case second syllable follow ("Ha" in "Ha-na", "Ji" in "Park Ji-woo"); None otherwise."""
    m = _HYPHEN_TAIL.match(text, word_end)
    return m.end() if m and korean_syllable(text[word_start:word_end]) and korean_syllable(m.group(1)) else None


def korean_shaped(word: str) -> bool:
    """A word that reads as a two-syllable Korean given name and is no English word ("jiwoo", "Minjun")."""
    return bool(_TWO_SYLLABLES.fullmatch(word)) and not is_ordinary_word(word)


_ENGLISH_PREFIXES = frozenset({"re", "co", "de", "pre", "non", "un", "bi", "mid", "sub", "pro", "anti", "semi",
                               "post", "self", "mini"})  # fmt: skip
_ENGLISH_PARTICLES = frozenset({"up", "on", "in", "do", "to", "go", "so", "no"})  # "Set-Up", "Re-do", "Go-to"


def romanised_korean_given_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of hyphenated given names romanised from Korean ("Sun-hui", "Ji-woo", "Eun-ji"): each half is one
    Korean syllable, the halves differ ("Ha-ha"), and they are no English compound ("Set-Up", "Hip-hop", "Re-run")."""
    out: list[tuple[int, int]] = []
    for m in _ROMANISED_GIVEN_NAME.finditer(text):
        first, second = m.groups()
        if (korean_syllable(first) and korean_syllable(second) and len(first + second) >= 4
                and first.lower() != second.lower() and first.lower() not in _ENGLISH_PREFIXES
                and second.lower() not in _ENGLISH_PARTICLES and fold(m.group()).lower() not in KINSHIP_WORDS
                and not (len(first) >= 3 and len(second) >= 3 and is_ordinary_word(first) and is_ordinary_word(second))
                and not is_ordinary_word(first + second)):
            out.append(m.span())
    return out


def korean_given_names(word: str) -> list[str]:
    """What may be a given name in a Hangul word: the word, without a family name before it ("이하은") or an ending
    after it ("하은아", "민준이가"), two syllables or more."""
    stems = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 2]
    stems += [s[1:] for s in stems if len(s) >= 3 and s[0] in _SURNAMES]
    return stems
