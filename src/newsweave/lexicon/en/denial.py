"""The denial lexicon: what says a claim is false or did not happen, and what only looks like it.

Read by synthesize/stance.py. A denial says the content is untrue (a denial verb, a refutation
word, "no such request was made", "has never") and is said by a party. Three kinds of sentence
carry the same negations without denying anything, and are listed here so stance can set them
apart (issue 12): a refusal to comment ("declined to offer specifics", "no comment"), a threat or
a promise ("we will not allow", "we won't stand by"), and a plain negative statement ("nobody was
hurt"), which states a fact of its own.

The denial verbs, refutation words and hedges were written from the cues named in issue 4 and the
refuting words of Ferreira & Vlachos (2016, the Emergent paper); issue 12 added the words of
disinformation and the refusal and threat lists, from wire reporting, before any scoring.
"""

from __future__ import annotations

from newsweave.lexicon.en.grammar import AUXILIARIES

# Verbs (and their nouns) whose subject rejects the content: "denied that", "dismissed reports".
DENIAL_LEMMAS = frozenset({
    "deny", "denial", "refute", "debunk", "dismiss", "reject", "dispute", "contest", "rebut",
    "retract", "disprove", "contradict", "rebuff",
})  # not "slam": to slam is to criticise or to hit ("slams social media", "object slams the capital"; tune half of Emergent)
# Inflected forms of the denial verbs that are never nouns, for Title Case headlines, where the
# tagger takes the verb for part of a name ("Kurds Deny Gill Rosenberg Was in Kobane"; seen on
# the tune half of Emergent, eval/stance.py). "disputes", "rebuffs" are nouns too: left out.
TITLE_CASE_DENIAL_FORMS: dict[str, str] = {
    "deny": "deny", "denies": "deny", "denied": "deny", "refutes": "refute", "refuted": "refute",
    "debunk": "debunk", "debunks": "debunk", "debunked": "debunk", "dismisses": "dismiss", "dismissed": "dismiss",
    "rejects": "reject", "rejected": "reject", "rebuts": "rebut", "rebutted": "rebut", "disproves": "disprove",
    "disproved": "disprove", "contradicts": "contradict", "contradicted": "contradict", "disputed": "dispute",
    "contested": "contest", "rebuffed": "rebuff",
}
# Objects of "reject", "dismiss", ... that are no claim: rejecting an offer refuses it, dismissing
# a case or a coach ends it; neither says something is untrue.
NON_CLAIM_OBJECTS = frozenset({
    "offer", "proposal", "plan", "bid", "request", "appeal", "application", "deal", "motion", "bill",
    "amendment", "call", "demand", "resignation", "case", "lawsuit", "suit", "charges", "jury",
    "manager", "coach", "employee", "staff", "worker", "workers", "minister", "official", "player",
    "candidate", "nomination", "nominee", "settlement", "ceasefire", "truce", "invitation", "petition",
    "recommendation",
})
# What "reject", "dismiss", "dispute", "refute", ... deny when their object says it: a claim or a
# report of one ("rejected the allegations", "disputed that account", "refuted the government's
# claim"). Any other object is refused, voted down or argued with, not called untrue ("rejected
# gambling", "rejects the workaholic ethic", "the approach was rejected by the courts",
# "contradict each other"; DUC 2006 dev, odd topics). "deny" takes more ("denied any role").
CLAIM_NOUNS = frozenset({
    "report", "claim", "story", "rumor", "rumour", "allegation", "accusation", "suggestion",
    "assertion", "notion", "idea", "theory", "account", "version", "statement", "finding", "conclusion",
    "figure", "number", "statistic", "estimate", "premise", "argument", "position",
    "view", "hypothesis", "speculation", "hoax", "news", "article", "headline", "photo", "photograph",
    "picture", "image", "video", "footage", "information", "evidence", "testimony", "characterization",
    "description", "assessment", "interpretation", "contention", "impression", "belief", "myth", "insinuation",
    "reporting", "quote", "tweet", "post",
})
# Pronouns that stand for something said ("The conservatives dispute that"): a claim as an object.
CLAIM_PRONOUNS = frozenset({"that", "this", "it", "these", "those", "which", "what"})
# Determiners that point back at something said: "denied the report", "dispute that theory", "that
# statement was refuted" deny what the report said just before (DUC 2006 dev, odd topics).
ANAPHORIC_DETERMINERS = frozenset({"the", "that", "this", "these", "those", "such"})
# Nouns of a refutation that carry the refuted content in a clause: "no evidence that X", "the myth that X".
CONTENT_NOUNS = frozenset({"evidence", "basis", "truth"})
# What "deny" withholds rather than calls untrue: "were denied due process", "denied their access",
# "denied Texans protection" (with a person as second object it withholds too: "denied the group a booth").
GRANTED_OBJECTS = frozenset({
    "access", "entry", "permission", "recognition", "protection", "process", "bail", "visa", "right",
    "rights", "license", "licence", "permit", "passage", "asylum", "admission", "service", "benefit",
    "benefits", "opportunity", "chance", "booth", "seat", "funding", "treatment", "care",
})
# Verbs that ask or want something done: a denial verb under them is asked for, not done ("urging
# members to reject the committee's standards", "urged the board to reject"; DUC 2006 dev).
REQUESTING_LEMMAS = frozenset({
    "urge", "ask", "call", "press", "tell", "order", "encourage", "implore", "beg", "lobby", "push",
    "demand", "want", "petition", "persuade", "convince", "invite",
})
# Verbs of deciding by vote: a denial verb under them votes a measure down ("lawmakers ... voted
# unanimously to reject it", of a martial law order), it calls nothing untrue.
VOTING_LEMMAS = frozenset({"vote"})
# Subordinators of a condition: "if they reject evolution" supposes the rejection, no party makes it.
CONDITION_MARKS = frozenset({"if", "unless"})
# "lie" tells a lie only with these (or alone: "he lied"); with a place or "therein" it is where
# something is ("the reservation lies on the Missouri River", "therein lies a problem").
TELLING_PREPOSITIONS = frozenset({"about", "to"})
# Refutation words with an everyday sense of fault or morals: "wrong" refutes what it is said of
# when that is a claim or a party ("the story was wrong"); "wrong with America", "wrong for the
# party", "right and wrong", "sex outside marriage is wrong" judge, they deny nothing.
EVALUATIVE_REFUTATIONS = frozenset({"wrong"})
FAULT_PREPOSITIONS = frozenset({"with", "for"})
# Adverbs that make "wrong" a judgment of conduct: "blasted the payout as “morally wrong”".
MORAL_ADVERBS = frozenset({"morally", "ethically", "legally"})
# Verbs of hoping: a refutation under them is wished for ("Gay Republicans hope Farris is wrong").
WISHING_LEMMAS = frozenset({"hope", "wish", "pray"})
# Verbs of excluding: negated ("did not rule out the possibility") they leave the content open.
EXCLUDING_VERBS = frozenset({"rule out", "exclude", "discount"})
# Of NON_CLAIM_OBJECTS, those "deny" takes as a claim: "denies plans to open a restaurant",
# "denied the charges" say there are none, where "rejected the plan" refuses it.
DENIED_AS_CLAIMS = frozenset({"plan", "plans", "deal", "bid", "charges"})
# Words that call the content untrue on their own: "the story is a hoax", "fake report".
REFUTATION_WORDS = frozenset({
    "false", "fake", "hoax", "hoaxer", "hoaxes", "untrue", "bogus", "baseless", "unfounded",
    "fabricated", "fabrication", "erroneous", "debunked", "myth", "satire", "satirical", "spoof",
    "prank", "phony", "phoney", "nonsense", "lie", "lies", "lying", "misleading", "wrong",
    "rubbish", "fiction", "fictional", "scam", "photoshopped", "doctored", "faked", "misinformation",
    "disinformation", "groundless", "falsehood", "falsehoods", "untruths", "fabrications", "slander",
    "slanderous", "smear", "absurd",
})
# Verbs that name the content with a refutation word: their subject is the one refuting ("Zhao
# called the report disinformation", "the ministry described the claims as baseless").
CALLING_LEMMAS = frozenset({"call", "describe", "brand", "label", "term", "characterize", "characterise", "dub"})
# Doubt put on the content: the verb "doubt" ("scientists doubt that a meteorite hit"), or the noun
# under one of these verbs ("NASA raises doubts about reports", "doubts cast over the claim"),
# generalising the phrase "cast doubt" below (from the tune half of Emergent, eval/stance.py).
DOUBT_LEMMAS = frozenset({"doubt"})
DOUBTING_LEMMAS = frozenset({"cast", "raise", "throw", "voice", "express", "pour"})
# Multi-word refutations, matched on lowercased token text.
# Refutation phrases whose verb refutes only a claim as its object: "shoots down the rumour", not
# "shoots down 2 UK planes" (Emergent).
OBJECT_REFUTATION_LEMMAS = frozenset({"shoot"})
# Words that open an embedded question: "isn't sure whether ...", "doesn't know if ..." (beside the wh-words).
OPEN_QUESTION_MARKS = frozenset({"whether", "if"})
# Refutation words that are only nouns: a claim named by one ("hoax claims", "fabrication
# allegations") says something is false, so denying it says it is true.
FALSITY_NOUNS = frozenset({"hoax", "fabrication", "lie", "lies", "myth", "spoof", "prank", "satire"})
# Nouns that say where a story ran, not what it is about: "fake news story", "false media report".
MEDIA_WORDS = frozenset({"news", "media", "internet", "web", "online", "viral", "tabloid", "press"})
REFUTATION_PHRASES = (
    ("no", "evidence"), ("not", "true"), ("isn't", "true"), ("is", "n't", "true"), ("no", "truth"),
    ("no", "basis"), ("pants", "on", "fire"), ("rejected", "the", "claim"), ("not", "real"),
    ("did", "not", "happen"), ("did", "n't", "happen"), ("never", "happened"), ("no", "such"),
    ("turns", "out"), ("not", "so", "fast"), ("too", "good", "to", "be", "true"), ("cast", "doubt"),
    ("casts", "doubt"), ("shoot", "down"), ("shoots", "down"), ("record", "straight"),
    ("has", "never"), ("have", "never"), ("had", "never"), ("has", "not", "been"),
    ("no", "truth"), ("without", "foundation"), ("not", "based", "on", "facts"),
)
# Refutation phrases that are a plain negation in the perfect: they deny when a party says them
# ("Beijing has never supplied arms"), but pair with a claim only as closely as a negation must
# ("the relationship hasn't been stress-free", "he has not been invited"; DUC 2006 dev, odd topics).
PERFECT_NEGATIONS = frozenset({("has", "never"), ("have", "never"), ("had", "never"), ("has", "not", "been")})
# Negation words that negate the clause they modify ("never happened", "nobody was arrested").
# The subject by which a speaker negates something of itself: "we never received", "I did not
# take" in its own words; "it never got", "he had not been told" in the reporter's (outside a quote,
# where "she" is someone else's). A plain negation denies only such a statement (claims._denied_claim).
SELF_SUBJECTS_QUOTED = frozenset({"i", "we"})
SELF_SUBJECTS_REPORTED = frozenset({"i", "we", "he", "she", "it", "they"})
# Words between such a subject and its negation: "we have never", "I am not", "it had ever".
BEFORE_NEGATION = AUXILIARIES | frozenset({"am", "ever"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor"})
# What sets off a contrastive "not" ("X, not Y": "pay for it, not the people of Lower Quay"; "X -- not
# Y"): it contrasts two things and denies neither (the ', not' sentences of the DUC 2006 dev topics).
CONTRAST_MARKS = frozenset({",", "--", "—", "_"})
# ... unless it opens a quantified subject: ", not many acupuncturists offer it" negates its clause.
NEGATED_QUANTIFIERS = frozenset({"many", "all", "every", "everyone", "everybody", "much", "enough"})
# Governors that cancel a denial or a negation: "refuses to confirm or deny", "declined to say".
REFUSAL_LEMMAS = frozenset({"refuse", "decline", "fail", "won't", "neither"})
# What one refuses to do when refusing to comment: "declined to offer specifics", "would not elaborate".
COMMENT_LEMMAS = frozenset({
    "comment", "say", "elaborate", "discuss", "specify", "offer", "provide", "give", "disclose",
    "confirm", "respond", "answer", "reply", "return", "speak", "talk", "identify", "reveal", "detail",
})
# What a refusal to comment does not return ("did not return calls seeking comment"): without one of
# these as its object, "did not return" is a plain negation ("the militants would not return to the
# battlefield", "The X-Parasites did not return", both in the web pile).
RETURNED_CONTACTS = frozenset({"call", "message", "email", "e-mail", "request", "inquiry", "query", "text", "voicemail"})
# Refusals to comment as fixed phrases, matched on lowercased token text.
REFUSAL_PHRASES = (
    ("no", "comment"), ("no", "immediate", "comment"), ("not", "immediately", "respond"),
    ("not", "immediately", "return"), ("not", "respond"), ("n't", "respond"), ("not", "return"),
    ("not", "comment"), ("n't", "comment"), ("not", "elaborate"), ("no", "further", "comment"),
    ("not", "available", "for", "comment"), ("unavailable", "for", "comment"),
)
# Auxiliaries of a future or volitional clause: "we will not allow", "they won't stand by",
# "Moscow would never accept": a threat or a promise about what is to come, not a denial.
FUTURE_AUXILIARIES = frozenset({"will", "wo", "'ll", "shall", "would", "going", "gon", "can", "cannot", "could", "must", "should"})
# Auxiliaries of what might be: "a rating system could be misleading" calls nothing untrue.
SUPPOSING_AUXILIARIES = frozenset({"could", "may", "might", "would", "can"})
# Verbs of a threat or a resolve, negated in any tense: "we do not tolerate", "never allow".
THREAT_LEMMAS = frozenset({
    "allow", "tolerate", "accept", "stand", "let", "permit", "back", "bow", "surrender", "rest",
    "hesitate", "forgive", "forget", "yield", "retreat", "stop", "give",
})
# Reporting verbs whose clause is a warning, a threat or a vow ("our patience is not unlimited, the
# ambassador warned") or an outlet's report ("CNN reported that he had not been briefed"): a negation
# under them does not deny.
NON_DENYING_FRAMES = frozenset({"warn", "threaten", "vow", "pledge", "promise", "caution", "report"})
# Verbs of saying whose negation with a stated content denies having said it: "At no point did we
# say Taylor could not perform" (Big Machine, answering Taylor Swift), "Pope Francis did NOT say our
# pets are going to heaven" (Emergent's headline, labelled against). Not with an open question
# ("did not say whether"), a refusal or a future ("won't say"): those leave the content open.
UNSAYING_LEMMAS = frozenset({"say", "claim", "state", "suggest", "allege", "assert"})
# Nouns of a negative adverbial ("at no point", "at no time", "in no way", "under no circumstances"):
# its "no" negates the clause the phrase modifies.
NEGATIVE_ADVERBIAL_NOUNS = frozenset({"point", "time", "stage", "moment", "way", "circumstances", "circumstance", "account"})
# Negative determiners and pronouns: "nobody was hurt", "no arrests were made" state an absence, a
# fact of its own, unless they point at a claim ("no such request").
ABSENCE_WORDS = frozenset({"no", "nobody", "nothing", "none", "neither", "nor"})
# Verbs of opinion and wish whose negation states the speaker's mind, not a fact denied.
OPINION_LEMMAS = frozenset({
    "think", "believe", "want", "like", "wish", "expect", "plan", "intend", "hope", "see", "know",
    "understand", "agree", "need", "feel", "care", "mind",
})
# A bare negative answer: "Asked whether Russia had requested aid, Peskov said: 'No.'" denies what
# the reported question asks.
NEGATIVE_ANSWERS = frozenset({"no", "nope", "nyet"})
# Words that put a reported question: "asked whether", "asked if".
QUESTION_MARKS = frozenset({"whether", "if"})
# Words that open a question no "No" answers ("asked what would happen if ..."): not a yes/no question.
OPEN_QUESTION_WORDS = frozenset({"what", "how", "why", "when", "where", "who", "whom", "which"})
# Pronouns that stand for a thing said before: "I've never heard of that" denies what "that" is.
ANAPHORIC_PRONOUNS = frozenset({"that", "this", "it", "those", "these"})
# Subjects that name nobody: pronouns a denier is never named by.
PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that", "who", "which", "one"})
# A denial of wrongdoing says nothing of its own: it denies the accusation made against the denier
# ("Big Machine have twice denied doing anything wrong", "denied any wrongdoing", "denied the
# allegations", "denied Swift's claims"; the web pile's BBC report hung the first on Big Machine's
# own statement, which shared only its name). A denied content of these words alone is one.
WRONGDOING_WORDS = frozenset({
    "wrongdoing", "wrong", "misconduct", "impropriety", "allegation", "allegations", "accusation",
    "accusations", "charge", "charges", "claims", "doing", "done", "anything", "any", "all", "the",
    "these", "those", "such", "both", "her", "his", "their", "its",
})
# Stems of the words that accuse ("accusing Big Machine of trying to stop her", "alleged", "blamed"):
# the claim a denial of wrongdoing denies says one of them and names the denier.
ACCUSATION_STEMS = ("accus", "alleg", "blam")
# Nouns of something said that, after an anaphor ("disputed that account", "rejected the report"),
# point at what the report said just before (synthesize/claims.py).
ANAPHORIC_CLAIM_NOUNS = frozenset({"account", "claim", "claims", "report", "reports", "allegation", "allegations", "assertion", "version", "story", "suggestion"})
