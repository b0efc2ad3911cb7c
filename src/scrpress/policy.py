"""The rules of one review framework (England 2015/2018, Wales CPR/SUSR, Scotland, Northern Ireland),
read from `policies/<name>.yaml`, so the statutory clocks live in data a board can read and cite.

A case names its policy in `case.yaml`; a board may write its own policy file into the case's
`policies/` folder (or anywhere, named by path) and it works the same way as the shipped ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .errors import ScrpressError
from .workdays import NATIONS, Holiday

__all__ = [
    "NATIONS",
    "Clock",
    "Counting",
    "Period",
    "Policy",
    "Recipient",
    "available_policies",
    "load_policy",
    "parse_holidays",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
POLICY_DIR = REPO_ROOT / "policies"

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_PERIOD_UNITS = ("working_days", "days", "months")
_CALENDAR_END_RULES = ("previous", "next", "keep")


@dataclass(frozen=True)
class Recipient:
    """An organisation that receives an advance copy. `id` names its file, so it is never a person's name."""

    id: str
    name: str
    role: str = ""
    names: dict[str, str] = field(default_factory=dict)  # localised names, by language code

    def display_name(self, lang: str = "en") -> str:
        """The name to print on a copy of the edition in `lang` (e.g. "Llywodraeth Cymru" in cy)."""
        return self.names.get(lang, self.name)


@dataclass(frozen=True)
class Period:
    """A length of time in one unit: working days, calendar days or calendar months."""

    amount: int
    unit: str  # working_days | days | months

    def __str__(self) -> str:
        unit = self.unit.replace("_", " ")
        return f"{self.amount} {unit[:-1] if self.amount == 1 else unit}"


@dataclass(frozen=True)
class Clock:
    """A statutory deadline: `within` after the case date `start`, met by the case date `done`."""

    id: str
    label: str
    start: str  # a key of case.yaml `dates:` (incident, notification, decision, start, publication, ...)
    within: Period
    done: str | None = None  # the `dates:` key recording when the step was taken
    source: str = ""  # the guidance paragraph the rule comes from


@dataclass(frozen=True)
class Counting:
    """How a period is counted, stated in the policy rather than left to the code.

    - `start_day_counts`: is the day of the triggering event day 1 of "within N working days"?
      False (the usual legal reading) makes the event's day day 0.
    - `notice_clear_days`: for "at least N working days before publication", must N whole working
      days lie between the day copies are sent and the day of publication (neither counted)?
      False counts the sending day as one of the N.
    - `calendar_end_on_non_working_day`: a deadline counted in calendar days or months that falls
      on a weekend or bank holiday moves to the `previous` or `next` working day, or stays (`keep`).
    """

    start_day_counts: bool = False
    notice_clear_days: bool = True
    calendar_end_on_non_working_day: str = "previous"


@dataclass(frozen=True)
class Policy:
    """The rules of one review framework: who gets advance copies and when, and the statutory clocks."""

    name: str
    nation: str
    review_type: str
    recipients: tuple[Recipient, ...]
    notice_working_days: int
    publication_min_months: int | None
    clocks: tuple[Clock, ...]
    counting: Counting = Counting()
    extra_holidays: tuple[Holiday, ...] = ()
    guidance: str = ""
    notice_source: str = ""
    publication_source: str = ""
    file: Path | None = None

    def recipient(self, recipient_id: str) -> Recipient:
        for r in self.recipients:
            if r.id == recipient_id:
                return r
        raise ScrpressError(f"policy {self.name} has no recipient {recipient_id!r}", file=self.file)


def available_policies(case_dir: Path | None = None) -> list[str]:
    """Names of the policies a case can name: the repository's and any in the case's `policies/`."""
    names = {p.stem for p in POLICY_DIR.glob("*.yaml")}
    if case_dir is not None:
        names |= {p.stem for p in (Path(case_dir) / "policies").glob("*.yaml")}
    return sorted(names)


def load_policy(name: str, case_dir: Path | None = None) -> Policy:
    """Find and read a policy: `<case_dir>/policies/<name>.yaml`, then the repository's
    `policies/<name>.yaml`, then `name` itself as a path to a .yaml file."""
    candidates = []
    if name.endswith((".yaml", ".yml")):
        as_path = Path(name)
        if case_dir is not None and not as_path.is_absolute():
            candidates.append(Path(case_dir) / as_path)
        candidates.append(as_path)
    elif name and "/" not in name and "\\" not in name:
        if case_dir is not None:
            candidates.append(Path(case_dir) / "policies" / f"{name}.yaml")
        candidates.append(POLICY_DIR / f"{name}.yaml")
    for path in candidates:
        if path.is_file():
            return read_policy_file(path)
    raise ScrpressError(
        f"unknown policy {name!r}; available: {', '.join(available_policies(case_dir)) or 'none'}"
        " (or give the path of a policy .yaml file)"
    )


def read_policy_file(path: Path) -> Policy:
    """Parse and check one policy file; every problem names the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScrpressError(f"cannot read policy file ({exc.__class__.__name__})", file=path) from None
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ScrpressError(f"malformed YAML: {problem}", file=path, where=where) from None
    return _PolicyReader(path, node).policy(data)


class _Loader(yaml.SafeLoader):
    """Safe YAML, but dates stay text until checked here, so 2026-02-30 is reported with its line
    instead of failing inside the parser."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def parse_holidays(items: Any, *, file: Path | None = None, where: str = "extra_holidays") -> tuple[Holiday, ...]:
    """Read a list of `{date: YYYY-MM-DD, name: ...}` (or bare dates) into Holidays.
    Used for the policy's and the case's one-off holidays alike."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ScrpressError("expected a list of {date, name}", file=file, where=where)
    out = []
    for i, item in enumerate(items):
        raw, name = (item.get("date"), item.get("name", "Additional holiday")) if isinstance(item, dict) else (item, "Additional holiday")
        out.append(Holiday(_as_date(raw, file=file, where=f"{where}[{i}].date"), str(name)))
    return tuple(out)


def _as_date(raw: Any, *, file: Path | None, where: str) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        raise ScrpressError("not a real date (expected YYYY-MM-DD)", file=file, where=where) from None


class _PolicyReader:
    """Turns the parsed YAML into a Policy, pointing each error at its line in the file."""

    def __init__(self, path: Path, root: yaml.Node | None) -> None:
        self.path, self.root = path, root

    def fail(self, message: str, *keys: str | int) -> ScrpressError:
        dotted = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys).lstrip(".")
        line = self._line(keys)
        where = f"line {line}" if line else None
        return ScrpressError(f"{dotted}: {message}" if dotted else message, file=self.path, where=where)

    def _line(self, keys: tuple[str | int, ...]) -> int | None:
        node, line = self.root, None
        for key in keys:
            if node is None:
                break
            line = node.start_mark.line + 1
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                node = None
        return node.start_mark.line + 1 if node is not None else line

    def text(self, data: dict, key: str, *path: str | int, required: bool = True) -> str:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.fail("is required", *path, key)
            return ""
        if not isinstance(value, (str, int, float)):
            raise self.fail("expected text", *path, key)
        return str(value).strip()

    def policy(self, data: Any) -> Policy:
        if not isinstance(data, dict):
            raise self.fail("a policy file must be a mapping of keys (name, nation, review_type, ...)")
        nation = self.text(data, "nation")
        if nation not in NATIONS:
            raise self.fail(f"unknown nation {nation!r}: expected one of {', '.join(NATIONS)}", "nation")
        advance = data.get("advance_copies")
        if not isinstance(advance, dict):
            raise self.fail("is required: a mapping with notice_working_days and recipients", "advance_copies")
        notice = advance.get("notice_working_days")
        if not isinstance(notice, int) or isinstance(notice, bool) or notice < 0:
            raise self.fail("expected a whole number of working days (0 or more)", "advance_copies", "notice_working_days")
        publication = data.get("publication") or {}
        if not isinstance(publication, dict):
            raise self.fail("expected a mapping with min_months", "publication")
        min_months = publication.get("min_months")
        if min_months is not None and (not isinstance(min_months, int) or isinstance(min_months, bool) or min_months < 0):
            raise self.fail("expected a whole number of months, or null where the framework sets none", "publication", "min_months")
        return Policy(
            name=self.text(data, "name", required=False) or self.path.stem,
            nation=nation,
            review_type=self.text(data, "review_type"),
            guidance=self.text(data, "guidance", required=False),
            recipients=self.recipients(advance.get("recipients")),
            notice_working_days=notice,
            notice_source=self.text(advance, "source", "advance_copies", required=False),
            publication_min_months=min_months,
            publication_source=self.text(publication, "source", "publication", required=False),
            clocks=self.clocks(data.get("clocks")),
            counting=self.counting(data.get("counting")),
            extra_holidays=self.holidays(data.get("extra_holidays")),
            file=self.path,
        )

    def recipients(self, items: Any) -> tuple[Recipient, ...]:
        if not isinstance(items, list) or not items:
            raise self.fail("expected a list of at least one recipient", "advance_copies", "recipients")
        out, seen = [], set()
        for i, item in enumerate(items):
            where = ("advance_copies", "recipients", i)
            if not isinstance(item, dict):
                raise self.fail("expected a mapping with id, name and role", *where)
            rid = self.text(item, "id", *where)
            if not _SLUG.match(rid):
                raise self.fail("expected lower-case letters, digits and hyphens (it names the file; never a person)", *where, "id")
            if rid in seen:
                raise self.fail(f"recipient id {rid!r} is used twice", *where, "id")
            seen.add(rid)
            names = item.get("names") or {}
            if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
                raise self.fail("expected a mapping of language code to name", *where, "names")
            out.append(Recipient(rid, self.text(item, "name", *where), self.text(item, "role", *where, required=False),
                                 {str(k): v for k, v in names.items()}))
        return tuple(out)

    def clocks(self, items: Any) -> tuple[Clock, ...]:
        if items is None:
            return ()
        if not isinstance(items, list):
            raise self.fail("expected a list of clocks", "clocks")
        out, seen = [], set()
        for i, item in enumerate(items):
            where = ("clocks", i)
            if not isinstance(item, dict):
                raise self.fail("expected a mapping with id, label, from, within", *where)
            cid = self.text(item, "id", *where)
            if not _SLUG.match(cid) or cid in seen:
                raise self.fail("expected a unique id of lower-case letters, digits and hyphens", *where, "id")
            seen.add(cid)
            start = self.text(item, "from", *where)
            done = self.text(item, "done", *where, required=False) or None
            for key, value in (("from", start), ("done", done)):
                if value is not None and not _DATE_KEY.match(value):
                    raise self.fail("expected the name of a case date (incident, notification, decision, ...)", *where, key)
            out.append(Clock(cid, self.text(item, "label", *where), start, self.period(item.get("within"), *where, "within"),
                             done, self.text(item, "source", *where, required=False)))
        return tuple(out)

    def period(self, value: Any, *where: str | int) -> Period:
        if not isinstance(value, dict) or len(value) != 1:
            raise self.fail(f"expected exactly one of {', '.join(_PERIOD_UNITS)}, e.g. {{working_days: 5}}", *where)
        ((unit, amount),) = value.items()
        if unit not in _PERIOD_UNITS:
            raise self.fail(f"unknown unit {unit!r}: expected one of {', '.join(_PERIOD_UNITS)}", *where)
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise self.fail("expected a whole number greater than 0", *where, unit)
        return Period(amount, unit)

    def counting(self, value: Any) -> Counting:
        if value is None:
            raise self.fail("is required: say whether the first day counts and whether notice is in clear days", "counting")
        if not isinstance(value, dict):
            raise self.fail("expected a mapping", "counting")
        known = {"start_day_counts", "notice_clear_days", "calendar_end_on_non_working_day"}
        for key in value:
            if key not in known:
                raise self.fail(f"unknown rule {key!r}: expected {', '.join(sorted(known))}", "counting", key)
        for key in ("start_day_counts", "notice_clear_days"):
            if not isinstance(value.get(key), bool):
                raise self.fail("is required: true or false", "counting", key)
        end_rule = value.get("calendar_end_on_non_working_day", "previous")
        if end_rule not in _CALENDAR_END_RULES:
            raise self.fail(f"expected one of {', '.join(_CALENDAR_END_RULES)}", "counting", "calendar_end_on_non_working_day")
        return Counting(value["start_day_counts"], value["notice_clear_days"], end_rule)

    def holidays(self, items: Any) -> tuple[Holiday, ...]:
        try:
            return parse_holidays(items, file=self.path)
        except ScrpressError as exc:
            keys = re.findall(r"\w+", exc.where or "")
            raise self.fail(exc.message, *[int(k) if k.isdigit() else k for k in keys]) from None
