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
from functools import lru_cache

from anyascii import anyascii

from .east_asian import KANA
from .korean import HANGUL, SURNAME_SPELLINGS, TITLES, korean_given_names, korean_key
from .names_data import (
    FIRST_NAME_LISTS,
    LAST_NAME_LISTS,
    faker_person_names,
    is_name_word,
    is_ordinary_word,
)
from .textutil import fold

# A word: letters with their vowel signs (Bengali, Hindi and Arabic write vowels as combining marks).
_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~،؛؟।॥“”„‘’‚«»…–—]+")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTERS = re.compile(r"(?<![\w'’\-])[^\W\d_]{4,}(?![\w'’\-])")


def _latin_name_shaped(word: str) -> bool:
    """A capitalised word ("Chimenes", "Áront", "Pistitől") or one in capitals ("CHIMENES"), in Latin letters."""
    if not all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in word):
        return False
    return word[0].isupper() and (word[1:].islower() or word.isupper() and len(word) >= 5)


# Prefixes Arabic writes onto a word (and, with, for, the); case endings Bengali adds (-r, -er, -ke, -der, -ra).
_PREFIXES = ("wal", "wa", "w", "bi", "b", "li", "l", "al", "el")
_SUFFIXES = ("der", "ere", "ke", "er", "ra", "te", "r", "e", "h")  # and Arabic's feminine ending (ة, read "h")


def skeleton(latin: str) -> str:
    """The consonants of a name in Latin letters, doubled letters once; w and y count only at its start."""
    s = re.sub(r"[^a-z]", "", latin.lower().replace("ph", "f").replace("ou", "u").replace("ee", "i"))
    s = re.sub(r"(?<=[bdgkpst])h|(?<=[aeiou])h$", "", s)  # Tharshan/Tarsan, Abinayah/Abinaya: an h others leave out
    s = s.replace("q", "k").replace("c", "k").replace("z", "s")
    s = re.sub(r"(.)\1+", r"\1", s)
    consonants = re.sub(r"[aeiou]", "", s)
    return consonants[:1] + re.sub(r"[wy]", "", consonants[1:])


def sound_key(latin: str) -> str:
    """A name as it sounds when someone writes it down from hearing it: "Roota" for Rūta, "Chimenes" and "Shimenes"
    for Ximenes, "Joakim" for Joaquim."""
    s = re.sub(r"[^a-z]", "", fold(latin).lower())
    s = re.sub(r"^x", "s", s.replace("ph", "f").replace("ck", "k").replace("qu", "k").replace("sh", "s").replace("ch", "s"))
    s = re.sub(r"c(?=[eiy])", "s", s.replace("x", "ks")).translate(_SOUND_LETTERS)
    s = s.replace("oo", "u").replace("ou", "u").replace("ee", "i")
    s = re.sub(r"(?<=[^aeiou])h|h$", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


_SOUND_LETTERS = str.maketrans("cqzwy", "kksvi")
_SLAVIC_ENDINGS = ("ovi", "evi", "om", "em", "ou", "iu", "ia", "e", "a", "u", "i", "o")  # Yordane, Tsvetelinu
# Pet endings after a shortened name, with a case ending or none: Turkish and Kurdish -o, -oş, -cım; Slavic and
# Baltic -ko, -ka, -ek, -ik, -uk, -us, -ut, -chik, -īte, -ītis; Hungarian -ka, -ke, -us, -ci; Greek -akis, -oula;
# Romance -ito, -inho, -ino; Malayalam -mon, -mol, -kutty; English -o, -y, -ie, -s.
_PET_ENDINGS = frozenset({"o", "os", "oş", "ko", "ka", "ku", "kom", "ek", "ik", "uk", "uka", "ukas", "us", "usia",
                          "ut", "ute", "utė", "cim", "cım", "cik", "cık", "i", "y", "ie", "ey", "s", "sy", "ito", "ita",
                          "akis", "aki", "oula", "ulka", "eczka", "unia", "uszka", "ushka", "yusha", "enka", "ochka",
                          "ika", "ike", "ke", "ci", "csi", "ite", "itis", "ins", "ina", "ucis", "uks", "elis", "cis",
                          "chik", "chek", "chka", "echka", "usya", "akos", "itsa", "ula", "ouli", "ino", "inho", "inha",
                          "etta", "etto", "tje", "mon", "mol", "kutty", "kutti"})  # fmt: skip
_LONGEST_PET = max(map(len, _PET_ENDINGS))


def _pet_then_case(ending: str) -> bool:
    """A pet ending of two letters or more, then at most a three-letter case ending: "usnak" (Bencusnak), "kanak"
    (Zsófikának), "ika"."""
    return any(ending[:k] in _PET_ENDINGS and len(ending) - k <= 3 for k in range(2, min(len(ending), _LONGEST_PET) + 1))


def name_stems(folded: str) -> set[str]:
    """Where a name's endings attach: the name itself, without a last vowel (Bence → benc), and without a nominative
    -s or vowel and -s (Jānis → jani, jan; Mārtiņš → martin; Giannis → gianni, giann)."""
    stems = {folded}
    if folded[-1] in "aeiouy":
        stems.add(folded[:-1])
    if folded.endswith("s") and len(folded) >= 5:
        stems.add(folded[:-1])
        if folded[-2] in "aeiouy":
            stems.add(folded[:-2])
    return {stem for stem in stems if len(stem) >= 3}


# The first three letters of a longer name, consonant-vowel-consonant, before a pet ending: "Robik" (Roberts).
_SHORT_CLIP = re.compile(r"[^aeiouy][aeiouy][^aeiouy]")
_HEBREW = re.compile(r"[\u0590-\u05ff]")


def hebrew_key(latin: str) -> str:
    """A coarse key for comparing a Hebrew-script word with a Latin name: Hebrew leaves vowels out and writes vav
    and final he for vowels, and its letters read two ways (ח as h or ch, צ as ts or tz); so h, and v, w and y
    after the first letter, are dropped ("יוסף" and Yosef, "יצחק" and Yitzchak, "רבקה" and Rivka)."""
    s = re.sub(r"[^a-z]", "", latin.lower()).replace("c", "k").replace("z", "s").replace("ts", "s").replace("h", "")
    s = re.sub(r"[aeiou]", "", s)
    s = s[:1] + re.sub(r"[vwy]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s)


_WRITES_VOWELS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff]")  # Greek, Cyrillic, Armenian, Georgian


def _vowelled(latin: str) -> str:
    """A Latin reading compared letter by letter, forgiving y/i, double letters and ts/c ("Tsvety", "Cveti")."""
    s = latin.lower().replace("ts", "c").replace("y", "i").replace("j", "i").replace("kh", "h")
    return re.sub(r"(.)\1+", r"\1", s)


_GREEK_DIGRAPHS = (("ντ", "d", "nd"), ("μπ", "b", "mb"), ("γκ", "g", "ng"), ("γγ", "ng", "ng"), ("ου", "ou", "ou"),
                   ("ού", "ou", "ou"))


def _greek_digraphs(word: str) -> str:
    """Greek writes d, b, g and u as ντ, μπ, γκ and ου ("Ντίνος" is Dinos, "Αντρίκος" Andrikos, "Κούλλα" Koulla):
    spell them so first."""
    for pair, initial, medial in _GREEK_DIGRAPHS:
        if pair in word:
            word = (initial + word[2:] if word.startswith(pair) else word).replace(pair, medial)
    return word


def _foreign(word: str) -> bool:
    """Written in a script other than Latin (not Chinese): a letter beyond Latin's blocks, not a quotation mark."""
    return any(c.isalpha() and ord(c) >= 0x0370 for c in word) and not CJK.search(word)


class ScriptIndex:
    """Latin names by their consonant skeleton, to find them in words of other scripts."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_skeleton: dict[str, str] = {}
        self._by_letters: dict[str, str] = {}  # for scripts that write their vowels: Cyrillic, Greek
        self._names: set[str] = set()
        self._by_hebrew_key: dict[str, str] = {}
        self._by_korean_key: dict[str, str] = {}
        self._by_sound: dict[str, str] = {}
        self._stems: dict[str, str] = {}  # "ardit", "drit": a name before a case ending ("Arditin", "Dritës")
        self._clips: dict[str, str] = {}  # "berf": the first four letters or more of a longer name ("Berfin")
        self._short_clips: dict[str, str] = {}  # "rob": three letters of a longer name, before a pet ending
        for name in names:
            self._names.add(name.lower())
            if len(name) >= 4 and name.isalpha():
                folded = fold(name).lower()
                for stem in name_stems(folded):
                    self._stems.setdefault(stem, name.lower())
                for cut in range(4, len(folded)):
                    self._clips.setdefault(folded[:cut], name.lower())
                if len(folded) >= 5 and _SHORT_CLIP.fullmatch(folded[:3]):
                    self._short_clips.setdefault(folded[:3], name.lower())
            if len(name) >= 3 and name.isalpha() and name.isascii():
                self._by_letters.setdefault(_vowelled(name), name)
                self._by_sound.setdefault(sound_key(name), name)
                for index, key in ((self._by_skeleton, skeleton(name)), (self._by_hebrew_key, hebrew_key(name)),
                                   (self._by_korean_key, korean_key(name))):
                    if len(key) >= 2:
                        index.setdefault(key, name)

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
            latin = re.sub(r"[^a-z]", "", anyascii(_greek_digraphs(word.lower())).lower())
            if len(latin) < 3:
                continue
            hebrew = bool(_HEBREW.search(word))
            if _WRITES_VOWELS.search(word):  # "Цвети" is Tsveti, "Йордане" Yordan; "парите" is not Petrov
                stems = [latin] + [latin[: -len(e)] for e in _SLAVIC_ENDINGS if latin.endswith(e) and len(latin) - len(e) >= 3]
                name = next((n for st in stems if (n := self._by_letters.get(_vowelled(st)))), None) or (
                    self._inflected(latin) if len(latin) >= 5 else None)  # "Мартинчик", "Робика": pet forms
            elif HANGUL.search(word):
                name = self._korean(word)
            elif hebrew:
                key = hebrew_key(latin)
                name = self._by_hebrew_key.get(key) if len(key) >= 3 or len(latin) <= 4 else None
                if name and name[0].lower() != latin[0] and not (name[0].lower() in "jy" and latin[0] == "y"):
                    name = None  # a short key must start as the name does: "משה" is Moshe
            else:
                name = self._match(latin, vowel_initial=anyascii(word)[:1] in "`'aeiou") or (
                    self._by_letters.get(_vowelled(latin)) if len(latin) >= 4 else None)  # "അമ്മു": Indic scripts write vowels
            if name:
                end = _hebrew_name_run(text, m.end()) if hebrew else m.end()
                out.append((m.start(), end, name))
        return out

    def find_spellings(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, Latin name) of each capitalised word (or word in capitals) that spells a known name another
        way: two consonants alike are enough when the first and last letters agree and the lengths differ by one."""
        out: list[tuple[int, int, str]] = []
        for m in _LETTERS.finditer(text):
            if not _latin_name_shaped(m.group()):
                continue
            word = fold(m.group()).lower()
            if word in self._names or is_ordinary_word(m.group()) or is_name_word(m.group()):
                continue  # a name in its own right ("Helen" is not the register's Halina, "Peter" not its Piotr)
            key = skeleton(word)
            name = self._by_skeleton.get(key) if len(key) >= 2 else None
            if name and name[0] == word[0] and (abs(len(name) - len(word)) <= 2 if len(key) >= 3 else (
                    name[-1] == word[-1] and abs(len(name) - len(word)) <= 1)):  # "Soyeon" for Seoyeon
                out.append((m.start(), m.end(), name))
            elif (inflected := None if m.group().isupper() else self._inflected(word)) or (  # "DEWCH" is Welsh
                    inflected := self._by_sound.get(sound_key(word))):
                out.append((m.start(), m.end(), inflected))
        return out

    def in_message(self, word: str, *, bare_fronts: bool = True) -> str | None:
        """The name a lower-case word of a message declines or shortens with a pet ending: "durkom" and "durka"
        (Durko), "berfo" (Berfin: four letters of the name and -o), "tomuka" (Tomas); with `bare_fronts`, the front
        of a longer name alone too ("doli" for Dolina)."""
        word = fold(word).lower()
        if len(word) < 4 or word in self._names:
            return None
        if name := self._inflected(word, shortest=4):  # a stem of four letters or more: "dewch" is Welsh, not Dewi
            return name
        for cut in range(len(word), 3, -1):
            if (name := self._clips.get(word[:cut])) and (word[cut:] in _PET_ENDINGS or bare_fronts and cut == len(word)
                                                           and len(name) >= 6):
                return name  # or the front of a longer name alone: "doli" for Dolina
        return None

    def _inflected(self, word: str, *, shortest: int = 3) -> str | None:
        """The name a word declines or makes a pet form of: a known name (or a stem of it, `shortest` letters or
        more) and an ending of at most three letters (Arditin, Dritës, Sivakumaran, Mārtiņam), four after a long stem;
        or the name, its stem or its front, then a pet ending and a case ending (Zsófikának, Bencusnak, Robītis)."""
        for cut in range(len(word) - 1, shortest - 1, -1):
            stem, ending = word[:cut], word[cut:]
            if (name := self._stems.get(stem)) and (len(ending) <= 3 or len(ending) == 4 and cut >= 5
                                                    or _pet_then_case(ending)):
                return name
            if cut >= 4 and (name := self._clips.get(stem)) and len(ending) >= 2 and _pet_then_case(ending):
                return name
            if cut == 3 and (name := self._short_clips.get(stem)) and len(ending) >= 2 and _pet_then_case(ending):
                return name
        return None

    def _korean(self, word: str) -> str | None:
        """The given name a Hangul word spells (see korean_given_names), or the family name before a title ("김씨")."""
        if word[1:] in TITLES:
            for latin in (*SURNAME_SPELLINGS.get(word[0], ()), anyascii(word[0])):
                if name := self._by_korean_key.get(korean_key(latin)):
                    return name
        for stem in korean_given_names(word):
            key = korean_key(anyascii(stem))
            if len(key) >= 3 and (name := self._by_korean_key.get(key)):
                return name
        return None

    def _match(self, latin: str, *, vowel_initial: bool = False) -> str | None:
        """`vowel_initial`: the word starts with a letter read as a vowel or not at all (Arabic ع or ا: "عبدي" is Abdi)."""
        stems = [latin] + [latin[len(p) :] for p in _PREFIXES if latin.startswith(p) and len(latin) - len(p) >= 3]
        stems += [s[: -len(x)] for s in list(stems) for x in _SUFFIXES if s.endswith(x) and len(s) - len(x) >= 3]
        for stem in stems:
            key = skeleton(stem)
            name = self._by_skeleton.get(key)
            if name and (len(key) >= 3 or name[0].lower() == stem[0] or vowel_initial and name[0].lower() in "aeiou"):
                return name  # two consonants are a weak key: the first letter must agree too ("kl" is Kalai, "cl" not)
        return None


_HEBREW_NEXT = re.compile(r"[ \t]+(?:(?:בן|בת|בר)[ \t]+)?([\u0590-\u05ff]+(?:[\"'״׳][\u0590-\u05ff]+)?)")


@lru_cache(maxsize=1)
def hebrew_names() -> frozenset[str]:
    """Faker's Hebrew first names and surnames: many are also words ("שלום", "ברוך"), so they only extend a name
    already found."""
    return frozenset(faker_person_names("he_IL", FIRST_NAME_LISTS) + faker_person_names("he_IL", LAST_NAME_LISTS))


def _hebrew_name_run(text: str, end: int) -> int:
    """The end of a Hebrew name that goes on past its first word: "יעקב יצחק", "יוסף בן משה" (Yosef son of Moshe)."""
    while (m := _HEBREW_NEXT.match(text, end)) and m.group(1) in hebrew_names():
        end = m.end()
    return end


# Faker's name lists in scripts other than Latin: names in messages quoted in the family's own script.
_SCRIPT_LOCALES = ("ar_AA", "ar_SA", "ar_PS", "ar_DZ", "fa_IR", "bn_BD", "hi_IN", "ne_NP", "ru_RU", "uk_UA", "bg_BG",
                   "el_GR", "ka_GE", "hy_AM", "ta_IN", "gu_IN", "zh_CN", "zh_TW", "ko_KR")  # fmt: skip
# Nepali birth-order names in Devanagari (Jetha, Jethi, Maila, Maili, Saila, Saili, Kancha, Kanchhi): names of the
# family's children, which Faker's lists lack.
_DEVANAGARI_HOUSE_NAMES = ("जेठा", "जेठी", "माइला", "माइली", "मैला", "साइला", "साइली", "काइला", "कान्छा", "कान्छी")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # harakat, shadda, tatweel


def _script_key(word: str) -> str:
    return _ARABIC_MARKS.sub("", word).lower()


@lru_cache(maxsize=1)
def script_gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(names as words in alphabetic scripts, Chinese surnames, Chinese given names) from Faker's lists."""
    words: set[str] = set()
    surnames: set[str] = set()
    given: set[str] = set()
    for loc in _SCRIPT_LOCALES:
        for lists, chinese in ((FIRST_NAME_LISTS, given), (LAST_NAME_LISTS, surnames)):
            for name in faker_person_names(loc, lists):
                if " " in name or name.isascii():
                    continue
                if CJK.search(name):
                    chinese.add(name)
                elif HANGUL.search(name) and len(name) >= 2:
                    words.add(name)  # Korean given names: two syllables ("민준")
                elif len(_script_key(name)) >= 3:
                    words.add(_script_key(name))
    words.update(_DEVANAGARI_HOUSE_NAMES)
    return frozenset(words), frozenset(surnames), frozenset(g for g in given if len(g) >= 2)


# Arabic names built on a word: "عبد الرحمن" (Abd al-Rahman) and the name before it (حواء عبد الرحمن), a kunya
# ("أبو أحمد", "أم أحمد"), and whoever is called with "يا" (O ...) in a message, unless a word of endearment follows.
_ARABIC_WORD = r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff\u064b-\u0652\u0670]+"
_ARABIC_FUNCTION_WORDS = "|".join(("يا", "و", "من", "في", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "ان", "ما", "لا", "هو", "هي"))
_ARABIC_COMPOUND = re.compile(rf"(?:(?<![\u0600-\u06ff])(?!(?:{_ARABIC_FUNCTION_WORDS})[ \t])"
                              rf"{_ARABIC_WORD}[ \t]+)?(?<![\u0600-\u06ff])(?:عبد|أبو|ابو|أم|ام)[ \t]+{_ARABIC_WORD}")
_ARABIC_CALLED = re.compile(rf"(?<![\u0600-\u06ff])يا[ \t]+(?!(?:الله|رب|ربي|حبيبي|حبيبتي|حبيبة|ماما|بابا|امي|أمي|ابوي|بنتي|ابني|"
                            rf"ولدي|ولد|بنت|اخي|أخي|اختي|أختي|اخوي|عمي|خالتي|عمتي|خالي|جماعة|شباب|ريت|قلبي|عيني|روحي|"
                            rf"سلام|ناس|ست|استاذ|أستاذ|استاذة|أستاذة|دكتور|دكتورة)(?![\u0600-\u06ff]))({_ARABIC_WORD})")


def _arabic_names(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ARABIC_COMPOUND.finditer(text)] + [m.span(1) for m in _ARABIC_CALLED.finditer(text)]


def names_in_other_scripts(text: str) -> list[tuple[int, int]]:
    """(start, end) of words in a non-Latin script that are names in Faker's lists for that script, of Arabic names
    their shape shows, and of Chinese given names (with the surname before them, when there is one)."""
    if text.isascii():
        return []
    words, surnames, given = script_gazetteer()
    out: list[tuple[int, int]] = _arabic_names(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if _foreign(word) and (_script_key(word) in words or HANGUL.search(word) and any(
                stem in words for stem in korean_given_names(word))):
            out.append(m.span())
    for run in re.finditer(r"[\u3400-\u9fff]{2,}", text):
        s = run.group()
        alone = not KANA.search(text[max(0, run.start() - 1) : run.start()] + text[run.end() : run.end() + 1])
        if 3 <= len(s) <= 4 and s[0] in surnames and alone:
            out.append(run.span())  # a full name standing alone (not kanji between kana): "CHAN Tsz Hin 陳梓軒"
            continue
        for i in range(len(s) - 1):
            if s[i : i + 2] in given:
                start = i - 1 if i and s[i - 1] in surnames else i
                out.append((run.start() + start, run.start() + i + 2))
        for m in _CANTONESE_FAMILIAR.finditer(s):
            out.append((run.start() + m.start(), run.start() + m.end()))
    return out


# The Cantonese familiar form: 阿 before one character of the given name ("阿敏"), not before a kinship word.
_CANTONESE_FAMILIAR = re.compile(r"阿(?![媽妈爸嫲婆公爺爷姨叔伯哥姐妹弟嬸婶仔女拉們们里囡奶舅])[\u3400-\u9fff]")
