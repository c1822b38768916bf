"""Words of figures: counts written as words, nouns that count people, shares and polls.

Claims compare the figures two statements give (`synthesize/claims.py`: "1,200 residents" and
"1,200 people" count one kind of thing); quotes tell a poll's finding from someone's words
(`annotate/quotes.py`: "a majority say ..."). Standard English; not tuned.
"""

from __future__ import annotations

# Plural nouns that count people, one kind of thing for figures ("1,200 residents" is "1,200 people").
COUNTED_PEOPLE = frozenset({
    "people", "persons", "residents", "citizens", "civilians", "villagers", "inhabitants", "passengers",
    "evacuees", "workers", "employees", "soldiers", "troops", "children", "adults", "men", "women", "victims",
})
# Counts written as words, read as digits for `_quantities`.
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# "38 percent of voters", "a majority of Republicans": shares of a poll's respondents.
SHARE_WORDS = frozenset({"percent", "%", "majority", "half", "third", "quarter", "most", "plurality"})
# What reports those shares: "a poll found".
POLL_NOUNS = frozenset({"poll", "survey", "study"})
