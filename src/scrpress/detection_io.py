"""`scrpress detect`: the text of one file exactly as the contract fixes it, and its findings."""

from __future__ import annotations

from pathlib import Path

from .case import load_register
from .errors import ScrpressError
from .readers.docx_parse import docx_plain_text
from .redaction.detect import Detector, detect_text
from .redaction.findings import Finding

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def file_text(path: Path) -> str:
    """.txt/.md: the file decoded as UTF-8 exactly as on disk (no newline translation);
    .docx: body paragraph texts joined with "\\n" (then tables, text boxes, headers, footers, notes)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_plain_text(path)
    if suffix not in TEXT_SUFFIXES:
        raise ScrpressError("detect reads .txt, .md and .docx files", file=path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScrpressError(f"cannot read file ({exc.strerror})", file=path) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ScrpressError("is not UTF-8 text", file=path, where=f"line {line}") from None


def detect_file(path: Path, case: Path | None = None, *, include_low: bool = False) -> tuple[str, list[Finding]]:
    """The file's text and its findings (offsets into that text)."""
    register = load_register(case) if case is not None else None
    text = file_text(path)
    detector = Detector(register=register)
    return text, detect_text(text, detector, include_low=include_low)
