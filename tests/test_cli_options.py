"""The options users bring from ruff, Vale and yamllint, on ``check`` as a user types them."""

from __future__ import annotations

import json
import os
import shutil

import jsonschema
import pytest
from helpers import ROOT, run_figcheck

from figcheck.report.check import schema

WIND = ROOT / "fixtures" / "wind-farm"
RULES_IN_WIND = {
    "unit-scale", "number-mismatch", "date-mismatch", "qualifier-drift",
    "time-reference-drift", "vague-quantity",
}  # fmt: skip


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "wind-farm"
    shutil.copytree(WIND, folder)
    return folder


def rules_of(result) -> set[str]:
    return {f["rule"] for f in json.loads(result.stdout)["findings"]}


@pytest.mark.parametrize(
    "args, expected",
    [
        (("--select", "number-mismatch"), {"number-mismatch"}),
        (("--select", "number-mismatch,unit-scale"), {"number-mismatch", "unit-scale"}),
        (("--select", "unit-scale", "--select", "vague-quantity"),
         {"unit-scale", "vague-quantity"}),
        (("--ignore", "time-reference-drift,vague-quantity"),
         RULES_IN_WIND - {"time-reference-drift", "vague-quantity"}),
        (("--select", "unit-scale,number-mismatch", "--ignore", "unit-scale"), {"number-mismatch"}),
        ((), RULES_IN_WIND),
    ],
)  # fmt: skip
def test_select_and_ignore(story, args, expected):
    assert rules_of(run_figcheck("check", str(story), "--format", "json", *args)) == expected


@pytest.mark.parametrize(
    "args, message",
    [
        (("--select", "numbr-mismatch"), "--select: unknown rule 'numbr-mismatch' (did you mean "
                                         "'number-mismatch'?)"),
        (("--ignore", "unit-scales"), "--ignore: unknown rule 'unit-scales' (did you mean "
                                      "'unit-scale'?)"),
        (("--select", "zzz"), "--select: unknown rule 'zzz'; known: change-arithmetic, "
                              "date-mismatch,"),
    ],
)  # fmt: skip
def test_unknown_rule_is_one_line_and_exit_2(story, args, message):
    result = run_figcheck("check", str(story), *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"figcheck: {message}")


@pytest.mark.parametrize(
    "args, code, has_findings, has_summary",
    [
        ((), 1, True, True),
        (("--exit-zero",), 0, True, True),
        (("-q",), 1, True, False),
        (("--quiet", "--exit-zero"), 0, True, False),
        (("--statistics",), 1, False, True),
    ],
)
def test_quiet_statistics_exit_zero(story, args, code, has_findings, has_summary):
    result = run_figcheck("check", "wind-farm", *args, cwd=story.parent)
    assert result.returncode == code
    lines = result.stdout.splitlines()
    assert any(line.startswith("wind-farm/02-rewrite.txt:7:5: error") for line in lines) == (
        has_findings
    )
    assert ("Found 7 finding(s) (2 errors, 4 warnings, 1 info) in 3 version(s):" in lines) == (
        has_summary
    )
    if has_summary and not has_findings:
        assert [line.split() for line in lines[1:3]] == [
            ["2", "time-reference-drift", "warning"],
            ["1", "date-mismatch", "warning"],
        ]


@pytest.mark.parametrize(
    "args, env, coloured",
    [
        (("--color", "always"), {}, True),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # an explicit choice wins
        (("--color", "never"), {}, False),
        ((), {}, False),  # auto: not a terminal
        (("--color", "auto"), {"TERM": "dumb"}, False),
    ],
)
def test_color(story, args, env, coloured):
    result = run_figcheck("check", str(story), *args, env=env)
    assert ("\x1b[" in result.stdout) == coloured


def test_output_file_is_the_report_and_left_alone_on_error(story, tmp_path):
    target = tmp_path / "report.json"
    result = run_figcheck("check", str(story), "--format", "json", "-o", str(target))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(target.read_text())["summary"]["errors"] == 2
    before = target.read_bytes()
    failed = run_figcheck("check", str(story / "missing.txt"), str(story), "-o", str(target))
    assert failed.returncode == 2 and "missing.txt: no such file" in failed.stderr
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "wind-farm"]


def test_output_through_a_link_replaces_the_file_it_names(story, tmp_path):
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "report.json"
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    run_figcheck("check", str(story), "--format", "json", "-o", str(link))
    assert link.is_symlink() and json.loads(real.read_text())["summary"]["errors"] == 2


def test_output_to_a_pipe_is_written_to_not_replaced(story, tmp_path):
    """-o /dev/null, /dev/stdout or a named pipe: written as it is, never replaced by a file
    (a rename over /dev/null, run as root, once left a regular file there)."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_figcheck("check", str(story), "--format", "json", "-o", str(fifo), timeout=120)
    reader.join(timeout=20)
    assert result.returncode == 1 and stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and json.loads(received[0])["summary"]["errors"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "wind-farm"]


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout here")
def test_output_to_dev_stdout_is_standard_output(story):
    """-o /dev/stdout with standard output a pipe: the report goes down the pipe."""
    result = run_figcheck("check", str(story), "--format", "json", "-o", "/dev/stdout")
    assert result.returncode == 1 and result.stderr == ""
    assert json.loads(result.stdout)["summary"]["errors"] == 2


def test_output_to_a_missing_directory_is_one_line(story, tmp_path):
    result = run_figcheck("check", str(story), "-o", str(tmp_path / "no" / "r.txt"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "r.txt: cannot write" in result.stderr


@pytest.mark.parametrize(
    "name, figures",
    [
        ("drafts/a.html", ["1.2 million euros"]),  # read as HTML: the comment is no text
        ("drafts/a.txt", ["3 million euros", "1.2 million euros"]),
    ],
)
def test_stdin_filename_names_standard_input_and_chooses_how_to_read_it(tmp_path, name, figures):
    (tmp_path / "b.txt").write_text("2024-03-14\n\nThe plant cost 1.2 billion euros.\n")
    draft = (
        "<!-- 3 million euros -->\n<p>2024-03-14</p>\n<p>The plant cost 1.2 million euros.</p>\n"
    )
    args = ("check", "-", "b.txt", "--stdin-filename", name)
    result = run_figcheck(*args, stdin=draft, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(f"{name}:3:19: error unit-scale"), result.stdout
    report = json.loads(run_figcheck(*args, "--format", "json", stdin=draft, cwd=tmp_path).stdout)
    assert report["documents"][0]["path"] == name
    money = [f["text"] for f in report["documents"][0]["figures"] if f["kind"] == "money"]
    assert money == figures


def test_a_directory_of_stories_checks_each_folder_below_it():
    result = run_figcheck("check", "fixtures", "--format", "json", cwd=ROOT)
    report = json.loads(result.stdout)
    folders = {p.parent.name for p in (ROOT / "fixtures").glob("*/*.txt")}
    assert {d["path"].split("/")[1] for d in report["documents"]} == folders
    assert not any(d["path"].endswith("README.md") for d in report["documents"])
    assert result.returncode == 1


def test_baseline_keeps_accepted_findings_out_of_a_revised_draft(story, tmp_path):
    baseline = tmp_path / "accepted.json"
    written = run_figcheck("check", str(story), "--write-baseline", str(baseline))
    assert written.returncode == 0 and "7 finding(s) accepted" in written.stderr
    entries = json.loads(baseline.read_text())["findings"]
    assert len(entries) == 7 and "line" not in json.dumps(entries)
    # The editor revises the draft: new lines above every figure, nothing else changed.
    rewrite = story / "02-rewrite.txt"
    rewrite.write_text("Updated at noon.\n\n" + rewrite.read_text(encoding="utf-8"))
    again = run_figcheck("check", str(story), "--baseline", str(baseline), "--format", "json")
    report = json.loads(again.stdout)
    assert again.returncode == 0 and report["findings"] == []
    assert report["summary"]["baselined"] == 7
    # A figure whose words change is reported again.
    text = rewrite.read_text(encoding="utf-8").replace("50 turbines", "52 turbines")
    rewrite.write_text(text)
    changed = run_figcheck("check", str(story), "--baseline", str(baseline), "--format", "json")
    assert rules_of(changed) == {"number-mismatch"}


@pytest.mark.parametrize(
    "content, message",
    [("{", "not a figcheck baseline"), ('{"version": 9, "findings": []}', "version 9")],
)
def test_bad_baseline_is_one_line(story, tmp_path, content, message):
    baseline = tmp_path / "b.json"
    baseline.write_text(content)
    result = run_figcheck("check", str(story), "--baseline", str(baseline))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and message in result.stderr


def test_json_evidence_carries_value_unit_and_end(story):
    report = json.loads(run_figcheck("check", str(story), "--format", "json").stdout)
    jsonschema.validate(report, schema())
    (scale,) = [f for f in report["findings"] if f["rule"] == "unit-scale"]
    got = [(e["text"], e["value"], e["unit"], e["end_line"], e["end_column"] - e["column"])
           for e in scale["evidence"]]  # fmt: skip
    assert got == [  # the odd version out first
        ("1.2 million euros", "1200000", "EUR", 3, 17),
        ("1.2 billion euro", "1200000000", "EUR", 5, 16),
        ("1.2 billion euro", "1200000000", "EUR", 5, 16),
    ]


def test_extract_output_file(tmp_path):
    target = tmp_path / "figures.csv"
    result = run_figcheck("extract", str(WIND / "01-original.txt"), "--format", "csv", "-o",
                          str(target))  # fmt: skip
    assert result.returncode == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("path,line,column,")
    before = target.read_bytes()
    failed = run_figcheck("extract", str(tmp_path / "missing.txt"), "-o", str(target))
    assert failed.returncode == 2 and target.read_bytes() == before
