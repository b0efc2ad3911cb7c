"""Legal approval: refused while anything is pending, bound to the decisions and the content, kept in an append-only log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_support import LAWYER, accept_proposals, edit, enrich, replace_line, rows

from scrpress.cli import EXIT_NOT_APPROVED, cli
from scrpress.pipeline import approve_case, load_report, review_case
from scrpress.redaction.approval import APPROVALS, approval_status, read_approvals
from scrpress.redaction.review import build_review

NOW = "2026-05-01T10:00:00"


@pytest.fixture
def case(tiny_case: Path) -> Path:
    enrich(tiny_case)
    review_case(tiny_case, pdf=False)
    return tiny_case


def _approve(case_dir: Path, by: str = LAWYER, now: str = NOW):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["approve", str(case_dir), "--by", by, "--now", now])


def _status(case_dir: Path):  # type: ignore[no-untyped-def]
    case, report = load_report(case_dir)
    return approval_status(build_review(case, report))


def test_approval_is_refused_while_decisions_are_pending(case: Path) -> None:
    result = _approve(case)
    assert result.exit_code == 1
    pending = [r for r in rows(case) if r.decision == "pending"]
    assert f"{len(pending)} decision(s) still pending" in result.output
    assert pending[0].id in result.output and "submissions/police.md:line" in result.output
    assert "Grace" not in result.output  # places and IDs, never the names
    assert not (case / "redaction" / APPROVALS).exists()


def test_approval_records_who_when_and_both_hashes_in_an_append_only_log(case: Path) -> None:
    edit(case, accept_proposals)
    result = _approve(case)
    assert result.exit_code == 0, result.output
    log = case / "redaction" / APPROVALS
    first_line = log.read_bytes()
    record = json.loads(first_line)
    assert record["by"] == LAWYER and record["at"] == "2026-05-01T10:00:00Z"
    assert len(record["decisions_sha256"]) == 64 and len(record["content_sha256"]) == 64
    assert record["decisions"] == len(rows(case)) and record["scrpress"]
    assert record["redact"] + record["keep"] + record["custom"] == record["decisions"]
    assert _status(case).valid

    # A second approval is appended; the first line is never rewritten.
    assert _approve(case, "Sam Okoye, Head of Legal", "2026-05-02T09:00:00").exit_code == 0
    data = log.read_bytes()
    assert data.startswith(first_line) and data.count(b"\n") == 2
    assert [a.by for a in read_approvals(case / "redaction")] == [LAWYER, "Sam Okoye, Head of Legal"]


@pytest.mark.parametrize("by", ["Priya Shah", "", "  , Solicitor"])
def test_approval_names_a_person_and_their_role(case: Path, by: str) -> None:
    edit(case, accept_proposals)
    result = _approve(case, by)
    assert result.exit_code != 0
    assert "name and a role" in result.output or "Missing" in result.output


def test_a_redaction_needs_a_known_reason_and_a_replacement_must_not_name_anyone(case: Path) -> None:
    def lawyer(row) -> None:  # type: ignore[no-untyped-def]
        accept_proposals(row)
        if row.text == "Dai":
            row.decision, row.replacement = "custom", "Grace's partner"
        elif row.text == "Peter Lyle":
            row.reason = "because"
        elif row.text == "Tommy Brennan":
            row.reason = ""

    edit(case, lawyer)
    result = _approve(case)
    assert result.exit_code == 1
    assert "replacement would print a register name (person 2)" in result.output
    assert "reason 'because' is not a code" in result.output
    assert "a redaction needs a reason code" in result.output


def test_a_changed_paragraph_invalidates_the_approval_and_reopens_only_its_findings(case: Path) -> None:
    edit(case, accept_proposals)
    approve_case(case, LAWYER)
    before = {r.id: r.decision for r in rows(case)}
    replace_line(case / "submissions" / "police.md", "rang from 07700 900123", "telephoned from 07700 900123")
    status = _status(case)
    assert not status.valid
    assert status.changed_since_approval == ["submissions/police.md#line 28"]
    messages = " | ".join(status.messages())
    assert "changed since approval: submissions/police.md:line 28" in messages
    assert "re-opened because their paragraph changed" in messages
    review_case(case, pdf=False)
    now = rows(case)
    assert {r.paragraph for r in now if r.decision == "pending"} == {"submissions/police.md#line 28"}
    assert all(before[r.id] == r.decision for r in now if r.id in before)


def test_a_changed_paragraph_without_findings_still_needs_a_new_approval(case: Path) -> None:
    edit(case, accept_proposals)
    approve_case(case, LAWYER)
    replace_line(case / "board-response.md", "every quarter", "every month")
    status = _status(case)
    assert not status.valid and not status.pending
    assert status.changed_since_approval == ["board-response.md#line 5"]
    assert any("scrpress approve" in m for m in status.messages())
    # Re-approving covers the new content; going back to the old text revives the first approval.
    approve_case(case, "Sam Okoye, Head of Legal")
    assert _status(case).approval.by == "Sam Okoye, Head of Legal"  # type: ignore[union-attr]
    replace_line(case / "board-response.md", "every month", "every quarter")
    assert _status(case).approval.by == LAWYER  # type: ignore[union-attr]


def test_a_damaged_audit_log_is_an_error_naming_the_line(case: Path) -> None:
    edit(case, accept_proposals)
    approve_case(case, LAWYER)
    with (case / "redaction" / APPROVALS).open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    result = CliRunner().invoke(cli, ["review", str(case), "--no-pdf"])
    assert result.exit_code == 1
    assert "approvals.jsonl:line 2" in result.output


def test_build_stops_after_the_review_until_approved_then_writes_verified_public_editions(case: Path,
                                                                                          tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "waiting for legal approval" in result.output and "pending" in result.output
    assert (out / "review" / "redaction-review.html").exists() and (out / "review" / "redaction-review.pdf").exists()
    assert (out / "review" / "decisions.csv").read_bytes() == (case / "redaction" / "decisions.csv").read_bytes()
    assert (out / "internal" / "overview-report.pdf").exists()
    assert not (out / "public").exists()
    strict = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "-q", "--require-public"])
    assert strict.exit_code == EXIT_NOT_APPROVED

    edit(case, accept_proposals)
    assert _approve(case).exit_code == 0
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    public = out / "public" / "en"
    assert sorted(p.name for p in public.iterdir()) == [
        "executive-summary.en.pdf", "overview-report.en.docx", "overview-report.en.pdf"]  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["approval"]["at"] == "2026-05-01T10:00:00Z"
    assert "public/en/overview-report.en.pdf" in {f["path"] for f in manifest["files"]}
    assert LAWYER not in (out / "manifest.json").read_text(encoding="utf-8")
    verify = CliRunner().invoke(cli, ["verify", str(out), "--case", str(case)])
    assert verify.exit_code == 0, verify.output

    # The content changes: the next build says which paragraph and removes the public editions.
    replace_line(case / "submissions" / "police.md", "rang from 07700 900123", "telephoned from 07700 900123")
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "-q"])
    assert result.exit_code == 0
    assert "submissions/police.md:line 28" in result.output
    assert not (out / "public").exists()
