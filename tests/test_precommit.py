"""The writer's workflow end to end: the real pre-commit runs figcheck on a commit.

The hook is declared in ``.pre-commit-hooks.yaml``; here it runs as a ``repo: local``
hook with the same id, files and arguments, through this checkout (PYTHONPATH),
since installing it from a repository URL needs the network.
"""

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WIRE = (ROOT / "fixtures" / "wind-farm" / "01-original.txt").read_text(encoding="utf-8")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def manifest() -> dict:
    """The hook as .pre-commit-hooks.yaml declares it (a tiny reader for its flat keys)."""
    hook = {}
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text().splitlines():
        key, _, value = line.lstrip("- ").partition(":")
        hook[key.strip()] = value.strip()
    return hook


def git(repo, *args, env):
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)


@pytest.fixture
def repo(tmp_path):
    """A newsroom repository with the figcheck hook installed and the wire copy committed."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "W",
        "GIT_AUTHOR_EMAIL": "w@example.org",
        "GIT_COMMITTER_NAME": "W",
        "GIT_COMMITTER_EMAIL": "w@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    hook = manifest()
    entry = f"{shlex.quote(sys.executable)} -m {hook['entry']}"
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        f"      - id: {hook['id']}\n"
        f"        name: {hook['name']}\n"
        f"        entry: {entry}\n"
        "        language: system\n"
        f"        files: {hook['files']}\n",
        encoding="utf-8",
    )
    (repo / "wire").mkdir()
    (repo / "wire" / "original.txt").write_text(WIRE, encoding="utf-8")
    assert git(repo, "init", "-q", "-b", "main", env=env).returncode == 0
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True
    )
    assert installed.returncode == 0, installed.stderr
    git(repo, "add", ".", env=env)
    first = git(repo, "commit", "-q", "-m", "wire copy", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    return repo, env


DRAFT = """---
date: 2024-03-14
sources: [../wire/original.txt]
---
# Norvik Harbour approved

Regulators approved the **{money}** Norvik Harbour project on Thursday.
Its {turbines} turbines will stand 12 km off the coast.
"""


def commit(repo, env, name, text):
    (repo / "drafts").mkdir(exist_ok=True)
    (repo / "drafts" / name).write_text(text, encoding="utf-8")
    git(repo, "add", "drafts", env=env)
    return git(repo, "commit", "-q", "-m", f"draft {name}", env=env)


def test_clean_draft_commits(repo):
    repo, env = repo
    result = commit(repo, env, "norvik.md", DRAFT.format(money="1.2 billion euro", turbines=48))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "figcheck" in result.stdout + result.stderr  # the hook ran
    assert git(repo, "log", "--oneline", env=env).stdout.count("\n") == 2


def test_drifted_draft_is_blocked(repo):
    repo, env = repo
    result = commit(repo, env, "norvik.md", DRAFT.format(money="1.2 million euro", turbines=50))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Failed" in output
    # Readable: the draft's line and column, the rule, and the source's words beneath.
    assert "drafts/norvik.md:7:" in output
    assert "wire/original.txt" in output and "1.2 billion euro" in output
    assert git(repo, "log", "--oneline", env=env).stdout.count("\n") == 1


def test_manifest_is_valid():
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", ".pre-commit-hooks.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert manifest()["id"] == "figcheck"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".markdown", ".html", ".htm", ".rst", ".py"])
def test_hook_runs_on_the_files_figcheck_reads_as_stories(suffix):
    """The manifest's pattern and figcheck's story suffixes say the same thing."""
    import re

    from figcheck.document import STORY_SUFFIXES

    matched = re.search(manifest()["files"], f"drafts/story{suffix}") is not None
    assert matched == (suffix in STORY_SUFFIXES)


def readme_hook_config() -> str:
    """The first YAML block of the README's pre-commit section, exactly as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Use it in pre-commit") :]
    start = section.index("```yaml\n") + len("```yaml\n")
    return section[start : section.index("```", start)]


@pytest.fixture
def readme_repo(tmp_path):
    """A newsroom repository configured with the README's block, figcheck on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "figcheck"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m figcheck "$@"\n')
    script.chmod(0o755)
    repo = tmp_path / "newsroom"
    (repo / "wire").mkdir(parents=True)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "W",
        "GIT_AUTHOR_EMAIL": "w@example.org",
        "GIT_COMMITTER_NAME": "W",
        "GIT_COMMITTER_EMAIL": "w@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    (repo / ".pre-commit-config.yaml").write_text(readme_hook_config(), encoding="utf-8")
    (repo / "wire" / "original.txt").write_text(WIRE, encoding="utf-8")
    assert git(repo, "init", "-q", "-b", "main", env=env).returncode == 0
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, capture_output=True
    )
    assert installed.returncode == 0, installed.stderr
    git(repo, "add", ".", env=env)
    first = git(repo, "commit", "-q", "-m", "wire copy", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    return repo, env


def test_readme_block_commits_a_clean_draft_and_tells_what_it_did(readme_repo):
    repo, env = readme_repo
    # Dated after the shipped rates end: the commit passes, and says so.
    late = DRAFT.replace("2024-03-14", "2099-03-14")
    result = commit(repo, env, "norvik.md", late.format(money="1.2 billion euro", turbines=48))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Passed" in output
    assert "drafts/norvik.md: checked against wire/original.txt" in output
    assert "dated 2099-03-14, after the last exchange-rate day" in output
    assert "figcheck rates update" in output


def test_readme_block_blocks_a_drifted_draft(readme_repo):
    repo, env = readme_repo
    result = commit(repo, env, "norvik.md", DRAFT.format(money="1.2 million euro", turbines=50))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "drafts/norvik.md:7:" in output and "error unit-scale" in output


def test_readme_block_says_what_it_did_with_a_lone_source(readme_repo):
    repo, env = readme_repo
    (repo / "wire" / "original.txt").write_text(WIRE + "\nUpdated.\n", encoding="utf-8")
    git(repo, "add", "wire", env=env)
    result = git(repo, "commit", "-q", "-m", "wire update", env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "wire/original.txt: names no sources: checked alone" in output
