"""Command line: parse, call one library function, print. No logic lives here."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .cli_circulation import circulate, timeline
from .errors import ScrpressError

EXIT_USER_ERROR = 1  # a problem in the case folder or its files: the message says which and where
EXIT_USAGE = 2  # click's own code for bad options


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
    from .pipeline import load_report

    _case, report = load_report(case_dir, today=_today(today))
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
def build(case_dir: Path, out: Path | None, today: object, quiet: bool) -> None:
    """Build every artefact for one case folder into OUT (internal editions, review, public editions).

    Output is written to a temporary folder and moved into place whole: a failed build leaves
    the previous output untouched.
    """
    from .pipeline import build as run_build

    def progress(stage: str, seconds: float | None) -> None:
        if not quiet and seconds is not None:
            click.echo(f"  {stage:<22} {seconds:6.1f} s", err=True)

    case_dir = case_dir if case_dir.is_dir() else case_dir.parent
    result = run_build(case_dir, out or case_dir / "build", progress=progress, today=_today(today))
    if not quiet:
        for notice in result.notices:
            click.echo(f"note: {notice}", err=True)
        click.echo(f"{len(result.files)} files written to {result.out_dir}")


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


cli.add_command(timeline)
cli.add_command(circulate)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="scrpress")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
