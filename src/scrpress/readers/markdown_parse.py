"""Read Markdown (optional YAML front matter, headings, lists, quotes, pipe tables) into blocks with line numbers."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import ScrpressError
from ..yamlfile import load_yaml_text, read_text_utf8
from .blocks import ParsedDocument, TableBlock, TextBlock

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD = MarkdownIt("commonmark", {"html": False}).enable("table")
MAX_BYTES = 50 * 1024 * 1024


def _inline_text(tok: Token) -> str:
    """Plain text of an inline token: emphasis markers dropped, soft breaks as spaces, hard breaks kept."""
    out: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content or "")
    return "".join(out).strip()


def parse_markdown(path: Path, *, front_matter: bool = True) -> ParsedDocument:
    """Blocks of a Markdown file; each block's place is its line ("line 12")."""
    if path.exists() and path.stat().st_size > MAX_BYTES:
        raise ScrpressError("is larger than 50 MB: split it or remove embedded content", file=path)
    text = read_text_utf8(path, what="Markdown file")
    meta: dict[str, object] = {}
    meta_lines: dict[str, str] = {}
    offset_lines = 0
    m = _FRONT.match(text) if front_matter else None
    if m:
        doc = load_yaml_text("\n" + (m.group(1) or ""), path)  # keep file line numbers
        if doc.data is not None and not isinstance(doc.data, dict):
            raise ScrpressError("front matter must be 'key: value' lines", file=path, where="line 2")
        meta = dict(doc.data or {})
        meta_lines = {str(k): f"line {doc.lines.get((k,), 2)}" for k in meta}
        offset_lines = text[: m.end()].count("\n")
        text = "\n" * offset_lines + text[m.end() :]
    tokens = _MD.parse(text)
    blocks: list[TextBlock | TableBlock] = []
    list_stack: list[str] = []
    quote_depth = 0
    tnum = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = f"line {tok.map[0] + 1}" if tok.map else "line ?"
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_stack.append("bullet" if tok.type.startswith("bullet") else "number")
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "heading_open":
            level = int(tok.tag[1])
            blocks.append(TextBlock(_inline_text(tokens[i + 1]), line, "heading", level))
            i += 2
        elif tok.type == "paragraph_open":
            content = _inline_text(tokens[i + 1])
            if content:
                if list_stack:
                    blocks.append(TextBlock(content, line, list_stack[-1], len(list_stack)))
                elif quote_depth:
                    blocks.append(TextBlock(content, line, "quote"))
                else:
                    blocks.append(TextBlock(content, line))
            i += 2
        elif tok.type in ("fence", "code_block"):
            blocks.append(TextBlock(tok.content.rstrip("\n"), line))
        elif tok.type == "table_open":
            tnum += 1
            rows: list[list[tuple[str, str]]] = []
            j = i + 1
            while tokens[j].type != "table_close":
                t = tokens[j]
                if t.type == "tr_open":
                    rows.append([])
                    row_line = f"line {t.map[0] + 1}" if t.map else line
                elif t.type == "inline":
                    col = len(rows[-1]) + 1
                    rows[-1].append((_inline_text(t).replace("<br>", "\n"), f"{row_line}, column {col}"))
                j += 1
            blocks.append(TableBlock(rows, line, tnum))
            i = j
        i += 1
    return ParsedDocument(blocks, front_matter=meta, front_matter_lines=meta_lines)
