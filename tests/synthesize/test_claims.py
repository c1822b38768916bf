"""Claims: one claim per statement across reports, denials on the claim they deny; the answer key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsweave.model import Claim, ClaimMember, Document
import numpy as np

from newsweave import settings
from newsweave.synthesize.claims import (
    CachedEmbedder,
    PairScorer,
    _SetCosines,
    _anchored_claims,
    _figures,
    _key_tokens,
    _quantities,
    _readable,
    _same_counts,
    _sentence_vectors,
    _without_subject,
    _without_contained_claims,
    align_claims,
    clause_units,
    propositions,
)
from newsweave.synthesize.embed import MiniLMEmbedder
from newsweave.synthesize.sentences import Sentence, split_sentences
from newsweave.synthesize.sources import count_sources

# Floors on the example corpus's 18 answer-key claims (measured: 8 / 11 / 15 when written,
# 11 / 14 / 16 with clause units, contained members, appositions left out of the scores and
# the denier's-own-claim rule; 15 / 17 / 18 with subordinate clauses as propositions and
# precise figures holding one claim; 16 / 18 / 18 with counts of the same things holding
# "gates 2 and 3 stalled" and "two of the four gates failed to close" together: every claim
# of two or more independent reports right; the two misses are single-source claims).
# Denials: the key's six denying sentences on the claims they deny (4 when counted first; 6 with
# a noun denial's possessor as its speaker, a pronoun's follow-up sentence kept with its denial
# and denials grouped at a lower cut).
# Issue 12 moved one claim: 16 / 17 / 17. The claim "two of the four gates had been flagged as corroded"
# (key: one independent source) now also holds a Bayline sentence whose subordinate clause states
# it ("... why an inspection report that flagged corrosion on those two gates last month had never
# reached them": no longer a denial, since nobody is named saying the negation) and, joined by its
# score with the whole claim, the evacuee sentence "... evacuated after two of the four gates failed
# to close": three independent sources where the key counts one, so corroborated, not single-source.
# Scoring clause rows with their whole sentences' cosine (claims.sentence_weight 0.3, cut 1.0, join
# 1.15) gives 17 / 17 / 17: the corrosion flagged last month no longer holds the Northshore Radio
# sentence of the gates' failure; not the default (see settings.Claims.sentence_weight).
KEY_FLOORS = {"documents": 16, "independent": 17, "label": 17, "denials": 6}


@pytest.fixture(scope="module")
def embedder() -> CachedEmbedder:
    return CachedEmbedder(MiniLMEmbedder())


def docs_of(texts: dict[str, str]) -> list[Document]:
    return [Document(id=k, path=k, format="text", source=k, text=v) for k, v in texts.items()]


# (sets, idf, pair sharing one item (rows), another pair sharing one item, expected order of their scores):
# with idf an item most sets hold (the story's central name) counts less than a rare one
SET_COSINES = [
    ([{"lawrence", "stab"}, {"lawrence", "inquiry"}, {"police", "stab"}, {"lawrence", "report"}], False, (1, 3), (0, 2), "=="),
    ([{"lawrence", "stab"}, {"lawrence", "inquiry"}, {"police", "stab"}, {"lawrence", "report"}], True, (1, 3), (0, 2), "<"),
    ([{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}], True, (0, 1), (0, 2), "=="),  # items as frequent count alike
]


@pytest.mark.parametrize(("sets", "idf", "common", "rare", "order"), SET_COSINES)
def test_set_cosines(sets, idf, common, rare, order):
    cosines = _SetCosines(sets, idf)
    rows = np.arange(len(sets))
    scores = cosines.block(rows, rows)
    assert np.allclose(np.diag(scores), 1.0)  # a set is its own best match, weighted or not
    first, second = scores[common], scores[rare]
    assert (first < second) if order == "<" else np.isclose(first, second)


# (key sets of a story's rows, share, what is left of the first set): a name in more than the share of a
# story's rows is its subject and leaves every set; numbers and counts stay, however often they are told;
# a story of fewer than claims.subject_min_rows rows keeps everything (a share of it is a row or two)
_STORY = [{"epstein", "e2", "aug"}, {"epstein", "e2", "10:30"}] + [{"epstein", "e2", "2 gate"}] * 18 + [{"andrew"}] * 5
WITHOUT_SUBJECT = [
    (_STORY, 0.2, {"aug"}),  # the web pile's prison report: "Epstein" (and its entity) in 20 of 25 rows
    ([{"andrew"}] * 5 + _STORY[:20], 0.2, {"andrew"}),  # 5 of 25 rows is no more than a fifth: a name of its own
    (_STORY[:20], 0.2, {"aug"}),
    ([{"2 gate", "kestrel"}] * 25, 0.2, {"2 gate"}),  # "gates 2 and 3" in every row is still the fact
    (_STORY[:19], 0.2, {"epstein", "e2", "aug"}),  # 19 rows: too few to tell a subject
    (_STORY, 0.0, {"epstein", "e2", "aug"}),  # off
]


@pytest.mark.parametrize(("sets", "share", "first"), WITHOUT_SUBJECT)
def test_the_story_subject_is_no_shared_key(sets, share, first):
    assert _without_subject([set(s) for s in sets], share)[0] == first


def test_rows_sharing_only_the_subject_are_no_claim_pair(embedder):
    """Two clauses of a story of 20 rows naming its subject, and nothing else in common, no longer score
    as one fact on the key overlap; two that share a name of their own still do."""
    texts = ["enabling Epstein for so many years.", "the officers discovered Epstein's body."] + \
        [f"On day {n}, Epstein was seen at the house." for n in range(16)] + ["Lisa Boesky spoke first.", "Later, Boesky said it again."]
    rows = [Sentence(str(n % 2), 0, len(t), t, n) for n, t in enumerate(texts)]
    scorer = PairScorer(rows, embedder.encode(texts))
    keys = scorer.keys.block(np.arange(len(rows)), np.arange(len(rows)))
    assert keys[0, 1] == 0.0 and keys[18, 19] > 0.5


# (reports, sentences that must share one claim, sentences that must not)
ALIGNED = [
    (
        {"a": "The city council voted 7-2 on Wednesday to stop paying Kestrel Marine Works.\nThe weather was mild all week in the valley.",
         "b": "On Wednesday the council voted 7-2 to halt all payments to Kestrel Marine Works.\nA new bakery opened on Harbor Street last year."},
        ["The city council voted 7-2", "On Wednesday the council voted 7-2"],
        ["The weather was mild", "A new bakery opened"],
    ),
    (
        {"a": "About 1,200 residents were evacuated from Lower Quay on Sunday night.\nThe mayor will speak at noon tomorrow in the council chamber.",
         "b": "Some 1,200 Lower Quay residents had to leave their homes on Sunday night.\nThe local football team lost its third game in a row."},
        ["About 1,200 residents", "Some 1,200 Lower Quay residents"],
        ["The mayor will speak", "The local football team"],
    ),
    (  # the same two pumps, told differently: the count holds them together
        {"a": "On Monday night, pumps 4 and 5 stopped halfway through their start-up cycle at the Elm Street station.\nThe mayor thanked the crews.",
         "b": "Two of the station's six pumps broke down as the river rose over its banks late in the evening.\nA school in the valley closed for the week."},
        ["On Monday night, pumps 4 and 5", "Two of the station's six pumps"],
        ["The mayor thanked", "A school in the valley"],
    ),
    (
        {"a": "In the second half, the two youngest players were sent off by the referee for dissent.\nThe stadium was half empty.",
         "b": "Two of the club's eleven players were shown red cards after the break.\nTicket prices rose in the spring."},
        ["In the second half", "Two of the club's eleven"],
        ["The stadium was half empty", "Ticket prices rose"],
    ),
]


@pytest.mark.parametrize(("texts", "together", "apart"), ALIGNED)
def test_claim_in_two_reports_is_one_claim(texts, together, apart, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    owner = {m.text: c.id for c in claims for m in c.members}
    find = lambda prefix: next(owner[t] for t in owner if t.startswith(prefix))  # noqa: E731
    assert find(together[0]) == find(together[1])
    assert find(apart[0]) != find(apart[1])
    shared = next(c for c in claims if c.id == find(together[0]))
    assert sorted(shared.documents) == sorted(texts)


# (reports, a statement, a refusal to comment on it): a refusal says nothing of the matter, so it
# is no report carrying the statement (the WeWork page of the web pile: "corroborated" by the
# attorney general's "no comment")
REFUSALS = [
    (
        {"a": "“We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter,” said a WeWork spokesperson when contacted by Reuters.",
         "b": "The New York State Attorney General’s office had no comment."},
        "“We received an inquiry", "The New York State Attorney General’s office had no comment",
    ),
    (
        {"a": "Kestrel Marine Works said it is cooperating fully with the city's inquiry into the barrier.",
         "b": "Kestrel Marine Works did not respond to a request for comment about the city's inquiry into the barrier."},
        "Kestrel Marine Works said", "Kestrel Marine Works did not respond",
    ),
    (
        {"a": "The governor's office said the ad campaign had cost $449,000 so far.",
         "b": "The governor's office declined to comment on what the ad campaign had cost so far."},
        "The governor's office said", "The governor's office declined",
    ),
]


@pytest.mark.parametrize(("texts", "statement", "refusal"), REFUSALS)
def test_refusal_to_comment_carries_no_claim(texts, statement, refusal, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    holding = lambda prefix: {c.id for c in claims for m in c.members if m.text.startswith(prefix)}  # noqa: E731
    assert holding(statement) and holding(refusal)
    assert not holding(statement) & holding(refusal)


# (a sentence that states nothing, the claim after it, the claims all three reports carry): a question asked
# in three reports is no fact they corroborate (PolitiFact's, the Deccan Herald's and the New York Times's in
# the web pile), nor is a lead-in to what follows (the web pile's Lifehacker pages: "...: ." claims); what
# follows is the claim, and so is a clause before the lead-in
STATING_NOTHING = [
    ("What tariffs has the United States imposed?", "The United States imposed tariffs on $250 billion of Chinese goods.",
     ["The United States imposed tariffs on $250 billion of Chinese goods."]),
    ("We've talked about the tricks stores play on your senses, but here are some of the biggest things to look out for:",
     "Stores play classic, upbeat tunes to keep shoppers inside for longer.",
     ["Stores play classic, upbeat tunes to keep shoppers inside for longer.", "We've talked about the tricks stores play on your senses."]),
]


@pytest.mark.parametrize(("nothing", "claim", "carried"), STATING_NOTHING)
def test_questions_and_lead_ins_claim_nothing(nothing, claim, carried, embedder):
    docs = docs_of({k: f"{nothing}\n{claim}" for k in ("a", "b", "c")})
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    assert sorted(c.text for c in claims if len(c.documents) == 3) == sorted(carried)
    assert not any(nothing.endswith(m.text) for c in claims for m in c.members)


# (two clauses, each with the sentence it was cut from, sentence_weight): the clauses' own words
# barely meet; their sentences tell one event, and each row pair scores sentence_weight times the
# sentences' cosine more (nothing more at 0, when no context is embedded)
SENTENCE_CONTEXT = [
    (("flooding more than 300 homes along the waterfront",
      "The surge overtopped the harbor wall on Sunday night, flooding more than 300 homes along the waterfront."),
     ("forcing about 1,200 people to leave their houses",
      "Sunday night's surge broke over the harbor wall, forcing about 1,200 people to leave their houses."), 1.0),
    (("after he was stabbed at a bus stop in 1993",
      "Stephen Lawrence was 18 when he died after he was stabbed at a bus stop in 1993."),
     ("as the inquiry into the murder opened",
      "Lawrence's parents spoke to reporters about the 1993 killing of their son as the inquiry into the murder opened."), 0.5),
    (("flooding more than 300 homes along the waterfront",
      "The surge overtopped the harbor wall on Sunday night, flooding more than 300 homes along the waterfront."),
     ("forcing about 1,200 people to leave their houses",
      "Sunday night's surge broke over the harbor wall, forcing about 1,200 people to leave their houses."), 0.0),
]


@pytest.mark.parametrize(("left", "right", "weight"), SENTENCE_CONTEXT)
def test_sentence_context_adds_the_sentences_cosine(left, right, weight, embedder):
    rows = [Sentence("a", 0, len(left[0]), left[0], 0), Sentence("b", 0, len(right[0]), right[0], 0)]
    whole = {("a", 0): Sentence("a", 0, len(left[1]), left[1], 0), ("b", 0): Sentence("b", 0, len(right[1]), right[1], 0)}
    with settings.use(settings.from_mapping({"claims": {"sentence_weight": weight}})):
        context = _sentence_vectors(rows, whole, embedder)
        alone = PairScorer(rows, embedder.encode([r.text for r in rows])).block([0], [1])[0, 0]
        scored = PairScorer(rows, embedder.encode([r.text for r in rows]), context=context).block([0], [1])[0, 0]
    sentences = embedder.encode([left[1], right[1]])
    assert (context is None) == (weight == 0)
    assert scored - alone == pytest.approx(weight * float(sentences[0] @ sentences[1]), abs=1e-4)
    if weight:
        assert float(sentences[0] @ sentences[1]) > float(embedder.encode([left[0]])[0] @ embedder.encode([right[0]])[0])


# (sentence, the units it is aligned as)
CLAUSES = [
    ("About 1,200 residents were evacuated, and more than 300 homes and businesses took on water.",
     ["About 1,200 residents were evacuated", "More than 300 homes and businesses took on water."]),
    # ... nor does the last item of a list of names (the web pile: "the Fed Cup and Davis Cup Finals." was a
    # claim of its own, "corroborated" by another report's sentence on the Davis Cup)
    ("The Tennis Podcast is produced weekly throughout the year, daily during the Grand Slam tournaments, the WTA and "
     "ATP Finals, and the Fed Cup and Davis Cup Finals.",
     ["The Tennis Podcast is produced weekly throughout the year, daily during the Grand Slam tournaments, the WTA and "
      "ATP Finals, and the Fed Cup and Davis Cup Finals."]),
    # ... nor does a verb's -ing form, a second item of what came before (the web pile, AP: "being a felon in possession
    # of firearms" was a claim two reports carried)
    ("Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to assault and "
     "murder a United States official, and being a felon in possession of firearms, the U.S. Attorney’s Office for the "
     "Western District of New York said in a statement.",
     ["Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to assault and "
      "murder a United States official, and being a felon in possession of firearms, the U.S. Attorney’s Office for the "
      "Western District of New York said in a statement."]),
    ("The council met on Monday at City Hall, and the mayor of Halden Harbor resigned.",
     ["The council met on Monday at City Hall", "The mayor of Halden Harbor resigned."]),
    # "not only A, but B" is one statement (the web pile, ZDNet: its first half made a claim of its own)
    ("Apple not only caught up with its camera features, but it's done an amazing job with new features like Night Mode.",
     ["Apple not only caught up with its camera features, but it's done an amazing job with new features like Night Mode."]),
    ("The storm not only flooded 300 homes, but also cut power to the whole valley for two days.",
     ["The storm not only flooded 300 homes, but also cut power to the whole valley for two days."]),
    # A coordinated phrase with no subject and verb of its own takes the ones it shares...
    ("Russia has asked China for military equipment, including drones, and for economic help since it invaded Ukraine, "
     "according to U.S. officials.",
     ["Russia has asked China for military equipment, including drones",
      "Russia has asked China for economic help since it invaded Ukraine, according to U.S. officials."]),
    ("The compromise version approved Wednesday was put together by conservative board members Scott Hill and Steven "
     "Abrams, and by Harold Voth, who had been considered a moderate.",  # DUC D0615
     ["The compromise version approved Wednesday was put together by conservative board members Scott Hill and Steven Abrams",
      "The compromise version approved Wednesday was put together by Harold Voth, who had been considered a moderate."]),
    ("The president flew to Paris for talks on Monday, and then to Rome for a meeting with the pope.",
     ["The president flew to Paris for talks on Monday", "The president flew to Rome for a meeting with the pope."]),
    # ...a fronted phrase before a subject of its own is a clause...
    ("This February, Cambridge began fining the tribe $3,000 a day, and in June he doubled the fine, to $6,000 a day.",
     ["This February, Cambridge began fining the tribe $3,000 a day", "In June he doubled the fine, to $6,000 a day."]),  # DUC D0601
    ("The storm killed 12 people in Haiti, and in Cuba it destroyed more than 300 homes along the coast.",
     ["The storm killed 12 people in Haiti", "In Cuba it destroyed more than 300 homes along the coast."]),
    # ...and one with no head to share stays in its clause.
    ("In two of our reservation schools there are 44 kindergartners but only two seniors, and in one case those two kids "
     "should not be graduating.",  # DUC: "in" opens the sentence, no head before it
     ["In two of our reservation schools there are 44 kindergartners but only two seniors, and in one case those two kids "
      "should not be graduating."]),
    ("The talks failed; both sides blamed the other for the collapse.",
     ["The talks failed; both sides blamed the other for the collapse."]),  # "The talks failed" is too short
    ("Gates 2, 3, and 4 closed on time at the harbor mouth.", ["Gates 2, 3, and 4 closed on time at the harbor mouth."]),
    # a part with no subject of its own shares the one before (a fragment when none is found), and the last item
    # of a list is no clause (DUC 2006 dev)
    ("Finland has funded a number of environmental protection projects in the province, and has exhibited special interest "
     "in flora and fauna protection programs.",
     ["Finland has funded a number of environmental protection projects in the province",
      "Finland has exhibited special interest in flora and fauna protection programs."]),
    ("Investigators, zeroing in on the static ports after reviewing the two flight recorders, eventually found that maintenance "
     "workers had covered the ports with tape, and had neglected to remove it.",
     ["Investigators, zeroing in on the static ports after reviewing the two flight recorders, eventually found that maintenance "
      "workers had covered the ports with tape",
      "had neglected to remove it."]),  # no subject found: a fragment, shown by its whole sentence
    ("In the documents, which were made public on Friday, Kato did not give credence to a theory that the plane was downed "
     "by a missile, but stressed the need to investigate fully what the crew might have seen.",  # DUC 2006 D0617H
     ["In the documents, which were made public on Friday, Kato did not give credence to a theory that the plane was downed "
      "by a missile", "stressed the need to investigate fully what the crew might have seen."]),
    # an irregular past form opens a predicate too, by the parse (the web pile, SpaceNews: shown as "Said SpaceX would fly ...")
    ("She didn’t give a date for crewed missions, but said SpaceX would fly Starship “a lot” before flying any missions "
     "with people on board.",
     ["She didn’t give a date for crewed missions", "said SpaceX would fly Starship “a lot” before flying any missions with people on board."]),
    ("The mayor toured the damage on Monday, and then told reporters the city would rebuild.",
     ["The mayor toured the damage on Monday", "then told reporters the city would rebuild."]),
    ("The ministry has rejected the report as baseless, and called on Washington to stop spreading disinformation.",
     ["The ministry has rejected the report as baseless",
      "The ministry called on Washington to stop spreading disinformation."]),
    ("China will cooperate with the International Wetlands Organization to evaluate, monitor, and manage the country's wetlands.",
     ["China will cooperate with the International Wetlands Organization to evaluate, monitor, and manage the country's wetlands."]),
    ("Pratt said he would ask the council to suspend payments, and that he would ask Kestrel to testify.",
     ["Pratt said he would ask the council to suspend payments, and that he would ask Kestrel to testify."]),
    # "and whether ..." is a second object of the verb before, an indirect question, no clause (the web pile, the
    # Guardian: "Whether a crewed 2024 moon mission is even feasible." was a claim three reports "carried")
    ("The report and Monday’s announcement come as US lawmakers are debating the agency’s 2020 budget request for $22.6bn, "
     "and whether a crewed 2024 moon mission is even feasible.",
     ["The report and Monday’s announcement come as US lawmakers are debating the agency’s 2020 budget request for $22.6bn, "
      "and whether a crewed 2024 moon mission is even feasible."]),
    # A list's last item is no clause, by the parse (the web pile, PolitiFact: the first half alone said something else;
    # DUC 2006 dev) ...
    ("The demand has US officials wondering if higher Chinese purchases of US farm goods, promises of improved access to "
     "China's financial services industry, and pledges to protect intellectual property are enough to ask in return.",
     ["The demand has US officials wondering if higher Chinese purchases of US farm goods, promises of improved access to "
      "China's financial services industry, and pledges to protect intellectual property are enough to ask in return."]),
    ("Deforestation upstream, the loss of lakes and wetlands, a decline in vegetation's ecological function, and the "
     "resulting soil erosion have all contributed to the floods.",
     ["Deforestation upstream, the loss of lakes and wetlands, a decline in vegetation's ecological function, and the "
      "resulting soil erosion have all contributed to the floods."]),
    # ... but a clause after a noun is cut (DUC 2006 dev)
    ("Coastal residents can look for rainier weather, and sea levels could rise one to three feet around North America.",
     ["Coastal residents can look for rainier weather", "Sea levels could rise one to three feet around North America."]),
    # Two people each named with what they are make one subject (the web pile: Deccan Herald, CBS News).
    ("Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC aide, testified before the House committee.",
     ["Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC aide, testified before the House committee."]),
    ("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council official, testified side by side.",
     ["Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National Security Council official, testified side by side."]),
    # ... but an apposition before a clause of its own is cut there
    ("The port authority's spokeswoman, Ana Lind, said the gates were tested, and Kestrel Marine Works said it was cooperating fully.",
     ["The port authority's spokeswoman, Ana Lind, said the gates were tested", "Kestrel Marine Works said it was cooperating fully."]),
    # A quotation is one statement of its speaker, never cut (DUC 2006 dev).
    ("“I only knew one player who had done steroids at that time, and I talked with him about using them to put muscle "
     "back on,” Garner said.",
     ["“I only knew one player who had done steroids at that time, and I talked with him about using them to put muscle "
      "back on,” Garner said."]),
    ('"It\'s been a very troublesome, frustrating experience; tennis is such a mental game, and this has put a lot of extra '
     'pressure on her," he said.',
     ['"It\'s been a very troublesome, frustrating experience; tennis is such a mental game, and this has put a lot of extra '
      'pressure on her," he said.']),
]


# (a sentence starting at 0 of its report, what a reader is shown of each of its units)
READABLE = [
    ("NSAIDS can cause ulcers, stomach bleeding and other gastrointestinal side effects, and are blamed for causing 107,000 "
     "Americans to be hospitalized every year.",
     ["NSAIDS can cause ulcers, stomach bleeding and other gastrointestinal side effects",
      "NSAIDS are blamed for causing 107,000 Americans to be hospitalized every year."]),
    ("Investigators, zeroing in on the static ports after reviewing the two flight recorders, eventually found that maintenance "
     "workers had covered the ports with tape, and had neglected to remove it.",
     ["Investigators, zeroing in on the static ports after reviewing the two flight recorders, eventually found that maintenance "
      "workers had covered the ports with tape"] + ["Investigators, zeroing in on the static ports after reviewing the two flight "
      "recorders, eventually found that maintenance workers had covered the ports with tape, and had neglected to remove it."]),
    ("She didn’t give a date for crewed missions, but said SpaceX would fly Starship “a lot” before flying any missions "
     "with people on board.",
     ["She didn’t give a date for crewed missions"] + ["She didn’t give a date for crewed missions, but said SpaceX would fly "
      "Starship “a lot” before flying any missions with people on board."]),
    ("NEWARK, N.J. _ Cranberry farmers have been quietly expanding into more and more unregulated acreage, environmental groups assert.",
     ["Cranberry farmers have been quietly expanding into more and more unregulated acreage, environmental groups assert."]),
]


@pytest.mark.parametrize(("text", "expected"), READABLE)
def test_readable(text, expected):
    sentence = Sentence("d", 0, len(text), text, 0)
    assert [_readable(unit, {("d", 0): sentence}) for unit in clause_units([sentence])] == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses(text, expected):
    units = clause_units([Sentence("a", 10, 10 + len(text), text, 3)])
    assert [u.text for u in units] == expected
    # each unit's span is the text it was cut from; a rebuilt phrase ends with it, after the head it shares
    assert all(u.text.lower().endswith(text[u.start - 10:u.end - 10].lower()) and u.index == 3 for u in units)


# (sentence, its main clause, its subordinate clauses aligned as propositions)
PROPOSITIONS = [
    ("Thousands of residents fled to higher ground after the dam on the Kura River gave way on Friday.",
     "Thousands of residents fled to higher ground", ["the dam on the Kura River gave way on Friday."]),
    ("A magnitude 6.1 earthquake struck off the coast of northern Chile, killing at least 12 people in the port city of Arica.",
     "A magnitude 6.1 earthquake struck off the coast of northern Chile", ["killing at least 12 people in the port city of Arica."]),
    ("When the ferry reached the pier at Dunmore, its engine caught fire and passengers jumped into the water.",
     "its engine caught fire and passengers jumped into the water.", ["the ferry reached the pier at Dunmore"]),
    ("The company closed the plant in March because demand for its diesel engines had collapsed.",
     "The company closed the plant in March", ["demand for its diesel engines had collapsed."]),
    ("Police said the suspect was arrested on Sunday.", "Police said the suspect was arrested on Sunday.", []),
    ("The bill passed the Senate, as expected, by a wide margin.", "The bill passed the Senate, as expected, by a wide margin.", []),
    ("Prices rose sharply, according to the ministry, during the first half of the year.",
     "Prices rose sharply, according to the ministry, during the first half of the year.", []),
    ("The quake shook buildings as far away as Lima, officials said on Monday.",  # a comparison, not a clause
     "The quake shook buildings as far away as Lima, officials said on Monday.", []),
    ("Kestrel certified all four gates as fully operational on Feb. 24.", "Kestrel certified all four gates as fully operational on Feb. 24.", []),
]


@pytest.mark.parametrize(("text", "main", "parts"), PROPOSITIONS)
def test_propositions(text, main, parts):
    found, subordinate = propositions(Sentence("a", 10, 10 + len(text), text, 3))
    assert found.text == main
    assert [p.text for p in subordinate] == parts
    assert all(text[p.start - 10:p.end - 10] == p.text for p in subordinate)


# (text, its precise figures): money, times of day, counts of 100 or more by the kind of thing counted
FIGURES = [
    ("The stadium, which cost $1.4 billion, opened in 2017.", {"$1.4billion"}),
    ("The flight left at 6:45 a.m. local time.", {"6:45am"}),
    ("More than 2,300 passengers were stranded.", {"2300 person"}),
    ("In 1998 the plant employed 450 workers.", {"450 person"}),  # a year is no figure
    ("About 300 families and 300 homes", {"300 familie", "300 home"}),
    ("Three of the five judges dissented on 12 counts.", set()),  # small counts are common, not precise
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text, expected):
    assert _figures(text) == expected


# (text, counts of things as key tokens)
QUANTITIES = [
    ("Three of the five judges dissented.", {"3 judg", "5 judg"}),
    ("Counts 1, 4 and 7 were dropped.", {"3 count"}),
    ("The operator halted turbines 1 and 3 at Ridgeback.", {"2 turbin"}),
    ("the two middle gates jammed", {"2 gat"}),
    ("two of them stalled", set()),
    ("In 1998 the plant employed 450 workers.", {"450 worker"}),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text, expected):
    assert _quantities(text) == expected


# (a text, another, whether they count the same things): the same number of the same kind of
# thing, unless both qualify it and differently
SAME_COUNTS = [
    ("the two middle gates jammed", "two of the four gates failed to close", True),
    ("the two middle gates jammed", "the two outer gates swung shut", False),
    ("the two middle gates jammed", "both of the two middle gates jammed", True),
    ("pumps 4 and 5 stopped", "two pumps broke down", True),
    ("two pumps broke down", "three pumps broke down", False),
    ("two pumps broke down", "two valves broke down", False),
]


@pytest.mark.parametrize(("text", "other", "same"), SAME_COUNTS)
def test_same_counts(text, other, same):
    pair = [Sentence("a", 0, len(text), text, 0), Sentence("b", 0, len(other), other, 0)]
    assert _same_counts(pair, _key_tokens(pair, []))[0, 1] == same


# (a sentence, the sentence after it, key tokens the second must have): a partitive pronoun counts
# what the sentence before counted; a possessive names its owner
KEY_TOKENS = [
    ("The crew inspected all four pumps on the ship.", "Two of them had failed before the storm.", {"2 pump"}),
    ("Officials closed three bridges over the river.", "Two of those reopened by Sunday's rush hour.", {"2 bridg", "sunday"}),
    ("The storm hit the coast overnight.", "Two of them were injured.", set()),  # nothing counted before
]


@pytest.mark.parametrize(("before", "text", "expected"), KEY_TOKENS)
def test_key_tokens(before, text, expected):
    first = Sentence("a", 0, len(before), before, 0)
    second = Sentence("a", len(before) + 1, len(before) + 1 + len(text), text, 1)
    keys = _key_tokens([first, second], [])[1]
    assert expected <= keys
    assert expected or not any(" " in k for k in keys)


# (reports, a sentence's prefix, another report's sentence's prefix, whether one claim holds both):
# a sentence carries the claims of its subordinate clauses, participles and precise figures
CARRIED = [
    (
        {"a": "The company closed the plant in March because demand for its diesel engines had collapsed.\nIts chief executive retired in May.",
         "b": "Demand for the company's diesel engines collapsed last year as cities banned older trucks.\nThe union called a meeting."},
        "The company closed", "Demand for the company", True,
    ),
    (
        {"a": "A magnitude 6.1 earthquake struck off the coast of northern Chile late on Tuesday night, killing at least 12 people in the port city of Arica.\nThe national football team won its match on Saturday.",
         "b": "At least 12 people were killed in the port city of Arica, officials said.\nThe central bank left interest rates unchanged."},
        "A magnitude 6.1", "At least 12 people", True,
    ),
    (
        {"a": "The stadium, which cost $1.4 billion, opened in 2017 on the east bank of the river.\nThe mayor thanked the volunteers.",
         "b": "Fans filled the $1.4 billion stadium for the cup final on Sunday.\nTraffic was heavy on the bridge."},
        "The stadium, which cost", "Fans filled the", True,
    ),
    (
        {"a": "Two of the three turbines at the Ridgeback wind farm were shut down on Monday.\nThe company's shares fell on Tuesday.",
         "b": "The operator halted turbines 1 and 3 at Ridgeback on Monday.\nThe weather was calm all week."},
        "Two of the three", "The operator halted", True,
    ),
    (  # one number of two kinds of thing is two facts
        {"a": "Floodwater entered more than 300 homes in the town of Alder on Sunday.\nThe river crested at noon.",
         "b": "About 300 families from Alder spent the night in school gyms and church halls.\nVolunteers handed out blankets."},
        "Floodwater entered", "About 300 families", False,
    ),
]


@pytest.mark.parametrize(("texts", "sentence", "other", "shared"), CARRIED)
def test_sentence_carries_the_claims_of_its_parts(texts, sentence, other, shared, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    holds = lambda claim, prefix: any(m.text.startswith(prefix) for m in claim.members)  # noqa: E731
    assert any(holds(c, sentence) and holds(c, other) for c in claims) == shared


def test_a_figure_joins_the_claim_most_of_whose_members_give_it():
    """Of two claims most of whose members give a figure, the one with more such members takes the other
    reports' sentences that give it: a one-sentence claim naming it in passing is no home for them (DUC 2006
    D0617H: the seven reports that all 217 were killed were shown as "Investigators ... pored over the
    cockpit voice recorder ..., killing all 217 people on board")."""
    texts = [
        ("a", "All 217 people on board were killed."), ("b", "The crash killed all 217 passengers and crew."),
        ("c", "All 217 people aboard the plane died."), ("d", "Everyone on board the plane was killed."),
        ("e", "Investigators pored over the cockpit voice recorder on Monday, the crash having killed all 217 people on board."),
        ("f", "The 217 people on board are all feared dead."),
    ]
    units = [Sentence(doc, 0, len(text), text, 0) for doc, text in texts]
    members = [ClaimMember(doc=u.doc, start=0, end=u.end, text=u.text, stance="asserts") for u in units]
    groups, carried = [[0, 1, 2, 3], [4]], [[], []]
    assert _anchored_claims(groups, carried, units, members, set()) == []
    assert carried == [[4, 5], []]  # the passing sentence joins the deaths too; before, the deaths joined it


# (reports, the claim's sentence prefix, its denials' sentence prefixes)
DENIALS = [
    (
        {"a": "Russia has asked China for military aid, U.S. officials said.\nThe talks in Rome lasted seven hours.",
         "b": "China has denied that Russia has asked it for military aid.\nTrade between the two countries grew last year."},
        "Russia has asked China", ["China has denied"],
    ),
    (
        {"a": "The letter said that the gates had been jammed by debris carried in by the surge.\nCity engineer Tomas Berg disputed that account.",
         "b": "Council members met for three hours on Wednesday evening at city hall."},
        "The letter said", ["City engineer Tomas Berg disputed"],
    ),
    (  # denials are grouped by what they deny, not by the denier's name they share with other sentences
        {"a": "Prosecutors said the minister received the payments through a shell company in Cyprus.\nThe trial opens in May.",
         "b": "The minister's lawyer, Anna Petrov, denied that her client had ever received payments from the company.\n"
              "The minister's lawyer, Anna Petrov, did not attend the hearing on Monday."},
        "Prosecutors said", ["The minister's lawyer, Anna Petrov, denied"],
    ),
    (  # a negated clause denies its positive: "it never got the warning" denies "the utility got the warning"
        {"a": "Forecasters said the storm warning was sent to the utility on Friday afternoon.\nSchools stayed open.",
         "b": "The utility insisted it never got the storm warning.\nCrews restored power by Sunday."},
        "Forecasters said", ["The utility insisted"],
    ),
    (  # the denier's own statement is not what it denies, however close its words
        {"a": "Engineers said the inspection findings were sent to Kestrel on Feb. 14.\nKestrel has defended the barrier's record.",
         "b": "In a statement, Kestrel denied that it had ever been sent the inspection findings.\nThe storm passed by noon."},
        "Engineers said", ["In a statement, Kestrel denied"],
    ),
    (  # a pronoun's follow-up sentence goes on denying what its denial denies
        {"a": "The club said the stand had been closed because a storm damaged its roof.\nCouncil inspector Lena Moss rejected that account.\n"
              "She said her inspectors had found no damage to the roof on Monday.",
         "b": "The derby drew a record crowd of fans on Sunday afternoon."},
        "The club said", ["Council inspector Lena Moss rejected", "She said her inspectors"],
    ),
    (  # a bare "No." answering a reported question denies what the question asks
        {"a": "Western officials said Iran had supplied Russia with attack drones used against Kyiv.\nThe strikes cut power to the city.",
         "b": "Asked whether Iran had supplied the drones to Russia, the Iranian ambassador replied: \"No.\"\n"
              "Talks on the nuclear deal remain stalled in Vienna."},
        "Western officials said", ["Asked whether Iran"],
    ),
    (  # a quote that calls something lies without saying what denies what its report's earlier denial denies
        {"a": "Western officials said Iran had supplied Russia with attack drones used against Kyiv.\nThe strikes cut power to the city.",
         "b": "Iran's foreign ministry rejected reports that it had supplied Russia with drones.\n"
              "\"These are lies spread by Washington to stoke tension in the region,\" spokesman Nasser Kanaani told reporters."},
        "Western officials said", ["Iran's foreign ministry rejected", "\"These are lies"],
    ),
    (  # "never heard of that" denies what its report is about: the report's lead claim
        {"a": "Iran has supplied Russia with attack drones used against Kyiv, Western officials said.\nThe strikes cut power to the city.\n"
              "An Iranian diplomat at the United Nations said: \"I have never heard of that.\"",
         "b": "Western officials said Iran had supplied Russia with drones used against Kyiv.\nTalks on the nuclear deal remain stalled."},
        "Western officials said", ["An Iranian diplomat"],
    ),
    # real sentences of the DUC 2006 dev topics (odd; issue 12), from two reports of each story
    (  # what the denial denies is the complement of "disputed reports that ...", not the reasons beside it
        {"a": "Some U.S. sources have speculated the plane's co-pilot, who died in the crash, deliberately brought the jet down.\n"
              "Egyptian authorities hotly dispute that theory.",
         "b": "Hall has disputed reports that investigators are increasingly convinced the jet was crashed deliberately, saying his "
              "agency must conduct more studies before they settle on a cause."},
        "Some U.S. sources", ["Egyptian authorities hotly dispute", "Hall has disputed"],
    ),
    (  # "that statement was refuted" denies what the report said just before, though no other report says it
        {"a": "Israel's Housing Ministry claimed that only 220 of the units under construction were government-funded.\n"
              "Any other building was private, ministry advisor Moshe Eilat said.\n"
              "However that statement was refuted by both Peace Now and Israel's Central Bureau of Statistics, who both said that "
              "close to two-thirds of all housing units in the West Bank and Gaza were publicly funded.",
         "b": "The Palestinians hope to establish a future state in the West Bank and Gaza."},
        "Any other building", ["However that statement was refuted"],
    ),
    # real sentences of the web pile (BBC News, Dealbreaker): a denial of wrongdoing or of "Swift's claims" denies
    # the accusation against the denier
    (
        {"a": "Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks from her first six albums.\n"
              "Big Machine have twice denied doing anything wrong.",
         "b": "According to Swift, her former label Big Machine is preventing her from performing her past hits at the awards.\n"
              "Big Machine has denied Swift’s claims, saying they were “shocking and false.”"},
        "Taylor Swift posted", ["Big Machine have twice denied", "Big Machine has denied"],
    ),
    (  # ... and so does a party denying having said it, its "we" scored as the party (the web pile: BBC News, Fox News)
        {"a": "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks from "
              "her first six albums at the AMAs.\nShe also accused Big Machine of holding back permission to use any music in an "
              "upcoming Netflix documentary about her life.",
         "b": "Big Machine have twice denied doing anything wrong.\nAt no point did we say Taylor could not perform on the AMAs "
              "or block her Netflix special."},
        "Then, last week, Taylor Swift", ["Big Machine have twice denied", "At no point did we say"],
    ),
    (  # the web pile (Euronews, RT): "both allegations" are the accusations, not the sentence before's
        {"a": "Assange was accused of rape by a woman and sexual assault by another one following a Wikileaks conference in Stockholm in 2010.\n"
              "But a judge ruled that Assange should remain in jail until his extradition hearing because of his history of absconding.",
         "b": "The journalist had also faced a probe surrounding a second sex-related allegation, which was dropped in 2015.\n"
              "Assange has denied both allegations. He is currently serving a prison term in Britain for skipping bail."},
        "Assange was accused", ["Assange has denied both"],
    ),
    (  # the web pile (BBC News): "the accusation" is the rape allegation, not the investigation's end that the lead reports
        {"a": "Prosecutors in Sweden have dropped an investigation into a rape allegation made against Wikileaks co-founder Julian "
              "Assange in 2010.\nAssange, who denies the accusation, has avoided extradition to Sweden for seven years.\n"
              "Assange was accused of rape by a woman and sexual assault by another one following a Wikileaks conference in Stockholm in 2010.",
         "b": "Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange.\n"
              "The US wants the UK to extradite Assange over his alleged role in the release of classified material in 2010."},
        "Assange was accused", ["Assange, who denies"],
    ),
]


@pytest.mark.parametrize(("texts", "claimed", "denials"), DENIALS)
def test_denial_sits_on_the_claim_it_denies(texts, claimed, denials, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    (target,) = [c for c in claims if any(m.text.startswith(claimed) for m in c.members)]
    assert [d.text[:len(prefix)] for d, prefix in zip(target.denials, denials)] == denials
    assert len(target.denials) == len(denials)
    assert all(m.stance == "denies" for m in target.denials)
    assert not any(m.text.startswith(tuple(denials)) for c in claims for m in c.members)  # not a claim of its own
    (counted,) = [c for c in count_sources(claims, docs, []) if c.id == target.id]
    assert counted.label == "disputed"


# Denials that share only a name with every claim (real DUC 2006 dev sentences, odd topics): no claim is
# the one denied, so none carries them; each stays a claim of its own, reported by its speaker.
UNPAIRED = [
    {"a": "As a result, when Celebrex hits retail outlets next month it must bear the same warning about side effects as many "
          "of its older competitors.",
     "b": "A Monsanto spokeswoman said Tuesday that there is no evidence that Celebrex actually caused the deaths or other "
          "health problems in people taking the drug."},
    {"a": "The Portuguese authorities have been anxious to see Wan sentenced ever since he was arrested on May 1, 1998.",
     "b": "Last week, a Chinese police chief denied claims that Chinese officers had given support to Macau's criminal underworld."},
    # a plain negation says something of its own, not that a claim is untrue, unless its speaker negates
    # what was said of itself (after DUC 2006 dev, even topics, where such negations hung on a claim beside them)
    {"a": "Mario Dumont drew votes from separatists who had decided to vote for the Parti Quebecois.\nTurnout was high.",
     "b": "Stephen Morgan said he hadn't decided whether to vote for the Parti Quebecois or for Mario Dumont.\nTurnout was high."},
    {"a": "To prevent school violence, suburban and rural school districts should consider some measures used by their urban "
          "counterparts, experts and educators say.",
     "b": "\"In the case of suburban school districts, they haven't had to think about this,\" said Joanne McDaniel, research "
          "director for the Center for the Prevention of School Violence."},
    # half of what is denied shared (2 of 4 words) is a subject in common, not the content denied
    {"a": "And \"in religious communities there is an awareness of how important scientific developments have become,\" Moore said.",
     "b": "Further, there is a false belief by some that religious people can't be scientific, said Scott Youngblood, president "
          "of the Arlington Ministerial Association."},
    {"a": "Russia responded to the attacks by sending troops into Chechnya, where militants hold territory near the border.",
     "b": "Elsewhere, Georgian authorities denied Russian accusations that Chechen and Dagestani militants had used Georgian "
          "territory to cross into Chechnya."},
    # a page's curly "n’t" is a plain negation like "n't": an analyst saying what another report says in his
    # words agrees with it (the web pile: Gannett's and New Media's newspapers)
    # a party denying something of itself denies no claim of its own: the subject named in an apposition
    # is the claim's subject (the web pile: AP's and CBS's impeachment reports)
    {"a": "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting to say "
          "Sondland did, in fact, discuss investigations with the visiting Ukrainians.",
     "b": "Volker disputed the notion that he had been a participant in what's been portrayed as an outside or \"irregular\" "
          "channel of Ukraine policy."},
    {"a": "Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole.",
     "b": "“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole,” says veteran "
          "industry analyst Ken Doctor."},
]


@pytest.mark.parametrize("texts", UNPAIRED)
def test_denial_of_nothing_any_claim_says_hangs_on_none(texts, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    assert not [d.text for c in claims for d in c.denials]
    assert any(m.doc == "b" and m.stance == "reports" for c in claims for m in c.members)


# A bare "No" whose reported question is in the sentence before it (wire style, written for this table):
# (reports, the denied claim's sentence prefix, the denial's sentence prefixes, a word of the denier)
ANSWERED = [
    (
        {"a": "Russia has asked China for military aid for its war in Ukraine, U.S. officials said on Sunday.\nThe talks in Rome lasted seven hours.",
         "b": "Kremlin spokesman Dmitry Peskov was asked on Monday whether Russia had asked China for military aid. \"No,\" he said.\n"
              "Trade between the two countries grew last year."},
        "Russia has asked China", ["Kremlin spokesman Dmitry Peskov was asked", "\"No,\" he said."], "Peskov",
    ),
    (
        {"a": "The interior ministry received a warning about the attack two days before it happened, a security official said.\nSeven people were killed.",
         "b": "Reporters asked the ministry's spokesman if the ministry had received a warning about the attack. His answer: \"No.\"\n"
              "Funerals were held on Friday."},
        "The interior ministry received", ["Reporters asked the ministry's spokesman", "His answer: \"No.\""], "spokesman",
    ),
    (
        {"a": "Engineers said the carmaker knew of the brake defect months before the recall.\nThe recall covers 40,000 vehicles.",
         "b": "Asked on Monday whether the carmaker knew of the brake defect before the recall, chief executive Ingrid Lund paused. "
              "\"No. We did not,\" she said.\nShares fell 4 percent."},
        "Engineers said", ["Asked on Monday whether", "\"No. We did not,\" she said."], "Lund",
    ),
    (
        {"a": "Pakistan's army chief met Taliban leaders in Kandahar last week, two officials told Reuters.\nThe border crossing reopened on Friday.",
         "b": "A military spokesman, Maj. Gen. Ahmed Sharif, was asked whether the army chief had met Taliban leaders in Kandahar.\n"
              "\"Nope,\" he told reporters in Rawalpindi.\nThe border crossing reopened on Friday after a week."},
        "Pakistan's army chief met", ["A military spokesman, Maj. Gen. Ahmed Sharif, was asked", "\"Nope,\" he told"], "Sharif",
    ),
]


@pytest.mark.parametrize(("texts", "claimed", "denials", "denier"), ANSWERED)
def test_bare_no_denies_the_question_before_it(texts, claimed, denials, denier, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    (target,) = [c for c in claims if any(m.text.startswith(claimed) for m in c.members)]
    assert [d.text[:len(prefix)] for d, prefix in zip(target.denials, denials)] == denials
    assert len(target.denials) == len(denials)
    assert all(m.stance == "denies" and m.cue.lower() in ("no", "nope") and denier in (m.speaker or "") for m in target.denials)
    assert not any(m.text.startswith(tuple(denials)) for c in claims for m in c.members)  # the question carries no claim


# A "No" that answers no yes/no question of the sentence before: (reports, the "No" sentence's prefix)
NOT_ANSWERED = [
    ({"a": "The government plans to close the border crossing next week, officials said.\nTrucks queued for miles.",
      "b": "Interior Minister Jan Holm spoke to reporters at the border on Tuesday. \"No,\" he said, \"we will not allow it.\"\nThe queue grew."},
     "\"No,\" he said"),
    ({"a": "The ministry received a warning about the attack two days before it happened, a security official said.\nSeven people died.",
      "b": "Reporters asked the ministry's spokesman whether the ministry had received a warning about the attack. \"No comment,\" he said."},
     "\"No comment"),
    ({"a": "The board has decided to sell the newspaper to a hedge fund, two people familiar with the talks said.\nStaff were told on Friday.",
      "b": "The publisher was asked whether the board had decided to sell the newspaper. \"No decision has been made,\" she said."},
     "\"No decision"),
    ({"a": "The city will evacuate the riverside districts if the river rises again, the mayor's office said.\nSandbags were handed out.",
      "b": "Asked what would happen if the river rose again, Mayor Tom Reyes smiled. \"No,\" he said. \"We have a plan.\""},
     "\"No,\" he said"),
]


@pytest.mark.parametrize(("texts", "answer"), NOT_ANSWERED)
def test_no_without_a_yes_no_question_before_it_is_no_denial(texts, answer, embedder):
    docs = docs_of(texts)
    claims = align_claims(docs, split_sentences(docs), [], [], embedder)
    assert not any(d.text.startswith(answer) or "asked" in d.text for c in claims for d in c.denials)


def test_example_corpus_against_answer_key(example_dir, truth):
    """How many of the key's claims the pipeline gets with the right documents, source count and
    label, and how many of its denials sit on the claim they deny.

    The claim compared is the one holding most of the key claim's evidence. A sentence carries
    every claim of its clauses and figures ("Federal auditors will examine how a $48 million
    grant was spent" is the audit and the grant), so when claims hold as much of it, the one
    whose documents are closest to the key's is compared.
    """
    from newsweave.pipeline import analyze

    dossier = analyze([example_dir])
    claims = dossier.claims
    ids = _key_to_id(dossier.documents, truth)
    owner = [((m.doc, _norm(m.text)), c) for c in claims for m in c.members]  # a unit may carry several claims
    right = dict.fromkeys(KEY_FLOORS, 0)
    for expected in truth["claims"]:
        found = [c for key, evidence in expected["evidence"].items()
                 for (doc, text), c in owner if doc == ids[key] and _norm(evidence) in text]
        if not found:
            continue
        want = {ids[k] for k in expected["files"]}
        best = max(found, key=lambda c: (sum(x is c for x in found), _jaccard(set(c.documents), want)))
        right["documents"] += set(best.documents) == want
        right["independent"] += best.independent_sources == expected["independent_sources"]
        right["label"] += best.label == expected["label"]
        denied = {(m.doc, _norm(m.text)) for m in best.denials}
        right["denials"] += sum(any(doc == ids[key] and _norm(evidence) in text for doc, text in denied)
                                for key, evidence in expected.get("denial_evidence", {}).items())
    for name, floor in KEY_FLOORS.items():
        assert right[name] >= floor, f"{name}: {right[name]} right"


def _key_to_id(docs: list[Document], truth: dict) -> dict[str, str]:
    """Answer-key report keys ("bayline-news.jsonl#0") to document ids, by file and record order."""
    ids = {}
    for report in truth["reports"]:
        name, _, record = report["key"].partition("#")
        in_file = sorted((d for d in docs if d.path.endswith(name)), key=lambda d: d.id)
        ids[report["key"]] = in_file[int(record) if record else 0].id
    return ids


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'"))


# (bundled corpus): the example and the three scraped reports of tests/data/russia-china-aid
CORPORA = [
    pytest.param(Path(__file__).resolve().parents[2] / "examples" / "harbor-flood", id="harbor-flood"),
    pytest.param(Path(__file__).resolve().parents[1] / "data" / "russia-china-aid", id="russia-china-aid"),
]


@pytest.mark.parametrize("corpus", CORPORA)
def test_a_reader_sees_each_claim_once(corpus):
    """No two claims show one statement, and no claim of two or more reports is another's statements again."""
    from newsweave.pipeline import analyze

    claims = analyze([corpus]).claims
    assert len({c.text for c in claims}) == len(claims)
    spans = [{(m.doc, m.start, m.end) for m in c.members} for c in claims]
    assert not [
        (small.text, large.text) for a, small in enumerate(claims) for b, large in enumerate(claims)
        if a != b and len(small.documents) >= 2 and spans[a] <= spans[b]
    ]


A_SAID = ClaimMember("a", 0, 40, "Two officials said the plane was sent into a dive.", "reports")
B_SAID = ClaimMember("b", 0, 30, "All 217 people aboard died.", "asserts")
B_ECHO = ClaimMember("b", 50, 90, "The plane went into a steep dive.", "asserts")
# (claims as (shown text, members), the shown texts kept): a claim whose every statement a larger claim
# holds is dropped when it spans two reports, or when the larger one shows its very sentence (a line seen twice)
CONTAINED = [
    ([(A_SAID.text, [A_SAID, B_SAID]), (A_SAID.text, [A_SAID])], [A_SAID.text]),  # DUC D0617H: one line twice
    ([(B_SAID.text, [A_SAID, B_SAID]), (A_SAID.text, [A_SAID])], [B_SAID.text, A_SAID.text]),  # its own fact, shown once
    ([(B_SAID.text, [A_SAID, B_SAID, B_ECHO]), (A_SAID.text, [A_SAID, B_ECHO])], [B_SAID.text]),  # two reports, held
]


@pytest.mark.parametrize(("claims", "kept"), CONTAINED)
def test_contained_claims_are_not_shown_twice(claims, kept):
    made = [Claim(f"c{n}", text, members) for n, (text, members) in enumerate(claims)]
    assert [c.text for c in _without_contained_claims(made)] == kept


@pytest.mark.parametrize(("most", "kept"), [(200, 12), (3, 3)])
def test_a_sentence_keeps_its_closest_pairs(embedder, most, kept):
    """Near-alike lines (8 pages of 1,500 held 144 million close pairs, 8.2 GB): each keeps its `most` closest."""
    rows = [Sentence(f"d{k}", 0, 50, f"The harbor council said the flood gates failed, report {k}.", 0) for k in range(12)]
    with settings.use(settings.from_mapping({"claims": {"max_close_pairs": most}})):
        graph = PairScorer(rows, embedder.encode([r.text for r in rows])).pairs_above(range(12), 0.5)
    assert graph.getnnz(axis=1).max() == kept
