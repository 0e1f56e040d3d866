"""Copies of one text among the versions (one wire story under several names) are one version.

Their findings are reported once, at the name that sorts first (or the reference), the
report says which files were identical to it in every format, and the copies are one
voice, not several that outvote a version that differs.
"""

from __future__ import annotations

import json
import os

import jsonschema
import pytest
from helpers import run_figcheck

from figcheck.pipeline import check
from figcheck.report.check import FORMATTERS, as_dict, schema

# The same invented sentence in two versions: a scale slip between them, and a stated
# conversion that the rates contradict inside each (an in-document finding).
WIRE = "2024-03-14\n\nThe 1.2 billion euro ($9.3 billion) plant will employ about 400 people.\n"
SLIP = "2024-03-14\n\nThe 1.2 million euro ($9.3 billion) plant will employ about 400 people.\n"


def _story(folder, names):
    """Write each name with its text ("wire", "slip", or "wire-utf16"); return the paths."""
    paths = []
    for name, kind in names:
        path = folder / name
        if kind == "wire-utf16":
            path.write_bytes(WIRE.encode("utf-16"))
        else:
            path.write_text(WIRE if kind == "wire" else SLIP, encoding="utf-8")
        paths.append(str(path))
    return paths


def _findings(report):
    """Each finding as (rule, the files of its evidence by name), folder-independent."""
    return sorted(
        (f.rule, tuple(os.path.basename(e.path) for e in f.evidence)) for f in report.findings
    )


def _copies(report):
    return sorted((os.path.basename(c), os.path.basename(o)) for c, o in report.identical)


ONE_COPY = [("a.txt", "wire"), ("b.txt", "slip")]


@pytest.mark.parametrize(
    "names, copies",
    [
        ([("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire")], [("c.txt", "a.txt")]),
        (
            [("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire"), ("d.txt", "wire")],
            [("c.txt", "a.txt"), ("d.txt", "a.txt")],
        ),
        # Named in reverse: the same report.
        (
            [("d.txt", "wire"), ("c.txt", "wire"), ("b.txt", "slip"), ("a.txt", "wire")],
            [("c.txt", "a.txt"), ("d.txt", "a.txt")],
        ),
        # Identical once decoded: a UTF-16 copy is a copy.
        ([("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire-utf16")], [("c.txt", "a.txt")]),
    ],
)
def test_copies_give_the_findings_of_one(tmp_path, names, copies):
    alone = tmp_path / "alone"
    alone.mkdir()
    expected = _findings(check(_story(alone, ONE_COPY)))
    many = tmp_path / "many"
    many.mkdir()
    report = check(_story(many, names))
    assert _findings(report) == expected
    assert _copies(report) == copies
    notes = sorted(
        (os.path.basename(n.subject), n.reason) for n in report.unchecked if "identical" in n.reason
    )
    assert notes == [
        (c, f"identical to {many / o}; its findings are reported there") for c, o in copies
    ]


def test_copies_are_one_voice_against_a_differing_version(tmp_path):
    # Three names for one text and one that differs: the slip is still a disagreement of two
    # texts, led by the first, as with one copy (not "b.txt is the odd one out of four").
    paths = _story(
        tmp_path, [("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire"), ("d.txt", "wire")]
    )
    (scale,) = [f for f in check(paths).findings if f.rule == "unit-scale"]
    assert [os.path.basename(e.path) for e in scale.evidence] == ["a.txt", "b.txt"]


def test_a_copy_of_the_reference_is_reported_at_the_reference(tmp_path):
    paths = _story(tmp_path, [("a.txt", "wire"), ("b.txt", "slip"), ("z.txt", "wire")])
    report = check(paths, reference=paths[2])
    assert _copies(report) == [("a.txt", "z.txt")]
    assert {os.path.basename(e.path) for f in report.findings for e in f.evidence} == {
        "b.txt",
        "z.txt",
    }


def test_no_copies_no_field(tmp_path):
    report = check(_story(tmp_path, ONE_COPY))
    assert report.identical == ()
    assert all("identical_to" not in d for d in as_dict(report)["documents"])


@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_format_names_the_copy(tmp_path, fmt):
    paths = _story(tmp_path, [("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire")])
    shown = FORMATTERS[fmt](check(paths))
    assert "identical to" in shown
    assert "c.txt" in shown


def test_json_marks_the_copy_and_follows_the_schema(tmp_path):
    paths = _story(tmp_path, [("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire")])
    report = as_dict(check(paths))
    jsonschema.validate(report, schema())
    marks = {os.path.basename(d["path"]): d.get("identical_to") for d in report["documents"]}
    assert marks == {"a.txt": None, "b.txt": None, "c.txt": paths[0]}


def test_cli_output_is_the_same_in_any_file_order(tmp_path):
    _story(tmp_path, [("a.txt", "wire"), ("b.txt", "slip"), ("c.txt", "wire"), ("d.txt", "wire")])
    forward = run_figcheck(
        "check", "a.txt", "b.txt", "c.txt", "d.txt", "--format", "json", cwd=tmp_path
    )
    backward = run_figcheck(
        "check", "d.txt", "c.txt", "b.txt", "a.txt", "--format", "json", cwd=tmp_path
    )
    assert forward.returncode == backward.returncode == 1
    assert forward.stdout == backward.stdout
    assert json.loads(forward.stdout)["summary"]["errors"] == 3


def test_a_file_is_kept_before_standard_input(tmp_path):
    _story(tmp_path, [("b.txt", "slip"), ("c.txt", "wire")])
    result = run_figcheck(
        "check", "-", "b.txt", "c.txt", "--format", "json", stdin=WIRE, cwd=tmp_path
    )
    marks = {d["path"]: d.get("identical_to") for d in json.loads(result.stdout)["documents"]}
    assert marks == {"-": "c.txt", "b.txt": None, "c.txt": None}
