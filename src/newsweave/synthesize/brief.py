"""The brief: a short account built from the best supported claims, every sentence cited.

Selection is MMR (maximal marginal relevance): each step takes the claim whose relevance,
less its similarity to what is already chosen, is highest. Relevance mixes support
(independent sources, then documents), whether a party denies a claim the story carries
(`contested`: what a reader must not miss, that it is contested and by whom), centrality (closeness to the story as a whole, in
meaning and in the words most of its reports use), the position of the claim in its reports
(news puts what matters first) and, with `focus`, the closeness to the question, in meaning
and in words. No statement is said twice: a claim is left out when a chosen one's sentence is
among its members (or its sentence among the chosen one's), or when its wording is a near
duplicate of a chosen one's (brief.duplicate_cosine). A sentence about to be chosen is parsed: a
fragment without a verb or an instruction states nothing and is passed over (`states_something`), and so
is a sentence whose subject is a pronoun nobody named (`reads_alone`). The chosen sentences are ordered
by their reports' publication dates and positions.

Each sentence says who carries its claim and who denies it: "(reported by A, B and C)",
"(according to A alone)", "(reported by A; disputed by Kestrel Marine Works)". Carriers are the
claim's independent sources, named as outlets (sources.document_outlet, never a file name);
deniers are the story's entities (parties.py, never a pronoun or a fragment of a quote). A
single-source or disputed claim is so never stated as settled fact.

A person the brief first mentions by one word of their name ("Zhu suggested ...", the report having
named him sentences earlier) is named in full there, in brackets ("[Zhu Muzhi] suggested ..."), as an
editor marks a word changed in a quote (PartyNamer.in_full); `statement` keeps the report's words. A
statement whose words only a "he" or "she" beside the verb said, whom the namer cannot name, is left out
(PartyNamer.speaker_unnamed), as is a sentence from the middle of a quotation whose speaker is named outside
it (PartyNamer.within_quote): read alone, nobody could tell whose words they are.

The word budget counts the statements, not the markers and citations: those are provenance
apparatus the renderers show beside the text, like the citation links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsweave import lexicon
from newsweave.annotate import nlp
from newsweave.annotate.entities import title_cased
from newsweave.annotate.quote_marks import DOUBLE, SINGLE, closing_mark
from newsweave.model import BriefSentence, Claim, Document
from newsweave.read.dateline import dateline_end
from newsweave.synthesize.embed import Embedder, MiniLMEmbedder
from newsweave.synthesize.parties import PartyNamer
from newsweave.synthesize.sentences import Sentence, document_sentences, with_stop, word_count
from newsweave.synthesize.sources import DISPUTED, SINGLE_SOURCE, document_outlet, unnamed
from newsweave.settings import current as _settings

# Quotes alone ("“That is a problem all by itself.”") need their speaker's sentence to make sense:
# a statement that opens with a mark of these and ends with one (or with a period) is left out, and
# so is the last sentence of a quotation that opened before it ("Quebec will never resign itself ...”").
QUOTE_MARKS = DOUBLE + SINGLE
_GRAMMAR = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar
_TIME_NOUNS = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).calendar.TIME_NOUNS
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WHOLE_WORD = re.compile(r"[^\W\d_]+\b")  # "my", not the first letters of "my6sense"
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})
# An "it" that stands for the clause after it: "It is estimated that", "It was not clear whether", "It's
# hard to", "It may be that", "It seems to me that". Not "It is expected to reach ...", "It is likely to
# pass": before "to", a word in -ed or -ly says the "it" is something named before.
_EXTRAPOSED = re.compile(
    r"it(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t|has been|had been|will be|would be|may be|might be|could be|"
    r"seems?|seemed|appears?|appeared|remains?|remained|became|becomes))(?:\s+[\w-]+){0,3}?\s+"
    r"(?:that|whether|if|how|why|who|what|when|where|(?<!ed )(?<!ly )to)\b",
    re.IGNORECASE,
)
_DENIAL = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).denial
# Dependencies of a verb's subject: a statement's root verb has one ("There were ..." an expletive).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# ... and what may stand before an instruction's verb: "When chilled, mix ...", "Then stir ...".
_ADVERBIAL_DEPS = frozenset({"advcl", "advmod", "prep", "punct", "mark", "npadvmod", "intj", "cc"})
# A capitalised first word the tagger may have misread for what it is in lower case ("Support Snopes and
# ...": a name; "Stay tuned for ...": an auxiliary). A pronoun, determiner, preposition or conjunction is
# read right either way: on 8,000 claim sentences of the web pile, re-reading only these tags re-reads 1,258
# where every capitalised first word re-read 5,029, and changes one verdict ("But ere parting with the
# reader, let me say, ...", Melville).
_MISREAD_FIRST = frozenset({"PROPN", "NOUN", "ADJ", "VERB", "AUX", "X", "INTJ"})
# A statement opening with one of these leans on what the reader of a brief does not see: the sentence
# before (a pronoun, a linking word) or the person speaking (the first or second person).
_UNSEEN_OPENERS = _GRAMMAR.REFERRING_PRONOUNS | _GRAMMAR.LINKING_OPENERS | _GRAMMAR.FIRST_SECOND_PERSON
# A refusal to comment: "declined to offer specifics", "refused to say", "did not respond", "has not commented",
# "did not return calls" ("would not return to the battlefield" returns no call: stance._returns_contact).
_RETURNED = r"(?:\s+\S+){0,3}?\s+(?:" + "|".join(sorted(w.rstrip("y") for w in _DENIAL.RETURNED_CONTACTS)) + r")\w*"  # calls, inquiries
_REFUSAL = re.compile(
    r"\b(?:declin|refus)\w*\s+to\s+(?:" + "|".join(sorted(_DENIAL.COMMENT_LEMMAS)) + r")\b"
    + "".join(r"|\b" + r"\s+".join(re.escape(w) for w in phrase) + (_RETURNED if phrase[-1] == "return" else r"(?:s|ed)?") + r"\b"
              for phrase in _DENIAL.REFUSAL_PHRASES if phrase[0] != "n't"),
    re.IGNORECASE,
)


def write_brief(
    claims: Sequence[Claim],
    docs: Sequence[Document],
    words: int = 120,
    focus: str | None = None,
    embedder: Embedder | None = None,
    parties: PartyNamer | None = None,
) -> list[BriefSentence]:
    """At most `words` words of statements, best supported first, ordered to read well.

    `embedder` should be the one the claims stage used (claims.CachedEmbedder) so the
    vectors are not computed twice; without one, MiniLM is loaded. `parties` names the deniers
    from the story's entities, quotes and attributions; without it, from the claims alone.
    """
    by_id = {d.id: d for d in docs}
    sentences = _sentence_spans(docs)
    parties = parties or PartyNamer(docs)
    candidates = [
        said for c in claims
        if c.members and _usable((said := statement(c, by_id, sentences)).text)
        and not parties.speaker_unnamed(said.text, said.doc, said.start) and not parties.within_quote(said.doc, said.start, said.end)
    ]
    if not candidates or words <= 0:
        return []
    embedder = embedder or MiniLMEmbedder()
    vectors = embedder.encode([c.text for c in candidates])
    relevance = _relevance([c.claim for c in candidates], vectors, by_id, focus, embedder)

    chosen: list[int] = []
    budget = words
    left = set(range(len(candidates)))
    while left and budget >= _settings().brief.min_sentence_words:
        redundancy = (vectors[list(left)] @ vectors[chosen].T).max(axis=1) if chosen else np.zeros(len(left))
        mmr = _settings().brief.mmr_lambda
        order = sorted(zip(left, mmr * relevance[list(left)] - (1 - mmr) * redundancy, strict=True), key=lambda x: -x[1])
        pick = None
        for i, _ in order:
            if word_count(candidates[i].text) > budget:
                continue
            if reads_alone(candidates[i].text):  # parsed only now: a few sentences per story
                pick = i
                break
            left.discard(i)  # a fragment, an instruction or a "she" nobody named, never picked
        if pick is None:
            break
        chosen.append(pick)
        left.discard(pick)
        budget -= word_count(candidates[pick].text)
        left -= {i for i in left if same_statement(candidates[pick], candidates[i], float(vectors[pick] @ vectors[i]))}

    picked = sorted((candidates[i] for i in chosen), key=lambda c: _reading_order(c.claim, by_id))
    named: set[str] = set()  # the persons the brief has mentioned so far (PartyNamer.in_full)
    return [_sentence(c, by_id, parties, named) for c in picked]


@dataclass(slots=True)
class Statement:
    """What the brief would say for a claim: the sentence of its report that states it, and where."""

    claim: Claim
    text: str
    doc: str
    start: int
    end: int


def statement(claim: Claim, docs: dict[str, Document], sentences: dict[str, list[Sentence]] | None = None) -> Statement:
    """The claim's sentence: the member its text quotes; a clause cut from inside a sentence (it
    opens in lower case: "for economic help since it invaded Ukraine, according to U.S.
    officials") widened to the whole sentence of its report that holds it (`sentences`), so no
    fragment is quoted. A clause that opens its sentence stays as cut: the whole sentence for every
    clause cost .2 ROUGE-2 and .02 pyramid on the odd DUC dev topics (longer sentences, fewer facts)."""
    member = next((m for m in claim.members if m.text[dateline_end(m.text, m.start):].strip().rstrip(".") == claim.text.strip().rstrip(".")), None)
    member = member or next((m for m in claim.members if m.text.strip()[:1].islower()), claim.members[0])
    if member.text.strip()[:1].islower():
        for sentence in (sentences or {}).get(member.doc, ()):
            if sentence.start <= member.start < sentence.end:
                return _undated(Statement(claim, sentence.text, member.doc, sentence.start, sentence.end))
    return _undated(Statement(claim, member.text, member.doc, member.start, member.end))  # the report's words, as written


def _undated(said: Statement) -> Statement:
    """The statement without the wire dateline its report opens with ("WASHINGTON (AP) _ ", "MADRID,
    February 17 (Xinhua) -- "): where a report was filed is no part of what it says."""
    cut = dateline_end(said.text, said.start)
    return Statement(said.claim, said.text[cut:], said.doc, said.start + cut, said.end) if cut else said


def _sentence_spans(docs: Sequence[Document]) -> dict[str, list[Sentence]]:
    return {doc.id: list(document_sentences(doc)) for doc in docs}


def same_statement(a: Statement, b: Statement, cosine: float) -> bool:
    """Whether two statements would say one thing twice: one's sentence holds a member of the
    other's claim, or their sentences are near duplicates: by meaning (`cosine` of the two
    texts), or less close in meaning but stating one figure ("About 1,200 residents were
    evacuated" / "about 1,200 people had to leave their homes")."""
    return (
        cosine >= _settings().brief.duplicate_cosine
        or (cosine >= _settings().brief.duplicate_figure_cosine and bool(_figures(a.text) & _figures(b.text)))
        or _holds_member(a, b.claim)
        or _holds_member(b, a.claim)
    )


def _holds_member(said: Statement, claim: Claim) -> bool:
    return any(m.doc == said.doc and m.start < said.end and said.start < m.end for m in claim.members)


def _figures(text: str) -> set[str]:
    """The figures a sentence states: numbers of two digits or more but years (many facts of a
    story share its year, and small counts, "two gates", "3 p.m.", its days and hours)."""
    found = {n.replace(",", "") for n in _NUMBER.findall(text)}
    return {n for n in found if sum(c.isdigit() for c in n) >= 2 and not (len(n) == 4 and n[:2] in ("19", "20"))}


def contested(claim: Claim) -> bool:
    """Whether a claim is a dispute the story carries: denied, and the claim and its denials together
    reported by at least brief.dispute_min_sources independent sources. A denial beside a claim one
    report carries is as often a side quarrel, or a stance rule's false alarm, as the story's central
    dispute; a claim one outlet broke that a party denies in several outlets' reports is the dispute
    ("the findings were sent to Kestrel", denied by Kestrel in four reports)."""
    carried = dict.fromkeys(claim.sources + claim.denial_sources)
    return bool(claim.denials) and len(carried) >= _settings().brief.dispute_min_sources


def _usable(text: str) -> bool:
    """Whether a statement reads alone: long enough, not a quote without its speaker (nor the opening of
    one that goes on in the next sentence), not cut from its sentence (opening in lower case), not holding a
    link (an embedded post), not in the first or second person outside a quotation ("I was
    not on the call ...": whose words?), and not
    leaning on the sentence before for whom it means ("He is the most popular ...") or for what it
    answers or goes on from ("But the Corps says ...", "Also, ...": grammar.LINKING_OPENERS; on the
    odd DUC dev topics ROUGE-2 with focus 8.73 -> 8.83, without 8.58 -> 8.76), and not saying what
    someone would not say ("The officials ... declined to offer specifics about ...": no fact of the story),
    and not pointing back at what the sentence before said ("That argument, say tribes, overlooks ...",
    `_points_back`), and not a question, a line that announces the next ("... is just a matter of adding
    this simple line to your HTML test file:"), a headline in the text (`entities.title_cased`) or code."""
    stripped = text.strip()
    if word_count(stripped) < _settings().brief.min_sentence_words or (stripped[0] in QUOTE_MARKS and stripped[-1] in QUOTE_MARKS + ".!"):
        return False
    if stripped[0] in DOUBLE and not any(mark in stripped[1:] for mark in DOUBLE):
        return False  # a quotation that goes on in the next sentence: its speaker is named there
    if stripped.rstrip("\"'”’)").endswith("?"):  # "Why has the Lawrence case been so important?" asks, it states nothing
        return False
    if stripped.endswith(":"):  # "..., you can all rest assured that:" announces what the next line says
        return False
    if title_cased(stripped):  # a headline or a caption in the text: "Yahoo's Sale to Verizon Ends an Era ..."
        return False
    if "{" in stripped or "}" in stripped:  # code or markup: "(function(exports) { ...", "{\displaystyle A}"
        return False
    if stripped[0].islower() and stripped.split()[0].islower():  # cut from its sentence: "if Evidence Action Beta ..., or."
        return False
    if "://" in stripped:  # a link, or a post embedded in the page: "... your slogan. https://t.co/XPxUJuyIAC."
        return False
    closes_earlier_quote = stripped.count("”") > stripped.count("“") or (stripped.rstrip(".,").endswith('"') and stripped.count('"') % 2 == 1)
    first = _WORD.match(stripped)
    return (
        not closes_earlier_quote and not (first and first.group().lower() in _UNSEEN_OPENERS)
        and not _points_back(stripped) and not _REFUSAL.search(stripped)
    )


def states_something(parsed: Doc, text: str) -> bool:
    """Whether a sentence (`text`, `parsed` its parse) states something: one of its sentences (the parser sets "Claim:"
    or "GREECE:" apart) is neither a fragment without a verb (what a page or the splitter left: "Later in
    the day, Kurt Volker, former special envoy to Kyiv.", a caption, a box score) nor an instruction (a
    bare verb with no subject, nothing but adverbials and "do" before it: "Remember what we already know
    about ...", "When chilled, mix the rhubarb with ..."). Parsed only for the sentences the brief would
    pick, a few per story. A bare participle with no subject is a fragment too ("Highly recommended
    as ..."). The small model's tags are too loose for more: it takes the verb of
    "Eventually, bone rubs against bone" for a plural noun. It also reads a capitalised first word as a
    name ("Support Snopes and make a difference ..."), so a sentence whose first
    word NER does not take for a name, and that the tagger may have misread, must state something read
    with that word in lower case too."""
    if not any(_states(sentence) for sentence in parsed.sents):
        return False
    first = parsed[0] if len(parsed) else None
    if first is None or first.pos_ not in _MISREAD_FIRST or not first.text[0].isupper() or first.ent_type_ or first.text == "I":
        return True
    return any(_states(sentence) for sentence in next(nlp.parse([text[0].lower() + text[1:]])).sents)


def reads_alone(text: str) -> bool:
    """Whether a sentence the brief would pick states something (`states_something`) and names its subject:
    one that opens with when or where and then leans on the sentence before for who ("On Sunday night, she
    did not get the chance.", "In a statement, it said ...", "After the vote, his lawyer ...") reads no better
    alone than one that opens with the pronoun (`_usable`)."""
    parsed = next(nlp.parse([text]))
    return states_something(parsed, text) and not _unseen_subject(parsed, text)


def _unseen_subject(parsed: Doc, text: str) -> bool:
    """Whether the first sentence's subject, after nothing but adverbials, is a pronoun or points back
    (`_points_back`): "In 2019, it was reported that ..." (an extraposed "it") and "Sometimes employees
    don't follow the rules, he said." (the subject after what was said) are not."""
    sentence = next(iter(parsed.sents), None)
    if sentence is None:
        return False
    root = sentence.root
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i == sentence.start:
        return False  # none, or the sentence opens with it (`_usable` read that)
    if any(c.dep_ not in _ADVERBIAL_DEPS for c in root.lefts if c.i < subject.left_edge.i):
        return False
    if any(_antecedent(t) for t in parsed[sentence.start : subject.left_edge.i]):
        return False  # "When neon lights debuted in Europe, they seemed ...", "According to Taylor Swift, her label ..."
    rest = text[subject.left_edge.idx:]
    first = _WHOLE_WORD.match(rest)
    return bool(first and first.group().lower() in _UNSEEN_OPENERS) or _points_back(rest)


def _antecedent(token: Token) -> bool:
    """Whether an opening clause's word may be what the subject's pronoun stands for: a name (not a
    day's: "On Sunday night, she ...") or the subject of the clause's own verb."""
    return (token.pos_ == "PROPN" and token.ent_type_ not in _WHEN_ENTITIES) or token.dep_ in ("nsubj", "nsubjpass")


def _states(sentence: Span) -> bool:
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and not _bracketed(t, sentence)]  # a box score's "(1 combined)"
    if not verbs:
        return False
    # A name or a noun whose one verb is in a relative clause: "Kevin Mayer, the Disney executive who is
    # overseeing the Disney+ streaming service." Not a participle: the tagger's "bone rubs against bone,
    # causing pain" parses as a noun with one too. Not two verbs: "Two hostages ... who had been held by the
    # Taliban ... were released Tuesday" is parsed as one relative clause. Nor a past participle after it: "Chelsea
    # Handler — grilled about their connections with him." (a clause cut from a list, the web pile); the tagger's
    # "bone rubs against bone, causing pain" is a noun with an "-ing" one.
    root = sentence.root
    heads = [v for v in verbs if v.dep_ not in ("aux", "auxpass")]
    if root.pos_ not in ("VERB", "AUX") and len(heads) == 1 and (
            any(a.dep_ == "relcl" for a in (heads[0], *heads[0].ancestors)) or heads[0].dep_ == "acl" and heads[0].tag_ == "VBN"):
        return False
    label = root.i + 1 < sentence.end and root.nbor().text == ":"  # "Claim: The combined effects ... may help"
    instruction = (
        root.tag_ == "VB"
        and not label
        and not any(c.dep_ in _SUBJECT_DEPS for c in root.children)
        and all(c.dep_ in _ADVERBIAL_DEPS or (c.dep_ in ("aux", "neg") and c.lemma_.lower() in ("do", "not")) for c in root.lefts)
    )
    # A bare participle with no subject and no auxiliary is a caption or a clause cut from its sentence:
    # "Highly recommended as an affordable way to ...", "Photographed by ..."; not "Also killed in the
    # blast was ..." (an auxiliary) nor "Founded in 1990, the firm employs ..." (the participle is no root).
    participle = root.tag_ in ("VBN", "VBG") and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in root.children)
    return not instruction and not participle


def _bracketed(token: Token, sentence: Span) -> bool:
    """Whether the token stands inside round brackets that open in its sentence after its first word
    and close in it (a sentence wholly in brackets is still a sentence: "(One son works for the farm
    full time.)"; so is one after a typist's unclosed "WASHINGTON (AP -- ...")."""
    at = token.i - sentence.start
    opened = sum(t.text.count("(") - t.text.count(")") for t in sentence[1:at])
    return opened > 0 and any(")" in t.text for t in sentence[at + 1 :])


def _points_back(text: str) -> bool:
    """Whether `text` opens with a demonstrative, alone or after a preposition, that is not a time's:
    "That was hardly what the industry wanted to hear", "Those enterprises, in turn, give ...", "With
    this drastic increase came ..."; but "This week, the council ..." and "In that same year ..." say when.
    Or with "its", or with an "it" that stands for something named before ("It breeds in wetlands") rather
    than for a clause that follows ("It is estimated that ...", "It was unclear whether ...": `_EXTRAPOSED`).
    Or with "the" and a noun for what someone did or said, that noun alone: "The decision came one day after
    ...", but not "The decision to close the plant ..." (`grammar.EVENT_ANAPHOR_NOUNS`)."""
    words = [w.lower() for w in _WORD.findall(text[:80])]
    if words[:1] == ["its"] or (words[:1] == ["it"] and not _EXTRAPOSED.match(text)):
        return True
    if words[:1] == ["the"] and words[1:2] and words[1] in _GRAMMAR.EVENT_ANAPHOR_NOUNS:
        return words[2:3] != ["that"] and not (words[2:3] and words[2] in _GRAMMAR.PREPOSITIONS)
    at = 1 if words[:1] and words[0] in _GRAMMAR.PREPOSITIONS else 0
    if len(words) <= at or words[at] not in _GRAMMAR.DEMONSTRATIVES:
        return False
    return not _TIME_NOUNS & set(words[at + 1:at + 4])


def _relevance(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    docs: dict[str, Document],
    focus: str | None,
    embedder: Embedder,
) -> np.ndarray:
    support = np.array([c.independent_sources + 0.25 * len(c.documents) for c in claims], dtype=np.float32)
    support = (support - support.min()) / max(float(support.max() - support.min()), 1e-6)
    weights = np.array([len(c.members) for c in claims], dtype=np.float32)
    centre = (vectors * weights[:, None]).sum(axis=0)
    centre /= max(float(np.linalg.norm(centre)), 1e-6)
    centrality = vectors @ centre
    position = np.array([_position(c, docs) for c in claims], dtype=np.float32)
    weight = _settings().brief
    relevance = weight.support_weight * support + weight.centrality_weight * centrality + weight.position_weight * position
    relevance += weight.dispute_weight * np.array([contested(c) for c in claims], dtype=np.float32)
    words = [_words(c.text) for c in claims]
    relevance += weight.signature_weight * _signature(words, docs)
    if focus:
        question = embedder.encode([focus])[0]
        asked = _words(focus)
        lexical = np.array([len(asked & w) / max(np.sqrt(len(asked) * len(w)), 1.0) for w in words], dtype=np.float32)
        relevance += weight.focus_weight * (vectors @ question) + weight.focus_lexical_weight * lexical
    return relevance


def _words(text: str) -> set[str]:
    """Content words, lower-cased, a plural -s dropped: enough to match a question's words."""
    found = set()
    for word in _WORD.findall(text.lower()):
        if len(word) > 2 and word not in ENGLISH_STOP_WORDS:
            found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return found


def _signature(words: Sequence[set[str]], docs: dict[str, Document]) -> np.ndarray:
    """Per claim, the mean share of the story's reports that use each of its content words."""
    frequency = Counter(w for d in docs.values() for w in _words(d.text))
    n = max(len(docs), 1)
    return np.array([sum(frequency[w] for w in ws) / (n * len(ws)) if ws else 0.0 for ws in words], dtype=np.float32)


def _position(claim: Claim, docs: dict[str, Document]) -> float:
    """1.0 for a claim in a report's first line, falling toward 0 at the end of it."""
    best = 0.0
    for m in claim.members:
        doc = docs.get(m.doc)
        if doc and doc.text:
            best = max(best, 1.0 - m.start / len(doc.text))
    return best


def _reading_order(claim: Claim, docs: dict[str, Document]) -> tuple[str, str, int]:
    """Earliest supporting report's date, then that report, then the position in it."""
    first = min(claim.members, key=lambda m: ((docs[m.doc].published or "9999") if m.doc in docs else "9999", m.start))
    doc = docs.get(first.doc)
    return ((doc.published or "9999") if doc else "9999", first.doc, first.start)


def _sentence(said: Statement, docs: dict[str, Document], parties: PartyNamer, named: set[str]) -> BriefSentence:
    """The claim's sentence, each person named in full at their first mention in the brief, with who
    carries it and, when it is denied, who denies it. `statement` keeps the report's words as written."""
    claim = said.claim
    sources = claim.sources or list(dict.fromkeys(_outlet(d, docs) for d in claim.documents))
    deniers = parties.deniers(claim) if claim.denials else []
    carried = f"according to {sources[0]} alone" if len(sources) == 1 else f"reported by {_names(sources)}"
    if claim.label == DISPUTED:
        reporters = list(dict.fromkeys(_outlet(d.doc, docs) for d in claim.denials))
        disputed = f"disputed by {_names(deniers)}" if deniers else f"disputed in a report by {_names(reporters)}"
        marker = f"{carried}; {disputed}"
    else:
        marker = carried
    shown = parties.in_full(said.text, said.doc, said.start, named)
    return BriefSentence(text=f"{with_stop(shown)}{closing_mark(shown)} ({marker})", statement=said.text, citations=claim.documents,
                         label=claim.label, claim=claim.id, sources=sources, deniers=deniers)


def _outlet(doc_id: str, docs: dict[str, Document]) -> str:
    doc = docs.get(doc_id)
    return document_outlet(doc) if doc else doc_id


def _names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"; beyond brief.named_sources names, "A, B, C and 3 more"; two
    or more reports that name no outlet are counted, not listed by headline ("A and 2 reports
    naming no outlet"): the citations after the sentence say which reports they are."""
    most = _settings().brief.named_sources
    nameless = [n for n in names if unnamed(n)]
    if len(nameless) > 1:
        names = [n for n in names if not unnamed(n)] + [f"{len(nameless)} reports naming no outlet"]
    if len(names) > most:
        return f"{', '.join(names[:most])} and {len(names) - most} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
