"""Shared fixtures: tiny fictional cases copied to a temp folder, and one spaCy-backed detector per session."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from docx_factory import agency_docx  # noqa: E402


@pytest.fixture
def tiny_case(tmp_path: Path) -> Path:
    """The tiny case (tests/cases/tiny) plus a Word submission made with python-docx, in a temp folder."""
    dest = tmp_path / "tiny"
    shutil.copytree(HERE / "cases" / "tiny", dest)
    agency_docx(dest / "submissions" / "health.docx")
    return dest


@pytest.fixture(scope="session")
def detector():  # type: ignore[no-untyped-def]
    """A detector without a register; the spaCy model loads once for the whole session."""
    from scrpress.redaction.detect import Detector

    return Detector()


@pytest.fixture(scope="session")
def sample_case() -> Path:
    return ROOT / "samples" / "child-m"
