"""Near-duplicates and copies: who reuses whose text, found by blocking, never by comparing all pairs.

Two blocking schemes, each near-linear in the number of documents:

- MinHash LSH over 5-word shingles finds duplicate, near-duplicate and reuse candidates; each
  candidate pair is then measured exactly (Jaccard, and containment: "B reuses most of A").
- An index of outlet names finds attributed rewrites: a report that paraphrases another and names
  its outlet as its source ("as first reported by The Harbor Gazette"). Paraphrase shares few
  5-word shingles, so the candidate is confirmed on 3-word shingles, above what independent
  reports of the same event share.

The MinHash is a vectorised numpy one (a stable CRC-32 token hash combined into shingle hashes,
multiply-shift permutations), about ten times faster than hashing shingles one by one.
"""

from __future__ import annotations

import bisect
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import numpy as np

from newsweave import lexicon
from newsweave.model import CopyRelation, Document
from newsweave.outlets import outlet_key
from newsweave.settings import current as _settings

# Fixed seed: signatures, hence candidates and output, are the same on every run and machine.
SEED = 20250304

_reporting = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting
_names = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).names
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W_]+")
_MASK32 = np.uint64(0xFFFFFFFF)
_SHINGLE_MULT = np.uint64(0x100000001B3)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_BAND_MULT = np.uint64(0x9E3779B97F4A7C15)


def find_copies(docs: Sequence[Document]) -> list[CopyRelation]:
    """Copy relations among `docs`, ordered by the position of the original, then of the copy."""
    shingler = Shingler()
    order = _originality_order(docs)
    outlets = _Outlets.of(docs)
    cited: dict[int, set[str]] = {}
    stand_in = _exact_copies(docs, order)

    def token_lists() -> Iterator[list[str]]:
        """Each text tokenised once, for its MinHash and for the outlets it cites; an exact copy signs nothing
        (its text's most original document stands in for it)."""
        for k, doc in enumerate(docs):
            if k in stand_in and outlets is None:
                yield []
                continue
            tokens = shingler.tokens(doc.text)
            if outlets is not None and (found := outlets.cited_in(doc.text, tokens, own=outlet_key(doc.source))):
                cited[k] = found
            yield [] if k in stand_in else tokens

    signatures, signed = minhash_signatures(token_lists(), len(docs), shingler)
    relations: dict[tuple[int, int], CopyRelation] = {
        _pair_key(k, first): CopyRelation(docs[first].id, docs[k].id, "duplicate", 1.0, 1.0)
        for k, first in stand_in.items()}
    sets: dict[int, np.ndarray] = {}
    for i, j in candidate_pairs(signatures, signed, order):
        for k in (i, j):
            if k not in sets:
                sets[k] = shingler.shingle_set(docs[k].text, _settings().dedupe.shingle_words)
        relation = _label_pair(docs, i, j, sets[i], sets[j], order)
        if relation is not None:
            relations[_pair_key(i, j)] = relation
    for copy, original, reused_3_shingles in _attributed_rewrites(docs, cited, outlets, shingler, order):
        key = _pair_key(copy, original)
        if key not in relations and reused_3_shingles < _settings().dedupe.rewrite_min_reused:
            continue
        kind = relations[key].kind if key in relations else "rewrite"
        for k in (copy, original):
            if k not in sets:
                sets[k] = shingler.shingle_set(docs[k].text, _settings().dedupe.shingle_words)
        relations[key] = _oriented(docs, original, copy, sets, kind=kind)
        relations[key].cites_original = True
    position = {doc.id: k for k, doc in enumerate(docs)}
    return sorted(relations.values(), key=lambda r: (position[r.original], position[r.copy]))


def _exact_copies(docs: Sequence[Document], order: np.ndarray) -> dict[int, int]:
    """Each document whose text another has exactly -> the most original of them.

    Why: wire copies of one text are common (one agency story in hundreds of outlets). Each is a duplicate
    of the most original; linking each to every other adds nothing a reader can use and costs the square
    of the group (up to `bucket_all_pairs`), so the group is linked as a star and only its most original
    text is signed and compared with the other documents.
    """
    groups: dict[str, list[int]] = {}
    for k, doc in enumerate(docs):
        if _WORD.search(doc.text):
            groups.setdefault(doc.text, []).append(k)
    stand_in: dict[int, int] = {}
    for members in groups.values():
        first = min(members, key=order.__getitem__)
        stand_in.update((k, first) for k in members if k != first)
    return stand_in


class Shingler:
    """Word shingles as stable 64-bit hashes; token hashes (CRC-32) are cached across documents."""

    def __init__(self) -> None:
        self._token_hash: dict[str, int] = {}

    @staticmethod
    def tokens(text: str) -> list[str]:
        return _WORD.findall(text.lower())

    def token_hashes(self, tokens: list[str]) -> np.ndarray:
        cache = self._token_hash
        for token in set(tokens).difference(cache):
            cache[token] = zlib.crc32(token.encode("utf-8"))
        return np.array(list(map(cache.__getitem__, tokens)), dtype=np.uint64)

    def shingles(self, text: str | list[str], width: int) -> np.ndarray:
        """Hashes of every `width`-token window (one window of all tokens when there are fewer)."""
        tokens = self.token_hashes(self.tokens(text) if isinstance(text, str) else text)
        count = len(tokens) - width + 1
        if len(tokens) == 0:
            return tokens
        if count <= 0:
            width, count = len(tokens), 1
        hashes = tokens[:count].copy()
        for offset in range(1, width):
            hashes = hashes * _SHINGLE_MULT + tokens[offset : offset + count]
        hashes ^= hashes >> np.uint64(31)
        hashes *= _MIX
        hashes ^= hashes >> np.uint64(29)
        return hashes

    def shingle_set(self, text: str, width: int) -> np.ndarray:
        return np.unique(self.shingles(text, width))


def minhash_signatures(token_lists: Iterable[list[str]], count: int, shingler: Shingler) -> tuple[np.ndarray, np.ndarray]:
    """(count x dedupe.num_perm uint32 MinHash signatures, mask of documents that have any shingle)."""
    rng = np.random.default_rng(SEED)
    mult = rng.integers(1, 2**63, size=_settings().dedupe.num_perm, dtype=np.uint64) | np.uint64(1)
    add = rng.integers(0, 2**63, size=_settings().dedupe.num_perm, dtype=np.uint64)
    signatures = np.full((count, _settings().dedupe.num_perm), 0xFFFFFFFF, dtype=np.uint32)
    signed = np.zeros(count, dtype=bool)
    block: list[np.ndarray] = []
    rows: list[int] = []
    pending = 0
    for k, tokens in enumerate(token_lists):
        hashes = shingler.shingles(tokens, _settings().dedupe.shingle_words)
        if len(hashes):
            block.append(hashes & _MASK32)
            rows.append(k)
            pending += len(hashes)
        if pending >= _settings().dedupe.signature_block or (k == count - 1 and block):
            _sign_block(block, rows, mult, add, signatures)
            signed[rows] = True
            block, rows, pending = [], [], 0
    return signatures, signed


def _sign_block(block: list[np.ndarray], rows: list[int], mult: np.ndarray, add: np.ndarray, out: np.ndarray) -> None:
    """Multiply-shift hashing of 32-bit shingle hashes under dedupe.num_perm seeds, minimum per document."""
    values = np.concatenate(block)
    starts = np.cumsum([0] + [len(b) for b in block[:-1]])
    permuted = np.multiply.outer(values, mult)
    permuted += add
    permuted >>= np.uint64(32)
    out[rows] = np.minimum.reduceat(permuted, starts, axis=0).astype(np.uint32)


def candidate_pairs(signatures: np.ndarray, signed: np.ndarray, order: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (i < j) that share at least one LSH band, sorted; `order` ranks originality for big buckets."""
    members = np.flatnonzero(signed)
    codes: list[np.ndarray] = []
    n = np.int64(len(signatures))
    rows = _settings().dedupe.rows
    for band in range(_settings().dedupe.bands):
        columns = signatures[members, band * rows : (band + 1) * rows].astype(np.uint64)
        keys = columns[:, 0]
        for r in range(1, rows):
            keys = keys * _BAND_MULT ^ columns[:, r]
        sort = np.argsort(keys, kind="stable")
        sorted_keys = keys[sort]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        sizes = np.diff(np.r_[starts, len(sorted_keys)])
        pairs_start = starts[sizes == 2]
        first = members[sort[pairs_start]]
        second = members[sort[pairs_start + 1]]
        codes.append(np.minimum(first, second) * n + np.maximum(first, second))
        for start, size in zip(starts[sizes > 2], sizes[sizes > 2], strict=True):
            codes.append(_bucket_codes(members[sort[start : start + size]], order, n))
    if not codes:
        return []
    unique = np.unique(np.concatenate(codes).astype(np.int64))
    return [(int(c // n), int(c % n)) for c in unique]


def _bucket_codes(bucket: np.ndarray, order: np.ndarray, n: np.int64) -> np.ndarray:
    """All pairs of a small bucket; a star around its most original member for a big one."""
    if len(bucket) <= _settings().dedupe.bucket_all_pairs:
        left, right = np.triu_indices(len(bucket), k=1)
        first, second = bucket[left], bucket[right]
    else:
        anchor = bucket[np.argmin(order[bucket])]
        second = bucket[bucket != anchor]
        first = np.full(len(second), anchor)
    return np.minimum(first, second).astype(np.int64) * n + np.maximum(first, second)


def _label_pair(
    docs: Sequence[Document], i: int, j: int, set_i: np.ndarray, set_j: np.ndarray, order: np.ndarray
) -> CopyRelation | None:
    shared = np.intersect1d(set_i, set_j, assume_unique=True).size
    if not shared:
        return None
    jaccard = shared / (len(set_i) + len(set_j) - shared)
    if jaccard >= _settings().dedupe.duplicate_jaccard:
        kind = "duplicate"
    elif jaccard >= _settings().dedupe.near_duplicate_jaccard:
        kind = "near-duplicate"
    elif shared / min(len(set_i), len(set_j)) >= _settings().dedupe.reuse_containment:
        kind = "reuse"
    else:
        return None
    original, copy = (i, j) if order[i] < order[j] else (j, i)
    reused = shared / len(set_j if copy == j else set_i)
    return CopyRelation(docs[original].id, docs[copy].id, kind, round(jaccard, 4), round(reused, 4))


def _oriented(
    docs: Sequence[Document], original: int, copy: int, sets: dict[int, np.ndarray], kind: str
) -> CopyRelation:
    """The relation with `copy` as the copy: the citing report, whatever dates and lengths say."""
    shared = np.intersect1d(sets[original], sets[copy], assume_unique=True).size
    union = len(sets[original]) + len(sets[copy]) - shared
    jaccard = shared / union if union else 0.0
    reused = shared / len(sets[copy]) if len(sets[copy]) else 0.0
    return CopyRelation(docs[original].id, docs[copy].id, kind, round(jaccard, 4), round(reused, 4))


def _pair_key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _originality_order(docs: Sequence[Document]) -> np.ndarray:
    """Rank of each document as an original: earlier publication first, then longer text, then input order.

    Documents without a date rank by length alone among themselves and after dated ones only
    when compared with them (a pair needs both dates for the date to decide).
    """
    published = [_timestamp(doc.published) for doc in docs]
    ranked = sorted(
        range(len(docs)),
        key=lambda k: (published[k] is None, published[k] or 0.0, -len(docs[k].text), k),
    )
    rank = np.empty(len(docs), dtype=np.int64)
    rank[ranked] = np.arange(len(docs))
    return rank


def _timestamp(value: str | None) -> float | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


@dataclass(frozen=True, slots=True)
class _OutletName:
    source: str  # the outlet's key: its name's letters, lowercased ("harborgazette")
    tokens: tuple[str, ...]  # lowercased tokens to find in a text
    short_form: bool  # a lone distinctive word counts only as "the Gazette": after "the", capitalised


@dataclass(slots=True)
class _Outlets:
    """The story's outlets: their reports in date order, and the names a text may cite them by."""

    timelines: dict[str, _OutletTimeline]
    index: _NameIndex
    published: list[float | None]

    @classmethod
    def of(cls, docs: Sequence[Document]) -> _Outlets | None:
        """None when fewer than two outlets: one outlet cannot rewrite another."""
        by_source: dict[str, list[int]] = {}
        display: dict[str, str] = {}
        for k, doc in enumerate(docs):
            key = outlet_key(doc.source)
            if key:
                by_source.setdefault(key, []).append(k)
                display.setdefault(key, doc.source)
        index: _NameIndex = {}
        for name in _outlet_names(display):
            index.setdefault(name.tokens[0], {}).setdefault(len(name.tokens), {}).setdefault(name.tokens, []).append(name)
        if len(by_source) < 2 or not index:
            return None
        published = [_timestamp(doc.published) for doc in docs]
        timelines = {key: _OutletTimeline.of(members, published) for key, members in by_source.items()}
        return cls(timelines, index, published)

    def cited_in(self, text: str, lower: list[str], own: str) -> set[str]:
        """Outlets other than `own` named in `text` (tokens `lower`) next to a citation cue."""
        return _cited_sources(text, lower, self.index, own)


def _attributed_rewrites(
    docs: Sequence[Document], cited: dict[int, set[str]], outlets: _Outlets | None, shingler: Shingler, order: np.ndarray
) -> Iterator[tuple[int, int, float]]:
    """(citing report, cited report, share of the citing report's 3-shingles in the cited one)."""
    if outlets is None:
        return
    sets: dict[int, np.ndarray] = {}

    def shingle_set(k: int) -> np.ndarray:
        if k not in sets:
            sets[k] = shingler.shingle_set(docs[k].text, _settings().dedupe.rewrite_shingle_words)
        return sets[k]

    for k in sorted(cited):
        if not len(shingle_set(k)):
            continue
        for source in sorted(cited[k]):
            scored = [
                (np.intersect1d(shingle_set(k), shingle_set(other), assume_unique=True).size / len(shingle_set(k)), other)
                for other in _nearest(outlets.timelines[source], k, outlets.published)
            ]
            if scored:
                reused, best = max(scored, key=lambda item: (item[0], -order[item[1]]))
                yield k, best, reused


def _outlet_names(display: dict[str, str]) -> list[_OutletName]:
    """The ways a text may name each outlet: full name, run-together name, distinctive lone word."""
    tokens = {key: _name_tokens(name, key) for key, name in display.items()}
    owners: dict[str, set[str]] = {}
    for key, words in tokens.items():
        for word in words:
            owners.setdefault(word, set()).add(key)
    names = []
    for key, words in tokens.items():
        names.append(_OutletName(key, words, short_form=False))
        if len(words) > 1:
            names.append(_OutletName(key, (key,), short_form=False))
        else:
            names.extend(
                _OutletName(key, (key[:cut], key[cut:]), short_form=False)
                for cut in range(_settings().dedupe.min_name_part, len(key) - _settings().dedupe.min_name_part + 1)
            )
        names.extend(
            _OutletName(key, (word,), short_form=True)
            for word in words
            if len(words) > 1 and len(word) >= _settings().dedupe.min_name_part + 1 and word not in _names.GENERIC_OUTLET_WORDS and owners[word] == {key}
        )
    return names


def _name_tokens(name: str, key: str) -> tuple[str, ...]:
    """Lowercased words of an outlet's name without a leading "the"; a domain is one word, its key."""
    words = _NAME_WORD.findall(name.lower())
    if "." in name and " " not in name.strip():
        return (key,)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


# First token -> name length -> full token tuple -> the names spelled so: one dict probe per length,
# however many outlets share a first token ("report" in run-together names).
_NameIndex = dict[str, dict[int, dict[tuple[str, ...], list[_OutletName]]]]


def _cited_sources(text: str, lower: list[str], index: _NameIndex, own: str) -> set[str]:
    """Outlets other than `own` named in `text` next to a citation cue ("according to", "first reported", ...)."""
    hits = index.keys() & set(lower)
    if not hits:
        return set()
    words: list[str] | None = None  # original case, only needed for short forms ("the Gazette")
    cited: set[str] = set()
    for start, word in enumerate(lower):
        if word not in hits:
            continue
        for length, spelled in index[word].items():
            end = start + length
            for name in spelled.get(tuple(lower[start:end]), ()):
                if name.source == own or name.source in cited:
                    continue
                if name.short_form:
                    words = words or _WORD.findall(text)
                    if not (start > 0 and lower[start - 1] == "the" and words[start][0].isupper()):
                        continue
                if not _reporting.CITATION_CUES.isdisjoint(lower[max(0, start - _settings().dedupe.citation_window) : end + _settings().dedupe.citation_window]):
                    cited.add(name.source)
    return cited


@dataclass(frozen=True, slots=True)
class _OutletTimeline:
    """One outlet's reports sorted by date and by input position, for nearest-report look-ups by bisection."""

    by_date: list[tuple[float, int]]  # (timestamp, index) of the dated reports
    by_index: list[int]  # every report's index, ascending

    @classmethod
    def of(cls, members: list[int], published: list[float | None]) -> _OutletTimeline:
        dated = sorted((published[k], k) for k in members if published[k] is not None)
        return cls(by_date=dated, by_index=sorted(members))  # type: ignore[arg-type]


def _nearest(timeline: _OutletTimeline, k: int, published: list[float | None]) -> list[int]:
    """The cited outlet's reports closest to report `k` in publication date, then in input order.

    Only the neighbours of `k` in the outlet's sorted lists are ranked, so a look-up costs
    O(log n) however many reports the outlet has.
    """
    reach = _settings().dedupe.rewrite_candidates_per_source + 1
    mine = published[k]
    pool: set[int] = set()
    if mine is not None and timeline.by_date:
        at = bisect.bisect_left(timeline.by_date, (mine, k))
        pool.update(other for _, other in timeline.by_date[max(0, at - reach) : at + reach])
    if len(pool) <= _settings().dedupe.rewrite_candidates_per_source:
        at = bisect.bisect_left(timeline.by_index, k)
        pool.update(timeline.by_index[max(0, at - reach) : at + reach])

    def distance(other: int) -> tuple[float, int]:
        theirs = published[other]
        days = abs(mine - theirs) if mine is not None and theirs is not None else float("inf")
        return days, abs(other - k)

    return sorted((other for other in pool if other != k), key=distance)[:_settings().dedupe.rewrite_candidates_per_source]
