import datetime as dt

import pytest

from harness.text.dates import extract_dates
from tests.unit.helpers import check_text, make_registry, statuses

TUESDAY = dt.date(2022, 1, 11)


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path, [
        {"id": "remarks", "kind": "date", "date": "2022-01-11", "anchors": ["Kremlin said"]},
        {"id": "brussels", "kind": "date", "date": "2022-01-12", "anchors": ["talks in Brussels"]},
        {"id": "vienna", "kind": "date", "date": "2022-01-13", "anchors": ["Vienna"]},
        {"id": "annexed", "kind": "date", "date": "2014", "anchors": ["annexed"]},
    ])


def test_extraction_reads_weekdays_dates_and_years():
    text = "On Tuesday, Jan. 11, 2022, and 11 January and 2022-01-11, last Monday, yesterday, in 2014."
    found = [(m.text, m.weekday, m.year, m.month, m.day, m.relation, m.relative) for m in extract_dates(text, 0, len(text))]
    assert found == [
        ("Tuesday, Jan. 11, 2022", 1, 2022, 1, 11, None, None),
        ("11 January", None, None, 1, 11, None, None),
        ("2022-01-11", None, 2022, 1, 11, None, None),
        ("last Monday", 0, None, None, None, "last", None),
        ("yesterday", None, None, None, None, None, -1),
        ("2014", None, 2014, None, None, None, None),
    ]


@pytest.mark.parametrize(("text", "published", "status"), [
    ("The Kremlin said Tuesday the talks failed.", TUESDAY, "agrees"),
    ("The Kremlin said Wednesday the talks failed.", TUESDAY, "contradicts"),
    ("The Kremlin said Tuesday the talks failed.", dt.date(2022, 1, 12), "agrees"),
    ("The Kremlin said Wednesday the talks failed.", dt.date(2022, 1, 12), "contradicts"),
    ("The Kremlin said yesterday the talks failed.", dt.date(2022, 1, 12), "agrees"),
    ("The Kremlin said today the talks failed.", dt.date(2022, 1, 13), "contradicts"),
    ("The Kremlin said on Jan. 11, 2022 the talks failed.", None, "agrees"),
    ("The Kremlin said on Jan. 12, 2022 the talks failed.", None, "contradicts"),
    ("The Kremlin said Tuesday, Jan. 11, the talks failed.", None, "agrees"),
    ("The Kremlin said Monday, Jan. 11, the talks failed.", None, "contradicts"),
], ids=["same-day", "wrong-weekday", "next-day-yesterday-weekday", "next-day-wrong", "relative-yesterday",
        "relative-today-wrong", "explicit", "explicit-wrong", "weekday-and-date", "weekday-disagrees-with-date"])
def test_weekdays_resolve_against_the_publication_date(registry, text, published, status):
    assert statuses(check_text(registry, text, published=published), "remarks") == [status]


def test_each_date_goes_to_the_fact_anchored_nearest(registry):
    text = "Peskov said talks in Brussels on Wednesday and a meeting in Vienna on Thursday would show the way."
    findings = check_text(registry, text, published=TUESDAY)
    assert statuses(findings, "brussels") == ["agrees"] and statuses(findings, "vienna") == ["agrees"]
    swapped = text.replace("Wednesday", "@").replace("Thursday", "Wednesday").replace("@", "Thursday")
    findings = check_text(registry, swapped, published=TUESDAY)
    assert statuses(findings, "brussels") == ["contradicts"] and statuses(findings, "vienna") == ["contradicts"]


def test_year_facts_compare_years_and_ignore_weekdays(registry):
    assert statuses(check_text(registry, "In 2014, Russia annexed Crimea on a Tuesday."), "annexed") == ["agrees"]
    assert statuses(check_text(registry, "In 2015, Russia annexed Crimea."), "annexed") == ["contradicts"]


def test_a_date_with_no_anchor_in_its_sentence_is_not_checked(registry):
    assert check_text(registry, "Officials met on Friday in Geneva.") == []


def test_finding_locates_the_observed_value(registry):
    [finding] = check_text(registry, "Intro line.\nThe Kremlin said Wednesday the talks failed.", published=TUESDAY)
    assert (finding.line, finding.column) == (2, 18)
    assert finding.sentence[slice(*finding.highlight)] == "Wednesday"
    assert finding.expected == "Tuesday 2022-01-11" and finding.observed == "Wednesday (2022-01-12)"


def test_a_weekday_says_nothing_of_an_event_more_than_a_week_from_publication(registry):
    """Weekdays point at the days around publication: two weeks on, "Tuesday" is another Tuesday, not this event."""
    assert statuses(check_text(registry, "The Kremlin said Tuesday the talks failed.", published=dt.date(2022, 1, 25)), "remarks") == []
    assert statuses(check_text(registry, "The Kremlin said Tuesday the talks failed.", published=dt.date(2022, 1, 18)), "remarks") == ["agrees"]


@pytest.fixture
def court(tmp_path):
    return make_registry(tmp_path, [
        {"id": "sentencing", "kind": "date", "date": "2023-03-03", "anchors": ["sentenced"]},
        {"id": "murders", "kind": "date", "date": "2021-06-07", "anchors": ["murder", "murders", "shot dead"]},
        {"id": "first-crash", "kind": "date", "date": "2018", "anchors": ["crashes"]},
        {"id": "last-retained", "kind": "date", "date": "2007", "anchors": ["defend the title"]},
        {"id": "final", "kind": "date", "date": "2015-07-12", "anchors": ["final"]},
        {"id": "hearing", "kind": "date", "date": "2021-12-07", "anchors": ["hearing"]},
    ], reference_date="2023-03-03")


FRIDAY = dt.date(2023, 3, 3)


@pytest.mark.parametrize(("text", "fact", "status"), [
    ("Alex Murdaugh was sentenced to life in prison for the 2021 murders of his wife by a judge Friday.", "murders", ["agrees"]),
    ("Alex Murdaugh is sentenced for the murder of his wife and son by Judge Clifton Newman, March 3, 2023.", "murders", []),
    ("His wife and son were shot dead on June 9, 2021.", "murders", ["contradicts"]),
    ("Boeing's model was grounded for almost two years following crashes in 2018 and 2019.", "first-crash", ["agrees"]),
    ("Djokovic is the first man to defend the title since Federer won five times in a row from 2003 to 2007.", "last-retained", ["agrees"]),
    ("The defending champion won a rematch of the 2014 final.", "final", []),
    ("In this Sept. 5, 2019 file photo, the judge is sentenced to nothing.", "sentencing", []),
    ("He was sentenced on Friday after a hearing on Thursday about the case.", "sentencing", ["agrees"]),
], ids=["weekday-far-from-the-event", "full-date-of-an-event-anchored-beside", "firm-full-date", "coordinated-years",
        "span-of-years", "year-of-another-edition", "archive-photo", "one-value-per-sentence"])
def test_dates_tie_only_where_they_belong(court, text, fact, status):
    assert statuses(check_text(court, text, published=FRIDAY), fact) == status


def test_a_date_with_no_year_is_read_as_the_nearest_one_and_shown_so(court):
    [finding] = [f for f in check_text(court, "At a hearing on Dec. 7, the judge spoke.", published=dt.date(2022, 1, 11)) if f.fact_id == "hearing"]
    assert (finding.status, finding.observed) == ("agrees", "Dec. 7 (2021-12-07)")


@pytest.mark.parametrize(("published", "status", "shown"), [
    (dt.date(2022, 5, 20), "agrees", "Dec. 7 (2021-12-07)"),
    (dt.date(2021, 8, 20), "agrees", "Dec. 7 (2021-12-07)"),
    (dt.date(2022, 11, 20), "contradicts", "Dec. 7 (2022-12-07)"),
], ids=["far-ahead-may-be-last-year", "far-ahead-may-be-to-come", "within-a-month-ahead-is-to-come"])
def test_a_date_with_no_year_far_ahead_may_be_last_years(court, published, status, shown):
    """"Since Iran's ally Hamas attacked Israel on Oct. 7", published in May (raisi-helicopter-crash-2024, Reuters),
    is last October's; "sentencing on Jul 11", published in May (trump-verdict-2024), is to come. Nothing in the
    words says which, so either agrees, and the finding shows the day compared."""
    [finding] = [f for f in check_text(court, "At a hearing on Dec. 7, the judge spoke.", published=published) if f.fact_id == "hearing"]
    assert (finding.status, finding.observed) == (status, shown)


@pytest.mark.parametrize("since", ["since Wednesday", "since early Wednesday", "until late Wednesday"])
def test_a_date_that_opens_or_closes_a_period_never_contradicts(registry, since):
    """"Since early Tuesday morning, earthquakes … have been recorded" (turkey-quake-toll-2023, 005) dates the
    aftershocks' start, not the event."""
    assert statuses(check_text(registry, f"The Kremlin said {since} the talks went on.", published=TUESDAY), "remarks") == []
    assert statuses(check_text(registry, "The Kremlin said Wednesday the talks went on.", published=TUESDAY), "remarks") == ["contradicts"]


def test_a_span_word_inside_the_facts_anchor_keeps_the_date_firm(tmp_path):
    """"the highest level since 2008" (boe-rate-rise-2023) dates the fact itself: a changed year contradicts."""
    registry = make_registry(tmp_path, [{"id": "high", "kind": "date", "date": "2008", "anchors": ["highest level since"]}])
    published = dt.date(2023, 8, 3)
    assert statuses(check_text(registry, "Rates rose to the highest level since early 2008.", published=published), "high") == ["agrees"]
    assert statuses(check_text(registry, "Rates rose to the highest level since 2009.", published=published), "high") == ["contradicts"]


def test_a_month_and_day_in_a_sentence_about_the_future_is_the_next_one(tmp_path):
    """"the general election will be held on Saturday October 14", said in January (ardern-resigns-2023)."""
    registry = make_registry(tmp_path, [{"id": "election", "kind": "date", "date": "2023-10-14", "anchors": ["election"]}])
    january = dt.date(2023, 1, 19)
    assert statuses(check_text(registry, "The election will be held on October 14.", published=january), "election") == ["agrees"]
    assert statuses(check_text(registry, "The election will be held on October 15.", published=january), "election") == ["contradicts"]
    [mention] = extract_dates("The election was held on October 14.", 0, 36)
    assert not mention.ahead


def test_today_inside_a_quote_is_the_speakers_day_and_never_contradicts(registry):
    """Garland's statement, quoted the day after (bankman-fried-verdict-2023): “Today’s verdict proves he was wrong.”"""
    wednesday = dt.date(2022, 1, 12)
    quoted = 'The Kremlin said: "Today we see no reason for optimism."'
    assert statuses(check_text(registry, quoted, published=wednesday), "remarks") == []
    thursday = dt.date(2022, 1, 13)
    assert statuses(check_text(registry, "The Kremlin said today there was no reason for optimism.", published=thursday), "remarks") == ["contradicts"]


def test_the_year_of_an_event_named_after_since_is_no_span(tmp_path):
    """"the deadliest natural disaster in the state since the 1961 hurricane" (maui-wildfires-2023, 003): the year
    dates the earlier event, so a changed one contradicts; a year that opens a span still never does."""
    registry = make_registry(tmp_path, [{"id": "tsunami", "kind": "date", "date": "1960", "anchors": ["natural disaster"]}])
    published = dt.date(2023, 8, 10)
    text = "It is the deadliest natural disaster in the state since the {} tsunami."
    assert statuses(check_text(registry, text.format(1960), published=published), "tsunami") == ["agrees"]
    assert statuses(check_text(registry, text.format(1961), published=published), "tsunami") == ["contradicts"]
    assert "contradicts" not in statuses(check_text(registry, "It is the worst natural disaster since 1961.", published=published), "tsunami")


def test_last_july_names_a_month_and_its_year_but_no_day(tmp_path):
    """"a crash with a crossing tractor-trailer last July", published in December 2023 (tesla-autopilot-recall-2023)."""
    registry = make_registry(tmp_path, [
        {"id": "crash", "kind": "date", "date": "2023", "anchors": ["crash"]},
        {"id": "talks", "kind": "date", "date": "2023-07-11", "anchors": ["talks"]},
    ])
    published = dt.date(2023, 12, 13)
    assert statuses(check_text(registry, "It was a crash last July.", published=published), "crash") == ["agrees"]
    assert statuses(check_text(registry, "It was a crash last July.", published=dt.date(2025, 1, 6)), "crash") == ["contradicts"]
    assert statuses(check_text(registry, "The talks began last July.", published=published), "talks") == ["agrees"]
    assert "contradicts" not in statuses(check_text(registry, "The talks began last June.", published=published), "talks")


def test_a_days_name_between_the_and_a_noun_dates_that_noun(tmp_path):
    """"Green told CNN earlier that the death toll will go up … from the Wednesday estimate of 36", published on the
    Thursday (maui-wildfires-2023, 001): Wednesday is the estimate's day, not the day Green spoke."""
    registry = make_registry(tmp_path, [
        {"id": "spoke", "kind": "date", "date": "2023-08-10", "anchors": ["told CNN"]},
        {"id": "estimate", "kind": "date", "date": "2023-08-09", "anchors": ["estimate"]},
    ])
    thursday = dt.date(2023, 8, 10)
    said = "Green told CNN the toll will go up from the {} estimate of 36."
    assert statuses(check_text(registry, said.format("Wednesday"), published=thursday), "spoke") == []
    assert statuses(check_text(registry, said.format("Wednesday"), published=thursday), "estimate") == ["agrees"]
    assert statuses(check_text(registry, said.format("Tuesday night"), published=thursday), "estimate") == ["contradicts"]
    assert statuses(check_text(registry, "Green told CNN on Wednesday the toll will rise.", published=thursday), "spoke") == ["contradicts"]


@pytest.mark.parametrize(("text", "status"), [
    ("A rampage that killed 93 people was the worst in years, the Kremlin said on Saturday.", []),
    ("A rampage that killed 93 people was the worst in years, a witness told Reuters on Saturday.", []),
    ("The rampage on Saturday killed 93 people, the Kremlin said.", ["contradicts"]),
    ("The Kremlin said on Saturday that it was investigating.", ["contradicts"]),
], ids=["said-on-a-day", "told-someone-on-a-day", "the-events-own-day", "the-saying-is-the-fact"])
def test_a_day_after_a_verb_of_saying_dates_the_saying(tmp_path, text, status):
    """"… a shooting rampage that killed 93 people …, the Kremlin said on Saturday" (crocus-city-hall-attack-2024,
    Reuters): Saturday is when the Kremlin spoke; the rampage was on Friday. It contradicts only a fact anchored on the
    sayer or the saying."""
    registry = make_registry(tmp_path, [
        {"id": "rampage", "kind": "date", "date": "2024-03-22", "anchors": ["rampage"]},
        {"id": "kremlin", "kind": "date", "date": "2024-03-22", "anchors": ["Kremlin said"]},
    ])
    found = check_text(registry, text, published=dt.date(2024, 3, 23))
    assert statuses(found, "kremlin" if "that it was" in text else "rampage") == status
    assert [m.hedge for m in extract_dates("They met on the Wednesday before.", 0, 33)] == [""]


def test_a_month_after_in_or_before_a_year_may_agree_but_never_contradicts_a_day(tmp_path):
    """"she was convicted on four counts … in January", published in November 2022, of a verdict on 3 January 2022
    (holmes-sentencing-2022): the latest January up to publication, or the next in a sentence about the future."""
    registry = make_registry(tmp_path, [
        {"id": "verdict", "kind": "date", "date": "2022-01-03", "anchors": ["convicted"]},
        {"id": "founded", "kind": "date", "date": "2003", "anchors": ["founded"]},
    ])
    november = dt.date(2022, 11, 18)
    assert statuses(check_text(registry, "She was convicted in January.", published=november), "verdict") == ["agrees"]
    assert statuses(check_text(registry, "She was convicted in January 2022.", published=november), "verdict") == ["agrees"]
    assert statuses(check_text(registry, "She was convicted in March.", published=november), "verdict") == []
    assert statuses(check_text(registry, "She was convicted in December 2021.", published=november), "verdict") == []
    assert statuses(check_text(registry, "She founded it in January.", published=november), "founded") == []
    assert statuses(check_text(registry, "She founded it in January 2013.", published=november), "founded") == ["contradicts"]
    [ahead] = extract_dates("The jury will be convicted in January.", 0, 38)
    assert (ahead.month, ahead.year_in(november)) == (1, 2023)
    assert [m.text for m in extract_dates("In May, 40 people died in Mayfair.", 0, 34)] == ["In May"]


def test_a_weekday_agrees_only_with_its_nearest_or_claiming_fact_not_any_in_its_clause(tmp_path):
    """A moved weekday must not agree with some other event anchored in the clause: the seed story's "The Geneva talks
    are being followed by … Brussels on Wednesday and … Vienna on Thursday", with Thursday moved to Monday (the day of
    the Geneva talks)."""
    registry = make_registry(tmp_path, [
        {"id": "geneva", "kind": "date", "date": "2022-01-10", "anchors": ["Geneva talks"]},
        {"id": "brussels", "kind": "date", "date": "2022-01-12", "anchors": ["talks in Brussels"]},
        {"id": "vienna", "kind": "date", "date": "2022-01-13", "anchors": ["Vienna"]},
    ])
    text = "The Geneva talks are being followed by talks in Brussels on Wednesday and a meeting in Vienna on Monday."
    findings = check_text(registry, text)
    assert statuses(findings, "vienna") == ["contradicts"] and statuses(findings, "geneva") == []


def test_as_of_dates_the_state_a_figure_was_in_not_the_event(tmp_path):
    """"traders saw a 64% probability of a 50 basis point cut as of Tuesday", published on the Wednesday of the cut
    (fed-rate-september-2024, 001)."""
    registry = make_registry(tmp_path, [{"id": "cut", "kind": "date", "date": "2024-09-18", "anchors": ["cut"]}])
    wednesday = dt.date(2024, 9, 18)
    text = "Traders saw a 64% probability of a 50 basis point cut as of Tuesday."
    assert statuses(check_text(registry, text, published=wednesday), "cut") == []
    assert statuses(check_text(registry, "The Fed announced the cut on Tuesday.", published=wednesday), "cut") == ["contradicts"]


def test_a_date_scheduled_in_the_past_tense_is_the_nearest_not_the_next(tmp_path):
    """"The launch was initially scheduled for April 17, but was postponed", published 20 April 2023
    (starship-launch-2023, 004): the April 17 just gone, not next year's."""
    registry = make_registry(tmp_path, [{"id": "scrub", "kind": "date", "date": "2023-04-17", "anchors": ["initially scheduled"]}])
    published = dt.date(2023, 4, 20)
    text = "The launch was initially scheduled for April 17, but was postponed."
    assert statuses(check_text(registry, text, published=published), "scrub") == ["agrees"]
    [ahead] = extract_dates("The launch is scheduled for April 17.", 0, 37)
    assert ahead.ahead
    active = "Sanchez scheduled the snap vote for July 23 after setbacks."  # spain-election-2023, Sputnik
    [past] = extract_dates(active, 0, len(active))
    assert not past.ahead


def test_a_year_agrees_with_a_year_fact_anchored_in_its_clause_though_another_anchor_is_nearer(tmp_path):
    """"to clinch his maiden title at the … Abu Dhabi Grand Prix in 2021" (verstappen-title-2023, 002)."""
    registry = make_registry(tmp_path, [
        {"id": "race", "kind": "date", "date": "2023-10-08", "anchors": ["Grand Prix"]},
        {"id": "first-title", "kind": "date", "date": "2021", "anchors": ["maiden title"]},
    ])
    text = "He beat Lewis Hamilton to clinch his maiden title at the season-ending Abu Dhabi Grand Prix in 2021."
    findings = check_text(registry, text, published=dt.date(2023, 10, 7))
    assert statuses(findings, "first-title") == ["agrees"] and statuses(findings, "race") == []


def test_a_date_tied_through_an_anchor_after_ahead_of_or_before_never_contradicts(tmp_path):
    """"during the first practice session ahead of the Qatari F1 Grand Prix … on Oct. 6, 2023", the race being on the
    8th (verstappen-title-2023, 001)."""
    registry = make_registry(tmp_path, [{"id": "race", "kind": "date", "date": "2023-10-08", "anchors": ["Grand Prix"]}])
    published = dt.date(2023, 10, 7)
    text = "Verstappen drives during practice ahead of the Qatari F1 Grand Prix in Doha on Oct. 6, 2023."
    assert statuses(check_text(registry, text, published=published), "race") == []
    assert statuses(check_text(registry, "The Qatari Grand Prix was run on Oct. 6, 2023.", published=published), "race") == ["contradicts"]


def test_a_days_name_with_its_date_in_brackets_is_one_date(tmp_path):
    """"after reports emerged on Wednesday (August 24)" of a crash on Wednesday 23 August (prigozhin-crash-2023, 004)."""
    registry = make_registry(tmp_path, [{"id": "crash", "kind": "date", "date": "2023-08-23", "anchors": ["reports emerged"]}])
    text = "Biden pointed a finger at Putin after reports emerged on Wednesday (August 24) of a plane crash."
    assert statuses(check_text(registry, text, published=dt.date(2023, 8, 24)), "crash") == ["contradicts"]
    assert [m.text for m in extract_dates("only August 24) here", 0, 20)] == ["August 24"]


def test_a_date_in_a_dateline_is_the_filing_day_and_never_contradicts(tmp_path):
    """"Taipei City, Jan 14: Taiwanese voters have chosen William Lai …" of an election on the 13th
    (taiwan-election-2024, 001)."""
    registry = make_registry(tmp_path, [{"id": "vote", "kind": "date", "date": "2024-01-13", "anchors": ["election"]}])
    published = dt.date(2024, 1, 14)
    text = "Taipei City, Jan 14: Voters have chosen Lai as their president in a historic election."
    assert statuses(check_text(registry, text, published=published), "vote") == []
    assert statuses(check_text(registry, "Voters chose Lai in the election on Jan 14.", published=published), "vote") == ["contradicts"]


def test_a_month_and_day_naming_an_event_leave_its_year_unsaid(tmp_path):
    """"conspiracy theories about his loss that culminated in the January 6 insurrection", in June 2024, of the attack
    on 6 January 2021 (biden-trump-debate-2024, 000 and 001)."""
    registry = make_registry(tmp_path, [{"id": "attack", "kind": "date", "date": "2021-01-06", "anchors": ["insurrection"]}])
    june = dt.date(2024, 6, 28)
    assert statuses(check_text(registry, "It culminated in the January 6 insurrection.", published=june), "attack") == ["agrees"]
    assert statuses(check_text(registry, "It culminated in the January 7 insurrection.", published=june), "attack") == []


@pytest.mark.parametrize(("text", "status"), [
    # alcaraz-wimbledon-2023, Reuters on 16 July: "a rematch of … the French Open semi-finals last month"
    ("The final was a rematch of the talks in Brussels last month.", ["agrees"]),
    ("The final was a rematch of the talks in Brussels this month.", []),  # another month: never firm enough to contradict
    ("The final was a rematch of the talks in Brussels next month.", []),
])
def test_last_month_names_the_month_before_publication_and_never_contradicts(registry, text, status):
    assert statuses(check_text(registry, text, published=dt.date(2022, 2, 16)), "brussels") == status


def test_a_relative_month_counts_across_the_year():
    mention = extract_dates("talks last month", 0, 16)[0]
    assert (mention.text, mention.month_in(dt.date(2023, 1, 5)), mention.year_in(dt.date(2023, 1, 5))) == ("last month", (2022, 12), 2022)


@pytest.mark.parametrize(("text", "status"), [
    # boeing-calhoun-steps-down-2024, a rewrite on 25 March 2024: "who joined Boeing’s board of directors 10 years ago" (2009)
    ("Putin annexed Crimea nine years ago.", ["agrees"]),     # 2013 for 2014: a count of years rounds
    ("Putin annexed Crimea eight years ago.", ["agrees"]),    # 2014 exactly
    ("Putin annexed Crimea 12 years ago.", ["contradicts"]),  # 2010
])
def test_years_ago_name_a_year_counted_back_a_year_either_side(registry, text, status):
    assert statuses(check_text(registry, text, published=dt.date(2022, 3, 25)), "annexed") == status


def test_since_a_month_names_the_latest_such_month_and_never_contradicts_a_day(registry):
    # boeing-calhoun-steps-down-2024, Seattle Times: "Pope had been chief operating officer since January."
    assert statuses(check_text(registry, "The talks in Brussels have gone on since January.", published=dt.date(2022, 3, 25)), "brussels") == ["agrees"]
    assert statuses(check_text(registry, "The talks in Brussels have gone on since February.", published=dt.date(2022, 3, 25)), "brussels") == []


@pytest.mark.parametrize(("text", "status"), [
    # crowdstrike-outage-2024, Reuters: "The air travel industry was recovering on Saturday from the outage …"
    ("Diplomats were recovering on Friday from the talks in Brussels.", []),
    ("Diplomats flew home on Friday after the talks in Brussels.", []),
    ("Diplomats flew home after the talks in Brussels on Friday.", ["contradicts"]),  # the day after the anchor is its own
])
def test_a_day_before_an_anchor_after_from_or_after_dates_a_later_event(registry, text, status):
    assert statuses(check_text(registry, text, published=TUESDAY), "brussels") == status


def test_each_year_in_a_list_agrees_with_its_own_fact_under_a_shared_anchor(tmp_path):
    # euro-2024-final, AP: "Spain also won the title in 1964, 2008 and 2012."
    registry = make_registry(tmp_path, [{"id": f"title-{year}", "kind": "date", "date": str(year), "anchors": ["won the title in"]}
                                        for year in (1964, 2008, 2012)])
    findings = check_text(registry, "Spain also won the title in 1964, 2008 and 2012.", published=dt.date(2024, 7, 15))
    assert [(f.fact_id, f.status) for f in findings] == [("title-1964", "agrees"), ("title-2008", "agrees"), ("title-2012", "agrees")]


def test_a_year_after_publication_never_contradicts_a_past_event(registry):
    # euro-2024-final, a reworded AP copy: "We aim to carry this momentum into the 2026 World Cup" (England's last title: 1966)
    assert statuses(check_text(registry, "Russia, which annexed Crimea, looks to the 2026 summit.", published=TUESDAY), "annexed") == []
    assert statuses(check_text(registry, "Russia annexed Crimea in 2016.", published=TUESDAY), "annexed") == ["contradicts"]


@pytest.mark.parametrize(("text", "found"), [
    # euro-2024-final, an AP caption: "… the winning goal … in the Euro 2024 final in Berlin on Monday (July 15, 2024)."
    ("He scored in the Euro 2024 final in Berlin on Monday (July 15, 2024).", ["Monday (July 15, 2024)"]),
    ("Crowds gathered at the Paris 2024 Games.", []),
    ("Spain won in 2024.", ["2024"]),
    ("Euro 2024 ended on Sunday.", ["2024", "on Sunday"]),  # a sentence's first word shows no name by its capital
])
def test_a_year_right_after_a_capitalised_word_is_part_of_a_name(text, found):
    assert [m.text for m in extract_dates(text, 0, len(text))] == found


def test_a_value_contradicts_one_fact_at_most(tmp_path):
    # weinstein-conviction-overturned-2024, Reuters: "after being convicted there last year" (California, 2022; New York, 2020)
    registry = make_registry(tmp_path, [
        {"id": "ny-conviction", "kind": "date", "date": "2020", "anchors": ["convicted"]},
        {"id": "la-conviction", "kind": "date", "date": "2022", "anchors": ["convicted there"]},
    ])
    findings = check_text(registry, "He faces a term in California after being convicted there in 2023.", published=dt.date(2024, 4, 25))
    assert [(f.fact_id, f.status) for f in findings] == [("la-conviction", "contradicts")]


def test_a_month_and_day_against_a_year_fact_is_read_in_its_year(tmp_path):
    """A month and day with no year, weighed as a year fact's anchored in its sentence, is read in the year it
    resolves to, never left without one (raisi-helicopter-crash-2024, Reuters)."""
    registry = make_registry(tmp_path, [
        {"id": "elected", "kind": "date", "date": "2021", "anchors": ["elected"]},
        {"id": "sworn", "kind": "date", "date": "2021-08-03", "anchors": ["sworn in"]},
    ])
    found = check_text(registry, "He was elected and then sworn in on Aug. 5.", published=dt.date(2022, 5, 20))
    assert statuses(found, "sworn") == ["contradicts"] and statuses(found, "elected") == []


@pytest.mark.parametrize(("text", "status"), [
    ("A jet bursts into flames after a collision with an earthquake relief plane at Haneda airport on Tuesday.", []),
    ("A jet bursts into flames after a collision with an earthquake relief plane at Haneda airport on Wednesday.", ["contradicts"]),
], ids=["another-fact-in-the-clause-agrees", "none-agrees"])
def test_a_day_that_another_fact_in_its_clause_agrees_with_contradicts_none(tmp_path, text, status):
    """"… after a collision with an earthquake relief plane at Tokyo Haneda airport on Tuesday" (haneda-collision-2024,
    AP): Tuesday is the collision's, though "earthquake" (another fact's anchor) is nearer. A value that a fact
    anchored in its clause agrees with, with no other value between them and no other value that fact claims, is no
    other fact's contradiction."""
    registry = make_registry(tmp_path, [
        {"id": "collision", "kind": "date", "date": "2024-01-02", "anchors": ["collision"]},
        {"id": "quake", "kind": "date", "date": "2024-01-01", "anchors": ["earthquake"]},
    ])
    assert statuses(check_text(registry, text, published=dt.date(2024, 1, 2)), "quake") == status


@pytest.mark.parametrize(("text", "status"), [
    ("Modi, who on Friday visited the neighbourhood where the flight went down, spoke.", []),  # air-india-ahmedabad-crash-2025
    ("The flight, which on Friday went down near the airport, was full.", ["contradicts"]),
], ids=["another-verb", "the-facts-own-verb"])
def test_a_day_after_who_or_which_dates_the_relative_clauses_verb(tmp_path, text, status):
    registry = make_registry(tmp_path, [{"id": "crash", "kind": "date", "date": "2025-06-12", "anchors": ["went down"]}])
    assert statuses(check_text(registry, text, published=dt.date(2025, 6, 13)), "crash") == status


def test_a_word_of_the_future_inside_a_quote_does_not_move_a_date_outside_it():
    """"“The official number of deceased will be declared only after DNA testing”, Amit Shah said in a statement late
    on June 12" (air-india-ahmedabad-crash-2025, AFP): last June 12, not next year's."""
    text = '"The number will be declared after testing", Amit Shah said in a statement late on June 12.'  # as normalised
    [mention] = extract_dates(text, 0, len(text))
    assert not mention.ahead


@pytest.mark.parametrize(("text", "status"), [
    ("His term as party president expires at the end of September.", ["agrees"]),  # kishida-steps-aside-2024, Asahi
    ("His term as party president expires in September.", ["agrees"]),
    ("His term as party president expires in March.", []),
], ids=["end-of", "in", "another-month"])
def test_the_end_of_a_month_is_that_month_and_may_be_the_next(tmp_path, text, status):
    """"at the end of September" names September; with no year, written in August, it may be this coming September."""
    registry = make_registry(tmp_path, [{"id": "expiry", "kind": "date", "date": "2024-09-30", "anchors": ["expires"]}])
    assert statuses(check_text(registry, text, published=dt.date(2024, 8, 14)), "expiry") == status


@pytest.mark.parametrize(("words", "year"), [("the following year", 2022), ("a year later", 2022), ("the previous year", 2020)])
def test_a_year_counted_from_an_earlier_year_in_the_sentence_is_that_year_shifted(words, year):
    """"beaten … at the Australian Open in 2021, he then squandered a two-set lead against Rafael Nadal in the final
    the following year" (sinner-australian-open-2024, 002); with no year before it, "next year" counts from publication."""
    text = f"He was beaten in 2021, then lost to Nadal in the final {words}."
    assert [(m.text, m.year) for m in extract_dates(text, 0, len(text))][-1] == (words, year)
    text = "He will run again the next year."
    assert [(m.year, m.relative_year) for m in extract_dates(text, 0, len(text))] == [(None, 1)]


@pytest.mark.parametrize(("text", "status"), [
    ("He has been sentenced since Wednesday, March 3.", ["contradicts"]),
    ("He has been sentenced since Friday, March 3.", ["agrees"]),
    ("It is the longest hearing since Wednesday, March 1.", []),
], ids=["wrong-weekday", "right-weekday", "span-of-another-anchor"])
def test_a_participle_anchor_before_since_dates_the_state_it_began(court, text, status):
    """"where he had been admitted since Wednesday, February 14" (pope-francis-dies-2025, 005): admitted that day."""
    assert statuses(check_text(court, text, published=FRIDAY), "sentencing" if "sentenced" in text else "hearing") == status


@pytest.mark.parametrize(("published", "status"), [
    (dt.date(2023, 3, 3), ["agrees"]), (dt.date(2023, 3, 4), []), (dt.date(2023, 3, 5), ["contradicts"])])
def test_today_a_day_off_the_event_never_contradicts(court, published, status):
    """"NASA's next-generation rocketship was on course today …, launched from Florida" on a page dated the day after
    the launch (artemis-1-launch-2022, 003): the page's date may be a day after the writer's."""
    assert statuses(check_text(court, "Alex Murdaugh was sentenced today.", published=published), "sentencing") == status


def test_a_year_between_the_and_a_name_says_which_edition(tmp_path):
    """"The 37-year-old had led India in the 2022 T20 World Cup where the team was ousted in the semifinals by
    eventual champions England" (t20-world-cup-final-2024, 003): 2022 names the edition, not the year of the
    first title anchored "champions"; with the fact's own anchor after it, the year is firm."""
    registry = make_registry(tmp_path, [{"id": "first-title", "kind": "date", "date": "2007", "anchors": ["champions", "inaugural T20 World Cup"]}])
    text = "He led India in the 2022 T20 World Cup, where they were ousted by eventual champions England."
    assert statuses(check_text(registry, text), "first-title") == []
    assert statuses(check_text(registry, "India won the 2009 inaugural T20 World Cup."), "first-title") == ["contradicts"]


def test_that_year_is_the_last_year_named_in_its_sentence_or_the_one_before():
    """"… became chairman of the company in late 2019 … He was chosen as CEO after Muilenburg was ousted in December of
    that year" (boeing-calhoun-steps-down-2024, 003)."""
    text = "Calhoun became chairman in late 2019. He was chosen after Muilenburg was ousted in December of that year."
    second = text.index("He was")
    assert [(m.text, m.year, m.month) for m in extract_dates(text, second, len(text))] == [("December of that year", 2019, 12)]
    assert extract_dates("He was ousted that year.", 0, 24) == []  # no year named before


def test_a_past_tense_before_on_makes_a_near_yearless_date_past(tmp_path):
    """"Sweden's neighbor Finland joined the alliance on April 4." (sweden-joins-nato-2024, 004, written 7 March 2024):
    April 4 is last year's, though this year's is under a month ahead; without the past tense it is to come."""
    registry = make_registry(tmp_path, [{"id": "finland", "kind": "date", "date": "2023-04-04", "anchors": ["joined the alliance"]}])
    march = dt.date(2024, 3, 7)
    assert statuses(check_text(registry, "Finland joined the alliance on April 4.", published=march), "finland") == ["agrees"]
    assert statuses(check_text(registry, "Finland joined the alliance on April 9.", published=march), "finland") == ["contradicts"]
    assert statuses(check_text(registry, "Finland will have joined the alliance on April 4.", published=march), "finland") == ["contradicts"]
