"""Configuration files: found by walking up, merged over the defaults, bad keys named."""

import datetime as dt
import os
from pathlib import Path

import pytest

from figcheck.config import Config, ConfigError, find_config, load_config

#: Rule ids with their option defaults, standing in for the registry.
RULES = {"fx-mismatch": {"tolerance": 0.02, "strict": False}, "qualifier-drift": {}}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_from(tmp_path, text, name=".figcheck.toml") -> Config:
    return load_config(write(tmp_path / name, text), known_rules=RULES)


GOOD = [
    ("", {"fail_on": "warning", "disable": frozenset(), "date": None}),
    ('fail-on = "warning"', {"fail_on": "warning"}),
    ('disable = ["qualifier-drift"]', {"disable": frozenset({"qualifier-drift"})}),
    ("date = 2024-03-14", {"date": dt.date(2024, 3, 14)}),
    ('date = "2024-03-14"', {"date": dt.date(2024, 3, 14)}),
    (
        "[rules.fx-mismatch]\ntolerance = 0.05",
        {"rules": {**RULES, "fx-mismatch": {"tolerance": 0.05, "strict": False}}},
    ),
    (
        "[rules.fx-mismatch]\ntolerance = 1",
        {"rules": {**RULES, "fx-mismatch": {"tolerance": 1, "strict": False}}},
    ),
]


@pytest.mark.parametrize("text, expected", GOOD)
def test_settings_merged_over_defaults(tmp_path, text, expected):
    config = config_from(tmp_path, text)
    assert {key: getattr(config, key) for key in expected} == expected


BAD = [
    ('fial-on = "error"', "fial-on: unknown key"),
    ('fail-on = "fatal"', "fail-on: 'fatal' is not one of error, warning, info, never"),
    ('disable = "qualifier-drift"', "disable: must be a list of rule ids"),
    ('disable = ["no-such-rule"]', "disable: unknown rule 'no-such-rule'"),
    ("date = 2024-02-30", "invalid TOML"),
    ('date = "14/03/2024"', "date: '14/03/2024' is not a date"),
    ("date = 5", "date: 5 is not a date"),
    ('rates-dir = "missing"', "rates-dir: 'missing' is not a directory"),
    ("[rules.nope]\nx = 1", "rules.nope: unknown rule"),
    (
        "[rules.fx-mismatch]\ntolerence = 0.05",
        "rules.fx-mismatch.tolerence: unknown option (known: strict, tolerance)",
    ),
    ('[rules.fx-mismatch]\ntolerance = "5%"', "rules.fx-mismatch.tolerance: must be a number"),
    ("[rules.fx-mismatch]\nstrict = 1", "rules.fx-mismatch.strict: must be true or false"),
    ("[rules.qualifier-drift]\nx = 1", "rules.qualifier-drift.x: unknown option (known: none)"),
    ("rules = 3", "rules: must be a table"),
    ('[sources]\n"*.md" = 3', "sources.'*.md': must be a list of source paths"),
    ("sources = []", "sources: must be a table"),
    ("fail-on = ", "invalid TOML"),
]


@pytest.mark.parametrize("text, message", BAD)
def test_bad_settings_name_file_and_key(tmp_path, text, message):
    with pytest.raises(ConfigError) as caught:
        config_from(tmp_path, text)
    assert str(caught.value).startswith(str(tmp_path / ".figcheck.toml") + ": ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_pyproject_table_named_in_unknown_key(tmp_path):
    with pytest.raises(
        ConfigError, match=r"pyproject.toml: fail: unknown key in \[tool.figcheck\]"
    ):
        config_from(tmp_path, "[tool.figcheck]\nfail = 1\n", name="pyproject.toml")


@pytest.mark.parametrize(
    "files, start, found",
    [
        ({".figcheck.toml": ""}, "a/b", ".figcheck.toml"),
        (
            {"a/pyproject.toml": "[tool.figcheck]\n", ".figcheck.toml": ""},
            "a/b",
            "a/pyproject.toml",
        ),
        ({"a/pyproject.toml": "[project]\n", ".figcheck.toml": ""}, "a/b", ".figcheck.toml"),
        (
            {"a/pyproject.toml": "[tool.figcheck]\n", "a/.figcheck.toml": ""},
            "a",
            "a/.figcheck.toml",
        ),
        ({"a/pyproject.toml": "[project]\n"}, "a/b", None),
    ],
)
def test_found_walking_up(tmp_path, files, start, found):
    for name, text in files.items():
        write(tmp_path / name, text)
    (tmp_path / start).mkdir(parents=True, exist_ok=True)
    result = find_config(tmp_path / start)
    if found is None:
        assert result is None or not str(result).startswith(str(tmp_path))
    else:
        assert result == (tmp_path / found).resolve()


def test_source_mapping_relative_to_config(tmp_path, monkeypatch):
    write(
        tmp_path / "pyproject.toml",
        '[tool.figcheck.sources]\n"drafts/*.md" = ["wire/a.txt", "wire/b.txt"]\n'
        '"drafts/wind*.md" = ["wire/a.txt", "wire/c.txt"]\n',
    )
    monkeypatch.chdir(tmp_path)
    config = load_config(start=tmp_path, known_rules=RULES)
    assert config.sources_for("drafts/wind.md") == [
        os.path.join("wire", "a.txt"),
        os.path.join("wire", "b.txt"),
        os.path.join("wire", "c.txt"),
    ]
    assert config.sources_for("drafts/other.txt") == []
    assert config.sources_for(str(tmp_path.parent / "elsewhere.md")) == []


def test_defaults_without_a_file(tmp_path):
    config = load_config(start=tmp_path, known_rules=RULES)
    assert config.path is None
    assert (config.fail_on, config.disable, config.rules) == ("warning", frozenset(), RULES)


def test_rule_options_come_from_the_rule_modules(tmp_path):
    """The registry's OPTIONS are what a configuration is checked against, with their defaults."""
    from figcheck.rules import fx_mismatch, rule_options

    known = rule_options()
    assert known["fx-mismatch"] == fx_mismatch.OPTIONS == {"tolerance": 0.05, "lookback-days": 7}
    config = load_config(
        write(tmp_path / ".figcheck.toml", "[rules.fx-mismatch]\ntolerance = 0.1\n"),
        known_rules=known,
    )
    assert config.rules["fx-mismatch"] == {"tolerance": 0.1, "lookback-days": 7}
    with pytest.raises(ConfigError, match="rules.fx-mismatch.rates-dir: unknown option"):
        load_config(
            write(tmp_path / ".figcheck.toml", '[rules.fx-mismatch]\nrates-dir = "r"\n'),
            known_rules=known,
        )


def test_without_known_rules_the_rule_tables_are_read_as_written(tmp_path):
    """convert and rates read only rates-dir: they need not import every rule to start."""
    text = 'disable = ["anything"]\n[rules.any-rule]\nx = 1\n'
    config = load_config(write(tmp_path / ".figcheck.toml", text))
    assert (config.disable, config.rules) == (frozenset({"anything"}), {"any-rule": {"x": 1}})


def test_one_fail_on_default(tmp_path):
    """The defaults file, a Config built in code, a run without a file and --help agree."""
    from helpers import run_figcheck

    from figcheck.config import defaults

    default = defaults()["fail-on"]
    assert Config().fail_on == load_config(start=tmp_path, known_rules=RULES).fail_on == default
    for command in ("check", "hook"):
        help_text = " ".join(run_figcheck(command, "--help").stdout.split())
        assert f"else {default})" in help_text
