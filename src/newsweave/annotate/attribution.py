"""Says who: for every statement reported on someone's authority, the authority, the cue and the
outlet it came through.

Built on quotes.reported_speech (speech and evidence cues, "according to"), so a quote and its
attribution always agree. What this module adds is the reading of the authority: resolved to a
name or kept as an anonymous noun phrase ("a U.S. official", "sources familiar with ..."), the
outlet it came through ("told POLITICO", "according to the Financial Times") and whether that
outlet is credited with breaking the story ("..., which first reported the news").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span

from newsweave import model
from newsweave.annotate import cues
from newsweave.annotate.quotes import Reported, reported_speech, resolve_source

# Words that make an organisation name an outlet when the caller gives no outlet list: the
# mastheads and agency words of the outlets PolNeAR train names as sources.
OUTLET_WORDS = frozenset({
    "times", "post", "news", "journal", "press", "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc",
    "abc", "cbs", "fox", "msnbc", "npr", "politico", "axios", "guardian", "telegraph", "herald", "tribune",
    "gazette", "magazine", "daily", "agency", "tass", "xinhua", "jazeera", "wire", "radio", "tv",
    "television", "channel", "breitbart", "hill", "atlantic", "economist", "examiner", "chronicle",
    "review", "newsweek", "vox", "buzzfeed", "slate", "intercept", "mail", "sun", "mirror", "independent",
})
# Cues whose subject, when an outlet, is the outlet the news came through ("The Post reported").
PUBLISHING_CUES = frozenset({"report", "write", "reveal", "disclose", "according to", "learn", "publish"})


class Found(NamedTuple):
    """One attribution with its spans as written: what the pipeline and the evaluation read."""

    reported: Reported
    authority: str
    anonymous: bool
    authority_span: tuple[int, int] | None
    via: str | None
    first_to_report: bool


def find_attributions(sdoc: Doc, outlets: Iterable[str] = ()) -> Iterator[Found]:
    """Every statement of `sdoc` reported on someone's authority, in text order.

    `outlets` names the news outlets known to the caller (matched case-insensitively); without
    it, organisation names with a masthead word ("Times", "Post", "Reuters") count as outlets.
    Statements with no recoverable authority are kept with authority "unknown".
    """
    known = {name.lower() for name in outlets}
    persons = [ent for ent in sdoc.ents if ent.label_ == "PERSON"]
    for reported in reported_speech(sdoc):
        if reported.source is None:
            yield Found(reported, "unknown", False, None, None, False)
            continue
        speaker = resolve_source(sdoc, reported.source, persons)
        source_text = sdoc.text[reported.source[0]:reported.source[1]]
        authority = speaker.name or source_text
        via = None
        first = False
        source_is_outlet = _is_outlet(sdoc, reported.source, known)
        if reported.recipient is not None and _is_outlet(sdoc, reported.recipient, known):
            via = sdoc.text[reported.recipient[0]:reported.recipient[1]]
            first = _first_to_report(sdoc, reported.recipient)
        elif source_is_outlet and reported.cue_lemma in PUBLISHING_CUES:
            via = source_text
            first = _first_to_report(sdoc, reported.source) or _cue_says_first(sdoc, reported)
        yield Found(reported, authority, speaker.anonymous, reported.source, via, first)


def extract_attributions(doc_id: str, sdoc: Doc, outlets: Iterable[str] = ()) -> Iterator[model.Attribution]:
    """`find_attributions` as model records: the content span, authority, cue and outlet."""
    for found in find_attributions(sdoc, outlets):
        start, end = found.reported.content
        yield model.Attribution(
            doc=doc_id,
            start=start,
            end=end,
            authority=found.authority,
            anonymous=found.anonymous,
            cue=found.reported.cue or "quoted",
            via=found.via,
            first_to_report=found.first_to_report,
        )


def _is_outlet(sdoc: Doc, span: tuple[int, int], known: set[str]) -> bool:
    """Whether the noun phrase at `span` names a news outlet."""
    phrase = sdoc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return False
    text = phrase.text.lower().removeprefix("the ")
    if known:
        return text in known or any(ent.text.lower().removeprefix("the ") in known for ent in phrase.ents)
    if not any(t.pos_ == "PROPN" for t in phrase) or phrase.root.lower_ in cues.ANONYMOUS_NOUNS:
        return False
    return any(t.lower_ in OUTLET_WORDS for t in phrase)


def _first_to_report(sdoc: Doc, span: tuple[int, int]) -> bool:
    """ "the Financial Times, which first reported the news": a relative clause on the outlet
    with "first" and a verb of breaking news."""
    phrase = sdoc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return False
    for child in phrase.root.children:
        if child.dep_ in ("relcl", "acl"):
            words = {t.lower_ for t in child.subtree}
            lemmas = {t.lemma_.lower() for t in child.subtree}
            if words & cues.FIRST_TO_REPORT and lemmas & cues.BREAK_NEWS_VERBS:
                return True
    return False


def _cue_says_first(sdoc: Doc, reported: Reported) -> bool:
    """ "The Post first reported ...": the cue itself carries "first"."""
    if reported.cue_span is None:
        return False
    cue: Span | None = sdoc.char_span(*reported.cue_span, alignment_mode="expand")
    return cue is not None and any(c.lower_ in cues.FIRST_TO_REPORT for c in cue.root.children)
