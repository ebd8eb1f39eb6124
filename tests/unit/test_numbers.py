import datetime as dt

import pytest

from harness.text.quantities import extract_numbers, parse_words
from tests.unit.helpers import check_text, make_registry, statuses


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path, [
        {"id": "troops", "kind": "number", "value": 100000, "unit": "troops", "anchors": ["massed"]},
        {"id": "drills", "kind": "number", "value": 3000, "unit": "troops", "anchors": ["drills"]},
        {"id": "vehicles", "kind": "number", "value": 300, "unit": "armored vehicles", "anchors": ["drills"]},
        {"id": "deaths", "kind": "number", "value": 14000, "unit": "people", "tolerance": 0.05, "anchors": ["killed"]},
    ])


@pytest.mark.parametrize(("words", "value"), [
    ("seven", 7), ("one hundred thousand", 100_000), ("twenty-five", 25), ("three thousand five hundred", 3_500),
    ("two million", 2_000_000), ("one hundred and twelve", 112),
])
def test_number_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("text", [
    "Russia has massed about 100,000 troops near Ukraine.",
    "Russia has massed 100000 troops near Ukraine.",
    "Russia has massed 100 000 troops near Ukraine.",
    "Russia has massed 100K troops near Ukraine.",
    "Russia has massed one hundred thousand troops near Ukraine.",
    "Russia has massed an estimated 100,000 Russian troops near Ukraine.",
    "Russia has massed more than 100,000 troops near Ukraine.",
], ids=["about", "plain", "spaced", "k-suffix", "words", "adjective-before-unit", "more-than"])
def test_formats_and_qualifiers_agree(registry, text):
    assert statuses(check_text(registry, text), "troops") == ["agrees"]


def test_changed_numbers_contradict(registry):
    assert statuses(check_text(registry, "Russia has massed about 10,000 troops."), "troops") == ["contradicts"]
    assert statuses(check_text(registry, "Some 30,000 troops were taking part in drills."), "drills") == ["contradicts"]


def test_a_second_number_in_the_sentence_goes_to_its_own_unit(registry):
    findings = check_text(registry, "The military said 3,000 troops and 300 armored vehicles were taking part in drills.")
    assert statuses(findings, "drills") == ["agrees"] and statuses(findings, "vehicles") == ["agrees"]


def test_tolerance(registry):
    assert statuses(check_text(registry, "Fighting has killed over 14,500 people."), "deaths") == ["agrees"]
    assert statuses(check_text(registry, "Fighting has killed over 15,000 people."), "deaths") == ["contradicts"]


def test_numbers_without_the_unit_or_anchor_are_ignored(registry):
    assert check_text(registry, "Average rating 0 / 5. Vote count: 0. In 2014 there were 3,000 visitors.") == []


def test_qualifier_is_kept():
    [mention] = extract_numbers("over 14,000 people", 0, 18)
    assert (mention.qualifier, mention.value, mention.unit_words[:1]) == ("over", 14000, ("people",))


@pytest.fixture
def story(tmp_path):
    """Facts as the real-story registries write them."""
    return make_registry(tmp_path, [
        {"id": "toll", "kind": "number", "value": 128, "unit": "people", "anchors": ["killed", "death toll"]},
        {"id": "toll-2015", "kind": "number", "value": 9000, "unit": "people", "anchors": ["2015 quake"]},
        {"id": "distance-miles", "kind": "number", "value": 7_000_000, "unit": "miles", "tolerance": 0.05, "anchors": ["distance", "away"]},
        {"id": "distance-km", "kind": "number", "value": 11_000_000, "unit": "km", "unit_spellings": ["kilometres"], "tolerance": 0.05, "anchors": ["asteroid"]},
        {"id": "grounded", "kind": "number", "value": 171, "unit": "planes", "unit_spellings": ["aircraft"], "anchors": ["grounding"]},
        {"id": "passengers", "kind": "number", "value": 171, "unit": "passengers", "anchors": ["carrying"]},
        {"id": "bodies", "kind": "number", "value": 70, "accepted": [68], "unit": "bodies", "anchors": ["bodies", "recovered"]},
        {"id": "speed", "kind": "number", "value": 22500, "unit": "km/h", "disputed": True, "anchors": ["ploughing into"]},
    ])


@pytest.mark.parametrize(("text", "fact", "status"), [
    ("The quake killed 128 people, the deadliest since a 2015 quake that killed 9,000 people.", "toll", ["agrees"]),
    ("The death toll rose to 157.", "toll", ["contradicts"]),
    ("The death toll rose to 128 people, up from 100 people.", "toll", ["agrees"]),
    ("The galactic grand slam occurred at a harmless asteroid 9.6 million km (7 million miles) away.", "distance-km", ["contradicts"]),
    ("The galactic grand slam occurred at a harmless asteroid 9.6 million km (7 million miles) away.", "distance-miles", ["agrees"]),
    ("DART's on board DRACO imager captured this image from a distance of 42 miles (68 kilometers).", "distance-miles", []),
    ("US regulators ordered the temporary grounding of 171 Boeing 737 MAX 9 aircraft.", "grounded", ["agrees"]),
    ("The FAA ordered the temporary grounding of certain Boeing 737 Max 9 planes.", "grounded", []),
    ("The flight, carrying 177 passengers and crew, made an emergency landing.", "passengers", []),
    ("Out of 70 dead bodies, 22 are being handed over to the families.", "bodies", ["agrees"]),
    ("Rescuers recovered 68 bodies on Monday.", "bodies", ["agrees"]),
    ("Rescuers recovered 60 bodies on Monday.", "bodies", ["contradicts"]),
    ("The spacecraft was ploughing into the rock at 23,500 km/h.", "speed", ["disputed"]),
], ids=["another-facts-value", "bare-number", "earlier-value", "exact-unit-beats-conversion", "conversion-agrees",
        "another-quantity-in-the-unit", "model-number-in-unit", "model-number-is-no-count", "coordinated-unit",
        "bare-number-across-comma", "accepted-value", "beyond-accepted", "disputed"])
def test_numbers_tie_only_where_they_belong(story, text, fact, status):
    assert statuses(check_text(story, text), fact) == status


def test_a_value_in_another_clause_does_not_contradict(story):
    text = "The quake killed 128 people; rescuers said 3,000 people were evacuated."
    assert statuses(check_text(story, text), "toll") == ["agrees"]


def test_every_observation_says_what_tied_it(story):
    [finding] = [f for f in check_text(story, "The death toll rose to 157.") if f.fact_id == "toll"]
    assert finding.tie.startswith('anchor "death toll" at 1:5 in the same clause')


def test_a_figure_in_the_earlier_take_an_update_carries_may_agree_but_never_contradicts(registry):
    """Wire updates keep the earlier story below the new top (dow-36000-2021, 001): its intraday figures are stale."""
    update = ("Russia has massed about 100,000 troops near Ukraine.\n\n"
              "THIS IS A BREAKING NEWS UPDATE. AP's earlier story follows below.\n\n"
              "Russia has massed about {} troops near Ukraine.")
    assert statuses(check_text(registry, update.format("90,000")), "troops") == ["agrees"]
    assert statuses(check_text(registry, update.format("100,000")), "troops") == ["agrees", "agrees"]
    assert statuses(check_text(registry, update.replace("AP's earlier story follows below.", "More soon.").format("90,000")),
                    "troops") == ["agrees", "contradicts"]


def test_a_malformed_figure_is_read_as_meant_but_reported(tmp_path):
    """"15.649.60" (dow-36000-2021, 005): full stops for the thousands and the decimals; no reader can be sure of it."""
    registry = make_registry(tmp_path, [{"id": "close", "kind": "number", "value": 15649.60, "unit": "points", "anchors": ["Nasdaq"]}])
    findings = check_text(registry, "The Nasdaq gained 53.69 points to 15.649.60, adding to Monday's record.")
    [finding] = [f for f in findings if f.fact_id == "close"]
    assert finding.status == "contradicts" and "malformed" in finding.message
    assert statuses(check_text(registry, "The Nasdaq gained 53.69 points to 15,649.60."), "close") == ["agrees"]
    assert statuses(check_text(registry, "The Nasdaq gained 53.69 points to 15.749.60."), "close") == ["contradicts"]


@pytest.fixture
def quake(tmp_path):
    """Counts as the turkey-quake-toll-2023 registry holds them."""
    return make_registry(tmp_path, [
        {"id": "combined", "kind": "number", "value": 5102, "unit": "people", "anchors": ["death toll"]},
        {"id": "aftershocks", "kind": "number", "value": 315, "unit": "aftershocks", "anchors": ["aftershocks"]},
        {"id": "collapsed", "kind": "number", "value": 5775, "unit": "buildings", "anchors": ["collapsed"]},
        {"id": "reports", "kind": "number", "value": 11302, "unit": "buildings", "anchors": ["yet to be confirmed"]},
        {"id": "mother-age", "kind": "number", "value": 70, "unit": "years", "anchors": ["mother"]},
        {"id": "rescuers", "kind": "number", "value": 3294, "unit": "search and rescue personnel", "anchors": ["reached"]},
    ])


def test_a_number_that_is_another_anchored_facts_value_agrees_with_that_fact(quake):
    findings = check_text(quake, "AFAD said 5,775 buildings collapsed and 11,302 buildings collapsed, which has yet to be confirmed.")
    assert (statuses(findings, "collapsed"), statuses(findings, "reports")) == (["agrees"], ["agrees"])


def test_a_number_with_no_unit_belongs_to_the_anchored_fact_it_agrees_with(quake):
    """The death toll, not the aftershocks beside the verb, rose to more than 5,000."""
    findings = check_text(quake, "The death toll from a 7.8 magnitude earthquake and multiple aftershocks rose to more than 5,000 on Tuesday.")
    assert (statuses(findings, "combined"), statuses(findings, "aftershocks")) == (["agrees"], [])


@pytest.mark.parametrize("age", ["70-years-old", "70-year-old", "70 years old"])
def test_a_hyphenated_unit_compares_by_its_parts(quake, age):
    assert statuses(check_text(quake, f"My mother is {age}, she said."), "mother-age") == ["agrees"]


def test_a_unit_joined_by_and_is_read_whole(quake):
    text = "A total of 3,294 search and rescue personnel reached Türkiye from 14 countries."
    assert statuses(check_text(quake, text), "rescuers") == ["agrees"]
    assert statuses(check_text(quake, text.replace("3,294", "3,924")), "rescuers") == ["contradicts"]


def test_an_anchor_that_ends_in_the_values_qualifier_ties_it(tmp_path):
    """"sentenced to more than 11 years" with the anchor "sentenced to more than" (bankman-fried-verdict-2023)."""
    registry = make_registry(tmp_path, [
        {"id": "age", "kind": "number", "value": 31, "unit": "years", "anchors": ["founder"]},
        {"id": "sentence", "kind": "number", "value": 11, "unit": "years", "anchors": ["sentenced to more than"]},
    ])
    findings = check_text(registry, "Holmes, the founder of Theranos, was sentenced to more than 11 years in prison.")
    assert statuses(findings, "sentence") == ["agrees"] and "contradicts" not in statuses(findings, "age")


def test_a_count_with_its_noun_left_out_may_agree_but_never_contradicts(tmp_path):
    """"with two members preferring to increase to 5.5% and one remain at 5.0%" (boe-rate-rise-2023, 002)."""
    registry = make_registry(tmp_path, [
        {"id": "minority", "kind": "number", "value": 2, "unit": "members", "anchors": ["preferring"]},
        {"id": "hold", "kind": "number", "value": 1, "unit": "members", "anchors": ["remain"]},
    ])
    text = "The committee voted 6-3, with two members preferring to increase to 5.5% and {} remain at 5.0%."
    assert statuses(check_text(registry, text.format("one")), "hold") == ["agrees"]
    assert "contradicts" not in statuses(check_text(registry, text.format("three")), "hold")


def test_a_days_name_between_an_anchor_and_a_bare_number_is_no_name(tmp_path):
    """"sharply higher than the initial estimate Wednesday of 271" (maui-wildfires-2023, 001)."""
    registry = make_registry(tmp_path, [
        {"id": "initial", "kind": "number", "value": 271, "unit": "structures", "anchors": ["initial estimate"]},
    ])
    assert statuses(check_text(registry, "It is higher than the initial estimate Wednesday of 271."), "initial") == ["agrees"]
    assert statuses(check_text(registry, "It is higher than the initial estimate Wednesday of 217."), "initial") == ["contradicts"]
    assert check_text(registry, "It is higher than the initial estimate Smith of 217.") == []  # a name between: no tie


@pytest.mark.parametrize(("text", "expected"), [
    ("Holmes was sentenced to 11 years and three months in prison.", ["agrees"]),
    ("Holmes was sentenced to 11 years in prison.", []),
    ("Holmes was sentenced to 12 years and three months in prison.", ["contradicts"]),
    ("Holmes was sentenced to 13 years in prison.", ["contradicts"]),
], ids=["compound-agrees", "whole-years-round-away-the-months", "compound-contradicts", "other-whole-years-contradict"])
def test_whole_units_of_a_fractional_value_leave_a_part_out_and_never_contradict(tmp_path, text, expected):
    registry = make_registry(tmp_path, [{"id": "term", "kind": "number", "value": 11.25, "unit": "years", "anchors": ["sentenced to"]}])
    assert statuses(check_text(registry, text), "term") == expected


def test_a_value_agrees_with_every_fact_anchored_in_its_clause_that_it_fits(tmp_path):
    """"deadliest since a 2004 tremor in the northern Rif mountains killed more than 600 people" (morocco-quake-2023,
    005): the anchor "killed" is this quake's toll and nearest, but the clause is about the 2004 tremor."""
    registry = make_registry(tmp_path, [
        {"id": "toll", "kind": "number", "value": 820, "unit": "people", "anchors": ["killed"]},
        {"id": "earlier-toll", "kind": "number", "value": 628, "unit": "people", "anchors": ["2004 tremor"]},
    ])
    findings = check_text(registry, "It is the deadliest since a 2004 tremor in the Rif mountains killed more than 600 people.")
    assert statuses(findings, "earlier-toll") == ["agrees"]
    findings = check_text(registry, "It is the deadliest since a 2004 tremor in the Rif mountains killed 900 people.")
    assert "agrees" not in statuses(findings, "earlier-toll")


def test_an_elapsed_time_contradicts_only_the_fact_whose_anchor_follows_it(tmp_path):
    """"triumphing two years after a surprising defeat to Daniil Medvedev" is no age of Medvedev's
    (djokovic-us-open-2023, 005); "just 44 days after taking over" is the tenure anchored "taking over"
    (truss-resigns-2022, 002)."""
    registry = make_registry(tmp_path, [
        {"id": "age", "kind": "number", "value": 27, "unit": "years", "anchors": ["Medvedev"]},
        {"id": "tenure", "kind": "number", "value": 45, "unit": "days", "anchors": ["taking over"]},
    ])
    assert statuses(check_text(registry, "He won two years after a surprising defeat to Medvedev."), "age") == []
    assert statuses(check_text(registry, '"He listened to me like 10 years ago," Medvedev said.'), "age") == []
    assert statuses(check_text(registry, "Medvedev, 29, lost."), "age") == ["contradicts"]
    assert statuses(check_text(registry, "She resigned just 54 days after taking over."), "tenure") == ["contradicts"]
    assert statuses(check_text(registry, "She resigned just 45 days after taking over."), "tenure") == ["agrees"]
    ruled = make_registry(tmp_path, [{"id": "rule", "kind": "number", "value": 14, "unit": "years", "anchors": ["after", "in power"]}])
    assert statuses(check_text(ruled, "It comes five years after the Conservatives won a majority."), "rule") == []


def test_an_anchor_that_opens_an_infinitive_after_the_value_never_makes_it_contradict(tmp_path):
    """"didn't plan to wait for inflation to reach 2% to cut interest rates" (fed-rate-september-2024, 002)."""
    registry = make_registry(tmp_path, [{"id": "cut", "kind": "number", "value": 0.5, "unit": "percentage point",
                                         "unit_spellings": ["%"], "anchors": ["cut"]}])
    assert statuses(check_text(registry, "The Fed would not wait for inflation to reach 2% to cut interest rates."), "cut") == []
    assert statuses(check_text(registry, "The Fed made a 2% cut in interest rates."), "cut") == ["contradicts"]


def test_a_number_inside_its_facts_anchor_fits_it(tmp_path):
    """"Officials reported that all eight were part of a crew", anchored "all eight" (key-bridge-collapse-2024, 005)."""
    registry = make_registry(tmp_path, [{"id": "crew", "kind": "number", "value": 8, "unit": "workers", "anchors": ["all eight"]}])
    assert statuses(check_text(registry, "Officials reported that all eight were part of a crew."), "crew") == ["agrees"]
    assert statuses(check_text(registry, "Officials reported that eight were part of a crew."), "crew") == []


def test_a_share_of_the_whole_its_fact_is_anchored_by_is_read_firmly(tmp_path):
    """"showed Lai with 41 percent of the popular vote" where Lai's 40.2% is anchored "of the popular vote"
    (taiwan-election-2024, 004); "83% of companies" stays part of a whole."""
    registry = make_registry(tmp_path, [{"id": "share", "kind": "number", "value": 40.2, "unit": "%",
                                         "anchors": ["Lai with", "of the popular vote"]}])
    assert statuses(check_text(registry, "Results showed Lai with 41 percent of the popular vote."), "share") == ["contradicts"]
    assert statuses(check_text(registry, "Results showed Lai with 41 percent of the seats counted."), "share") == []


@pytest.mark.parametrize(("text", "status"), [
    # alcaraz-wimbledon-2023: PA "to claim victory after four hours and 42 minutes"; dpa "in four hours 42 minutes"
    ("Alcaraz came back to claim victory after four hours and 42 minutes.", ["agrees"]),
    ("Alcaraz came back to claim victory after four hours 42 minutes.", ["agrees"]),
    ("Alcaraz came back to claim victory after five hours.", ["agrees"]),  # rounded to the hour
    ("Alcaraz came back to claim victory after three hours and 42 minutes.", ["contradicts"]),
])
def test_a_duration_converts_between_hours_and_minutes_even_when_listed_as_a_spelling(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "duration", "kind": "number", "value": 282, "unit": "minutes",
                                         "unit_spellings": ["minute", "hours", "hour"], "anchors": ["claim victory after"]}])
    assert statuses(check_text(registry, text), "duration") == status


def test_a_duration_in_another_unit_far_from_the_fact_is_another_duration(tmp_path):
    # wimbledon-final-2015, BBC: "won a thrilling second set tie-break but Djokovic came through to win in two hours and 56 minutes"
    registry = make_registry(tmp_path, [{"id": "tiebreak", "kind": "number", "value": 15, "unit": "minutes", "anchors": ["tie-break"]}])
    text = "The Swiss won a thrilling second set tie-break but Djokovic came through to win in two hours and 56 minutes."
    assert "contradicts" not in statuses(check_text(registry, text), "tiebreak")


@pytest.mark.parametrize(("text", "status"), [
    # hualien-earthquake-2024, a reworded Reuters copy's headline: "Strongest Taiwan quake in 25 years; 9 dead, 900 injured"
    ("Strongest quake in 25 years; 9 dead, 900 injured\n\nRescuers worked on.", ["agrees"]),
    ("Strongest quake in 25 years; 9 dead, 800 injured\n\nRescuers worked on.", ["contradicts"]),
    ("The quake left 900 injured.\n\nRescuers worked on.", ["contradicts"]),  # the body states figures, it does not round them
])
def test_a_headline_rounds_its_figures(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "injured", "kind": "number", "value": 934, "unit": "injured", "anchors": ["injured"]}])
    assert statuses(check_text(registry, text), "injured") == status


def test_of_two_anchors_as_near_the_longer_ties_the_value(tmp_path):
    # lyles-olympic-100m-2024, Reuters: "… Simbine … was fourth, … albeit with the consolation of a national record time of 9.83."
    registry = make_registry(tmp_path, [
        {"id": "winner-time", "kind": "number", "value": 9.79, "unit": "seconds", "anchors": ["time of"]},
        {"id": "fourth-time", "kind": "number", "value": 9.82, "unit": "seconds", "anchors": ["national record time of"]},
    ])
    findings = check_text(registry, "Simbine was fourth, with the consolation of a national record time of 9.83.")
    assert [(f.fact_id, f.status) for f in findings] == [("fourth-time", "contradicts")]


def test_a_figure_restated_in_another_unit_is_read_in_its_own(tmp_path):
    # hottest-year-2023, UPI: "an average temperature of 14.98 degrees Celsius, or 58.98 degrees Fahrenheit, about 0.17 …"
    registry = make_registry(tmp_path, [
        {"id": "celsius", "kind": "number", "value": 14.98, "unit": "degrees Celsius", "unit_spellings": ["degrees"],
         "anchors": ["average temperature"]},
        {"id": "fahrenheit", "kind": "number", "value": 58.96, "unit": "degrees Fahrenheit", "anchors": ["average temperature"]},
    ])
    text = "Heat led to an average temperature of 14.98 degrees Celsius, or 58.98 degrees Fahrenheit, about 0.17 degrees higher."
    assert [(f.fact_id, f.status) for f in check_text(registry, text)] == [("celsius", "agrees"), ("fahrenheit", "contradicts")]


@pytest.mark.parametrize(("text", "fact", "status"), [
    # usyk-fury-2024, DW: "This also means Fury lost for the first time in a 16-year professional career."
    ("This also means Fury lost for the first time in a 16-year professional career.", "age", []),
    ("Fury, 35, lost for the first time.", "age", ["agrees"]),
    ("He was handed a 12-year sentence on Monday.", "sentence", ["contradicts"]),  # the length of the anchored sentence
])
def test_a_hyphenated_duration_sizes_the_noun_after_it(tmp_path, text, fact, status):
    registry = make_registry(tmp_path, [
        {"id": "age", "kind": "number", "value": 35, "unit": "years", "unit_spellings": ["year-old"], "anchors": ["Fury"]},
        {"id": "sentence", "kind": "number", "value": 15, "unit": "years", "anchors": ["sentence"]},
    ])
    assert statuses(check_text(registry, text), fact) == status


@pytest.mark.parametrize(("text", "status"), [
    ("The crowd of 15,548 continued cheering until Ohtani emerged.", ["agrees"]),  # ohtani-50-50-2024, AP
    ("The crowd of 15,000 continued cheering until Ohtani emerged.", []),
    ("The crowd of 15,000 spectators cheered.", ["contradicts"]),
], ids=["unnamed-agrees", "unnamed-never-contradicts", "named-contradicts"])
def test_a_number_followed_by_no_unit_word_may_agree_but_never_contradicts(tmp_path, text, status):
    """"The crowd of 15,548 continued": the word after the figure names no unit anyone registered, so the
    figure fits the fact anchored beside it, as a bare figure does; it could still be an unlisted noun, so it is
    never read firmly."""
    registry = make_registry(tmp_path, [
        {"id": "crowd", "kind": "number", "value": 15548, "unit": "spectators", "unit_spellings": ["fans"], "anchors": ["crowd of"]},
    ])
    assert statuses(check_text(registry, text), "crowd") == status


@pytest.mark.parametrize(("text", "status"), [
    ("Gunmen kill more than 60 in concert attack near Moscow", []),  # crocus-city-hall-attack-2024, Reuters headline
    ("The gunmen, 4, were detained.", ["agrees"]),
    ("The gunmen, 5, were detained.", ["contradicts"]),
], ids=["the-verbs-object", "apposition-agrees", "apposition-contradicts"])
def test_an_anchor_that_is_the_unit_counts_no_bare_number_after_a_verb(tmp_path, text, status):
    """An anchor that is the fact's own unit names what is counted; "Gunmen kill more than 60" counts the killed."""
    registry = make_registry(tmp_path, [
        {"id": "gunmen", "kind": "number", "value": 4, "unit": "gunmen", "anchors": ["gunmen"]},
    ])
    assert statuses(check_text(registry, text), "gunmen") == status


@pytest.mark.parametrize(("text", "status"), [
    ("He said two were arrested after a car chase.", ["agrees"]),  # crocus-city-hall-attack-2024, Reuters
    ("He said three were arrested after a car chase.", ["contradicts"]),
    ("He said one was arrested after a car chase.", []),
], ids=["two-agrees", "three-contradicts", "one-is-left-alone"])
def test_a_number_word_from_two_up_fits_an_anchor_beside_it(tmp_path, text, status):
    registry = make_registry(tmp_path, [
        {"id": "arrests", "kind": "number", "value": 2, "unit": "people", "anchors": ["arrested after a car chase"]},
    ])
    assert statuses(check_text(registry, text), "arrests") == status


@pytest.mark.parametrize(("text", "status"), [
    ("The patient was over the age of 65 and was reported to have underlying conditions.", []),  # h5n1-first-us-death-2025
    ("In all, 65 were reported since 2024.", ["contradicts"]),
], ids=["across-and", "beside"])
def test_a_conjunction_between_a_bare_number_and_its_anchor_unties_them(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "cases", "kind": "number", "value": 66, "unit": "cases", "anchors": ["reported"]}])
    assert statuses(check_text(registry, text), "cases") == status


@pytest.mark.parametrize(("text", "status"), [
    ('Abe "assumed a heavy responsibility for eight years," added Kishida.', []),  # abe-shot-2022, AFP
    ("Abe, 8, assumed a heavy responsibility.", ["contradicts"]),
], ids=["across-a-quote-mark", "same-words"])
def test_a_quote_mark_between_a_value_and_its_anchor_unties_them(tmp_path, text, status):
    """One is the speaker's words, the other the writer's: the figure inside the quote is no age of the name outside."""
    registry = make_registry(tmp_path, [{"id": "age", "kind": "number", "value": 67, "unit": "years", "anchors": ["Abe"]}])
    assert statuses(check_text(registry, text), "age") == status


@pytest.mark.parametrize(("text", "status"), [
    ("It was put on display in June 2022, after a 5.9 magnitude earthquake hit the south.", []),  # herat-earthquake-2023
    ("The 5.9 magnitude earthquake hit on Saturday.", ["contradicts"]),
    ("The 6.3 magnitude earthquake was the worst since 2022.", ["agrees"]),
], ids=["after-an-earlier-year", "no-year", "year-after-the-figure"])
def test_a_figure_after_an_earlier_year_in_its_sentence_is_that_events(tmp_path, text, status):
    """A year before the year of publication dates an earlier event; the figures after it in the sentence are that
    event's, and may agree but never contradict."""
    registry = make_registry(tmp_path, [{"id": "magnitude", "kind": "number", "value": 6.3, "unit": "magnitude", "anchors": ["magnitude"]}])
    assert statuses(check_text(registry, text, published=dt.date(2023, 10, 8)), "magnitude") == status


def test_a_bare_number_after_a_possessive_may_agree_but_never_contradicts(tmp_path):
    """"Of the 283 points played, Sinner won 142 of them to Medvedev's 141" (sinner-australian-open-2024, 003)."""
    registry = make_registry(tmp_path, [{"id": "age", "kind": "number", "value": 27, "unit": "years", "anchors": ["Medvedev"]}])
    assert statuses(check_text(registry, "Of the 283 points played, Sinner won 142 of them to Medvedev's 141."), "age") == []
    assert statuses(check_text(registry, "Sinner is 22, to Medvedev's 27."), "age") == ["agrees"]
    assert statuses(check_text(registry, "Medvedev, 28, lost."), "age") == ["contradicts"]


def test_a_number_whose_only_unit_is_the_facts_anchor_counts_for_it(tmp_path):
    """"Bangkok city authorities said 10 people were killed, 16 injured and 101 missing" (myanmar-earthquake-2025,
    001), where another fact lists "injured" among its unit's spellings."""
    registry = make_registry(tmp_path, [
        {"id": "elsewhere", "kind": "number", "value": 730, "unit": "people", "unit_spellings": ["injured"], "anchors": ["were injured"]},
        {"id": "bangkok", "kind": "number", "value": 16, "unit": "people", "anchors": ["injured"]},
        {"id": "deaths", "kind": "number", "value": 10, "unit": "people", "anchors": ["killed"]},
    ])
    text = "Bangkok city authorities said 10 people were killed, {} injured and 101 missing."
    assert statuses(check_text(registry, text.format(16)), "bangkok") == ["agrees"]
    assert statuses(check_text(registry, text.format(19)), "bangkok") == []  # its noun left out after "10 people": never firm
    assert statuses(check_text(registry, "Officials said 19 injured were taken to hospital."), "bangkok") == ["contradicts"]


@pytest.mark.parametrize(("text", "status"), [
    ("Erdogan won, maintaining his two-decade rule of the country.", ["agrees"]),  # erdogan-runoff-2023, 005 (Rudaw)
    ("Erdogan won, maintaining his three-decade rule of the country.", ["contradicts"]),
])
def test_decades_convert_to_years(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "rule", "kind": "number", "value": 20, "unit": "years", "anchors": ["rule"]}])
    assert statuses(check_text(registry, text), "rule") == status


@pytest.mark.parametrize(("count", "status"), [(30, ["agrees"]), (15, ["contradicts"])])
def test_the_set_one_of_picks_from_counts_the_facts_anchor(tmp_path, count, status):
    """"one of 15 systematically important banks in the world" (ubs-credit-suisse-2023, 005): the list holds 30."""
    registry = make_registry(tmp_path, [{"id": "gsib", "kind": "number", "value": 30, "unit": "banks",
                                         "unit_spellings": ["systematically important banks"],
                                         "anchors": ["systematically important banks"]}])
    text = f"Credit Suisse is one of {count} systematically important banks in the world."
    assert statuses(check_text(registry, text), "gsib") == status
    assert "contradicts" not in statuses(check_text(registry, f"Five of the {count} banks are systematically important banks."), "gsib")


def test_a_figure_after_a_year_naming_an_earlier_event_is_that_events(tmp_path):
    """"It was the deadliest incident …, following the 1997 Korean Air plane crash in Guam, which killed 225
    people." (jeju-air-muan-crash-2024, 004): not this crash's toll; the Guam crash's, whose fact is anchored "Guam"."""
    registry = make_registry(tmp_path, [
        {"id": "toll", "kind": "number", "value": 179, "unit": "people", "anchors": ["killed"]},
        {"id": "guam", "kind": "number", "value": 228, "unit": "people", "anchors": ["Guam", "killed"]},
    ])
    text = "It was the deadliest crash, following the 1997 Korean Air plane crash in Guam, which killed {} people."
    findings = check_text(registry, text.format(225), published=dt.date(2024, 12, 29))
    assert (statuses(findings, "toll"), statuses(findings, "guam")) == ([], ["contradicts"])
    assert statuses(check_text(registry, text.format(228), published=dt.date(2024, 12, 29)), "guam") == ["agrees"]


def test_time_left_belongs_to_a_fact_anchored_on_what_is_left(tmp_path):
    """"Dani Carvajal opening the scoring as he headed in with 15 minutes of the game remaining" (champions-league-final-
    2024, 004): not the minute of the goal, but the time left, 16 in the registry."""
    registry = make_registry(tmp_path, [
        {"id": "minute", "kind": "number", "value": 74, "unit": "minutes", "anchors": ["headed in"]},
        {"id": "left", "kind": "number", "value": 16, "unit": "minutes", "anchors": ["remaining", "to play"]},
    ])
    findings = check_text(registry, "Carvajal opened the scoring as he headed in with 15 minutes of the game remaining.")
    assert (statuses(findings, "minute"), statuses(findings, "left")) == ([], ["contradicts"])
    assert statuses(check_text(registry, "Carvajal headed in after 74 minutes."), "minute") == ["agrees"]


def test_values_each_dated_by_their_year_are_a_series_and_a_shared_anchor_goes_to_the_fact_named_more(tmp_path):
    """"Economic growth is expected to pick up to 0.9% in 2024, 1.4% in 2025 and 1.7% in 2026." (ecb-first-cut-2024,
    005): no breakdown of a whole; "in 2026" anchors both the growth and the inflation projection, and the sentence
    names growth."""
    registry = make_registry(tmp_path, [
        {"id": "inflation-2026", "kind": "number", "value": 1.9, "unit": "%", "anchors": ["inflation", "in 2026"]},
        {"id": "growth-2026", "kind": "number", "value": 1.6, "unit": "%", "anchors": ["Economic growth", "in 2026"]},
        {"id": "growth-2024", "kind": "number", "value": 0.9, "unit": "%", "anchors": ["in 2024"]},
        {"id": "growth-2025", "kind": "number", "value": 1.4, "unit": "%", "anchors": ["in 2025"]},
    ])
    findings = check_text(registry, "Economic growth is expected to pick up to 0.9% in 2024, 1.4% in 2025 and 1.7% in 2026.")
    assert (statuses(findings, "growth-2026"), statuses(findings, "inflation-2026")) == (["contradicts"], [])


@pytest.mark.parametrize(("text", "status"), [
    ("He took it easy on the 34km route between Monaco and Nice.", ["agrees"]),  # pogacar-tour-2024, 002 (PA)
    ("He took it easy on the 36km route between Monaco and Nice.", ["contradicts"]),
])
def test_a_whole_measure_is_as_precise_as_its_last_written_digit(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "distance", "kind": "number", "value": 33.7, "unit": "km", "anchors": ["route"]}])
    assert statuses(check_text(registry, text), "distance") == status
    counts = make_registry(tmp_path, [{"id": "riders", "kind": "number", "value": 33.7, "unit": "riders", "anchors": ["route"]}])
    assert statuses(check_text(counts, "34 riders took the route."), "riders") != ["agrees"]


def test_a_bound_its_clause_denies_never_contradicts(tmp_path):
    """"Given that no candidate secured more than 50 percent of the votes, the Election Commission counted the second
    preferences" (sri-lanka-election-2024, 003); "cannot travel to any of the 120 countries" still states 120."""
    registry = make_registry(tmp_path, [
        {"id": "share", "kind": "number", "value": 42.31, "unit": "%", "anchors": ["of the votes"]},
        {"id": "members", "kind": "number", "value": 124, "unit": "countries", "anchors": ["party to the Rome Statute"]},
    ])
    assert statuses(check_text(registry, "Given that no candidate secured more than 50 percent of the votes, they counted again."), "share") == []
    assert statuses(check_text(registry, "He won more than 50 percent of the votes."), "share") == ["contradicts"]
    text = "They cannot travel to any of the 120 countries that are party to the Rome Statute."
    assert statuses(check_text(registry, text), "members") == ["contradicts"]
