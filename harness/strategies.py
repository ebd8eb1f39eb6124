"""Hypothesis strategies for testing a registry against its articles, as the harness's own tests do.

    from hypothesis import given
    from harness.strategies import Story, breaking_edits, flagged

    story = Story(load_registry(Path("facts/story.yaml")), version)

    @given(breaking_edits(story))
    def test_every_drift_is_caught(edit):
        assert flagged(story, edit), edit.description

`preserving_edits` draws edits that keep every fact (quote marks, dashes and spaces
restyled, a number reformatted, paragraphs reordered, a partial quote, page chrome
or a caption added, a title or spelling swapped for an accepted one); `breaking_edits`
draws edits that break exactly one fact and name it in `Edit.fact_id`. `stories`
draws whole synthetic stories (a registry and a version that agrees with it).
"""

from __future__ import annotations

from hypothesis import assume
from hypothesis import strategies as st

from harness.testing.breaking import BREAKING
from harness.testing.preserving import PRESERVING
from harness.testing.story import Edit, Story, flagged, new_discrepancies
from harness.testing.synthetic import generate_story

__all__ = ["Edit", "Story", "breaking_edits", "flagged", "new_discrepancies", "preserving_edits", "stories"]


class _DrawChooser:
    """Choices drawn from Hypothesis, so failing edits shrink and replay."""

    def __init__(self, draw):
        self.draw = draw

    def choice(self, options):
        return self.draw(st.sampled_from(list(options)))

    def integer(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))


def _edits(story: Story, table: dict, kinds) -> st.SearchStrategy[Edit]:
    names = sorted(kinds or table)
    unknown = set(names) - set(table)
    if unknown:
        raise ValueError(f"unknown edit kinds {sorted(unknown)}; choose from {sorted(table)}")

    @st.composite
    def edit(draw) -> Edit:
        made = table[draw(st.sampled_from(names))](story, _DrawChooser(draw))
        assume(made is not None)
        return made

    return edit()


def preserving_edits(story: Story, *, kinds: list[str] | None = None) -> st.SearchStrategy[Edit]:
    """Edits of the story's version that keep every fact; `kinds` narrows to some of `PRESERVING`."""
    return _edits(story, PRESERVING, kinds)


def breaking_edits(story: Story, *, kinds: list[str] | None = None) -> st.SearchStrategy[Edit]:
    """Edits that break one fact, named in `Edit.fact_id`; `kinds` narrows to some of `BREAKING`."""
    return _edits(story, BREAKING, kinds)


@st.composite
def stories(draw) -> Story:
    """A synthetic story: a registry of people, dates, numbers and quotes, and one version that agrees with all of it."""
    return generate_story(_DrawChooser(draw))
