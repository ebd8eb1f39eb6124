"""Finding registered people in a text: accepted spellings, and near-miss spellings in a telling context."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from harness.registry.schema import Person
from harness.text.tokens import PhraseIndex, Token, phrase_keys, word_key
from harness.text.vocabulary import HONORIFICS, ROLE_WORDS, SPEECH_VERBS, lexicon


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A name in the text; `accepted` is False for a near-miss spelling, with the spelling it missed in `expected`."""

    start: int
    end: int
    person_id: str
    surface: str
    accepted: bool
    expected: str


_FUNCTION_WORDS = frozenset(lexicon("context")["function_words"])
_BEFORE_REGION = re.compile(r",\s+(?:" + "|".join(re.escape(region) for region in lexicon("names")["regions"]) + r")\b")
_NAME_GAP = re.compile(r"(?:\s+[A-Z]\.)*\s+")  # a space, or initials: "George W. Bush"
_DERIVING_ENDINGS = frozenset({"an", "ian", "ean", "ism", "ist", "ists", "ite", "ites", "esque"})
_SLIPPED_IN = frozenset({"the", "of", "s", "and", "for", "a", "in", "on", "at", "to"})  # "Bank of the Japan", "People's Power party"
_SHORT_FORMS = {frozenset((name, short)) for name, shorts in lexicon("names")["short_forms"].items() for short in shorts}
_TITLE_WORDS = frozenset(lexicon("names")["title_words"])
_PLACES = frozenset(word.lower() for word in lexicon("names")["places"])  # "France" is no slip of Pope Francis
_SHORTEST_SLIPPED = 7  # "Haaland"; a shorter word a letter off is too often another ("Xinhua", "Binhua")
_SHORTEST_ACRONYM = 4  # "WHO" and "NHS" are a letter from too many others
_LONGEST_SPELT_OUT = 8  # words of a name spelt out before its acronym
_SHORTEST_KEPT = 4  # a word a letter off that still keeps its place in a name spelt out before its acronym


class PeopleIndex:
    def __init__(self, people: dict[str, Person]):
        self.people = people
        self._names: PhraseIndex[str] = PhraseIndex()
        self._name_words: dict[str, dict[str, str]] = {}
        self._accepted_keys: set[str] = set()
        self._by_first_letter: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._near_cache: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for person in people.values():
            words: dict[str, str] = {}
            for name in person.accepted_names:
                self._names.add(name, person.id)
                for word in name.split():
                    key = phrase_keys(word)
                    if key:
                        words[key[0]] = word
            self._name_words[person.id] = words
            self._accepted_keys |= set(words)
        self._by_tail: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # name words after their first letter
        for person_id, words in self._name_words.items():
            for key, word in words.items():
                if len(key) >= 4:
                    self._by_first_letter[key[0]].append((key, person_id, word))
                if len(key) >= _SHORTEST_SLIPPED:
                    self._by_tail[key[1:]].append((key, person_id, word))
        self._organisations = {person.id for person in people.values() if person.pronoun == "it"}
        self._accepted_runs: dict[str, set[tuple[str, ...]]] = {}
        self._acronyms = {person.id: {name for name in person.accepted_names if len(name) > 1 and name.isupper()} for person in people.values()}
        self._long_acronyms = [(person_id, name) for person_id, names in self._acronyms.items() if person_id in self._organisations
                               for name in sorted(names) if len(name) >= _SHORTEST_ACRONYM and name.isalpha()]
        self._title_words = {person.id: {key for title in person.titles for key in phrase_keys(title)} for person in people.values()}
        self._name_keys = {person.id: {key for name in person.accepted_names for key in phrase_keys(name)} for person in people.values()}
        self._full_names = [(person.id, name, keys) for person in people.values() if person.id not in self._organisations
                            for name in person.accepted_names if len(keys := phrase_keys(name)) == 2]
        self._swapped = {(keys[1][:1] + keys[0][1:], keys[0][:1] + keys[1][1:]): (person_id, name)
                         for person_id, name, keys in self._full_names if keys[0][:1] != keys[1][:1]}  # "Yamine Lamal"
        self._letters: dict[str, tuple[str, str, tuple[str, ...]]] = {}  # a name's letters run together: "jacobreesmogg"
        for person in people.values():
            written = {person.name, *person.spellings}  # a surname alone ("Airlines" of United Airlines) is no whole name
            for name in person.accepted_names:
                keys = phrase_keys(name)
                if len(keys) >= 2 or keys and len(keys[0]) >= 5 and name in written:  # "OpenAI", split as "Open AI"
                    self._letters.setdefault("".join(keys), (person.id, name, keys))
        self._letter_starts = {letters[:end] for letters in self._letters for end in range(1, len(letters))}
        self._long_names: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)  # by first word
        self._long_organisation_names: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)  # by first two words
        for person in people.values():
            accepted = {phrase_keys(name) for name in person.accepted_names}
            for name in person.accepted_names:
                if len(keys := phrase_keys(name)) >= 3:
                    self._long_names[keys[0]].append((person.id, name, keys))
                    if person.id in self._organisations:
                        for key in dict.fromkeys(keys[:2]):
                            self._long_organisation_names[key].append((person.id, name, keys))
            self._accepted_runs[person.id] = accepted

    def find(self, text: str, tokens: list[Token]) -> list[PersonMention]:
        """Every mention of a registered person among the tokens of `text`, in text order."""
        starts = [token.start for token in tokens]
        exact = _longest_first(hit for hit in self._names.find(tokens) if self._cased_as_a_name(text[hit.start:hit.end], hit.value)
                               and not self._namesake(hit, tokens, starts, text))
        mentions = [PersonMention(hit.start, hit.end, hit.value, text[hit.start:hit.end], True, "") for hit in exact]
        owners = {offset: hit.value for hit in exact for offset in range(hit.start, hit.end)}
        covered = set(owners)
        named_at = {hit.start: hit.value for hit in exact}
        named_end = {hit.end: hit.value for hit in exact}
        mentioned = {mention.person_id for mention in mentions}
        lower_case = {token.key for token in tokens if token.text.islower()}
        for index, token in enumerate(tokens):
            if token.start in covered or not token.text[:1].isupper():
                continue
            split = self._split_otherwise(tokens, index, covered)
            if split is not None:
                person_id, name, size = split
                last = tokens[index + size - 1]
                mentions.append(PersonMention(token.start, last.end, person_id, text[token.start:last.end], False, name))
                covered.update(t.start for t in tokens[index:index + size])
                continue
            slip = (self._near_long_name(tokens, index, owners, text) or self._reworded_organisation(tokens, index, owners, text)
                    or self._named_before_acronym(tokens, index, owners, text))
            if slip is not None:
                person_id, expected, size = slip
                last = tokens[index + size - 1]
                mentions = [m for m in mentions if not (token.start <= m.start and m.end <= last.end)]  # "Financial", "Japan" alone
                mentions.append(PersonMention(token.start, last.end, person_id, text[token.start:last.end], False, expected))
                covered.update(t.start for t in tokens[index:index + size])
                continue
            pair = self._swapped_initials(tokens, index, covered)
            if pair is None:
                pair = self._near_full_name(tokens, index, covered)
                pair = pair if pair is not None and self._telling_context(tokens, index, pair[0], mentioned, width=2) else None
            if pair is not None:
                person_id, name, missed = pair
                first, last = tokens[index + missed[0]], tokens[index + missed[-1]]
                expected = " ".join(name.split()[position] for position in missed)
                mentions.append(PersonMention(first.start, last.end, person_id, text[first.start:last.end], False, expected))
                covered.add(tokens[index + 1].start)
                continue
            if _BEFORE_REGION.match(text, token.end) or token.key in _PLACES:
                continue  # "en route … to Conway, Pennsylvania": a place, whatever name it is a letter from
            acronym = self._near_acronym(token) or self._bracketed_acronym(token, named_end, text)
            if acronym is not None:
                mentions.append(PersonMention(token.start, token.end, acronym[0], token.text, False, acronym[1]))
                continue
            if token.key in self._accepted_keys or token.text.isupper() or token.key in lower_case or token.key in ROLE_WORDS:
                continue  # a word in capitals ("ROVS JOIN SEARCH"), or one the article also writes in lower case ("Lose
                # Hope for More Bridge Collapse Survivors"), shows no name by its case: no near miss is judged; nor
                # is a title's word ("Vice President JD Vance" is no Vance misspelt)
            before = tokens[index - 1].key if index else ""
            named_next = named_at.get(tokens[index + 1].start) if index + 1 < len(tokens) else None
            titled = [(p, e) for p, e in self._near_misses(token.key, extra=1)
                      if before in self._title_words[p] or p == named_next and self._before_in_name(p, e, tokens, index, text)]
            joined = self._run_together(token.key, lower_case)
            for person_id, expected in joined or self._near_misses(token.key) or titled or self._first_letter_slips(token.key, mentioned):
                if frozenset((token.key, word_key(expected))) in _SHORT_FORMS:
                    continue  # "CEO David Calhoun" for Dave Calhoun: the first name's long or short form
                following = tokens[index + 1].key if index + 1 < len(tokens) else ""
                if _plural_apart(token.key, word_key(expected)) and following not in self._name_words[person_id]:
                    continue  # "Prince William" is no Williams; "Carlos Buontempo" is still Carlo misspelt
                if self._lone_first_name(person_id, expected, tokens, index) and not (
                        (self._titled_before(person_id, tokens, index) or before in HONORIFICS) and not _name_follows(tokens, index)):
                    continue  # "once-solid Tory strongholds" is no Tony: a first name is misspelt beside its surname, or
                    # after the person's own title or a courtesy, before no other name ("his wife Yula were", "Mr Sretta as")
                if self._other_first_name(person_id, tokens, index, text):
                    continue  # "George W. Bush" is no Dana Bash: another first name makes another person
                if self._telling_context(tokens, index, person_id, mentioned):
                    mentions.append(PersonMention(token.start, token.end, person_id, token.text, False, expected))
                    break
        return sorted(mentions, key=lambda mention: mention.start)

    def _run_together(self, key: str, lower_case: set[str]) -> list[tuple[str, str]]:
        """A name word run into the word after it: a function word, or one the article writes in lower case
        ("Ghebreyesustoday")."""
        return [(person_id, word) for name_key, person_id, word in self._by_first_letter.get(key[:1], ())
                if len(name_key) >= 5 and key.startswith(name_key) and len(rest := key[len(name_key):]) >= 3
                and rest not in _DERIVING_ENDINGS and (rest in lower_case or rest in _FUNCTION_WORDS)]

    def _before_in_name(self, person_id: str, expected: str, tokens: list[Token], index: int, text: str) -> bool:
        """Whether `expected` comes right before the next word in the person's name, nothing but a space between them
        ("Kylina Mbappe" for Kylian Mbappé; not "cooperation with China," Lai, whose name is Lai Ching-te)."""
        words = [key for word in self.people[person_id].name.split() for key in phrase_keys(word)]
        following = tokens[index + 1]
        return (text[tokens[index].end:following.start] == " " and following.key in words and expected.lower().replace("-", "") in words
                and words.index(expected.lower().replace("-", "")) + 1 == words.index(following.key))

    def _other_first_name(self, person_id: str, tokens: list[Token], index: int, text: str) -> bool:
        """Whether a capitalised word, past any initials, stands right before the word and is none of the person's
        names or titles, and no sentence starts with it: the two then name someone else."""
        position = index - 1
        while position >= 0 and len(tokens[position].key) == 1 and tokens[position].text.isupper():
            position -= 1  # "George W. Bush"
        if position < 0 or not tokens[position].text[:1].isupper():
            return False
        if not _NAME_GAP.fullmatch(text, tokens[position].end, tokens[index].start):
            return False
        start = tokens[position].start
        opening = text[max(0, start - 8):start].rstrip(" \"“‘'")  # a few characters back: linear however long the text
        if (not opening and start < 8) or opening[-1:] in (".", "!", "?", "\n", ""):
            return False  # a sentence's first word is capitalised whatever it is
        key = tokens[position].key
        return (key not in self._name_keys[person_id] and key not in self._title_words[person_id] and key not in ROLE_WORDS
                and key not in HONORIFICS)  # "Navalny's mother, Ms Lydumila Navalnaya": a courtesy, no other name

    def _lone_first_name(self, person_id: str, expected: str, tokens: list[Token], index: int) -> bool:
        """Whether `expected` opens one of the person's names of two words or more ("Marie-Jo Pérec" as well as
        "Marie-José Pérec") and the next word is none of that name's others ("Queen Marie Antoinette")."""
        if person_id in self._organisations:
            return False
        following = tokens[index + 1].key if index + 1 < len(tokens) else ""
        names = [name.split() for name in self.people[person_id].accepted_names if len(name.split()) >= 2]
        opened = [words for words in names if words[0] == expected]
        return bool(opened) and all(following not in {key for word in words[1:] for key in phrase_keys(word)} for words in opened)

    def _cased_as_a_name(self, surface: str, person_id: str) -> bool:
        """A name is written as one: with a capital ("who" is no "WHO"; "von der Leyen" is a name), and an acronym
        in capitals."""
        if not any(char.isupper() for char in surface):
            return False
        return not (surface.upper() in self._acronyms[person_id] and not surface.isupper())

    def _near_misses(self, key: str, *, extra: int = 0) -> list[tuple[str, str]]:
        """Registered name words one edit from `key` (a swap of two letters is one: "Suank"; two for names of seven
        letters or more; one more with `extra`,
        for a word behind the person's own title, "Judge Newton" for Judge Newman, or before their own name,
        "Kylina Mbappe"). An organisation's name is ordinary words, so a different ending there is another word
        ("Administrator"), not a misspelling."""
        cached = self._near_cache.get((key, extra))
        if cached is None:
            cached = []
            if len(key) >= 4:
                for name_key, person_id, word in self._by_first_letter.get(key[:1], ()):
                    budget = (2 if len(name_key) >= 7 else 1) + extra
                    if abs(len(name_key) - len(key)) > budget or OSA.distance(key, name_key, score_cutoff=budget) > budget:
                        continue
                    if person_id in self._organisations and _differs_only_at_the_end(key, name_key):
                        continue
                    if key[len(name_key):] in _DERIVING_ENDINGS and key.startswith(name_key) or name_key in ROLE_WORDS:
                        continue  # "the modern Elizabethan Era"; "Prime" is no slip of the "Prince" in "Prince Charles"
                    cached.append((person_id, word))
            self._near_cache[(key, extra)] = cached
        return cached

    def _split_otherwise(self, tokens: list[Token], index: int, covered: set[int]) -> tuple[str, str, int] | None:
        """Two or three capitalised words that spell a registered name letter for letter but split it elsewhere ("Jacob-Rees
        Mogg" for Jacob Rees-Mogg, "Open AI" for OpenAI): that name misspelt. Gives the person, the name and how many
        tokens it spans."""
        if tokens[index].key not in self._letter_starts:
            return None  # most capitalised words begin no registered name
        for size in (2, 3):
            window = tokens[index:index + size]
            if len(window) < size or any(t.start in covered or not t.text[:1].isupper() for t in window):
                return None
            found = self._letters.get("".join(t.key for t in window))
            if found is not None and tuple(t.key for t in window) != found[2]:
                return found[0], found[1], size
        return None

    def _namesake(self, hit, tokens: list[Token], starts: list[int], text: str) -> bool:
        """Whether a person's surname alone follows another first name ("former U.S. President Barack Obama" in a
        story on Auma Obama): a capitalised word right before it that is no word of a title, of the person's own
        names, or a sentence's first word, names someone else of that family."""
        person = self.people[hit.value]
        if person.pronoun == "it" or word_key(text[hit.start:hit.end]) != word_key(person.surname) or " " not in person.name:
            return False
        index = bisect.bisect_left(starts, hit.start)
        if index == 0 or text[tokens[index - 1].end:hit.start] != " ":
            return False
        before = tokens[index - 1]
        inside = before.start > 0 and not text[:before.start].rstrip(" \"'").endswith((".", "!", "?", ":", "\n"))
        first = phrase_keys(person.name)[0]  # its short or long form, or a slip of it, is still this person: "David", "Sabine"
        return (before.text[:1].isupper() and inside and before.key not in ROLE_WORDS and before.key not in _TITLE_WORDS
                and before.key not in self._name_keys[person.id] and before.key not in self._title_words[person.id]
                and frozenset((before.key, first)) not in _SHORT_FORMS and OSA.distance(before.key, first, score_cutoff=3) > 2)

    def _near_long_name(self, tokens: list[Token], index: int, owners: dict[int, str], text: str) -> tuple[str, str, int] | None:
        """A name of three words or more written whole but for one word before its last a letter or two off ("Silicon
        Valley Banks Financial Group" for Silicon Valley Bank Financial Group): that name misspelt, though the odd word
        alone would be another word. Gives the person, the word missed and how many tokens the name spans."""
        for person_id, name, keys in self._long_names.get(tokens[index].key, ()):
            window = tokens[index:index + len(keys)]
            if (len(window) < len(keys) or any(owners.get(token.start, person_id) != person_id for token in window)
                    or "\n" in text[window[0].start:window[-1].end]):
                continue  # words of another name; the name's own words alone ("Financial") may stand inside it
            missed = [position for position, (token, key) in enumerate(zip(window, keys)) if token.key != key]
            if len(missed) != 1 or missed[0] == len(keys) - 1:
                continue  # the odd word inside the name: a headline's "Silicon Valley Banks Fall" is no misspelling
            observed, expected = window[missed[0]].key, keys[missed[0]]
            if window[missed[0]].text[:1].isupper() and OSA.distance(observed, expected, score_cutoff=2) <= (2 if len(expected) >= 5 else 1):
                return person_id, name.split()[missed[0]], len(keys)
        return None

    def _reworded_organisation(self, tokens: list[Token], index: int, owners: dict[int, str], text: str) -> tuple[str, str, int] | None:
        """An organisation's name of three words or more with its words moved ("Royal Academy of Swedish Sciences"),
        a small word slipped in ("Bank of the Japan", "People's Power party") or swapped ("Office of National
        Statistics"), or one word before its last left out ("Swedish Academy of Sciences"), standing alone, no
        capitalised word running on into it, and at least half its words capitalised: that name misworded. Gives the
        organisation, its name and how many tokens it spans."""
        for person_id, name, keys in self._long_organisation_names.get(tokens[index].key, ()):
            for size in (len(keys), len(keys) + 1, len(keys) - 1):
                window = tokens[index:index + size]
                if (len(window) < max(size, 3) or any(owners.get(token.start, person_id) != person_id for token in window)
                        or "\n" in text[window[0].start:window[-1].end]):
                    continue  # a name never runs across paragraphs: "… the southeastern U.S.\n\nThe National Hurricane Center"
                observed = tuple(token.key for token in window)
                if observed in self._accepted_runs[person_id] or not _apart(tokens, index, size, text):
                    continue
                if _misworded(observed, keys) and sum(token.text[:1].isupper() for token in window) * 2 >= size:
                    return person_id, name, size
        return None

    def _named_before_acronym(self, tokens: list[Token], index: int, owners: dict[int, str], text: str) -> tuple[str, str, int] | None:
        """A name spelt out right before its registered acronym in brackets, with half its words or more as
        registered (or a letter off) and the rest changed ("the Worldwide Cricket Council (ICC)" for the
        International Cricket Council), or with one word left out: the acronym says which name is meant, so the
        name is misworded. Gives the person, the name and
        how many tokens it spans."""
        for size in range(2, min(_LONGEST_SPELT_OUT, len(tokens) - index - 1) + 1):
            acronym = tokens[index + size]
            person_id = owners.get(acronym.start)
            if person_id is None or not acronym.text.isupper() or text[acronym.start - 2:acronym.start] != " (":
                continue
            window = tokens[index:index + size]
            observed = tuple(token.key for token in window)
            if (any(owners.get(token.start, person_id) != person_id for token in window)
                    or any(observed[cut:] in self._accepted_runs[person_id] for cut in range(size - 1))
                    or re.search(r"[^\w\s'’-]", text[window[0].start:window[-1].end])):
                return None  # another's name, the name whole after other words, or words across a comma
            for name in self.people[person_id].accepted_names:
                keys = phrase_keys(name)
                kept = sum(a == b or len(b) >= _SHORTEST_KEPT and OSA.distance(a, b, score_cutoff=1) <= 1 for a, b in zip(observed, keys))
                if len(keys) == size and observed != keys and kept >= (size + 1) // 2:
                    return person_id, name, size  # "Israeli Defence Force (IDF)": each word a letter off still keeps it
                if len(keys) == size + 1 and size >= 2 and any(keys[:cut] + keys[cut + 1:] == observed for cut in range(len(keys))):
                    return person_id, name, size  # "Japan's ruling Liberal Party (LDP)": a word left out
            return None
        return None

    def _near_acronym(self, token: Token) -> tuple[str, str] | None:
        """An organisation's acronym of four letters or more written a letter off, in capitals ("AMPT" for AMPTP): an
        acronym is no word of a headline in capitals, so one letter changed, added or dropped misspells it."""
        if not token.text.isupper() or len(token.key) < _SHORTEST_ACRONYM or token.key in self._accepted_keys:
            return None
        return next(((person_id, acronym) for person_id, acronym in self._long_acronyms
                     if OSA.distance(token.key, acronym.lower(), score_cutoff=1) <= 1), None)

    def _bracketed_acronym(self, token: Token, named_end: dict[int, str], text: str) -> tuple[str, str] | None:
        """An acronym in brackets right after a registered name, a letter off that name's own acronym: "the Rapid
        Support Forces (RSG) group" spells out which body it means, so a short acronym is judged too."""
        if not token.text.isupper() or text[token.start - 1:token.start] != "(" or text[token.end:token.end + 1] != ")":
            return None
        person_id = named_end.get(token.start - 2)
        if person_id is None or token.text in self._acronyms[person_id]:
            return None
        return next(((person_id, acronym) for acronym in sorted(self._acronyms[person_id])
                     if OSA.distance(token.key, acronym.lower(), score_cutoff=1) <= 1), None)

    def _swapped_initials(self, tokens: list[Token], index: int, covered: set[int]) -> tuple[str, str, list[int]] | None:
        """A first name and surname with their initials swapped ("Yamine Lamal" for Lamine Yamal): every other letter in
        place, which no other name does, so no context is needed."""
        if index + 1 >= len(tokens) or tokens[index + 1].start in covered or not tokens[index + 1].text[:1].isupper():
            return None
        found = self._swapped.get((tokens[index].key, tokens[index + 1].key))
        return None if found is None else (*found, [0, 1])

    def _near_full_name(self, tokens: list[Token], index: int, covered: set[int]) -> tuple[str, str, list[int]] | None:
        """A first name and surname that together miss one registered full name, each by at most two edits and three
        in all, with one of them begun as the name's is ("Fuad Aktay" for Fuat Oktay, "Murad Çorum" for Murat Kurum):
        two capitalised words that close to a name are that name misspelt, however the other word begins. Gives the
        person, the name missed, and which of the two words (0, 1) miss it."""
        if index + 1 >= len(tokens) or tokens[index + 1].start in covered or not tokens[index + 1].text[:1].isupper():
            return None
        words = (tokens[index].key, tokens[index + 1].key)
        if min(map(len, words)) < 3:
            return None
        for person_id, name, keys in self._full_names:
            if (abs(len(words[0]) - len(keys[0])) > 2 or abs(len(words[1]) - len(keys[1])) > 2
                    or words[0][:1] != keys[0][:1] and words[1][:1] != keys[1][:1]):
                continue  # cheap tests first: most pairs of capitalised words are no name at all
            if words[1] == keys[1] and frozenset((words[0], keys[0])) in _SHORT_FORMS:
                continue  # "David Calhoun" for Dave Calhoun: the first name's long or short form, no misspelling
            distances = [OSA.distance(word, key, score_cutoff=2) for word, key in zip(words, keys)]
            if max(distances) <= 2 and sum(distances) <= 3 and min(distances) <= 1 and max(distances) > 0:
                return person_id, name, [position for position, distance in enumerate(distances) if distance]
        return None

    def _first_letter_slips(self, key: str, mentioned: set[str]) -> list[tuple[str, str]]:
        """A long name word with only its first letter changed ("Maaland" for Haaland), of a person the version
        names correctly elsewhere: the one slip the first-letter index cannot see."""
        if len(key) < _SHORTEST_SLIPPED:
            return []
        slips = [(person_id, word) for name_key, person_id, word in self._by_tail.get(key[1:], ())
                 if person_id in mentioned and name_key[0] != key[0]]
        return sorted(slips, key=lambda slip: slip[0])

    def _titled_before(self, person_id: str, tokens: list[Token], index: int) -> bool:
        """Whether a word of the person's own title stands right before the word, a space apart."""
        return (index > 0 and tokens[index - 1].key in self._title_words[person_id] - _FUNCTION_WORDS
                and tokens[index].start - tokens[index - 1].end == 1)

    def _telling_context(self, tokens: list[Token], index: int, person_id: str, mentioned: set[str], *, width: int = 1) -> bool:
        """A near-miss counts only beside another part of the name, a title (or a word of the person's own title right
        before it, or after it and a comma) or a speech verb, or where the person is named elsewhere; `width` is how
        many words the near-miss spans."""
        words = self._name_words[person_id]
        before = tokens[index - 1].key if index > 0 else ""
        after = tokens[index + width].key if index + width < len(tokens) else ""
        own_title = self._title_words[person_id] - _FUNCTION_WORDS  # "Opposition candidate Xchitl Glvez", "Carlos Mazzone, head of the …"
        titled_before = self._titled_before(person_id, tokens, index)
        titled_after = after in own_title and tokens[index + width].start - tokens[index + width - 1].end <= 2
        return (person_id in mentioned or before in words or after in words or before in ROLE_WORDS or after in SPEECH_VERBS
                or titled_before or titled_after)


def _name_follows(tokens: list[Token], index: int) -> bool:
    """Whether a capitalised word comes right after the word: "former Tory Lee Anderson" names Anderson."""
    return index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()


def _misworded(observed: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    """Whether `observed` is `keys` in another order or with one small word swapped for another, with one small
    word slipped in between them, or with one word before the last left out."""
    if len(observed) == len(keys):
        differ = [position for position, (seen, key) in enumerate(zip(observed, keys)) if seen != key]
        small_word = len(differ) == 1 and observed[differ[0]] in _SLIPPED_IN and keys[differ[0]] in _SLIPPED_IN
        return small_word or sorted(observed) == sorted(keys)  # "Office of National Statistics" for "… for …"
    if len(observed) == len(keys) + 1:
        return any(observed[:position] + observed[position + 1:] == keys and observed[position] in _SLIPPED_IN
                   for position in range(1, len(keys)))
    return any(keys[:position] + keys[position + 1:] == observed and keys[position] not in _FUNCTION_WORDS
               for position in range(len(keys) - 1))


def _apart(tokens: list[Token], index: int, size: int, text: str) -> bool:
    """Whether the words at index..index+size stand apart from any capitalised word right before or after them (then
    they would be part of a longer name); a sentence's first word does not count."""
    if index + size < len(tokens):
        following = tokens[index + size]
        if following.text[:1].isupper() and not text[tokens[index + size - 1].end:following.start].strip():
            return False
    if index:
        previous = tokens[index - 1]
        gap = text[previous.end:tokens[index].start]
        if previous.text[:1].isupper() and not gap.strip() and previous.key not in _FUNCTION_WORDS:
            return False
    return True


def _plural_apart(word: str, name: str) -> bool:
    """Whether two words differ only by a final "s" ("William" and "Williams", "Olympic" and "Olympics")."""
    return word + "s" == name or name + "s" == word


def _differs_only_at_the_end(word: str, name: str) -> bool:
    """Whether two words share all but their last three letters: a word's ending, not a typing slip."""
    common = 0
    while common < min(len(word), len(name)) and word[common] == name[common]:
        common += 1
    return common >= min(len(word), len(name)) - 3


def _longest_first(hits):
    """Drop hits inside a longer hit ("Smith" inside "Julianne Smith")."""
    kept = []
    for hit in sorted(hits, key=lambda hit: (hit.start, -(hit.end - hit.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
