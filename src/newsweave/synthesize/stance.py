"""Stance of a sentence toward a claim: asserts it, denies (or disputes) it, or merely reports it.

Embeddings pair a claim with its denial but cannot tell them apart (cosine 0.73 for both,
DESIGN.md), so stance is read from the parse and cue lexicons, in a cascade where the first
rule that fires decides:

1. a denial verb with its subject ("China has denied that ...", "Beijing has denied any such
   requests"), unless it is itself refused or negated ("refuses to confirm or deny");
2. a refutation word or phrase ("false", "hoax", "erroneous information", "no evidence");
3. negation of a main verb ("ISIS fanatics have NOT beheaded her"), or of the content clause
   of a reporting verb, whose subject is then the speaker of the denial;
4. a hedge or a reporting frame ("reportedly", "may", "according to X", "X says ...", a question);
5. otherwise the sentence asserts.

With a claim given, cues the claim itself carries do not count: a headline saying "priest
claims God is female" asserts the claim "a priest says he met God and she is a woman", and
"not" in a sentence only denies a claim that is not itself negated.

The lexicons were written from the cues named in issue 4 and the refuting and hedging words of
Ferreira & Vlachos (2016, the Emergent paper), before any scoring. After one look at the errors
on the Emergent train file (eval/stance.py) the denial nouns were excluded ("a greeting
dispute"), negation was limited to main clauses, and six generic refutations were added
("rebuff", "faked", "misinformation", "cast doubt", "shoot down", "set the record straight"):
accuracy 0.755 -> 0.760 there (macro-F1 0.746 -> 0.753), so that figure is slightly in-sample.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsweave import lexicon
from newsweave.annotate import nlp
from newsweave.settings import current as _settings

cues = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting

ASSERTS = "asserts"
DENIES = "denies"
REPORTS = "reports"
LABELS = (ASSERTS, DENIES, REPORTS)

# Verbs (and their nouns) whose subject rejects the content: "denied that", "dismissed reports".
DENIAL_LEMMAS = frozenset({
    "deny", "denial", "refute", "debunk", "dismiss", "reject", "dispute", "contest", "rebut",
    "retract", "disprove", "contradict", "slam", "rebuff",
})
# Words that call the content untrue on their own: "the story is a hoax", "fake report".
REFUTATION_WORDS = frozenset({
    "false", "fake", "hoax", "hoaxer", "hoaxes", "untrue", "bogus", "baseless", "unfounded",
    "fabricated", "fabrication", "erroneous", "debunked", "myth", "satire", "satirical", "spoof",
    "prank", "phony", "phoney", "nonsense", "lie", "lies", "lying", "misleading", "wrong",
    "rubbish", "fiction", "fictional", "scam", "photoshopped", "doctored", "faked", "misinformation",
})
# Multi-word refutations, matched on lowercased token text.
# Clauses that can hold an embedded question, and the tags of the wh-word that opens one.
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "csubj", "advcl", "dobj", "pobj"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
REFUTATION_PHRASES = (
    ("no", "evidence"), ("not", "true"), ("isn't", "true"), ("is", "n't", "true"), ("no", "truth"),
    ("no", "basis"), ("pants", "on", "fire"), ("rejected", "the", "claim"), ("not", "real"),
    ("did", "not", "happen"), ("did", "n't", "happen"), ("never", "happened"), ("no", "such"),
    ("turns", "out"), ("not", "so", "fast"), ("too", "good", "to", "be", "true"), ("cast", "doubt"),
    ("casts", "doubt"), ("shoot", "down"), ("shoots", "down"), ("record", "straight"),
)
# Clauses whose negation denies the content: the main clause, its conjuncts, a reported clause.
# A negation in a subordinate clause ("so he won't turn", "a friend who never showed up") does not.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
# Negation words that deny the clause they modify ("never happened", "nobody was arrested").
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor"})
# Governors that cancel a denial or a negation: "refuses to confirm or deny", "declined to say".
REFUSAL_LEMMAS = frozenset({"refuse", "decline", "fail", "won't", "neither"})
# Verbs that vouch for the content rather than report it: "police confirmed", "video shows".
CONFIRMING_LEMMAS = frozenset({
    "confirm", "admit", "acknowledge", "reveal", "prove", "show", "verify", "concede", "find",
    "disclose", "announce",
})
# Reporting verbs: the neutral cues of the shared lexicon, without the confirming ones.
REPORTING_LEMMAS = frozenset(
    lemma for lemma, kind in cues.REPORTING_VERBS.items() if kind == cues.NEUTRAL
) - CONFIRMING_LEMMAS
# Single-token hedges: the writer does not vouch for the content.
HEDGE_WORDS = frozenset({
    "reportedly", "allegedly", "alleged", "apparently", "purportedly", "purported", "supposedly",
    "possibly", "probably", "likely", "unlikely", "unconfirmed", "unverified", "rumor", "rumors",
    "rumour", "rumours", "rumored", "rumoured", "speculation", "speculate", "speculates",
    "may", "might", "perhaps", "maybe", "suspected", "believed", "thought", "expected",
    "report", "reports", "sources", "source", "insider", "insiders", "claim", "claims", "claimed",
    "appears", "seems", "if", "whether", "plans", "considering", "mulls", "eyes", "weighs",
})
# Multi-word hedges, matched on lowercased token text.
HEDGE_PHRASES = (
    ("according", "to"), ("said", "to"), ("set", "to"), ("could", "be"), ("in", "talks"),
    ("is", "said"), ("are", "said"), ("not", "confirmed"), ("yet", "to", "be"),
)
# Headline prefixes that frame what follows as a report: "Report: Apple to buy Path".
REPORT_PREFIXES = frozenset({"report", "reports", "rumor", "rumour", "exclusive", "unconfirmed", "claim"})
# Subject dependencies, active and passive, for finding who speaks.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Reporting verbs that report only with a clause: alone they are the content ("asked for aid").
CLAUSE_ONLY_LEMMAS = frozenset({"ask", "add", "call", "continue", "learn", "charge", "indicate", "post", "urge", "promise", "vow", "pledge", "warn"})
# Dependencies of a reporting verb's content: "said (that) X ...", "asked to X".
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
# Subjects that name nobody: "it is said", "there are reports".
EXPLETIVES = frozenset({"it", "there", "this", "that"})


class Stance(NamedTuple):
    """What a sentence does with a claim, the words that decided it, and who speaks (if named)."""

    label: str  # asserts | denies | reports
    cue: str  # the deciding words ("denied", "hoax", "not", "reportedly"); "" for a plain assertion
    speaker: str | None  # subject of the denial or reporting verb, the X of "according to X"


def stance(sentence: str | Doc | Span, claim: str | Doc | Span | None = None) -> Stance:
    """The stance of one sentence or headline toward `claim` (or toward its own content)."""
    doc = _parse_one(sentence)
    claim_doc = _parse_one(claim) if claim is not None else None
    return decide(doc, claim_doc)


def stances(sentences: Iterable[str], claims: Iterable[str | None] | None = None) -> Iterator[Stance]:
    """Stances of many sentences, parsed in batches with nlp.pipe; `claims` pairs one claim with each.

    Repeated claims are parsed once, so many headlines about a few claims cost one parse each.
    """
    sentence_list = list(sentences)
    claim_list = list(claims) if claims is not None else [None] * len(sentence_list)
    if len(claim_list) != len(sentence_list):
        raise ValueError(f"{len(sentence_list)} sentences but {len(claim_list)} claims")
    unique_claims = list(dict.fromkeys(c for c in claim_list if c is not None))
    claim_docs = dict(zip(unique_claims, nlp.parse(unique_claims), strict=True))
    for doc, claim in zip(nlp.parse(sentence_list), claim_list, strict=True):
        yield decide(doc, claim_docs[claim] if claim is not None else None)


def decide(doc: Doc | Span, claim: Doc | Span | None = None) -> Stance:
    """The cascade over parsed text: denial verb, refutation, negation, hedge or report, assertion."""
    context = _claim_context(claim)
    for rule in RULES:
        found = rule(doc, *context)
        if found is not None:
            return found
    return Stance(ASSERTS, "", None)


def cue_features(doc: Doc | Span, claim: Doc | Span | None = None) -> dict[str, float]:
    """Every rule's verdict and every lexicon cue present, as named features for a learned layer.

    The cascade keeps only the first rule that fires; a classifier calibrated on labelled
    data (eval/stance.py fits one per cross-validation fold) can weigh them all.
    """
    context = _claim_context(claim)
    claim_words = context[0]
    features: dict[str, float] = {}
    for rule in RULES:
        found = rule(doc, *context)
        if found is not None:
            features.setdefault(f"decided={found.label}", 1.0)
            features[f"rule{rule.__name__}={found.label}"] = 1.0
    features.setdefault(f"decided={ASSERTS}", 1.0)
    for token in doc:
        word = token.lower_.strip("-")
        if word in claim_words:
            continue
        for name, lexicon in (("refutes", REFUTATION_WORDS), ("hedges", HEDGE_WORDS), ("negates", NEGATION_WORDS)):
            if word in lexicon:
                features[f"{name}={word}"] = 1.0
                features[name] = features.get(name, 0.0) + 1.0
        if token.lemma_.lower() in DENIAL_LEMMAS:
            features[f"denial={token.lemma_.lower()}"] = 1.0
        if _reporting_verb(token):
            features["reporting_verb"] = 1.0
    features["question"] = float(any(t.text == "?" for t in doc))
    return features


def _claim_context(claim: Doc | Span | None) -> tuple[set[str], bool, bool]:
    """The claim's own words, whether it is negated, whether it is itself a report."""
    if claim is None:
        return set(), False, False
    words = {t.lower_ for t in claim} | {t.lemma_.lower() for t in claim}
    return words, any(_negates(t) for t in claim), any(_reporting_verb(t) for t in claim)


def _denial_verb(doc: Doc | Span, claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in DENIAL_LEMMAS and _denial_use(token) and lemma not in claim_words and not _cancelled(token):
            return Stance(DENIES, token.text, _denier(token))
    return None


def _denier(token: Token) -> str | None:
    """Who denies: the subject of a denial verb; for the noun, its possessor ("the company's
    denial") or the subject of the verb that carries it ("he repeated the denial")."""
    if token.pos_ in ("VERB", "AUX"):
        return _subject_text(token)
    owners = [child for child in token.children if child.dep_ == "poss"]
    if owners:
        return _phrase(owners[0]).removesuffix("’s").removesuffix("'s").strip()
    return _subject_text(token.head) if token.head.i != token.i else None


def _refutation(doc: Doc | Span, claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    lowered = [t.lower_ for t in doc]
    for phrase in REFUTATION_PHRASES:
        start = _find(lowered, phrase)
        if start is not None and not set(phrase) <= claim_words:
            return Stance(DENIES, " ".join(t.text for t in doc[start:start + len(phrase)]), _speaker(doc[start]))
    for token in doc:
        word = token.lower_.strip("-")
        if word in REFUTATION_WORDS and word not in claim_words and not _in_wh_clause(token):
            return Stance(DENIES, token.text, _speaker(token))
    return None


def _in_wh_clause(token: Token) -> bool:
    """Inside an embedded question ("find out what went wrong", "asked how it was false"): the word
    names what is asked about, it does not refute anything."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in EMBEDDED_CLAUSE_DEPS and ancestor.left_edge.tag_ in WH_TAGS:
            return True
    return False


def _negation(doc: Doc | Span, _claim_words: set[str], claim_negated: bool, _reports: bool) -> Stance | None:
    if claim_negated:
        return None
    for token in doc:
        if not _negates(token):
            continue
        verb = token.head if token.head.pos_ in ("VERB", "AUX") else token.head.head  # "no fighters were caught"
        if verb.dep_ not in MAIN_CLAUSE_DEPS or _refused(verb):
            continue
        negative_finding = token.head.i != verb.i and verb.lemma_.lower() in CONFIRMING_LEMMAS
        if (_reporting_verb(verb) or verb.lemma_.lower() in CONFIRMING_LEMMAS) and not negative_finding:
            # "did not confirm", "won't say": the content is left open, not denied; but "found
            # no damage", "showed no sign" finds the negative
            return Stance(REPORTS, f"{token.text} {verb.text}", _subject_text(verb))
        return Stance(DENIES, token.text, _speaker(token))
    return None


def _hedge_or_report(doc: Doc | Span, claim_words: set[str], _negated: bool, claim_reports: bool) -> Stance | None:
    tokens = [t for t in doc if not t.is_space]
    if not tokens:
        return None
    lowered = [t.lower_ for t in tokens]
    if len(tokens) > 1 and lowered[0] in REPORT_PREFIXES and tokens[1].text in (":", "-", "|"):
        return Stance(REPORTS, tokens[0].text, None)
    for phrase in HEDGE_PHRASES:
        start = _find(lowered, phrase)
        if start is not None and not set(phrase) <= claim_words:
            cue = tokens[start:start + len(phrase)]
            speaker = _according_to(cue[-1]) if phrase == ("according", "to") else None
            return Stance(REPORTS, " ".join(t.text for t in cue), speaker)
    if not claim_reports:
        reporting = [t for t in tokens if _reporting_verb(t) and t.lemma_.lower() not in claim_words]
        if reporting:
            verb = min(reporting, key=lambda t: (t.dep_ != "ROOT", t.i))  # "X, officials said": the root speaks
            return Stance(REPORTS, verb.text, _subject_text(verb))
    for token in tokens:
        if token.lower_ in HEDGE_WORDS and token.lower_ not in claim_words and not _reporting_verb(token):
            return Stance(REPORTS, token.text, None)
    if "?" in lowered[-3:]:
        return Stance(REPORTS, "?", None)
    return None


RULES = (_denial_verb, _refutation, _negation, _hedge_or_report)


def _negates(token: Token) -> bool:
    """A `neg` dependent, or a negative determiner on an argument of a verb ("no one was hurt")."""
    if token.dep_ == "neg":
        return True
    return token.lower_ in NEGATION_WORDS and token.dep_ in ("det", "nsubj", "nsubjpass", "dobj", "advmod") and token.head.pos_ in ("VERB", "AUX", "NOUN")


def _reporting_verb(token: Token) -> bool:
    """A neutral reporting verb used as one: "says", "claims" (a verb); "asked" only with a clause."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_LEMMAS:
        return False
    return lemma not in CLAUSE_ONLY_LEMMAS or any(child.dep_ in CONTENT_DEPS for child in token.children)


def _denial_use(token: Token) -> bool:
    """A denial verb as a verb ("disputes the claim"), not its noun ("a greeting dispute"); "denial" is a noun."""
    return token.pos_ in ("VERB", "AUX") or token.lemma_.lower() == "denial"


def _cancelled(token: Token) -> bool:
    """Whether a denial is negated or refused: "did not deny", "refuses to confirm or deny"."""
    return any(child.dep_ == "neg" for child in token.children) or _refused(token)


def _refused(token: Token) -> bool:
    """Whether a verb sits under a refusal within a few heads: "declined to say whether it ..."."""
    return any(ancestor.lemma_.lower() in REFUSAL_LEMMAS for ancestor in list(token.ancestors)[:_settings().stance.refusal_reach])


def _speaker(token: Token) -> str | None:
    """Who holds a refutation or negation: the subject of a reporting verb above it, else the writer."""
    for ancestor in token.ancestors:
        if _reporting_verb(ancestor) or ancestor.lemma_.lower() in DENIAL_LEMMAS:
            return _subject_text(ancestor)
    return None


def _subject_text(verb: Token) -> str | None:
    """The verb's subject as a short phrase; a conjoined or controlled verb shares its head's subject."""
    candidates = [verb, verb.head] if verb.dep_ in ("conj", "xcomp") else [verb]
    for candidate in candidates:
        for child in candidate.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in EXPLETIVES:
                return _phrase(child)
    return None


def _according_to(to: Token) -> str | None:
    """X of "according to X"."""
    objects = [child for child in to.children if child.dep_ == "pobj"]
    return _phrase(objects[0]) if objects else None


def _phrase(head: Token) -> str:
    """A noun phrase without its leading determiner; long clauses cut to the head and its compounds."""
    span = head.doc[head.left_edge.i:head.right_edge.i + 1]
    if len(span) > _settings().stance.max_speaker_tokens:
        left = min([c.i for c in head.children if c.dep_ in ("compound", "amod", "poss")] + [head.i])
        span = head.doc[left:head.i + 1]
    while len(span) > 1 and span[0].dep_ == "det":
        span = span[1:]
    return span.text


def _find(words: list[str], phrase: tuple[str, ...]) -> int | None:
    """Start of the first occurrence of `phrase` in `words`, or None."""
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if tuple(words[start:start + size]) == phrase:
            return start
    return None


def _parse_one(text: str | Doc | Span) -> Doc | Span:
    if isinstance(text, (Doc, Span)):
        return text
    if not isinstance(text, str):
        raise TypeError(f"stance() takes a str or a spaCy Doc, not {type(text).__name__}")
    return nlp.load()(text)
