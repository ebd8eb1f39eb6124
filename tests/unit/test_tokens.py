"""Token lookups by position, and the phrase index: bounded look-backs keep every per-mention scan linear in the article."""

from harness.text.tokens import PhraseIndex, Tokens, tokenize


def test_last_gives_at_most_count_tokens_ending_before_the_end():
    text = "Deputy Secretary of State Wendy Sherman said"
    tokens = Tokens(text)
    end = text.index("Sherman")
    assert [t.text for t in tokens.last(3, 0, end)] == ["of", "State", "Wendy"]
    assert [t.text for t in tokens.last(50, 0, end)] == ["Deputy", "Secretary", "of", "State", "Wendy"]


def test_last_never_reaches_before_the_start():
    text = "Talks ended. Deputy Secretary Sherman said"
    tokens = Tokens(text)
    assert [t.text for t in tokens.last(10, text.index("Deputy"), text.index("Sherman"))] == ["Deputy", "Secretary"]


def test_a_phrase_may_start_after_the_figure_of_a_hyphened_word():
    """"Eliyahu Barakat, a 49-year-old grocery shop owner" (iran-attack-israel-2024, AFP) with the anchor "year-old"."""
    index = PhraseIndex()
    index.add("year-old", "age")
    text = "Eliyahu Barakat, a 49-year-old grocery shop owner"
    [hit] = index.find(tokenize(text))
    assert text[hit.start:hit.end] == "year-old" and hit.value == "age"


def test_letters_that_do_not_decompose_fold_as_english_copy_writes_them():
    """"Guðni" (grindavik-eruption-2023) is the registry's "Gudni", as "Karikó" is "Kariko"."""
    assert [token.key for token in tokenize("Guðni Østergaard Łukasz Karikó")] == ["gudni", "ostergaard", "lukasz", "kariko"]


def test_a_full_stop_with_no_space_after_it_ends_a_word_before_a_capital():
    """"Two naval ships … are in the area.US President Joe Biden" (china-balloon-shot-down-2023, Lokmat Times): a page
    that lost the space after a full stop; "U.S", "Ph.D" and "e.g" stay one word."""
    text = "in the area.US President, the U.S. Ph.D e.g. reported.In Washington"
    assert [t.text for t in tokenize(text)] == ["in", "the", "area", "US", "President", "the", "U.S", "Ph.D", "e.g", "reported", "In", "Washington"]
