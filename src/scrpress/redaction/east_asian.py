"""Chinese and Japanese names written in characters or kana, read against the register's romanised names.

A register gives "Zhang Xiaoming" or "Haruto Tanaka"; the family's messages write 张伟, 明明, 小刘, 老张 or
はるくん, まゆみ. Characters are read in pinyin and kana in romaji (anyascii), syllable by syllable, and
compared with the register's names split into pinyin syllables: the full name, the given name, its last
syllable doubled (明明, "Mingming"), "little" or "old" before it (小明, 老张), or a Japanese name or its
front before an honorific or a particle (はるくん, まゆ姉). Pinyin forms are also added in Latin letters
("Mingming", "Tong'er", "Xiao Ming", "Lao Zhang"). Homophones are accepted: within one case, two
people whose names read alike are rare, and a name read wrongly is still a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

from .names_data import is_name_word

_INITIALS = "zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]"
_FINALS = ("iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|"
           "ue|ve|a|e|i|o|u|v")
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{_FINALS})")
EAST_ASIAN_CHARS = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"  # kana and Chinese characters (kanji)
EAST_ASIAN_RUN = re.compile(rf"[{EAST_ASIAN_CHARS}]+")
KANA = re.compile(r"[\u3040-\u30ff]")
# What follows a Japanese name: an honorific or a particle ("はるくん", "まゆ姉", "はるが", "ゆいの").
_AFTER_JAPANESE_NAME = re.compile(r"(?:くん|ちゃん|さん|さま|様|君|姉|兄|が|は|を|に|の|も|と|へ|で|や|、|。|！|？|$)")
_PARTICLES = frozenset("がはをにのもとへでや")


@lru_cache(maxsize=4096)
def pinyin_syllables(word: str) -> tuple[str, ...]:
    """A romanised Chinese name split into pinyin syllables ("Xiaoming" → xiao, ming; "Yu-tong" → yu, tong), or ()
    when it is not pinyin."""
    letters = re.sub(r"[\s\-'’]", "", anyascii(word).lower())
    if not letters.isalpha() or len(letters) > 12:
        return ()
    best: dict[int, tuple[str, ...]] = {0: ()}
    for i in range(len(letters)):
        if i not in best:
            continue
        for m in (_SYLLABLE.match(letters, i, i + k) for k in range(1, 7)):
            if m and m.end() == m.endpos and (m.end() not in best or len(best[m.end()]) > len(best[i]) + 1):
                best[m.end()] = (*best[i], m.group())
    return best.get(len(letters), ())


# The commonest Chinese surnames in pinyin: only a name with one of them is read as Chinese.
PINYIN_SURNAMES = frozenset(["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "yuan", "pan", "cai", "jiang", "yu", "du", "ye", "cheng", "su", "wei", "lu", "ding", "ren", "shen", "yao", "jin", "zhong", "tan", "jia", "fu", "fan", "fang", "bai", "kong", "cui", "mao", "qiu", "qin", "shi", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian", "tang", "yin", "yi", "chang", "qiao", "lai", "gong", "wen", "pang", "niu", "xing", "dai"])


def _chinese(sur: tuple[str, ...], giv: tuple[str, ...], given: str) -> bool:
    """A Chinese name in pinyin: a common one-syllable surname and a given name of one or two syllables that is not
    a name of another language too ("Anna Lin" is not read as An-na)."""
    return len(sur) == 1 and sur[0] in PINYIN_SURNAMES and (len(giv) == 1 or len(giv) == 2 and not is_name_word(given))


def chinese_pet_forms(surname: str, given: str) -> set[str]:
    """How a Chinese family says a pinyin name, in Latin letters: "Mingming", "Ming Ming", "Xiao Ming", "Tong'er",
    "Lao Zhang", "Xiao Zhang" (for Zhang Xiaoming)."""
    sur, giv = pinyin_syllables(surname), pinyin_syllables(given)
    if not _chinese(sur, giv, given):
        return set()
    last, family = giv[-1].capitalize(), sur[0].capitalize()
    return {last + last.lower(), f"{last} {last}", f"Xiao {last}", f"{last}'er", f"Lao {family}", f"Xiao {family}"}


def _readings(name: str) -> set[tuple[str, ...]]:
    """The syllable sequences a romanised Chinese name may be written as in characters (two syllables or more)."""
    words = name.split()
    if len(words) < 2:
        return set()
    sur, giv = pinyin_syllables(words[0]), pinyin_syllables("".join(words[1:]))
    if not _chinese(sur, giv, "".join(words[1:])):
        sur, giv = pinyin_syllables(words[-1]), pinyin_syllables("".join(words[:-1]))  # "Xiaoming Zhang"
        if not _chinese(sur, giv, "".join(words[:-1])):
            return set()
    out = {(*sur, *giv), (giv[-1], giv[-1]), ("xiao", giv[-1]), ("a", giv[-1]), ("lao", sur[0]), ("xiao", sur[0])}
    if len(giv) == 2:
        out.add(giv)
    return out


def _romaji(latin: str) -> str:
    """Long vowels written once, as UK records write them: "yuuki" → yuki, "shou" → sho."""
    return re.sub(r"([aeiou])\1", r"\1", latin.lower().replace("ou", "o"))


class EastAsianIndex:
    """Register names (romanised) to look for in characters and kana."""

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        """`people`: (name as written in the register, key to report) for every person's name and alias."""
        self._chinese: dict[tuple[str, ...], str] = {}
        self._japanese: dict[str, str] = {}
        for name, key in people:
            for reading in _readings(name):
                self._chinese.setdefault(reading, key)
            for word in name.split():
                romaji = _romaji(anyascii(word))
                if len(romaji) >= 4 and romaji.isalpha():
                    self._japanese.setdefault(romaji, key)
                    for cut in range(4, len(romaji)):
                        self._japanese.setdefault(romaji[:cut], key)  # "haru" for Haruto, "mayu" for Mayumi

    def __bool__(self) -> bool:
        return bool(self._chinese or self._japanese)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, register key) of each run of characters or kana that writes a register name."""
        out: list[tuple[int, int, str]] = []
        for run in EAST_ASIAN_RUN.finditer(text):
            chars = run.group()
            readings = [re.sub(r"[^a-z]", "", anyascii(c).lower()) for c in chars]
            i = 0
            while i < len(chars):
                hit = self._at(chars, readings, i)
                if hit:
                    end, key = hit
                    out.append((run.start() + i, run.start() + end, key))
                    i = end
                else:
                    i += 1
        return out

    def _at(self, chars: str, readings: list[str], i: int) -> tuple[int, str] | None:
        for n in (3, 2):  # a full name, then two syllables
            if (key := self._chinese.get(tuple(readings[i : i + n]))) and len(readings[i : i + n]) == n and not (
                    KANA.search(chars[i : i + n])):
                return i + n, key
        if not KANA.match(chars[i]) or (i and KANA.match(chars[i - 1]) and chars[i - 1] not in _PARTICLES):
            return None  # a name starts a run of kana or follows a particle: "はるがまた", "ゆうきちゃんも"
        for end in range(min(len(chars), i + 6), i, -1):  # the longest kana name, before an honorific or particle
            romaji = _romaji("".join(readings[i:end]))
            if (key := self._japanese.get(romaji)) and KANA.search(chars[i:end]) and _AFTER_JAPANESE_NAME.match(
                    chars, end):
                return end, key
        return None

