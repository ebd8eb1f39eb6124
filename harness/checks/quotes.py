"""Quote facts: the words of a direct quote and who said it.

An article's quote agrees with a registered one when, compared word by word (see `wording`), one holds the
other: the article may quote only part of the registry's words (leaving words out at an ellipsis), or quote
more around them. Close but different words are a misquote: at least three words in common, and at most a
third of the overlapping stretch changed, or eight in common and no more changed than kept, or, for words given
to the registered speaker, five in common, three of them of substance, and no more than twice as many changed (the same remark in other
words). The registry's words given to another registered person are a misattribution (not to an organisation
the speaker's title names: the WHO for its "WHO Director-General", or the other way round); given to nobody, they are
"unattributed" (a warning), unless they stand as a heading, which by convention names no one, or inside the
writer's own sentence (then "unclear", as for someone unclear). A quote that holds several registered quotes is compared with each. Ties between registered quotes go to the one its speaker said, then to the one listed first,
so the result never depends on hashing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import groupby
from os.path import commonprefix
from typing import Iterator

from harness.findings import Finding
from harness.registry.loader import Registry
from harness.registry.schema import Person, QuoteFact
from harness.text.article import Article
from harness.text.attribution import HEADING, IN_THE_WRITERS_SENTENCE, UNCLEAR, Attribution, attribute, find_quotes
from harness.text.tokens import holds_run, phrase_keys
from harness.text.vocabulary import lexicon
from harness.text.wording import Words, hyphened_as, quote_words

_MIN_WORDS = 3
_JOINING = frozenset({"and", "but", "so", "yet"})
_MAX_CHANGED_SHARE = 1 / 3
_LONG_COMMON = 8
_SPEAKERS_COMMON = 5
_SPEAKERS_CONTENT = 3
_CANDIDATES = 5
_STEM = 5
_FUNCTION_WORDS = frozenset(lexicon("context")["function_words"])
_UNATTRIBUTED_WORDS = 5  # a shorter phrase of a longer quote, with no speaker, is the writer's own sentence (`_narrative`)


def quote_segments(text: str) -> list[tuple[str, ...]]:
    """The quote's words as comparable keys, split where an ellipsis marks words left out."""
    words = quote_words(text)
    bounds = [0, *sorted(words.gaps), len(words.keys)]
    return [words.keys[start:end] for start, end in zip(bounds, bounds[1:]) if end > start]


def word_diff(expected: Words, observed: Words) -> list[tuple[str, str]]:
    """Word-level difference as (operation, words as written) pairs: equal, delete (registry only), insert
    (article only). Words the article leaves out at either end are no difference, nor are words it adds at either
    end across a sentence's or clause's end; words it adds to the quoted sentence are."""
    parts: list[tuple[str, str]] = []
    for op in _core(align(expected.keys, observed.keys), expected, observed):
        if op.tag == "equal":
            parts.append(("equal", _shown(expected, op.src_start, op.src_end)))
        if op.tag in ("delete", "replace"):
            parts.append(("delete", _shown(expected, op.src_start, op.src_end)))
        if op.tag in ("insert", "replace"):
            parts.append(("insert", _shown(observed, op.dest_start, op.dest_end)))
    return parts


@dataclass(frozen=True, slots=True)
class Step:
    tag: str
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def align(expected: tuple[str, ...], observed: tuple[str, ...]) -> list[Step]:
    """Word alignment by longest matching stretches first, so a fragment lines up with the words it was cut from
    ("I cannot deliver …" with the registry's second "I", not its first)."""
    matcher = SequenceMatcher(None, expected, observed, autojunk=False)
    return [Step(tag, a1, a2, b1, b2) for tag, a1, a2, b1, b2 in matcher.get_opcodes()]


def _core(ops: list[Step], canonical: Words, observed: Words) -> list[Step]:
    """The steps without the words only one side has at either end (a partial quote, or one that goes on into
    other sentences or, past an ellipsis, another passage); a changed word at an end, or words added to the quoted
    sentence itself, are changes, except words before a registered quote that opens in lower case ("for its efforts
    to achieve …"): the start of a sentence the registry holds only the rest of."""
    ops = _partial_ends(list(ops))
    opens_mid = bool(canonical.shown) and canonical.shown[0][:1].islower()
    while ops and (ops[0].tag == "delete" or ops[0].tag == "insert" and (ops[0].dest_end - 1 in observed.stops or opens_mid
                                                                          or _joined_before(ops, observed))
                   or ops[0].tag != "equal" and ops[0].dest_end in observed.gaps):
        ops.pop(0)
    while ops and (ops[-1].tag == "delete" or ops[-1].tag == "insert" and ops[-1].dest_start - 1 in observed.stops
                   or ops[-1].tag != "equal" and ops[-1].dest_start in observed.gaps):
        ops.pop()
    return ops if any(op.tag == "equal" for op in ops) else []


def _joined_before(ops: list[Step], observed: Words) -> bool:
    """Words before the registered quote's first word that end on "but", "and" or "so" are another clause of the
    speaker's, joined on ("Probably that's not your last Grand Slam, but I hope …"), not words added to it. (After
    its last word they may be: "… on defence and I do want to thank the allies" runs the sentence on.)"""
    return len(ops) > 1 and ops[1].tag == "equal" and ops[1].src_start == 0 and observed.keys[ops[0].dest_end - 1] in _JOINING


def _partial_ends(ops: list[Step]) -> list[Step]:
    """A changed stretch at either end that replaces more of the registry's words than the article has there is a
    partial quote with its first (or last) words changed: 'doesn't have enough in the tank' changes only "no longer"
    of "I know … I no longer have enough in the tank"; the rest is left out."""
    if ops and ops[0].tag == "replace" and ops[0].src_end - ops[0].src_start > ops[0].dest_end - ops[0].dest_start:
        first = ops[0]
        cut = first.src_end - (first.dest_end - first.dest_start)
        ops[:1] = [Step("delete", first.src_start, cut, first.dest_start, first.dest_start),
                   Step("replace", cut, first.src_end, first.dest_start, first.dest_end)]
    if ops and ops[-1].tag == "replace" and ops[-1].src_end - ops[-1].src_start > ops[-1].dest_end - ops[-1].dest_start:
        last = ops[-1]
        cut = last.src_start + (last.dest_end - last.dest_start)
        ops[-1:] = [Step("replace", last.src_start, cut, last.dest_start, last.dest_end),
                    Step("delete", cut, last.src_end, last.dest_end, last.dest_end)]
    return ops


@dataclass(frozen=True, slots=True)
class Comparison:
    """How an article's words relate to a registered quote: `exact` (one holds the other), `equal` words in
    common, the changed stretches, whether the registry's words are all there (`whole`), where in the
    article's words the overlap lies, and how many words the registered wording has."""

    exact: bool
    equal: int
    changes: tuple[tuple[str, str], ...]
    whole: bool
    span: tuple[int, int]
    words: int


def compare(canonical: Words, observed: Words, *, same_speaker: bool = False) -> Comparison | None:
    """Compare an article's quote with a registered one; None when they are not the same quote. Words given to the
    registered quote's own speaker may be that quote reworded (see `_reworded`). An ellipsis in the article's quote
    may join another passage of the speech to the registered one ("The fact I won the Bronze … ever since failed to
    win a medal… this is probably the biggest sporting success"): the passages on either side of it are compared
    too, and the closest comparison stands."""
    canonical = hyphened_as(canonical, observed)
    found = _compare(canonical, observed, same_speaker=same_speaker)
    if found is not None and found.exact or not observed.gaps:
        return found
    for start, end in _passages(observed):
        part = _compare(canonical, _sliced(observed, start, end), same_speaker=same_speaker)
        if part is not None and (found is None or _closeness(part) > _closeness(found)):
            found = replace(part, span=(part.span[0] + start, part.span[1] + start))
    return found


def _passages(words: Words) -> list[tuple[int, int]]:
    """The runs of the words that start or end at an ellipsis."""
    cuts = sorted(words.gaps)
    return [(cut, len(words.keys)) for cut in cuts] + [(0, cut) for cut in cuts]


def _sliced(words: Words, start: int, end: int) -> Words:
    return Words(words.keys[start:end], words.shown[start:end], frozenset(g - start for g in words.gaps if start < g < end),
                 frozenset(s - start for s in words.stops if start <= s < end))


def _compare(canonical: Words, observed: Words, *, same_speaker: bool) -> Comparison | None:
    aligned = align(canonical.keys, observed.keys)
    ops = _core(aligned, canonical, observed)
    if not ops:
        return None
    span = (ops[0].dest_start, ops[-1].dest_end)
    whole = ops[0].src_start == 0 and ops[-1].src_end == len(canonical.keys)
    equal = _equal(ops)
    changed, changes = _changes(ops, canonical, observed)
    if not changes:
        if equal >= _MIN_WORDS or observed.keys == canonical.keys or (same_speaker and _telling(observed.keys)):
            return Comparison(True, equal, (), whole, span, len(canonical.keys))
        return None
    if equal >= _MIN_WORDS and changed <= max(1, int((equal + changed) * _MAX_CHANGED_SHARE)):
        return Comparison(False, equal, tuple(changes), whole, span, len(canonical.keys))
    if equal >= _LONG_COMMON and changed <= equal:
        return Comparison(False, equal, tuple(changes), whole, span, len(canonical.keys))  # a long quote heavily reworded is still that quote
    if same_speaker and whole and changed == _stem_swaps(ops, canonical, observed) and equal + changed >= _MIN_WORDS:
        return Comparison(False, equal, tuple(changes), whole, span, len(canonical.keys))  # "We're heartbroken" for "We are heartsick"
    return _reworded(canonical, observed, aligned) if same_speaker else None


def _telling(keys: tuple[str, ...]) -> bool:
    """Two words given to the quote's own speaker, both of substance ("an 'extraordinary partner'"), are that quote's
    words: too few to tell a misquote, enough to say the version states the quote. Never a contradiction."""
    return len(keys) == _MIN_WORDS - 1 and not any(key in _FUNCTION_WORDS for key in keys)


def _stem_swaps(ops: list[Step], canonical: Words, observed: Words) -> int:
    """Words swapped one for one with a word of the same stem ("heartbroken" for "heartsick"): a short quote
    given whole to its speaker with only such swaps is that quote misquoted, though too short to share three words."""
    return sum(1 for op in ops if op.tag == "replace" and op.src_end - op.src_start == 1 == op.dest_end - op.dest_start
               and len(commonprefix([canonical.keys[op.src_start], observed.keys[op.dest_start]])) >= _STEM)


def _reworded(canonical: Words, observed: Words, aligned: list[Step]) -> Comparison | None:
    """The speaker's remark in other words: within the article's sentences that share two or more words in a row
    with it, five words in common and no more than twice as many changed. The article's words before the first
    and after the last word in common are its own (other sentences, or a clause run on with "and"); the
    registry's words changed there count, its words left out do not. `aligned` is the whole quote's alignment."""
    runs = [run for op in aligned if op.tag == "equal"
            for run in _by_sentence(op.dest_start, op.dest_end, observed.stops) if run[1] - run[0] >= 2]
    if not runs:
        return None
    first = max((stop + 1 for stop in observed.stops if stop < runs[0][0]), default=0)
    last = min((stop + 1 for stop in observed.stops if stop >= runs[-1][1] - 1), default=len(observed.keys))
    ops = [Step(op.tag, op.src_start, op.src_end, op.dest_start + first, op.dest_end + first)
           for op in align(canonical.keys, observed.keys[first:last])]
    matched = [index for index, op in enumerate(ops) if op.tag == "equal"]
    inner = ops[matched[0]:matched[-1] + 1]
    equal = _equal(inner)
    changed, changes = _changes(inner, canonical, observed)
    lead = [op for op in ops[max(0, matched[0] - 1):matched[0]] if op.tag == "replace"]
    trail = [op for op in ops[matched[-1] + 1:matched[-1] + 2] if op.tag == "replace"]
    changed += sum(op.src_end - op.src_start for op in lead + trail)
    changes = [(_shown(canonical, op.src_start, op.src_end), "") for op in lead] + changes + \
        [(_shown(canonical, op.src_start, op.src_end), "") for op in trail]
    stems = _stem_swaps(inner, canonical, observed)  # a word swapped for one of its own stem ("misrepresentation") still marks it
    if equal + stems < _SPEAKERS_COMMON or _content(canonical.keys, observed.keys[first:last]) + stems < _SPEAKERS_CONTENT or changed > 2 * equal:
        return None
    whole = inner[0].src_start == 0 and inner[-1].src_end == len(canonical.keys)
    # no change at all: the remark word for word, with a clause of the article's own run on ("…, and remind …")
    return Comparison(not changes, equal, tuple(changes), whole, (inner[0].dest_start, inner[-1].dest_end), len(canonical.keys))


def _content(canonical: tuple[str, ...], observed: tuple[str, ...]) -> int:
    """Words of substance both hold, in any order: "our … today is … to keep it there" shares seven words with "our
    decision today is designed to keep it there" but only two of substance, too few to call it that remark reworded;
    "Lahaina was burned down with a few exceptions" shares three with "Lahaina, with a few rare exceptions, has been
    burned down"."""
    return sum((Counter(key for key in canonical if key not in _FUNCTION_WORDS) & Counter(observed)).values())


def _by_sentence(start: int, end: int, stops: frozenset[int]) -> list[tuple[int, int]]:
    """Words start to end cut where a sentence or clause ends."""
    cuts = [start, *sorted(stop + 1 for stop in stops if start <= stop < end - 1), end]
    return list(zip(cuts, cuts[1:]))


def _equal(ops: list[Step]) -> int:
    return sum(op.src_end - op.src_start for op in ops if op.tag == "equal")


def _changes(ops: list[Step], canonical: Words, observed: Words) -> tuple[int, list[tuple[str, str]]]:
    """How many words changed, and each changed stretch as (registry's words, article's words); words left out
    at an ellipsis are no change."""
    changed = 0
    changes = []
    for op in ops:
        if op.tag == "equal" or op.tag == "delete" and op.dest_start in observed.gaps:
            continue
        changed += max(op.src_end - op.src_start, op.dest_end - op.dest_start)
        changes.append((_shown(canonical, op.src_start, op.src_end), _shown(observed, op.dest_start, op.dest_end)))
    return changed, changes


def _shown(words: Words, start: int, end: int) -> str:
    """The words as written behind keys start to end, once each ("didn't" stands behind "did" and "not")."""
    return " ".join(word for word, _ in groupby(words.shown[start:end]))


class QuoteCheck:
    def __init__(self, registry: Registry, facts: list[QuoteFact]):
        self.people = registry.people
        self.speaks_for = _speaks_for(registry.people)
        self.facts = facts
        self.order = {fact.id: position for position, fact in enumerate(facts)}
        self.wordings = [(fact, quote_words(wording)) for fact in facts for wording in fact.wordings]
        self.by_bigram: dict[tuple[str, str], list[int]] = defaultdict(list)
        for entry, (_, words) in enumerate(self.wordings):
            for pair in dict.fromkeys(_pairs(words.keys)):
                self.by_bigram[pair].append(entry)

    def run(self, article: Article) -> Iterator[Finding]:
        quotes = find_quotes(article)
        if not quotes:
            return
        for attribution in attribute(article, quotes, self.people):
            observed = quote_words(article.document.text[attribution.quote.start:attribution.quote.end])
            for fact, comparison in self._matches(observed, attribution.speaker):
                if _narrative(attribution, comparison) and not comparison.exact:
                    continue  # "a ‘public health emergency for continental security’" with no speaker: maybe no quote of it at all
                yield self._finding(article, fact, comparison, attribution, observed)

    def _matches(self, observed: Words, speaker: str | None) -> list[tuple[QuoteFact, Comparison]]:
        """The registered quotes these words hold or belong to: every one the article quotes whole, then the
        fragments and the misquotes among the rest of its words; else the one a fragment belongs to (its
        speaker's first); else the misquotes, closest first, each in words no closer one took."""
        keys = observed.keys
        if not keys:
            return []
        votes: Counter[int] = Counter()
        for pair in _pairs(keys):
            votes.update(self.by_bigram.get(pair, ()))
        ranked = sorted(votes, key=lambda entry: (-votes[entry], entry))[:_CANDIDATES * 2]
        compared = self._closest_wordings(observed, speaker, ranked)
        whole = [(fact, c) for fact, c in compared if c.exact and c.whole and c.words >= _MIN_WORDS]
        variants = sorted(((fact, c) for fact, c in compared if not c.exact),
                          key=lambda item: (len(item[1].changes), -item[1].equal, self.order[item[0].id]))
        exact = [(fact, c) for fact, c in compared if c.exact]
        if whole:
            taken = [c.span for _, c in whole]
            parts = sorted(((fact, c) for fact, c in exact if (fact, c) not in whole),
                           key=lambda item: (item[0].speaker != speaker, -item[1].equal, self.order[item[0].id]))
            return whole + _apart(parts, taken) + _apart(variants, taken)
        if exact:  # a fragment of one quote; words apart from it may hold or misquote another ("… the victory. Just … in the 27, …")
            chosen = next(((fact, c) for fact, c in exact if fact.speaker == speaker), exact[0])
            others = [(fact, c) for fact, c in exact + variants if fact is not chosen[0]]
            return [chosen] + _apart(others, [chosen[1].span])
        return _apart(variants, [])

    def _closest_wordings(self, observed: Words, speaker: str | None, entries: list[int]) -> list[tuple[QuoteFact, Comparison]]:
        """Each candidate fact once, compared through the wording closest to these words: a remark two agencies
        translated differently agrees with the fact in either accepted translation."""
        best: dict[str, tuple[QuoteFact, Comparison]] = {}
        for entry in entries:
            fact, words = self.wordings[entry]
            comparison = compare(words, observed, same_speaker=fact.speaker == speaker)
            if comparison is not None and (fact.id not in best or _closeness(comparison) > _closeness(best[fact.id][1])):
                best[fact.id] = (fact, comparison)
        return list(best.values())

    def _finding(self, article: Article, fact: QuoteFact, comparison: Comparison, attribution: Attribution, observed: Words) -> Finding:
        speaker = attribution.speaker
        expected_speaker = self.people[fact.speaker].name
        observed_speaker = self._name(speaker)
        expected = f'"{fact.quote}" ({expected_speaker})'
        observed_text = f'"{article.document.original[attribution.quote.start:attribution.quote.end].strip()}" ({observed_speaker})'
        differences = _describe(comparison.changes)
        wording = "" if comparison.exact else f"; the words also differ: {differences}"
        label = fact.summary or fact.id
        if speaker == UNCLEAR and not comparison.exact and not _headline_cut(article, attribution, comparison):
            status, check, message = "contradicts", "wording", f"{label}: misquoted: {differences} (its speaker is unclear)"
        elif speaker == UNCLEAR:
            status, check, message = "unclear", "speaker", f"{label}: the speaker of this quote is unclear (two people could be meant)"
        elif speaker is None and attribution.unregistered and comparison.exact and not _narrative(attribution, comparison):
            status, check, message = "unclear", "speaker", (
                f"{label}: the quote's speaker, “{attribution.unregistered}”, is no one the registry names; if it is "
                f"{expected_speaker}, add the words to their spellings or descriptions")
        elif speaker is None and attribution.unregistered and not _narrative(attribution, comparison):
            status, check, message = "contradicts", "wording", f"{label}: misquoted: {differences} (given to “{attribution.unregistered}”)"
        elif speaker is None and attribution.how == IN_THE_WRITERS_SENTENCE and not _narrative(attribution, comparison):
            status, check, message = ("unclear", "speaker", f"{label}: quoted in the writer's own sentence, which names no one saying it; "
                                      f"the registry has {expected_speaker}") if comparison.exact else (
                "contradicts", "wording", f"{label}: misquoted: {differences} (in the writer's own sentence)")
        elif speaker is None and attribution.how != HEADING and not _narrative(attribution, comparison):
            status, check, message = "unattributed", "speaker", f"{label}: the quote names no speaker; the registry has {expected_speaker}{wording}"
        elif speaker not in (None, fact.speaker) and frozenset((speaker, fact.speaker)) not in self.speaks_for:
            status, check, message = "contradicts", "speaker", f"{label}: quote given to {observed_speaker}; the registry has {expected_speaker}{wording}"
        elif not comparison.exact and _headline_cut(article, attribution, comparison):
            status, check, message = "agrees", "wording", f"{label}: a headline's shortening of the quote: {differences}"
        elif not comparison.exact:
            status, check, message = "contradicts", "wording", f"{label}: misquoted: {differences}"
        else:
            status, check, message = "agrees", "speaker", f"{label}: quote agrees"
        if status == "contradicts" and fact.disputed:  # sources disagree on this quote: information, never a failure
            status, message = "disputed", f"{message} (sources disagree on this quote)"
        tie = f"quote words: {comparison.equal} of {comparison.words} registered words in common; speaker {attribution.how}"
        return article.finding(
            fact, check=check, status=status, start=attribution.quote.start, end=attribution.quote.end,
            expected=expected, observed=observed_text, message=message, speaker=speaker, tie=tie,
        )

    def _name(self, speaker: str | None) -> str:
        if speaker is None:
            return "no registered speaker named"
        if speaker == UNCLEAR:
            return "speaker unclear"
        person: Person = self.people[speaker]
        return person.name


def _narrative(attribution: Attribution, comparison: Comparison) -> bool:
    """A phrase of fewer than five words from a longer quote, with no speaker named, set in the writer's own sentence
    ("put the takeover “temporarily on hold”"): it needs no speaker, and words changed in it prove no misquote."""
    return attribution.speaker is None and attribution.how != HEADING and not comparison.whole and comparison.equal < _UNATTRIBUTED_WORDS


def _headline_cut(article: Article, attribution: Attribution, comparison: Comparison) -> bool:
    """Words only left out, in a headline or a crosshead ("‘I hear the pain you’re feeling’, judge tells …" for "I
    acknowledge and hear the pain that you're feeling"): headlines shorten quotes by convention; a changed or added
    word there is still a misquote."""
    if any(observed for _, observed in comparison.changes):
        return False
    return attribution.how == HEADING or attribution.quote.paragraph == article.document.headline()


def _speaks_for(people: dict[str, Person]) -> set[frozenset[str]]:
    """Pairs of a registered person and an organisation their title names: the WHO's words are its Director-General's
    ("WHO Director-General"), and his are the WHO's. Found once per registry, not per quote."""
    organisations = {person.id: [keys for name in person.accepted_names if (keys := phrase_keys(name))]
                     for person in people.values() if person.pronoun == "it"}
    return {frozenset((person.id, organisation)) for person in people.values() for title in person.titles
            for organisation, names in organisations.items() if any(holds_run(phrase_keys(title), name) for name in names)}


def _closeness(comparison: Comparison) -> tuple[int, bool, int]:
    """How well a wording explains the article's words: words in common less changed stretches first, so a
    wording that accounts for the whole quote beats one that holds only a fragment of it exactly."""
    return comparison.equal - len(comparison.changes), comparison.exact, comparison.equal


def _apart(matches: list[tuple[QuoteFact, Comparison]], taken: list[tuple[int, int]]) -> list[tuple[QuoteFact, Comparison]]:
    """The matches, best first, whose words overlap no match already taken: one quote may hold several remarks."""
    chosen = []
    for fact, comparison in matches:
        start, end = comparison.span
        if not any(start < other_end and other_start < end for other_start, other_end in taken):
            chosen.append((fact, comparison))
            taken.append(comparison.span)
    return chosen


def _pairs(keys: tuple[str, ...]) -> list[tuple[str, str]]:
    """Adjacent word pairs, the index that finds candidate quotes; a one-word quote is its own pair."""
    return list(zip(keys, keys[1:])) if len(keys) > 1 else [(keys[0], "")] if keys else []


def _describe(changes: tuple[tuple[str, str], ...]) -> str:
    parts = []
    for expected, observed in changes:
        parts += [f"-[{expected}]"] if expected else []
        parts += [f"+[{observed}]"] if observed else []
    return " ".join(parts) or "punctuation only"
