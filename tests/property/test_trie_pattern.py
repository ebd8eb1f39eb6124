"""The scale benchmark's regex baseline: the prefix-factored pattern finds exactly what a flat alternation finds."""

import re

from hypothesis import given
from hypothesis import strategies as st

from harness.testing.scale import trie_pattern

phrases = st.lists(st.text(alphabet="abc .", min_size=1, max_size=6), min_size=1, max_size=12)


@given(phrases, st.text(alphabet="abcABC .", max_size=60))
def test_the_factored_pattern_matches_like_a_flat_alternation_longest_first(words, text):
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)), re.IGNORECASE)
    factored = re.compile(trie_pattern(words), re.IGNORECASE)
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)]
