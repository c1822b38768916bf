"""Dates: find temporal expressions, resolve them against the publication date or the story.

Finding is our own: one precompiled alternation scanned once over the text (dateparser's
`search_dates` is noisy and slow). Resolution is our own calendar arithmetic for every form
the patterns find, because dateparser invents parts ("last month" becomes the same day a
month ago) and reads bare weekdays and year-less dates strictly in the past. dateparser
serves, cached per (text, base), for what the patterns do not know: a free-form string
handed to `resolve`, and publication dates that are not ISO 8601.

Reading rules (news conventions, each a named constant or a documented choice):
- past by default ("on Sunday" in a Monday report is the day before; "in December" in a
  January report is last December), forward when a future cue ("will", "is due to",
  "scheduled") stands earlier in the clause or the expression says "next"; where the text has no
  cue, the tense of the verb the expression modifies decides (`with_parse_tense`, on the parse the
  annotate stage makes anyway): a bare weekday on a verb in the simple present is what is scheduled,
  the coming one ("The show opens to the public on Friday", "The committee meets Monday");
- a year-less date or month is its latest past occurrence unless the coming one is
  dates.past_preference times closer (reports announce near events by date);
- weeks run Monday to Sunday; an expression that cannot be pinned keeps precision
  "unknown" and value None, never a guess.

A publication date inferred from the text (`Document.published_inferred`) anchors the
relative dates like any other, and they are marked inferred. A document without a publication
date is read against a window inferred from the story:
it was written no earlier than the latest past day it names, within a stated duration
from the story's first dated event ("more than two weeks into its invasion") or from the
day it names just before ("Feb. 24. Less than a week later, on Sunday"), and within
dates.story_spread_days of the story's other publication dates. A weekday is then the one day
of that name inside the window, with precision "weekday-in-window" and inferred=True
whether one or several fit: the precision says how the day was found (the timeline shows
it as inferred), and end_value, None when one day fits, the last candidate when several
do. Other relative expressions are resolved at both ends of the window and kept only when
both ends agree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import dateparser
from dateparser.date import DateDataParser

from newsweave import lexicon
from newsweave.clean.lines import citation_lines, in_spans
from newsweave.model import DateMention, Document
from newsweave.settings import current as _settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

_calendar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).calendar
_figures = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).figures
_reporting = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting
_names = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).names

# How a publication date was read from the text (Document.published_inferred). A "Published"
# line is the page's own statement: dates resolved against it are not marked inferred; against
# any other inferred date they are. The latest date a report mentions is only a lower bound
# of its publication: the report is read against a window from that day, as an undated one
# (the story's window, else dates.story_spread_days from that day).
STATED_METHODS = ("published-line",)
LOWER_BOUND_METHODS = ("latest-mentioned",)

# Words after a weekday that make it a title ("Sunday Times", "Monday Night Football").
WEEKDAY_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Night\s+Football|Morning\s+Herald"
    r"|Business|Review|Magazine|Styles|Edition|Mail)\b"  # newspaper sections: "the Sunday Business section"
)

_MONTH_FULL = "|".join(names[0].title() for names in _calendar.MONTH_NAMES)
_MONTH_SHORT = "|".join(short.title() for names in _calendar.MONTH_NAMES for short in names[1:])
_MONTH = rf"(?:(?:{_MONTH_FULL})\b|(?:{_MONTH_SHORT})(?:\.|\b))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|:\d|\.\d)"
_YEAR = r"(?:1[89]|20)\d\d(?![\d%])"
_WEEKDAY = "(?:" + "|".join(name.title() for name in _calendar.WEEKDAY_NAMES) + r")\b"
_NUM = r"\d{1,3}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|few|several|many|some"
_UNIT = r"day|week|fortnight|month|year"
_QUALIFIER = r"more\s+than|just\s+over|over|nearly|almost|about|around|roughly|at\s+least|less\s+than|just\s+under"
# Prepositions that make a bare month name or year a date ("in February", "since 2021").
_PREPS = ("in", "In", "since", "Since", "by", "until", "till", "through", "during", "from", "From", "before", "after", "of", "throughout", "between", "and", "or", "to")
_AFTER_PREP = "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in _PREPS) + ")"
# A year followed by a count noun is a number ("by 2000 votes"), not a date.
_NOT_A_COUNT = r"(?!\s*(?:%|percent|people|votes|troops|soldiers|residents|homes|households|cases|deaths|dollars|km|miles|meters|metres|feet|tons|tonnes)\b)"
# A number before a street's name is a house number ("of 1909 Jolinda Drive", an arrest log in the web pile), no year.
_NOT_AN_ADDRESS = (r"(?!\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:" + "|".join(sorted(_names.STREET_WORDS))
                   + r")\b)")


def _explicit(p: str) -> str:
    """A calendar day, month-first or day-first, with an optional year; groups prefixed by `p`."""
    return (
        rf"(?:(?P<{p}_M>{_MONTH})\s*(?P<{p}_D>{_DAY})|(?P<{p}_D2>{_DAY})\s+(?:of\s+)?(?P<{p}_M2>{_MONTH}))"
        rf"(?:,?\s+(?P<{p}_Y>{_YEAR})|\s+of\s+(?P<{p}_ry>last|this|next)\s+year)?"
    )


_ALTERNATIVES = (
    ("range", rf"(?:(?P<r_intro>[Ff]rom|[Bb]etween)\s+)?{_explicit('ra')}"
              rf"(?P<r_sep>\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)"
              rf"(?:{_explicit('rb')}|(?P<rb_D3>{_DAY})(?:,?\s+(?P<rb_Y3>{_YEAR}))?)"),
    ("explicit", rf"(?:(?P<e_wd>{_WEEKDAY}),?\s+)?{_explicit('e')}"),
    ("iso", r"(?<![\d-])(?P<i_Y>(?:1[89]|20)\d\d)-(?P<i_M>0[1-9]|1[0-2])-(?P<i_D>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("slash", r"(?<![\d/])(?P<s_a>\d{1,2})/(?P<s_b>\d{1,2})/(?P<s_y>\d{4}|\d{2})(?![\d/])"),
    ("month", rf"(?:(?P<my_mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?P<my_M>{_MONTH})\s+(?P<my_Y>{_YEAR})"),
    ("month", rf"(?:(?P<mo_mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Mm]id|[Ll]ate)(?:\s+|-)(?P<mo_M>{_MONTH_FULL})\b"
              rf"|{_AFTER_PREP}(?P<mo_M2>{_MONTH_FULL})\b(?!['’]s))(?:\s+of\s+(?P<mo_ry>last|this|next)\s+year)?"),
    ("year", rf"(?:(?P<y_mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<y_Y>{_YEAR})|{_AFTER_PREP}(?P<y_Y2>{_YEAR})){_NOT_A_COUNT}{_NOT_AN_ADDRESS}(?!-\d)"),
    ("ago", rf"(?i:(?:(?P<ago_q>{_QUALIFIER})\s+)?(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})s?\s+ago)\b"),
    ("period", r"(?i:(?P<pe_mod>the\s+last|last|this|next|earlier\s+this|later\s+this|this\s+past|the\s+past|the\s+previous|the\s+coming)"
               r"\s+(?P<pe_u>week|weekend|month|year))\b"),
    ("weekday", rf"(?:(?P<w_mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\s+)?(?P<w_D>{_WEEKDAY})"
                r"(?:\s+(?P<w_part>morning|afternoon|evening|night))?"),
    ("relative", r"(?i:(?P<re_rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight"
                 r"|last\s+night|this\s+(?:morning|afternoon|evening)))\b"),
    ("duration", rf"(?i:(?:(?P<du_for>for|lasting)\s+)?(?:(?P<du_q>{_QUALIFIER})\s+)?(?P<du_n>{_NUM})[\s-]+(?P<du_u>{_UNIT})s?"
                 r"(?:\s+(?P<du_rel>into|after|later|since|of))?)\b"),
)  # fmt: skip
_KIND_OF_GROUP = {f"k{i}": kind for i, (kind, _) in enumerate(_ALTERNATIVES)}
# Words an expression can start with: a lookahead on them skips most positions at once.
_FIRST_WORDS = (
    rf"\d|{_MONTH_FULL}|{_MONTH_SHORT}|{_WEEKDAY}|from|between|early|mid|late|last|next|this|"
    rf"earlier|later|the|yesterday|today|tomorrow|tonight|for|lasting|{_QUALIFIER}|{_NUM}"
)
_SCANNER = re.compile(rf"\b(?=(?i:{_FIRST_WORDS}))(?:" + "|".join(rf"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(_ALTERNATIVES)) + ")")
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|would|shall|['’]ll|is\s+due|are\s+due|due\s+to|scheduled|expected\s+to|set\s+to|plans?\s+to|planned)\b"
    r"|\b(?:starting|beginning)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[.!?;:\n]|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
    rf"\b(?:{'|'.join(_calendar.REPORTED_PAST)})\b"
)
# A comma-enclosed aside ("Yang Jiechi, China's top diplomat, in Rome") between a cue and a date.
_ASIDE = re.compile(r",[^,.;:!?\n]{1,60},")


class DateSpan(NamedTuple):
    """A temporal expression found in a text, with the parts the patterns read from it."""

    start: int
    end: int
    text: str
    kind: str  # explicit | iso | slash | range | month | year | weekday | relative | period | ago | duration
    parts: tuple[tuple[str, str], ...]  # named pattern groups that matched, e.g. (("M", "Feb."), ("D", "24"))
    # "future" after a future cue in the clause ("will meet on Tuesday"), "past" after "since";
    # `with_parse_tense` reads it from the governing verb where the parse tells it.
    tense: str = ""

    def part(self, name: str) -> str | None:
        return dict(self.parts).get(name)


class Window(NamedTuple):
    """The days an undated report may describe as its present, inferred from the story."""

    first: date
    last: date


def find_date_expressions(text: str) -> Iterator[DateSpan]:
    """Temporal expressions in `text`, left to right, found in one linear regex scan; none on a reference
    list's citation ("Retrieved 4 December 2013.": the day a source was read, no time of the story)."""
    citations = citation_lines(text)
    for match in _SCANNER.finditer(text):
        if in_spans(citations, match.start()):
            continue
        kind = _KIND_OF_GROUP[match.lastgroup]
        found = {name: value for name, value in match.groupdict().items() if value is not None and name not in _KIND_OF_GROUP}
        if kind == "range":
            yield from _range_or_first(text, match, found)
            continue
        parts = {name.split("_", 1)[1]: value for name, value in found.items()}
        if _is_date(text, match, kind, parts):
            yield DateSpan(match.start(), match.end(), match.group(), kind, tuple(parts.items()), _tense(text, match.start()))


def _range_or_first(text: str, match: re.Match[str], found: dict[str, str]) -> Iterator[DateSpan]:
    """A range as one span; when it is none ("Feb. 24 and 25 people"), its first date and what follows."""
    sep = found["r_sep"].strip()
    start_day = int(re.match(r"\d+", found.get("ra_D") or found.get("ra_D2")).group())
    bare_end = found.get("rb_D3")
    if (sep != "and" or found.get("r_intro", "").lower() == "between") and (bare_end is None or int(re.match(r"\d+", bare_end).group()) > start_day):
        yield DateSpan(match.start(), match.end(), match.group(), "range", tuple(found.items()), _tense(text, match.start()))
        return
    first = {name[3:]: value for name, value in found.items() if name.startswith("ra_")}
    first_start = min(match.start(f"ra_{name}") for name in first)
    first_end = max(match.end(f"ra_{name}") for name in first)
    yield DateSpan(first_start, first_end, text[first_start:first_end], "explicit", tuple(first.items()), _tense(text, first_start))
    for later in find_date_expressions(text[first_end : match.end()]):
        yield later._replace(start=later.start + first_end, end=later.end + first_end)


def _is_date(text: str, match: re.Match[str], kind: str, parts: dict[str, str]) -> bool:
    """Reject what the patterns catch but is not a date: named days, habits, titles, bare quantities."""
    if kind == "weekday":
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].strip("'’").lower() in _calendar.WEEKDAY_NAME_BEFORE:
            return False
        if {w.lower() for w in before[-2:]} & _calendar.WEEKDAY_HABIT_BEFORE:  # "every Sunday", "every other Friday"
            return False
        return not WEEKDAY_NAME_AFTER.match(text, match.end())
    if kind == "relative" and match.group() in ("Today", "Tomorrow"):  # "USA Today", the "Today" show, "Edge of Tomorrow"
        # capitalised inside its line's sentence, it is a name
        before = text[max(0, match.start() - 20) : match.start()].rsplit("\n", 1)[-1].split()
        named = bool(before) and not before[-1].endswith((".", ":", "!", "?", "\"", "”", "“", "‘", "'", "(", "—", "–", "-"))
        return not named and not re.match(r"\s+[Ss]how\b", text[match.end() :])
    if kind == "duration":
        return "for" in parts or "rel" in parts
    if kind == "year" and "Y2" in parts:  # "a total score of 2072": an amount's number
        before = text[max(0, match.start() - 20) : match.start()].split()
        return not (len(before) > 1 and before[-1] == "of" and before[-2].lower() in _calendar.AMOUNT_BEFORE_OF)
    return True


def _tense(text: str, start: int) -> str:
    """"past" right after "since"; "future" after a future cue earlier in the clause ("would"
    included: reported speech puts the future there) or right after "starting"; else "".
    The reach is counted without comma-enclosed asides, and a past saying verb ends the clause."""
    reach = _settings().dates.future_cue_reach
    before = _ASIDE.sub(",", text[max(0, start - 4 * reach) : start])[-reach:]
    if re.search(r"\b[Ss]ince\s+$", before):
        return "past"
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    return "future" if _FUTURE_CUE.search(before[ends[-1] if ends else 0 :]) else ""


def with_parse_tense(spans: Sequence[DateSpan], sdoc: Doc) -> list[DateSpan]:
    """`spans`, where the text's cues give one no tense, with the tense of the verb it modifies.

    The cues alone read "In December, the firm bid $16.50 per share" (a November report) as the
    coming December, and "On Wednesday he will give the board his revision" (a Saturday report)
    as the Wednesday past: the cue stands after the date. A past verb ("bid", "was dropped")
    makes the expression past, a future modal on it ("will give") future, and a participle that
    modifies a noun ("an exam conducted in February") past. A cue in the text goes first: "The
    Corps scheduled a news conference for Monday" is the coming Monday.
    """
    found = []
    for span in spans:
        tense = "" if span.tense else _parse_tense(sdoc, span.start, span.end)
        if tense == "present":  # "The show opens to the public on Friday": a bare weekday is the coming one
            tense = "future" if span.kind == "weekday" else ""
        found.append(span._replace(tense=tense) if tense else span)
    return found


def _parse_tense(sdoc: Doc, start: int, end: int) -> str:
    """"past", "future", "present" (the simple present, "is ...ing": `with_parse_tense` reads it as the
    future for a weekday) or "" (a saying verb, a perfect, unclear) from the verb the expression modifies.

    Only a time adjunct counts: "in March" or "Monday" on the verb, through a preposition or an
    adverb ("back in March"); a date that names a noun's time ("the April 20 massacre", "Monday's
    election") or is an object ("set aside December 8") keeps its own time. An infinitive or a
    gerund passes the question up ("pleaded guilty to threatening to kill ... in March").
    """
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    root = span.root
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _calendar.TIME_NOUNS:
        root = root.head.head  # "on the night of March 10": the time noun is the adjunct
    if root.dep_ not in ("pobj", "npadvmod"):
        return ""
    verb = root.head
    while verb.pos_ in ("ADP", "ADV") and verb.head.i != verb.i:
        verb = verb.head
    climbed = False  # past a participle: a present tense above it is not the date's verb
    for verb in (verb, *verb.ancestors):
        if not verb.tag_.startswith("VB"):
            if verb.i == root.head.i or verb.pos_ in ("NOUN", "PROPN"):
                return ""  # the date modifies a noun, or the clause climbed into a noun phrase
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _calendar.FUTURE_MODALS for a in auxiliaries):
            # "Prior to September, I would have said ...": a modal perfect is no future
            return "" if any(a.lemma_ == "have" for a in auxiliaries) else "future"
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
            return "past"
        if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries:
            return "past"  # "an exam conducted in February"
        if not climbed and verb.tag_ in ("VBZ", "VBP") and not auxiliaries and _reporting.stance(verb.lemma_) is None:
            return "present"  # "opens on Friday", "is Tuesday"; not "says Tuesday"
        if not climbed and verb.tag_ == "VBG" and [a.tag_ for a in auxiliaries] in (["VBZ"], ["VBP"]):
            return "present"  # "is meeting on Friday"
        if verb.tag_ in ("VBZ", "VBP") or auxiliaries and not all(a.tag_ == "TO" for a in auxiliaries):
            return ""  # present, perfect, or another modal
        climbed = climbed or verb.tag_ in ("VBG", "VBN")
    return ""


# --- resolution against one base date ---------------------------------------------------


def resolve(expr: DateSpan | str, base: date | None) -> DateMention:
    """`expr` resolved against `base` (the publication date); doc is left empty for the caller.

    A string is read with our patterns when they cover it, else with dateparser (cached).
    Unresolvable expressions come back with precision "unknown" and value None.
    """
    if isinstance(expr, str):
        spans = list(find_date_expressions(expr))
        if not spans:
            return _fallback(expr, base)
        expr = max(spans, key=lambda s: s.end - s.start)
    try:
        period = _RESOLVERS[expr.kind](expr, base)
    except (ValueError, OverflowError):  # impossible calendar days ("Feb. 30") or out of range
        period = None
    if period is None:
        return DateMention("", expr.text, expr.start, expr.end, None, "unknown")
    first, last, precision = period
    return DateMention("", expr.text, expr.start, expr.end, first.isoformat(), precision, None if last == first else last.isoformat())


Period = tuple[date, date, str]  # first day, last day, precision


def _explicit_day(span: DateSpan, base: date | None) -> Period | None:
    month = _month_number(span.part("M") or span.part("M2"))
    day = int(re.match(r"\d+", span.part("D") or span.part("D2") or "").group())
    if span.part("Y"):
        return _day(date(int(span.part("Y")), month, day))
    if base is None:
        return None
    if span.part("ry"):
        return _day(date(base.year + _calendar.RELATIVE_YEARS[span.part("ry")], month, day))
    return _nearest(lambda y: _day(date(y, month, day)), base, span.tense)


def _iso(span: DateSpan, base: date | None) -> Period:
    return _day(date(int(span.part("Y")), int(span.part("M")), int(span.part("D"))))


def _slash(span: DateSpan, base: date | None) -> Period | None:
    """m/d/y as US news writes it; d/m/y only when the first number cannot be a month.

    When both numbers could be the month and differ, the date is ambiguous and stays unknown.
    """
    a, b, year = int(span.part("a")), int(span.part("b")), int(span.part("y"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if a > 12 >= b:
        return _day(date(year, b, a))
    if b > 12 >= a or a == b:
        return _day(date(year, a, b))
    return None


def _range(span: DateSpan, base: date | None) -> Period | None:
    named = dict(span.parts)
    end_month = _month_number(named.get("rb_M") or named.get("rb_M2") or named.get("ra_M") or named.get("ra_M2"))
    end_day = int(re.match(r"\d+", named.get("rb_D") or named.get("rb_D2") or named.get("rb_D3")).group())
    start_month = _month_number(named.get("ra_M") or named.get("ra_M2"))
    start_day = int(re.match(r"\d+", named.get("ra_D") or named.get("ra_D2")).group())
    end_year = named.get("rb_Y") or named.get("rb_Y3")
    start_year = named.get("ra_Y")
    if end_year:
        last = date(int(end_year), end_month, end_day)
    elif start_year:
        last = date(int(start_year), end_month, end_day)
        if last < date(int(start_year), start_month, start_day):
            last = last.replace(year=last.year + 1)
    elif base is not None:
        last = _nearest(lambda y: _day(date(y, end_month, end_day)), base, span.tense)[0]
    else:
        return None
    first = date(int(start_year) if start_year else last.year, start_month, start_day)
    if first > last and not start_year:
        first = first.replace(year=first.year - 1)
    return (first, last, "day") if first <= last else None


def _month(span: DateSpan, base: date | None) -> Period | None:
    return _third(_whole_month(span, base), span.part("mod"))


def _third(period: Period | None, mod: str | None) -> Period | None:
    """The third of `period` an "early", "mid" or "late" names: ten days of a month ("late September": the
    21st to the 30th), four months of a year ("early 2020": January to April)."""
    third = _calendar.PERIOD_THIRDS.get((mod or "").lower())
    if period is None or third is None:
        return period
    first, last, precision = period
    if precision == "year":
        return _month_period(first.year, 4 * third + 1)[0], _month_period(first.year, 4 * third + 4)[1], precision
    start = first + timedelta(days=10 * third)
    return start, (last if third == 2 else start + timedelta(days=9)), precision


def _whole_month(span: DateSpan, base: date | None) -> Period | None:
    month = _month_number(span.part("M") or span.part("M2"))
    if span.part("Y"):
        return _month_period(int(span.part("Y")), month)
    if base is None:
        return None
    mod = (span.part("mod") or "").lower()
    if span.part("ry"):
        year = base.year + _calendar.RELATIVE_YEARS[span.part("ry")]
    elif mod == "last":
        year = base.year if month < base.month else base.year - 1
    elif mod == "next":
        year = base.year if month > base.month else base.year + 1
    elif mod == "this":
        year = base.year
    else:
        return _nearest(lambda y: _month_period(y, month), base, span.tense)
    return _month_period(year, month)


def _year(span: DateSpan, base: date | None) -> Period:
    year = int(span.part("Y") or span.part("Y2"))
    return _third((date(year, 1, 1), date(year, 12, 31), "year"), span.part("mod"))


def _ago(span: DateSpan, base: date | None) -> Period | None:
    count = _count(span.part("n"))
    if base is None or count is None or span.part("q"):  # "more than two weeks ago" has no edge
        return None
    unit = span.part("u").lower()
    if unit == "day":
        return _day(base - timedelta(days=count))
    if unit in ("week", "fortnight"):
        return _week(base - timedelta(days=count * _calendar.UNIT_DAYS[unit]))
    if unit == "month":
        shifted = _add_months(base, -count)
        return _month_period(shifted.year, shifted.month)
    return date(base.year - count, 1, 1), date(base.year - count, 12, 31), "year"


def _period(span: DateSpan, base: date | None) -> Period | None:
    """last/this/next/earlier this/later this week, weekend, month or year; "the past week"."""
    if base is None:
        return None
    mod = " ".join(span.part("mod").lower().split())
    unit = span.part("u").lower()
    if mod in ("the past", "the last", "this past"):  # a trailing stretch ending at publication
        if unit == "weekend":
            mod = "last"
        else:
            start = {"week": base - timedelta(days=7), "month": _add_months(base, -1), "year": _add_months(base, -12)}[unit]
            return start, base, _calendar.UNIT_PRECISION[unit]
    step = {"last": -1, "the previous": -1, "next": 1, "the coming": 1}.get(mod, 0)
    if unit in ("week", "weekend"):
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        first, last = (monday + timedelta(days=5), monday + timedelta(days=6)) if unit == "weekend" else (monday, monday + timedelta(days=6))
    elif unit == "month":
        shifted = _add_months(base, step)
        first, last, _ = _month_period(shifted.year, shifted.month)
    else:
        first, last = date(base.year + step, 1, 1), date(base.year + step, 12, 31)
    if mod == "earlier this":
        last = max(first, base - timedelta(days=1)) if unit == "week" else base
    elif mod == "later this":
        first = min(last, base + timedelta(days=1)) if unit == "week" else base
    return first, last, _calendar.UNIT_PRECISION["week" if unit == "weekend" else unit]


def _weekday(span: DateSpan, base: date | None) -> Period | None:
    """The named weekday nearest before publication (or after it, given "next" or a future cue)."""
    if base is None:
        return None
    target = _calendar.WEEKDAYS[span.part("D").lower()]
    mod = (span.part("mod") or "").lower()
    back = (base.weekday() - target) % 7
    if mod == "last":
        return _day(base - timedelta(days=back or 7))
    if mod == "next":
        return _day(base + timedelta(days=(target - base.weekday()) % 7 or 7))
    if span.tense == "future":
        return _day(base + timedelta(days=(target - base.weekday()) % 7))
    return _day(base - timedelta(days=back))


_RELATIVE_DAYS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0, "tonight": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip


def _relative(span: DateSpan, base: date | None) -> Period | None:
    if base is None:
        return None
    return _day(base + timedelta(days=_RELATIVE_DAYS[" ".join(span.part("rel").lower().split())]))


def _duration(span: DateSpan, base: date | None) -> None:
    """A stated duration is no date by itself; the story may anchor it (see `duration_window`)."""
    return None


_RESOLVERS = {
    "explicit": _explicit_day, "iso": _iso, "slash": _slash, "range": _range, "month": _month, "year": _year,
    "ago": _ago, "period": _period, "weekday": _weekday, "relative": _relative, "duration": _duration,
}  # fmt: skip


def _fallback(text: str, base: date | None) -> DateMention:
    """A string our patterns do not cover, parsed by dateparser with its own precision."""
    value, precision = _dateparser(text.strip()[:_settings().dates.max_expression_chars], base)
    if value is None:
        return DateMention("", text, 0, len(text), None, "unknown")
    if precision == "month":
        first, last, _ = _month_period(value.year, value.month)
    elif precision == "year":
        first, last = date(value.year, 1, 1), date(value.year, 12, 31)
    elif precision == "week":
        first, last, _ = _week(value)
    else:
        first = last = value
    return DateMention("", text, 0, len(text), first.isoformat(), precision, None if first == last else last.isoformat())


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None) -> tuple[date | None, str]:
    """dateparser on one expression, preferring the past, relative to `base`; cached."""
    if not text or (base is None and not re.search(r"\d{4}", text)):
        return None, "unknown"
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    found = DateDataParser(settings=settings).get_date_data(text)
    if found.date_obj is None:
        return None, "unknown"
    return found.date_obj.date(), {"time": "day"}.get(found.period, found.period or "day")


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO 8601 stamp, or of another written form via dateparser."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        parsed = dateparser.parse(published[:_settings().dates.max_expression_chars], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        return parsed.date() if parsed else None


def _day(day: date) -> Period:
    return day, day, "day"


def _week(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6), "week"


def _month_period(year: int, month: int) -> Period:
    last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
    return date(year, month, 1), last, "month"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for day_of_month in range(day.day, 27, -1):  # clamp 31 -> 30/29/28
        try:
            return date(year, month, day_of_month)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def _nearest(make, base: date, tense: str) -> Period:
    """The occurrence of a year-less day or month: the past one unless the coming one is cued
    or dates.past_preference times closer. `make(year)` builds the period; impossible years are skipped."""
    occurrences = [p for p in (_valid(make, y) for y in range(base.year - 1, base.year + 2)) if p is not None]
    past = [p for p in occurrences if p[0] <= base]
    coming = [p for p in occurrences if p[0] > base]
    if not past or (coming and tense == "future"):
        if not coming:
            raise ValueError("no valid year for the date")
        return coming[0]
    if coming and tense != "past" and (coming[0][0] - base).days * _settings().dates.past_preference < (base - past[-1][1]).days:
        return coming[0]
    return past[-1]


def _valid(make, year: int) -> Period | None:
    try:
        return make(year)
    except ValueError:  # Feb. 29 outside a leap year
        return None


def _month_number(name: str | None) -> int:
    return _calendar.MONTHS[(name or "").rstrip(".").lower()]


def _count(word: str | None) -> int | None:
    word = " ".join((word or "").lower().split())
    if word.isdigit():
        return int(word)
    return None if word in _figures.VAGUE_NUMBERS else _figures.DATE_NUMBERS.get(word)


# --- documents and stories --------------------------------------------------------------


def extract_dates(doc_id: str, text: str, published: str | None) -> Iterator[DateMention]:
    """Every date expression of one document, resolved against its publication date.

    Stated durations are left out: alone they are lengths, not dates; `resolve_story_dates`
    turns the ones it can anchor ("less than a week later") into windows.
    """
    base = parse_published(published)
    for span in find_date_expressions(text):
        if span.kind != "duration":
            yield _with_doc(resolve(span, base), doc_id)


def duration_window(span: DateSpan, anchor: date) -> Window | None:
    """The days "N units into" or "N units later" than `anchor` may cover, given the qualifier."""
    count = _count(span.part("n"))
    unit = span.part("u").lower()
    if count is None:
        return None

    def after(n: int) -> date:
        return _add_months(anchor, n * (12 if unit == "year" else 1)) if unit in ("month", "year") else anchor + timedelta(days=n * _calendar.UNIT_DAYS[unit])

    qualifier = " ".join((span.part("q") or "").lower().split())
    if qualifier in ("more than", "over", "just over"):
        return Window(after(count) + timedelta(days=1), after(count + 1) - timedelta(days=1))
    if qualifier in ("nearly", "almost", "just under"):
        return Window(after(count - 1) + timedelta(days=1), after(count) - timedelta(days=1))
    if qualifier == "less than":
        return Window(anchor + timedelta(days=1), after(count) - timedelta(days=1))
    if qualifier == "at least":
        return None  # open-ended: no upper edge
    return Window(after(count), after(count + 1) - timedelta(days=1))


def resolve_story_dates(docs: Sequence[Document], found_spans: Mapping[str, list[DateSpan]] | None = None) -> list[DateMention]:
    """Dates of every document of one story; undated documents resolved against an inferred window.

    `found_spans` holds, by document id, the expressions already found with the parse's tenses
    (`with_parse_tense`); a document without them is scanned here, with the text cues alone.

    Durations appear only where anchored: "N units into" counts from the story's first named
    day (its first event), "N units later" from the day named just before it in the report.
    A document whose dates cannot be read keeps a warning and the rest of the story goes on.
    """
    scanned = []
    lower_bounds: dict[str, date] = {}
    for doc in docs:
        try:
            base = parse_published(doc.published)
            if base is not None and doc.published_inferred in LOWER_BOUND_METHODS:
                lower_bounds[doc.id], base = base, None
            spans = found_spans[doc.id] if found_spans and doc.id in found_spans else list(find_date_expressions(doc.text))
            scanned.append((doc, base, spans))
        except Exception as error:  # hostile input must not end the story
            doc.warnings.append(f"annotate/dates: skipped after {type(error).__name__}: {error}")
    published = [base for _, base, _ in scanned if base is not None]
    story_year = _story_year(scanned)
    story_days = [day for _, base, spans in scanned for _, day in _named_days(spans, base, story_year)]
    found: list[DateMention] = []
    for doc, base, spans in scanned:
        try:
            named = _named_days(spans, base, story_year)
            first_event = min((day for _, day in named), default=None) or min(story_days, default=None)
            stated = _stated_windows(spans, named, first_event)
            window = None
            if base is None:
                window = infer_window([day for _, day in named], list(stated.values()), published)
                if window is None and doc.id in lower_bounds:
                    window = Window(lower_bounds[doc.id], lower_bounds[doc.id] + timedelta(days=_settings().dates.story_spread_days))
            inferred_anchor = base is not None and doc.published_inferred not in (None, *STATED_METHODS)
            for index, span in enumerate(spans):
                if span.kind == "duration":
                    if index in stated:
                        first, last = stated[index]
                        precision = _calendar.UNIT_PRECISION[span.part("u").lower()]
                        found.append(DateMention(doc.id, span.text, span.start, span.end, first.isoformat(), precision, None if first == last else last.isoformat(), True))
                    continue
                if base is None:
                    mention = _resolve_in_window(span, window)
                else:
                    mention = resolve(span, base)
                    mention.inferred = inferred_anchor and mention.value is not None and resolve(span, None).value is None
                found.append(_with_doc(mention, doc.id))
        except Exception as error:  # hostile input must not end the story
            doc.warnings.append(f"annotate/dates: skipped after {type(error).__name__}: {error}")
    return found


def infer_window(named_days: Sequence[date], stated: Sequence[Window], published: Sequence[date]) -> Window | None:
    """The days an undated report may describe as its present; None when nothing bounds it.

    Lower edge: the latest past day the report names. Both edges: the windows its anchored
    durations state, then dates.story_spread_days around the story's publication dates, dropped
    when it contradicts the report's own evidence.
    """
    lows = [max(named_days), *(w.first for w in stated)] if named_days else [w.first for w in stated]
    highs = [w.last for w in stated]
    candidates = []
    if published:
        spread = timedelta(days=_settings().dates.story_spread_days)
        candidates.append(([*lows, min(published) - spread], [*highs, max(published) + spread]))
    candidates.append((lows, highs))
    for low, high in candidates:
        if low and high and max(low) <= min(high):
            return Window(max(low), min(high))
    return None


def _stated_windows(spans: Sequence[DateSpan], named: Sequence[tuple[int, date]], first_event: date | None) -> dict[int, Window]:
    """Windows of the anchored durations, by index in `spans`."""
    windows = {}
    for index, span in enumerate(spans):
        if span.kind != "duration":
            continue
        rel = (span.part("rel") or "").lower()
        if rel == "into":
            anchor = first_event
        elif rel == "later":
            anchor = max(((pos, day) for pos, day in named if pos < span.start), default=(0, None))[1]
        else:
            continue
        window = duration_window(span, anchor) if anchor is not None else None
        if window is not None:
            windows[index] = window
    return windows


def _resolve_in_window(span: DateSpan, window: Window | None) -> DateMention:
    """`span` resolved with the publication date somewhere in `window` (inferred=True when pinned).

    A weekday is the day of that name inside the window: precision "weekday-in-window",
    value the first candidate and end_value the last when several fit (None when one does).
    """
    if window is None or span.kind in ("iso", "slash", "year") or (span.kind in ("explicit", "month") and span.part("Y")):
        return resolve(span, None)
    if span.kind == "weekday":
        target = _calendar.WEEKDAYS[span.part("D").lower()]
        offset = (target - window.first.weekday()) % 7
        candidates = [window.first + timedelta(days=d) for d in range(offset, (window.last - window.first).days + 1, 7)]
        if candidates:
            last = candidates[-1].isoformat() if len(candidates) > 1 else None
            return DateMention("", span.text, span.start, span.end, candidates[0].isoformat(), "weekday-in-window", last, True)
    early, late = resolve(span, window.first), resolve(span, window.last)
    if early.value is not None and (early.value, early.end_value, early.precision) == (late.value, late.end_value, late.precision):
        early.inferred = True
        return early
    return DateMention("", span.text, span.start, span.end, None, "unknown")


def _named_days(spans: Sequence[DateSpan], base: date | None, story_year: int | None) -> list[tuple[int, date]]:
    """(offset, day) of the calendar days a report names outside a future cue, read with its
    publication date or, when it has none, in the story's year."""
    days = []
    for span in spans:
        if span.kind not in ("explicit", "iso", "slash", "range") or span.tense == "future":
            continue
        if base is None and story_year and not span.part("Y"):  # a year-less date falls in the story's year
            span, base_for_span = span._replace(tense="past"), date(story_year, 12, 31)
        else:
            base_for_span = base
        mention = resolve(span, base_for_span)
        if mention.value is not None and mention.precision == "day":
            days.append((span.start, date.fromisoformat(mention.end_value or mention.value)))
    return days


def _story_year(scanned: Sequence[tuple[Document, date | None, list[DateSpan]]]) -> int | None:
    """The year most of the story's publication dates and written years fall in."""
    years = Counter(base.year for _, base, _ in scanned if base is not None)
    for _, _, spans in scanned:
        years.update(int(s.part("Y")) for s in spans if s.kind in ("explicit", "iso", "month") and s.part("Y"))
    return years.most_common(1)[0][0] if years else None


def _with_doc(mention: DateMention, doc_id: str) -> DateMention:
    mention.doc = doc_id
    return mention
