"""English month and weekday names, read by the readers' date parsing, the dates annotator, the entity
filter and the page-metadata reader."""

from __future__ import annotations

# Each month's full name, then its abbreviations (lowercase, without the dot), in calendar order.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# Month name or abbreviation -> month number.
MONTHS: dict[str, int] = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
# Weekday names from Monday, and their abbreviations ("Tues.", "Thurs").
WEEKDAY_NAMES: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS: tuple[tuple[str, ...], ...] = (
    ("mon",), ("tue", "tues"), ("wed",), ("thu", "thurs"), ("fri",), ("sat",), ("sun",),
)
# Weekday name -> ISO weekday index from 0 (Monday).
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(WEEKDAY_NAMES)}
# Past forms of saying verbs: a future cue before one is the quote's ("'we will win,' he said
# Monday"), not the date's after it. On 1,025 PolNeAR train and DUC dev texts all 8 futures this
# ends were past days. A form after a "be" verb is a participle ("is expected to be announced
# Monday") and ends nothing.
REPORTED_PAST: tuple[str, ...] = (
    "said", "told", "reported", "announced", "tweeted", "wrote", "added", "declared", "stated", "noted",
    "explained", "insisted", "confirmed", "posted", "testified", "replied", "responded", "recalled",
    "argued", "warned", "acknowledged", "admitted",
)
# Modals that put their verb, and a date it governs, after the telling ("said it would hold the vote in
# March"); "wo" is spaCy's token of "won't". Other modals ("could", "may") say nothing of when.
FUTURE_MODALS = frozenset({"will", "wo", "would", "shall", "'ll", "’ll"})
# Words of relative dates and their values: "last year", "two weeks ago", and how precise each unit is.
RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}
# "early", "mid" and "late" in a month or a year: which of its thirds ("late September": the 21st to the 30th).
PERIOD_THIRDS = {"early": 0, "mid": 1, "late": 2}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
UNIT_PRECISION = {"day": "day", "week": "week", "fortnight": "week", "month": "month", "year": "year"}
# Words before a weekday that make it a name, not a day ("Bloody Sunday", "Super Tuesday").
WEEKDAY_NAME_BEFORE = {"bloody", "super", "good", "black", "ash", "cyber", "holy", "easter", "palm", "shrove", "maundy", "giving"}
# Words before a weekday that make it a habit, no one day ("His column appears in print every Sunday", "each
# Monday", "every other Friday").
WEEKDAY_HABIT_BEFORE = frozenset({"every", "each"})
# Nouns of an amount: "of" after them takes a number, not a year ("a total score of 2072", "a total of 1900";
# "the summer of 2019", "the end of 2019" stay dates).
AMOUNT_BEFORE_OF = frozenset(
    """score scores total sum average maximum minimum capacity population count value price budget height depth
    altitude length speed rate tally weight distance elevation temperature balance mileage""".split()
)
# Nouns of a time: after a demonstrative they name when ("This week", "That same year", "These days"), not
# something of the sentence before.
TIME_NOUNS = frozenset(
    """second seconds minute minutes hour hours morning mornings afternoon evening evenings night nights day days
    week weeks weekend month months year years decade decades century season summer spring autumn fall winter
    time times moment period quarter semester term era""".split()
)
# Time zones, written after a clock time ("2 a.m. GMT"): NER takes them for organisations.
TIME_ZONES = frozenset("GMT UTC EST EDT CST CDT MST MDT PST PDT AKST HST BST CET CEST EET EEST MSK IST JST".split())
