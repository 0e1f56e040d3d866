"""`figcheck convert` and `figcheck rates` as a user runs them."""

import pytest

from tests.test_cli import run

CSV = "Date,USD,JPY,\n2023-08-25,1.0808,158.04,\n2023-08-24,1.0861,157.75,\n"


@pytest.mark.parametrize(
    "args, expected",
    [
        (
            ["convert", "1000", "USD", "CNY", "--date", "2023-08-24"],
            "1000 USD = 7,281.73 CNY at 7.28173 (ECB rate of 2023-08-24)",
        ),
        (
            ["convert", "1,000", "usd", "jpy", "--date", "2023-08-26"],
            "1000 USD = 145,956.70 JPY at 145.957 (ECB rate of 2023-08-25);"
            " no rate was published on 2023-08-26",
        ),
        (
            ["convert", "2", "EUR", "EUR", "--date", "2023-08-24"],
            "2 EUR = 2.00 EUR at 1 (ECB rate of 2023-08-24)",
        ),
    ],
)
def test_convert(args, expected):
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_convert_defaults_to_the_latest_day_of_a_user_rates_dir(tmp_path):
    (tmp_path / "hist.csv").write_text(CSV)
    rates_dir = str(tmp_path / "mine")
    update = run("rates", "update", "--from", str(tmp_path / "hist.csv"), "--rates-dir", rates_dir)
    assert update.returncode == 0, update.stderr
    assert "2 days from 2023-08-24 to 2023-08-25, 3 currencies" in update.stdout
    result = run("convert", "1", "EUR", "USD", "--rates-dir", rates_dir)
    assert result.stdout.strip() == "1 EUR = 1.08 USD at 1.0808 (ECB rate of 2023-08-25)"


def test_rates_info_of_shipped_rates():
    result = run("rates", "info")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "first day:  1999-01-04" in lines
    assert "  CNY  2005-04-01 to " in result.stdout
    assert any(line.startswith("currencies: ") for line in lines)


@pytest.mark.parametrize(
    "args, message",
    [
        (["convert", "1", "USD", "XYZ"], "unknown currency 'XYZ'"),
        (["convert", "1", "US", "EUR"], "'US' is not a currency code"),
        (["convert", "1.2.3", "USD", "EUR"], "'1.2.3' is not an amount"),
        (["convert", "ten", "USD", "EUR"], "'ten' is not an amount"),
        (["convert", "1", "USD", "EUR", "--date", "2023-13-01"], "not a date"),
        (["convert", "1", "USD", "EUR", "--date", "1990-01-01"], "no USD/EUR rate for 1990-01-01"),
        (["convert", "1", "USD", "EUR", "--rates-dir", "nowhere"], "no rates in nowhere"),
        (["rates", "update", "--from", "missing.zip", "--rates-dir", "r"], "missing.zip: no such"),
        (["rates", "update", "--from", "bad.csv", "--rates-dir", "r"], "bad.csv: line 3 has"),
        (["rates", "update", "--from", "bad.zip", "--rates-dir", "r"], "broken or truncated zip"),
        (["rates", "info", "--rates-dir", "r"], "no rates in r"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, args, message):
    (tmp_path / "bad.csv").write_text(CSV[:-12])
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04truncated")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "r").exists() or not list((tmp_path / "r").iterdir())
