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


MAX_CONTEXT_FILES = 300
MAX_CONTEXT_BYTES = 20 * 1024 * 1024


def case_documents(case_dir: Path, exclude: Path) -> list[Path]:
    """The other documents of a case folder (its submissions, overview and any text files), for case-wide propagation."""
    found: list[Path] = []
    total = 0
    for p in sorted(case_dir.rglob("*")):
        rel_parts = p.relative_to(case_dir).parts
        if any(part.startswith((".", "~$")) or part in ("build", "translations", "redaction") for part in rel_parts):
            continue
        if not p.is_file() or p.suffix.lower() not in (*TEXT_SUFFIXES, ".docx") or p.resolve() == exclude.resolve():
            continue
        total += p.stat().st_size
        if len(found) >= MAX_CONTEXT_FILES or total > MAX_CONTEXT_BYTES:
            break
        found.append(p)
    return found


def detect_file(path: Path, case: Path | None = None, *, include_low: bool = False) -> tuple[str, list[Finding]]:
    """The file's text and its findings (offsets into that text).

    With a case folder, the case's other documents are read too, so that a name found with
    confidence anywhere in the case is found in this file as well (case-wide propagation).
    """
    register = load_register(case) if case is not None else None
    text = file_text(path)
    context: list[str] = []
    if case is not None and case.is_dir():
        for other in case_documents(case, path):
            try:
                context.append(file_text(other))
            except ScrpressError:
                continue  # an unreadable neighbour only loses its names for propagation
    detector = Detector(register=register)
    return text, detect_text(text, detector, include_low=include_low, context=context)
