"""Advance copies: a watermark on every page of every copy, traceable by copy ID, optional encryption,
a manifest whose hashes match, and a refusal when the notice period can no longer be met."""

from __future__ import annotations

import csv
import hashlib
import json
import stat
from datetime import date
from pathlib import Path

import pytest
import weasyprint  # noqa: F401 - its import takes most of a second: pay it once, at collection
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

from scrpress.circulation import make_advance_copies, watermark_text
from scrpress.cli_circulation import circulate as circulate_command
from scrpress.errors import ScrpressError
from scrpress.policy import Recipient, load_policy

PUBLICATION = date(2026, 5, 20)
SEND_BY = date(2026, 5, 8)
RECIPIENTS = [
    Recipient("cspr-panel", "Child Safeguarding Practice Review Panel"),
    Recipient("ofsted", "Ofsted"),
    Recipient("welsh-government", "Welsh Government", names={"cy": "Llywodraeth Cymru"}),
]
# (width, height, rotation, origin): A4; A4 turned by /Rotate 90; landscape A4, US letter turned by
# 270 and A4 upside down, each with a box that does not start at 0,0.
PAGES = [
    (595, 842, 0, (0, 0)),
    (595, 842, 90, (0, 0)),
    (842, 595, 0, (10, 15)),
    (612, 792, 270, (50, 40)),
    (595, 842, 180, (30, 20)),
]


def make_report(path: Path) -> Path:
    """A small public report with plain Helvetica text on pages of different sizes and rotations."""
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    }))  # fmt: skip
    for number, (width, height, rotation, (x0, y0)) in enumerate(PAGES, start=1):
        page = writer.add_blank_page(width, height)
        page.mediabox = RectangleObject([x0, y0, x0 + width, y0 + height])
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 12 Tf {x0 + 72} {y0 + height - 72} Td (Report page {number}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        if rotation:
            page.rotate(rotation)
    writer.add_metadata({"/Title": "Overview report"})
    writer.write(path)
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_report(tmp_path_factory.mktemp("public") / "overview-report.en.pdf")


def circulate(report: Path, out: Path, recipients: list[Recipient] = RECIPIENTS, **kwargs):
    args = {"reference": "CSPR-2026-014", "publication_date": PUBLICATION, "send_by": SEND_BY,
            "today": date(2026, 5, 1), "out_dir": out}
    args.update(kwargs)
    return make_advance_copies(report, recipients, **args)


@pytest.fixture(scope="module")
def plain(report: Path, tmp_path_factory: pytest.TempPathFactory):
    return circulate(report, tmp_path_factory.mktemp("out") / "circulation")


def test_every_page_of_every_copy_names_its_recipient_embargo_and_copy_id(plain) -> None:
    assert [c.recipient_id for c in plain.copies] == ["cspr-panel", "ofsted", "welsh-government"]
    assert len({c.copy_id for c in plain.copies}) == 3
    for copy in plain.copies:
        reader = PdfReader(plain.out_dir / copy.file)
        assert len(reader.pages) == len(PAGES)
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text()
            assert f"Report page {number}" in text
            assert f"Advance copy for {copy.recipient} · Embargoed until 20 May 2026 · Copy ID {copy.copy_id}" in text
            assert "/Annots" not in page  # drawn into the content, not a removable annotation
        assert reader.metadata["/ScrpressCopyID"] == copy.copy_id
        assert reader.metadata["/Title"] == "Overview report"


def test_the_stamp_is_one_shared_drawing_per_page_size(plain) -> None:
    reader = PdfReader(plain.out_dir / plain.copies[0].file)
    stamps = []
    for page in reader.pages:
        assert b"/ScrpressAdvanceCopy Do" in page.get_contents().get_data()
        stamp = page["/Resources"]["/XObject"].raw_get("/ScrpressAdvanceCopy")
        stamps.append(stamp.idnum)
        bbox = [float(v) for v in stamp.get_object()["/BBox"]]
        width, height = float(page.cropbox.width), float(page.cropbox.height)
        shown = (height, width) if page.rotation in (90, 270) else (width, height)
        assert bbox[2:] == pytest.approx(shown, abs=0.01)
    # Pages shown at the same size share one stamp (the turned A4 page is shown like landscape A4).
    assert stamps[0] == stamps[4] and stamps[1] == stamps[2] and len(set(stamps)) == 3


def _ctm_at_stamp(page) -> list[float]:
    """The transformation in force where the page draws the stamp, following q/Q/cm."""
    ctm, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    for operands, operator in page.get_contents().operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(x) for x in operands)
            A, B, C, D, E, F = ctm
            ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
        elif operator == b"Do" and operands[0] == "/ScrpressAdvanceCopy":
            return ctm
    raise AssertionError("no stamp drawn on this page")


@pytest.mark.parametrize("index", range(len(PAGES)))
def test_the_stamp_stands_upright_on_the_page_as_it_is_shown(plain, index: int) -> None:
    # pypdf turns the page's /Rotate into its content, independently of our arithmetic: in the
    # page as shown, the stamp must then be drawn unrotated, from the visible box's corner.
    writer = PdfWriter(clone_from=plain.out_dir / plain.copies[1].file)
    page = writer.pages[index]
    page.transfer_rotation_to_content()
    ctm = _ctm_at_stamp(page)
    assert ctm == pytest.approx([1, 0, 0, 1, float(page.cropbox.left), float(page.cropbox.bottom)], abs=1e-6)


def test_the_manifest_hashes_match_the_files_and_the_csv_matches_the_json(plain, report: Path) -> None:
    data = json.loads((plain.out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert data["reference"] == "CSPR-2026-014"
    assert data["publication_date"] == "2026-05-20" and data["send_by"] == "2026-05-08"
    with (plain.out_dir / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(data["copies"]) == 3
    for copy, row in zip(data["copies"], rows, strict=True):
        digest = hashlib.sha256((plain.out_dir / copy["file"]).read_bytes()).hexdigest()
        assert copy["sha256"] == row["sha256"] == digest
        assert copy["copy_id"] == row["copy_id"] and copy["file"] == row["file"]
        assert row["send_by"] == "2026-05-08" and row["recipient"] == copy["recipient"]
        assert copy["source_sha256"] == hashlib.sha256(report.read_bytes()).hexdigest()
    assert not (plain.out_dir / "passwords.csv").exists()


def test_file_names_carry_only_the_reference_and_the_recipient_slug(plain) -> None:
    assert sorted(p.name for p in plain.out_dir.iterdir()) == [
        "CSPR-2026-014-advance-copy-cspr-panel.en.pdf",
        "CSPR-2026-014-advance-copy-ofsted.en.pdf",
        "CSPR-2026-014-advance-copy-welsh-government.en.pdf",
        "manifest.csv",
        "manifest.json",
    ]


def test_a_copy_is_not_much_larger_than_the_original(plain, report: Path) -> None:
    # The stamp's font is the only real addition; pages only gain a reference to it.
    for copy in plain.copies:
        assert (plain.out_dir / copy.file).stat().st_size < report.stat().st_size + 40_000


def test_encrypted_copies_open_only_with_their_own_password(report: Path, tmp_path: Path) -> None:
    manifest = circulate(report, tmp_path / "circulation", encrypt=True)
    assert manifest.passwords_file == tmp_path / "circulation" / "passwords.csv"
    assert stat.S_IMODE(manifest.passwords_file.stat().st_mode) & 0o077 == 0
    with manifest.passwords_file.open(newline="", encoding="utf-8") as fh:
        passwords = {row["file"]: row["password"] for row in csv.DictReader(fh)}
    assert len(set(passwords.values())) == 3
    manifest_text = (tmp_path / "circulation" / "manifest.json").read_text(encoding="utf-8")
    manifest_text += (tmp_path / "circulation" / "manifest.csv").read_text(encoding="utf-8")
    for copy in manifest.copies:
        assert passwords[copy.file] not in manifest_text
        reader = PdfReader(tmp_path / "circulation" / copy.file)
        assert reader.is_encrypted
        assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
        others = [p for f, p in passwords.items() if f != copy.file]
        assert not reader.decrypt(others[0])
        assert reader.decrypt(passwords[copy.file])
        assert f"Copy ID {copy.copy_id}" in reader.pages[2].extract_text()
        assert reader.metadata["/ScrpressCopyID"] == copy.copy_id


def test_too_late_is_refused_with_the_earliest_lawful_date_and_nothing_is_written(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "circulation"
    with pytest.raises(ScrpressError) as info:
        circulate(report, out, today=date(2026, 5, 11), earliest_publication=date(2026, 5, 22))
    message = info.value.message
    assert "sent by 2026-05-08" in message and "earliest lawful publication date is now 2026-05-22" in message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("cy", "Copi ymlaen llaw ar gyfer Llywodraeth Cymru · Dan embargo tan 20 Mai 2026 · Cyfeirnod y copi"),
        ("pl", "Kopia przedpublikacyjna dla Welsh Government · Embargo do 20 maja 2026 · Identyfikator kopii"),
    ],
)
def test_translated_editions_get_the_watermark_in_their_language(report: Path, tmp_path: Path, lang: str, words: str) -> None:
    manifest = circulate(report, tmp_path / "circulation", RECIPIENTS[2:], lang=lang)
    copy = manifest.copies[0]
    assert copy.file == f"CSPR-2026-014-advance-copy-welsh-government.{lang}.pdf"
    assert words in PdfReader(tmp_path / "circulation" / copy.file).pages[0].extract_text()


def test_watermark_words_fall_back_to_english() -> None:
    assert watermark_text("cy_GB")["copy_id"] == "Cyfeirnod y copi"
    assert watermark_text("xx") == watermark_text("en")
    assert set(watermark_text("pl")) == {"embargoed_until", "advance_copy_for", "copy_id"}


def test_circulating_another_edition_keeps_the_first_and_drops_stale_ones(report: Path, tmp_path: Path) -> None:
    out, welsh_government = tmp_path / "circulation", RECIPIENTS[2:]
    circulate(report, out, welsh_government, lang="cy")
    both = circulate(report, out, welsh_government, lang="en")
    assert sorted(c.lang for c in both.copies) == ["cy", "en"]
    assert len(list(out.glob("*.pdf"))) == 2
    moved = circulate(report, out, welsh_government, lang="en", publication_date=date(2026, 5, 21))
    assert [c.lang for c in moved.copies] == ["en"]  # the Welsh copy carried the old embargo date
    assert moved.dropped == ["CSPR-2026-014-advance-copy-welsh-government.cy.pdf"]
    assert len(list(out.glob("*.pdf"))) == 1


def test_a_file_that_is_not_a_pdf_is_named(tmp_path: Path) -> None:
    bogus = tmp_path / "overview-report.en.pdf"
    bogus.write_bytes(b"not a pdf")
    with pytest.raises(ScrpressError) as info:
        circulate(bogus, tmp_path / "circulation")
    assert info.value.file == bogus


# --- the command -------------------------------------------------------------------------------

CASE_YAML = """\
reference: "CSPR-2026-014"
title: "Child Safeguarding Practice Review: Child H"
board: "Testshire Safeguarding Children Partnership"
nation: england
policy: england-cspr
lead_reviewers: ["Independent Reviewer"]
dates:
  incident: 2026-01-05
  notification: 2026-01-09
  decision: 2026-01-30
  publication: 2026-05-20
languages: [en, cy]
people: []
places: []
"""


@pytest.fixture
def case(tmp_path: Path, report: Path) -> Path:
    folder = tmp_path / "case"
    (folder / "build" / "public" / "en").mkdir(parents=True)
    (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    (folder / "build" / "public" / "en" / "overview-report.en.pdf").write_bytes(report.read_bytes())
    return folder


def test_circulate_command_writes_a_copy_per_policy_recipient(case: Path) -> None:
    result = CliRunner().invoke(circulate_command, [str(case), "--today", "2026-05-08", "--encrypt"])
    assert result.exit_code == 0, result.output
    out = case / "build" / "circulation"
    recipients = [r.id for r in load_policy("england-cspr").recipients]
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(f"CSPR-2026-014-advance-copy-{r}.en.pdf" for r in recipients)
    assert "Send by: Fri 8 May 2026 (7 clear working days before publication under england-cspr)" in result.output
    assert "Send each password by another channel" in result.output


def test_circulate_command_refuses_when_too_late(case: Path) -> None:
    result = CliRunner().invoke(circulate_command, [str(case), "--today", "2026-05-11"])
    assert isinstance(result.exception, ScrpressError)
    assert "earliest lawful publication date is now 2026-05-21" in str(result.exception)
    assert not (case / "build" / "circulation").exists()


def test_circulate_command_needs_the_approved_edition(case: Path) -> None:
    result = CliRunner().invoke(circulate_command, [str(case), "--today", "2026-05-01", "--lang", "cy"])
    assert isinstance(result.exception, ScrpressError)
    assert result.exception.file == case / "build" / "public" / "cy" / "overview-report.cy.pdf"
    result = CliRunner().invoke(circulate_command, [str(case), "--today", "2026-05-01", "--lang", "pl"])
    assert "has no 'pl' edition" in str(result.exception)
