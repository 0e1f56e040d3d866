"""The README's quick start, run as written on a fresh clone in a new virtual environment.

The two commands are read from the README's quick-start block and run by bash in
a ``git clone`` of this checkout's HEAD, so the README cannot drift from what
works. The second command's ``pytest`` would run this test again, so there it
only collects (``--collect-only -q``).

Offline-friendly: before the commands run, the new ``.venv`` gets a ``.pth``
file naming the site-packages of the environment running this test, so pip
finds figcheck's dependencies and test extras installed and downloads none of
them; figcheck itself is installed from the clone, as the README says (its
build backend comes from pip's cache, or PyPI on a first run).
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]


def quickstart_commands() -> list[str]:
    """The commands of the README's first ``sh`` block under "Quick start"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_gives_two_commands_that_make_their_own_venv():
    install, tests = quickstart_commands()
    for command in (install, tests):
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e ")
    assert install.endswith(".venv/bin/figcheck check fixtures/*/ --fail-on never")
    assert tests.endswith(".venv/bin/python -m pytest")


def test_ci_runs_the_second_command(tmp_path):
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = [s.strip() for s in quickstart_commands()[1].split("&&")]
    ran = [line.strip() for line in ci.splitlines()]
    positions = []
    for step in steps:
        matches = [i for i, line in enumerate(ran) if _same_step(line, step)]
        assert matches, f".ci/run does not run {step!r}"
        positions.append(matches[0])
    assert positions == sorted(positions)


def _same_step(line: str, step: str) -> bool:
    """A .ci/run line runs the step, perhaps with pip told to be quiet."""
    quiet = line.replace(" --quiet", "").replace(" --disable-pip-version-check", "")
    return quiet == step


def _outer_site_packages() -> list[str]:
    paths = [*site.getsitepackages(), sysconfig.get_paths()["purelib"]]
    if site.ENABLE_USER_SITE:
        paths.append(site.getusersitepackages())
    return [p for p in dict.fromkeys(paths) if os.path.isdir(p)]


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def test_both_commands_work_on_a_fresh_clone(tmp_path):
    clone = tmp_path / "figcheck"
    cloned = subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)],
                            capture_output=True, text=True)  # fmt: skip
    assert cloned.returncode == 0, cloned.stderr
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    here = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True)
    assert here.stdout == head.stdout
    venv = clone / ".venv"
    created = subprocess.run(["python3", "-m", "venv", str(venv)], capture_output=True, text=True)
    assert created.returncode == 0, created.stderr
    ask = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = subprocess.run([str(venv / "bin" / "python"), "-c", ask],
                             capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    Path(purelib, "outer-environment.pth").write_text("\n".join(_outer_site_packages()) + "\n")

    install, tests = quickstart_commands()
    first = _run(install, clone)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    assert re.search(r"Found \d+ finding\(s\) \(\d+ errors, \d+ warnings", first.stdout)
    used = _run('.venv/bin/python -c "import figcheck; print(figcheck.__file__)"', clone)
    assert used.stdout.strip() == str(clone / "figcheck" / "__init__.py")

    second = _run(tests.replace("-m pytest", "-m pytest --collect-only -q"), clone)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    assert "tests/test_quickstart.py: " in second.stdout
