"""Exchange-rate lookups from rates/ and rebuilding rates/ from an ECB download."""

import datetime as dt

import pytest

from figcheck import rates
from figcheck.errors import InputError

D = dt.date

# A small ECB-style history: Thursday 2023-08-24 to Monday 2023-08-28 (no weekend rows),
# plus a currency (XAA) that stops being published and one with a gap.
CSV = """Date,USD,JPY,CNY,CYP,ISK,
2023-08-28,1.0812,158.39,7.8846,N/A,142.5,
2023-08-25,1.0808,158.04,7.8782,N/A,N/A,
2023-08-24,1.0861,157.75,7.9087,0.5,142.9,
2023-08-21,1.0899,158.73,7.9408,0.6,143.1,
"""


@pytest.fixture
def table(tmp_path):
    source = tmp_path / "hist.csv"
    source.write_text(CSV, encoding="utf-8")
    rates.update(str(source), str(tmp_path / "rates"))
    return rates.RateTable.load(str(tmp_path / "rates"))


@pytest.mark.parametrize(
    "base, quote, day, rate, used",
    [
        ("EUR", "USD", D(2023, 8, 24), 1.0861, D(2023, 8, 24)),
        ("USD", "EUR", D(2023, 8, 24), 1 / 1.0861, D(2023, 8, 24)),
        ("USD", "CNY", D(2023, 8, 24), 7.9087 / 1.0861, D(2023, 8, 24)),  # cross via EUR
        ("CNY", "JPY", D(2023, 8, 25), 158.04 / 7.8782, D(2023, 8, 25)),
        ("usd", "jpy", D(2023, 8, 26), 158.04 / 1.0808, D(2023, 8, 25)),  # Saturday -> Friday
        ("USD", "JPY", D(2023, 8, 27), 158.04 / 1.0808, D(2023, 8, 25)),  # Sunday -> Friday
        ("USD", "JPY", D(2023, 8, 23), 158.73 / 1.0899, D(2023, 8, 21)),  # gap of two days
        ("ISK", "USD", D(2023, 8, 25), 1.0861 / 142.9, D(2023, 8, 24)),  # ISK missing that day
        ("CYP", "EUR", D(2023, 8, 28), 1 / 0.5, D(2023, 8, 24)),  # last published value
        ("USD", "JPY", None, 158.39 / 1.0812, D(2023, 8, 28)),  # default: latest day
    ],
)
def test_lookup(table, base, quote, day, rate, used):
    found = table.rate(base, quote, day)
    assert found.rate == pytest.approx(rate, rel=1e-12)
    assert found.date_used == used
    assert found.requested == (day or D(2023, 8, 28))


@pytest.mark.parametrize(
    "base, quote, day, days_back",
    [
        ("USD", "JPY", D(2023, 8, 20), 7),  # before the first day
        ("USD", "JPY", D(2023, 8, 29), 7),  # after the last day
        ("USD", "JPY", D(1990, 1, 1), 7),
        ("USD", "JPY", D(2023, 8, 27), 1),  # Sunday, only one day back allowed
        ("CYP", "USD", D(2023, 9, 1), 7),  # CYP's last rate is more than 7 days old
    ],
)
def test_out_of_coverage_is_none(table, base, quote, day, days_back):
    assert table.rate(base, quote, day, days_back=days_back) is None


def test_unknown_currency_is_an_input_error(table):
    with pytest.raises(rates.UnknownCurrency, match="'XYZ'"):
        table.rate("USD", "XYZ", D(2023, 8, 24))


def test_coverage_and_currencies(table):
    cover = table.coverage()
    assert (cover.first, cover.last, cover.days) == (D(2023, 8, 21), D(2023, 8, 28), 4)
    assert cover.currencies == ("CNY", "CYP", "EUR", "ISK", "JPY", "USD")
    assert table.currency_span("CYP") == (D(2023, 8, 21), D(2023, 8, 24))


def test_series_lists_published_days(table):
    days = [q.date_used for q in table.series("USD", "ISK", D(2023, 8, 20), D(2023, 8, 28))]
    assert days == [D(2023, 8, 21), D(2023, 8, 24), D(2023, 8, 28)]


def test_currencies_load_lazily(table):
    table.rate("USD", "JPY", D(2023, 8, 24))
    assert sorted(table._values) == ["JPY", "USD"]


def test_a_file_read_again_gives_the_table_read_before_only_while_its_bytes_are_the_same(
    table, tmp_path
):
    """A server's runs take the table its warm-up checked; a file rewritten meanwhile (by
    ``rates update``) is read and checked afresh."""
    folder = str(tmp_path / "rates")
    assert table.rate("EUR", "USD", D(2023, 8, 28)).rate == 1.0812
    assert rates.RateTable.load(folder) is table
    source = tmp_path / "hist.csv"
    source.write_text(CSV.replace("1.0812", "1.0999"), encoding="utf-8")
    rates.update(str(source), folder)
    rewritten = rates.RateTable.load(folder)
    assert rewritten is not table
    assert rewritten.rate("EUR", "USD", D(2023, 8, 28)).rate == 1.0999
    path = tmp_path / "rates" / rates.FILENAME
    path.write_bytes(path.read_bytes()[:-2])  # cut short: refused, not the table before
    with pytest.raises(InputError):
        rates.RateTable.load(folder).unpack_all()


def test_unpack_all_checks_every_currency(table):
    table.unpack_all()
    assert sorted(table._values) == ["CNY", "CYP", "ISK", "JPY", "USD"]


# Published ECB euro reference rates (facts from the ECB history file), a row per currency and day.
SHIPPED_FACTS = [
    (D(1999, 1, 4), "USD", 1.1789),
    (D(1999, 1, 4), "JPY", 133.73),
    (D(1999, 1, 4), "RUB", None),  # not quoted by the ECB that day
    (D(2008, 10, 15), "TRY", 1.9035),
    (D(2008, 10, 15), "RUB", 35.6145),
    (D(2016, 6, 24), "GBP", 0.8075),
    (D(2016, 6, 24), "CNY", 7.3301),
    (D(2020, 3, 16), "KRW", 1373.34),
    (D(2023, 8, 24), "USD", 1.084),
    (D(2023, 8, 24), "JPY", 157.96),
    (D(2023, 8, 24), "CNY", 7.8934),
]


@pytest.mark.parametrize("day, code, expected", SHIPPED_FACTS)
def test_shipped_rates_hold_the_ecb_reference_rates(day, code, expected):
    shipped = rates.RateTable.load(rates.default_dir())
    found = shipped.rate("EUR", code, day, days_back=0)
    assert (found.rate if found else None) == expected


def test_shipped_rates_start_with_the_euro():
    assert rates.RateTable.load(rates.default_dir()).coverage().first == D(1999, 1, 4)


@pytest.mark.parametrize(
    "content, error",
    [
        (None, "no rates in"),
        (b"", "not a figcheck rates file"),
        (b"FIGRATES" + (2).to_bytes(4, "little") + bytes(8), "rates format 2"),
        (b"FIGRATES" + (1).to_bytes(4, "little") + (5).to_bytes(4, "little") + bytes(4), "trunc"),
    ],
)
def test_load_bad_rates_dir(tmp_path, content, error):
    if content is not None:
        (tmp_path / rates.FILENAME).write_bytes(content)
    with pytest.raises(InputError, match=error):
        rates.RateTable.load(str(tmp_path))
