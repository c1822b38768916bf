"""Plain-text reports: the first line gives the title; metadata comes from cue lines.

Scraped text keeps the page's byline block as lines: "By Jane Doe", "Published March 3,
2025", "Last updated on March 4, 2025 at 9:12 am", "Source: Daily Gazette". A cue line is a
short line that starts with a cue; one line may hold several ("Posted on March 3, 2025 by Jane
Doe | Updated March 4"). An update date is never taken for a publication date: the two are
kept apart. Cue lines after an end-of-article marker ("Related articles", a comment form)
belong to other articles' teasers and are not read. The lines stay in the text: removing
them is the cleaner's job, which records why.

A scraped page's first line is its <title> or a breadcrumb trail glued to the headline
("HomeNewsWorld<headline>"). The headline is the part of it that the page repeats as a line of
its own ("<headline> - BBC News" above "<headline>"), else the line without a trailing site
name; the site name so cut, a copyright line ("© 2024 The Daily Gazette") or "Read more at"
names the outlet when the input gives none. With no "Published" line, the publication day is
inferred (`newsweave.read.dates.infer_published`) and the method kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from newsweave import lexicon
from newsweave.model import Document
from newsweave.read.dates import find_date, infer_published
from newsweave.read.source import Origin
from newsweave.read.wrap import unwrap
from newsweave.settings import current as _settings

_calendar = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).calendar
_names = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).names


# Byline blocks join fields with separators: "Northshore Public Radio | By Sam Idowu".
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
# Inside a cue, the next cue starts a new field: "Posted on March 3, 2025 by Jane Doe".
_NEXT_CUE = re.compile(
    r"\s*,?\s+(?=(?:by|written\s+by|(?:last\s+)?updated|published|posted|modified)\b)", re.IGNORECASE
)
_PUBLISHED = re.compile(r"^(?:first\s+)?(?:published|posted|date\s+published)(?:\s+on)?\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_AUTHOR = re.compile(r"^(?:written\s+by|by|author)\s*:?\s+(?P<value>.+)$", re.I)
_SOURCE = re.compile(r"^source\s*:\s*(?P<value>.+)$", re.I)
_CUE_START = re.compile(r"^(?:first\s+published|published|posted|date\s+published|last\s+updated|updated|last\s+modified|modified|written\s+by|by|author|source)\b", re.I)
# Where the article ends and teasers, comments or newsletters begin.
_END_OF_ARTICLE = re.compile(
    r"^(?:related(?:\s+(?:articles?|posts?|stories|news|coverage))?|read\s+(?:more|next|also)|more\s+(?:from|stories|news)|"
    r"you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|leave\s+a\s+(?:comment|reply)|"
    r"please\s+enter\s+your\s+comment|comments?|\d+\s+comments?|facebook\s+comments|what\s+do\s+you\s+think)\b",
    re.I,
)
_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_NAME_END = re.compile(r"\s*(?:,|\bfor\b|\bat\b|\bon\b|\bin\b|\(|$)")

# Separators a page title puts between its headline and site, section or author names.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•»›/\\~]|::|[-–—]{1,2})\s+|:\s+")
_CREDIT = re.compile(r"\b[Bb]y\s+[A-Z]")
# A breadcrumb trail glued to the headline starts with its root ("HomeLocal NewsHarbor ...").
BREADCRUMB_ROOTS = ("Home", "News", "Homepage", "Start")
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CRUMB = re.compile(r"^[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+)*$")
_SITE_WORD = r"[A-Z][\w&'’-]*(?:\.[\w-]+)*"
_COPYRIGHT = re.compile(
    r"(?:(?:©|(?<!\w)\([cC]\)|\b[Cc]opyright\b)[ \t]*){1,3}(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[.,]?)?[ \t]*,?[ \t]*"
    rf"(?P<name>{_SITE_WORD}(?:[ \t]+(?:&[ \t]+)?{_SITE_WORD}){{0,5}})"
)
_COMPANY_SUFFIX = re.compile(r"(?:(?:^|[ \t,]+)(?:Inc|LLC|Pty|Ltd|Limited|plc|GmbH|Corp|All(?:[ \t]+[Rr]ights(?:[ \t]+[Rr]eserved)?)?))+\.?$")  # "© All rights reserved": no name
_COPYRIGHT_CUE = re.compile(r"©|\([cC]\)|opyright")  # cheap tests before the full patterns scan
_READ_MORE_CUE = re.compile(r"[Rr]ead[ \t]+more")
_READ_MORE_AT = re.compile(rf"\b[Rr]ead[ \t]+more[ \t]+(?:at|on)[ \t]+(?P<name>{_SITE_WORD}(?:[ \t]+{_SITE_WORD}){{0,4}})")
_WORD = re.compile(r"[^\W_]+")
_TOP_LEVEL = re.compile(r"\.(?:com|org|net|co\.uk|fr|de|es|it|nl|ca|au|in|info|news)\b", re.I)  # cheap test first
_DOMAIN = re.compile(r"(?<![\w.@/-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|fr|de|es|it|nl|ca|au|in|info|news))\b", re.I)
_NOT_A_SITE = re.compile(r"\d{1,2}[./]\d|\d{4}|^by\s", re.IGNORECASE)
# A byline block that opens with the outlet: "Northshore Public Radio | By Sam Idowu".
_BYLINE_OUTLET = re.compile(rf"^(?P<name>{_SITE_WORD}(?:[ \t]+(?:&[ \t]+)?{_SITE_WORD}){{0,5}})[ \t]+[|·•][ \t]+[Bb]y[ \t]+[A-Z]", re.M)
_reporting = lexicon.for_language(lexicon.DEFAULT_LANGUAGE).reporting
_MASTHEAD_WORDS = _reporting.OUTLET_WORDS
_OUTLET_NAME = rf"(?:The[ \t]+)?{_SITE_WORD}(?:[ \t]+(?:&[ \t]+)?{_SITE_WORD}){{0,4}}"
# A photo credit to a photographer of the outlet: "Photo Credits: Dev Anand / Quayside Courier",
# "(Photo: Lena Varga/The Harbor Gazette)".
_PHOTO_CREDIT = re.compile(
    r"^[ \t]*\(?(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?)(?:[ \t]+[Cc]redits?)?[ \t]*:[ \t]*"
    rf"[^/\n|()]{{1,60}}?[ \t]*/[ \t]*(?P<name>{_OUTLET_NAME})[ \t.)]*$", re.M)
# The page's own newsroom, described ("The Civic Lantern is a nonprofit newsroom") or in a staff
# bio ("Priya Castellanos is The Civic Lantern's investigations editor").
_SELF_DESCRIBED = re.compile(
    rf"(?:^|[.!?][ \t]+)(?P<name>{_OUTLET_NAME})[ \t]+is[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_reporting.NEWSROOM_NOUNS, key=len, reverse=True))})\b", re.M)
_STAFF = "|".join(sorted(_reporting.STAFF_ROLES))
_STAFF_BIO = re.compile(
    rf"\bis[ \t]+(?P<name>{_OUTLET_NAME})['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}(?:{_STAFF})\b")
# The same bio with the outlet after the role: "Jeff Foust is the editor and publisher of The Space
# Review", "is a senior staff writer with SpaceNews"; or as the line under the author's name on an
# "About the author" box: "Senior editor at Gizmodo.".
_STAFF_OF = re.compile(
    rf"(?:\bis[ \t]+(?:the|an?)[ \t]+|^)(?i:(?:[\w-]+[ \t]+){{0,2}}?(?:{_STAFF})s?(?:[ \t]+and[ \t]+[\w-]+)?)"
    rf"[ \t]+(?:of|at|for|with)[ \t]+(?:the[ \t]+)?(?P<name>{_OUTLET_NAME})", re.M)

# A button to the page's own site: "Follow Lifehacker" (Kinja's "Follow Lifehacker Followed"), "More from Kotaku".
_SITE_BUTTON = re.compile(rf"^(?:Follow|More[ \t]+[Ff]rom)[ \t]+(?!(?i:us)\b)(?P<name>{_OUTLET_NAME}?)(?:[ \t]+Followed)?[ \t]*$", re.M)


class TextMetadata(NamedTuple):
    """What a plain-text report says about itself."""

    title: str
    published: str | None
    updated: str | None
    author: str | None
    source: str | None
    published_inferred: str | None = None  # how `published` was read (None: no date found)


def _author(value: str) -> str | None:
    """The name at the start of a byline value, or None if the value is not a name."""
    name = value[: _NAME_END.search(value).start()].strip(" .:;")
    words = name.split()
    if not words or len(words) > _settings().metadata.max_author_words or words[0].lower().strip(",.") in _names.NOT_NAMES:
        return None
    for word in words:
        lowered = word.lower()
        if not (word[0].isupper() or lowered in _names.NAME_PARTICLES or lowered.split("-")[0] in _names.NAME_PARTICLES):
            return None
    return name


def _too_long(line: str, max_words: int) -> bool:
    """More than `max_words` words; prose lines (most lines) are told by length without splitting."""
    return len(line) > _settings().metadata.longest_word * max_words or len(line.split()) > max_words


def _cues(line: str) -> list[str]:
    """The cue pieces of a line: none unless the line is short and a piece opens with a cue."""
    if _too_long(line, _settings().metadata.max_cue_words):
        return []
    pieces = [piece for piece in _SEPARATORS.split(line) if _CUE_START.match(piece)]
    return [cue.strip() for piece in pieces for cue in _NEXT_CUE.split(piece)]


def read_metadata(text: str) -> TextMetadata:
    """Title and cue-line metadata of a plain-text report; each field None when absent."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    titles = [line for line in lines[:2] if not _is_cue_line(line)] or [next((line for line in lines if not _is_cue_line(line)), "")]
    first = titles[1] if len(titles) == 2 and _is_section(*titles) else titles[0]
    masthead, first = (first, below) if (below := _masthead_headline(first, lines)) else (None, first)
    title, site = headline(first, lines)
    site = site or masthead
    found: dict[str, str] = {}
    # Where the page repeats its headline as a line, the article starts at the last repeat: an end-of-article
    # marker above it is the site's menu ("More From NBC") or a teaser's ("11 Comments" under the headline of a
    # portal's front panel, the article and its dated byline further down), not the end of the report.
    start = max((n for n, line in enumerate(lines[1:], 1) if line == title), default=0)
    article, begun = lines, False
    for n, line in enumerate(lines):
        if n >= start and begun and not _too_long(line, _settings().metadata.max_marker_words) and _END_OF_ARTICLE.match(line):
            article = lines[:n]
            break
        begun = begun or (n > 0 and _is_prose(line))
        for cue in _cues(line):
            _read_cue(cue, found)
    published, method = found.get("published"), "published-line" if "published" in found else None
    if published is None and (inferred := infer_published(article, text, found.get("updated"))):
        published, method = inferred
    source = found.get("source") or _hosting_agency(site, text) or site or page_outlet(text)
    return TextMetadata(title, published, found.get("updated"), found.get("author"), source, method)


def headline(first: str, lines: list[str]) -> tuple[str, str | None]:
    """The headline in a page's first line, and the site name cut from it (None when none was).

    The longest run of the line's separator-delimited parts that the page repeats as a line of
    its own, and that keeps more of the line's words than it cuts, is the headline; else short
    trailing parts are cut, the last as the site name and those before it as sections or credits
    ("<headline> | Politics | The Guardian", "<headline> | by Jane Doe | Medium"); a part after a colon is
    a subtitle, never cut.
    """
    first = _unglue_breadcrumbs(first, lines)
    cuts = [0, *(e for m in _TITLE_SEPARATOR.finditer(first) for e in (m.start(), m.end())), len(first)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    if not 1 < len(spans) <= _settings().metadata.max_title_parts:
        return first, None
    later = set(lines[1:_settings().metadata.headline_lines])
    runs = [(spans[i][0], spans[j][1]) for i in range(len(spans)) for j in range(i, len(spans)) if (i, j) != (0, len(spans) - 1)]
    for start, end in sorted(runs, key=lambda run: run[0] - run[1]):
        run = first[start:end]
        if run in later and _words(run) > _words(first.replace(run, " ")):  # a menu item is no headline
            rest = first[end:]
            return first[start:end], _site_part(_TITLE_SEPARATOR.split(rest)[-1]) if rest else None
    site, kept = None, len(spans)
    while (
        kept > 1
        and not first[spans[kept - 2][1] : spans[kept - 1][0]].startswith(":")  # "<headline>: <subtitle>"
        and _words(first[: spans[kept - 2][1]]) >= _settings().metadata.headline_min_words
        and ((part := first[spans[kept - 1][0] : spans[kept - 1][1]]).startswith(("by ", "By ")) or _site_part(part))
    ):
        if not part.startswith(("by ", "By ")):  # a credit is cut, never the site
            site = site or part  # the last part names the site, others sections
        kept -= 1
    return first[: spans[kept - 1][1]], site


def _masthead_headline(first: str, lines: list[str]) -> str | None:
    """The headline above the byline when the page opens with its masthead, which names the site
    ("Quanta Magazine", then the menu, then "The Hidden Heroines of Chaos" over "By Joshua Sokol"):
    None unless the first line is as short as a section name and a headline-shaped line stands right
    above a byline before the article begins."""
    if _words(first) > _settings().metadata.section_max_words:
        return None
    for above, line in zip(lines[1 : _settings().metadata.headline_lines], lines[2 : _settings().metadata.headline_lines]):
        if _is_prose(above):
            return None  # the article has begun: a byline below is a teaser's or a bio's
        if (byline := _AUTHOR.match(line)) and _author(byline.group("value")) and not _cues(above) and _is_section(first, above):
            return above
    return None


def _is_prose(line: str) -> bool:
    """A line of the article's text, not of its header: long enough, and ends as a sentence."""
    return len(line.split()) >= _settings().metadata.prose_min_words and bool(_PROSE_END.search(line))


def _is_cue_line(line: str) -> bool:
    """A byline block ("By Jane Doe | Published March 3, 2025"), not a title that ends with a credit
    ("<headline> | by Jane Doe | Medium"): it has cues, and its first part is a cue, a date or too short
    for a headline."""
    if not _cues(line):
        return False
    first = _SEPARATORS.split(line, 1)[0]
    return bool(_CUE_START.match(first) or _NOT_A_SITE.search(first)) or _words(first) < _settings().metadata.headline_min_words


def _is_section(line: str, following: str) -> bool:
    """"World" above "Russia asks China for military aid": a section name over a headline-shaped
    line (metadata.headline_min_words or more words, no sentence end, no "by <Name>" credit)."""
    return (
        _words(line) <= _settings().metadata.section_max_words
        and _settings().metadata.headline_min_words <= _words(following) <= _settings().metadata.max_cue_words
        and not _PROSE_END.search(following)
        and not _CREDIT.search(following)
    )


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _site_part(part: str) -> str | None:
    """A title part that can name a site: no date, no byline."""
    part = part.strip()
    return part if part and len(part.split()) <= _settings().metadata.site_name_max_words and not _NOT_A_SITE.search(part) else None


def _unglue_breadcrumbs(line: str, lines: list[str]) -> str:
    """"HomeLocal NewsHarbor gates fail" -> "Harbor gates fail": a trail of capitalised crumbs
    glued without spaces, opened by a root crumb or made of crumbs the page lists as lines."""
    pieces = _GLUED.split(line)
    if len(pieces) < 3:
        return line
    listed = set(lines)
    for n in range(min(len(pieces) - 1, _settings().metadata.max_crumbs), 1, -1):
        crumbs = pieces[:n]
        if all(_CRUMB.match(c) for c in crumbs) and (crumbs[0] in BREADCRUMB_ROOTS or all(c in listed for c in crumbs)):
            return "".join(pieces[n:])
    return line


def page_outlet(text: str) -> str | None:
    """The outlet a page names itself: the last copyright holder ("© 2024 The Daily Gazette"),
    else the last "Read more at <outlet>", else a masthead opening a byline block ("Northshore
    Public Radio | By Sam Idowu": a name holding a masthead word, so "Staff Writer | By ..." is
    none), else a domain the page's short lines name at least twice, else a photo credit's or a
    self-description's outlet (`_credited_outlet`). A copyright holder that is a company ("NYP
    Holdings", "Telegraph Media Group") owns the outlet and is named only when nothing else is."""
    owner = None
    for pattern, cue in ((_COPYRIGHT, _COPYRIGHT_CUE), (_READ_MORE_AT, _READ_MORE_CUE)):
        for match in reversed(list(pattern.finditer(text)) if cue.search(text) else []):
            name = _COMPANY_SUFFIX.sub("", match["name"].strip(" .,"))
            if name and not name[0].isdigit():
                if pattern is _COPYRIGHT and name.split()[-1].lower() in _names.COMPANY_WORDS:
                    owner = owner or name
                    continue
                return name
    return _named_outlet(text) or (_owned_title(owner, text) if owner else None) or owner


def _owned_title(owner: str, text: str) -> str | None:
    """The title a company publishes that the page names: its first word and a masthead word ("NBC News" of
    "NBC UNIVERSAL"), the masthead word alone after "The" ("The Telegraph" of "Telegraph Media Group"), the
    words an acronym stands for ("New York Post" of "NYP Holdings"), or else its name without its company
    words ("Slate" of "The Slate Group", "Forbes" of "Forbes Media"), written at least
    metadata.min_domain_mentions times, not as part of the owner's own name ("The Channel Company" publishes no
    "The Channel", nor "Channel" where "Channel Programs" is a section); None when the page writes no such name."""
    text = text.replace(owner, "")
    first = owner.removeprefix("The ").split()[0]
    if first.lower() in _MASTHEAD_WORDS and len(re.findall(rf"\bThe[ \t]+{re.escape(first)}\b", text)) >= _settings().metadata.min_domain_mentions:
        return f"The {first}"
    if first.isupper() and 2 <= len(first) <= 4 and first.isalpha():
        spelled = r"[ \t]+".join(rf"{letter}[a-z]+" for letter in first)
        pattern = rf"\b(?:{re.escape(first)}[ \t]+(?P<word>{_SITE_WORD})|{spelled})\b"
    else:
        pattern = rf"\b{re.escape(first)}[ \t]+(?P<word>{_SITE_WORD})\b"
    names = Counter(m.group() for m in re.finditer(pattern, text)
                    if m.group() != owner and (m.groupdict().get("word") is None or m["word"].lower() in _MASTHEAD_WORDS))
    top = names.most_common(1)
    if top and top[0][1] >= _settings().metadata.min_domain_mentions:
        return top[0][0]
    brand = _brand(owner)
    alone = len(re.findall(rf"(?<![\w.]){re.escape(brand)}\b(?![ \t]+[A-Z])", text)) if brand else 0
    return brand if alone >= _settings().metadata.min_domain_mentions else None


def _brand(owner: str) -> str | None:
    """The company's name without "The" and its company words ("Slate" of "The Slate Group", "Daring Fireball"
    of "The Daring Fireball Company"), None when nothing else is left."""
    words = owner.removeprefix("The ").split()
    while words and words[-1].lower().strip(".,") in _names.COMPANY_WORDS:
        words.pop()
    return " ".join(words) or None


def _hosting_agency(site: str | None, text: str) -> str | None:
    """The agency whose copy a platform hosts: a one-word title site part the page names nowhere else
    ("... | Hosted", AP's pages for member papers) yields to the copyright holder when the page credits that
    holder on a line of its own, as a byline does ("Associated Press" over "©2019 The Associated Press").
    A publisher's copyright with no such credit (Aktuálně.cz's "© Economia") leaves the site name."""
    if not site or len(site.split()) > 1 or text.count(site) > 1:
        return None
    holder = page_outlet(text)
    if not holder:
        return None
    credit = re.escape(holder.removeprefix("The ").strip())
    return holder if re.search(rf"^(?:The )?{credit}$", text, re.MULTILINE) else None


def _named_outlet(text: str) -> str | None:
    """The outlet a page names where no copyright line does (`page_outlet`, after the copyright)."""
    for match in _BYLINE_OUTLET.finditer(text):
        if {w.lower() for w in _WORD.findall(match["name"])} & _MASTHEAD_WORDS and _site_part(match["name"]):
            return match["name"]
    if _TOP_LEVEL.search(text):
        domains = Counter(m[1].lower() for m in _DOMAIN.finditer(text) if _line_length(text, m.start()) <= _settings().metadata.short_line_chars)
        top = domains.most_common(1)
        if top and top[0][1] >= _settings().metadata.min_domain_mentions:
            return top[0][0]
    return _credited_outlet(text)


def _credited_outlet(text: str) -> str | None:
    """The outlet named where nothing better names it: the employer of a photo credit's photographer
    ("Photo Credits: Dev Anand / Quayside Courier"; a photo agency's credit names no page), else the
    newsroom the page describes itself as, or a staff bio's ("is The Civic Lantern's ... editor"), else the
    site a "Follow" or "More from" button names that the page's menu also lists as a line ("Lifehacker")."""
    for match in _PHOTO_CREDIT.finditer(text):
        if match["name"].casefold() not in _reporting.PHOTO_AGENCIES:
            return match["name"]
    for pattern in (_SELF_DESCRIBED, _STAFF_BIO, _STAFF_OF):
        names = Counter(m["name"] for m in pattern.finditer(text))
        if names:
            return names.most_common(1)[0][0]
    lines = {line.strip() for line in text.splitlines()}
    names = Counter(m["name"] for m in _SITE_BUTTON.finditer(text) if m["name"] in lines)
    return names.most_common(1)[0][0] if names else None


def _line_length(text: str, at: int) -> int:
    """Length of the line of `text` that holds position `at`."""
    end = text.find("\n", at)
    return (len(text) if end < 0 else end) - text.rfind("\n", 0, at) - 1


def _read_cue(piece: str, found: dict[str, str]) -> None:
    """Record what one cue says, keeping the first value of each field."""
    if match := _UPDATED.match(piece):
        if "updated" not in found and (date := find_date(match["value"])):
            found["updated"] = date
    elif match := _PUBLISHED.match(piece):
        if "published" not in found and (date := find_date(match["value"])):
            found["published"] = date
    elif match := _SOURCE.match(piece):
        value = match["value"].strip(" .")
        # "Source: Russian Defense Ministry, October 25, 2019" cites a statement (a fact-check's), no publisher;
        # "Source: News agencies" (Al Jazeera) names nobody: the page's own name stays the outlet
        if not find_date(value, fallback=False) and value.casefold() not in _reporting.UNNAMED_SOURCES:
            found.setdefault("source", value)
    elif match := _AUTHOR.match(piece):
        if "author" not in found and (name := _author(match["value"])):
            found["author"] = name


def read_text(text: str, origin: Origin) -> Iterator[Document]:
    """One plain-text report as a Document; `raw` and `text` are the whole decoded text, its
    hard-wrapped lines joined into paragraphs (`newsweave.read.wrap`)."""
    text, width = unwrap(text)
    meta = read_metadata(text)
    yield Document(
        id=origin.doc_id,
        path=origin.path,
        format="text",
        source=meta.source or origin.fallback_source,
        title=meta.title,
        published=meta.published,
        published_inferred=meta.published_inferred,
        updated=meta.updated,
        author=meta.author,
        raw=text,
        text=text,
        warnings=[f"text: hard-wrapped at {width} columns; lines joined into paragraphs"] if width else [],
    )
