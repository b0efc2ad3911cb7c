"""`scrpress check`: every problem in the case folder at once — case.yaml and every input file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .assemble import assemble
from .case import Case, Register, case_yaml_path, load_case
from .errors import ProblemList, ScrpressError
from .inputs import read_inputs
from .model import Report


def _bare_case(case_dir: Path) -> Case:
    """A stand-in for a case whose case.yaml is broken, so its input files can still be checked."""
    return Case(case_dir, case_yaml_path(case_dir), "", "", "", "", "", "", [], {}, ["en"], Register())


def check_case(case_dir: Path, *, today: date | None = None) -> Report:
    """Load case.yaml and read every input, collecting all problems; return the assembled report when there are none."""
    problems: list[ScrpressError] = []
    case_dir = case_dir if case_dir.is_dir() else case_dir.parent
    try:
        case = load_case(case_dir)
    except ProblemList as exc:
        problems.extend(exc.problems)
        case = _bare_case(case_dir)
    except ScrpressError as exc:
        problems.append(exc)
        case = _bare_case(case_dir)
    try:
        inputs = read_inputs(case, today=today)
    except ProblemList as exc:
        problems.extend(exc.problems)
    except ScrpressError as exc:
        problems.append(exc)
    if problems:
        raise ProblemList(problems)
    return assemble(case, inputs)
