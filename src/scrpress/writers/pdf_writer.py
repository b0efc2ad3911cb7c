"""The PDF editions (and their HTML source): the report through Jinja2 and WeasyPrint.

The PDF is what boards publish on their websites, so it is tagged (PDF/UA-1), carries its
title and language, embeds DejaVu fonts that cover Polish and Welsh letters, and repeats the
case reference, protective marking and "Page X of Y" on every page but the cover.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from markupsafe import Markup

from scrpress.errors import ScrpressError
from scrpress.i18n import templates_dir
from scrpress.model import Report
from scrpress.writers import Writer, writer
from scrpress.writers.jinja import make_environment
from scrpress.writers.view import Block, ReportView, build_view, clean_text

log = logging.getLogger(__name__)

OVERVIEW_TEMPLATE = "overview-report.html.j2"
SUMMARY_TEMPLATE = "executive-summary.html.j2"
STYLESHEET = "style.css"
PDF_VARIANT = "pdf/ua-1"


@dataclass
class BlockGroup:
    """Consecutive list items gathered into one list; any other block stands alone."""

    kind: str  # ul | ol | single
    blocks: list[Block]


def grouped(blocks: list[Block]) -> list[BlockGroup]:
    groups: list[BlockGroup] = []
    for block in blocks:
        kind = {"bullet": "ul", "bullet2": "ul", "number": "ol"}.get(block.kind, "single")
        if kind != "single" and groups and groups[-1].kind == kind:
            groups[-1].blocks.append(block)
        else:
            groups.append(BlockGroup(kind, [block]))
    return groups


def css_string(text: str) -> str:
    """`text` as a quoted CSS string; `<`, `>` and `&` are escaped too, so it can never close a <style>."""
    out = []
    for char in clean_text(text):
        if char in '\\"':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\A ")
        elif char in "<>&":
            out.append(f"\\{ord(char):X} ")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def page_css(view: ReportView) -> Markup:
    """Margin boxes: reference top right, marking top and bottom centre, "Page X of Y" bottom right.

    The cover (named page `cover`) shows the marking only. The words around the page numbers
    come from the interface catalog, so a Polish edition reads "Strona 1 z 12".
    """
    before, between, after = view.page_of
    counter = f"{css_string(before)} counter(page) {css_string(between)} counter(pages) {css_string(after)}"
    rules = [
        "@page {",
        f"  @top-right {{ content: {css_string(view.cover.reference)}; }}",
        f"  @bottom-right {{ content: {counter}; }}",
    ]
    if view.cover.marking:
        marking = css_string(view.cover.marking)
        rules += [f"  @top-center {{ content: {marking}; }}", f"  @bottom-center {{ content: {marking}; }}"]
    rules += ["}", "@page cover { @top-right { content: none; } @bottom-right { content: none; } }"]
    return Markup("\n".join(rules))


def render_html(view: ReportView, template: str = OVERVIEW_TEMPLATE) -> str:
    """The report as one self-contained HTML document (style sheet inlined)."""
    folder = templates_dir()
    if not (folder / template).is_file() or not (folder / STYLESHEET).is_file():
        raise ScrpressError(
            "the document templates are missing (set SCRPRESS_TEMPLATES to the templates folder)", file=folder
        )
    env = make_environment(view.lang, search_path=folder, translations=view.interface)
    css = (folder / STYLESHEET).read_text(encoding="utf-8")
    return env.get_template(template).render(
        view=view,
        css=Markup(css),
        page_css=page_css(view),
        built_iso=view.built.strftime("%Y-%m-%dT%H:%M:%SZ"),
        grouped=grouped,
    )


def html_to_pdf(html: str) -> bytes:
    """Lay the HTML out with WeasyPrint and return a tagged PDF/UA-1 file."""
    from weasyprint import HTML  # heavy; load only when a PDF is built

    document = HTML(string=html, base_url=str(templates_dir())).render()
    try:
        return document.write_pdf(pdf_variant=PDF_VARIANT)
    except (AssertionError, KeyError, ValueError, TypeError, IndexError) as exc:
        # WeasyPrint's structure tagging has had crashes on some table layouts (e.g. issues
        # #2601, #2761). An untagged PDF is better than none: keep the layout, drop the tags.
        log.warning("PDF/UA tagging failed (%s); writing an untagged PDF", type(exc).__name__)
        return document.write_pdf()


def write_view_pdf(view: ReportView, path: Path, template: str = OVERVIEW_TEMPLATE) -> Path:
    """Render an already laid-out view (the bilingual edition's) to `path`."""
    return _write_bytes(path, html_to_pdf(render_html(view, template)))


def _write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@writer
class HtmlWriter(Writer):
    """The overview report as one self-contained HTML file (the PDF's source; handy for previews)."""

    name = "html"
    extension = "html"

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        html = render_html(build_view(report, now))
        return [_write_bytes(self.target(report, out), html.encode("utf-8"))]


@writer
class PdfWriter(Writer):
    """The overview report as a tagged A4 PDF (internal: overview-report.pdf; public: overview-report.<lang>.pdf)."""

    name = "pdf"
    extension = "pdf"

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        data = html_to_pdf(render_html(build_view(report, now)))
        return [_write_bytes(self.target(report, out), data)]


@writer
class ExecutiveSummaryPdfWriter(Writer):
    """The executive summary as its own short PDF (executive-summary.<lang>.pdf); nothing when the report has none."""

    name = "executive-summary-pdf"
    extension = "pdf"
    stem = "executive-summary"

    def write(self, report: Report, out: Path, *, now: datetime | None = None) -> list[Path]:
        if report.executive_summary is None:
            return []
        data = html_to_pdf(render_html(build_view(report, now), SUMMARY_TEMPLATE))
        return [_write_bytes(self.target(report, out), data)]
