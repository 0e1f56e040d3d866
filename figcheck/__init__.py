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


def extract(text: str, published: _dt.date | None = None, language: str = "en") -> list[Figure]:
    """Every figure in ``text``, normalized; relative dates resolve against ``published``.

    ``language`` (en, zh, ja, es, fr, pt, de) says how the text writes its numbers:
    "2,7 millones" is 2.7 million read as "es" and no number read as "en". Raises
    ValueError for a language figcheck does not read.
    """
    from figcheck.lang import SUPPORTED
    from figcheck.pipeline import figures_in

    if language not in SUPPORTED:
        raise ValueError(f"figcheck reads {', '.join(sorted(SUPPORTED))}, not {language!r}")
    return figures_in(text, published, language)
