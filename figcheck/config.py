"""Configuration: the defaults in ``data/defaults.toml`` merged with the user's file.

The user's settings live in ``[tool.figcheck]`` of a ``pyproject.toml`` or in a
``.figcheck.toml``, whichever is found first walking up from the working
directory (``.figcheck.toml`` wins within one directory), for every command.
Options given on the command line override it. A rule's options and their
defaults are declared by the rule's own module (``OPTIONS``), not here.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from figcheck.errors import InputError
from figcheck.severity import FAIL_ON

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULTS_FILE = Path(__file__).parent / "data" / "defaults.toml"
CONFIG_NAMES = (".figcheck.toml", "pyproject.toml")


class ConfigError(InputError):
    """A configuration file figcheck cannot use; the message names the file and key."""


@dataclass(frozen=True)
class Config:
    """The settings of one run, after defaults and the user's file are merged."""

    #: The default is the defaults file's, like every other setting's.
    fail_on: str = field(default_factory=lambda: defaults()["fail-on"])
    disable: frozenset[str] = frozenset()
    #: Rule id -> that rule's options (the rules' defaults merged with the user's values, when
    #: the rules were known to load_config; else the user's tables as written).
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    date: dt.date | None = None
    rates_dir: Path | None = None
    #: (draft glob, source paths) pairs, paths resolved against ``root``.
    sources: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The file the settings came from, or None when only defaults apply.
    path: Path | None = None
    #: Where relative paths and globs in the file are taken from.
    root: Path = Path(".")

    def sources_for(self, draft: str) -> list[str]:
        """Source paths mapped to a draft by every glob that matches it."""
        try:
            relative = Path(draft).resolve().relative_to(self.root.resolve())
        except ValueError:
            return []
        name = relative.as_posix()
        found: list[str] = []
        for pattern, paths in self.sources:
            if fnmatch.fnmatchcase(name, pattern):
                found.extend(p for p in paths if p not in found)
        return found


def defaults() -> dict[str, Any]:
    """The settings of ``data/defaults.toml``: every key a user may set, with its default."""
    with DEFAULTS_FILE.open("rb") as file:
        return tomllib.load(file)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``.figcheck.toml``, or ``pyproject.toml`` with a [tool.figcheck] table."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_dir():
                raise ConfigError(f"{candidate}: is a directory, not a configuration file")
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and figcheck_table(read_toml(candidate), candidate) is None:
                continue
            return candidate
    return None


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's tables, with one-line errors; a UTF-8 BOM (Windows editors) is allowed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 at byte {exc.start}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None


def figcheck_table(data: dict[str, Any], path: Path | None = None) -> dict[str, Any] | None:
    """``[tool.figcheck]`` of a pyproject.toml, or None when it has none.

    A ``tool`` that is not a table is another tool's business; a ``tool.figcheck``
    that is not a table is an error when ``path`` names the file to blame.
    """
    tool = data.get("tool")
    table = tool.get("figcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        if path is not None:
            raise ConfigError(f"{path}: [tool.figcheck] must be a table, not {table!r}")
        return None
    return table


def load_config(
    path: Path | str | None = None,
    start: Path | None = None,
    known_rules: Mapping[str, Mapping[str, Any]] | None = None,
) -> Config:
    """The merged settings from ``path``, or from the file found walking up from ``start``.

    ``known_rules`` maps every rule id to its options' defaults (figcheck.rules.rule_options);
    without it the rule ids and options are not checked: ``convert`` and ``rates`` read
    only ``rates-dir`` and need not import every rule to start.
    """
    base = defaults()
    if path is None:
        path = find_config(start)
        if path is None:
            return _build(base, {}, None, Path.cwd(), known_rules)
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, not a configuration file")
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = read_toml(path)
    table = "[tool.figcheck]" if path.name == "pyproject.toml" else None
    if table:
        data = figcheck_table(data, path) or {}
    return _build(base, data, path, path.parent, known_rules, table)


def _build(
    base: dict[str, Any],
    user: dict[str, Any],
    path: Path | None,
    root: Path,
    known_rules: Mapping[str, Mapping[str, Any]] | None,
    table: str | None = None,
) -> Config:
    where = str(path) if path else "defaults"

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}: {key}: {problem}")

    for key in user:
        if key not in base:
            inside = f" in {table}" if table else ""
            raise fail(key, f"unknown key{inside} (known: {', '.join(sorted(base))})")
    merged = {**base, **user}

    fail_on = merged["fail-on"]
    if fail_on not in FAIL_ON:
        raise fail("fail-on", f"{fail_on!r} is not one of {', '.join(FAIL_ON)}")

    return Config(
        fail_on=fail_on,
        disable=_disable(merged["disable"], known_rules, fail),
        rules=_rules(merged["rules"], known_rules, fail),
        date=_date(merged["date"], fail),
        rates_dir=_rates_dir(merged["rates-dir"], root, fail),
        sources=_sources(merged["sources"], root, fail),
        path=path,
        root=root,
    )


def _disable(value: Any, known_rules: Mapping[str, Any] | None, fail) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(r, str) for r in value):
        raise fail("disable", "must be a list of rule ids")
    for rule_id in value:
        if known_rules is not None and rule_id not in known_rules:
            raise fail("disable", f"unknown rule {rule_id!r}")
    return frozenset(value)


def _rules(
    value: Any, known_rules: Mapping[str, Mapping[str, Any]] | None, fail
) -> dict[str, dict[str, Any]]:
    """Each rule's options: its defaults with the user's values, checked against the defaults."""
    if not isinstance(value, dict):
        raise fail("rules", "must be a table of rule ids")
    rules = {rule_id: dict(options) for rule_id, options in (known_rules or {}).items()}
    for rule_id, options in value.items():
        key = f"rules.{rule_id}"
        if known_rules is not None and rule_id not in known_rules:
            raise fail(key, "unknown rule")
        if not isinstance(options, dict):
            raise fail(key, "must be a table of options")
        known = known_rules[rule_id] if known_rules is not None else options
        for name, option in options.items():
            if name not in known:
                names = ", ".join(sorted(known)) or "none"
                raise fail(f"{key}.{name}", f"unknown option (known: {names})")
            if not _same_type(option, known[name]):
                raise fail(f"{key}.{name}", f"must be {_type_name(known[name])}, not {option!r}")
            problem = _out_of_range(option)
            if problem:
                raise fail(f"{key}.{name}", problem)
        rules.setdefault(rule_id, {}).update(options)
    return rules


#: The largest whole-number option (a count of days: lookback-days): a century is more than
#: any rates table holds, and 10**12 days would overflow the calendar.
MAX_WHOLE = 36_525


def _out_of_range(value: Any) -> str | None:
    """Why a rule's numeric option cannot be used, or None.

    Every numeric option is a margin or a count, so none may be negative; nan would
    fail every comparison (flag every conversion) and inf pass every one.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if not math.isfinite(value):
        return f"must be a finite number, not {value!r}"
    if value < 0:
        return f"must not be negative, not {value!r}"
    if isinstance(value, int) and value > MAX_WHOLE:
        return f"must be at most {MAX_WHOLE:,}, not {value:,}"
    return None


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, int):
        # A count such as lookback-days: 1.5 would be cut to 1 without a word.
        return isinstance(value, int)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number"
    if isinstance(default, float):
        return "a number"
    return {str: "a string", list: "a list", dict: "a table"}.get(type(default), "another type")


def _date(value: Any, fail) -> dt.date | None:
    if value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise fail("date", f"{value!r} is not a date in the form YYYY-MM-DD")


def _rates_dir(value: Any, root: Path, fail) -> Path | None:
    if not isinstance(value, str):
        raise fail("rates-dir", "must be a path")
    if not value:
        return None
    directory = root / value
    if not directory.is_dir():
        raise fail("rates-dir", f"{value!r} is not a directory")
    return directory


def _sources(value: Any, root: Path, fail) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise fail("sources", "must be a table of draft glob = [source paths]")
    pairs = []
    for pattern, paths in value.items():
        if isinstance(paths, str):
            paths = [paths]
        if not isinstance(paths, list) or not all(isinstance(p, str) and p for p in paths):
            raise fail(f"sources.{pattern!r}", "must be a list of source paths")
        pairs.append((pattern, tuple(os.path.relpath(root / p) for p in paths)))
    return tuple(pairs)
