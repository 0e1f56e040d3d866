"""Command-line interface: parse options, call the pipeline, choose the exit code.

Exit codes (figcheck.errors): 0 success, 1 findings at or above --fail-on, 2 usage or
input errors, 3 an unexpected error (a bug), 141 the reader of the output went away.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

import click

from figcheck import __version__
from figcheck.errors import (
    DEBUG_ENV,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PIPE,
    FigcheckError,
)
from figcheck.severity import FAIL_ON

FORMATS_EXTRACT = ("text", "json", "csv")
FORMATS_CHECK = ("text", "json", "sarif", "github", "html", "junit", "gitlab", "rdjson")


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


def language_code(ctx, param, value: str | None) -> str | None:
    """A --language option: an ISO 639-1 code or a language's name, as a code."""
    if value is None:
        return None
    from figcheck.lang.detect import normalize

    code = normalize(value)
    if not code.isalpha() or not 2 <= len(code) <= 3:
        raise click.BadParameter(f"{value!r} is not a language code such as en, es or zh")
    return code


LANGUAGE = click.option(
    "--language",
    metavar="CODE",
    callback=language_code,
    help="Read every file in this language (en, zh, ja, es, fr, pt, de) instead of detecting it.",
)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--date", type=DATE, help="Publication date for relative dates (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default="text")
@click.option("--encoding", help="Decode the files with this encoding instead of UTF-8/16.")
@click.option("--unparsed", is_flag=True, help="Also list numeric-looking text no finder read.")
@LANGUAGE
@click.option(
    "-o", "--output", metavar="FILE", help="Write to FILE (replaced in one step; kept on error)."
)
def extract(
    files: tuple[str, ...],
    date: dt.date | None,
    fmt: str,
    encoding: str | None,
    unparsed: bool,
    language: str | None,
    output: str | None,
) -> None:
    """List every figure in FILES (use - for standard input)."""
    from figcheck.pipeline import extract as read
    from figcheck.pipeline import unread_languages
    from figcheck.report.figures import FORMATTERS

    versions = read(files, date, encoding, language)
    for note in unread_languages(v.document for v in versions):
        click.echo(f"unchecked: {note}", err=True)
    text = FORMATTERS[fmt](versions, unparsed=unparsed)
    if output:
        from figcheck.output_file import write_atomically

        write_atomically(output, text)
    else:
        click.echo(text, nl=False)


RATES_DIR = click.option(
    "--rates-dir",
    metavar="DIR",
    help="Rates directory (default: $FIGCHECK_RATES_DIR, config rates-dir, shipped rates/).",
)


def rates_directory(option: str | None) -> str:
    """--rates-dir, else $FIGCHECK_RATES_DIR, else the configuration's, else the shipped one."""
    from figcheck.config import load_config
    from figcheck.rates import resolve_dir

    return resolve_dir(option, load_config().rates_dir)


@cli.command()
@click.argument("amount")
@click.argument("from_code", metavar="FROM")
@click.argument("to_code", metavar="TO")
@click.option("--date", type=DATE, help="Day of the rate (default: the latest available).")
@RATES_DIR
def convert(
    amount: str, from_code: str, to_code: str, date: dt.date | None, rates_dir: str | None
) -> None:
    """Convert AMOUNT from currency FROM to TO at the ECB reference rate."""
    from figcheck.rates_cli import convert_line

    click.echo(convert_line(amount, from_code, to_code, date, rates_directory(rates_dir)))


@cli.group()
def rates() -> None:
    """Inspect or rebuild the exchange rates figcheck checks conversions with."""


@rates.command("info")
@RATES_DIR
def rates_info(rates_dir: str | None) -> None:
    """Print the dates and currencies the rates cover."""
    from figcheck.rates_cli import info_text

    click.echo(info_text(rates_directory(rates_dir)), nl=False)


@rates.command("update")
@click.option(
    "--from",
    "source",
    metavar="FILE",
    help="An ECB rates file (daily, 90 days or history; CSV or XML, zipped or not)."
    " Without it, the ECB's file is downloaded.",
)
@RATES_DIR
def rates_update(source: str | None, rates_dir: str | None) -> None:
    """Merge the ECB's latest rates into the tables (no day is ever dropped)."""
    from figcheck.rates_cli import update_text

    click.echo(update_text(source, rates_directory(rates_dir)), nl=False)


FAIL_ON_OPTION = click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit 1 when a finding of this severity or worse is reported"
    " (default: fail-on in the configuration, else warning).",
)


COLOR_CHOICES = ("auto", "always", "never")


def _output_options(command):
    """The options ``check`` and ``hook`` share: what to print, where, and when to fail."""
    options = [
        click.option("--format", "fmt", type=click.Choice(FORMATS_CHECK), default="text"),
        click.option(
            "-o",
            "--output",
            metavar="FILE",
            help="Write the report to FILE (replaced in one step; left as it was on an error).",
        ),
        click.option(
            "--color",
            "color",
            type=click.Choice(COLOR_CHOICES),
            default="auto",
            help="Colour the text: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="Print the findings only: no summary."),
        click.option("--statistics", is_flag=True, help="Print the count per rule only."),
        FAIL_ON_OPTION,
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported."),
        click.option("--select", multiple=True, metavar="RULES", help="Run only these rule ids."),
        click.option("--ignore", multiple=True, metavar="RULES", help="Do not run these rule ids."),
        click.option("--baseline", metavar="FILE", help="Leave out the findings FILE accepts."),
        click.option(
            "--write-baseline",
            metavar="FILE",
            help="Accept every finding of this run: write them to FILE and exit 0.",
        ),
        click.option(
            "--config", "config_path", help="Read this configuration file instead of searching."
        ),
        click.option("--encoding", help="Decode the files with this encoding instead of UTF-8/16."),
        RATES_DIR,
        LANGUAGE,
    ]
    for option in reversed(options):
        command = option(command)
    return command


@cli.command(name="check")
@click.argument("files", nargs=-1, required=True)
@click.option("--reference", help="Compare every other file with this one only.")
@click.option("--date", type=DATE, help="Date for undated documents (YYYY-MM-DD).")
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="The name of standard input (-) in the report; its suffix says how to read it.",
)
@_output_options
def check_command(
    files: tuple[str, ...],
    reference: str | None,
    date: dt.date | None,
    stdin_filename: str | None,
    **options,
) -> None:
    """Report figures that disagree between versions of a story (FILES or directories)."""
    from figcheck.pipeline import check

    config = _configuration(options)
    report = check(
        files, reference, date, options["encoding"], config, options["rates_dir"],
        _progress(options), options["language"], stdin_filename,
    )  # fmt: skip
    emit(report, options, config.fail_on)


@cli.command(name="rules")
def rules_command() -> None:
    """List every rule with its id, severity and what it catches."""
    from figcheck.report.rules import as_text, rule_info

    click.echo(as_text(rule_info()), nl=False)


@cli.command(name="hook")
@click.argument("files", nargs=-1)
@_output_options
def hook_command(files: tuple[str, ...], **options) -> None:
    """Check each draft in FILES against the sources it names (pre-commit runs this)."""
    from figcheck.pipeline import check_drafts

    config = _configuration(options)
    report = check_drafts(
        files, config, options["encoding"], options["rates_dir"], _progress(options),
        options["language"],
    )  # fmt: skip
    emit(report, options, config.fail_on)


def _configuration(options: dict):
    """The configuration, with --select and --ignore applied to the rules it disables."""
    from dataclasses import replace

    from figcheck.pipeline import configuration
    from figcheck.rules import RULE_MODULES

    config = configuration(options["config_path"])
    known = sorted(RULE_MODULES)
    selected = _rule_ids(options["select"], "--select", known)
    ignored = _rule_ids(options["ignore"], "--ignore", known)
    disabled = set(config.disable) | ignored
    if selected:
        disabled |= set(known) - selected
    return replace(config, disable=frozenset(disabled))


def _rule_ids(values: tuple[str, ...], option: str, known: list[str]) -> set[str]:
    """Rule ids from repeated or comma-separated values; an unknown one stops the run."""
    ids = {part.strip() for value in values for part in value.split(",") if part.strip()}
    for rule_id in sorted(ids):
        if rule_id not in known:
            import difflib  # only for the hint: a run naming known rules never loads it

            close = difflib.get_close_matches(rule_id, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(known)}"
            raise click.UsageError(f"{option}: unknown rule {rule_id!r}{hint}")
    return ids


def _progress(options: dict):
    """The progress bar, unless the run asked for quiet."""
    from figcheck.progress import progress

    return None if options["quiet"] else progress


def emit(report, options: dict, configured_fail_on: str) -> None:
    """Print or write the report; exit 1 when a finding is at least as severe as fail-on."""
    import os

    from figcheck.output_file import write_atomically
    from figcheck.report import baseline
    from figcheck.severity import reaches

    if options["write_baseline"]:
        write_atomically(
            options["write_baseline"],
            baseline.as_json(report.findings, options["write_baseline"]),
        )
        click.echo(
            f"figcheck: {len(report.findings)} finding(s) accepted in {options['write_baseline']}",
            err=True,
        )
        return
    if options["baseline"]:
        report = baseline.apply(report, options["baseline"])
    to_file = options["output"]
    is_tty = not to_file and sys.stdout.isatty()
    colour = options["fmt"] == "text" and _use_colour(options["color"], is_tty, os.environ)
    text = render(report, options, colour)
    if to_file:
        write_atomically(to_file, click.unstyle(text) if not colour else text)
    else:
        click.echo(text, nl=False, color=colour)
    fail_on = options["fail_on"] or configured_fail_on
    if not options["exit_zero"] and any(reaches(f.severity, fail_on) for f in report.findings):
        sys.exit(1)


def _use_colour(choice: str, is_tty: bool, environ) -> bool:
    from figcheck.report.lint import use_colour

    return use_colour(choice, is_tty, environ)


def render(report, options: dict, colour: bool) -> str:
    """The report in the chosen format (--statistics and --quiet shape the text)."""
    from figcheck.report import lint
    from figcheck.report.check import FORMATTERS

    if options["statistics"]:
        return lint.statistics(report, colour)
    if options["fmt"] == "text":
        return lint.as_text(report, colour, quiet=options["quiet"])
    return FORMATTERS[options["fmt"]](report, colour)


@cli.command(name="scan")
@click.argument("archives", nargs=-1, required=True, metavar="ARCHIVE...")
@click.option("-o", "--output", default="-", help="Write the findings here (default: stdout).")
@click.option("--format", "fmt", type=click.Choice(("jsonl", "json", "parquet")), default="jsonl")
@click.option("--stories", "stories_path", help="Also write each story's documents (JSON Lines).")
@click.option("--scheduler", metavar="ADDRESS", help="Run on this Dask cluster (figcheck[scan]).")
@click.option("--group-only", is_flag=True, help="Find the stories without checking them.")
def scan_command(
    archives: tuple[str, ...],
    output: str,
    fmt: str,
    stories_path: str | None,
    scheduler: str | None,
    group_only: bool,
) -> None:
    """Find the versions of each story in ARCHIVE (a folder tree, .jsonl or .parquet of
    articles with id and text) and check every story; one row per finding."""
    from figcheck import figure_cache
    from figcheck.scan import output as out
    from figcheck.scan.run import scan_cluster, scan_embedded

    figure_cache.uninstall()  # thousands of articles read once: keeping them would only churn
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o FILE")
    if scheduler:
        result = scan_cluster(archives, scheduler, check=not group_only)
    else:
        result = scan_embedded(archives, check=not group_only)
    out.write(output, out.render(result, fmt))
    if stories_path:
        out.write(stories_path, out.stories_jsonl(result))
    click.echo(out.summary_text(result), err=True)


@cli.command(name="serve")
@click.option("--stop", is_flag=True, help="Stop every figcheck server of this user.")
@click.option("--status", is_flag=True, help="Say which figcheck servers run.")
@click.option(
    "--idle-minutes", type=float, default=60.0, show_default=True,
    help="Stop the server after this many minutes without a command.",
)  # fmt: skip
def serve_command(stop: bool, status: bool, idle_minutes: float) -> None:
    """Start a background server that keeps figcheck loaded, so that short commands (a
    pre-commit hook) start quickly; FIGCHECK_SERVER=0 runs a command without it."""
    from figcheck import server_control

    if stop and status:
        raise click.UsageError("--stop and --status do not go together")
    if stop:
        click.echo(server_control.stop())
    elif status:
        click.echo(server_control.status())
    else:
        click.echo(server_control.start(idle_minutes))


#: Click 8.2+ raises this for a group called without a command (8.1 printed the help).
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


def main(argv: list[str] | None = None) -> None:
    """Entry point: the exit codes of figcheck.errors, one line on stderr for any error."""
    _fewer_collections()
    _install_caches()
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--debug"]:
        argv = argv[1:]
        os.environ[DEBUG_ENV] = "1"
    if sys.stdout is None:
        # Started with standard output closed (">&-"): whatever it printed would be lost.
        click.echo("figcheck: standard output is closed; nothing to write to", err=True)
        sys.exit(EXIT_INPUT)
    _write_names_as_bytes()
    try:
        cli.main(args=argv, prog_name="figcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("figcheck: aborted", err=True)
        sys.exit(EXIT_INPUT)
    except _NO_ARGS_IS_HELP as exc:
        # `figcheck` or `figcheck rates` alone asks what there is: the help, as click 8.1 gave it.
        click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
        sys.exit(EXIT_OK)
    except click.ClickException as exc:
        click.echo(f"figcheck: {exc.format_message()}", err=True)
        sys.exit(EXIT_INPUT)
    except FigcheckError as exc:
        click.echo(f"figcheck: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_PIPE)
    except OSError as exc:
        # Reading input raises InputError, so this is the output: a full disk, a closed pipe.
        _silence_stdout()
        click.echo(f"figcheck: cannot write output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        if type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            # Click's answer to a closed pipe (EPIPE) is exit 1, which means "findings". Its
            # wrapper is told by name: click 8.4 deprecates the public one, later names vary.
            _silence_stdout()
            sys.exit(EXIT_PIPE)
        raise
    except Exception as exc:  # noqa: BLE001 - a bug: one line, never read as "findings"
        _internal_error(exc)
    sys.exit(EXIT_OK)


#: Allocations between two collections of the youngest objects in a command-line run
#: (Python's default is 700), and how many of those before an older generation's.
YOUNG_COLLECTION_EVERY = 100_000
OLDER_COLLECTION_EVERY = 20


def _fewer_collections() -> None:
    """Collect cyclic garbage far less often than Python's default does.

    A run makes many records and few reference cycles (reference counts free the rest),
    so the default's 50-odd collections of a short command, 4-7 ms of a hook's start,
    find next to nothing; a long run (a scan) still collects, every 100,000 allocations.
    """
    import gc

    gc.set_threshold(YOUNG_COLLECTION_EVERY, OLDER_COLLECTION_EVERY, OLDER_COLLECTION_EVERY)


def _install_caches() -> None:
    from figcheck import figure_cache, method_cache, regex_cache

    regex_cache.install()  # the finders' patterns, compiled once per machine, not per run
    method_cache.install()  # and the records' methods
    figure_cache.install()  # and the figures of texts read before (a hook's sources)


def run() -> None:
    """The program's entry point (``python -m figcheck``, the ``figcheck`` script): ``main``,
    then a quick way out.

    An interpreter that exits tears down every module and object the run made, some 10 ms
    of a short command, for a process that ends anyway. So once ``main`` has its exit code,
    the exit handlers run (the caches' saves) and the output is flushed, as the interpreter
    would do them, and the process ends there with that code. An exit code that is no
    number, or output that cannot be flushed, takes the interpreter's own way out, which
    reports it as it always has. ``main`` called in-process still raises SystemExit.
    """
    try:
        main()
    except SystemExit as stop:
        if stop.code is not None and (type(stop.code) is not int):
            raise
        _leave(stop.code or 0)
    _leave(EXIT_OK)


def _leave(code: int) -> None:
    import atexit

    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:
        sys.exit(code)  # a Python without it: the usual way out
    run_handlers()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)  # the interpreter flushes again and reports it, as it always did
    os._exit(code)


def _write_names_as_bytes() -> None:
    """A file name that is not UTF-8 reaches Python as surrogate escapes; print it back as the
    bytes it was, in every format, rather than fail on it (a UTF-8 locale writes strictly)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="surrogateescape")
        except (AttributeError, ValueError, OSError):
            pass  # not a text file (a test's StringIO): it takes any str


def _internal_error(exc: Exception) -> None:
    """One line naming the error (the traceback too with FIGCHECK_DEBUG=1), exit EXIT_INTERNAL."""
    if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
        import traceback

        traceback.print_exception(exc)
    where = exc.__traceback__
    while where is not None and where.tb_next is not None:
        where = where.tb_next
    place = f" in {where.tb_frame.f_code.co_name}" if where is not None else ""
    message = str(exc).splitlines()[0][:200] if str(exc) else ""
    click.echo(
        f"figcheck: internal error{place}: {type(exc).__name__}: {message}"
        f" (a bug; run with {DEBUG_ENV}=1 for the traceback)",
        err=True,
    )
    sys.exit(EXIT_INTERNAL)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the final flush at exit cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
