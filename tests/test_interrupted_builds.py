"""A build killed at any stage leaves the previous output whole; two builds at once do not corrupt each other;
the approval log and decisions are never truncated; `init` scaffolds a case that checks."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrpress.cli import cli
from scrpress.pipeline import approve_case, review_case

RUN = [sys.executable, "-c", "from scrpress.cli import main; main()"]


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def _approve_everything(case: Path) -> None:
    """Accept every proposal as the lawyer would, then approve (so the build reaches the public stages)."""
    review_case(case, pdf=False)
    path = case / "redaction" / "decisions.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    for r in rows:
        if r["decision"] == "pending":
            r["decision"], r["replacement"] = r["proposed"], r["proposed_replacement"]
            r["reason"] = "third-party" if r["proposed"] == "redact" else "not-personal-data"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8-sig")
    approve_case(case, "Test Lawyer, Solicitor")


@pytest.fixture(scope="module")
def approved_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    import shutil

    from docx_factory import agency_docx

    root = tmp_path_factory.mktemp("kill")
    case = root / "tiny"
    shutil.copytree(Path(__file__).resolve().parent / "cases" / "tiny", case)
    agency_docx(case / "submissions" / "health.docx")
    _approve_everything(case)
    out = root / "out"
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--quiet", "--require-public"])
    assert result.exit_code == 0, result.output
    return case, out


@pytest.mark.parametrize("stage", ["internal editions", "detect", "review", "public editions", "verify"])
def test_killed_build_leaves_previous_output_whole(approved_case: tuple[Path, Path], stage: str) -> None:
    case, out = approved_case
    before = _snapshot(out)
    log = case / "redaction" / "approvals.jsonl"
    log_before = log.read_bytes()
    proc = subprocess.Popen([*RUN, "build", str(case), "-o", str(out)], stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    for line in proc.stderr:
        if line.strip() == f"{stage} ...":
            os.kill(proc.pid, signal.SIGKILL)
            break
        assert time.monotonic() < deadline
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, f"the build finished before stage {stage!r}"
    assert _snapshot(out) == before, "the previous output must be whole after a kill"
    assert log.read_bytes() == log_before
    rows = list(csv.DictReader(io.StringIO((case / "redaction" / "decisions.csv").read_text(encoding="utf-8-sig"))))
    assert rows and all(r["decision"] in ("redact", "keep", "custom") for r in rows)
    # The next build recovers (the lock died with the process) and replaces the output whole.
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--quiet", "--require-public"])
    assert result.exit_code == 0, result.output
    assert not list(out.parent.glob(".out.staging-*"))


def test_two_builds_of_one_case_at_once_do_not_corrupt_each_other(approved_case: tuple[Path, Path]) -> None:
    case, out = approved_case
    procs = [subprocess.Popen([*RUN, "build", str(case), "-o", str(out), "--quiet"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]  # fmt: skip
    results = [(p.wait(180), p.stdout.read() + p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 1]), results
    for code, text in results:
        if code == 1:
            assert "is working on this case: wait for it to finish" in text or "writing this output folder" in text
            assert "Traceback" not in text
    result = CliRunner().invoke(cli, ["verify", str(out), "--case", str(case)])
    assert result.exit_code == 0, result.output


def test_init_scaffolds_a_case_that_checks(tmp_path: Path) -> None:
    folder = tmp_path / "new-case"
    result = CliRunner().invoke(cli, ["init", str(folder), "--nation", "wales"])
    assert result.exit_code == 0, result.output
    for name in ("case.yaml", "README.md", "action-plan.csv", "agency-submission.docx", "overview/01-introduction.md"):
        assert (folder / name).exists(), name
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    assert "policy: wales-susr" in text and "languages: [en, cy]" in text and "# " in text
    check = CliRunner().invoke(cli, ["check", str(folder)])
    assert check.exit_code == 0, check.output
    again = CliRunner().invoke(cli, ["init", str(folder), "--nation", "wales"])
    assert again.exit_code == 1 and "already holds a case.yaml: nothing was changed" in again.output
