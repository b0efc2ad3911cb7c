"""Advance copies: one watermarked PDF per recipient of the approved public report, so a leaked copy
can be traced to whoever received it, plus a manifest of what was sent to whom.

The watermark (diagonal text and a footer line naming the recipient, the embargo date and a unique
copy ID) is rendered once per recipient and page size with WeasyPrint, turned into one PDF Form
XObject and drawn from every page's content stream: each page only gains a few bytes that invoke
the shared stamp, so a copy stays close to the original's size. The copy ID is also written into
the document information dictionary.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import math
import os
import secrets
import shutil
import struct
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from .errors import ScrpressError
from .policy import Recipient

# Watermark words per language. Inline for now; they move to the gettext catalogs later.
_WATERMARK_TEXT: dict[str, dict[str, str]] = {
    "en": {"embargoed_until": "Embargoed until", "advance_copy_for": "Advance copy for", "copy_id": "Copy ID"},
    "pl": {"embargoed_until": "Embargo do", "advance_copy_for": "Kopia przedpublikacyjna dla", "copy_id": "Identyfikator kopii"},
    "cy": {"embargoed_until": "Dan embargo tan", "advance_copy_for": "Copi ymlaen llaw ar gyfer", "copy_id": "Cyfeirnod y copi"},
}
# Babel locale for each edition language where the bare code would pick another country's format.
_BABEL_LOCALE = {"en": "en_GB", "cy": "cy_GB", "pl": "pl_PL"}

_STAMP_NAME = "/ScrpressAdvanceCopy"
_COPY_ID_KEY = "/ScrpressCopyID"
_OBJECTS_PER_STREAM = 200
_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud over the phone


def watermark_text(lang: str) -> dict[str, str]:
    """The watermark's words in the edition's language (English where no translation exists yet)."""
    base = lang.replace("-", "_").split("_")[0].lower()
    return dict(_WATERMARK_TEXT.get(base, _WATERMARK_TEXT["en"]))


def format_embargo_date(d: date, lang: str) -> str:
    """The embargo date as readers of the `lang` edition write it (Babel, long format)."""
    try:
        locale = Locale.parse(_BABEL_LOCALE.get(lang, lang.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en_GB")
    return format_date(d, format="long", locale=locale)


@dataclass(frozen=True)
class CopyRecord:
    """One advance copy: which edition, who it is for, where it is, its hash and its ID."""

    lang: str
    recipient_id: str
    recipient: str
    role: str
    file: str  # name inside the circulation folder
    sha256: str
    copy_id: str
    publication_date: str  # ISO date: the embargo printed on the copy
    send_by: str  # ISO date
    made_on: str  # ISO date
    source_file: str
    source_sha256: str
    encrypted: bool


_CSV_FIELDS = ("recipient", "lang", "file", "sha256", "copy_id", "send_by", "publication_date", "made_on", "encrypted")


@dataclass
class CirculationManifest:
    """Every advance copy in a circulation folder (all language editions), written as manifest.json and
    manifest.csv. Passwords are never in it: they go to passwords.csv, to be sent another way."""

    reference: str
    publication_date: str
    send_by: str
    copies: list[CopyRecord] = field(default_factory=list)
    out_dir: Path | None = None
    passwords_file: Path | None = None
    dropped: list[str] = field(default_factory=list)  # earlier copies removed: their embargo date is stale

    def to_json(self) -> str:
        data = {"reference": self.reference, "publication_date": self.publication_date, "send_by": self.send_by,
                "copies": [asdict(c) for c in self.copies]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def read(cls, out_dir: Path) -> CirculationManifest | None:
        """The manifest of an existing circulation folder, or None if there is none (or it is unreadable)."""
        try:
            data = json.loads((Path(out_dir) / "manifest.json").read_text(encoding="utf-8"))
            copies = [CopyRecord(**c) for c in data["copies"]]
            return cls(data["reference"], data["publication_date"], data["send_by"], copies, Path(out_dir))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def make_advance_copies(
    public_pdf: Path,
    recipients: list[Recipient],
    *,
    reference: str,
    publication_date: date,
    send_by: date,
    today: date,
    out_dir: Path,
    lang: str = "en",
    encrypt: bool = False,
    earliest_publication: date | None = None,
) -> CirculationManifest:
    """Write one watermarked copy per recipient of `public_pdf` into `out_dir` with manifest.json and
    manifest.csv (and passwords.csv with `encrypt`). The folder is replaced as a whole; copies of
    other language editions already there are kept if they carry the same publication date.

    Refuses when `today` is after `send_by`: the notice period can no longer be met, and
    `earliest_publication` (when the caller knows it) says which date would be lawful.
    """
    if today > send_by:
        later = f"; the earliest lawful publication date is now {earliest_publication.isoformat()}" if earliest_publication else ""
        raise ScrpressError(
            f"too late to send advance copies for publication on {publication_date.isoformat()}: they had to be "
            f"sent by {send_by.isoformat()}{later}. Move the publication date in case.yaml, then run circulate again."
        )
    if not recipients:
        raise ScrpressError("the policy names no recipients of advance copies")
    try:
        source_bytes = Path(public_pdf).read_bytes()
    except OSError:
        raise ScrpressError("approved public PDF not found: run `scrpress build` first", file=public_pdf) from None

    words = watermark_text(lang)
    embargo = format_embargo_date(publication_date, lang)
    copy_ids = _unique_copy_ids(len(recipients))
    page_shapes = _page_shapes(source_bytes, public_pdf)
    texts = [_StampText.build(words, embargo, r.display_name(lang), cid) for r, cid in zip(recipients, copy_ids, strict=True)]
    stamps = _render_stamps(texts, sorted({s.display_size for s in page_shapes}), lang)

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".circulation-", dir=out_dir.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes it private; the folder is the board's to share
    try:
        manifest = CirculationManifest(reference, publication_date.isoformat(), send_by.isoformat())
        passwords = _keep_other_editions(out_dir, staging, manifest, lang)
        source_sha = hashlib.sha256(source_bytes).hexdigest()
        for index, (recipient, copy_id) in enumerate(zip(recipients, copy_ids, strict=True)):
            password = secrets.token_urlsafe(18) if encrypt else None
            data = _stamp_copy(source_bytes, page_shapes, stamps[index], copy_id, password)
            name = f"{_safe(reference)}-advance-copy-{recipient.id}.{_safe(lang)}.pdf"
            (staging / name).write_bytes(data)
            manifest.copies.append(CopyRecord(
                lang, recipient.id, recipient.name, recipient.role, name, hashlib.sha256(data).hexdigest(), copy_id,
                publication_date.isoformat(), send_by.isoformat(), today.isoformat(), Path(public_pdf).name,
                source_sha, encrypt,
            ))  # fmt: skip
            if password:
                passwords.append({"recipient": recipient.name, "file": name, "copy_id": copy_id, "password": password})
        (staging / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
        _write_csv(staging / "manifest.csv", _CSV_FIELDS, [_csv_row(c) for c in manifest.copies])
        if passwords:
            _write_csv(staging / "passwords.csv", ("recipient", "file", "copy_id", "password"), passwords, private=True)
        _replace_dir(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    manifest.out_dir = out_dir
    manifest.passwords_file = out_dir / "passwords.csv" if passwords else None
    return manifest


def _keep_other_editions(out_dir: Path, staging: Path, manifest: CirculationManifest, lang: str) -> list[dict]:
    """Carry over copies of other language editions for the same publication date (and their
    passwords, if passwords.csv is still there); returns the carried password rows."""
    previous = CirculationManifest.read(out_dir)
    if previous is None:
        return []
    kept = set()
    for record in previous.copies:
        source = out_dir / record.file
        if record.lang == lang or not source.is_file():
            continue
        if record.publication_date != manifest.publication_date:
            manifest.dropped.append(record.file)
            continue
        shutil.copy2(source, staging / record.file)
        manifest.copies.append(record)
        kept.add(record.file)
    try:
        with (out_dir / "passwords.csv").open(newline="", encoding="utf-8") as fh:
            return [row for row in csv.DictReader(fh) if row.get("file") in kept]
    except OSError:
        return []


def _csv_row(c: CopyRecord) -> dict:
    row = {k: getattr(c, k) for k in _CSV_FIELDS}
    row["encrypted"] = "yes" if c.encrypted else "no"
    return row


# --- the stamp ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PageShape:
    """A page's visible box and rotation: what decides where and which way up the stamp goes."""

    x0: float
    y0: float
    width: float
    height: float
    rotate: int  # 0, 90, 180, 270 (clockwise, as displayed)

    @property
    def display_size(self) -> tuple[float, float]:
        return (self.height, self.width) if self.rotate in (90, 270) else (self.width, self.height)

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """Maps the upright stamp (displayed coordinates) onto the page's own user space."""
        w, h, x0, y0 = self.width, self.height, self.x0, self.y0
        return {
            0: (1, 0, 0, 1, x0, y0),
            90: (0, 1, -1, 0, x0 + w, y0),
            180: (-1, 0, 0, -1, x0 + w, y0 + h),
            270: (0, -1, 1, 0, x0, y0 + h),
        }[self.rotate]


def _page_shapes(source: bytes, path: Path) -> list[_PageShape]:
    try:
        reader = PdfReader(io.BytesIO(source))
        if reader.is_encrypted:
            raise ScrpressError("the public PDF is encrypted; circulate needs the unencrypted approved edition", file=path)
        shapes = []
        for page in reader.pages:
            box = page.cropbox
            x0, y0 = float(min(box.left, box.right)), float(min(box.bottom, box.top))
            width, height = abs(float(box.width)), abs(float(box.height))
            shapes.append(_PageShape(round(x0, 2), round(y0, 2), round(width, 2), round(height, 2), (page.rotation or 0) % 360))
        if not shapes:
            raise ScrpressError("the public PDF has no pages", file=path)
        return shapes
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ScrpressError(f"not a readable PDF ({exc.__class__.__name__})", file=path) from None


@dataclass(frozen=True)
class _StampText:
    """What one recipient's stamp says: the diagonal lines and the footer line."""

    diagonal: tuple[str, ...]
    footer: str

    @classmethod
    def build(cls, words: dict[str, str], embargo: str, recipient: str, copy_id: str) -> _StampText:
        return cls(
            (f"{words['advance_copy_for']} {recipient}", f"{words['embargoed_until']} {embargo}"),
            f"{words['advance_copy_for']} {recipient} · {words['embargoed_until']} {embargo} · {words['copy_id']} {copy_id}",
        )


# DejaVu Sans Bold's mean advance width is about 0.62 em: enough to size a line to fit.
_EM_RATIO = 0.62

_STAMP_CSS = """
html, body { margin: 0; padding: 0; background: transparent; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-weight: bold; }
.stamp { position: relative; overflow: hidden; break-after: page; }
.stamp:last-child { break-after: auto; }
.diag { position: absolute; text-align: center; line-height: 1.35; white-space: nowrap;
        color: rgba(170, 0, 0, 0.16); }
.foot { position: absolute; left: 0; right: 0; bottom: 5pt; text-align: center; white-space: nowrap;
        color: rgba(150, 0, 0, 0.85); }
"""


def _render_stamps(texts: list[_StampText], sizes: list[tuple[float, float]], lang: str) -> list[dict]:
    """Render every recipient's stamp for every displayed page size in ONE WeasyPrint pass (one
    transparent page per pair) and return, per recipient, {size: stamp PdfPage}."""
    from weasyprint import HTML  # imported here: slow to import, and only circulate needs it

    css, body = [_STAMP_CSS], []
    for s_index, (w, h) in enumerate(sizes):
        css.append(f"@page s{s_index} {{ size: {w}pt {h}pt; margin: 0 }}\n"
                   f".s{s_index} {{ page: s{s_index}; width: {w}pt; height: {h}pt }}\n")
    for text in texts:
        for s_index, (w, h) in enumerate(sizes):
            diag_len = math.hypot(w, h) * 0.85
            longest = max(len(line) for line in text.diagonal)
            diag_pt = min(min(w, h) / 14, diag_len / (_EM_RATIO * longest))
            foot_pt = max(4.0, min(7.0, w * 0.95 / (_EM_RATIO * 0.9 * len(text.footer))))
            lines = "".join(f"<div>{html.escape(line)}</div>" for line in text.diagonal)
            body.append(
                f'<section class="stamp s{s_index}">'
                f'<div class="diag" style="width: {diag_len:.1f}pt; left: {(w - diag_len) / 2:.1f}pt; top: {h / 2:.1f}pt;'
                f" font-size: {diag_pt:.1f}pt; transform: translateY(-50%) rotate(-{math.degrees(math.atan2(h, w)):.2f}deg)\">"
                f'{lines}</div><div class="foot" style="font-size: {foot_pt:.2f}pt">{html.escape(text.footer)}</div></section>'
            )
    doc = (f'<!doctype html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
           f"<style>{''.join(css)}</style></head><body>{''.join(body)}</body></html>")
    pages = PdfReader(io.BytesIO(HTML(string=doc).write_pdf())).pages
    if len(pages) != len(texts) * len(sizes):  # pragma: no cover - the CSS keeps each stamp on one page
        raise ScrpressError("internal error: a watermark did not fit on one page")
    return [{size: pages[r * len(sizes) + i] for i, size in enumerate(sizes)} for r in range(len(texts))]


def _stamp_copy(source: bytes, shapes: list[_PageShape], stamp_pages: dict, copy_id: str, password: str | None) -> bytes:
    """One recipient's copy: the stamp becomes a Form XObject per page size, drawn last on every page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    push = writer._add_object(_stream(b"q\n"))
    xobjects: dict[tuple[float, float], object] = {}
    invocations: dict[_PageShape, object] = {}
    resources_cache: dict[tuple[int, tuple[float, float]], object] = {}

    for page, shape in zip(writer.pages, shapes, strict=True):
        size = shape.display_size
        if size not in xobjects:
            xobjects[size] = writer._add_object(_form_xobject(stamp_pages[size], size, writer))
        if shape not in invocations:
            a, b, c, d, e, f = (_num(v) for v in shape.matrix())
            invocations[shape] = writer._add_object(_stream(f"Q\nq {a} {b} {c} {d} {e} {f} cm {_STAMP_NAME} Do Q\n".encode()))

        resources = page.get("/Resources")
        key = (id(resources.get_object()) if resources is not None else 0, size)
        if key not in resources_cache:
            resources_cache[key] = writer._add_object(_with_stamp(resources, xobjects[size]))
        page[NameObject("/Resources")] = resources_cache[key]

        contents = page.get("/Contents")
        existing = []
        if contents is not None:
            resolved = contents.get_object()
            existing = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject([push, *existing, invocations[shape]])

    metadata = {k: v for k, v in (writer.metadata or {}).items() if isinstance(v, str)}
    metadata[_COPY_ID_KEY] = copy_id
    writer.add_metadata(metadata)
    if password:
        writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    return _write_compact(writer)


def _write_compact(writer: PdfWriter) -> bytes:
    """Serialise like `PdfWriter.write`, but with every non-stream object packed into compressed
    object streams and a cross-reference stream (PDF 1.5), as WeasyPrint writes the original:
    pypdf's plain layout alone makes a 200-page report a third larger."""
    writer._resolve_links()
    objects, encryption, encrypt_entry = writer._objects, writer._encryption, writer._encrypt_entry
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    entries: dict[int, tuple[int, int, int]] = {}  # object number -> xref (type, field 2, field 3)
    packable = []
    for number, obj in enumerate(objects, start=1):
        if obj is None:
            continue
        if isinstance(obj, StreamObject) or obj is encrypt_entry:
            entries[number] = (1, out.tell(), 0)
            if encryption is not None and obj is not encrypt_entry:
                obj = encryption.encrypt_object(obj, number, 0)
            out.write(f"{number} 0 obj\n".encode())
            obj.write_to_stream(out)
            out.write(b"\nendobj\n")
        else:
            packable.append((number, obj))

    next_number = len(objects) + 1
    for chunk_start in range(0, len(packable), _OBJECTS_PER_STREAM):
        chunk = packable[chunk_start : chunk_start + _OBJECTS_PER_STREAM]
        stream_number, next_number = next_number, next_number + 1
        body, offsets = io.BytesIO(), []
        for index, (number, obj) in enumerate(chunk):
            offsets.append(f"{number} {body.tell()}")
            obj.write_to_stream(body)  # strings inside an object stream are not encrypted one by one
            body.write(b"\n")
            entries[number] = (2, stream_number, index)
        head = (" ".join(offsets) + "\n").encode()
        objstm = DecodedStreamObject()
        objstm.set_data(head + body.getvalue())
        objstm[NameObject("/Type")] = NameObject("/ObjStm")
        objstm[NameObject("/N")] = NumberObject(len(chunk))
        objstm[NameObject("/First")] = NumberObject(len(head))
        packed = objstm.flate_encode()
        if encryption is not None:
            packed = encryption.encrypt_object(packed, stream_number, 0)
        entries[stream_number] = (1, out.tell(), 0)
        out.write(f"{stream_number} 0 obj\n".encode())
        packed.write_to_stream(out)
        out.write(b"\nendobj\n")

    xref_number = next_number
    xref_offset = out.tell()
    entries[xref_number] = (1, xref_offset, 0)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, xref_number + 1):
        kind, field2, field3 = entries.get(number, (0, 0, 0))
        rows.append(struct.pack(">BIH", kind, field2, field3))
    xref = DecodedStreamObject()
    xref.set_data(b"".join(rows))
    xref[NameObject("/Type")] = NameObject("/XRef")
    xref[NameObject("/Size")] = NumberObject(xref_number + 1)
    xref[NameObject("/W")] = ArrayObject([NumberObject(1), NumberObject(4), NumberObject(2)])
    xref[NameObject("/Root")] = writer.root_object.indirect_reference
    if writer._info is not None:
        xref[NameObject("/Info")] = writer._info.indirect_reference
    if writer._ID is not None:
        xref[NameObject("/ID")] = writer._ID
    if encrypt_entry is not None:
        xref[NameObject("/Encrypt")] = encrypt_entry.indirect_reference
    out.write(f"{xref_number} 0 obj\n".encode())
    xref.flate_encode().write_to_stream(out)  # a cross-reference stream is never encrypted
    out.write(f"\nendobj\nstartxref\n{xref_offset}\n%%EOF\n".encode())
    return out.getvalue()


def _form_xobject(stamp_page, size: tuple[float, float], writer: PdfWriter) -> DecodedStreamObject:
    xobj = DecodedStreamObject()
    xobj.set_data(stamp_page.get_contents().get_data())
    xobj[NameObject("/Type")] = NameObject("/XObject")
    xobj[NameObject("/Subtype")] = NameObject("/Form")
    xobj[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(size[0]), FloatObject(size[1])])
    xobj[NameObject("/Resources")] = stamp_page["/Resources"].get_object().clone(writer)
    return xobj.flate_encode()


def _with_stamp(resources, stamp_ref) -> DictionaryObject:
    """A copy of a page's resources with the stamp added, so pages that share resources but differ
    in size each get their own (the originals are left as they were)."""
    new = DictionaryObject()
    if resources is not None:
        new.update(resources.get_object())
    xobjects = DictionaryObject()
    if "/XObject" in new:
        xobjects.update(new["/XObject"].get_object())
    xobjects[NameObject(_STAMP_NAME)] = stamp_ref
    new[NameObject("/XObject")] = xobjects
    return new


def _stream(data: bytes) -> DecodedStreamObject:
    s = DecodedStreamObject()
    s.set_data(data)
    return s


def _num(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


# --- files -------------------------------------------------------------------------------------


def _unique_copy_ids(n: int) -> list[str]:
    """Random IDs like AC-7KQ2M-XH4PD (50 bits each), distinct within one circulation."""
    ids: list[str] = []
    while len(ids) < n:
        raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
        if (copy_id := f"AC-{raw[:5]}-{raw[5:]}") not in ids:
            ids.append(copy_id)
    return ids


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text).strip(".") or "case"


def _write_csv(path: Path, fields: tuple[str, ...], rows: list[dict], *, private: bool = False) -> None:
    if private:  # passwords: readable by the board officer's account only
        path.touch(mode=0o600)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _replace_dir(staging: Path, target: Path) -> None:
    """Move the finished folder into place whole; the previous circulation is removed only after."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{secrets.token_hex(4)}")
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


__all__ = ["CirculationManifest", "CopyRecord", "format_embargo_date", "make_advance_copies", "watermark_text"]
