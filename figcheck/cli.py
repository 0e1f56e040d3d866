"""Command-line interface: parse options, call the library, choose the exit code.

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage or input errors.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from figcheck import __version__
from figcheck.errors import FigcheckError

FORMATS_EXTRACT = ("text", "json", "csv")
FORMATS_HOOK = ("text", "github", "sarif")
FAIL_ON = ("error", "warning", "info", "never")


class DateParam(click.ParamType):
    """A --date option: YYYY-MM-DD, with a one-line error otherwise."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateParam()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="figcheck")
def cli() -> None:
    """Catch figures that drifted between versions of a news story."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--date", type=DATE, help="Publication date for relative dates (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="text")
@click.option("--encoding", help="Decode the files with this encoding instead of UTF-8/16.")
def extract(files: tuple[str, ...], date: dt.date | None, fmt: str, encoding: str | None) -> None:
    """List every figure in FILES (use - for standard input)."""
    from figcheck.document import load
    from figcheck.report.figures import FORMATTERS

    documents = [load(path, date, encoding) for path in files]
    click.echo(FORMATTERS[fmt](documents), nl=False)


@cli.command(name="rules")
def rules_command() -> None:
    """List every rule with its id, severity and what it catches."""
    from figcheck.report.rules import as_text, rule_info

    click.echo(as_text(rule_info()), nl=False)


@cli.command(name="hook")
@click.argument("files", nargs=-1)
@click.option("--config", "config_path", help="Read this configuration file instead of searching.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Override the configured fail-on.")
@click.option("--format", "fmt", type=click.Choice(FORMATS_HOOK), default="text")
@click.option("--encoding", help="Decode the files with this encoding instead of UTF-8/16.")
def hook_command(
    files: tuple[str, ...],
    config_path: str | None,
    fail_on: str | None,
    fmt: str,
    encoding: str | None,
) -> None:
    """Check each draft in FILES against the sources it names (pre-commit runs this)."""
    from figcheck.config import load_config
    from figcheck.hook import check_drafts
    from figcheck.progress import progress
    from figcheck.report import formats
    from figcheck.suppress import apply

    config = load_config(config_path)
    with progress(files, "Checking drafts") as drafts:
        run = check_drafts(drafts, config, encoding)
    report = apply(run.report)
    click.echo(formats.FORMATTERS[fmt](report), nl=False)
    if fails(report, fail_on or config.fail_on):
        sys.exit(1)


def fails(report, fail_on: str) -> bool:
    """True when a finding is at least as severe as ``fail_on``."""
    if fail_on == "never":
        return False
    worst = FAIL_ON.index(fail_on)
    return any(FAIL_ON.index(f.severity) <= worst for f in report.findings)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        cli.main(args=argv, prog_name="figcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("figcheck: aborted", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"figcheck: {exc.format_message()}", err=True)
        sys.exit(2)
    except FigcheckError as exc:
        click.echo(f"figcheck: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    sys.exit(0)
