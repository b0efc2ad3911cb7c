"""Loader for the labelled personal-data detection corpus.

The corpus lives in ``benchmarks/data/detection/`` (see the README there).  Annotated
documents carry inline markup:

    [[TYPE:surface text]]    a gold span of personal data
    [[TYPE+:surface text]]   a gold span of a person or place listed in the family's
                             register (case.yaml)

``load_split`` strips the markup and returns each document's plain text together with
the exact Python character offsets of every gold span.  Run this file directly to
validate every document and print a summary per split::

    python benchmarks/corpus.py

Pure standard library + PyYAML.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data" / "detection"
SPLITS = ("dev", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "published")

ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "ADDRESS",
        "POSTCODE",
        "NHS_NUMBER",
        "NI_NUMBER",
        "PHONE",
        "EMAIL",
        "DATE_OF_BIRTH",
        "REFERENCE",
        "VEHICLE_REG",
        "SOCIAL_HANDLE",
        "ORG_LOCAL",
    }
)
# Only people and places can be in a register (case.yaml people[] / places[]).
REGISTER_TYPES = frozenset({"PERSON", "ADDRESS", "ORG_LOCAL"})

OPEN, CLOSE = "[[", "]]"
_HEAD = re.compile(r"([A-Z_]+)(\+?):")


class CorpusError(ValueError):
    """Malformed markup or an inconsistent corpus file (message names file and line)."""


@dataclass
class GoldSpan:
    start: int
    end: int
    entity_type: str
    in_register: bool
    text: str


@dataclass
class GoldDoc:
    path: Path
    family: str
    split: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)
    case_yaml: Path | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


def _line_of(raw: str, pos: int) -> int:
    return raw.count("\n", 0, pos) + 1


def parse_markup(raw: str, source: str = "<string>") -> tuple[str, list[GoldSpan]]:
    """Strip ``[[TYPE:...]]`` markup from *raw*; return (plain text, spans)."""
    out: list[str] = []
    spans: list[GoldSpan] = []
    length = 0  # running length of the plain text (characters)
    i = 0
    n = len(raw)
    while i < n:
        j = raw.find(OPEN, i)
        k = raw.find(CLOSE, i)
        if k != -1 and (j == -1 or k < j):
            raise CorpusError(f"{source}:{_line_of(raw, k)}: ']]' without a matching '[['")
        if j == -1:
            out.append(raw[i:])
            break
        chunk = raw[i:j]
        out.append(chunk)
        length += len(chunk)
        line = _line_of(raw, j)
        head = _HEAD.match(raw, j + 2)
        if head is None:
            snippet = raw[j : j + 30].split("\n")[0]
            raise CorpusError(
                f"{source}:{line}: markup must look like [[TYPE:text]] or [[TYPE+:text]], got {snippet!r}"
            )
        etype, plus = head.group(1), head.group(2) == "+"
        if etype not in ENTITY_TYPES:
            raise CorpusError(
                f"{source}:{line}: unknown entity type {etype!r} (known: {', '.join(sorted(ENTITY_TYPES))})"
            )
        if plus and etype not in REGISTER_TYPES:
            raise CorpusError(
                f"{source}:{line}: '+' (in register) is only allowed on {sorted(REGISTER_TYPES)}"
            )
        body_start = head.end()
        end = raw.find(CLOSE, body_start)
        nxt = raw.find(OPEN, body_start)
        if end == -1:
            raise CorpusError(f"{source}:{line}: unclosed '[[{etype}' (no ']]' before end of file)")
        if nxt != -1 and nxt < end:
            raise CorpusError(
                f"{source}:{line}: unclosed '[[{etype}' (next '[[' at line {_line_of(raw, nxt)} comes before ']]')"
            )
        body = raw[body_start:end]
        if not body.strip():
            raise CorpusError(f"{source}:{line}: empty span [[{etype}:]]")
        if body != body.strip():
            raise CorpusError(f"{source}:{line}: span text {body!r} has leading/trailing whitespace")
        if body.count("\n") > 1:
            raise CorpusError(f"{source}:{line}: span text {body!r} runs over more than one line break")
        spans.append(GoldSpan(length, length + len(body), etype, plus, body))
        out.append(body)
        length += len(body)
        i = end + 2
    text = "".join(out)
    for s in spans:
        assert text[s.start : s.end] == s.text, (source, s)
    return text, spans


def _read(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        raise CorpusError(f"{path}:1: file starts with a UTF-8 byte-order mark")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc})") from None
    if "\r" in raw:
        raise CorpusError(
            f"{path}:{_line_of(raw, raw.index(chr(13)))}: carriage return found; use LF line endings"
        )
    return raw


def load_doc(path: Path, split: str, family: str, case_yaml: Path | None) -> GoldDoc:
    raw = _read(path)
    if split == "published":
        if OPEN in raw or CLOSE in raw:
            pos = raw.find(OPEN) if OPEN in raw else raw.find(CLOSE)
            raise CorpusError(f"{path}:{_line_of(raw, pos)}: published documents must contain no markup")
        return GoldDoc(path, family, split, raw, [], None)
    text, spans = parse_markup(raw, str(path))
    return GoldDoc(path, family, split, text, spans, case_yaml)


def load_split(split: str) -> list[GoldDoc]:
    """Load every document of *split* (one of SPLITS), sorted by path."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    root = DATA_DIR / split
    if not root.is_dir():
        raise CorpusError(f"{root}: split folder missing")
    docs: list[GoldDoc] = []
    if split == "published":
        for p in sorted(root.glob("*.txt")):
            docs.append(load_doc(p, split, p.stem, None))
        return docs
    for fam_dir in sorted(d for d in root.iterdir() if d.is_dir()):
        case_yaml = fam_dir / "case.yaml"
        if not case_yaml.is_file():
            raise CorpusError(f"{fam_dir}: missing case.yaml")
        for p in sorted(fam_dir.glob("*.txt")):
            docs.append(load_doc(p, split, fam_dir.name, case_yaml))
    return docs


# --------------------------------------------------------------------------- validation


def load_register(case_yaml: Path) -> dict:
    try:
        data = yaml.safe_load(case_yaml.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{case_yaml}: malformed YAML ({exc})") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{case_yaml}: expected a mapping at top level")
    for key in ("reference", "title", "board", "nation", "people", "places"):
        if key not in data:
            raise CorpusError(f"{case_yaml}: missing field {key!r}")
    if data["nation"] not in ("england", "wales", "scotland", "northern-ireland"):
        raise CorpusError(f"{case_yaml}: unknown nation {data['nation']!r}")
    for i, person in enumerate(data["people"] or []):
        for key in ("name", "pseudonym", "role"):
            if not person.get(key):
                raise CorpusError(f"{case_yaml}: people[{i}] missing {key!r}")
    for i, place in enumerate(data["places"] or []):
        for key in ("name", "pseudonym"):
            if not place.get(key):
                raise CorpusError(f"{case_yaml}: places[{i}] missing {key!r}")
    return data


def _nhs_ok(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(c) * w for c, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 10:
        return False
    return (0 if check == 11 else check) == int(digits[9])


_NI = re.compile(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])")
_NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_TITLE = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|PC|DS|DC|DI|Sgt|PCSO|Constable|Inspector|Pani|Pan)\.? ")
_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", re.IGNORECASE)


def _format_problem(span: GoldSpan) -> str | None:
    t = span.text
    if span.entity_type == "NHS_NUMBER" and not _nhs_ok(t):
        return "NHS number fails the modulus-11 check"
    if span.entity_type == "NI_NUMBER":
        m = _NI.fullmatch(t)
        if not m or (m.group(1) + m.group(2)) in _NI_BAD_PREFIX:
            return "not a well-formed National Insurance number"
    if span.entity_type == "POSTCODE" and not _POSTCODE.fullmatch(t):
        return "not a well-formed UK postcode"
    if span.entity_type == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", t, re.IGNORECASE):
        return "not an e-mail address"
    if span.entity_type == "PERSON" and _TITLE.match(t):
        return "title/role belongs outside the PERSON span"
    if span.entity_type == "PHONE" and len(re.sub(r"\D", "", t)) not in (10, 11, 12):
        return "unexpected number of digits for a UK phone number"
    return None


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def validate(docs: list[GoldDoc]) -> list[str]:
    """Consistency checks beyond the markup itself; returns human-readable problems."""
    problems: list[str] = []
    registers: dict[Path, dict] = {}
    for doc in docs:
        for s in doc.spans:
            msg = _format_problem(s)
            if msg:
                problems.append(f"{doc.path}: {s.entity_type} {s.text!r}: {msg}")
        if doc.case_yaml is None:
            continue
        if doc.case_yaml not in registers:
            registers[doc.case_yaml] = load_register(doc.case_yaml)
        reg = registers[doc.case_yaml]
        listed = set()
        for person in reg["people"] or []:
            listed.add(_fold(person["name"]))
            listed.update(_fold(a) for a in person.get("aliases") or [])
        for place in reg["places"] or []:
            listed.add(_fold(place["name"]))
        # A span whose text is literally a register name/alias must be marked '+'.
        for s in doc.spans:
            if _fold(s.text) in listed and not s.in_register:
                problems.append(f"{doc.path}: {s.text!r} is a register name/alias but not marked '+'")
        # A register name/alias touching no span at all is a missed annotation.
        covered = [(s.start, s.end) for s in doc.spans]
        for name in listed:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
                if not any(a < m.end() and m.start() < b for a, b in covered):
                    line = doc.text.count("\n", 0, m.start()) + 1
                    problems.append(f"{doc.path}:{line}: register name {name!r} appears unlabelled")
    return problems


def summary(split: str, docs: list[GoldDoc]) -> str:
    types = Counter(s.entity_type for d in docs for s in d.spans)
    reg_person = sum(1 for d in docs for s in d.spans if s.entity_type == "PERSON" and s.in_register)
    non_person = sum(1 for d in docs for s in d.spans if s.entity_type == "PERSON" and not s.in_register)
    reg_other = sum(1 for d in docs for s in d.spans if s.entity_type != "PERSON" and s.in_register)
    families = sorted({d.family for d in docs}) if split != "published" else []
    lines = [
        f"== {split} ==",
        f"  documents: {len(docs)}"
        + (f" in {len(families)} families ({', '.join(families)})" if families else ""),
        f"  words:     {sum(d.words for d in docs)}",
        f"  spans:     {sum(types.values())}",
    ]
    for t in sorted(ENTITY_TYPES):
        if types.get(t):
            lines.append(f"    {t:<14} {types[t]:>4}")
    if split != "published":
        lines.append(f"  PERSON in register:     {reg_person}")
        lines.append(f"  PERSON not in register: {non_person}")
        lines.append(f"  places in register (ADDRESS/ORG_LOCAL '+'): {reg_other}")
    return "\n".join(lines)


def write_plain(docs: list[GoldDoc], out_dir: Path) -> list[Path]:
    """Write each document's plain text (markup stripped) under *out_dir*, byte-exact,
    so a detector reading the file from disk sees the same offsets as the gold spans."""
    written = []
    for d in docs:
        target = out_dir / d.split / (d.family if d.split != "published" else "") / d.path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(d.text.encode("utf-8"))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    total_problems = 0
    try:
        for split in SPLITS:
            docs = load_split(split)
            print(summary(split, docs))
            for p in validate(docs):
                print(f"  PROBLEM {p}")
                total_problems += 1
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    dev = {d.family for d in load_split("dev")}
    test = {d.family for d in load_split("test")}
    if dev & test:
        print(f"PROBLEM families in both dev and test: {sorted(dev & test)}")
        total_problems += 1
    print("OK" if not total_problems else f"{total_problems} problem(s)")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
