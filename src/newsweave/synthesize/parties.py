"""Who denies a claim, named as the story's entities: a person or an institution, never "he".

A brief that says "001_99d83c disputes this", "he disputes this" or "company disputes this" tells a
reader nothing they can check. Each denial's speaker phrase (stance.py's subject of the denying
verb, then the sentence's attribution) is resolved to the party it names:
1. a name or alias of a merged entity ("Kestrel" -> Kestrel Marine Works), or the entity mentioned
   at the phrase's head word ("Kremlin spokesman Dmitry Peskov" -> Dmitry Peskov);
2. an institution noun ("the company", "the ministry") to the organisation named nearest before it
   in the report and, when the report names none, the story's most mentioned one; with a name
   before it ("China's foreign ministry") the phrase itself names the institution;
3. an anonymous person of an institution ("a Kremlin spokesman") to that institution;
4. else the speaker the dossier's quote or attribution of the sentence resolved to an entity
   (pronouns were resolved there, against the report's earlier sentences).
claims.py names each denial's speaker with the same resolution (`speaker_of`), so the dossier and
the brief name a party the same way. A pronoun, a phrase inside quotation marks (a fragment of the quote), a phrase longer than
brief.max_party_words or a common noun that names no one is never a denier. A person who speaks
for an institution that denies too is named with it: "Kremlin (Dmitry Peskov)".

The brief names people the same way: one it first mentions by a surname alone is named in full
(`in_full`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave import lexicon
from newsweave.annotate.entities import SpanLinker
from newsweave.annotate.quote_marks import inside_quote
from newsweave.model import Attribution, Claim, ClaimMember, Document, Entity, Quote
from newsweave.settings import current as _settings

_lexicon = lexicon.for_language(lexicon.DEFAULT_LANGUAGE)
# Nouns that stand for an institution: a denier "the company", "the ministry", "the government".
INSTITUTION_NOUNS = _lexicon.reporting.ORGANISATION_NOUNS | _lexicon.reporting.INSTITUTION_NOUNS
# Entity types that can deny: people, organisations, outlets, and places that stand for a government.
ORGANISATION_TYPES = frozenset({"ORG", "OUTLET"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVES = ("'s", "’s")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)  # "The Bill would require ...": no person
# An honorific before the surname the brief names in full goes into the brackets: "[Myles Garrett] then swung
# it", not "Mr. [Myles Garrett] then swung it" (the WSJ in the web pile).
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(h.title() for h in _lexicon.titles.HONORIFICS) + r")\.?\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
_PRONOUN = re.compile(r"\b(?:he|she)\b")  # lower case: a "He" opening a sentence is no speaker beside a cue
# A "he" or "she" beside a verb of saying: "..., he said.", "he told the group", "..., said she."
_SAYING = "|".join((*_lexicon.calendar.REPORTED_PAST, "says"))
_PRONOUN_SPEAKER = re.compile(rf"\b(?:(?:he|she)\s+(?:{_SAYING})|(?:{_SAYING})\s+(?:he|she)(?=\s*[.,;]))\b")


@dataclass(slots=True)
class Party:
    """One denier: how the brief names it, and the entity it is (None: a description kept as written)."""

    name: str
    entity: str | None = None


class PartyNamer:
    """Resolves the deniers of a story's claims; built once per story from its annotations."""

    def __init__(
        self,
        docs: Sequence[Document],
        entities: Sequence[Entity] = (),
        quotes: Sequence[Quote] = (),
        attributions: Sequence[Attribution] = (),
    ) -> None:
        self.docs = {d.id: d for d in docs}
        self.entities = {e.id: e for e in entities}
        self.linker = SpanLinker(list(entities))
        self.by_key: dict[str, Entity] = {}
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                self.by_key.setdefault(_key(alias), entity)
        self.organisations: dict[str, list[tuple[int, str]]] = {}  # doc -> (start, entity id) of ORG mentions
        for entity in entities:
            if entity.type in ORGANISATION_TYPES:
                for m in entity.mentions:
                    self.organisations.setdefault(m.doc, []).append((m.start, entity.id))
        for spans in self.organisations.values():
            spans.sort()
        self.salience = Counter({e.id: len(e.mentions) for e in entities if e.type == "ORG"})
        # (doc, start, end, entity id): what the annotators resolved a sentence's speaker to
        self.spoken = [(q.doc, q.start, q.end, q.speaker_entity) for q in quotes if q.speaker_entity]
        self.spoken += [(a.doc, a.start, a.end, a.authority_entity) for a in attributions if a.authority_entity]
        self.persons: dict[str, list[tuple[int, int, Entity]]] = {}  # doc -> (start, end, entity) of PERSON mentions
        for entity in entities:
            if entity.type == "PERSON":
                for m in entity.mentions:
                    self.persons.setdefault(m.doc, []).append((m.start, m.end, entity))
        for spans in self.persons.values():
            spans.sort(key=lambda span: span[:2])
        self._lowercase: dict[str, set[str]] = {}  # doc -> the words it writes in lower case (`_common`)
        # doc -> (start, end, cue, person) of what a person said, for the "he" beside its cue (`in_full`)
        self.said: dict[str, list[tuple[int, int, str, Entity]]] = {}
        for q in quotes:
            person = self.entities.get(q.speaker_entity or "")
            if person is not None and person.type == "PERSON" and q.cue:
                self.said.setdefault(q.doc, []).append((q.start, q.end, q.cue, person))
        # persons some report names by name beside their words, in the quote's paragraph ("said Jose Lucero"):
        # a word NER took for a person ("Goodwillers", "Ariel") is never one
        self.named_speakers = {q.speaker_entity for q in quotes if q.speaker_entity and self._named_beside(q)}
        self.direct: dict[str, list[tuple[int, int]]] = {}  # doc -> spans of its direct quotes, marks included
        for q in quotes:
            if q.kind == "direct":
                self.direct.setdefault(q.doc, []).append((q.start, q.end))

    def _common(self, doc: str) -> set[str]:
        """The words report `doc` writes in lower case (cached): no word of a person's name."""
        if doc not in self._lowercase:
            text = self.docs[doc].text if doc in self.docs else ""
            self._lowercase[doc] = {w for w in _WORD.findall(text) if w.islower()}
        return self._lowercase[doc]

    def in_full(self, text: str, doc: str, start: int, named: set[str]) -> str:
        """`text` (the words of report `doc` from offset `start`) with each person it calls by one word of
        their name ("Zhu suggested") named in full, in brackets, the first time the brief mentions them
        ("[Zhu Muzhi] suggested"): the sentence that named them stays in its report. A name whose other
        words the report also writes in lower case is left as written: "EgyptAir Flight", which NER took
        for a person, would turn "the EgyptAir 990 crash" into "[EgyptAir Flight] 990"; so is a word the
        report also writes in lower case, one after an article ("The Bill would require ..." in a story
        that names Bill Shorten), or an acronym ("acid (EPA)" is no "[Max EPA]"). A "he" or "she" beside the cue of what a person said is named too
        (`_speaker_pronoun`): "..., [Lonnie Selam] noted", "[Selam] noted" once the brief has named him.
        `named` holds the entities the brief has mentioned so far, and grows."""
        edits = self._speaker_pronoun(text, doc, start, named)
        for m_start, m_end, person in self.persons.get(doc, ()):
            at, to = m_start - start, m_end - start
            if at < 0 or to > len(text) or person.id in named:
                continue
            named.add(person.id)
            word = text[at:to]
            added = set(person.name.split()) - {word}
            if (" " not in word and word in person.name.split() and added and not self._common(doc) & {w.casefold() for w in added | {word}}
                    and not _DETERMINER_BEFORE.search(text, 0, at) and not word.isupper()):
                honorific = _HONORIFIC_BEFORE.search(text, 0, at)
                edits.append((honorific.start() if honorific else at, to, f"[{person.name}]"))
        for at, to, full in sorted(edits, reverse=True):
            text = text[:at] + full + text[to:]
        return text

    def shown(self, claim: Claim) -> str:
        """The claim's text as a row of the claims table shows it, read alone: every person it calls by one
        word of their name or by "he" beside a quote's cue named in full (`in_full`), "[Jake Sullivan] said".
        The text is found in the first report that writes it (its first and last characters aside: the
        claim's sentence may be capitalised or given a full stop); where none does, it is kept as written."""
        inner = claim.text[1:-1]
        for doc in claim.documents:
            at = self.docs[doc].text.find(inner) if doc in self.docs and inner else -1
            if at >= 1:
                return self.in_full(claim.text, doc, at - 1, set())
        return claim.text

    def within_quote(self, doc: str, start: int, end: int) -> bool:
        """Whether the words of report `doc` from `start` to `end` lie inside one of its direct quotes that
        runs on past them: a middle sentence of a quotation ("“Meth is IN SD. Twitter can make a joke of it,
        but ... Meth is a serious problem in SD. We are here to Get. It. OUT,” Noem tweeted"), its speaker
        named outside it. Read alone, they are nobody's words, or the report's."""
        return any(first <= start and end <= last and (first < start or end < last) for first, last in self.direct.get(doc, ()))

    def speaker_unnamed(self, text: str, doc: str, start: int) -> bool:
        """Whether `text` (the words of report `doc` from offset `start`) gives what was said to a "he" or
        "she" beside the verb ("Sometimes employees don't follow the rules, he said.") that the sentence
        names nobody before and `in_full` cannot name: read alone, nobody can tell whose words they are."""
        found = _PRONOUN_SPEAKER.search(text)
        if found is None:
            return False
        if any(start <= s < start + found.start() for s, _, _ in self.persons.get(doc, ())):
            return False  # "McCain opposes ..., but he told the group ...": the sentence names him
        return not self._speaker_pronoun(text, doc, start, set())

    def _speaker_pronoun(self, text: str, doc: str, start: int, named: set[str]) -> list[tuple[int, int, str]]:
        """The edit naming the speaker of a quote in `text` that a "he" or "she" beside its cue stands for
        ("he noted", "..., said she."; not the "he" of what was said: "Chen has said he has no plans", nor one
        whose person the sentence names before it: "Bush means what he says"). The annotators' person for
        the quote must be one `_last_named` finds too, some report must name them beside their own words
        (`named_speakers`), and their name must have two words: NER's persons "Navajo", "Xers", "Ariel",
        "Goodwillers" speak in no report. None when the sentence holds two such pronouns (which is whose
        is not known). On the odd DUC 2006 dev topics the annotators' person alone was right for about 4
        in 5 such quotes; with these checks 201 quotes there are named, and of 40 drawn at random 39 were
        right by their paragraphs (one I could not tell)."""
        for q_start, q_end, cue, person in self.said.get(doc, ()):
            if q_end <= start or q_start >= start + len(text):
                continue
            cue_words = r"\s+".join(re.escape(w) for w in cue.split())
            found = list(re.finditer(rf"\b(?:(he|she)\s+{cue_words}|{cue_words}\s+(he|she)(?=\s*[.,;]))\b", text))
            if len(found) != 1 or len(_PRONOUN.findall(text)) != 1:
                continue
            group = 1 if found[0].group(1) else 2
            at = start + found[0].start(group)
            if len(person.name.split()) < 2 or person.id not in self.named_speakers or self._last_named(doc, at) is not person:
                continue
            if any(entity is person and start <= s < at for s, _, entity in self.persons.get(doc, ())):
                return []  # named in the sentence itself: "Bush means what he says"
            name = self._short_name(person, doc) if person.id in named else person.name
            named.add(person.id)
            return [(found[0].start(group), found[0].end(group), f"[{name}]")]
        return []

    def _named_beside(self, quote: Quote) -> bool:
        """Whether the report names the quote's speaker in the quote's own paragraph, outside the quote
        (not only a pronoun resolved to a name written earlier)."""
        text = self.docs[quote.doc].text if quote.doc in self.docs else ""
        begin = text.rfind("\n", 0, quote.start) + 1
        end = text.find("\n", quote.end)
        end = len(text) if end < 0 else end
        return any(
            entity.id == quote.speaker_entity and begin <= s and e <= end and not quote.start <= s < quote.end
            for s, e, entity in self.persons.get(quote.doc, ())
        )

    def _last_named(self, doc: str, at: int) -> Entity | None:
        """The person a "he" at offset `at` of report `doc` most likely stands for: the first person named
        (its subject, as news writes) in the last sentence before it that names one, in its paragraph or,
        when that names none before it, in the paragraph before (web copy sets each quote in a paragraph of
        its own): "Howard Lujan, a father of four, used seeds Ms. Houser gave him. “I will give this corn
        ...,” he said" is Lujan's. A name inside a quotation ("“Maybe it was Steven Spielberg,” he jokes")
        or owning something ("fixed Juan Gonzalez's left thumb") is no one who speaks."""
        text = self.docs[doc].text if doc in self.docs else ""
        paragraph = text.rfind("\n", 0, at) + 1
        for begin, end in ((paragraph, at), (text.rfind("\n", 0, max(paragraph - 1, 0)) + 1, paragraph)):
            mentions = [
                (s, entity) for s, e, entity in self.persons.get(doc, ())
                if begin <= s and e <= end and not inside_quote(text[begin:s]) and text[e:e + 2] not in _POSSESSIVES
            ]
            if mentions:
                last = max(s for s, _ in mentions)
                breaks = _SENTENCE_END.finditer(text[begin:last])
                sentence = max((begin + m.end() for m in breaks if not _abbreviated(text, begin + m.start())), default=begin)
                return min((found for found in mentions if found[0] >= sentence), key=lambda found: found[0])[1]
            if begin == 0:
                break
        return None

    def _short_name(self, person: Entity, doc: str) -> str:
        """How report `doc` calls a person it has named: its shortest mention of them ("Selam")."""
        text = self.docs[doc].text if doc in self.docs else ""
        mentions = [text[s:e] for s, e, entity in self.persons.get(doc, ()) if entity.id == person.id]
        return min(mentions, key=len) if mentions else person.name

    def deniers(self, claim: Claim) -> list[str]:
        """The parties that deny `claim`, in the order their denials appear, each named once."""
        parties: dict[str, Party] = {}
        for member in claim.denials:
            party = self.denier(member)
            if party is not None:
                parties.setdefault(party.entity or party.name.casefold(), party)
        return self._grouped(list(parties.values()))

    def denier(self, member: ClaimMember) -> Party | None:
        """The party one denial names: its speaker phrase resolved, else the annotators' speaker."""
        phrases = [member.speaker, member.authority]
        if member.speaker and member.authority and member.speaker in member.authority:
            phrases.reverse()  # "China" of "China's foreign ministry": the fuller phrase first
        for phrase in phrases:
            if phrase and (party := self._resolve(phrase, member)) is not None:
                return party
        for doc, start, end, entity_id in self.spoken:
            if doc == member.doc and start < member.end and end > member.start and entity_id in self.entities:
                return self._party(self.entities[entity_id])
        return None

    def speaker_of(self, member: ClaimMember) -> str | None:
        """Who a denying member is named as said by: the party it resolves to (`denier`), else its
        speaker or authority phrase as written when that names someone ("a government spokesman");
        None for a pronoun, a quote fragment or nobody (claims.py then takes a negation for a
        negative statement, not a denial)."""
        party = self.denier(member)
        if party is not None:
            return party.name
        return next((phrase for phrase in (member.speaker, member.authority) if named(phrase)), None)

    def _resolve(self, phrase: str, member: ClaimMember) -> Party | None:
        words = _WORD.findall(phrase)
        while words and words[0].lower() in _lexicon.grammar.DETERMINERS:
            words = words[1:]
        if not words or len(words) > _settings().brief.max_party_words:
            return None
        if len(words) == 1 and words[0].lower() in _lexicon.denial.PRONOUNS | _lexicon.denial.CLAIM_NOUNS:
            return None  # "it"; "Report" of "Report claiming ... is bogus" (`named`)
        at = self._locate(phrase, member)
        if at is not None and inside_quote(self.docs[member.doc].text[member.start:at]):
            return None  # a fragment of the quote, not who said it
        known = self.by_key.get(_key(" ".join(words)))
        if known is not None:
            return self._party(known)
        head = words[-1]
        if at is not None:
            head_at = at + phrase.rfind(head)
            linked = self.linker.link(member.doc, head_at, head_at + len(head))
            if linked is not None:
                return self._party(self.entities[linked])
        modifiers = [w for w in words[:-1] if w[0].isupper()]
        if head.lower() in INSTITUTION_NOUNS:
            if modifiers:
                return Party(" ".join(words))  # "China's foreign ministry": the phrase names it
            institution = self._institution(head.lower(), member.doc, at if at is not None else member.start)
            return self._party(institution) if institution is not None else None
        if head.lower() in _lexicon.reporting.ANONYMOUS_NOUNS and modifiers:
            institution = self.by_key.get(_key(" ".join(modifiers)))
            return self._party(institution) if institution is not None else Party(" ".join(words))
        if all(w[0].isupper() for w in words) and head.lower() not in _lexicon.reporting.ANONYMOUS_NOUNS:
            return Party(" ".join(words))  # a name the entity tagger missed
        return None

    def _locate(self, phrase: str, member: ClaimMember) -> int | None:
        """Where the phrase is written in the member's sentence, as an offset into its document."""
        doc = self.docs.get(member.doc)
        if doc is None:
            return None
        at = doc.text.find(phrase, member.start, member.end)
        return at if at >= 0 else None

    def _institution(self, noun: str, doc: str, at: int) -> Entity | None:
        """The organisation "the <noun>" stands for: the nearest one named before `at` in the report
        whose name or role holds the noun ("the ministry": Foreign Ministry), else the story's most
        mentioned such one; for a company noun ("the company", "the firm"), else the nearest company
        named before (a name or role holding a company noun), else the nearest organisation."""
        spans = self.organisations.get(doc, [])
        before = [self.entities[e] for _, e in reversed(spans[:bisect_left(spans, (at, ""))]) if self.entities[e].type == "ORG"]
        called = [e for e in before if noun in _described(e)]
        if called:
            return called[0]
        story = [e for e, _ in self.salience.most_common() if noun in _described(self.entities[e])]
        if story:
            return self.entities[story[0]]
        if noun not in _lexicon.reporting.COMPANY_NOUNS:
            return None
        companies = [e for e in before if _described(e) & _lexicon.reporting.COMPANY_NOUNS]
        return (companies or before or [None])[0]

    def _party(self, entity: Entity) -> Party:
        return Party(entity.name, entity.id)

    def _names(self, party: Party) -> list[str]:
        entity = self.entities.get(party.entity or "")
        return [entity.name, *entity.aliases] if entity else [party.name]

    def _grouped(self, parties: list[Party]) -> list[str]:
        """Names, a person who speaks for a listed institution ("Kremlin spokesman") in brackets after it."""
        institutions = [p for p in parties if p.entity is None or self.entities[p.entity].type != "PERSON"]
        speaks_for: dict[int, list[str]] = {}
        alone = []
        for party in parties:
            if party in institutions:
                continue
            roles = " ".join(self.entities[party.entity].roles).casefold() if party.entity else ""
            home = next((n for n, inst in enumerate(institutions) if roles and any(_within(name, roles) for name in self._names(inst))), None)
            if home is None:
                alone.append(party)
            else:
                speaks_for.setdefault(home, []).append(party.name)
        named = [f"{inst.name} ({', '.join(speaks_for[n])})" if n in speaks_for else inst.name for n, inst in enumerate(institutions)]
        return named + [p.name for p in alone]


def _abbreviated(text: str, period: int) -> bool:
    """Whether the period at `period` ends an abbreviation or an initial ("Ms. Houser", "J. Mati"), not a sentence."""
    word = text[text.rfind(" ", 0, period) + 1:period].lstrip("(\"“").lower()
    return len(word) == 1 or word in _lexicon.grammar.TITLE_ABBREVIATIONS
def named(phrase: str | None) -> bool:
    """A phrase that can name a party: not empty, not a pronoun, not a quote or a clause, not a claim
    noun alone (a headline's "Report claiming ... is bogus" names what is denied, not who denies)."""
    if not phrase or any(q in phrase for q in "\"“”"):
        return False
    words = phrase.lower().split()
    if len(words) == 1 and words[0] in _lexicon.denial.CLAIM_NOUNS:
        return False
    return words[0] not in _lexicon.denial.PRONOUNS and len(words) <= _settings().stance.max_speaker_tokens and phrase != "unknown"


def _key(name: str) -> str:
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _described(entity: Entity) -> set[str]:
    """The words of an organisation's name and roles: what "the <noun>" may call it."""
    return {w for text in (entity.name, *entity.roles) for w in _key(text).split()}


def _within(institution: str, roles: str) -> bool:
    """Whether an institution's name words, less a possessor ("China's"), all occur in a role."""
    words = [w for w in _key(institution).split() if not w.endswith("'s")]
    role_words = set(_key(roles).split())
    return bool(words) and all(w in role_words for w in words)

