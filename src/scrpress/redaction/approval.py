"""Legal approval: who signed off which decisions for which content, in an append-only audit log.

`CASE/redaction/approvals.jsonl` gets one JSON line per approval and is never rewritten. An
approval is valid while both the decisions (canonical decisions.csv) and the content (every
text's digest, in order) are exactly what it recorded; a public edition is only built under one.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..case import Case
from ..errors import ProblemList, ScrpressError
from ..output import atomic_write_text
from .decisions import Decision, check_decisions, load_reasons, short_digest
from .register import build_register_matcher
from .review import Review

APPROVALS = "approvals.jsonl"
SNAPSHOT = "approved-content.json"
SHOW_IDS = 15


@dataclass(frozen=True)
class Approval:
    """One line of approvals.jsonl."""

    by: str
    at: str
    decisions_sha256: str
    content_sha256: str
    decisions: int
    redact: int
    custom: int
    keep: int
    scrpress: str
    reference: str = ""
    line: int = field(default=0, compare=False)

    def record(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("line")
        return data


def read_approvals(folder: Path) -> list[Approval]:
    """Every approval recorded, oldest first; a damaged line is an error naming its line (the log is evidence)."""
    path = folder / APPROVALS
    if not path.exists():
        return []
    out = []
    names = {f for f in Approval.__dataclass_fields__ if f != "line"}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            out.append(Approval(**{k: v for k, v in data.items() if k in names}, line=n))
        except (ValueError, TypeError):
            raise ScrpressError("approval record is damaged (the audit log must not be edited by hand)",
                                file=path, where=f"line {n}") from None  # fmt: skip
    return out


def _where(rows: list[Decision]) -> str:
    shown = [f"{r.id} ({r.paragraph.replace('#', ':', 1)})" for r in rows[:SHOW_IDS]]
    more = f" and {len(rows) - SHOW_IDS} more" if len(rows) > SHOW_IDS else ""
    return ", ".join(shown) + more


def approval_problems(review: Review, case: Case) -> list[ScrpressError]:
    """Why these decisions cannot be approved yet: pending rows, bad reason codes, replacements naming someone."""
    path = review.decisions_path
    problems: list[ScrpressError] = []
    pending = review.pending
    if pending:
        problems.append(ScrpressError(
            f"{len(pending)} decision(s) still pending: {_where(pending)}; set each to redact, keep or custom",
            file=path))  # fmt: skip
    problems += check_decisions(review.rows, load_reasons(), path)
    matcher = build_register_matcher(case.register)
    for n, row in enumerate(review.rows, start=2):
        if not row.redacts:
            continue
        hits = [f for f in matcher.find(row.printed) if f.score >= 0.5]
        if hits:
            who = _entry(hits[0])
            problems.append(ScrpressError(f"the replacement would print a register name ({who})", file=path,
                                          where=f"row {n} ({row.id})"))  # fmt: skip
    return problems


def _entry(f: object) -> str:
    m = re.search(r"register: ([^,]+),", getattr(f, "explanation", ""))
    return m.group(1) if m else "a register entry"


def approve(review: Review, case: Case, by: str, *, now: datetime | None = None) -> Approval:
    """Append an approval of the current decisions and content; refuse while anything is pending or invalid."""
    by = " ".join(by.split())
    if not re.fullmatch(r"[^,]{2,},\s*\S.*", by):
        raise ScrpressError('--by must give a name and a role, e.g. "Priya Shah, Solicitor (Legal Services)"')
    problems = approval_problems(review, case)
    if problems:
        raise ProblemList(problems)
    at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    counts = review.counts()
    approval = Approval(
        by=by, at=at.isoformat().replace("+00:00", "Z"), decisions_sha256=review.decisions_sha256,
        content_sha256=review.content_sha256, decisions=len(review.rows), redact=counts["redact"],
        custom=counts["custom"], keep=counts["keep"], scrpress=__version__, reference=case.reference,
    )  # fmt: skip
    review.folder.mkdir(parents=True, exist_ok=True)
    path = review.folder / APPROVALS
    with path.open("a", encoding="utf-8", newline="\n") as fh:  # append-only: never rewritten
        fh.write(json.dumps(approval.record(), ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    snapshot = {"content_sha256": approval.content_sha256,
                "texts": [[u.key, short_digest(u.digest)] for u in review.units]}  # fmt: skip
    atomic_write_text(review.folder / SNAPSHOT, json.dumps(snapshot, ensure_ascii=False, indent=0) + "\n")
    return approval


@dataclass
class ApprovalStatus:
    """Whether a public edition may be built, and if not, why in words a board officer can act on."""

    approval: Approval | None  # the valid approval, if any
    latest: Approval | None
    pending: list[Decision]
    changed_since_approval: list[str]  # text keys changed since the latest approval
    reopened: list[str]  # IDs re-opened because their paragraph changed
    decisions_changed: bool = False  # since the latest approval
    content_changed: bool = False

    @property
    def valid(self) -> bool:
        return self.approval is not None

    def messages(self) -> list[str]:
        if self.approval:
            return [f"approved by {self.approval.by} on {self.approval.at}"]
        out = []
        if self.latest is None:
            out.append("no legal approval recorded yet")
        else:
            what = [w for w, changed in (("the decisions", self.decisions_changed), ("the content", self.content_changed))
                    if changed]  # fmt: skip
            out.append(f"the approval by {self.latest.by} on {self.latest.at} no longer applies: "
                       f"{' and '.join(what) or 'the decisions'} changed since")  # fmt: skip
        if self.changed_since_approval:
            places = ", ".join(k.replace("#", ":", 1) for k in self.changed_since_approval[:SHOW_IDS])
            more = f" and {len(self.changed_since_approval) - SHOW_IDS} more" if len(self.changed_since_approval) > SHOW_IDS else ""
            out.append(f"changed since approval: {places}{more}")
        if self.reopened:
            out.append(f"{len(self.reopened)} finding(s) re-opened because their paragraph changed: "
                       f"{', '.join(self.reopened[:SHOW_IDS])}")  # fmt: skip
        if self.pending:
            out.append(f"{len(self.pending)} decision(s) pending in redaction/decisions.csv")
        else:
            out.append("once the decisions are right, run: scrpress approve CASE --by \"Name, role\"")
        return out


def approval_status(review: Review) -> ApprovalStatus:
    """The latest approval whose decisions and content hashes both match what is there now."""
    records = read_approvals(review.folder)
    dec, content = review.decisions_sha256, review.content_sha256
    valid = next((a for a in reversed(records) if a.decisions_sha256 == dec and a.content_sha256 == content), None)
    latest = records[-1] if records else None
    changed: list[str] = []
    if valid is None and latest is not None and latest.content_sha256 != content:
        changed = _changed_since(review, latest)
    return ApprovalStatus(valid, latest, review.pending, changed, list(review.reopened),
                          decisions_changed=latest is not None and latest.decisions_sha256 != dec,
                          content_changed=latest is not None and latest.content_sha256 != content)  # fmt: skip


def _changed_since(review: Review, latest: Approval) -> list[str]:
    try:
        snap = json.loads((review.folder / SNAPSHOT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if snap.get("content_sha256") != latest.content_sha256:
        return []
    before = {k: d for k, d in snap.get("texts", [])}
    now = {u.key: short_digest(u.digest) for u in review.units}
    changed = [u.key for u in review.units if before.get(u.key) != now[u.key]]
    removed = [k for k in before if k not in now]
    return changed + removed
