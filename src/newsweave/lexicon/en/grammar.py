"""Closed-class words that mark a phrase without a subject of its own.

A coordinated phrase that opens with one of these (", and for economic help ...", ", and then to
Rome") shares the subject and verb of the clause before it: cut off alone it is a fragment, not a
statement. Standard English prepositions (closed class); not tuned.
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
SUBORDINATORS = frozenset({"after", "as", "because", "before", "if", "once", "since", "that", "though", "unless",
                           "until", "when", "whether", "which", "while", "who"})
