"""Edits to an article version that keep its facts, and edits that break one fact, labelled with it.

Every edit is a plain function of a `Story` (a registry and one version, with the
engine's baseline findings) and a `Chooser` (where the choices come from: Hypothesis
draws in the property tests, a seeded `random.Random` in the benchmark). An edit
that does not apply to this story returns None.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, TypeVar

from harness.article import Article
from harness.checks.numbers import format_number
from harness.engine import Engine
from harness.findings import Finding
from harness.registry import Registry
from harness.vocabulary import NUMBER_WORDS, WEEKDAYS
from harness.versions import Version

Item = TypeVar("Item")

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
_FILLER_WORDS = ("quickly", "never", "firmly", "surely", "openly", "today", "really", "again", "truly")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class Chooser(Protocol):
    def choice(self, options: Sequence[Item]) -> Item: ...

    def integer(self, low: int, high: int) -> int: ...


class RandomChooser:
    """Choices from a seeded `random.Random`: the same seed gives the same edits."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def choice(self, options):
        return self.rng.choice(list(options))

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


@dataclass(frozen=True, slots=True)
class Edit:
    """An edited article: `fact_id` and `fact_kind` name the fact a breaking edit breaks (None when facts are kept)."""

    kind: str
    text: str
    description: str
    fact_id: str | None = None
    fact_kind: str | None = None


class Story:
    """A registry and one version, with the engine's findings on the unedited text."""

    def __init__(self, registry: Registry, version: Version, engine: Engine | None = None):
        self.registry = registry
        self.engine = engine or Engine(registry)
        self.version = version
        self.text = version.text.replace("\r\n", "\n").replace("\r", "\n")
        self.article = Article.prepare(version, people=self.engine.people, reference_date=registry.reference_date)
        self.findings = self.engine.check_version(version)

    def __repr__(self) -> str:
        return f"Story({self.version.name!r}, text={self.text!r})"

    def agreeing(self, kind: str, check: str | None = None) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind and f.status == "agrees" and (check is None or f.check == check)]

    def span(self, finding: Finding) -> tuple[int, int]:
        """The observed value's span in the article text."""
        start = self.article.document.line_starts[finding.line - 1] + finding.column - 1
        return start, start + finding.highlight[1] - finding.highlight[0]

    def with_text(self, text: str) -> Version:
        version = self.version
        return Version(version.name, version.path, text, version.label, version.outlet, version.published, version.inferred)

    def replace(self, start: int, end: int, new: str) -> str:
        return self.text[:start] + new + self.text[end:]

    def discrepancies(self, text: str) -> list[Finding]:
        return [f for f in self.engine.check_version(self.with_text(text)) if f.is_discrepancy]


# ---- Edits that keep every fact -------------------------------------------------

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
    number = _numeric_part(story.text, start, end)
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
    targets = [f for f in story.agreeing("quote") if len(_words_in(story, f)) >= 6]
    if not targets:
        return None
    finding = choose.choice(targets)
    words = _words_in(story, finding)
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
    targets = [f for f in story.agreeing("person", "title") if len(_person_of(story, f).titles) > 1]
    if not targets:
        return None
    finding = choose.choice(targets)
    start, end = story.span(finding)
    others = [title for title in _person_of(story, finding).titles if title != story.text[start:end]]
    new = choose.choice(others)
    return Edit("title reworded within the accepted set", story.replace(start, end, new), f"{finding.observed!r} -> {new!r}")


def use_accepted_spelling(story: Story, choose: Chooser) -> Edit | None:
    targets = [f for f in story.agreeing("person", "spelling") if _person_of(story, f).spellings and f.observed == _person_of(story, f).name]
    if not targets:
        return None
    finding = choose.choice(targets)
    new = choose.choice(_person_of(story, finding).spellings)
    start, end = story.span(finding)
    return Edit("accepted alias spelling", story.replace(start, end, new), f"{finding.observed!r} -> {new!r}")


# ---- Edits that break one fact --------------------------------------------------

def move_date(story: Story, choose: Chooser) -> Edit | None:
    targets = story.agreeing("date")
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
        other = choose.choice([w.title() for w in WEEKDAYS if w.title() != weekday.group()])
        new = old[:weekday.start()] + other + old[weekday.end():]
    elif year:
        new = old[:year.start()] + str(int(year.group()) + choose.choice([-3, -2, -1, 1, 2, 3])) + old[year.end():]
    elif relative:
        new = old[:relative.start()] + choose.choice([w for w in ("today", "yesterday", "tomorrow") if w != relative.group().lower()]) + old[relative.end():]
    else:
        return None
    return Edit("date or weekday moved", story.replace(start, end, new), f"{old!r} -> {new!r}", finding.fact_id, "date")


def change_number(story: Story, choose: Chooser) -> Edit | None:
    targets = story.agreeing("number")
    if not targets:
        return None
    finding = choose.choice(targets)
    fact = story.registry.fact(finding.fact_id)
    start, end = story.span(finding)
    number = _numeric_part(story.text, start, end)
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
    return Edit("number changed beyond tolerance", story.replace(number[0], number[1], new), f"{old!r} -> {new!r}", finding.fact_id, "number")


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
    targets = [f for f in story.agreeing("quote") if len(_words_in(story, f)) >= 4]
    if not targets:
        return None
    finding = choose.choice(targets)
    words = _words_in(story, finding)
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
BREAKING: dict[str, Callable[[Story, Chooser], Edit | None]] = {
    "date or weekday moved": move_date,
    "number changed beyond tolerance": change_number,
    "quote given to another registered person": misattribute_quote,
    "quote words altered": alter_quote_words,
    "registered name misspelt": misspell_name,
}


def outcome(story: Story, edit: Edit) -> str:
    """For a breaking edit: "flagged" when the broken fact, with its id and kind, contradicts more often than before;
    "unclear" when the engine says it cannot tell instead; else "missed"."""
    def count(findings, status):
        return sum(1 for f in findings if f.status == status and f.fact_id == edit.fact_id and f.kind == edit.fact_kind)

    after = story.engine.check_version(story.with_text(edit.text))
    if count(after, "contradicts") > count(story.findings, "contradicts"):
        return "flagged"
    if count(after, "unclear") > count(story.findings, "unclear"):
        return "unclear"
    return "missed"


def flagged(story: Story, edit: Edit) -> bool:
    """Whether the engine flags the broken fact, with its id and kind, more often than in the unedited text."""
    return outcome(story, edit) == "flagged"


def new_discrepancies(story: Story, edit: Edit) -> list[Finding]:
    """Discrepancies the edited text has and the unedited one does not (by fact and check)."""
    baseline = {(f.fact_id, f.check) for f in story.findings if f.is_discrepancy}
    return [f for f in story.discrepancies(edit.text) if (f.fact_id, f.check) not in baseline]


# ---- helpers ----------------------------------------------------------------------

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


def _numeric_part(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    match = re.search(rf"\d[\d, ]*\d|\d|\b(?:{words}|hundred|thousand|million)(?:[\s-]+(?:and\s+)?(?:{words}|hundred|thousand|million))*\b", text[start:end], re.IGNORECASE)
    return (start + match.start(), start + match.end()) if match else None


def _words_in(story: Story, finding: Finding) -> list[tuple[int, int]]:
    start, end = story.span(finding)
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\W_]+(?:['\u2019.-][^\W_]+)*", story.text[start:end])]


def _person_of(story: Story, finding: Finding):
    fact = story.registry.fact(finding.fact_id)
    return story.registry.people[fact.person]


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
