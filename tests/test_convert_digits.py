"""`figcheck convert` keeps every digit of a long amount (issue 17: it rounded past 28)."""

from decimal import Decimal

import pytest

from figcheck.rates_cli import exact_product
from tests.test_cli import run


@pytest.mark.parametrize(
    "a, b, product",
    [
        ("12345678901234567890123456789", "1", "12345678901234567890123456789"),
        ("99999999999999999999999999999.99", "1.084", "108399999999999999999999999999.98916"),
        ("1" + "0" * 60, "1.084", "1084" + "0" * 57),
        ("0.000000000000000000000000000001", "7.28173", "7.28173E-30"),
        ("-12345678901234567890123456789.5", "2", "-24691357802469135780246913579.0"),
        ("1.5", "2", "3.0"),
    ],
)
def test_exact_product(a, b, product):
    assert exact_product(Decimal(a), Decimal(b)) == Decimal(product)


@pytest.mark.parametrize(
    "amount, to_code, converted",
    [
        ("12345678901234567890123456789", "EUR", "12,345,678,901,234,567,890,123,456,789.00"),
        (
            "99,999,999,999,999,999,999,999,999,999.99",
            "USD",
            "108,399,999,999,999,999,999,999,999,999.99",
        ),
        ("1" + "0" * 39, "USD", "1,084" + ",000" * 12 + ".00"),
        ("1000", "USD", "1,084.00"),
    ],
)
def test_convert_keeps_every_digit(amount, to_code, converted):
    result = run("convert", amount, "EUR", to_code, "--date", "2023-08-24")
    assert result.returncode == 0, result.stderr
    assert f" EUR = {converted} {to_code} at " in result.stdout
