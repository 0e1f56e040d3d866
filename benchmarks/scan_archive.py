"""Build a test archive for ``figcheck scan``: real story versions among invented distractors.

The distractors are invented stories written from sentence templates in five languages,
each told in one to four versions (rewordings, reorderings, translations) that share
their figures, so grouping has real work to do among them too. Every record carries
its true story in ``truth`` (never read by figcheck) so the benchmark can score the
grouping.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SYLLABLES = "ka lo mi ren tas vel dor shi pan gu ber nox li ta mar fen zo qui sal hol".split()

_TEMPLATES = {
    "en": [
        "{org} said on {weekday} it would invest {money} in a new plant near {city}.",
        "The project is expected to create {count} jobs by {year}.",
        "Sales rose {pct} percent in the quarter, the company said in a statement.",
        "{org} employs about {count2} people and reported revenue of {money2} last year.",
        "Officials in {city} approved the plan after a vote of {small} to {small2}.",
        "Analysts had expected growth of {pct2}%, according to a poll of {small3} economists.",
        "The site covers {area} hectares and will be finished in {year2}.",
        "Shares of {org} closed {pct3}% higher on the news.",
        "A spokesperson for {city} council declined to comment on the figures.",
        "The agreement follows months of talks between {org} and regional authorities.",
    ],
    "es": [
        "{org} anunció el {weekday_es} que invertirá {money} en una nueva planta cerca de {city}.",
        "Se espera que el proyecto cree {count} empleos antes de {year}.",
        "Las ventas subieron un {pct} por ciento en el trimestre, según un comunicado.",
        "{org} emplea a unas {count2} personas y facturó {money2} el año pasado.",
        "El terreno abarca {area} hectáreas y estará terminado en {year2}.",
    ],
    "fr": [
        "{org} a annoncé {weekday_fr} un investissement de {money} dans une usine près de {city}.",
        "Le projet devrait créer {count} emplois d'ici {year}.",
        "Les ventes ont progressé de {pct} % au cours du trimestre, selon un communiqué.",
        "{org} emploie environ {count2} personnes et a réalisé {money2} l'an dernier.",
        "Le site couvre {area} hectares et sera achevé en {year2}.",
    ],
    "de": [
        "{org} kündigte am {weekday_de} Investitionen von {money} in ein Werk bei {city} an.",
        "Das Projekt soll bis {year} rund {count} Arbeitsplätze schaffen.",
        "Der Umsatz stieg im Quartal um {pct} Prozent, teilte das Unternehmen mit.",
        "{org} beschäftigt etwa {count2} Menschen und setzte im Vorjahr {money2} um.",
        "Das Gelände umfasst {area} Hektar und soll {year2} fertig sein.",
    ],
    "zh": [
        "{org}周{weekday_zh}表示，将在{city}附近投资{money_zh}建设新工厂。",
        "该项目预计到{year}年将创造{count}个就业岗位。",
        "公司在声明中表示，本季度销售额增长{pct}%。",
        "{org}约有{count2}名员工，去年收入为{money2_zh}。",
        "该场地占地{area}公顷，将于{year2}年完工。",
    ],
}
_WEEKDAYS = {
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "weekday_es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "weekday_fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "weekday_de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "weekday_zh": ["一", "二", "三", "四", "五"],
}


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _money(rng: random.Random, language: str, millions: int) -> str:
    if language == "zh":
        return f"{millions * 100}万欧元" if millions < 1000 else f"{millions / 100:g}亿欧元"
    if millions >= 1000:
        value = f"{millions / 1000:g}"
        word = {"en": "billion euros", "es": "mil millones de euros",
                "fr": "milliards d'euros", "de": "Milliarden Euro"}[language]  # fmt: skip
    else:
        words = {"en": "million euros", "es": "millones de euros",
                 "fr": "millions d'euros", "de": "Millionen Euro"}  # fmt: skip
        value, word = str(millions), words[language]
    if language != "en":
        value = value.replace(".", ",")
    return f"{value} {word}"


def _story_facts(rng: random.Random) -> dict:
    return {
        "org": _name(rng, 3) + rng.choice([" Group", " Holdings", " AG", " SA", ""]),
        "city": _name(rng, 2) + rng.choice(["burg", "ville", "ton", "stad", ""]),
        "millions": rng.choice([rng.randint(11, 990), rng.randint(11, 99) * 100]),
        "millions2": rng.randint(101, 9999),
        "count": rng.randint(120, 9800),
        "count2": rng.randint(1100, 98000),
        "pct": round(rng.uniform(1.1, 38.9), 1),
        "pct2": round(rng.uniform(1.1, 9.9), 1),
        "pct3": round(rng.uniform(1.1, 19.9), 1),
        "small": rng.randint(5, 30),
        "small2": rng.randint(1, 4),
        "small3": rng.randint(12, 60),
        "area": rng.randint(110, 4900),
        "year": rng.randint(2024, 2035),
        "year2": rng.randint(2024, 2035),
        "weekday": rng.randrange(5),
    }


def _render(rng: random.Random, facts: dict, language: str, length: int) -> str:
    values = {k: v for k, v in facts.items() if k not in ("millions", "millions2", "weekday")}
    for key, names in _WEEKDAYS.items():
        values[key] = names[facts["weekday"]]
    values["money"] = _money(rng, "en" if language == "zh" else language, facts["millions"])
    values["money2"] = _money(rng, "en" if language == "zh" else language, facts["millions2"])
    values["money_zh"] = _money(rng, "zh", facts["millions"])
    values["money2_zh"] = _money(rng, "zh", facts["millions2"])
    if language in ("es", "fr", "de"):
        for key in ("pct", "pct2", "pct3"):
            values[key] = str(facts[key]).replace(".", ",")
    templates = _TEMPLATES[language]
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < length:
        order = list(templates)
        rng.shuffle(order)
        sentences.extend(t.format(**values) for t in order)
    return " ".join(sentences)[: length + 200]


def distractors(count: int, seed: int = 7, length: int = 5000) -> Iterator[dict]:
    """``count`` invented articles in stories of one to four versions, made as they are read."""
    rng = random.Random(seed)
    made = story = 0
    while made < count:
        facts = _story_facts(rng)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500))
        for version in range(rng.randint(1, 4)):
            if made == count:
                return
            language = "en" if version == 0 else rng.choice(list(_TEMPLATES))
            made += 1
            yield {
                "id": f"d{story:06d}-{version}",
                "text": _render(rng, facts, language, length),
                "published": (day + dt.timedelta(days=rng.randrange(3))).isoformat(),
                "truth": f"distractor-{story}",
            }  # fmt: skip
        story += 1


def real_stories(shared: Path) -> list[dict]:
    """Every version of every news-dev story and the seeds, with the gold's dates."""
    out = []
    for gold in sorted((shared / "news-dev").glob("*/gold.json")):
        dates = json.loads(gold.read_text(encoding="utf-8")).get("published", {}) or {}
        for path in sorted(gold.parent.glob("*.txt")):
            day = dates.get(path.name) if isinstance(dates, dict) else None
            out.append({"id": f"{gold.parent.name}/{path.name}",
                        "text": path.read_text(encoding="utf-8"),
                        "published": day, "truth": gold.parent.name})  # fmt: skip
    for path in sorted((shared / "seeds").glob("*.txt")):
        out.append({"id": f"seeds/{path.name}", "text": path.read_text(encoding="utf-8"),
                    "published": None, "truth": "seeds"})  # fmt: skip
    return out


def write_archive(path: Path, shared: Path, count: int, seed: int = 7, piles: int = 64) -> dict:
    """Write the shuffled archive as JSON Lines; return each id's true story.

    Streamed: each record goes to one of ``piles`` files at random, and each pile is
    shuffled on its own, so no more than a pile is in memory (100,000 articles are 600 MB).
    """
    rng = random.Random(seed)
    truth: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        names = [Path(tmp) / f"{i}.jsonl" for i in range(piles)]
        streams = [name.open("w", encoding="utf-8") for name in names]
        for record in itertools.chain(real_stories(shared), distractors(count, seed)):
            truth[record["id"]] = record["truth"]
            line = json.dumps({k: v for k, v in record.items() if k != "truth"}, ensure_ascii=False)
            streams[rng.randrange(piles)].write(line + "\n")
        for stream in streams:
            stream.close()
        with path.open("w", encoding="utf-8") as out:
            for name in names:
                lines = name.read_text(encoding="utf-8").splitlines(keepends=True)
                rng.shuffle(lines)
                out.writelines(lines)
    return truth
