"""Command line: parse, call one library function, print. No logic lives here."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .cli_circulation import circulate, timeline
from .cli_translate import translate
from .errors import ScrpressError

EXIT_USER_ERROR = 1  # a problem in the case folder or its files: the message says which and where
EXIT_USAGE = 2  # click's own code for bad options
EXIT_NOT_APPROVED = 3  # `build --require-public`: the build ran, but no public edition (no valid approval)


class _Group(click.Group):
    """Turns every ScrpressError into one clean message and a non-zero exit, once for all commands."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ScrpressError as exc:
            click.echo(f"error: {exc.render(Path.cwd())}".replace("\n", "\nerror: "), err=True)
            ctx.exit(EXIT_USER_ERROR)


_case_arg = click.argument("case_dir", metavar="CASE", type=click.Path(exists=True, path_type=Path))
_today_opt = click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Pretend today is this date (YYYY-MM-DD)."
)


def _today(value: object) -> date:
    return value.date() if value else date.today()  # type: ignore[union-attr]


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scrpress")
def cli() -> None:
    """scrpress: build the publishable documents of a child safeguarding case review from one case folder."""


@cli.command()
@_case_arg
@_today_opt
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def check(case_dir: Path, today: object, as_json: bool) -> None:
    """Check a case folder: case.yaml, overview, submissions, action plan, board response.

    Every problem is listed with its file and line or cell; the exit status is 1 when any is found.
    """
    from .check import check_case

    report = check_case(case_dir, today=_today(today))
    summary = {
        "ok": True,
        "sections": len(report.sections),
        "chronology_events": len(report.chronology),
        "actions": len(report.actions),
        "notices": report.notices,
    }
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    click.echo(
        f"ok: {summary['sections']} sections, {summary['chronology_events']} chronology events, "
        f"{summary['actions']} actions"
    )
    for notice in report.notices:
        click.echo(f"note: {notice}")


@cli.command()
@_case_arg
@click.option("-o", "--out", type=click.Path(path_type=Path), help="Output folder (default: CASE/build).")
@_today_opt
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--require-public", is_flag=True,
              help=f"Exit with status {EXIT_NOT_APPROVED} when no public edition could be written (no valid approval).")
@click.option("--draft-translations", is_flag=True,
              help="Render incomplete translations anyway, marked DRAFT TRANSLATION on every page.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (files, public, review status).")
def build(case_dir: Path, out: Path | None, today: object, quiet: bool, require_public: bool,
          draft_translations: bool, as_json: bool) -> None:
    """Build every artefact for one case folder into OUT (internal editions, review, public editions).

    Stages: read, assemble, internal editions, detect, review (updates CASE/redaction/decisions.csv
    and writes OUT/review/), then, only under a valid legal approval: apply, public editions
    (OUT/public/en/, and OUT/public/<lang>/ for every language in case.yaml whose catalog
    translations/<lang>.po is complete) and the leak gate. Without an approval the build stops after the review and
    says why (exit 0, or 3 with --require-public). A leak fails the build (exit 1), naming file
    and page for each leak. Output is written to a temporary folder and moved into place whole:
    a failed build leaves the previous output untouched.
    """
    from .pipeline import build as run_build

    def progress(stage: str, seconds: float | None) -> None:
        if quiet:
            return
        if seconds is None:
            click.echo(f"  {stage} ...", err=True)
        else:
            click.echo(f"  {stage:<22} {seconds:6.1f} s", err=True)

    case_dir = case_dir if case_dir.is_dir() else case_dir.parent
    quiet = quiet or as_json
    result = run_build(case_dir, out or case_dir / "build", progress=progress, today=_today(today),
                       draft_translations=draft_translations)  # fmt: skip
    if as_json:
        click.echo(json.dumps({
            "out": str(result.out_dir), "public": result.public, "review": result.review, "notices": result.notices,
            "files": [p.relative_to(result.out_dir).as_posix() for p in result.files],
            "timings": {k: round(v, 2) for k, v in result.timings.items()},
        }, indent=2, ensure_ascii=False))  # fmt: skip
        if require_public and not result.public:
            sys.exit(EXIT_NOT_APPROVED)
        return
    if not quiet:
        for notice in result.notices:
            click.echo(f"note: {notice}", err=True)
        click.echo(f"{len(result.files)} files written to {result.out_dir}")
    if result.public:
        if not quiet:
            click.echo(f"public editions written and verified ({'; '.join(result.review)})")
        return
    click.echo("public editions not written: waiting for legal approval", err=quiet)
    for line in result.review:
        click.echo(f"  {line}", err=quiet)
    if require_public:
        sys.exit(EXIT_NOT_APPROVED)


@cli.command()
@_case_arg
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for redaction-review.html/.pdf (default: CASE/redaction).")
@click.option("--no-pdf", is_flag=True, help="Write the HTML review only (quicker).")
@click.option("--renumber-labels", is_flag=True,
              help="Renumber person labels from 1 in reading order, leaving out people whose every mention is kept.")
@_today_opt
def review(case_dir: Path, out: Path | None, no_pdf: bool, renumber_labels: bool, today: object) -> None:
    """Update the redaction review: CASE/redaction/decisions.csv and the side-by-side diff.

    Runs detection, then merges every finding with decisions.csv by its stable ID: a lawyer's
    decision, replacement, reason and comment are kept while the finding's paragraph is unchanged;
    findings of edited paragraphs come back as "pending"; findings that disappeared move to
    retired.csv. Phrases in additions.csv (phrase, replacement, reason, comment) are found everywhere
    and added as decided redactions. Labels for people not in the register ("Adult 1") are kept in
    labels.csv so they never renumber (unless you ask with --renumber-labels, once false alarms
    are marked keep). Edit decisions.csv in a spreadsheet or text editor:
    decision = pending | redact | keep | custom; reason = a code from policies/redaction/reasons.yaml.
    """
    from .pipeline import review_case

    case_dir = case_dir if case_dir.is_dir() else case_dir.parent
    outcome = review_case(case_dir, out=out, pdf=not no_pdf, today=_today(today), renumber_labels=renumber_labels)
    counts = outcome.review.counts()
    click.echo(f"{len(outcome.review.rows)} findings: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    changed = outcome.review.changed_paragraphs
    if changed:
        click.echo(f"re-opened: {len(outcome.review.reopened)} finding(s) in {len(changed)} changed text(s): "
                   + ", ".join(k.replace("#", ":", 1) for k in changed[:15]))  # fmt: skip
    if outcome.review.retired_now:
        click.echo(f"retired: {len(outcome.review.retired_now)} earlier decision(s) no longer match a finding; "
                   "kept in redaction/retired.csv")  # fmt: skip
    for path in outcome.files:
        click.echo(f"wrote {path}")
    for line in outcome.status:
        click.echo(f"approval: {line}")


@cli.command()
@_case_arg
@click.option("--by", "by", required=True, metavar='"NAME, ROLE"',
              help='Who approves, with their role: "Priya Shah, Solicitor (Legal Services)".')
@click.option("--now", type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"]),
              help="Record this time (UTC) instead of the clock (for tests and reproducible records).")
def approve(case_dir: Path, by: str, now: object) -> None:
    """Record a legal approval of the current redaction decisions.

    Brings the review up to date first, then refuses while any decision is pending, a reason code
    is unknown, a redaction has no reason, or a replacement would print a register name. The
    approval (who, when in UTC, SHA-256 of the decisions and of the content, counts, scrpress
    version) is appended to CASE/redaction/approvals.jsonl, which is never rewritten. `build`
    writes public editions only while decisions and content are exactly what was approved.
    """
    from datetime import timezone

    from .pipeline import approve_case

    case_dir = case_dir if case_dir.is_dir() else case_dir.parent
    when = now.replace(tzinfo=timezone.utc) if now else None  # type: ignore[union-attr]
    approval = approve_case(case_dir, by, now=when)
    click.echo(f"approved by {approval.by} at {approval.at}: {approval.decisions} decisions "
               f"({approval.redact} redact, {approval.custom} custom, {approval.keep} keep)")  # fmt: skip
    click.echo(f"decisions sha256 {approval.decisions_sha256}")
    click.echo(f"content   sha256 {approval.content_sha256}")


@cli.command()
@click.argument("out_dir", metavar="OUT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--case", "case_dir", type=click.Path(exists=True, path_type=Path),
              help="The case folder the output was built from (default: the folder holding OUT, as for CASE/build).")
def verify(out_dir: Path, case_dir: Path | None) -> None:
    """Leak gate: re-read every file under OUT/public and fail if a name or a redacted text survives.

    Reads PDF text page by page, bookmarks, links, annotations, tags, document info and XMP; and
    Word body, tables, headers, footers, notes, comments and properties (runs joined, so a name split
    across runs is found), and refuses tracked changes, comments and hidden text. It looks for every
    register name, alias and generated variant and every text decided "redact" in
    CASE/redaction/decisions.csv. Each leak is printed as file, page or part, and which register
    entry or decision it is — never the text. Exit 0 when clean, 1 when anything leaked.
    """
    from .verify import LeakGateError, verify_output

    if case_dir is not None and not case_dir.is_dir():
        case_dir = case_dir.parent
    leaks = verify_output(out_dir, case_dir)
    if leaks:
        raise LeakGateError(leaks)
    click.echo(f"leak gate passed: {out_dir / 'public'}")


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--case", "case_path", type=click.Path(exists=True, path_type=Path),
              help="Case folder or case.yaml: adds the register (people, places) and its keep-list.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of findings (offsets into the file's text).")
@click.option("--all", "include_low", is_flag=True, help="Include low-confidence suggestions (score < 0.5).")
def detect(file: Path, case_path: Path | None, as_json: bool, include_low: bool) -> None:
    """Find personal data in one .txt, .md or .docx file.

    Offsets are Python string offsets: for .txt/.md into the file decoded as UTF-8 exactly as on
    disk; for .docx into the paragraph texts joined with newlines. Without --case only the
    general recognizers run.
    """
    from .detection_io import detect_file

    _text, found = detect_file(file, case_path, include_low=include_low)
    if as_json:
        click.echo(json.dumps([f.to_json() for f in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("no personal data found")
        return
    click.echo(f"{'start':>7} {'end':>7}  {'type':<24} {'score':>5}  {'text':<32} replacement")
    for f in found:
        shown = f.text.replace("\n", " ")
        shown = shown if len(shown) <= 32 else shown[:31] + "…"
        click.echo(f"{f.start:>7} {f.end:>7}  {f.entity_type:<24} {f.score:>5.2f}  {shown:<32} {f.replacement or ''}")
    click.echo(f"{len(found)} finding(s)")


@cli.command()
@click.argument("folder", metavar="CASE", type=click.Path(file_okay=False, path_type=Path))
@click.option("--nation", type=click.Choice(["england", "wales", "scotland", "northern-ireland"]), required=True,
              help="Sets the default policy, review type and languages.")
def init(folder: Path, nation: str) -> None:
    """Create a new case folder: a commented case.yaml, the agency submission template, an action plan
    template, a first overview section, a board response and a README giving the order of work."""
    from .scaffold import init_case

    for path in init_case(folder, nation):
        click.echo(f"created {path}")
    click.echo(f"next: edit {folder / 'case.yaml'}, then run: scrpress check {folder}")


cli.add_command(timeline)
cli.add_command(circulate)
cli.add_command(translate)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="scrpress")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
