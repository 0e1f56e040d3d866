"""What `figcheck convert` and `figcheck rates` print: text built from figcheck.rates.

Each function takes the rates directory already resolved (figcheck.config.rates_dir).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import MAX_EMAX, MIN_EMIN, Decimal, InvalidOperation, localcontext

from figcheck import rates
from figcheck.errors import InputError

_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+")


def parse_amount(text: str) -> Decimal:
    """ "1,250.50" or "1250.5"; anything else is an input error."""
    cleaned = text.strip().replace("_", "")
    if not _AMOUNT.fullmatch(cleaned):
        raise InputError(f"{text!r} is not an amount (write it like 1250.50 or 1,250.50)")
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise InputError(f"{text!r} is not an amount") from None


def exact_product(a: Decimal, b: Decimal) -> Decimal:
    """``a * b`` with every digit: the default context keeps 28 significant digits and
    silently rounds a longer amount (a 29-digit sum converted lost its last digits)."""
    with localcontext() as context:
        context.prec = max(28, len(a.as_tuple().digits) + len(b.as_tuple().digits))
        context.Emax, context.Emin = MAX_EMAX, MIN_EMIN
        return a * b


def parse_code(text: str) -> str:
    code = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise InputError(f"{text!r} is not a currency code (three letters, e.g. USD)")
    return code


def convert_line(
    amount: str, from_code: str, to_code: str, date: dt.date | None, directory: str
) -> str:
    """ "1000 USD = 7281.73 CNY at 7.28173 (ECB rate of 2023-08-24)"."""
    value = parse_amount(amount)
    base, quote = parse_code(from_code), parse_code(to_code)
    table = rates.RateTable.load(directory)
    found = table.rate(base, quote, date)
    if found is None:
        cover = table.coverage()
        raise InputError(
            f"no {base}/{quote} rate for {date} within {rates.MAX_DAYS_BACK} days"
            f" (rates cover {cover.first} to {cover.last})"
        )
    converted = exact_product(value, Decimal(repr(found.rate)))
    line = (
        f"{value} {base} = {converted:,.2f} {quote} at {found.rate:.6g}"
        f" (ECB rate of {found.date_used})"
    )
    if found.date_used != found.requested:
        line += f"; no rate was published on {found.requested}"
    return line


def info_text(directory: str, today: dt.date | None = None) -> str:
    table = rates.RateTable.load(directory)
    cover = table.coverage()
    age = ((today or dt.date.today()) - cover.last).days
    lines = [
        f"rates:      {table.path}",
        "source:     ECB euro foreign exchange reference rates",
        f"first day:  {cover.first}",
        f"last day:   {cover.last}",
        f"days:       {cover.days}",
        f"currencies: {len(cover.currencies)}",
    ]
    if age > 4:  # beyond a long weekend: documents dated after the last day go unchecked
        lines.insert(4, f"            {age} days old; `figcheck rates update` brings it up to date")
    for code in cover.currencies:
        first, last = table.currency_span(code)
        lines.append(f"  {code}  {first} to {last}")
    return "\n".join(lines) + "\n"


def update_text(source: str | None, directory: str) -> str:
    done = rates.update(source, directory)
    return (
        f"updated {directory}: {done.days} days from {done.first} to {done.last},"
        f" {len(done.currencies)} currencies ({done.added} new day(s))\n"
    )
