"""Where the real seed articles are: ``shared/seeds`` beside the checkout (as in CI),
or beside a folder that holds the checkout (a developer's worktree)."""

from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]

SEEDS = next(
    (d / "shared" / "seeds" for d in CHECKOUT.parents if (d / "shared" / "seeds").is_dir()),
    CHECKOUT.parent / "shared" / "seeds",
)
