"""`scrpress timeline` and `scrpress circulate`: parse, call the library, print.

Both read the case through `_case_facts` (one seam onto `case.load_case`) and count deadlines in
the working days of the case's nation, with the policy's and the case's one-off holidays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click
from babel.dates import format_date

from .circulation import CirculationManifest, make_advance_copies
from .errors import ScrpressError
from .policy import Policy, load_policy, parse_holidays
from .timeline import (
    ClockStatus,
    build_timeline,
    earliest_publication_date,
    earliest_takedown,
    send_by_date,
    to_ics,
)
from .workdays import Holiday, WorkingCalendar

_NATION_NAMES = {"england": "England", "wales": "Wales", "scotland": "Scotland", "northern-ireland": "Northern Ireland"}


@dataclass(frozen=True)
class CaseFacts:
    """What these two commands need from case.yaml."""

    case_dir: Path
    yaml_path: Path
    reference: str
    nation: str
    policy: str
    dates: dict[str, date]
    languages: list[str]
    extra_holidays: tuple[Holiday, ...]


def _case_facts(case_dir: Path) -> CaseFacts:
    """Read the case through `load_case` (which validates it and checks the policy fits the nation)."""
    from .case import load_case

    case = load_case(case_dir)
    extra = parse_holidays(case.raw.get("extra_holidays"), file=case.yaml_path)
    return CaseFacts(case.dir, case.yaml_path, case.reference, case.nation, case.policy, dict(case.dates),
                     list(case.languages), extra)


def _setup(case_dir: Path) -> tuple[CaseFacts, Policy, WorkingCalendar]:
    facts = _case_facts(case_dir)
    policy = load_policy(facts.policy, facts.case_dir)
    if policy.nation != facts.nation:
        raise ScrpressError(f"policy {policy.name} is for {policy.nation}, but the case's nation is {facts.nation}",
                            file=facts.yaml_path, where="policy")
    return facts, policy, WorkingCalendar(facts.nation, policy.extra_holidays + facts.extra_holidays)


def _day(d: date | None) -> str:
    return format_date(d, "EEE d MMM yyyy", locale="en_GB") if d else "-"


def _today(value: object) -> date:
    return value.date() if value else date.today()  # type: ignore[union-attr]


_case_arg = click.argument("case_dir", metavar="CASE", type=click.Path(exists=True, path_type=Path))
_today_opt = click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]),
                          help="Count as if today were this date (YYYY-MM-DD); for rehearsals and tests.")
_from_opt = click.option("--from", "out", type=click.Path(file_okay=False, path_type=Path),
                         help="The build folder (default: CASE/build).")


@click.command()
@_case_arg
@_today_opt
@_from_opt
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path), help="Also write the dates to this iCalendar file.")
def timeline(case_dir: Path, today: object, out: Path | None, ics: Path | None) -> None:
    """Show the case's statutory timeline: each clock of its policy, its due date counted in the
    nation's working days, and whether it is done, overdue or upcoming; then the earliest date the
    published report may be taken down.

    A step counts as done when its date is in case.yaml `dates:`; advance copies count as sent
    when OUT/circulation/manifest.json holds copies for the current publication date.
    """
    now = _today(today)
    facts, policy, cal = _setup(case_dir)
    dates = dict(facts.dates)
    circulated = _circulated_on(out or facts.case_dir / "build", dates.get("publication"))
    if circulated:
        dates["circulated"] = circulated
    rows = build_timeline(dates, policy, cal, now)
    publication = dates.get("publication")
    takedown = earliest_takedown(publication, policy) if publication else None

    click.echo(f"{facts.reference} · {policy.review_type} ({policy.name}) · working days of "
               f"{_NATION_NAMES[facts.nation]} · as of {_day(now)}")
    click.echo("")
    _print_table(rows)
    click.echo("")
    if publication:
        click.echo(f"Publication: {_day(publication)}")
    if policy.publication_min_months is None:
        click.echo(f"Taking the report down: {policy.name} sets no minimum publication period.")
    elif takedown:
        click.echo(f"Earliest take-down: {_day(takedown)} (published for at least {policy.publication_min_months} months)")
    starts = [r.start for r in rows if r.start] + [r.due for r in rows if r.due]
    if starts:
        days_off = cal.holidays_between(min(starts), max(starts))
        if days_off:
            click.echo("Bank holidays in these periods: " + "; ".join(f"{h.name} {_day(h.day)}" for h in days_off))
    if ics:
        ics.write_bytes(to_ics(rows, reference=facts.reference, today=now, publication=publication,
                               takedown=takedown).encode("utf-8"))
        click.echo(f"Calendar written to {ics}")


def _print_table(rows: list[ClockStatus]) -> None:
    table = [("Clock", "Rule", "Due", "Done", "Status")]
    table += [(r.label, r.rule, _day(r.due), _day(r.done), r.status.upper() if r.is_problem else r.status) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    for i, row in enumerate(table):
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            click.echo("  ".join("-" * w for w in widths))


def _circulated_on(out: Path, publication: date | None) -> date | None:
    """When advance copies for this publication date were first made, from the circulation manifest."""
    manifest = CirculationManifest.read(out / "circulation")
    if manifest is None or publication is None:
        return None
    made = [date.fromisoformat(c.made_on) for c in manifest.copies if c.publication_date == publication.isoformat()]
    return min(made) if made else None


@click.command()
@_case_arg
@_from_opt
@click.option("--lang", default="en", show_default=True, help="Which public edition to circulate (en, pl, cy, ...).")
@_today_opt
@click.option("--encrypt", is_flag=True,
              help="Encrypt each copy (AES-256) with its own password, listed in passwords.csv.")
def circulate(case_dir: Path, out: Path | None, lang: str, today: object, encrypt: bool) -> None:
    """Make the advance copies of the approved public report: one PDF per recipient named by the
    case's policy, watermarked on every page with the recipient, the embargo date and a unique copy
    ID, plus manifest.json/.csv (SHA-256 of each copy) in OUT/circulation/.

    Refuses when the policy's notice period can no longer be met before the publication date in
    case.yaml, and says the earliest lawful publication date instead.
    """
    now = _today(today)
    facts, policy, cal = _setup(case_dir)
    publication = facts.dates.get("publication")
    if publication is None:
        raise ScrpressError("dates.publication is not set: advance copies are counted back from it",
                            file=facts.yaml_path, where="dates")
    if lang not in facts.languages:
        raise ScrpressError(f"the case has no {lang!r} edition (languages: {', '.join(facts.languages)})",
                            file=facts.yaml_path, where="languages")
    out = out or facts.case_dir / "build"
    public_pdf = out / "public" / lang / f"overview-report.{lang}.pdf"
    if not public_pdf.is_file():
        raise ScrpressError("no approved public edition here: run `scrpress build` (after legal approval) first",
                            file=public_pdf)
    send_by = send_by_date(publication, policy, cal)
    manifest = make_advance_copies(
        public_pdf, list(policy.recipients), reference=facts.reference, publication_date=publication,
        send_by=send_by, today=now, out_dir=out / "circulation", lang=lang, encrypt=encrypt,
        earliest_publication=earliest_publication_date(now, policy, cal),
    )
    click.echo(f"Advance copies of the {lang} edition, embargoed until {_day(publication)}:")
    for copy in (c for c in manifest.copies if c.lang == lang):
        click.echo(f"  {copy.recipient}: {copy.file} (copy ID {copy.copy_id})")
    for name in manifest.dropped:
        click.echo(f"  removed {name}: it was embargoed until an earlier publication date; circulate that edition again")
    click.echo(f"Send by: {_day(send_by)} ({_notice(policy)})")
    click.echo(f"Manifest: {manifest.out_dir / 'manifest.json'} and manifest.csv")
    if manifest.passwords_file:
        click.echo(f"Passwords: {manifest.passwords_file}. Send each password by another channel than its copy "
                   "(phone, or a separate message), then delete the file.")


def _notice(policy: Policy) -> str:
    if not policy.notice_working_days:
        return f"{policy.name} sets no notice period: before publication"
    clear = " clear" if policy.counting.notice_clear_days else ""
    return f"{policy.notice_working_days}{clear} working days before publication under {policy.name}"


__all__ = ["CaseFacts", "circulate", "timeline"]
