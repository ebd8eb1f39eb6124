"""Every fact-breaking edit is flagged with its fact; no fact-preserving edit is flagged, on the seed story and on generated stories."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness.engine import Engine
from harness.strategies import (
    Story,
    breaking_edits,
    flagged,
    new_discrepancies,
    preserving_edits,
    stories,
)
from harness.testing.breaking import alter_quote_words, misspell_name
from harness.testing.story import RandomChooser, words_in
from harness.text.versions import load_versions

PROPERTY_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.fixture(scope="module")
def seed_stories(seed_registry):
    engine = Engine(seed_registry)
    versions, _ = load_versions(seed_registry.articles)
    return [Story(seed_registry, version, engine) for version in versions]


@PROPERTY_SETTINGS
@given(data=st.data())
def test_seed_story_breaking_edits_are_flagged(seed_stories, data):
    story = data.draw(st.sampled_from(seed_stories), label="version")
    edit = data.draw(breaking_edits(story), label="edit")
    assert flagged(story, edit), f"{edit.kind}: {edit.description}"


@PROPERTY_SETTINGS
@given(data=st.data())
def test_seed_story_preserving_edits_are_not_flagged(seed_stories, data):
    story = data.draw(st.sampled_from(seed_stories), label="version")
    edit = data.draw(preserving_edits(story), label="edit")
    assert new_discrepancies(story, edit) == [], f"{edit.kind}: {edit.description}"


@PROPERTY_SETTINGS
@given(story=stories(), data=st.data())
def test_generated_stories_agree_with_their_registry_and_catch_every_break(story, data):
    assert [f for f in story.findings if f.is_discrepancy] == []
    assert {fact.id for fact in story.registry.facts} == {f.fact_id for f in story.findings}
    edit = data.draw(breaking_edits(story), label="edit")
    assert flagged(story, edit), f"{edit.kind}: {edit.description}\n{story.text}"


@PROPERTY_SETTINGS
@given(story=stories(), data=st.data())
def test_generated_stories_preserving_edits_are_not_flagged(story, data):
    edit = data.draw(preserving_edits(story), label="edit")
    assert new_discrepancies(story, edit) == [], f"{edit.kind}: {edit.description}\n{edit.text}"


class _Scripted:
    """Replays fixed choices: pins a shrunk failure found earlier as a plain regression test."""

    def __init__(self, *choices):
        self.choices = list(choices)

    def choice(self, options):
        wanted = self.choices.pop(0)
        return next(option for option in options if option == wanted or getattr(option, "fact_id", None) == wanted)

    def integer(self, low, high):
        return self.choices.pop(0)


def test_pinned_dropping_a_word_from_a_four_word_quote_is_a_misquote(seed_stories):
    story = seed_stories[4]
    target = next(f for f in story.agreeing("quote") if f.fact_id == "quote-open-comprehensive-direct")
    edit = alter_quote_words(story, _Scripted(target, 1, "drop", "quickly"))
    assert "open, and direct" in edit.text and flagged(story, edit)


def test_pinned_words_an_editor_put_in_brackets_are_never_altered(seed_stories):
    """"several rounds (of talks) ahead": the bracketed words are not the speaker's, so changing them breaks nothing."""
    story = seed_stories[4]
    target = next(f for f in story.agreeing("quote") if f.fact_id == "quote-several-rounds")
    words = [story.text[start:end] for start, end in words_in(story, target)]
    assert "rounds" in words and words[words.index("rounds") + 1] == "ahead"


def test_pinned_two_edits_in_a_seven_letter_surname_are_caught(seed_stories):
    story = seed_stories[2]
    edit = next(e for seed in range(200) if (e := misspell_name(story, RandomChooser(random.Random(seed)))) and "Sherman' -> 'Sh" in e.description and len(e.description.split("'")[3]) == 6)
    assert flagged(story, edit), edit.description


def test_unknown_edit_kinds_are_refused(seed_stories):
    with pytest.raises(ValueError, match="unknown edit kinds"):
        breaking_edits(seed_stories[0], kinds=["weather changed"])
