"""Who a source is: the noun phrase a cue's speaker is written as, and the name it stands for.

quotes.py finds what is reported and the phrase that reports it ("he", "the statement", "a
copy of the inspection report"); this module reads that phrase: `noun_phrase` cuts it from the
parse, `SpeakerResolver` resolves it to a name in the document (pronouns to the last named
speaker, surnames to the full name, "the company" to the organisation named before it, a
document to its author) or keeps it as an anonymous source. Quotes and attribution share it, so
a quote and its attribution always name the same speaker. Two kinds of names stand beside a
speaker without being one: a place (`speaker_phrase`: "ODESA (Reuters) — Governor Oleh Kiper
said" is the governor's) and a news outlet (`is_outlet`), which quotes.py treats as the channel
of the words it relays.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsweave import lexicon
from newsweave.annotate.nlp import HYPHENS, text_of
from newsweave.annotate.quote_marks import inside_quote_on_line
from newsweave.read.dateline import dateline_end, skip_dateline
from newsweave.settings import current as _settings

cues = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting
_grammar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).grammar
_titles = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).titles
_platforms = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).names.KNOWN_PLATFORMS

# what ends a noun phrase, or (on its left) opens it after: the "both" of "both NBC News and Bloomberg" too, whose
# "and Bloomberg" is cut (the web pile's authority "both NBC News")
NP_STOP_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "parataxis", "cc", "conj", "preconj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A passive subject is what is reported on, not who reports it ("Trump is expected to win").
SPEAKER_DEPS = frozenset({"nsubj", "csubj"})
PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Entity labels of places: a place speaks only when no one is named with it ("Kyiv said").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Where a person's title is written: right before the name ("Kenyan Vice-President George Saitoti"),
# or in an apposition after it ("Liu Pengyu, a spokesman for the embassy").
TITLE_WINDOW_BEFORE = 4
TITLE_WINDOW_AFTER = 8


class Speaker(NamedTuple):
    """A source resolved to the name it stands for, or kept as an anonymous noun phrase."""

    name: str | None
    span: tuple[int, int]
    anonymous: bool


class SpeakerResolver:
    """Resolves the sources of one document's statements, called in text order.

    Pronouns "he" and "she" become the last named speaker when that one spoke in the same or the
    previous paragraph (news style: "Bell said ... He cautioned ..."), else the nearest preceding
    person; bare surnames their fullest form; a definite title ("the vice-president", "the
    spokesman") the nearest person named before with that title before or beside the name (DUC 2006
    D0625G: "The vice-president said" was "president"); "the official", "officials" stay as written, flagged
    anonymous; "the statement", "the letter", "the report" their author ("In a statement, Kestrel
    denied ... the statement said"; "The report, prepared by Alder & Finch"); "the company" the
    nearest organisation named before, "the newspaper" the nearest outlet; "Kestrel's chief
    executive, Daniel Okafor" the person in apposition. "It" and "they" become the one institution or
    document that spoke or is a subject in the sentence before ("the agency said ... Seven states, it
    said"; for "they", the one plural source, people too: "Police also said ... They said", "...,
    legislators said. They said"), else stay unresolved, as do other pronouns. Measured on the DUC
    2006 dev documents, odd topics: 28 pronoun speakers newly resolved, 28 right by hand (the she of
    "told the Gazette" and the he beside "Windward Farming" among them: an outlet with its article,
    or an organisation's short name, tagged a person); even topics, checked once at the end: 25
    changed, 23 right (the two others, a "he" for Charest, wrong before too). "they" for people,
    later: odd topics 10 newly resolved, 10 right; even, once: 8, 6 right, 2 half right (one of two
    commanders named; "home-schoolers" cut to "schoolers"). A "he" after a quote whose nearest person
    is named in the last speaker's own sentence, after the speaker ("Herbert said that Sir William had
    ... 'Our expectations were low,' he said"), is that speaker: odd topics 17 quotes changed, 13 newly
    right, 1 newly wrong (a place tagged as a person after "said Li"), 3 wrong before and after; even,
    checked once: 7 changed, 6 newly right, 1 newly wrong (an outlet that "quoted" the speaker).
    A "he" is never a person named inside a quotation (the nearest person outside one), and within its
    own sentence it is the subject before it rather than a possessor or object nearer to it ("Carlineo
    was arrested for a call he made to Omar's office, in which he said"); a speaker is found where the
    text names them, in their fullest name. On PolNeAR dev's "he"/"she" sources (read by hand, the
    eval's source accuracy scores the pronoun as written): 36 resolved to someone else, 28 newly right,
    1 newly wrong (a person after a stray quotation mark), 7 wrong before and after; 13 more now
    named in full ("Chaffetz": "Jason Chaffetz").
    """

    def __init__(self, sdoc: Doc) -> None:
        self.sdoc = sdoc
        self.dateline_end = dateline_end(text_of(sdoc), 0)
        # spaCy rebuilds Doc.ents from every token on each access, and Span.ents reads Doc.ents: read
        # once here, so resolving a speaker costs its span, not the document (a 100,000-character line
        # of "Jane Doe said “" took minutes).
        self.ents = list(sdoc.ents)
        self._ent_starts = [ent.start for ent in self.ents]
        self.organisations = [ent for ent in self.ents if ent.label_ == "ORG"]
        # the opening words of each organisation's name, to the organisation: "Kestrel" -> "Kestrel Marine Works"
        self._short_names = {org[:k].text: org for org in self.organisations for k in range(1, len(org)) if org[k - 1].whitespace_}
        # the tagger's PERSON that is an outlet with its article ("told the Gazette") or the short name of
        # an organisation named in full ("Kestrel's chief executive" beside "Kestrel Marine Works"), or a
        # platform ("posted on Twitter"), is no person a "she" stands for
        self.persons = [ent for ent in self.ents if ent.label_ == "PERSON" and not _titled_outlet(sdoc, ent) and self._organisation_of(ent) is None
                        and ent.text.lower() not in _platforms]
        self._surnames = {surname(person) for person in self.persons}
        # what a "he" may stand for: the people named outside a quotation, and a surname of theirs the tagger took for
        # something else where it stands alone as a clause's subject. The web pile: "Yet Sondland has already amended his
        # testimony once — 'I now do recall,' he said" ("Sondland" a place: the "he" went to "Joe Biden" in the sentence
        # before); not "been with Giuffre", nor the "Trump" of what the next "he" said, nor the client a lawyer names
        # ("'Pat Carlineo is passionate about his political beliefs,' she said in an email").
        inside = {t.i for ent in self.persons for t in ent}
        alone = [sdoc[t.i:t.i + 1] for t in sdoc if t.text in self._surnames and t.i not in inside and t.dep_ in SUBJECT_DEPS
                 and t.pos_ == "PROPN" and not any(c.pos_ == "PROPN" for c in t.children)]
        named = sorted(self.persons + alone, key=lambda span: span.start)
        quoted = inside_quote_on_line(text_of(sdoc), [span.start_char for span in named])
        self._referents = [span for span, q in zip(named, quoted, strict=True) if not q]
        self._referent_starts = [span.start for span in self._referents]  # in text order, as are their ends: bisected
        self._referent_ends = [span.end_char for span in self._referents]
        self.last: Speaker | None = None
        self.spoken: list[tuple[int, Speaker, bool, bool]] = []  # (where, speaker, plural, an institution or document) of each named source
        self._spoken_at: list[int] = []

    def resolve(self, source: tuple[int, int]) -> Speaker:
        speaker, named = self._resolve(source, 0)
        span = self.sdoc.char_span(*source, alignment_mode="expand")
        # a document's author ("Research by the National AIDS Control indicates") is no "he" who speaks next
        if named and not (span is not None and len(span) and span.root.lemma_.lower() in cues.DOCUMENT_NOUNS):
            self.last = speaker
        if span is not None and len(span) and speaker.name is not None and span.root.pos_ != "PRON":
            at = bisect_right(self._spoken_at, source[0])  # kept in text order, for `_antecedent` to bisect
            self._spoken_at.insert(at, source[0])
            self.spoken.insert(at, (source[0], speaker, _plural(span.root), _impersonal(span.root)))
        return speaker

    def _spoken_of(self, person: Span, last: Speaker) -> bool:
        """Whether `person` is named after the last speaker in the last speaker's own sentence."""
        speaker = self.sdoc.char_span(*last.span, alignment_mode="expand")
        return speaker is not None and len(speaker) > 0 and person.start >= speaker.end and person.sent.start == speaker.sent.start

    def _antecedent(self, pronoun: Token) -> tuple[Speaker, bool] | None:
        """What "it" or "they" stands for as a speaker: the one institution or document that spoke
        (for "they", the one plural source: "Police also said ... They said", "legislators said"), or
        for "it" that is a subject ("Kestrel's chief executive, Daniel Okafor, did not attend"), in
        the sentence before or earlier in this one, within a paragraph break; None when there is none
        or more than one, and for the "it" of "it is hard to ..."."""
        if pronoun.head.lemma_ == "be":
            return None
        sent = pronoun.sent
        first = self.sdoc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        text = text_of(self.sdoc)
        if not runs_on(text, self.sdoc[first].idx, pronoun.idx):
            # the sentence before runs over more than one paragraph break (the parser joined a subhead to it:
            # "What did the prosecutors say?\n... the Swedish Prosecution Authority said.\n'...,' it added."):
            # only its part in the paragraph before the pronoun's counts
            floor = text.rfind("\n", 0, max(text.rfind("\n", 0, pronoun.idx), 0)) + 1
            first = next((t.i for t in self.sdoc[first:sent.start] if t.idx >= floor and not t.is_space), sent.start)
        start = self.sdoc[first].idx
        plural = pronoun.lower_ == "they"
        window = self.spoken[bisect_left(self._spoken_at, start):bisect_left(self._spoken_at, pronoun.idx)]
        found = {speaker.name: (speaker, impersonal) for _, speaker, many, impersonal in window if many == plural and (impersonal or plural)}
        if not plural:
            for token in self.sdoc[first:pronoun.i]:
                subject = self._subject_institution(token) if token.dep_ in SUBJECT_DEPS else None
                if subject is not None and subject.name is not None and not any(subject.name in name or name in subject.name for name in found):
                    found[subject.name] = (subject, True)
        if len(found) != 1 or not (plural or all(impersonal for _, impersonal in found.values())):
            return None
        return next(iter(found.values()))[0], False

    def _subject_institution(self, subject: Token) -> Speaker | None:
        """The institution or document a subject is or belongs to: "Kestrel", "Kestrel's chief
        executive", "The panel"."""
        if subject.pos_ == "NOUN" and subject.tag_ not in PLURAL_TAGS and _impersonal(subject):
            return self._resolve(noun_phrase(subject), 1)[0]
        for token in [subject] + [c for c in subject.children if c.dep_ == "poss"]:
            at = bisect_right(self._ent_starts, token.i) - 1
            ent = self.ents[at] if at >= 0 and token.i < self.ents[at].end else None
            organisation = self._organisation_of(ent) if ent is not None else None
            if organisation is not None:
                return Speaker(organisation.text, span_chars(organisation), False)
        return None

    def _organisation_of(self, ent: Span) -> Span | None:
        """The organisation an entity names: itself if tagged so, else the one whose full name it
        opens ("Kestrel", tagged a person, of "Kestrel Marine Works")."""
        if ent.label_ == "ORG":
            return ent
        return self._short_names.get(ent.text)

    def _resolve(self, source: tuple[int, int], depth: int) -> tuple[Speaker, bool]:
        """The speaker, and whether it is named by a proper name."""
        sdoc = self.sdoc
        span = sdoc.char_span(*source, alignment_mode="expand")
        if span is None or len(span) == 0 or depth > _settings().speakers.max_resolution_steps:
            return Speaker(None, source, False), False
        head = span.root
        lower = head.lower_
        if lower in _grammar.PERSONAL_PRONOUNS and len(span) == 1:
            at = bisect_right(self._referent_ends, source[0])  # the nearest person ending before the pronoun
            person = self._referents[at - 1] if at else None
            subject = self._subject_before(person, head) if person is not None else None
            if subject is not None:
                return Speaker(_fullest(self.persons, subject).text, span_chars(subject), False), True
            last = self.last if self.last is not None and runs_on(text_of(sdoc), self.last.span[1], source[0]) else None
            # a person named inside what the last speaker said ("Herbert said that Sir William had ...
            # 'Our expectations were low,' he said") is spoken of, not speaking: the he is Herbert
            if last is not None and (person is None or person.start_char < last.span[0] or self._spoken_of(person, last)):
                return last, True
            return (Speaker(_fullest(self.persons, person).text, span_chars(person), False), True) if person else (Speaker(None, source, False), False)
        if lower in _grammar.RELATIVE_PRONOUNS and len(span) == 1 and head.head.dep_ == "relcl" and head.head.head.pos_ in ("NOUN", "PROPN"):
            antecedent = head.head.head
            if lower == "who":
                antecedent = _holder_of_place(antecedent)
            return self._resolve(noun_phrase(antecedent), depth + 1)  # "Peskov, who said": Peskov
        if lower in _grammar.INSTITUTION_PRONOUNS and len(span) == 1:
            found = self._antecedent(head)
            if found is not None:
                return found
        if lower in _grammar.UNRESOLVED_PRONOUNS:
            return Speaker(None, source, False), False
        named = [ent for ent in self._ents_within(span.start, span.end) if ent.label_ == "PERSON" and ent.root.dep_ not in ("poss", "pobj")]  # not "Kestrel's" chief, "advisers to Rubio"
        apposed = [
            ent for child in head.children if child.dep_ == "appos"
            for ent in self._ents_within(child.left_edge.i, child.right_edge.i + 1) if ent.label_ in ("PERSON", "ORG") and ent.start <= child.i < ent.end
        ]
        if named or apposed:
            person = named[-1] if named and head.ent_type_ == "PERSON" else (apposed or named)[-1]  # "Dean Baker, Center for ...": Baker
            name = _fullest(self.persons, person) if person.label_ == "PERSON" else person
            return Speaker(name.text, span_chars(person), False), True
        if head.pos_ == "PROPN":
            # a name the tagger missed ("Mayor Elena Ruiz"): the person named so elsewhere
            known = [ent for ent in self.persons if surname(ent) == head.text and ent.text in span.text]
            if known:
                person = max(known, key=len)
                return Speaker(person.text, span_chars(person), False), True
        document = _copied_document(head)
        if document is not None:  # "a copy of the inspection report obtained by the Gazette": the report's author
            referent = self._referent(document)
            if referent is not None:
                return self._resolve(referent, depth + 1)
        # "the company", not "the 12 groups": one organisation stands for a singular noun only
        definite = any(c.lower_ == "the" for c in head.lefts) and not any(t.pos_ == "PROPN" for t in span) and head.tag_ not in PLURAL_TAGS
        titled = self._titled_person(span) if span[0].lower_ == "the" else None
        if titled is not None:
            return Speaker(titled.text, span_chars(titled), False), True
        referent = self._referent(head) if definite or head.lemma_.lower() in cues.DOCUMENT_NOUNS else None
        if referent is not None:
            return self._resolve(referent, depth + 1)
        anonymous = lower in cues.ANONYMOUS_NOUNS or head.lemma_.lower() in cues.ANONYMOUS_NOUNS
        return Speaker(span.text, source, anonymous), head.pos_ == "PROPN" and not anonymous

    def _subject_before(self, person: Span, pronoun: Token) -> Span | None:
        """The person who is a subject earlier in the pronoun's sentence, when the nearest person there is
        not one: "Carlineo was arrested for a phone call he made to Omar's office, in which he said ...":
        the he is Carlineo, not the Omar of "Omar's office". On PolNeAR dev the pronoun sources this
        changes: "Ms. LaBelle got a huge roar ... when, at the end of her emotional rendition ..., she
        added" (was Will Smith, of the sentence before)."""
        sent = pronoun.sent
        if person.root.dep_ in SUBJECT_DEPS or person.start < sent.start:
            return None
        first, last = bisect_left(self._referent_starts, sent.start), bisect_left(self._referent_starts, pronoun.i)
        return next((r for r in reversed(self._referents[first:last]) if r.end <= pronoun.i and r.root.dep_ in SUBJECT_DEPS), None)

    def _titled_person(self, span: Span) -> Span | None:
        """The person a definite title stands for ("The vice-president said" after "Kenyan Vice-President
        George Saitoti", DUC 2006 D0625G; "the spokesman" after "spokesman Liu Pengyu"): the nearest
        person named before it with that title written before or beside the name."""
        words = [t.lower_ for t in span[1:] if t.is_alpha]
        if not words or words[-1] not in _titles.TITLE_WORDS:
            return None
        for person in reversed(self.persons):
            if person.end > span.start:
                continue
            after = min(person.end + TITLE_WINDOW_AFTER, person.sent.end, span.start)
            around = self.sdoc[max(0, person.start - TITLE_WINDOW_BEFORE, person.sent.start):after]
            beside = [t.lower_ for t in around if t.is_alpha]
            if any(beside[k:k + len(words)] == words for k in range(len(beside) - len(words) + 1)):
                return person
        return None

    def _ents_within(self, start: int, end: int) -> list[Span]:
        """`sdoc[start:end].ents`: the entities wholly inside tokens start..end-1, found by bisection."""
        found = []
        at = bisect_left(self._ent_starts, start)
        while at < len(self.ents) and self.ents[at].end <= end:
            found.append(self.ents[at])
            at += 1
        return found

    def _referent(self, head: Token) -> tuple[int, int] | None:
        """The source a definite description stands for: a document's author, the nearest
        organisation or outlet named before it."""
        lemma = head.lemma_.lower()
        if lemma in cues.DOCUMENT_NOUNS:
            earlier = (t for t in reversed(self.sdoc[max(0, head.i - _settings().speakers.referent_window):head.i]) if t.lemma_.lower() == lemma)
            later = (t for t in self.sdoc[head.i + 1:head.i + _settings().speakers.referent_window] if t.lemma_.lower() == lemma and any(c.lower_ == "the" for c in t.lefts))  # "The report, prepared by ..." next
            return _author(head) or next((author for other in chain(earlier, later) if (author := _author(other))), None)
        if lemma in cues.ORGANISATION_NOUNS | cues.OUTLET_NOUNS:
            outlet = lemma in cues.OUTLET_NOUNS
            nearest = None
            for ent in reversed(self.organisations):
                credit = 0 < ent.start and ent.end < len(self.sdoc) and self.sdoc[ent.start - 1].text == "(" and self.sdoc[ent.end].text == ")"
                # not the wire credited in a dateline ("HONG KONG (AP) _") nor its place tagged as an
                # organisation ("JERUSALEM, August 13 (Xinhua) --"), no newspaper, nor a person's
                # surname the tagger took for an organisation ("Nachman said" after "Mayor Ron Nachman"),
                # nor the "State" of "Secretary of State"
                filed = ent.start_char < self.dateline_end
                if (ent.end <= head.i and outlet == any(t.lower_ in cues.OUTLET_WORDS for t in ent) and not credit and not filed
                        and ent.text not in self._surnames and not _in_title(ent)):
                    if _described_by(ent, head):
                        return span_chars(ent)
                    nearest = nearest or ent
            return span_chars(nearest) if nearest is not None else None
        return None


def _plural(head: Token) -> bool:
    """Whether a source is many: a plural noun ("Police", "legislators"), or a name its verb takes as many, as
    British reports do ("Big Machine have twice denied ...": their "they said" is the label's)."""
    if head.tag_ in PLURAL_TAGS:
        return True
    verb = head.head
    return head.pos_ == "PROPN" and head.dep_ in SUBJECT_DEPS and head.ent_type_ != "PERSON" and any(
        t.tag_ == "VBP" for t in (verb, *[c for c in verb.children if c.dep_ in ("aux", "auxpass")]))


def _described_by(ent: Span, head: Token) -> bool:
    """Whether a description's words name the organisation's head noun: "the production company" is Dick
    Clark Productions, not the American Music Awards named nearer in the quote (the web pile, Fox News);
    "the Russian space agency" is not the International Space Station."""
    described = {t.lower_.rstrip("s") for t in head.lefts if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ")} | {head.lower_.rstrip("s")}
    return ent.root.lower_.rstrip("s") in described


def _in_title(ent: Span) -> bool:
    """Whether an organisation is part of a title of office: "Secretary of State Madeleine Albright"."""
    of = ent.root.head
    return ent.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _titles.TITLE_WORDS


def _impersonal(head: Token) -> bool:
    """Whether a source is an institution or a document, what "it" (or "they") may stand for: an
    organisation's name, or a noun of one ("the agency", "the memorandum", "the panel")."""
    if head.ent_type_ == "ORG" and head.pos_ == "PROPN":
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in cues.IMPERSONAL_SOURCES


def _titled_outlet(sdoc: Doc, ent: Span) -> bool:
    """Whether a PERSON the tagger found is an outlet with its article ("told the Gazette")."""
    return ent.start > 0 and sdoc[ent.start - 1].lower_ == "the" and is_outlet(sdoc, span_chars(ent))


def _holder_of_place(noun: Token) -> Token:
    """Who "who" stands for when the parser hangs it on a place: the noun the place belongs to
    ("a shopkeeper in Tehran, who declined ...": the shopkeeper), else the noun itself."""
    if noun.ent_type_ in PLACE_LABELS and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


def speaker_phrase(subject: Token) -> tuple[int, int]:
    """The noun phrase a speaking subject is, but for a place with a person named beside it:
    the person ("ODESA, March 3 (Reuters) — Regional governor Oleh Kiper said ...", which the
    parser reads as the city with the man in apposition; "Geneva (AFP) – UN rights chief Volker
    Türk warned ..."). A place alone speaks ("Kyiv said")."""
    if subject.ent_type_ in PLACE_LABELS or _dateline(subject):
        person = next((c for c in subject.children if c.dep_ == "appos" and (c.lemma_.lower() in cues.ANONYMOUS_NOUNS or any(t.ent_type_ == "PERSON" for t in c.subtree))), None)
        if person is not None:
            return noun_phrase(person)
    return noun_phrase(subject)


def _dateline(subject: Token) -> bool:
    """Whether the subject opens its line as a dateline with the agency in brackets ("Geneva
    (AFP) – ..."), which the parser reads as the subject, the agency in apposition."""
    first = subject.left_edge.i
    line_start = first == 0 or "\n" in subject.doc[first - 1].text_with_ws
    return line_start and any(c.dep_ == "appos" and c.i > 0 and subject.doc[c.i - 1].text == "(" for c in subject.children)


def apposed_name(head: Token) -> tuple[int, int]:
    """The name in apposition to a common noun ("the state news agency RIA Novosti": RIA
    Novosti), else the noun phrase of `head`."""
    if head.pos_ == "NOUN":
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON")), None)
        if named is not None:
            return noun_phrase(named)
    return noun_phrase(head)


def outlet_words(name: str) -> tuple[str, ...]:
    """An outlet name or source slug as lowercase words, without "the" and web suffixes:
    "The Harbor Gazette" and "harbor-gazette" both give ("harbor", "gazette")."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in cues.WEB_SUFFIXES]
    return tuple(words[1:] if words[:1] == ["the"] else words)


def is_outlet(sdoc: Doc, span: tuple[int, int], known: Sequence[tuple[str, ...]] = ()) -> bool:
    """Whether the noun phrase at `span` names a news outlet: a known outlet (as `outlet_words`)
    by its full or short name ("the Gazette" for "harbor-gazette"), or a proper name with a
    masthead word."""
    phrase = sdoc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return False
    head = phrase.root
    # "a copy obtained by the Post" is no outlet, nor is "The Post's Ruth Marcus"
    start = max([head.left_edge.i, phrase.start] + [c.right_edge.i + 1 for c in head.lefts if c.dep_ == "poss"])
    name = sdoc[start:head.i + 1]
    if head.pos_ == "NOUN" and head.lemma_.lower() in cues.OUTLET_HEADS:  # "the IRNA news agency", "ZDF television"
        return any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lower_ in cues.OUTLET_WORDS | cues.OUTLET_OWNERS) for c in head.lefts)
    if head.pos_ != "PROPN" or head.lower_ in cues.ANONYMOUS_NOUNS:
        return False
    if head.dep_ == "appos" and (head.head.lemma_.lower() in cues.OUTLET_NOUNS or any(t.lower_ in cues.OUTLET_WORDS for t in head.head.lefts)):
        return True  # "the state news agency RIA Novosti"
    words = outlet_words(name.text)
    return any(_names_outlet(words, outlet) for outlet in known) or any(t.lower_ in cues.OUTLET_WORDS for t in name)


def _names_outlet(words: tuple[str, ...], outlet: tuple[str, ...]) -> bool:
    """The full name, its last words ("the Gazette"), or a slug run together ("baylinenews")."""
    return outlet[-len(words):] == words or "".join(words) == "".join(outlet)


def _copied_document(head: Token) -> Token | None:
    """The document a copy is of ("a copy of the inspection report")."""
    if head.lemma_.lower() not in cues.COPY_NOUNS:
        return None
    return next((c for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in cues.DOCUMENT_NOUNS), None)


def _author(document: Token) -> tuple[int, int] | None:
    """Who wrote or issued a document noun: "the report, prepared by Alder & Finch", "Research by the
    National AIDS Control indicates" (DUC 2006 D0625G), "In a statement, Kestrel denied ...", "Kestrel said
    in a statement"; not "Blair responded to the report"."""
    for by in document.children:
        if by.dep_ == "prep" and by.lower_ == "by":
            objects = [c for c in by.children if c.dep_ == "pobj"]
            if objects:
                return noun_phrase(objects[0])
    for clause in document.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in cues.AUTHORING_VERBS:  # not "obtained by the Post"
            for agent in clause.children:
                if agent.dep_ == "agent":
                    objects = [c for c in agent.children if c.dep_ == "pobj"]
                    if objects:
                        return noun_phrase(objects[0])
    if (document.dep_ == "pobj" and document.head.dep_ == "prep" and document.head.lower_ in cues.AUTHORING_PREPOSITIONS
            and document.head.head.pos_ in ("VERB", "AUX")):
        verb = document.head.head
        subjects = [c for c in verb.children if c.dep_ in SPEAKER_DEPS]
        if subjects:
            return noun_phrase(subjects[0])
    return None


def surname(person: Span) -> str:
    """A person's name's last word but a suffix: "Carlineo" of "Patrick W. Carlineo Jr."."""
    words = [t.text for t in person]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _titles.NAME_SUFFIXES:
        words.pop()
    return words[-1]


def _fullest(persons: list[Span], mention: Span) -> Span:
    """A one-word name in its fullest form named up to it ("Carlineo": "Patrick W. Carlineo Jr."); any
    other name as it is. A speaker is named so, and found where the text names them (`Speaker.span`):
    where they are matters to the "he" that comes next."""
    if len(mention) > 1:
        return mention
    fuller = [ent for ent in persons if ent.end_char <= mention.end_char and len(ent) > 1 and surname(ent) == mention.text]
    return fuller[-1] if fuller else mention


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by `head`, without relative clauses, appositions
    or anything after a comma ("Peskov, who ...": "Peskov"), but never cutting a named entity."""
    if _inside_word(head):  # the hyphen of "vice-president", parsed as a subject of its own: the word it joins
        head = head.doc[head.i - 1]
    end = head.i
    for child in head.rights:
        if child.dep_ in NP_STOP_DEPS:
            break
        end = child.right_edge.i
        # "a shopkeeper in Tehran, who declined ...": the clause the parser hung on the place
        cut = min((t.left_edge.i for t in child.subtree if t.dep_ == "relcl" and t.left_edge.i > child.i), default=None)
        if cut is not None and head.doc[cut - 1].is_punct:
            end = cut - 1
            while end > head.i and head.doc[end].is_punct:
                end -= 1
            break
    start = head.left_edge.i
    for child in head.lefts:
        if child.dep_ in NP_STOP_DEPS and not _inside_word(child):
            start = child.right_edge.i + 1
    doc = head.doc
    # "The vice-president said", parsed as "vice", "-" and "president" apart (DUC 2006 D0625G): the whole word
    while end + 2 < len(doc) and _inside_word(doc[end + 1]) and doc[end + 2].is_alpha:
        end += 2
    while start >= 2 and _inside_word(doc[start - 1]) and doc[start - 2].is_alpha:
        start = min(start - 2, doc[start - 2].left_edge.i)
    if head.ent_iob_ != "O":  # a name is never cut: "Alder & Finch", not "Alder"
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
    while start < head.i and doc[start].is_punct:
        start += 1
    first, last = doc[start].idx, doc[end].idx + len(doc[end])
    text = text_of(doc)
    # a phrase stays in its head's paragraph: the parser compounds a page's leftover button labels
    # with the name below them ("Report\nReport\nBig Machine have twice denied ...")
    first = max(first, text.rfind("\n", first, head.idx) + 1)
    if (line_end := text.find("\n", head.idx + len(head), last)) >= 0:
        last = line_end
        while text[last - 1] in " \t\r":
            last -= 1
    words = skip_dateline(text, first, last)  # "HONG KONG (AP) _ Reports said": the reports
    if first < words <= head.idx:
        first = words
    return first, last


def _inside_word(token: Token) -> bool:
    """A hyphen inside a word, no space on either side: "home-schoolers" is one noun, not "schoolers"."""
    return token.text in HYPHENS and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def runs_on(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote starting at `start` directly follows the one ending at `previous_end`,
    in the same or the next paragraph."""
    return len(PARAGRAPH_BREAK.findall(text, previous_end, start)) <= 1


def span_chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char
