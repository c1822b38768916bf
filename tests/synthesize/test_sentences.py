"""Sentences: a bare quoted answer is kept as a sentence of its own, so the question before it is answered;
no sentence opens with a list bullet."""

from __future__ import annotations

import pytest

from newsweave.model import Document
from newsweave.synthesize.sentences import bare_answer, split_sentences, with_stop

# (text, its sentences)
SPLITS = [
    ('Peskov was asked whether Russia had requested aid. "No," he said.',
     ["Peskov was asked whether Russia had requested aid.", '"No," he said.']),
    ('Reporters asked the spokesman if the ministry was warned. His answer: "No." Funerals were held on Friday.',
     ["Reporters asked the spokesman if the ministry was warned.", 'His answer: "No."', "Funerals were held on Friday."]),
    ('Asked whether the company knew, Ms. Lund paused. "No. We did not," she said.',
     ["Asked whether the company knew, Ms. Lund paused.", '"No. We did not," she said.']),
    ("The flat is No. 4 on the list of homes due for repair.", ["The flat is No. 4 on the list of homes due for repair."]),
    ("The council met. It adjourned at noon on Friday.", ["It adjourned at noon on Friday."]),  # short statements still dropped
    # an abbreviation ends its sentence before a word that opens one (DUC 2006 dev, D0602, D0617, D0631)
    ("Days after her first secretin injection last year, Rebecca David slept until 7:30 a.m. It was a remarkable development for a girl.",
     ["Days after her first secretin injection last year, Rebecca David slept until 7:30 a.m.", "It was a remarkable development for a girl."]),
    ("The arboretum is open to the public on weekends and bank holidays from 9 a.m. to 4:30 p.m. The visitors' center is open the same hours daily.",
     ["The arboretum is open to the public on weekends and bank holidays from 9 a.m. to 4:30 p.m.", "The visitors' center is open the same hours daily."]),
    ("This is the first time a clear biological marker has been identified, said Walter Herlihy, president of Repligen Corp. The company is testing a hormone called secretin.",
     ["This is the first time a clear biological marker has been identified, said Walter Herlihy, president of Repligen Corp.", "The company is testing a hormone called secretin."]),
    # a stop glued to the next sentence, its space lost, ends one (the web pile, the Jerusalem Post); a name with a stop
    # inside and a domain do not
    ("The stabbing occurred during a presentation he led in Berlin, where he worked as a chief physician.Police arrested a "
     "57-year-old man suspected of the killing.",
     ["The stabbing occurred during a presentation he led in Berlin, where he worked as a chief physician.",
      "Police arrested a 57-year-old man suspected of the killing."]),
    ("The startup was bought by Mixi.Media for an undisclosed sum last year, the company said.",
     ["The startup was bought by Mixi.Media for an undisclosed sum last year, the company said."]),
    ("Customers can check their coverage at cricketwireless.Com/LGG2 before they buy a phone.",
     ["Customers can check their coverage at cricketwireless.Com/LGG2 before they buy a phone."]),
    # a parenthesis that spans sentences is no part of either; an interview's answer label is no word of the answer
    # (DUC 2006 dev); an initial is no label where no question was asked
    ("(Runoff from melting glaciers contributes to a rising global sea level. Melting sea ice does not; like an ice cube in "
     "a glass of water, its change in state does not raise the water level.)",
     ["Runoff from melting glaciers contributes to a rising global sea level.",
      "Melting sea ice does not; like an ice cube in a glass of water, its change in state does not raise the water level."]),
    ("Q. What is the basic transmission cycle?\nA. Mosquitoes become infected when they feed on infected birds.",
     ["What is the basic transmission cycle?", "Mosquitoes become infected when they feed on infected birds."]),
    ("A. Mosquitoes become infected when they feed on infected birds.",
     ["A. Mosquitoes become infected when they feed on infected birds."]),
    # ... and after a question's label a list bullet is still no word of its sentence, nor a space after a bracket
    ("Q. What should residents of the harbor district do before the storm?\n- Stock more vehicles with built-in child seats.\n( Runoff from melting glaciers raises the "
     "sea level.",
     ["What should residents of the harbor district do before the storm?", "Stock more vehicles with built-in child seats.", "Runoff from melting glaciers raises the sea level."]),
    # a possessive is no initial: "year's." ends its sentence (DUC 2006 dev)
    ("The new model is slightly lower and six inches longer than last year's. The added space goes for cargo and rear-seat passengers.",
     ["The new model is slightly lower and six inches longer than last year's.", "The added space goes for cargo and rear-seat passengers."]),
    # ... and not before a name (DUC 2006 dev)
    ("Rep. Clay Shaw of Florida, chairman of the U.S. House Ways and Means Committee, said the bill would pass.",
     ["Rep. Clay Shaw of Florida, chairman of the U.S. House Ways and Means Committee, said the bill would pass."]),
    ("In 1987 the U.S. Supreme Court struck down laws giving equal time to creationism.",
     ["In 1987 the U.S. Supreme Court struck down laws giving equal time to creationism."]),
    # a list bullet opening a paragraph is no word of its sentence (DUC 2006 dev wire copy); a minus sign is
    ("_ In his book, Charles Yesalis estimates the use of steroids at 5 percent.\n--Stock more vehicles with built-in child seats.\n"
     "-- $6 million for training teachers to serve Indian schools.\n• Cars should be designed with child safety first.\n"
     "-5 degrees was the lowest reading of the whole winter in the city.",
     ["In his book, Charles Yesalis estimates the use of steroids at 5 percent.", "Stock more vehicles with built-in child seats.",
      "$6 million for training teachers to serve Indian schools.", "Cars should be designed with child safety first.",
      "-5 degrees was the lowest reading of the whole winter in the city."]),
    # a reference marker glued after a sentence ends it and belongs to neither (Wikipedia pages, extraction sets)
    ("The bridge was completed in 2001 after four years of work.[81] The next year a fire closed it for a month.[82][c] "
     "Nobody was hurt in the fire, officials said. A bracketed [word] inside a sentence stays in it.",
     ["The bridge was completed in 2001 after four years of work.", "The next year a fire closed it for a month.",
      "Nobody was hurt in the fire, officials said.", "A bracketed [word] inside a sentence stays in it."]),
    # a page's promotion glued to a paragraph is no statement; a sentence about the thing promoted is (the web pile)
    ("The Water Coolest is the preferred bathroom stall reading material of finance professionals. Sign up for the free daily newsletter.\n"
     "Follow us on Twitter @Spacedotcom and on Facebook.\n"
     "The rise of ad blocking poses a threat to the internet and could drive users to an enclosed platform world.",
     ["The Water Coolest is the preferred bathroom stall reading material of finance professionals.",
      "The rise of ad blocking poses a threat to the internet and could drive users to an enclosed platform world."]),
    # a reference list's citations are no statements, though the timeline read their dates (Wikipedia pages of the web pile)
    ("^ Fordyce, Tom (23 October 2011). \"2011 Rugby World Cup final: New Zealand 8-7 France\". BBC Sport. Retrieved 4 December 2013.\n"
     "Archived from the original on 7 June 2011.\n"
     "Retrieved from the wreck on Monday, the recorder was sent to Paris for analysis.",
     ["Retrieved from the wreck on Monday, the recorder was sent to Paris for analysis."]),
    # a post embedded in the page is its poster's words, no statement of the report (the web pile: a brief gave
    # Noem's post to nj.com)
    ("Noem saw the Twitter reaction and ... doubled down on the slogan.\nHey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working... #thanks #MethWeAreOnIt\n⬇️⬇️⬇️ https://t.co/hopPjqa95w\n— Governor Kristi Noem (@govkristinoem) November 18, 2019\nStill, this isn’t the first time a slogan has gone awry in South Dakota.",
     ["Noem saw the Twitter reaction and ... doubled down on the slogan.",
      "Still, this isn’t the first time a slogan has gone awry in South Dakota."]),
    # another story's labelled teaser inside the article is no statement of it (the web pile: USA Today, reached a brief);
    # a label before a sentence that ends in a stop, or one that opens with a parenthesis, stays
    ("Prosecutors said the guards falsified records of cell checks.\n"
     "Epstein's inner circle eyed: Jeffrey Epstein is dead. Prosecutors could still go after his inner circle if they helped him prey on young girls\n"
     "Honorable mentions: Marjorie Prime, Phantom Thread, Casting JonBenet, The Post, The Shape of Water, Logan Lucky\n"
     "Update: The guards pleaded not guilty in federal court on Tuesday afternoon.\n"
     "Firefox OS (project name: Boot to Gecko) is an open source operating system developed by Mozilla [12]",
     ["Prosecutors said the guards falsified records of cell checks.",
      "Update: The guards pleaded not guilty in federal court on Tuesday afternoon.",
      "Firefox OS (project name: Boot to Gecko) is an open source operating system developed by Mozilla [12]"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_keeps_bare_answers(text, expected):
    doc = Document(id="a", path="a", format="text", source="a", text=text)
    assert [s.text for s in split_sentences([doc])] == expected


# (sentence, the negative answer its quote opens with, or None)
ANSWERS = [
    ('"No," he said.', "No"),
    ('His answer: "No."', "No"),
    ("“Nope,” the spokesman said.", "Nope"),
    ('"No comment," he said.', None),
    ('"No decision has been made," she said.', None),
    ("No one was hurt in the blast on Friday.", None),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_bare_answer(text, expected):
    assert bare_answer(text) == expected


# (shown text, as a sentence): one rule for claims' clauses and the brief's lines
STOPS = [
    ("Hall said more studies were needed before the cause can be found", "Hall said more studies were needed before the cause can be found."),
    ("The gates failed.", "The gates failed."),
    ("“We will appeal,” a parent said", "“We will appeal,” a parent said."),
    ("He called it “a disgrace”", "He called it “a disgrace”"),
    ("Was it a meteorite?", "Was it a meteorite?"),
    ("The list goes on…  ", "The list goes on…"),
]


@pytest.mark.parametrize(("text", "expected"), STOPS)
def test_with_stop(text, expected):
    assert with_stop(text) == expected


@pytest.mark.parametrize(("lines", "limit", "kept", "warned"), [(10, None, 10, False), (10, 10, 10, False), (10, 4, 4, True)])
def test_a_documents_sentences_past_the_limit_are_left_out_and_said(lines, limit, kept, warned):
    """An enormous page (60,000 near-alike lines took 24 GB in claims and was killed) is read up to the limit."""
    doc = Document(id="a", path="a", format="text", source="a",
                   text="\n".join(f"The council met for the {k}th time on the harbor gates." for k in range(lines)))
    assert len(split_sentences([doc], limit)) == kept
    assert doc.warnings == ([f"claims: only the first {limit} sentences read, {lines - limit} more left out"] if warned else [])

