"""One reader per input format; each returns the model and knows nothing about outputs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..errors import ScrpressError
from ..model import Submission
from .docx_parse import parse_docx
from .markdown_parse import parse_markdown
from .submission import convert_submission

READERS: dict[str, Callable[[Path], object]] = {".docx": parse_docx, ".md": parse_markdown}
REFUSED = {
    ".doc": "is an old-format Word file: save it as .docx",
    ".docm": "is a macro-enabled Word file: save it as a plain .docx (macros are never run)",
    ".pdf": "is a PDF: ask the agency for the Word (.docx) or Markdown file",
    ".rtf": "is an RTF file: save it as .docx",
    ".odt": "is an OpenDocument file: save it as .docx",
    ".txt": "is plain text: rename it to .md and add the agency front matter",
}


def read_submission(path: Path, rel: str, *, today: date | None = None) -> Submission:
    """Read one agency submission (.docx or .md) into the model."""
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise ScrpressError(REFUSED[suffix], file=path)
    if suffix not in READERS:
        raise ScrpressError("is not a submission format scrpress reads (.docx or .md)", file=path)
    parsed = READERS[suffix](path)
    return convert_submission(parsed, path, rel, today=today)  # type: ignore[arg-type]
