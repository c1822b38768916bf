"""Closed-class words that mark where a sentence ends and a phrase without a subject of its own.

Abbreviations: a word ending in "." is not a sentence's end when it is a title before a name ("Mr.",
"Gen."), and ends one only before a word that opens sentences ("at 3:10 p.m. He did not say why.",
"in the U.S. A vast array ..."; the Punkt idea of frequent sentence starters, here a closed list).
A coordinated phrase that opens with a preposition (", and for economic help ...", ", and then to
Rome") shares the subject and verb of the clause before it: cut off alone it is a fragment, not a
statement. Standard English closed classes and news abbreviations; not tuned.
"""

from __future__ import annotations

PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "at", "before",
    "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "during", "for", "from",
    "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over", "since", "through",
    "throughout", "to", "toward", "towards", "under", "until", "upon", "with", "within", "without",
})
# Adverbs that may stand between the conjunction and the preposition: ", and then to Rome".
LINKING_ADVERBS = frozenset({"also", "then", "later", "again", "even", "especially", "particularly", "mainly"})
# A subject pronoun not opened by one of SUBORDINATORS gives a fronted phrase its own clause
# (", and in June he doubled the fine"): then it shares no head and is cut as a clause.
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
# The writer's own voice outside quotation marks: "In this section, we describe the architecture", "I talked
# about how online businesses are built" (annotate/quotes.py: no one's reported words).
WRITER_PRONOUNS = frozenset({"i", "we"})
# A coordinated part that opens with one of these has no subject of its own ("Finland has funded
# projects in the province, and has exhibited special interest ..."): it shares the clause's before.
AUXILIARIES = frozenset(
    """has have had is are was were will would can could may might shall should must do does did""".split()
)
SUBORDINATORS = frozenset({"after", "as", "because", "before", "if", "once", "since", "that", "though", "unless",
                           "until", "when", "whether", "which", "while", "who"})

# Written before a name or a number, never at a sentence's end: "Mr. Berg", "Gen. Milley", "No. 4", "Sens. Warren and Sanders".
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen sens rep reps gov gen maj col lt sgt capt cmdr adm rev hon pres st mt no nos vs e.g i.e""".split()
)
# May end a sentence, and then the next word is one of SENTENCE_STARTERS: "4:30 p.m. The visitors' center",
# "Repligen Corp. The company", "Washington, D.C. The Human Rights ...", "in Fresno, Calif. It ...".
ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec co corp inc ltd bros jr sr etc ft
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo u.s u.n u.k d.c p.m a.m""".split()
)
SENTENCE_STARTERS = frozenset(
    """i he she it we they you there the a an this that these those his her its their our my some many most
    both all each but and yet so however in on at after before during when while if as since although
    still meanwhile now then much despite whatever with""".split()
)  # "M uch of the focus ...": a drop cap (clean/encoding.py) joined without the word written elsewhere
# A sentence that opens with one of these leans on the sentence before it for who is meant ("He is the
# most popular and respected politician in French-speaking Quebec."): quoted alone, it names no one.
REFERRING_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "him", "them"})
# ... and one that opens with the first or second person outside a quotation speaks as someone the
# reader of a brief cannot see: a witness's statement printed as text ("I was not on the July 25 phone
# call ..."), a columnist ("We have been here before"), an address to the reader ("You may find ...").
FIRST_SECOND_PERSON = frozenset({"i", "my", "me", "we", "our", "us", "you", "your"})
# ... and one that opens with one of these answers, adds to or goes on from the sentence before ("But
# the Corps says ...", "Also, the State Department ..."): quoted alone, it answers nothing.
LINKING_OPENERS = frozenset(
    """but however yet still also moreover furthermore meanwhile instead nevertheless nonetheless besides
    otherwise thus therefore hence and so likewise similarly which then""".split()
)  # "Which is a good thing for “Star Wars” creator George Lucas.": the sentence before is its subject
# A sentence opening with one of these goes on with the subject of the sentence before ("She said her
# inspectors had found no damage ..." after "Lena Moss rejected that account").
CONTINUING_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
# Determiners and pronouns that point back to the sentence before: "That argument, say tribes, overlooks
# history", "This peculiar status stems from ...", "With this drastic increase came ..." (a brief leaves such
# a sentence out, unless what follows is a time: "This week", calendar.TIME_NOUNS).
DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})
# Nouns for what someone did or said, which "the" alone points back to: "The decision came one day after the
# Knesset ratified the accord", "The move has been criticized by the governor" (DUC 2006 dev): what decision?
# Followed by a preposition or "that", the noun says what it is ("The decision to close the plant ...").
EVENT_ANAPHOR_NOUNS = frozenset(
    {"move", "decision", "announcement", "step", "remarks", "comments", "incident", "development", "measure", "action"}
)
# Determiners that point back before a noun of something said: "that account", "the report".
ANAPHORS = DEMONSTRATIVES | {"the"}
# Pronouns for a person, resolved to the person named before them.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Pronouns for an unnamed anyone: never a name, though NER takes one in capitals for a person ("WILL SOMEONE
# STAND UP FOR THE ESTABLISHMENT?", a headline in the web pile).
INDEFINITE_PRONOUNS = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "something", "anything", "everything", "nothing"}
)
# Pronoun speakers left unresolved unless a rule finds who they stand for.
UNRESOLVED_PRONOUNS = frozenset({"it", "they", "we", "i", "you", "this", "that", "who", "which"})
# Relative pronouns: "the official who spoke" names the official.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Pronouns that may stand for the institution or document that spoke just before ("the agency
# said ... Seven states, it said, ...").
INSTITUTION_PRONOUNS = frozenset({"it", "they"})
# Subjects that name no speaker: "it is said", "that shows".
DUMMY_SUBJECTS = frozenset({"it", "that", "this"})
# Relative pronouns for a thing, not a person: "the report, which says" is the report's content.
THING_RELATIVES = frozenset({"which", "that"})
# Subjects that name nobody: "it is said", "there are reports".
EXPLETIVES = frozenset({"it", "there", "this", "that"})
# Closed-class words (and "said"): the timeline compares two sentences of one date without them.
FUNCTION_WORDS = frozenset(
    """a an the and or but of to in on at by for with from as is was were be been has have had it its
    this that these those he she they we i you his her their our said says say on about after before
    into over than then there which who whom what when where will would could should may might not
    do does did""".split()
)
# What a contraction leaves of its first word when the apostrophe breaks words ("didn't": "didn", "t").
CONTRACTION_STEMS = frozenset(
    """aren couldn didn doesn don hadn hasn haven isn ll mustn needn re shouldn ve wasn weren won wouldn""".split()
)
# Determiners and possessives a party's name is written without ("the ministry" is "ministry").
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
