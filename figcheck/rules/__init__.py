"""The rule registry: id -> module. Adding a rule means adding one module here.

Every rule module has ``ID``, ``SEVERITY`` ("error", "warning" or "info"),
``OPTIONS`` (each option it takes, with its default), a docstring that explains
it with a passing and a failing example, and ``check(context, options)``: a pure
generator of findings and unchecked notes (see figcheck.rules.api), with no I/O
and no printing.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import Any

#: Rule ids and the module that implements each, in the order they are reported.
RULE_MODULES: dict[str, str] = {
    "fx-mismatch": "figcheck.rules.fx_mismatch",
    "number-mismatch": "figcheck.rules.number_mismatch",
    "unit-scale": "figcheck.rules.unit_scale",
    "unit-conversion": "figcheck.rules.unit_conversion",
    "change-arithmetic": "figcheck.rules.change_arithmetic",
    "share-arithmetic": "figcheck.rules.share_arithmetic",
    "date-mismatch": "figcheck.rules.date_mismatch",
    "qualifier-drift": "figcheck.rules.qualifier_drift",
    "direction-drift": "figcheck.rules.direction_drift",
    "time-reference-drift": "figcheck.rules.time_reference_drift",
    "vague-quantity": "figcheck.rules.vague_quantity",
    "internal-mismatch": "figcheck.rules.internal_mismatch",
    "update": "figcheck.rules.update",
    "date-sanity": "figcheck.rules.date_sanity",
}


def load_rules() -> dict[str, ModuleType]:
    """Import every registered rule module (lazily, so start-up stays fast)."""
    return {rule_id: importlib.import_module(name) for rule_id, name in RULE_MODULES.items()}


def rule_options() -> dict[str, Mapping[str, Any]]:
    """Every rule id with the options its module declares: what a configuration may set."""
    return {rule_id: module.OPTIONS for rule_id, module in load_rules().items()}
