from harness.text.document import normalise
from harness.text.tokens import tokenize


def test_normalisation_keeps_offsets_so_lines_and_columns_are_exact():
    raw = "Headline\r\n\r\n\u201cQuote,\u201d she said \u2014 Tuesday.\n"
    document = normalise(raw)
    assert len(document.text) == len(document.original)
    offset = document.text.index("Tuesday")
    assert document.position(offset) == (3, 21)
    assert document.text.count('"') == 2 and "-" in document.text
    assert "\u201c" in document.original


def test_sentences_do_not_split_at_abbreviations():
    document = normalise("The U.S. Ambassador spoke on Jan. 11. Then Mr. Smith left.")
    assert [document.sentence_text(i) for i in range(len(document.sentences))] == [
        "The U.S. Ambassador spoke on Jan. 11.", "Then Mr. Smith left."]


def test_captions_and_page_chrome_are_recognised():
    text = "Body text here.\n\nA man speaks in Geneva, Monday, Jan. 10, 2022. (Denis Balibouse/Pool via AP)\n\nPrevious Article\nSome other headline\nAverage rating 0 / 5. Vote count: 0\n"
    roles = [paragraph.role for paragraph in normalise(text).paragraphs]
    assert roles == ["body", "caption", "chrome", "chrome", "chrome"]


def test_hard_wrapped_lines_join_into_one_paragraph():
    document = normalise("The Kremlin said Tuesday the talks\nhave given little reason for optimism.\nNext paragraph.")
    assert len(document.paragraphs) == 2


def test_an_update_marks_where_the_earlier_take_below_it_begins():
    text = "New top.\n\nTHIS IS A BREAKING NEWS UPDATE. AP's earlier story follows below.\n\nEarlier top."
    assert normalise(text).earlier_take == text.index("\n\nEarlier top")
    text = "New top.\n\nPrevious story:\n\nEarlier top."
    assert normalise(text).earlier_take == text.index("\n\nEarlier top")
    text = "A story with no earlier take. Its earlier version was wrong."
    assert normalise(text).earlier_take == len(text)


def test_a_related_stories_list_is_page_chrome_up_to_its_last_age_stamp():
    """The list an outlet's page adds below the story (boe-rate-rise-2023, 003): its figures are other stories'."""
    text = ("In June, inflation stood at 7.9%.\n\nYou may also like\n\nRead more from Cost of Living\n\n"
            "UK inflation slows to 2.6%\nThe rate fell from 2.8% in February.\n7 days ago\n"
            "UK wages grow by 5.9%\nVacancies fell.\n8 days ago\n\nThe story goes on here.")
    roles = [paragraph.role for paragraph in normalise(text).paragraphs]
    assert roles == ["body", *["chrome"] * 8, "body"]


def test_a_sentence_longer_than_any_real_one_is_cut_at_clause_marks_so_work_stays_linear():
    text = "some 100,000 troops and 3,000 more troops massed, " * 200 + "word " * 600 + "end."
    document = normalise(text)
    lengths = [sentence.end - sentence.start for sentence in document.sentences]
    assert max(lengths) <= 1500 and len(document.sentences) == 10
    assert all(document.text[sentence.end - 1] in ",d." for sentence in document.sentences)  # at a comma or a word's end
    real = "A real sentence, with clauses; it stays whole."
    assert [normalise(real).sentence_text(0)] == [real]


def test_a_relative_aside_set_off_by_commas_does_not_split_the_clause_around_it():
    """"On Thursday, shares of SVB Financial, which … startups, said it would raise $2 billion" (svb-collapse-2023, 004)."""
    text = "On Thursday, shares of SVB Financial, which the bank uses to lend to startups, said it would raise capital."
    document = normalise(text)

    def span(word):
        return text.index(word), text.index(word) + len(word)
    assert document.same_clause(span("Thursday"), span("raise"))
    assert not document.same_clause(span("Thursday"), span("lend"))
    other = "The talks ended on Monday, while the troops, who waited, stayed."
    assert not normalise(other).same_clause((other.index("Monday"), other.index("Monday") + 6), (other.index("stayed"), other.index("stayed") + 6))


def test_a_colon_inside_a_time_is_no_clause_break():
    """"struck a support pylon of the bridge around 1:30 a.m. Wednesday" (key-bridge-collapse-2024, 005)."""
    text = "The ship struck a support pylon of the bridge around 1:30 a.m. Wednesday."
    document = normalise(text)
    assert document.same_clause((text.index("struck"), text.index("struck") + 6), (text.index("Wednesday"), len(text) - 1))
    said = "He said: Wednesday was the day."
    assert not normalise(said).same_clause((3, 7), (9, 18))


def test_an_em_dash_between_two_words_separates_them_and_breaks_the_clause():
    """"caught up with CEO Dave Calhoun—he will step down" (boeing-calhoun-steps-down-2024, Newser)."""
    text = "Boeing's troubles caught up with CEO Dave Calhoun—he will step down, and a well-known name — Kellner — stays."
    document = normalise(text)
    assert [t.text for t in tokenize(document.text)][8:11] == ["Calhoun", "he", "will"]
    assert "well-known" in document.text and " - Kellner - " in document.text
    assert not document.same_clause((text.index("caught"), text.index("caught") + 6), (text.index("step"), text.index("step") + 4))


def test_a_dashed_aside_does_not_split_the_clause_around_it():
    """"The freed Israeli hostages included eight women — six of them in their 70s and 80s — and three children"
    (gaza-truce-first-release-2023, AP); a single dash still breaks the clause."""
    text = "The freed hostages included eight women — six of them in their 70s and 80s — and three children."
    single = "The hostages included eight women — and others came later with three children."
    assert normalise(text).same_clause(_span(text, "included"), _span(text, "three"))
    assert not normalise(text).same_clause(_span(text, "six"), _span(text, "three"))
    assert not normalise(single).same_clause(_span(single, "included"), _span(single, "three"))


def _span(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)
