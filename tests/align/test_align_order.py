"""Facts and findings do not depend on the order the versions are given in.

Renaming the files of a story changes the order its versions reach alignment in; what
figcheck reports about them must not change.
"""

import json
import random
import shutil
from pathlib import Path

import pytest
from align_helpers import FIXTURES, phrase_versions, story_versions
from helpers import run_figcheck
from seedpaths import SEEDS

from figcheck.align import align, content_order

STORIES = [
    FIXTURES / "wind-farm",
    FIXTURES / "robotics-fund",
    FIXTURES / "estuary-tunnel",
    FIXTURES / "battery-plant",
    SEEDS,
]


def story_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    return sorted(folder.glob("*.txt"))


def orders(count: int) -> dict[str, list[int]]:
    """The given order, the reverse, and two shuffles (seeded, so a failure can be rerun)."""
    out = {"given": list(range(count)), "reversed": list(range(count))[::-1]}
    for seed in (1, 2):
        shuffled = list(range(count))
        random.Random(seed).shuffle(shuffled)
        out[f"shuffled {seed}"] = shuffled
    return out


def named_facts(versions, reference=None) -> set[frozenset[tuple[str, int]]]:
    """Each fact as the set of (file name, figure index) it is made of."""
    return {
        frozenset((Path(versions[ref.doc].document.path).name, ref.fig) for ref in fact)
        for fact in align(versions, reference).facts
    }


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
@pytest.mark.parametrize("with_reference", [False, True])
def test_facts_do_not_depend_on_the_order_of_the_versions(folder, with_reference):
    versions = story_versions(*story_files(folder))
    expected = named_facts(versions, 0 if with_reference else None)
    assert expected
    for name, order in orders(len(versions)).items():
        permuted = [versions[i] for i in order]
        reference = order.index(0) if with_reference else None
        assert named_facts(permuted, reference) == expected, name


def findings_of(folder: Path) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    """`check`'s findings on a folder, each as its rule and its sorted (file, text) evidence;
    the files' names are read without the rank prefix they were copied under."""
    result = run_figcheck("check", "--format", "json", "--fail-on", "never", str(folder))
    assert result.returncode == 0, result.stderr
    return {
        (
            finding["rule"],
            tuple(sorted((Path(e["path"]).name[4:], e["text"]) for e in finding["evidence"])),
        )
        for finding in json.loads(result.stdout)["findings"]
    }


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_findings_do_not_depend_on_the_order_of_the_files(folder, tmp_path):
    """The story's files, copied under names that sort them in another order each time."""
    files = story_files(folder)
    found = {}
    for name, order in list(orders(len(files)).items())[:3]:
        copy = tmp_path / name.replace(" ", "-")
        copy.mkdir()
        for rank, i in enumerate(order):
            shutil.copy(files[i], copy / f"{rank:03d}_{files[i].name}")
        found[name] = findings_of(copy)
    assert found["given"]
    assert found["reversed"] == found["given"]
    assert found["shuffled 1"] == found["given"]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["Beta rose 2%.", "Alpha rose 1%.", "Gamma rose 3%."], [1, 0, 2]),
        (["Same 5 words.", "Other 5 words.", "Same 5 words."], [1, 0, 2]),  # equals: either
    ],
)
def test_content_order_sorts_versions_by_their_text(texts, expected):
    assert content_order(phrase_versions(*texts)) == expected
