"""English honorifics and titles of office, as the entity annotator reads names."""

from __future__ import annotations

# Honorifics are not roles, but they help merging and give pronouns a gender.
HONORIFICS = {
    "mr": "male", "mister": "male", "sir": "male", "lord": "male",
    "mrs": "female", "ms": "female", "miss": "female", "dame": "female", "lady": "female",
    "dr": None, "prof": None, "professor": None, "rev": None, "mx": None,
}
# Titles written short before a name, and the word a role spells out ("Rep. Jim Kolbe": representative).
TITLE_ABBREVIATIONS = {
    "rep": "representative", "sen": "senator", "gov": "governor", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "sgt": "sergeant", "capt": "captain", "adm": "admiral", "maj": "major",
    "cmdr": "commander", "cpl": "corporal", "supt": "superintendent", "atty": "attorney", "det": "detective",
}
# Titles that NER sometimes swallows into a PERSON span ("President Joe Biden"); they are roles.
TITLE_WORDS = {
    "president", "vice", "mayor", "governor", "senator", "representative", "minister", "prime",
    "premier", "chancellor", "secretary", "general", "captain", "chief", "judge", "justice", "king",
    "queen", "prince", "princess",
    "pope", "ambassador", "commissioner", "sheriff", "director", "spokesman", "spokeswoman",
    "spokesperson", "officer", "deputy", "councillor", "councilor", "councilman", "councilwoman",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "alderwoman",
    *TITLE_ABBREVIATIONS,
}
# Playing positions printed short before a player's name ("Browns DL Sheldon Richardson", "CB Greedy Williams"):
# NER runs team and position into the name; they are the player's role. As printed, in capitals.
POSITION_ABBREVIATIONS = frozenset(
    {"QB", "RB", "FB", "WR", "TE", "OL", "OT", "OG", "DL", "DE", "DT", "LB", "ILB", "OLB", "CB", "DB", "LHP", "RHP"}
)
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Appositions too generic to be roles: "Kestrel Marine Works, the company that built it".
GENERIC_ROLES = {
    "company", "firm", "group", "organization", "organisation", "body", "entity", "one", "man",
    "woman", "person", "people", "thing", "place", "city", "town", "area", "country", "state",
    # what happened to a person, not who they are: "the six-year-old case of Stephen Lawrence, a case ..."
    "case", "story", "death", "killing", "murder", "trial", "affair", "matter",
}
