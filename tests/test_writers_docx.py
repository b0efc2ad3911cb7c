"""The Word edition: what a board officer opens in Word must say exactly what the report says,
in the right styles, with the marking where it belongs and no person's name in the metadata."""

from __future__ import annotations

import importlib.util
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from conftest_writers import BUILT, FAMILY_NAME, TRICKY, make_report, para
from docx.oxml.ns import qn

from scrpress.model import Report
from scrpress.writers import WRITERS, Writer, writer
from scrpress.writers.view import clean_text

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
MARKING = "OFFICIAL-SENSITIVE"


def render(report: Report, tmp_path: Path) -> Path:
    [path] = WRITERS["docx"]().write(report, tmp_path, now=BUILT)
    return path


def all_paragraphs(document) -> list:
    """Body paragraphs and every table cell's paragraphs, in document order per table."""
    paras = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is reported once per grid column
                    continue
                seen.add(id(cell._tc))
                paras.extend(cell.paragraphs)
    return paras


def package_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


@pytest.fixture(scope="module")
def internal(tmp_path_factory) -> tuple[Report, Path, docx.document.Document]:
    report = make_report()
    path = render(report, tmp_path_factory.mktemp("internal"))
    return report, path, docx.Document(str(path))


@pytest.fixture(scope="module")
def public(tmp_path_factory) -> tuple[Report, Path, docx.document.Document]:
    report = make_report(edition="public")
    path = render(report, tmp_path_factory.mktemp("public"))
    return report, path, docx.Document(str(path))


def test_internal_edition_is_named_for_the_internal_folder(internal) -> None:
    _report, path, _doc = internal
    assert path.name == "overview-report.docx"


def test_public_edition_file_name_carries_the_language(public) -> None:
    _report, path, _doc = public
    assert path.name == "overview-report.en.docx"


def test_writing_to_an_explicit_file_path(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "copy.docx"
    assert WRITERS["docx"]().write(make_report(), target, now=BUILT) == [target]
    assert target.is_file()


def test_every_piece_of_text_reads_back_exactly(internal) -> None:
    report, _path, document = internal
    texts = {p.text for p in all_paragraphs(document)}
    for label, p in report.paras():  # chronology dates too: English editions keep them as written
        assert p.text in texts, (label, p.key)
    assert TRICKY in texts
    assert "A line\nbreak\tand a tab stay as they are." in texts


@pytest.mark.parametrize(
    "text",
    [
        "{{ meta.title }} and {% if x %}, {%p endif %}, {%tr for r in rows %}",
        "Scores: 5 < 6 > 4 & 100% }} {_{ {_% %_} }_}",
        "Quotes \"double\" and 'single' & ampersands &amp; &#123; entities",
        "  leading and trailing spaces  ",
    ],
)
def test_template_like_text_is_never_interpreted(text: str, tmp_path: Path) -> None:
    report = make_report(extra_text=[text])
    document = docx.Document(str(render(report, tmp_path)))
    assert text in [p.text for p in document.paragraphs]


def test_xml_illegal_control_characters_from_word_are_removed(tmp_path: Path) -> None:
    text = "Line one\x0bline two\x07 with a bell\x00 and a form feed\x0cend"
    document = docx.Document(str(render(make_report(extra_text=[text]), tmp_path)))
    assert clean_text(text) == "Line one\nline two with a bell and a form feed\nend"
    assert clean_text(text) in [p.text for p in document.paragraphs]


def test_each_block_gets_the_word_style_of_its_kind(internal) -> None:
    _report, _path, document = internal
    style = {p.text: p.style.name for p in document.paragraphs if p.text}
    assert style["Executive summary"] == "Heading 1"
    assert style["Introduction"] == "Heading 1"
    assert style["Background"] == "Heading 2"
    assert style["Scope of the review"] == "Heading 3"
    assert style["Agency analyses"] == "Heading 1"
    assert style["Police"] == "Heading 2"  # an agency's analysis sits under "Agency analyses"
    assert style["Learning for health"] == "Heading 3"
    assert style["Information sharing between agencies"] == "List Bullet"
    assert style["Mother said: \u201cnobody asked me what it was like at home\u201d."] == "Quote"
    assert style["Finding 1: professionals did not share what they knew."] == "Normal"
    assert style["Integrated multi-agency chronology"] == "Heading 1"
    assert style["Action plan"] == "Heading 1"
    assert style["Board response"] == "Heading 1"
    assert style["Author: Detective Inspector, Public Protection Unit"] == "Byline"
    assert style["Date: 12 March 2026"] == "Byline"


def test_parts_come_in_reading_order(internal) -> None:
    _report, _path, document = internal
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Executive summary",
        "Introduction",
        "Findings",
        "Agency analyses",
        "Integrated multi-agency chronology",
        "Action plan",
        "Board response",
        "About this report",
    ]


def test_cover_names_the_review_and_its_lead_reviewer(internal) -> None:
    _report, _path, document = internal
    cover = [p.text for p in document.paragraphs[:12]]
    assert cover[:1] == ["Child Safeguarding Practice Review: Child H"]
    for expected in (
        "Example Safeguarding Children Partnership",
        "CSPR-2026-014",
        "Child Safeguarding Practice Review",
        "Lead reviewer",
        "Dr Jane Example",
        "21 November 2026",
    ):
        assert expected in cover


def test_two_lead_reviewers_take_the_plural_label(tmp_path: Path) -> None:
    report = make_report()
    report.meta.reviewers = ["Dr Jane Example", "Sam Sample"]
    texts = [p.text for p in docx.Document(str(render(report, tmp_path))).paragraphs]
    assert "Lead reviewers" in texts
    assert "Dr Jane Example and Sam Sample" in texts


def test_chronology_table_repeats_its_header_row_and_keeps_model_order(internal) -> None:
    report, _path, document = internal
    [table] = [
        t
        for t in document.tables
        if [c.text for c in t.rows[0].cells] == ["Date", "Agency", "Event", "Source"]
    ]
    header_pr = table.rows[0]._tr.trPr
    assert header_pr is not None and header_pr.find(qn("w:tblHeader")) is not None
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    expected = [[ev.date_text.text, ev.agency, ev.event.text, ev.source.text] for ev in report.chronology]
    assert rows == expected
    # the repeated header is the only header row
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])


def test_action_plan_groups_actions_under_their_recommendation(internal) -> None:
    _report, _path, document = internal
    [table] = [t for t in document.tables if t.rows[0].cells[1].text == "Action"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    rows = table.rows[1:]
    spans = [row._tr.tc_lst[0].tcPr.find(qn("w:gridSpan")) for row in rows]
    kinds = ["recommendation" if s is not None and s.get(qn("w:val")) == "7" else "action" for s in spans]
    assert kinds == ["recommendation", "action", "action", "recommendation", "action"]
    assert [p.text for p in rows[0].cells[0].paragraphs] == [
        "Recommendation 1",
        "Agencies share information at the point of referral.",
    ]
    assert [c.text for c in rows[1].cells] == [
        "1.1",
        "Agree an information sharing protocol.",
        "Children's social care",
        "Head of Service",
        "31 March 2027",
        "Protocol signed by all partners",
        "In progress",
    ]
    assert rows[2].cells[4].text == "Q2 2027"  # no parsed date: the due date as written
    assert rows[3].cells[0].paragraphs[0].text == "Recommendation 2"


def test_each_numbered_list_starts_again_at_one(tmp_path: Path) -> None:
    report = make_report()
    report.sections[0].blocks += [
        para("First step", "line 50", "number"),
        para("Second step", "line 51", "number"),
        para("A paragraph between the lists", "line 52"),
        para("First step again", "line 53", "number"),
    ]
    document = docx.Document(str(render(report, tmp_path)))
    num_ids = {p.text: p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name == "List Number"}
    assert num_ids["First step"] == num_ids["Second step"] != num_ids["First step again"]
    numbering = document.part.numbering_part.element
    for value in set(num_ids.values()):
        [num] = [n for n in numbering.num_lst if n.numId == value]
        assert num.lvlOverride_lst[0].startOverride.val == 1


def test_actions_numbered_only_by_their_recommendation_get_sub_numbers(tmp_path: Path) -> None:
    report = make_report()
    for action in report.actions:
        action.number = action.number.split(".")[0]  # "1", "1", "2" as some plans number them
    document = docx.Document(str(render(report, tmp_path)))
    [table] = [t for t in document.tables if t.rows[0].cells[1].text == "Action"]
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == [
        "Recommendation 1\nAgencies share information at the point of referral.",
        "1.1",
        "1.2",
        "Recommendation 2\nPractitioners recognise neglect.",
        "2",
    ]


def test_chronology_and_action_plan_are_in_a_landscape_section(internal) -> None:
    _report, _path, document = internal
    sections = document.sections
    assert len(sections) == 3
    assert [s.page_width > s.page_height for s in sections] == [False, True, False]
    assert round(sections[0].page_width.mm) == 210 and round(sections[0].page_height.mm) == 297


def test_internal_edition_carries_the_marking_on_every_header_and_footer(internal) -> None:
    _report, _path, document = internal
    section = document.sections[0]
    assert section.different_first_page_header_footer
    for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
        assert MARKING in [p.text for p in part.paragraphs]
    header = [p.text for p in section.header.paragraphs]
    assert "CSPR-2026-014" in header
    [marking] = [p for p in section.header.paragraphs if p.text == MARKING]
    assert marking.style.name == "Marking"


def test_public_edition_has_no_marking_anywhere(public) -> None:
    _report, path, document = public
    section = document.sections[0]
    assert MARKING not in [p.text for p in section.header.paragraphs]
    assert "CSPR-2026-014" in [p.text for p in section.header.paragraphs]
    for name, xml in package_xml(path).items():
        assert MARKING not in xml, name


def test_footer_prints_page_x_of_y_with_word_fields(internal) -> None:
    _report, path, document = internal
    footer = package_xml(path)[document.sections[0].footer.part.partname.lstrip("/")]
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", footer)
    assert [i.strip() for i in instructions] == ["PAGE", "NUMPAGES"]
    assert "Page 1 of 1" in [p.text for p in document.sections[0].footer.paragraphs]  # cached field results


def test_contents_is_a_real_toc_field_that_word_updates_on_open(internal) -> None:
    _report, path, document = internal
    xml = package_xml(path)
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", xml["word/document.xml"])
    assert any(i.strip() == 'TOC \\o "1-3" \\h \\z \\u' for i in instructions)
    body = xml["word/document.xml"]
    assert body.count('w:fldCharType="begin"') == body.count('w:fldCharType="end"')
    assert re.search(r'<w:updateFields w:val="(true|1)"/>', xml["word/settings.xml"])
    # the cached result lists the headings for viewers that never update fields
    toc = [p.text for p in document.paragraphs if p.style.name in ("toc 1", "toc 2") and p.text]
    assert toc[:4] == ["Executive summary", "Introduction", "Findings", "Agency analyses"]


def test_core_properties_name_the_report_and_board_but_never_a_person(internal) -> None:
    report, path, document = internal
    body_text = "\n".join(p.text for p in document.paragraphs)
    assert FAMILY_NAME in body_text  # planted in the unredacted text ...
    props = document.core_properties
    assert props.title == report.meta.title
    assert props.subject == report.meta.review_type
    assert props.author == props.last_modified_by == report.meta.board
    assert (props.keywords, props.comments, props.category) == ("", "", "")
    assert props.created == props.modified == BUILT.replace(tzinfo=props.created.tzinfo)
    xml = package_xml(path)
    metadata = xml["docProps/core.xml"] + xml["docProps/app.xml"]
    for name in (FAMILY_NAME, "Kowalczyk", "Jane", "python-docx"):
        assert name not in metadata  # ... and never reaches the file's metadata
    assert not any(n.endswith(("thumbnail.jpeg", "comments.xml")) for n in xml)


def test_polish_edition_prints_interface_words_in_polish(tmp_path: Path) -> None:
    document = docx.Document(str(render(make_report("pl", "public"), tmp_path)))
    texts = [p.text for p in document.paragraphs]
    for word in (
        "Spis treści",
        "Osoba prowadząca przegląd",
        "Analizy instytucji",
        "Zintegrowana chronologia wieloinstytucjonalna",
        "Plan działań",
        "21 listopada 2026",
    ):
        assert word in texts
    assert "Strona 1 z 1" in [p.text for p in document.sections[0].footer.paragraphs]
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == "Data"]
    assert [c.text for c in table.rows[0].cells] == ["Data", "Instytucja", "Zdarzenie", "Źródło"]
    assert table.rows[2].cells[0].text == "marzec 2018"
    assert document.core_properties.language == "pl"


def test_a_report_without_chronology_or_actions_still_renders(tmp_path: Path) -> None:
    report = make_report(events=0, with_summary=False)
    report.actions = []
    report.board_response = None
    texts = [p.text for p in docx.Document(str(render(report, tmp_path))).paragraphs]
    assert "No events were recorded." in texts
    assert "No actions have been agreed yet." in texts
    assert "Executive summary" not in texts


def test_committed_template_is_what_the_generator_makes() -> None:
    spec = importlib.util.spec_from_file_location("make_docx_template", TEMPLATES / "make_docx_template.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    built = module.build()
    assert built == module.build(), "the generator must be reproducible"

    def members(data: bytes) -> dict[str, bytes]:  # compare contents, not zlib's compressed bytes
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {name: z.read(name) for name in z.namelist()}

    committed = (TEMPLATES / "overview-report.docx").read_bytes()
    assert members(built) == members(committed), "run templates/make_docx_template.py"


def test_writers_are_registered_by_name() -> None:
    assert {"docx", "pdf", "executive-summary-pdf", "html"} <= set(WRITERS)
    assert all(issubclass(cls, Writer) and cls.name == name for name, cls in WRITERS.items())


def test_registering_a_second_writer_with_the_same_name_fails() -> None:
    with pytest.raises(ValueError, match="docx"):

        @writer
        class AnotherDocx(Writer):
            name = "docx"

    assert WRITERS["docx"].__name__ == "DocxWriter"


def test_para_helper_builds_model_paragraphs() -> None:
    p = para("x", "line 1")
    assert p.key == "overview/01-intro.md#line 1"
