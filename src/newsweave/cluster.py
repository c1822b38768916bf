"""Stories from a stream: each arriving document joins a story or opens one, in a single pass.

Why this shape: a monitoring desk's stream never ends, so nothing may compare all pairs or keep every
document. A document becomes a sparse TF-IDF vector (title terms and capitalised names weighted up, IDF
from document frequencies hashed into a fixed table, so the vocabulary grows without the state growing);
each active story keeps a truncated centroid, and an inverted index from centroid terms to stories
retrieves the few candidates a document is scored against. Time enters twice: a story quiet for
`quiet_days` of publication time goes dormant (leaves the index and the state), and a candidate far in
time from the document is penalised. Each language has its own stories: a document is never compared
with documents of another language.

Stories also change shape: two stories whose centroids come close merge, and a story whose latest
members have drifted away from its core (the sum of its first members' vectors, kept apart from the
centroid) splits: the drifted members, if they hang together, leave to form a story of their own.
Both are recorded as events, so a store can move the documents concerned.

Why term vectors and not the bundled MiniLM embeddings: embedding a title and its 300-character lead
costs 1/40 of a CPU second (200 DUC articles, one core), 2,500 CPU s per 100k articles, four times the
whole ingest's 10-minute budget.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import heapq
import importlib.util
import math
import re
import runpy
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from newsweave import settings as _settings
from newsweave.lexicon.en import grammar as _grammar
from newsweave.lexicon.en.calendar import MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from newsweave.model import Document

ClusterSettings = _settings.Cluster

_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
# Capitalised runs of two words or more not at a sentence start: cheap stand-ins for named entities
# ("Slobodan Milosevic"). One capitalised word already counts as a word: counted again as a name, "China",
# "Beijing", "Trump" carried unrelated reports into one story (the web pile's plague, trade war, Hong Kong
# protests and oil prices were thirteen reports of one). On the odd DUC topics, at the join threshold in
# force: B-cubed F1 .827 with one-word names, .861 without; the held-out even half .911, .925.
_NAME = re.compile(r"(?<![.!?\"]\s)(?<!^)\b([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)+)")
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own said same says
she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself mr mrs ms new one two three year years last first told say people would could also week""".split()) | {
    name for names in (*MONTH_NAMES, *WEEKDAY_ABBREVIATIONS) for name in names} | set(WEEKDAY_NAMES)


@functools.lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """Words that tell no story in `language`: the list above with spaCy's English stop words and the
    stems a contraction leaves ("didn", "don"); for another language its own spaCy stop words beside
    them (an English name or phrase stands in many foreign pages), when spaCy has them.

    Why: a language with few documents in a pile gives its function words a high IDF, and unrelated pages
    then meet on them: the web pile's four Russian pages (a list of food blogs, a game, a diet, a model's
    interview) became one story on "что", "как", "для", its three Spanish ones on "que", "para", "los",
    two French ones (an intelligence bill, the Nepal earthquake) on "des", "dans", "qui". English too:
    a fan fiction chapter, a student journalism guide, a hiking kit and a Linux video became one story on
    "know", "didn", "like", "well", "still" (odd DUC topics unchanged by the longer list, .857).
    """
    english = _STOP | _spacy_stop_words("en") | _grammar.CONTRACTION_STEMS
    if language == "en" or not (language.isascii() and language.isalpha()):
        return english
    return english | _spacy_stop_words(language)


@functools.lru_cache(maxsize=None)
def _spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words for `language`, empty when spaCy has none. They ship with spaCy as plain modules
    (`spacy/lang/xx/stop_words.py`, no imports, no model): run as files, they cost a millisecond, where
    importing them loads spaCy itself (2 CPU s and 200 MB in a clusterer that needs nothing else of it)."""
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / language / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():
        return frozenset()
    return frozenset(word.lower() for word in runpy.run_path(str(path))["STOP_WORDS"])


@dataclass(slots=True)
class StoryEvent:
    """A change in the stories, recorded so the store can follow documents that move."""

    kind: str  # "open" | "join" | "merge" | "split" | "dormant"
    story: str  # story id
    documents: list[str]  # document ids concerned
    other: str | None = None  # the story merged into / split from


@dataclass(slots=True)
class _Story:
    """An active story: its truncated centroid (term -> summed weight), time span and members."""

    id: str
    language: str
    centroid: dict[str, float]
    last: float | None  # latest publication time, days since the epoch; None while no member is dated
    size: int
    documents: list[str] = field(default_factory=list)
    norm: float = 1.0  # of the centroid, kept current by `_add_to_centroid`
    # The latest members' vectors, oldest first: recent[i] is the vector of documents[len(documents) - len(recent) + i].
    recent: list[dict[str, float]] = field(default_factory=list)
    core: dict[str, float] = field(default_factory=dict)  # summed vectors of the first `split_core` members


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` (py3langid, its model ships in the package), None when too short to tell."""
    sample = text[: _settings.current().cluster.language_chars]
    if len(_WORD.findall(sample)) < 5:
        return None
    from py3langid.langid import classify

    return classify(sample)[0]


# Document.language when the text is too short to tell and nothing declares it.
UNDETERMINED = "und"


def document_language(doc: Document) -> str:
    """The language a document is analysed, clustered and stored under: the one detected in its title and
    text (a page's declared `lang` is often the site template's), else the one it declares ("en-US": "en"),
    else UNDETERMINED (too short to tell). The one rule for the pipeline, the clusterer and the store."""
    declared = (doc.language or "").split("-")[0].split("_")[0].lower() or None
    return detect_language(doc.title + "\n" + doc.text) or declared or UNDETERMINED


def _days(published: str | None) -> float | None:
    if not published:
        return None
    try:
        stamp = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.replace(tzinfo=None)
    return (stamp - datetime(1970, 1, 1)).total_seconds() / 86400


def _bucket(term: str, buckets: int) -> int:
    return zlib.crc32(term.encode("utf-8")) % buckets


def _terms(doc: Document, language: str, s: _settings.Cluster) -> Counter[str]:
    """Raw term weights: words of the text, title words and names weighted up; the language's stop words
    left out."""
    stop = stop_words(language)
    counts: Counter[str] = Counter()
    body = doc.text[: s.max_chars]
    for word in _WORD.findall(body.lower()):
        if word not in stop:
            counts[word] += 1.0
    for word in _WORD.findall(doc.title.lower()):
        if word not in stop:
            counts[word] += s.title_weight
    for name in _NAME.findall(body):
        if name.lower() not in stop:
            counts["@" + name.lower()] += s.entity_weight
    return counts


@dataclass(slots=True)
class Prepared:
    """What `StoryClusterer.add` needs of one document and no state: its language and raw term weights.

    Why apart: it is most of a document's cost (language identification above all) and a pure function
    of the document, so an engine computes it where the documents are (processes, Dask workers); only
    the assignment, which reads and changes the stories, stays sequential.
    """

    language: str  # document_language
    terms: Counter[str]  # _terms


def prepare(doc: Document, settings: ClusterSettings | None = None) -> Prepared:
    """`doc`'s Prepared under `settings` (None: the cluster settings in force)."""
    language = document_language(doc)
    return Prepared(language, _terms(doc, language, settings or _settings.current().cluster))


class StoryClusterer:
    """Online: each arriving document joins a story or opens a new one, in one pass,
    memory bounded by the active window (stories go dormant after a quiet period)."""

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or _settings.current().cluster
        self.events: list[StoryEvent] = []
        self._df = np.zeros(self.settings.buckets, dtype=np.uint32)
        self._n = 0
        self._now: float | None = None  # latest publication time seen
        self._stories: dict[str, _Story] = {}
        # language -> term -> {active story whose centroid holds the term: its weight there}
        self._index: dict[str, dict[str, dict[str, float]]] = {}
        # (latest time, story) of every dated active story, a min-heap; an entry may be older than its story's
        # `last` (refreshed when it reaches the top): retirement and eviction read the quietest without a scan.
        self._quiet: list[tuple[float, str]] = []
        self._undated: set[str] = set()  # active stories with no dated member: the first evicted

    # -- vectors ---------------------------------------------------------------------------------
    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        s = self.settings
        buckets = np.fromiter((_bucket(term, s.buckets) for term in counts), dtype=np.int64, count=len(counts))
        np.add.at(self._df, buckets, 1)
        self._n += 1
        idf = [1 + math.log((self._n + 1) / (df + 1)) for df in self._df[buckets].tolist()]
        weights = {t: (1 + math.log(c)) * w for (t, c), w in zip(counts.items(), idf)}
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: s.doc_terms]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {t: w / norm for t, w in top if w > 0}

    # -- the stream ------------------------------------------------------------------------------
    def add(self, doc: Document, prepared: Prepared | None = None) -> str:
        """File `doc` under a story and return the story's id (deterministic for a given order);
        `prepared` is `prepare(doc)` when an engine computed it already."""
        s = self.settings
        prepared = prepare(doc, s) if prepared is None else prepared
        language = doc.language = prepared.language
        when = _days(doc.published)
        if when is not None and (self._now is None or when > self._now):
            self._now = when
            self._retire()
        vector = self._vector(prepared.terms)
        scores = self._candidates(language, vector, when)
        best = scores[0] if scores and scores[0][0] >= s.threshold else None
        if best is None:
            story = self._open(story_id(doc.id), language)
            self.events.append(StoryEvent("open", story.id, [doc.id]))
        else:
            story = self._stories[best[1]]
            self.events.append(StoryEvent("join", story.id, [doc.id]))
        self._absorb(story, doc.id, vector, when)
        if best is not None:
            for other in self._neighbours(story, [sid for _, sid in scores]):
                story = self._merge(story, self._stories[other])
            story = self._split(story) or story
        self._evict()
        return story.id

    def add_many(self, docs: Iterable[Document]) -> list[str]:
        return [self.add(doc) for doc in docs]

    def _candidates(self, language: str, vector: dict[str, float], when: float | None) -> list[tuple[float, str]]:
        """The `candidates` active stories sharing terms with `vector` whose centroids are nearest (cosine),
        each scored by the better of that cosine and the nearest of its latest members, with a time penalty;
        best first."""
        s = self.settings
        postings = self._index.get(language, {})
        dots: dict[str, float] = {}
        for term, weight in vector.items():
            for sid, there in postings.get(term, {}).items():
                dots[sid] = dots.get(sid, 0.0) + weight * there
        cosines = [(dot / self._stories[sid].norm, sid) for sid, dot in dots.items()]
        ranked = heapq.nsmallest(s.candidates, cosines, key=lambda kv: (-kv[0], kv[1]))
        scored = []
        for cosine, sid in ranked:
            story = self._stories[sid]
            # A follow-up may resemble the latest report more than the story's average: take the better.
            nearest = max((_dot(vector, member) for member in story.recent), default=0.0)
            score = max(cosine, nearest * s.member_weight)
            if when is not None and story.last is not None:  # an undated side is no evidence of distance
                score -= s.time_penalty * min(1.0, abs(when - story.last) / s.quiet_days)
            scored.append((score, sid))
        scored.sort(key=lambda kv: (-kv[0], kv[1]))
        return scored[: s.candidates]

    def _neighbours(self, story: _Story, candidates: list[str]) -> list[str]:
        """Of the document's other candidate stories, those whose centroid has a cosine >= `merge_threshold`
        with this one's: one event. Why only the candidates: a join moves the centroid towards the document,
        so the stories it comes close to are the ones the document itself resembled; looking wider cost a
        pass over the index per join for no merge more on the DUC streams."""
        near = []
        for sid in candidates:
            other = self._stories.get(sid)
            if sid != story.id and other is not None and \
                    _dot(story.centroid, other.centroid) / (story.norm * other.norm) >= self.settings.merge_threshold:
                near.append(sid)
        return sorted(near)

    def _absorb(self, story: _Story, doc_id: str, vector: dict[str, float], when: float | None) -> None:
        self._add_to_centroid(story, vector)
        if story.size < self.settings.split_core:
            _add_to(story.core, vector, self.settings.story_terms)
        story.size += 1
        story.documents.append(doc_id)
        story.recent = [*story.recent, vector][-self.settings.story_members:]
        if when is not None:
            self._date(story, when)

    def _add_to_centroid(self, story: _Story, vector: dict[str, float]) -> None:
        """centroid += vector; only the postings of the terms that changed or were dropped are touched."""
        postings = self._index.setdefault(story.language, {})
        dropped = _add_to(story.centroid, vector, self.settings.story_terms)
        for term in vector:
            weight = story.centroid.get(term)
            if weight is not None:
                postings.setdefault(term, {})[story.id] = weight
        self._unpost(story, dropped)
        story.norm = _norm(story.centroid)

    def _date(self, story: _Story, when: float) -> None:
        """A dated member arrived: the story's latest time moves, and a story dated for the first time enters
        the heap that retirement and eviction read (its entry is refreshed lazily, see `_quietest`)."""
        if story.last is None:
            self._undated.discard(story.id)
            heapq.heappush(self._quiet, (when, story.id))
            story.last = when
        else:
            story.last = max(story.last, when)

    def _merge(self, into: _Story, other: _Story) -> _Story:
        """Fold the smaller story into the larger (ties: the older id), recording a merge event."""
        if (other.size, into.id) > (into.size, other.id):
            into, other = other, into
        self._unpost(other, list(other.centroid))
        self._add_to_centroid(into, other.centroid)
        if into.size < self.settings.split_core:  # a core still forming takes the other's in
            _add_to(into.core, other.core, self.settings.story_terms)
        into.size += other.size
        into.recent = (into.recent + other.recent)[-self.settings.story_members:]
        into.documents.extend(other.documents)
        if other.last is not None:
            self._date(into, other.last)
        del self._stories[other.id]
        self._undated.discard(other.id)  # (its heap entry, if any, is dropped when it reaches the top)
        # `story` is where the documents now sit (the store moves them there), `other` the story folded in.
        self.events.append(StoryEvent("merge", into.id, list(other.documents), other.id))
        return into

    def _split(self, story: _Story) -> _Story | None:
        """When the story's latest members (past its core) no longer match the core but do match each other,
        they leave to open a story of their own, recorded as a split; returns that story, else None.

        Why this test: a story grows by chaining (each document joins what the last ones look like), so a
        later event of the same kind can be pulled in piece by piece; its pieces then resemble each other
        more than they resemble the story's first members. Cheap: at most `story_members` dot products.
        """
        s = self.settings
        if not story.core:
            return None
        first = len(story.documents) - len(story.recent)  # index in `documents` of recent[0]
        tail = [i for i in range(len(story.recent)) if first + i >= s.split_core]  # members past the core
        core_norm = _norm(story.core)
        if _dot(story.recent[-1], story.core) / core_norm >= s.split_threshold:  # the newest must have drifted
            return None
        drifted = [i for i in tail if _dot(story.recent[i], story.core) / core_norm < s.split_threshold]
        if len(drifted) < s.split_min or drifted[-1] != len(story.recent) - 1:  # the newest member must be one
            return None
        group: dict[str, float] = {}
        for i in drifted:
            _add_to(group, story.recent[i], None)
        # Each drifted member would join the others' story (the join threshold, against the rest of the group).
        for i in drifted:
            others = {t: w - story.recent[i].get(t, 0.0) for t, w in group.items()}
            if _dot(story.recent[i], others) / _norm(others) < s.threshold:
                return None
        # What stays: the centroid without the drifted members. The two parts must be apart by the merge
        # rule's measure too, else the next join would merge them back.
        rest = dict(story.centroid)
        for i in drifted:
            for term, weight in story.recent[i].items():
                if term in rest:
                    rest[term] -= weight
        rest = {t: w for t, w in rest.items() if w > 1e-9}
        if _dot(group, rest) / (_norm(group) * _norm(rest)) >= s.merge_threshold:
            return None
        moved = [story.documents[first + i] for i in drifted]
        vectors = [story.recent[i] for i in drifted]
        self._unpost(story, [t for t in story.centroid if t not in rest])
        story.centroid = rest
        postings = self._index[story.language]
        for term, weight in rest.items():
            postings[term][story.id] = weight
        story.norm = _norm(rest)
        story.size -= len(moved)
        gone = set(moved)
        story.documents = [d for d in story.documents if d not in gone]
        story.recent = [v for i, v in enumerate(story.recent) if i not in drifted]
        new = self._open(story_id(moved[0]), story.language)
        for doc_id, vector in zip(moved, vectors):
            self._absorb(new, doc_id, vector, story.last)
        # `story` is where the documents now sit (the store moves them there), `other` the story they left.
        self.events.append(StoryEvent("split", new.id, moved, story.id))
        return new

    def _open(self, sid: str, language: str) -> _Story:
        story = _Story(sid, language, {}, None, 0)
        self._stories[sid] = story
        self._undated.add(sid)
        return story

    def _restore(self, story: _Story) -> None:
        """An active story read back from a state: into the stories, the index and the quiet heap."""
        self._stories[story.id] = story
        postings = self._index.setdefault(story.language, {})
        for term, weight in story.centroid.items():
            postings.setdefault(term, {})[story.id] = weight
        story.norm = _norm(story.centroid)
        if story.last is None:
            self._undated.add(story.id)
        else:
            heapq.heappush(self._quiet, (story.last, story.id))

    def _unpost(self, story: _Story, terms: Iterable[str]) -> None:
        postings = self._index[story.language]
        for term in terms:  # (a term just added and dropped at once was never posted)
            members = postings.get(term)
            if members is not None and members.pop(story.id, None) is not None and not members:
                del postings[term]

    def _quietest(self) -> _Story | None:
        """The dated active story published longest ago (ties: the smaller id), its heap entry made current."""
        while self._quiet:
            last, sid = self._quiet[0]
            story = self._stories.get(sid)
            if story is None:  # merged away, or gone dormant
                heapq.heappop(self._quiet)
            elif story.last > last:  # a member arrived since the entry was made
                heapq.heapreplace(self._quiet, (story.last, sid))
            else:
                return story
        return None

    def _retire(self) -> None:
        """Stories quiet for longer than `quiet_days` go dormant: out of the index and the state."""
        horizon = (self._now or 0.0) - self.settings.quiet_days
        while (story := self._quietest()) is not None and story.last < horizon:
            self._dormant(story)

    def _evict(self) -> None:
        """Past `max_active` stories, the longest quiet go dormant (the undated first): the window's hard
        memory bound."""
        while len(self._stories) > self.settings.max_active:
            self._dormant(self._stories[min(self._undated)] if self._undated else self._quietest())

    def _dormant(self, story: _Story) -> None:
        self._unpost(story, list(story.centroid))
        del self._stories[story.id]
        self._undated.discard(story.id)
        self.events.append(StoryEvent("dormant", story.id, []))

    # -- state -----------------------------------------------------------------------------------
    def to_state(self) -> dict:
        """JSON-serialisable state: the active stories and the hashed document frequencies."""
        return {
            "version": 2,  # 2: stories keep their core (splits)
            "n": self._n,
            "now": self._now,
            "df": base64.b64encode(self.frequencies()).decode("ascii"),
            "stories": [_story_state(st) for st in self._stories.values()],
        }

    def frequencies(self) -> bytes:
        """The hashed document frequencies, compressed (fast zlib: a store writes them once per batch)."""
        return zlib.compress(self._df.tobytes(), 1)

    def changed_state(self, since: int) -> dict:
        """The part of the state that `events[since:]` changed: what a store writes after a batch instead of
        the whole `to_state` (which grows with the window). `stories` maps each story those events touched
        to its state, or to None once it has gone (dormant, merged away); `df` is `frequencies()`.

        Why events suffice: every change to a story (open, join, merge, split, dormant) records one naming it.
        """
        touched: dict[str, None] = {}
        for event in self.events[since:]:
            touched[event.story] = None
            if event.other is not None:
                touched[event.other] = None
        return {"n": self._n, "now": self._now, "df": self.frequencies(),
                "stories": {sid: _story_state(self._stories[sid]) if sid in self._stories else None for sid in touched}}

    @classmethod
    def from_state(cls, state: dict, settings: ClusterSettings | None = None) -> StoryClusterer:
        """From `to_state` (df as base64 text) or a store's rows (df as `frequencies()` bytes)."""
        self = cls(settings)
        self._n = state["n"]
        self._now = state["now"]
        packed = state["df"]
        df = np.frombuffer(zlib.decompress(base64.b64decode(packed) if isinstance(packed, str) else packed),
                           dtype=np.uint32)
        if len(df) != self.settings.buckets:
            raise ValueError(f"state has {len(df)} frequency buckets, settings ask for {self.settings.buckets}")
        self._df = df.copy()
        for item in state["stories"]:
            story = _Story(item["id"], item["language"], dict(item["centroid"]), item["last"], item["size"],
                           list(item["documents"]), recent=[dict(v) for v in item["recent"]],
                           core=dict(item.get("core", item["centroid"])))  # version 1 kept no core: the centroid
            self._restore(story)
        return self


def _story_state(story: _Story) -> dict:
    return {"id": story.id, "language": story.language, "centroid": story.centroid, "last": story.last,
            "size": story.size, "documents": story.documents, "recent": story.recent, "core": story.core}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Over the shared terms only (a set intersection in C: a few of 150), summed exactly (fsum: the same
    figure whatever order the set gives them in)."""
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


def _norm(vector: dict[str, float]) -> float:
    return math.hypot(*vector.values()) or 1.0


def _add_to(total: dict[str, float], vector: dict[str, float], limit: int | None) -> list[str]:
    """`total` += `vector`, then (with a `limit`) only the `limit` largest terms kept (ties: the earlier
    kept, a stable sort); returns the terms dropped."""
    for term, weight in vector.items():
        total[term] = total.get(term, 0.0) + weight
    if limit is None or len(total) <= limit:
        return []
    ranked = sorted(total, key=total.__getitem__, reverse=True)
    for term in ranked[limit:]:
        del total[term]
    return ranked[limit:]


def story_id(doc_id: str) -> str:
    """A story is named after the document that opened it: stable across engines and reruns."""
    return "story-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def _order(doc: Document) -> tuple[str, str]:
    return (doc.published or "", doc.id)


def cluster_batch(docs: Sequence[Document], settings: ClusterSettings | None = None,
                  prepared: Sequence[Prepared] | None = None) -> dict[str, str]:
    """Batch mode: re-cluster a whole corpus; document id -> story id.

    The corpus is replayed in publication order through the online clusterer; each document ends in
    the story its events (joins, merges, splits) leave it in. `prepared`, when given, holds
    `prepare(doc)` of each of `docs`, in their order.
    """
    clusterer = StoryClusterer(settings)
    for n in sorted(range(len(docs)), key=lambda n: _order(docs[n])):  # stable: as sorted(docs) would
        clusterer.add(docs[n], prepared[n] if prepared is not None else None)
    return where_documents_are(clusterer.events)


def where_documents_are(events: Iterable[StoryEvent]) -> dict[str, str]:
    """Document id -> the story it sits in after `events` (in order): opens and joins place documents,
    merges and splits move them."""
    story_of: dict[str, str] = {}
    for event in events:
        for doc_id in event.documents:
            story_of[doc_id] = event.story
    return story_of
