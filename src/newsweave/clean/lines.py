"""Plain-text junk removal, line by line, each removed line kept with its reason.

A scraper's dump of a news page holds the article among menus, share bars, teasers, comment
forms and footers. The cleaner is a cascade (trafilatura style: each stage decides only what the
earlier ones left undecided):

1. cue lexicon (`newsweave/lexicon/en/junk.py`): lines that are junk by what they say -> `cue:<kind>`;
   end-of-article headings ("Related articles", "Leave a reply") -> `tail:<marker>`.
2. line shape: bare counters, dates alone and glued breadcrumbs anywhere; menus, breadcrumbs
   and other short unpunctuated lines outside the article body -> `shape:<kind>`.
3. block structure: the article body is the densest run of prose lines (a maximum-sum segment
   where prose scores its words and other lines a penalty); short lines inside it (subheads,
   one-sentence paragraphs, list items, quotes) are kept. A paragraph broken into short lines
   (`<br>` wraps) counts as prose line by line.
4. position: what precedes the body is page head (`head:before-body`), what follows an end
   marker is tail (`tail:after-<marker>`), other lines after the body `tail:after-body`; at the
   edges of the body, teaser paragraphs ending in "..." go (`teaser`) and so does a closing
   author bio (`bio`). A line equal to the title goes (`title`). Inside the body, teasers for other
   stories go too (`teaser`): a run of shouted kickers over headlines, and the headlines a widget
   heading ("Trending News") lists before the article resumes.

With `extracted=True` (text that trafilatura already cut out of HTML) only stage 1, the
teasers inside the body and the title and bio rules run: on trafilatura's favor_precision output for the scrapinghub pages the
full cascade scores F1 .943 (recall .920), cue-only .967 (trafilatura alone .964).

Calibration: the constants below were tuned on the scrapinghub `plaintext/` dumps
(../shared/eval/extraction/scrapinghub) of the calibration split only: page ids sorted, even
positions (0, 2, 4, ...); the odd positions are held out and never looked at while tuning
(eval/extraction.py reports both halves: F1 .925 calibration, .886 held-out, .906 all). Cost: one precompiled regex pass per line and one
linear scan, no per-line NLP.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from newsweave.lexicon.en.calendar import MONTH_NAMES, WEEKDAY_ABBREVIATIONS
from newsweave.lexicon.en.junk import (BREADCRUMB_SECTIONS, CITATION_LINE, CUE_PATTERNS, END_MARKERS, POST_SIGNATURE,
                                       SENTENCE_CUE_KINDS, TRIGGERED_CUES)
from newsweave.clean.lexicon.matcher import LineLexicon
from newsweave.model import RemovedLine
from newsweave.settings import current as _settings


_FLAGS = re.IGNORECASE
_LEXICON = LineLexicon(
    [(f"tail:{key}", pattern) for key, pattern in END_MARKERS.items()]
    + [(f"cue:{kind}", pattern) for kind, patterns in CUE_PATTERNS.items() for pattern in patterns],
    [(triggers, f"cue:{kind}", pattern) for kind, entries in TRIGGERED_CUES.items() for triggers, pattern in entries],
)
_CLOSERS = "\"'”’)]»」』"
_SENTENCE_END_CHARS = frozenset(".!?:;…。！？")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CITATION = re.compile(CITATION_LINE)
_POST_SIGNATURE = re.compile(POST_SIGNATURE)
_POST_MARK = re.compile(r"(?:^|\s)#\w|https?://t\.co/|pic\.twitter\.com/")
_COUNTER = re.compile(r"[\W\d_]*\d[\W\d_]*|[\W_]+")
# A month or weekday written out or cut short: its shortest form, then any letters ("Sept.", "Tues").
_WEEKDAYS = "|".join(abbreviations[0] for abbreviations in WEEKDAY_ABBREVIATIONS)
_MONTHS = "(?:" + "|".join(min(names, key=len) for names in MONTH_NAMES) + r")[a-z]*\.?"
_DATE_ALONE = re.compile(
    rf"(?:(?:{_WEEKDAYS})[a-z]*,?\s+)?"
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|"
    rf"\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|{_MONTHS}\s+\d{{4}})"
    rf"(?:(?:[,\s|/-]|\s+at\s+)+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?)?",
    _FLAGS,
)
_BREADCRUMB = re.compile(r"^\S.{0,60}?(?:\s[>»›/|]\s|\s?[»›]\s?)\S.*$")
_SECTION = "(?:" + "|".join(sorted((re.escape(s) for s in BREADCRUMB_SECTIONS), key=len, reverse=True)) + ")"
# Two to six section names, the last glued to the headline's first character ("HomeLocal NewsHarbor
# barrier..."); a headline that merely starts with section words ("Local News Outlets Struggle") has
# a space there and is left alone.
_GLUED_BREADCRUMB = re.compile(rf"^((?:{_SECTION}\s?){{1,5}}{_SECTION})(?=[A-Z0-9\"“‘'])")
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,4}(?:is|was|has been|covers|writes)\b.{0,120}\b(?:reporter|writer|journalist|"
    r"editor|correspondent|columnist|contributor|author|freelance|producer|photographer|intern|"
    r"covers|based in|lives in)\b.*$"
)
_WS = re.compile(r"\s+")
# A numbered item of the article's own list: "19) Ingrid Goes West", "3. The Irishman".
_NUMBERED = re.compile(r"\d{1,3}[).]\s")
_LABELLED_TEASER = re.compile(r"[^\W\d_][^:.!?()\n]{7,60}:[ \t]+[\"“‘']?[A-Z]")


@dataclass(slots=True)
class LineCleaning:
    """The kept lines joined by newlines, and every removed line with its index and reason."""

    text: str
    removed: list[RemovedLine] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    index: int
    text: str
    words: int
    prose: bool
    reason: str | None = None  # decided removal reason; None while undecided


def _normalise(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _word_count(text: str) -> int:
    """Words by whitespace; in Chinese, Japanese and Korean, about two characters per word."""
    words = len(text.split())
    if len(text) > _settings().clean.cjk_chars_per_word * (words + 1) and not text.isascii():
        words += len(_CJK.findall(text)) // 2
    return words


def _ends_sentence(text: str) -> bool:
    """Ends in sentence punctuation, maybe inside closing quotes or brackets, or in a quote."""
    if text[-1] in "\"”":
        return True
    bare = text.rstrip(_CLOSERS)
    return bool(bare) and bare[-1] in _SENTENCE_END_CHARS


def _ends_teaser(text: str) -> bool:
    return text.endswith(("...", "…"))


def _is_prose(text: str, words: int) -> bool:
    if words >= _settings().clean.long_line_words:
        return True
    return words >= _settings().clean.prose_min_words and _ends_sentence(text) and not _ends_teaser(text)


def _cue_reason(text: str) -> str | None:
    return _LEXICON.match(text, _settings().clean.cue_max_chars)


def junk_sentence(text: str) -> str | None:
    """The cue reason of a sentence that is junk on its own, glued to prose by its page (a newsletter
    plug, a "Follow us", a syndication notice, a credit); None for any other sentence."""
    reason = _cue_reason(text)
    return reason if reason is not None and reason.removeprefix("cue:") in SENTENCE_CUE_KINDS else None


def citation_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of `text` that are a reference list's citations, in order: kept by the cleaner
    (readability's truth counts them as the article), but no statement, speech or event of the story. One
    pass over the text; `in_spans` then asks of an offset."""
    return [line.span() for line in re.finditer(r"[^\n]+", text) if _CITATION.match(text, line.start(), line.end())]


def labelled_teaser(line: str) -> bool:
    """Whether a line kept in an article is a labelled teaser or list: a short label, a colon, then words that
    end with no stop ("Epstein's inner circle eyed: Jeffrey Epstein is dead. Prosecutors could still go after
    his inner circle if they helped him prey on young girls", USA Today's link to another story inside the
    article; "Honorable mentions: Marjorie Prime, Phantom Thread, ..."). Readability's and scrapinghub's truths
    keep such lines, so the cleaner does too; they hold no statement of the report (synthesize/sentences.py)."""
    line = line.strip()
    return bool(_LABELLED_TEASER.match(line)) and not _ends_sentence(line)


def in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` lies in one of `spans` (ordered, apart)."""
    n = bisect_right(spans, (at, float("inf"))) - 1
    return n >= 0 and spans[n][0] <= at < spans[n][1]


@dataclass(frozen=True, slots=True)
class EmbeddedPost:
    """A post (a tweet) embedded in a page: its words' span, its signature's dash and the poster's name's span."""

    start: int
    end: int
    dash: int
    name: tuple[int, int]


def embedded_posts(text: str) -> list[EmbeddedPost]:
    """The posts embedded in `text`: each signature line ("— Governor Kristi Noem (@govkristinoem) November
    18, 2019") with the lines above it that are the post: the line right above, and above that those that
    read as a post's (a hashtag, a post's link, or a few words: "meth.", "on. meth. dot. com."; not a handle, which
    prose names too: "shared on the Twitter handle of the Senate, @NGRSenate."), up to
    a few. The poster's words, no statement of the report (sentences.py), quoted whole (quotes.py)."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    posts = []
    for n, (start, end) in enumerate(lines):
        signature = _POST_SIGNATURE.match(text, start, end)
        if signature is None or n == 0 or not text[slice(*lines[n - 1])].strip():
            continue
        first = n - 1
        while (first > 0 and n - first < _settings().clean.post_max_lines and _post_like(text[slice(*lines[first - 1])])
               and not _POST_SIGNATURE.match(text, *lines[first - 1])):
            first -= 1
        posts.append(EmbeddedPost(lines[first][0], lines[n - 1][1], signature.start(), signature.span("name")))
    return posts


def _post_like(line: str) -> bool:
    return bool(line.strip()) and (bool(_POST_MARK.search(line)) or len(line.split()) <= _settings().clean.post_short_words)


def _shape_reason(text: str, words: int) -> str | None:
    """Lines that are junk by their shape wherever they stand: counters and dates alone."""
    if words > 8:
        return None
    if words <= 3 and _COUNTER.fullmatch(text):
        return "shape:counter"
    if text[0].isalnum() and _DATE_ALONE.fullmatch(text):
        return "shape:date"
    return None


def _outside_shape(line: _Line) -> str:
    """Why a line outside the body goes, by its shape."""
    if _BREADCRUMB.match(line.text) and line.words <= 12:
        return "shape:breadcrumb"
    if line.words <= 4 and not _ends_sentence(line.text):
        return "shape:menu"
    if _ends_teaser(line.text):
        return "teaser"
    if not line.prose:
        return "shape:short"
    return ""


def _has_prose_neighbour(lines: list[_Line], pos: int) -> bool:
    before = lines[pos - 1] if pos else None
    after = lines[pos + 1] if pos + 1 < len(lines) else None
    return any(n is not None and n.prose and n.reason is None for n in (before, after))


def _tail_weights(lines: list[_Line]) -> list[float]:
    """Weight of each line's prose: discounted after an end marker until the article resumes.

    Comment sections and related-story lists can hold more prose than a short article, so
    prose after a marker counts less. A widget heading ("Most read", "Related") inside the
    article is followed by more article: a run of clean.resume_run prose lines lifts the discount,
    except after a comment heading, where runs of prose are comment threads.
    """
    weights = [1.0] * len(lines)
    in_tail = comments = False
    run = 0
    for pos, line in enumerate(lines):
        if line.reason is not None and line.reason.startswith("tail:"):
            in_tail, run = True, 0
            comments = comments or line.reason == "tail:comments"
            continue
        run = run + 1 if line.prose and line.reason is None else 0
        if not in_tail:
            continue
        weights[pos] = _settings().clean.tail_prose_weight
        if not comments and run >= _settings().clean.resume_run:
            in_tail = False
            weights[pos - run + 1 : pos + 1] = [1.0] * run
    return weights


def _body_span(lines: list[_Line]) -> tuple[int, int] | None:
    """First and last position (in `lines`) of the maximum-sum run of line scores."""
    best, best_span = 0.0, None
    running, start = 0.0, 0
    weights = _tail_weights(lines)
    for pos, line in enumerate(lines):
        if line.reason is None:
            if line.prose:
                score = weights[pos] * min(float(line.words), _settings().clean.prose_line_cap)
                if not _has_prose_neighbour(lines, pos):
                    score *= _settings().clean.isolated_prose_weight
            else:
                score = -_settings().clean.short_line_penalty
        elif line.reason.startswith("tail:"):
            score = -_settings().clean.end_marker_penalty
        else:
            score = -_settings().clean.cue_line_penalty
        if running <= 0:
            running, start = 0.0, pos
        running += score
        if running > best:
            best, best_span = running, (start, pos)
    return best_span


def split_glued_breadcrumb(text: str) -> tuple[str, str] | None:
    """("HomeWorld", "Flood barriers fail...") for a breadcrumb glued to a headline, else None."""
    match = _GLUED_BREADCRUMB.match(text)
    if match is None or " " not in text[match.end():]:
        return None
    return match.group(1), text[match.end():]


def clean_lines(text: str, *, title: str = "", extracted: bool = False) -> LineCleaning:
    """Keep the article's lines of `text`, record every other line with its reason.

    `title` (when known) is kept out of the body; `extracted=True` is for text an extractor
    already cut out of a page (HTML through trafilatura): only unmistakable junk goes.
    """
    removed: list[RemovedLine] = []
    lines: list[_Line] = []
    title_key = _normalise(title) if title else ""
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            continue
        glued = split_glued_breadcrumb(stripped)
        if glued is not None:
            removed.append(RemovedLine(glued[0], "shape:breadcrumb-glued", index))
            stripped = glued[1]
        words = _word_count(stripped)
        line = _Line(index, stripped, words, _is_prose(stripped, words))
        if title_key and title_key.startswith(stripped[:1].casefold()) and _normalise(stripped) == title_key:
            line.reason = "title"
        else:
            line.reason = _cue_reason(stripped) or (None if extracted else _shape_reason(stripped, words))
        lines.append(line)

    _demote_markers_in_share_bars(lines)
    _mark_wrapped_prose(lines)
    _mark_teaser_runs(lines)
    _mark_widget_lists(lines)
    if not extracted:
        _mark_outside_body(lines)
    _mark_bio(lines)

    kept: list[str] = []
    for line in lines:
        if line.reason is None:
            kept.append(line.text)
        else:
            removed.append(RemovedLine(line.text, line.reason, line.index))
    removed.sort(key=lambda r: r.line)
    return LineCleaning("\n".join(kept), removed)


def _mark_wrapped_prose(lines: list[_Line]) -> None:
    """A paragraph broken into short lines (`<br>` wraps, hard-wrapped text) is prose line by line: each
    line but the last ends mid-sentence and the next goes on in lower case ("dolor sit" / "amet, ...")."""
    start = 0
    while start < len(lines):
        end = start
        while (end + 1 < len(lines) and lines[end].reason is None and lines[end + 1].reason is None
               and lines[end + 1].index == lines[end].index + 1 and not _ends_sentence(lines[end].text)
               and lines[end + 1].text[0].islower() and lines[end + 1].words >= 2):
            end += 1
        run = lines[start:end + 1]
        if len(run) > 1 and _is_prose(run[-1].text, sum(line.words for line in run)):
            for line in run:
                line.prose = True
        start = end + 1


def _mark_teaser_runs(lines: list[_Line]) -> None:
    """Teasers for other stories set inside the article (the Sun: "RANDY ANDY" over "Andrew parties in
    unearthed pics despite claiming ...", "TIME TRAVELLER" over "Conspiracy theorists say they've spotted
    Greta Thunberg ..."): a shouted kicker over a headline with no full stop, `clean.teaser_run` times in a
    row, a stray word between two pairs allowed ("Warning"). One such pair is an article's subhead and its
    first line; three in a row are a list of other stories, whose people became the story's."""
    pos = 0
    while pos < len(lines):
        start, pairs = pos, 0
        while _teaser_pair(lines, pos):
            pairs, pos = pairs + 1, pos + 2
            if pos < len(lines) and lines[pos].words <= 2 and not lines[pos].prose and _teaser_pair(lines, pos + 1):
                pos += 1  # a stray word before the next pair
        if pairs >= _settings().clean.teaser_run:
            for line in lines[start:pos]:
                line.reason = line.reason or "teaser"
        pos += 0 if pairs else 1


def _mark_widget_lists(lines: list[_Line]) -> None:
    """The headlines a widget heading lists inside the article, where the article resumes after them
    (CBS News: "Trending News" over five headlines of other stories, "Jeffrey Epstein jail guards charged
    with falsifying records", between two paragraphs of a kidnapping report): teasers, not subheads."""
    for pos, heading in enumerate(lines):
        if heading.reason is None or not heading.reason.startswith("tail:") or heading.reason == "tail:comments":
            continue
        end = pos + 1
        while end < len(lines) and lines[end].reason is None and _listed(lines[end]):
            end += 1
        resumes = end < len(lines) and lines[end].reason is None and lines[end].prose
        if resumes and end - pos - 1 >= _settings().clean.widget_min_headlines:
            for line in lines[pos + 1:end]:
                line.reason = "teaser"


def _listed(line: _Line) -> bool:
    """A headline as a widget lists it: it may end in "!" or "?" ('... kidnapped girl: "We got her!"'); not
    a line that leads into the article's next ("Here are some of the highlights:"), nor its numbered subhead
    ("19) Ingrid Goes West")."""
    return _headline_shaped(line) and not line.text.rstrip("\"'”’").endswith((".", ":")) and not _NUMBERED.match(line.text)


def _teaser_pair(lines: list[_Line], pos: int) -> bool:
    """A shouted kicker at `pos` over a headline with no full stop."""
    return pos + 1 < len(lines) and _kicker(lines[pos]) and _headline(lines[pos + 1])


def _kicker(line: _Line) -> bool:
    return line.words <= 6 and any(c.isupper() for c in line.text) and not any(c.islower() for c in line.text)


def _headline(line: _Line) -> bool:
    return _headline_shaped(line) and not _ends_sentence(line.text)


def _headline_shaped(line: _Line) -> bool:
    return 3 <= line.words <= 25 and any(c.islower() for c in line.text)


def _demote_markers_in_share_bars(lines: list[_Line]) -> None:
    """"Comments" between "Facebook" and "Print" is a share-bar button, not the comment section."""
    for pos, line in enumerate(lines):
        if line.reason is None or not line.reason.startswith("tail:"):
            continue
        neighbours = lines[max(pos - 1, 0) : pos] + lines[pos + 1 : pos + 2]
        if any(n.reason == "cue:share" for n in neighbours):
            line.reason = "cue:share"


def _mark_outside_body(lines: list[_Line]) -> None:
    """Decide head, tail and teaser lines around the densest run of prose."""
    span = _body_span(lines)
    if span is None:
        for line in lines:
            if line.reason is None:
                line.reason = _outside_shape(line) or "head:no-body"
        return
    first, last = span
    for line in lines[:first]:
        if line.reason is None:
            line.reason = _outside_shape(line) or "head:before-body"
    marker = ""
    for line in lines[last + 1 :]:
        if line.reason is not None and line.reason.startswith("tail:") and not marker:
            marker = line.reason[len("tail:") :]
            continue
        if line.reason is None:
            line.reason = f"tail:after-{marker}" if marker else (_outside_shape(line) or "tail:after-body")
    # A body that ends on teasers ("Ten things you missed...") keeps only its article part.
    for pos in range(last, first - 1, -1):
        line = lines[pos]
        if line.reason is not None:
            continue
        if _ends_teaser(line.text) and line.words <= _settings().clean.teaser_max_words:
            line.reason = "teaser"
            continue
        break


def _mark_bio(lines: list[_Line]) -> None:
    """An author bio closing the article ("X is a reporter ... She lives in ...") is not the article."""
    tail = [line for line in lines if line.reason is None][-_settings().clean.bio_window:]
    for pos, line in enumerate(tail):
        if _BIO.match(line.text):
            for later in tail[pos:]:
                later.reason = "bio"
            return
