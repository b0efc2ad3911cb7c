"""The plain intermediate every document parser produces: paragraphs and tables with their places.

Parsing (format → blocks) and converting (blocks → model) are separate steps, as pandoc splits
hard formats, so the same conversion serves Word and Markdown submissions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TextBlock:
    """A paragraph-like block: style is heading | title | body | bullet | number | quote."""

    text: str
    where: str
    style: str = "body"
    level: int = 0


@dataclass
class TableBlock:
    """A table as rows of (cell text, place) pairs; the first row is usually the header."""

    rows: list[list[tuple[str, str]]]
    where: str
    number: int = 1


Block = TextBlock | TableBlock


@dataclass
class ParsedDocument:
    """A parsed input: its blocks in reading order and what the parser noticed (tracked changes, comments)."""

    blocks: list[Block]
    front_matter: dict[str, object] = field(default_factory=dict)
    front_matter_lines: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
