"""Every date form's ``needs`` and ``trigger`` are implied by its pattern.

The search skips a form in a sentence that lacks its needed words or where its trigger
finds nothing; a need or trigger the pattern does not imply would silently drop dates.
So: wherever a form's pattern matches and its builder accepts the match, the sentence
holds one word of every need group and every trigger finds something in it.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.extractors.dates import search
from figcheck.extractors.dates.form import compiled
from figcheck.text import led

PUB = dt.date(2023, 8, 24)
REFS = [None, PUB]


def accepted(form, text, ref):
    """(block, hit) for every match of ``form`` in ``text`` that its builder accepts."""
    for start, end in search.blocks(text):
        for match in form.regex.finditer(text, start, end):
            hit = form.build(match, text, ref)
            if hit is not None and hit.end > hit.start:
                yield (start, end), hit


def unmet(form, text, start, end):
    """The need groups and triggers of ``form`` that the block fails."""
    present = search.words_in(text, start, end, search.need_words((form,)))
    groups = [group for group in form.needs if present.isdisjoint(group)]
    triggers = [t for t in form.trigger if compiled(t).search(text, start, end) is None]
    return groups + triggers


#: English forms and every other language's (their lexicons load here).
ALL_FORMS = (*search.FORMS, *(f for lang in search.LANGUAGES for f in search.forms_of(lang)))


def test_forms_have_distinct_names_and_ranks():
    assert len({f.name for f in ALL_FORMS}) == len(ALL_FORMS)
    assert len({f.rank for f in ALL_FORMS}) == len(ALL_FORMS)
    assert [f.rank for f in search.FORMS] == sorted(f.rank for f in search.FORMS)


EXAMPLES = [(form.name, text) for form in ALL_FORMS for text in form.examples]
FORMS = {form.name: form for form in ALL_FORMS}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_every_form_has_examples(name):
    assert len(FORMS[name].examples) >= 2


@pytest.mark.parametrize(("name", "text"), EXAMPLES)
@pytest.mark.parametrize("ref", REFS)
def test_example_is_read_and_its_needs_hold(name, text, ref):
    form = FORMS[name]
    hits = list(accepted(form, text, ref))
    assert hits, f"{name} reads none of {text!r}"
    for (start, end), _ in hits:
        assert unmet(form, text, start, end) == []


def test_a_missing_need_is_caught():
    """The check above can fail: a form whose needs its pattern does not imply."""
    form = FORMS["year"]
    wrong = form.__class__(**{**form.__dict__, "needs": (("year",),), "trigger": (r"\bin\b",)})
    ((start, end), _), *_ = accepted(wrong, "by 2030 it", PUB)
    assert unmet(wrong, "by 2030 it", start, end) == [("year",), r"\bin\b"]


#: Words of every example, and glue, for texts no example holds.
TOKENS = sorted(
    {word for _, text in EXAMPLES for word in text.split()}
    | {"the", "on", "of", "in", "and", "to", ",", ".", "-", "/", "1", "12", "31", "2019", "'99"}
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    words=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=10),
    glue=st.sampled_from([" ", "", "-", ", ", ". "]),
    ref=st.sampled_from(REFS),
)
def test_needs_hold_in_generated_texts(words, glue, ref):
    text = glue.join(words)
    for form in ALL_FORMS:
        for (start, end), _ in accepted(form, text, ref):
            assert unmet(form, text, start, end) == [], (form.name, text)


def _matches(regex, text):
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


@pytest.mark.parametrize(("name", "text"), EXAMPLES)
def test_a_lead_keeps_every_match_of_the_examples(name, text):
    """A form's ``lead`` only saves time: its pattern finds the same without it."""
    form = FORMS[name]
    assert _matches(form.regex, text) == _matches(compiled(form.pattern), text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(words=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=10))
def test_a_lead_keeps_every_match_in_generated_texts(words):
    text = " ".join(words)
    for form in ALL_FORMS:
        if form.lead:
            assert _matches(form.regex, text) == _matches(compiled(form.pattern), text), form.name


@pytest.mark.parametrize(
    ("firsts", "source", "text", "found"),
    [
        ("ab", "apple|banana", "a Banana", "Banana"),  # ignoring case, as the pattern does
        ("ab", "apple|banana", "cherry", None),
        ("a", "apple|banana", "banana", None),  # a wrong lead drops matches: the test above bites
    ],
)
def test_led_tests_the_first_character(firsts, source, text, found):
    match = compiled(led(firsts, source)).search(text)
    assert (match and match.group()) == found
