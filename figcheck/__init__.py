"""figcheck: catch figures that drifted between versions of a news story."""

from __future__ import annotations

#: ``typing.TYPE_CHECKING``, spelled out: every command imports this package first, and a
#: command handed to a figcheck server imports little else (typing and datetime cost it 7 ms).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt

    from figcheck.figures import Figure

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]


def extract(text: str, published: _dt.date | None = None) -> list[Figure]:
    """Every figure in ``text``, normalized; relative dates resolve against ``published``."""
    from figcheck.pipeline import figures_in

    return figures_in(text, published)
