"""The one exception type users see: it names the file and the place, never the document's text."""

from __future__ import annotations

from pathlib import Path


class ScrpressError(Exception):
    """A problem the user can fix.

    The message must never quote personal data from the case: it names the file and the
    place (line, row, cell, paragraph) and says what is wrong and what to do.
    """

    def __init__(self, message: str, *, file: Path | str | None = None, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = Path(file) if file is not None else None
        self.where = where

    def location(self, relative_to: Path | None = None) -> str:
        """`file:where` with the file shown relative to `relative_to` when it lies inside it."""
        if self.file is None:
            return self.where or ""
        shown = self.file
        if relative_to is not None:
            try:
                shown = self.file.resolve().relative_to(relative_to.resolve())
            except ValueError:
                shown = self.file
        return f"{shown}:{self.where}" if self.where else str(shown)

    def render(self, relative_to: Path | None = None) -> str:
        """One line: `file:place: message`."""
        loc = self.location(relative_to)
        return f"{loc}: {self.message}" if loc else self.message

    def __str__(self) -> str:
        return self.render()


class ProblemList(ScrpressError):
    """Several problems found at once (validation reports all of them, not just the first)."""

    def __init__(self, problems: list[ScrpressError]) -> None:
        super().__init__(f"{len(problems)} problem(s) found")
        self.problems = problems

    def render(self, relative_to: Path | None = None) -> str:
        return "\n".join(p.render(relative_to) for p in self.problems)
