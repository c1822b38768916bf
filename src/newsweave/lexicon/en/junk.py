"""What page junk says: cue lines, end-of-article markers, section names of glued breadcrumbs.

Every pattern matches a whole line (case-insensitive, after stripping), so prose that merely
mentions a cue word ("the advertisement ran for a week") never matches. Kinds become the
removal reason `cue:<kind>`. Patterns were collected from the scrapinghub calibration dumps
(see newsweave.clean.lines) and the junk the example corpus imitates.
"""

from __future__ import annotations

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|tumblr|flipboard|mix|email|e-mail|"
    r"print|sms|telegram|messenger|google\+?|instagram|youtube|rss(?: feed)?|copy link|copy|"
    r"share|tweet|pin(?: it)?|comments?|bloglovin|snapchat|tiktok|pocket|whats app)"
)

# What a photo credit holds after "Credit": words, no sentence's end but an initial's full stop ("W. Lee").
_CREDIT = r"(?:[^.!?]|(?<=\b(?-i:[A-Z]))\.){0,100}"

CUE_PATTERNS: dict[str, list[str]] = {
    "advertisement": [
        r"[-–—_ ]*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?| stories)?|"
        r"paid (?:content|post|partner content)|promoted(?: stories| content)?)[-–—_ ]*",
        r"(?:story|article) continues below(?: advertisement)?",
        r"continue reading(?: the main story| below)?",
        r"skip (?:ad|advert|advertisement)",
        r"supported by",
    ],
    "read-more": [
        r"(?:read|see|watch|listen)(?: more| next| also| the full story)?(?:\s*[:»›|>]|\s+[-–—]+\s).{0,200}",
        r"(?:also read|related|recommended|more|more on this|more on this story|also see|see also|"
        r"click here|trending|must read|don't miss|editor's picks?)\s*[:»›|>].{0,200}",
        r"read (?:more|next|on|the full (?:story|article)|full article)\s*[»›>.…]*",
        r"continue reading\s*[»›>…]*",
        r"click here.{0,60}",
    ],
    "comment-prompt": [
        r"what do you think\??",
        r"(?:please )?enter your (?:comment|name|email(?: address)?)(?: here)?\s*!?\*?",
        r"please enter your (?:comment|name|email).{0,30}",
        r"you have entered an incorrect email address!?",
        r"(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)s?.{0,40}",
        r"(?:facebook |disqus )?comments?(?: \(\d+\))?",
        r"view (?:\d+ )?comments?",
        r"show comments?",
        r"\d+\s+(?:comments?|responses?|replies)",
        r"(?:no|\d+) thoughts? on .{0,200}",
        r"cancel reply|reply|log in to reply|leave a comment cancel reply|leave a reply cancel reply",
        r"save my name, email, and website in this browser.{0,80}",
        r"notify me (?:of|via) .{0,80}",
        r"this site uses akismet to reduce spam.{0,120}",
        r"your email address will not be published.{0,120}",
        r"required fields are marked.{0,20}",
        r"(?:name|email|website|comment)\s*\*",
        r"join the (?:conversation|discussion).{0,40}",
        r"commenting (?:is|has been) (?:closed|disabled).{0,80}",
    ],
    "vote": [
        r"(?:upvote|downvote|like|dislike)(?:\s+(?:upvote|downvote|like|dislike))*",
        r"\d+\s+(?:points?|votes?|likes?)",
    ],
    "byline": [
        r"(?:written|posted|reported|published|compiled|edited|story|words|text|photos?) by\b.{1,80}",
        r"by:?\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
        r"(?:\s*(?:,|and|&|\||/|-|—|–)\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|and|of|the|at|for)){0,8})*"
        r"(?:\s+(?:on|at|[|,-])\s+(?:\w+,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun).{0,60})?",
        r"(?:author|reporter|correspondent|staff writer|contributor)s?\s*:.{1,80}",
        # "Fox News' Jessica Napoli contributed to this report.", "Keith Bradsher contributed reporting from Hong Kong."
        r"(?:[^.]{0,120}\s)?contributed (?:to this (?:report|story|article)|reporting)\b.{0,100}",
    ],
    "navigation": [
        r"(?:back|return|go|scroll) to (?:top|the top)(?: button| of page| of the page)?\s*[↑^]?",
        r"skip to (?:main )?(?:content|navigation|site index|footer)(?: skip to (?:site index|content))?",
        r"(?:main |site )?(?:menu|navigation|search|search this site|home|home page|close|open|"
        r"next|previous|prev|previous post|next post|previous article|next article|next story|"
        r"toggle navigation|sections|site index|go to home page\s*»?|more|expand|collapse|"
        r"back|menu sections|search for:?|all sections|top|top of page)",
    ],
    "photo-credit": [
        r"(?:photo|photograph|image|picture|video|graphic|illustration|file photo|main image|"
        r"top image|header image|featured image)s?(?: credits?)?\s*(?::|by\b|©|\|).{0,200}",
        r"(?:photo |image |picture )?credits?\s*(?::|\.\.\.|…|-).{0,200}",
        # the Times's credit line alone: "Credit Dustin Chambers for The New York Times", "Credit Fred R. Conrad/The
        # New York Times" (a name alone may be a subheading: "Credit Cards")
        r"credit (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,3}(?: (?:for|para) |\s*/\s*)(?-i:[A-Z]).{0,60}",
        r"\(?(?:photo|image|picture|credit)s?:?\s.{0,120}\b(?:getty images|reuters|ap|afp|epa|shutterstock|"
        r"istock|ap photo|associated press|pa|alamy)\)?",
        r"(?:image|media) (?:copyright|caption)\b.{0,300}",  # the BBC's "Media caption Julian Assange being ..."
        r"(?:(?:photo|image|picture)s? )?courtesy(?: of)?\b.{0,80}",
        r"(?:(?:image|photo|slide|picture)\s*)?\d+\s*(?:of\s*/?|/)\s*\d+",
        r"(?:hide|show|toggle|view)? ?caption|enlarge this image|back to gallery|view gallery|"
        r"launch gallery|open gallery|\d+ photos?|see the gallery|view (?:all )?photos",
    ],
    "dateline": [
        r"(?:last )?(?:updated|modified|published|posted|first published|originally published|"
        r"created|date)(?: on| at)?\s*:?\s*(?:[a-z]+,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
        r"mon|tue|wed|thu|fri|sat|sun|today|yesterday|an? (?:hour|minute|day)|\d+ \w+ ago).{0,80}",
    ],
    "share": [
        r"(?:share(?: this(?: article| story| post| page)?| on \w+| via \w+| article| story| the story)?"
        r"|sharing is caring!?|click to share.{0,60})\s*:?",
        rf"(?:{_SOCIAL}(?:\s*(?:[|/,·•]\s*)?)){{1,12}}",
        r"\d+\s+shares?",
        r"shares?\s*\d*",
        r"click to (?:share|email|print|tweet).{0,80}",
    ],
    "newsletter": [
        r"(?:our |free |daily |weekly )?newsletters?\s*:?",
        r"(?:get|receive) (?:the|our) (?:latest|best|top).{0,60}(?:inbox|email)\b.{0,40}",
        r"(?:enter your email|email address|your email)\s*\*?.{0,40}",
        r"thanks? (?:you )?for (?:signing up|subscribing).{0,80}",
        r"never miss a (?:post|story|thing).{0,40}",
    ],
    "cookies": [
        r"(?:necessary|non-necessary|functional|analytics|performance|advertisement) cookies\b.*",
        r"(?:accept|reject|allow|manage)(?: all)? cookies.{0,60}",
        r"cookie (?:policy|settings|consent|preferences).{0,60}",
    ],
    "account": [
        r"(?:subscribe|subscribe now|sign in|sign up|log in|login|log out|logout|register|"
        r"my account|create (?:an )?account|subscribe sign in|sign in subscribe|join|"
        r"already a subscriber\??|become a member|get access|today's paper|today’s paper|e-edition|"
        r"digital edition|print edition)(?:\s+(?:subscribe|sign in|sign up|log in|register))*\s*[!.]?",
    ],
    "legal": [
        r"(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms and conditions|"
        r"cookie (?:policy|settings)|accessibility|contact us|about us|sitemap|site map|"
        r"do not sell my (?:personal )?info(?:rmation)?|ad choices|adchoices)"
        r"(?:\s*[|/,·•]?\s*(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|contact(?: us)?|"
        r"about(?: us)?|advertise(?: with us)?|careers|sitemap))*",
    ],
    "tags": [
        r"(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|keywords|related topics|"
        r"more about|in this article|posted in)\s*:.{0,200}",
        r"(?:tags|tagged|topics|filed under)\s+[^.!?]{0,150}",
    ],
    "like": [
        r"like this(?: article| story| post)?\s*[:?]?",
        r"loading\.*…?",
        r"related",
        r"you (?:might|may) (?:also )?(?:like|enjoy)\s*:?",
    ],
    "follow": [
        r"follow (?:us|me|him|her|them|@\w+|\w+ on (?:twitter|facebook|instagram)).{0,120}",
        r"connect with us.{0,60}",
        r"like us on facebook.{0,60}",
    ],
    "syndication": [
        r"\(distributed by [^()]{1,80}\)\.?",
        r"\(this (?:article|story|column|report) (?:is|was) (?:excerpted|adapted|reprinted|condensed) from [^()]{1,200}\)\.?",
    ],
    "disclosure": [
        r"this (?:post|article|page) (?:may )?contains? affiliate.{0,200}",
        r"(?:we|this site) (?:may )?earns? (?:a )?commission.{0,200}",
        r"disclosure:.{0,200}",
        # MSN's "Microsoft may earn an Affiliate Commission if you purchase something through recommended links
        # in this article.", 9to5Mac's "FTC: We use income earning auto affiliate links. More."
        r".{0,60}\bmay (?:earn|receive) (?:an? |small )?(?:affiliate (?:commission|compensation)|(?:commission|"
        r"compensation)\b.{0,40}\b(?:if|when) you (?:buy|purchase|click|shop)).{0,200}",
        r"ftc:.{0,200}",
    ],
}

# Junk that shows anywhere in a line ("... Credit... Doug Mills", "... All rights reserved."):
# kind -> (trigger substrings, whole-line pattern). The pattern only runs on lines holding a
# trigger (lower case), which keeps the cost of long prose lines to a few substring tests.
TRIGGERED_CUES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "comment-prompt": [
        (("says:", "said:", "writes:", "wrote:", "commented:", "replied:"),
         r"\S.{0,40} (?:says|said|writes|wrote|commented|replied):"),
    ],
    "ad-block": [
        (("block",), r".{0,80}\bad[- ]?block(?:er|ers|ing)?\b.{0,200}"),
        (("whitelist", "white-list", "disable"), r".{0,80}\b(?:whitelist|white-list|disable)\b.{0,40}\bads?\b.{0,120}"),
    ],
    # A wire photo's caption: who does what, then the weekday and the full date ("Former Massachusetts Gov.
    # Deval Patrick, left, speaks with a business owner during a campaign stop, Tuesday, Nov. 19, 2019, in
    # Columbia, S.C."); prose says "on Tuesday". Not a page's "Updated 1:39 am EST, Wednesday, November 20, 2019".
    "caption": [
        (("monday,", "tuesday,", "wednesday,", "thursday,", "friday,", "saturday,", "sunday,"),
         r"(?!(?:last )?(?:updated|published|posted|modified)\b).{10,300}, (?:monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday), (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec|january|february|august|"
         r"september|october|november|december)\.? \d{1,2}, (?:19|20)\d\d\b.{0,300}"),
        # ... and one that says it is one: "This March 28, 2017, file photo, provided by the New York State Sex
        # Offender Registry shows Jeffrey Epstein.", "In this Sunday, Nov. 10, 2019, photograph, a long row ..."
        (("photo", "image", "picture"),
         r"(?:in )?this (?:[\w,’'.-]+ ){0,8}?(?:file )?(?:photo|image|picture|photograph)s?(?:,| (?:shows|from|taken|provided|made|released)\b).{0,300}"),
    ],
    "photo-credit": [
        (("credit",), r".{0,300}\bcredit\s*(?:\.\.\.|…)\s*\S.{0,100}"),
        # a caption ending in its credit, no full stop after it: "... under the CLPS program. Credit: SpaceX", "...
        # intelligence agents. Credit Ashraf Shazly/Agence France-Presse — Getty Images" (the Times, SpaceNews);
        # the credit may open with a figure or hold initials ("Credit: 20th Century Fox", "Credit Credit Chang W.
        # Lee/The New York Times")
        (("credit",), r".{0,600}[.!?]\s+(?-i:Credit)(?: (?-i:Credit))?:?\s+(?-i:[A-Z0-9])" + _CREDIT),
        # ... or with no full stop before it when a colon follows "Credit" (the Sun, the Telegraph: "... after a
        # hunter killed and ate a rabbit Credit: Getty - Contributor", "... on Thursday Credit: STR/AFP")
        (("credit",), r".{10,600}\s(?-i:Credit)\s*:\s*(?-i:[A-Z0-9])" + _CREDIT),
        (("image:", "photo:", "picture:", "credit:", "images:", "photos:"),
         r".{0,300}\((?:image|photo|picture|credit)s?:[^)]{0,60}\)\s*"),
        (("submitted photo",), r".{0,200}\bsubmitted photo"),
        (("/",), r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\s*/\s*(?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,4}"),
    ],
    "newsletter": [
        (("newsletter", "updates", "alerts", "inbox", "mailing list"),
         r".{0,60}\b(?:sign up|subscribe|register|signup)\b.{0,60}\b(?:newsletter|updates|alerts|"
         r"inbox|mailing list)s?\b.{0,120}"),
        # ... and its pitch without the button's words: "Get breaking news alerts and special reports. The news and
        # stories that matter, delivered weekday mornings." (NBC News, in the article's middle)
        (("delivered",),
         r".{0,120}\b(?:news|stories|headlines|newsletter)\b.{0,80}\bdelivered (?:right |straight )?(?:to your inbox|"
         r"(?:every |each )?(?:weekday |week day )?(?:morning|evening|afternoon|day|week)s?|daily|weekly)\b.{0,80}"),
    ],
    "membership": [
        (("journalism", "newsroom", "support local", "support our", "support independent", "member today", "subscriber today", "supporter today", "donate"),
         r"(?:please )?support (?:local|independent|public|quality|our|nonprofit) (?:journalism|news(?:room)?|reporting)\b"
         r"[.!]?(?:\s.{0,160})?|.{0,80}\b(?:become a (?:[\w-]+ ){0,4}(?:member|subscriber|supporter) today|"
         r"donate (?:now|today))\b.{0,120}"),
    ],
    "cookies": [
        (("cookie",), r".{0,120}\b(?:we|this (?:web)?site|our (?:web)?site|(?:web)?sites?)\b.{0,40}\buses? cookies\b.*"),
    ],
    "syndication": [
        # A syndicate's note to editors at the end of wire copy (New York Times News Service in DUC
        # 2006): how to buy the article, whom to call, not the article. A writer's bio in parentheses
        # may precede it on the line ("(X is a free-lance writer.) (To publish this article, ...").
        (("to publish this", "to purchase this", "to buy this", "nonsubscribers:"),
         r"(?:\([^()]{1,200}\)\s*)?(?:-0-\s*)?\(?(?:to (?:publish|purchase|buy) this (?:article|material|story|feature|column)\b|"
         r"nonsubscribers:).{0,600}"),
        (("subscribe",), r"\(?(?:she|he|they) also (?:has|have) information on how to subscribe\b.{0,300}"),
        (("syndicate",), r"editors?:\s*visit\b.{0,120}\bsyndicate\b.{0,200}"),
        (("fax",), r".{0,160}\bfax[:,]?\s*\(?\d[\d() -]{5,}.{0,160}"),  # "--Europe and Asia: KARL HORWITZ in Paris at ...; fax, 47-42-80-44"
        # The photo service's caption sent with the copy: "(NYT32) STAMFORD, Conn. -- Oct. 20, 1999 --
        # SINGLES-HOUSING-3, 10-20 -- Lois Slocum, left, with ... (Rebecca Cooney/New York Times Photo)".
        (("(nyt",), r"\(nyt\d{1,3}\)\s[^\n]{0,80}?\s--\s[^\n]{0,30}?\d{4}\s--\s[^\n]{0,1200}"),
        # ... and the advisory that opens a package of them: "ATTENTION EDITORS: The following photos are part of
        # tonight's New York Times Photo Package ..."
        (("attention editors",), r"attention editors?:\s[^\n]{0,600}"),
    ],
    "legal": [
        (("©", "(c)", "copyright"), r".{0,40}(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}"),
        (("reserved",), r".{0,120}\ball rights? reserved\b.{0,120}"),
    ],
}

# Kinds of cue that mark a sentence alone as junk where a page glued it to prose ("... finance
# professionals. Sign up for the free daily newsletter."): a promotion, a credit or a notice. Not
# "ad-block" ("The rise of ad blocking poses a threat to the internet" is a sentence about it) nor
# "dateline" (the web pile: 13 such sentences, all junk but one ad-block one; DUC 2006 dev: 11, all junk).
SENTENCE_CUE_KINDS = frozenset({"newsletter", "follow", "syndication", "byline", "legal", "read-more"})
# A reference list's citation ("^ Fordyce, Tom (23 October 2011). "2011 Rugby World Cup final ...". BBC
# Sport. Retrieved 4 December 2013.", "Archived from the original on 7 June 2011."): its sentences are
# no statements, and the timeline took its dates for events (three Wikipedia pages of the web pile: 158
# of its 1,323 events), its cited titles for quotes without a speaker (the New Zealand page: 196) and its
# "Retrieved" days for date expressions (585 of the page's 701). Read by `clean.lines.citation_lines` for the
# sentence splitter, the quote finder and the date finder; the cleaner keeps the lines, which readability's
# truth counts as the article.
CITATION_LINE = r"\^|.{0,300}?\b(?:Retrieved|Archived from the original)\b[^.]{0,30}\d"
# The signature an embedded post ends with ("— Governor Kristi Noem (@govkristinoem) November 18, 2019"): the
# line above it is the poster's words, not the report's (the web pile: 19 such posts on 11 pages; a brief gave
# Noem's "Hey Twitter, the whole point of this ad campaign is to raise awareness." to nj.com). Group "name".
POST_SIGNATURE = r"[—–-]\s*(?P<name>[^\n(]{1,80}?)\s*\(@\w{1,30}\)\s*(?:\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4})\s*$"

# Headings after which the rest of the page is not the article. Whole-line matches; the key
# becomes the reason `tail:after-<key>`.
END_MARKERS: dict[str, str] = {
    "related": r"(?:related|more related|similar)(?: articles?| posts?| stories| news| content| coverage| reading| links)?\s*:?",
    "also-like": r"you (?:might|may) (?:also )?(?:like|enjoy|be interested in)\s*:?",
    "more-from": r"(?:more (?:from|on|in|stories|news|articles)\b.{0,40}|more stories like this)",
    "recommended": r"(?:recommended(?: for you| stories| articles| reading)?|we recommend|editors' picks|editor's picks)\s*:?",
    "popular": r"(?:most (?:popular|read|viewed|shared|emailed)\b.{0,40}|popular (?:posts|stories|articles|now)|trending(?: now| stories| news)?|top stories)\s*:?",
    "comments": r"(?:\d+|no|one) (?:responses?|comments?|replies|thoughts?|reactions?) (?:to|on) .{0,200}|(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)s?.{0,30}|\d* ?comments?|comments? \(\d+\)|join the (?:conversation|discussion)|discussion",
    "read-next": r"(?:read next|what to read next|up next|keep reading|more to read)\s*:?",
    "around-web": r"(?:around the web|from the web|sponsored stories|promoted stories|from our partners|paid content)\s*:?",
    "latest": r"(?:latest(?: news| stories| articles| posts)?|recent posts|more news|news feed)\s*:?",
}

# Section names that glue onto a title in scraped breadcrumbs ("HomeWorldFlood barriers fail").
BREADCRUMB_SECTIONS: tuple[str, ...] = (
    "Home", "News", "World", "Local", "National", "International", "Politics", "Business", "Economy",
    "Money", "Markets", "Tech", "Technology", "Science", "Health", "Sport", "Sports", "Opinion",
    "Entertainment", "Culture", "Arts", "Lifestyle", "Life", "Travel", "Environment", "Climate",
    "Weather", "Education", "Crime", "Region", "Regional", "Metro", "City", "Nation", "Europe",
    "Asia", "Africa", "Americas", "US", "UK", "Australia", "Canada", "India", "Latest", "Features",
    "Analysis", "Media", "Society", "Community", "Breaking", "Top Stories", "Global", "Investigations",
)
# Page furniture that NER tags as names when the cleaner lets a menu or share bar through;
# collected from the scrapinghub plain-text dumps (../shared/eval/extraction) and the examples.
NAME_JUNK_WORDS = {
    "upvote", "downvote", "share", "tweet", "like", "reply", "comment", "comments", "subscribe",
    "login", "log", "sign", "register", "menu", "home", "search", "advertisement", "advert",
    "sponsored", "related", "more", "read", "watch", "listen", "newsletter", "newsletters",
    "cookie", "cookies", "privacy", "terms", "contact", "about", "next", "previous", "print",
    "email", "copy", "link", "close", "open", "skip", "continue", "trending", "popular",
    "follow", "click", "here", "top", "photo", "video", "gallery", "image", "credit",
    "getty", "images", "loading", "report", "ad", "ads", "feedback", "sections", "section",
    "policy", "settings", "account", "notifications",
}
# Menu words whose other case is a name: "Contact Us" is not the US.
NAME_JUNK_EXACT = {"Us", "About Us", "Contact Us"}
