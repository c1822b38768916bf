"""People, organisations, places and outlets: mentions from spaCy NER, merged across spellings.

Readers want one entry per real person ("Vladimir V. Putin", "Mr. Putin", "Putin" and
"Russian President Vladimir Putin" are one man) with the roles the reports give them, and every
mention kept with its span as evidence. `extract_mentions` turns one parsed document into clean
mentions (debris stripped, page junk rejected, roles and honorifics read off the parse);
`merge_entities` merges a story's mentions by normalised key, surname bucket and acronym, all
in one pass over dictionaries, never over pairs of mentions; `link_span` lets quotes and
attributions point their speakers at the merged entities.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsweave import lexicon
from newsweave.annotate import nlp
from newsweave.annotate.quote_marks import CLOSING_DOUBLE, OPENING_DOUBLE, STRAIGHT_DOUBLE
from newsweave.clean.lines import citation_lines, in_spans
from newsweave.model import Entity, Mention
from newsweave.read.dateline import dateline_end
from newsweave.settings import current as _settings

_lexicon = lexicon.for_language(lexicon.DEFAULT_LANGUAGE)

# spaCy labels we keep, and the type each becomes. NORP ("Russian", "Democrats") names groups
# and nationalities, not entities a reader looks up, so it is left out.
LABEL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}



# A word of a headline (`title_cased`): letters first, then letters, digits, apostrophes and hyphens.
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Dates and times that NER labels as ORG or PERSON ("Feb. 24", "Sunday", "2023").
_MONTH_WORDS = "|".join(sorted(_lexicon.calendar.MONTHS, key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(sorted(_lexicon.calendar.WEEKDAY_NAMES + sum(_lexicon.calendar.WEEKDAY_ABBREVIATIONS, ()), key=len, reverse=True))
DATE_LIKE = re.compile(
    rf"^(?:(?:{_WEEKDAY_WORDS})\.?,?\s*)?(?:(?:{_MONTH_WORDS})\.?\s*\d{{0,2}}(?:st|nd|rd|th)?,?\s*\d{{0,4}}"
    rf"|\d{{1,2}}\s+(?:{_MONTH_WORDS})\.?\s*\d{{0,4}}|(?:{_WEEKDAY_WORDS})\.?|\d{{1,4}}(?:s|\s*[ap]\.?m\.?)?)$",
    re.IGNORECASE,
)
URL_LIKE = re.compile(r"https?:|www\.|@|\.(?:com|org|net|gov|edu|co\.uk|io)\b|/", re.IGNORECASE)



# Debris NER leaves at a name's edges: leading "the" and punctuation, trailing possessives
# (including the HTML-entity residue "”;s") and punctuation.
# Two capitals and a lower-case letter opening a word: an identifier's ("ETag", "XMLHttp"); a name's initials
# stand apart ("JJ Watt", "A.J. Brown").
_CAPITALS_INTO_LOWER = re.compile(r"[A-Z]{2,}[a-z]")
# A particle elided onto a name: "d'Estaing", "l’Oréal".
_ELIDED_PARTICLE = re.compile(r"^[a-z]{1,2}['’](?=\w)")
LEADING_DEBRIS = re.compile(r"^(?:[\s\"'“”‘’«»()\[\]*•·|:;,.!?–—^-]+|(?:the|The|THE)\s+)+")
# One debris character per repetition: a run inside a repeated group (`(?:[...]+)+$`) backtracks
# exponentially when the span does not end in debris ("Jonathan Corbet" + 45 spaces + "Inside" hung a run).
TRAILING_DEBRIS = re.compile(r"(?:[\s\"“”‘«»()\[\]*•·|:;,!?–—-]|[’']s|”;?s|[’'](?=\s*$)|”;)+$")

# Dependency labels of words before a name that describe it ("Kremlin spokesman Dmitry Peskov").
PREMODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "prep", "pobj", "npadvmod", "punct"}
PREMODIFIER_POS = {"NOUN", "PROPN", "ADJ", "PART", "ADP", "PUNCT"}
# Entity labels a role may not contain: "on Sunday Jake Sullivan" has no role.
NOT_IN_ROLES = nlp.VALUE_LABELS | {"PERSON"}
# Tags of a word that is a verb form, never a one-word name ("Coinciding", "Speaking").
VERB_FORM_TAGS = frozenset({"VBG", "VBD", "VBZ"})
# Words written before a name that are no part of it: honorifics and titles ("Mr.", "President"),
# one set built once, not per word looked up.
TITLES_BEFORE_NAMES = frozenset(_lexicon.titles.HONORIFICS.keys() | _lexicon.titles.TITLE_WORDS)
# Tags of an adverb, never the first word of a person's name ("Finally Wan subsided").
ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
# Marks that open a quoted title.
QUOTE_OPENERS = {*OPENING_DOUBLE, STRAIGHT_DOUBLE, "‘", "'"}
_DOUBLED_LETTER = re.compile(r"(\w)\1+")
# NER types of a name that is no role on its own, and the nouns that make a role of it ("NTSB Chairman").
NAMED_PLACES_AND_BODIES = frozenset({"GPE", "LOC", "FAC", "ORG"})
ROLE_NOUNS = frozenset(_lexicon.titles.TITLE_WORDS | _lexicon.names.PERSON_NOUNS)
# Parts of an apposition that are not the role: relative clauses and further appositions.
ROLE_CUT_DEPS = {"relcl", "acl", "appos", "conj", "cc", "advcl"}


class EntityMention(NamedTuple):
    """One clean name in one document, with what the text says about who it is."""

    doc: str
    start: int  # character offsets of the name (without honorific or role) in the cleaned text
    end: int
    text: str
    type: str  # PERSON | ORG | PLACE | OUTLET
    role: str | None  # "Kremlin spokesman", "spokeswoman for the port authority"
    title: str | None  # honorific as written: "Mr.", "Dr."
    filed_from: bool = False  # the place of the report's wire dateline ("ARIEL, West Bank (AP) _")


def extract_mentions(doc_id: str, sdoc: Doc) -> Iterator[EntityMention]:
    """Clean entity mentions of one parsed document, in text order.

    Needs NER; roles need the dependency parse as well (without it, roles stay None). A reference list's
    citations ("^ Couch, Aaron (26 November 2016). ...", `clean.lines.citation_lines`) name authors and
    publishers, no one of the story: a tenth of the web pile's entities came from them alone.
    """
    parsed = sdoc.has_annotation("DEP")
    citations = citation_lines(sdoc.text)
    headlines = _HeadlineLines(sdoc.text)
    common = {t.lower_ for t in sdoc if t.is_lower}  # words this text also writes in lowercase
    filed_end = dateline_end(sdoc.text, 0)
    for trimmed, etype in _typed_spans(sdoc, parsed):
        span = _strip_titles(trimmed) if etype == "PERSON" else trimmed
        text = _clean_text(span.text)
        if in_spans(citations, span.start_char) or text is None or _is_junk(text, span) or _is_capitalised_common_word(span, common) or _verb_form(span):
            continue
        if etype == "PERSON" and _code_like(text):
            continue  # NER on a technical page: "reqHeaders", "UTF-8 Referer", "\\displaystyle R"
        if etype == "PERSON" and all(_bare(w) in TITLES_BEFORE_NAMES for w in text.split()) and (
                " " in text or _name_follows(sdoc, span.end)):
            continue  # titles alone: NER's "Lt Col" before "Alexander Vindman"; but "King, Michael (2003)" is a name
        lead = len(span.text) - len(span.text.lstrip())
        start = span.start_char + span.text.find(text, lead)
        if start < filed_end and not _looks_like_outlet(text):
            yield from _dateline_places(doc_id, text, start)
            continue
        if " " in text and etype != "PLACE" and headlines.covers(start):
            continue
        if etype == "PLACE" and _bare(text.split()[-1]) in _lexicon.names.ORG_WORDS:
            etype = "ORG"  # "Port Halden City Council" is often tagged GPE
        elif _bare(text.split()[-1]) in _lexicon.names.PLACE_WORDS and (etype == "ORG" or etype == "PERSON" and len(text.split()) >= 3):
            etype = "PLACE"
        elif etype == "PERSON" and " " in text and _bare(text.split()[-1]) in _lexicon.names.STREET_WORDS:
            etype = "PLACE"
        if etype == "PERSON" and _name_key(text) in _lexicon.names.KNOWN_PLATFORMS:
            etype = "ORG"  # "Twitter" is often tagged PERSON ("Dick Clark Productions" too: nlp.parse relabels it)
        elif etype in {"ORG", "PERSON"} and _looks_like_outlet(text):
            etype = "OUTLET"  # "Al Jazeera" and "the Gazette" are often tagged PERSON
        elif etype == "ORG" and parsed and _cited_as_source(span):
            etype = "OUTLET"
        title, role = None, None
        if parsed and etype in {"PERSON", "ORG"}:
            title, role = _premodifiers(span, trimmed.start, common)
            role = role or _apposition_role(span, common)
        yield EntityMention(doc_id, start, start + len(text), text, etype, role, title if etype == "PERSON" else None)


def _dateline_places(doc_id: str, text: str, start: int) -> Iterator[EntityMention]:
    """The places of a wire dateline, one mention each ("ARIEL, West Bank" is two): NER often
    takes them for an organisation ("JERUSALEM (AP)"), and the agency in brackets is no role."""
    offset = 0
    for part in text.split(","):
        lead = len(part) - len(part.lstrip())
        name = part.strip()
        if any(c.isalpha() for c in name):
            at = start + offset + lead
            yield EntityMention(doc_id, at, at + len(name), name, "PLACE", None, None, filed_from=True)
        offset += len(part) + 1


def _verb_form(span: Span) -> bool:
    """A one-word "name" the tagger reads as a verb form: "Coinciding with the start of a summit"
    opening a sentence after a dateline is no person; nor is an adverb opening one ("Naturally, I
    took this opportunity ...", "Impressively, that beats ...": people in the web pile)."""
    return len(span) == 1 and (span[0].tag_ in VERB_FORM_TAGS or nlp.opens_sentence(span[0]) and nlp.inflected(span[0].lower_, "ly", "adj"))


def _is_capitalised_common_word(span: Span, common: set[str]) -> bool:
    """A one-word name that the text elsewhere writes in lowercase, where its capital says nothing: opening
    a sentence ("Port authority spokeswoman ...", "Council member ..."), a line or a quote (a page's
    heading run into the next paragraph, "Feather Duvet Lung disease\nBird allergies are ...", "“Humidifier
    lung” may result ..."), or inside a run of capitalised words that is no name ("Taylor had Feather Duvet
    Lung disease": "Duvet" and "Lung" were people). Not after a title ("President Bird")."""
    if len(span) != 1 or span[0].lower_ not in common:
        return False
    token = span[0]
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return ((before.is_space and "\n" in before.text) or _opening_quote(before)
            or _capitalised_word(before) and _bare(before.text) not in TITLES_BEFORE_NAMES
            or after is not None and _capitalised_word(after))


def _capitalised_word(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper()


def _opening_quote(token: Token) -> bool:
    """A curly opening mark, or a straight one after a space (before a word, not after one: '..." Bird said')."""
    return token.text in OPENING_DOUBLE or token.text == STRAIGHT_DOUBLE and (
        token.i == 0 or bool(token.doc[token.i - 1].whitespace_) or token.doc[token.i - 1].is_space)


def _typed_spans(sdoc: Doc, parsed: bool) -> list[tuple[Span, str]]:
    """NER's name spans (edge debris trimmed) with their types, in text order, corrected and
    completed by the parse: a name in apposition with a person noun is a PERSON whatever NER
    said ("Marcus Bell, a professor ..." comes out ORG), or even if NER saw no name there."""
    found = list(_people_by_role(sdoc)) if parsed else []
    people = {(s.start, s.end) for s, _ in found}
    relabel = {(s.start, s.end) for s, overrides in found if overrides}
    spans = []
    covered: set[int] = set()
    for ent in sdoc.ents:
        etype = LABEL_TYPES.get(ent.label_)
        trimmed = _trim_span(ent) if etype else None
        if trimmed is None:
            continue
        covered.update(range(ent.start, ent.end))
        if (trimmed.start, trimmed.end) in relabel:
            etype = "PERSON"
        spans.append((trimmed, etype))
    for start, end in sorted(people):
        if covered.isdisjoint(range(start, end)):
            spans.append((sdoc[start:end], "PERSON"))
    return sorted(spans, key=lambda item: item[0].start)


def _people_by_role(sdoc: Doc) -> Iterator[tuple[Span, bool]]:
    """Proper names the parse shows are people: in apposition with a person noun ("Ana Lind, a
    spokeswoman for ...", "A spokeswoman, Ana Lind,"), premodified by one ("spokeswoman Ana
    Lind"), or speaking ("Lind said", "Kestrel denied": a company's short name joins the company
    when merged). The small model misses or mislabels such names, mostly opening a sentence.
    The flag says whether the evidence overrides NER's label (a person noun does, speaking not)."""
    for tok in sdoc:
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.head.lemma_ in _lexicon.reporting.REPORTING_VERBS:
            name = _proper_name(tok)
            if name is not None and not any(t.ent_type_ for t in name):
                yield name, False
        elif tok.pos_ == "NOUN" and tok.lemma_.casefold() in _lexicon.names.PERSON_NOUNS:
            # a plural set off by commas is a list the parse took for an apposition ("Bosses, officials, even the Press
            # Council, are up in arms": the Press Council was a person); right before its names it stays ("the founders
            # Merav Eitan and Gaston Zahr")
            plural = tok.tag_ == "NNS"
            heads = [c for c in tok.children if c.dep_ == "appos" and not (plural and c.left_edge.i != tok.i + 1)]
            if tok.dep_ == "compound" or tok.dep_ == "appos" and not plural and LABEL_TYPES.get(tok.head.ent_type_) != "PLACE":
                heads.append(tok.head)  # a place before the noun is a misparse: "in the UK, a lawyer for the woman asked"
            for head in heads:
                name = _proper_name(head)
                if name is not None:
                    yield name, True


def _proper_name(head: Token) -> Span | None:
    """The run of capitalised proper nouns ending at `head`, if it is one."""
    doc = head.doc
    start = head.i
    while (
        start > 0
        and head.i - start < _settings().entities.max_name_tokens
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(start, head.i + 1)
        and doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    run = doc[start : head.i + 1]
    if any(
        t.pos_ != "PROPN" or not t.text[:1].isupper() or _bare(t.text) in TITLES_BEFORE_NAMES
        for t in run
    ):
        return None
    return run


def _trim_span(ent: Span) -> Span | None:
    """The entity span without a leading "the" or demonstrative ("This Sierra Nevada Corp.", at the
    start of a sentence) or a trailing possessive, punctuation or small word ("of", "and")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in _lexicon.grammar.ANAPHORS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].is_lower and doc[end - 1].text in _lexicon.names.HEADLINE_SMALL_WORDS):
        end -= 1  # a small word ends no name: NER's "Seat Belt Safety Coalition of" before "New Jersey" (DUC 2006 D0608H)
    while ent.label_ != "PERSON" and end > start + 1 and _bare(doc[end - 1].text) in TITLES_BEFORE_NAMES and _name_follows(doc, end):
        end -= 1  # "Navy Capt. Raymond Mabus": the title is the person's after it, the organisation is "Navy"
    for i in range(start, end):  # a name never runs across a line break: keep its first line
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i if "\n" in doc[i].text else i + 1
            break
    return doc[start:end] if end > start else None


def _name_follows(doc: Doc, at: int) -> bool:
    """Whether a proper noun comes at token `at`, after an abbreviation's full stop if there is one."""
    if at < len(doc) and doc[at].text == ".":
        at += 1
    return at < len(doc) and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper()


def _strip_titles(span: Span) -> Span:
    """A PERSON span without honorifics, titles and a sentence's opening adverb or participle that
    NER included ("President Joe Biden"; "Finally Wan subsided", DUC 2006 D0621C, where the tagger
    read "Finally" as an adverb; "Questioning Vindman, Steve Castor asked" and "Hosting Cook at
    Dreamforce" in the web pile, whose second person of the surname kept "Vindman" and "Cook"
    from the full name), and a team and playing position before a player's name ("Browns DL Sheldon
    Richardson": titles.POSITION_ABBREVIATIONS)."""
    start = span.start
    positions = [t.i for t in span[:-2] if t.text in _lexicon.titles.POSITION_ABBREVIATIONS]
    if positions:
        start = positions[-1] + 1
    while start < span.end - 1 and (_bare(span.doc[start].text) in TITLES_BEFORE_NAMES
                                    or span.doc[start].tag_ in ADVERB_TAGS
                                    or start == span.start and nlp.leads_into_name(span.doc[start])):
        start += 1
    return span.doc[start : span.end]


def _clean_text(text: str) -> str | None:
    """The name without edge debris, or None when nothing of a name is left."""
    text = text.rsplit(": ", 1)[-1]  # "National Interests: The Human Rights Council"
    text = re.split(r"\s*[(\[]", LEADING_DEBRIS.sub("", text), maxsplit=1)[0]  # "Federal ... (FBI"
    text = TRAILING_DEBRIS.sub("", text)
    return text if any(c.isalpha() for c in text) else None


def _is_junk(text: str, span: Span) -> bool:
    """Page furniture, URLs, dates and lowercase words that NER mistook for names."""
    words = text.split()
    if len(words) > _settings().entities.max_name_tokens or len(text) < 2 or not any(c.isupper() for c in text):
        return True
    if text in _lexicon.junk.NAME_JUNK_EXACT or text in _lexicon.calendar.TIME_ZONES or URL_LIKE.search(text) or DATE_LIKE.match(text):
        return True
    bare = [_bare(w) for w in words]
    if len(bare) == 1 and bare[0] in _lexicon.grammar.INDEFINITE_PRONOUNS or not text.isupper() and all(
            w in _lexicon.titles.NAME_SUFFIXES for w in bare):
        return True  # "SOMEONE" of a headline; "Jr." of "Frank Wisner, Jr., a former ambassador" (DUC 2006 D0617H), not the artist JR
    if any(w in _lexicon.junk.NAME_JUNK_WORDS for w in bare) and all(
            w in _lexicon.junk.NAME_JUNK_WORDS or w in _lexicon.names.KNOWN_PLATFORMS for w in bare):
        return True  # "Read More", and a share button's "Twitter Share" (the web pile's people)
    if text.isupper() and len(words) >= 3:  # "SIGN UP FOR OUR NEWSLETTER"
        return True
    return all(t.like_num or t.is_punct for t in span)


def _code_like(text: str) -> bool:
    """Whether a "person" is code or markup: a digit, a backslash or a brace; a word in lower case with a
    capital inside ("reqHeaders"), or opening the name and no name particle ("de Jong" is a name, and so are
    "Vincent van den Berg" and "Giscard d'Estaing"); capitals run into lower case ("ETag"; "LeBron", "McGee"
    and "DeShawn" are names)."""
    if any(c.isdigit() or c in "\\{}_<>=/" for c in text):
        return True
    for n, word in enumerate(text.split()):
        core = _ELIDED_PARTICLE.sub("", word)  # "d'Estaing" reads as "Estaing"
        if core[:1].islower():
            if any(c.isupper() for c in core) or (n == 0 and word.lower() not in _lexicon.names.NAME_PARTICLES
                                                  and not word.startswith(("al-", "el-"))):
                return True
        elif _CAPITALS_INTO_LOWER.match(core):
            return True
    return False


class _HeadlineLines:
    """Which lines of a text are Title Case headlines or lead-in headings ("Limited Tools to
    Fight Terrorism: ..."), where NER reads runs of capitals as names. Cached per line."""

    def __init__(self, text: str):
        self.text = text
        self.known: dict[int, int] = {}  # line start -> end of its headline part (0: none)

    def covers(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        if line_start not in self.known:
            self.known[line_start] = self._headline_end(line_start)
        return offset < self.known[line_start]

    def _headline_end(self, line_start: int) -> int:
        line_end = self.text.find("\n", line_start)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        head = line.split(": ", 1)[0] if ": " in line else line
        if len(head) > _settings().entities.max_headline_chars:
            return 0
        return line_start + len(head) if title_cased(head) else 0


def title_cased(text: str) -> bool:
    """Whether `text` is written as a headline: at least entities.min_headline_words words besides the small
    ones (names.HEADLINE_SMALL_WORDS), every one capitalised ("Yahoo's Sale to Verizon Ends an Era")."""
    words = [w for w in _HEADLINE_WORD.findall(text) if w.casefold() not in _lexicon.names.HEADLINE_SMALL_WORDS]
    return len(words) >= _settings().entities.min_headline_words and all(w[0].isupper() for w in words)


def _premodifiers(span: Span, titles_start: int, common: set[str]) -> tuple[str | None, str | None]:
    """Honorific and role written before a name: "Mr.", "Kremlin spokesman", "Russian President".

    Walks left from the name while each word hangs, through words of this stretch only, off the
    name; so "national security adviser" is taken and "on Sunday" or a verb stops the walk.
    Titles NER put inside the entity span (from `titles_start`) are always taken.
    """
    doc = span.doc
    inside = range(span.start, span.end)
    floor = max(0, span.start - _settings().entities.max_role_tokens)
    lowest = {}  # token index -> lowest index on its chain of heads to the name
    first = span.start
    for i in range(span.start - 1, floor - 1, -1):
        tok = doc[i]
        if (
            tok.dep_ not in PREMODIFIER_DEPS
            or tok.pos_ not in PREMODIFIER_POS
            or tok.ent_type_ in NOT_IN_ROLES
            or tok.is_punct and tok.text not in {"-", "'", "’"} and not _abbreviation_stop(tok)
            or "\n" in tok.whitespace_
            or i == 0 and tok.is_upper and len(tok) > 1  # a wire dateline: "LONDON Stephen Lawrence was ..."
            or i in doc.user_data.get(nlp.CUT_FROM_NAMES, ())  # a verb the tagger took into the name: "and rang Taylor"
        ):
            break
        chain_low = _chain_low(tok, floor, inside)
        if chain_low is None:
            break
        lowest[i] = chain_low
        first = i
    for i in range(first, span.start):  # "of State" without "Secretary": a fragment, not a role
        if lowest[i] < first:
            first = i + 1
    words = list(doc[min(first, titles_start) : span.start])
    title = next((t.text for t in words if _bare(t.text) in _lexicon.titles.HONORIFICS), None)
    return title, _role_text([t for t in words if _bare(t.text) not in _lexicon.titles.HONORIFICS], common)


def _abbreviation_stop(tok: Token) -> bool:
    """Whether `tok` is the full stop of a title written short that the tokenizer split off ("Lt", ".")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text == "." and before is not None and not before.whitespace_ and _bare(before.text) in _lexicon.titles.TITLE_ABBREVIATIONS


def _chain_low(tok: Token, floor: int, inside: range) -> int | None:
    """Lowest index on `tok`'s chain of heads up to the name, or None when the chain leaves
    the stretch [floor, name end) before reaching the name."""
    low = tok.i
    head = tok
    for _ in range(_settings().entities.max_role_tokens + 2):
        if head.head.i in inside:
            return low
        if head.head is head:
            return None
        head = head.head
        if head.i < floor or head.i >= inside.stop:
            return None
        low = min(low, head.i)
    return None


def _apposition_role(span: Span, common: set[str]) -> str | None:
    """Role from an apposition ("Ana Lind, a spokeswoman for ...", "The spokesperson, Zhao
    Lijian") or a copula ("Nora Quill is a reporter covering City Hall")."""
    root = span.root
    for child in root.children:
        if (child.dep_ == "appos" and child.i >= span.end and _is_role_head(child) and not _quoted(child) and not _listed(child)
                and _on_its_line(span, child)):
            return _role_from(child, lambda t: True, common)
    if root.dep_ == "appos" and root.head.i < span.start and _is_role_head(root.head) and _on_its_line(span, root.head):
        return _role_from(root.head, lambda t: t.i < span.start, common)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "Nora Quill is a reporter ..."
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.i > span.end and _is_role_head(attr) and _on_its_line(span, attr):
                return _role_from(attr, lambda t: True, common)
    return None


def _on_its_line(span: Span, head: Token) -> bool:
    """Whether an apposition's head is on the name's line: a byline's name under a headline and over a
    teaser ("Kimberly Ross" / "Monday's news that ...") has no role there."""
    return "\n" not in span.doc[min(span.start, head.i) : max(span.end, head.i + 1)].text


def _listed(head: Token) -> bool:
    """Whether an apposition with "and" is a list the parser took for one: "involving Taylor Swift,
    her former record label and a couple of US politicians looks like ...". An apposition is set off:
    punctuation or its own prepositional phrase follows it ("Ana Lind, spokeswoman and deputy director
    of the port, said")."""
    if not any(c.dep_ == "conj" for c in head.children):
        return False
    last = head.right_edge  # the comma that closes it may be its own; the parser may hang its "of" on the name
    return not last.is_punct and last.i + 1 < len(head.doc) and head.doc[last.i + 1].pos_ not in ("PUNCT", "ADP")


def _quoted(head: Token) -> bool:
    """Whether an apposition is a title in quotation marks ("whose play, “The Color of Justice,” ..."): a work, not a role."""
    first = head.left_edge
    return first.i > 0 and first.nbor(-1).text in QUOTE_OPENERS or first.text in QUOTE_OPENERS


def _is_role_head(tok: Token) -> bool:
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.ent_type_ not in {"PERSON", "GPE", "LOC"}


def _role_from(head: Token, keep, common: set[str]) -> str | None:
    """The role in `head`'s phrase: its words that `keep` accepts, without clauses."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in ROLE_CUT_DEPS:
            cut.update(t.i for t in child.subtree)
    return _role_text([t for t in head.subtree if t.i not in cut and keep(t)], common)


def _role_text(words: list[Token], common: set[str]) -> str | None:
    """A role in normal form, or None when the words are not one.

    Determiners and edge punctuation go; a possessor that opens the role moves behind ("Kestrel’s
    chief executive" -> "chief executive of Kestrel"; one inside a prepositional phrase stays: "a
    spokeswoman for Israel's Peace Now movement"), or goes when it is a common noun ("the company’s chief
    executive" -> "chief executive"); words are lowercased but for names and acronyms
    ("Mayor" -> "mayor", "Kremlin spokesman" stays). A role ends in a singular noun, not halfway through a
    name; it fits on one line, is at most entities.max_role_tokens long and is not a bare generic
    noun ("the company that ...").
    """
    words = _rejoined(_strip_edges(words))
    opened = [k for k, t in enumerate(words) if t.text == "("]
    if opened and not any(t.text == ")" for t in words[opened[-1]:]):  # "governor of the State Bank of Vietnam (SBV"
        words = _strip_edges(words[: opened[-1]])
    possessive = next((k for k, t in enumerate(words) if t.tag_ == "POS"), None)
    # a comma before the possessive joins two phrases: "visit to Lisbon last month, Macau's governor"
    spliced = possessive is not None and any(t.text == "," for t in words[:possessive])
    possessor: list[Token] = []
    if possessive is not None and not any(t.pos_ == "ADP" for t in words[:possessive]):
        possessor = _strip_edges(words[:possessive])
        words = _strip_edges(words[possessive + 1 :])
        if not any(t.pos_ == "PROPN" for t in possessor):
            possessor = []
    closing = _title_close(words) if _unclosed_quote(words) else ""  # None: the role stops inside a quoted title
    if (
        not words
        or words[-1].pos_ not in {"NOUN", "PROPN"}
        or words[-1].tag_ == "NNS"  # a plural is no one's role: "founding members Tom Johnston, ...", "small whale bones"
        or not any(_role_word(t.text) for t in words)
        or words[0].like_num  # a score line's "6 points", "1 assist"
        or sum(t.tag_ != "POS" for t in words) + len(possessor) > _settings().entities.max_role_tokens
        or spliced
        or closing is None
        or any("\n" in t.text or "\n" in t.whitespace_ for t in (*possessor, *words[:-1]))
        or any(mark in t.text for t in (*possessor, *words) for mark in "@/:©|[]")  # an e-mail, a photo credit, "ticker: HD", a page's "|"
        or len(words) == 1 and words[0].lower_ in _lexicon.titles.GENERIC_ROLES
        or _cut_in_name(words[-1])
        or _only_a_name(words)
        or len(words) == 1 and _unknown_name(words[0], common)
    ):
        return None
    text = _tokens_text(words, common) + closing
    return f"{text} of {_tokens_text(possessor, common)}" if possessor else text


def _unknown_name(word: Token, common: set[str]) -> bool:
    """Whether a one-word role is a name NER did not mark: a proper noun written with its capital, never in
    lowercase in the text, no acronym and no title ("Adolf" of "Adolf Hitler" where NER took only "Hitler";
    "Kristi" of "Kristi Noem"; the web pile's roles "adolf", "kristi", "shay", "eloise"). "Republican" is
    NER's group, "President" a title, "Coach" an English noun."""
    return (word.pos_ == "PROPN" and word.text[:1].isupper() and not word.is_upper and not word.ent_type_
            and word.lower_ not in common and _bare(word.text) not in ROLE_NOUNS and word.lower_ not in nlp.base_forms("noun"))


def _only_a_name(words: list[Token]) -> bool:
    """Whether a role is only a place's or an organisation's name, the end of a phrase the parse cut from
    its head ("China's ambassador to Britain Liu Xiaming" gave "Britain", "Ambassador to the European
    Union Gordon Sondland" "European Union", in the web pile); "NTSB Chairman", tagged whole, stays."""
    return all(t.ent_type_ in NAMED_PLACES_AND_BODIES for t in words) and words[-1].lower_ not in ROLE_NOUNS


def _role_word(text: str) -> bool:
    """A word a role needs one of: three letters or more, or an acronym ("CEO", "MP"); a role of
    strays tagged nouns is none ("b", "^" and "ed." of a reference list, "hi" of a greeting)."""
    return sum(c.isalpha() for c in text) >= 3 or (len(text) >= 2 and text.isalpha() and text.isupper())


def _unclosed_quote(words: list[Token]) -> bool:
    """Whether a quoted title opens in a role and does not close in it: the role stops inside the title."""
    texts = [t.text for t in words]
    opened, closed = (sum(texts.count(mark) for mark in marks) for marks in (OPENING_DOUBLE, CLOSING_DOUBLE))
    return opened != closed or texts.count(STRAIGHT_DOUBLE) % 2 == 1


def _title_close(words: list[Token]) -> str | None:
    """The mark that closes a quoted title right after a role's last word, past a comma ("author of
    “Managing Generation X,” spoke"): the role ends with the title, closed. Not when the role skips
    words of the text ("microbiologist [and author] of “Finding Darwin's God”")."""
    if any(b.i != a.i + 1 for a, b in zip(words, words[1:])):
        return None
    last = words[-1]
    doc = last.doc
    at = last.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    return doc[at].text if at < len(doc) and doc[at].text in (*CLOSING_DOUBLE, STRAIGHT_DOUBLE) else None


def _cut_in_name(last: Token) -> bool:
    """Whether a role's last word is inside a name that goes on after it: "a spokeswoman for
    Israel's Peace Now movement" parsed with "Now movement" apart would give "... Israel's Peace"."""
    if last.i + 1 >= len(last.doc) or last.ent_type_ == "PERSON" and (
            last.text in _lexicon.titles.POSITION_ABBREVIATIONS or _bare(last.text) in TITLES_BEFORE_NAMES):
        return False  # a title or playing position NER ran into a person's name ends the role ("Assemblyman Herb Conaway",
                      # "Browns DL Sheldon Richardson"; not "Metroid Prime EU release")
    after = last.doc[last.i + 1]
    return after.ent_iob_ == "I" or (last.pos_ == after.pos_ == "PROPN" and after.dep_ == "compound"
                                     and "PERSON" not in (after.ent_type_, after.head.ent_type_))  # not "... for Africa Dr Ibrahim Samba"


def _rejoined(words: list[Token]) -> list[Token]:
    """The role with the parts of a hyphenated word the parse cut from it: the first ("vice" of "vice-premier",
    "co" of "co-author": the role was "-premier", "-author") or the last ("Robert Eaton, DaimlerChrysler
    co-chairman": the role was "DaimlerChrysler co", DUC 2006 D0608H)."""
    if not words:
        return words
    doc, last = words[0].doc, words[-1]
    if (last.i + 2 < len(doc) and not last.whitespace_ and doc[last.i + 1].text in nlp.HYPHENS
            and not doc[last.i + 1].whitespace_ and doc[last.i + 2].is_alpha):
        words = [*words, doc[last.i + 1], doc[last.i + 2]]
    at = words[0].i
    if words[0].text not in nlp.HYPHENS:  # the hyphen itself may have been stripped as punctuation
        if at < 2 or doc[at - 1].text not in nlp.HYPHENS or doc[at - 1].whitespace_:
            return words
        words, at = [doc[at - 1], *words], at - 1
    before = doc[at - 1] if at > 0 else None
    return [before, *words] if before is not None and before.is_alpha and not before.whitespace_ else words


def _strip_edges(words: list[Token]) -> list[Token]:
    start, end = 0, len(words)
    # "whether" of "is whether WeWork’s founder and former CEO, Adam Neumann, ...": "founder of whether WeWork" (the web pile)
    while start < end and (words[start].pos_ in {"DET", "PRON", "ADP", "PART", "PUNCT", "CCONJ", "SCONJ"} or words[start].is_space):
        start += 1
    while end > start and (words[end - 1].is_punct or words[end - 1].is_space):
        end -= 1
    return words[start:end]


def _tokens_text(tokens: list[Token], common: set[str]) -> str:
    """Words in normal case, keeping the text's spacing between neighbours: names (words of a
    multi-word entity, or a one-word entity the text never writes in lowercase) and acronyms
    keep their capitals: "Halden State University" stays, "Council member" becomes lowercase. So
    does an institution's name NER missed, capitalised words that end in an organisation word
    ("Egyptian Pilots Association chief", DUC 2006 D0617H, was "egyptian pilots association chief").
    A title written short is spelled out ("Republican Sen." -> "Republican senator"), and one NER ran into a
    person's name is a word like any other ("Assemblyman Herb Conaway": "assemblyman")."""
    parts = []
    institution = _institution_words(tokens)
    tokens = [t for t in tokens if not _abbreviation_stop(t)]
    for k, t in enumerate(tokens):
        in_name = t.ent_iob_ == "I" or t.ent_iob_ == "B" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I"
        keep = (t.is_upper and t.pos_ not in {"DET", "PRON"} or t.ent_type_ and (in_name or t.lower_ not in common)
                or t.i in institution) and not (t.ent_type_ == "PERSON" and _bare(t.text) in TITLES_BEFORE_NAMES and not t.is_upper)
        stop = t.i + 1 < len(t.doc) and _abbreviation_stop(t.doc[t.i + 1])
        short = t.text[:1].isupper() and (t.text.endswith(".") or stop)
        title = _lexicon.titles.TITLE_ABBREVIATIONS.get(_bare(t.text)) if short else None
        parts.append(title or (t.text if keep else t.lower_))  # "Rep." -> "representative"
        if k + 1 < len(tokens):
            parts.append(" " if stop or tokens[k + 1].i != t.i + 1 else t.whitespace_)
    return "".join(parts).strip()


def _institution_words(tokens: list[Token]) -> set[int]:
    """Token indices of each run of two or more capitalised words in a row that ends in an
    organisation word (names.ORG_WORDS: "Pilots Association", "Port Authority")."""
    found: set[int] = set()
    run: list[int] = []
    for t in [*tokens, None]:
        if t is not None and t.is_title and (not run or t.i == run[-1] + 1):
            run.append(t.i)
            continue
        if len(run) >= 2 and tokens[0].doc[run[-1]].lower_ in _lexicon.names.ORG_WORDS:
            found.update(run)
        run = [t.i] if t is not None and t.is_title else []
    return found


def _cited_as_source(span: Span) -> bool:
    """Whether the text names this organisation as its source: "told POLITICO", "according to X",
    "X reported that ...", "..., the newspaper X reported", "X, which broadcasts in ...", "in an interview
    with X", "citing X". A company reports and reveals things too ("Audi has revealed the second
    production model", "Apple reported record revenue"): a verb with a direct object makes no outlet."""
    if any(_bare(w) in _lexicon.names.NOT_OUTLET_WORDS for w in span.text.split()):
        return False
    root = span.root
    head = root.head
    if root.dep_ in {"dobj", "dative"} and head.lemma_ == "tell":
        return True
    publishes = [head] if root.dep_ == "nsubj" else []  # "X reported ...", "X, which broadcasts in Mandarin, ..."
    publishes += [c for c in root.children if c.dep_ == "relcl"]
    if any(v.lemma_ in _lexicon.names.OUTLET_VERBS and not any(c.dep_ == "dobj" for c in v.children) for v in publishes):
        return True
    if root.dep_ == "dobj" and head.lemma_ == "cite":
        return True
    if root.dep_ == "pobj":
        prep = head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ == "with" and prep.head.lemma_ == "interview":
            return True
        if prep.lower_ in {"by", "in"} and prep.head.lemma_ in {"report", "reporting"}:
            return True
    return False


def _looks_like_outlet(text: str) -> bool:
    key = _name_key(text)
    if key in _lexicon.names.KNOWN_OUTLETS or _lexicon.names.ALIASES.get(key) in _lexicon.names.KNOWN_OUTLETS:
        return True
    words = [_bare(w) for w in text.split()]
    return words[-1] in _lexicon.names.OUTLET_NAME_WORDS and not any(w in _lexicon.names.NOT_OUTLET_WORDS for w in words)


def _bare(word: str) -> str:
    """A word lowercased without dots and edge punctuation: "Mr." -> "mr"."""
    return word.casefold().strip(".,;:'’\"“”()").replace(".", "")


def _fold(text: str) -> str:
    """Casefolded, accent-free, dot-free text with single spaces: the base of every key."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.sub(r"[^\w\s&'-]", " ", text).split())


def _name_key(text: str) -> str:
    """Merge key of a name: folded, middle initials and suffixes dropped, aliases applied."""
    words = _fold(text).split()
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w.rstrip("-")) > 1] + [words[-1]]
    while len(words) > 1 and words[-1] in _lexicon.titles.NAME_SUFFIXES:
        words.pop()
    key = " ".join(words)
    return _lexicon.names.ALIASES.get(key, key)


def _person_key(key: str) -> str:
    """A person's key as given and last name, so "Vladimir Vladimirovich Putin" is "vladimir putin"
    and "Jim Hall" is "james hall" (names.NICKNAMES)."""
    words = key.split()
    if len(words) < 2:
        return key
    return f"{_given(words[0])} {_transliterated(words[-1])}"


def _given(word: str) -> str:
    """A given name's key: the formal name of a familiar one, spelt as `_transliterated`."""
    return _transliterated(_lexicon.names.NICKNAMES.get(word, word))


def _transliterated(word: str) -> str:
    """A name's key across the spellings of its transliterations: "y" as "i", doubled letters single
    ("Mossi Raz" and "Mosi Raz", DUC 2006 D0609I; "Phillip", "Mohammed"; "Zelenskyy", "Zelenskiy" and
    "Zelensky", three people in the web pile's impeachment story)."""
    return _DOUBLED_LETTER.sub(r"\1", word.replace("y", "i"))


def merge_entities(mentions: Iterable[EntityMention], outlets: Iterable[str] = ()) -> list[Entity]:
    """One entity per real person, organisation, place and outlet of a story.

    Mentions merge when their keys match (case, dots, "the", middle initials and the alias table
    aside). A one-word name joins the one full name of a person that ends with it (a surname),
    looked for in its own document first and then in the story; failing that, the one full name
    that starts with it ("Mr. Ban" for Ban Ki-moon, "Melanie" for a child named in full once);
    two different people with that name: it joins nothing. A one-word organisation joins the one
    organisation whose initials it spells ("FBI") or whose last word it is ("the Post").
    Organisations that are the story's outlets (`outlets`: the documents' source names) or are
    cited as sources become OUTLET; a name a report's wire dateline files from is a PLACE however
    NER tagged its other mentions ("ARIEL, West Bank (AP)" makes Ariel a place). Ids run e1, e2,
    ... in order of first appearance.
    """
    mentions = list(mentions)
    keys = [_name_key(m.text) for m in mentions]
    types_by_key: dict[str, Counter] = defaultdict(Counter)
    filed_from = {key for m, key in zip(mentions, keys) if m.filed_from}
    for m, key in zip(mentions, keys):
        types_by_key[key][m.type] += 1
    key_type = {key: "PLACE" if key in filed_from else _vote(counts) for key, counts in types_by_key.items()}
    people = _PeopleIndex(zip(mentions, keys), key_type)
    spelled_well = {key for m, key in zip(mentions, keys) if not _malformed(m.text)}
    short_forms = _short_forms([k for k, t in key_type.items() if t in {"ORG", "OUTLET"} and k in spelled_well])
    # A company is not its own channel or paper: "Disney" (the company, never cited) is no short form of the
    # outlet "Disney Channel" ("ESPN channels, Disney Channel and other cable networks": the Los Angeles Times).
    short_forms = {k: long for k, long in short_forms.items()
                   if not (key_type.get(k) == "ORG" and key_type[long] == "OUTLET" and long.split()[0] == k)}

    groups: dict[str, list[int]] = {}
    group_types: dict[str, Counter] = defaultdict(Counter)
    # groups a title, an honorific or a person's role names: people, whatever NER took the full name for ("Ms Persson";
    # "talent manager Scooter Braun", whom NER took four times in five for the company Braun)
    titled: set[str] = set()
    for n, (m, key) in enumerate(zip(mentions, keys)):
        person = people.resolve(m.doc, key)
        if person:
            group, gtype = "P:" + person, "PERSON"
        elif key in short_forms and key_type[key] != "PLACE":
            group, gtype = "N:" + short_forms[key], key_type[short_forms[key]]
        else:
            group, gtype = "N:" + key, key_type[key] if key in filed_from else m.type
        groups.setdefault(group, []).append(n)
        group_types[group][gtype] += 1
        if m.title or m.type == "PERSON" and _person_role(m.role):
            titled.add(group)

    outlet_names = {_outlet_key(o).replace(" ", ""): o for o in outlets if o}
    ordered = sorted(groups.items(), key=lambda item: item[1][0])
    names = {group: _fullest(_spellings([mentions[n] for n in members])) for group, members in ordered}
    expand = {keys[n]: names[group] for group, members in ordered if group.startswith("N:") for n in members}
    entities = []
    for group, members in ordered:
        roles = [_expand_role(m.role, expand) for n in members if (m := mentions[n]).role]
        etype = "PERSON" if group in titled else _vote(group_types[group])
        if etype == "PERSON" and group not in titled and roles and all(_organisation_role(r) for r in roles):
            etype = "ORG"  # "Full Fact, a London-based fact-checking website", whatever NER took it for
        name = names[group]
        source = next((outlet_names[k] for k in (keys[n].replace(" ", "") for n in members) if k in outlet_names), None)
        if source is not None and etype != "PLACE":
            etype = "OUTLET"  # the story's own sources, even where NER took them for people
            if any(c.isupper() for c in source) and _name_key(source) == _name_key(name):
                name = source  # the outlet's own spelling: "The Meridian Standard"
        entities.append(_entity(f"e{len(entities) + 1}", name, etype, [mentions[n] for n in members], roles))
    return entities


def _person_role(role: str | None) -> bool:
    """Whether a role is a person's by its head noun: "talent manager", "spokeswoman for the ministry"."""
    return _role_head(role) in ROLE_NOUNS


def _organisation_role(role: str | None) -> bool:
    """Whether a role is an organisation's by its head noun: "London-based fact-checking website"."""
    return _role_head(role) in _lexicon.names.ORGANISATION_ROLE_NOUNS


def _role_head(role: str | None) -> str:
    """A role's head noun, lowercased: the last word before its first preposition ("spokeswoman for
    the ministry", "CEO of Apple"), or the last word when that is a noun and what precedes the
    preposition a name ("University of Liverpool biochemist", "Washington State Department of Health
    public information officer")."""
    if not role:
        return ""
    before, words = re.split(r"\s+(?:of|for|at|to|in|with|on|from)\s+", role)[0].split(), role.split()
    if before and before[-1][0].isupper() and words[-1].islower():
        return words[-1]  # "University of Liverpool biochemist"; not "CEO of Apple"
    return before[-1].lower() if before else ""


def _spellings(members: list[EntityMention]) -> list[str]:
    """How a group's name is written, outside datelines when it is written elsewhere: a wire
    writes its dateline in capitals ("JERUSALEM (AP) _"), its text "Jerusalem"."""
    return [m.text for m in members if not m.filed_from] or [m.text for m in members]


def _fullest(texts: list[str]) -> str:
    """The fullest of a group's spellings: one name before NER's run-ons (`_malformed`), then most
    words, longest, commonest, first."""
    counts = Counter(texts)
    first = {t: k for k, t in reversed(list(enumerate(texts)))}
    return max(counts, key=lambda t: (not _malformed(t), len(_fold(t).split()), len(t), counts[t], -first[t]))


def _malformed(text: str) -> bool:
    """Whether NER's span is more than one name: a list ("Starship, Blue Origin"; not "Ministry of Trade,
    Industry and Energy" or "Roku, Inc.") or a name run into lower-case words ("Apple un-iveing its
    products", "Garrett hit Rudolph"). Such a spelling neither names its group nor is the full name
    the short names in it abbreviate: the web pile named Apple's 56 mentions "Apple un-iveing"."""
    words = text.split()
    allowed = _lexicon.names.HEADLINE_SMALL_WORDS | _lexicon.names.NAME_PARTICLES
    if any(w.islower() and _bare(w) not in allowed for w in words[1:]):
        return True
    parts = text.split(", ")
    return len(parts) > 1 and not ({"and", "&"} & {w.lower() for w in words}) and _bare(parts[-1]) not in _lexicon.names.COMPANY_WORDS


def _expand_role(role: str, expand: dict[str, str]) -> str:
    """A role naming an organisation or place by a short form, with its full name: "chief
    executive of Kestrel" -> "chief executive of Kestrel Marine Works"."""
    head, sep, tail = role.rpartition(" of ")
    if not sep:
        return role
    full = expand.get(_name_key(tail))
    return f"{head} of {full}" if full and _name_key(full) != _name_key(tail) else role


def _vote(counts: Counter) -> str:
    """Type of a set of mentions: OUTLET if any is cited as one, else the commonest (first wins ties)."""
    if counts["OUTLET"]:
        return "OUTLET"
    return counts.most_common(1)[0][0]


class _PeopleIndex:
    """Full names of a story's people by surname and by first word, per document and story-wide."""

    def __init__(self, keyed: Iterable[tuple[EntityMention, str]], key_type: dict[str, str]):
        self.by_last: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.by_first: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.people: set[str] = set()
        self.key_type = key_type
        for m, key in keyed:
            if key_type[key] == "PERSON" and " " in key:
                person = _person_key(key)
                self.people.add(person)
                first, last = person.split()
                for doc in (m.doc, None):
                    self.by_last[doc, last].add(person)
                    self.by_first[doc, first].add(person)

    def resolve(self, doc: str, key: str) -> str | None:
        """The person key a mention belongs to, or None when it is not a person's name.

        A full person's name resolves to itself; an ambiguous one-word name to itself alone. A one-word
        name is looked up as a first name only when its own mentions are mostly a person's: "Apple", an
        organisation, is no first name of "Apple Watches" (NER's person in a review of the watches).
        """
        if " " in key:
            return _person_key(key) if _person_key(key) in self.people else None
        lookups = [(self.by_last, _transliterated(key))] + ([(self.by_first, _given(key))] if self.key_type.get(key) == "PERSON" else [])
        for index, word in lookups:
            candidates = index.get((doc, word)) or index.get((None, word))
            if candidates:
                return next(iter(candidates)) if len(candidates) == 1 else key
        return None


def _short_forms(org_keys: list[str]) -> dict[str, str]:
    """Key -> the one longer organisation key it abbreviates: by initials ("fbi" -> "federal
    bureau of investigation"), as its first word ("kestrel" -> "kestrel marine works"), as its
    ending ("post" -> "new york post", "city council" -> "port halden city council") or by the
    initials of an ending of three words or more ("ntsb" -> "us national transportation safety
    board"), tried in that order. An ending shared by two organisations abbreviates neither. A
    short form of a short form abbreviates the longest ("ntsb" -> "national transportation safety
    board" -> "us national transportation safety board": one organisation, DUC 2006 D0617H)."""
    indexes: tuple[dict[str, set[str]], ...] = (defaultdict(set), defaultdict(set), defaultdict(set), defaultdict(set))
    by_initials, by_first, by_ending, by_ending_initials = indexes
    for key in org_keys:
        words = key.split()
        if len(words) >= 2:
            by_first[words[0]].add(key)
            for k in range(1, len(words)):
                by_ending[" ".join(words[k:])].add(key)
            significant = [w for w in words if w not in _lexicon.names.ACRONYM_STOP_WORDS]
            if len(significant) >= 2:
                by_initials["".join(w[0] for w in significant)].add(key)
            for k in range(1, len(significant) - 2):
                by_ending_initials["".join(w[0] for w in significant[k:])].add(key)
    short = {}
    for key in set().union(*indexes):
        targets = next((index[key] for index in indexes if key in index), set())
        if len(targets) == 1:
            short[key] = next(iter(targets))
    for key in short:
        seen = {key}
        while short[key] in short and short[short[key]] not in seen:
            seen.add(short[key])
            short[key] = short[short[key]]
    return short


def _outlet_key(source: str) -> str:
    """A document source ("politico.com", "www.reuters.com", "The Harbor Gazette") as a name key."""
    source = re.sub(r"^(?:https?://)?(?:www\.)?", "", source.strip().casefold())
    source = re.sub(r"\.(?:com|org|net|co\.uk|co|news|tv|info)(?:/.*)?$", "", source)
    return _name_key(source.replace("-", " ").replace("_", " "))


def _entity(entity_id: str, name: str, etype: str, members: list[EntityMention], roles: list[str]) -> Entity:
    """An Entity from its mentions: its name, the other spellings, main roles, spans."""
    aliases: list[str] = []
    for m in members:
        for alias in (m.text, f"{m.title} {m.text}" if m.title else None):
            if alias and alias != name and alias not in aliases:
                aliases.append(alias)
    return Entity(
        id=entity_id,
        name=name,
        type=etype,
        aliases=aliases,
        roles=_main_roles(roles),
        mentions=[Mention(m.doc, m.start, m.end, m.text) for m in members],
    )


def _main_roles(roles: list[str]) -> list[str]:
    """One role per thing an entity is said to be, as the reports most often put it.

    Phrasings with the same words are one wording ("port authority spokeswoman", "spokeswoman
    for the port authority"); wordings whose words nest describe one role ("spokeswoman", "...
    for the Halden Port Authority"): of these the most frequent wording wins (the fuller on a
    tie), in its most frequent phrasing (the first on a tie). Roles are few per entity, so the
    pairwise nesting test is cheap.
    """
    wordings: dict[frozenset[str], Counter] = {}
    for role in roles:
        wordings.setdefault(_role_words(role), Counter())[role] += 1
    keys = list(wordings)
    family = list(range(len(keys)))  # union-find over nesting wordings

    def find(k: int) -> int:
        while family[k] != k:
            family[k] = family[family[k]]
            k = family[k]
        return k

    for a in range(len(keys)):
        for b in range(a):
            if keys[a] <= keys[b] or keys[b] <= keys[a]:
                family[find(a)] = find(b)
    best: dict[int, frozenset[str]] = {}
    for k, words in enumerate(keys):
        root = find(k)
        rank = (sum(wordings[words].values()), len(words))
        if root not in best or rank > (sum(wordings[best[root]].values()), len(best[root])):
            best[root] = words
    firsts = sorted(best.values(), key=keys.index)
    return [wordings[words].most_common(1)[0][0] for words in firsts]


def _role_words(role: str) -> frozenset[str]:
    return frozenset(w for w in _fold(role).split() if w not in _lexicon.names.ACRONYM_STOP_WORDS and w not in {"a", "an", "'s"})


class SpanLinker:
    """Finds the entity mentioned at a span; built once per story, then a bisect per lookup."""

    def __init__(self, entities: list[Entity]):
        by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entity in entities:
            for m in entity.mentions:
                by_doc[m.doc].append((m.start, m.end, entity.id))
        self._spans = {doc: sorted(spans) for doc, spans in by_doc.items()}
        self._starts = {doc: [s for s, _, _ in spans] for doc, spans in self._spans.items()}
        self._longest = {doc: max(e - s for s, e, _ in spans) for doc, spans in self._spans.items()}

    def link(self, doc: str, start: int, end: int) -> str | None:
        """Id of the entity whose mention overlaps [start, end) most (first one on ties)."""
        spans = self._spans.get(doc)
        if not spans:
            return None
        lo = bisect_right(self._starts[doc], start - self._longest[doc])
        hi = bisect_right(self._starts[doc], end - 1)
        best, best_overlap = None, 0
        for s, e, entity_id in spans[lo:hi]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = entity_id, overlap
        return best


def link_span(entities: list[Entity], doc: str, start: int, end: int) -> str | None:
    """Id of the entity whose mention in `doc` overlaps [start, end) most, or None.

    For many lookups in one story, build a `SpanLinker` once instead.
    """
    return SpanLinker(entities).link(doc, start, end)
