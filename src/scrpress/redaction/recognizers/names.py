"""People's names the register does not know: gazetteers read with capitals and context, and spaCy's PERSON.

"Grace told the teacher" is a name; "by the grace of" is not. A capitalised gazetteer name in
mid-sentence is strong evidence; at the start of a sentence, a name that is also an ordinary
word ("Hope", "Will") needs more: a title or role before it, a surname after it, a person's
verb after it, or spaCy's agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from .. import findings as E
from ..initials import DONE_VERBS, initials_forms
from ..korean import korean_tail, romanised_korean_given_names
from ..names_data import (
    HONORIFICS,
    NEVER_NAMES,
    PERSONAL_TITLES,
    SURNAME_PARTICLES,
    TITLE_KEYS,
    gazetteers,
    is_common_word,
    is_name_word,
    is_ordinary_word,
    is_very_common_word,
    language_names,
)
from ..register import is_mutated_welsh_name
from ..textutil import at_sentence_start, fold
from .base import RecognizerSpec, recognizer

PERSON_VERBS = set(
    ["said", "says", "told", "tells", "reported", "reports", "stated", "states", "disclosed", "discloses", "attended", "attends", "was", "is", "had", "has", "did", "does", "went", "goes", "came", "comes", "called", "calls", "rang", "rings", "texted", "texts", "explained", "explains", "described", "describes", "denied", "denies", "admitted", "admits", "agreed", "agrees", "refused", "refuses", "asked", "asks", "left", "leaves", "returned", "returns", "arrived", "arrives", "presented", "presents", "appeared", "appears", "cried", "cries", "shouted", "shouts", "screamed", "hit", "hits", "lives", "lived", "moved", "moves", "stayed", "stays", "visited", "visits", "saw", "sees", "met", "meets", "spoke", "speaks", "confirmed", "confirms", "alleged", "alleges", "continued", "continues", "became", "becomes", "remained", "remains", "wanted", "wants", "would", "could", "should", "might", "felt", "feels", "thought", "thinks", "knew", "knows", "missed", "misses", "declined", "declines", "answered", "answers", "replied", "replies", "messaged", "messages", "emailed", "emails", "wrote", "writes", "walked", "walks", "ran", "runs", "took", "takes", "gave", "gives", "got", "gets", "made", "makes", "kept", "keeps", "looked", "looks", "seemed", "seems", "needed", "needs", "tried", "tries", "failed", "fails", "brought", "brings", "did't", "didn't", "wasn't", "isn't", "hasn't", "hadn't", "showed", "shows", "raised", "raises", "accepted", "accepts", "engaged", "engages", "drove", "drives", "sat", "sits", "stood", "slept", "sleeps", "woke",
     "waited", "waits", "picked", "picks", "heard", "hears", "noticed", "notices", "searched", "drew", "sent", "sends",
     "helped", "helps", "hugged", "hugs", "smiled", "laughed", "cried", "phoned", "phones", "visited", "arranged",
     "turned", "turns", "upset", "tearful", "distressed", "angry", "worried", "scared", "frightened",
     "weren't", "ain't", "won't", "can't", "don't", "doesn't", "haven't", "wouldn't", "couldn't"]
) | DONE_VERBS
# Kinship words used as a title before a name: "Granny Bunny", "Aunt Rose", "Nain Eirlys".
KIN_TITLES = {"granny", "gran", "nana", "nanna", "nan", "nanny", "grandma", "grandad", "grandpa", "gramps", "aunt",
              "aunty", "auntie", "uncle", "cousin", "nain", "taid", "babcia", "dziadek", "abba", "mama", "mummy", "daddy",
              "baba", "mami", "tia", "tio",  # "Abba Tekeste" (a priest), "Mummy Blessing", "Tia Cida"
              "tita", "tito", "lola", "lolo", "ate", "kuya", "tete", "gogo", "sekuru", "mbuya", "daja", "halla",
              "teta", "khala", "khalu", "chacha", "chachi", "mamu", "phuphi", "shangazi", "mjomba", "akka",
              "thatha", "paati", "athai",  # "Tita Baby", "Tete Rudo", "Daja Bekim", "Khala Nasreen", "Akka Priya"
              *HONORIFICS,  # "Haja Mariama": a pilgrim's or teacher's honour before the name
              "maman", "khaleh", "khale", "amoo", "amu", "dayi", "daei", "ammeh", "phuppo", "phuppi"}  # "Maman Parvin"
ROLE_WORDS = (KIN_TITLES - {"nanny"}) | set(
    ["mother", "father", "mum", "dad", "partner", "boyfriend", "girlfriend", "husband", "wife", "ex-partner", "neighbour", "neighbours", "friend", "sister", "brother", "aunt", "auntie", "uncle", "cousin", "grandmother", "grandfather", "nan", "grandma", "grandad", "son", "daughter", "stepfather", "stepmother", "niece", "nephew", "lodger", "visitor", "worker", "nurse", "officer", "teacher", "manager", "practitioner", "midwife", "doctor", "gp", "consultant", "paediatrician", "constable", "sergeant", "detective", "inspector", "head", "headteacher", "senco", "dsl", "advocate", "interpreter", "student", "named", "called", "aka", "known", "babysitter", "childminder", "carer", "guardian", "peer", "associate", "tenant", "landlord", "landlady", "resident", "pupil", "dear", "hi", "hello", "from", "to", "cc", "with", "and"]
)
ORG_WORDS = set(
    ["police", "council", "school", "academy", "college", "nursery", "surgery", "practice", "centre", "center", "clinic", "hospital", "trust", "service", "services", "team", "unit", "board", "partnership", "department", "ward", "court", "prison", "hub", "authority", "agency", "ltd", "limited", "association", "church", "mosque", "temple", "society", "charity", "foundation", "project", "group", "university", "infirmary", "nhs", "cafcass", "probation", "housing", "network", "panel", "committee", "office", "station", "road", "street", "lane", "avenue", "close", "drive", "way", "house", "estate", "palace", "castle", "stadium",
     "museum", "theatre", "library", "cathedral", "abbey", "airport", "barracks", "gallery", "branch", "division",
     "directorate", "grove", "crescent", "gardens", "terrace", "mews", "square", "wharf", "parade", "boulevard", "quay"]
)
NOUN_ENDINGS = ("ing", "ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "ology", "ism", "ics")
# Surnames that are also words of a street or a building: a person's only after a role ("midwife, Becky Lane").
_PLACE_SURNAMES = frozenset({"lane", "hill", "hills", "wood", "woods", "green", "field", "fields", "brook", "brooks", "bank",
                             "banks", "dale", "park", "parks", "ford", "wells", "cross", "gates", "moor", "marsh", "heath",
                             "bridge", "bridges", "hall", "street", "church", "chapel", "temple", "house", "lodge",
                             "grove", "croft", "burn", "glen", "brae", "rowe", "mead", "castle", "tower", "towers"})
_ROLE_ENDINGS = ("ist", "ician", "tric", "trics", "ical", "ologist", "ary", "ory")
_FUNCTION_WORDS = {"from", "to", "cc", "with", "and"}  # weak evidence before an unknown word: "from Duhok", "to CSC"
NOT_A_NAME = frozenset(NEVER_NAMES | ROLE_WORDS | ORG_WORDS)  # never a word of a person's name
_NOT_FIRST = frozenset(ROLE_WORDS | NEVER_NAMES)  # trimmed from the front of a spaCy PERSON span
_NOT_LAST = frozenset(NEVER_NAMES | ORG_WORDS)  # trimmed from its end
WEAK_VERBS = {"was", "is", "had", "has", "did", "does", "would", "could", "should", "might", "went", "came", "made",
              "got", "gets", "took", "takes", "gave", "kept", "looked", "seemed", "needed", "became", "remained"}
ADVERBS = {"also", "then", "later", "again", "still", "never", "always", "often", "now", "herself",
            "himself", "initially", "subsequently", "previously", "repeatedly", "immediately"}  # fmt: skip
_DATE_NEIGHBOUR = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$")
HEADER_LABELS = {"to", "from", "cc", "bcc", "attendees", "present", "chair", "author", "by", "name", "contact", "victim",
                 "suspect", "perpetrator", "subject", "child", "mother", "father", "partner", "minutes", "apologies",
                 "signed", "reviewer", "officer", "worker", "nurse", "teacher", "manager", "lead", "tenant", "carer"}
MONTHS_AND_SEASONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                      "january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "spring", "summer", "autumn", "winter"}
_WORDISH = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?$")


_GAELIC_PARTICLES = frozenset({"Ó", "Ní", "Uí", "Nic", "Mhic", "Ua"})


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    ws: str  # whitespace after
    pos: str
    person: bool  # inside a spaCy PERSON entity


def _key_before_name(words: list[str]) -> bool:
    """The first word is a key's initials spelling the name after it ("HT Holly Trevithick"), not part of the name."""
    return len(words) >= 3 and words[0].isupper() and 2 <= len(words[0]) <= 4 and words[0] in initials_forms(
        " ".join(words[1:]))


def _is_title(t: str) -> bool:
    return t.rstrip(".") in TITLE_KEYS


def _capitalised(t: str) -> bool:
    return bool(_WORDISH.match(t)) and t[0].isupper() and not t.isupper() or (len(t) == 1 and t.isupper())


def _initial(t: str) -> bool:
    """"C.", "J." or Welsh "Ll." — an initial standing for a name."""
    return 2 <= len(t) <= 3 and t[0].isupper() and t[:-1].isalpha() and t[-1] == "." and (len(t) == 2 or t[1].islower())


_GREETINGS = ("thanks", "thank you", "many thanks", "regards", "kind regards", "best wishes", "best", "hi", "hello",
              "dear", "cheers", "diolch", "cofion", "morning", "good morning", "afternoon", "good afternoon")  # fmt: skip


def _line_before(text: str, start: int) -> str:
    """What stands before `start` on its line, trimmed, lower-case, without a trailing comma ("thanks") or the
    ">" marks of a quoted e-mail."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip().lstrip(">").strip().lower().rstrip(",")  # "> Mark,"


def _greeted(text: str, start: int, end: int) -> bool:
    """'Thanks Dawn.' / 'Hi Summer, can you...': a first name after a greeting opening its line."""
    return _line_before(text, start) in _GREETINGS and text[end : end + 1] in (",", ".", "!", ":", "")


_ADDRESSED = {"for", "can", "could", "please", "just", "thanks", "thank", "i", "i'm", "i've", "we", "you", "your", "fyi",
              "are", "did", "do", "have", "would", "sorry", "see", "re", "any", "has", "is", "how", "what", "when",
              "where", "update"}  # fmt: skip


def _vocative(text: str, start: int, end: int) -> bool:
    """'Mark - for your records' / 'Jack, can you': a name opening its line, addressed, before the message."""
    m = re.match(r"(?:,|[ \t][-–—])[ \t]+([\w'’]+)", text[end : end + 16])
    return not _line_before(text, start).strip("-•*·–") and bool(m) and m.group(1).lower() in _ADDRESSED


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """'Kyle' or 'Thanks, Kyle' or 'Hi Mark,' on a line of its own, as e-mails are signed and opened."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _line_before(text, start)
    after = text[end:line_end].strip()
    return (before == "" or before in _GREETINGS) and after in ("", ",", ".", "!", ":")


_ADDRESS_LINE = re.compile(r"(?:^|\n)[ \t>]*(?:from|to|cc|bcc|sent by|on behalf of|attendees|required|optional|author"
                           r"|organi[sz]er)[ \t]*:[^\n]*$", re.IGNORECASE)


def _on_address_line(text: str, start: int) -> bool:
    """Whether `start` stands on an e-mail or meeting header line ("From: ...", "To: ...; ...")."""
    return _ADDRESS_LINE.search(text, max(0, text.rfind("\n", 0, start)), start) is not None


def _unlisted_word(t: str) -> bool:
    """A capitalised word in no word list of English, Polish or Welsh, even inflected ("Farai", not "Requested")."""
    return (_capitalised(t) and len(t) >= 3 and not is_common_word(t) and not is_ordinary_word(t)
            and not t.lower().endswith(NOUN_ENDINGS + _ROLE_ENDINGS))  # not "Paediatric Haematologist"


def _upper_word(t: str) -> bool:
    return bool(_WORDISH.match(t)) and t.isupper() and len(t) >= 2


# Past participles whose "by" names who did it: "translated by", "seen by", "written by".
_AGENT_PARTICIPLES = frozenset({"seen", "written", "taken", "given", "done", "drawn", "met", "run", "led", "held", "sent",
                                "made", "chaired", "minuted", "interpreted"})
_ORGANISATION_PARTICIPLES = frozenset({"referred", "reported", "commissioned", "funded", "provided", "owned", "managed",
                                       "hosted", "organised", "organized", "operated", "delivered", "employed", "housed",
                                       "offered", "covered", "served", "followed", "replaced", "caused", "affected"})


class GazetteerNameRecognizer(EntityRecognizer):
    """First names and surnames from gazetteers, read in context (see module docstring)."""

    def __init__(self, keep_words: frozenset[str] = frozenset()) -> None:
        self.first, self.last = gazetteers()
        self.keep_words = keep_words
        super().__init__(supported_entities=[E.PERSON], name="GazetteerNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return []
        doc = nlp_artifacts.tokens
        person_idx = {t.i for ent in doc.ents if ent.label_ in ("PERSON", "PER") for t in ent}
        self._text = text
        self._place_idx = {t.i for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC", "NORP") for t in ent}
        self._org_idx = {t.i: len(ent) for ent in doc.ents if ent.label_ == "ORG" for t in ent}
        toks = [_Tok(t.text, t.idx, t.idx + len(t.text), t.whitespace_, t.pos_, t.i in person_idx) for t in doc]
        results: list[RecognizerResult] = []
        i = 0
        while i < len(toks):
            run, j = self._run(toks, i)
            if run:
                results.extend(self._judge(text, toks, i, run))
                i = j
            else:
                i += 1
        return results

    def _run(self, toks: list[_Tok], i: int) -> tuple[list[int], int]:
        """Indices of a run of name-shaped tokens from i: capitalised words, initials ("C."), particles, hyphens,
        and "SURNAME, First" / "SURNAME, I"."""
        if not (_capitalised(toks[i].text) or _upper_word(toks[i].text) or _initial(toks[i].text) or _is_title(toks[i].text)):
            return [], i + 1  # a title may carry its full stop: "Prof. Page"
        run = [i]
        j = i + 1
        while j < len(toks) and len(run) < 8:
            prev, tok = toks[j - 1], toks[j]
            if tok.text.isspace():
                nxt = toks[j + 1].text if j + 1 < len(toks) else ""
                label = j + 2 < len(toks) and toks[j + 2].text == ":"  # "Ellie Foster\nPatient: ..."
                if tok.text.strip(" ") == "\n" and _WORDISH.match(prev.text) and _capitalised(nxt) and not label and not (
                        len(prev.text) > 1 and prev.text.isupper()) and (  # not a heading line: "FAMILIES\nSeren said"
                        is_name_word(nxt) or not is_ordinary_word(nxt)):  # nor the next line's sentence: "...\nSeen at"
                    j += 1  # a name broken over a line ("Anna\nKowalska")
                    continue
                break
            if tok.text == "." and not prev.ws and _is_title(prev.text) and not prev.text.isupper():  # not "SW. Said"
                j += 1  # "Pst. Nwosu": spaCy splits the full stop off a title it does not know
                continue
            if prev.ws not in ("", " ", "\n"):
                break
            low = tok.text.lower()
            if tok.text == "a" and prev.text in ("Mac", "Nic", "Mhic") and j + 2 < len(toks) and not tok.ws and (
                    toks[j + 1].text in ("'", "’") and _capitalised(toks[j + 2].text)):
                run += [j, j + 1]  # "Mac a' Phearsain"
                j += 2
                continue
            if _capitalised(tok.text) or _upper_word(tok.text) or _initial(tok.text) and (_initial(toks[run[-1]].text) or j + 1 < len(toks)) or (tok.text in ("-", "‐") and not prev.ws and not tok.ws and _WORDISH.match(prev.text)
                  and j + 1 < len(toks) and (_capitalised(toks[j + 1].text) or _upper_word(toks[j + 1].text))) or low in SURNAME_PARTICLES and j + 1 < len(toks) and _capitalised(toks[j + 1].text):
                run.append(j)
            elif tok.text == "," and _upper_word(toks[run[-1]].text) and re.search(r"[AEIOUY]", toks[run[-1]].text) and (
                j + 1 < len(toks) and (_capitalised(toks[j + 1].text) or _initial(toks[j + 1].text)
                                       or len(toks[j + 1].text) == 1) and not self._place_after_comma(toks, j + 1)):
                run.append(j)  # KOWALSKA, Anna / FAIRWEATHER, J; not "HSCP, Holly" nor "SLOAN, Abercairn North CPT"
            elif tok.text == "," and len(run) == 1 and self._addressed_surname_first(self._text, toks, run[0], j):
                run.append(j)  # "From: Petrie, Alison <apetrie@...>": Outlook writes people surname first
            else:
                break
            j += 1
        return run, j

    def _addressed_surname_first(self, text: str, toks: list[_Tok], k: int, comma: int) -> bool:
        """'Petrie, Alison <...>' / '; Strachan, Nicola (AWS)' on a From/To/Cc line: a capitalised surname, a comma
        and a first name that is not one of the commonest words, then an address, a separator or the end of the entry."""
        nxt = toks[comma + 1] if comma + 1 < len(toks) and toks[comma].ws == " " else None
        if nxt is None or not _capitalised(toks[k].text) or not _capitalised(nxt.text) or (
                self._classify(nxt.text) not in "FLU" or is_very_common_word(nxt.text)):
            return False
        if self._classify(toks[k].text) == "N" or is_very_common_word(toks[k].text) or not _on_address_line(
                text, toks[k].start):
            return False
        return re.match(r"[ \t]*(?:$|\n|<|;|\(|\[)|[ \t]{2}", text[nxt.end : nxt.end + 3]) is not None

    def _classify(self, word: str) -> str:
        """F first name, L surname, I initial, U unknown capitalised word, O ordinary English word, N never a name."""
        if _initial(word) or (len(word) == 1 and word.isupper()):
            return "I"
        if word == "a":
            return "P"  # only inside a run: "Mac a' Phearsain"
        if word.lower() in SURNAME_PARTICLES and (word.islower() or len(word) <= 3):
            return "P"  # ap, ó, ní, mac, van, de: part of a surname
        k = fold(word).lower().replace("’", "'")
        if k in NEVER_NAMES or k in ORG_WORDS or k in self.keep_words or k in ROLE_WORDS or k in language_names():
            return "N"  # language_names: "Afaan Oromo", "Darija", "(French)"
        if re.match(r"(?:Mac|Mc|Nic|Mhic|Fitz)[A-ZÀ-ÖØ-Þ][a-zà-ÿ]", word):
            return "L"  # "NicDhòmhnaill", "MacLeòid", "McInnes": a patronymic surname
        if k in self.first:
            return "F"
        if k in self.last:
            return "L"
        if is_ordinary_word(word) or not word[:1].isupper():
            return "O"
        return "F" if is_mutated_welsh_name(word) else "U"

    def _judge(self, text: str, toks: list[_Tok], i0: int, run: list[int]) -> list[RecognizerResult]:
        """Split the run at words that are never names ("Northbridge MASH - Amber Lowe"), then judge each part."""
        out: list[RecognizerResult] = []
        if (surname := self._titled_word_surname(text, toks, run)) is not None:
            return [surname]
        part: list[int] = []
        for k in run:
            if _WORDISH.match(toks[k].text) and self._classify(toks[k].text) == "N" and not _is_title(toks[k].text) and not (
                    k == run[-1] and len(part) == 1 and self._role_then_name(toks, part[0], part[0], k)):
                if part:
                    out.extend(self._judge_part(text, toks, part[0], part))
                part = []
            else:
                part.append(k)
        if part:
            out.extend(self._judge_part(text, toks, part[0], part))
        return out

    def _titled_word_surname(self, text: str, toks: list[_Tok], run: list[int]) -> RecognizerResult | None:
        """'Mr Church', 'PC 0871 Ward on scene': a personal title (and collar number) before one word that
        usually names a building, which is then a surname - unless a number or a name follows ("Ward 3")."""
        k = run[-1]
        given = [j for j in run[1:-1] if _WORDISH.match(toks[j].text) or _initial(toks[j].text)]
        titled = len(run) >= 2 and toks[run[0]].text.rstrip(".") in PERSONAL_TITLES and all(
            _initial(toks[j].text) or self._classify(toks[j].text) == "F" for j in given) or (
            len(run) == 1 and run[0] >= 2 and toks[run[0] - 1].text.isdigit() and toks[run[0] - 2].text.rstrip(".")
            in PERSONAL_TITLES)  # fmt: skip
        if not titled or not (fold(toks[k].text).lower() in ORG_WORDS or fold(toks[k].text).lower() in language_names()) or (
                not _capitalised(toks[k].text)):
            return None
        if re.match(r"[ \t]*(?:\d|[A-Z][a-z])", text[toks[k].end : toks[k].end + 4]):
            return None
        start = toks[given[0]].start if given else toks[k].start  # "Dr Julian Temple", "Dr J. Temple"
        return self._result(start, toks[k].end, 0.8, "after a personal title (a surname that is also a word)")

    def _result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        expl = AnalysisExplanation(recognizer=self.name, original_score=score, textual_explanation=why)
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return RecognizerResult(E.PERSON, start, end, score, expl, meta)

    @staticmethod
    def _first_and_initial(text: str, toks: list[_Tok], words: list[int], classes: dict[int, str]) -> bool:
        """'Brook H <h.brook@...>', 'To: ...; Brook H': a first name and a bare surname initial, as e-mail shows them."""
        last, first = toks[words[-1]], toks[words[0]]
        quoted = first.start > 0 and text[first.start - 1] in "\"“"  # '"Yohannes G." (hotel)': a name as written
        return (len(words) == 2 and (classes[words[0]] == "F" or quoted and classes[words[0]] == "U")
                and (len(last.text) == 1 or _initial(last.text)) and last.text[0] not in "AI"
                and re.match(r"[ \t]*(?:$|\n|<|;|,|\)|[\"”'’])", text[last.end : last.end + 3]) is not None)  # fmt: skip

    def _place_after_comma(self, toks: list[_Tok], k: int) -> bool:
        """'SLOAN, Abercairn North CPT': after the comma a team's name (it ends in an acronym), not a forename."""
        if fold(toks[k].text).lower() in self.first:
            return False
        following = [t.text for t in toks[k + 1 : k + 5] if not t.text.isspace()][:3]
        return any(len(w) >= 2 and w.isupper() and not re.search(r"[AEIOUY]", w) for w in following)

    @staticmethod
    def _initial_before_verb(toks: list[_Tok], words: list[int], classes: dict[int, str]) -> bool:
        """'Summer H reported': a first name, a one-letter surname initial, then a person's verb."""
        last = words[-1]
        nxt = next((t.text.lower() for t in toks[last + 1 : last + 3] if not t.text.isspace()), "")
        return (len(words) >= 2 and classes[words[-2]] == "F" and len(toks[last].text) == 1 and toks[last].text not in "AI"
                and nxt in PERSON_VERBS and nxt not in WEAK_VERBS)  # fmt: skip

    @staticmethod
    def _caps_surname(word: str) -> bool:
        """A surname written in capitals: a vowel, three letters or more, not a common word ("NOTE", "URGENT")."""
        return (_upper_word(word) and len(word.replace("-", "")) >= 3 and bool(re.search(r"[AEIOUY]", word))
                and not is_very_common_word(word.split("-")[0]))  # fmt: skip

    @staticmethod
    def _initials_after_comma(toks: list[_Tok], words: list[int], classes: dict[int, str]) -> bool:
        """'TSANG, W K', 'PRYCE, D. J.', 'MIAH, Ismail H.': after the police surname's comma, initials (a forename
        may come first); 'TESFAYE J': a surname in capitals and one initial."""
        commas = [k for k in range(words[0], words[-1]) if toks[k].text == ","]
        after = [k for k in words if commas and k > commas[0]]
        if commas and after and all(classes[k] == "I" for k in after[1:]) and classes[after[0]] in "FLUI":
            return True
        return (len(words) == 2 and classes[words[1]] == "I" and len(toks[words[1]].text) == 1
                and toks[words[1]].text not in "AI" and GazetteerNameRecognizer._caps_surname(toks[words[0]].text))

    @staticmethod
    def _police_surname(toks: list[_Tok], k: int) -> bool:
        """A surname in capitals before ", Forename" ("STROUD, Kieran"), even when it is also a word ("LEE, Chi
        Keung", "YOUNG, Sarah": a common word only when it is a surname too and no common word follows)."""
        word = toks[k].text
        return (_upper_word(word) and len(word) >= 3 and k + 2 < len(toks) and toks[k + 1].text == ","
                and _capitalised(toks[k + 2].text) and (not is_very_common_word(word) or is_name_word(word) and (
                    not is_very_common_word(toks[k + 2].text)))
                and not word.lower().endswith(NOUN_ENDINGS))  # fmt: skip

    def _role_then_name(self, toks: list[_Tok], i0: int, first: int, last: int) -> bool:
        """A first name or initial and a surname that is also a street word, just after a role: "community midwife,
        Becky Lane", "Midwife B. Lane" (a person), not "Elm Road"."""
        if self._classify(toks[first].text) not in "FI" or fold(toks[last].text).lower() not in _PLACE_SURNAMES or not (
                _capitalised(toks[last].text)):
            return False
        before = [t.text.lower() for t in toks[max(0, i0 - 4) : i0] if not t.text.isspace()][-2:]
        role = before[-1] if before and before[-1] != "," else before[0] if len(before) == 2 else ""
        return role in ROLE_WORDS and role not in _FUNCTION_WORDS  # "midwife,\nBecky Lane" too

    def _judge_part(self, text: str, toks: list[_Tok], i0: int, run: list[int]) -> list[RecognizerResult]:
        words = [
            k for k in run
            if _WORDISH.match(toks[k].text) or _initial(toks[k].text) or (k == run[0] and _is_title(toks[k].text))
            or (len(toks[k].text) == 1 and toks[k].text.isupper() and toks[k - 1].text == ",")  # FAIRWEATHER, J
        ]  # fmt: skip
        titled = False
        while words and _is_title(toks[words[0]].text):
            titled = True
            words = words[1:]
        if not titled and i0 > 0 and toks[i0 - 1].text.lower() in KIN_TITLES and toks[i0 - 1].text[:1].isupper():
            titled = True  # kinship as a title: "Granny Bunny", "Aunt Rose", "Nain Eirlys"
        classes = {k: self._classify(toks[k].text) for k in words}
        for k in words:
            if korean_tail(text, toks[k].start, toks[k].end):
                classes[k] = "U"  # "Ms Song Ha-na": a Korean given name the tokenizer split at its hyphen
        if titled and words and classes[words[0]] in "UO" and toks[words[0]].text.lower().endswith(NOUN_ENDINGS):
            titled = False  # "Named Nurse Safeguarding": a role's title, not a person's
        for n, k in enumerate(words[1:]):
            if toks[words[n]].text in _GAELIC_PARTICLES and classes[k] in "UO" and _capitalised(toks[k].text):
                classes[k] = "L"  # "Ó Dochartaigh", "Ní Ghallchóir": a Gaelic surname after its particle
        if len(words) >= 2 and toks[words[0] + 1].text == "," and self._addressed_surname_first(
                text, toks, words[0], words[0] + 1):
            classes[words[0]] = "L"  # "From: Petrie, Alison": a surname here, whatever else the word is
        if len(words) == 2 and self._role_then_name(toks, i0, words[0], words[1]):
            classes[words[-1]] = "L"  # "community midwife, Becky Lane": a surname here, not a street
        if any(classes[k] == "N" and fold(toks[k].text).lower() in ORG_WORDS for k in words):
            return []  # an organisation or a street: "Riverside Medical Practice", "Elm Road"
        while words and classes[words[0]] in "NO" and not titled and not self._police_surname(toks, words[0]):
            words = words[1:]
        while words and classes[words[-1]] in "NI" and not (classes[words[-1]] == "I" and toks[words[-1] - 1].text == ","
                                                             or self._first_and_initial(text, toks, words, classes)
                                                             or self._initials_after_comma(toks, words, classes)
                                                             or self._initial_before_verb(toks, words, classes)):
            words = words[:-1]
        if not words or all(classes[k] == "I" for k in words):
            return []
        if len(words) >= 2 and toks[words[0]].text in ("A", "I") and at_sentence_start(text, toks[words[0]].start,
                                                                           toks[words[0]].end):  # fmt: skip
            words = words[1:]  # "A Clare's Law disclosure": the article, not an initial
        if _key_before_name([toks[k].text for k in words]):
            words = words[1:]  # "HT Holly Trevithick": a key's initials before the name they stand for
        while words and classes[words[0]] == "P" and not titled and toks[words[0]].text.islower():
            words = words[1:]  # "Dr ap Rhys", "De Souza" keep their particle
        while words and classes[words[-1]] == "P":
            words = words[:-1]
        if not words:
            return []
        cls = "".join(classes[k] for k in words).replace("P", "")
        start, end = toks[words[0]].start, toks[words[-1]].end
        before = toks[i0 - 1].text.lower() if i0 > 0 else ""
        before2 = toks[i0 - 2].text.lower() if i0 > 1 else ""
        after_idx = run[-1] + 1
        while after_idx < len(toks) and toks[after_idx].text.isspace():
            after_idx += 1
        after = toks[after_idx].text.lower() if after_idx < len(toks) else ""
        after2 = toks[after_idx + 1].text.lower() if after_idx + 1 < len(toks) else ""
        if not titled and i0 > 1 and before.isdigit() and _is_title(toks[i0 - 2].text):
            titled = True  # "PC 2915 Jaswinder Heer": a rank, a collar number, a name
        date_like = _DATE_NEIGHBOUR.match(after) or _DATE_NEIGHBOUR.match(before) or before in ("of", "in", "since", "until", "by")
        if date_like and not titled and all(fold(toks[k].text).lower() in MONTHS_AND_SEASONS for k in words):
            return []  # "June 2023", "end of June", "Summer 2022": a date, not a person
        if before in ("st", "st.", "saint"):
            return []  # a saint, as in "St Aidan's" (a hospital or church), not a person in the case
        role_bracket = before == "(" and before2 in ROLE_WORDS and before2 not in _FUNCTION_WORDS and after.isalpha() and (
            toks[after_idx].text.islower())  # "Neighbour (Irene next door)"; a bracket that closes on one word is left to Introduction
        sentence_start = at_sentence_start(text, start, end) and not titled and before not in ROLE_WORDS and not role_bracket
        spacy_person = any(toks[k].person for k in words)
        place = not spacy_person and any(  # spaCy's ORG often takes a first name: "for Favour and her group"
            (k in self._place_idx and not is_mutated_welsh_name(toks[k].text))  # spaCy reads "at Dudur" as a place
            or (k in self._org_idx and (classes[k] != "F" or self._org_idx[k] > 1)) for k in words)
        context_before = (
            before in ROLE_WORDS
            or before2 in ("health", "social", "support", "family")
            or titled
            or (before in (":", "-", "–") and before2 in HEADER_LABELS)
            or (before == "as" and before2 in ("known", "referred", "called"))
            or role_bracket
            or (before == "law" and before2 in ("-", "‐"))  # "her son-in-law Winston"
            or (before == "," and before2 in ROLE_WORDS and before2 not in _FUNCTION_WORDS  # "her husband, Dilwyn"
                and not fold(toks[words[0]].text).lower().endswith(NOUN_ENDINGS))  # not "Manager, Safeguarding"
        )
        signed_off = after == "," and (after2 in ROLE_WORDS or after2 in HEADER_LABELS or (  # "Sukhdeep Gill, Team Manager"
            after_idx + 2 < len(toks) and toks[after_idx + 2].text.lower() in ROLE_WORDS))  # "(Mimoza Rexhepi, community interpreter)"
        by_agent = before == "by" and (before2.endswith("ed") and before2 not in _ORGANISATION_PARTICIPLES
                                       or before2 in _AGENT_PARTICIPLES)  # "translated by ...", not "funded by ..."
        if after in ADVERBS:  # "Precious also left her number"
            after = after2
        aged = after == "(" and (after2.isdigit() and len(after2) <= 2 or after2 in ("aged", "age"))  # "Sunday Macauley (17,"
        strong_after = aged or (after in PERSON_VERBS and after not in WEAK_VERBS) or after in ("'s", "’s") or (
            after == "and" and after2 in ("i", "me", "my"))  # "Hazel and I have talked it over"
        ordinary = [is_ordinary_word(toks[k].text) for k in words]
        names = [k for k in words if classes[k] in "FL"]
        score, why = 0.0, ""
        if titled and cls[0] in "FLUIO" and (any(c in "FLUI" for c in cls) or cls == "O"):
            score, why = 0.85, "after a title"
        elif cls in ("OL", "OU") and (not sentence_start or strong_after or context_before) and (
            cls == "OL" or context_before or spacy_person
        ):
            score, why = 0.6, "capitalised word before a surname"  # after a title: "Mr Brook Thomas"
        elif len(words) == 2 and classes[words[1]] == "I" and self._caps_surname(toks[words[0]].text) and "," not in text[start:end]:
            score, why = 0.75, "a surname in capitals and an initial"  # "enrolled as TESFAYE J"
        elif self._police_surname(toks, words[0]) and any(c in "FLU" for c in cls[1:]):
            score, why = 0.85, "SURNAME, Forename"  # "HEDGES, Carol Ann": police write the surname in capitals
        elif cls == "FO" and not ordinary[0] and (not sentence_start or context_before or strong_after or spacy_person
                                                  or after in ("(", ",", ";")):  # fmt: skip
            score, why = 0.75, "a first name before a surname that is also a word"  # "Rebecca Fortune, Chair"
        elif len(words) == 2 and _capitalised(toks[words[0]].text) and cls[0] in "FLO" and self._caps_surname(
                toks[words[1]].text) and (not sentence_start or cls[0] != "O" or after in ("(", ",")):
            score, why = 0.8, "Forename SURNAME"  # "Major HARRIS-PINNOCK (17)", "Kelvin CHAN"
        elif len(words) == 2 and cls[0] == "U" and _unlisted_word(toks[words[0]].text) and self._caps_surname(
                toks[words[1]].text) and len(re.findall(r"[AEIOUY]", toks[words[1]].text)) >= 2:  # not "Eastmere SARC"
            score, why = 0.7, "Forename SURNAME, neither an English word"  # "a friend from church, Farai MUTASA, Flat 2"
        elif cls[-2:] == "FI" and self._initial_before_verb(toks, words, classes):
            score, why = 0.7, "a first name and a surname initial before a person's verb"  # "Summer H reported"
        elif "O" in cls or "N" in cls:
            return []  # a capitalised phrase with ordinary words in it: "Language Line", "Public Law Outline"
        elif self._first_and_initial(text, toks, words, classes):
            score, why = 0.75, "a first name and a surname initial"
        elif len(words) >= 2 and cls[0] == "I" and cls[-1] in "FLU":
            score, why = 0.8, "initial and surname"
        elif len(words) >= 2 and "," in text[start:end] and cls[0] in "FLU":
            score, why = 0.85, "SURNAME, Forename"
        elif len(words) >= 2 and "F" in cls and not all(ordinary):
            score, why = 0.85, "first name followed by a surname"
        elif len(words) >= 2 and names and (not sentence_start or spacy_person or strong_after or context_before
                                            or signed_off):  # fmt: skip
            score, why = 0.75, "capitalised name pair"
        elif cls == "UU" and all(_unlisted_word(toks[k].text) for k in words) and (
                context_before or signed_off or by_agent or strong_after):  # spaCy's place label is weak here
            score, why = 0.65, "two capitalised words that are not English, where a person stands"  # "translated by Arben Krasniqi"
        elif len(words) == 1 and cls == "F" and _alone_on_line(text, start, end):
            score, why = 0.7, "a first name alone on its line (a greeting or signature)"
        elif len(words) == 1 and cls == "F" and _greeted(text, start, end):
            score, why = 0.7, "a first name after a greeting"
        elif len(words) == 1 and cls == "F" and _vocative(text, start, end):
            score, why = 0.55, "a first name addressed at the start of a line"
        elif len(words) == 1:
            c = cls
            weak_context = before in _FUNCTION_WORDS  # "from Duhok", "to CSC"
            if place and (not context_before or weak_context or before == ","):  # "(aunt, Tottenham)"
                return []
            if toks[words[0]].text.isupper() and (c == "U" or not (titled or context_before)):
                return []  # "CSC", "FAMILIES", "CAIT", "STORM": a word in capitals alone is an abbreviation or a heading
            if c == "U" and (not context_before or weak_context):
                return []
            if c in "FL" and not ordinary[0] and (c == "F" or not sentence_start):
                score, why = (0.8, "gazetteer name, not an ordinary word") if not sentence_start else (
                    0.7, "gazetteer name at sentence start")
            elif context_before and not sentence_start and not (before == "," and ordinary[0]):
                score, why = 0.75, f"after '{before}'"
            elif c == "F" and not sentence_start:
                score, why = 0.6, "capitalised mid-sentence (also an ordinary word)"
            elif c == "F" and sentence_start and (strong_after or (spacy_person and not ordinary[0])):
                score, why = 0.6, "sentence start, but a person's verb or spaCy follows"
            elif c == "L" and context_before:
                score, why = 0.6, "surname after a role"
        if score <= 0:
            return []
        if spacy_person:
            score = min(1.0, score + 0.05)
            why += "; spaCy PERSON agrees"
        return [self._result(start, end, score, why)]


class SpacyPersonRecognizer(EntityRecognizer):
    """spaCy's PERSON entities, trimmed of titles and roles, scored by what the gazetteers say of their words.

    Presidio gives every spaCy entity the same score; here a single unknown word gets less
    than a pair of known names, so the score means something.
    """

    def __init__(self, keep_words: frozenset[str] = frozenset()) -> None:
        self.first, self.last = gazetteers()
        self.keep_words = keep_words
        super().__init__(supported_entities=[E.PERSON], name="SpacyPersonRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return []
        out: list[RecognizerResult] = []
        for ent in nlp_artifacts.tokens.ents:
            if ent.label_ not in ("PERSON", "PER"):
                continue
            words = [t for t in ent if _WORDISH.match(t.text)]
            while words and (_is_title(words[0].text) or words[0].text.lower() in _NOT_FIRST):
                words = words[1:]
            while words and words[-1].text.lower() in _NOT_LAST:
                words = words[:-1]
            while len(words) >= 2 and words[0].text.isupper() and (
                    words[1].text.isupper() or "\n" in text[words[0].idx : words[1].idx]):
                words = words[1:]  # "DW TA Y5\nOliwia said": a key's initials and role, then the next line
            labels = [n for n, t in enumerate(words) if n and "\n" in text[words[n - 1].idx : t.idx]
                      and text[t.idx + len(t.text) : t.idx + len(t.text) + 1] == ":"]
            if labels:
                words = words[: labels[0]]  # "Dougie\nCc: Strachan": a header label opens the next line
            while len(words) >= 2 and "\n" in text[words[-2].idx : words[-1].idx] and is_ordinary_word(words[-1].text):
                words = words[:-1]  # "Carys Wynne-Lloyd\nSubject": the next line is not part of the name
            while len(words) >= 2 and re.search(r"[ \t]{2,}|\t", text[words[0].idx : words[1].idx]):
                words = words[1:]  # "CMi  Carl Mills": a key column before the name
            if _key_before_name([t.text for t in words]):
                words = words[1:]  # "HT Hannah Tregothnan": a key's initials before the name they stand for
            while len(words) >= 2 and re.search(r"[ \t]{2,}|\t|[()]", text[words[-2].idx : words[-1].idx]):
                words = words[:-1]  # "Carl Mills      Maths", "Kieran James   M", "Reid (Millbrook)": not the name
            if not words or not any(t.text[:1].isupper() for t in words):
                continue
            keys = [fold(t.text).lower() for t in words]
            if any(k in ORG_WORDS or k in self.keep_words for k in keys) or all(t.text.isupper() for t in words) or all(
                    k in language_names() for k in keys):
                continue  # "Afaan Oromo": a language
            known = sum(k in self.first or k in self.last for k in keys)
            if known and len(words) >= 2:
                score = 0.85
            elif known or len(words) >= 2:
                score = 0.65
            else:
                score = 0.45
            if len(words) == 1 and is_ordinary_word(words[0].text) and at_sentence_start(
                text, words[0].idx, words[0].idx + len(words[0].text)
            ):
                score = 0.3
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            expl = AnalysisExplanation(
                recognizer=self.name, original_score=score,
                textual_explanation=f"spaCy PERSON; {known} of {len(words)} word(s) in name gazetteers",
            )  # fmt: skip
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            out.append(RecognizerResult(E.PERSON, start, end, score, expl, meta))
        return out


@recognizer
class InitialAndSurname(RecognizerSpec):
    """"J. Pemberton", "C.Eze", "A. B. Lowe": an initial (or two) and a surname, as minutes and tables write people."""

    entity = E.PERSON
    patterns = [("initial-surname", r"(?<![\w.])(?:[A-Z]\.\s?){1,2}(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)", 0.75)]
    flags = re.MULTILINE

    def adjust(self, text: str, start: int, end: int, score: float) -> float:
        surname = re.sub(r"^(?:[A-Z]\.\s?)+", "", text[start:end])
        key = fold(surname).lower()
        if key in NEVER_NAMES or key in ORG_WORDS or (is_very_common_word(surname) and not is_name_word(surname)):
            return 0  # "U.S. Army", "A. Hospital"; a rarer word is a surname: "L. Baines"
        return score


class OtherScriptNameRecognizer(EntityRecognizer):
    """Names written in another script (Arabic, Bengali, Cyrillic, Chinese, Korean...) that Faker's lists for that
    script know or that have a name's shape, and Korean given names in Latin letters: a message quoted in the
    family's own script names people the register may not list."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[E.PERSON], name="OtherScriptNameRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        from ..other_scripts import names_in_other_scripts  # noqa: PLC0415 (anyascii is only needed here)

        out = []
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        for spans, why in ((names_in_other_scripts(text), "a name in another script (a listed name, or a name's shape)"),
                           (romanised_korean_given_names(text), "a Korean given name in Latin letters (Sun-hui)")):
            for start, end in spans:
                expl = AnalysisExplanation(recognizer=self.name, original_score=0.6, textual_explanation=why)
                out.append(RecognizerResult(E.PERSON, start, end, 0.6, expl, meta))
        return out
