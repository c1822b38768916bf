"""Words by which a writer vouches for, hedges or frames what it reports (synthesize/stance.py):
"police confirmed" vouches, "reportedly" and "is said to" hedge, "Report: ..." frames a headline.
Written from the tune half of Emergent (eval/stance.py) and wire style.
"""

from __future__ import annotations
# Verbs that vouch for the content rather than report it: "police confirmed", "video shows".
CONFIRMING_LEMMAS = frozenset({
    "confirm", "admit", "acknowledge", "reveal", "prove", "show", "verify", "concede", "find",
    "disclose", "announce",
})
# Of those, verbs of a search: negated ("not found") they report that it came up empty, not that the content is open.
FINDING_LEMMAS = frozenset({"find"})
# Single-token hedges: the writer does not vouch for the content.
HEDGE_WORDS = frozenset({
    "reportedly", "allegedly", "alleged", "apparently", "purportedly", "purported", "supposedly",
    "possibly", "probably", "likely", "unlikely", "unconfirmed", "unverified", "rumor", "rumors",
    "rumour", "rumours", "rumored", "rumoured", "speculation", "speculate", "speculates",
    "may", "might", "perhaps", "maybe", "suspected", "believed", "thought", "expected",
    "report", "reports", "sources", "source", "insider", "insiders", "claim", "claims", "claimed",
    "appears", "seems", "if", "whether", "considering", "mulls", "eyes", "weighs",
    "possible", "purports",
})
# Hedges that hedge only as verbs: "Disney eyes a bid" weighs a move; "a bullet between his eyes" does not.
# ("plans" left the hedges on the tune half of Emergent: "HP plans to split" announces the split.)
HEDGE_VERBS = frozenset({"considering", "mulls", "eyes", "weighs"})
# Hedges that, modifying an object, qualify that one noun, not the headline's news: "mob attacks
# alleged rapist", "police arrest suspected gunman".
NOUN_HEDGES = frozenset({"alleged", "suspected", "purported", "possible"})
# Multi-word hedges, matched on lowercased token text.
HEDGE_PHRASES = (
    ("according", "to"), ("said", "to"), ("set", "to"), ("could", "be"), ("in", "talks"),
    ("is", "said"), ("are", "said"), ("not", "confirmed"), ("yet", "to", "be"),
)
# Headline prefixes that frame what follows as a report: "Report: Apple to buy Path".
REPORT_PREFIXES = frozenset({"report", "reports", "rumor", "rumour", "exclusive", "unconfirmed", "claim"})
# Reporting verbs that report only with a clause: alone they are the content ("asked for aid").
CLAUSE_ONLY_LEMMAS = frozenset({"ask", "add", "call", "continue", "learn", "charge", "indicate", "post", "urge", "promise", "vow", "pledge", "warn"})
# Verbs of asking and promising: their infinitive is a request or a vow ("asks Disney to move the
# date", "vows to hunt down the killers", "told to limit features"), not a report of a fact; only
# a clause is ("told reporters that ..."). From the tune half of Emergent (eval/stance.py).
DIRECTIVE_LEMMAS = frozenset({"ask", "tell", "urge", "promise", "vow", "pledge", "order"})
