"""`figcheck scan` on generated archives (issue 17): an answer for any articles, never an
internal error, and the same rows whatever the order of the archive."""

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import WORLD_TOKENS, _derived, _in_process, hostile_numbers

#: Sentences of news copy the generated articles are built around.
SENTENCES = [
    "It paid $3.2 million last year.", "The plant will hire 180 workers in 2026.",
    "Sales rose 8% to 1,250 tonnes.", "El 4 de mayo pagó 2,7 millones de euros.",
    "去年增长5%。", "Published: March 3, 2023\n", "\n\n", " ",
]  # fmt: skip
article = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.sampled_from(WORLD_TOKENS), hostile_numbers()),
    min_size=3,
    max_size=30,
).map("".join)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.lists(article, min_size=1, max_size=3), st.integers(0, 1000), st.booleans())
def test_scan_answers_alike_in_any_order_of_the_archive(tmp_path_factory, stories, seed, dated):
    rows = [
        {"id": f"s{s}v{v}", "text": text if v == 0 else _derived(text, seed + v)}
        | ({"published": "2023-08-24"} if dated else {})
        for s, text in enumerate(stories)
        for v in range(3)
    ]
    folder = tmp_path_factory.mktemp("archive")
    answers = []
    for n, order in enumerate((rows, rows[::-1], random.Random(seed).sample(rows, len(rows)))):
        path = folder / f"{n}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in order))
        code, out, err = _in_process(["scan", "--format", "jsonl", str(path)])
        assert code == 0 and "internal error" not in err, err
        answers.append(sorted(out.splitlines()))
    assert answers[0] == answers[1] == answers[2]
