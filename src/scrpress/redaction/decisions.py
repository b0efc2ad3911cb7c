"""The lawyer-editable decisions: `CASE/redaction/decisions.csv` (one row per finding), the manual
additions, the retired rows, and the reason codes of `policies/redaction/reasons.yaml`.

The CSV is UTF-8 with a byte-order mark so Excel opens it with Polish and Welsh letters intact.
Only four columns are the lawyer's (`decision`, `replacement`, `reason`, `comment`); every other
column is rewritten from detection on each review, so a spreadsheet that reformats a number or a
telephone number cannot change what is published. Approval is bound to `decisions_sha256`, the
hash of the file as scrpress writes it (canonical form), not of the bytes a spreadsheet saved.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from ..errors import ProblemList, ScrpressError
from ..output import atomic_write_text
from ..yamlfile import load_yaml_text, read_text_utf8

REASONS_FILE = Path(__file__).resolve().parents[3] / "policies" / "redaction" / "reasons.yaml"
DECISIONS = ("pending", "redact", "keep", "custom")
REDACTING = ("redact", "custom")
LAWYER_COLUMNS = ("decision", "replacement", "reason", "comment")
BOM = "\ufeff"


def stable_id(key: str, digest: str, start: int, end: int, entity_type: str) -> str:
    """`F-` and 10 hex characters: the same while the paragraph's text (hence its digest) is unchanged."""
    raw = f"{key}\x1f{digest}\x1f{start}\x1f{end}\x1f{entity_type}".encode()
    return "F-" + hashlib.sha256(raw).hexdigest()[:10]


def short_digest(digest: str) -> str:
    """The paragraph digest as stored in a row: prefixed, so a spreadsheet never reads it as a number."""
    return "sha256:" + digest[:16]


@dataclass
class Decision:
    """One finding and what the legal reviewer decided about it (one row of decisions.csv)."""

    id: str
    entity_type: str
    text: str
    section: str
    agency: str
    paragraph: str  # the Para key: "file#place"
    context: str
    recognizer: str
    score: str
    proposed: str  # redact | keep
    proposed_replacement: str
    decision: str = "pending"  # pending | redact | keep | custom
    replacement: str = ""
    reason: str = ""
    comment: str = ""
    method: str = ""  # register | label | type-label | manual: where the proposed replacement came from
    note: str = ""  # written by scrpress: why the row is new, or what it replaced
    start: int = 0
    end: int = 0
    digest: str = ""

    @property
    def redacts(self) -> bool:
        return self.decision in REDACTING

    @property
    def printed(self) -> str:
        """What the public edition prints in place of the finding (the text itself when kept)."""
        if self.decision == "keep" or self.decision == "pending" and self.proposed == "keep":
            return self.text
        return self.replacement or self.proposed_replacement


COLUMNS = tuple(f.name for f in fields(Decision))
RETIRED_COLUMNS = (*COLUMNS, "why")
ADDITION_COLUMNS = ("phrase", "replacement", "reason", "comment")
_NUMERIC = {"start", "end"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(name: str, value: object) -> str:
    """A cell as written: informational text that a spreadsheet would take for a formula gets a leading apostrophe."""
    text = str(value)
    if name not in LAWYER_COLUMNS and name not in _NUMERIC and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _uncell(name: str, text: str) -> str:
    if name not in LAWYER_COLUMNS and text.startswith("'") and text[1:2] in _FORMULA_START:
        return text[1:]
    return text


def render_csv(rows: list[Decision], why: dict[str, str] | None = None) -> str:
    """The canonical text of a decisions file (BOM, header, one row per finding, CRLF as Excel writes);
    with `why` (id → why it was retired) the retired-findings file."""
    columns = RETIRED_COLUMNS if why is not None else COLUMNS
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    for row in rows:
        data = asdict(row)
        if why is not None:
            data["why"] = why.get(row.id, "")
        w.writerow([_cell(c, data.get(c, "")) for c in columns])
    return BOM + buf.getvalue()


def decisions_hash(rows: list[Decision]) -> str:
    """SHA-256 of the canonical decisions file: what an approval is bound to."""
    return hashlib.sha256(render_csv(rows).encode("utf-8")).hexdigest()


def _read_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScrpressError(f"cannot read the file ({exc.strerror})", file=path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")  # Excel's "CSV" (not "CSV UTF-8") on a UK Windows machine
        except UnicodeDecodeError:
            raise ScrpressError("the file is not UTF-8 text: save it as 'CSV UTF-8'", file=path) from None
    header_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)  # Excel writes ; or tab where , is the decimal mark
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise ScrpressError(f"missing column(s): {', '.join(missing)}", file=path, where="row 1")
    reader.fieldnames = header
    out = []
    for n, rec in enumerate(reader, start=2):
        out.append((n, {k: (v or "").strip() if k in LAWYER_COLUMNS or k in ADDITION_COLUMNS else (v or "")
                        for k, v in rec.items() if k}))  # fmt: skip
    return out


def read_decisions(path: Path, why: dict[str, str] | None = None) -> list[Decision]:
    """Rows of a decisions (or retired) file; decisions written in any letter case are normalised.
    For the retired file, pass a dict to `why` to receive each row's reason for retirement."""
    if not path.exists():
        return []
    problems: list[ScrpressError] = []
    rows: list[Decision] = []
    seen: set[str] = set()
    for n, rec in _read_rows(path, ("id", *LAWYER_COLUMNS)):
        rid = rec.get("id", "").strip()
        if not rid:
            continue
        if rid in seen:
            problems.append(ScrpressError(f"decision {rid} appears twice", file=path, where=f"row {n}"))
            continue
        seen.add(rid)
        values: dict[str, object] = {}
        for name in COLUMNS:
            value = _uncell(name, rec.get(name, ""))
            if name in _NUMERIC:
                try:
                    values[name] = int(float(value or 0))
                except ValueError:
                    values[name] = 0
            else:
                values[name] = value
        values["id"] = rid
        decision = str(values["decision"]).lower() or "pending"
        if decision not in DECISIONS:
            problems.append(ScrpressError(
                f"decision must be one of {', '.join(DECISIONS)} ({rid})", file=path, where=f"row {n}"))  # fmt: skip
            decision = "pending"
        values["decision"] = decision
        rows.append(Decision(**values))  # type: ignore[arg-type]
        if why is not None:
            why[rid] = rec.get("why", "")
    if problems:
        raise ProblemList(problems)
    return rows


@dataclass(frozen=True)
class Addition:
    """A phrase the legal reviewer wants redacted everywhere (a row of additions.csv)."""

    phrase: str
    replacement: str
    reason: str
    comment: str
    row: int


def read_additions(path: Path) -> list[Addition]:
    """Manual additions; a phrase shorter than two letters is refused (it would redact half the report)."""
    if not path.exists():
        return []
    out: list[Addition] = []
    problems: list[ScrpressError] = []
    for n, rec in _read_rows(path, ("phrase",)):
        phrase = " ".join(rec.get("phrase", "").split())
        if not phrase:
            continue
        if len(re.sub(r"\W", "", phrase)) < 2:
            problems.append(ScrpressError("phrase is too short to redact everywhere", file=path, where=f"row {n}"))
            continue
        out.append(Addition(phrase, rec.get("replacement", ""), rec.get("reason", ""), rec.get("comment", ""), n))
    if problems:
        raise ProblemList(problems)
    return out


ADDITIONS_TEMPLATE = BOM + ",".join(ADDITION_COLUMNS) + "\r\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Replace the file whole only when its text differs (a spreadsheet holding it open is not disturbed needlessly)."""
    if path.exists():
        try:
            if path.read_bytes() == text.encode("utf-8"):
                return False
        except OSError:
            pass
    atomic_write_text(path, text)
    return True


# -- reason codes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    code: str
    applies_to: str  # redact | keep
    label: str
    basis: str = ""


@dataclass(frozen=True)
class Reasons:
    """The reason codes and printed labels of policies/redaction/reasons.yaml."""

    reasons: dict[str, Reason]
    defaults: dict[str, str]
    type_labels: dict[str, str]
    setting_labels: tuple[tuple[re.Pattern[str], str], ...]
    person_labels: dict[str, str] = field(default_factory=dict)

    def default_reason(self, entity_type: str) -> str:
        return self.defaults.get(entity_type) or self.defaults.get("*", "")

    def type_label(self, entity_type: str, text: str = "") -> str:
        if entity_type == "LOCAL_SETTING":
            for rx, label in self.setting_labels:
                if rx.search(text):
                    return label
        return self.type_labels.get(entity_type) or self.type_labels.get("*", "[removed]")

    def label(self, code: str) -> str:
        r = self.reasons.get(code)
        return r.label if r else code


@lru_cache(maxsize=4)
def load_reasons(path: Path = REASONS_FILE) -> Reasons:
    """Read reasons.yaml; a reason without a label, or a default naming an unknown code, is reported with its line."""
    doc = load_yaml_text(read_text_utf8(path, what="reasons"), path)
    data = doc.data or {}
    if not isinstance(data, dict) or not isinstance(data.get("reasons"), dict):
        raise ScrpressError("reasons file must have a 'reasons' mapping", file=path)
    reasons: dict[str, Reason] = {}
    for code, spec in data["reasons"].items():
        spec = spec or {}
        applies = str(spec.get("applies_to", "redact"))
        if applies not in ("redact", "keep") or not spec.get("label"):
            raise ScrpressError("each reason needs a label and applies_to: redact|keep", file=path,
                                where=doc.line("reasons", code))  # fmt: skip
        reasons[str(code)] = Reason(str(code), applies, str(spec["label"]), str(spec.get("basis") or ""))
    defaults = {str(k): str(v) for k, v in (data.get("defaults") or {}).items()}
    for key, code in defaults.items():
        if code not in reasons:
            raise ScrpressError(f"default reason '{code}' is not a reason code", file=path,
                                where=doc.line("defaults", key))  # fmt: skip
    settings = []
    for i, item in enumerate(data.get("setting_labels") or []):
        try:
            settings.append((re.compile(str(item["match"])), str(item["label"])))
        except (KeyError, TypeError, re.error):
            raise ScrpressError("setting label needs a valid 'match' pattern and a 'label'", file=path,
                                where=doc.line("setting_labels", i)) from None  # fmt: skip
    return Reasons(
        reasons=reasons,
        defaults=defaults,
        type_labels={str(k): str(v) for k, v in (data.get("type_labels") or {}).items()},
        setting_labels=tuple(settings),
        person_labels={str(k): str(v) for k, v in (data.get("person_labels") or {}).items()},
    )


def check_decisions(rows: list[Decision], reasons: Reasons, path: Path) -> list[ScrpressError]:
    """Problems that stop an approval: an unknown reason code, a redaction without a reason, an empty custom text."""
    problems: list[ScrpressError] = []
    for n, row in enumerate(rows, start=2):
        where = f"row {n} ({row.id})"
        if row.reason and row.reason not in reasons.reasons:
            problems.append(ScrpressError(
                f"reason '{row.reason}' is not a code in reasons.yaml ({', '.join(reasons.reasons)})",
                file=path, where=where))  # fmt: skip
        if row.redacts and not row.reason:
            problems.append(ScrpressError("a redaction needs a reason code", file=path, where=where))
        if row.decision == "custom" and not row.replacement.strip():
            problems.append(ScrpressError("decision 'custom' needs a replacement text", file=path, where=where))
    return problems
