"""Consistent labels for people the register does not know: "Adult 1", "Professional 2", "Child 1".

The same person gets the same label everywhere in the report, whether written in full, by
surname, by first name or as "J. Fenwick"; labels are given in reading order and kept in
`CASE/redaction/labels.csv` so a rebuild never renumbers them (a lawyer's "Adult 2" stays Adult 2).
labels.csv holds real names: it lives in the case folder, never in the output.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ScrpressError
from .decisions import BOM, Reasons, write_if_changed
from .textutil import fold

LABEL_COLUMNS = ("label", "kind", "name", "first_seen")
KINDS = ("professional", "child", "adult")

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "pc", "dc", "ds", "di", "dci", "dsu",
           "sgt", "insp", "cllr", "rev", "revd", "sr", "nurse", "sister", "mstr", "master",
           # role abbreviations agencies write before a name: "HV Jean Barker", "PS 2206 Lomax", "TM Dean Rowley"
           "ps", "pcso", "hv", "sw", "tm", "sm", "gp", "dsl", "senco", "iro", "cnn", "nn", "mw", "sn", "fsw",
           "ho", "tso", "ew", "idva", "lado"}  # fmt: skip
_PROFESSIONAL = re.compile(
    r"\b(PC|DC|DS|DI|DCI|PS|PCSO|Sgt|GP|HV|SW|TM|IRO|SENCO|SENDCo|DSL|LADO|IDVA|CNN|"
    r"[Ss]ergeant|[Cc]onstable|[Ii]nspector|[Dd]r|[Dd]octor|[Nn]urse|[Mm]idwife|[Hh]ealth [Vv]isitor|"
    r"[Ss]ocial [Ww]orker|[Tt]eacher|[Hh]ead ?[Tt]eacher|[Pp]rincipal|[Pp]aediatrician|[Cc]onsultant|"
    r"[Rr]egistrar|[Oo]fficer|[Mm]anager|[Pp]ractitioner|[Ww]orker|[Tt]herapist|[Pp]sychologist|"
    r"[Cc]linician|[Cc]hair|[Ll]ead|[Rr]eceptionist|[Ss]upervisor|[Cc]ounsellor|[Pp]aramedic|[Cc]oordinator|"
    r"[Aa]dvis[oe]r|[Ss]olicitor|[Bb]arrister|[Mm]agistrate|[Jj]udge|[Gg]uardian|[Ii]nterpreter|[Kk]ey [Pp]erson|"
    r"[Kk]ey ?[Ww]orker|[Ss]taff)\.?$"
)
_CHILD = re.compile(
    r"\b(child|son|daughter|baby|infant|toddler|boy|girl|pupil|stepson|stepdaughter|step-son|step-daughter|"
    r"grandson|granddaughter|newborn)$",
    re.IGNORECASE,
)
_AGED = re.compile(r"^\s*[,(]?\s*(?:aged|age)\s+(\d{1,2})\b", re.IGNORECASE)
_APPOSITIVE_PROF = re.compile(r"^\s*[,(]\s*(?:the\s+|a\s+|an\s+)?([\w\- ]{2,40}?)\s*[,)]", re.IGNORECASE)


def name_key(text: str) -> str:
    """A person's name reduced for comparison: no titles, no possessive, no diacritics, lower case."""
    text = re.sub(r"['’]s\b", "", fold(text))
    words = [w.strip(".,()'\"") for w in text.replace("-", " - ").split()]
    words = [w for w in words if w and w != "-"]
    while len(words) > 1 and (words[0].lower() in _TITLES or words[0].isdigit()):
        words = words[1:]
    return " ".join(w.lower() for w in words)


def mention_kind(text: str, start: int, end: int) -> str:
    """What the words around a mention say the person is: professional, child or adult (the default)."""
    before = re.sub(r"[\s\d,:(\u00a0]+$", "", text[max(0, start - 40) : start])  # "PC 2291 ", "practitioner ("
    span = text[start:end]
    after = text[end : end + 60]
    first = span.split()[0].rstrip(".") if span.split() else ""
    if _PROFESSIONAL.search(before) or _PROFESSIONAL.fullmatch(first):
        return "professional"
    m = _APPOSITIVE_PROF.match(after)
    if m and _PROFESSIONAL.search(m.group(1)):
        return "professional"
    aged = _AGED.match(after)
    if aged:
        return "child" if int(aged.group(1)) < 18 else "adult"
    if _CHILD.search(before):
        return "child"
    return "adult"


def _is_full(key: str) -> bool:
    """A name with a first name and a surname written out ("jo fenwick", not "j fenwick" or "fenwick")."""
    words = key.split()
    return len(words) > 1 and all(len(w) > 1 for w in words)


@dataclass
class LabelBook:
    """Name → label, read from and written back to labels.csv; new names get the next number of their kind."""

    path: Path | None = None
    labels: dict[str, str] = field(default_factory=dict)  # name key → label
    kinds: dict[str, str] = field(default_factory=dict)  # name key → kind
    first_seen: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=lambda: dict(zip(KINDS, ("Professional", "Child", "Adult"))))

    @classmethod
    def load(cls, path: Path, reasons: Reasons | None = None) -> LabelBook:
        book = cls(path)
        if reasons and reasons.person_labels:
            book.words.update(reasons.person_labels)
        if not path.exists():
            return book
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or not {"label", "name"} <= {h.strip().lower() for h in reader.fieldnames}:
            raise ScrpressError("labels file needs the columns label, kind, name, first_seen", file=path, where="row 1")
        reader.fieldnames = [h.strip().lower() for h in reader.fieldnames]
        for rec in reader:
            key, label = name_key(rec.get("name") or ""), (rec.get("label") or "").strip()
            if key and label:
                book.labels[key] = label
                book.kinds[key] = (rec.get("kind") or "adult").strip() or "adult"
                book.first_seen[key] = (rec.get("first_seen") or "").strip()
        return book

    def _next(self, kind: str) -> str:
        word = self.words.get(kind, kind.title())
        used = [int(m.group(1)) for label in self.labels.values() if (m := re.fullmatch(rf"{re.escape(word)} (\d+)", label))]
        return f"{word} {max(used, default=0) + 1}"

    def _resolve(self, key: str, full_names: Iterable[str]) -> str:
        """The full name a short mention belongs to, when exactly one known full name fits it."""
        words = key.split()
        if _is_full(key):
            return key
        candidates = []
        for full in full_names:
            parts = full.split()
            if len(parts) < 2 or full == key:
                continue
            if len(words) == 1 and words[0] in (parts[0], parts[-1]):
                candidates.append(full)
            elif len(words) == 2 and len(words[0]) == 1 and parts[-1] == words[1] and parts[0].startswith(words[0]):
                candidates.append(full)  # "J. Fenwick" → "jo fenwick"
        unique = sorted(set(candidates))
        return unique[0] if len(unique) == 1 else key

    def assign(self, mentions: list[tuple[str, str, str, bool]], *, renumber: bool = False) -> dict[str, str]:
        """Labels for mentions given in reading order as (name as written, kind hint, where, label not printed);
        returns name key → label for every mention, giving new people the next free number.

        With `renumber`, the book is rebuilt: numbers run from 1 in reading order, and people whose
        every mention was decided "keep" or "custom" (false alarms, own wording) get no number at all."""
        keys = [name_key(m[0]) for m in mentions]
        if renumber:
            self.labels.clear()
            self.kinds.clear()
            self.first_seen.clear()
        full_names = {k for k in (*keys, *self.labels) if _is_full(k)}
        person_of = {k: self._resolve(k, full_names) for k in dict.fromkeys(keys) if k}
        kind_of: dict[str, str] = {}
        first: dict[str, str] = {}
        needed: set[str] = set()
        for (_, hint, where, kept), k in zip(mentions, keys):
            person = person_of.get(k)
            if not person:
                continue
            first.setdefault(person, where)
            kind_of[person] = min(kind_of.get(person, "adult"), hint, key=KINDS.index)
            if not kept:
                needed.add(person)
        for person in first:  # reading order of first mention
            if person not in self.labels and (person in needed or not renumber):
                kind = kind_of.get(person, "adult")
                self.labels[person] = self._next(kind)
                self.kinds[person] = kind
                self.first_seen[person] = first[person]
        return {k: self.labels[p] for k, p in person_of.items() if p in self.labels}

    def render(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(LABEL_COLUMNS)
        for key, label in self.labels.items():
            w.writerow([label, self.kinds.get(key, "adult"), key, self.first_seen.get(key, "")])
        return BOM + buf.getvalue()

    def save(self) -> bool:
        return write_if_changed(self.path, self.render()) if self.path else False
