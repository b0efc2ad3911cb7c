"""Read a Word .docx as it reads on screen with every tracked change accepted.

python-docx skips runs inside `w:ins` (tracked insertions), field results and content
controls, so this reads the WordprocessingML directly: inserted and moved-to text is kept,
deleted and moved-from text is dropped, comments are dropped, and the file says which it had.
Zip bombs, encrypted and renamed files are refused before any XML is parsed.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import ScrpressError
from .blocks import ParsedDocument, TableBlock, TextBlock

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
MAX_PART_BYTES = 64 * 1024 * 1024  # an uncompressed XML part larger than this is refused
MAX_RATIO = 200  # compression ratio above which a part is treated as a zip bomb
MAX_BLOCKS = 200_000

_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delInstrText", f"{_W}rPr", f"{_W}pPr",
         f"{_W}commentReference", f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}fldData"}  # fmt: skip
_TEXTBOX = f"{_W}txbxContent"
_HEADING_RE = re.compile(r"^heading\s*(\d)$", re.I)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class DocxParts:
    """The XML parts of a .docx that carry text."""

    document: etree._Element
    styles: dict[str, tuple[str, int]]  # styleId -> (style name, outline level or -1)
    extras: dict[str, etree._Element]  # headers, footers, footnotes, endnotes, comments
    macro: bool


def _refuse_non_docx(path: Path, head: bytes) -> None:
    if head.startswith(OLE_MAGIC):
        raise ScrpressError(
            "is a password-protected or old-format (.doc) Word file: save it as an unprotected .docx", file=path
        )
    if head.startswith(b"%PDF"):
        raise ScrpressError("is a PDF renamed to .docx: ask the agency for the Word file", file=path)
    if head.startswith(b"{\\rtf"):
        raise ScrpressError("is an RTF file renamed to .docx: save it as .docx in Word", file=path)
    raise ScrpressError("is not a Word .docx file (corrupt or another format)", file=path)


def _xml(zf: zipfile.ZipFile, name: str, path: Path) -> etree._Element:
    info = zf.getinfo(name)
    if info.file_size > MAX_PART_BYTES or (
        info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO and info.file_size > 1_000_000
    ):
        raise ScrpressError(f"part {name} is too large to be a real document (possible zip bomb)", file=path)
    try:
        data = zf.read(name)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):  # zlib.error subclasses Exception
        raise ScrpressError(f"part {name} is corrupt (the file is damaged or truncated)", file=path) from None
    except Exception:  # noqa: BLE001 - zlib.error and friends: the archive is damaged
        raise ScrpressError(f"part {name} is corrupt (the file is damaged or truncated)", file=path) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ScrpressError(f"part {name} is not well-formed XML (line {exc.lineno})", file=path) from None


def open_docx(path: Path) -> DocxParts:
    """Open the zip and parse the parts that hold text; refuse what is not a safe .docx."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ScrpressError(f"cannot read file ({exc.strerror})", file=path) from None
    if not zipfile.is_zipfile(path):
        _refuse_non_docx(path, head)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ScrpressError("is not a Word .docx file (corrupt or truncated zip)", file=path) from None
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            if "EncryptedPackage" in names or "EncryptionInfo" in names:
                raise ScrpressError("is password-protected: remove the password and save again", file=path)
            raise ScrpressError("is not a Word document (no word/document.xml inside)", file=path)
        total = sum(i.file_size for i in zf.infolist())
        if total > 20 * MAX_PART_BYTES:
            raise ScrpressError("unpacks to more than 1 GB (possible zip bomb)", file=path)
        document = _xml(zf, "word/document.xml", path)
        styles: dict[str, tuple[str, int]] = {}
        if "word/styles.xml" in names:
            styles = _styles(_xml(zf, "word/styles.xml", path))
        extras = {
            n: _xml(zf, n, path)
            for n in sorted(names)
            if re.fullmatch(r"word/(header\d*|footer\d*|footnotes|endnotes|comments)\.xml", n)
        }
        macro = "word/vbaProject.bin" in names
    return DocxParts(document, styles, extras, macro)


def _styles(root: etree._Element) -> dict[str, tuple[str, int]]:
    raw: dict[str, tuple[str, int, str | None]] = {}
    for st in root.iter(f"{_W}style"):
        sid = st.get(f"{_W}styleId")
        if not sid:
            continue
        name_el = st.find(f"{_W}name")
        name = name_el.get(f"{_W}val") if name_el is not None else sid
        lvl_el = st.find(f"{_W}pPr/{_W}outlineLvl")
        lvl = int(lvl_el.get(f"{_W}val", "-1")) if lvl_el is not None else -1
        based = st.find(f"{_W}basedOn")
        raw[sid] = (name or sid, lvl, based.get(f"{_W}val") if based is not None else None)
    out: dict[str, tuple[str, int]] = {}
    for sid, (name, lvl, based) in raw.items():
        seen = {sid}
        while lvl < 0 and based and based in raw and based not in seen:
            seen.add(based)
            lvl = raw[based][1]
            based = raw[based][2]
        out[sid] = (name, lvl)
    return out


def run_text(el: etree._Element) -> str:
    """Visible text of an element with tracked changes accepted: tabs, breaks and hyphens as characters."""
    parts: list[str] = []
    _collect(el, parts)
    return "".join(parts)


def _collect(el: etree._Element, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == _TEXTBOX:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag == f"{_W}br":
            if child.get(f"{_W}type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == f"{_W}cr":
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}sym":
            code = child.get(f"{_W}char", "")
            if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) and int(code, 16) <= 0x10FFFF:
                parts.append(chr(int(code, 16)))
        else:
            _collect(child, parts)


def _para_style(p: etree._Element, styles: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """(style kind, level) of a paragraph from its style name, outline level and numbering."""
    ppr = p.find(f"{_W}pPr")
    sid = None
    lvl = -1
    numbered = False
    if ppr is not None:
        ps = ppr.find(f"{_W}pStyle")
        sid = ps.get(f"{_W}val") if ps is not None else None
        ol = ppr.find(f"{_W}outlineLvl")
        if ol is not None:
            lvl = int(ol.get(f"{_W}val", "-1"))
        numbered = ppr.find(f"{_W}numPr") is not None
    name, style_lvl = styles.get(sid or "", (sid or "Normal", -1))
    lvl = lvl if lvl >= 0 else style_lvl
    lname = name.lower()
    if lname == "title":
        return "title", 0
    m = _HEADING_RE.match(lname)
    if m:
        return "heading", min(int(m.group(1)), 6)
    if 0 <= lvl <= 5:
        return "heading", lvl + 1
    if "quote" in lname:
        return "quote", 0
    if "bullet" in lname:
        return "bullet", 1
    if "number" in lname or "list" in lname or numbered:
        return "number" if "number" in lname else "bullet", 1
    return "body", 0


def _body_items(root: etree._Element) -> Iterator[etree._Element]:
    """Block-level paragraphs and tables in order, looking inside content controls and custom XML."""
    for child in root:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"):
            yield from _body_items(child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child)


def _cell_text(tc: etree._Element) -> str:
    return "\n".join(run_text(p) for p in tc.iter(f"{_W}p") if not _in_textbox(p, tc)).strip()


def _in_textbox(p: etree._Element, stop: etree._Element) -> bool:
    anc = p.getparent()
    while anc is not None and anc is not stop:
        if anc.tag == _TEXTBOX:
            return True
        anc = anc.getparent()
    return False


def _table_rows(tbl: etree._Element, tnum: int) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = []
    for r, tr in enumerate(tbl.findall(f"{_W}tr"), start=1):
        cells: list[tuple[str, str]] = []
        tcs = [tc for tc in tr if tc.tag == f"{_W}tc"]
        tcs += [tc for sdt in tr.findall(f"{_W}sdt") for tc in sdt.iter(f"{_W}tc")]
        for c, tc in enumerate(tcs, start=1):
            cells.append((_cell_text(tc), f"table {tnum}, row {r}, column {c}"))
        rows.append(cells)
    return rows


def parse_docx(path: Path) -> ParsedDocument:
    """Blocks of a .docx in reading order; textboxes follow their paragraph; notices say what was accepted/dropped."""
    parts = open_docx(path)
    body = parts.document.find(f"{_W}body")
    if body is None:
        raise ScrpressError("has no document body", file=path)
    blocks: list[TextBlock | TableBlock] = []
    pnum = tnum = 0
    for item in _body_items(body):
        if len(blocks) > MAX_BLOCKS:
            raise ScrpressError(f"has more than {MAX_BLOCKS} paragraphs and tables", file=path)
        if item.tag == f"{_W}p":
            pnum += 1
            style, level = _para_style(item, parts.styles)
            blocks.append(TextBlock(run_text(item), f"paragraph {pnum}", style, level))
            for b, box in enumerate(item.iter(_TEXTBOX), start=1):
                text = "\n".join(run_text(p) for p in box.iter(f"{_W}p"))
                blocks.append(TextBlock(text, f"paragraph {pnum}, text box {b}"))
        else:
            tnum += 1
            blocks.append(TableBlock(_table_rows(item, tnum), f"table {tnum}", tnum))
    notices = []
    ins = len(body.findall(f".//{_W}ins")) + len(body.findall(f".//{_W}moveTo"))
    dels = len(body.findall(f".//{_W}del")) + len(body.findall(f".//{_W}moveFrom"))
    comments = parts.extras.get("word/comments.xml")
    n_comments = len(comments.findall(f"{_W}comment")) if comments is not None else 0
    if ins or dels:
        notices.append(f"had tracked changes ({ins} insertion(s), {dels} deletion(s)): read with all changes accepted")
    if n_comments:
        notices.append(f"had {n_comments} comment(s): dropped")
    if parts.macro:
        notices.append("contains macros: ignored (never run)")
    return ParsedDocument(blocks, notices=notices)


def docx_plain_text(path: Path) -> str:
    """The text `scrpress detect` reads from a .docx: body paragraph texts joined with "\\n".

    Body paragraphs come first, in order, exactly as python-docx's `Document.paragraphs`
    would give them for a document without tracked changes; then (so nothing escapes
    detection) table cells, text boxes, headers, footers, footnotes, endnotes and comments.
    """
    parts = open_docx(path)
    body = parts.document.find(f"{_W}body")
    if body is None:
        raise ScrpressError("has no document body", file=path)
    main: list[str] = []
    rest: list[str] = []
    for item in _body_items(body):
        if item.tag == f"{_W}p":
            main.append(run_text(item))
            rest.extend("\n".join(run_text(p) for p in box.iter(f"{_W}p")) for box in item.iter(_TEXTBOX))
        else:
            rest.extend(run_text(p) for p in item.iter(f"{_W}p"))
    for _name, root in sorted(parts.extras.items()):
        rest.extend(run_text(p) for p in root.iter(f"{_W}p"))
    return "\n".join(main + rest)
