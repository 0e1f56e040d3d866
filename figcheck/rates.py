"""Historical exchange rates: the ECB's daily euro reference rates, looked up fast.

The rates live in one binary file, ``rates/ecb-rates.bin`` (format below), so a
lookup in a fresh process reads one small file (under 1 MB, about a millisecond),
checks its header, and unpacks only the two currencies it needs, not a 2 MB CSV.
Cross rates go through the euro, as the ECB publishes them. A weekend or holiday
uses the last day published before it, at most ``MAX_DAYS_BACK`` days back; the
answer says which day was used.

File format (all integers little-endian)::

    b"FIGRATES", u32 version, u32 number of days, u32 number of currencies
    per currency: 4 bytes code (ASCII, space padded), u32 first day index,
                  u32 count, u32 byte offset of its values
    i32[number of days]: the publication days as date ordinals, ascending
    per currency: i32[count]: rate per euro, packed as mantissa * 8 + decimals
                  (value = mantissa / 10**decimals), 0 where none was published
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import namedtuple

from figcheck.errors import InputError

FILENAME = "ecb-rates.bin"
MAGIC = b"FIGRATES"
VERSION = 1
#: How far back a weekend or holiday may reach for the last published rate.
MAX_DAYS_BACK = 7
#: The environment variable that points figcheck at another rates directory
#: (resolve_dir says what wins over what).
ENV_DIR = "FIGCHECK_RATES_DIR"
_HEAD = struct.Struct("<8sIII")
_ENTRY = struct.Struct("<4sIII")
_MANTISSA_MAX = (2**31 - 1) >> 3
_LAST_ORDINAL = dt.date.max.toordinal()


# Records are named tuples, not dataclasses: importing dataclasses alone costs ~10 ms,
# half the budget of a lookup in a fresh process.
class Quote(namedtuple("Quote", "base quote rate date_used requested")):
    """How many units of ``quote`` one unit of ``base`` bought, on ``date_used``."""

    __slots__ = ()


class Coverage(namedtuple("Coverage", "first last days currencies")):
    """The first and last day with rates, how many days, and the currency codes."""

    __slots__ = ()


class UnknownCurrency(InputError):
    """A currency code the rates do not cover."""


def _ints(data: bytes) -> array:
    values = array("i")
    if values.itemsize != 4:  # pragma: no cover - no mainstream platform
        raise RuntimeError("array('i') is not 32-bit here")
    values.frombytes(data)
    if sys.byteorder == "big":  # pragma: no cover
        values.byteswap()
    return values


def _check_days(path: str, days: array) -> None:
    """Publication days must be real dates, strictly ascending."""
    if days[0] < 1 or days[-1] > _LAST_ORDINAL:
        raise InputError(f"{path}: corrupt rates file (a day outside the calendar)")
    if any(earlier >= later for earlier, later in zip(days, days[1:], strict=False)):
        raise InputError(f"{path}: corrupt rates file (days out of order)")


def _entries(
    path: str, table: bytes, ndays: int, values_at: int, size: int
) -> dict[str, tuple[int, int, int]]:
    """Currency code -> (first day index, count, byte offset), each checked against the file."""
    entries: dict[str, tuple[int, int, int]] = {}
    for raw, first, count, offset in _ENTRY.iter_unpack(table):
        if not (raw[:3].isalpha() and raw[:3].isupper() and raw[3:] == b" " and raw.isascii()):
            raise InputError(f"{path}: corrupt rates file (currency code {raw!r})")
        code = raw[:3].decode("ascii")
        if code in entries or code == "EUR":
            raise InputError(f"{path}: corrupt rates file ({code} listed twice)")
        if not count or first + count > ndays:
            raise InputError(f"{path}: corrupt rates file ({code}: {count} rates from day {first})")
        if offset < values_at or offset + 4 * count > size:
            raise InputError(f"{path}: truncated rates file ({code})")
        entries[code] = (first, count, offset)
    return entries


def _check_values(path: str, code: str, values: array) -> None:
    """Packed rates are 0 (none published) or a positive mantissa with its decimals."""
    if min(values) < 0 or not set(range(1, 8)).isdisjoint(values) or not any(values):
        raise InputError(f"{path}: corrupt rates file ({code}: a zero, negative or no rate)")


def _unpack(packed: int) -> float:
    return (packed >> 3) / 10 ** (packed & 7)


#: The table last read from each file. A file read again holding the same bytes gives it
#: back, with its checks and the series it has unpacked: the runs of a server (forked
#: after its warm-up read the shipped table) do not check 27 years of rates each.
_read_before: dict[str, RateTable] = {}


class RateTable:
    """The rates in one file, read whole and checked; each currency's values are unpacked
    (and checked) on first use."""

    def __init__(self, path: str, days: array, entries: dict[str, tuple[int, int, int]], data=b""):
        self.path = path
        self._days = days
        self._entries = entries
        #: The whole file, read once: ``rates update`` renaming a new file over it
        #: meanwhile cannot mix two tables' offsets.
        self._data = data
        self._values: dict[str, array] = {}
        #: Answers of ``rate`` already given: a run asks for the same day many times.
        self._quotes: dict[tuple, Quote | None] = {}

    @classmethod
    def load(cls, directory: str | None = None) -> RateTable:
        """Open the rates in ``directory`` (default: the shipped ones, :func:`default_dir`).

        The header, the days and every currency's entry are checked here, so a corrupt
        table is one line of error, never a crash (or a wrong rate) later.
        """
        path = os.path.join(directory or default_dir(), FILENAME)
        try:
            with open(path, "rb") as file:
                data = file.read()
        except FileNotFoundError:
            raise InputError(
                f"no rates in {os.path.dirname(path)}; run `figcheck rates update --from FILE`"
            ) from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        known = _read_before.get(path)
        if type(known) is cls and known._data == data:
            return known  # the very bytes, checked before (a server's warm-up read them)
        if len(data) < _HEAD.size or data[:8] != MAGIC:
            raise InputError(f"{path}: not a figcheck rates file")
        _, version, ndays, ncur = _HEAD.unpack_from(data)
        if version != VERSION:
            raise InputError(f"{path}: rates format {version}, expected {VERSION}")
        days_at = _HEAD.size + _ENTRY.size * ncur
        values_at = days_at + 4 * ndays
        if values_at > len(data) or not ndays:
            raise InputError(f"{path}: truncated rates file")
        days = _ints(data[days_at:values_at])
        _check_days(path, days)
        entries = _entries(path, data[_HEAD.size : days_at], ndays, values_at, len(data))
        table = cls(path, days, entries, data)
        _read_before[path] = table
        return table

    def unpack_all(self) -> None:
        """Unpack and check every currency's rates now: a server does it once for its runs
        (``RateTable.load`` gives its children this very table). InputError if corrupt."""
        for code in self._entries:
            self._series(code)

    def currencies(self) -> tuple[str, ...]:
        """Every currency code with a rate, EUR included."""
        return tuple(sorted({"EUR", *self._entries}))

    def covers(self, code: str) -> bool:
        return code == "EUR" or code in self._entries

    def coverage(self) -> Coverage:
        first = dt.date.fromordinal(self._days[0])
        last = dt.date.fromordinal(self._days[-1])
        return Coverage(first, last, len(self._days), self.currencies())

    def currency_span(self, code: str) -> tuple[dt.date, dt.date]:
        """The first and last day a currency was published."""
        if code == "EUR":
            return self.coverage().first, self.coverage().last
        self._check(code)
        first = self._entries[code][0]
        used = [i for i, value in enumerate(self._series(code)) if value]
        start, end = used[0], used[-1]
        return (
            dt.date.fromordinal(self._days[first + start]),
            dt.date.fromordinal(self._days[first + end]),
        )

    def latest(self) -> dt.date:
        return dt.date.fromordinal(self._days[-1])

    def rate(
        self, base: str, quote: str, date: dt.date | None = None, days_back: int = MAX_DAYS_BACK
    ) -> Quote | None:
        """The rate on ``date`` (default: the latest day), or None outside the coverage.

        A day without a rate for both currencies falls back to the last day
        before it that has one, at most ``days_back`` days earlier.
        """
        key = (base, quote, date, days_back)
        if key not in self._quotes:
            self._quotes[key] = self._rate(base, quote, date, days_back)
        return self._quotes[key]

    def _rate(self, base: str, quote: str, date: dt.date | None, days_back: int) -> Quote | None:
        base, quote = base.upper(), quote.upper()
        self._check(base)
        self._check(quote)
        requested = date or self.latest()
        day = requested.toordinal()
        if day > self._days[-1]:
            return None
        index = bisect_right(self._days, day) - 1
        while index >= 0 and self._days[index] >= day - days_back:
            value = self._cross(base, quote, index)
            if value is not None:
                return Quote(base, quote, value, dt.date.fromordinal(self._days[index]), requested)
            index -= 1
        return None

    def series(self, base: str, quote: str, start: dt.date, end: dt.date) -> list[Quote]:
        """Every published rate from ``start`` to ``end`` inclusive."""
        base, quote = base.upper(), quote.upper()
        self._check(base)
        self._check(quote)
        low = bisect_left(self._days, start.toordinal())
        high = bisect_right(self._days, end.toordinal())
        quotes = []
        for index in range(low, high):
            value = self._cross(base, quote, index)
            if value is not None:
                day = dt.date.fromordinal(self._days[index])
                quotes.append(Quote(base, quote, value, day, day))
        return quotes

    def series_back(self, base: str, quote: str, end: dt.date, days: int) -> list[Quote]:
        """Every published rate in the ``days`` days up to ``end``, clamped to the calendar.

        ``end - timedelta(days)`` overflows before year 1 (``--date 0001-01-01``); the
        table's days are ordinals, so the window is cut there instead.
        """
        start = dt.date.fromordinal(max(1, end.toordinal() - max(0, days)))
        return self.series(base, quote, start, end)

    def _check(self, code: str) -> None:
        if not self.covers(code):
            raise UnknownCurrency(f"unknown currency {code!r} (no ECB reference rate)")

    def _series(self, code: str) -> array:
        values = self._values.get(code)
        if values is None:
            _, count, offset = self._entries[code]
            values = _ints(self._data[offset : offset + 4 * count])
            _check_values(self.path, code, values)
            self._values[code] = values
        return values

    def _per_euro(self, code: str, index: int) -> float | None:
        if code == "EUR":
            return 1.0
        first, count, _ = self._entries[code]
        if not first <= index < first + count:
            return None
        packed = self._series(code)[index - first]
        return _unpack(packed) if packed else None

    def _cross(self, base: str, quote: str, index: int) -> float | None:
        base_rate = self._per_euro(base, index)
        quote_rate = self._per_euro(quote, index)
        if base_rate is None or quote_rate is None:
            return None
        return quote_rate / base_rate


def resolve_dir(option: str | None = None, configured: os.PathLike | str | None = None) -> str:
    """Where every command reads exchange rates: the one order, documented in the README.

    The command line's ``--rates-dir``, else ``$FIGCHECK_RATES_DIR``, else the
    configuration's ``rates-dir`` (``configured``, already relative to its file),
    else the shipped tables.
    """
    if option:
        return option
    if os.environ.get(ENV_DIR):
        return os.environ[ENV_DIR]
    if configured is not None:
        return str(configured)
    return default_dir()


def default_dir() -> str:
    """Where the rates shipped with figcheck are.

    A checkout or editable install has them in ``rates/`` beside the package; a
    wheel installs them as data files under ``<prefix>/share/figcheck/rates``.
    Which directory a command reads (``--rates-dir``, ``$FIGCHECK_RATES_DIR``, the
    configuration, these) is decided in one place: :func:`resolve_dir`.
    """
    beside = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rates")
    if os.path.exists(os.path.join(beside, FILENAME)):
        return beside
    import site
    import sysconfig

    for prefix in (sysconfig.get_path("data"), site.getuserbase(), sys.prefix):
        shared = os.path.join(prefix, "share", "figcheck", "rates")
        if os.path.exists(os.path.join(shared, FILENAME)):
            return shared
    return beside


def last_day(directory: str | None = None) -> dt.date:
    """The last day the rates in ``directory`` cover (default: see :func:`default_dir`).

    A document dated after it cannot have its conversions checked; the caller
    can say so, naming this day and ``figcheck rates update``.
    """
    return RateTable.load(directory).latest()


# --- building the file from the ECB's downloads ---------------------------------------

#: Where the ECB publishes the reference rates; $FIGCHECK_RATES_URL names another place.
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/"
ENV_URL = "FIGCHECK_RATES_URL"
#: The ECB's files: today's rates, the last 90 days, every day since 1999.
DAILY, LAST_90_DAYS, HISTORY = "eurofxref.zip", "eurofxref-hist-90d.xml", "eurofxref-hist.zip"
#: Seconds a download may wait on the server; offline, the answer comes at once.
DOWNLOAD_TIMEOUT = 15
_DOWNLOAD_MAX = 64 * 2**20
#: The euro's first day: no reference rate is older.
FIRST_DAY = dt.date(1999, 1, 4)
#: A rate as the ECB writes it: at most 7 digits before the point and 6 after.
_RATE = r"\d{1,7}(?:\.\d{1,6})?"


class Updated(namedtuple("Updated", "first last days currencies added")):
    """The coverage after an update, and how many days it added."""

    __slots__ = ()


def read_ecb(path: str) -> dict[dt.date, dict[str, str]]:
    """Day -> currency -> rate as published, from any ECB rates file (see :func:`parse_ecb`)."""
    from figcheck.document import read_bytes

    return parse_ecb(read_bytes(path), path)


def parse_ecb(data: bytes, name: str) -> dict[dt.date, dict[str, str]]:
    """The ECB's CSV (daily or history) or XML (daily, 90 days, history), zipped or not.

    Every cell is checked before anything is returned: a truncated or altered
    download fails as a whole, with one line naming where.
    """
    if data.startswith(b"PK"):
        data = _unzip(data, name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not an ECB rates CSV or XML file (not UTF-8 text)") from None
    if text.lstrip().startswith("<"):
        return parse_ecb_xml(text, name)
    return parse_ecb_csv(text, name)


def _unzip(data: bytes, name: str) -> bytes:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith((".csv", ".xml"))]
            if len(names) != 1:
                raise InputError(
                    f"{name}: expected one .csv or .xml in the zip, found {len(names)}"
                )
            if archive.getinfo(names[0]).file_size > _DOWNLOAD_MAX:
                raise InputError(f"{name}: the file in the zip is too large for ECB rates")
            return archive.read(names[0])
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile, ValueError) as exc:
        raise InputError(f"{name}: broken or truncated zip ({exc})") from None


def parse_ecb_csv(text: str, name: str) -> dict[dt.date, dict[str, str]]:
    """The CSV files: a ``Date`` column, then one column per currency, a trailing comma."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{name}: empty file")
    header = [cell.strip() for cell in lines[0].split(",")]
    if header[-1] == "":
        header.pop()
    if not header or header[0] != "Date" or len(header) < 2:
        raise InputError(f"{name}: not an ECB rates CSV (first column is not Date)")
    codes = header[1:]
    for code in codes:
        _check_code(code, f"{name}: not an ECB rates CSV (bad currency column {code!r})")
    rows: dict[dt.date, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        cells = [cell.strip() for cell in line.split(",")]
        if len(cells) == len(codes) + 2 and cells[-1] == "":
            cells.pop()
        if len(cells) != len(codes) + 1:
            raise InputError(
                f"{name}: line {number} has {len(cells) - 1} rates, expected {len(codes)}"
                " (truncated file?)"
            )
        where = f"{name}: line {number}"
        _add(rows, _day(cells[0], where), zip(codes, cells[1:], strict=True), where)
    if not rows:
        raise InputError(f"{name}: no rates in the file")
    return rows


def parse_ecb_xml(text: str, name: str) -> dict[dt.date, dict[str, str]]:
    """The XML files: ``<Cube time="…">`` per day holding ``<Cube currency=… rate=…/>``."""
    import xml.etree.ElementTree as ET

    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise InputError(f"{name}: not an ECB rates XML file (it declares a DOCTYPE)")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError(f"{name}: broken or truncated XML ({exc})") from None
    days = [cube for cube in root.iter() if _local(cube.tag) == "Cube" and "time" in cube.attrib]
    if _local(root.tag) != "Envelope":
        raise InputError(f"{name}: not an ECB rates XML file (no gesmes:Envelope)")
    rows: dict[dt.date, dict[str, str]] = {}
    for cube in days:
        where = f"{name}: day {cube.get('time')!r}"
        cells = [(item.get("currency", ""), item.get("rate", "")) for item in cube]
        for code, _ in cells:
            _check_code(code, f"{where}: bad currency {code!r}")
        if len({code for code, _ in cells}) != len(cells):
            raise InputError(f"{where}: a currency appears twice")
        _add(rows, _day(cube.get("time", ""), where), cells, where)
    if not rows:
        raise InputError(f"{name}: no rates in the file")
    return rows


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_code(code: str, error: str) -> None:
    if len(code) != 3 or not code.isascii() or not code.isalpha() or not code.isupper():
        raise InputError(error)


def _add(rows: dict, day: dt.date, cells, where: str) -> None:
    """Check a day's cells and keep its published rates (N/A and blanks are no rate)."""
    import re

    if day in rows:
        raise InputError(f"{where}: date {day} appears twice")
    kept = {}
    for code, cell in cells:
        if cell in ("N/A", ""):
            continue
        if not re.fullmatch(_RATE, cell) or not float(cell) > 0:
            shown = cell if len(cell) <= 24 else cell[:20] + "…"
            raise InputError(f"{where}: bad rate {shown!r}")
        kept[code] = cell
    rows[day] = kept


def _day(cell: str, where: str) -> dt.date:
    """An ISO day (history files, XML) or "27 November 2026" (the daily CSV)."""
    import re

    day = None
    try:
        day = dt.date.fromisoformat(cell) if re.fullmatch(r"\d{4}-\d\d-\d\d", cell) else None
    except ValueError:
        pass
    written = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", cell)
    if written:
        from figcheck.lang.en import MONTHS

        month = MONTHS.get(written.group(2).lower())
        try:
            day = dt.date(int(written.group(3)), month, int(written.group(1))) if month else None
        except ValueError:
            day = None
    if day is None or not FIRST_DAY <= day <= dt.date.today() + dt.timedelta(days=1):
        raise InputError(f"{where}: bad date {cell!r}")
    return day


def _pack(cell: str) -> int:
    whole, _, fraction = cell.partition(".")
    fraction = fraction.rstrip("0")
    mantissa, decimals = int(whole + fraction), len(fraction)
    while mantissa > _MANTISSA_MAX and decimals > 0:  # more digits than any ECB rate has
        mantissa, decimals = round(mantissa / 10), decimals - 1
    if not 0 < mantissa <= _MANTISSA_MAX:
        raise InputError(f"rate {cell!r} does not fit the rates file")
    return mantissa << 3 | decimals


def _unpack_text(packed: int) -> str:
    """A stored rate back as the digits it was published with."""
    mantissa, decimals = packed >> 3, packed & 7
    digits = str(mantissa).rjust(decimals + 1, "0")
    return f"{digits[:-decimals]}.{digits[-decimals:]}" if decimals else digits


def table_rows(table: RateTable) -> dict[dt.date, dict[str, str]]:
    """Every day and rate of a table, as :func:`parse_ecb` gives them (to merge into)."""
    days = [dt.date.fromordinal(day) for day in table._days]
    rows: dict[dt.date, dict[str, str]] = {day: {} for day in days}
    for code, (first, count, _) in table._entries.items():
        if first + count > len(days):
            raise InputError(f"{table.path}: {code} has rates past the last day (corrupt file)")
        for index, packed in enumerate(table._series(code)):
            if packed:
                rows[days[first + index]][code] = _unpack_text(packed)
    return rows


def merge(old: dict, new: dict) -> dict[dt.date, dict[str, str]]:
    """Every day of both; on a day in both, the new file's rates win and the old fill gaps."""
    return {day: {**old.get(day, {}), **new.get(day, {})} for day in sorted(old.keys() | new)}


def encode(rows: dict[dt.date, dict[str, str]]) -> bytes:
    """The rates file for days of rates (currencies in code order)."""
    order = sorted(rows)
    days = array("i", (day.toordinal() for day in order))
    blocks: list[tuple[str, int, array]] = []
    for code in sorted({code for cells in rows.values() for code in cells}):
        packed = [_pack(rows[day][code]) if code in rows[day] else 0 for day in order]
        used = [i for i, value in enumerate(packed) if value]
        blocks.append((code, used[0], array("i", packed[used[0] : used[-1] + 1])))
    if sys.byteorder == "big":  # pragma: no cover
        days.byteswap()
        for _, _, values in blocks:
            values.byteswap()
    offset = _HEAD.size + _ENTRY.size * len(blocks) + 4 * len(days)
    parts = [_HEAD.pack(MAGIC, VERSION, len(days), len(blocks))]
    for code, first, values in blocks:
        parts.append(_ENTRY.pack(code.encode("ascii").ljust(4), first, len(values), offset))
        offset += 4 * len(values)
    parts.append(days.tobytes())
    parts.extend(values.tobytes() for _, _, values in blocks)
    return b"".join(parts)


def download(last: dt.date | None, fetch=None) -> tuple[str, bytes]:
    """The ECB file that brings the table up to date: the last 90 days when they reach
    back to its last day, else the whole history. ``fetch(url, timeout)`` is urllib's."""
    name = LAST_90_DAYS if last and (dt.date.today() - last).days < 85 else HISTORY
    url = os.environ.get(ENV_URL, ECB_URL).rstrip("/") + "/" + name
    try:
        data = (fetch or _fetch)(url, DOWNLOAD_TIMEOUT)
    except (OSError, ValueError) as exc:  # URLError, timeouts and refused connections are OSError
        reason = getattr(exc, "reason", None) or exc.strerror or exc
        raise InputError(
            f"cannot download {url} ({reason}); offline? get the file elsewhere and run"
            " `figcheck rates update --from FILE`"
        ) from None
    return url, data


def _fetch(url: str, timeout: float) -> bytes:
    from urllib.request import urlopen

    with urlopen(url, timeout=timeout) as response:  # noqa: S310 - a fixed https URL or the user's
        data = response.read(_DOWNLOAD_MAX + 1)
    if len(data) > _DOWNLOAD_MAX:
        raise ValueError("larger than any ECB rates file")
    return data


def _existing_rows(target: str) -> dict[dt.date, dict[str, str]]:
    """The table already in ``target`` (none yet: empty); a table figcheck cannot read stops
    the update, since replacing it could drop days."""
    if not os.path.exists(os.path.join(target, FILENAME)):
        return {}
    try:
        return table_rows(RateTable.load(target))
    except InputError as exc:
        raise InputError(
            f"{exc}; not merging into it (move it away to build the rates afresh)"
        ) from None


def update(source: str | None, directory: str | None = None, fetch=None) -> Updated:
    """Merge an ECB file (``source``, or a download when None) into the rates, atomically.

    No day already in the table is dropped. Everything is read and checked before
    anything is written, and the new file is renamed over the old one, so a bad
    download or an interrupted update leaves the old rates as they were.
    """
    target = directory or default_dir()
    if os.path.exists(target) and not os.path.isdir(target):
        raise InputError(f"{target}: not a directory; --rates-dir names the folder for the rates")
    old = _existing_rows(target)
    if source is None:
        url, data = download(max(old) if old else None, fetch)
        new = parse_ecb(data, url)
    else:
        new = read_ecb(source)
    merged = merge(old, new)
    _write(target, encode(merged))
    cover = RateTable.load(target).coverage()
    return Updated(*cover, added=len(merged) - len(old))


def _write(target: str, data: bytes) -> None:
    import tempfile

    try:
        os.makedirs(target, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".ecb-rates-", suffix=".tmp", dir=target)
    except OSError as exc:
        # A file where the directory should be, or a folder we may not write in.
        raise InputError(f"{target}: cannot write rates here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)  # mkstemp makes it private; rates are not secret
        os.replace(temp, os.path.join(target, FILENAME))
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
