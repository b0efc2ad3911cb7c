"""Read the lead reviewer's overview sections and the board response from Markdown."""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Para, Provenance, Section
from .blocks import TableBlock, TextBlock
from .markdown_parse import parse_markdown

_EXEC = re.compile(r"^executive summary\b", re.I)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "section"


def read_sections(path: Path, rel: str, kind: str) -> list[Section]:
    """One Section per top-level heading (`#`); text before any heading takes the file name as its title.

    A section titled "Executive summary" gets kind "executive-summary" so it can also be
    published as its own document.
    """
    parsed = parse_markdown(path, front_matter=True)
    sections: list[Section] = []
    top = min((b.level for b in parsed.blocks if isinstance(b, TextBlock) and b.style == "heading"), default=1)
    for block in parsed.blocks:
        if isinstance(block, TableBlock):
            paras = [
                Para(" | ".join(t for t, _ in row if t), Provenance(rel, row[0][1].rsplit(", column", 1)[0]), "body")
                for row in block.rows
                if row and any(t for t, _ in row)
            ]
        elif block.style == "heading" and block.level == top:
            title = Para(block.text, Provenance(rel, block.where), "heading", 1)
            skind = "executive-summary" if _EXEC.match(block.text) else kind
            sections.append(Section(f"{_slug(Path(rel).stem)}-{len(sections) + 1}", title, [], skind))
            continue
        else:
            level = max(1, block.level - top + 1) if block.style == "heading" else block.level
            paras = [Para(block.text, Provenance(rel, block.where), block.style, level)]
        if not sections:
            stem = re.sub(r"^\d+[-_ ]*", "", Path(rel).stem).replace("-", " ").replace("_", " ").strip()
            title = Para(stem[:1].upper() + stem[1:], Provenance(rel, "file name"), "heading", 1)
            sections.append(Section(f"{_slug(Path(rel).stem)}-1", title, [], kind))
        sections[-1].blocks.extend(paras)
    return sections
