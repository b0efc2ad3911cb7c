"""The case register as a matcher: every form in which a known person or place can appear.

From each register name and alias: the whole name, each part alone (any letter case, with
and without diacritics), "SURNAME, Forename", initials, diminutives (Kuba ↔ Jakub), Polish
case forms (Anny Kowalskiej, Annę Kowalską) and Welsh mutations (Gwen → Wen, Dafydd → Ddafydd);
for a date of birth, the date in every common format. A hit carries the pseudonym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from ..case import Register
from . import findings as E
from .conversations import STAMP, in_message, message_lines
from .east_asian import EAST_ASIAN_RUN, EastAsianIndex, chinese_pet_forms
from .findings import Finding
from .initials import (
    AMBIGUOUS_INITIALS,
    DONE_VERBS,
    FREQUENT_ABBREVIATIONS,
    PERSON_STATES,
    TO_DO_VERBS,
    hyphen_initials,
    in_person_position,
    initials_forms,
)
from .names_data import (
    NEVER_NAMES,
    SURNAME_PARTICLES,
    TITLE_KEYS,
    VERB_NAMES,
    WELSH_FIRST,
    WELSH_LAST,
    diminutive_forms,
    is_common_word,
    is_dictionary_word,
    is_name_word,
    is_ordinary_word,
    is_very_common_word,
)
from .other_scripts import CJK, ScriptIndex
from .textutil import fold, transliterate, trie_pattern
from .thai import THAI, ThaiIndex

POLISH_SOFT = (("ch", "sze"), ("sz", "szy"), ("cz", "czy"), ("rz", "rzy"), ("dz", "dzie"), ("k", "ce"), ("g", "dze"),
               ("r", "rze"), ("t", "cie"), ("d", "dzie"), ("n", "nie"), ("s", "sie"), ("z", "zie"), ("ł", "le"),
               ("w", "wie"), ("m", "mie"), ("b", "bie"), ("p", "pie"), ("f", "fie"), ("l", "li"), ("j", "ji"),
               ("c", "cy"))  # fmt: skip
WELSH_MUTATIONS = {
    "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "c": ("g", "ngh", "ch"), "k": ("g", "ngh", "ch"),  # Karwan → i Garwan
    "b": ("f", "m"), "d": ("dd", "n"),
    "g": ("", "ng"), "m": ("f",), "ll": ("l",), "rh": ("r",),
}  # fmt: skip
_WELSH_NAMES = {n.lower() for n in WELSH_FIRST + WELSH_LAST}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def polish_forms(word: str) -> set[str]:
    """Case forms of a name as Polish declines it (genitive, dative, accusative, instrumental, locative, vocative)."""
    w = word
    low = w.lower()
    out: set[str] = set()
    if len(w) < 3 or not w[-1].isalpha():
        return out
    if low.endswith(("ska", "cka", "dzka")):
        stem = w[:-1]
        out |= {stem + "iej", stem + "ą"}
    elif low.endswith(("ski", "cki", "dzki")):
        stem = w[:-1]
        out |= {stem + e for e in ("iego", "iemu", "im", "a", "iej", "ą")}
    elif low.endswith("a"):
        stem = w[:-1]
        slow = stem.lower()
        out |= {stem + "ę", stem + "ą", stem + "o"}
        if slow.endswith(("i", "j")):
            out |= {stem + "i", stem + "ji"} if slow.endswith("j") else {stem, stem + "i"}  # Kasi, Zofii
            if slow.endswith(("si", "zi", "ci", "ni")):
                out.add(stem + "u")  # vocative of a pet form: Kasiu, Agusiu
        else:
            out.add(stem + ("i" if slow.endswith(("k", "g", "l")) else "y"))
            for end, soft in POLISH_SOFT:
                if slow.endswith(end):
                    out.add(stem[: len(stem) - len(end)] + soft)
                    break
    elif low.endswith(("i", "y")):
        sep = "'" if low.endswith("y") and not low.endswith(("ski", "cki")) else ""
        out |= {w + sep + "ego", w + sep + "emu", w + sep + "m", w + "m"}
    elif low.endswith("e"):
        out |= {w[:-1] + "a", w[:-1] + "y"} if low.endswith(("ie", "ce", "ge")) else set()
    elif low[-1] in "śźćń":
        stem = w[:-1] + {"ś": "s", "ź": "z", "ć": "c", "ń": "n"}[low[-1]] + "i"  # Antoś → Antosia, Antosiem
        out |= {stem + e for e in ("a", "owi", "em", "u", "e", "o")}
    else:
        stem = w
        if low.endswith("ek") and len(w) > 4:
            stem = w[:-2] + w[-1]
        out |= {stem + e for e in ("a", "owi", "em", "u", "owie", "ów")}
        if stem.lower().endswith(("k", "g")):
            out |= {stem + "iem", stem + "i"}
        for end, soft in POLISH_SOFT:
            if stem.lower().endswith(end):
                out.add(stem[: len(stem) - len(end)] + soft.replace("ce", "ku" if end == "k" else "ce"))
                break
        out.add(stem + "ie")
    return {f for f in out if f.lower() != low}


def polish_affectionate(word: str) -> set[str]:
    """Polish pet forms built on a name or diminutive: Zosia → Zosieńka, Zosiunia; Ola → Oleńka, Olunia."""
    low = word.lower()
    if len(word) < 3 or not low.endswith("a"):
        return set()
    stem = word[:-1]
    if low.endswith("ia"):
        return {stem + "eńka", stem + "unia", stem + "uńka", stem + "ulka"}
    return {stem + "eńka", stem + "unia", stem + "uńka"}


def polish_pet_forms(word: str) -> set[str]:
    """Pet forms Polish makes of any name, to be declined like names: Wojtek → Wojtuś, Wojtunio; Piotr → Piotruś,
    Piotrek; Ola → Olusia; and of a foreign name ending in a vowel, Hêvî → Hêvcia."""
    low = word.lower()
    if len(word) < 3 or not word.isalpha():
        return set()
    if low.endswith("ek") and len(word) >= 5:
        stem = word[:-2]
        return {stem + "uś", stem + "unio", stem + "ulek"}
    if low.endswith("ia"):
        return set()  # already a pet form: Zosia, Kasia (polish_affectionate makes Zosieńka)
    if low.endswith("a"):
        return {word[:-1] + "usia", word[:-1] + "eczka", word[:-1] + "uś"}  # Aga → Agusia, Aguś
    if low[-1] in "iyeouîíīêéû":
        return {word[:-1] + "cia", word[:-1] + "sia"} if len(word) >= 4 else set()
    return {word + "uś", word + "ek"}


def lithuanian_forms(word: str) -> set[str]:
    """Lithuanian case forms of a name: Tomas → Tomo, Tomui, Tomą, Tomu, Tome, Tomai; Rūta → Rūtos, Rūtai, Rūtą."""
    low = word.lower()
    if len(word) < 4:
        return set()
    for end, forms in (("as", ("o", "ui", "ą", "u", "e", "ai")), ("is", ("io", "iui", "į", "iu", "yje", "i")),
                       ("ys", ("io", "iui", "į", "iu", "yje", "y")), ("us", ("aus", "ui", "ų", "umi", "uje")),
                       ("a", ("os", "ai", "ą", "a", "oje", "a")), ("ė", ("ės", "ei", "ę", "e", "ėje"))):  # fmt: skip
        if low.endswith(end):
            stem = word[: len(word) - len(end)]
            return {stem + f for f in forms if stem + f != word}
    return set()


def gaelic_lenition(word: str) -> str | None:
    """A Gaelic name lenited, as after the vocative "a" or in a genitive: Mòrag → Mhòrag, Seonaidh → Sheonaidh."""
    if len(word) < 3 or word[1:2].lower() == "h" or not re.match(r"(?i)[bcdfgmpt]|s[lnraeiouàèìòù]", word):
        return None
    return word[0] + ("H" if word.isupper() else "h") + word[1:]


def gaelic_vocative(word: str) -> str | None:
    """A masculine Irish or Scottish Gaelic name in the vocative: lenited, its last broad vowel made slender
    ("a Sheáin" for Seán, "a Chiaráin" for Ciarán, "a Sheumais" for Seumas)."""
    lenited = gaelic_lenition(word) or word
    m = re.search(r"([aouáóúàòù])([^aeiouáéíóúàèìòùy]+)$", lenited)
    if not m or lenited[: m.end(1)].lower().endswith(("ai", "oi", "ui", "ei")):
        return None
    slender = lenited[: m.end(1)] + "i" + m.group(2)
    return slender if slender != word else None


def ukrainian_forms(word: str) -> set[str]:
    """Ukrainian case forms of a name in Latin letters (as Cyrillic reads once transliterated): Oksana → Oksany,
    Oksani, Oksanu, Oksanoiu, Oksano; Sashko → Sashka, Sashkovi, Sashkom; Oleksandr → Oleksandra, Oleksandrovi."""
    low = word.lower()
    if len(word) < 3:
        return set()
    if low.endswith("ia"):
        stem, ends = word[:-1], ("i", "iu", "ieiu", "ie")
    elif low.endswith("a"):
        stem, ends = word[:-1], ("y", "i", "u", "oiu", "o")
    elif low.endswith("o"):
        stem, ends = word[:-1], ("a", "ovi", "u", "om", "e")
    elif low.endswith(("ii", "iy", "yi")):
        stem, ends = word[:-1], ("ia", "iu", "iem", "ievi", "iovi")
    elif low[-1] in "bcdfghklmnprstvzj":
        stem, ends = word, ("a", "u", "ovi", "om", "e")
    else:
        return set()
    return {stem + e for e in ends}


_SLAVIC = re.compile(r"(?i)(?:enko|chuk|uk|yk|ko|sk[aiy]|skyi|ov|ova|ev|eva|yn|yna|ych|ich|vich|wicz|ak|ek|andr|ksana|dro)$")


def slavic_spellings(word: str) -> set[str]:
    """How agencies respell a Slavic name: v ↔ w (Kovalenko, Kowalenko), ks ↔ x (Oleksandr, Olexandr)."""
    if not _SLAVIC.search(word):
        return set()
    swaps = (("v", "w"), ("w", "v"), ("ks", "x"), ("x", "ks"))
    out = {word[:1] + word[1:].replace(a, b) for a, b in swaps if a in word[1:]}
    return {o for o in out if o != word}


def romanian_forms(word: str) -> set[str]:
    """The Romanian genitive-dative of a woman's name: Denisa → Denisei ("telefonul Denisei"), Andreea → Andreei."""
    if len(word) < 4 or not word.lower().endswith("a"):
        return set()
    return {word[:-1] + "i"} if word.lower().endswith("ea") else {word[:-1] + "ei"}


def welsh_mutations(word: str) -> set[str]:
    """Soft, nasal and aspirate mutations and h-prothesis of a Welsh name: Gwen → Wen, Dafydd → Ddafydd, Nafydd."""
    low = word.lower()
    out: set[str] = set()
    for radical in sorted(WELSH_MUTATIONS, key=len, reverse=True):
        if low.startswith(radical):
            rest = word[len(radical) :]
            for m in WELSH_MUTATIONS[radical]:
                form = (m + rest) if m else rest
                if len(form) >= 2:
                    out.add(form[:1].upper() + form[1:])
            break
    if low[:1] in "aeiouwy":
        out.add("H" + word[:1].lower() + word[1:])
    return out


def welsh_radicals(word: str) -> set[str]:
    """What a mutated Welsh word may have been before mutation: Ngwen → Gwen, Dudur → Tudur, Fethan → Bethan."""
    out: set[str] = set()
    low = word.lower()
    for radical, mutated in WELSH_MUTATIONS.items():
        for m in mutated:
            if m and low.startswith(m) and len(word) > len(m) + 1:
                out.add(radical.capitalize() + word[len(m) :])
    if low[:1] in "aeiouwyl" or low[:1] == "r" and not low.startswith("rh"):
        out.add("G" + word[:1].lower() + word[1:])  # soft-mutated g: Wen → Gwen, Lyn → Glyn
    if low.startswith("h") and low[1:2] in "aeiouwy":
        out.add(word[1:2].upper() + word[2:])  # h-prothesis: "ei Haled" → Aled
    return {o for o in out if o != word}


def is_mutated_welsh_name(word: str) -> bool:
    """A Welsh name in a mutated form ("at Dudur", "fy Ngwen")."""
    return any(r.lower() in _WELSH_NAMES for r in welsh_radicals(word))


def _looks_welsh(word: str) -> bool:
    low = fold(word).lower()
    return low in {fold(n) for n in _WELSH_NAMES} or bool(re.search(r"dd|ll|ff|rh|wy|^gw|^cy|^ll|[ŵŷâêîôû]", word.lower()))


def dob_forms(d: date) -> set[str]:
    """A date of birth in every common written format."""
    month = _MONTHS[d.month - 1]
    days = {str(d.day), f"{d.day:02d}"}
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    out = set()
    for dd in days:
        for mm in (str(d.month), f"{d.month:02d}"):
            for sep in "/.-":
                out |= {f"{dd}{sep}{mm}{sep}{d.year}", f"{dd}{sep}{mm}{sep}{d.year % 100:02d}"}
    for m in (month, month[:3]):
        out |= {f"{dd}-{m}-{d.year}" for dd in days} | {f"{dd}-{m}-{d.year % 100:02d}" for dd in days}
        out |= {f"{d.day} {m} {d.year}", f"{d.day}{suffix} {m} {d.year}", f"{d.day}{suffix} of {m} {d.year}",
                f"{m} {d.day}, {d.year}", f"{m} {d.day} {d.year}", f"{d.day:02d} {m} {d.year}"}  # fmt: skip
    out.add(d.isoformat())
    return out


@dataclass
class _Form:
    owner: int  # index into the register's entries
    kind: str  # full | part | diminutive | initials | surname-first | declined | mutated | dob
    score: float
    positional: bool = False  # initials that are also an abbreviation: a person only where a person stands
    quoted: bool = False  # lower-case initials ("jp"): a person only inside a quoted message


@dataclass
class _Entry:
    entity: str
    pseudonym: str
    label: str  # "person 3" / "place 1": never the real name
    role: frozenset[str] = frozenset()  # the words of the person's role in the register ("mother", "brother")


@dataclass
class RegisterMatcher:
    """All forms of all register entries, compiled into two regexes (any-case and case-sensitive) over folded text."""

    entries: list[_Entry] = field(default_factory=list)
    any_case: dict[str, list[_Form]] = field(default_factory=dict)
    exact_case: dict[str, list[_Form]] = field(default_factory=dict)
    ordinary: set[str] = field(default_factory=set)
    letters: dict[str, list[int]] = field(default_factory=dict)  # a person's first-name initial alone: "K's phone"
    surname_letters: dict[str, list[int]] = field(default_factory=dict)  # a surname's initial after a title: "Mrs F"
    lower_needs_name: bool = False  # lower-case hits only for gazetteer names (propagation)
    loose: bool = False  # detection's guesses too (other spellings "Tesfaye", single initials "K's"): never for the
    # leak gate or a translation, where Polish "była" is not Billy and "Child\nPage 26\nM's" is a pseudonym
    _rx_any: re.Pattern[str] | None = None
    _rx_exact: re.Pattern[str] | None = None
    _rx_cjk: re.Pattern[str] | None = None
    _scripts: ScriptIndex | None = None
    _spellings: ScriptIndex | None = None
    _pet_forms: ScriptIndex | None = None  # first names, for declined and pet forms typed in messages
    _east_asian: EastAsianIndex | None = None  # names read in Chinese characters and Japanese kana
    _thai: ThaiIndex | None = None  # names spelled in Thai letters
    source: str = "register"

    def add(
        self, form: str, owner: int, kind: str, score: float, *, exact: bool = False, positional: bool = False,
        quoted: bool = False,
    ) -> None:
        form = " ".join(form.split()).strip(" ,.")
        if len(fold(form).strip()) < 2 and not CJK.fullmatch(form):
            return  # one letter is never a form (one character can be: 浩)
        exact = exact or bool(CJK.search(form))
        key = fold(form) if exact else fold(form).lower()
        table = self.exact_case if exact else self.any_case
        forms = table.setdefault(key, [])
        if not any(f.owner == owner for f in forms):
            forms.append(_Form(owner, kind, score, positional, quoted))
        elif kind == "alias":  # "Hêro" listed as an alias as well as a part of the full name: the alias it is
            forms[:] = [replace(f, kind=kind) if f.owner == owner and f.kind == "part" else f for f in forms]

    def compile(self) -> RegisterMatcher:
        def rx(keys: list[str], flags: int) -> re.Pattern[str] | None:
            if not keys:
                return None
            return re.compile(r"(?<![\w])" + trie_pattern(keys) + r"(?![\w])", flags)

        self._rx_any = rx([k for k in self.any_case if not CJK.search(k)], re.IGNORECASE)
        self._rx_exact = rx([k for k in self.exact_case if not CJK.search(k)], 0)
        ideographic = [k for k in self.exact_case if CJK.search(k)]  # Chinese has no spaces between words
        self._rx_cjk = re.compile(trie_pattern(ideographic)) if ideographic else None
        self._scripts = ScriptIndex(k for table in (self.any_case, self.exact_case) for k, forms in table.items()
                                    if " " not in k and any(f.kind in _SPELLED_KINDS for f in forms))  # fmt: skip
        if self.loose:  # a family member's name as another agency spells it: Tesfaye for Tesfay
            self._spellings = ScriptIndex(k for k in self._person_keys({"full", "alias", "part", "surname", "given name"},
                                                                       both=True) if " " not in k)
        if self.loose or self.source == "propagation":  # "durkom" for Durko, "berfo" for Berfin in a message;
            # 明明 and 老张 for Zhang Xiaoming and Zhang Wei, はる for Haruto
            self._east_asian = EastAsianIndex((k, k) for k in self._person_keys(_PET_BASE_KINDS | {"surname-first"})
                                              if not CJK.search(k))
            self._thai = ThaiIndex(k for k in self._person_keys(_PET_BASE_KINDS | {"surname"}, both=True) if k.isalpha())
            self._pet_forms = ScriptIndex(k for k in self._person_keys(_PET_BASE_KINDS) if k.isalpha())
        return self

    def _person_keys(self, kinds: Iterable[str], *, both: bool = False) -> list[str]:
        """Keys of the any-case table (`both`: and the exact-case one) with a form of one of `kinds` owned by a person."""
        kinds = frozenset(kinds)
        return [k for table in ((self.any_case, self.exact_case) if both else (self.any_case,)) for k, forms in table.items()
                if any(f.kind in kinds and self.entries[f.owner].entity == E.PERSON for f in forms)]

    def _in_messages(self, text: str) -> list[Finding]:
        """A name declined or shortened with a pet ending in a message or a quotation ("co je s durkom??", "berfo da",
        "hogy Lalinak mennie kell")."""
        out: list[Finding] = []
        if not self._pet_forms:
            return out
        spans = [(line.start, line.end, True) for line in message_lines(text)]
        spans += [(*m.span(), False) for m in _QUOTATION.finditer(text)]  # quoted speech: only with an ending
        for start, end, message in spans:
            for m in _MESSAGE_WORD.finditer(text, start, end):
                word = m.group()
                if is_common_word(word) or is_ordinary_word(word) or fold(word).lower() in self.any_case:
                    continue
                if (key := self._pet_forms.in_message(word, bare_fronts=message)) and (
                        hit := self._read_as(text, m.start(), m.end(), key, "declined or with a pet ending in a message")):
                    out.append(hit)
            for m in _ARABIZI.finditer(text, start, end):  # "5alid", "3omar": Arabic typed with digits for letters
                for letters in (_ARABIZI_LETTERS, _ARABIZI_SILENT):
                    key = m.group().lower().translate(letters)
                    if key in self.any_case and (hit := self._read_as(text, m.start(), m.end(), key, "typed in Arabizi")):
                        out.append(hit)
                        break
        return out

    @property
    def _recognizer(self) -> str:
        return "CaseRegister" if self.source == "register" else "Propagation"

    def _read_as(self, text: str, start: int, end: int, key: str, how: str) -> Finding | None:
        """A finding for text[start:end], read as the register form `key` (None if no entry has that form)."""
        forms = self.any_case.get(key) or self.exact_case.get(key) or []
        if not forms:
            return None
        entry = self.entries[forms[0].owner]
        why = f"{self.source}: {entry.label}, the name {how} (read as {key!r})"
        return Finding(start, end, entry.entity, 0.7, text[start:end], self._recognizer, why, entry.pseudonym)

    def find(self, text: str) -> list[Finding]:
        """Every register form in `text`, as findings with the owner's pseudonym; Cyrillic is also read in
        Latin letters ("Сашка" is Sashka, a form of Sashko)."""
        found = self._find(text, fold(text)) + self._single_letters(text) + self._in_other_scripts(text) + self._in_messages(text)
        if self._east_asian and EAST_ASIAN_RUN.search(text):
            found += [hit for start, end, key in self._east_asian.find(text)
                      if (hit := self._read_as(text, start, end, key, "written in characters or kana"))]
        if self._thai and THAI.search(text):
            found += [hit for start, end, key in self._thai.find(text)
                      if (hit := self._read_as(text, start, end, key, "written in Thai letters"))]
        if latin := transliterate(text):
            spelled, index = latin
            for f in self._find(text, fold(spelled), index):
                if not any(g.start <= f.start and f.end <= g.end for g in found):
                    found.append(f)
        return found

    def _in_other_scripts(self, text: str) -> list[Finding]:
        """A name written in another script ("نور", "টুনির"), read by its consonants in Latin letters, or spelled
        another way ("Tesfaye" for Tesfay)."""
        out: list[Finding] = []
        spelled = self._spellings.find_spellings(text) if self._spellings else []
        for start, end, key in [*(self._scripts.find(text) if self._scripts else ()), *spelled]:
            if hit := self._read_as(text, start, end, key, "written another way"):
                out.append(hit)
        return out

    def _keyed(self, text: str, initials: str, owner: int) -> bool:
        """The text keys these initials to the same person ("BY = Baran", "MH: mother Maria", or a key's columns:
        "MH   mother" for the register's mother), or to a name they spell ("HT Holly Trevithick"): then "BY" is Baran
        and "HT" is Holly wherever they stand, though they are also a word or a role."""
        role = self.entries[owner].role
        name = r"([A-Z][\w'’\-]*)[ \t]+([A-Z][\w'’\-]*)"
        for m in re.finditer(rf"(?<![\w'’]){re.escape(initials)}[ \t]*(?:=|:|–|-|[ \t])[ \t]*{name}|{name}[ \t]*\("
                             rf"{re.escape(initials)}\)", text):
            if initials in initials_forms(" ".join(filter(None, m.groups()))):
                return True  # "HT Holly Trevithick", "Holly Trevithick (HT)": the key spells the initials out
        for m in re.finditer(rf"(?<![\w'’]){re.escape(initials)}(?:[ \t]*(?:=|:|–|-)[ \t]*|[ \t]{{2,}}|\t)"
                             rf"([^\W\d_][\w'’\-]*)(?:[ \t]+([^\W\d_][\w'’\-]*))?", text):
            if any(self._names(word, owner) or word.lower() in role for word in filter(None, m.groups())):
                return True
        listed = rf"(?:^|\n|\|)[ \t]{{0,3}}{re.escape(initials)}[ \t]([^\W\d_][\w'’\-]*)"  # "| MV mother | AN Akanisi"
        return any(self._names(m.group(1), owner) for m in re.finditer(listed, text))

    def _names(self, word: str, owner: int) -> bool:
        """Whether the word is one of the owner's name forms (not their initials)."""
        forms = self.any_case.get(fold(word).lower()) or self.exact_case.get(word) or []
        return any(f.owner == owner and f.kind != "initials" for f in forms)

    def keyed_initials(self, text: str) -> list[tuple[str, int]]:
        """The register's initials this text keys to their person ("AS  Alexander (Sandy) Stewart, pupil"), with
        the person they stand for: a key in one part of a file holds for every other part and file of the case."""
        out = []
        for key, forms in self.exact_case.items():
            if 2 <= len(key) <= 4 and key.isalpha() and key.isupper() and key in text:
                out += [(key, f.owner) for f in forms if f.kind == "initials" and self._keyed(text, key, f.owner)]
        return out

    def _capital_word(self, text: str, start: int, end: int) -> bool:
        """Initials that are an everyday word written in capitals in running lower-case prose ("yes BY registered
        08:47", "permit exists for BY."): nobody writes "by" or "do" so; in a heading of capitals they are words."""
        if text[start:end] not in WORD_INITIALS:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = len(text) if (newline := text.find("\n", end)) < 0 else newline
        line = text[line_start:line_end]
        before = re.findall(r"[\w'’]+:?", text[line_start:start])
        after = re.findall(r"[\w'’]+", text[end:line_end])
        neighbours = (before[-1:] if before and not before[-1].endswith(":") else []) + after[:1]
        if any(w.isupper() and len(w) >= 3 and w.isalpha() for w in neighbours):
            return False  # "PREPARED BY OFFICER", "DO NOT": a phrase in capitals
        return len(re.findall(r"\b[a-z]{2,}\b", line)) >= 3

    def _single_letters(self, text: str) -> list[Finding]:
        """A register person written as one letter where only a person fits: "K's phone", "K asked", "N to stay
        with", "Mrs F" — never a pseudonym's letter ("Child K") or a label's ("Part B", "Vitamin K")."""
        out: list[Finding] = []
        if not self.loose or not self.letters and not self.surname_letters:
            return out
        letters = list(_SINGLE_LETTER.finditer(text))
        police_shorthand = {"S", "V"} <= {m.group(1) for m in letters}  # "V stated S has taken her passport"
        for m in letters:
            letter, start, end = m.group(1), m.start(1), m.end(2)
            if police_shorthand and letter in "SV":
                continue
            before = text[max(0, start - 24) : start]
            titled = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+$", before)
            owners = self.surname_letters.get(letter, []) if titled else self.letters.get(letter, [])
            if not owners or _LETTER_LABEL.search(before):
                continue
            after = text[end:]
            verb = re.match(r"[ \t]+(\w+(?:['’]t)?)(?:[ \t]+(\w+))?", after)  # "R didn't come home"
            acting = bool(verb) and (verb.group(1) in DONE_VERBS or verb.group(1) in PERSON_STATES
                                     or verb.group(1) in _LETTER_STATES
                                     or verb.group(1) == "to" and (verb.group(2) or "") in _TO_DO_OR_STAY)
            acting = acting or bool(re.match(r"[ \t]+at[ \t]+(?:\w+[ \t]+)?risk\b", after))  # "Y at high risk"
            ends = bool(re.match(r"[ \t]+(?:in|on|at|from|to|for|with|and|or)\b|[ \t]*(?:[,;+()]|[-–][ \t]|$|\n)", after)
                        or m.group(2) and re.match(r"[ \t]*(?:$|\n|[ \t][a-z]|[ \t]{2})", after))  # "no marks on J."
            object_of = ends and bool(_LETTER_OBJECT.search(before))  # "collected R. in a car", "scald to T (16/02"
            speaker = bool(re.match(r":[ \t]*[\"“]", after))  # 'Dywedodd B: "jyst Wil"': the letter speaks
            if not (titled or acting or object_of or speaker or re.match(r"['’]s\b", after)
                    or self._letter_list(text, start, end, owners[0])):
                continue
            entry = self.entries[owners[0]]
            why = f"{self.source}: {entry.label}, a single initial where a person stands"
            out.append(Finding(start, end, entry.entity, 0.7, text[start:end], "CaseRegister", why, entry.pseudonym))
        return out

    def _letter_list(self, text: str, start: int, end: int, owner: int) -> bool:
        """'(Y / M / T)', 'T and M': a letter beside another register person's letter, as records list siblings."""
        joiner = r"[ \t]*(?:/|,|&|\+)[ \t]*|[ \t]+(?:and|a|ac)[ \t]+"
        before = re.search(rf"(?<![\w.'’\-])([B-HJ-Z])\.?(?:{joiner})$", text[max(0, start - 8) : start])
        after = re.match(rf"(?:{joiner})([B-HJ-Z])(?![\w'’\-])", text[end : end + 8])
        lead = text[max(0, start - 30) : start - (len(before.group()) if before else 0)]  # before the list
        if _LETTER_LABEL.search(lead):
            return False  # "Hepatitis B and C", "Blocks C / D"
        return any(m is not None and any(o != owner for o in self.letters.get(m.group(1), [])) for m in (before, after))

    def _find(self, text: str, folded: str, index: list[int] | None = None) -> list[Finding]:
        """Matches in `folded` (text itself, or its transliteration whose character i came from text[index[i]])."""
        found: list[Finding] = []
        for rx, table, lower in ((self._rx_any, self.any_case, True), (self._rx_exact, self.exact_case, False),
                                 (self._rx_cjk, self.exact_case, False)):
            if rx is None:
                continue
            for m in rx.finditer(folded):
                key = " ".join(m.group().split())
                forms = table.get(key.lower() if lower else key, [])
                if not forms:
                    continue
                start, end = m.span()
                if index is not None:
                    start, end = index[start], index[end - 1] + 1
                    if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
                        continue  # part of a longer Cyrillic word
                form = forms[0]
                entry = self.entries[form.owner]
                span = text[start:end]
                if len(span) == 1 and CJK.match(span) and (CJK.match(text[start - 1 : start] or " ") or CJK.match(
                        text[end : end + 1] or " ")):
                    continue  # a one-character name (浩) stands alone, not inside a word of characters
                if form.quoted and form.kind == "initials" and not span.isascii():
                    continue  # "és" (Hungarian "and") is not the initials ES: nobody types initials with an accent
                score = form.score
                why = f"{self.source}: {entry.label}, {form.kind} form"
                if lower and span.islower() and self.lower_needs_name and not is_name_word(span) and not in_quotes(
                        text, start):  # fmt: skip
                    continue
                if lower and span.islower() and key.lower() in self.ordinary:
                    quoted = in_quotes(text, start) and (is_name_word(span) or form.kind in ("full", "alias", "given name")
                                                          or not is_common_word(span)) and not (
                        self.source == "propagation" and span in _FUNCTION_WORDS) and not (
                        _verb_here(text, start, span))  # a name the register gives as written ("Mo") is a name
                    score = 0.6 if quoted else 0.3
                    why += "; lower-case ordinary word" + (" in quoted words" if quoted else ": check")
                elif key.lower() in self.ordinary and re.match(r"[ \t]+\d", text[end : end + 3]) and not (
                        key.lower() not in _DATE_WORDS and _A_PERSONS_FIGURE.match(text, end)):
                    score = 0.3  # "Ward 32", "Summer 2024": a place or a date, not the person
                    why += "; an ordinary word before a number: check"
                elif _in_date(text, start, end):
                    score = 0.3  # "19 Jan 21:14", "May 2024": Ján and May are months here
                    why += "; a month in a date: check"
                if form.quoted and not in_quotes(text, start):
                    continue
                if (form.kind == _MUTATED_WORD or form.kind == "mutated" and self.source == "propagation") and not (
                        (trigger := _WELSH_TRIGGER.search(text, max(0, start - 60), start))
                        and (form.kind != _MUTATED_WORD or trigger.group().islower())):
                    continue  # a learned name mutates only after a word that mutates it: "gyda Phitchou", not "Moyle"
                if form.kind == KEYED_NAME and (_DETERMINER_BEFORE.search(text, max(0, start - 12), start) or (
                        span in ("AM", "PM") and re.search(r"\d[ \t]?$", text[max(0, start - 3) : start])) or (
                        _in_capitals(text, start, end))):
                    score = 0.3  # "the HT", "9 AM": the role or the time these also are
                    why += "; keyed initials that are also a role or a time here: check"
                if form.positional and not in_person_position(text, start, end, keyed=form.kind == KEYED_NAME) and not (
                        self._keyed(text, span, form.owner)) \
                        and not ((self.loose and self.source == "register" or form.kind == KEYED_NAME)
                                 and self._capital_word(text, start, end)):
                    score = 0.3
                    why += "; initials that are also an abbreviation: check"
                if len(forms) > 1:
                    why += f"; shared by {len({f.owner for f in forms})} register entries"
                entity, pseudonym = entry.entity, entry.pseudonym
                if form.kind == "street" and (number := _HOUSE_BEFORE.search(text, max(0, start - 12), start)):
                    start, span = number.start(), text[number.start() : end]  # "11 Ardnacille": a house on the street
                    if fold(" ".join(span.split())).lower() not in self.any_case:
                        entity, pseudonym = E.ADDRESS, ""  # a neighbour's house, not the family home
                        why += "; another house number on the same street"
                if entity in (E.PLACE, E.ADDRESS) and (town := _TOWN_AFTER.match(text, end)):
                    end, span = town.end(), text[start : town.end()]  # "..., SHEFFIELD" or the town on the next line
                found.append(Finding(start, end, entity, score, span, self._recognizer, why, pseudonym))
        return found


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a word stands in a line written all in capitals ("WHAT IS THE PLAN"): a word there, not initials."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return False  # "POLICE UPDATE (FE)": the heading's speaker
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (newline := text.find("\n", end)) < 0 else newline
    words = re.findall(r"[^\W\d_]{2,}", text[line_start:start] + " " + text[end:line_end])
    return all(w.isupper() for w in words) and sum(len(w) >= 3 for w in words) >= 2


# Everyday words that are also a person's initials (Baran Yilmaz, Daniel Owen): never abbreviations in capitals.
WORD_INITIALS = frozenset({"BY", "DO", "HE", "WE", "SO", "TO", "UP", "GO", "MY", "OF", "IF", "AN", "BE", "AT", "ON", "OR"})
# Words of a register role that say nothing of who the person is.
_NOT_ROLE_WORDS = frozenset({"the", "and", "aged", "age", "years", "year", "old", "infant", "subject", "of", "in"})
# Welsh words after which a name takes a mutation: "i Dendai", "gyda Phitchou", "a Fethan", "fy Nhomos".
_WELSH_TRIGGER = re.compile(r"(?i)(?<![\w'’])(?:i|o|am|ar|at|dan|tan|heb|trwy|wrth|hyd|gan|dy|ei|a|â|gyda|efo|tua|na|yn|"
                            r"fy|ym|yng|ac|ag|ond|neu|mae|wedi|oedd|ydy|annwyl|helo|hi|ti)(?:[ \t]+|[ \t]*\n[ \t]*)$")
_MUTATED_WORD = "mutated into a word"
# Words Welsh farm, house and street names open with: they mutate after "ar", "i", "yng" like any Welsh word.
_WELSH_PLACE_WORDS = frozenset({"Cae", "Bryn", "Tŷ", "Ty", "Pen", "Maes", "Llan", "Coed", "Nant", "Bod", "Tan", "Pant",
                                "Glan", "Rhos", "Ffordd", "Heol", "Bron", "Craig", "Cwm", "Dol", "Dôl", "Gwern", "Llys",
                                "Plas", "Pont", "Tal", "Tref", "Tyddyn", "Bwlch", "Garth", "Ysgol", "Capel", "Fferm",
                                "Bro", "Aber", "Gwaun", "Parc", "Porth", "Rhyd", "Tir", "Troed", "Ystrad", "Llwyn",
                                "Hafod", "Mynydd", "Cefn"})
# Words a learned name may also be that in a message are never the name: "will", "my", "as", "said".
_FUNCTION_WORDS = frozenset(STOP_WORDS | {"said", "says"})
KEYED_NAME = "initials keyed to a name"  # "HT Holly Trevithick": Holly wherever HT stands, unless "the HT"
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|our|your|their|his|her|acting|deputy)[ \t]+$")
_HOUSE_BEFORE = re.compile(r"(?<![\w/.,£$:])\d{1,4}[A-Za-z]?,?[ \t]+$")
_PET_BASE_KINDS = frozenset({"full", "alias", "part", "given name", "diminutive", "nickname"})
_ARABIZI = re.compile(r"(?<![\w@.#/\-])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z]*[235789][A-Za-z][A-Za-z0-9]*(?![\w'’@\-])")
_ARABIZI_LETTERS = str.maketrans({"2": "", "3": "a", "5": "kh", "7": "h", "8": "gh", "9": "q"})
_ARABIZI_SILENT = str.maketrans({"2": "", "3": "", "5": "kh", "7": "h", "8": "gh", "9": "q"})  # "3omar" is Omar
_QUOTATION = re.compile(r'"[^"\n]{2,400}"|“[^”\n]{2,400}”')
_MESSAGE_WORD = re.compile(r"(?<![\w'’@.#/\-])[^\W\d_]{4,}(?![\w'’@\-])")
_SPELLED_KINDS = frozenset({"full", "alias", "part", "surname", "diminutive", "given name", "clipped"})  # not made-up pet forms
_SINGLE_LETTER = re.compile(r"(?<![\w.'’\-/&+])([B-HJ-Z]|A(?=\.))(\.?)(?![\w.\-/&+]|['’](?!s\b))")  # "K", "R.", "A." (not "A")
# Words before a letter that make it a label or a pseudonym, not a person: "Child K", "Part B", "Vitamin K".
_LETTER_LABEL = re.compile(r"\b(?i:child|baby|sibling|adult|person|subject|victim|witness|suspect|male|female|parent|"
                           r"carer|mother|father|family|household|appendix|part|section|schedule|annex|plan|option|"
                           r"grade|category|level|stage|type|class|group|block|flat|unit|room|ward|bay|bed|year|form|"
                           r"set|team|vitamin|hepatitis|hep|tier|zone|wing|floor|exhibit|figure|table|item|row|"
                           r"column|practitioner|professional|worker|officer|pupil|student|girl|boy|young|dr|the|a|an|"
                           r"(?:part|section|schedule|annex|appendix|paragraph|page|type|class|form)[ \t]+of)[ \t]+$")  # fmt: skip
# After a person's letter: "D had a mark", "C very quiet", "Y ate bread".
_LETTER_STATES = frozenset({"had", "has", "was", "is", "says", "very", "quiet", "happy", "sad", "unwell", "tired", "hungry",
                            "withdrawn", "distressed", "ate", "slept", "played", "laughed", "smiled", "watched", "wanted",
                            "looks", "looked", "seems", "seemed", "appears", "appeared", "presented", "disclosed",
                            "didn't", "didn’t", "did", "does", "doesn't", "wasn't", "isn't", "won't", "can't", "showed",
                            "should", "would", "could", "must", "cannot", "marked", "worries", "likes", "loves", "hates",
                            "needs", "misses", "missed", "attends", "attended", "fell", "goes", "went"})
_LETTER_OBJECT = re.compile(r"\b(?:collected|saw|seen|met|told|asked|visited|picked up|dropped|took|brought|with|â|gyda|"
                            r"spoke to|spoken to|talked to|passed to|to|of|for|per|from|on|about|towards|against|"
                            r"regarding|concerning|protect|supervise|control)[ \t]+$", re.I)
_TO_DO_OR_STAY = TO_DO_VERBS | {"stay", "remain", "live", "return", "attend", "go", "see", "be", "have", "move", "start"}
_TOWN_AFTER = re.compile(r"[ \t]*\n[ \t]*[A-Z][A-Za-z'’\-]+(?:[ \t][A-Z][A-Za-z'’\-]+)?(?=,?[ \t]*(?:$|\n|[A-Z]{1,2}\d))|"
                         r"(?:,[ \t]*[A-Z][A-Za-z'’\-]+(?:[ \t](?:St|[A-Z][A-Za-z'’\-]+)){0,2}){1,2}"
                         r"(?=[ \t]*(?:$|\n|[,.;)]|[A-Z]{1,2}\d))")  # ", Fenwick St Giles, Kingsmere"
_PRONOUNS = {"i", "we", "you", "they", "he", "she", "it", "to", "will", "would", "can", "could", "should", "might",
             "must", "shall", "dont", "don't", "didnt", "didn't", "i'll", "we'll", "really", "just"}  # fmt: skip
# Words after "will"/"may" that make it the verb: "tea will be ready", "it may not".
_AFTER_MODAL = {"be", "have", "do", "go", "come", "get", "see", "take", "make", "let", "try", "keep", "need", "stay", "say",
                "tell", "call", "ring", "text", "pick", "bring", "not", "never", "always", "probably", "definitely",
                "just", "still", "also", "sort", "help", "find", "give", "send", "pay", "look", "wait", "know"} | TO_DO_VERBS
# First names that are also everyday verbs: after "I", "to", "will" or "and" they are the verb, not the person.
_VERB_NAMES = VERB_NAMES | {"dawn", "grace"}


_MONTH_NAMES = frozenset(m.lower() for m in _MONTHS)
_DATE_WORDS = _MONTH_NAMES | {"spring", "summer", "autumn", "winter"}  # "Summer 2024-25" is a date
# A figure about a person, not a number naming a ward or a bay: "Faith 83.9%", "Faith 2024-25 to date: 84%",
_A_PERSONS_FIGURE = re.compile(r"[ \t]+(?:\d{1,3}(?:\.\d+)?[ \t]?%|20\d\d[/\-]\d\d(?!\d)|"
                               r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/]))")  # ... or an event's date: "TTL to Rocky 06/02"


def _in_date(text: str, start: int, end: int) -> bool:
    """The word is a month (or its abbreviation) with a day or year beside it: "19 Jan", "May 2024", "Jan 19th"."""
    word = fold(text[start:end]).lower().rstrip(".")
    if word not in MONTH_ABBREVIATIONS and word not in _MONTH_NAMES:
        return False
    return bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$", text[max(0, start - 8) : start])
                or re.match(r"\.?,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b|'\d{2}\b)", text[end : end + 8]))


def _verb_here(text: str, pos: int, word: str = "") -> bool:
    """'I hope', 'we will', 'to mark', 'and will', 'tea will be', 'hope we': a verb-like name is the verb here ("to
    rory", "mama and dean" are names)."""
    if word.lower() not in _VERB_NAMES:
        return False
    nxt = re.match(r"[ \t]+([\w'’]+)", text[pos + len(word) : pos + len(word) + 20])
    if nxt and (nxt.group(1).lower() in _AFTER_MODAL if word.lower() in ("will", "may") else
                word.lower() == "hope" and nxt.group(1).lower() in _PRONOUNS | {"so", "u", "ur", "ye", "yous"}):  # fmt: skip
        return True
    prev = re.search(r"([\w'’]+)[ \t]+$", text[max(0, pos - 20) : pos])
    if not prev:
        return False
    before = prev.group(1).lower().replace("’", "'")
    return before in _PRONOUNS or before in ("and", "so")


_HANDLE = r"@?(?=[\w.\-]*[^\W\d_])[\w.\-]*[_.\d][\w.\-]*"
# A line of a chat transcript: "kai_99: u up", "[21:04] serenhaf.x: ...", "10/11 19:58  lee: ...", "jayyk_2k   23:48   u up",
# a phone extract's direction: "in:  not my problem", "out: ..."
_CHAT_SPEAKER = re.compile(rf"[ \t]*(?:(?i:in|out|sent|received|rcvd|inbound|outbound)[ \t]*:|"
                           rf"[^\n:()]{{1,30}}\(\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?[ \t]+\d{{1,2}}[:.]\d{{2}}\)[ \t]*:|"
                           rf"{STAMP}[ \t]+[\w.\-]+[ \t]*(?:>|→|->)[ \t]*[\w.\-]+[ \t]*:|(?:{STAMP}[ \t]*)?{_HANDLE}[ \t]*:|{STAMP}[ \t]+[\w.\-+]+(?:[ \t][\w.\-]+){{0,2}}[ \t]*:|"
                           rf"{_HANDLE}[ \t]{{2,}}"
                           rf"\d{{1,2}}:\d{{2}})[ \t]")
_CHAT_STAMP = re.compile(rf"[ \t]*{STAMP}[ \t]+$")


def in_quotes(text: str, pos: int) -> bool:
    """True when pos sits inside quotation marks on its line, or in a chat line after a handle ("kai_99: u up"):
    a message, where people type in lower case."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    if _CHAT_STAMP.match(before) and re.match(r"[\w.\-]+(?:[ \t][\w.\-]+){0,2}[ \t]*:", text[pos : pos + 40]):
        return True  # the speaker of a chat line: "10/11 19:58  lee: ..."
    singles = len(re.findall(r"(?<![^\W\d_])'|'(?![^\W\d_])", before))  # not an elision: don't, â'r, nhw'n
    if line_start and '"' not in before and "“" not in before:  # a message carried onto the next line
        prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if prev.count('"') % 2 == 1 or prev.count("“") > prev.count("”"):
            return True
    return bool(_CHAT_SPEAKER.match(before)) or in_message(text, pos) or (before.count('"') % 2 == 1) or (before.count("“") > before.count("”")) or (
        singles - len(re.findall(r"[^\W\d_]s'(?![^\W\d_])", before))) % 2 == 1 or before.count("‘") > before.count("’")


def _name_parts(name: str) -> list[str]:
    parts = []
    for tok in re.split(r"[\s,]+", name):
        tok = tok.strip(".'’\"()")
        if not tok or tok.rstrip(".") in TITLE_KEYS or tok.lower() in SURNAME_PARTICLES and (parts or tok.islower()):
            continue  # a particle, unless it opens the name: "Ben Sharp", "Di Jones"
        parts.append(tok)
        if "-" in tok:
            parts.extend(p for p in tok.split("-") if len(p) >= 3)
    return parts


def add_person(
    matcher: RegisterMatcher, owner: int, names: list[str], *, full_score: float = 1.0, morphology: bool = True,
    learned: bool = False,
) -> None:
    """Every generated form of one person (their name and aliases); `morphology` adds nicknames and
    Polish and Welsh forms (for the register, not for names learned from the text)."""
    for n, name in enumerate(names):
        matcher.add(name, owner, "full" if n == 0 else "alias", full_score)
        if n and len(name.split()) == 1 and len(names[0].split()) >= 2 and name[:1].isupper():
            add_initials(matcher, owner, f"{name} {names[0].split()[-1]}", learned=False)  # alias "Sasha" → "SK"
            surname = [w for w in re.split(r"[\s\-]+", _surname(names[0])) if w[:1].isupper()] if morphology else []
            for k in range(len(surname) - 1):  # "Malou DC" for Maria Luisa Dela Cruz (a middle name may be in it)
                letters = "".join(w[0] for w in surname[k:])
                matcher.add(f"{name} {letters}", owner, "alias and surname initials", full_score, exact=True)
        parts = _name_parts(name)
        if not parts:
            continue
        for part in parts:
            matcher.add(part, owner, "part", full_score)
            if is_dictionary_word(part) or is_ordinary_word(part) and not (n and len(name.split()) == 1):
                matcher.ordinary.add(fold(part).lower())  # an alias "Ammu" is the person even in lower case
            for given in chinese_given_names(part):
                matcher.add(given, owner, "given name", 0.9)
        first, last = parts[0], parts[-1]
        surname = _surname(name)
        words = name.split()
        for i, w in enumerate(words[1:-1], start=1):
            if w.lower() in SURNAME_PARTICLES and w.islower():  # "Mr dos Santos", "Ms de Souza", "de Souza Oliveira"
                matcher.add(" ".join(words[i:]), owner, "surname", full_score)
                matcher.add(" ".join(words[i : i + 2]), owner, "surname", full_score)
        for spelled in {a for word in name.split() for a in article_spellings(word)}:  # "Al-Saleh": "Alsaleh" too
            matcher.add(spelled, owner, "surname", full_score)
            matcher.add(f"{first} {spelled}", owner, "full", full_score)
        if len(parts) >= 2:
            for sur in dict.fromkeys((last, surname)):
                matcher.add(sur, owner, "surname", full_score)
                matcher.add(f"{sur}, {first}", owner, "surname-first", full_score)
                matcher.add(f"{sur} {first}", owner, "surname-first", full_score)
                matcher.add(f"{sur}, {first[0]}", owner, "surname-initial", full_score)
                matcher.add(f"{sur}, {first[0]}.", owner, "surname-initial", full_score)
                matcher.add(f"{first[0]}. {sur}", owner, "initial-surname", full_score)
                matcher.add(f"{first[0]} {sur}", owner, "initial-surname", full_score)
            matcher.add(f"{first} {last[0]}", owner, "first-initial", full_score, exact=True)  # "Hope W"
            matcher.add(f"{first} {last[0]}.", owner, "first-initial", full_score, exact=True)
            add_initials(matcher, owner, name, learned=learned)
            for hyphened in hyphen_initials(name):  # "K-H / Mazur children", "Bethan M-P", "N.A-H."
                matcher.add(hyphened, owner, "initials", 0.8, exact=True)
                matcher.add(f"{first[0]}.{hyphened}.", owner, "initials", 0.8, exact=True)
                matcher.add(f"{first[0]}{hyphened}", owner, "initials", 0.8, exact=True)
                matcher.add(f"{first} {hyphened}", owner, "first-initials", 1.0, exact=True)
        if learned:  # a name the case taught mutates in a Welsh sentence too: "gyda Phitchou", "i Dendai"
            add_guessed_mutations(matcher, owner, parts, 0.75)
        if not morphology:
            continue
        if first[:1].isupper():
            matcher.letters.setdefault(fold(first[0]), []).append(owner)
        if len(parts) >= 2 and last[:1].isupper():
            matcher.surname_letters.setdefault(fold(last[0]), []).append(owner)
        variants = {first} | {p for p in parts}
        nicks = nicknames(first)
        for nick in nicks:
            matcher.add(nick, owner, "nickname", 0.8, exact=True)
            quoted_only = is_ordinary_word(nick) or is_common_word(nick)  # "stormy", "beth": in a message only
            matcher.add(nick.lower(), owner, "nickname", 0.8 if not quoted_only else 0.6, exact=True, quoted=quoted_only)
        for dim in diminutive_forms(first):
            matcher.add(dim, owner, "diminutive", 0.95)
            if len(parts) >= 2:
                matcher.add(f"{dim} {last}", owner, "diminutive", 1.0)
            if is_ordinary_word(dim):
                matcher.ordinary.add(fold(dim).lower())
            variants.add(dim[:1].upper() + dim[1:])
        if len(words) >= 2:  # "Mingming", "Xiao Ming", "Tong'er", "Lao Zhang" for Zhang Xiaoming
            for pet in chinese_pet_forms(words[0], " ".join(words[1:])) | chinese_pet_forms(words[-1], " ".join(words[:-1])):
                matcher.add(pet, owner, "nickname", 0.85, exact=True)
                matcher.add(pet.lower(), owner, "nickname", 0.7, exact=True, quoted=True)
        for v in variants:
            for form in polish_forms(v) | lithuanian_forms(v) | polish_affectionate(v) | romanian_forms(v):
                _add_inflected(matcher, form, owner, "declined", 0.95)
            for form in ukrainian_forms(v):
                _add_inflected(matcher, form, owner, "declined", 0.9)
            for pet in polish_pet_forms(v):
                for form in {pet} | polish_forms(pet):
                    _add_inflected(matcher, form, owner, "Polish pet form", 0.85)
        for part in parts:
            for spelled in slavic_spellings(part):  # Kovalenko / Kowalenko, Oleksandr / Olexandr
                _add_inflected(matcher, spelled, owner, "spelling", 0.95)
        for v in variants | nicks:
            if (lenited := gaelic_lenition(v)) and not is_ordinary_word(lenited):
                _add_inflected(matcher, lenited, owner, "lenited", 0.9)  # "a Mhòrag", "croit Iain Dhuibh"
            if re.search(r"[áéíóúàèìòù]", v) and (vocative := gaelic_vocative(v)) and not is_ordinary_word(vocative):
                _add_inflected(matcher, vocative, owner, "lenited", 0.9)  # "A Sheáin": Seán called to
        if any(_looks_welsh(p) for p in parts):  # a Welsh name mutates in all its forms: Beth → "wrth Feth"
            for v in variants | nicks:
                for form in welsh_mutations(v):
                    if _looks_welsh(v) or not is_ordinary_word(form):  # Bill's "Mill" would be every mill
                        _add_inflected(matcher, form, owner, "mutated", 0.9)
        elif matcher.loose:  # any name mutates in a Welsh sentence: "i Dendai" (Tendai)
            add_guessed_mutations(matcher, owner, variants, 0.8)
        if matcher.loose and first.isalpha() and len(first) >= 6:  # "Kalai" for Kalaivani, "Abi" for Abinaya
            for clip in front_clips(first):
                if fold(clip).lower() in MONTH_ABBREVIATIONS or is_common_word(clip) or is_very_common_word(clip):
                    continue
                if not is_ordinary_word(clip):
                    matcher.add(clip, owner, "clipped", 0.75, exact=True)
                matcher.add(clip.lower(), owner, "clipped", 0.6, exact=True, quoted=True)  # "kno", "kay" in a message
            for clip in back_clips(first):  # "Nelo" for Agnelo, "Topher" for Christopher, "Bastian" for Sebastian
                if not (is_ordinary_word(clip) or is_common_word(clip) or is_very_common_word(clip)):
                    matcher.add(clip, owner, "clipped", 0.75, exact=True)


def article_spellings(surname: str) -> set[str]:
    """An Arabic surname with its article written the other ways agencies write it: Al-Saleh → Alsaleh, AlSaleh,
    Al Saleh; El-Amin → Elamin, El Amin."""
    m = re.fullmatch(r"([AaEe][Ll])[-‑ ]([A-Z][a-z'’]+)", surname)
    if not m:
        return set()
    article, rest = m.group(1).capitalize(), m.group(2)
    return {article + rest.lower(), article + rest, f"{article} {rest}", f"{article}-{rest}"} - {surname}


def add_guessed_mutations(matcher: RegisterMatcher, owner: int, words: Iterable[str], score: float) -> None:
    """Welsh mutations of names that are not Welsh, capitalised as written, never into another name; into an
    everyday word only straight after a word that mutates ("i Fence" is Bence, "the Fence" is not)."""
    for word in words:
        for form in welsh_mutations(word):
            if is_name_word(form):
                continue
            ordinary = is_ordinary_word(form) or is_common_word(form)
            matcher.add(form, owner, _MUTATED_WORD if ordinary else "mutated", score, exact=True)


_VOWELS = set("aeiouàáâãäåèéêëìíîïòóôõöùúûü")
_DIGRAPHS = frozenset({"sh", "th", "ch", "ph", "gh", "kh", "dh", "bh"})  # "Kirus|hanthi" is no syllable's end
MONTH_ABBREVIATIONS = frozenset({m[:3].lower() for m in _MONTHS} | {"sept"})  # "Mar" is March, not Marcus


def front_clips(name: str) -> list[str]:
    """The front of a long given name cut at a syllable's end, as families shorten it: Kalai (Kalaivani), Abi and
    Abina (Abinaya), Kno (Knowledge), Thar (Tharshan)."""
    low = name.lower()
    out = []
    for k in range(3, len(name) - 1):
        end, nxt = low[k - 1], low[k]
        open_syllable = end in _VOWELS and nxt not in _VOWELS
        closed = end not in _VOWELS and nxt not in _VOWELS and low[k - 2] in _VOWELS
        if (open_syllable or closed) and low[k - 1 : k + 1] not in _DIGRAPHS:
            out.append(name[:k])
    return out


def back_clips(name: str) -> list[str]:
    """The end of a long given name from one of its syllables on, as families shorten it: Nelo (Agnelo), Topher
    (Christopher), Bastian (Sebastian), Xander (Alexander): four letters or more, opening consonant then vowel."""
    low = name.lower()
    return [name[k].upper() + name[k + 1 :] for k in range(1, len(name) - 3)
            if low[k] not in _VOWELS and low[k + 1] in _VOWELS and low[k : k + 2] not in _DIGRAPHS]


def add_initials(matcher: RegisterMatcher, owner: int, name: str, *, learned: bool) -> None:
    """The person's initials in every written shape (JMcC, PO'C, IPW, GRh; J.N.); those that are also
    abbreviations — for the register only the everyday ones (GP, TA, CP); for names learned from the text any
    (DR, TV) and all two-letter ones — count only where a person stands."""
    full = initials_forms(name, every_word=True)
    for form in initials_forms(name):
        letters = "".join(c for c in form if c.isalpha())
        if letters.upper() in FREQUENT_ABBREVIATIONS and form not in full:
            continue  # Gethin Morgan-Pugh is GMP; his "GP" would be every GP in the file
        ambiguous = AMBIGUOUS_INITIALS if learned else FREQUENT_ABBREVIATIONS
        if learned and len(letters) >= 3 and letters.upper() in AMBIGUOUS_INITIALS:
            continue  # "CSC", "NRM": a learned name's initials that are also a service are the service
        positional = letters.upper() in ambiguous or (learned and len(letters) == 2)
        matcher.add(form, owner, "initials", 0.7, exact=True, positional=positional)
        if not learned and form.isalpha() and form.isupper() and not is_very_common_word(form):
            matcher.add(form.lower(), owner, "initials", 0.7, exact=True, quoted=True)  # "hope n jp r not her bisness"
        if form.isalpha() and form.isupper() and letters not in FREQUENT_ABBREVIATIONS:  # "K.A." is nobody's acronym
            matcher.add(".".join(form) + ".", owner, "initials", 0.7, exact=True)
            matcher.add(". ".join(form) + ".", owner, "initials", 0.7, exact=True)


def _add_inflected(matcher: RegisterMatcher, form: str, owner: int, kind: str, score: float) -> None:
    """A declined or mutated form: any case unless it is also an English word ("Race" from "Grace"), then capitalised only."""
    if is_very_common_word(form) and not is_name_word(form):
        return  # "Age" (a Polish form of Aga) is a form label in English records
    if is_ordinary_word(form):
        matcher.add(form, owner, kind, score, exact=True)
        matcher.add(form.upper(), owner, kind, score, exact=True)
    else:
        matcher.add(form, owner, kind, score)


_STREET_WORDS = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr", "Close": "Cl",
                 "Crescent": "Cres", "Court": "Ct", "Place": "Pl", "Gardens": "Gdns", "Terrace": "Terr", "Square": "Sq",
                 "Walk": "Wlk", "Park": "Pk", "Grove": "Gr", "Parade": "Pde", "House": "Hse"}


def street_abbreviations(address: str) -> set[str]:
    """An address with its street word abbreviated or spelled out: "41 Wharf Street" ↔ "41 Wharf St"."""
    out = set()
    for full, short in _STREET_WORDS.items():
        for a, b in ((full, short), (short, full)):
            swapped = re.sub(rf"(?<=[a-z] ){a}\b\.?(?=,|$|\s)", b, address)
            if swapped != address:
                out.add(swapped)
    return out


def _surname(name: str) -> str:
    """Everything after the first given name, particles kept: "Siobhán Ó Súilleabháin" → "Ó Súilleabháin"."""
    tokens = [t for t in name.replace(",", " ").split() if t.rstrip(".") not in TITLE_KEYS]
    return " ".join(tokens[1:]) if len(tokens) >= 2 else (tokens[0] if tokens else "")


def chinese_given_names(part: str) -> set[str]:
    """How a Chinese given name is also written: "Hiu-ming" → "Hiu Ming", "Hiuming", "Ah Ming" (the Cantonese
    familiar form); "陳曉明" → "曉明", "阿明" (the surname is the first character), "明明" and "明仔" (pet forms)."""
    if m := re.fullmatch(r"([A-Z][a-z]+)-([a-z]+)", part):
        a, b = m.groups()
        return {f"{a} {b.capitalize()}", a + b, f"{a}{b.capitalize()}", f"Ah {b.capitalize()}", f"Ah-{b}"}
    if len(part) in (3, 4) and all(CJK.fullmatch(c) for c in part):
        given = part[1:] if len(part) == 3 else part[2:]
        return {given, "阿" + given[-1], given[-1] * 2, given[-1] + "仔"}
    return set()


def nicknames(first: str) -> set[str]:
    """Pet forms made the usual ways: Hope → Hopey/Hopie, Kwame → Kwams, Ffion → Ffi (3-letter clip of a long name)."""
    out: set[str] = set()
    if len(first) < 3 or not first.isalpha():
        return out
    base = first[:-1] if first[-1].lower() in "aeiouy" else first
    out |= {first + "y", first + "ie", base + "y", base + "ie", base + "s", first + "s"}
    if len(first) >= 5:
        out |= {first[:3], first[:4], first[:3] + "i", first[:3] + "y", first[:3] + "ie", first[:3] + "s",
                first[:4] + "s", first[:4] + "y", first[:4] + "ie"}  # Ser, Ange, Rhods, Marty  # fmt: skip
    stem = re.sub(r"i?[aeo]$", "", first, flags=re.I) if len(first) > 3 else first[:-1] if first[-1] in "aeo" else first
    out |= {stem + "inho", stem + "inha", stem + "ito", stem + "ita"}  # Paulo → Paulinho, Júlia → Julinha, Ana → Aninha
    if onset := re.match(r"[^\W\daeiouy]{1,2}[aeiou]", first, re.I):  # Sharon → Shaz, Shazza; Darren → Dazza
        out |= {onset.group() + "z", onset.group() + "zza", onset.group() + "zzer"}
    if syllable := re.match(r"[^\W\daeiouyáéíóúàâêôãõ]{1,2}[aeiouáéíóúàâêôãõ]", first, re.I):
        doubled = syllable.group().capitalize() + fold(syllable.group()).lower()
        if fold(doubled).lower() not in NEVER_NAMES:
            out.add(doubled)  # Júlia → Juju, Bianca → Bibi, Lucas → Lulu (never "Nana", "Papa", "Mama")
    # A made-up pet form that is one of the commonest words in a language we publish in ("jak", "jaki" from
    # Jakub, "nowy") would flag ordinary text in that edition; register aliases cover real nicknames like these.
    return {o for o in out if o.lower() != first.lower() and len(o) >= 3 and not is_very_common_word(o)}


def build_register_matcher(register: Register, *, loose: bool = False) -> RegisterMatcher:
    """Compile the case register (people, places, dates of birth) into one matcher; `loose` adds detection's
    guesses (other Latin spellings of the people's names, a single initial where a person stands)."""
    from .short_names import setting_names  # noqa: PLC0415 (short_names imports the recognizers, which import this)

    m = RegisterMatcher(loose=loose)
    for i, person in enumerate(register.people):
        role = frozenset(w for w in re.findall(r"[a-z]+", person.role.lower()) if len(w) >= 3 and w not in _NOT_ROLE_WORDS)
        m.entries.append(_Entry(E.PERSON, person.pseudonym, f"person {i + 1}", role))
        add_person(m, len(m.entries) - 1, [person.name, *person.aliases])
        if person.date_of_birth:
            m.entries.append(_Entry(E.DOB, "[date of birth removed]", f"person {i + 1} date of birth"))
            for form in dob_forms(person.date_of_birth):
                m.add(form, len(m.entries) - 1, "dob", 1.0)
    for i, place in enumerate(register.places):
        m.entries.append(_Entry(E.PLACE, place.pseudonym, f"place {i + 1}"))
        owner = len(m.entries) - 1
        for name in (place.name, *place.aliases):
            m.add(name, owner, "full", 1.0)
            for spelled in street_abbreviations(name):  # "41 Wharf St" for "41 Wharf Street"
                m.add(spelled, owner, "full", 1.0)
            parts = [p.strip() for p in name.split(",")]
            street_at = next((n for n, p in enumerate(parts) if re.match(r"\d+[A-Za-z]?\s+[^\W\d]", p)), len(parts))
            for n, part in enumerate(parts):
                if n > street_at and not re.search(r"\d", part):
                    continue  # "57 Annandale Row, Glasgow": the town after the street names no household
                if len(part) >= 4 and re.search(r"[A-Za-z]{3}", part):
                    m.add(part, owner, "part", 0.95)
                    short = re.sub(r"\s+(?:School|Academy|Nursery|Day Nursery|Practice|Medical Practice|Surgery|"
                                   r"Health Centre|Medical Centre|Centre|College|Pre-?school)$", "", part)
                    if short != part and len(short.split()) >= 2:
                        m.add(short, owner, "short name", 0.9)  # "Larkfield Primary" for "Larkfield Primary School"
                    core = re.sub(r"(?:\s+(?:Primary|Junior|Juniors|Infant|Infants|High|Secondary|Community|Catholic|RC|CE|"
                                  r"Integrated|Controlled|Maintained|Grammar|Independent|"
                                  r"C of E|Church of England|Church in Wales|Methodist|Free|Special|Day|Pre-?school))+$",
                                  "", short)  # fmt: skip
                    if core != short and (len(core.split()) >= 2 or (len(core) >= 4 and not is_ordinary_word(core))):
                        m.add(core, owner, "short name", 0.85, exact=True)  # "Larkfield", "St Bernadette's"
                    welsh_core = re.sub(r"^(?:Ysgol|YG)(?:\s+(?:Gymraeg|Gynradd|Uwchradd|Gyfun|Feithrin|Babanod|Iau))?\s+",
                                        "", part)  # "Coed Taf" for Ysgol Gymraeg Coed Taf
                    if welsh_core != part and len(welsh_core) >= 4:
                        m.add(welsh_core, owner, "short name", 0.85, exact=True)
                    for named in {part, core, welsh_core}:  # "ar Gae Du", "yng Nghoed Taf"
                        if _looks_welsh(named.split()[0]) or named.split()[0] in _WELSH_PLACE_WORDS:
                            for mutated in welsh_mutations(named):
                                m.add(mutated, owner, _MUTATED_WORD, 0.85, exact=True)
                    street = re.sub(r"^\d+[A-Za-z]?\s+", "", part)
                    if street != part and (len(street.split()) >= 2 or len(street) >= 5 and not is_ordinary_word(street)):
                        m.add(street, owner, "street", 0.9)  # "Ardnacille" for "9 Ardnacille": a street named alone
                    if short != part or re.search(r"\b(?:School|Academy|College|Primary)$", part):
                        for nick in setting_names(part)[1:]:
                            if nick.isupper() or re.fullmatch(r"(?:St\.?|Saint) [A-Z]'s", nick):
                                m.add(nick, owner, "short name", 0.85, exact=True)  # "St B's", "KHS" (not the town)
                            elif len(nick.split()) >= 2 and nick.split()[-1] != core.split()[-1]:
                                shortened = re.sub(r"\s+(?:School|Centre)$", "", nick)
                                for form in {nick, shortened} - {core}:  # "Ballysaggart IPS", "Ashgrove Comm. Primary"
                                    m.add(form, owner, "short name", 0.85, exact=True)
    return m.compile()
