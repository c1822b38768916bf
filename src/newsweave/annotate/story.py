"""Annotating one story: parse every document once, extract per document, merge across documents.

The parse is shared by entities, quotes, attribution and the tenses of dates, so each document
goes through spaCy exactly once. A document whose extraction fails keeps a warning naming the
stage and the error, and the rest of the story goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from newsweave.annotate.attribution import extract_attributions
from newsweave.annotate.dates import DateSpan, find_date_expressions, resolve_story_dates, with_parse_tense
from newsweave.annotate.entities import SpanLinker, extract_mentions, merge_entities
from newsweave.annotate.nlp import parse
from newsweave.annotate.quotes import extract_quotes
from newsweave.model import Attribution, DateMention, Document, Entity, Quote
from newsweave.settings import current as _settings


@dataclass(slots=True)
class DocumentAnnotations:
    """What one document's parse yields: a per-document result, so that it can come back from a worker."""

    mentions: list = field(default_factory=list)  # entities.extract_mentions's items
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    date_spans: list[DateSpan] | None = None  # None when the dates stage failed: the story scans the text again


def annotate_documents(docs: Sequence[Document], outlets: Sequence[str], n_process: int = 1) -> Iterator[DocumentAnnotations]:
    """Each document parsed once and extracted; a failing extractor leaves a warning, not a crash."""
    for doc, sdoc in zip(docs, parse((d.text for d in docs), n_process=n_process)):
        one = DocumentAnnotations()
        for stage, run in (
            ("entities", lambda: one.mentions.extend(extract_mentions(doc.id, sdoc))),
            ("quotes", lambda: one.quotes.extend(extract_quotes(doc.id, sdoc))),
            ("attribution", lambda: one.attributions.extend(extract_attributions(doc.id, sdoc, outlets))),
            ("dates", lambda: setattr(one, "date_spans", with_parse_tense(list(find_date_expressions(doc.text)), sdoc))),
        ):
            try:
                run()
            except Exception as error:  # one hostile document must not end the story
                one.warnings.append(f"annotate/{stage}: skipped after {type(error).__name__}: {error}")
        yield one


def annotate_document(doc: Document, outlets: Sequence[str]) -> DocumentAnnotations:
    """`annotate_documents` of one document: the unit a cluster engine maps."""
    return next(annotate_documents([doc], outlets))


@dataclass(slots=True)
class StoryAnnotations:
    """Everything the annotate stages found in one story's documents."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


def annotate_story(
    docs: Sequence[Document],
    workers: int = 1,
    progress: Callable[[str, int, int | None], None] | None = None,
    engine: Callable[[Callable[[Document], DocumentAnnotations], Sequence[Document]], Iterator[DocumentAnnotations]] | None = None,
) -> StoryAnnotations:
    """Entities, quotes, attributions and dates of `docs`, speakers linked to entities.

    `engine` (engine/dask.py) maps the per-document part over a cluster; without it spaCy's own
    processes (`workers`) do.
    """
    outlets = sorted({d.source for d in docs if d.source})
    max_chars = _settings().nlp.max_chars
    parseable = [d for d in docs if len(d.text) <= max_chars]
    for doc in docs:
        if len(doc.text) > max_chars:
            doc.warnings.append(f"annotate: skipped, {len(doc.text)} characters exceed the parser's {max_chars}")

    mentions = []
    date_spans = {}
    found = StoryAnnotations()
    per_document = (engine(partial(annotate_document, outlets=outlets), parseable) if engine
                    else annotate_documents(parseable, outlets, workers))
    for done, (doc, one) in enumerate(zip(parseable, per_document), 1):
        mentions.extend(one.mentions)
        found.quotes.extend(one.quotes)
        found.attributions.extend(one.attributions)
        doc.warnings.extend(one.warnings)
        if one.date_spans is not None:
            date_spans[doc.id] = one.date_spans
        if progress:
            progress("annotate", done, len(parseable))

    found.entities = merge_entities(mentions, outlets)
    link = _Linker(found.entities)
    for quote in found.quotes:
        if not quote.anonymous and quote.speaker:
            quote.speaker_entity = link(quote.doc, quote.speaker_start, quote.speaker_end, quote.speaker)
    for item in found.attributions:
        if not item.anonymous:
            item.authority_entity = link(item.doc, item.authority_start, item.authority_end, item.authority)
    found.dates = resolve_story_dates(docs, date_spans)
    return found


class _Linker:
    """Named speakers and authorities to entities: by the name's span where known, else by the
    longest ending of the name that is an exact alias ("Mayor Elena Ruiz": "Elena Ruiz").

    Anonymous sources are never linked: "a U.S. official" is not the United States. A place is
    the speaker only when the speaker is the place's name itself ("Kyiv said"), never when it is
    part of it ("Kharkiv Mayor Ihor Terekhov", "John Smith, an analyst in Kyiv").
    """

    def __init__(self, entities: list[Entity]) -> None:
        self._spans = SpanLinker(entities)
        self._aliases = {alias.casefold(): e.id for e in entities for alias in (e.name, *e.aliases)}
        self._places = {e.id: {a.casefold() for a in (e.name, *e.aliases)} for e in entities if e.type == "PLACE"}

    def __call__(self, doc: str, start: int | None, end: int | None, name: str) -> str | None:
        found = self._spans.link(doc, start, end) if start is not None and end is not None else None
        if found and self._may_speak(found, name):
            return found
        words = name.split()
        # "Mayor Elena Ruiz" when the tagger missed the name there: its longest known ending
        endings = (self._aliases[key] for i in range(len(words)) if (key := " ".join(words[i:]).casefold()) in self._aliases)
        return next((e for e in endings if self._may_speak(e, name)), None)

    def _may_speak(self, entity: str, name: str) -> bool:
        return entity not in self._places or name.casefold() in self._places[entity]
