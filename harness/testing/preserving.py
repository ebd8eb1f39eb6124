"""Edits that keep every fact: restyled quote marks, dashes and numbers, reordered paragraphs, partial quotes,
page chrome and captions, accepted titles and spellings. None may add a discrepancy."""

from __future__ import annotations

import random
import re
from typing import Callable

from harness.testing.story import Chooser, Edit, Story, numeric_part, person_of, words_in
from harness.text.vocabulary import NUMBER_WORDS

CHROME = (
    "Previous Article\nAnother story entirely",
    "Average rating 4.2 / 5. Vote count: 31",
    "Read more world news",
    "How useful was this article?",
    "Click on a star to rate it!",
    "Latest News",
    "Advertisement",
)
CAPTIONS = (
    "A view of the building where the meeting took place. (AP Photo/Staff Photographer)",
    "Delegates arrive for the session in the city centre. (Pool Photo via AP)",
    "FILE - Flags fly outside the headquarters. (AP Photo/File)",
)


def restyle_quotes(story: Story, choose: Chooser) -> Edit | None:
    style = choose.choice(["straight", "curly", "mismatched", "low-high"])
    opening, closing = {"straight": ('"', '"'), "curly": ("\u201c", "\u201d"), "mismatched": ("\u201d", "\u201d"), "low-high": ("\u201e", "\u201c")}[style]
    marks = iter(range(10**9))
    text = re.sub(r'["\u201c\u201d\u201e]', lambda _: opening if next(marks) % 2 == 0 else closing, story.text)
    apostrophe = choose.choice(["'", "\u2019"])
    text = re.sub(r"(?<=\w)['\u2019](?=\w)", apostrophe, text)
    return Edit("quotes restyled", text, f"double quotes {style}, apostrophes {apostrophe!r}") if text != story.text else None


def restyle_dashes_and_spaces(story: Story, choose: Chooser) -> Edit | None:
    dash = choose.choice(["\u2014", "\u2013", " - ", " -- ", "\u2014 "])
    text = re.sub(r"\s*[\u2014\u2013]\s*|\s--\s", lambda m: dash if "\n" not in m.group() else m.group(), story.text)
    if choose.choice([True, False]):
        text = re.sub(r"(?<=[.!?]) (?=[A-Z\"\u201c])", "  ", text)
    if choose.choice([True, False]):
        text = re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if random.Random(m.start()).random() < 0.1 else " ", text)
    return Edit("dashes and spaces restyled", text, f"dashes as {dash!r}") if text != story.text else None


def reformat_number(story: Story, choose: Chooser) -> Edit | None:
    targets = story.agreeing("number")
    if not targets:
        return None
    finding = choose.choice(targets)
    start, end = story.span(finding)
    value = story.registry.fact(finding.fact_id).value
    if not float(value).is_integer():
        return None
    number = numeric_part(story.text, start, end)
    if number is None:
        return None
    value = int(value)
    formats = [f"{value:,}", str(value), f"{value:,}".replace(",", " ")]
    if value < 1_000_000:
        formats.append(number_in_words(value))
    if value >= 1000 and value % 1000 == 0:
        formats.append(f"{value // 1000}K")
    new = choose.choice([form for form in formats if form != story.text[number[0]:number[1]]] or formats)
    return Edit("number reformatted", story.replace(number[0], number[1], new), f"{finding.fact_id}: {story.text[number[0]:number[1]]!r} -> {new!r}")


def reorder_paragraphs(story: Story, choose: Chooser) -> Edit | None:
    """Shuffle the paragraphs that name nobody and quote nobody: moving the others would change who 'he said' is."""
    document = story.article.document
    named = {story.article.document.sentences[document.sentence_index(m.start)].paragraph for m in story.article.people}
    movable = [
        index for index, paragraph in enumerate(document.paragraphs)
        if paragraph.role == "body" and index not in named
        and not re.search(r'["\u201c\u201d]|\b(?:he|she|they|He|She|They)\b', story.text[paragraph.start:paragraph.end])
    ]
    if len(movable) < 2:
        return None
    order = list(movable)
    for position in range(len(order) - 1, 0, -1):
        other = choose.integer(0, position)
        order[position], order[other] = order[other], order[position]
    if order == movable:
        return None
    pieces = {index: story.text[document.paragraphs[index].start:document.paragraphs[index].end] for index in movable}
    text, cursor = [], 0
    for slot, source in zip(movable, order):
        paragraph = document.paragraphs[slot]
        text += [story.text[cursor:paragraph.start], pieces[source]]
        cursor = paragraph.end
    text.append(story.text[cursor:])
    return Edit("paragraphs reordered", "".join(text), f"{len(movable)} paragraphs shuffled")


def quote_partially(story: Story, choose: Chooser) -> Edit | None:
    targets = [f for f in story.agreeing("quote") if len(words_in(story, f)) >= 6]
    if not targets:
        return None
    finding = choose.choice(targets)
    words = words_in(story, finding)
    keep = choose.integer(4, len(words) - 1)
    first = choose.integer(0, len(words) - keep)
    start, end = words[first][0], words[first + keep - 1][1]
    quote_start, quote_end = story.span(finding)
    text = story.text[:quote_start] + story.text[start:end] + story.text[quote_end:]
    return Edit("partial quote", text, f"{finding.fact_id}: kept {keep} of {len(words)} words")


def add_chrome_and_captions(story: Story, choose: Chooser) -> Edit | None:
    paragraphs = story.article.document.paragraphs
    slot = choose.integer(1, len(paragraphs)) if paragraphs else 0
    at = paragraphs[slot - 1].end if slot else 0
    insert = choose.choice(CHROME + CAPTIONS)
    return Edit("page chrome or caption added", f"{story.text[:at]}\n\n{insert}\n{story.text[at:]}", repr(insert))


def reword_title(story: Story, choose: Chooser) -> Edit | None:
    targets = [f for f in story.agreeing("person", "title") if len(person_of(story, f).titles) > 1]
    if not targets:
        return None
    finding = choose.choice(targets)
    start, end = story.span(finding)
    others = [title for title in person_of(story, finding).titles if title != story.text[start:end]]
    new = choose.choice(others)
    return Edit("title reworded within the accepted set", story.replace(start, end, new), f"{finding.observed!r} -> {new!r}")


def use_accepted_spelling(story: Story, choose: Chooser) -> Edit | None:
    targets = [f for f in story.agreeing("person", "spelling") if person_of(story, f).spellings and f.observed == person_of(story, f).name]
    if not targets:
        return None
    finding = choose.choice(targets)
    new = choose.choice(person_of(story, finding).spellings)
    start, end = story.span(finding)
    return Edit("accepted alias spelling", story.replace(start, end, new), f"{finding.observed!r} -> {new!r}")


def number_in_words(value: int) -> str:
    names = {number: word for word, number in NUMBER_WORDS.items()}
    if value < 20:
        return names[value]
    if value < 100:
        tens, units = divmod(value, 10)
        return names[tens * 10] + (f"-{names[units]}" if units else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        return f"{names[hundreds]} hundred" + (f" {number_in_words(rest)}" if rest else "")
    thousands, rest = divmod(value, 1000)
    return f"{number_in_words(thousands)} thousand" + (f" {number_in_words(rest)}" if rest else "")


PRESERVING: dict[str, Callable[[Story, Chooser], Edit | None]] = {
    "quotes restyled": restyle_quotes,
    "dashes and spaces restyled": restyle_dashes_and_spaces,
    "number reformatted": reformat_number,
    "paragraphs reordered": reorder_paragraphs,
    "partial quote": quote_partially,
    "page chrome or caption added": add_chrome_and_captions,
    "title reworded within the accepted set": reword_title,
    "accepted alias spelling": use_accepted_spelling,
}
