"""The word lists are data: YAML must read every listed word and every key as the word written, not as a boolean."""

from importlib.resources import files

import pytest
import yaml


def _words(value):
    """Every key, and every item of a list: the words (a flag's value, `approximate: true`, is meant)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from (_words(item) if isinstance(item, (dict, list)) else [item])


@pytest.mark.parametrize("name", sorted(path.name for path in files("harness.text").joinpath("lexicon").iterdir() if path.name.endswith(".yaml")))
def test_every_word_in_a_lexicon_is_read_as_written(name):
    """`on`, `off`, `no` and `yes` unquoted are booleans in YAML, and a list that lost "on" misreads "on Monday"."""
    data = yaml.safe_load(files("harness.text").joinpath("lexicon", name).read_text(encoding="utf-8"))
    assert not [word for word in _words(data) if isinstance(word, bool)]
