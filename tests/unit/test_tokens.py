"""Token lookups by position: bounded look-backs keep every per-mention scan linear in the article."""

from harness.text.tokens import Tokens


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
