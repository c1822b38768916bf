"""Stance of a sentence toward a claim: asserts it, denies (or disputes) it, or merely reports it.

Embeddings pair a claim with its denial but cannot tell them apart (cosine 0.73 for both,
DESIGN.md), so stance is read from the parse and cue lexicons, in a cascade where the first
rule that fires decides:

1. a denial verb with its subject ("China has denied that ...", "Beijing has denied any such
   requests", in Title Case "Kurds Deny ..."), unless it is itself refused or negated ("refuses to
   confirm or deny"), its object is no claim ("rejected the offer", "dismissed the coach") or it
   is a threat ("will reject");
2. a refutation word or phrase ("false", "hoax", "disinformation", "no evidence"); a negative
   phrase ("no such request was made", "has never") only when a party says it; a refutation
   asked ("real or fake?") reports, one negated ("they're not fake") asserts;
3. a bare "No." answering a reported question;
4. a fact-checker's rebuttal: a clause opened by "No," or "No -" ("No, a spider did not burrow ...");
5. a refusal to comment ("declined to offer specifics", "no comment"): reports, never denies;
6. a party denying having said it ("At no point did we say ...", "'I never said that,' Trump
   told reporters"); what someone did not say, in the writer's voice, denies nothing;
7. negation of a main verb, or of the content clause of a reporting verb, whose subject is then
   the speaker of the denial: toward a given claim ("ISIS fanatics have NOT beheaded her") it
   denies when the negated clause shares a word with the claim; alone only when a party says it,
   for in the writer's voice it is a negative statement ("nobody was hurt"); a threat or promise
   ("we will not allow", "we won't stand by"), an opinion ("I don't think"), advice ("don't
   reset your phone") or a contrast ("pay for it, not the people of Lower Quay") never denies (issue 12);
8. a hedge or a reporting frame ("reportedly", "may", "according to X", "X says ...", a question,
   a source set off by a colon or a dash: "Analyst: ...", "... -- report"); a reporting verb in a
   modifying clause ("dies after complaining of pains") or a hedge on an object ("mob attacks
   alleged rapist") qualifies something else than the news, and does not count;
9. otherwise the sentence asserts.

The word lists live in lexicon/en/denial.py.

With a claim given, cues the claim itself carries do not count: a headline saying "priest
claims God is female" asserts the claim "a priest says he met God and she is a woman", and
"not" in a sentence only denies a claim that is not itself negated.

The lexicons were written from the cues named in issue 4 and the refuting and hedging words of
Ferreira & Vlachos (2016, the Emergent paper), before any scoring. After one look at the errors
on the Emergent train file (eval/stance.py) the denial nouns were excluded ("a greeting
dispute"), negation was limited to main clauses, and six generic refutations were added
("rebuff", "faked", "misinformation", "cast doubt", "shoot down", "set the record straight"):
accuracy 0.755 -> 0.760 there (macro-F1 0.746 -> 0.753), so that figure is slightly in-sample.
Since then the file is split by claim into a tune half and a held-out half (eval/stance.py);
later rules (Title Case denial verbs, "No," rebuttals, headline sources, asked and negated
refutations, doubt, empty searches, claim overlap of a negation, advice, yes/no questions,
subordinate reporting verbs, object hedges, requests and vows, verbless negated clauses, negated
embedded questions, hoax claims denied, gerunds denied) were written from tune-half errors only.
Rule 6 came from the web pile (Big Machine answering Taylor Swift) and the odd DUC 2006 dev topics'
sentences of what someone "did not say"; it changes no Emergent verdict.
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

denial = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).denial
_hedging = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).hedging
_grammar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar
DENIAL_LEMMAS = denial.DENIAL_LEMMAS
REFUTATION_WORDS = denial.REFUTATION_WORDS
REFUTATION_PHRASES = denial.REFUTATION_PHRASES
NEGATION_WORDS = denial.NEGATION_WORDS
REFUSAL_LEMMAS = denial.REFUSAL_LEMMAS
# Refutation phrases that are negations: they deny only when a party says them ("no such request
# was made, the spokesman said"; "Beijing has never supplied arms"), not in the writer's own voice.
NEGATIVE_PHRASES = frozenset(phrase for phrase in REFUTATION_PHRASES if set(phrase) & NEGATION_WORDS)
# Clauses that can hold an embedded question, and the tags of the wh-word that opens one.
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "csubj", "advcl", "dobj", "pobj"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Named things a denial verb cannot call untrue: "denies Quebec as it is", "dismissed the coach" (a person)
NAMED_NON_CLAIMS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
# Clauses whose negation denies the content: the main clause, its conjuncts, a reported clause.
# A negation in a subordinate clause ("so he won't turn", "a friend who never showed up") does not.
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
# Clauses that modify a noun or the main verb: a reporting verb in one ("after complaining of pains",
# "a note saying ...", "suspended for saying ...", "alleged rapist") reports something else than the headline's news.
ADVERBIAL_DEPS = frozenset({"advcl", "acl", "pcomp", "amod"})
# Reporting verbs: the neutral cues of the shared lexicon, without the confirming ones.
REPORTING_LEMMAS = frozenset(
    lemma for lemma, kind in cues.REPORTING_VERBS.items() if kind == cues.NEUTRAL
) - _hedging.CONFIRMING_LEMMAS
OBJECT_DEPS = frozenset({"dobj", "pobj", "poss"})
# What follows the "No" of a rebuttal: "No, a spider did not ...", "No - a Fox News account isn't ...".
REBUTTAL_MARKS = frozenset({",", "-", "–", "—", "--"})
# What sets a source off from a headline: "Analyst: ...", "... -- report", "... : WSJ".
HEADLINE_SEPARATORS = frozenset({":", "--", "-", "—", "|"})
# Head nouns of a headline's source: anonymous sources and outlets ("officials", "paper").
SOURCE_NOUNS = cues.ANONYMOUS_NOUNS | cues.OUTLET_NOUNS
# ... and a person by role or office set off from the headline: "Senator: Detainees swapped for Bergdahl
# have contacted militants", "Parent: Fourth-grader suspended ..." (written from the tune half's errors).
_english = lexicon.for_language(lexicon.DEFAULT_LANGUAGE)
HEADLINE_SOURCE_NOUNS = SOURCE_NOUNS | frozenset(_english.names.PERSON_NOUNS) | frozenset(_english.titles.TITLE_WORDS)
# Subject dependencies, active and passive, for finding who speaks.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies of a clause that tells of something beside the main one: a relative, adverbial,
# parenthetical or noun's clause ("an inquest in which the suspects refused to answer questions").
MINOR_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl", "parataxis", "appos"})
# Dependencies of a reporting verb's content: "said (that) X ...", "asked to X".
# Where a headline's verbless clause stands ("Students not in mass graves" after "prosecutor:", as the
# object of "Says", beside "NASA suggests").
VERBLESS_SUBJECT_DEPS = frozenset({"ROOT", "appos", "dobj", "npadvmod"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


class Stance(NamedTuple):
    """What a sentence does with a claim, the words that decided it, and who speaks (if named)."""

    label: str  # asserts | denies | reports
    cue: str  # the deciding words ("denied", "hoax", "not", "reportedly"); "" for a plain assertion
    speaker: str | None  # subject of the denial or reporting verb, the X of "according to X"
    refuses: bool = False  # a refusal to comment ("had no comment"): it reports, and says nothing of the matter


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
    """The cascade over parsed text: denial verb, refutation, negative answer, refusal, negation, hedge or report, assertion."""
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
        for name, lexicon in (("refutes", REFUTATION_WORDS), ("hedges", _hedging.HEDGE_WORDS), ("negates", NEGATION_WORDS)):
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
    return words, any(_negates(t) and _clause_verb(t).dep_ in MAIN_CLAUSE_DEPS for t in claim), any(_reporting_verb(t) for t in claim)


def _denial_verb(doc: Doc | Span, claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    for token in doc:
        lemma = _denial_lemma(token)
        if (lemma is not None and lemma not in claim_words and not _cancelled(token) and not _unperformed(token, lemma)
                and not _rejects_no_claim(token, lemma, claim_words)):
            hoax = _falsity_denied(token)
            if hoax is not None:  # "denies surgery hoax claims": the thing is real
                return Stance(ASSERTS, f"{token.text} {hoax.text}", _denier(token))
            return Stance(DENIES, token.text, _denier(token))
    return None


def _falsity_denied(verb: Token) -> Token | None:
    """The noun of falsity that a denial's object is about: "denies surgery hoax claims", "rejected
    the fabrication allegations" deny that something is false; "denies fake reports" (an adjective)
    calls the reports false. The tagger takes "hoax" for an adjective there, so the word decides."""
    for obj in verb.children:
        if obj.dep_ == "dobj":
            for c in obj.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in denial.FALSITY_NOUNS:
                    return c
    return None


def _denial_lemma(token: Token) -> str | None:
    """The denial lemma of a denial verb used as one ("disputes the claim"), or of the noun "denial";
    not a noun ("a greeting dispute"). In a Title Case headline the tagger may take the verb for a
    name ("Kurds Deny Gill Rosenberg Was in Kobane"): its forms that are never nouns count there."""
    lemma = token.lemma_.lower()
    if lemma in DENIAL_LEMMAS and (token.pos_ in ("VERB", "AUX") or lemma == "denial"):
        return lemma
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return denial.TITLE_CASE_DENIAL_FORMS.get(token.lower_)
    return None


def _rejects_no_claim(token: Token, lemma: str, claim_words: set[str]) -> bool:
    """"rejected the offer", "dismissed the coach", "will reject any attempt": refusing or ending
    something, or a threat, not saying a claim is untrue. "denies plans", "denied the charges" do."""
    future = _future(token) or (token.dep_ == "conj" and _future(token.head))  # "can be proved or disproved"
    if lemma == "deny" and _denies_doing(token):
        return future  # "will deny taking bribes" is a promise, "Denies Slamming ..." a denial
    no_claims = denial.NON_CLAIM_OBJECTS - denial.DENIED_AS_CLAIMS if lemma == "deny" else denial.NON_CLAIM_OBJECTS
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and not any(d.lower_ == "such" for d in c.children)]
    objects = [token.head if o.tag_ == "WDT" and token.dep_ == "relcl" else o for o in objects]  # "the recommendation that was rejected"
    if token.dep_ == "conj" and any(o.pos_ == "PRON" for o in objects):  # "considered the text but rejected it": the text
        objects = [c for c in token.head.children if c.dep_ == "dobj"] or objects
    if not objects and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
        objects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]  # "has tried ... but has been rebuffed"
    if any(o.lemma_.lower() in no_claims or o.lower_ in no_claims or o.ent_type_ in NAMED_NON_CLAIMS for o in objects):
        return True
    if lemma == "deny":
        if _withholds(token, objects):
            return True
    elif objects and not any(_claim_like(o) or o.lemma_.lower() in claim_words for o in objects) and not any(c.dep_ == "ccomp" for c in token.children):
        return True  # "rejected gambling", "contradict each other": no claim is called untrue (toward a claim, its own words are)
    return future


def _denies_doing(verb: Token) -> bool:
    """A denial of doing something, whatever the tagger made of the gerund: "Lisa Bonet Denies
    Slamming Bill Cosby on Twitter" (Emergent) hangs "Cosby" on "Denies" as a name it denied."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return after is not None and nlp.inflected(after.lower_, "ing", "verb")


def _claim_like(noun: Token) -> bool:
    """A noun that names something said ("the allegations", "that theory", "the figures") or a pronoun for it."""
    return noun.lemma_.lower() in denial.CLAIM_NOUNS or noun.lower_ in denial.CLAIM_NOUNS or noun.lower_ in denial.CLAIM_PRONOUNS


def _withholds(verb: Token, objects: list[Token]) -> bool:
    """"deny" as withholding: two objects ("denied the group a booth", "were denied due process") or a
    thing granted ("denied their access", "denied Texans protection")."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children) or (dobjs and any(c.dep_ == "nsubjpass" for c in verb.children)):
        return True
    return any(o.lemma_.lower() in denial.GRANTED_OBJECTS for o in objects)


def _unperformed(token: Token, lemma: str) -> bool:
    """A denial word no party performs here: a participle on a noun ("the disputed acres", "a hotly
    contested measure"), a state ("in denial"), a request ("urged the board to reject"), a vote ("voted
    to reject it"; the web pile), a condition ("if they reject evolution"), a definition ("to deny
    evolution is to miss ..."), or an infinitive under a negation ("not ... enough to dispute the
    facts"). DUC 2006 dev, odd topics."""
    if lemma == "denial":  # "in denial"; "it's the denial of science" names a stance, nobody issues it
        return (token.dep_ == "pobj" and token.head.lower_ == "in") or token.dep_ == "attr"
    if token.tag_ in ("VBN", "VBG", "JJ") and token.dep_ in ("amod", "compound"):
        return True
    for verb in (token, token.head) if token.dep_ == "conj" else (token,):
        if any(c.dep_ == "mark" and c.lower_ in denial.CONDITION_MARKS for c in verb.children):
            return True
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        head = verb.head
        if head.lemma_.lower() in denial.REQUESTING_LEMMAS or verb.dep_ == "csubj" or head.lemma_.lower() == "be":
            return True
        if head.lemma_.lower() in denial.VOTING_LEMMAS:  # "voted to reject the claim that ..." still denies it
            return not any(c.dep_ == "dobj" and c.lemma_.lower() in denial.CLAIM_NOUNS for c in verb.children)
        if any(c.dep_ == "neg" for c in head.children):
            return True
    return False


def _future(verb: Token) -> bool:
    """A verb under a future or volitional auxiliary: "we will not allow", "won't stand by"."""
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):  # "not going to let"
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_.strip("'") in {a.strip("'") for a in denial.FUTURE_AUXILIARIES}
               for c in verb.children)


def _denier(token: Token) -> str | None:
    """Who denies: the subject of a denial verb; for the noun, its possessor ("the company's
    denial") or the subject of the verb that carries it ("he repeated the denial")."""
    if token.pos_ in ("VERB", "AUX"):
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _phrase(agents[0]) if agents else _subject_text(token)  # "the figures are disputed by the builders"
    if token.pos_ == "PROPN":  # a Title Case verb taken for a name: the name before it ("Kurds Deny ...")
        start = token.i
        while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN":
            start -= 1
        return token.doc[start:token.i].text or None
    owners = [child for child in token.children if child.dep_ == "poss"]
    if owners:
        return _phrase(owners[0]).removesuffix("’s").removesuffix("'s").strip()
    return _subject_text(token.head) if token.head.i != token.i else None


def _refutation(doc: Doc | Span, claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    lowered = [_spelled_out(t.lower_) for t in doc]  # "isn't real" as "is not real"
    for phrase in REFUTATION_PHRASES:
        phrase = tuple(_spelled_out(word) for word in phrase)
        start = _find(lowered, phrase)
        if start is None or set(phrase) <= claim_words:
            continue
        if doc[start].lemma_.lower() in denial.OBJECT_REFUTATION_LEMMAS and any(
                c.dep_ == "dobj" and not _claim_like(c) for c in doc[start].children):
            continue  # "Iraq shoots down 2 UK planes": a shot, no rumour shot down
        speaker = _speaker(doc[start])
        if phrase in NEGATIVE_PHRASES:  # a negation denies when a party says it, never a threat or a refusal
            verb = doc[start].head if doc[start].head.pos_ in ("VERB", "AUX") else doc[start].head.head
            speaker = speaker or _named_subject(verb)
            if speaker is None or _future(verb) or _refused(verb):
                continue
        return Stance(DENIES, " ".join(t.text for t in doc[start:start + len(phrase)]), speaker)
    for token in doc:
        doubter = _doubt(token)
        if doubter is not None and token.lemma_.lower() not in claim_words:
            return Stance(DENIES, token.text, _subject_text(doubter) if doubter.i != token.i or doubter.pos_ == "VERB" else None)
        word = token.lower_.strip("-")
        if word not in REFUTATION_WORDS or word in claim_words or _in_wh_clause(token) or _other_sense(token, claim_words):
            continue
        if any(a.lemma_.lower() in denial.WISHING_LEMMAS for a in list(token.ancestors)[:_settings().stance.refusal_reach]):
            continue  # "hope Farris is wrong": a wish, no denial
        if _supposed(token):
            continue  # "a single rating system could be misleading": a risk, nothing called untrue
        if _in_question(token):  # "Real or hoax?": the question is put, not answered
            return Stance(REPORTS, "?", None)
        negation = _refutation_negated(token)
        if negation is not None:  # "They're not fake", "the third breast is no hoax": it is real
            return Stance(ASSERTS, f"{negation.text} {token.text}", _speaker(token))
        return Stance(DENIES, token.text, _speaker(token) or _caller(token))
    return None


def _supposed(token: Token) -> bool:
    """A refutation word said of a thing that might be so, no claim: "a single rating system could be
    misleading" (DUC 2006 dev, even topics); "Theory May Be Wrong" calls a claim untrue."""
    if token.dep_ not in ("acomp", "attr"):
        return False
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return (any(c.dep_ == "aux" and c.lower_ in denial.SUPPOSING_AUXILIARIES for c in verb.children)
            and bool(subjects) and not any(_claim_like(t) for t in subjects))


def _doubt(token: Token) -> Token | None:
    """The verb that puts doubt on the content: "doubt" itself ("scientists doubt that ..."), or the
    verb over the noun ("raises doubts about", "doubts were cast over"); None when the token is no doubt."""
    if not {token.lemma_.lower(), token.lower_.removesuffix("s")} & denial.DOUBT_LEMMAS or _cancelled(token):  # "Raises Doubts"
        return None
    if token.pos_ == "VERB":
        return token
    if token.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in denial.DOUBTING_LEMMAS and not _cancelled(token.head):
        return token.head
    return None


def _other_sense(token: Token, claim_words: set[str]) -> bool:
    """A refutation word that refutes nothing here (DUC 2006 dev, odd topics): "lie" of a place ("lies on
    the Missouri River", "therein lies a problem"); an adjective on a noun that is no claim ("phony
    surgery", "a satirical tome", "the wrong spot"; "a false belief", "fake news", or toward a claim a
    thing it names, do refute); "wrong" of fault or morals ("wrong with America", "right and wrong",
    "sex outside marriage is wrong", "morally wrong"); said of one or the other ("Either the board or
    the government is wrong")."""
    word = token.lower_.strip("-")
    if token.dep_ == "acomp" and any(c.dep_ == "preconj" or (c.dep_ == "cc" and c.lower_ == "or")
                                     for s in token.head.children if s.dep_ in SUBJECT_DEPS for c in s.children):
        return True  # "Either the NTSB or the Egyptian government is wrong": nobody's claim is called untrue
    if token.lemma_.lower() == "lie" and token.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("prep", "advmod", "expl") and c.lower_ not in denial.TELLING_PREPOSITIONS for c in token.children)
    if token.dep_ in ("amod", "compound") and token.tag_ in ("JJ", "VBN", "VBG") and token.head.lower_ != "as":  # "outed as fake" calls
        named = [token.head, *(c for c in token.head.children if c.dep_ == "compound")]
        if not any(_claim_like(t) or t.lemma_.lower() in claim_words for t in named):
            return True  # "a false story", "fake news" name something said; toward a claim, "fake doctor" its doctor
        about = [t for t in named[1:] if t.pos_ in ("NOUN", "PROPN") and not _claim_like(t) and t.lower_ not in denial.MEDIA_WORDS]
        if (claim_words and _claim_like(token.head) and about
                and not any(t.lemma_.lower() in claim_words or t.lower_ in claim_words for t in about)):
            return True  # toward a claim, "fabricated Iraq helicopter story" is another story than "Brokaw wants Williams fired"
    if word in denial.EVALUATIVE_REFUTATIONS:
        around = [*token.children, *(token.head.children if token.dep_ == "acomp" else ())]  # "it's wrong for the party"
        if token.pos_ == "NOUN" or any(c.dep_ == "prep" and c.lower_ in denial.FAULT_PREPOSITIONS for c in around):
            return True
        if any(c.dep_ == "advmod" and c.lower_ in denial.MORAL_ADVERBS for c in token.children):
            return True  # "blasted the payout as “morally wrong”"
        if token.dep_ == "acomp":
            subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
            return bool(subjects) and not any(_claim_like(t) or t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in subjects)
    return False


def _spelled_out(word: str) -> str:
    """"n't" as "not", so one phrase matches both spellings."""
    return "not" if word == "n't" else word


def _in_question(token: Token) -> bool:
    """Whether the token's sentence is a question: "Russian Yeti or Bigfoot Hoax?"."""
    return any(t.text == "?" for t in token.doc[token.i:token.sent.end])


def _refutation_negated(token: Token) -> Token | None:
    """The negation of a refutation word: "not fake", "no hoax", "is not a hoax", "isn't false"."""
    for candidate in (token, token.head) if token.dep_ in ("acomp", "attr") else (token,):
        for child in candidate.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return child
    return None


def _in_wh_clause(token: Token) -> bool:
    """Inside an embedded question ("find out what went wrong", "asked how it was false"): the word
    names what is asked about, it does not refute anything."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in EMBEDDED_CLAUSE_DEPS and ancestor.left_edge.tag_ in WH_TAGS:
            return True
    return False


def _negation(doc: Doc | Span, claim_words: set[str], claim_negated: bool, _reports: bool) -> Stance | None:
    """A negated main or reported clause. Toward a given claim it denies the claim; alone it denies
    only when a party says it (the subject of a reporting verb above it): in the writer's own
    voice it is a negative statement ("nobody was hurt"). Threats and promises ("we will not
    allow"), refusals and opinions ("I don't think") never deny."""
    if claim_negated:
        return None
    for token in doc:
        if not _negates(token):
            continue
        verb = _clause_verb(token)
        if verb.dep_ not in MAIN_CLAUSE_DEPS and not _verbless_clause(token) or _refused(verb) or _future(verb):
            continue
        if verb.lemma_.lower() in denial.THREAT_LEMMAS or verb.lemma_.lower() in denial.OPINION_LEMMAS or _imperative(verb):
            continue
        if claim_words and not _about_claim(verb, claim_words):
            continue  # "Nun had no idea she was pregnant": the negation is about something else
        if _about_embedded_question(verb):
            continue  # "Plumber isn't sure how extremists ended up with his truck": the content is taken as given, or left open
        # "found no damage", "showed no sign", "students not found in the grave": a search that came up empty
        negative_finding = verb.lemma_.lower() in _hedging.CONFIRMING_LEMMAS and (token.head.i != verb.i or verb.lemma_.lower() in _hedging.FINDING_LEMMAS)
        if (_reporting_verb(verb) or verb.lemma_.lower() in _hedging.CONFIRMING_LEMMAS or _excluding(verb)) and not negative_finding:
            # "did not confirm", "won't say": the content is left open, not denied; but "found
            # no damage", "showed no sign" finds the negative
            return Stance(REPORTS, f"{token.text} {verb.text}", _subject_text(verb))
        speaker = _speaker(token)
        if not claim_words and (speaker is None or token.lower_ in denial.ABSENCE_WORDS or _under_frame(token)):
            continue  # a negative statement (the writer's, an absence, a warning, an outlet's report): a fact of its own
        return Stance(DENIES, token.text, speaker)
    return None


def _unsaid(doc: Doc | Span, claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    """A party denies having said the content: "At no point did we say Taylor could not perform",
    "'I never said that,' Trump told reporters", "the label said it never claimed ...". A verb of
    saying, negated, in the past, with a stated content or a pointer back, in the first person or
    under a party's reporting verb; in the writer's voice it is what someone did not say ("He ...
    did not say, as he did in 1992, that it was a wrong choice"; DUC 2006 dev, odd topics). Not an
    open question ("did not say whether"), a refusal ("declined to say"), nor what one can, will or
    does say ("can't say", "won't say"), which leave the content open (the negation rule reports
    them). Toward a claim the content must share a word with it; the claim's own negation does not
    matter: what is denied is having said it (Swift's "could not perform", Big Machine's "never said")."""
    for token in doc:
        if not _negates(token):
            continue
        verb = _clause_verb(token)
        if verb.lemma_.lower() not in denial.UNSAYING_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if token.head.i != verb.i and token.head.lower_ not in denial.NEGATIVE_ADVERBIAL_NOUNS:
            continue  # "No hard evidence of Isis claims it kidnapped ...": the "no" is the evidence's, not the saying's
        if not _said_in_the_past(verb) or _refused(verb) or _about_embedded_question(verb) or _in_wh_clause(verb):
            continue
        if _unsaid_content(verb) is None or (claim_words and not _about_claim(verb, claim_words)):
            continue
        subject = next((c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS), "")
        reporter = _subject_text(verb.head) if verb.dep_ == "ccomp" and _reporting_verb(verb.head) else None
        if reporter and subject in denial.SELF_SUBJECTS_REPORTED:
            return Stance(DENIES, f"{token.text} {verb.text}", reporter)  # "the label said it never claimed ..."
        if subject in denial.SELF_SUBJECTS_QUOTED:
            return Stance(DENIES, f"{token.text} {verb.text}", _subject_text(verb))  # "At no point did we say ..."
        # else the writer's account of what someone did not say: "He ... did not say, as he did in 1992, that it was a
        # wrong choice"; "Hall's statement did not suggest that ..." (DUC 2006 dev, odd topics)
    return None


def _said_in_the_past(verb: Token) -> bool:
    """"never said", "did not say", "have never claimed": what was (not) said; not "can't say", "won't
    say", "I'm not saying", which speak of what one can, will or does say."""
    if verb.tag_ in ("VBD", "VBN"):
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)


def _past(verb: Token) -> str:
    """A verb of saying in the past tense: "say" -> "said", "claim" -> "claimed", "allege" -> "alleged"."""
    lemma = verb.lemma_.lower()
    return "said" if lemma == "say" else verb.text if verb.tag_ in ("VBD", "VBN") else lemma + ("d" if lemma.endswith("e") else "ed")


def _unsaid_content(verb: Token) -> DeniedContent | None:
    """What a negated verb of saying denies having said: its content clause, or a pointer back ("I
    never said that", "we never said so") to what was said before; None for anything else ("did
    not say anything", "did not say much")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "ccomp":  # what is denied is having said it: "we said <...>"
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            said = f"{_phrase(subject)} {_past(verb)} " if subject is not None else ""
            return DeniedContent(said + _clause_text(child), False)
        if child.dep_ in ("dobj", "advmod") and child.lower_ in denial.ANAPHORIC_PRONOUNS | {"so"} and not list(child.children):
            return DeniedContent("", True)
    return None


def _excluding(verb: Token) -> bool:
    """A verb of excluding ("rule out", "exclude"): negated it leaves the content open, like "did not confirm"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return verb.lemma_.lower() in denial.EXCLUDING_VERBS or f"{verb.lemma_.lower()} {particle}" in denial.EXCLUDING_VERBS


def _about_embedded_question(verb: Token) -> bool:
    """Whether a negated clause is about an embedded question: "isn't sure how ...", "doesn't know
    why ...", "not clear whether ...": what follows is taken as given or left open, not denied."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(c.dep_ in ("ccomp", "xcomp") and (c.left_edge.tag_ in WH_TAGS or c.left_edge.lower_ in denial.OPEN_QUESTION_MARKS)
               for head in heads for c in head.children)


def _imperative(verb: Token) -> bool:
    """A command without a subject opening its sentence: "Don't reset your phone": advice, no denial."""
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children) and verb.left_edge.i == verb.sent.start \
        and verb.left_edge.lower_ in ("do", "never")


def _about_claim(verb: Token, claim_words: set[str]) -> bool:
    """Whether a negated clause shares a content word with the claim, outside its subject unless the
    verb is a copula ("that ESPN panel isn't real" denies the panel): "students not in mass graves"
    against "mass grave holds bodies of students", not "nun had no idea she was pregnant"."""
    copula = verb.lemma_.lower() == "be" or verb.pos_ not in ("VERB", "AUX")  # "expansion not imminent"
    if any(c.dep_ == "expl" for c in verb.children):  # "There's no way out": only what does not exist
        tokens = [t for child in verb.children if child.dep_ == "attr" for t in child.subtree]
    else:
        tokens = [t for child in verb.children if copula or child.dep_ not in SUBJECT_DEPS for t in child.subtree] + [verb]
    return any(t.is_alpha and not t.is_stop and t.lemma_.lower() in claim_words for t in tokens)


def _negative_answer(doc: Doc | Span, _claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    """A bare "No." said in answer to a reported question ("Asked whether Russia had requested
    military assistance, Peskov said: 'No.'"): the answer denies what the question asks. Only the
    answer alone counts; "no" with a clause of its own is left to the negation rule."""
    for token in doc:
        if token.lower_ not in denial.NEGATIVE_ANSWERS or token.dep_ not in ("intj", "dobj", "ccomp", "npadvmod"):
            continue
        verb = token.head
        if not _reporting_verb(verb) and verb.lemma_.lower() not in ("answer", "reply", "respond"):
            continue
        asked = [c for c in verb.children if c.lemma_.lower() == "ask" and c.dep_ in ("advcl", "prep", "pcomp")
                 and any(g.lower_ in denial.QUESTION_MARKS and g.dep_ == "mark" for g in c.subtree)]
        if asked:
            return Stance(DENIES, token.text, _subject_text(verb))
    return None


def asked_party(sentence: str | Doc | Span) -> str | None:
    """Who a reported yes/no question is put to, for the bare "No" said next ("Peskov was asked
    whether ..."; "Reporters asked the spokesman if ..."; "Asked whether ..., Ms. Lund paused."):
    the answer's "he" or "she" is that party."""
    for token in _parse_one(sentence):
        if token.lemma_.lower() != "ask" or not any(g.lower_ in denial.QUESTION_MARKS and g.dep_ == "mark" for g in token.subtree):
            continue
        put_to = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "dative")]
        if put_to:  # "A military spokesman, Maj. Gen. Ahmed Sharif, was asked": the name in apposition
            names = [c for c in put_to[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            return _phrase((names or put_to)[0])
        if token.dep_ == "advcl":
            return _subject_text(token.head)
    return None


def _rebuttal(doc: Doc | Span, _claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    """A clause opened by "No," or "Nope," or "No -" (at the start, or after a colon or a question):
    the fact-checker's rebuttal ("No, a spider did not burrow under his skin"; "No - a Fox News
    account isn't responding ..."; "Expansion ahead? No, says the commissioner")."""
    for token in doc:
        if (token.lower_ in denial.NEGATIVE_ANSWERS and token.i + 1 < len(token.doc) and token.nbor(1).text in REBUTTAL_MARKS
                and (token.i == token.sent.start or token.nbor(-1).text in (":", "?"))):
            speaker = next((_subject_text(a) for a in token.ancestors if _reporting_verb(a)), None)
            return Stance(DENIES, token.text, speaker)
    return None


def _refusal(doc: Doc | Span, _claim_words: set[str], _negated: bool, _reports: bool) -> Stance | None:
    """A refusal to comment ("declined to offer specifics", "no comment", "did not respond"): it
    leaves the content open, so it reports, whatever negation it holds. A refusal inside a clause
    that tells of something else is no refusal of the sentence ("But the civil case - and an inquest
    in which all five suspects refused to answer questions - provoked widespread anger", DUC 2006 D0624)."""
    lowered = [t.lower_ for t in doc]
    for phrase in denial.REFUSAL_PHRASES:
        start = _find(lowered, phrase)
        if start is not None and (phrase[-1] != "return" or _returns_contact(doc[start + len(phrase) - 1])):
            words = doc[start:start + len(phrase)]
            verb = words.root if words.root.pos_ in ("VERB", "AUX") else words.root.head  # "had" of "had no comment"
            if _in_main_clause(words.root):
                return Stance(REPORTS, words.text, _subject_text(verb), refuses=True)
    for token in doc:
        if token.lemma_.lower() in REFUSAL_LEMMAS - {"fail"} and token.pos_ in ("VERB", "AUX") and _in_main_clause(token):
            done = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in denial.COMMENT_LEMMAS]
            if done:
                return Stance(REPORTS, f"{token.text} to {done[0].text}", _subject_text(token), refuses=True)
    return None


def _in_main_clause(token: Token) -> bool:
    """Whether a word belongs to the sentence's main clause or to what it reports ("said it would not
    comment"), not to a relative, adverbial or parenthetical clause."""
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ in MINOR_CLAUSE_DEPS:
            return False
        token = token.head
    return True


def _returns_contact(token: Token) -> bool:
    """Whether "return" has a call, a message or a request as its object ("did not return calls")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in denial.RETURNED_CONTACTS for c in token.children)


def _hedge_or_report(doc: Doc | Span, claim_words: set[str], _negated: bool, claim_reports: bool) -> Stance | None:
    tokens = [t for t in doc if not t.is_space]
    if not tokens:
        return None
    lowered = [t.lower_ for t in tokens]
    if len(tokens) > 1 and lowered[0] in _hedging.REPORT_PREFIXES and tokens[1].text in (":", "-", "|"):
        return Stance(REPORTS, tokens[0].text, None)
    source = _headline_source(tokens)
    if source is not None:
        return Stance(REPORTS, source, source)
    for phrase in _hedging.HEDGE_PHRASES:
        start = _find(lowered, phrase)
        if start is not None and not set(phrase) <= claim_words:
            cue = tokens[start:start + len(phrase)]
            speaker = _according_to(cue[-1]) if phrase == ("according", "to") else None
            return Stance(REPORTS, " ".join(t.text for t in cue), speaker)
    if not claim_reports:
        # a reporting verb frames the headline from its main clause; "after complaining of pains",
        # "a note saying ..." report something else than the headline's news
        reporting = [t for t in tokens if _reporting_verb(t) and t.lemma_.lower() not in claim_words and t.dep_ not in ADVERBIAL_DEPS]
        if reporting:
            verb = min(reporting, key=lambda t: (t.dep_ != "ROOT", t.i))  # "X, officials said": the root speaks
            return Stance(REPORTS, verb.text, _subject_text(verb))
    for token in tokens:
        if token.lower_ in _hedging.HEDGE_WORDS and token.lower_ not in claim_words and not _reporting_verb(token) and _hedges(token):
            return Stance(REPORTS, token.text, None)
    if "?" in lowered[-3:] or any(_yes_no_question(sent) for sent in doc.sents):
        return Stance(REPORTS, "?", None)
    return None


def _hedges(token: Token) -> bool:
    """Whether a hedge word hedges the sentence: a hedging verb as a verb, a hedging adjective
    not on an object ("alleged rapist" qualifies the man, not the news)."""
    if token.lower_ in _hedging.HEDGE_VERBS:
        return token.pos_ == "VERB"
    if token.lower_ in _hedging.NOUN_HEDGES and token.dep_ in ("amod", "compound"):  # "Alleged Rapist" in Title Case
        return token.head.dep_ not in OBJECT_DEPS
    return True


def _yes_no_question(sentence: Span) -> bool:
    """A question opened by an auxiliary ("Is this the Loch Ness monster? New photo shows ..."): it
    leaves the content open wherever it stands; a wh-question ("What's happening in Hong Kong?") need not."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return bool(words) and sentence[-1].text == "?" and words[0].pos_ == "AUX"


def _headline_source(tokens: list[Token]) -> str | None:
    """The source a headline is set off against: "Analyst: Apple Watch to cost $950", "HP to split
    in two -- report", "Microsoft nears deal for Mojang: WSJ". A short segment before the first or
    after the last separator whose head is a source noun ("analyst", "officials", "paper") or that
    names an outlet; a topic label ("Jihadi John: ...", "Breaking news: ...") is not one."""
    stops = [i for i, t in enumerate(tokens) if t.text in HEADLINE_SEPARATORS]
    if not stops:
        return None
    reach = _settings().stance.headline_source_tokens
    segments = [(tokens[:stops[0]], False), (tokens[stops[-1] + 1:], True)]
    for segment, trailing in segments:
        words = [t for t in segment if t.text.strip("-")]
        if not 0 < len(words) <= reach:
            continue
        head = words[-1]
        if any(t.pos_ in ("AUX", "PRON") for t in words):  # "It's official: ..." is a clause, not a source
            continue
        if head.lemma_.lower() in HEADLINE_SOURCE_NOUNS or head.lower_ in HEADLINE_SOURCE_NOUNS or (
                trailing and any(t.lower_.strip("-") in cues.OUTLET_WORDS for t in words)):
            return " ".join(t.text for t in words).strip("-")
    return None


RULES = (_denial_verb, _refutation, _negative_answer, _rebuttal, _refusal, _unsaid, _negation, _hedge_or_report)


class DeniedContent(NamedTuple):
    """What a denial says is untrue, read from the parse: the words, or a pointer back ("denied the
    report", "dispute that", "That idea has been rejected") to what was said just before."""

    text: str  # the complement: "that any protests had occurred", "the accusations of ..."; "" when anaphoric
    anaphoric: bool


def denied_contents(sentences: Iterable[str], cues: Iterable[str]) -> list[DeniedContent | None]:
    """`denied_content` of many denying sentences, each with the cue its stance named, parsed in one batch."""
    cue_list = list(cues)
    return [denied_content(doc, cue) for doc, cue in zip(nlp.parse(list(sentences)), cue_list, strict=True)]


def denied_content(doc: Doc | Span, cue: str) -> DeniedContent | None:
    """The complement of a denial verb or refutation, without the reasons given beside it: "Israel
    denied it was expanding settlements, saying ..." denies "it was expanding settlements"; "there is
    no evidence that X" denies X; "the story was wrong" denies "the story". None for a negation
    and whatever the parse does not show (the caller keeps the words after the cue)."""
    words = cue.split()
    if not words:
        return None
    for token in (t for t in doc if t.text == words[-1]):
        if token.lemma_.lower() in DENIAL_LEMMAS:
            found = _complement(token)
        elif token.lemma_.lower() in denial.UNSAYING_LEMMAS and any(_negates(t) and _clause_verb(t).i == token.i for t in token.subtree):
            found = _unsaid_content(token)  # the negated "said", not the one reporting it ("he said he never said that ...")
        elif token.lower_ in REFUTATION_WORDS or token.lower_ in denial.CONTENT_NOUNS:
            found = _refuted(token)
        else:
            continue
        if found is not None:
            return found
    return None


def _complement(verb: Token) -> DeniedContent | None:
    """What a denial verb (or the noun "denial") denies: its clause ("denied that X", "denied having
    X"), the content clause of its object ("rejected claims that X"), or its object ("disputed the
    figures"; "That idea has been rejected": the passive subject)."""
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS and child.i > verb.i:
            return DeniedContent(_clause_text(child), False)
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") or (verb.pos_ == "NOUN" and child.dep_ in ("acl", "ccomp")):
            found = _noun_content(child)
            if found.anaphoric and verb.dep_ == "conj":  # "'The barriers held,' the mayor said, but the council denied it"
                said = [c for c in verb.head.children if c.dep_ == "ccomp"]
                return DeniedContent(_clause_text(said[0]) if said else "", False)
            return found
    return None


def _refuted(token: Token) -> DeniedContent | None:
    """What a refutation word calls untrue: the clause of "no evidence that X", "a false belief that X",
    "the myth that X"; the subject of "X is false"; the object of "called X baseless"."""
    if token.head.lemma_.lower() in denial.CALLING_LEMMAS:  # "called the report disinformation spread by ..."
        objects = [c for c in token.head.children if c.dep_ == "dobj" and c.i != token.i]
        return _noun_content(objects[0]) if objects else None
    noun = token.head if token.dep_ == "amod" else token
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ == "of"):
            return DeniedContent(_clause_text(child), False)
    if token.dep_ in ("acomp", "attr"):
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
        return _noun_content(subjects[0]) if subjects and subjects[0].lower_ not in _grammar.EXPLETIVES else None
    return None


def _noun_content(noun: Token) -> DeniedContent:
    """A denied noun phrase: its content clause ("reports that X": X), a pointer back when it names
    something said and nothing more ("the report", "that theory", "that"), else the phrase itself."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and child.i > noun.i:
            return DeniedContent(_clause_text(child), False)
    bare = all(c.dep_ in ("det", "amod", "advmod", "punct") for c in noun.children)
    pointer = noun.lower_ in denial.CLAIM_PRONOUNS or any(c.dep_ == "det" and c.lower_ in denial.ANAPHORIC_DETERMINERS for c in noun.children)
    if bare and pointer and _claim_like(noun):
        return DeniedContent("", True)
    return DeniedContent(_clause_text(noun), False)


def _clause_text(head: Token) -> str:
    """The head's subtree without a leading "that", nor the reasons hung on it (", saying ...",
    ", which argues ...", ", although ...")."""
    skip = {t.i for c in head.subtree if c.dep_ in ("advcl", "relcl", "appos") and c.left_edge.i > head.left_edge.i
            and c.left_edge.nbor(-1).text == "," for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in skip]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip()


def _negates(token: Token) -> bool:
    """A `neg` dependent, or a negative determiner on an argument of a verb ("no one was hurt")."""
    if _contrastive(token):
        return False
    if token.dep_ == "neg":
        return not (token.i > token.sent.start and token.nbor(-1).lower_ == "or")  # "whether or not": no negation
    return token.lower_ in NEGATION_WORDS and token.dep_ in ("det", "nsubj", "nsubjpass", "dobj", "advmod") and token.head.pos_ in ("VERB", "AUX", "NOUN")


def _contrastive(token: Token) -> bool:
    """A "not" set off after what it is contrasted with: "make sure the people responsible pay for it,
    not the people of Lower Quay", "a 'consultation', not the first legal step": it sets one thing
    against another and negates no clause; "..., not many acupuncturists offer it" does."""
    return (token.lower_ == "not" and token.i > token.sent.start and token.nbor(-1).text in denial.CONTRAST_MARKS
            and not (token.i + 1 < len(token.doc) and token.nbor(1).lower_ in denial.NEGATED_QUANTIFIERS))


def _clause_verb(negation: Token) -> Token:
    """The verb whose clause a negation negates: its head, or the head's head for a determiner ("no
    fighters were caught"); a negated predicate without a verb is its own clause ("says expansion not imminent")."""
    if negation.head.pos_ in ("VERB", "AUX") or (negation.dep_ == "neg" and negation.head.dep_ in MAIN_CLAUSE_DEPS):
        return negation.head
    if negation.head.lower_ in denial.NEGATIVE_ADVERBIAL_NOUNS and negation.head.dep_ == "pobj" and negation.head.head.dep_ == "prep":
        return negation.head.head.head  # "At no point did we say ...": the phrase's "no" negates "say"
    return negation.head.head  # also the subject of a verbless clause (`_verbless_clause`)


def _verbless_clause(negation: Token) -> bool:
    """A headline's clause without its copula, parsed as a noun phrase: "Students not in 1st mass
    graves" (the negation on the preposition), "Managua explosion not a meteorite" (on the predicate
    noun, set beside its subject)."""
    head = negation.head
    if negation.dep_ != "neg" or not (head.pos_ == "ADP" and head.dep_ == "prep" or head.pos_ in ("NOUN", "PROPN") and head.dep_ == "appos"):
        return False
    subject = head.head
    return subject.pos_ in ("NOUN", "PROPN") and subject.dep_ in VERBLESS_SUBJECT_DEPS and subject.i < negation.i


def _reporting_verb(token: Token) -> bool:
    """A neutral reporting verb used as one: "says", "claims" (a verb); "asked" only with a clause."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in REPORTING_LEMMAS:
        return False
    if lemma in _hedging.DIRECTIVE_LEMMAS:
        return any(child.dep_ == "ccomp" for child in token.children)
    return lemma not in _hedging.CLAUSE_ONLY_LEMMAS or any(child.dep_ in CONTENT_DEPS for child in token.children)


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
            if child.dep_ in SUBJECT_DEPS and candidate.dep_ == "relcl" and child.tag_ in WH_TAGS and candidate.head.pos_ in ("NOUN", "PROPN"):
                return _phrase(candidate.head, without=candidate)  # "Steve Abrams, who rejects evolution": Abrams
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in _grammar.EXPLETIVES:
                return _phrase(child)
    return None


def _under_frame(token: Token) -> bool:
    """Whether the nearest reporting verb above the token warns, vows or reports (`NON_DENYING_FRAMES`)."""
    for ancestor in token.ancestors:
        if _reporting_verb(ancestor) or ancestor.lemma_.lower() in denial.NON_DENYING_FRAMES:
            return ancestor.lemma_.lower() in denial.NON_DENYING_FRAMES
    return False


def _caller(token: Token) -> str | None:
    """The subject of a verb of calling above a refutation word: "Zhao called the report disinformation"."""
    for ancestor in list(token.ancestors)[:_settings().stance.refusal_reach]:
        if ancestor.lemma_.lower() in denial.CALLING_LEMMAS:
            return _subject_text(ancestor)
    return None


def _named_subject(verb: Token) -> str | None:
    """The verb's subject when it names a party (a proper name): "Beijing has never supplied arms"."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.pos_ == "PROPN":
            return _phrase(child)
    return None


def _according_to(to: Token) -> str | None:
    """X of "according to X"."""
    objects = [child for child in to.children if child.dep_ == "pobj"]
    return _phrase(objects[0]) if objects else None


def _phrase(head: Token, without: Token | None = None) -> str:
    """A noun phrase without its leading determiner (nor the clause `without`, when it ends the phrase);
    long clauses cut to the head and its compounds."""
    span = head.doc[head.left_edge.i:head.right_edge.i + 1]
    if without is not None and without.left_edge.i > head.i:
        span = head.doc[head.left_edge.i:without.left_edge.i]
        while len(span) > 1 and span[-1].is_punct:
            span = span[:-1]
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
