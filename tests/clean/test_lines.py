"""The line cleaner: each kind of page junk removed with its reason, article lines kept."""

from __future__ import annotations

import pytest

from newsweave.clean.lines import clean_lines, embedded_posts, labelled_teaser

TITLE = "Flood barriers fail as the Harbor river breaks its banks"

PARAGRAPHS = [
    "The flood barriers along the Harbor river gave way on Sunday night, sending water into "
    "the lower town for the first time in forty years, officials said on Monday.",
    "Mayor Ellen Dorsey said the city had tested the barriers in the spring and found no fault, "
    "and that engineers would inspect every section before the next high tide.",
    "Residents of the riverside streets were moved to the school gymnasium, where volunteers "
    "handed out blankets and hot food until the early hours of the morning.",
    "The regional water authority said the river had risen faster than its models predicted "
    "after three days of heavy rain in the hills above the town.",
    "Insurers expect claims from several hundred households and businesses, although the full "
    "cost of the damage will not be known until the water has receded.",
]


def page(middle: list[str] | None = None, head: list[str] | None = None, tail: list[str] | None = None) -> str:
    """A page: head lines, the title, the article with `middle` after its second paragraph, tail lines."""
    body = PARAGRAPHS[:2] + (middle or []) + PARAGRAPHS[2:]
    return "\n".join((head or []) + [TITLE] + body + (tail or []))


def reason_of(text: str, line: str, title: str = TITLE) -> str:
    result = clean_lines(text, title=title)
    reasons = {r.text: r.reason for r in result.removed}
    if line in result.text.split("\n"):
        return "KEPT"
    return reasons[line]


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("- Advertisement -", "cue:advertisement"),
        ("ADVERTISEMENT", "cue:advertisement"),
        ("Read more: Storm season starts early this year", "cue:read-more"),
        ("READ MORE: Town council approves new sea wall", "cue:read-more"),
        ("What do you think?", "cue:comment-prompt"),
        ("Upvote", "cue:vote"),
        ("Downvote", "cue:vote"),
        ("Upvote Downvote", "cue:vote"),
        ("50 Points", "cue:vote"),
        ("Written by Sam Porter", "cue:byline"),
        ("By Sam Porter, Staff Writer", "cue:byline"),
        ("Facebook Comments", "cue:comment-prompt"),
        ("Back to top button", "cue:navigation"),
        ("We noticed you're using an ad blocker. Please support us by disabling it.", "cue:ad-block"),
        ("Photo Credits: Harbor Daily / J. Reyes", "cue:photo-credit"),
        ("Last updated on March 3, 2025 at 09:14", "cue:dateline"),
        ("Published 2 March 2025", "cue:dateline"),
        ("Please enter your comment!", "cue:comment-prompt"),
        ("Please enter your name here", "cue:comment-prompt"),
        ("Share this:", "cue:share"),
        ("Facebook Twitter WhatsApp Email", "cue:share"),
        ("Sign up for our newsletter to get the latest news in your inbox", "cue:newsletter"),
        ("Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
         "cue:newsletter"),  # NBC News, between two paragraphs
        ("This website uses cookies to improve your experience. Accept", "cue:cookies"),
        ("Subscribe", "cue:account"),
        ("Sign in", "cue:account"),
        ("Copyright © 2025 Harbor Daily. All rights reserved.", "cue:legal"),
        ("Tags: flood, Harbor, weather", "cue:tags"),
        ("Like this:", "cue:like"),
        ("Loading...", "cue:like"),
        ("Click to share on Twitter (Opens in new window)", "cue:share"),
        ("Follow us on Twitter", "cue:follow"),
        ("Support local journalism. Become a Northshore Public Radio member today.", "cue:membership"),
        ("Donate now", "cue:membership"),
        ("1 / 12", "cue:photo-credit"),
        # a syndicate's notes to editors, as the New York Times News Service ends its wire copy (DUC 2006)
        ("(Distributed by New York Times Special Features)", "cue:syndication"),
        ("(This article is excerpted from New Scientist, a weekly science and technology magazine based in London.)",
         "cue:syndication"),
        ("-0- (To publish this article, it must be purchased _ the rate is not prohibitive _ from New York Times "
         "Syndicate sales representative CONNIE WHITE in Kansas City at 1-800-444-0267 or 816-822-8448; fax: "
         "816-822-1444.) (She also has information on how to subscribe to the New America News Service.)",
         "cue:syndication"),
        ("(Stephanie Levin-Gervasi is a San Francisco-based free-lance writer.) (To publish this article, it must "
         "be purchased _ the rate is not prohibitive _ from New York Times Syndicate.)", "cue:syndication"),
        ("To purchase this material contact New York Times Syndicate Sales Executive DEBORAH WEYDERT at "
         "1-732-390-4480.)", "cue:syndication"),
        ("EDITOR: Visit The New York Times Syndicate Web site at http://www.nytimes.com/syndicate for more "
         "information on the OPED package and other features.", "cue:syndication"),
        ("NONSUBSCRIBERS: To publish a “separate-buy” feature article, it must be purchased. Please contact one "
         "of these sales representatives:", "cue:syndication"),
        ("--Europe and Asia: KARL HORWITZ in Paris at 47-42-17-11; fax, 47-42-80-44 or 47-42-18-81; telex, 282-942.",
         "cue:syndication"),
        # the photo package the Times sends with its copy: the advisory, and each photo's caption (DUC 2006, D0611)
        ("ATTENTION EDITORS: The following photos are part of tonight's New York Times Photo Package, moving "
         "Wednesday, 10/20/99.", "cue:syndication"),
        ("(NYT32) STAMFORD, Conn. -- Oct. 20, 1999 -- SINGLES-HOUSING-3, 10-20 -- Lois Slocum, left, with Michelle "
         "Arvan, Nancy Ligi, and Jessica Slocum, runs a family-style Handyman Hardware. (Rebecca Cooney/New York Times "
         "Photo)", "cue:syndication"),
        # the web pile (../shared/eval/extraction/scrapinghub): a wire photo's caption, the BBC's, a credit line
        ("Former Massachusetts Gov. Deval Patrick, left, speaks with a business owner during a campaign stop, "
         "Tuesday, Nov. 19, 2019, in Columbia, S.C.", "cue:caption"),
        ("Media caption Julian Assange being dragged from the Ecuadorean embassy in London", "cue:photo-credit"),
        ("This March 28, 2017, file photo, provided by the New York State Sex Offender Registry shows Jeffrey Epstein.",
         "cue:caption"),
        ("SpaceX said its Starship lunar lander will be able to transport 100 metric tons to the surface of the moon. "
         "Credit: SpaceX", "cue:photo-credit"),
        # ... a caption with its credit and no full stop (the Sun, the Telegraph), a credit opening with a figure,
        # the Times's credit with initials, and alone on its line
        ("The latest case of bubonic plague was reported after a hunter killed and ate a rabbit Credit: Getty - "
         "Contributor", "cue:photo-credit"),
        ("A man walks past an armoured personnel carrier parked on a Harare street on Thursday Credit: STR/AFP",
         "cue:photo-credit"),
        ("Hibernation may one day become an important enabler of deep space travel. Credit: 20th Century Fox",
         "cue:photo-credit"),
        ("In 1978, a water main break caused severe flooding in Bushwick, Brooklyn. Credit Fred R. Conrad/The New York "
         "Times", "cue:photo-credit"),
        ("Credit Dustin Chambers for The New York Times", "cue:photo-credit"),
        ("Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this "
         "article.", "cue:disclosure"),
        ("FTC: We use income earning auto affiliate links. More.", "cue:disclosure"),
        ("Fox News’ Jessica Napoli contributed to this report.", "cue:byline"),
        ("Keith Bradsher contributed reporting from Hong Kong.", "cue:byline"),
        ("March 3, 2025", "shape:date"),
        ("1,204", "shape:counter"),
    ],
)
def test_junk_inside_the_article_is_removed_with_its_reason(junk: str, reason: str) -> None:
    assert reason_of(page(middle=[junk]), junk) == reason


@pytest.mark.parametrize(
    "line",
    [
        "What happens next",  # a subhead
        "“We will rebuild,” she said.",  # a short quote
        "Nobody was hurt.",  # a one-sentence paragraph
        "The advertisement for volunteers ran in the paper for a week before the storm.",
        "Read more about the plan in our report on the town's defences, published last year.",
        "By Monday morning the water had started to fall.",
        "Share prices of the two largest insurers fell sharply on Monday.",
        "Published reports had warned about the barriers since 2019.",
        "The campaign urged residents to become a member of the coalition before the vote.",
        "Advocates who support local journalism say the paper's closure left the town uninformed.",
        "The editor refused to publish this article until the ministry answered, she said.",
        "Distributed by volunteers, the leaflets reached 3,000 homes before the vote.",
        "The clinic sent the results by fax to the ministry, which did not reply for a week.",
        "The hearing is set for Tuesday, Nov. 19, 2019, at the county courthouse, the clerk said on Monday.",
        "Two engineers who contributed to the report on the barrier said it was rushed.",
        "This San Francisco dating service doesn't allow photos of its members on their profiles.",
        "The bank's shares fell 4 percent on the news. Credit Suisse declined to comment on the report.",
        "Credit Cards",  # a subhead
        "The regulator said the firm may earn a commission on each loan it sells, which it had not told buyers.",
        "Shares of the lender fell after analysts at Credit Suisse cut their rating: the stock lost 4 percent.",
        "The report's section on Consumer Credit: borrowing rose for a fifth month, the central bank said.",
        "The news was delivered to you by a courier who came every morning, the embassy said.",
        "Newspapers were delivered every morning to the troops stationed at the base, he said.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert reason_of(page(middle=[line]), line) == "KEPT"


# The Sun's teasers for other stories inside an article (the web pile's plague report): a shouted kicker over
# a headline with no full stop, three times in a row, a stray word between two pairs.
TEASERS = ["RANDY ANDY", "Andrew parties in unearthed pics despite claiming 'he avoids PDAs & can't sweat'",
           "TIME TRAVELLER", "Conspiracy theorists say they've spotted Greta Thunberg in 120-year-old pic",
           "Warning", "‘NAÏVE AND TRUSTING’", "Grace Millane ‘gave man on BDSM site list of kinky sex fetishes’"]
# An article's subheads over paragraphs, and two kickers over one-line paragraphs: the article's own.
SUBHEADS = ["SCORES QUARANTINED", "The first two patients are still in quarantine, with 46 of their contacts.",
            "HOW IT SPREADS", "Plague is carried by fleas on small mammals"]


@pytest.mark.parametrize(("middle", "reason"), [
    (TEASERS, "teaser"),
    (SUBHEADS, "KEPT"),
])
def test_a_run_of_teasers_inside_the_article_goes(middle: list[str], reason: str) -> None:
    text = page(middle=middle)
    assert [reason_of(text, line) for line in middle] == [reason] * len(middle)


# A widget inside the article (CBS News in the web pile): its heading, then headlines of other stories, one
# ending in "!", before the article resumes.
WIDGET = ["Trending News", 'Video shows dramatic rescue of kidnapped girl: "We got her!"',
          "Man arrested after 7 trafficking victims found in car: Police", "Jeffrey Epstein jail guards charged with falsifying records"]
# ... and the article's own lines after such a heading: a line that leads into the next, a subhead; a numbered
# item of its own list after one teaser (vox.com's best films of the year).
LEAD_IN = ["More in Trump Impeachment Inquiry", "Here are some of the highlights:", "Day 3, Part 10: Tim Morrison's opening statement"]
NUMBERED = ["Related", "2017's best documentaries found new ways to engage reality in a post-truth world", "19) Ingrid Goes West"]


@pytest.mark.parametrize(("middle", "teasers"), [
    (WIDGET, [False, True, True, True]),
    (LEAD_IN, [False, False, False]),
    (NUMBERED, [False, False, False]),
])
def test_a_widget_list_inside_the_article_goes(middle: list[str], teasers: list[bool]) -> None:
    text = page(middle=middle)
    assert [reason_of(text, line) == "teaser" for line in middle] == teasers


WRAPPED = ["The barriers were", "tested in the spring,", "and again last week by", "the engineers of the water authority."]


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        # a paragraph broken by <br> into short lines: each line is article prose
        ("\n".join(["Menu", "Home", TITLE, *WRAPPED, "Subscribe"]), "tested in the spring,", "KEPT"),
        ("\n".join(["Menu", "Home", TITLE, *WRAPPED, "Subscribe"]), "The barriers were", "KEPT"),
        # short lines that do not run on in lower case stay menus
        ("\n".join(["Home", "News", "Sport", TITLE, *PARAGRAPHS]), "Sport", "shape:menu"),
        ("\n".join(["Home", "world news", "sport", TITLE, *PARAGRAPHS]), "world news", "shape:menu"),
    ],
)  # fmt: skip
def test_wrapped_paragraphs(text: str, line: str, expected: str) -> None:
    assert reason_of(text, line) == expected


@pytest.mark.parametrize(
    ("tail", "line", "reason"),
    [
        (["Related articles", "Storm season starts early", "Council votes on sea wall"],
         "Council votes on sea wall", "tail:after-related"),
        (["You may also like", "Ten gardens to visit this spring"],
         "Ten gardens to visit this spring", "tail:after-also-like"),
        (["Leave a Reply", "Great reporting, thank you for covering this so quickly."],
         "Great reporting, thank you for covering this so quickly.", "tail:after-comments"),
        (["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
         "Your email address will not be published. Required fields are marked *", "cue:comment-prompt"),
        (["Related posts", "The mayor promised new defences after the last storm and asked for funds..."],
         "The mayor promised new defences after the last storm and asked for funds...", "tail:after-related"),
        (["Home", "News", "Weather"], "Weather", "shape:menu"),
        (["Sam Porter is a reporter at the Harbor Daily covering the environment. He lives in Eastport."],
         "Sam Porter is a reporter at the Harbor Daily covering the environment. He lives in Eastport.", "bio"),
    ],
)
def test_tail_after_the_article_is_removed(tail: list[str], line: str, reason: str) -> None:
    assert reason_of(page(tail=tail), line) == reason


@pytest.mark.parametrize(
    ("head", "line", "reason"),
    [
        (["Home", "World", "Politics", "Sport"], "Politics", "shape:menu"),
        (["Home > World > Europe"], "Home > World > Europe", "shape:breadcrumb"),
        (["Skip to content"], "Skip to content", "cue:navigation"),
    ],
)
def test_page_head_is_removed(head: list[str], line: str, reason: str) -> None:
    assert reason_of(page(head=head), line) == reason


def test_title_is_kept_out_of_the_body() -> None:
    result = clean_lines(page(), title=TITLE)
    assert TITLE not in result.text
    assert [r.reason for r in result.removed if r.text == TITLE] == ["title"]


def test_breadcrumb_glued_to_the_title_is_split_off_and_recorded() -> None:
    result = clean_lines("HomeWorld" + TITLE + "\n" + "\n".join(PARAGRAPHS), title=TITLE)
    reasons = {(r.text, r.reason, r.line) for r in result.removed}
    assert ("HomeWorld", "shape:breadcrumb-glued", 0) in reasons
    assert (TITLE, "title", 0) in reasons
    assert result.text == "\n".join(PARAGRAPHS)


def test_removed_lines_keep_their_original_index() -> None:
    text = "\n".join(["Menu", ""] + PARAGRAPHS[:2] + ["- Advertisement -"] + PARAGRAPHS[2:])
    result = clean_lines(text)
    assert {(r.text, r.line) for r in result.removed} == {("Menu", 0), ("- Advertisement -", 4)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("\n\n  \n", ""),
        ("\n".join(PARAGRAPHS), "\n".join(PARAGRAPHS)),
    ],
)
def test_degenerate_and_clean_inputs(text: str, expected: str) -> None:
    assert clean_lines(text).text == expected


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("- Advertisement -", False),
        ("Share this:", False),
        ("What happens next", True),
        ("1,204", True),  # shape rules do not run on extracted text
    ],
)
def test_extracted_mode_removes_only_cue_junk(line: str, kept: bool) -> None:
    text = "\n".join(PARAGRAPHS[:2] + [line] + PARAGRAPHS[2:])
    assert (line in clean_lines(text, extracted=True).text.split("\n")) is kept


@pytest.mark.parametrize(("text", "expected"), [
    # the web pile (nj.com): the post is the lines above its signature that read as a post's
    ("Noem saw the Twitter reaction and ... doubled down on the slogan.\nHey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks #MethWeAreOnIt\n⬇️⬇️⬇️ https://t.co/hopPjqa95w\n— Governor Kristi Noem (@govkristinoem) November 18, 2019\nStill, this isn’t the first time a slogan has gone awry in South Dakota.",
     [("Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks "
       "#MethWeAreOnIt\n⬇️⬇️⬇️ https://t.co/hopPjqa95w", "Governor Kristi Noem")]),
    # a prose line naming a handle is the report's, not the post's
    ("The session was shared on the Twitter handle of the Senate, @NGRSenate, on Tuesday afternoon.\n"
     "Observe a minute silence in honour of the departed souls.\n— The Nigerian Senate (@NGRSenate) October 9, 2018",
     [("Observe a minute silence in honour of the departed souls.", "The Nigerian Senate")]),
    # a dash and a name without a handle and a date sign no post
    ("It was a good day.\n— Kristi Noem, governor", []),
])
def test_embedded_posts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[p.start:p.end], text[slice(*p.name)]) for p in embedded_posts(text)] == expected


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        # another story's headline and standfirst, a link, a list (the web pile: USA Today, Medical News Today, IndieWire)
        ("Epstein's inner circle eyed: Jeffrey Epstein is dead. Prosecutors could still go after his inner circle if they helped him", True),
        ("Pancreatic cancer: Modified flu virus destroys tumors Scientists destroyed pancreatic cancer cells using a modified virus", True),
        ("Honorable mentions: Marjorie Prime, Phantom Thread, Casting JonBenet, The Post, The Shape of Water", True),
        ("Main article: History of New Zealand", True),
        # a label before a sentence that ends, a parenthesis in the opening, no label at all
        ("Update: The guards pleaded not guilty in federal court on Tuesday afternoon.", False),
        ("Firefox OS (project name: Boot to Gecko) is an open source operating system developed by Mozilla [12]", False),
        ("The guards pleaded not guilty in federal court on Tuesday afternoon", False),
        ("“We will rebuild,” she said: “Every gate will be replaced”", False),
    ],
)
def test_labelled_teaser(line: str, teaser: bool) -> None:
    assert labelled_teaser(line) is teaser
