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

from newsweave import lexicon
from newsweave import model
from newsweave.annotate.nlp import text_of
from newsweave.annotate.quotes import Reported, relayed, reported_speech, said_by, said_by_no_one
from newsweave.annotate.speakers import SpeakerResolver, is_outlet, outlet_words

cues = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting

class Found(NamedTuple):
    """One attribution with its spans as written: what the pipeline and the evaluation read."""

    reported: Reported
    authority: str
    anonymous: bool
    authority_span: tuple[int, int] | None  # the source as written ("he", "who", "the statement")
    name_span: tuple[int, int] | None  # the name it resolves to ("Daniel Okafor"), when named
    via: str | None
    first_to_report: bool


def find_attributions(sdoc: Doc, outlets: Iterable[str] = ()) -> Iterator[Found]:
    """Every statement of `sdoc` reported on someone's authority, in text order.

    `outlets` names the news outlets known to the caller, as names or source slugs; proper
    names matching one of them, or holding a masthead word ("Times", "Post", "Reuters"), count
    as outlets.
    Statements with no recoverable authority are kept with authority "unknown"; so are questions
    put to someone by no one written ("Asked whether ..."), which PolNeAR marks and the evaluation
    scores, and `extract_attributions` leaves out.
    """
    known = [words for words in map(outlet_words, outlets) if words]
    speakers = SpeakerResolver(sdoc)
    channels = [(outer.content, channel) for outer, channel in relayed(sdoc).items() if is_outlet(sdoc, channel, known)]
    for reported in reported_speech(sdoc):
        if reported.source is None:
            yield Found(reported, "unknown", False, None, None, None, False)
            continue
        source = said_by(sdoc, reported, known)
        quoting = source != reported.source  # the outlet quoted someone: it is the channel
        speaker = speakers.resolve(source)
        source_text = text_of(sdoc)[source[0]:source[1]]
        authority = speaker.name or source_text
        name_span = speaker.span if speaker.name and not speaker.anonymous else None
        via = None
        first = False
        cue = reported.cue_span
        channel = next((c for content, c in channels if c != reported.source and cue is not None and _inside(cue, content)), None)
        if quoting:
            via = text_of(sdoc)[reported.source[0]:reported.source[1]]
        elif reported.recipient is not None and is_outlet(sdoc, reported.recipient, known):
            via = text_of(sdoc)[reported.recipient[0]:reported.recipient[1]]
            first = _first_to_report(sdoc, reported.recipient)
        elif channel is not None:  # "according to AFP, the spokesman said": the spokesman, via AFP
            via = text_of(sdoc)[channel[0]:channel[1]]
        elif is_outlet(sdoc, reported.source, known) or (name_span is not None and is_outlet(sdoc, name_span, known)):
            via = authority  # "the newspaper reported": the outlet it stands for
            first = _first_to_report(sdoc, reported.source) or _cue_says_first(sdoc, reported)
        yield Found(reported, authority, speaker.anonymous, source, name_span, via, first)


def extract_attributions(doc_id: str, sdoc: Doc, outlets: Iterable[str] = ()) -> Iterator[model.Attribution]:
    """`find_attributions` as model records: the content span, authority, cue and outlet; a
    question put to someone by no one written is no one's statement and gives none."""
    for found in find_attributions(sdoc, outlets):
        if said_by_no_one(sdoc, found.reported):
            continue
        start, end = found.reported.content
        yield model.Attribution(
            doc=doc_id,
            start=start,
            end=end,
            authority=found.authority,
            anonymous=found.anonymous,
            cue=found.reported.cue or "quoted",
            authority_start=found.name_span[0] if found.name_span else None,
            authority_end=found.name_span[1] if found.name_span else None,
            via=found.via,
            first_to_report=found.first_to_report,
        )


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


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]
