"""The reporting-cue lexicon: which words mark that something is said on someone's authority.

Kept as data so quotes, attribution and the later stance stage read one list. Calibrated on the
PolNeAR train split (../shared/eval/attribution/polnear/train): a verb is listed when it is
annotated as an attribution cue in at least half of its occurrences there, or is one of the
common reporting verbs of news style, or (object cues, views, intentions) when what we extract
with it matched gold often enough to raise content F1 (a prediction set raises F1 when its
precision exceeds half the F1, about 0.29 here); "continue" (0.26 of 150 uses matched, texts
0-700) and "view" (0.28) were dropped on that rule. Stance: "deny" cues mark that the authority
rejects the content, "dispute" cues that it challenges it; everything else reports neutrally.
"""

from __future__ import annotations

from newsweave.lexicon.en.denial import COMMENT_LEMMAS, CONDITION_MARKS, REFUSAL_LEMMAS, REQUESTING_LEMMAS

NEUTRAL = "reports"
DENY = "deny"
DISPUTE = "dispute"

# Verb lemma -> stance. Verbs of saying and writing, then of asserting and disclosing.
REPORTING_VERBS: dict[str, str] = {
    lemma: NEUTRAL
    for lemma in (
        "say", "tell", "add", "state", "write", "explain", "note", "report", "announce", "declare",
        "tweet", "post", "testify", "reply", "respond", "remark", "comment", "mention", "recall",
        "argue", "insist", "claim", "contend", "maintain", "assert", "allege", "stress", "emphasize",
        "warn", "caution", "predict", "estimate", "suggest", "acknowledge", "admit", "concede",
        "confirm", "reveal", "disclose", "conclude", "observe", "ask", "urge", "promise", "vow",
        "pledge", "describe", "cite", "agree", "reiterate", "complain", "boast", "brag", "joke",
        "quip", "scoff", "concur", "indicate", "repeat", "recount", "inform", "learn",
        "speculate", "charge", "accuse", "criticize", "praise", "blame", "lament",
        "call", "show", "find", "propose", "endorse", "support", "oppose", "defend",
        "demand", "recommend", "assure", "refer", "express", "mention", "discuss", "thank", "talk",
        "tout", "highlight", "prefer",
    )
} | {
    "deny": DENY, "reject": DENY, "refute": DENY, "dismiss": DENY, "denounce": DENY,
    "decline": NEUTRAL,  # "declined to comment" refuses to speak: no denial (issue 12)
    "dispute": DISPUTE, "question": DISPUTE, "challenge": DISPUTE, "contest": DISPUTE,
    "disagree": DISPUTE, "counter": DISPUTE, "rebut": DISPUTE, "doubt": DISPUTE,
    "attack": DISPUTE, "slam": DISPUTE, "condemn": DISPUTE, "decry": DISPUTE, "blast": DISPUTE, "mock": DISPUTE,
}

# Cues whose object is the attributed content ("criticized the intervention", "proposed taxing
# carbon"): for other verbs an unquoted object is not a statement ("said it", "told reporters").
# A verb is listed when at least 40% of its objects matched a gold attribution on PolNeAR train
# (first 450 texts); support (0.24), consider (0.25), embrace (0.21), favor (0.27), welcome
# (0.32) and admit (0.22) fell below.
OBJECT_CUES = frozenset({
    "criticize", "praise", "accuse", "blame", "propose", "deny", "reject", "dismiss", "denounce",
    "describe", "announce", "cite", "urge", "promise", "vow", "pledge", "predict", "question",
    "dispute", "challenge", "defend", "endorse", "oppose", "demand", "call", "reveal",
    "acknowledge", "confirm", "recall", "estimate", "warn", "tweet", "suggest", "recommend",
    "refer", "express", "mention", "mock", "discuss", "slam", "attack", "thank", "talk",
    "condemn", "tout", "highlight", "decry", "blast", "prefer",
})

# Verbs of belief and intention, cues only with a clausal complement ("officials believe Beijing
# has ...") or an infinitive ("declined to comment"): attributions of a view, not quotes. Kept
# when at least a third of their uses matched a gold attribution on PolNeAR train (first 450
# texts); think, want, know, feel, fear, assume, understand and intend fell below (0.20-0.29).
ATTITUDE_VERBS = frozenset({"believe", "hope", "expect", "worry", "suspect"})
INTENT_VERBS = frozenset({"plan", "seek", "decline", "refuse", "hope", "vow", "promise", "threaten"})

# Words a title leaves in lower case ("Of Pandas and People: The Central Question of Biological
# Origins"): a quote whose other words are all capitalised names a work, a slogan or a sign.
TITLE_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "as", "into", "upon", "via", "vs", "per",
})

# Prepositions of place, time and means: the only object of a passive cue that opens with one says
# where or when something was said, not what ("were discussed last week at the convention", "was
# recommended in a 1997 book"). On PolNeAR train (texts 0-300) the passive cues with such an object
# matched no gold content; those with "of", "for", "over", "as" or "on" did ("was accused of killing").
CIRCUMSTANCE_PREPOSITIONS = frozenset({
    "in", "at", "during", "after", "before", "since", "until", "with", "into", "to", "from", "through",
    "throughout", "within", "under", "near", "across", "inside", "outside", "amid", "among", "via",
})

# Cues that also place a telephone call ("call the hotline at 1-888-584-3110"): with a number "at",
# not a statement.
PHONE_CUES = frozenset({"call", "phone", "telephone"})
# What "call" convenes, orders or summons rather than names ("would call a referendum", "called a snap
# election", "the union called a strike", DUC 2006 dev; "they called an ambulance", the web pile): with one
# of these as its object, "call" reports nothing.
CONVENED_NOUNS = frozenset({
    "referendum", "plebiscite", "election", "vote", "poll", "strike", "walkout", "boycott", "meeting",
    "session", "summit", "conference", "hearing", "inquiry", "ceasefire", "truce", "halt", "recess",
    "timeout", "moratorium", "curfew", "ambulance", "police", "911", "paramedics", "firefighters", "cops",
})
# "Called it a day" and its kin end something and report nothing ("Izuku ... called it a month", the web pile).
CALLED_IT_NOUNS = frozenset({"day", "night", "month", "week", "year", "season", "career", "quits"})

# Cues of putting a question or a request to someone ("Asked whether ..., Peskov said", "what China
# had been asked to provide"): with no asker written, what they carry is no one's statement.
QUESTION_CUES = frozenset({"ask", "question"})
# Cues whose passive subject is the one told ("Kestrel denied it had ever been told the seals were at
# risk", "had been warned about the seals"): with no agent written, no one is said to have said it.
RECIPIENT_CUES = frozenset({"tell", "warn", "inform", "notify", "brief", "advise", "assure"})
# Words opening an open question ("too early to say what had caused the failure"): content no one asserts.
QUESTION_OPENERS = frozenset({"what", "why", "how", "whether", "who", "whom", "which", "when", "where", "if"})

# What a cue reports has not been said (issue 12) when the cue is an infinitive under a head that
# refuses it ("declined to say who", REFUSAL_LEMMAS), allows it ("was not authorized to discuss the
# review"), asks for it ("urged the board to reject", REQUESTING_LEMMAS), finds it hard ("unable to
# conclude what caused") or plans, hopes or tries it ("is scheduled to ask", "intend to propose",
# "trying to show why", "working to find out"), or says what something is for ("is to urge"). A
# refusal whose infinitive is a verb of saying ("declined to say", "refused to confirm":
# REFUSED_SPEECH) is no statement itself; "refused to support gay marriages" states a position.
# Read from the infinitive cues of the DUC 2006 dev documents, odd topics; left out as said after
# all: "went on to say", "used the meeting to show", "rose to condemn", "voted to recommend",
# "appeared to question", "prompted competitors to complain", "decided to ask" (a decision, done or
# not), "called Giuliani to complain that" ("call" asks only as "call on").
UNSAID_HEADS = REFUSAL_LEMMAS | (REQUESTING_LEMMAS - {"call"}) | frozenset({
    "hesitate", "unable", "reluctant", "unwilling", "difficult", "hard", "impossible", "early",
    "authorize", "allow", "permit", "let", "enable", "free",
    "plan", "intend", "expect", "hope", "wish", "seek", "aim", "prepare", "schedule", "set", "due",
    "agree", "promise", "vow", "pledge", "threaten", "offer", "try", "attempt", "need", "have",
    "consider", "likely", "ready", "willing", "eager", "mean", "design", "work", "struggle", "be", "going",
})
REFUSED_SPEECH = COMMENT_LEMMAS | frozenset({
    "speculate", "describe", "criticize", "name", "mention", "explain", "predict", "estimate", "divulge", "release",
})
# Subordinators of an event still to come or supposed: a cue in the present tense under one ("until
# an independent review explains why", "if he says so") reports nothing said yet.
UNREALISED_MARKS = CONDITION_MARKS | frozenset({"until", "before", "once"})
# Nouns an infinitive cue may modify and still have been said: "the first to report", "the only one to say".
SAID_NOUN_HEADS = frozenset({"first", "last", "only"})

# Cues of publishing: their subject, when an outlet, is the outlet the news came through, and
# their passive subject is what it published ("The report's existence was first disclosed by").
PUBLISHING_CUES = frozenset({"report", "write", "reveal", "disclose", "publish", "break"})

# Cues that report on evidence rather than speech: attributions, but not quotes.
EVIDENCE_VERBS = frozenset({"show", "find", "indicate", "estimate", "predict"})

# Cues of relaying someone else's words ("Reuters quoted a senior official as saying ..."): the
# object is the speaker and the subject the channel; an attribution to the relay, never a quote.
# PolNeAR annotates the relay's clause ("a senior official as saying ...") on the relay's authority;
# on train 13 of the 23 statements "quote" gives matched a gold attribution (57%, above OBJECT_CUES' 40%).
RELAY_VERBS = frozenset({"quote"})

# Multi-word cues, matched on lowercased token text: "according to X", "X pointed out that".
ACCORDING_TO = ("according", "to")
# Nouns of a standard something is done by, which "according to" takes as "in accordance with",
# not as a source. Read from every "according to" object in the DUC 2006 dev documents and PolNeAR
# train. NORM_NOUNS were never a source there ("according to their instinctive preference",
# "financed according to the number of pupils", "according to taste"). RULE_NOUNS name a text that
# may speak: a source when set off by a comma or opening the sentence ("According to the board's
# schedule, the board is to vote", "..., according to state law"), not when bare ("going according
# to plan", "launched, according to law, a crackdown") or inside the verb phrase ("conducted
# according to the international rules"). Left out, being sources as often: "order", "agreement".
NORM_NOUNS = frozenset({
    "expectation", "preference", "taste", "wish", "need", "merit", "ability", "way", "number", "size",
    "efficiency", "tradition", "custom",
})
RULE_NOUNS = frozenset({
    "plan", "schedule", "timetable", "law", "rule", "regulation", "direction", "instruction", "procedure",
    "protocol", "guideline", "standard", "principle", "script", "design",
})
PARTICLE_CUES: dict[tuple[str, str], str] = {
    ("point", "out"): NEUTRAL,
    ("spell", "out"): NEUTRAL,
    ("lash", "out"): DISPUTE,
    ("push", "back"): DISPUTE,
    ("fire", "back"): DISPUTE,
    ("hit", "back"): DISPUTE,
}

# Head nouns of sources that stay anonymous: "a U.S. official", "sources familiar with", "experts".
ANONYMOUS_NOUNS = frozenset({
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "source",
    "sources", "aide", "aides", "expert", "experts", "analyst", "analysts", "person", "people",
    "insider", "insiders", "diplomat", "diplomats", "officer", "officers", "observer", "observers",
    "report", "reports", "critic", "critics", "witness", "witnesses", "resident", "residents",
    "adviser", "advisers", "advisor", "advisors", "staffer", "staffers", "lawmaker", "lawmakers",
    "member", "members", "someone", "authorities", "economist", "economists", "strategist",
    "strategists", "operative", "operatives", "representative", "representatives", "investigator",
    "investigators", "poll", "polls", "survey", "surveys", "study", "studies", "document",
    "documents", "statement", "engineer", "engineers", "scientist", "scientists", "researcher",
    "researchers", "worker", "workers", "employee", "employees", "lawyer", "lawyers", "attorney",
    "attorneys", "prosecutor", "prosecutors", "police", "doctor", "doctors", "executive",
    "executives", "manager", "managers", "regulator", "regulators", "forecaster", "forecasters",
    "negotiator", "negotiators", "activist", "activists", "organizer", "organizers", "leader",
    "leaders", "inspector", "inspectors", "auditor", "auditors", "agent", "agents",
})

# Definite descriptions a source may be: documents stand for their author ("the statement
# said"), organisation nouns for the organisation named before ("the company said"), outlet
# nouns for the outlet named before ("the newspaper reported").
DOCUMENT_NOUNS = frozenset({"statement", "letter", "report", "memo", "email", "release", "filing", "post", "tweet",
                            "study", "research", "survey", "analysis"})
ORGANISATION_NOUNS = frozenset({"company", "firm", "contractor", "agency", "group", "organization", "organisation", "department", "ministry"})
# Further nouns for an institution that denies or confirms ("the government rejected the report");
# with ORGANISATION_NOUNS, the institution nouns synthesize/parties.py resolves to an organisation.
INSTITUTION_NOUNS = frozenset({
    "government", "administration", "embassy", "office", "council", "authority", "authorities", "commission",
    "committee", "court", "police", "army", "military", "party", "campaign", "bank", "board", "bureau",
    "service", "union", "team", "club", "school", "university", "hospital", "regulator", "cabinet",
})
# Nouns for a business, and the words of its name that say it is one ("Kestrel Marine Works, the
# contractor"): "the company" stands for the nearest organisation so described.
COMPANY_NOUNS = frozenset({
    "company", "firm", "contractor", "group", "corporation", "business", "manufacturer", "operator", "maker",
    "works", "inc", "corp", "ltd", "llc", "plc", "co",
})
# Photo agencies: a page credits their pictures ("Photo: Jane Doe / Reuters") without being them,
# so a photo credit to one never names the page's outlet.
PHOTO_AGENCIES = frozenset({
    "reuters", "ap", "ap photo", "associated press", "afp", "afp via getty images", "getty images", "getty",
    "epa", "epa-efe", "shutterstock", "istock", "istockphoto", "alamy", "pa", "pa images", "pa wire", "xinhua",
    "anadolu", "sipa", "zuma", "zuma press", "tass", "dpa", "unsplash", "pexels", "handout", "file",
})
# What a newsroom calls itself: "The Civic Lantern is a nonprofit newsroom".
NEWSROOM_NOUNS = frozenset({
    "newsroom", "newspaper", "news organization", "news organisation", "news site", "news outlet",
    "news service", "publication", "magazine", "news website", "news agency", "broadcaster",
})
# Staff roles of an author bio: "Priya Castellanos is The Civic Lantern's investigations editor".
STAFF_ROLES = frozenset({"editor", "reporter", "correspondent", "writer", "columnist", "photographer", "producer"})
OUTLET_NOUNS = frozenset({"newspaper", "paper", "outlet", "magazine", "network", "broadcaster", "station", "tabloid", "daily"})
# Nouns of an institution or a document that speaks: what "it" (or "they") stands for when one of
# them spoke just before ("the agency said ... Seven states, it said, ..."). The document,
# organisation, institution and outlet nouns above, and the documents and bodies "it" stood for in
# the DUC 2006 dev documents, odd topics ("The memorandum reviewed ... It also noted", "The panel ...
# it said", "The leaflet points out ... It also points out", "the platform states ... It also says").
IMPERSONAL_SOURCES = DOCUMENT_NOUNS | ORGANISATION_NOUNS | INSTITUTION_NOUNS | OUTLET_NOUNS | frozenset({
    "study", "survey", "poll", "analysis", "memorandum", "order", "platform", "leaflet", "panel", "review",
    "article", "editorial", "book", "document", "resolution", "ruling", "decision", "verdict", "proposal",
    "bill", "law", "label", "website", "guide", "journal",
})
# Masthead and agency words: an organisation name holding one is a news outlet ("the Times").
# From the outlets PolNeAR train names as sources.
OUTLET_WORDS = frozenset({
    "times", "post", "news", "journal", "press", "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc",
    "abc", "cbs", "fox", "msnbc", "npr", "politico", "axios", "guardian", "telegraph", "herald", "tribune",
    "gazette", "magazine", "daily", "agency", "tass", "xinhua", "jazeera", "wire", "radio", "tv",
    "television", "channel", "breitbart", "hill", "atlantic", "economist", "examiner", "chronicle",
    "review", "newsweek", "vox", "buzzfeed", "slate", "intercept", "mail", "sun", "mirror", "independent",
    "standard", "courier", "wsj", "nyt",
    # national news agencies that wire reports relay ("Interfax quoted ...", "told RIA Novosti")
    "interfax", "novosti", "ria", "irna", "isna", "anadolu", "yonhap", "kyodo", "ansa", "efe", "dpa", "pti",
    "bernama", "ukrinform", "unian", "wafa", "petra", "sana", "kuna", "apa", "mena",
})

# A "Source:" line that names no one: the copy came from wires the page does not name (Al Jazeera's "Source:
# News agencies"); the page's own name is its outlet (read/text.py).
UNNAMED_SOURCES = frozenset({"news agencies", "agencies", "news agency", "wire services", "wires", "agency reports",
                             "staff and agencies", "news wires"})

# Words that, next to an outlet in a relative clause, say it broke the news first.
FIRST_TO_REPORT = frozenset({"first", "initially", "originally"})
BREAK_NEWS_VERBS = frozenset({"report", "break", "reveal", "publish", "disclose"})
# Participles that name a document's author ("prepared by"), and nouns for a copy of one.
AUTHORING_VERBS = frozenset({"prepare", "write", "issue", "release", "publish", "produce", "compile", "sign", "send", "draft", "author", "conduct", "file"})
COPY_NOUNS = frozenset({"copy", "draft", "version", "excerpt"})
# Prepositions by which a clause's subject speaks through a document ("Kestrel said in a statement");
# "responded to the report", "pointed to a study" name a reader, not the author.
AUTHORING_PREPOSITIONS = frozenset({"in", "through", "via"})
# Common nouns that, with a name or masthead word before them, name an outlet ("the state news
# agency", "ZDF television", "state television").
OUTLET_HEADS = OUTLET_NOUNS | frozenset({"agency", "service", "site", "website", "television", "tv", "radio", "channel", "media"})
OUTLET_OWNERS = frozenset({"state", "public", "national"})  # "state television", "public radio"
# Words of a source slug that are not part of the outlet's name ("baylinenews.com").
WEB_SUFFIXES = frozenset({"www", "com", "org", "net", "co", "uk"})
# Verbs of saying that credit a whole clause from an "as" clause ("As the Post reported, ...").
AS_CUES = frozenset({"say", "write", "note", "report", "observe", "explain", "put", "argue", "point", "describe", "tell", "predict", "suggest", "warn", "tweet", "state"})
# Verbs of an interview clause hung on a cue ("Speaking to the BBC, the minister said").
INTERVIEW_VERBS = frozenset({"speak", "talk"})
# Verbs that say what a following quotation says, for a cue the parser hung elsewhere.
SAY_LIKE = frozenset({"say", "add", "write", "argue", "insist", "claim", "note", "explain", "state"})

# Words in a sentence that make an outlet named in it the sentence's source.
CITING_CUES = frozenset(
    "according reported reports reporting disclosed revealed told said says cited citing first".split()
)
# Words near an outlet's name that make a report cite it (dedupe.py: a rewrite that names its source).
CITATION_CUES = frozenset(
    "according reported reports report reporting citing cited via told first wrote broke obtained said says".split()
)

def stance(lemma: str) -> str | None:
    """Stance a cue verb lemma expresses (`NEUTRAL`, `DENY`, `DISPUTE`), or None if not a cue."""
    return REPORTING_VERBS.get(lemma.lower())


def is_speech(lemma: str) -> bool:
    """Whether a cue reports speech (a quote) rather than evidence, hearsay ("according to"),
    a view or an intention."""
    lemma = lemma.lower()
    if lemma in REPORTING_VERBS:
        return lemma not in EVIDENCE_VERBS
    return lemma not in ATTITUDE_VERBS and lemma not in INTENT_VERBS and lemma not in RELAY_VERBS and lemma != " ".join(ACCORDING_TO)
