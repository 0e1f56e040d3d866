"""The editors' page in a real browser: Debian's Chromium, driven by Playwright.

No browser is downloaded: Playwright launches /usr/bin/chromium (``.ci/run``
installs it with apt-get). For the seeds, a fixture story and a story whose text
tries to inject markup, the test writes the page with ``figcheck check --format
html``, opens it, and checks that nothing logs an error, that choosing each
finding highlights its evidence and brings it into view in every version that
holds it, that the filters and the one-at-a-time layout work, and that text from
the files never runs. ``FIGCHECK_WRITE_SCREENSHOT=1`` also writes the page on the
seeds to ``docs/report-seeds.png`` (the picture the README shows).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import ROOT, run_figcheck
from seedpaths import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORT = {"width": 1600, "height": 900}
SCREENSHOT = ROOT / "docs" / "report-seeds.png"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed at /usr/bin/chromium "
    "(apt-get install chromium chromium-driver; .ci/run does)",
)

HOSTILE_A = (
    "Harbour works begin\n\n"
    "The council approved 48 berths <script>window.pwned = 1</script> on Tuesday,"
    ' at a cost of $12 million"><img src=x onerror="window.pwned=2">.\n'
)
HOSTILE_B = (
    "<html><body><p>Harbour works begin</p>"
    "<p>The council approved 50 berths on Tuesday, at a cost of $12 million.</p>"
    '<script>window.pwned = 3</script><img src="https://example.invalid/x.png"></body></html>\n'
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def _stories(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (working directory, story argument), as a user would run check."""
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "a.txt").write_text(HOSTILE_A, encoding="utf-8")
    (hostile / "b.html").write_text(HOSTILE_B, encoding="utf-8")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return {
        "seeds": (tmp_path, "seeds"),
        "wind-farm": (ROOT, "fixtures/wind-farm"),
        "hostile": (tmp_path, "hostile"),
    }


def _write_page(cwd: Path, story: str, out: Path) -> Path:
    result = run_figcheck("check", story, "--format", "html", "--fail-on", "never", cwd=cwd)
    assert result.returncode == 0, result.stderr
    out.write_text(result.stdout, encoding="utf-8")
    return out


def _open(browser, path: Path):
    page = browser.new_page(viewport=VIEWPORT)
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if r.url != path.as_uri() else None)
    page.goto(path.as_uri())
    return page, problems, requests


#: Every line of the mark inside its version's text box and the window. A mark that wraps
#: may stick out by a pixel at the line end (its padding, the browser's rounding): a slack
#: of 2 px, far less than a line, still fails a mark scrolled out of view.
IN_VIEW = """mark => {
    const box = mark.closest('.text').getBoundingClientRect();
    const inside = (a, b) => a.top >= b.top - 2 && a.bottom <= b.bottom + 2
                          && a.left >= b.left - 2 && a.right <= b.right + 2;
    const screen = {top: 0, left: 0, bottom: innerHeight, right: innerWidth};
    const lines = [...mark.getClientRects()];
    return lines.length > 0
        && lines.every(r => r.height > 0 && inside(r, box) && inside(r, screen));
}"""


def _check_finding(page, fid: str) -> int:
    """Choose the finding; every version holding its evidence shows it highlighted, in view."""
    page.locator(f'.finding[data-f="{fid}"] .pick').click()
    assert page.locator(f'.finding[data-f="{fid}"]').get_attribute("class").split()[-1] == "chosen"
    holders = page.locator(f'.version:has(.ev[data-f~="{fid}"])')
    assert holders.count() >= 1
    for index in range(holders.count()):
        first = holders.nth(index).locator(".ev.on").first
        assert fid in first.get_attribute("data-f").split()
        assert first.evaluate(IN_VIEW), (
            f"{fid} not in view in {holders.nth(index).get_attribute('id')}"
        )
    other = page.locator(".ev.on").evaluate_all(
        f"marks => marks.filter(m => !m.dataset.f.split(' ').includes('{fid}')).length"
    )
    assert other == 0
    return holders.count()


@pytest.mark.parametrize("story", ["seeds", "wind-farm", "hostile"])
def test_choosing_a_finding_shows_its_evidence_in_every_version(browser, tmp_path, story):
    cwd, argument = _stories(tmp_path)[story]
    path = _write_page(cwd, argument, tmp_path / f"{story}.html")
    page, problems, requests = _open(browser, path)
    findings = page.locator(".finding").evaluate_all("items => items.map(i => i.dataset.f)")
    assert findings, "the story should have findings to choose"
    shown = [_check_finding(page, fid) for fid in findings]
    assert max(shown) >= 2  # a drift is seen in two versions at once
    shot = tmp_path / f"{story}.png"
    page.locator(f'.finding[data-f="{findings[0]}"] .pick').click()
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if story == "seeds" and os.environ.get("FIGCHECK_WRITE_SCREENSHOT"):
        page.screenshot(path=str(SCREENSHOT))
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert problems == [] and requests == []
    page.close()


def test_every_figure_has_a_kind_and_a_tooltip(browser, tmp_path):
    cwd, argument = _stories(tmp_path)["wind-farm"]
    page, problems, _ = _open(browser, _write_page(cwd, argument, tmp_path / "w.html"))
    titles = page.locator(".version .fig").evaluate_all(
        "marks => marks.map(m => [m.className, m.title])"
    )
    assert titles and all(" k-" in cls and title.count(": ") >= 1 for cls, title in titles)
    assert any(title.startswith("money: EUR ") for _, title in titles)
    assert problems == []
    page.close()


def test_filters_hide_findings_by_severity_and_rule(browser, tmp_path):
    cwd, argument = _stories(tmp_path)["wind-farm"]
    page, problems, _ = _open(browser, _write_page(cwd, argument, tmp_path / "w.html"))
    visible = ".finding:not([hidden])"
    total = page.locator(visible).count()
    errors = page.locator('.finding[data-severity="error"]').count()
    page.locator('#filters input[name="severity"][value="error"]').uncheck()
    assert page.locator(visible).count() == total - errors
    assert page.locator(f'{visible}[data-severity="error"]').count() == 0
    rule = page.locator(visible).first.get_attribute("data-rule")
    same_rule = page.locator(f'{visible}[data-rule="{rule}"]').count()
    page.locator(f'#filters input[name="rule"][value="{rule}"]').uncheck()
    assert page.locator(visible).count() == total - errors - same_rule
    page.locator('#filters input[name="severity"][value="error"]').check()
    page.locator(f'#filters input[name="rule"][value="{rule}"]').check()
    assert page.locator(visible).count() == total
    assert problems == []
    page.close()


def test_one_version_at_a_time(browser, tmp_path):
    cwd, argument = _stories(tmp_path)["wind-farm"]
    page, problems, _ = _open(browser, _write_page(cwd, argument, tmp_path / "w.html"))
    page.locator('#layout input[value="tabs"]').check()
    assert page.locator(".version:visible").count() == 1
    last = page.locator('[role="tab"]').last
    last.click()
    assert page.locator(".version:visible").get_attribute("id") == last.get_attribute("data-doc")
    fid = page.locator(".finding").last.get_attribute("data-f")
    page.locator(f'.finding[data-f="{fid}"] .pick').click()
    shown = page.locator(".version:visible")
    assert shown.count() == 1
    mark = shown.locator(".ev.on").first
    assert mark.evaluate(IN_VIEW)
    assert problems == []
    page.close()


def test_print_shows_every_version_in_full(browser, tmp_path):
    cwd, argument = _stories(tmp_path)["wind-farm"]
    page, problems, _ = _open(browser, _write_page(cwd, argument, tmp_path / "w.html"))
    page.locator('#layout input[value="tabs"]').check()
    page.emulate_media(media="print")
    assert page.locator(".version:visible").count() == 3
    assert page.locator("#filters").is_hidden()
    overflow = page.locator(".version .text").evaluate_all(
        "boxes => boxes.filter(b => b.scrollHeight > b.clientHeight + 1).length"
    )
    assert overflow == 0  # nothing cut off behind a scroll bar on paper
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert problems == []
    page.close()
