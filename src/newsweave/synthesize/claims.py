"""Claims: the story's statements aligned across documents, each with its members' stances.

Two reports carry the same claim when their sentences mean the same thing and talk about the
same things. Meaning comes from sentence embeddings (`Embedder`); "the same things" from the
numbers, names and entities the sentences share, and from their content words. The pair score
is the cosine plus weighted overlaps, and with claims.sentence_weight (off by default, on in the
DUC-calibrated profile) the weighted cosine of the whole sentences a clause was cut from;
sentences are grouped by average-linkage agglomerative clustering cut at a calibrated score.

No n x n matrix is ever held (issue 14: a pile of 949 pages, tens of thousands of sentences,
ended in a segmentation fault in dense score matrices). `PairScorer` computes scores a block of
fixed size at a time; clustering keeps only the pairs that reach the cut, as a sparse graph, and
runs average linkage inside each connected component of it. That is exact: an average-linkage
merge above the cut needs at least one pair above the cut between the two groups, so no claim
spans two components. A component too large to cluster densely (`MAX_COMPONENT_ROWS`) is split
in reading order, and said so on the log. Memory is linear in the sentences; time is still
quadratic in the number of them (every pair is scored once, a block at a time).

A sentence often carries more than one claim: its subordinate clauses and participles are
aligned beside its main clause (`propositions`), a unit that contains a claim's words joins it
(containment), and a precise figure ("$212 million", "3:10 p.m.", "1,200 residents") repeated
across reports holds its sentences in one claim (`_anchored_claims`), and a unit that scores
close enough with all of another claim joins it too (`_join_stated_claims`).

A denial names its denier as the dossier's entity (parties.PartyNamer.speaker_of): a pronoun is resolved
through the attribution or the denial just before it, and a negation nobody can be named as
saying is a negative statement, not a denial (issue 12).

Embeddings score a claim and its denial alike (DESIGN.md), so stance decides which is which:
denying sentences (stance.py) are grouped by what they deny (the complement the parse shows:
"denied <that any protests had occurred>, although ..."), then each group is paired with the
claim it scores closest to among those one of whose sentences holds most of the denied words
beyond names (claims.denial_containment; sharing "Lower Quay" is not denying the flooding), and
attached to it as its denials. "X denied the report", "that theory was rejected" deny what the
report said just before. A denial no claim holds is no claim's denial: like a negation that pairs
with none, it becomes a claim of its own, reported by its speaker (and stays its report's quote
and attribution). A negation ("did not see
the report until Monday") is a denial only when it pairs closely with an asserted claim;
otherwise it is a negative statement, a claim of its own. A denial that says no content of its
own (`_unstated`: a quote calling something "disinformation", "I've never heard of that") denies
what its report's earlier denial denies, else its report's lead claim; a bare "No." answering
"Asked whether X" denies X, in its own sentence or the one before it ("Peskov was asked whether
X. 'No,' he said.": the question and its answer are one denial by the party asked, `_asked`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from spacy.tokens import Doc, Token

from newsweave.annotate import nlp
from newsweave.annotate.quote_marks import CLOSING_DOUBLE, STRAIGHT_DOUBLE, inside_quote
from newsweave.lexicon.en import figures as _figure_words
from newsweave.lexicon.en import grammar as _grammar
from newsweave.lexicon.en import hedging as _hedging
from newsweave.model import Attribution, Claim, ClaimMember, CopyRelation, Document, Entity
from newsweave.read.dateline import dateline_end
from newsweave.synthesize import stance as stance_rules
from newsweave.synthesize.embed import Embedder
from newsweave.synthesize.parties import PartyNamer, named
from newsweave.synthesize.sentences import Sentence, bare_answer, with_stop
from newsweave.settings import current as _settings

# Openers of a subordinate clause that states an event of its own (`propositions`): a
# subordinating conjunction, or a participle after a comma (", flooding more than 300 homes").
# "as" and "since" open a clause only before a subject ("as the surge arrived", not "as fully
# operational", "since 2022"); "such as", "as well as", "according", "including" are no clauses.
_SUBORDINATE = re.compile(
    r"(?<![\w-])(?i:after|before|until|because|when|while|although|though|whereas|why)\s+"
    r"|(?<![\w-])(?<!such )(?<!as well )(?:as|since|As|Since)\s+(?=(?:the|a|an|his|her|its|their|our|it|he|she|they|we|[A-Z][a-z]+)\b)"
    r"|(?:,|\band)\s+(?=(?P<participle>(?!according|including|during|nothing|something|anything|everything|morning|evening)[a-z]+ing\b))"
)
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_figure_words.NUMBER_WORDS) + r")\b")
# A count and the plural noun it counts, up to four words on ("2 of the barrier's 4 steel gates",
# "2 middle gates"); a lookahead, so both counts of "2 of the 4 gates" are found.
_COUNTED = re.compile(r"(?=(?<![\d,.$])\b(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[a-z\d-]+(?:['’]s)?\s+){0,4}?)([a-z]{3,}s|people)\b)")
# A plural noun and a list of numbers: "gates 2 and 3", "counts 1, 4 and 7".
_LISTED = re.compile(r"\b([a-z]{3,}s)\s+(\d+(?:,\s*\d+)*,?\s+and\s+\d+)\b")
_OF_TOTAL = re.compile(r"\b\d+\s+of\s+(?:[a-z]+(?:['’]s)?\s+){0,3}$")  # "2 of the barrier's " before "4 gates"
_PARTITIVE = re.compile(r"\b(\d+) of (?:them|these|those)\b")
_DIGITS = re.compile(r"\d+")
_MONEY = re.compile(r"\$(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion))?")
_CLOCK = re.compile(r"\b(\d{1,2}:\d{2})\s*(a\.m\.|p\.m\.|am\b|pm\b)?", re.IGNORECASE)
# A count: digits (not a money amount, a time or a decimal), up to two modifiers, a plural noun.
_COUNT = re.compile(r"(?<![\d$.,:])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,:]\d)\s+(?:[A-Za-z-]+\s+){0,2}?"
                    r"(people|men|women|children|[a-z]{3,}s)\b")
_COMPARATIVE = re.compile(r"\b[Aa]s\s+(?:[\w-]+\s+){1,2}$")
_POSSESSIVE = re.compile(r"['’]s$")  # "Sunday's surge" names Sunday
_COMMA = re.compile(r",\s")  # a comma between words, not inside "1,200"
_AUXILIARY = re.compile(r"\b(?:" + "|".join(sorted(_grammar.AUXILIARIES)) + r")\b")
_LIST_ITEM = re.compile(r",\s+[^\W\d_]+(?:-[^\W\d_]+)*\s*$")  # "..., monitor" before ", and manage"
# Two people each named with what they are, joined as one subject: "Kurt Volker, former special envoy to
# Kyiv, and Tim Morrison, another top NSC aide, testified ..."; "Andrew Golden, 11, and Mitchell Johnson,
# 13, were convicted". The joint ends a name's apposition and the next name opens one: no clause ends there.
_NAMED = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_APPOSED_NAME_ENDS = re.compile(rf"(?:^|\s){_NAMED},\s+[^,]+$")
_APPOSED_NAME_OPENS = re.compile(rf"^{_NAMED},\s+[^,]+,\s+\S")
# A subject of at most four words, then an apposition that ends in a name, then the verb in lower case.
_SUBJECT_APPOSITION = re.compile(rf"^(?:[\w'’-]+\s+){{0,3}}[\w'’-]+,\s+(?!(?:which|who|whose|that|where|when)\b)(?:[^,]*?\s)??({_NAMED}),\s+[a-z]")
# The lowercase words a list of names may hold: "the Fed Cup and Davis Cup Finals" is no clause.
_PHRASE_WORDS = _grammar.DETERMINERS | _grammar.PREPOSITIONS | {"and", "or"}
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
# "..., and whether a crewed 2024 moon mission is even feasible" is a second object of the verb before (an
# indirect question), never a clause of its own: the web pile showed it as a claim three reports "carried".
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while)\s+(?!(?:that|to|who|which|whose|whether)\b)")
_COORDINATED = re.compile(r",\s+(?:and|but|while)\s+$")  # a joint that may close a list instead: the parse decides
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})

# Content words are compared by stem: the first suffix of these that leaves three letters is cut,
# then the word is cut to claims.stem_letters (6, the crude stem the weights above were calibrated with).
_SUFFIXES = ("ies", "ing", "ed", "es", "s", "e")
_WORD = re.compile(r"\$?\d[\d,.]*\d|\$?\d|[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "mr", "ms", "mrs"}
# Word forms that may signal a denial or a refusal to comment ("declined to say"): only sentences
# with one of these are parsed for stance ("failed" is no refusal to comment: "the gates failed to close").
_DENIAL_TRIGGERS = frozenset(
    {f for lemma in stance_rules.DENIAL_LEMMAS | (stance_rules.REFUSAL_LEMMAS - {"fail"}) for f in (
        lemma, lemma + "s", lemma + "d", lemma + "ed", lemma + "ing", lemma[:-1] + "ies", lemma[:-1] + "ied",
        lemma[:-1] + "ing", lemma + "als")}
    | stance_rules.REFUTATION_WORDS
    | stance_rules.NEGATION_WORDS
    | {"n't", "cannot"}
)
# Appositions and non-restrictive relative clauses ("Kestrel Marine Works, the contractor that
# built the barrier, said ...") describe a name, not the claim: every report repeats them, so
# they are left out of what is embedded and overlapped (key claims with right documents 9 -> 11).
# A unit's whole text still counts for containment: "Ruiz, who ordered the review, said ...".
_PARENTHETICAL = re.compile(r",\s+(?:the|a|an|which|who|whose)\s[^,;]*,")
_SUBJECT_BEFORE = re.compile(r"\b(it|he|she|they|we)\s+$", re.IGNORECASE)
_SPEAKER_PRONOUN = re.compile(r"(?:that\s+)?(?:it|he|she|they|we)\b", re.IGNORECASE)
_HEDGES = _hedging.HEDGE_WORDS | {"according"}
# The question a bare "No." answers: "Asked whether <Russia had requested military aid>, Peskov said: 'No.'";
# "Reporters asked the spokesman if <...>." (a few words between, none opening a what/how/why question).
_QUESTION = re.compile(
    r"\b[Aa]sked\s+(?:(?!(?:" + "|".join(sorted(stance_rules.denial.OPEN_QUESTION_WORDS)) + r")\b)[^\s,;:]+\s+){0,4}?(?:"
    + "|".join(sorted(stance_rules.denial.QUESTION_MARKS)) + r")\s+([^,;:]+?)[.?]?(?=[,;:]|$)"
)
# How a unit accuses a party (`_accuses`): it says the party is accused, after its name ("was accused of", "has been
# charged with") or before it ("accusing"), or it names the party beside an accusing word.
_ACCUSED_AS = r"(?:was|were|is|are|has been|have been|had been|been|being|stands|stood)\s+(?:\w+ly\s+)?(?:accused|charged|blamed)\b"
_ACCUSING = r"(?:accus|blam)\w*"
_DIRECTLY, _BESIDE = "directly", "beside"
# What opens a denial's stated content after its cue: "rejected reports that ...", "a lie that ...".
_STATED = re.compile(r"^(?:(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?)\s+)?(?:that|to)\b", re.IGNORECASE)
# Score cells computed at once (`PairScorer.block`): 4M float32 cells, 16 MB per temporary.
BLOCK_CELLS = 4_000_000
# Largest group of rows clustered by dense average linkage: its condensed distances take
# m^2/2 float64 cells (6,000 rows: 144 MB). A connected component beyond it is split.
MAX_COMPONENT_ROWS = 6_000
# The diagonal of a score block: above any pair score (cosine, two overlaps, a count bonus) at the
# default weights (`PairScorer.self_score` raises it when the weights sum higher).
_SELF_SCORE = 5.0
_log = logging.getLogger(__name__)


class CachedEmbedder:
    """An Embedder that remembers its vectors, so the brief reuses the claims stage's work."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.vectors: dict[str, np.ndarray] = {}

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(s for s in sentences if s not in self.vectors))
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing), strict=True):
                self.vectors[text] = vector
        if not sentences:
            return self.inner.encode([])
        return np.stack([self.vectors[s] for s in sentences])


def align_claims(
    docs: Sequence[Document],
    sentences: Sequence[Sentence],
    attributions: Sequence[Attribution],
    relations: Sequence[CopyRelation],
    embedder: Embedder,
    entities: Sequence[Entity] = (),
) -> list[Claim]:
    """The story's claims, largest first.

    Units are sentences cut at main-clause joints (`clauses`); each is a member or a denial of
    one claim by clustering its main clause, a member of every claim one of its subordinate
    clauses clusters with (`propositions`), and of every other claim whose content it contains
    (a compound or complex sentence carries several claims).

    `relations` are not needed to align (a copy carries the claim like any report); they are
    taken so the signature stays the one the pipeline calls, and sources.py collapses copies.
    """
    del relations  # alignment treats copies as reports; counting them is sources.py's job
    known = {d.id for d in docs}
    whole = {(s.doc, s.index): s for s in sentences if s.doc in known}
    sentences = clause_units([s for s in sentences if s.doc in known])
    if not sentences:
        return []
    members, deniers, refusing = _members(sentences, attributions, PartyNamer(docs, entities, attributions=attributions))
    texts = {d.id: d.text for d in docs}
    for member in members:  # a unit rebuilt with its shared head (`clauses`) is scored so; its member quotes the report
        member.text = texts[member.doc][member.start:member.end]
    _free_disputed_accounts(members, sentences)
    # Rows to cluster: each unit's main clause (row i is unit i), then its subordinate clauses.
    rows, unit_of = [], list(range(len(sentences)))
    subordinate: list[Sentence] = []
    for i, unit in enumerate(sentences):
        main, parts = propositions(unit) if members[i].stance != stance_rules.DENIES else (unit, [])
        rows.append(main)
        subordinate.extend(parts)
        unit_of.extend([i] * len(parts))
    rows.extend(subordinate)
    vectors = embedder.encode([_core(r.text) for r in rows])
    scores = PairScorer(rows, vectors, entities, context=_sentence_vectors(rows, whole, embedder))

    denying = [i for i, m in enumerate(members) if m.stance == stance_rules.DENIES]
    # A refusal to comment says nothing of the matter it was asked about: it joins only other refusals.
    # A question states nothing ("What tariffs has the United States imposed?", a subheading of three
    # reports in the web pile, was a claim they "corroborated"), nor does a lead-in to what follows it: they
    # join no claim.
    apart = refusing | {i for i, unit in enumerate(sentences) if _question(unit.text) or _lead_in(unit.text)}
    asserting = [r for r in range(len(rows)) if members[unit_of[r]].stance != stance_rules.DENIES and unit_of[r] not in apart]
    groups = [g for g in _clusters(scores, asserting) if _claims_something(g, len(sentences), rows)]
    owner = {i: g for g, group in enumerate(groups) for i in group if i < len(sentences)}
    denials: dict[int, list[int]] = defaultdict(list)
    unpaired: list[int] = []
    said = dict(zip(denying, stance_rules.denied_contents([sentences[i].text for i in denying], [members[i].cue for i in denying]), strict=True))
    for i, content in said.items():  # "At no point did we say ...": a party denying something of itself is scored by its name
        if content is not None and _SPEAKER_PRONOUN.match(content.text) and not named(members[i].speaker) and i in deniers:
            members[i].speaker = deniers[i]
    content_scores = _denied_content_scores(denying, members, rows, vectors, embedder, entities, said)
    claim_names = [set().union(*(_first_names(members[unit_of[r]]) for r in group)) for group in groups]
    for group in _denial_groups(content_scores, denying, members, sentences):
        target = _denied_claim(group, members, sentences, content_scores, groups, owner, claim_names, said)
        if target is None:
            unpaired.extend(group)
        else:
            denials[target].extend(group)
    for i in unpaired:  # a negative statement in its own right: it asserts (or reports) the negation
        members[i].stance = stance_rules.REPORTS if members[i].authority or members[i].speaker else stance_rules.ASSERTS
    for group in _clusters(scores, unpaired) + _clusters(scores, sorted(refusing)):
        groups.append(list(group))

    centrals = [list(dict.fromkeys(unit_of[group[k]] for k in _ranked(scores, group, lambda k, g=group: g[k] < len(sentences), lambda k, g=group: -rows[g[k]].index)))
                for group in groups]
    units = [sorted({unit_of[r] for r in group}) for group in groups]
    carried = _contained_members(units, sentences, members, apart)
    _join_stated_claims(scores, groups, units, carried, asserting, unit_of, sentences, apart)
    for group in _anchored_claims(units, carried, sentences, members, apart):
        units.append(group)
        carried.append([])
        centrals.append([group[k] for k in _ranked(scores, group, None, lambda k, g=group: -sentences[g[k]].index)])
    for i, name in deniers.items():  # named only now: the speaker as written is what denied contents are scored with
        if members[i].stance == stance_rules.DENIES:
            members[i].speaker = name
    claims: list[Claim] = []
    shown: set[str] = set()  # the statements the claims made so far show
    seen: dict[tuple[int, frozenset[int]], Claim] = {}  # a unit's main and subordinate clauses may cluster alike
    for g in sorted(range(len(units)), key=lambda g: -len(set(units[g] + carried[g]))):
        held = set(units[g] + carried[g])
        denied = [members[i] for i in sorted(denials.get(g, []), key=lambda i: (sentences[i].doc, sentences[i].index))]
        if (same := seen.get((centrals[g][0], frozenset(held)))) is not None:
            same.denials.extend(d for d in denied if d not in same.denials)
            continue
        claims.append(Claim(
            id="",
            text=_shown(centrals[g], sentences, shown, whole),
            members=[members[i] for i in sorted(held, key=lambda i: (sentences[i].doc, sentences[i].index, sentences[i].start))],
            denials=denied,
        ))
        seen[(centrals[g][0], frozenset(held))] = claims[-1]
        shown.add(claims[-1].text)
    claims = _without_contained_claims(claims)
    claims.sort(key=lambda c: (-len(c.documents), -len(c.members), c.members[0].doc, c.members[0].start))
    for number, claim in enumerate(claims, 1):
        claim.id = f"c{number}"
    return claims


def _without_contained_claims(claims: list[Claim]) -> list[Claim]:
    """The claims less each one of two or more reports whose every statement another claim holds too.

    Such a claim is the same fact said again ("About 1,200 people had to leave their homes" beside
    "About 1,200 residents were evacuated", whose members include all of its own): a reader would see
    it twice, and the pairs it aligns are the larger claim's already. Its denials move to the larger
    claim. A claim of one report stays: a sentence carried into a bigger claim still states its own fact,
    unless the bigger claim shows that very sentence (a reader would see one line twice, DUC D0617H).
    """
    spans = [{(m.doc, m.start, m.end) for m in claim.members} for claim in claims]
    holders: dict[tuple[str, int, int], set[int]] = defaultdict(set)
    for c, members in enumerate(spans):
        for span in members:
            holders[span].add(c)
    kept: list[Claim] = []
    for c, claim in enumerate(claims):
        within = set.intersection(*(holders[span] for span in spans[c])) - {c}
        if len(claim.documents) < 2:
            within = {o for o in within if claims[o].text == claim.text}
        # the largest holder (the first of equals), which is itself kept: a denial moved is never dropped
        larger = max((o for o in within if len(spans[o]) > len(spans[c]) or o < c), key=lambda o: (len(spans[o]), -o), default=None)
        if larger is None:
            kept.append(claim)
        else:
            claims[larger].denials.extend(d for d in claim.denials if d not in claims[larger].denials)
    return kept


def _sentence_vectors(rows: Sequence[Sentence], whole: dict[tuple[str, int], Sentence], embedder: Embedder) -> np.ndarray | None:
    """Each row's whole sentence embedded (a clause's context), or None when claims.sentence_weight is 0.

    A clause cut from its sentence loses what the sentence is about ("..., flooding more than 300
    homes" says whose flood only with its main clause): the cosine of the rows' whole sentences
    is weighed in beside the rows' own (`PairScorer`). The embedder sees each sentence once.
    """
    if _settings().claims.sentence_weight <= 0:
        return None
    texts = [whole.get((r.doc, r.index), r).text for r in rows]
    distinct = list(dict.fromkeys(texts))
    vectors = embedder.encode(distinct)
    at = {text: k for k, text in enumerate(distinct)}
    return np.asarray(vectors, dtype=np.float32)[[at[t] for t in texts]]


def _join_stated_claims(
    scores: PairScorer,
    groups: list[list[int]],
    units: list[list[int]],
    carried: list[list[int]],
    asserting: list[int],
    unit_of: list[int],
    sentences: Sequence[Sentence],
    apart: set[int],
) -> None:
    """A unit of another report joins (in `carried`) every claim it states, not only the one it was clustered in.

    Clustering gives each row one claim, but a sentence often states several facts that other
    reports state one at a time ("the 1993 murder of black teenager Stephen Lawrence" is the
    murder, its date and the victim's race). A row joins a claim when its mean score with the
    claim's rows reaches claims.join_threshold; a joined unit does not recruit others, so claims
    overlap without chaining. A claim of refusals to comment (`apart`: they and questions) recruits nobody.
    """
    threshold = _settings().claims.join_threshold
    if not groups or threshold <= 0:
        return
    candidates = np.array(asserting, dtype=np.int64)
    step = max(1, BLOCK_CELLS // max(len(candidates), 1))
    for g, group in enumerate(groups):
        if len(group) < 2 and len({sentences[unit_of[r]].doc for r in group}) < 2 or all(unit_of[r] in apart for r in group):
            continue
        docs = {sentences[i].doc for i in units[g]} | {sentences[i].doc for i in carried[g]}
        means = np.concatenate([scores.block(candidates[b:b + step], group).mean(axis=1) for b in range(0, len(candidates), step)])
        for r in candidates[means >= threshold]:
            unit = unit_of[int(r)]
            if sentences[unit].doc not in docs:
                carried[g].append(unit)
                docs.add(sentences[unit].doc)


def _question(text: str) -> bool:
    """Whether a unit is a question: it ends in a question mark, inside closing quotes or not."""
    return text.rstrip().rstrip(CLOSING_DOUBLE + STRAIGHT_DOUBLE + "’'").endswith("?")


def _lead_in(text: str) -> bool:
    """Whether a unit only introduces what follows it: it ends in a colon ("Here are some of the biggest
    things to look out for:", "The following little scene ensued:"; 101 claims of the web pile's 13,149
    were such, shown as "...:.")."""
    return text.rstrip().endswith(":")


def _claims_something(group: list[int], units: int, rows: Sequence[Sentence]) -> bool:
    """A cluster makes a claim when it holds a main clause, or subordinate clauses of two reports;
    a subordinate clause alone is part of its sentence's own claim."""
    return any(r < units for r in group) or len({rows[r].doc for r in group}) >= 2


def propositions(unit: Sentence) -> tuple[Sentence, list[Sentence]]:
    """The unit's main clause, and the subordinate clauses that state events of their own.

    News packs a second event into a subordinate clause ("residents were evacuated after two
    of the four gates failed to close"), a participle ("..., flooding more than 300 homes and
    forcing about 1,200 people from their homes") or a clause in front ("As the surge arrived,
    gates 2 and 3 stalled"): the main clause is what the sentence asserts first, and each such
    clause of at least claims.clause_min_words words is aligned too, so the sentence joins its claim.
    A clause opened after a comma or at the start ends at the next comma; one opened inside
    the main clause runs to the next clause opener or the end.
    """
    text, cuts = unit.text, []
    for match in _SUBORDINATE.finditer(text):
        begin = match.start()
        if text[begin:begin + 2].lower() == "as" and _COMPARATIVE.search(text, 0, begin):
            continue  # "as far away as Lima", "as many as 40": a comparison, not a clause
        fronted = begin == 0 or text[:begin].rstrip().endswith(",")
        comma = _COMMA.search(text, match.end()) if fronted or match.group("participle") else None
        comma = comma.start() if comma else -1
        cuts.append((begin, match.end() if not match.group("participle") else match.start("participle"), comma))
    if not cuts:
        return unit, []
    parts, removed = [], []
    for n, (begin, body, comma) in enumerate(cuts):
        if begin < (removed[-1][1] if removed else 0):
            continue  # inside the previous clause
        stop = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        if comma != -1 and comma < stop:
            stop = comma
        clause = text[body:stop].strip(" ,;")
        if len(_WORD.findall(clause)) >= _settings().claims.clause_min_words:
            offset = body + (len(text[body:stop]) - len(text[body:stop].lstrip(" ,;")))
            parts.append(Sentence(unit.doc, unit.start + offset, unit.start + offset + len(clause), clause, unit.index))
            removed.append((begin, stop))
    if not parts:
        return unit, []
    kept, at = [], 0
    for begin, stop in removed:
        kept.append(text[at:begin])
        at = stop
    kept.append(text[at:])
    main = re.sub(r"\s*,(\s*,)+", ",", " ".join(k.strip() for k in kept if k.strip(" ,;")))
    main = re.sub(r"[\s,;]+([.!?]?)$", r"\1", main).lstrip(" ,;")
    if len(_WORD.findall(main)) < _settings().claims.clause_min_words:
        return unit, parts
    return Sentence(unit.doc, unit.start, unit.end, main, unit.index), parts


def clause_units(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Every sentence's units (`clauses`). A sentence cut at ", and", ", but" or ", while" is parsed
    and cut again with its parse, so a list is not taken for two clauses ("higher Chinese purchases of US farm
    goods, promises of improved access ..., and pledges to protect intellectual property are enough", the web
    pile: its first half alone said something else); the others, most sentences, are not parsed."""
    units = [clauses(s) for s in sentences]
    coordinated = [i for i, cut in enumerate(units) if any(_COORDINATED.search(sentences[i].text[:u.start - sentences[i].start]) for u in cut[1:])]
    for i, parsed in zip(coordinated, nlp.parse(sentences[i].text for i in coordinated), strict=True):
        units[i] = clauses(sentences[i], parsed)
    return [unit for cut in units for unit in cut]


def clauses(sentence: Sentence, parsed: Doc | None = None) -> list[Sentence]:
    """The sentence cut at its main-clause joints into units that each state one thing.

    A unit keeps its sentence's index (its place in the document) and its own character span.
    A coordinated phrase with no subject and verb of its own (", and for economic help ...") is
    never a unit alone: it is rebuilt with the subject and verb it shares ("Russia has asked China"
    + "for economic help ...") when the clause before has the same preposition, else kept in its clause.
    A quotation is never cut: '"I want to know who knew what, and when they knew it," Ruiz said' is
    one statement of hers, and its second half alone is no claim; nor is a subject of two people each
    named with what they are ("Kurt Volker, former special envoy to Kyiv, and Tim Morrison, ..., testified"),
    nor, given the sentence's `parsed` text, the last item of a list (`_closes_list`).
    """
    text, pieces, begin, head, fragment = sentence.text, [], 0, "", False
    for joint in _CLAUSE_BREAK.finditer(text):
        if inside_quote(text[:joint.start()]):
            continue
        before, after = text[begin:joint.start()], text[joint.end():]
        if len(_WORD.findall(before)) < _settings().claims.clause_min_words or len(_WORD.findall(after)) < _settings().claims.clause_min_words:
            continue
        if _APPOSED_NAME_ENDS.search(before) and _APPOSED_NAME_OPENS.match(after):
            continue  # two named people as one subject, not two clauses
        if _NOT_ONLY.search(before) and joint.group().lstrip(", ").startswith("but"):
            continue  # "not only A, but B" is one statement: "Apple not only caught up ..." alone is half of it
        if _names_alone(_CLAUSE_BREAK.split(after, maxsplit=1)[0]):
            continue  # the last item of a list of names ("..., the WTA and ATP Finals, and the Fed Cup and Davis Cup Finals")
        if parsed is not None and (_closes_list(parsed, joint.end()) or _opens_gerund(parsed, joint.end())):
            continue
        opening = next((w for w in after.split()[:2] if w.lower() not in _grammar.LINKING_ADVERBS), "")
        predicate = _opens_predicate(opening) or (parsed is not None and _conjoined_predicate(parsed, joint.end()))
        shared = _shared_head(head + before, after, predicate)
        if shared is None:
            continue  # a phrase that cannot stand alone and shares no head we can find: kept in its clause
        pieces.append((begin, joint.start(), head, fragment))
        begin, head, fragment = joint.end(), shared, predicate and not shared
        if shared and after.split(None, 1)[0].lower() in _grammar.LINKING_ADVERBS:  # "and then to Rome": drop "then"
            begin += len(after) - len(after.split(None, 1)[1])
    if not pieces:
        return [sentence]
    pieces.append((begin, len(text), head, fragment))
    return [Sentence(sentence.doc, sentence.start + b, sentence.start + e, _rebuilt(h, text[b:e], f), sentence.index)
            for b, e, h, f in pieces]


def _closes_list(parsed: Doc, start: int) -> bool:
    """Whether the part opening at character `start` is, by the parse, a noun phrase conjoined to a noun
    phrase before it: a list's last item ("..., and pledges to protect intellectual property"), not a clause."""
    return any(token.dep_ == "conj" and token.left_edge.idx == start and token.pos_ in _NOMINAL and token.head.pos_ in _NOMINAL
               for token in parsed)


def _opens_gerund(parsed: Doc, start: int) -> bool:
    """Whether the part opening at character `start` opens with a verb's -ing form: no clause of its own but
    a second item of what comes before ("pleaded guilty to threatening to murder a U.S. official, and being a
    felon in possession of firearms": cut there, "being a felon ..." was a claim two reports carried), or a
    phrase hung on it (", while leaving ...")."""
    token = _opening_word(parsed, start)
    return token is not None and token.tag_ == "VBG" and token.pos_ in ("VERB", "AUX")


def _opening_word(parsed: Doc, start: int) -> Token | None:
    """The first word of the part opening at character `start`, past a linking adverb ("and then said")."""
    return next((t for t in parsed if t.idx >= start and t.lower_ not in _grammar.LINKING_ADVERBS), None)


def _names_alone(part: str) -> bool:
    """Whether a part holds nothing in lower case but determiners, prepositions, "and" and "or": names, no verb."""
    return all(w[0].isdigit() or not w[0].islower() or w in _PHRASE_WORDS for w in _WORD.findall(part))


def _conjoined_predicate(parsed: Doc, start: int) -> bool:
    """Whether the part opening at character `start` is, by the parse, a verb conjoined to the verb before
    with no subject of its own ("She didn't give a date ..., but said SpaceX would fly Starship ...": an
    irregular past form that `_opens_predicate` cannot tell from a subject)."""
    token = _opening_word(parsed, start)
    return (token is not None and token.pos_ in ("VERB", "AUX") and token.dep_ == "conj"
            and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children))


def _shared_head(before: str, after: str, predicate: bool) -> str | None:
    """The subject and verb a coordinated phrase shares with the clause before it: "" when the phrase
    has its own (it opens with no preposition), the words before the same preposition in `before`
    ("Russia has asked China " for "for economic help"), the subject of `before` for a phrase that opens
    with its `predicate` ("Finland " for "has exhibited special interest ..."), None when there is none to
    share, or when the joint closes a list ("to evaluate, monitor, and manage the country's wetlands")."""
    words = after.split(None, 2)
    if words and words[0].lower() in _grammar.LINKING_ADVERBS and len(words) > 1:
        words = words[1:]
    if words and predicate:  # "..., and has exhibited", "..., but stressed": the subject before it
        return _subject(before) or ""
    if not words or words[0].lower() not in _grammar.PREPOSITIONS:
        return None if _LIST_ITEM.search(before) else ""  # "to evaluate, monitor, and manage": a list
    said = [w.lower() for w in _WORD.findall(after)]
    if any(w in _grammar.SUBJECT_PRONOUNS and (k == 0 or said[k - 1] not in _grammar.SUBORDINATORS) for k, w in enumerate(said)):
        return ""  # "in Cuba it destroyed 300 homes": a clause of its own behind a fronted phrase, cut as one
    found = re.search(rf"(?<!\w){re.escape(words[0].lower())}\b", before, re.IGNORECASE)
    if not found or len(_WORD.findall(before[:found.start()])) < 2:
        return None
    return before[:found.start()]


def _opens_predicate(word: str) -> bool:
    """Whether a coordinated part opening with `word` has no subject of its own: an auxiliary ("and has
    exhibited") or a verb's past form in lower case ("but stressed the need to investigate", DUC 2006
    D0617H, cut off its sentence as "Stressed the need ...")."""
    return word.lower() in _grammar.AUXILIARIES or (word.islower() and len(word) > 3 and word.endswith("ed"))


def _subject(clause: str) -> str | None:
    """The words before a clause's first auxiliary ("Finland " of "Finland has funded ..."), which a
    coordinated "and has exhibited ..." shares; None when no auxiliary follows a short subject, or
    when a comma stands before it ("In the documents, which were made public ...": no subject)."""
    found = _AUXILIARY.search(clause)
    if found is None or "," in clause[:found.start()] or not 1 <= len(_WORD.findall(clause[:found.start()])) <= _settings().claims.shared_subject_max_words:
        return None
    return clause[:found.start()]


def _rebuilt(head: str, phrase: str, fragment: bool) -> str:
    """The phrase with its shared head, capitalised: a statement a reader can read alone; a `fragment` (a part
    that opens with its predicate and shares no subject found) stays as written, in lower case, a fragment
    a reader is shown by its whole sentence (`_readable`)."""
    if fragment:
        return phrase
    phrase = head + phrase
    return phrase[:1].upper() + phrase[1:]


class PairScorer:
    """Pair scores of sentences, a block at a time: cosine plus weighted key-token and content-word
    overlap (`_SetCosines`, idf-weighted when claims.idf_overlaps), plus claims.sentence_weight times the
    cosine of the rows' whole sentences (`context`, when given), plus `count_weight` (default: claims.count_weight) where two sentences of
    different reports count the same things (`_same_counts`), less `same_document_penalty` (default: claims.same_document_penalty) within
    one report. A sentence scores `_SELF_SCORE` with itself. The key overlap leaves out the story's subject
    (`_without_subject`; default: claims.subject_share).

    What is kept is linear in the sentences: their vectors, sparse incidence rows and the sparse
    pairs that count the same things; `block` computes the rows x cols scores asked for.
    """

    def __init__(
        self, sentences: Sequence[Sentence], vectors: np.ndarray, entities: Sequence[Entity] = (), count_weight: float | None = None,
        context: np.ndarray | None = None, same_document_penalty: float | None = None, subject_share: float | None = None,
    ) -> None:
        claims = _settings().claims
        share = claims.subject_share if subject_share is None else subject_share
        self.count_weight = claims.count_weight if count_weight is None else count_weight
        self.context = None if context is None or claims.sentence_weight <= 0 else np.asarray(context, dtype=np.float32)
        self.sentence_weight = claims.sentence_weight if self.context is not None else 0.0
        self.key_weight, self.lexical_weight = claims.key_weight, claims.lexical_weight
        self.penalty = claims.same_document_penalty if same_document_penalty is None else same_document_penalty
        keys = _without_subject(_key_tokens(sentences, entities), share)
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.keys = _SetCosines(keys, claims.idf_overlaps)
        self.words = _SetCosines([_content_words(_core(s.text)) for s in sentences], claims.idf_overlaps)
        codes: dict[str, int] = {}
        self.docs = np.array([codes.setdefault(s.doc, len(codes)) for s in sentences], dtype=np.int64)
        self.counts = _same_counts(sentences, keys) if self.count_weight else None
        self.size = len(sentences)
        # above any pair score, whatever the weights
        self.self_score = max(_SELF_SCORE, 1 + self.sentence_weight + self.key_weight + self.lexical_weight + self.count_weight)

    def block(self, rows: Sequence[int] | np.ndarray, cols: Sequence[int] | np.ndarray) -> np.ndarray:
        """The float32 scores of `rows` (one matrix row each) against `cols`."""
        square = rows is cols  # one slice of each sparse matrix serves both sides
        rows = np.asarray(rows, dtype=np.int64)
        cols = rows if square else np.asarray(cols, dtype=np.int64)
        scores = self.vectors[rows] @ self.vectors[cols].T
        if self.context is not None:
            scores += self.sentence_weight * (self.context[rows] @ self.context[cols].T)
        scores += self.key_weight * self.keys.block(rows, cols) + self.lexical_weight * self.words.block(rows, cols)
        same_document = self.docs[rows][:, None] == self.docs[cols][None, :]
        if self.counts is not None:
            scores += self.count_weight * (self.counts[rows][:, cols].toarray() * ~same_document)
        scores[same_document] -= self.penalty
        scores[rows[:, None] == cols[None, :]] = self.self_score
        return scores

    def pairs_above(self, rows: Sequence[int], threshold: float) -> csr_matrix:
        """The pairs of `rows` (positions k in `rows`) scoring at least `threshold`, as a sparse
        0/1 graph; computed `BLOCK_CELLS` at a time, so memory grows with the pairs kept, not n^2.
        A row keeps its claims.max_close_pairs closest: only a page of near-alike lines has more (8 pages
        of 1,500 lines of the same ten words held 144 million pairs, 8.2 GB), and the linkage inside a
        component still reads every pair's score."""
        rows = np.asarray(rows, dtype=np.int64)
        most = _settings().claims.max_close_pairs
        step = max(1, BLOCK_CELLS // max(len(rows), 1))
        found_rows, found_cols = [], []
        for begin in range(0, len(rows), step):
            block = self.block(rows[begin:begin + step], rows)
            close = block >= threshold
            crowded = np.flatnonzero(close.sum(axis=1) > most)
            if len(crowded):
                closest = np.argpartition(-block[crowded], most - 1, axis=1)[:, :most]
                close[crowded] = False
                close[crowded[:, None], closest] = True
            a, b = np.nonzero(close)
            found_rows.append(a + begin)
            found_cols.append(b)
        a, b = np.concatenate(found_rows), np.concatenate(found_cols)
        return coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(len(rows), len(rows))).tocsr()


def _without_subject(keys: list[set[str]], share: float) -> list[set[str]]:
    """The key sets without the names (entity ids, capitalised words) in more than `share` of them, in a
    story of at least claims.subject_min_rows rows: the story's subject, which two rows share whatever
    facts they state. Numbers and counts stay: "gates 2 and 3" is the fact, however often it is told."""
    if share <= 0 or len(keys) < _settings().claims.subject_min_rows:
        return keys
    frequency = Counter(item for items in keys for item in items if not item[0].isdigit())
    subject = {item for item, n in frequency.items() if n > share * len(keys)}
    return [items - subject for items in keys] if subject else keys


class _SetCosines:
    """|A ∩ B| / sqrt(|A||B|) of sets, for a block of pairs at a time, through a sparse incidence
    matrix; with `idf`, each item weighs its inverse document frequency among the sets.

    Sharing the story's central name or word says little (every report of a murder names its
    victim in most sentences); sharing a rare one says much. The weight is log((n + 1) / (df + 1))
    + 1 (scikit-learn's smoothed idf): an item of every set still weighs 1, one of a single set
    about log n + 1.
    """

    def __init__(self, sets: list[set[str]], idf: bool = False) -> None:
        self.matrix = _incidence(sets, {item: n for n, item in enumerate(set().union(*sets))}) if sets else None
        if self.matrix is not None and idf:
            frequency = np.bincount(self.matrix.indices, minlength=self.matrix.shape[1])
            self.matrix = self.matrix.multiply(np.log((len(sets) + 1) / (frequency + 1)) + 1.0).tocsr().astype(np.float32)
        squares = self.matrix.multiply(self.matrix).sum(axis=1) if self.matrix is not None else np.zeros(0)
        self.sizes = np.sqrt(np.asarray(squares, dtype=np.float32).ravel())
        self._right: tuple[np.ndarray, csr_matrix] | None = None  # the last columns' slice, transposed

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        if self.matrix is None:
            return np.zeros((len(rows), len(cols)), dtype=np.float32)
        left = self.matrix[rows]
        if rows is cols:
            right = left.T
        elif self._right is not None and self._right[0] is cols:  # every block of `pairs_above`: sliced once
            right = self._right[1]
        else:
            right = self.matrix[cols].T.tocsc()
            self._right = (cols, right)
        shared = (left @ right).toarray()
        norm = np.outer(self.sizes[rows], self.sizes[cols])
        return np.divide(shared, norm, out=np.zeros_like(shared), where=norm > 0)


def _ranked(scores: PairScorer, group: list[int], first: Callable[[int], object] | None, last: Callable[[int], object]) -> list[int]:
    """Positions in `group`, best first: the member scoring highest on average with the group leads;
    `first` and `last` (functions of the position) break ties before and after the score."""
    if len(group) == 1:  # most groups: nothing to score
        return [0]
    step = max(1, BLOCK_CELLS // len(group))
    means = np.concatenate([scores.block(group[b:b + step], group).mean(axis=1) for b in range(0, len(group), step)])
    return sorted(range(len(group)), key=lambda k: ((first(k),) if first else ()) + (float(means[k]), last(k)), reverse=True)


def _shown(ranked: list[int], sentences: Sequence[Sentence], taken: set[str], whole: dict[tuple[str, int], Sentence]) -> str:
    """The claim's statement: its most central unit, or the next whose words no larger claim shows.

    Two facts of one sentence ("the hydraulic systems ... had lost pressure minutes after the closing
    order was given at 3:10 p.m.": the failure and the closing time) make two claims with one central
    sentence, and a copy repeats its original's words: a reader must not see one statement twice.
    A report's opening statement is shown without its wire dateline (`dateline_end`), and a part
    whose subject is not known ("is usually associated with the aging process", `clauses`) by its
    whole sentence.
    """
    texts = (_as_sentence(_readable(sentences[i], whole)) for i in ranked)
    first = next(texts)
    return first if first not in taken else next((text for text in texts if text not in taken), first)


def _contained_members(
    groups: list[list[int]], sentences: Sequence[Sentence], members: list[ClaimMember], apart: set[int],
) -> list[list[int]]:
    """For each claim, the units of its other reports that contain one of its members' content
    (never a denial, a refusal to comment or a question, which do not state it, nor what a refusal
    or a question contains: `apart`).

    Shared words are counted for every (member, unit) pair at once through sparse incidence
    matrices, so the cost is a sparse product, not a Python loop over all pairs.
    """
    words = [_content_words(_core(s.text)) for s in sentences]  # what a member claims
    said = [_content_words(s.text) for s in sentences]  # what a unit says, its appositions included
    keys = [{w for w in ws if w[0].isdigit()} for ws in words]
    cores = [(g, i) for g, group in enumerate(groups) for i in group
             if len(words[i]) >= _settings().claims.contained_min_words and i not in apart]
    carried: list[list[int]] = [[] for _ in groups]
    if not cores:
        return carried
    vocabulary = {w: n for n, w in enumerate(set().union(*said, *words))}
    core_words = _incidence([words[i] for _, i in cores], vocabulary)
    core_keys = _incidence([keys[i] for _, i in cores], vocabulary)
    units = _incidence(said, vocabulary).T.tocsr()
    core_sizes = np.array([len(words[i]) for _, i in cores], dtype=np.float32)
    key_sizes = np.array([len(keys[i]) for _, i in cores], dtype=np.float32)
    states_not = np.array([m.stance == stance_rules.DENIES or i in apart for i, m in enumerate(members)])
    contained: dict[int, set[int]] = defaultdict(set)
    step = max(1, BLOCK_CELLS // len(sentences))
    for begin in range(0, len(cores), step):  # a block of cores at a time: never cores x units at once
        shared = (core_words[begin:begin + step] @ units).toarray()
        keys_in = (core_keys[begin:begin + step] @ units).toarray()
        contains = (shared >= _settings().claims.contained_share * core_sizes[begin:begin + step, None]) & (
            keys_in >= key_sizes[begin:begin + step, None]) & ~states_not[None, :]
        for row, j in zip(*np.nonzero(contains), strict=True):
            contained[cores[begin + row][0]].add(int(j))
    for g in dict.fromkeys(g for g, _ in cores):
        docs = {sentences[i].doc for i in groups[g]}
        for j in sorted(contained[g]):
            if sentences[j].doc not in docs:
                carried[g].append(j)
                docs.add(sentences[j].doc)
    return carried


def _anchored_claims(
    groups: list[list[int]], carried: list[list[int]], sentences: Sequence[Sentence], members: list[ClaimMember], apart: set[int],
) -> list[list[int]]:
    """Units that give one precise figure join one claim; returns the claims the figures make anew
    (not refusals to comment nor questions, `apart`).

    A precise figure (an amount of money, a time of day, a count of 100 or more of one kind of
    thing: `_figures`) repeated by several reports of one story names one fact, however each
    words the rest ("the $212 million barrier", "the barrier, which cost $212 million"). Every
    unit giving it joins (in `carried`) the claim most of whose members give it (of several, the
    one with the most members giving it: a one-sentence claim that names the figure in passing,
    "Investigators ... pored over the cockpit voice recorder ... killing all 217 people on board",
    is no home for the seven reports that say all 217 were killed, DUC 2006 D0617H), or, when no
    claim has it in most of its members, the units make a claim of their own.
    """
    figures = [_figures(s.text) if members[i].stance != stance_rules.DENIES and i not in apart else set() for i, s in enumerate(sentences)]
    giving: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(figures):
        for figure in found:
            giving[figure].append(i)
    claims = [set(group) | set(carried[g]) for g, group in enumerate(groups)]
    new: list[list[int]] = []
    for figure, units in sorted(giving.items()):
        if len({sentences[i].doc for i in units}) < 2:
            continue
        homes = [(given, given / len(claim), g) for g, claim in enumerate(claims)
                 if (given := sum(figure in figures[i] for i in claim)) / len(claim) > _settings().claims.figure_share]
        if not homes:  # the figure's own claim, which a later figure of the same units joins
            new.append(list(units))
            claims.append(set(units))
            continue
        best = max(homes)[2]
        if best < len(groups):
            carried[best].extend(i for i in units if i not in claims[best])
        else:
            new[best - len(groups)].extend(i for i in units if i not in claims[best])
        claims[best] |= set(units)
    return new


def _figures(text: str) -> set[str]:
    """The precise figures of a text: "$212 million" -> "$212million", "3:10 p.m." -> "3:10pm",
    "about 1,200 Lower Quay residents" -> "1200 person"; a year ("in 2019") is no figure."""
    found = {"$" + _number(m.group(1)) + (m.group(2) or "").lower() for m in _MONEY.finditer(text)}
    found |= {m.group(1) + (m.group(2) or "").replace(".", "").lower() for m in _CLOCK.finditer(text)}
    for m in _COUNT.finditer(text):
        number, noun = _number(m.group(1)), m.group(2).lower()
        if _year(m.group(1)):
            continue
        found.add(f"{number} {'person' if noun in _figure_words.COUNTED_PEOPLE else noun.rstrip('s')}")
    return found


def _year(digits: str) -> bool:
    """"2019" is a year, not a count; "2,019" is a count."""
    return "," not in digits and len(digits) == 4 and 1800 <= int(digits) <= 2100


def _free_disputed_accounts(members: list[ClaimMember], sentences: Sequence[Sentence]) -> None:
    """The sentence before "X disputed that account" is the account: a claim, not a denial.

    Such accounts often carry a contrast ("jammed by debris, not by any lapse") that reads
    as a negation; the anaphoric denial after them says which side they are on.
    """
    for i in range(1, len(members)):
        previous = members[i - 1]
        if (members[i].stance == stance_rules.DENIES and previous.stance == stance_rules.DENIES
                and sentences[i - 1].doc == sentences[i].doc and _anaphoric(sentences[i].text)):
            previous.stance = stance_rules.REPORTS if previous.authority or previous.speaker else stance_rules.ASSERTS


class _DeniedContents:
    """Scores of what denying units deny: `scores` holds the rows, then one probe per denying unit
    (`probe[i]` is unit i's)."""

    def __init__(self, scores: PairScorer, rows: Sequence[Sentence], denying: list[int], contents: list[str], speakers: list[str | None]) -> None:
        self.scores, self.rows = scores, len(rows)
        self.probe = {i: len(rows) + k for k, i in enumerate(denying)}
        self.words = [_content_words(r.text) for r in rows]
        # what each denial denies, less its names and its speaker's ("Iran's foreign ministry had
        # supplied ..."): the words a claim must share to be the one denied
        self.texts = dict(zip(denying, contents, strict=True))
        self.denied = {i: _content_words(text) - {_stem(w.lower()) for w in _WORD.findall(text) if w[0].isupper()} - _content_words(speaker or "")
                       for i, text, speaker in zip(denying, contents, speakers, strict=True)}

    def contained(self, units: list[int], rows: list[int], names: set[str]) -> bool:
        """Whether one of the rows holds more than claims.denial_containment of the content words one
        of the units denies, or that share and at least claims.denial_shared_words of them (names left
        out: "the people of Lower Quay" shares a place, not a claim), or one of `names`."""
        settings = _settings().claims
        return any(_covers(len(self.denied[i] & self.words[r]), len(self.denied[i]), settings.denial_containment, settings.denial_shared_words)
                   for i in units if self.denied[i] for r in rows) or any(names & self.words[r] for r in rows)

    def probe_of(self, row: int) -> int:
        """The position in `denying` of the probe at `row`."""
        return row - self.rows


def _covers(shared: int, total: int, share: float, enough: int) -> bool:
    """More than `share` of `total` words shared, or exactly that share when it is `enough` words:
    two of "religious people can't be scientific" is a subject in common, three of "investigators
    are increasingly convinced the jet was crashed deliberately" the content."""
    return shared > share * total or (shared >= share * total and shared >= enough)


def _denied_content_scores(
    denying: list[int],
    members: list[ClaimMember],
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    embedder: Embedder,
    entities: Sequence[Entity],
    said: dict[int, stance_rules.DeniedContent | None],
) -> _DeniedContents | None:
    """What each denying sentence denies, scored against every sentence and among themselves.

    Denials are grouped by what they deny, not by who denies it: "Okafor said the company had
    never received a warning about the seals" is closer to "Kestrel denied it had ever been
    told the seals were at risk" than to "Okafor did not attend", which the whole sentences,
    sharing the speaker's name, would not say.
    """
    if not denying:
        return None
    contents = [_denied_content(members[i], _asked(i, members, sentences), said.get(i)) for i in denying]
    probes = [Sentence(sentences[i].doc, sentences[i].start, sentences[i].end, text, -1) for i, text in zip(denying, contents, strict=True)]
    every = list(sentences) + probes
    # A denial pairs by what it denies, at thresholds set on meaning and overlap alone; a report's own
    # statement is no less likely to be what its denial denies ("... the report said. X denied it"):
    # no same-report penalty (on the odd DUC dev topics, denials on the claim they deny 15 -> 17 of 42 -> 45).
    # The story's subject stays in: a denial names what it denies in the story's own names ("Russia asked
    # China ...": "No."), and the denial cuts were set with it (the Russia-China test reports lose Peskov's
    # "No." without it).
    scores = PairScorer(every, np.vstack([vectors, embedder.encode(contents)]), entities, count_weight=0.0, same_document_penalty=0.0,
                        subject_share=0.0)
    return _DeniedContents(scores, sentences, denying, contents, [members[i].speaker for i in denying])


def _denied_content(member: ClaimMember, question: str | None, parsed: stance_rules.DeniedContent | None = None) -> str:
    """The question a negative answer answers (`_asked`), the complement of the denial verb or
    refutation as the parse shows it (`stance.denied_content`: "denied <it was expanding
    settlements>, saying ..."), the words after the denial cue ("denied that <it had been told
    ...>"), or the sentence.

    A pronoun opening the content is the speaker ("Kestrel denied that it had been told"):
    it is replaced by the speaker's name so the content matches claims about the speaker
    ("the findings were sent to Kestrel"). A negation keeps the pronoun subject before it,
    without the negation: "Kestrel insisted it never got any such warning" denies that
    "Kestrel got any such warning".
    """
    if question:
        return question
    if parsed is not None and len(_WORD.findall(parsed.text)) >= _settings().claims.min_content_words:
        return _named_opening(parsed.text, member.speaker)
    if member.cue:
        at, rest = _after_cue(member)
        subject = _SUBJECT_BEFORE.search(member.text, 0, at) if at > 0 else None
        if subject and member.cue.lower() in stance_rules.NEGATION_WORDS:
            rest = subject.group(1) + " " + rest
        if len(_WORD.findall(rest)) >= _settings().claims.min_content_words:
            return _named_opening(rest, member.speaker)
    return member.text


def _named_opening(content: str, speaker: str | None) -> str:
    """The content with an opening pronoun replaced by the speaker's name ("it had been told" -> "Kestrel had been told")."""
    opening = _SPEAKER_PRONOUN.match(content)
    return speaker + content[opening.end():] if opening and speaker else content


def _after_cue(member: ClaimMember) -> tuple[int, str]:
    """Where the member's cue starts in its text (-1: not found) and the words after it."""
    at = member.text.find(member.cue)
    return at, member.text[at + len(member.cue):].strip(" ,:") if at >= 0 else ""


def _unstated(member: ClaimMember) -> bool:
    """Whether a denial says no content of its own: a quote that calls something disinformation
    or lies without saying what ("The U.S. has been spreading disinformation"), or a negation of
    an anaphor ("I've never heard of that"). What it denies is what its report is about."""
    if not member.cue or member.cue.lower() in stance_rules.denial.NEGATIVE_ANSWERS or _QUESTION.search(member.text):
        return False  # a negative answer denies the question it answers (`_asked`)
    at, rest = _after_cue(member)
    if _STATED.match(rest):
        return False
    if member.cue.lower() in stance_rules.REFUTATION_WORDS:
        return inside_quote(member.text[:max(at, 0)])
    words = [w.lower() for w in _WORD.findall(rest.split('"')[0].split("”")[0])]
    return bool(set(words) & stance_rules.denial.ANAPHORIC_PRONOUNS) and len(set(words) - _STOP - _grammar.ANAPHORS) <= 1


def _asked(i: int, members: Sequence[ClaimMember], sentences: Sequence[Sentence]) -> str | None:
    """The yes/no question unit i's negative answer answers: asked in its own sentence ("Asked
    whether <...>, Peskov said: 'No.'"), or in the sentence before a bare quoted "No" of the same
    report ("Peskov was asked whether <...>. 'No,' he said.")."""
    if members[i].cue.lower() not in stance_rules.denial.NEGATIVE_ANSWERS:
        return None
    own = _QUESTION.search(sentences[i].text)
    if own:
        return own.group(1)
    before = _question_before(i, sentences)
    return _QUESTION.search(sentences[before].text).group(1) if before is not None else None


def _question_before(i: int, sentences: Sequence[Sentence]) -> int | None:
    """The unit of the sentence just before unit i (same report) that puts a yes/no question,
    when unit i is a bare quoted "No" ('"No," he said.'; 'His answer: "No."'); else None."""
    unit = sentences[i]
    if not bare_answer(unit.text) or _QUESTION.search(unit.text):
        return None
    j = i - 1
    while j >= 0 and sentences[j].doc == unit.doc and sentences[j].index >= unit.index - 1:
        if sentences[j].index == unit.index - 1 and _QUESTION.search(sentences[j].text):
            return j
        j -= 1
    return None


def _answered_questions(
    members: list[ClaimMember], sentences: Sequence[Sentence], deniers: dict[int, str], namer: PartyNamer,
) -> None:
    """"Peskov was asked whether Russia had requested military aid. 'No,' he said.": a bare "No"
    right after a reported yes/no question denies what it asks, said by the party asked (the
    answer's "he" is Peskov). The question goes with its answer as one denial told in two
    sentences: it carries no claim of its own."""
    for i, member in enumerate(members):
        before = _question_before(i, sentences)
        if before is None:
            continue
        asked = stance_rules.asked_party(sentences[before].text)
        if not named(member.speaker) and asked:
            member.speaker = asked
        name = namer.speaker_of(member)
        if name is None:
            continue
        answer = bare_answer(member.text) or ""
        for k in (before, i):
            members[k].stance, members[k].cue, members[k].speaker = stance_rules.DENIES, answer, member.speaker
            deniers[k] = name



def _members(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution], namer: PartyNamer,
) -> tuple[list[ClaimMember], dict[int, str], set[int]]:
    """Each sentence as a claim member: its overlapping attribution and its stance; the denying
    units' deniers, and the units that refuse to comment.

    Only sentences with a possible denial cue are parsed (stance.py needs the parse); the others
    report when an attribution or a hedge covers them and assert otherwise. That keeps the
    parse to about a third of a news story's sentences.
    """
    by_doc: dict[str, list[Attribution]] = defaultdict(list)
    for item in attributions:
        by_doc[item.doc].append(item)
    members = []
    for s in sentences:
        found = _overlapping(by_doc.get(s.doc, ()), s)
        members.append(ClaimMember(
            s.doc, s.start, s.end, s.text, stance_rules.ASSERTS,
            authority=found.authority if found else None,
            anonymous=found.anonymous if found else False,
            via=found.via if found else None,
        ))
    refusing: set[int] = set()
    deniers: dict[int, str] = {}  # the denier of each denying unit, as the dossier's entity (`PartyNamer.speaker_of`)
    to_parse = [i for i, s in enumerate(sentences) if _lowered_words(s.text) & _DENIAL_TRIGGERS]
    for i, found in zip(to_parse, stance_rules.stances(sentences[i].text for i in to_parse), strict=True):
        if found.label == stance_rules.DENIES and _inside_compound(found.cue, sentences[i].text):
            continue  # "low-lying" is not "lying"
        members[i].stance, members[i].cue, members[i].speaker = found.label, found.cue, found.speaker
        if found.refuses:
            refusing.add(i)
        if found.label == stance_rules.DENIES:
            name = namer.speaker_of(members[i])
            if name is None and not named(found.speaker) and (i - 1) in deniers and sentences[i - 1].doc == sentences[i].doc:
                name = deniers[i - 1]  # "Moss rejected that account. She said ...": Moss goes on denying
            if name is not None:
                deniers[i] = name
            elif _negation_cue(found.cue):  # a negation nobody is named saying
                members[i].stance = stance_rules.REPORTS if members[i].authority else stance_rules.ASSERTS
    _answered_questions(members, sentences, deniers, namer)
    _continued_denials(members, sentences, deniers)
    parsed = set(to_parse)
    for i, member in enumerate(members):
        if i in parsed or i in deniers:
            continue
        hedge = _lowered_words(member.text) & _HEDGES
        if member.authority or hedge:
            member.stance = stance_rules.REPORTS
            member.cue = next(iter(sorted(hedge)), "") if not member.authority else ""
            member.speaker = member.authority
    return members, deniers, refusing


def _continued_denials(members: list[ClaimMember], sentences: Sequence[Sentence], deniers: dict[int, str]) -> None:
    """"Moss rejected that account. She said her inspectors had found no damage ...": an absence
    that a pronoun goes on stating right after a denial of the same report continues that denial,
    by the same denier, though alone it would be a negative statement."""
    for i in range(1, len(members)):
        before, member = members[i - 1], members[i]
        opening = _WORD.findall(sentences[i].text[:12])[:1]
        if (member.stance != stance_rules.DENIES and before.stance == stance_rules.DENIES and (i - 1) in deniers
                and sentences[i - 1].doc == sentences[i].doc and opening and opening[0].lower() in _grammar.CONTINUING_PRONOUNS):
            # an absence the stance rules leave as a fact ("found no damage"); a negated "not" with a
            # pronoun speaker is a denial already, and "He did not say why" continues nothing
            negation = sorted(_lowered_words(member.text) & stance_rules.denial.ABSENCE_WORDS)
            if negation:
                member.stance, member.cue, member.speaker = stance_rules.DENIES, negation[0], before.speaker
                deniers[i] = deniers[i - 1]


def _negation_cue(cue: str) -> bool:
    return bool(set(_plain(cue).split()) & (stance_rules.NEGATION_WORDS | {"n't"}))


def _plain(cue: str) -> str:
    """A cue lowercased with a straight apostrophe: the tagger keeps the page's "n’t"."""
    return cue.lower().replace("’", "'")


def _inside_compound(cue: str, text: str) -> bool:
    """Whether a one-word cue occurs only inside hyphenated compounds of the text."""
    if not cue or " " in cue:
        return False
    spots = [m.start() for m in re.finditer(re.escape(cue), text)]
    return bool(spots) and all(at > 0 and text[at - 1] == "-" for at in spots)


def _overlapping(items: Sequence[Attribution], s: Sentence) -> Attribution | None:
    """The attribution sharing the most characters with the sentence, if any."""
    best, best_overlap = None, 0
    for item in items:
        overlap = min(item.end, s.end) - max(item.start, s.start)
        if overlap > best_overlap:
            best, best_overlap = item, overlap
    return best


def _clusters(scores: PairScorer, rows: Sequence[int], threshold: float | None = None) -> list[list[int]]:
    """Average-linkage groups of `rows` whose mean pair score reaches `threshold` (default:
    claims.claim_threshold), in the order of their first row.

    Linkage runs inside each connected component of the pairs reaching the threshold (less a
    rounding margin): the same groups as over all rows at once (see the module's docstring).
    """
    threshold = _settings().claims.claim_threshold if threshold is None else threshold
    rows = list(rows)
    if len(rows) <= 1:
        return [rows] if rows else []
    count, component = connected_components(scores.pairs_above(rows, threshold - 1e-3), directed=False)
    members: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(component):
        members[int(c)].append(k)
    label_of = np.zeros(len(rows), dtype=np.int64)
    next_label = 0
    for positions in members.values():
        for part in _parts(positions):
            labels = _linkage_labels(scores, [rows[k] for k in part], threshold)
            label_of[part] = labels + next_label
            next_label += int(labels.max()) + 1
    groups: dict[int, list[int]] = defaultdict(list)
    for row, label in zip(rows, label_of, strict=True):
        groups[int(label)].append(row)
    return list(groups.values())


def _parts(positions: list[int]) -> list[list[int]]:
    """A component as one part, or split in reading order when beyond MAX_COMPONENT_ROWS (logged)."""
    if len(positions) <= MAX_COMPONENT_ROWS:
        return [positions]
    _log.warning("claims: %d sentences are all connected by close pairs; clustered in parts of %d (claims may split at the seams)",
                 len(positions), MAX_COMPONENT_ROWS)
    return [positions[b:b + MAX_COMPONENT_ROWS] for b in range(0, len(positions), MAX_COMPONENT_ROWS)]


def _linkage_labels(scores: PairScorer, rows: list[int], threshold: float) -> np.ndarray:
    """Average-linkage labels (from 0) of `rows`, cut where the mean pair score falls below `threshold`."""
    if len(rows) == 1:
        return np.zeros(1, dtype=np.int64)
    top = 2.0 * (1 + scores.sentence_weight + scores.key_weight + scores.lexical_weight)
    distance = np.clip(top - scores.block(rows, rows), 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=top - threshold, criterion="distance")
    return labels.astype(np.int64) - 1


def _denial_groups(
    contents: _DeniedContents | None, denying: list[int], members: list[ClaimMember], sentences: Sequence[Sentence],
) -> list[list[int]]:
    """Denying units grouped by what they deny (`contents` scores their denied contents), a
    continuation in the group of the denial it continues.

    "Berg disputed that account. He told the council his staff had found no debris ..." is one
    denial told in two sentences: a denying unit whose speaker is a pronoun, right after a
    denying unit of the same report, denies what that one denies.
    """
    if contents is None:
        return []
    among = _clusters(contents.scores, [contents.probe[i] for i in denying], _settings().claims.denial_group_threshold)
    # a negation does not ride on a denial verb into its claim: each pairs at its own threshold
    groups = [[denying[contents.probe_of(r)] for r in found if _strong(members[denying[contents.probe_of(r)]]) == strong]
              for found in among for strong in (True, False)]
    groups = [group for group in groups if group]
    home = {i: g for g, group in enumerate(groups) for i in group}
    for i in denying:
        opening = _WORD.findall(sentences[i].text[:12])[:1]  # "She said her inspectors ...": the denier before goes on
        if opening and opening[0].lower() in _grammar.CONTINUING_PRONOUNS and (i - 1) in home and sentences[i - 1].doc == sentences[i].doc:
            before = i - 1
        elif _unstated(members[i]):  # "spreading disinformation": what the report's earlier denial denies
            before = next((j for j in reversed(denying) if j < i and sentences[j].doc == sentences[i].doc and not _unstated(members[j])), None)
        else:
            before = None
        if before is not None and home[i] != home[before]:
            groups[home[i]].remove(i)
            groups[home[before]].append(i)
            home[i] = home[before]
    return [group for group in groups if group]


def _denied_claim(
    group: list[int],
    members: list[ClaimMember],
    sentences: Sequence[Sentence],
    content_scores: _DeniedContents,
    claims: list[list[int]],
    owner: dict[int, int],
    claim_names: list[set[str]],
    said: dict[int, stance_rules.DeniedContent | None],
) -> int | None:
    """Index of the claim a group of denying sentences denies, or None when none is close enough.

    `claim_names` holds, per claim, the names first in its members (`_first_names`): a claim
    that names the denier first is the denier's own. A denial of "the report", "that theory"
    (`said`, stance.denied_content) denies what its report said just before. A plain negation
    denies only what was said of its speaker (`_negates_itself`): "'They haven't had to think about
    this,' said McDaniel" is a statement of hers, not a denial.
    """
    strong = any(_strong(members[i]) for i in group)
    stated = [i for i in group if not _unstated(members[i])]  # an unstated denial's words say nothing of the claim
    # a "No." to a reported question denies what was asked, in the reporter's words ("Asked whether Russia
    # had requested military assistance ..."): the question is paired by meaning alone
    answer = any(_asked(i, members, sentences) for i in stated)
    if not (strong or answer or any(_negates_itself(members[i]) for i in group)):
        return None
    # "Berg disputed that account": the sentence before
    before = next((i - 1 for i in group if (said.get(i) is not None and said[i].anaphoric or _anaphoric(sentences[i].text))
                   and i > 0 and sentences[i - 1].doc == sentences[i].doc and (i - 1) in owner), None)
    # ... but "Assange, who denies the accusation" denies the accusation, wherever a report says he is accused,
    # rather than the sentence before ("Prosecutors ... have dropped an investigation into a rape allegation ...")
    accused = None
    if any(_denies_wrongdoing(members[i], said.get(i)) for i in group):
        names = {w for i in group for w in _name_words(members[i].speaker)}
        if before is not None and _accuses(before, names, sentences, content_scores) == _DIRECTLY:
            return owner[before]
        accused = _accusation_against(names, sentences[group[0]].doc, sentences, content_scores, claims)
        if accused is not None and accused[0] == _DIRECTLY:
            return accused[1]
    if before is not None:
        return owner[before]
    if accused is not None:
        return accused[1]
    if not claims:
        return None
    if all(_unstated(members[i]) for i in group):  # "I've never heard of that": the report's lead claim, when a party says it
        said_by = any(members[i].speaker for i in group)  # "I thought that was wrong." with no speaker: nothing to go on
        lead = min((j for j in owner if sentences[j].doc == sentences[group[0]].doc), default=None) if said_by else None
        return owner[lead] if lead is not None else None
    threshold = _settings().claims.denial_threshold if strong else _settings().claims.negation_denial_threshold
    # the entity named, and the subject as written (an unstated denial's opening words are its quote's)
    deniers = {w for i in stated for w in _first_names(members[i])} | {w for i in group for w in _name_words(members[i].speaker)}
    content = content_scores.scores.block([content_scores.probe[i] for i in stated], range(content_scores.rows)).max(axis=0)
    # a party denying something of itself ("Kestrel denied it had ever been told the seals were at
    # risk") denies a claim that names it ("the findings were sent to Kestrel"), whatever the words
    speaker = {_stem(w) for i in group for w in _name_words(members[i].speaker)}
    itself = speaker if any(_stem(w.lower()) in speaker for i in stated for w in _WORD.findall(content_scores.texts[i])[:1]) else set()
    # a plain negation is a denial only of what was said about its speaker: "The utility insisted it
    # never got the storm warning" denies "the warning was sent to the utility"; "I am not truly a
    # separatist" or "the time is not propitious" deny no claim that does not name them
    party = {w for i in group if _negates_itself(members[i]) for w in _content_words(members[i].speaker or "")}
    best, best_score = None, threshold
    for g, claim in enumerate(claims):
        if deniers & claim_names[g] or not (strong or answer or any(party & content_scores.words[r] for r in claim)):
            continue
        score = float(content[claim].max())
        if score >= best_score and (answer or content_scores.contained(stated, claim, itself)):
            best, best_score = g, score
    return best


def _denies_wrongdoing(member: ClaimMember, parsed: stance_rules.DeniedContent | None) -> bool:
    """Whether a denial denies wrongdoing or accusations and nothing it states ("denied doing anything
    wrong", "denied Swift's claims, saying ..."): names (the accuser's) and the reasons after a comma aside."""
    if not member.cue or _plain(member.cue) in stance_rules.NEGATION_WORDS:
        return False
    content = parsed.text if parsed is not None and parsed.text else _after_cue(member)[1]
    words = [w for w in _WORD.findall(re.sub(r"['’]s\b", "", content.split(",")[0])) if not w[0].isupper()]
    return bool(words) and set(w.lower() for w in words) <= stance_rules.denial.WRONGDOING_WORDS and not set(words) <= _STOP


def _accusation_against(
    names: set[str], doc: str, sentences: Sequence[Sentence], content_scores: _DeniedContents, claims: list[list[int]],
) -> tuple[str, int] | None:
    """How and which claim accuses the party named `names` (`_accuses`): first one that says the party is
    accused, else one that names it beside an accusing word; in each, first in the denial's own report,
    else first anywhere. None when there is none."""
    found = [(how != _DIRECTLY, sentences[r].doc != doc, r, how, g) for g, claim in enumerate(claims) for r in claim
             if (how := _accuses(r, names, sentences, content_scores))]
    return min(found)[3:] if found else None


@lru_cache(maxsize=256)
def _accused_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    """What says the party named `names` is accused, after its name or before it (`_ACCUSED_AS`, `_ACCUSING`):
    compiled once per party, for every unit `_accuses` reads."""
    named = "|".join(sorted(re.escape(w) for w in names if len(w) > 2))
    if not named:
        return None
    return re.compile(rf"\b(?:{named})\b(?:['’]s)?(?:,[^,]{{1,60}},)?\s+{_ACCUSED_AS}|\b{_ACCUSING}\s+(?:\w+\s+){{0,2}}?(?:{named})\b",
                      re.IGNORECASE)


def _accuses(r: int, names: set[str], sentences: Sequence[Sentence], content_scores: _DeniedContents) -> str | None:
    """How unit r accuses the party named `names`: `_DIRECTLY` when it says the party is accused ("Assange
    was accused of rape", "accusing Big Machine of"), `_BESIDE` when it holds every word of the name and an
    accusing word ("an investigation into a rape allegation made against Julian Assange"); else None."""
    if r >= len(sentences) or not names:
        return None
    said_accused = _accused_pattern(frozenset(names))
    if said_accused is not None and said_accused.search(sentences[r].text):
        return _DIRECTLY
    words = content_scores.words[r]
    if {_stem(w) for w in names} <= words and any(w.startswith(stance_rules.denial.ACCUSATION_STEMS) for w in words):
        return _BESIDE
    return None


def _negates_itself(member: ClaimMember) -> bool:
    """Whether a negation's subject is its speaker: its name, "I"/"we", or, outside a quote, "it",
    "he", "they" ("The utility insisted it never got the storm warning"; not "'She is not presenting
    the whole information,' McDonald said")."""
    at = member.text.find(member.cue)
    if at < 0:
        return False
    words = [re.split(r"['’]", w.lower())[0] for w in _WORD.findall(member.text[:at])]  # "I've" -> "i"
    while words and words[-1] in stance_rules.denial.BEFORE_NEGATION:
        words.pop()
    if not words:
        return False
    quoted = inside_quote(member.text[:at])
    pronouns = stance_rules.denial.SELF_SUBJECTS_QUOTED if quoted else stance_rules.denial.SELF_SUBJECTS_REPORTED
    return words[-1] in pronouns or _stem(words[-1]) in _content_words(member.speaker or "")


def _strong(member: ClaimMember) -> bool:
    """A denial by a denial verb or refutation ("denied", "no evidence"), not by a plain negation ("not",
    "has never"): it pairs with its claim at claims.denial_threshold, a negation only at the higher one."""
    cue = _plain(member.cue).strip("-")
    return cue not in stance_rules.NEGATION_WORDS | {"n't"} and tuple(cue.replace("n't", "not").split()) not in stance_rules.denial.PERFECT_NEGATIONS


def _name_words(name: str | None) -> set[str]:
    """The capitalised words of a name, lowercased, possessives cut ("Kestrel’s" -> "kestrel")."""
    words = _WORD.findall(re.sub(r"['’]s\b", "", name or ""))
    return {w.lower() for w in words if w[0].isupper() and w.lower() not in _STOP}


def _first_names(member: ClaimMember) -> set[str]:
    """The name words of the member's speaker, authority and first name in its first words (its subject),
    and of the name closing an apposition to a short opening phrase ("Another diplomat, former special envoy
    to Ukraine Kurt Volker, shifted his own account ...": Volker's claim, which he does not deny)."""
    words = _WORD.findall(re.sub(r"['’]s\b", "", member.text))
    subject: list[str] = []
    for at, word in enumerate(words):
        if word[0].isupper() and word.lower() not in _STOP and (subject or at < _settings().claims.subject_words):
            subject.append(word)
        elif subject:
            break
    apposed = _SUBJECT_APPOSITION.match(member.text)
    return (_name_words(member.speaker) | _name_words(member.authority) | _name_words(" ".join(subject))
            | _name_words(apposed.group(1) if apposed else None))


def _anaphoric(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    return len(words) <= _settings().claims.anaphoric_denial_words and any(
        a in _grammar.ANAPHORS and b in stance_rules.denial.ANAPHORIC_CLAIM_NOUNS for a, b in zip(words, words[1:])
    )


def _lowered_words(text: str) -> set[str]:
    lowered = text.lower().replace("’", "'")
    words = set(_WORD.findall(lowered))
    if "n't" in lowered:
        words.add("n't")
    return words


def _content_words(text: str) -> set[str]:
    """Lowercased content words cut to a crude stem (`_stem`), numbers kept whole."""
    words = set()
    for word in (w.lower() for w in _WORD.findall(text)):
        if word[0].isdigit() or word[0] == "$":
            words.add(_number(word))
        elif word not in _STOP and len(word) > 2:
            words.add(_stem(word))
    return words


def _stem(word: str) -> str:
    """An inflection-blind stem: "closing", "closed", "close" -> "clos"; cut to claims.stem_letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[:-len(suffix)]
            break
    return word[:_settings().claims.stem_letters]


def _quantities(text: str) -> set[str]:
    """Counts of things, whether in digits or words: "two of the four gates" -> {"2 gate", "4 gate"},
    "the two middle gates" -> {"2 gate"}, "gates 2 and 3" (a list of two) -> {"2 gate"}."""
    lowered = _NUMBER_WORD.sub(lambda m: str(_figure_words.NUMBER_WORDS[m.group(0)]), text.lower())
    return {count for count, _ in _counted_things(text)}


def _counted_things(text: str, partitive_totals: bool = True) -> set[tuple[str, frozenset[str]]]:
    """`_quantities` with the words that qualify each count: "the two middle gates" ->
    ("2 gat", {"middl"}); "two of the barrier's four gates" -> ("2 gat", {}) and, unless
    `partitive_totals` is False, the total ("4 gat", {})."""
    lowered = _NUMBER_WORD.sub(lambda m: str(_figure_words.NUMBER_WORDS[m.group(0)]), text.lower())
    found = set()
    for m in _COUNTED.finditer(lowered):
        if not _year(m.group(1)) and not (partitive_totals is False and _OF_TOTAL.search(lowered, 0, m.start())):
            between = (w for w in m.group(2).split() if not w[0].isdigit() and not _POSSESSIVE.search(w))
            modifiers = frozenset(_stem(w) for w in between if w not in _STOP and w not in _grammar.ANAPHORS)
            found.add((f"{_number(m.group(1))} {_stem(m.group(3))}", modifiers))
    for m in _LISTED.finditer(lowered):
        found.add((f"{len(_DIGITS.findall(m.group(2)))} {_stem(m.group(1))}", frozenset()))
    return found


def _same_counts(sentences: Sequence[Sentence], keys: list[set[str]]) -> csr_matrix:
    """A sparse matrix: 1 for each pair of sentences that count the same number of the same things with no
    conflicting modifiers ("two middle gates" and "two of the four gates" agree, "two outer
    gates" and "two middle gates" do not), else 0. The total of a partitive ("of the four
    gates") is what the things are part of, not what the sentence speaks of, and counts not.
    Counts carried by a partitive pronoun ("two of them", `_key_tokens`) have no modifiers."""
    holders: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for row, (s, found) in enumerate(zip(sentences, keys, strict=True)):
        counted = _counted_things(_core(s.text))
        qualified = dict(_counted_things(_core(s.text), partitive_totals=False))
        for count in (k for k in found if " " in k and (k in qualified or k not in dict(counted))):
            holders[count].append((row, qualified.get(count, frozenset())))
    pairs = {(a, b) for rows in holders.values() for n, (a, left) in enumerate(rows) for b, right in rows[n + 1:]
             if a != b and (not left or not right or left == right)}
    pairs |= {(b, a) for a, b in pairs}
    a, b = (np.array(side, dtype=np.int64) for side in zip(*pairs)) if pairs else (np.zeros(0, dtype=np.int64),) * 2
    return coo_matrix((np.ones(len(a), dtype=np.float32), (a, b)), shape=(len(sentences), len(sentences))).tocsr()


def _key_tokens(sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[set[str]]:
    """Numbers, capitalised words after the first, counts of things, and the ids of entities
    mentioned in the span.

    "Two of them" counts what the sentence before counted ("certified all four gates ...
    Less than a week later, two of them stalled"): a partitive pronoun takes the last plural
    set named, which news prose sets in the sentence just before.
    """
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            spans[mention.doc].append((mention.start, mention.end, entity.id))
    counts = [_quantities(_core(s.text)) for s in sentences]
    counted: dict[tuple[str, int], set[str]] = defaultdict(set)
    for s, found in zip(sentences, counts, strict=True):
        counted[(s.doc, s.index)] |= {count.split(" ", 1)[1] for count in found}
    keys = []
    for s, found in zip(sentences, counts, strict=True):
        words = _WORD.findall(_core(s.text))
        found = found | {_number(w) for w in words if w[0].isdigit() or w[0] == "$"}
        found |= {_POSSESSIVE.sub("", w.lower()) for w in words[1:] if w[0].isupper() and w.lower() not in _STOP}
        for m in _PARTITIVE.finditer(_NUMBER_WORD.sub(lambda w: str(_figure_words.NUMBER_WORDS[w.group(0)]), s.text.lower())):
            found |= {f"{m.group(1)} {noun}" for noun in counted.get((s.doc, s.index - 1), ())}
        found |= {eid for start, end, eid in spans.get(s.doc, ()) if start >= s.start and end <= s.end}
        keys.append(found)
    return keys


def _readable(unit: Sentence, whole: dict[tuple[str, int], Sentence]) -> str:
    """What a reader is shown of a unit: its words after its report's dateline, or its whole sentence
    when it has no subject of its own (it opens in lower case)."""
    if unit.text[:1].islower() and (unit.doc, unit.index) in whole:
        unit = whole[(unit.doc, unit.index)]
    return unit.text[dateline_end(unit.text, unit.start):]


def _as_sentence(text: str) -> str:
    """A clause unit as a sentence of its own ("more than 300 homes ..." -> "More than 300 homes ....")."""
    return with_stop(text[:1].upper() + text[1:])


def _core(text: str) -> str:
    """The text without its appositions and non-restrictive relative clauses."""
    return _PARENTHETICAL.sub("", text)


def _number(word: str) -> str:
    return word.lstrip("$").replace(",", "").rstrip(".")


def _incidence(sets: list[set[str]], vocabulary: dict[str, int]) -> csr_matrix:
    """Sparse 0/1 matrix, one row per set, one column per item of `vocabulary`."""
    rows = [row for row, items in enumerate(sets) for _ in items]
    cols = [vocabulary[item] for items in sets for item in items]
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(sets), max(len(vocabulary), 1)))
