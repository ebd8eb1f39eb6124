"""Synthetic stories: a registry and one version that agrees with every fact in it, built from a `Chooser`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harness.registry.loader import build_registry
from harness.registry.schema import RegistryFile
from harness.testing.story import Chooser, Story
from harness.text.versions import Version

PEOPLE = [
    ("anna", "Anna Kowalczyk", "she", ["Foreign Minister", "Minister of Foreign Affairs"]),
    ("marcus", "Marcus Oyelaran", "he", ["Defense Secretary", "Secretary of Defense"]),
    ("ingrid", "Ingrid Solberg", "she", ["Prime Minister", "Norwegian Prime Minister"]),
    ("tomas", "Tomas Varga", "he", ["Interior Minister", "Hungarian Interior Minister"]),
    ("leila", "Leila Haddad", "she", ["UN envoy", "U.N. envoy"]),
    ("kenji", "Kenji Morimoto", "he", ["Ambassador", "Japanese Ambassador"]),
]
EVENTS = [
    ("summit in Oslo", "Leaders will gather for the summit in Oslo {day}."),
    ("ceasefire talks", "The ceasefire talks opened {day} in Doha."),
    ("vote in parliament", "The vote in parliament took place {day}."),
    ("aid convoy", "An aid convoy crossed the border {day}, officials said."),
]
NUMBERS = [
    ("troops", "deployed", "The ministry said {n} troops were deployed to the region."),
    ("people", "displaced", "The fighting has displaced {n} people."),
    ("tanks", "column", "A column of {n} tanks was seen near the town."),
    ("refugees", "crossed into", "Officials said {n} refugees crossed into the neighbouring country."),
]
QUOTE_WORDS = (
    "peace security region position changed negotiations continue partners border stability citizens deserve "
    "answers government responsibility future agreement sanctions dialogue commitment pressure support together "
    "principles humanitarian corridor soldiers withdraw guarantee sovereignty decision council members proposal"
).split()
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
ATTRIBUTIONS = (
    '"{quote}," said {title} {name}.',
    '{title} {name} said: "{quote}."',
    '{name} spoke to reporters on the trip. "{quote}," {pronoun} said.',
)


def _sample(choose: Chooser, items: list, low: int, high: int) -> list:
    remaining, picked = list(items), []
    for _ in range(choose.integer(low, min(high, len(items)))):
        picked.append(remaining.pop(choose.integer(0, len(remaining) - 1)))
    return picked


def generate_story(choose: Chooser) -> Story:
    """Each quote's words are its own, so no registered quote is a partial quote of another."""
    published = dt.date(2022, 1, 11) + dt.timedelta(days=choose.integer(0, 400))
    people = _sample(choose, PEOPLE, 2, 4)
    facts, paragraphs = [], []
    for index, (anchor, template) in enumerate(_sample(choose, EVENTS, 1, 3)):
        day = published + dt.timedelta(days=choose.integer(-3, 3))
        text = day.strftime("%A") if choose.choice(["weekday", "date"]) == "weekday" else f"on {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
        facts.append({"id": f"event-{index}", "kind": "date", "date": day.isoformat(), "anchors": [anchor]})
        paragraphs.append(template.format(day=text))
    for index, (unit, anchor, template) in enumerate(_sample(choose, NUMBERS, 1, 3)):
        value = choose.integer(2, 500) * choose.choice([1, 10, 100, 1000])
        facts.append({"id": f"count-{index}", "kind": "number", "value": value, "unit": unit, "anchors": [anchor]})
        paragraphs.append(template.format(n=f"{value:,}"))
    unused_words = list(QUOTE_WORDS)
    for index, (person_id, name, pronoun, titles) in enumerate(people):
        words = _sample(choose, unused_words, 6, 8)
        unused_words = [word for word in unused_words if word not in words]
        quote = " ".join(["We", *words[:2], "and", *words[2:]])
        facts.append({"id": f"quote-{index}", "kind": "quote", "quote": quote, "speaker": person_id})
        paragraphs.append(choose.choice(ATTRIBUTIONS).format(quote=quote, title=titles[0], name=name, pronoun=pronoun))
        facts.append({"id": f"name-{person_id}", "kind": "person", "person": person_id})
    order = _sample(choose, list(range(len(paragraphs))), len(paragraphs), len(paragraphs))
    data = {
        "schema_version": 1, "story": "Generated story", "reference_date": published.isoformat(),
        "people": [{"id": p, "name": n, "titles": t, "pronoun": pr} for p, n, pr, t in people], "facts": facts,
    }
    registry = build_registry(RegistryFile.model_validate(data), path=Path("generated.yaml"), lines={fact["id"]: 0 for fact in facts})
    text = "Generated headline\n\n" + "\n\n".join(paragraphs[i] for i in order) + "\n"
    return Story(registry, Version("generated.txt", Path("generated.txt"), text, "generated", None, published, ()))
