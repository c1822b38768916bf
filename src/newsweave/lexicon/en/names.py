"""Words in and around names: what marks a person or an organisation, which names are outlets, and
the aliases a story writes one name by (annotate/entities.py). Collected from wire style and the
readability and scrapinghub pages (../shared/eval/extraction); not tuned.
"""

from __future__ import annotations

from newsweave.lexicon.en import grammar as _grammar
from newsweave.lexicon.en.calendar import MONTH_NAMES, WEEKDAY_NAMES
# Nouns for people, whose apposition or premodifier marks an unlabelled proper name as a person.
PERSON_NOUNS = {
    "spokeswoman", "spokesman", "spokesperson", "official", "minister", "mayor", "director",
    "adviser", "advisor", "secretary", "president", "chairman", "chairwoman", "chair", "manager",
    "engineer", "resident", "owner", "professor", "analyst", "economist", "lawyer", "attorney",
    "commissioner", "councillor", "councilor", "councilman", "councilwoman", "governor",
    "senator", "officer", "inspector", "captain", "executive", "founder", "researcher",
    "scientist", "meteorologist", "forecaster", "sheriff", "judge", "ambassador", "leader",
    "representative", "deputy", "aide", "editor", "reporter", "correspondent", "expert",
    "superintendent", "chief", "head", "coordinator", "administrator", "supervisor", "foreman",
    "fisherman", "shopkeeper", "teacher", "nurse", "doctor", "witness", "survivor", "victim", "parent",
}
# Subordinators that open a clause in lower case, never a word inside a name ("American Music Awards after Swift
# publicly scolded ..." is NER's organisation): a name is cut before one. Not "as" ("Life as We Know It").
NAME_BREAKING_SUBORDINATORS = _grammar.SUBORDINATORS - {"as"}
HEADLINE_SMALL_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "at", "with", "as", "from",
    "but", "is", "are", "be", "vs", "v",
}
# Head nouns of a role that make its name an organisation's, whatever NER's label: "Full Fact, a
# London-based fact-checking website", "Project Jonah, a whale rescue group", "Motherboard, the science and
# technology site of VICE" were people (the web pile). Not "investor", "parent" or "team": George Soros is a
# "Hungarian-American investor", a child a parent, a player in a team.
ORGANISATION_ROLE_NOUNS = {
    "website", "site", "company", "firm", "group", "agency", "startup", "organization", "organisation", "charity",
    "nonprofit", "newspaper", "magazine", "network", "broadcaster", "publisher", "retailer", "manufacturer", "maker",
    "app", "platform", "service", "studio", "brand", "chain", "business", "corporation", "subsidiary", "outlet",
    "newsroom", "publication", "airline", "carrier", "university", "institute", "foundation", "association",
}
# Last words that make a name an organisation's, whatever NER's label ("City Council" as GPE).
ORG_WORDS = {
    "council", "authority", "university", "college", "fund", "committee", "department",
    "ministry", "agency", "works", "company", "inc", "corp", "corporation", "llc", "ltd", "bank",
    "party", "court", "police", "commission", "board", "bureau", "office", "association",
    "institute", "foundation", "union", "administration", "service", "services", "group",
}
# Last words of a company's name that no person's name ends in: NER tags "Dick Clark Productions" a
# person (the web pile). Not "court", "bank" or "union" of ORG_WORDS: Margaret Court is a person.
COMPANY_WORDS = {
    "productions", "records", "holdings", "studios", "entertainment", "media", "inc", "corp", "corporation",
    "llc", "ltd", "company", "plc", "gmbh", "pictures", "labs", "technologies", "industries", "airlines",
    "universal", "group",  # "© 2019 NBC UNIVERSAL" owns NBC News, "© Telegraph Media Group" The Telegraph
}
# Last words that make a name a place's, whatever NER's label: "Los Angeles International Airport" and
# "Andrews Air Force Base" come out ORG, "John F. Kennedy International Airport" PERSON (DUC 2006 D0617H).
# A person's name only with three words or more: "Anthony Lake" and "Michael Bay" are people.
PLACE_WORDS = {
    "airport", "airfield", "base", "ocean", "sea", "lake", "bay", "bridge", "boulevard", "valley", "canyon",
    "peninsula", "strait", "island", "islands", "park", "harbor", "harbour", "mountains",
}
# Last words of a street's name, which make a two-word person a place: NER tags "Wall Street" and
# "Jolinda Drive" (an arrest report's address) people (the web pile). Not "lane" or "way": Nathan Lane,
# Steve Way are people; an organisation keeps its label ("Long Island Rail Road").
STREET_WORDS = {"street", "avenue", "road", "drive", "boulevard", "st", "ave", "rd", "blvd"}
# Small alias table for places and organisations whose spellings share no key (data, not logic).
ALIASES = {
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "un": "united nations", "eu": "european union",
    "uae": "united arab emirates", "prc": "china", "people's republic of china": "china",
    "russian federation": "russia", "dprk": "north korea", "drc": "democratic republic of the congo",
    "nyc": "new york city", "dc": "washington dc", "washington dc": "washington dc",
    "ap": "associated press", "afp": "agence france-presse", "nyt": "new york times",
}
# A first name's familiar forms, each read as the one given name it stands for alone: "Jim Hall" and
# "James E. Hall" are one NTSB chairman (DUC 2006 dev, D0617H). Forms shared by two given names
# ("Chris", "Steve", "Alex", "Pat", "Jack") are left out: they would merge two people.
NICKNAMES = {
    "jim": "james", "jimmy": "james", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "mike": "michael", "tom": "thomas", "tommy": "thomas", "joe": "joseph", "dave": "david",
    "dan": "daniel", "danny": "daniel", "dick": "richard", "rick": "richard", "tony": "anthony", "ben": "benjamin",
    "matt": "matthew", "nick": "nicholas", "andy": "andrew", "larry": "lawrence", "chuck": "charles",
    "charlie": "charles", "hank": "henry", "johnny": "john", "fred": "frederick", "greg": "gregory",
    "jeff": "jeffrey", "ken": "kenneth", "ron": "ronald", "don": "donald", "doug": "douglas", "pete": "peter",
    "tim": "timothy", "walt": "walter", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "peggy": "margaret", "maggie": "margaret", "jenny": "jennifer", "cindy": "cynthia", "patty": "patricia",
    "sue": "susan", "barb": "barbara",
}
# Platforms and services NER takes for people ("Twitter" is a PERSON in most of the web pages of the
# extraction sets): organisations, not people ("the Amazon" may still be a place).
KNOWN_PLATFORMS = {
    "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "weibo", "wechat", "linkedin", "reddit",
    "snapchat", "telegram", "pinterest", "tumblr", "google", "amazon", "netflix", "spotify", "uber", "airbnb",
}
# Outlets: known names, and words that make an organisation's name an outlet's.
KNOWN_OUTLETS = {
    "reuters", "associated press", "agence france-presse", "bloomberg", "politico", "axios",
    "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "pbs", "fox news", "al jazeera", "xinhua",
    "tass", "ria novosti", "interfax", "kyodo", "yonhap", "nikkei", "haaretz", "le monde",
    "der spiegel", "the hill", "usa today", "vox", "buzzfeed", "huffpost", "propublica", "semafor", "cnbc",
    "sky news", "euronews", "deutsche welle", "dw", "france 24", "rt", "sputnik", "the atlantic",
    "new york times", "washington post", "wall street journal", "financial times", "guardian",
    "economist", "politico europe", "times of israel", "kyiv independent", "ukrainska pravda",
}
OUTLET_NAME_WORDS = {
    "times", "post", "journal", "news", "press", "tribune", "herald", "gazette", "telegraph",
    "guardian", "chronicle", "observer", "examiner", "reporter", "daily", "weekly", "magazine",
    "radio", "tv", "television", "broadcasting", "network", "wire", "bulletin", "courier",
    "sentinel", "inquirer", "dispatch", "newspaper", "media", "broadcaster", "channel",
    "intelligencer", "enquirer", "ledger",  # "according to the Intelligencer": the tagger's person (the web pile, PolitiFact)
}
# Organisations that are told things, or report figures, without being outlets.
NOT_OUTLET_WORDS = {
    "congress", "parliament", "senate", "house", "duma", "knesset", "ministry", "department",
    "office", "police", "council", "government", "authority", "service", "bureau", "commission",
    "court", "army", "military", "committee", "agency", "administration", "institute",
    "university", "hospital", "company", "bank", "fund", "union", "party",
    # "President Obama told the U.N. General Assembly ..." (the readability dumps: The Washington Post)
    "assembly", "legislature", "cabinet", "panel", "jury", "tribunal", "nations", "conference", "summit",
}
# Reporting verbs whose subject, when an organisation, is an outlet ("Reuters reported").
OUTLET_VERBS = {"report", "publish", "broadcast", "reveal", "write"}
ACRONYM_STOP_WORDS = {"of", "the", "and", "for", "&", "on", "in", "de", "du", "des", "la", "le"}
# Words allowed inside a name besides capitalised ones ("Ana de la Cruz", "Jane Doe and John Roe").
NAME_PARTICLES = {"and", "de", "del", "della", "der", "di", "da", "du", "la", "le", "van", "von", "bin", "al", "y", "&"}
# Capitalised words that are no name in a byline or signature ("Today", "Monday", "The").
NOT_NAMES = {
    "the", "a", "an", "this", "that", "noon", "midnight", "now", "then", "tomorrow", "today", "tonight", "yesterday",
    *WEEKDAY_NAMES, *(names[0] for names in MONTH_NAMES),
}
# LDC source codes (the document number's letters) -> the agency a reader knows.
LDC_AGENCIES = {
    "AP": "Associated Press", "APW": "Associated Press", "APE": "Associated Press",
    "NYT": "New York Times", "XIE": "Xinhua", "XIN": "Xinhua", "AFP": "Agence France-Presse",
    "AFE": "Agence France-Presse", "CNA": "Central News Agency", "LTW": "Los Angeles Times/Washington Post",
    "WPB": "Washington Post/Bloomberg", "LAT": "Los Angeles Times", "LA": "Los Angeles Times",
    "FT": "Financial Times", "WSJ": "Wall Street Journal", "SJMN": "San Jose Mercury News",
}  # fmt: skip
# Words of outlet names too common to identify an outlet on their own ("the News").
GENERIC_OUTLET_WORDS = frozenset("the news daily weekly online media network radio press post times journal".split())
