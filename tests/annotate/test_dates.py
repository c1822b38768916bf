"""Dates: expressions found, resolved against publication dates, and pinned by the story when undated."""

from datetime import date

import pytest

from newsweave.annotate import nlp
from newsweave.annotate.dates import extract_dates, find_date_expressions, resolve, resolve_story_dates, with_parse_tense
from newsweave.model import Document

MON = date(2022, 3, 14)  # a Monday, 18 days into Russia's invasion of Ukraine
THU = date(2022, 3, 17)
JAN = date(2023, 1, 5)

# (expression, base, value, end_value, precision)
RESOLVED = [
    # weekdays: the nearest one before publication, forward only when cued
    ("on Sunday", MON, "2022-03-13", None, "day"),
    ("Sunday", date(2022, 3, 13), "2022-03-13", None, "day"),
    ("last Tuesday", MON, "2022-03-08", None, "day"),
    ("Monday night", MON, "2022-03-14", None, "day"),
    ("early Saturday morning", MON, "2022-03-12", None, "day"),
    ("next Friday", MON, "2022-03-18", None, "day"),
    ("The two will meet in Rome on Tuesday", MON, "2022-03-15", None, "day"),
    ("she said the city would announce on Thursday", date(2025, 3, 5), "2025-03-06", None, "day"),
    ("owners could apply for grants starting Monday", date(2025, 3, 5), "2025-03-10", None, "day"),
    # the cue reaches past an aside; a past saying verb after it ends its clause (real wire sentences)
    ("Jake Sullivan, the White House national security adviser, is due to meet Yang Jiechi, China's top foreign policy official, in Rome on Monday.", date(2022, 3, 13), "2022-03-14", None, "day"),
    ("\"You might keep guns out with metal detectors, but you won't keep the rage out,\" Horn said Tuesday.", MON, "2022-03-08", None, "day"),
    ("examinations have revealed no signs of a failure that would have caused the plane to crash, AP reported Thursday.", MON, "2022-03-10", None, "day"),
    ("a proposal expected to be announced on Wednesday", MON, "2022-03-16", None, "day"),
    # months and years, whole periods with no invented day
    ("last month", MON, "2022-02-01", "2022-02-28", "month"),
    ("last month", JAN, "2022-12-01", "2022-12-31", "month"),
    ("this month", MON, "2022-03-01", "2022-03-31", "month"),
    ("next month", date(2022, 12, 20), "2023-01-01", "2023-01-31", "month"),
    ("in February", MON, "2022-02-01", "2022-02-28", "month"),
    ("in December", JAN, "2022-12-01", "2022-12-31", "month"),
    ("in February", date(2023, 1, 20), "2023-02-01", "2023-02-28", "month"),
    ("a special election in November", date(2016, 9, 8), "2016-11-01", "2016-11-30", "month"),
    ("last December", date(2016, 9, 27), "2015-12-01", "2015-12-31", "month"),
    # "early", "mid", "late": a third of the month or the year
    ("early March", MON, "2022-03-01", "2022-03-10", "month"),
    ("late-September", date(2019, 11, 20), "2019-09-21", "2019-09-30", "month"),
    ("late February 2020", None, "2020-02-21", "2020-02-29", "month"),
    ("early 2020", None, "2020-01-01", "2020-04-30", "year"),
    ("mid-2018", None, "2018-05-01", "2018-08-31", "year"),
    ("February 2022", None, "2022-02-01", "2022-02-28", "month"),
    ("a reform plan by March of next year", date(2016, 9, 18), "2017-03-01", "2017-03-31", "month"),
    ("in 2021", MON, "2021-01-01", "2021-12-31", "year"),
    ("since 2003", None, "2003-01-01", "2003-12-31", "year"),
    ("last year", MON, "2021-01-01", "2021-12-31", "year"),
    ("earlier this year", MON, "2022-01-01", "2022-03-14", "year"),
    # weeks run Monday to Sunday
    ("earlier this week", THU, "2022-03-14", "2022-03-16", "week"),
    ("later this week", date(2022, 3, 15), "2022-03-16", "2022-03-20", "week"),
    ("this week", THU, "2022-03-14", "2022-03-20", "week"),
    ("last week", THU, "2022-03-07", "2022-03-13", "week"),
    ("next week", THU, "2022-03-21", "2022-03-27", "week"),
    ("last weekend", MON, "2022-03-12", "2022-03-13", "week"),
    ("over the past week", MON, "2022-03-07", "2022-03-14", "week"),
    # relative days and counted spans
    ("yesterday", MON, "2022-03-13", None, "day"),
    ("Today", MON, "2022-03-14", None, "day"),
    ("tomorrow", MON, "2022-03-15", None, "day"),
    ("the day before yesterday", MON, "2022-03-12", None, "day"),
    ("last night", MON, "2022-03-13", None, "day"),
    ("two days ago", MON, "2022-03-12", None, "day"),
    ("three weeks ago", MON, "2022-02-21", "2022-02-27", "week"),
    ("a month ago", MON, "2022-02-01", "2022-02-28", "month"),
    # explicit dates, with and without a year, across year boundaries
    ("Feb. 24", MON, "2022-02-24", None, "day"),
    ("February 24, 2022", None, "2022-02-24", None, "day"),
    ("24 February", MON, "2022-02-24", None, "day"),
    ("the 24th of February 2022", None, "2022-02-24", None, "day"),
    ("Sunday, March 13", MON, "2022-03-13", None, "day"),
    ("2022-02-24", None, "2022-02-24", None, "day"),
    ("3/14/2022", None, "2022-03-14", None, "day"),
    ("14/3/2022", None, "2022-03-14", None, "day"),
    ("Dec. 30", JAN, "2022-12-30", None, "day"),
    ("Jan. 3", date(2022, 12, 28), "2023-01-03", None, "day"),
    ("thousands since January 1st", date(2016, 9, 29), "2016-01-01", None, "day"),
    ("on June 16th of last year", date(2016, 10, 2), "2015-06-16", None, "day"),
    ("Feb. 29", date(2024, 3, 10), "2024-02-29", None, "day"),
    ("14 mars 2022", None, "2022-03-14", None, "day"),  # not ours: dateparser's fallback
    # ranges
    ("from Feb. 24 to March 3", MON, "2022-02-24", "2022-03-03", "day"),
    ("March 1-3, 2022", None, "2022-03-01", "2022-03-03", "day"),
    ("Dec. 28 to Jan. 2", JAN, "2022-12-28", "2023-01-02", "day"),
    # unresolvable: kept, never guessed
    ("on Sunday", None, None, None, "unknown"),
    ("last month", None, None, None, "unknown"),
    ("Feb. 24", None, None, None, "unknown"),
    ("3/4/2022", None, None, None, "unknown"),  # March 4 or April 3
    ("a few days ago", MON, None, None, "unknown"),
    ("more than a year ago", MON, None, None, "unknown"),
    ("more than two weeks into its invasion", MON, None, None, "unknown"),
    ("Feb. 30", MON, None, None, "unknown"),
    ("some time soon", MON, None, None, "unknown"),
]


@pytest.mark.parametrize(("expression", "base", "value", "end_value", "precision"), RESOLVED)
def test_resolve(expression, base, value, end_value, precision):
    found = resolve(expression, base)
    assert (found.value, found.end_value, found.precision) == (value, end_value, precision)
    assert not found.inferred


# (text, the expressions found in it)
FOUND = [
    ("Russia invaded on Feb. 24, and on Sunday officials met.", ["Feb. 24", "Sunday"]),
    ("Between Feb. 24 and March 3 the shelling went on.", ["Between Feb. 24 and March 3"]),
    ("It fell on Feb. 24 and 25 people died.", ["Feb. 24"]),
    ("The attack came more than two weeks into its invasion and lasted for three days.", ["more than two weeks into", "for three days"]),
    ("He told the Sunday Times about Bloody Sunday and Super Tuesday.", []),
    # a habit is no day (the web pile: the Los Angeles Times' column "appears in print every Sunday")
    ("His business column appears in print every Sunday, and a podcast each other Friday.", []),
    ("The market opens every Saturday; this week it opens on Friday.", ["this week", "Friday"]),
    ("USA Today and Russia Today ran it; she was on the Today show.", []),
    ("He joined The Times in 2007 as a feature writer for the Sunday Business section.", ["2007"]),
    ("Edge of Tomorrow, the film, opened in 2014. Tomorrow the sequel opens.", ["2014", "Tomorrow"]),
    ("Theresa May's cabinet met at Mar-a-Lago; protesters march in May.", ["May"]),
    ("The bill passed by 2000 votes in 2019.", ["2019"]),
    # after an amount's noun, "of" takes a number (the web pile's GPU review); a season's or an end's "of" a year
    ("The chip earned a total score of 2072, a total of 1900 points, by the summer of 2019 and the end of 2020.",
     ["2019", "2020"]),
    # a house number before a street's name (the web pile, an arrest log: "1909" was on the timeline)
    ("Officers stopped a vehicle driven by Jonathan P. Blair, 29, of 1909 Jolinda Drive, in 2019.", ["2019"]),
    ("The man, of 1850 Elm Avenue, was arrested in 1999 on Elm Road.", ["1999"]),
    ("Three weeks ago and a couple of days ago.", ["Three weeks ago", "a couple of days ago"]),
    ("Die Flut kam am Sonntag, dem 13. März 2022.", []),
    # a reference list's citation holds the day a source was read, no time of the story
    ("New Zealand won the final on 23 October 2011.\n^ Fordyce, Tom (23 October 2011). \"2011 Rugby World Cup final\". "
     "BBC Sport. Retrieved 4 December 2013.\n\"Pasifika Festival\". Radio New Zealand. Archived from the original on 7 June 2011.",
     ["23 October 2011"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_date_expressions(text, expected):
    spans = list(find_date_expressions(text))
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_extract_dates_keeps_offsets_and_doc():
    text = "Officials said on Sunday that the talks of Feb. 24 failed."
    found = list(extract_dates("d1", text, "2022-03-14T09:30:00Z"))
    assert [(m.doc, text[m.start : m.end], m.value) for m in found] == [("d1", "Sunday", "2022-03-13"), ("d1", "Feb. 24", "2022-02-24")]


@pytest.mark.parametrize(
    ("published", "value"),
    [("2022-03-14", "2022-03-13"), ("Mon, 14 Mar 2022 10:00:00 GMT", "2022-03-13"), ("not a date", None), (None, None)],
)
def test_extract_dates_reads_publication_dates(published, value):
    (found,) = extract_dates("d", "It happened on Sunday.", published)
    assert found.value == value


def _doc(doc_id, text, published=None):
    return Document(id=doc_id, path=f"{doc_id}.txt", format="text", text=text, published=published)


def test_story_pins_a_weekday_in_an_undated_report():
    """Feb. 24 and "more than two weeks into its invasion" leave one Sunday: March 13, 2022."""
    docs = [
        _doc("a", "Russia invaded Ukraine on Feb. 24, 2022. More than two weeks into its invasion, "
                  "Russia asked China for military help, U.S. officials said on Sunday."),
        _doc("b", "Officials will meet in Rome on Monday."),
    ]  # fmt: skip
    found = {(m.doc, m.text): m for m in resolve_story_dates(docs)}
    sunday = found["a", "Sunday"]
    assert (sunday.value, sunday.end_value, sunday.precision, sunday.inferred) == ("2022-03-13", None, "weekday-in-window", True)
    window = found["a", "More than two weeks into"]
    assert (window.value, window.end_value, window.precision, window.inferred) == ("2022-03-11", "2022-03-16", "week", True)
    assert (found["a", "Feb. 24, 2022"].value, found["a", "Feb. 24, 2022"].inferred) == ("2022-02-24", False)
    monday = found["b", "Monday"]  # nothing bounds report b: kept, unresolved
    assert (monday.value, monday.precision, monday.inferred) == (None, "unknown", False)


def test_story_window_with_several_weekdays_keeps_them_all():
    """Undated b sits within dates.story_spread_days of a's March 14: two Sundays fit, one Friday after March 13."""
    docs = [
        _doc("a", "The storm hit on Saturday.", "2022-03-14"),
        _doc("b", "Rescuers arrived on Sunday."),
        _doc("c", "The dam broke on March 13. By Friday the water fell."),
    ]
    found = {(m.doc, m.text): m for m in resolve_story_dates(docs)}
    assert (found["a", "Saturday"].value, found["a", "Saturday"].inferred) == ("2022-03-12", False)
    sunday = found["b", "Sunday"]
    assert (sunday.value, sunday.end_value, sunday.precision, sunday.inferred) == ("2022-03-13", "2022-03-20", "weekday-in-window", True)
    friday = found["c", "Friday"]
    assert (friday.value, friday.end_value, friday.precision, friday.inferred) == ("2022-03-18", None, "weekday-in-window", True)
    assert (found["c", "March 13"].value, found["c", "March 13"].inferred) == ("2022-03-13", True)


HOSTILE = [
    "word " * 5000 + "on Sunday.",
    "Der Sturm traf die Küste am Sonntag, dem 13. März. 洪水は日曜日に港を襲った。 " * 50,
    "1/2/3/4/5 " * 2000,
    "more than more than two two weeks weeks into into " * 500,
    "Feb. 24 - Feb. 24 - " * 1000,
    "",
]


@pytest.mark.parametrize("text", HOSTILE, ids=["5000-word-sentence", "other-languages", "slashes", "repeats", "dashes", "empty"])
def test_hostile_text_gives_a_result(text):
    found = resolve_story_dates([_doc("h", text), _doc("p", text, "2022-03-14"), _doc("g", text, "garbage")])
    assert all(m.precision in {"day", "week", "month", "year", "weekday-in-window", "unknown"} for m in found)


def test_harbor_flood_dates_match_the_answer_key(example_dir, truth):
    """Every date of the example corpus's answer key, the undated Civic Lantern report included."""
    if not example_dir.is_dir():
        pytest.skip(f"example corpus absent: {example_dir}")
    from newsweave.clean.document import clean_document
    from newsweave.read import read_paths

    docs = [clean_document(d) for d in read_paths([example_dir]) if isinstance(d, Document)]
    key = {}  # document id -> answer-key report name ("bayline-news.jsonl#0" for the first record)
    for doc in docs:
        name = doc.path.rsplit("/", 1)[-1]
        key[doc.id] = f"{name}#{int(doc.id.rsplit('#', 1)[1]) - 1}" if "#" in doc.id else name
    found: dict[tuple[str, str], set] = {}
    for m in resolve_story_dates(docs):
        found.setdefault((key[m.doc], m.text), set()).add((m.value, m.end_value, m.precision, m.inferred))
    expected = {
        (e["file"], e["expression"]): {(e["value"], e.get("end_value"), e["precision"], e.get("inferred", False))} for e in truth["dates"]
    }
    assert {k: found.get(k) for k in expected} == expected


def _inferred_doc(doc_id, text, published, method):
    return Document(id=doc_id, path=f"{doc_id}.txt", format="text", text=text, published=published, published_inferred=method)


@pytest.mark.parametrize(
    ("method", "expression", "value", "inferred"),
    [
        # against a date the text only suggests, relative dates are marked inferred ...
        ("dateline", "on Tuesday", "2022-10-11", True),
        ("dated-line", "yesterday", "2022-10-10", True),
        ("last-updated-line", "last month", "2022-09-01", True),
        # ... a date written with its year does not depend on the anchor ...
        ("dateline", "Feb. 24, 2022", "2022-02-24", False),
        # ... and a "Published" line is the page's own statement, as metadata is
        ("published-line", "on Tuesday", "2022-10-11", False),
        (None, "on Tuesday", "2022-10-11", False),
    ],
)
def test_dates_against_an_inferred_publication_date(method, expression, value, inferred):
    text = (
        "Ukraine's president on Tuesday asked Western leaders for air defence after strikes that began yesterday, "
        "the worst since last month and since Russia invaded on Feb. 24, 2022."
    )
    found = {m.text.removeprefix("on "): m for m in resolve_story_dates([_inferred_doc("k", text, "2022-10-11", method)])}
    mention = found[expression.removeprefix("on ")]
    assert (mention.value, mention.inferred) == (value, inferred)


def test_latest_mentioned_date_is_a_lower_bound():
    """Inspected on Jan. 12, 2024, failed "on Sunday": the Sunday after, not the one before."""
    text = "The gates were inspected on Jan. 12, 2024. On Sunday, two of them failed to close."
    (inspected, sunday) = resolve_story_dates([_inferred_doc("l", text, "2024-01-12", "latest-mentioned")])
    assert (inspected.value, inspected.inferred) == ("2024-01-12", False)
    assert (sunday.value, sunday.precision, sunday.inferred) == ("2024-01-14", "weekday-in-window", True)


NOV19 = date(2019, 11, 19)  # a Tuesday
# (sentence, expression, publication date, value): the verb the date modifies decides where the
# text's cues say nothing; sentences from the web pile and the DUC 2006 dev documents.
PARSE_TENSE = [
    # a past verb: the month gone by, though the coming one is nearer
    ("In December, the firm bid $16.50 per share for Tribune.", "December", NOV19, "2018-12-01"),
    ("The case was dropped in December when prosecutors could not proceed.", "December", NOV19, "2018-12-01"),
    ("In August, CBP announced that it would not be vaccinating migrants.", "August", date(2018, 5, 18), "2017-08-01"),
    ("In May, a 15-year-old boy in Conyers, Ga., wounded six students.", "May", date(2000, 2, 22), "1999-05-01"),
    ("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar in March.", "March", NOV19, "2019-03-01"),
    # a time noun's day: the verb the time noun modifies decides (the web pile's Epstein interview, a November report)
    ("Maitlis demanded how Andrew could be so sure what he was doing on the night of March 10.", "March 10", NOV19, "2019-03-10"),
    # a participle on a noun
    ("In his most recent physical exam -- conducted in February -- he clocked in at 243 pounds.", "February", NOV19, "2019-02-01"),
    ("The report, released in December, says sales fell.", "December", NOV19, "2018-12-01"),
    # a future modal after the date
    ("On Wednesday he will give the other board members a revised draft.", "Wednesday", date(1999, 5, 8), "1999-05-12"),
    ("On Thursday, Colorado Gov. Bill Owens will lead the memorial.", "Thursday", date(2000, 4, 19), "2000-04-20"),
    # a bare weekday on a verb in the simple present (or "is ...ing") is the coming one: what is scheduled
    ("The show opens to the public on Friday.", "Friday", NOV19, "2019-11-22"),
    ("Stadia's launch day is Tuesday.", "Tuesday", date(2019, 11, 18), "2019-11-19"),
    ("The committee meets Monday in Salina to discuss its next step.", "Monday", date(1999, 5, 13), "1999-05-17"),
    ("The younger students are to appear Tuesday in St. Clair County Juvenile Court.", "Tuesday", date(1999, 5, 16), "1999-05-18"),
    ("The board is meeting on Friday to decide.", "Friday", NOV19, "2019-11-22"),
    # ... but not one that says, nor one a participle's clause holds
    ("The company says Tuesday it will cut jobs.", "Tuesday", date(2019, 11, 20), "2019-11-19"),
    ("Russian troops are conducting a manhunt throughout the republic after several terrorist blasts shocking the country Sunday night.",
     "Sunday night", date(2000, 7, 4), "2000-07-02"),
    ("Fewer people turned to the commission last year, according to a report on Wednesday.", "Wednesday", date(1999, 6, 10), "1999-06-09"),
    # what stays with the text's cues or the nearest occurrence
    ("The Corps scheduled a news conference on the regulations for Monday.", "Monday", date(2000, 3, 3), "2000-03-06"),
    ("The court has set aside December 8, 9 and 10 to hear arguments.", "December 8", date(1997, 8, 29), "1997-12-08"),
    ("Students will return on Aug. 16 for the first time since the April 20 massacre.", "April 20", date(1999, 8, 9), "1999-04-20"),
    ("The results of Monday's election will set all of Canada on a new course.", "Monday", date(1998, 12, 1), "1998-11-30"),
    ("The tech giant is holding an event on December 2 to highlight the best apps.", "December 2", NOV19, "2019-12-02"),
    ("Prior to September, I would have said Wi-Fi 6 was a luxury.", "September", date(2019, 11, 18), "2019-09-01"),
    ("The next round of tariffs is due to start in mid-December.", "mid-December", NOV19, "2019-12-11"),
]


@pytest.mark.parametrize(("sentence", "expression", "base", "value"), PARSE_TENSE)
def test_the_verb_a_date_modifies_gives_its_tense(sentence, expression, base, value):
    spans = with_parse_tense(list(find_date_expressions(sentence)), next(nlp.parse([sentence])))
    (span,) = [s for s in spans if s.text == expression]
    assert resolve(span, base).value == value
