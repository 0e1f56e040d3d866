"""share-arithmetic: a part, its whole and its percentage in one clause -> the finding, if any."""

import pytest

from figcheck.document import Document
from figcheck.figures import Finding
from figcheck.pipeline import read_figures
from figcheck.rules import share_arithmetic
from figcheck.rules.api import Context


def findings(text: str) -> list[str]:
    (version,) = read_figures([Document("a.txt", text)])
    items = share_arithmetic.check(Context([version]), {})
    return [item.message for item in items if isinstance(item, Finding)]


#: a sentence -> the finding's message, or None for none
CASES = [
    # percentages the counts give, within rounding and a point
    ("Six of the nine members, or 67%, voted for the cut.", None),
    ("Six of the nine members, or 66%, voted for the cut.", None),
    ("Only 3 of the 17 councils (18%) met the target.", None),
    ("Of the 240 passengers, 180 (75%) were Thai.", None),
    ("1,200 of the 4,000 workers, or 30%, were laid off.", None),
    ("About 1,200 of the 4,000 workers, or 31%, were laid off.", None),
    # other shapes are not read
    ("Six of the nine members voted for the cut, or 67%.", None),
    ("Six of the nine members voted, and 67% of voters agreed.", None),
    # percentages the counts do not give
    ("Five of the nine members, or 67%, voted for the cut.",
     '"Five" of "nine members" is 55.6%, not "67%"'),
    ("Only 5 of the 17 councils (18%) met the target.",
     '"Only 5" of "17 councils" is 29.4%, not "18%"'),
    ("Of the 240 passengers, 160 (75%) were Thai.",
     '"160" of "240 passengers" is 66.7%, not "75%"'),
    ("1,200 of the 4,000 workers, or 40%, were laid off.",
     '"1,200" of "4,000 workers" is 30%, not "40%"'),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES)
def test_share_arithmetic(text, expected):
    assert findings(text) == ([] if expected is None else [expected])
