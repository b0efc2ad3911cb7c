"""The leak gate: re-read every public file and fail if a name or a redacted string survives.

    public file ─extract every text (pages, bookmarks, links, annotations, tags, metadata; DOCX
                 body, tables, headers, footers, notes, comments, properties)─► texts by place
                ─mask the names a public edition may print (board, agencies, lead reviewers)─►
                ─search: every register form (score ≥ 0.5) + every text decided "redact"──► leaks

A leak is reported by file and place and by *which* register entry or decision it is
("person 2 (pseudonym 'Mother')", "decision F-1a2b3c4d5e"): the leaked text itself is never printed.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ProblemList, ScrpressError
from .redaction.textutil import fold

if TYPE_CHECKING:  # the gate's worker processes import this module: keep it light
    from .redaction.decisions import Decision
    from .redaction.register import RegisterMatcher

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MIN_SCORE = 0.5
PUBLIC_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".po", ".csv", ".json", ".xml")
_STORY = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments\w*|glossary/document)\.xml$")
_PART_NAMES = {
    "word/document.xml": "body",
    "docProps/core.xml": "document properties (core)",
    "docProps/app.xml": "document properties (app)",
    "docProps/custom.xml": "custom properties",
    "word/footnotes.xml": "footnotes",
    "word/endnotes.xml": "endnotes",
    "word/comments.xml": "comments",
    "word/people.xml": "comment authors",
}
_FORBIDDEN_DOCX = {  # element → what it means, for a public edition
    f"{{{W}}}ins": "tracked changes (insertions)",
    f"{{{W}}}del": "tracked changes (deletions)",
    f"{{{W}}}moveFrom": "tracked changes (moves)",
    f"{{{W}}}moveTo": "tracked changes (moves)",
    f"{{{W}}}vanish": "hidden text",
    f"{{{W}}}comment": "comments",
    f"{{{W}}}commentReference": "comments",
}


@dataclass(frozen=True)
class Leak:
    """One surviving identifier: the file, the place in it, and which entry or decision (never the text)."""

    file: str
    where: str
    what: str

    def error(self) -> ScrpressError:
        return ScrpressError(f"{self.what} survives in a public file", file=self.file, where=self.where)


@dataclass
class Gate:
    """What must not appear in public files, and what may."""

    matcher: RegisterMatcher | None
    redacted: re.Pattern[str] | None = None
    redacted_ids: dict[str, str] = field(default_factory=dict)  # folded lower text → decision ID (+ type)
    allowed: re.Pattern[str] | None = None
    redacted_words: re.Pattern[str] | None = None  # the redacted texts with a letter in them

    def _ordinary_word(self, span: str) -> bool:
        """A register form that is also an English word, written in lower case ("will" for Will): not a name."""
        assert self.matcher is not None
        return span.islower() and " ".join(fold(span).split()).lower() in self.matcher.ordinary

    def search(self, text: str, *, structural: bool = False) -> list[str]:
        """What in `text` must not be there: a description per distinct hit, never the text itself.

        `structural` text (XML attributes, theme and style parts, PDF structure) is full of numbers,
        so there a redacted text made only of digits ("70213") is not looked for; names always are."""
        text = _prepare(text)
        if self.allowed is not None:
            text = self.allowed.sub(lambda m: " " * len(m.group()), fold(text))
        hits: dict[str, None] = {}
        for variant in _variants(text):
            if self.matcher is not None:
                for f in self.matcher.find(variant):
                    if structural and re.fullmatch(r"[A-F0-9]{2,3}|[A-Z]{2}", f.text):
                        continue  # style attributes: "BF" is a colour shade, not Bill Fairclough's initials
                    if f.score >= MIN_SCORE and not self._ordinary_word(f.text):
                        hits.setdefault(_describe_register(f), None)
            redacted = self.redacted_words if structural else self.redacted
            if redacted is not None:
                for m in redacted.finditer(fold(variant)):
                    key = " ".join(m.group().split()).lower()
                    hits.setdefault(self.redacted_ids.get(key, "a text decided 'redact'"), None)
        return list(hits)


def _describe_register(f: object) -> str:
    why = getattr(f, "explanation", "")
    m = re.search(r"register: ([^,]+),", why)
    entry = m.group(1) if m else "a register entry"
    pseudonym = getattr(f, "replacement", None)
    if pseudonym and not pseudonym.startswith("["):
        return f"{entry} (pseudonym '{pseudonym}')"
    return entry


def _prepare(text: str) -> str:
    """NFKC (ligatures, full-width letters), no soft hyphens or zero-width characters."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)


def _variants(text: str) -> Iterator[str]:
    """The text with whitespace normalised, and again with words hyphenated across a line joined up."""
    yield " ".join(text.split())
    joined = re.sub(r"(\w)[-\u2010\u2011]\s*\n\s*(\w)", r"\1\2", text)
    if joined != text:
        yield " ".join(joined.split())


def make_gate(register, rows: list[Decision], allowed: list[str]) -> Gate:  # type: ignore[no-untyped-def]
    """The gate for one case: its register, its decisions and the names it may print.

    A text decided "redact" in one place but deliberately kept in another is not searched for
    (the review lists such texts as inconsistent); every other redacted text is."""
    from .redaction.register import build_register_matcher
    from .redaction.review import phrase_regex

    kept = {_norm(r.text) for r in rows if r.decision == "keep"}
    ids: dict[str, str] = {}
    for r in rows:
        if r.redacts and _norm(r.text) not in kept and len(_norm(r.text)) >= 2:
            ids.setdefault(_norm(r.text), f"decision {r.id} ({r.entity_type})")
    matcher = build_register_matcher(register) if register is not None else None
    words = [t for t in ids if re.search(r"[^\W\d_]", t)]
    return Gate(matcher, phrase_regex(list(ids)), ids, phrase_regex(allowed), phrase_regex(words))


def _norm(text: str) -> str:
    return fold(" ".join(_prepare(text).split())).lower()


# -- extraction -----------------------------------------------------------------------------------


def _tail_words(text: str, n: int = 200) -> str:
    """The last ~n characters of a page, starting at a word boundary (a cut word would look like a name)."""
    if len(text) <= n:
        return text
    tail = text[-n:]
    return tail[tail.find(" ") + 1 :] if " " in tail else tail


def _head_words(text: str, n: int = 200) -> str:
    """The first ~n characters of a page, ending at a word boundary."""
    if len(text) <= n:
        return text
    head = text[:n]
    return head[: head.rfind(" ")] if " " in head else head


def pdf_texts(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(place, text) for everything a PDF holds as text: pages, links and annotations, bookmarks,
    document info, XMP, and every other string in the document catalog (tags, names, forms)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = list(reader.pages)
    page_texts = _extract_pages(path, len(pages))
    for n, page in enumerate(pages, start=1):
        text = page_texts[n - 1]
        yield f"page {n}", text, False
        if n > 1:  # a name broken across a page break: the previous page's last words and this page's first
            yield f"pages {n - 1}-{n}", _tail_words(page_texts[n - 2]) + "\n" + _head_words(text), False
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            kind = "link" if annot.get("/Subtype") == "/Link" else "annotation"
            yield f"page {n} {kind}", " \n".join(_strings(annot)), False

    def outline(items, depth=0) -> Iterator[str]:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                yield from outline(item, depth + 1)
            else:
                yield str(item.get("/Title", ""))

    yield "bookmarks", "\n".join(outline(reader.outline)), False
    info = reader.metadata or {}
    yield "document info", "\n".join(f"{v}" for v in info.values()), False
    meta = reader.trailer["/Root"].get("/Metadata")
    if meta is not None:
        yield "XMP metadata", _xml_text(meta.get_object().get_data()), False
    root = reader.trailer["/Root"]
    for key in root:
        if key in ("/Pages", "/Metadata", "/Outlines"):
            continue
        yield f"document catalog {key}", " \n".join(_strings(root[key])), True


PAGES_PER_WORKER = 40


def _page_range_texts(path: str, start: int, stop: int) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return [reader.pages[i].extract_text() or "" for i in range(start, stop)]


def _extract_pages(path: Path, count: int) -> list[str]:
    """The text of every page; a long PDF is read by several processes at once (pypdf reads ~15 pages a second)."""
    workers = min(os.cpu_count() or 1, 4, max(1, count // PAGES_PER_WORKER))
    if workers <= 1:
        return _page_range_texts(str(path), 0, count)
    step = -(-count // workers)  # one range per worker: opening a long PDF costs each reader seconds
    ranges = [(i, min(i + step, count)) for i in range(0, count, step)]
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            parts = pool.map(_page_range_texts, [str(path)] * len(ranges), [a for a, _ in ranges], [b for _, b in ranges])
            return [text for part in parts for text in part]
    except (BrokenProcessPool, OSError):  # no worker processes here (an embedded interpreter): read in this one
        return _page_range_texts(str(path), 0, count)


def _strings(obj, seen: set[tuple[int, int]] | None = None, depth: int = 0) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Every text or byte string reachable from a PDF object (dictionaries, arrays, references), once each."""
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DictionaryObject,
        IndirectObject,
        TextStringObject,
    )

    seen = set() if seen is None else seen
    if depth > 200:
        return
    if isinstance(obj, IndirectObject):
        ident = (obj.idnum, obj.generation)
        if ident in seen:
            return
        seen.add(ident)
        obj = obj.get_object()
    if isinstance(obj, TextStringObject):
        yield str(obj)
    elif isinstance(obj, ByteStringObject):
        yield bytes(obj).decode("latin-1")
    elif isinstance(obj, DictionaryObject):
        for k, v in obj.items():
            if k in ("/Parent", "/P", "/Pg", "/Page", "/Font", "/Resources", "/Contents") and not isinstance(v, TextStringObject):
                continue  # back-links and page content: text is read page by page
            yield from _strings(v, seen, depth + 1)
    elif isinstance(obj, ArrayObject):
        for v in obj:
            yield from _strings(v, seen, depth + 1)


def _xml_text(data: bytes) -> str:
    """All text and attribute values of an XML document (for metadata parts)."""
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    except etree.XMLSyntaxError:
        return data.decode("utf-8", "replace")
    if root is None:
        return data.decode("utf-8", "replace")
    out = []
    for el in root.iter():
        if el.text and el.text.strip():
            out.append(el.text)
        out.extend(v for v in el.attrib.values() if v.strip())
        if el.tail and el.tail.strip():
            out.append(el.tail)
    return "\n".join(out)


def docx_texts(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(place, text) for everything in a Word file: each paragraph of each story part with its runs
    joined (so a name split across runs is whole again), and every other XML part's text and attributes."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if not name.endswith((".xml", ".rels")):
                continue
            data = z.read(name)
            part = _part_label(name)
            if _STORY.match(name):
                root = etree.fromstring(data, parser)
                for n, p in enumerate(root.iter(f"{{{W}}}p"), start=1):
                    yield f"{part}, paragraph {n}", _paragraph_text(p), False
                # attributes (image descriptions, field codes kept as attributes) and text outside paragraphs
                yield part, "\n".join(v for el in root.iter() for v in el.attrib.values()), True
            else:
                yield part, _xml_text(data), not name.startswith("docProps/")


def _part_label(name: str) -> str:
    if name in _PART_NAMES:
        return _PART_NAMES[name]
    m = re.match(r"word/(header|footer)(\d*)\.xml$", name)
    if m:
        return f"{m.group(1)} {m.group(2) or ''}".strip()
    return name


def _paragraph_text(p) -> str:  # type: ignore[no-untyped-def]
    out = []
    for el in p.iter():
        tag = el.tag
        if tag in (f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}instrText") and el.text:
            out.append(el.text)
        elif tag in (f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"):
            out.append(" ")
        elif tag == f"{{{W}}}p" and el is not p:
            out.append("\n")
    return "".join(out)


def docx_forbidden(path: Path) -> list[tuple[str, str]]:
    """(part, what) for content a public Word file must not carry: tracked changes, comments, hidden text."""
    from lxml import etree

    found: dict[tuple[str, str], None] = {}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for name in names:
            if name in ("word/people.xml", "docProps/custom.xml"):
                found.setdefault((_part_label(name), "a part that records people or custom properties"), None)
            if not _STORY.match(name):
                continue
            for _event, el in etree.iterparse(z.open(name), events=("start",), resolve_entities=False, huge_tree=True):
                what = _FORBIDDEN_DOCX.get(el.tag)
                if what and not (el.tag == f"{{{W}}}vanish" and el.get(f"{{{W}}}val") in ("0", "false", "off")):
                    found.setdefault((_part_label(name), what), None)
    return list(found)


def text_file_texts(path: Path) -> Iterator[tuple[str, str, bool]]:
    text = path.read_bytes().decode("utf-8", "replace")
    for n, line in enumerate(text.splitlines(), start=1):
        yield f"line {n}", line, False


def file_texts(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(place, text, structural) for every text a public file holds."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        yield from pdf_texts(path)
    elif suffix == ".docx":
        yield from docx_texts(path)
    else:
        yield from text_file_texts(path)


# -- the gate -------------------------------------------------------------------------------------


def check_file(path: Path, gate: Gate, shown_as: str) -> list[Leak]:
    """Every leak in one public file."""
    leaks: dict[Leak, None] = {}
    try:
        if path.suffix.lower() == ".docx":
            for part, what in docx_forbidden(path):
                leaks.setdefault(Leak(shown_as, part, what), None)
        for where, text, structural in file_texts(path):
            if not text.strip():
                continue
            for what in gate.search(text, structural=structural):
                leaks.setdefault(Leak(shown_as, where, what), None)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        leaks.setdefault(Leak(shown_as, "whole file", f"an unreadable file ({type(exc).__name__})"), None)
    return list(leaks)


def verify_public(root: Path, gate: Gate) -> list[Leak]:
    """Check every file under `root/public` (all languages); file names are shown relative to `root`."""
    public = root / "public"
    leaks: list[Leak] = []
    if not public.is_dir():
        return leaks
    for path in sorted(p for p in public.rglob("*") if p.is_file()):
        shown = path.relative_to(root).as_posix()
        if path.suffix.lower() not in PUBLIC_SUFFIXES:
            leaks.append(Leak(shown, "whole file", "a file type the leak gate cannot read"))
            continue
        leaks.extend(check_file(path, gate, shown))
        if gate.search(path.name.replace("-", " ")):
            leaks.append(Leak(shown, "file name", "a file name the gate does not allow"))
    return leaks


class LeakGateError(ProblemList):
    """The leak gate found something: one line per leak, naming file, place and entry, never the text."""

    def __init__(self, leaks: list[Leak]) -> None:
        super().__init__([leak.error() for leak in leaks])
        self.leaks = leaks
        self.message = f"leak gate: {len(leaks)} leak(s) in public files"

    def render(self, relative_to: Path | None = None) -> str:
        lines = [p.render() for p in self.problems]
        return "\n".join([*lines, f"leak gate failed: {len(self.leaks)} leak(s); nothing was published"])


def verify_output(out_dir: Path, case_dir: Path | None = None) -> list[Leak]:
    """`scrpress verify OUT`: the gate over OUT/public with the case's register and decisions.

    The case is `case_dir`, else the folder holding OUT (OUT is CASE/build by default)."""
    from .pipeline import load_report
    from .redaction.decisions import read_decisions
    from .redaction.review import allowed_names, redaction_folder

    if case_dir is None:
        parent = out_dir.resolve().parent
        if not (parent / "case.yaml").exists():
            raise ScrpressError("cannot tell which case this output belongs to: give --case CASE", file=out_dir)
        case_dir = parent
    if not (out_dir / "public").is_dir():
        raise ScrpressError("no public/ folder here: nothing to verify (public editions need a legal approval)",
                            file=out_dir)  # fmt: skip
    case, report = load_report(case_dir)
    rows = read_decisions(redaction_folder(case) / "decisions.csv")
    return verify_public(out_dir, make_gate(case.register, rows, allowed_names(case, report)))
