"""Deniers named as the story's entities, on real reporting and on the example corpus.

tests/data/russia-china-aid holds three short reports written from the real reporting of
March 13-14, 2022 (U.S. officials said Russia had asked China for military equipment; the
Kremlin and China's foreign ministry denied it), saved under hash-like file names as a scrape
leaves them. They are read, cleaned and annotated here by the real pipeline; each case gives a
denial's sentence with the speaker and authority phrases the claims stage may hand over.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsweave.annotate.story import annotate_story
from newsweave import api
from newsweave.model import Claim, ClaimMember, Document, Entity, Mention, Quote
from newsweave.synthesize.parties import PartyNamer

REAL = Path(__file__).resolve().parents[1] / "data" / "russia-china-aid"


def _namer(folder: Path) -> tuple[PartyNamer, dict]:
    documents, _ = api.clean(api.read([folder]).documents)
    found = api.annotate(documents)
    return PartyNamer(documents, found.entities, found.quotes, found.attributions), {d.path.rsplit("/", 1)[-1][:3]: d for d in documents}


@pytest.fixture(scope="module")
def real() -> tuple[PartyNamer, dict]:
    return _namer(REAL)


@pytest.fixture(scope="module")
def example(example_dir) -> tuple[PartyNamer, dict]:
    return _namer(example_dir)


def denial(docs: dict, file: str, opening: str, speaker: str | None, authority: str | None) -> ClaimMember:
    doc = docs[file]
    start = doc.text.index(opening)
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    return ClaimMember(doc.id, start, end, doc.text[start:end], "denies", speaker=speaker, authority=authority)


# (report, the denial sentence's opening, speaker phrase, authority phrase, the party named; None: no one)
REAL_DENIERS = [
    ("002", "The Kremlin on Monday denied", "Kremlin", "The Kremlin", "Kremlin"),
    ("003", "China's foreign ministry on Monday rejected", "China", "China's foreign ministry", "China's foreign ministry"),  # the institution, not the country
    ("003", "China's foreign ministry on Monday rejected", "China's foreign ministry", None, "China's foreign ministry"),
    ("003", "\"The U.S. has been spreading", "U.S.", "Zhao Lijian", "Zhao Lijian"),  # a fragment of the quote is no denier
    ("003", "\"The U.S. has been spreading", "Zhao", None, "Zhao Lijian"),  # merged like every other entity
    ("003", "\"The U.S. has been spreading", "foreign ministry spokesman Zhao Lijian", None, "Zhao Lijian"),
    ("002", "Asked whether Russia had requested", "Kremlin spokesman Dmitry Peskov", None, "Dmitry Peskov"),
    ("002", "\"Russia has its own potential", "Peskov", None, "Dmitry Peskov"),
    ("002", "\"Russia has its own potential", "he", None, "Dmitry Peskov"),  # a pronoun: the quote's resolved speaker
    ("001", "\"We will not allow", "We", None, "Jake Sullivan"),
    ("001", "Liu Pengyu, a spokesman", "spokesman", None, "Liu Pengyu"),
    ("003", "The ministry declined to comment", "ministry", None, None),  # no ministry among the entities: no one
    ("001", "The officials, who spoke", "The officials", None, None),  # anonymous, no institution named
]


@pytest.mark.parametrize(("file", "opening", "speaker", "authority", "party"), REAL_DENIERS)
def test_denier_on_real_reporting(real, file, opening, speaker, authority, party):
    namer, docs = real
    found = namer.denier(denial(docs, file, opening, speaker, authority))
    assert (found.name if found else None) == party


def test_claim_denied_by_two_institutions_and_their_spokesmen(real):
    namer, docs = real
    claim = Claim(id="c1", text="Russia asked China for military equipment.", denials=[
        denial(docs, "002", "The Kremlin on Monday denied", "Kremlin", "The Kremlin"),
        denial(docs, "002", "Asked whether Russia had requested", "Kremlin spokesman Dmitry Peskov", None),
        denial(docs, "003", "China's foreign ministry on Monday rejected", "China", "China's foreign ministry"),
        denial(docs, "003", "\"The U.S. has been spreading", "Zhao Lijian", "Zhao Lijian"),
    ])
    assert namer.deniers(claim) == ["Kremlin (Dmitry Peskov)", "China's foreign ministry (Zhao Lijian)"]


# The example corpus: "he repeated the company's denial" is Kestrel's (the key's denier), and the
# company's chief executive is named with it.
EXAMPLE_DENIERS = [
    ("bay", "In a letter that was read aloud at the meeting", "company", "Daniel Okafor", "Kestrel Marine Works"),
    ("har", "In a statement on Monday night, Kestrel denied", "Kestrel", None, "Kestrel Marine Works"),
    ("mer", "Kestrel’s chief executive, Daniel Okafor", "Daniel Okafor", None, "Daniel Okafor"),
]


@pytest.mark.parametrize(("file", "opening", "speaker", "authority", "party"), EXAMPLE_DENIERS)
def test_denier_on_the_example(example, file, opening, speaker, authority, party):
    namer, docs = example
    docs = {**docs, "bay": next(d for d in namer.docs.values() if d.id == "bayline-news#2")}
    found = namer.denier(denial(docs, file, opening, speaker, authority))
    assert (found.name if found else None) == party


# (sentence, the denial's speaker as parsed, the overlapping attribution's authority, entities
# (name, type, mention text in the sentence), the denier named): an entity, never a pronoun or a quote
DENIERS = [
    ("Foreign ministry spokesman Zhao Lijian called the report disinformation.", "Foreign ministry spokesman Zhao Lijian", None,
     [("Zhao Lijian", "PERSON", "Zhao Lijian")], "Zhao Lijian"),
    ("He denied that the company had been warned.", "He", "Daniel Okafor", [("Daniel Okafor", "PERSON", None)], "Daniel Okafor"),
    ("Beijing has denied any such requests.", "Beijing", None, [("Beijing", "PLACE", "Beijing")], "Beijing"),
    ("No such request was made, a government spokesman said.", "government spokesman", None, [], "government spokesman"),
    ("It called the claims “a fabrication from start to finish” on Monday.", "It", None, [], None),
    ("The minister's office denied it.", "“a lie”", None, [], None),
    # a headline's claim noun is what is denied, not who denies (the web pile: the Washington Examiner)
    ("Report claiming US has the ‘world's highest rate of children in detention’ is bogus", None, "Report", [], None),
]


@pytest.mark.parametrize(("text", "speaker", "authority", "named", "denier"), DENIERS)
def test_denial_speaker_is_an_entity(text, speaker, authority, named, denier):
    """claims.py names each denial's speaker through PartyNamer.speaker_of, the brief's own namer."""
    from newsweave.model import Document, Entity, Mention

    page = Document(id="a", path="a.txt", format="text", text=" " * 100 + text)
    entities = [Entity(f"e{n}", name, kind, mentions=[Mention("a", 100 + text.index(m), 100 + text.index(m) + len(m), m)] if m else [])
                for n, (name, kind, m) in enumerate(named)]
    member = ClaimMember("a", 100, 100 + len(text), text, "denies", speaker=speaker, authority=authority)
    assert PartyNamer([page], entities).speaker_of(member) == denier


# (report, the sentence's opening, persons the brief has already mentioned, how the brief shows the whole line,
# or its opening when nothing after it is put in brackets)
FIRST_NAMINGS = [
    ("003", "Zhao said China's position", set(), "[Zhao Lijian] said China's position"),  # first mention: in full
    ("003", "Zhao said China's position", {"Zhao Lijian"}, "Zhao said China's position"),  # named before in the brief
    ("002", "\"Russia has its own potential", set(), "\"Russia has its own potential to continue the operation,\" [Dmitry Peskov] told"),
    ("001", "Jake Sullivan, the White House", set(), "Jake Sullivan, the White House"),  # already in full
    ("001", "\"We are communicating directly", {"Jake Sullivan"},
     "\"We are communicating directly, privately to Beijing, that there will absolutely be consequences for large-scale "
     "sanctions evasion efforts or support to Russia to backfill them,\" Sullivan told CNN on Sunday."),
    ("001", "\"We are communicating directly", set(),
     "\"We are communicating directly, privately to Beijing, that there will absolutely be consequences for large-scale "
     "sanctions evasion efforts or support to Russia to backfill them,\" [Jake Sullivan] told CNN on Sunday."),
    # the "he" beside the cue of a quote its person said: in full, then as the report calls him
    ("001", "\"We will not allow", set(), "\"We will not allow that to go forward,\" [Jake Sullivan] said."),
    ("001", "\"We will not allow", {"Jake Sullivan"}, "\"We will not allow that to go forward,\" [Sullivan] said."),
]


@pytest.mark.parametrize(("file", "opening", "mentioned", "shown"), FIRST_NAMINGS)
def test_person_named_in_full_at_first_mention(real, file, opening, mentioned, shown):
    namer, docs = real
    doc = docs[file]
    start = doc.text.index(opening)
    end = doc.text.find("\n", start)
    named = {e.id for e in namer.entities.values() if e.name in mentioned}
    text = namer.in_full(doc.text[start:end], doc.id, start, named)
    assert text == shown or len(shown) < len(text) and text.startswith(shown) and "[" not in text[len(shown):]


def test_first_naming_marks_the_person_named(real):
    """Once the brief has named a person (in full or not), a later sentence calls them as its report does."""
    namer, docs = real
    doc = docs["003"]
    named: set[str] = set()
    for opening in ("Zhao said China's position", "Zhao said China's position"):
        start = doc.text.index(opening)
        shown = namer.in_full(doc.text[start:start + 40], doc.id, start, named)
    assert shown.startswith("Zhao said") and {namer.entities[i].name for i in named} >= {"Zhao Lijian"}


# (report, the claim's text, how the claims table shows it): each row is read alone, so every person is in full
CLAIMS_SHOWN = [
    ("001", "\"We will not allow that to go forward,\" he said.", "\"We will not allow that to go forward,\" [Jake Sullivan] said."),
    ("003", "Zhao said China's position on Ukraine was objective and fair and that the priority was to keep the "
            "situation from escalating.",
     "[Zhao Lijian] said China's position on Ukraine was objective and fair and that the priority was to keep the "
     "situation from escalating."),
    ("001", "No report writes this sentence, he said.", "No report writes this sentence, he said."),  # kept as written
]


@pytest.mark.parametrize(("file", "text", "shown"), CLAIMS_SHOWN)
def test_claim_shown_with_its_persons_in_full(real, file, text, shown):
    namer, docs = real
    doc = docs[file]
    member = ClaimMember(doc=doc.id, start=0, end=1, text=text, stance="asserts")
    claim = Claim(id="c1", text=text, members=[member])
    assert namer.shown(claim) == shown
    assert namer.shown(claim) == shown  # nothing carried over from one claim to the next


# (report, the sentence's opening in it, words taken, whether its speaker is left to a "he" or "she" no one can name)
SPEAKER_UNNAMED = [
    ("001", "\"We will not allow that to go forward,\" he said.", 48, False),  # the namer names Jake Sullivan
    ("003", "Zhao said China's position", 60, False),  # no pronoun
]


@pytest.mark.parametrize(("file", "opening", "length", "unnamed"), SPEAKER_UNNAMED)
def test_speaker_unnamed(real, file, opening, length, unnamed):
    namer, docs = real
    doc = docs[file]
    start = doc.text.index(opening)
    assert namer.speaker_unnamed(doc.text[start:start + length], doc.id, start) is unnamed


def test_speaker_unnamed_when_no_one_can_be_named():
    """"Sometimes employees don't follow the rules, he said." (the web pile, a Gannett report on a jail): the
    report names nobody the "he" can stand for, so no reader can tell whose words they are."""
    text = "The jail was short of guards that night.\nSometimes employees don't follow the rules, he said."
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    start = text.index("Sometimes")
    assert PartyNamer([doc]).speaker_unnamed(text[start:], "d", start) is True
    assert PartyNamer([doc]).speaker_unnamed(text[:start].strip(), "d", 0) is False  # no pronoun


def test_speaker_named_before_the_pronoun_in_the_sentence():
    """DUC 2006 D0619A: "McCain opposes ..., but he told the group ...": the sentence names him itself."""
    text = "Like Bush, McCain opposes gay marriage, but he told the group he would battle discrimination."
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    at = text.index("McCain")
    person = Entity("e1", "John McCain", "PERSON", mentions=[Mention("d", at, at + 6, "McCain")])
    assert PartyNamer([doc], [person]).speaker_unnamed(text, "d", 0) is False
    assert PartyNamer([doc]).speaker_unnamed(text, "d", 0) is True  # without the person, no one


def test_name_with_a_word_the_report_writes_in_lower_case_is_left_as_written():
    """NER took "EgyptAir Flight" for a person (DUC 2006 D0617H): "the EgyptAir 990 crash" is not
    "[EgyptAir Flight] 990", since the report writes "flight" in lower case."""
    text = "EgyptAir Flight 990 crashed in 1999. The flight had 217 people on board. The EgyptAir 990 crash was studied."
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    at = text.index("EgyptAir 990")
    person = Entity("e1", "EgyptAir Flight", "PERSON", mentions=[Mention("d", 0, 15, "EgyptAir Flight"), Mention("d", at, at + 8, "EgyptAir")])
    namer = PartyNamer([doc], [person])
    sentence = text.index("The EgyptAir")
    assert namer.in_full(text[sentence:], "d", sentence, set()) == "The EgyptAir 990 crash was studied."


@pytest.mark.parametrize("sentence", [
    "The Bill would require providers to store metadata for two years.",  # after an article: the legislation
    "Labor will bill the government for the inquiry, Bill said.",  # the report writes "bill" in lower case too
])
def test_a_name_that_is_also_a_common_word_is_left_as_written(sentence):
    """A plain-text dump of ../shared/eval/extraction (Herald Sun): "The [Bill Shorten] would require ..."."""
    text = "Opposition leader Bill Shorten spoke on Monday. " + sentence
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    at = text.index("Bill", 30)
    person = Entity("e1", "Bill Shorten", "PERSON", mentions=[Mention("d", 18, 30, "Bill Shorten"), Mention("d", at, at + 4, "Bill")])
    start = text.index(sentence)
    assert PartyNamer([doc], [person]).in_full(sentence, "d", start, set()) == sentence


def test_an_honorific_goes_into_the_brackets():
    """The web pile's WSJ: "Mr. [Myles Garrett] then swung it at Mr. Rudolph" reads "[Myles Garrett] then swung it"."""
    text = "Browns defensive end Myles Garrett pulled off the helmet. Mr. Garrett then swung it at the quarterback."
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    at = text.index("Garrett then")
    person = Entity("e1", "Myles Garrett", "PERSON", mentions=[Mention("d", 21, 34, "Myles Garrett"), Mention("d", at, at + 7, "Garrett")])
    start = text.index("Mr. Garrett")
    assert PartyNamer([doc], [person]).in_full(text[start:], "d", start, set()) == "[Myles Garrett] then swung it at the quarterback."


def test_an_acronym_is_no_word_of_a_name():
    """DUC 2006 dev, D0605E: NER made a person "Max EPA" of a fish-oil brand, and the brief wrote
    "eicosapentaenoic acid ([Max EPA])"."""
    text = "Max EPA capsules sell well. The oils, eicosapentaenoic acid (EPA) and DHA, may ease symptoms."
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    at = text.index("(EPA)") + 1
    person = Entity("e1", "Max EPA", "PERSON", mentions=[Mention("d", 0, 7, "Max EPA"), Mention("d", at, at + 3, "EPA")])
    start = text.index("The oils")
    assert PartyNamer([doc], [person]).in_full(text[start:], "d", start, set()) == text[start:]


@pytest.mark.parametrize(("text", "shown"), [
    # a "he" beside the cue of Selam's quote is Selam
    ("“The tax will stand,” he said. Lack of jobs is a problem, he noted.", "Lack of jobs is a problem, [Lonnie Selam] noted."),
    # the sentence names him itself
    ("“The tax will stand,” he said. Lack of jobs is a problem, Lonnie Selam said, as he noted before.",
     "Lack of jobs is a problem, Lonnie Selam said, as he noted before."),
    # two pronouns: which one is whose is not known, so neither is named
    ("“The tax will stand,” he said. Lack of jobs is a problem, he noted, though she disagreed.",
     "Lack of jobs is a problem, he noted, though she disagreed."),
])
def test_pronoun_beside_a_quotes_cue_is_its_speaker(text, shown):
    """DUC 2006 dev, D0601A: "Lack of jobs, are more prevelent in Indian communities, he noted." """
    page = "Tribal Council Chairman Lonnie Selam spoke. " + text
    doc = Document(id="d", path="d.txt", format="text", raw=page, text=page)
    at = [m.start() for m in re.finditer("Lonnie Selam", page)]
    selam = Entity("e1", "Lonnie Selam", "PERSON", mentions=[Mention("d", a, a + 12, "Lonnie Selam") for a in at])
    sentence = page.index("Lack of jobs")
    quote = Quote("d", "Lack of jobs is a problem", sentence, sentence + 25, "indirect", speaker="Lonnie Selam", speaker_entity="e1",
                  speaker_start=24, speaker_end=36, cue="noted")
    namer = PartyNamer([doc], [selam], [quote])
    assert namer.in_full(page[sentence:], "d", sentence, set()) == shown


@pytest.mark.parametrize(("speaker", "shown"), [
    ("Howard Lujan", "“I will give this corn to anyone who wants some,” [Howard Lujan] said."),  # the last sentence's subject
    ("Irene Houser", "“I will give this corn to anyone who wants some,” he said."),  # named last, but not its subject
])
def test_pronoun_is_the_subject_of_the_last_sentence_naming_someone(speaker, shown):
    """DUC 2006 dev, D0601A: the annotators gave this quote to Ms. Houser."""
    page = ("Irene Houser teaches gardening, Irene Houser said.\nHoward Lujan, a father of four, used seeds Ms. Houser gave him. "
            "“I will give this corn to anyone who wants some,” he said.")
    doc = Document(id="d", path="d.txt", format="text", raw=page, text=page)
    people = [Entity(f"e{n}", name, "PERSON", mentions=[Mention("d", m.start(), m.end(), m.group()) for m in re.finditer(pattern, page)])
              for n, (name, pattern) in enumerate([("Irene Houser", r"(?:Irene|Ms\.) Houser"), ("Howard Lujan", "Howard Lujan")])]
    by_name = {p.name: p for p in people}
    sentence = page.index("“I will")
    quote = Quote("d", "I will give this corn to anyone who wants some", sentence + 1, sentence + 47, "direct", speaker=speaker,
                  speaker_entity=by_name[speaker].id, cue="said")
    said_beside = Quote("d", "teaches gardening", 13, 30, "indirect", speaker="Irene Houser", speaker_entity="e0", cue="said")
    lujan_beside = Quote("d", "used seeds", page.index("used"), page.index("used") + 10, "indirect", speaker="Howard Lujan",
                         speaker_entity="e1", cue="said")
    namer = PartyNamer([doc], people, [quote, said_beside, lujan_beside])
    assert namer.in_full(page[sentence:], "d", sentence, set()) == shown


@pytest.mark.parametrize(("sentence", "within"), [
    ("Twitter can make a joke of it, but when it comes down to it - Meth is a serious problem in SD.", True),
    ("“Meth is IN SD. Twitter can make a joke of it, but when it comes down to it - Meth is a serious problem in SD. "
     "We are here to Get. It. OUT,” Noem tweeted Monday night.", False),  # the whole sentence names its speaker
    ("The tagline drew a mix of criticism and ridicule across Twitter on Monday.", False),
])
def test_within_quote(sentence, within):
    """A middle sentence of a quotation is nobody's words read alone (the web pile, TheHill: the brief gave
    "Twitter can make a joke of it, ..." to TheHill alone); the quotes are the annotate stage's own."""
    text = ("The tagline drew a mix of criticism and ridicule across Twitter on Monday.\n"
            "“Meth is IN SD. Twitter can make a joke of it, but when it comes down to it - Meth is a serious problem in SD. "
            "We are here to Get. It. OUT,” Noem tweeted Monday night.")
    doc = Document(id="d", path="d.txt", format="text", raw=text, text=text)
    found = annotate_story([doc])
    start = text.index(sentence)
    assert PartyNamer([doc], found.entities, found.quotes).within_quote("d", start, start + len(sentence)) is within
