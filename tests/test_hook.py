"""Which sources a draft is checked against, and how the hook treats files without any."""

import os

import pytest
from helpers import run_figcheck

from figcheck.config import Config, load_config
from figcheck.document import Document
from figcheck.errors import InputError
from figcheck.figures import Evidence, Finding
from figcheck.hook import plan, sources_of
from figcheck.pipeline import Library, check_drafts, lead_with


@pytest.mark.parametrize(
    "path, text, mapping, expected",
    [
        ("d/a.md", "---\nsources: [w.txt, ../x/y.txt]\n---\n", (), ["d/w.txt", "x/y.txt"]),
        ("d/a.md", "no front matter", (("d/*.md", ("w/1.txt",)),), ["w/1.txt"]),
        ("d/a.md", "---\nsources: [../w/1.txt]\n---\n", (("*.md", ("w/1.txt", "w/2.txt")),),
         ["w/1.txt", "w/2.txt"]),
        ("d/a.txt", "plain", (("d/*.md", ("w/1.txt",)),), []),
    ],
)  # fmt: skip
def test_sources_of(tmp_path, monkeypatch, path, text, mapping, expected):
    monkeypatch.chdir(tmp_path)
    config = Config(sources=mapping, root=tmp_path)
    assert sources_of(Document(path, text), config) == [os.path.normpath(p) for p in expected]


def test_draft_evidence_leads():
    wire = Evidence("wire.txt", 1, 1, 0, 2, "48")
    draft = Evidence("d.md", 3, 5, 10, 12, "50")
    finding = Finding("r", "error", "m", (wire, draft))
    assert lead_with(finding, "d.md").evidence == (draft, wire)


def test_a_file_without_sources_is_checked_alone(tmp_path):
    (tmp_path / "notes.txt").write_text("Costs rose to $5 million.", encoding="utf-8")
    notes = str(tmp_path / "notes.txt")
    planned = plan([notes], Config(), Library())
    assert planned.skipped == ()
    assert [(c.paths, c.reference, c.lead) for c in planned.comparisons] == [
        ((notes,), None, notes)
    ]
    assert check_drafts([notes], Config()).findings == ()


@pytest.mark.parametrize(
    "text, rule",
    [
        # A date line dates the draft; a date inside a sentence would not (figcheck.published).
        ("May 2, 2024\nRewards of 3 million yuan ($620,000) were paid that day.", "fx-mismatch"),
        ("It met on Friday, May 2, 2024. It took a 5 million euro loan.", "date-sanity"),
        ("It took a 5 million euro loan. Little of the $5 million was spent.", "internal-mismatch"),
        ("It met on Thursday, May 2, 2024. It took a 5 million euro loan.", None),
    ],
)
def test_a_draft_without_sources_gets_its_in_document_rules(tmp_path, text, rule):
    (tmp_path / "draft.md").write_text(text + "\n", encoding="utf-8")
    report = check_drafts([str(tmp_path / "draft.md")], Config(date=None))
    assert [f.rule for f in report.findings] == ([rule] if rule else [])


def test_a_source_of_another_draft_is_skipped_and_the_report_says_why(tmp_path):
    (tmp_path / "wire.txt").write_text("The 48 turbines stand off the coast.\n", encoding="utf-8")
    (tmp_path / "d.md").write_text(
        "---\nsources: [wire.txt]\n---\nThe 48 turbines stand off the coast.\n",
        encoding="utf-8",
    )
    paths = [str(tmp_path / "d.md"), str(tmp_path / "wire.txt")]
    planned = plan(paths, Config(), Library())
    assert planned.skipped == ((paths[1], f"a source of {paths[0]}, checked with it"),)
    notes = [str(n) for n in check_drafts(paths, Config()).unchecked]
    assert f"{paths[1]}: skipped: a source of {paths[0]}, checked with it" in notes


@pytest.mark.parametrize(
    "front, message",
    [("[missing.txt]", "d.md: source {dir}/missing.txt: no such file"), ("[d.md]", "names itself")],
)
def test_bad_sources(tmp_path, front, message):
    draft = tmp_path / "d.md"
    draft.write_text(f"---\nsources: {front}\n---\nText.\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        check_drafts([str(draft)], load_config(start=tmp_path))
    assert message.format(dir=tmp_path) in str(caught.value)


def test_hook_command_reports_bad_config_in_one_line(tmp_path):
    (tmp_path / ".figcheck.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    result = run_figcheck("hook", "x.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert ".figcheck.toml: fail-on: 'sometimes' is not one of" in result.stderr
