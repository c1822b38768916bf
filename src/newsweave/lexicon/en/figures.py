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
# Numbers written as words in relative dates ("three days ago", "a week earlier").
DATE_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
}  # fmt: skip
# Quantities too vague to count with ("a few days ago"): found, kept, never resolved.
VAGUE_NUMBERS = ("a couple of", "a few", "few", "several", "many", "some")
