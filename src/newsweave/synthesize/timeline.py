"""The story's timeline: dated events merged across documents, in order, each with its evidence.

An event is a sentence that carries a resolved date. Sentences from different documents that
give the same date (same start, end and precision) and say much the same thing (content-word
overlap, the date's own words left out: every sentence of Sunday night says "Sunday night") are
one event with all their evidence; the same date with different content stays two events ("on
Sunday the gates failed", "on Sunday residents were evacuated").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

from newsweave import lexicon
from newsweave.model import DateMention, Document, Evidence, TimelineEvent
from newsweave.synthesize.sentences import Sentence, split_sentences
from newsweave.settings import current as _settings

# Narrower precision first among events that start the same day.
PRECISION_ORDER = {"day": 0, "weekday-in-window": 1, "week": 2, "month": 3, "year": 4}

_grammar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar
_WORD = re.compile(r"[^\W_]+")


def build_timeline(docs: Sequence[Document], dates: Sequence[DateMention]) -> list[TimelineEvent]:
    """The story's dated events, earliest first; unresolved dates are left out (they stay in `dates`)."""
    published = {d.id: d.published or "9999" for d in docs}
    by_doc: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in split_sentences(docs):
        by_doc[sentence.doc].append(sentence)
    starts = {doc: [s.start for s in sentences] for doc, sentences in by_doc.items()}

    groups: dict[tuple[str, str | None, str], list[_Event]] = defaultdict(list)
    for mention in sorted(dates, key=lambda m: (published.get(m.doc, "9999"), m.doc, m.start)):
        if mention.value is None:
            continue
        sentence = _sentence_at(by_doc.get(mention.doc, []), starts.get(mention.doc, []), mention)
        if sentence is None:
            continue
        words = _content_words(sentence.text) - _content_words(mention.text)
        events = groups[(mention.value, mention.end_value, mention.precision)]
        event = next((e for e in events if _overlap(e.words, words) >= _settings().timeline.same_event_overlap), None)
        if event is None:
            event = _Event(sentence, words)
            events.append(event)
        event.add(sentence, mention.inferred)

    timeline = [
        TimelineEvent(
            date=value,
            end_date=end if end != value else None,
            precision=precision,
            text=event.first.text,
            evidence=event.evidence,
            inferred=all(event.inferred),
        )
        for (value, end, precision), events in groups.items()
        for event in events
    ]
    timeline.sort(key=lambda e: (e.date, PRECISION_ORDER.get(e.precision, 9), e.end_date or e.date))
    return timeline


class _Event:
    """Sentences reporting one dated event, while the timeline is being built."""

    def __init__(self, first: Sentence, words: set[str]) -> None:
        self.first = first
        self.words = words
        self.evidence: list[Evidence] = []
        self.inferred: list[bool] = []

    def add(self, sentence: Sentence, inferred: bool) -> None:
        if not any(e.doc == sentence.doc and e.start == sentence.start for e in self.evidence):
            self.evidence.append(Evidence(sentence.doc, sentence.start, sentence.end))
        self.inferred.append(inferred)


def _sentence_at(sentences: list[Sentence], starts: list[int], mention: DateMention) -> Sentence | None:
    at = bisect.bisect_right(starts, mention.start) - 1
    if at >= 0 and sentences[at].start <= mention.start < sentences[at].end:
        return sentences[at]
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _grammar.FUNCTION_WORDS and len(w) > 2}


def _overlap(a: set[str], b: set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0
