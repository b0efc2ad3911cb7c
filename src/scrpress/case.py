"""Load and validate a case folder: `case.yaml` (facts, key dates, the register) and where its inputs are.

Validation reports every problem at once, each naming the file and line, and never quotes a
register value (those are the family's real names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from .dates import DateProblem, parse_plain_date
from .errors import ProblemList, ScrpressError
from .yamlfile import Located, load_yaml_text, read_text_utf8

NATIONS = ("england", "wales", "scotland", "northern-ireland")
KEY_DATES = ("incident", "notification", "decision", "start", "completed", "publication")  # in this order
SUBMISSION_SUFFIXES = (".docx", ".md")
ACTION_PLAN_NAMES = ("action-plan.csv", "action-plan.xlsx")
_KNOWN_KEYS = {
    "reference", "title", "board", "nation", "policy", "review_type", "lead_reviewers", "lead_reviewer",
    "dates", "languages", "people", "places", "keep", "recipients", "extra_holidays", "detection",
}  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A private individual in the register: real name and aliases (never published) and the pseudonym used instead."""

    name: str
    pseudonym: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    date_of_birth: date | None = None


@dataclass(frozen=True)
class Place:
    """An address or local setting in the register, with the words published instead."""

    name: str
    pseudonym: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Register:
    """Everyone and everywhere the case knows by name: what detection must always find."""

    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    keep: tuple[str, ...] = ()


@dataclass
class Case:
    """A loaded case folder: the facts in case.yaml and the input files it holds."""

    dir: Path
    yaml_path: Path
    reference: str
    title: str
    board: str
    nation: str
    policy: str
    review_type: str
    lead_reviewers: list[str]
    dates: dict[str, date]
    languages: list[str]
    register: Register
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def rel(self, path: Path) -> str:
        """The path as shown to users and stored in provenance: relative to the case folder, with /."""
        try:
            return path.resolve().relative_to(self.dir.resolve()).as_posix()
        except ValueError:
            return path.name

    @property
    def overview_files(self) -> list[Path]:
        folder = self.dir / "overview"
        return sorted(p for p in folder.glob("*.md") if _is_input(p)) if folder.is_dir() else []

    @property
    def submission_files(self) -> list[Path]:
        folder = self.dir / "submissions"
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.is_file() and _is_input(p))

    @property
    def action_plan_file(self) -> Path | None:
        found = [self.dir / n for n in ACTION_PLAN_NAMES if (self.dir / n).exists()]
        return found[0] if found else None

    @property
    def board_response_file(self) -> Path | None:
        p = self.dir / "board-response.md"
        return p if p.exists() else None

    @property
    def state_dir(self) -> Path:
        """Where scrpress keeps caches for this case (never published)."""
        return self.dir / ".scrpress"


def _is_input(path: Path) -> bool:
    """Skip hidden files and Word's '~$' lock files, which sit beside documents open on a shared drive."""
    return not path.name.startswith((".", "~$"))


def case_yaml_path(path: Path) -> Path:
    """Accept a case folder or the case.yaml inside it."""
    if path.is_dir():
        return path / "case.yaml"
    return path


class _Problems:
    """Collects problems in one file so they can be reported together."""

    def __init__(self, file: Path, doc: Located) -> None:
        self.file, self.doc, self.items = file, doc, []  # type: list[ScrpressError]

    def add(self, message: str, *path: Any) -> None:
        self.items.append(ScrpressError(message, file=self.file, where=self.doc.line(*path)))

    def text(self, value: Any, *path: Any, required: bool = True) -> str:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(f"'{'.'.join(map(str, path))}' is required", *path)
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.add(f"'{'.'.join(map(str, path))}' must be text", *path)
            return ""
        return str(value).strip()

    def text_list(self, value: Any, *path: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(f"'{'.'.join(map(str, path))}' must be a list", *path)
            return []
        return [t for i, v in enumerate(value) if (t := self.text(v, *path, i))]


def _read_register(p: _Problems, data: dict[str, Any]) -> Register:
    people: list[Person] = []
    raw_people = data.get("people") or []
    if not isinstance(raw_people, list):
        p.add("'people' must be a list of people", "people")
        raw_people = []
    for i, item in enumerate(raw_people):
        if not isinstance(item, dict):
            p.add(f"people[{i + 1}] must have 'name' and 'pseudonym'", "people", i)
            continue
        name = p.text(item.get("name"), "people", i, "name")
        pseudonym = p.text(item.get("pseudonym"), "people", i, "pseudonym")
        if name and not pseudonym:
            p.items[-1].message = f"people[{i + 1}] has no pseudonym (every person in the register needs one)"
        dob = None
        if item.get("date_of_birth") is not None:
            try:
                dob = parse_plain_date(item["date_of_birth"])
            except DateProblem as exc:
                p.add(f"people[{i + 1}].date_of_birth {exc}", "people", i, "date_of_birth")
        aliases = p.text_list(item.get("aliases"), "people", i, "aliases")
        role = p.text(item.get("role"), "people", i, "role", required=False)
        if name and pseudonym:
            people.append(Person(name, pseudonym, tuple(aliases), role, dob))
    places: list[Place] = []
    raw_places = data.get("places") or []
    if not isinstance(raw_places, list):
        p.add("'places' must be a list of places", "places")
        raw_places = []
    for i, item in enumerate(raw_places):
        if not isinstance(item, dict):
            p.add(f"places[{i + 1}] must have 'name' and 'pseudonym'", "places", i)
            continue
        name = p.text(item.get("name"), "places", i, "name")
        pseudonym = p.text(item.get("pseudonym"), "places", i, "pseudonym")
        if name and pseudonym:
            places.append(Place(name, pseudonym, tuple(p.text_list(item.get("aliases"), "places", i, "aliases"))))
    keep = p.text_list(data.get("keep"), "keep")
    return Register(tuple(people), tuple(places), tuple(keep))


def load_register(path: Path) -> Register:
    """Only the register (people, places, keep) from a case folder or case.yaml: all that detection needs."""
    yaml_path = case_yaml_path(path)
    doc = load_yaml_text(read_text_utf8(yaml_path, what="case.yaml"), yaml_path)
    if not isinstance(doc.data, dict):
        raise ScrpressError("case.yaml must be a mapping of fields (reference, title, people...)", file=yaml_path)
    p = _Problems(yaml_path, doc)
    register = _read_register(p, doc.data)
    if p.items:
        raise ProblemList(p.items)
    return register


def load_case(path: Path) -> Case:
    """Load and validate case.yaml; raise ProblemList with every problem found."""
    yaml_path = case_yaml_path(path)
    case_dir = yaml_path.parent
    if not case_dir.is_dir():
        raise ScrpressError("case folder not found", file=case_dir)
    doc = load_yaml_text(read_text_utf8(yaml_path, what="case.yaml"), yaml_path)
    data = doc.data
    if not isinstance(data, dict):
        raise ScrpressError("case.yaml must be a mapping of fields (reference, title, people...)", file=yaml_path)
    p = _Problems(yaml_path, doc)
    for key in data:
        if key not in _KNOWN_KEYS:
            p.add(f"unknown field '{key}' (known: {', '.join(sorted(_KNOWN_KEYS))})", key)
    reference = p.text(data.get("reference"), "reference")
    title = p.text(data.get("title"), "title")
    board = p.text(data.get("board"), "board")
    nation = p.text(data.get("nation"), "nation")
    if nation and nation not in NATIONS:
        p.add(f"nation must be one of {', '.join(NATIONS)}", "nation")
    policy_name = p.text(data.get("policy"), "policy")
    reviewers = p.text_list(data.get("lead_reviewers", data.get("lead_reviewer")), "lead_reviewers")
    if not reviewers:
        p.add("'lead_reviewers' is required: the published report must name its lead reviewer(s)", "lead_reviewers")
    dates = _read_dates(p, data.get("dates"))
    languages = _read_languages(p, data.get("languages"))
    register = _read_register(p, data)
    review_type = p.text(data.get("review_type"), "review_type", required=False)
    if policy_name and nation in NATIONS:
        review_type = _check_policy(p, policy_name, nation, case_dir) or review_type
    if p.items:
        raise ProblemList(p.items)
    return Case(
        dir=case_dir,
        yaml_path=yaml_path,
        reference=reference,
        title=title,
        board=board,
        nation=nation,
        policy=policy_name,
        review_type=review_type or "Case review",
        lead_reviewers=reviewers,
        dates=dates,
        languages=languages,
        register=register,
        raw=data,
    )


def _read_dates(p: _Problems, raw: Any) -> dict[str, date]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        p.add("'dates' must map incident/notification/decision/start/publication to dates", "dates")
        return {}
    dates: dict[str, date] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            p.add("date names must be lower-case words (incident, notification, decision, start, publication...)",
                  "dates", key)  # fmt: skip
            continue
        if value is None:
            continue
        try:
            dates[key] = parse_plain_date(value)
        except DateProblem as exc:
            p.add(f"dates.{key} {exc}", "dates", key)
    ordered = [k for k in KEY_DATES if k in dates]
    for earlier, later in zip(ordered, ordered[1:]):
        if dates[later] < dates[earlier]:
            p.add(f"dates.{later} is before dates.{earlier}", "dates", later)
    return dates


def _read_languages(p: _Problems, raw: Any) -> list[str]:
    langs = p.text_list(raw, "languages") or ["en"]
    for i, code in enumerate(langs):
        try:
            Locale.parse(code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            p.add(f"languages[{i + 1}] is not a language code Babel knows (e.g. en, pl, cy)", "languages", i)
    if "en" not in langs:
        langs.insert(0, "en")
    return langs


def _check_policy(p: _Problems, name: str, nation: str, case_dir: Path) -> str:
    """The policy's review type; a policy that is unknown or for another nation is a problem."""
    from .policy import load_policy  # the policy module depends on nothing here

    try:
        policy = load_policy(name, case_dir)
    except ScrpressError as exc:
        p.add(exc.message, "policy")
        return ""
    if policy.nation != nation:
        p.add(f"policy '{name}' is for {policy.nation}, but the case's nation is {nation}", "policy")
    return policy.review_type
