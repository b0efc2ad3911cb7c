"""Content catalogs: the public (redacted) text of a report as one gettext PO file per language.

    public Report ─units─► one message per heading, paragraph, table cell, printed field and pseudonym
                  ─extract─► CASE/translations/<lang>.po ─translator─► filled in
                  ─update (after the report or a redaction changed)─► changed messages fuzzy, removed obsolete

Identity. A message is `(msgid, msgctxt)` with msgid = the public English text and
msgctxt = the paragraph's stable key (`Para.key`, "file#place"), never the section title: a
heading edited in Word would otherwise re-open every paragraph under it, and two identical
sentences in different places stay separate messages (a translation can differ by context).
The price is that a paragraph whose key changes (moved to another file, a row inserted above
it in a table) comes back fuzzy with its old translation offered, which is the safe side.
The section a message belongs to is an extracted comment (`#. section: ...`), its file and line
the reference (`#: file:line`).

Only text that is printed and that a reader of another language needs is a message:
- every Para (headings, paragraphs, list items, quotes, chronology and action-plan cells) except
  a chronology date that each edition formats itself (approximate or redacted dates are kept);
- the title, review type and board on the cover, the author line of each agency analysis, a byline date
  that is not a readable date, a due date written as words ("Q2 2027");
- each agency name, action status and pseudonym once (contexts "agency", "action status",
  "pseudonym"), so they read the same everywhere.

Safety. Catalogs are made from the public Report only (`meta.edition == "public"`) and, given the
register (or the leak gate's test), refuse to hold any register form; `update_catalog` drops
stale text (old msgids, translations, obsolete messages) that a later redaction decision removed.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, unescape, write_po

from scrpress import __version__
from scrpress.errors import ScrpressError
from scrpress.model import Para, Report, Section

__all__ = [
    "AGENCY",
    "PSEUDONYM",
    "STATUS",
    "SectionStatus",
    "Unit",
    "UpdateResult",
    "catalog_status",
    "catalog_units",
    "extract_catalog",
    "is_complete",
    "is_translated",
    "merge_catalog",
    "read_catalog",
    "register_check",
    "update_catalog",
    "write_catalog",
]

PROJECT = "scrpress"
TITLE_KEY = "case.yaml#title"
REVIEW_TYPE_KEY = "case.yaml#review_type"
BOARD_KEY = "case.yaml#board"
AGENCY = "agency"
STATUS = "action status"
PSEUDONYM = "pseudonym"
GLOSSARY = (AGENCY, STATUS, PSEUDONYM)  # contexts of terms translated once, not per place
PSEUDONYMS_SECTION = "Pseudonyms"
COVER_SECTION = "Cover"
AGENCIES_SECTION = "Agencies"

# The same explicit plural rules as the interface catalogs (templates/locales): Babel's own
# table gives Welsh 5 forms, CLDR and the Welsh interface catalog 6.
PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "cy": "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;",
}
_NOT_PUBLIC = "translations are made from the approved public text: run scrpress review/approve first"
_LINE = re.compile(r"^line (\d+)$")


# -- the units of a report ------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One translatable text of the public report: its message identity, where it is, and for whom."""

    context: str  # msgctxt: Para.key, a case.yaml key, or a glossary context
    text: str  # msgid: the public English text
    section: str  # the part it belongs to, named without quoting report text (a file, an agency, a fixed label)
    title: str  # the part's label as the report shows it (for `translate status`)
    location: tuple[str, int | None]
    note: str  # what kind of text it is, for the translator


def _section_name(section: Section) -> str:
    """A name for the part that quotes no report text: agency parts by agency, others by their file."""
    if section.kind == "agency" and section.agency:
        return f"Agency: {section.agency}"
    return section.title.prov.file


def _location(para: Para) -> tuple[str, int | None]:
    m = _LINE.match(para.prov.where)
    return para.prov.file, int(m.group(1)) if m else None


def _para_note(para: Para) -> str:
    kind = {"heading": "heading", "bullet": "list item", "number": "list item", "quote": "quotation",
            "cell": "table cell"}.get(para.style, "paragraph")  # fmt: skip
    return f"{kind}, {para.prov.where}"


def _byline_fields(section: Section) -> list[tuple[str, str, str]]:
    """(meta key, text, note) for the author line fields a writer prints under an agency's heading."""
    from scrpress.writers.view import AUTHOR_KEYS, DATE_KEYS, parse_byline_date

    out = []
    author = next((k for k in AUTHOR_KEYS if section.meta.get(k)), None)
    if author:
        out.append((author, section.meta[author], "author of the agency's submission (role)"))
    when = next((k for k in DATE_KEYS if section.meta.get(k)), None)
    if when and parse_byline_date(section.meta[when]) is None:
        out.append((when, section.meta[when], "date of the agency's submission, as written"))
    return out


def catalog_units(report: Report, pseudonyms: Iterable[str] = ()) -> list[Unit]:
    """Every translatable text of `report` in reading order (blank texts are not messages).

    `pseudonyms` adds one glossary message per pseudonym that the report's text actually uses."""
    units: list[Unit] = []

    def add(context: str, text: str, section: str, title: str, location: tuple[str, int | None], note: str) -> None:
        if text and text.strip():
            units.append(Unit(context, text, section, title, location, note))

    meta = report.meta
    add(TITLE_KEY, meta.title, COVER_SECTION, COVER_SECTION, ("case.yaml", None), "title of the review (cover)")
    add(REVIEW_TYPE_KEY, meta.review_type, COVER_SECTION, COVER_SECTION, ("case.yaml", None), "type of review (cover)")
    add(BOARD_KEY, meta.board, COVER_SECTION, COVER_SECTION, ("case.yaml", None),
        "the board: its official name in this language, else as in English")  # fmt: skip

    section_of: dict[int, Section] = {}
    for section in report.all_sections():
        section_of[id(section.title)] = section
        for para in section.blocks:
            section_of[id(para)] = section
    approx_dates = {id(ev.date_text) for ev in report.chronology if ev.date.approx}
    chronology_dates = {id(ev.date_text) for ev in report.chronology}

    for label, para in report.paras():
        section = section_of.get(id(para))
        name = _section_name(section) if section else label
        if id(para) in chronology_dates and id(para) not in approx_dates:
            continue  # each edition formats a readable date in its own language
        add(para.key, para.text, name, label, _location(para), _para_note(para))
        if section is not None and section.kind == "agency" and para is section.title:
            for key, text, note in _byline_fields(section):
                add(f"{para.prov.file}#header: {key}", text, name, label, (para.prov.file, None), note)

    for act in report.actions:
        if act.due is None and act.due_text.strip():
            add(f"{act.prov.file}#{act.prov.where}, Due date", act.due_text, "Action plan", "Action plan",
                (act.prov.file, None), "due date, as written")  # fmt: skip
    # Glossary terms: one message each, with every file they come from as its references.
    for status, file in dict.fromkeys((a.status, a.prov.file) for a in report.actions):
        add(STATUS, status, "Action plan", "Action plan", (file, None), "status of an action")
    agencies = [(s.agency, s.title.prov.file) for s in report.sections if s.agency]
    agencies += [(ev.agency, ev.event.prov.file) for ev in report.chronology]
    for agency, file in dict.fromkeys((a, f) for a, f in agencies if a):
        add(AGENCY, agency, AGENCIES_SECTION, AGENCIES_SECTION, (file, None),
            "agency name: keep it in English unless it has a usual translation")  # fmt: skip

    used = _used_terms(report, pseudonyms)
    for term in used:
        add(PSEUDONYM, term, PSEUDONYMS_SECTION, PSEUDONYMS_SECTION, ("case.yaml", None),
            "pseudonym: translate it the same way in every message")  # fmt: skip
    return units


def _used_terms(report: Report, terms: Iterable[str]) -> list[str]:
    """The terms (pseudonyms) that occur as whole words in the report's text, in the order given."""
    terms = [t for t in dict.fromkeys(" ".join(t.split()) for t in terms) if t]
    if not terms:
        return []
    text = "\n".join(p.text for _label, p in report.paras()) + "\n" + report.meta.title
    return [t for t in terms if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text)]


# -- making and reading catalogs ------------------------------------------------------------------


def _language_code(lang: str) -> str:
    return (lang or "").strip().replace("-", "_")


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(_language_code(lang))
    except (UnknownLocaleError, ValueError):
        raise ScrpressError(f"'{lang}' is not a language code Babel knows (e.g. pl, cy)") from None


def plural_forms(lang: str) -> str:
    """The Plural-Forms header for `lang`: ours for Polish and Welsh, Babel's (CLDR) otherwise."""
    code = _language_code(lang)
    return PLURAL_FORMS.get(code.split("_")[0].lower()) or Catalog(locale=code).plural_forms


def _set_plural_forms(catalog: Catalog, lang: str) -> None:
    """Babel derives Plural-Forms from its own table; set the explicit header instead (the public way:
    assigning the MIME headers, which parses Plural-Forms into the catalog's plural rule)."""
    catalog.mime_headers = [(k, plural_forms(lang) if k == "Plural-Forms" else v) for k, v in catalog.mime_headers]


def _check_public(report: Report) -> None:
    if report.meta.edition != "public":
        raise ScrpressError(_NOT_PUBLIC)


def register_check(register: object) -> Callable[[str], bool]:
    """A `forbidden` test from the case register: True when a text holds a register form (score >= 0.5,
    as the leak gate counts it)."""
    from scrpress.redaction.register import build_register_matcher

    matcher = build_register_matcher(register)  # type: ignore[arg-type]
    return lambda text: any(f.score >= 0.5 for f in matcher.find(text))


def _check_units(units: Iterable[Unit], forbidden: Callable[[str], bool] | None) -> None:
    """Refuse a catalog that would hold forbidden text (a real name): names the place, never the text."""
    if forbidden is None:
        return
    for unit in units:
        if forbidden(unit.text):
            file, _, where = unit.context.partition("#")
            raise ScrpressError("the public text still holds a name or a text decided 'redact'; a catalog is "
                                "never made from it (check the redaction decisions)",
                                file=file if where else None, where=where or unit.context)  # fmt: skip


def extract_catalog(
    public_report: Report,
    lang: str,
    *,
    pseudonyms: Iterable[str] = (),
    register: object | None = None,
    forbidden: Callable[[str], bool] | None = None,
    now: datetime | None = None,
) -> Catalog:
    """A new catalog for `lang` holding every translatable text of the public report, untranslated.

    Refuses an internal (unredacted) report. With `register` (the case register) or `forbidden`
    (a test such as the leak gate's), refuses a report whose text still holds what they find."""
    _check_public(public_report)
    locale = _locale(lang)
    units = catalog_units(public_report, pseudonyms)
    if register is not None:
        _check_units(units, register_check(register))
    _check_units(units, forbidden)
    when = now or datetime.now(timezone.utc).replace(microsecond=0)
    language = locale.english_name or str(locale)
    catalog = Catalog(
        locale=_language_code(lang),
        domain=PROJECT,
        project=PROJECT,
        version=__version__,
        copyright_holder=public_report.meta.board,
        msgid_bugs_address=public_report.meta.board,
        creation_date=when,
        revision_date=when,
        last_translator=public_report.meta.board,
        language_team=language,
        fuzzy=False,
        header_comment=(
            f"# {language} translation of the public text of {public_report.meta.reference}.\n"
            "# Made by scrpress from the approved, redacted report only.\n"
            "#\n"
            "# Translate every message. Never add a name or a detail that the\n"
            "# English text does not have. Each message's context (msgctxt) says\n"
            "# where it is in the report. Pseudonyms, agencies and action statuses\n"
            "# are listed once at the end: use the same words for them everywhere.\n"
        ),
    )
    _set_plural_forms(catalog, lang)
    for unit in units:
        _add(catalog, unit)
    return catalog


def _add(catalog: Catalog, unit: Unit) -> None:
    existing = catalog.get(unit.text, context=unit.context)
    if existing is not None:  # the same text under the same key twice: one message, every place
        if unit.location not in existing.locations:  # kept in the order write_po prints them
            existing.locations = sorted([*existing.locations, unit.location], key=lambda loc: (loc[0], loc[1] or 0))
        return
    catalog.add(unit.text, "", locations=[unit.location], auto_comments=[f"section: {unit.title}", unit.note],
                context=unit.context)  # fmt: skip


def write_catalog(catalog: Catalog, path: Path) -> Path:
    """Write the catalog as a PO file, whole or not at all: reading order, old msgids kept as `#|`
    comments for fuzzy messages, obsolete messages at the end as `#~`."""
    from scrpress.output import atomic_write_text

    catalog = copy.deepcopy(catalog)
    for message in [*catalog, *catalog.obsolete.values()]:
        # Report text is not a format string, though Babel flags any "%" it finds ("100% sure"):
        # msgfmt --check would then demand the translation keep the "directives".
        message.flags.discard("python-format")
        if message.id and message.python_format:
            message.flags.add("no-python-format")
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=79, sort_output=False, include_previous=True, ignore_obsolete=False)
    atomic_write_text(Path(path), buffer.getvalue().decode("utf-8"))
    return Path(path)


def read_catalog(path: Path) -> Catalog:
    """Read a translated PO file; a malformed one is an error naming the file and line (never its text)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ScrpressError("translation catalog not found: run scrpress translate extract", file=path) from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ScrpressError("translation catalog is not UTF-8 text", file=path, where=f"line {line}") from None
    try:
        catalog = read_po(io.BytesIO(data), domain=PROJECT, abort_invalid=True, charset="utf-8")
    except PoFileError as exc:
        what = str(exc).split(" for msgid")[0].split(":")[0] or "malformed entry"
        raise ScrpressError(f"translation catalog is not a valid PO file ({what})", file=path,
                            where=f"line {int(getattr(exc, 'lineno', 0)) + 1}") from None  # fmt: skip
    except (ValueError, UnknownLocaleError) as exc:
        raise ScrpressError(f"translation catalog header cannot be read ({type(exc).__name__})", file=path) from None
    for message in [*catalog, *catalog.obsolete.values()]:
        _restore_previous(message)
        if isinstance(message.string, (list, tuple)) and message.id and not message.pluralizable:
            raise ScrpressError("translation catalog has plural forms for a message that has none", file=path,
                                where=f"line {message.lineno}")  # fmt: skip
    return catalog


def _restore_previous(message: Message) -> None:
    """Babel reads `#| msgid "..."` lines as translator comments (babel issue #206): turn them back
    into the message's previous msgid, so a second update still shows the translator what changed."""
    previous = [c[1:].strip() for c in message.user_comments if c.startswith("|")]
    if not previous:
        return
    message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
    ids: list[list[str]] = []
    for line in previous:
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid", "msgid_plural"):
            ids.append([rest])
        elif line.startswith('"') and ids:
            ids[-1].append(line)
    message.previous_id = ["".join(unescape(part) for part in parts) for parts in ids]


# -- updating -------------------------------------------------------------------------------------


@dataclass
class UpdateResult:
    """What `merge_catalog` did, in counts (for `translate update` to print)."""

    catalog: Catalog
    added: int = 0  # new texts, untranslated
    changed: int = 0  # texts whose English changed: now fuzzy, old translation offered
    obsolete: int = 0  # texts the report no longer has
    dropped: int = 0  # old English, fuzzy translations or obsolete messages removed as now redacted


def update_catalog(
    existing: Catalog,
    public_report: Report,
    *,
    pseudonyms: Iterable[str] | None = None,
    register: object | None = None,
    forbidden: Callable[[str], bool] | None = None,
    lang: str | None = None,
    now: datetime | None = None,
) -> Catalog:
    """Merge the current public report into a translated catalog (a copy; see `merge_catalog`)."""
    return merge_catalog(existing, public_report, pseudonyms=pseudonyms, register=register, forbidden=forbidden,
                         lang=lang, now=now).catalog  # fmt: skip


def merge_catalog(
    existing: Catalog,
    public_report: Report,
    *,
    pseudonyms: Iterable[str] | None = None,
    register: object | None = None,
    forbidden: Callable[[str], bool] | None = None,
    lang: str | None = None,
    now: datetime | None = None,
) -> UpdateResult:
    """Merge the current public report into a translated catalog (a copy; `existing` is unchanged).

    Unchanged messages keep their translation (and a fuzzy flag stays until the translator clears it).
    A message whose paragraph key is the same but whose English text changed becomes fuzzy, keeping
    the old translation and the old English (`#| msgid`) for the translator; a message with the same
    text at a new key is offered likewise. Messages the report no longer has become obsolete.

    Babel's `Catalog.update` does the merge (no difflib matching: it compares msgids across the whole
    catalog, ignores contexts, and could offer one paragraph's translation for another); matching
    by context is done here.

    `register` / `forbidden` say what no catalog may hold (register forms; texts decided "redact").
    The new English text must pass them, and old msgids, translations and obsolete messages that
    fail them are dropped, so a catalog sent to a translator after a new redaction decision
    cannot carry the words that decision removed. `lang` defaults to the catalog's Language header.
    """
    lang = lang or (str(existing.locale) if existing.locale else "")
    if pseudonyms is None:
        pseudonyms = [m.id for m in existing if m.context == PSEUDONYM and isinstance(m.id, str)]
    template = extract_catalog(public_report, lang, pseudonyms=pseudonyms, register=register, forbidden=forbidden,
                               now=now)  # fmt: skip
    catalog = copy.deepcopy(existing)
    before = {(m.id, m.context) for m in existing if m.id}
    obsolete_before = set(existing.obsolete)
    previous = {(m.id, m.context): list(m.previous_id) for m in existing if m.id and m.previous_id}
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=True)
    _set_plural_forms(catalog, lang)

    by_context: dict[str | None, list[object]] = {}
    by_text: dict[object, list[object]] = {}
    for key, old in catalog.obsolete.items():
        if old.string and old.context not in GLOSSARY:
            by_context.setdefault(old.context, []).append(key)
            by_text.setdefault(old.id, []).append(key)
    result = UpdateResult(catalog)
    for message in catalog:
        if not message.id:
            continue
        if (message.id, message.context) not in before:
            result.added += 1
        if message.string:
            if "fuzzy" in message.flags and not message.previous_id:
                message.previous_id = previous.get((message.id, message.context), [])
            continue
        if message.context in GLOSSARY:
            continue
        key = _take(by_context.get(message.context), catalog) or _take(by_text.get(message.id), catalog)
        if key is None:
            continue
        old = catalog.obsolete.pop(key)
        message.string = old.string
        message.flags.add("fuzzy")
        message.previous_id = [old.id] if isinstance(old.id, str) else list(old.id)
        message.user_comments = list(old.user_comments)
        result.added -= 1
        result.changed += 1
    tests = [t for t in (register_check(register) if register is not None else None, forbidden) if t is not None]
    if tests:
        result.dropped = _drop_stale(catalog, lambda text: any(test(text) for test in tests))
    result.obsolete = len(set(catalog.obsolete) - obsolete_before)
    if now is not None:
        catalog.revision_date = now
    return result


def _take(keys: list[object] | None, catalog: Catalog) -> object | None:
    while keys:
        key = keys.pop(0)
        if key in catalog.obsolete:
            return key
    return None


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def _drop_stale(catalog: Catalog, stale: Callable[[str], bool]) -> int:
    """Remove every old or translated text that `stale` finds; returns how many were removed."""
    dropped = 0
    for message in catalog:
        if not message.id:
            continue
        if any(stale(t) for t in message.previous_id):
            message.previous_id = []
            dropped += 1
        if any(stale(t) for t in _texts(message.string)):
            message.string = ""
            message.flags.discard("fuzzy")
            dropped += 1
        kept = [c for c in message.user_comments if not stale(c)]
        dropped += len(message.user_comments) - len(kept)
        message.user_comments = kept
    for key in [k for k, m in catalog.obsolete.items() if any(stale(t) for t in [*_texts(m.id), *_texts(m.string)])]:
        del catalog.obsolete[key]
        dropped += 1
    return dropped


# -- status ---------------------------------------------------------------------------------------


@dataclass
class SectionStatus:
    """How far one part of the report is translated."""

    section: str  # a name that quotes no report text (file, agency, fixed label)
    title: str  # the part's label as the report shows it
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0  # in the catalog without a translation
    missing: int = 0  # not in the catalog at all: it is older than the report (run translate update)

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated + self.missing

    @property
    def complete(self) -> bool:
        return self.total == self.translated

    def counts(self) -> str:
        """"3 untranslated, 1 fuzzy" – what stops this part being complete, in words."""
        parts = []
        if self.untranslated:
            parts.append(f"{self.untranslated} untranslated")
        if self.fuzzy:
            parts.append(f"{self.fuzzy} fuzzy")
        if self.missing:
            parts.append(f"{self.missing} not in the catalog")
        return ", ".join(parts) or "complete"


def is_translated(message: Message | None) -> bool:
    """A translation that may be printed: present, not fuzzy, not blank (and every plural form filled)."""
    if message is None or "fuzzy" in message.flags:
        return False
    strings = _texts(message.string)
    return bool(strings) and all(s.strip() for s in strings)


def catalog_status(catalog: Catalog, report: Report) -> list[SectionStatus]:
    """Translated / fuzzy / untranslated / missing counts per part of `report`, in reading order.

    The pseudonym glossary entries of the catalog count too (section "Pseudonyms")."""
    sections: dict[str, SectionStatus] = {}
    units = catalog_units(report)
    seen: set[tuple[str, str]] = set()
    for m in catalog:
        if m.id and m.context == PSEUDONYM and isinstance(m.id, str):
            units.append(Unit(PSEUDONYM, m.id, PSEUDONYMS_SECTION, PSEUDONYMS_SECTION, ("case.yaml", None), ""))
    for unit in units:
        if (unit.context, unit.text) in seen:
            continue
        seen.add((unit.context, unit.text))
        status = sections.setdefault(unit.section, SectionStatus(unit.section, unit.title))
        message = catalog.get(unit.text, context=unit.context)
        if message is None:
            status.missing += 1
        elif is_translated(message):
            status.translated += 1
        elif "fuzzy" in message.flags:
            status.fuzzy += 1
        else:
            status.untranslated += 1
    return list(sections.values())


def is_complete(catalog: Catalog, report: Report) -> bool:
    """True when every text of the report has a printable (non-fuzzy) translation."""
    return all(s.complete for s in catalog_status(catalog, report))
