"""Quotes: each construction as a (text, expected quotes) row, and hostile text that must not raise."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp
from newsweave.annotate.quotes import extract_quotes, quote_spans


def quotes_of(text: str) -> list[tuple[str, str, str | None, bool, str | None]]:
    sdoc = next(nlp.parse([text]))
    return [(q.text, q.kind, q.speaker, q.anonymous, q.cue) for q in extract_quotes("d", sdoc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # curly marks, pronoun resolved to the person named before, split quote keeps the speaker
            "Vladimir Putin spoke on Monday. “We will not retreat,” he said. “Never.”",
            [("“We will not retreat,”", "direct", "Vladimir Putin", False, "said"), ("“Never.”", "direct", "Vladimir Putin", False, "said")],
        ),
        (  # straight marks, inverted cue, quote split around the speaker
            '"The talks failed," said John Smith, the envoy, "and we are leaving tomorrow."',
            [('"The talks failed,"', "direct", "John Smith", False, "said"), ('"and we are leaving tomorrow."', "direct", "John Smith", False, "said")],
        ),
        ("Jake Sullivan said that the talks had failed.", [("that the talks had failed", "indirect", "Jake Sullivan", False, "said")]),
        ("Maria Lopez told reporters that the bridge would reopen soon.", [("that the bridge would reopen soon", "indirect", "Maria Lopez", False, "told")]),
        (
            "Zhao Lijian has told Al Jazeera Beijing was not interested in a new war.",
            [("Beijing was not interested in a new war", "indirect", "Zhao Lijian", False, "told")],
        ),
        ("The bridge will reopen next week, the official said.", [("The bridge will reopen next week", "indirect", "the official", True, "said")]),
        ("A spokesperson said the company would appeal.", [("the company would appeal", "indirect", "A spokesperson", True, "said")]),
        ("Officials said the storm had passed.", [("the storm had passed", "indirect", "Officials", True, "said")]),
        (  # bare surname joins the full name given earlier
            "Anna Berg opened the meeting. Berg said the vote would go ahead.",
            [("the vote would go ahead", "indirect", "Anna Berg", False, "said")],
        ),
        (
            "Smith called the plan “a reckless gamble that will cost lives.”",
            [("the plan “a reckless gamble that will cost lives.”", "partial", "Smith", False, "called")],
        ),
        ("The mayor denied that the city had lost money.", [("that the city had lost money", "indirect", "The mayor", False, "denied")]),
        (  # no cue beside it and nobody before it: kept, speaker unknown; the next sentence is not its cue
            "“This cannot go on much longer, not like this.” The banner hung over the gate for a week.",
            [("“This cannot go on much longer, not like this.”", "direct", None, False, None)],
        ),
        (  # the quote's own clause, its subject after it: what is written is the banner's
            "“This cannot go on much longer, not like this,” the banner read in red letters.",
            [("“This cannot go on much longer, not like this,”", "direct", "the banner", False, "read")],
        ),
        ("The weather was mild and the market was quiet.", []),
        (  # a "that" clause the parser hangs on "statement" is still the verb's content
            "Kestrel Marine Works said in a brief statement that it was “cooperating fully” with the city.",
            [("that it was “cooperating fully” with the city", "partial", "Kestrel Marine Works", False, "said")],
        ),
        (  # "the statement" stands for whoever issued it
            "In a statement on Monday night, Kestrel Marine Works denied the claim. “Every gate passed its certification test,” the statement said.",
            [("the claim", "indirect", "Kestrel Marine Works", False, "denied"), ("“Every gate passed its certification test,”", "direct", "Kestrel Marine Works", False, "said")],
        ),
        (  # the person in apposition speaks, not the organisation in the possessive
            "Kestrel’s chief executive, Daniel Okafor, said the company had never received a warning.",
            [("the company had never received a warning", "indirect", "Daniel Okafor", False, "said")],
        ),
        (  # "He" after a speaker's statement is that speaker
            "Marcus Bell, an engineer, said the design was sound. He cautioned that only a full inspection could say for certain.",
            [("the design was sound", "indirect", "Marcus Bell", False, "said"), ("that only a full inspection could say for certain", "indirect", "Marcus Bell", False, "cautioned")],
        ),
        (  # a quote introduced by a colon takes the clause before it as cue
            "Trump leaned in and boomed: “Let’s defeat her in November, all of us together.”",
            [("“Let’s defeat her in November, all of us together.”", "direct", "Trump", False, "boomed")],
        ),
        (  # an interrupted clause is reported whole
            "The outer gates closed normally, he said, but the opening in the middle was wide.",
            [("The outer gates closed normally, he said, but the opening in the middle was wide", "indirect", None, False, "said")],
        ),
        (  # a report's author, and quoted words under an evidence cue are a quote
            "The report, prepared by Alder & Finch, found the seals corroded “well beyond the manufacturer’s tolerance.”",
            [("the seals corroded “well beyond the manufacturer’s tolerance.”", "partial", "Alder & Finch", False, "found")],
        ),
        (  # a headline "Name: words" reports the words on the name's authority; page labels do not
            "John McCain: Republican Populist Anger Appeals to Bad Angels Of Our Nature\nTags: Port Halden, flooding",
            [("Republican Populist Anger Appeals to Bad Angels Of Our Nature", "indirect", "John McCain", False, ":")],
        ),
        (  # a quote in the paragraph after a speaker's quote (blank line between) is still theirs
            "“We will rebuild the bridge,” Mayor Anna Berg told reporters.\n\n“The town deserves nothing less than a full repair.”",
            [
                ("“We will rebuild the bridge,”", "direct", "Anna Berg", False, "told"),
                ("“The town deserves nothing less than a full repair.”", "direct", "Anna Berg", False, None),
            ],
        ),
        (  # a split quote in two-apostrophe marks is one speaker's
            "Mary Jones spoke first. ''I loved it,'' she said. ''I was so happy they noticed us.''",
            [
                ("''I loved it,''", "direct", "Mary Jones", False, "said"),
                ("''I was so happy they noticed us.''", "direct", "Mary Jones", False, "said"),
            ],
        ),
        (  # the quote before "X said" is what X said, not a quoted title after the verb
            "“Being a dad, that’s my job,” Anthony Weiner said in May on the podcast “Here’s the Thing.”",
            [("“Being a dad, that’s my job,”", "direct", "Anthony Weiner", False, "said")],
        ),
        (  # a quote after a sentence end is not what the verb before it reports ("support")
            "“That is the big question,” Clark said, noting he would support any of the other candidates. “We have developed a pretty deep bench here.”",
            [
                ("“That is the big question,”", "direct", "Clark", False, "said"),
                ("he would support any of the other candidates", "indirect", "Clark", False, "noting"),
                ("“We have developed a pretty deep bench here.”", "direct", "Clark", False, None),
            ],
        ),
        (  # a title is not what the verb at the start of the next quote reports ("lies")
            "''It's nonsense,'' Donald Trump said by telephone on NBC's ''Meet the Press.'' ''She lies like crazy about everything, and everybody knows that.''",
            [
                ("''It's nonsense,''", "direct", "Donald Trump", False, "said"),
                ("''She lies like crazy about everything, and everybody knows that.''", "direct", "Donald Trump", False, None),
            ],
        ),
        (  # a cue reports nothing of the paragraph before its own, though the parser hangs it there
            "Mark Longabaugh said the campaign would be represented. But he questioned how Wasserman Schultz had chosen her appointees.\n\n"
            "''Not only are they supporting Clinton, they have been extremely critical of Bernie Sanders,'' Mr. Longabaugh said. ''That does not seem like the right way to go.''",
            [
                ("the campaign would be represented", "indirect", "Mark Longabaugh", False, "said"),
                ("how Wasserman Schultz had chosen her appointees", "indirect", "Mark Longabaugh", False, "questioned"),
                ("''Not only are they supporting Clinton, they have been extremely critical of Bernie Sanders,''", "direct", "Mark Longabaugh", False, "said"),
                ("''That does not seem like the right way to go.''", "direct", "Mark Longabaugh", False, "said"),
            ],
        ),
        (  # the next paragraph's quote is not the object of the verb before it, though the parser hangs its mark there
            'Seacord complained of the imbalance he sees in this country.\n\n"These marches are held by people who have thrown off all concern," he said.',
            [('"These marches are held by people who have thrown off all concern,"', "direct", "Seacord", False, "said")],
        ),
        (  # nor what a verb ending the paragraph before reports
            "Why does Mr. Trump remain so popular? Mr. Sanders was asked.\n\n''What somebody like a Donald Trump is doing is playing on fears,'' Mr. Sanders said.",
            [("''What somebody like a Donald Trump is doing is playing on fears,''", "direct", "Sanders", False, "said")],
        ),
        (  # a speaker named after the cue that follows the quote, parsed as its object
            "“How big is that wall going to be?” asked the boy, as the audience laughed.",
            [("“How big is that wall going to be?”", "direct", "the boy", False, "asked")],
        ),
        (  # a subject after the quote is found through its determiner
            '"Hey, hey! Ho, ho! Rahm Emanuel\'s got to go!" some protesters chanted, three days after the release.',
            [('"Hey, hey! Ho, ho! Rahm Emanuel\'s got to go!"', "direct", "some protesters", False, "chanted")],
        ),
        (  # a cue sentence that reports nothing else introduces the quote after it
            "Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time to find an alternative.\"",
            [('"Mainstream Republicans are running out of time to find an alternative."', "direct", "Dianne Bystrom", False, "agreed")],
        ),
        (  # the cue after a quote reports it though the parser hangs the quoted words on the cue
            "“Trump needs to quiet the ‘Never Trump’ crowd,” said Bruce Haynes, a GOP strategist in Washington. “Ryan on the other hand needs straight tickets.”",
            [
                ("“Trump needs to quiet the ‘Never Trump’ crowd,”", "direct", "Bruce Haynes", False, "said"),
                ("“Ryan on the other hand needs straight tickets.”", "direct", "Bruce Haynes", False, "said"),
            ],
        ),
        (  # the full stop that ends a verb's own clause parts it from the next quote
            "Mark Levine spoke to the council. The problem, however, is finding the legal basis for abandoning these deals, which he estimates will not expire for years. "
            "“The city’s law department says they can’t find one,” he added.",
            [("“The city’s law department says they can’t find one,”", "direct", "Mark Levine", False, "added")],
        ),
        (  # a title's full stop after the quote is no sentence end
            "“There used to be some things that were sacred in American politics,” Sen. Graham continued.",
            [("“There used to be some things that were sacred in American politics,”", "direct", "Graham", False, "continued")],
        ),
        (  # a verb and its subject before a comma introduce the quote, not the relative clause after it
            "Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon,” who then sang a song.",
            [("“Ladies and gentlemen, Mr. Paul Simon,”", "direct", "Silverman", False, "interjected")],
        ),
        (  # the quote before "said X" is what X said, not a clause the parser finds after the verb
            "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking.",
            [("''I'm more skilled with my hands than I am with my brain,''", "direct", "Robin Maynard", False, "said")],
        ),
        (  # a cue the parser left without a subject: the subject of the words before it
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed about the rhetoric.",
            [("he and other rabbis were alarmed about the rhetoric", "indirect", "Jeffrey Salkin", False, "said")],
        ),
        (  # ... or the person named there when no subject is left
            "Speaking in Harlem, Clinton, without naming him, also accused Sanders of being a latecomer to the issue.",
            [("Sanders of being a latecomer to the issue", "indirect", "Clinton", False, "accused")],
        ),
        (  # an inverted cue right after a quote names its speaker
            "Obama spoke about the contributions of Muslims. “What sport is he talking about, and who? Is Obama profiling?” reacted Trump.",
            [("“What sport is he talking about, and who? Is Obama profiling?”", "direct", "Trump", False, "reacted")],
        ),
        (
            "“Campaigns are having trouble raising money. Super PACs have the money,” says Evan Tracey, a media consultant.",
            [("“Campaigns are having trouble raising money. Super PACs have the money,”", "direct", "Evan Tracey", False, "says")],
        ),
        (  # ... nor after a full stop inside a quote the quote ends on: the next sentence (the web pile, the New York Times)
            "“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 cabinet meeting. “And I said, ‘I want more.’ "
            "They said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors. It’s very simple.’” The cabinet "
            "members gathered around Mr. Trump laughed.",
            [("“My people had $20 billion done,”", "direct", "Trump", False, "recounted"),
             ("“And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors. "
              "It’s very simple.’”", "direct", "Trump", False, "recounted")],
        ),
        (  # ... but "be" or "have" after it, whole or contracted, is no verb of saying (the web pile)
            "Making a student newsroom digital isn’t about producing “digital manifestos”, it’s about being curious enough that you’ll want to continue experimenting.",
            [],
        ),
        (  # a signature line after the quote
            "The senator repeated the claim on Tuesday.\n\n“I helped write that bill, and I am proud of it.”\n\n- Bernie Sanders.\n\nThe claim is exaggerated.",
            [("“I helped write that bill, and I am proud of it.”", "direct", "Bernie Sanders", False, None)],
        ),
        (  # a name and a colon before it, a parenthesis between
            "The hearing grew tense.\n\nRep. Trey Gowdy (R-S.C.): “I have not heard anyone other than you ever cite that figure.”",
            [("“I have not heard anyone other than you ever cite that figure.”", "direct", "Trey Gowdy", False, ":")],
        ),
        (  # a view nested in the statement is not what the next quote runs on from
            "Senator Ann Wilcox spoke in Tampa. To believe the federal government must ensure states are educating students, "
            "“you have to take a really cynical view of the states,” he said. “If children are being left behind, we really have a problem.”",
            [
                ("To believe the federal government must ensure states are educating students, “you have to take a really cynical view of the states,”", "partial", "Ann Wilcox", False, "said"),
                ("“If children are being left behind, we really have a problem.”", "direct", "Ann Wilcox", False, "said"),
            ],
        ),
        (  # a name line closing a quote, the person and not the organisation after it
            'His views are incoherent.\n\n"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets.\n'
            'Dean Baker, Center for Economic and Policy Research."\n\nBut the broadside continued.',
            [('"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets.', "direct", "Dean Baker", False, None)],
        ),
        (  # "That being said," links the writer's sentences: no cue, no part of the quote (the web pile: Live Science)
            "Dempsey said the case was rare.\nThat being said, \"people with pillows and duvets containing feathers shouldn't panic "
            "or throw them out,\" he said.",
            [("the case was rare", "indirect", "Dempsey", False, "said"),
             ("\"people with pillows and duvets containing feathers shouldn't panic or throw them out,\"", "direct", "Dempsey", False, "said")],
        ),
        # ... and so does "All told," (Quanta Magazine: its speaker was "All")
        ("All told, it’s a neat narrative. Lorenz, “the father of chaos,” started a scientific revolution on the LGP-30.", []),
        (  # the speaker's titles before the name, which the parser hung on the quote (the web pile: Fox Business)
            "“Our third quarter results reflected broad-based growth across our business, yet sales were below our expectations,\" "
            "chairman, CEO and president Craig Menear said in the earnings release.",
            [("“Our third quarter results reflected broad-based growth across our business, yet sales were below our expectations,\"",
              "direct", "Craig Menear", False, "said")],
        ),
        (  # a participle opening the sentence is no part of the name NER ran it into (the web pile: nine of Cook's quotes
            # were "Hosting Cook"'s)
            'Hosting Cook at Dreamforce "is our dream," Benioff said.\nCook said the admiration is mutual.',
            [('Hosting Cook at Dreamforce "is our dream,"', "partial", "Benioff", False, "said"),
             ("the admiration is mutual", "indirect", "Cook", False, "said")],
        ),
        (  # the subject after a quote, its apposition before the verb
            "“We will win this state in November,” Murphy, the head of the group, said on Friday.",
            [("“We will win this state in November,”", "direct", "Murphy", False, "said")],
        ),
        ("“We will win this state in November.”\n\nTrump said that he would visit.", [("“We will win this state in November.”", "direct", None, False, None), ("that he would visit", "indirect", "Trump", False, "said")]),
        (  # a copy of a document speaks for its author, named in the next sentence; "obtained by" names no author
            "The gates had been flagged for “advanced corrosion” last month, according to a copy of the inspection report obtained by The Harbor Gazette. "
            "The report, prepared by the engineering firm Alder & Finch, urged repairs.",
            [("The gates had been flagged for “advanced corrosion” last month", "partial", "the engineering firm Alder & Finch", False, "according to")],
        ),
        (  # views are attributions, not quotes; a refusal to comment is no one's statement (issue 12)
            "Officials believe Beijing has reduced its hacking. The senator declined to comment on the deal.",
            [],
        ),
        # the writer's own prose in the first person reports nobody's words (the web pile: a paper's "we describe", a
        # blog's "I talked about"); a quote in the first person keeps its speaker
        ("In this section, we describe the high-level architecture of ATF.", []),
        ("In the first article, I talked about how online businesses are built in predictable stages.", []),
        ("“I told him that the deal was off,” Ruiz said.", [("“I told him that the deal was off,”", "direct", "Ruiz", False, "said")]),
        # the writer's proposal reports nobody's words (the web pile: the Times' DealBook, a Stack Overflow post)
        ("First, let’s say what the Yahoo sale is not.", []),
        ("Let's talk about the deep end for a moment.", []),
        # ... and a command to the reader (the web pile: a blog's thanks to its commenters; an RFC's "Note that", which
        # the parse alone already gave no quote, stays none); a subject makes it a report
        ("Thank you all for your kind reviews.", []),
        ("Thank you for publishing it.", []),
        ("Note that the use of strong ETags prohibits changing the response body.", []),
        ("The mayor noted that the use of strong barriers prohibits flooding.",
         [("that the use of strong barriers prohibits flooding", "indirect", "The mayor", False, "noted")]),
        (  # where she posted is no speaker, and a platform NER calls a person is no "she" (the web pile: BBC News)
            "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks at the AMAs.\n"
            "She claimed the label thought the performance would amount to a re-recording.\n"
            "\"I just want to be able to perform my own music,\" she said.",
            [("Big Machine of trying to stop her performing tracks at the AMAs", "indirect", "Taylor Swift", False, "accusing"),
             ("the label thought the performance would amount to a re-recording", "indirect", "Taylor Swift", False, "claimed"),
             ("\"I just want to be able to perform my own music,\"", "direct", "Taylor Swift", False, "said")],
        ),
    ],
)
def test_constructions(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and “no”.", ["“yes”", "“no”"]),
        ('She said "fine" twice.', ['"fine"']),
        (  # an opening mark with no close continues with the next paragraph's opening mark
            "“The first part of it.\n“And the second part,” she said.",
            ["“The first part of it.\n“And the second part,”"],
        ),
        ("“Unclosed to the end of its paragraph\nNext paragraph.", ["“Unclosed to the end of its paragraph"]),
        ("A stray close” here.", []),
        (  # scraped text mixes straight and curly marks: each closes the other's quote
            '"We go after every target,” he added. “If we bombed recklessly it would not help."',
            ['"We go after every target,”', '“If we bombed recklessly it would not help."'],
        ),
        (  # two apostrophes as a double mark (New York Times archives); a single one is no mark
            "''I loved it,'' she said. ''I was so happy Trump's team noticed us.''",
            ["''I loved it,''", "''I was so happy Trump's team noticed us.''"],
        ),
        (  # two backticks open, two apostrophes close (the LDC newswire of DUC 2006)
            "``Those old dogs, they're in it for themselves,'' said Ruben Bess Valdez. ``We need changes now,'' said Chuck Quinn.",
            ["``Those old dogs, they're in it for themselves,''", "``We need changes now,''"],
        ),
        # a straight mark after a figure is an inch mark where it would open (the web pile: MacRumors' comments)
        ('I think we\'ll see similar updates to what the 16" received. The bezels on the 13" are large.', []),
        ('14", 15.4", and 16" makes no sense.', []),
        ('He called the mission "Apollo 13" in his notes.', ['"Apollo 13"']),  # ... and closes where one is open
        ('The 65" TV, he said, was "too big for the room."', ['"too big for the room."']),
    ],
)
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in quote_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the DUC 2006 dev documents' ``...'' quotes keep their speakers
        (
            "``They fought it and fought it and fought it,'' Harkin said in a recent interview.",
            [("``They fought it and fought it and fought it,''", "direct", "Harkin", False, "said")],
        ),
        # a title, a slogan or a sign in quotes is no one's speech
        ("Hundreds of fans lined up for ``Star Wars: Episode I -- The Phantom Menace.''", []),
        ("The school board approved the textbook ``Of Pandas and People: The Central Question of Biological Origins'' in 1999.", []),
        ("Look to the west, and the only thing hanging in the sky is a giant neon star bearing the words ``Star Casino Resort And Golf Club.''", []),
        ("The crowd in Ohio chanted “Lock Her Up Before The Election” for minutes.", []),
        ("At the same time, the ``Star Wars'' series has made billions from toys and games.", []),
        ("The inquiry inspired a play called ``The Color of Justice'' that is playing to sellout audiences in London.", []),
        # a passive cue with only where, when or how it was said reports nothing
        ("Both topics were discussed last week at the World Gaming Congress convention.", []),
        ("The supplements became popular after being recommended in a 1997 book.", []),
        # the verb of the object before the comma introduces the quote, not the verb of the sentence (AP, in the web pile)
        ("Johnson is under fire for failing to deliver on his vow.\nAudience members laughed when he urged voters, “Look what I "
         "have said I’m going to do as a politician and look what I’ve delivered.”",
         [("“Look what I have said I’m going to do as a politician and look what I’ve delivered.”", "direct", "Johnson", False, "urged")]),
        # a quoted link is no one's words (an IETF draft in the web pile)
        ('This document registers the following URI: " http://tools.ietf.org/html/rfc7233".', []),
        ("The page links to “https://example.org/report.pdf” for the full text.", []),
        # ... nor does a participle after its noun (a Google SRE book in the web pile)
        ("This chapter builds on the four golden signals discussed in The Four Golden Signals.", []),
        ("The principles discussed in this chapter apply to every service we run.", []),
        # ... and an active cue's time or place is no part of what it reports (a Trump tweet in the web pile)
        ("Trump tweeted before Election Day: “Matt has my Complete and Total Endorsement.”",
         [("“Matt has my Complete and Total Endorsement.”", "direct", "Trump", False, "tweeted")]),
        ("The mayor announced on Tuesday a plan to rebuild the harbor.",
         [("a plan to rebuild the harbor", "indirect", "The mayor", False, "announced")]),
        ("Warren criticized the bank over its fees.", [("the bank over its fees", "indirect", "Warren", False, "criticized")]),
        # ... nor a command to the reader (the same book, and others in the web pile); a cue after a label is one
        ("Note that many systems degrade in performance before they achieve 100% utilization.", []),
        ("Add an alarm, based on a threshold.", []),
        ("Note: the senator said the plan had failed.", [("the plan had failed", "indirect", "the senator", False, "said")]),
        # a question put to someone by no one written is no one's quote; the answer is the answerer's
        ("Asked whether Russia had requested military assistance from China, Kremlin spokesman Dmitry Peskov said: “No.”", [("“No.”", "direct", "Dmitry Peskov", False, "said")]),
        ("He was asked what happened to the black vote.", []),
        # what someone was told by no one written, and an open question, are no one's statement
        ("In a statement on Monday night, Kestrel denied that it had ever been told the seals were at risk.",
         [("that it had ever been told the seals were at risk", "indirect", "Kestrel", False, "denied")]),
        ("Berg said it was still too early to say what had caused the hydraulic failure.",
         [("it was still too early to say what had caused the hydraulic failure", "indirect", "Berg", False, "said")]),
        # a reference list's cited titles are no one's speech (Wikipedia pages of the web pile); the article's quote is
        ("“It was a bad night for New Zealand,” Henry said.\n"
         "^ Easton, Brian (November 2010). \"Economic history – Government and market liberalisation\". Te Ara: The "
         "Encyclopedia of New Zealand. Retrieved 1 February 2011.\n"
         "\"Thousands turn out for Pasifika Festival\". Radio New Zealand. 25 March 2017. Retrieved 18 August 2017.",
         [("“It was a bad night for New Zealand,”", "direct", "Henry", False, "said")]),
        # a post embedded in the page is its poster's, quoted whole (the web pile, nj.com)
        ("Noem saw the Twitter reaction and ... doubled down on the slogan.\nHey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks #MethWeAreOnIt\n⬇️⬇️⬇️ https://t.co/hopPjqa95w\n— Governor Kristi Noem (@govkristinoem) November 18, 2019\nStill, this isn’t the first time a slogan has gone awry in South Dakota.",
         [("Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks "
           "#MethWeAreOnIt\n⬇️⬇️⬇️ https://t.co/hopPjqa95w", "direct", "Kristi Noem", False, "—")]),
    ],
)
def test_real_news(text: str, expected: list) -> None:
    """Sentences of real reporting: DUC 2006 dev documents, PolNeAR train, issue 12's reports."""
    assert quotes_of(text) == expected


def test_quote_across_paragraphs_is_one_quote_with_its_speaker() -> None:
    text = "Mary Jones spoke first.\n\n“We came here to build.\n\n“And we will stay,” Jones said."
    found = quotes_of(text)
    assert [(q[0], q[2]) for q in found] == [("“We came here to build.\n\n“And we will stay,”", "Mary Jones")]


@pytest.mark.parametrize(
    "text",
    [
        "“This quote never closes, and he said it anyway. " * 20,
        "”Closing first,“ then opening, \" and straight \" \" \" marks, she said.",
        " ".join(["word"] * 2500 + ["said", "the", "official"] + ["word"] * 2500) + ".",
        "Der Minister sagte am Montag, dass die Gespräche „gescheitert“ seien. Il a dit: « Non. »",
        " ".join(f"“Quote number {i} is here,” she said." for i in range(100)),
        "",
        "\"",
    ],
    ids=["unbalanced", "mixed-marks", "5000-word-sentence", "other-languages", "100-quotes", "empty", "lone-mark"],
)
def test_hostile_text_gives_a_result(text: str) -> None:
    found = quotes_of(text)
    assert isinstance(found, list)


def test_hundred_quotes_in_a_row_are_all_found() -> None:
    text = "Ann Lee spoke. " + " ".join(f"“Quote number {i} is here,” she said." for i in range(100))
    found = quotes_of(text)
    assert len(found) == 100 and {q[2] for q in found} == {"Ann Lee"}
