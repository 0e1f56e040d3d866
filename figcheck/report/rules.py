"""What a rule module says about itself: id, severity and the first line of its docstring."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RuleInfo:
    id: str
    severity: str
    summary: str
    description: str


def rule_info(rules: Mapping[str, Any] | None = None) -> list[RuleInfo]:
    """One RuleInfo per registered rule, in registry order."""
    if rules is None:
        from figcheck.rules import load_rules

        rules = load_rules()
    infos = []
    for rule_id, module in rules.items():
        doc = inspect.cleandoc(module.__doc__ or "").strip()
        summary = doc.splitlines()[0].strip() if doc else rule_id
        # Docstrings may open with "rule-id: ..."; the id is shown beside it already.
        summary = summary.removeprefix(f"{rule_id}:").strip() or rule_id
        infos.append(RuleInfo(rule_id, module.SEVERITY, summary, doc or summary))
    return infos


def as_text(infos: list[RuleInfo]) -> str:
    width = max((len(info.id) for info in infos), default=0)
    lines = [f"{info.id:<{width}}  {info.severity:<7}  {info.summary}" for info in infos]
    return "\n".join(lines) + ("\n" if lines else "")
