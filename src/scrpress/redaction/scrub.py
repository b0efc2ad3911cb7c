"""Scrub the metadata of public files: nothing but the title, the board and the review type.

DOCX: core properties name the board as author and last editor, other core fields are emptied,
the extended (app) properties lose company, manager and hyperlink base, and custom properties
are removed. PDF: the info dictionary keeps only title, subject, author (the board), creator,
producer and dates, and the XMP packet is dropped if it says anything more.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
CORE_KEPT = {f"{{{DC}}}title", f"{{{DC}}}subject", f"{{{DC}}}language", f"{{{CP}}}revision",
             f"{{{DCTERMS}}}created", f"{{{DCTERMS}}}modified"}  # fmt: skip
CORE_BOARD = {f"{{{DC}}}creator", f"{{{CP}}}lastModifiedBy"}
APP_EMPTIED = ("Company", "Manager", "HyperlinkBase")
PDF_INFO_KEPT = ("/Title", "/Subject", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate")
_XMP_OK = ("pdfuaid:part", "pdf:Producer", "dc:title", "dc:creator", "dc:description", "xmp:CreatorTool",
           "xmp:CreateDate", "xmp:ModifyDate", "dc:language", "pdfaid:")  # fmt: skip


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def _bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def scrub_docx(path: Path, board: str) -> bool:
    """Rewrite the DOCX's property parts; True when anything was changed."""
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    changed = False
    out: list[tuple[zipfile.ZipInfo, bytes]] = []
    for info, data in items:
        name = info.filename
        if name == "docProps/custom.xml":
            changed = True
            continue
        new = data
        if name == "docProps/core.xml":
            root = _xml(data)
            for el in list(root):
                if el.tag in CORE_BOARD:
                    el.text = board
                elif el.tag not in CORE_KEPT:
                    root.remove(el)
            new = _bytes(root)
        elif name == "docProps/app.xml":
            root = _xml(data)
            for tag in APP_EMPTIED:
                for el in root.findall(f"{{{EP}}}{tag}"):
                    el.text = None
            new = _bytes(root)
        elif name == "_rels/.rels" or name == "[Content_Types].xml":
            root = _xml(data)
            for el in list(root):
                target = el.get("Target", "") + el.get("PartName", "")
                if target.endswith("docProps/custom.xml"):
                    root.remove(el)
            new = _bytes(root)
        if new != data and _semantic_change(data, new):
            changed = True
        out.append((info, new))
    if not changed:
        return False
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in out:
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())
    return True


def _semantic_change(before: bytes, after: bytes) -> bool:
    return etree.tostring(_xml(before), method="c14n") != etree.tostring(_xml(after), method="c14n")


def scrub_pdf(path: Path, board: str) -> bool:
    """Reduce the info dictionary to the kept keys (author = the board) and drop an XMP packet saying more;
    the file is rewritten only when something had to go, so a clean PDF keeps its exact bytes."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    reader = PdfReader(str(path))
    info = reader.metadata or {}
    extra = [k for k in info if k not in PDF_INFO_KEPT]
    wrong_author = info.get("/Author") not in (None, board)
    xmp_ref = reader.trailer["/Root"].get("/Metadata")
    xmp_extra = False
    if xmp_ref is not None:
        xmp = xmp_ref.get_object().get_data().decode("utf-8", "replace")
        xmp_extra = any(_unexpected_xmp(xmp, board))
    if not (extra or wrong_author or xmp_extra):
        return False
    writer = PdfWriter(clone_from=reader)
    kept = {NameObject(k): TextStringObject(str(v)) for k, v in info.items() if k in PDF_INFO_KEPT}
    kept[NameObject("/Author")] = TextStringObject(board)
    writer._info.get_object().clear()  # type: ignore[union-attr]
    writer.add_metadata(kept)
    if xmp_extra:
        del writer._root_object["/Metadata"]
    with path.open("wb") as fh:
        writer.write(fh)
    return True


def _unexpected_xmp(xmp: str, board: str) -> list[str]:
    """Properties in an XMP packet other than those WeasyPrint writes for title, board and tool."""
    root = _xml(xmp.encode("utf-8").strip().split(b"?>", 1)[-1].rsplit(b"<?xpacket", 1)[0])
    out = []
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    for desc in root.iter(f"{{{rdf}}}Description"):
        for name, _value in desc.attrib.items():
            qname = _qname(name, desc.nsmap)
            if qname != "rdf:about" and not qname.startswith(_XMP_OK):
                out.append(qname)
        for child in desc:
            qname = _qname(child.tag, desc.nsmap)
            if not qname.startswith(_XMP_OK):
                out.append(qname)
            if qname == "dc:creator" and "".join(child.itertext()).strip() not in (board, ""):
                out.append(qname)
    return out


def _qname(tag: str, nsmap: dict[str | None, str]) -> str:
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    prefix = next((p for p, u in nsmap.items() if u == uri), None)
    return f"{prefix}:{local}" if prefix else local


def scrub_public_file(path: Path, board: str) -> bool:
    """Scrub one public file by its type; other files are left alone."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return scrub_docx(path, board)
    if suffix == ".pdf":
        return scrub_pdf(path, board)
    return False
