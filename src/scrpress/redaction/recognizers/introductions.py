"""People introduced by the text itself: initials keys and aliases.

Records explain their own shorthand: "HK = Hope Kettle (community nursery nurse)", "Dr Llŷr Dafis
(LlD)", "AKA "Marv"", "Mrs Roberts calls Seren "Renni"". Such an introduction is strong evidence
whatever the words are (Hope Kettle is two ordinary words), and what it introduces is then looked
for across the case (see detect.py): an initials key makes "GP" someone's initials in that case.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .. import findings as E
from ..initials import initials_forms
from ..names_data import NEVER_NAMES, TITLE_KEYS, is_name_word, is_ordinary_word
from ..textutil import fold

_WORD = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?|ap|ab|Ó|Ní|Nic|Mac|de|van|von")
_INITIALS = r"[A-Z][A-Za-z'’]{0,2}[A-Z][a-z]?[A-Z]?[a-z]?"
KEY_THEN_NAME = re.compile(rf"(?<![\w'’])(?P<ini>{_INITIALS})[ \t]*(?:=|:|–|—|-)[ \t]*(?=[A-Z])")
NAME_THEN_KEY = re.compile(rf"\((?P<ini>{_INITIALS})\)")
_WORDS_AFTER = re.compile(r"(?:[^\s,;()]+)(?:[ \t]+[^\s,;()]+){0,4}")
_WORDS_BEFORE = re.compile(r"(?:[^\s,;()]+[ \t]+){0,4}[^\s,;()]+[ \t]*$")
_QUOTED = r"[\"“'‘](?P<q>[^\"”'’\n]{1,30}?)[\"”'’]"
ALIAS_INTRO = re.compile(
    r"\b(?:AKA|a\.k\.a\.?|aka|also known as|known (?:to (?:him|her|them|the \w+) )?as|nickname(?:d)?|"
    r"calls? (?:(?:him|her|them|the \w+|[A-Z][\w'’]+) )?|called|uses the name|goes by(?: the name)?|street names?|"
    r"alias(?:es)?|name shown as|signed|signs (?:off )?as)[ \t]*:?[ \t]*(?=[\"“'‘])"
)  # fmt: skip
_NEXT_QUOTED = re.compile(rf"[ \t]*{_QUOTED}(?:[ \t]*(?:,|and|or|/)[ \t]*)?")
_ROLE_WORDS = {"officer", "worker", "nurse", "manager", "lead", "teacher", "visitor", "practitioner", "team", "service",
               "protection", "assistant", "safeguarding", "support", "health", "social", "care", "police", "agency",
               "national", "multi", "plan", "conference", "meeting", "review", "assessment", "order", "court"}  # fmt: skip


def _name_like(name: str) -> bool:
    """A person's name rather than a defined term ("Child Protection (CP)", "Teaching Assistant (TA)"):
    no role or never-a-name word, and at least one word that is a known name or not an everyday word."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.rstrip(".") not in TITLE_KEYS]
    keys = [fold(w).lower().strip("'’") for w in words]
    if len(words) < 2 or any(k in NEVER_NAMES or k in _ROLE_WORDS for k in keys):
        return False
    return any(is_name_word(w) or not is_ordinary_word(w) for w in words)


def _words(text: str, base: int, m: re.Match[str] | None) -> list[tuple[int, int]]:
    """(start, end) of each word in a match (titles included; the caller drops them)."""
    if m is None:
        return []
    return [(base + w.start(), base + w.start() + len(w.group().rstrip(".:"))) for w in re.finditer(r"\S+", m.group())]


class IntroductionRecognizer(EntityRecognizer):
    """Initials keys and aliases: both sides of "HK = Hope Kettle", each quoted alias after "AKA"/"calls"."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[E.PERSON], name="Introduction")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in KEY_THEN_NAME.finditer(text):  # "HK = Hope Kettle": the longest run of words that fits
            words = _words(text, m.end(), _WORDS_AFTER.match(text, m.end()))
            for n in range(len(words), 1, -1):
                if found := self._key(text, m.group("ini"), m.start("ini"), words[:n]):
                    out += found
                    break
        for m in NAME_THEN_KEY.finditer(text):  # "Dr Llŷr Dafis (LlD)": the shortest run of words before that fits
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = _WORDS_BEFORE.search(text, line_start, m.start())
            words = _words(text, before.start(), before) if before else []
            for n in range(2, len(words) + 1):
                if found := self._key(text, m.group("ini"), m.start("ini"), words[-n:]):
                    out += found
                    break
        for m in ALIAS_INTRO.finditer(text):
            pos = m.end()
            while q := _NEXT_QUOTED.match(text, pos):
                alias = q.group("q").strip()
                if 1 <= len(alias.split()) <= 3 and alias[:1].isalpha() and fold(alias).lower() not in NEVER_NAMES:
                    out.append(self._result(q.start("q"), q.end("q"), "an alias or nickname the text introduces"))
                pos = q.end()
        return out

    def _key(self, text: str, ini: str, ini_start: int, words: list[tuple[int, int]]) -> list[RecognizerResult]:
        while words and text[words[0][0] : words[0][1]].rstrip(".") in TITLE_KEYS:
            words = words[1:]
        if len(words) < 2 or not all(_WORD.fullmatch(text[a:b]) for a, b in words):
            return []
        name = text[words[0][0] : words[-1][1]]
        if ini not in initials_forms(name) or not _name_like(name):
            return []
        return [self._result(ini_start, ini_start + len(ini), "initials key: the initials of a name"),
                self._result(words[0][0], words[-1][1], "named in an initials key")]  # fmt: skip

    def _result(self, start: int, end: int, why: str) -> RecognizerResult:
        expl = AnalysisExplanation(recognizer=self.name, original_score=0.85, textual_explanation=why)
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return RecognizerResult(E.PERSON, start, end, 0.85, expl, meta)
