"""Time one exchange-rate lookup in a fresh process: figcheck's rates/ against currencyconverter.

Each run starts a new interpreter (as a pre-commit hook does), times the import,
the load and one USD->CNY lookup inside it, and also times the whole process from
outside. The median of the runs is printed. Bytecode is cached in a temporary
directory (as an installed package has its .pyc files), after one warm-up run.
Usage: python3 benchmarks/rates_lookup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIGCHECK = """
import time
t = time.perf_counter()
import datetime
from figcheck.rates import RateTable
quote = RateTable.load().rate("USD", "CNY", datetime.date(2023, 8, 24))
print(time.perf_counter() - t, quote.rate)
"""

PEER = """
import time
t = time.perf_counter()
import datetime
from currency_converter import CurrencyConverter
rate = CurrencyConverter().convert(1, "USD", "CNY", datetime.date(2023, 8, 24))
print(time.perf_counter() - t, rate)
"""


def measure(code: str, runs: int, cache: str) -> tuple[float, float, str]:
    """Median seconds inside the process, median wall seconds of the process, the answer."""
    env = {**os.environ, "PYTHONPATH": ROOT, "PYTHONPYCACHEPREFIX": cache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    inside, wall, answer = [], [], ""
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        wall.append(time.perf_counter() - start)
        inside.append(float(out[0]))
        answer = out[1]
    return statistics.median(inside), statistics.median(wall), answer


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    with tempfile.TemporaryDirectory() as cache:
        base_wall = measure("print(0, 0)", runs, cache)[1]
        ours = measure(FIGCHECK, runs, cache)
        peer = measure(PEER, runs, cache) if _has_peer() else None
    print(f"runs: {runs} fresh processes each; lookup USD->CNY on 2023-08-24")
    print(f"interpreter start-up alone (wall):  {base_wall * 1000:7.1f} ms")
    for name, measured in (("figcheck.rates", ours), ("currencyconverter", peer)):
        if measured is None:
            print(f"{name:18s} not installed (pip install figcheck[bench]); skipped")
            return
        inside, wall, answer = measured
        print(
            f"{name:18s} lookup {inside * 1000:7.2f} ms   whole process {wall * 1000:7.1f} ms"
            f"   rate {float(answer):.6f}"
        )
    print(f"ratio (currencyconverter / figcheck, lookup): {peer[0] / ours[0]:.0f}x")


def _has_peer() -> bool:
    """Whether the peer (CurrencyConverter, the ``bench`` extra) can be imported."""
    import importlib.util

    return importlib.util.find_spec("currency_converter") is not None


if __name__ == "__main__":
    main()
