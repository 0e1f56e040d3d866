"""One order decides where every command reads exchange rates.

The command line's --rates-dir, else $FIGCHECK_RATES_DIR, else the configuration's
rates-dir (the file found walking up, the path relative to it), else the shipped tables.
"""

import os

import pytest
from helpers import run_figcheck

from figcheck import rates

#: option, environment, configuration -> the directory read ("shipped": figcheck's own).
ORDER = [
    ("opt", "env", "cfg", "opt"),
    (None, "env", "cfg", "env"),
    (None, None, "cfg", "cfg"),
    (None, "env", None, "env"),
    ("opt", None, None, "opt"),
    (None, None, None, "shipped"),
]


@pytest.mark.parametrize("option, env, config, expected", ORDER)
def test_resolve_dir(tmp_path, monkeypatch, option, env, config, expected):
    if env:
        monkeypatch.setenv(rates.ENV_DIR, env)
    else:
        monkeypatch.delenv(rates.ENV_DIR, raising=False)
    found = rates.resolve_dir(option, tmp_path / config if config else None)
    if expected == "shipped":
        assert found == rates.default_dir()
        assert os.path.exists(os.path.join(found, rates.FILENAME))
    elif expected == "cfg":
        assert found == str(tmp_path / "cfg")
    else:
        assert found == expected


STORY = "2023-08-24\n\nThe grant of 15 million yuan, or $2.4 million, was approved.\n"
OTHER = "2023-08-24\n\nThe grant of 15 million yuan was approved on Thursday.\n"


def read_dir(output: str) -> str:
    """The directory a command said it found no rates in, or "shipped" when it found rates."""
    marker = "no rates in "
    if marker not in output:
        return "shipped"
    path = output[output.index(marker) + len(marker) :].split(";")[0].split("\n")[0].strip()
    return os.path.basename(path)


@pytest.mark.parametrize("option, env, config, expected", ORDER)
def test_convert_and_check_read_the_same_directory(tmp_path, option, env, config, expected):
    """Same shell, same configuration: convert and check agree on where the rates are."""
    for name in ("opt", "env", "cfg"):
        (tmp_path / name).mkdir()  # empty: a command reading one says "no rates in <it>"
    if config:
        (tmp_path / ".figcheck.toml").write_text(f'rates-dir = "{config}"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    work = tmp_path / "work"  # the configuration is found walking up from here
    work.mkdir()
    variables = {rates.ENV_DIR: str(tmp_path / env) if env else ""}
    flag = ["--rates-dir", str(tmp_path / option)] if option else []
    convert = run_figcheck("convert", "1", "USD", "CNY", *flag, cwd=work, env=variables)
    check = run_figcheck(
        "check", "--fail-on", "never", "../a.txt", "../b.txt", *flag, cwd=work, env=variables
    )
    assert check.returncode == 0, check.stderr
    assert read_dir(convert.stderr) == read_dir(check.stdout) == expected
    assert ("fx-mismatch" in check.stdout) == (expected == "shipped")
