"""Writers render a `Report` into one output format; they are plug-ins found by name.

The pipeline looks a writer up by the names a case asks for and calls it:

    WRITERS["pdf"]().write(report, staging_dir)  # → [staging_dir / "overview-report.pdf"]

No writer reads an input file: everything printed comes from the `Report` model.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import ClassVar, TypeVar

from scrpress.model import Report

__all__ = ["WRITERS", "Writer", "writer"]


class Writer:
    """Base class: `name` registers it, `extension` and `stem` name its file, `write` renders a report."""

    name: ClassVar[str] = ""
    extension: ClassVar[str] = ""
    stem: ClassVar[str] = "overview-report"

    def filename(self, report: Report) -> str:
        """`overview-report.docx` for the internal edition, `overview-report.<lang>.docx` for the others."""
        if report.meta.edition == "internal":
            return f"{self.stem}.{self.extension}"
        return f"{self.stem}.{report.meta.language or 'en'}.{self.extension}"

    def target(self, report: Report, out: Path) -> Path:
        """`out` itself when it names a file of this writer's type, else `out / filename(report)`."""
        out = Path(out)
        if out.suffix.lower() == f".{self.extension}" and not out.is_dir():
            return out
        return out / self.filename(report)

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        """Render `report` into `out` (a folder, or a file path) and return the files written."""
        raise NotImplementedError


WRITERS: dict[str, type[Writer]] = {}

W = TypeVar("W", bound=type[Writer])


def writer(cls: W) -> W:
    """Class decorator: file the writer in `WRITERS` under its name; a second writer of that name is a bug."""
    if not cls.name:
        raise TypeError(f"{cls.__qualname__} has no writer name")
    if cls.name in WRITERS:
        raise ValueError(
            f"a writer named {cls.name!r} is already registered ({WRITERS[cls.name].__qualname__})"
        )
    WRITERS[cls.name] = cls
    return cls


# Importing the modules registers their writers (heavy libraries load only when a writer runs).
from scrpress.writers import docx_writer, pdf_writer  # noqa: E402,F401
