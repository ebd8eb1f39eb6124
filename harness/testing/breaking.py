"""Edits that break exactly one fact, each labelled with the fact's id and kind: a date moved, a number changed,
a quote given to another person or altered, a name misspelt."""

from __future__ import annotations

import re
from typing import Callable

from harness.testing.story import Chooser, Edit, Story, numeric_part, words_in
from harness.text.quantities import extract_numbers, format_number
from harness.text.vocabulary import WEEKDAYS

_FILLER_WORDS = ("quickly", "never", "firmly", "surely", "openly", "today", "really", "again", "truly")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def move_date(story: Story, choose: Chooser) -> Edit | None:
    """A day, weekday, year or relative day moved. A weekday is never moved onto another registered event's weekday:
    "talks in Brussels on Monday", after "The Geneva talks are being followed by", may be read as the Geneva talks'
    own Monday, so the edit would break nothing for certain."""
    targets = story.firmly_agreeing("date")
    if not targets:
        return None
    finding = choose.choice(targets)
    start, end = story.span(finding)
    old = story.text[start:end]
    weekday = re.search(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", old)
    day = re.search(r"(?<!\d)(\d{1,2})(?!\d)(?!-)", old) if finding.check == "date" else None
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", old)
    relative = re.search(r"[Tt]oday|[Yy]esterday|[Tt]omorrow", old)
    if day and not re.fullmatch(r"\d{4}", old):
        new = old[:day.start()] + str(_other_day(int(day.group()), choose)) + old[day.end():]
    elif weekday:
        taken = {fact.day.weekday() for fact in story.registry.facts
                 if fact.kind == "date" and not fact.year_only and fact.id != finding.fact_id}
        others = [w.title() for position, w in enumerate(WEEKDAYS) if w.title() != weekday.group() and position not in taken]
        if not others:
            return None
        new = old[:weekday.start()] + choose.choice(others) + old[weekday.end():]
    elif year:
        new = old[:year.start()] + str(int(year.group()) + choose.choice([-3, -2, -1, 1, 2, 3])) + old[year.end():]
    elif relative:
        new = old[:relative.start()] + choose.choice([w for w in ("today", "yesterday", "tomorrow") if w != relative.group().lower()]) + old[relative.end():]
    else:
        return None
    return Edit("date or weekday moved", story.replace(start, end, new), f"{old!r} -> {new!r}", finding.fact_id, "date")


def change_number(story: Story, choose: Chooser) -> Edit | None:
    targets = story.firmly_agreeing("number")
    if not targets:
        return None
    finding = choose.choice(targets)
    fact = story.registry.fact(finding.fact_id)
    start, end = story.span(finding)
    number = numeric_part(story.text, start, end)
    if number is None:
        return None
    factor = choose.choice([10, 0.1, 2, 0.5, 3, 1.5])
    new_value = fact.value * factor
    if abs(new_value - fact.value) <= fact.tolerance * abs(fact.value) or new_value <= 0:
        return None
    old = story.text[number[0]:number[1]]
    new = format_number(round(new_value, 1) if not float(new_value).is_integer() else new_value)
    if "," not in old and old[:1].isdigit():
        new = new.replace(",", "")
    text = story.replace(number[0], number[1], new)
    edited = [m for m in extract_numbers(text, start, end + len(new) - len(old)) if m.start <= number[0] < m.end]
    if not edited or edited[0].allows(fact.value, fact.tolerance):
        return None  # "more than seven years" made "more than 0.7 years" still allows seven
    return Edit("number changed beyond tolerance", text, f"{old!r} -> {new!r}", finding.fact_id, "number")


def misattribute_quote(story: Story, choose: Chooser) -> Edit | None:
    """Name another registered person where the quote's speaker is named in its sentence."""
    candidates = []
    for finding in story.agreeing("quote"):
        if finding.speaker is None:
            continue
        quote_start, quote_end = story.span(finding)
        sentence_start = quote_start - finding.highlight[0]
        sentence_end = sentence_start + len(finding.sentence)
        for mention in story.article.people:
            if mention.person_id == finding.speaker and sentence_start <= mention.start < sentence_end and not quote_start <= mention.start < quote_end:
                candidates.append((finding, mention))
    if not candidates:
        return None
    finding, mention = choose.choice(candidates)
    people = story.registry.people
    speaker = people[finding.speaker]
    others = [p for p in people.values() if p.id != speaker.id and p.pronoun == speaker.pronoun] or [p for p in people.values() if p.id != speaker.id]
    if not others:
        return None
    other = choose.choice(others)
    return Edit("quote given to another registered person", story.replace(mention.start, mention.end, other.name),
                f"{finding.fact_id}: {speaker.name} -> {other.name}", finding.fact_id, "quote")


def alter_quote_words(story: Story, choose: Chooser) -> Edit | None:
    targets = [f for f in story.agreeing("quote") if len(words_in(story, f)) >= 4]
    if not targets:
        return None
    finding = choose.choice(targets)
    words = words_in(story, finding)
    index = choose.integer(1, len(words) - 2)
    start, end = words[index]
    old = story.text[start:end]
    operation = choose.choice(["change", "add", "drop"])
    quoted = {story.text[s:e].lower() for s, e in words}
    filler = choose.choice([w for w in _FILLER_WORDS if w not in quoted])
    if operation == "change":
        text = story.replace(start, end, filler)
    elif operation == "add":
        text = story.replace(start, start, filler + " ")
    else:
        text = story.replace(start, words[index + 1][0], "")
    return Edit("quote words altered", text, f"{finding.fact_id}: {operation} {old!r}", finding.fact_id, "quote")


def misspell_name(story: Story, choose: Chooser) -> Edit | None:
    targets = []
    for finding in story.agreeing("person", "spelling"):
        start, end = story.span(finding)
        surname = re.search(r"[\w'-]+$", story.text[start:end])
        if surname and len(surname.group()) >= 4:
            targets.append((finding, start + surname.start(), start + surname.end()))
    if not targets:
        return None
    finding, start, end = choose.choice(targets)
    old = story.text[start:end]
    accepted = {word.lower() for person in story.registry.people.values() for name in person.accepted_names for word in name.split()}
    new = old
    for _ in range(choose.integer(1, 2 if len(old) >= 7 else 1)):
        new = _one_edit(new, choose)
    if new.lower() in accepted or new == old:
        return None
    return Edit("registered name misspelt", story.replace(start, end, new), f"{old!r} -> {new!r}", finding.fact_id, "person")


def _other_day(day: int, choose: Chooser) -> int:
    return choose.choice([d for d in (day - 3, day - 2, day - 1, day + 1, day + 2, day + 3) if 1 <= d <= 28 and d != day])


def _one_edit(word: str, choose: Chooser) -> str:
    position = choose.integer(1, len(word) - 1)
    operation = choose.choice(["substitute", "delete", "insert", "double"])
    if operation == "substitute":
        letter = choose.choice([c for c in _LETTERS if c != word[position].lower()])
        return word[:position] + letter + word[position + 1:]
    if operation == "delete" and len(word) > 4:
        return word[:position] + word[position + 1:]
    if operation == "double":
        return word[:position] + word[position] + word[position:]
    return word[:position] + choose.choice(_LETTERS) + word[position:]


BREAKING: dict[str, Callable[[Story, Chooser], Edit | None]] = {
    "date or weekday moved": move_date,
    "number changed beyond tolerance": change_number,
    "quote given to another registered person": misattribute_quote,
    "quote words altered": alter_quote_words,
    "registered name misspelt": misspell_name,
}
