"""`scrpress init`: a new case folder a board officer can fill in, with every file explained."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from .errors import ScrpressError
from .i18n.interface import templates_dir

DEFAULT_POLICY = {
    "england": "england-cspr",
    "wales": "wales-susr",
    "scotland": "scotland-learning-review",
    "northern-ireland": "northern-ireland-cmr",
}
REVIEW_TYPE = {
    "england": "Child Safeguarding Practice Review",
    "wales": "Single Unified Safeguarding Review",
    "scotland": "Learning Review",
    "northern-ireland": "Case Management Review",
}
LANGUAGES = {"wales": "[en, cy]"}

CASE_YAML = """\
# case.yaml — the facts of this review. Lines starting with # are explanations; edit the values.
# `scrpress check {folder}` tells you what is missing or wrong, with the line number.

reference: "{prefix}-{year}-001"        # the board's reference for the review (it is printed on the cover)
title: "{review_type}: Child A"          # use the pseudonym, never the child's name
board: "Example Safeguarding Children Partnership"
nation: {nation}                         # england | wales | scotland | northern-ireland
policy: {policy}                         # the statutory rules: see policies/ (or put your own in {folder}/policies/)
review_type: "{review_type}"
lead_reviewers:                          # published in the report (Working Together 2018 requires the name)
  - "Name of the independent lead reviewer"

dates:                                   # YYYY-MM-DD; leave out what has not happened yet
  incident: {today}
  # notification: YYYY-MM-DD             # when the incident was notified
  # decision: YYYY-MM-DD                 # the decision to hold a review
  # start: YYYY-MM-DD
  # completed: YYYY-MM-DD
  # publication: YYYY-MM-DD              # planned publication date (advance copies are due before it)

languages: {languages}                   # public editions; each language other than en needs translations/<lang>.po

# The register: everyone and everywhere in the case that must never be published.
# Real names stay in this file only; the pseudonym is printed instead. Add every family member,
# and anyone else private (neighbours, friends). Professionals are found by detection.
people:
  - name: "Firstname Surname"            # the child's real name
    aliases: []                          # nicknames and other spellings, e.g. ["Zosia"]
    pseudonym: "Child A"
    role: "child"
    # date_of_birth: YYYY-MM-DD          # lets scrpress find it and check chronology dates
places:
  - name: "1 Example Road"               # the family's address(es), school, nursery, GP practice
    pseudonym: "the family home"

keep: []                                 # words this case must never redact (e.g. a town's name)
"""

README = """\
# This case folder

Built with scrpress. The order of work:

1. **Fill in `case.yaml`** (every line is explained there). Run `scrpress check .` after each change:
   it lists every problem with its file and line, and what to do.
2. **Send `agency-submission.docx`** (in this folder) to each agency. Put what comes back in
   `submissions/` — Word (.docx) or Markdown (.md). Tracked changes are accepted and comments
   dropped automatically; the build tells you when it did.
3. **The lead reviewer writes `overview/`**: one Markdown file per part, in file-name order
   (`01-introduction.md`, `02-executive-summary.md`, ...), using pseudonyms.
4. **Fill in `action-plan.csv`** (open it in Excel; save as "CSV UTF-8") and `board-response.md`.
5. **Build**: `scrpress build .` writes `build/internal/` (OFFICIAL-SENSITIVE) and the redaction
   review in `build/review/` and `redaction/decisions.csv`.
6. **The legal team** edits `redaction/decisions.csv` (decision: redact, keep or custom; a reason;
   a comment) and approves: `scrpress approve . --by "Name, role"`.
7. **Build again**: the public editions appear in `build/public/<lang>/`, checked by the leak gate.
8. **Translations** (if `languages` lists more than en): `scrpress translate extract . --lang pl`,
   send `translations/pl.po` to the translator, put the returned file back, build again.
9. **Advance copies**: `scrpress timeline .` shows the deadlines; `scrpress circulate .` makes a
   watermarked copy per recipient in `build/circulation/`.

Never e-mail `build/internal/` or `redaction/` outside the review team: they hold real names.
"""

ACTION_PLAN = (
    "Recommendation no.,Recommendation,Action,Lead agency,Owner (role),Due date,Success measure,Status\n"
    "1,The recommendation as the report words it,What will be done,Which agency leads,Job title (not a name),"
    "31/12/{year},How the board will know it worked,Amber\n"
)
INTRO = """\
# Introduction

Replace this with the lead reviewer's introduction. Use pseudonyms (Child A, Mother) and roles
(the health visitor), never names.
"""
BOARD_RESPONSE = """\
# Board response

Replace this with the partnership's response to the review's findings.
"""


def init_case(folder: Path, nation: str, *, today: date | None = None) -> list[Path]:
    """Create a new case folder; refuse to touch a folder that already has a case.yaml."""
    if nation not in DEFAULT_POLICY:
        raise ScrpressError(f"nation must be one of {', '.join(DEFAULT_POLICY)}")
    if (folder / "case.yaml").exists():
        raise ScrpressError("already holds a case.yaml: nothing was changed", file=folder)
    today = today or date.today()
    for sub in ("overview", "submissions", "redaction", "translations"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    prefix = {"england": "CSPR", "wales": "SUSR", "scotland": "LR", "northern-ireland": "CMR"}[nation]
    files = {
        folder / "case.yaml": CASE_YAML.format(
            folder=folder.name, prefix=prefix, year=today.year, nation=nation, policy=DEFAULT_POLICY[nation],
            review_type=REVIEW_TYPE[nation], today=today.isoformat(), languages=LANGUAGES.get(nation, "[en]"),
        ),  # fmt: skip
        folder / "README.md": README,
        folder / "action-plan.csv": ACTION_PLAN.format(year=today.year + 1),
        folder / "overview" / "01-introduction.md": INTRO,
        folder / "board-response.md": BOARD_RESPONSE,
    }
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    template = templates_dir() / "agency-submission.docx"
    shutil.copy(template, folder / "agency-submission.docx")
    return [*files, folder / "agency-submission.docx"]
