"""Start-up cost of whole figcheck runs, paired against the cost of importing click alone.

A pre-commit hook or an editor runs figcheck on one or two small files, so the time
to start matters more there than extraction speed. Each round runs the floor
(``python -c 'import click'``, which every figcheck command pays) and then every
command once, so load on the machine falls on all of them alike; the report gives
the median of the rounds and its ratio to the floor's median, for the wall time and
for the CPU time of the process (which other work on a busy machine disturbs less).

    python3 benchmarks/startup.py [--runs N] [--root DIR ...]

With several ``--root`` checkouts (say main's and a branch's) the rounds interleave
them, which is how a before/after comparison is measured in one run. The inputs are
built from the invented fixture stories: a 10 KB article for ``extract``, two 5 KB
versions for ``check``, and a 10 KB Markdown draft naming one source for ``hook``.

Every command is timed twice a round: cold, with no figures kept from earlier runs
(figcheck.figure_cache; the compiled patterns and methods are kept, as on any machine
that ran figcheck before), and warm, with the figures the root's earlier runs kept.
The draft is edited before every ``hook`` run, as a writer's commits edit it, so a warm
hook finds only its unchanged source kept; a warm ``extract`` or ``check`` re-reads
files that did not change. Each command of each root has its own cache folder.

A root that has ``figcheck serve`` is timed both ways: in its own process
(``FIGCHECK_SERVER=0``, the rows without a note) and through a server of that root
(", via server": the whole client process, which hands the command to the server's fork),
a server per command sharing its cache folder, as a user's server and commands share
theirs, started before the rounds and stopped after them. Its CPU time is the
client's and that of the server's fork that ran the command (from the server's status).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def stories(version: str) -> list[str]:
    """The given version (``01-original`` …) of every fixture story, in story order."""
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob(f"*/{version}.txt"))]


def sized(parts: list[str], size: int) -> str:
    """Paragraphs of ``parts``, repeated as needed, cut at a paragraph to about ``size``."""
    text = ""
    while len(text) < size:
        for part in parts:
            if len(text) >= size:
                break
            text += part.strip() + "\n\n"
    return text


def edit_draft(folder: Path, revision: int) -> None:
    """Give the draft a line no earlier run saw (letters only: no figure in it)."""
    path = folder / "draft.md"
    text = path.read_text(encoding="utf-8").split("\nRevision ")[0]
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[revision // 26**k % 26] for k in range(3))
    path.write_text(f"{text}\nRevision q{letters}.\n", encoding="utf-8")


def write_inputs(folder: Path) -> dict[str, list[str]]:
    """The files of each measured command, written into ``folder``: command -> arguments."""
    (folder / "article.txt").write_text(sized(stories("01-original"), 10_000), encoding="utf-8")
    (folder / "v1.txt").write_text(sized(stories("01-original"), 5_000), encoding="utf-8")
    (folder / "v2.txt").write_text(sized(stories("02-rewrite"), 5_000), encoding="utf-8")
    draft = sized(stories("02-rewrite") + stories("03-translation"), 10_000)
    (folder / "draft.md").write_text(f"---\nsources: [v1.txt]\n---\n{draft}", encoding="utf-8")
    return {
        "extract 10 KB": ["extract", "article.txt"],
        "check 2 x 5 KB": ["check", "--fail-on", "never", "v1.txt", "v2.txt"],
        "hook 10 KB + source": ["hook", "--fail-on", "never", "draft.md"],
    }


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``: of the process, and
    through a server of the server's fork that ran the command too."""
    runtime = env.get("FIGCHECK_RUNTIME_DIR") if env.get("FIGCHECK_SERVER") != "0" else None
    server_before = runs_cpu(Path(env["PYTHONPATH"]), runtime) if runtime else 0.0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if runtime:
        cpu += runs_cpu(Path(env["PYTHONPATH"]), runtime) - server_before
    return wall, cpu


def runs_cpu(root: Path, runtime: str) -> float:
    """CPU seconds of the runs a server in ``runtime`` has made, once every run it began
    has ended (its status, asked through ``root``'s figcheck.server_link)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("link", root / "figcheck" / "server_link.py")
    link = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(link)
    (path,) = link.sockets(runtime)
    for _ in range(1000):
        status = link.ask(path, "status")
        if status["ended"] == status["served"]:
            return status["runs_cpu"]
        time.sleep(0.002)
    raise RuntimeError("a run of the server did not end")


def environment(root: Path, cache: Path, runtime: Path | None = None) -> dict[str, str]:
    """Run ``root``'s figcheck from cached bytecode, as an installed one runs, with its
    caches in ``cache``; through the server listening in ``runtime`` if given, else in
    its own process."""
    env = {**os.environ, "PYTHONPATH": str(root), "FIGCHECK_JOBS": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FIGCHECK_NO_CACHE", None)
    env["FIGCHECK_CACHE_DIR"] = str(cache)
    env["FIGCHECK_SERVER"] = "1" if runtime else "0"
    if runtime:
        env["FIGCHECK_RUNTIME_DIR"] = str(runtime)
    return env


def has_server(root: Path) -> bool:
    """Whether ``root``'s figcheck has ``figcheck serve`` (checkouts before it have not)."""
    return (root / "figcheck" / "server.py").exists()


def serve(root: Path, cache: Path, runtime: Path, *options: str) -> None:
    """``figcheck serve`` of ``root`` with its socket in ``runtime``, and the caches its
    commands use, as a user's server and commands share theirs."""
    env = environment(root, cache, runtime)
    command = [sys.executable, "-m", "figcheck", "serve", *options]
    subprocess.run(command, cwd=cache.parent, env=env, check=True, capture_output=True)


def measure(roots: list[Path], runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds per round for the floor and for each (command, root, cold or warm)."""
    times: dict[str, list[tuple[float, float]]] = {}
    revisions = iter(range(26**3))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        commands = write_inputs(folder)
        floor = [sys.executable, "-c", "import click"]

        def before(cache: Path | None, hook: bool):
            """What is done, untimed, before a run: forget the kept figures for a cold run,
            edit the draft before a hook run."""

            def prepare() -> None:
                if cache is not None:
                    shutil.rmtree(cache / "figures", ignore_errors=True)
                if hook:
                    edit_draft(folder, next(revisions))

            return prepare

        # a server per command of each root that has one, sharing the command's caches
        servers = [
            (root, folder / f"cache-{n}-{c}-server", folder / f"run-{n}-{c}")
            for n, root in enumerate(roots)
            if has_server(root)
            for c in range(len(commands))
        ]
        try:
            for root, cache, runtime in servers:
                serve(root, cache, runtime, "--idle-minutes", "30")
            for round_index in range(runs + 1):  # the first round warms the caches
                rows = [("floor: python -c 'import click'", floor, os.environ.copy(), None)]
                for n, root in enumerate(roots):
                    label = f" [{root.name}]" if len(roots) > 1 else ""
                    for c, (title, args) in enumerate(commands.items()):
                        runtime = folder / f"run-{n}-{c}"
                        ways = [("", None)] + [(", via server", runtime)] * has_server(root)
                        command = [sys.executable, "-m", "figcheck", *args]
                        hook = args[0] == "hook"
                        for way, runtime in ways:
                            # each command its own cache folder: a cold run forgets only its own
                            cache = folder / f"cache-{n}-{c}{'-server' if runtime else ''}"
                            for state, forget in (("cold", cache), ("warm", None)):
                                prepare = before(forget, hook)
                                env = environment(root, cache, runtime)
                                title_ = f"{title}, {state}{way}{label}"
                                rows.append((title_, command, env, prepare))
                if round_index % 2:
                    rows = rows[:1] + rows[:0:-1]  # alternate the order: none always goes last
                for title, command, env, prepare in rows:
                    if prepare is not None:
                        prepare()
                    seconds = timed(command, folder, env)
                    if round_index:
                        times.setdefault(title, []).append(seconds)
        finally:
            for root, cache, runtime in servers:
                serve(root, cache, runtime, "--stop")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="rounds to take the median of")
    parser.add_argument(
        "--root", type=Path, action="append", help="checkout to time (default: this one)"
    )
    args = parser.parse_args(argv)
    roots = [path.resolve() for path in args.root or [ROOT]]
    times = measure(roots, args.runs)
    walls = {title: statistics.median(w for w, _ in values) for title, values in times.items()}
    cpus = {title: statistics.median(c for _, c in values) for title, values in times.items()}
    floor = next(iter(times))
    print(f"{args.runs} rounds, medians{'':38}  wall ms  x floor   CPU ms  x floor")
    for title in sorted(times, key=lambda t: (not t.startswith("floor"), t)):
        wall, cpu = walls[title], cpus[title]
        print(
            f"{title:64}  {wall * 1000:7.1f}  {wall / walls[floor]:7.2f}"
            f"  {cpu * 1000:7.1f}  {cpu / cpus[floor]:7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
