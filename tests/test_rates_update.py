"""`rates update`: any of the ECB's files merged into the tables, checked first, written atomically.

The ECB publishes the reference rates as a daily CSV (in a zip, dated like
"27 November 2026"), a full-history CSV (in a zip) and XML files for the day, the
last 90 days and the history. Every file here is built by the test in that
shape; no test reads a package's bundled data.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import os
import threading
import zipfile
from functools import partial

import pytest
from helpers import run_figcheck

from figcheck import rates
from figcheck.errors import InputError

D = dt.date
XMLNS = (
    'xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"'
    ' xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"'
)


def history_csv(rows: dict[dt.date, dict[str, str]], codes: list[str]) -> str:
    """The history CSV: ISO dates, newest first, N/A where no rate, a trailing comma."""
    lines = ["Date," + ",".join(codes) + ","]
    for day in sorted(rows, reverse=True):
        lines.append(f"{day}," + ",".join(rows[day].get(c, "N/A") for c in codes) + ",")
    return "\n".join(lines) + "\n"


def daily_csv(day: dt.date, cells: dict[str, str]) -> str:
    """The daily CSV: "27 November 2026", a space after each comma."""
    written = f"{day.day} {day.strftime('%B')} {day.year}"
    return (
        "Date, " + ", ".join(cells) + ", \n" + written + ", " + ", ".join(cells.values()) + ", \n"
    )


def ecb_xml(rows: dict[dt.date, dict[str, str]]) -> str:
    """The XML files (daily, 90 days, history): one Cube per day, newest first."""
    days = []
    for day in sorted(rows, reverse=True):
        items = "".join(f"<Cube currency='{c}' rate='{r}'/>" for c, r in rows[day].items())
        days.append(f"<Cube time='{day}'>{items}</Cube>")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<gesmes:Envelope {XMLNS}>'
        "<gesmes:subject>Reference rates</gesmes:subject>"
        "<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>"
        f"<Cube>{''.join(days)}</Cube></gesmes:Envelope>\n"
    )


def zipped(text: str, name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


OLD = {
    D(2023, 8, 21): {"USD": "1.0899", "JPY": "158.73", "CYP": "0.6"},
    D(2023, 8, 24): {"USD": "1.0861", "JPY": "157.75", "CYP": "0.5"},
    D(2023, 8, 25): {"USD": "1.0808", "JPY": "158.04"},
}
NEW_DAY = D(2026, 11, 27)
DAILY = {"USD": "1.0412", "JPY": "161.2", "IDR": "17521.73"}


@pytest.fixture
def rates_dir(tmp_path):
    """A table of three days, as a previous update left it."""
    (tmp_path / "old.csv").write_text(history_csv(OLD, ["USD", "JPY", "CYP"]))
    target = tmp_path / "rates"
    rates.update(str(tmp_path / "old.csv"), str(target))
    return target


def _table(directory) -> dict:
    return rates.table_rows(rates.RateTable.load(str(directory)))


FILES = {
    "daily csv": ("eurofxref.csv", daily_csv(NEW_DAY, DAILY).encode()),
    "daily zip": ("eurofxref.zip", zipped(daily_csv(NEW_DAY, DAILY), "eurofxref.csv")),
    "daily xml": ("eurofxref-daily.xml", ecb_xml({NEW_DAY: DAILY}).encode()),
    "90-day xml": (
        "eurofxref-hist-90d.xml",
        ecb_xml({D(2026, 11, 26): {"USD": "1.04"}, NEW_DAY: DAILY}).encode(),
    ),
    "90-day xml zipped": (
        "hist90.zip",
        zipped(ecb_xml({D(2026, 11, 26): {"USD": "1.04"}, NEW_DAY: DAILY}), "hist-90d.xml"),
    ),
    "history csv": (
        "eurofxref-hist.csv",
        history_csv({D(2026, 11, 26): {"USD": "1.04"}, NEW_DAY: DAILY}, ["USD", "JPY", "IDR"]),
    ),
    "history zip": (
        "eurofxref-hist.zip",
        zipped(
            history_csv({D(2026, 11, 26): {"USD": "1.04"}, NEW_DAY: DAILY}, ["USD", "JPY", "IDR"]),
            "eurofxref-hist.csv",
        ),
    ),
}


@pytest.mark.parametrize("kind", FILES)
def test_every_ecb_file_is_read(kind):
    name, content = FILES[kind]
    data = content if isinstance(content, bytes) else content.encode()
    rows = rates.parse_ecb(data, name)
    assert rows[NEW_DAY] == DAILY
    assert set(rows) <= {D(2026, 11, 26), NEW_DAY}
    if D(2026, 11, 26) in rows:
        assert rows[D(2026, 11, 26)] == {"USD": "1.04"}  # N/A and absent are no rate


@pytest.mark.parametrize("kind", FILES)
def test_an_update_merges_and_never_drops_a_day(rates_dir, tmp_path, kind):
    name, content = FILES[kind]
    source = tmp_path / name
    source.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = _table(rates_dir)
    done = rates.update(str(source), str(rates_dir))
    after = _table(rates_dir)
    new_days = set(after) - set(before)
    assert {day: after[day] for day in before} == before  # every old day and rate kept
    assert after[NEW_DAY] == DAILY
    assert done.added == len(new_days) == len(rates.parse_ecb(source.read_bytes(), name))
    assert (done.first, done.last) == (D(2023, 8, 21), NEW_DAY)
    assert rates.last_day(str(rates_dir)) == NEW_DAY


def test_a_one_day_file_adds_one_day(rates_dir, tmp_path):
    (tmp_path / "eurofxref.csv").write_text(daily_csv(NEW_DAY, DAILY))
    done = rates.update(str(tmp_path / "eurofxref.csv"), str(rates_dir))
    assert (done.days, done.added) == (4, 1)
    table = rates.RateTable.load(str(rates_dir))
    assert table.rate("USD", "JPY", D(2023, 8, 24)).rate == pytest.approx(157.75 / 1.0861)
    assert table.rate("EUR", "IDR", NEW_DAY).rate == pytest.approx(17521.73)


def test_on_a_day_in_both_the_new_file_wins_and_the_old_fills_gaps(rates_dir, tmp_path):
    corrected = {D(2023, 8, 24): {"USD": "1.0862", "GBP": "0.8575"}}
    (tmp_path / "fix.xml").write_text(ecb_xml(corrected))
    done = rates.update(str(tmp_path / "fix.xml"), str(rates_dir))
    assert done.added == 0
    assert _table(rates_dir)[D(2023, 8, 24)] == {
        "USD": "1.0862", "JPY": "157.75", "CYP": "0.5", "GBP": "0.8575",
    }  # fmt: skip


def test_running_the_same_update_twice_changes_nothing(rates_dir, tmp_path):
    (tmp_path / "d.csv").write_text(daily_csv(NEW_DAY, DAILY))
    rates.update(str(tmp_path / "d.csv"), str(rates_dir))
    first = (rates_dir / rates.FILENAME).read_bytes()
    again = rates.update(str(tmp_path / "d.csv"), str(rates_dir))
    assert again.added == 0 and (rates_dir / rates.FILENAME).read_bytes() == first


def test_the_shipped_history_survives_a_rewrite_unchanged(tmp_path):
    shipped = rates.RateTable.load(rates.default_dir())
    rows = rates.table_rows(shipped)
    (tmp_path / rates.FILENAME).write_bytes(rates.encode(rows))
    assert rates.table_rows(rates.RateTable.load(str(tmp_path))) == rows
    assert len(rows) == shipped.coverage().days


CUT = daily_csv(NEW_DAY, DAILY)


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("d.csv", "Date,USD\n2026-11-27,inf\n", "bad rate 'inf'"),
        ("d.csv", "Date,USD\n2026-11-27,nan\n", "bad rate 'nan'"),
        ("d.csv", "Date,USD\n2026-11-27,1e5\n", "bad rate '1e5'"),
        ("d.csv", "Date,USD\n2026-11-27,-1.08\n", "bad rate '-1.08'"),
        ("d.csv", "Date,USD\n2026-11-27,0.0000\n", "bad rate '0.0000'"),
        ("d.csv", "Date,USD\n2026-11-27,1 08\n", "bad rate '1 08'"),
        ("d.csv", "Date,USD\n2026-11-27," + "9" * 400 + "\n", "bad rate '99999999999999999999…'"),
        (
            "d.csv",
            "Date,USD\n2026-11-27,0." + "1" * 5000 + "\n",
            "bad rate '0.111111111111111111…'",
        ),
        ("d.csv", "Date,USD\n2026-11-27,12345678901\n", "bad rate '12345678901'"),
        ("d.csv", "Date,USD,JPY\n2026-11-27,1.04,161.2\n2026-11-26,1.03\n", "line 3 has 1 rates"),
        ("d.csv", CUT[: CUT.index("161") + 2], "line 2 has 2 rates, expected 3"),
        ("d.csv", "Date,USD\n27 Novembre 2026,1.04\n", "bad date '27 Novembre 2026'"),
        ("d.csv", "Date,USD\n31 November 2026,1.04\n", "bad date '31 November 2026'"),
        ("d.csv", "Date,USD\n1998-12-31,1.04\n", "bad date '1998-12-31'"),  # before the euro
        ("d.csv", "Date,USD\n2126-11-27,1.04\n", "bad date '2126-11-27'"),  # not yet published
        ("d.csv", "Date,USD\n2026-11-27,1.04\n27 November 2026,1.05\n", "appears twice"),
        ("d.csv", "Date,US$\n2026-11-27,1.04\n", "bad currency column 'US$'"),
        ("d.xml", ecb_xml({NEW_DAY: DAILY})[:-40], "broken or truncated XML"),
        ("d.xml", ecb_xml({NEW_DAY: {"USD": "inf"}}), "bad rate 'inf'"),
        ("d.xml", ecb_xml({NEW_DAY: {"usd": "1.04"}}), "bad currency 'usd'"),
        ("d.xml", ecb_xml({}), "no rates in the file"),
        ("d.xml", "<rates><Cube time='2026-11-27'/></rates>", "no gesmes:Envelope"),
        ("d.xml", '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "declares a DOCTYPE"),
        ("d.zip", zipped(CUT, "eurofxref.csv")[:60], "broken or truncated zip"),
        ("d.zip", zipped("x", "readme.txt"), "expected one .csv or .xml in the zip, found 0"),
        ("d.csv", b"\xff\xfe\x00garbage", "not UTF-8"),
        ("d.csv", "", "empty file"),
    ],
)
def test_bad_files_are_refused_and_the_tables_untouched(rates_dir, tmp_path, name, content, error):
    source = tmp_path / name
    source.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = (rates_dir / rates.FILENAME).read_bytes()
    with pytest.raises(InputError, match=f"^{source}.*{_escape(error)}"):
        rates.update(str(source), str(rates_dir))
    assert (rates_dir / rates.FILENAME).read_bytes() == before
    assert os.listdir(rates_dir) == [rates.FILENAME]  # no temp file left behind


def _escape(text: str) -> str:
    import re

    return re.escape(text)


def test_an_unreadable_table_is_not_merged_into(tmp_path):
    target = tmp_path / "rates"
    target.mkdir()
    (target / rates.FILENAME).write_bytes(b"FIGRATES but not really")
    (tmp_path / "d.csv").write_text(daily_csv(NEW_DAY, DAILY))
    with pytest.raises(InputError, match="not merging into it"):
        rates.update(str(tmp_path / "d.csv"), str(target))
    assert (target / rates.FILENAME).read_bytes() == b"FIGRATES but not really"


def test_update_replaces_atomically(rates_dir, tmp_path, monkeypatch):
    """The new file is written beside the old one and renamed over it in one step."""
    (tmp_path / "d.csv").write_text(daily_csv(NEW_DAY, DAILY))
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((os.path.dirname(src), dst))
        real_replace(src, dst)

    monkeypatch.setattr(rates.os, "replace", spy)
    rates.update(str(tmp_path / "d.csv"), str(rates_dir))
    assert calls == [(str(rates_dir), os.path.join(str(rates_dir), rates.FILENAME))]


def test_a_failed_write_leaves_the_old_tables(rates_dir, tmp_path, monkeypatch):
    (tmp_path / "d.csv").write_text(daily_csv(NEW_DAY, DAILY))
    before = (rates_dir / rates.FILENAME).read_bytes()

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(rates.os, "replace", fail)
    with pytest.raises(OSError):
        rates.update(str(tmp_path / "d.csv"), str(rates_dir))
    assert os.listdir(rates_dir) == [rates.FILENAME]
    assert (rates_dir / rates.FILENAME).read_bytes() == before


@pytest.mark.parametrize(
    "age, expected",
    [
        (None, rates.HISTORY),
        (3, rates.LAST_90_DAYS),
        (80, rates.LAST_90_DAYS),
        (200, rates.HISTORY),
    ],
)
def test_download_takes_the_smallest_file_that_reaches_back(monkeypatch, age, expected):
    monkeypatch.delenv(rates.ENV_URL, raising=False)
    asked = []
    last = dt.date.today() - dt.timedelta(days=age) if age is not None else None
    url, data = rates.download(last, lambda url, timeout: asked.append((url, timeout)) or b"x")
    assert asked == [(rates.ECB_URL + expected, rates.DOWNLOAD_TIMEOUT)] and url == asked[0][0]


# --- the command line ------------------------------------------------------------------


def test_cli_update_from_a_daily_file(rates_dir, tmp_path):
    (tmp_path / "eurofxref.zip").write_bytes(FILES["daily zip"][1])
    result = run_figcheck("rates", "update", "--from", str(tmp_path / "eurofxref.zip"),
                          "--rates-dir", str(rates_dir))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"updated {rates_dir}: 4 days from 2023-08-21 to 2026-11-27, 5 currencies (1 new day(s))\n"
    )
    info = run_figcheck("rates", "info", "--rates-dir", str(rates_dir))
    assert "last day:   2026-11-27" in info.stdout.splitlines()


@pytest.mark.parametrize("cell", ["inf", "nan", "1e5", "9" * 400])
def test_cli_refuses_a_bad_cell_in_one_line_and_exit_2(rates_dir, tmp_path, cell):
    (tmp_path / "d.csv").write_text(f"Date,USD\n2026-11-27,{cell}\n")
    before = (rates_dir / rates.FILENAME).read_bytes()
    result = run_figcheck("rates", "update", "--from", str(tmp_path / "d.csv"),
                          "--rates-dir", str(rates_dir))  # fmt: skip
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "bad rate" in result.stderr
    assert (rates_dir / rates.FILENAME).read_bytes() == before


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test's output clean
        pass


@pytest.fixture
def ecb_mirror(tmp_path):
    """A local server holding the ECB's file names, standing in for the ECB (no network)."""
    served = tmp_path / "served"
    served.mkdir()
    (served / rates.LAST_90_DAYS).write_bytes(FILES["90-day xml"][1])
    (served / rates.HISTORY).write_bytes(FILES["history zip"][1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(_Files, directory=served))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_cli_update_downloads_when_no_file_is_given(rates_dir, ecb_mirror):
    result = run_figcheck("rates", "update", "--rates-dir", str(rates_dir),
                          env={rates.ENV_URL: ecb_mirror})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 days from 2023-08-21 to 2026-11-27, 5 currencies (2 new day(s))" in result.stdout
    assert _table(rates_dir)[NEW_DAY] == DAILY


def test_cli_update_offline_is_one_clear_line(rates_dir, tmp_path):
    before = (rates_dir / rates.FILENAME).read_bytes()
    result = run_figcheck("rates", "update", "--rates-dir", str(rates_dir),
                          env={rates.ENV_URL: "http://127.0.0.1:9/"}, timeout=60)  # fmt: skip
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("figcheck: cannot download http://127.0.0.1:9/eurofxref-hist.zip (")
    assert line.endswith("run `figcheck rates update --from FILE`")
    assert (rates_dir / rates.FILENAME).read_bytes() == before


@pytest.mark.parametrize("age, shown", [(2, False), (31, True)])
def test_rates_info_says_when_the_tables_are_old(rates_dir, age, shown):
    from figcheck.rates_cli import info_text

    text = info_text(str(rates_dir), today=D(2023, 8, 25) + dt.timedelta(days=age))
    assert "last day:   2023-08-25" in text.splitlines()
    assert (f"{age} days old; `figcheck rates update` brings it up to date" in text) is shown
