"""Regenerate the broken inputs in this folder: python tests/data/bad/make_bad_inputs.py

Each file is small; the 50 MB submission is made at test time instead of being shipped.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from docx_factory import agency_docx  # noqa: E402


def main() -> None:
    good = agency_docx(HERE / "_good.docx")
    raw = good.read_bytes()
    good.unlink()
    (HERE / "truncated.docx").write_bytes(raw[: len(raw) // 2])
    (HERE / "random-bytes.docx").write_bytes(bytes(range(256)) * 8)
    (HERE / "old-word-renamed.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2040)
    (HERE / "pdf-renamed.docx").write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    (HERE / "old-format.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2040)
    (HERE / "scanned.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    # A macro-enabled document: a real .docx package renamed .docm with a VBA part.
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/vbaProject.bin", b"\0" * 64)
    (HERE / "macros.docm").write_bytes(buf.getvalue())
    # Encrypted OOXML: an OLE container holding EncryptionInfo/EncryptedPackage (header is enough to refuse it).
    (HERE / "password-protected.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EncryptionInfo".ljust(2040, b"\0"))
    # A zip bomb: document.xml inflates to 200 MB of one repeated character.
    with zipfile.ZipFile(HERE / "zip-bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"<" + b"a" * (1 << 20)
            for _ in range(200):
                fh.write(chunk)
    # A zip with no Word document inside.
    with zipfile.ZipFile(HERE / "not-word.docx", "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    # Malformed XML inside a real package.
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item.filename, data[:200] if item.filename == "word/document.xml" else data)
    (HERE / "broken-xml.docx").write_bytes(buf.getvalue())
    # 10,000 empty paragraphs after a proper header: must read quickly, and fine.
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Agency", "Testshire Youth Justice Service"
    for _ in range(10_000):
        d.add_paragraph("")
    d.save(HERE / "ten-thousand-empty-paragraphs.docx")
    # A Word submission with no Agency field.
    d = docx.Document()
    d.add_paragraph("Some analysis without any header fields.")
    d.save(HERE / "no-agency.docx")
    # Chronology problems in Word: impossible date, future date, event column missing.
    agency_docx(HERE / "impossible-date.docx", rows=[("12/05/2024", "ok", "s"), ("31/02/2024", "bad", "s")])
    agency_docx(HERE / "future-date.docx", rows=[("12/05/2099", "a future event", "s")])
    agency_docx(HERE / "before-birth.docx", rows=[("12/05/2001", "an event long before the child was born", "s")])
    agency_docx(HERE / "no-event-column.docx", header=("Date", "Source/Record"), rows=[("12/05/2024", "s")])  # type: ignore[list-item]
    # Markdown.
    (HERE / "latin1.md").write_bytes("---\nagency: Police\n---\n# Caf\xe9\n".encode("latin-1"))
    (HERE / "bad-front-matter.md").write_text("---\nagency: [unclosed\n---\n# Analysis\n", encoding="utf-8")
    (HERE / "bad-chronology-date.md").write_text(
        "---\nagency: Testshire Police\n---\n# Chronology\n\n| Date | Event | Source |\n| --- | --- | --- |\n"
        "| 14/02/2024 | fine | Niche |\n| 30/02/2024 | impossible | Niche |\n", encoding="utf-8")  # fmt: skip
    # case.yaml problems.
    (HERE / "duplicate-keys.yaml").write_text("reference: A\ntitle: T\nreference: B\n", encoding="utf-8")
    (HERE / "tabs.yaml").write_text("reference: A\npeople:\n\t- name: X\n", encoding="utf-8")
    (HERE / "not-a-mapping.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    (HERE / "not-utf8.yaml").write_bytes("reference: Caf\xe9\n".encode("latin-1"))
    # Action plans.
    header = "Recommendation no.,Recommendation,Action,Lead agency,Owner (role),Due date,Success measure,Status\n"
    (HERE / "missing-columns.csv").write_text("Recommendation no.,Recommendation,Action,Status\n1,R,A,Red\n", encoding="utf-8")
    (HERE / "bad-due-date.csv").write_text(header + "1,R,A,L,O,30/02/2027,M,Red\n", encoding="utf-8")
    (HERE / "cp1252.csv").write_bytes((header + "1,R,Caf\xe9,L,O,01/01/2027,M,Red\n").encode("cp1252"))
    (HERE / "empty.csv").write_text("", encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header.strip().split(","))
    ws.append([1, "R", "A", "L", "O", "01/01/2027", "M", "Red"])
    ws.merge_cells("C2:E2")
    wb.save(HERE / "merged-cells.xlsx")
    (HERE / "corrupt.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")


if __name__ == "__main__":
    main()
