"""Detection over many texts at once: Presidio in batches (cached per text), the register, propagation, the keep-list.

    texts ─Presidio (nlp.pipe, cached by content hash)─► findings
          ─register matcher──────────────────────────► + findings with pseudonyms
          ─keep-list────────────────────────────────► − agencies, roles, pseudonyms
          ─propagation (confident names, case-wide)──► + every other mention
          ─resolve overlaps────────────────────────► one finding per span
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..case import Register
from ..output import atomic_write_text
from . import findings as E
from .analyzer import build_analyzer, model_name
from .dob_context import dates_after_names, dates_in_dob_columns, dates_in_dob_fields
from .east_asian import EAST_ASIAN_CHARS
from .findings import Finding
from .initials import AMBIGUOUS_INITIALS, FREQUENT_ABBREVIATIONS, SERVICE_ABBREVIATIONS
from .keeplist import KeepList, load_keep_list
from .korean import korean_tail
from .name_columns import names_in_name_columns
from .names_data import (
    TITLE_KEYS,
    VERB_NAMES,
    is_name_word,
    is_ordinary_word,
    is_very_common_word,
    language_names,
)
from .recognizers.introductions import initials_shaped
from .recognizers.names import ADVERBS, MONTHS_AND_SEASONS, NOT_A_NAME, NOUN_ENDINGS, PERSON_VERBS
from .register import (
    KEYED_NAME,
    WORD_INITIALS,
    RegisterMatcher,
    _Entry,
    add_guessed_mutations,
    add_initials,
    add_person,
    build_register_matcher,
)
from .short_names import SETTING_KIND, SETTING_ROLES, SETTING_WORDS, setting_names
from .textutil import at_sentence_start, fold

DETECTOR_VERSION = f"{__version__}-d1"
THRESHOLD = 0.5  # findings below this are shown to reviewers as suggestions, not proposed redactions
PROPAGATE_MIN = 0.7
BATCH_SIZE = 64
MAX_CHUNK = 20_000


@dataclass
class DetectionStats:
    """How much work a run did: texts seen, texts analysed by Presidio (cache misses)."""

    texts: int = 0
    analysed: int = 0


@dataclass
class Detector:
    """Finds personal data in texts, with the case register and keep-list; reusable across calls."""

    register: Register | None = None
    keep: KeepList | None = None
    model: str | None = None
    cache_file: Path | None = None
    threshold: float = THRESHOLD
    stats: DetectionStats = field(default_factory=DetectionStats)

    def __post_init__(self) -> None:
        base = self.keep or load_keep_list()
        extra = tuple(self.register.keep) if self.register else ()
        self.keep = base.extended(extra)
        self.model = model_name(self.model)
        self._matcher = build_register_matcher(self.register, loose=True) if self.register else None
        self._cache: dict[str, list[dict[str, object]]] = {}
        self._memo: dict[str, tuple[list[tuple[int, int]], list[Finding]]] = {}
        self._learned: dict[tuple[tuple[str, ...], ...], RegisterMatcher] = {}
        self._cache_dirty = False
        if self.cache_file and self.cache_file.exists():
            try:
                data = json.loads(self.cache_file.read_text(encoding="utf-8"))
                if data.get("version") == self._cache_version():
                    self._cache = data.get("entries", {})
            except (OSError, ValueError):
                self._cache = {}

    def _cache_version(self) -> str:
        keep_hash = hashlib.sha256("\n".join((*self.keep.terms, *self.keep.patterns)).encode()).hexdigest()[:16]
        return f"{DETECTOR_VERSION}|{_code_digest()}|{self.model}|{keep_hash}"

    # -- stage 1: Presidio, cached -------------------------------------------------------------
    def _presidio(self, texts: list[str]) -> list[list[Finding]]:
        from presidio_analyzer import BatchAnalyzerEngine

        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        todo = [i for i, k in enumerate(keys) if k not in self._cache and texts[i].strip()]
        if todo:
            analyzer = build_analyzer(self.model, self.keep.words)
            batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
            results = batch.analyze_iterator(
                [texts[i] for i in todo], language="en", batch_size=BATCH_SIZE, return_decision_process=True
            )
            for i, res in zip(todo, results):
                self._cache[keys[i]] = [_result_json(texts[i], r) for r in res]
            self._cache_dirty = True
            self.stats.analysed += len(todo)
        self.stats.texts += len(texts)
        return [[Finding(**d) for d in self._cache.get(k, [])] for k in keys]  # type: ignore[arg-type]

    def save_cache(self) -> None:
        """Write the per-text cache so the next run analyses only changed texts."""
        if self.cache_file and self._cache_dirty:
            payload = {"version": self._cache_version(), "entries": self._cache}
            atomic_write_text(self.cache_file, json.dumps(payload, ensure_ascii=False))
            self._cache_dirty = False

    # -- all stages ----------------------------------------------------------------------------
    def detect(
        self, texts: list[str], *, include_low: bool = False, context: list[str] | None = None
    ) -> list[list[Finding]]:
        """Findings for each text (same order), overlaps resolved, sorted by position.

        `context` texts (the rest of the case) are analysed too, only so that names found
        there are looked for in `texts`; their own findings are not returned."""
        texts_all = list(texts) + list(context or [])
        base = self._presidio(texts_all)
        per_text: list[list[Finding]] = []
        keep_spans: list[list[tuple[int, int]]] = []
        for text, found in zip(texts_all, base):
            keep, registered = self._keep_and_register(text)
            per_text.append([f for f in found if not _inside(f, keep)] + registered)
            keep_spans.append(keep)
        learned = self._propagation_matcher(per_text, texts_all)
        n = len(texts)  # the context's own findings are not needed past this point
        return self._finish(texts_all[:n], per_text[:n], keep_spans[:n], learned, include_low)

    def _keep_and_register(self, text: str) -> tuple[list[tuple[int, int]], list[Finding]]:
        """The keep-list's spans and the register's findings in one text, remembered per text (a case's other
        files are read again for every file `scrpress detect` is given)."""
        if text not in self._memo:
            if len(self._memo) > 20_000:
                self._memo.clear()
            self._memo[text] = (self.keep.spans(text), self._matcher.find(text) if self._matcher else [])
        keep, registered = self._memo[text]
        return keep, [replace(f) for f in registered]  # callers move offsets: hand out copies

    def _finish(
        self, texts: list[str], per_text: list[list[Finding]], keep_spans: list[list[tuple[int, int]]],
        learned: RegisterMatcher | None, include_low: bool,
    ) -> list[list[Finding]]:
        """Propagated names and dates of birth beside names, then one finding per span."""
        for text, found, keep in zip(texts, per_text, keep_spans):
            if learned is not None:
                found += [f for f in learned.find(text) if not _inside(f, keep) and _plausible(text, f)]
            found += dates_in_dob_columns(text) + dates_in_dob_fields(text)
            people = [f for f in found if f.entity_type == E.PERSON and f.score >= self.threshold]
            found += dates_after_names(text, people)
            found += [f for f in names_in_name_columns(text, people) if not _inside(f, keep)]
        floor = 0.0 if include_low else self.threshold
        return [resolve(text, [_extended(text, f) for f in found if f.score >= floor])
                for text, found in zip(texts, per_text)]

    def _propagation_matcher(self, per_text: list[list[Finding]], texts: list[str]) -> RegisterMatcher | None:
        """Names found with confidence anywhere, to be looked for everywhere (only their name-like words)."""
        names: dict[str, None] = {}
        keyed: dict[str, None] = {}  # initials a key in the text defined: "FO = HV", "midwife (JB)"
        spelled: dict[str, None] = {}  # ... as a name they spell: "GP = Gemma Pratt", "HT Holly Trevithick"
        settings: dict[str, bool] = {}  # "Hawthorn Medical Practice" → later "booked at Hawthorn" (True: a short name)
        capitals: dict[str, None] = {}  # surnames police write in capitals
        introduced: dict[str, None] = {}  # aliases the text introduces that are also words ("Hung", "Bunny")
        for text, found in zip(texts, per_text):
            addresses = [(f.start, f.end) for f in found if f.entity_type in (E.ADDRESS, E.PLACE)]
            for f in found:
                if f.entity_type == E.PERSON and any(s < f.end and f.start < e for s, e in addresses):
                    continue  # "41 Clarion Grove, Birmingham": a word of an address is not a name to look for
                if f.entity_type == E.SETTING and f.score >= self.threshold and "\n" not in f.text:
                    full, *short = setting_names(f.text)
                    settings.setdefault(full, not SETTING_KIND.search(full))  # "St Aidan's" alone is a short name too
                    settings.update(dict.fromkeys(short, True))
                    continue
                if "Introduction" in f.recognizer and " " not in f.text and initials_shaped(f.text):
                    (spelled if _SPELLED_KEY in f.explanation else keyed).setdefault(f.text, None)
                    continue
                police = re.match(r"([A-Z][A-Z'’\-]{2,}),[ \t]", f.text)
                if f.entity_type == E.PERSON and f.score >= PROPAGATE_MIN and police and re.search(
                        r"[AEIOUY]", police.group(1)) and police.group(1) not in AMBIGUOUS_INITIALS:
                    capitals.setdefault(police.group(1), None)  # "STROUD, Kieran" → "STROUD was in the driver's seat"
                if f.entity_type == E.PERSON and f.score >= self.threshold:
                    for chinese in _CHINESE_NAME.findall(f.text):
                        names.setdefault(chinese, None)  # "陳梓軒": then "軒仔", "阿軒" and "梓軒" too
                    if f.text[-1:].isascii() and (written := _NAME_IN_CHARACTERS.match(text, f.end)):
                        names.setdefault(written.group(1), None)  # "TANAKA Hiroshi 浩": then 浩 as sender, in messages
                if f.entity_type == E.PERSON and f.score >= PROPAGATE_MIN and "CaseRegister" not in f.recognizer:
                    found_words = re.findall(r"[^\W\d_][\w'’\-]*", f.text)
                    if police and police.group(1) in capitals:  # "ABERA, Yonas": then "approach Abera" too
                        found_words = [w.title() if w == police.group(1) else w for w in found_words]
                    if f.text.islower() and "Introduction" in f.recognizer:  # a chat's speaker "mursal": learn "Mursal"
                        found_words = [w[:1].upper() + w[1:] for w in found_words]
                    word_surname = len(found_words) >= 2 and is_name_word(found_words[0])  # "Julian Temple", "Lucy Winter"
                    words = [w for n, w in enumerate(found_words) if w[:1].isupper() and w not in TITLE_KEYS and (
                        fold(w).lower() not in NOT_A_NAME or word_surname and n == len(found_words) - 1)]
                    if words and any(_learnable(w) for w in words):
                        names.setdefault(" ".join(words), None)
                        if len(words) == 2 and re.fullmatch(r"[^,]+,[ \t]+[^,]+", f.text):
                            names.setdefault(f"{words[1]} {words[0]}", None)  # "Pike, Jordan": "Jordan Pike" too
                    elif words and "Introduction" in f.recognizer:
                        introduced.setdefault(" ".join(words), None)  # 'knows only as "Hung"': a name, though a word
        shorts = [s for s, short in settings.items() if not (short and _town_like(s, texts))]
        registered = {f"{initials} {owner}": None for text in texts if self._matcher
                      for initials, owner in self._matcher.keyed_initials(text)}  # "AS  Alexander Stewart"
        learned = tuple(tuple(sorted(group)) for group in (keyed, spelled, capitals, introduced, shorts, names, registered))
        if not any(learned):
            return None
        if learned not in self._learned:  # the same case read again (`scrpress detect` file by file): same matcher
            if len(self._learned) > 64:
                self._learned.clear()
            pseudonyms = [e.pseudonym for e in self._matcher.entries] if self._matcher else []
            self._learned[learned] = _propagation_matcher(*learned, pseudonyms)
        return self._learned[learned]


def _propagation_matcher(
    keyed: tuple[str, ...], spelled: tuple[str, ...], capitals: tuple[str, ...], introduced: tuple[str, ...],
    settings: tuple[str, ...], names: tuple[str, ...], registered: tuple[str, ...], pseudonyms: list[str],
) -> RegisterMatcher:
    """A matcher for what the case taught: initials from keys, police-capital surnames, introduced aliases,
    setting short names and names found with confidence (their name-like words, initials and full form)."""
    m = RegisterMatcher(source="propagation")
    for item in registered:  # a register person's initials a key gives them: "AS not present" is Alexander
        initials, owner = item.split()
        m.entries.append(_Entry(E.PERSON, pseudonyms[int(owner)], "initials a key in the case gives to a register person"))
        m.add(initials, len(m.entries) - 1, KEYED_NAME, 0.8, exact=True,
              positional=initials.upper() in SERVICE_ABBREVIATIONS | WORD_INITIALS)
    m.lower_needs_name = True  # "safeguarding" in lower case is not the "Safeguarding" of a learned phrase
    for initials in keyed:
        m.entries.append(_Entry(E.PERSON, "", "initials defined by a key elsewhere in the case"))
        m.add(initials, len(m.entries) - 1, "initials", 0.8, exact=True,
              positional=initials.upper() in FREQUENT_ABBREVIATIONS)  # "FO = HV", yet "HV: Dr Iqbal"
    for initials in spelled:  # "HT Holly Trevithick": then "alerted HT", "copied to HT" are Holly, not the role
        m.entries.append(_Entry(E.PERSON, "", "initials a key elsewhere in the case gives a name to"))
        m.add(initials, len(m.entries) - 1, KEYED_NAME, 0.8, exact=True,
              positional=initials.upper() in SERVICE_ABBREVIATIONS | WORD_INITIALS)
    for surname in capitals:
        m.entries.append(_Entry(E.PERSON, "", "a surname written in capitals in a 'SURNAME, Forename' entry"))
        m.add(surname, len(m.entries) - 1, "surname", 0.8, exact=True)
    for alias in introduced:
        m.entries.append(_Entry(E.PERSON, "", "a name the text introduces elsewhere in the case"))
        m.add(alias, len(m.entries) - 1, "alias", 0.8, exact=True)
        m.add(alias.lower(), len(m.entries) - 1, "alias", 0.6, exact=True, quoted=True)  # "tony 2 more week"
        add_guessed_mutations(m, len(m.entries) - 1, [alias], 0.8)  # "Rhoddir cefnogaeth i Fank" (Bank)
    for setting in settings:
        m.entries.append(_Entry(E.SETTING, "", "a setting named elsewhere in the case"))
        m.add(setting, len(m.entries) - 1, "short name", 0.75, exact=True)
    for name in names:
        m.entries.append(_Entry(E.PERSON, "", "a name found elsewhere in the case"))
        owner = len(m.entries) - 1
        words = name.split()
        parts = [w for w in words if _learnable(w)]
        if parts:
            add_person(m, owner, [" ".join(parts)], full_score=0.85, morphology=False, learned=True)
        if len(words) >= 2:
            m.add(name, owner, "full", 0.85)
            add_initials(m, owner, name, learned=True)
    return m.compile()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the detection code itself, so a cache never outlives a change to a recognizer."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _town_like(word: str, texts: list[str]) -> bool:
    """The short name is also used as a town or an organisation's name somewhere in the case ("in Northbridge",
    "Northbridge Safeguarding Children Partnership"), so it cannot stand for the setting alone."""
    rx = re.compile(rf"\b(?:in|from|of|near|around|across|outside|within)[ \t]+{re.escape(word)}\b(?![ \t]+{SETTING_WORDS})|"
                    rf"\b{re.escape(word)}[ \t]+(?!{SETTING_WORDS}|{SETTING_ROLES})[A-Z]")  # fmt: skip
    return any(rx.search(t) for t in texts)


_NOT_NAME_ENDINGS = NOUN_ENDINGS + ("ive", "able", "ible", "ful", "less", "ous", "ary", "ory")


_SPELLED_KEY = "the initials of a name"  # the Introduction recognizer's words for "HT Holly Trevithick"
_CHINESE_NAME = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{3,4}(?![\u3400-\u9fff])")  # surname and given name


def _learnable(word: str) -> bool:
    """A word worth looking for elsewhere: a gazetteer name, or a capitalised word that is not ordinary English
    (and does not end like a common noun or adjective: "Safeguarding", "Sustainment")."""
    w = re.sub(r"['’]s$", "", word).rstrip(".")
    if _NAME_IN_CHARACTERS_ALONE.fullmatch(w):
        return True  # "陳梓軒", "浩": a name in characters the case wrote beside its romanised form
    if len(w) < 2 or not w[:1].isupper() or fold(w).lower() in NOT_A_NAME or fold(w).lower() in language_names():
        return False
    if is_name_word(w):
        return True
    return not is_ordinary_word(w) and not w.lower().endswith(_NOT_NAME_ENDINGS) and not w.isupper()


_RATINGS = frozenset({"amber", "red", "green", "rag"})  # "Amber" opening a cell is a risk rating
_PLAUSIBLE_VERBS = frozenset(PERSON_VERBS | {"will"} | {  # "Faith will ask the GP", "Bank calm today", "Bank chose"
    "calm", "quiet", "upset", "tearful", "happy", "settled", "withdrawn", "angry", "distressed", "subdued", "cheerful",
    "anxious", "sad", "scared", "chatty", "sleepy", "tired", "hungry", "unwell", "chose", "ate", "slept", "drew", "ran",
    "hid", "sat", "stood", "fell", "cried", "laughed", "thought", "felt", "knew", "took", "brought", "left", "wants"})
# Names that are verbs before "to": "Hope to review", "Rose to 5 kg", "Mark to follow up".
_VERB_LIKE_NAMES = VERB_NAMES | {"summer", "march", "august", "june", "april"}


def _plausible(text: str, f: Finding) -> bool:
    """A propagated ordinary word at the start of a sentence ("Will the family...") needs a person's verb after it;
    a month before a number ("Jan 2025") is a date."""
    if f.text.lower() in MONTHS_AND_SEASONS and re.match(r"[ \t]+\d", text[f.end : f.end + 3]):
        return False
    if f.text.isupper() or not is_ordinary_word(f.text) or not at_sentence_start(text, f.start, f.end):
        return True
    if not is_very_common_word(f.text) and f.text.lower() not in _RATINGS:
        return True  # a rarer word found as a name elsewhere is the name at a sentence's start too: '"Kyle and two'
    if re.match(r"[ \t]*[:,]", text[f.end : f.end + 3]) and not text[text.rfind("\n", 0, f.start) + 1 : f.start].strip(" \t>"):
        return True  # a speaker or the person addressed, opening a line: 'Dawn: "I knew..."', "Sage, Cllr Fairfax..."
    if re.match(r"['’]s\b|[ \t]+[a-z]+ed[ \t]+(?:the|that|to|him|her|them|his|a|in|at|on)\b", text[f.end : f.end + 30]):
        return True  # "Bank's account", "Bank witnessed the assault": a person's own or deed
    if (surname := re.match(r"\s+([A-Z][a-z'’\-]+)\b", text[f.end : f.end + 30])) and is_name_word(
            surname.group(1)) and not is_ordinary_word(surname.group(1)):
        return True  # "Bank Prosser": the name before a surname
    pair = re.match(r"[ \t]*(?:and|&|/)[ \t]+[A-Z][\w'’\-]*", text[f.end :])  # "Dawn and Will were both at..."
    nxt = re.match(r"\s*([\w'’]+)(?:\s+([\w'’]+))?", text[f.end + (pair.end() if pair else 0) :])
    if not nxt:
        return False
    verb = nxt.group(2) if nxt.group(1).lower() in ADVERBS else nxt.group(1)  # "Precious also left"
    verb = verb and verb.replace("’", "'")  # "Sonny weren’t there"
    if verb and verb.lower() == "to" and f.text.lower() not in _VERB_LIKE_NAMES and nxt.group(2):
        return nxt.group(2).islower()  # an action for someone: "Joy to do a home visit", "Dawn to weigh weekly"
    return bool(verb) and (verb.lower() in _PLAUSIBLE_VERBS or bool(pair) and verb.lower() in ("were", "are", "both"))


# What the family calls a person before the name: "Old Jimmy", "Wee Lizzie", and a parent named by a child (kunya):
# "Abu Yousif", "Umm Ahmed".
_NICKNAME_PREFIX = re.compile(r"(?<![\w'’])(?:Wee|Big|Old|Young|Auld|Little|Lil|wee|big|auld|Abu|Abou|Umm|Um|Oum)[ \t]+$")
# A form of address written onto a name with a hyphen: Korean "Min-jun-ah", "Ji-hye-ssi", Japanese "Yuki-chan",
# South Asian "Ravi-ji", Persian "Leila-jan".
_ADDRESS_SUFFIX = re.compile(r"-(?:ah|ya|yah|i|ie|ssi|shi|nim|san|chan|kun|sama|ji|jee|jan|joon)(?![\w'’\-])", re.IGNORECASE)


def _with_name_affixes(text: str, f: Finding) -> Finding:
    """'Old Jimmy', 'Wee Lizzie', 'big tam', 'Abu Yousif', 'Min-jun-ah': the prefix or suffix is part of what the
    family calls the person; so is the second syllable of a Korean given name the model cut off ("Park Ji-woo")."""
    if f.entity_type != E.PERSON:
        return f
    last = re.search(r"[^\W\d_]+$", f.text)
    if last and (end := korean_tail(text, f.start + last.start(), f.end)):
        f = replace(f, end=end, text=text[f.start : end])
    if m := _ADDRESS_SUFFIX.match(text, f.end):
        f = replace(f, end=m.end(), text=text[f.start : m.end()])
    if not (m := _NICKNAME_PREFIX.search(text, max(0, f.start - 8), f.start)):
        return f
    if not f.text[:1].isalpha() or (f.text[:1].isupper() != m.group()[:1].isupper()):
        return f  # "big Tam" mixes cases: "a big Jimmy fan" is not a name's prefix
    return replace(f, start=m.start(), text=text[m.start() : f.end])


_TRAILING_INITIAL = re.compile(r"[ \t](?:(?:[A-Z]\.){1,4}(?![\w.])|[B-HJ-Z](?=[ \t]{2,}|[ \t]*(?:\n|$|[,;)\-–])))")


_QUOTED_NAME = re.compile(r"[\"“'‘](?P<name>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){1,3})[\"”'’]")


def _with_quoted_rest(text: str, f: Finding) -> Finding:
    """'"Tze Hin Chan"': a name quoted on its own is one name, so the words around the part found go with it (when
    they are no everyday words)."""
    if f.entity_type != E.PERSON or "\n" in f.text:
        return f
    line_start = text.rfind("\n", 0, f.start) + 1
    for m in _QUOTED_NAME.finditer(text, line_start, min(len(text), f.end + 40)):
        start, end = m.span("name")
        if start <= f.start and f.end <= end and (start, end) != (f.start, f.end):
            rest = (text[start : f.start] + " " + text[f.end : end]).split()
            if rest and not any(is_ordinary_word(w) or is_very_common_word(w) for w in rest):
                return replace(f, start=start, end=end, text=text[start:end])
    return f


_LEADING_INITIALS = re.compile(r"(?:(?<![\w.'’])(?:[A-Z][ \t]+){2,4}|(?<![\w.'’])(?:[A-Z]\.[ \t]*(?:(?:ap|ab|ferch|bin|ibn|"
                               r"de|van|von|mac|ó|ní)[ \t]+)?){1,4}[ \t]?)$")  # "A M H Alsaleh", "E. ap G. Parry"


_NAME_IN_CHARACTERS = re.compile(rf"[ \t]+([{EAST_ASIAN_CHARS}]{{1,4}})(?=[ \t]|$|[,;)\n])")
_NAME_IN_CHARACTERS_ALONE = re.compile(rf"[{EAST_ASIAN_CHARS}]{{1,4}}")


def _with_name_in_characters(text: str, f: Finding) -> Finding:
    """'TANAKA Hiroshi 浩', 'CHAN Tsz Hin 陳梓軒': the name in characters after the romanised one is the same name."""
    if f.entity_type != E.PERSON or not f.text[-1:].isascii() or not (m := _NAME_IN_CHARACTERS.match(text, f.end)):
        return f
    return replace(f, end=m.end(1), text=text[f.start : m.end(1)])


def _with_leading_initials(text: str, f: Finding) -> Finding:
    """'RK A M H Alsaleh', 'K. K. Jomon': initials before a surname are part of the name."""
    if f.entity_type != E.PERSON or not f.text[:1].isupper() or not (
            m := _LEADING_INITIALS.search(text, max(0, f.start - 12), f.start)):
        return f
    return replace(f, start=m.start(), text=text[m.start() : f.end])


def _with_trailing_initial(text: str, f: Finding) -> Finding:
    """'VILLANUEVA, Princess Joy D.', 'Abinayah S. - P3': a middle or surname initial after a name is part of it."""
    if f.entity_type != E.PERSON or not f.text[-1:].isalpha() or len(f.text) < 3 or not (
            m := _TRAILING_INITIAL.match(text, f.end)):
        return f
    return replace(f, end=m.end(), text=text[f.start : m.end()])


def _extended(text: str, f: Finding) -> Finding:
    """A finding grown to the whole name around it: address words and suffixes, the rest of a quoted name, initials
    before and after it, the name in characters written beside it."""
    for extend in (_with_name_affixes, _with_quoted_rest, _with_leading_initials, _with_trailing_initial,
                   _with_name_in_characters):
        f = extend(text, f)
    return f


def _inside(f: Finding, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= f.start and f.end <= e for s, e in spans)


def _result_json(text: str, r) -> dict[str, object]:  # type: ignore[no-untyped-def]
    expl = r.analysis_explanation
    why = ""
    recognizer = (r.recognition_metadata or {}).get("recognizer_name", "")
    if expl is not None:
        why = expl.textual_explanation or ""
        if expl.score_context_improvement:
            why += f"; context words raised the score by {expl.score_context_improvement:.2f}"
        recognizer = recognizer or expl.recognizer
    start, end = _trim(text, r.start, r.end)
    return {"start": start, "end": end, "entity_type": r.entity_type, "score": float(r.score),
            "text": text[start:end], "recognizer": recognizer, "explanation": why.strip("; ")}  # fmt: skip


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n\r,.;:()[]\"'“”‘’":
        start += 1
    while end > start and text[end - 1] in " \t\n\r,.;:()[]\"“”‘’":
        end -= 1
    return start, end


def resolve(text: str, found: list[Finding]) -> list[Finding]:
    """Merge overlapping findings into one span (the union: recall first), typed by the most specific finding;
    join a first name and surname found separately when only a space or comma divides them."""
    found = sorted(found, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    for f in found:
        if out and f.start < out[-1].end:
            out[-1] = _merge(text, out[-1], f)
            continue
        if out and _joinable(text, out[-1], f):
            out[-1] = _merge(text, out[-1], f)
            continue
        out.append(f)
    return out


# The word that names a person by a parent: Hebrew, Arabic, Welsh, Gaelic, Somali-Arabic usage.
_PATRONYMIC_GAP = re.compile(r"[ \t]+(?:ben|bat|bas|bar|bin|binti|bint|ibn|ap|ab|verch|ferch|mac|nic|mhic|ní|ni|"
                             r"oğlu|בן|בת|בר|بن|بنت)[ \t]+")


def _joinable(text: str, a: Finding, b: Finding) -> bool:
    if a.entity_type != E.PERSON or b.entity_type != E.PERSON:
        return False
    gap = text[a.end : b.start]
    if _PATRONYMIC_GAP.fullmatch(gap):
        return True  # "Yossi ben Moshe", "Dafydd ap Rhys": one person, named by a parent
    if a.replacement and b.replacement and a.replacement != b.replacement:
        return False
    if gap.startswith(","):
        return a.text.isupper() and bool(re.fullmatch(r",[ \t]?", gap))  # "KOWALSKA, Anna" is one person
    if "\n" in gap and not (a.text[:1].isupper() and b.text[:1].isupper()):
        return False  # "where r u merce\nSilas Price  21:48": a word ending one message, a sender opening the next
    return bool(re.fullmatch(r"[ \t]?|[ \t]?\n[ \t]?|-", gap))


def _merge(text: str, a: Finding, b: Finding) -> Finding:
    """The union of two findings; its type and pseudonym come from the register if it took part, else from
    the more confident finding (ties go to the more specific type)."""
    start, end = min(a.start, b.start), max(a.end, b.end)

    def rank(f: Finding) -> tuple[bool, float, bool, int]:
        # An e-mail address or handle that contains a name is an e-mail address or handle.
        whole = f.entity_type in (E.EMAIL, E.HANDLE) and f.start <= min(a.start, b.start) and f.end >= max(a.end, b.end)
        return (whole, round(f.score, 2), "CaseRegister" in f.recognizer, -E.PRIORITY.get(f.entity_type, 99))

    first, second = (a, b) if rank(a) >= rank(b) else (b, a)
    recognizers = list(dict.fromkeys(r for f in (first, second) for r in f.recognizer.split(" + ") if r))
    why = " | ".join(x for x in dict.fromkeys((first.explanation, second.explanation)) if x)
    return Finding(
        start, end, first.entity_type, max(a.score, b.score), text[start:end], " + ".join(recognizers), why,
        first.replacement or second.replacement,
    )


def chunks(text: str) -> list[tuple[int, str]]:
    """Split a long file into paragraph chunks (at blank lines, at most MAX_CHUNK characters) with their offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        if m.start() - pos >= 1 or not out:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    final: list[tuple[int, str]] = []
    for off, piece in out:
        while len(piece) > MAX_CHUNK:
            cut = piece.rfind("\n", 0, MAX_CHUNK)
            cut = cut if cut > 0 else MAX_CHUNK
            final.append((off, piece[:cut]))
            off, piece = off + cut, piece[cut:]
        if piece.strip():
            final.append((off, piece))
    return final


def detect_text(
    text: str, detector: Detector, *, include_low: bool = False, context: list[str] | None = None
) -> list[Finding]:
    """Findings for one whole text (a file), with offsets into that text; `context` is the rest of the case."""
    parts = chunks(text)
    ctx = [piece for other in (context or []) for _, piece in chunks(other)]
    results = detector.detect([p for _, p in parts], include_low=include_low, context=ctx)
    out: list[Finding] = []
    for (off, _), found in zip(parts, results):
        for f in found:
            f.start += off
            f.end += off
            out.append(f)
    return out
