"""Plain-text reports: title and cue-line metadata, update dates kept apart from publication."""

from __future__ import annotations

import pytest

from newsweave.read.source import Origin
from newsweave.read.text import TextMetadata, read_metadata, read_text
from tests.read.test_wrap import WIRE, WIRE_JOINED

BODY = "The river rose four metres overnight and two gates failed to close, officials said.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flood barriers fail\nBy Jane Doe, Reuters\nPublished March 3, 2025\n" + BODY,
            TextMetadata("Flood barriers fail", "2025-03-03", None, "Jane Doe", None, "published-line"),
        ),
        (
            "Flood barriers fail\nLast updated on March 4, 2025 at 9:12 am\n" + BODY,
            TextMetadata("Flood barriers fail", "2025-03-04", "2025-03-04", None, None, "last-updated-line"),  # marked as an update
        ),
        (
            "Title\nPublished 11:30 a.m. March 4, 2025\nLast updated on March 5, 2025 at 2:15 pm\n" + BODY,
            TextMetadata("Title", "2025-03-04", "2025-03-05", None, None, "published-line"),
        ),
        (
            "Title\nPosted on Monday, 3rd March 2025 by Ana de la Cruz | Updated 2025-03-05\n" + BODY,
            TextMetadata("Title", "2025-03-03", "2025-03-05", "Ana de la Cruz", None, "published-line"),
        ),
        (
            "Title\nNorthshore Public Radio | By Sam Idowu\n" + BODY,
            TextMetadata("Title", None, None, "Sam Idowu", "Northshore Public Radio"),  # the masthead opening the byline
        ),
        ("Title\nWritten by Priya Castellanos\n" + BODY, TextMetadata("Title", None, None, "Priya Castellanos", None)),
        ("Title\n" + BODY + "Source: Daily Gazette\n", TextMetadata("Title", None, None, None, "Daily Gazette")),
        (
            "\n\n  Published: 03/03/2025\nThe title comes after a cue line\n" + BODY,
            TextMetadata("The title comes after a cue line", "2025-03-03", None, None, None, "published-line"),
        ),
        # sentences that open with "By" are not bylines
        ("Title\nBy Monday evening the river had crested.\n" + BODY, TextMetadata("Title", None, None, None, None)),
        ("Title\nBy the time crews arrived the street was under water.\n", TextMetadata("Title", None, None, None, None)),
        ("Title\nPhotographed by Lena Varga\n", TextMetadata("Title", None, None, None, None)),
        # teasers after the end of the article belong to other articles
        (
            "Title\n" + BODY + "Related articles\nPublished March 9, 2025\nBy Tom Teaser\n",
            TextMetadata("Title", None, None, None, None),
        ),
        ("Published March 2025\n" + BODY, TextMetadata(BODY.strip(), None, None, None, None)),  # no day: no date
        ("", TextMetadata("", None, None, None, None)),
    ],
)
def test_read_metadata(text: str, expected: TextMetadata) -> None:
    assert read_metadata(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [("Title\n" + BODY, "gazette-flood"), ("Title\n" + BODY + "Source: Daily Gazette", "Daily Gazette")],
)
def test_read_text_document(text: str, source: str) -> None:
    (document,) = read_text(text, Origin("in/gazette-flood.txt", "gazette-flood", "gazette-flood"))
    assert (document.id, document.format, document.source, document.title) == ("gazette-flood", "text", source, "Title")
    assert document.raw == document.text == text


MENU = "Home\nNews\nWorld\nPolitics\nComments\nRelated\n"
LEAD = "The minister said the request had been made in writing, according to two officials briefed on it.\n"


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        # breadcrumb trails glued to the headline
        ("HomeNewsWorldRussia asked China for military equipment\n" + LEAD, "Russia asked China for military equipment", None),
        ("HomeLocal NewsCity council freezes payments to contractor\n" + LEAD, "City council freezes payments to contractor", None),
        ("YouTube removes videos that mislead voters\n" + LEAD, "YouTube removes videos that mislead voters", None),  # not a trail
        # site names and sections after the headline
        ("Obama admits US gun laws are his 'biggest frustration' - BBC News\n" + MENU
         + "Obama admits US gun laws are his 'biggest frustration'\n" + LEAD, "Obama admits US gun laws are his 'biggest frustration'", "BBC News"),
        ("Māori tribes fearful over whale strandings | Environment | The Guardian\n" + LEAD, "Māori tribes fearful over whale strandings", "The Guardian"),
        ("Attack stokes instability fears in North Africa - The Washington Post\n" + LEAD, "Attack stokes instability fears in North Africa", "The Washington Post"),
        ("Minecraft 1.8 - The Bountiful Update - Minecraft 1.8 - The Bountiful Update - Minecraft Update News\n"
         + "Minecraft 1.8 - The Bountiful Update\n" + LEAD, "Minecraft 1.8 - The Bountiful Update", "Minecraft Update News"),
        ("Mozilla - Wikipedia\n" + MENU + LEAD, "Mozilla - Wikipedia", None),  # cutting would leave too little
        ("Firefox — Customize and make it your own — Mozilla\nFirefox\n" + LEAD, "Firefox — Customize and make it your own", "Mozilla"),  # a menu item is no headline
        ("Zimbabwe coup live: Mugabe resigns\n" + LEAD, "Zimbabwe coup live: Mugabe resigns", None),  # a subtitle, not a site
        ("The 'birth lottery' and economic mobility - Feb. 1, 2016\n" + LEAD, "The 'birth lottery' and economic mobility - Feb. 1, 2016", None),  # a date is no site
        # a credit in the title line is cut with the site; a byline block is no title
        ("Samantha and The Great Big Lie. How to get shanked | by John C. Welch | Medium\nOpen in app\n" + LEAD,
         "Samantha and The Great Big Lie. How to get shanked", "Medium"),
        ("Russia asked China for military equipment | By Jane Doe\n" + LEAD, "Russia asked China for military equipment", None),
        ("By Jane Doe | Published March 3, 2025\nCity council freezes payments to contractor\n" + LEAD,
         "City council freezes payments to contractor", None),
        ("March 3, 2025 | By Jane Doe\nCity council freezes payments to contractor\n" + LEAD,
         "City council freezes payments to contractor", None),
        # a section name above the headline
        ("World\nRussia asked China for military equipment\n" + LEAD, "Russia asked China for military equipment", None),
        ("Title\nPhotographed by Lena Varga\n", "Title", None),  # a credit is no headline
        # a masthead over the menu: the headline is the line above the byline (Quanta Magazine's pages)
        ("Quanta Magazine\nPhysics\nBiology\nRead Later\nThe Hidden Heroines of Chaos\nBy Joshua Sokol\nMay 20, 2019\n" + LEAD,
         "The Hidden Heroines of Chaos", "Quanta Magazine"),
        ("Quanta Magazine\n" + LEAD + "Cells That Taste Danger\nBy Joshua Sokol\n", "Quanta Magazine", None),  # below the text: a teaser
        # a platform hosting an agency's copy ("| Hosted", AP's pages for member papers): the agency the byline credits
        ("Sondland faces questions | Hosted\nBy Lisa Mascaro\nAssociated Press\n" + LEAD + "©2019 The Associated Press. All rights reserved.\n",
         "Sondland faces questions", "The Associated Press"),
        ("Sondland faces questions | Hosted\n" + LEAD + "©2019 The Associated Press. All rights reserved.\n", "Sondland faces questions", "Hosted"),
        ("Sondland faces questions | Aktuálně.cz\n" + LEAD + "© Economia, a.s., 2019\n", "Sondland faces questions", "Aktuálně.cz"),  # the publisher's
        ("Sondland faces questions | Seattle Times\nAssociated Press\n" + LEAD + "© 2019 The Associated Press\n",
         "Sondland faces questions", "Seattle Times"),
    ],
)  # fmt: skip
def test_title_and_site(text: str, title: str, site: str | None) -> None:
    meta = read_metadata(text)
    assert (meta.title, meta.source) == (title, site)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Headline of the report\n" + LEAD + "© 2024 The Daily Gazette\n", "The Daily Gazette"),
        ("Headline of the report\n" + LEAD + "Copyright 2015 Salon.com, LLC. Reproduction of material is prohibited.\n", "Salon.com"),
        ("Headline of the report\n" + LEAD + "(c) Copyright 2016 Acme Media Inc. All Rights Reserved\n", "Acme Media"),
        ("Headline of the report\n" + LEAD + "© ScienceAlert Pty Ltd. All rights reserved.\n", "ScienceAlert"),  # an Australian company
        ("Headline of the report\n" + LEAD + "Read more at The Verge\n", "The Verge"),
        # a notice that names nobody: the holder named before it (a marketing blog's footer)
        ("Headline of the report\n" + LEAD + "© Zurek Design LLC — Read our terms.\n© All rights reserved | Terms\n", "Zurek Design"),
        ("Headline of the report\nNorthshore Public Radio | By Sam Idowu\n" + LEAD, "Northshore Public Radio"),  # a byline block
        ("Headline of the report\nStaff Writer | By Sam Idowu\n" + LEAD, None),  # no masthead word: a job, not an outlet
        ("Headline of the report\n" + LEAD + "msn.com\nFeedback to www.msn.com\n", "msn.com"),  # a domain named twice
        ("Headline of the report\n" + LEAD + "See https://nodejs.org for more.\n", None),  # once is a link elsewhere
        ("Headline of the report\n" + LEAD + "The songs' copyright expired in 1990.\n", None),
        # where nothing better names it: a photo credit's employer, the newsroom's self-description, a staff bio
        ("Headline of the report\nPhoto Credits: Dev Anand / Quayside Courier\n" + LEAD, "Quayside Courier"),
        ("Headline of the report\n(Photo: Lena Varga/The Harbor Gazette)\n" + LEAD, "The Harbor Gazette"),
        ("Headline of the report\nPhoto: Evgenia Novozhenina / Reuters\n" + LEAD, None),  # an agency's picture names no page
        ("Headline of the report\n" + LEAD + "The Civic Lantern is a nonprofit newsroom. Your donation keeps it free.\n", "The Civic Lantern"),
        ("Headline of the report\n" + LEAD + "Priya Castellanos is The Civic Lantern’s investigations editor.\n", "The Civic Lantern"),
        # the outlet after the role: a bio sentence, or the line under an "About the author" name (the web pile)
        ("Headline of the report\n" + LEAD + "Jeff Foust (jeff@thespacereview.com) is the editor and publisher of The Space Review.\n", "The Space Review"),
        ("Headline of the report\n" + LEAD + "About the author\nEd Cara\nScience writer at Gizmodo and pug aficionado elsewhere\n", "Gizmodo"),
        ("Headline of the report\n" + LEAD + "Terms Of Use\nCopyright 2019. Washington Examiner. All Rights Reserved.\n", "Washington Examiner"),
        ("Headline of the report\n" + LEAD + "The mayor is a former reporter.\n", None),
        # last, a button to the site that the page's menu lists as a line (readability's Kinja pages)
        ("Headline of the report\nFollow Lifehacker Followed\nGizmodo\nLifehacker\n" + LEAD, "Lifehacker"),
        ("Headline of the report\nKotaku\n" + LEAD + "More from Kotaku\n", "Kotaku"),
        ("Headline of the report\n" + LEAD + "More from Jane Doe\n", None),  # a name the page lists nowhere alone
        ("Headline of the report\nUs\n" + LEAD + "Follow Us\n", None),
        # a company that holds the copyright owns the outlet: the page's own name first, if it gives one (the web pile)
        ("Headline of the report\n" + LEAD + "nbcnews.com\nFeedback to www.nbcnews.com\n© 2019 NBCUniversal Media, LLC\n", "nbcnews.com"),
        ("Headline of the report\n" + LEAD + "© 2019 NYP Holdings, Inc. All Rights Reserved\n", "NYP Holdings"),
        # ... and the title it publishes that the page writes twice: the company's first word and a masthead word,
        # the masthead word after "The", the words of its acronym (the web pile: NBC News, the New York Post; the
        # readability pages: the Telegraph)
        ("Headline of the report\n" + LEAD + "Follow NBC News\nPhil Helsel is a reporter for NBC News.\n© 2019 NBC UNIVERSAL\n", "NBC News"),
        ("Headline of the report\nNew York Post\n" + LEAD + "New York Post\n© 2019 NYP Holdings, Inc. All Rights Reserved\n", "New York Post"),
        ("Headline of the report\nWork at The Telegraph\n" + LEAD + "Turn off your ad blocker for The Telegraph website.\n"
         "© Telegraph Media Group Limited 2017\n", "The Telegraph"),
        ("Headline of the report\n" + LEAD + "The New York Post said so.\n© 2019 NYP Holdings, Inc. All Rights Reserved\n", "NYP Holdings"),  # once
        ("Headline of the report\n" + LEAD + "The Channel Company hosts the event.\n© 2019 The Channel Company, LLC.\n",
         "The Channel Company"),  # its own name is no title it publishes
        # ... or its name without its company words, where the page writes that alone (the web pile: Slate, Forbes)
        ("Headline of the report\nSlate\n" + LEAD + "Slate Plus members get more.\nSign up for Slate.\n"
         "All contents © 2019 The Slate Group LLC. All rights reserved.\n", "Slate"),
        ("Headline of the report\nForbes\n" + LEAD + "Forbes 400\nFollow Forbes.\n©2019 Forbes Media LLC. All Rights Reserved.\n", "Forbes"),
        ("Headline of the report\n" + LEAD + "Channel Programs\nChannel Chiefs\nCopyright The Channel Company, All rights reserved\n",
         "The Channel Company"),  # a section's first word is no title
        # a "Source:" line that names no one leaves the page's name (Al Jazeera)
        ("US service members killed in Afghanistan helicopter crash | Afghanistan News | Al Jazeera\n" + LEAD + "Source: News agencies\n",
         "Al Jazeera"),
        # a "Source:" line that cites a statement and its date names no publisher (a Polygraph.info fact-check)
        ("Headline of the report\n" + LEAD + "Source: Russian Defense Ministry, October 25, 2019\n"
         "© 2019 POLYGRAPH.info All Rights Reserved.\n", "POLYGRAPH.info"),
    ],
)
def test_outlet_from_the_page(text: str, source: str | None) -> None:
    assert read_metadata(text).source == source


@pytest.mark.parametrize(
    ("text", "published", "method"),
    [
        ("Title\nPublished March 3, 2025\n" + LEAD, "2025-03-03", "published-line"),
        # wire datelines, with a year or with the weekday of the lead to pick it
        ("Title\nWASHINGTON, March 3, 2025 (Reuters) - " + LEAD, "2025-03-03", "dateline"),
        ("Title\nMADRID, February 17 (Xinhua) -- The federation said on Wednesday that a test in 1998 was positive.\n", "1999-02-17", "dateline"),
        ("Title\nMADRID, February 17 (Xinhua) -- The federation said that a test in 1998 was positive.\n", None, None),  # no weekday: no year
        # dated bylines and stamps; an update part of the line is not the publication
        ("Title\nby Lucas Nolan 22 Dec 2016 651\n" + LEAD, "2016-12-22", "dated-line"),
        ("Title\nApril 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm\n" + LEAD, "2019-04-28", "dated-line"),
        ("Title\nPosted 3/4/2025\n" + LEAD, "2025-03-04", "dated-line"),  # month first, as US sites print it
        ("Title\nJournal numérique 30 avril 2015\n" + LEAD, "2015-04-30", "dated-line"),
        ("Tite diz que errou ao levar taça a Lula em 2012 - 21/12/2018 - Esporte - Folha\n" + LEAD, "2018-12-21", "dated-line"),
        ("Title\n" + MENU + "Sarah Gooding March 9, 2017 13\n" + LEAD, "2017-03-09", "dated-line"),  # menus hold no end marker
        # a menu above the repeated headline may hold an end marker ("More From NBC"): the article starts below it
        ("Title\nIE 11 is not supported. For an optimal experience visit our site on another browser.\nMore From NBC\n"
         "Title\nDec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC\n" + LEAD, "2024-12-06", "dated-line"),
        # ... or a teaser's: a portal's panel shows the headline with its comment count, the article comes below (Yahoo)
        ("Title\nScience\nAssociated Press\n11 Comments. Click to view comments\nTitle\n"
         "An unmanned Russian cargo spaceship heading to the International Space Station broke up in the atmosphere "
         "over Siberia on Thursday due to an unspecified malfunction, the Russian space agency said.\n"
         "200 Comments. Click to view comments\nHelp\nTitle\nNATALIYA VASILYEVA\nAssociated Press December 2, 2016\n"
         "11 Comments\n" + LEAD,
         "2016-12-02", "dated-line"),
        # an infobox's dated fact and a reference are no stamps (Wikipedia's Mozilla page): the latest date mentioned instead
        ("Title\nFounded February 28, 2016; 1 year ago (2016-02-28)\n^ \"Mac vendors ponder Netscape gambit.\". Macworld. 1 May 1998.\n"
         "The foundation, which had grown for years, moved its offices to a new building downtown on May 3, 2016.\n",
         "2016-05-03", "latest-mentioned"),
        # only an update date: the publication is no later
        ("Title\nLast updated on February 29, 2024 at 6:10 pm\n" + LEAD, "2024-02-29", "last-updated-line"),
        # else the latest date mentioned, leaving out a scheduled one far past the others
        ("Title\nThe contract was signed on June 3, 2019. The gates were inspected on Jan. 12, 2024, officials said, "
         "and a review is due on March 1, 2026.\n", "2024-01-12", "latest-mentioned"),
        ("Title\n" + LEAD, None, None),
    ],
)  # fmt: skip
def test_publication_day_inferred(text: str, published: str | None, method: str | None) -> None:
    meta = read_metadata(text)
    assert (meta.published, meta.published_inferred) == (published, method)


def test_hard_wrapped_text_is_read_as_paragraphs_with_a_warning() -> None:
    (doc,) = read_text(WIRE, Origin("wire.txt", "wire", "wire"))
    assert (doc.title, doc.text, doc.warnings) == (
        "Army retreats on wetlands protection, report says",
        WIRE_JOINED,
        ["text: hard-wrapped at 65 columns; lines joined into paragraphs"],
    )
