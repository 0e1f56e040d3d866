"""Properties every extraction keeps, on generated news-like text: no crash, honest offsets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck import extract

TOKENS = [
    "3", "12.5", "200,000", "1,000", "2019", "-4", "½", "3/4", "1.3e6", "45,00", "1 234",
    "eight", "twenty-one", "a dozen", "hundred", "two thirds", "and", "a", "half", "million",
    "bn", "m", "%", "percent", "percentage points", "km", "kg", "in", "ft", "pounds", "£", "$",
    "€", "yuan", "USD", "degrees Celsius", "mph", "people", "successful candidates", "of",
    "the", "only", "more than", "about", "thousands", "many", "have", "applied", "to", "-",
    "–", "June", "24th", "One", "Talents Plan", "Fortune", ".", ",", "(", ")", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(TOKENS), max_size=30), st.sampled_from([" ", "", "\u00a0"]))
def test_figures_slice_back_to_their_text(tokens, joiner):
    text = joiner.join(tokens)
    figures = extract(text)
    for fig in figures:
        assert 0 <= fig.start < fig.end <= len(text)
        assert text[fig.start : fig.end] == fig.text
        start, end = fig.span
        assert 0 <= start <= fig.start and fig.end <= end <= len(text)
    spans = [(f.start, f.end) for f in figures]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    for i, fig in enumerate(figures):
        if fig.range_with is not None:
            assert figures[fig.range_with].range_with == i
