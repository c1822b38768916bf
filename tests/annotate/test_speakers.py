"""Speakers: the source phrase cut from the parse, and the name it resolves to, one row per case."""

from __future__ import annotations

import pytest

from newsweave.annotate import nlp
from newsweave.annotate.attribution import extract_attributions, find_attributions
from newsweave.annotate.quotes import extract_quotes
from newsweave.annotate.speakers import SpeakerResolver, noun_phrase


def phrase_of(text: str, word: str) -> str:
    sdoc = next(nlp.parse([text]))
    head = next(t for t in sdoc if t.text == word)
    start, end = noun_phrase(head)
    return text[start:end]


def resolved(text: str, source: str, occurrence: int = 0) -> tuple[str | None, bool]:
    """The name the `occurrence`-th `source` in `text` resolves to, and whether it is anonymous."""
    sdoc = next(nlp.parse([text]))
    resolver = SpeakerResolver(sdoc)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(source, start + 1)
    speaker = resolver.resolve((start, start + len(source)))
    return speaker.name, speaker.anonymous


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("Dmitry Peskov, who speaks for the Kremlin, said nothing.", "Peskov", "Dmitry Peskov"),
        ("Alder & Finch wrote the report.", "Finch", "Alder & Finch"),  # a name is never cut
        ("A spokesperson for the ministry said the talks were over.", "spokesperson", "A spokesperson for the ministry"),
        ("Many home-schoolers said they would not return.", "schoolers", "Many home-schoolers"),  # a hyphen inside a word
        ("Some parents - and teachers - said so.", "parents", "Some parents"),
        ("As both NBC News and Bloomberg have reported, the accounts are public.", "News", "NBC News"),  # the web pile
        ("The vice-president said the rate was rising.", "president", "The vice-president"),  # parsed apart (DUC 2006 D0625G)
        ("The vice-president said the rate was rising.", "vice", "The vice-president"),
        # a page's leftover button labels above the sentence (BBC embedded tweets): no part of its subject
        ("They criticised the deal.\nReport\nReport\nBig Machine have twice denied doing anything wrong.", "Machine", "Big Machine"),
    ],
)
def test_noun_phrase(text: str, head: str, expected: str) -> None:
    assert phrase_of(text, head) == expected


@pytest.mark.parametrize(
    ("text", "source", "occurrence", "expected"),
    [
        ("Anna Berg opened the meeting. Berg said the vote would go ahead.", "Berg", 1, ("Anna Berg", False)),
        ("Officials said the storm had passed.", "Officials", 0, ("Officials", True)),
        (
            "Kestrel Marine Works repaired the gates. The company said it had received no warning.",
            "The company", 0, ("Kestrel Marine Works", False),
        ),
        (  # a copy of a document speaks for its author, named in the next sentence
            "The gates were flagged, according to a copy of the inspection report obtained by The Harbor Gazette. "
            "The report, prepared by the engineering firm Alder & Finch, urged repairs.",
            "a copy of the inspection report obtained by The Harbor Gazette", 0, ("the engineering firm Alder & Finch", False),
        ),
        (  # a named person keeps their name over an organisation in apposition
            "Dean Baker, Center for Economic and Policy Research, disagreed.",
            "Dean Baker, Center for Economic and Policy Research", 0, ("Dean Baker", False),
        ),
        (  # a description's words name its organisation over one named nearer (the web pile, Fox News)
            "Dick Clark Productions denied that it had settled. “At no time did Dick Clark Productions agree to a statement "
            "regarding Taylor Swift’s performance at the 2019 American Music Awards,” the production company said.",
            "the production company", 0, ("Dick Clark Productions", False),
        ),
        (  # ... by its head noun only: the station is no space agency (the web pile, AP)
            "The craft was heading to the International Space Station. NASA said the craft stopped transmitting data. "
            "The space agency would not describe the malfunction, saying its experts were looking into it.",
            "The space agency", 0, ("NASA", False),
        ),
        ("They said the plan would fail.", "They", 0, (None, False)),
        (  # the place of a dateline, tagged an organisation, is no "group" (DUC 2006 dev, D0609I)
            "JERUSALEM, August 13 (Xinhua) -- Disputing the government's defense of its settlements, the Israeli peace "
            "group Peace Now revealed in a survey Thursday that many housing units are vacant.",
            "the Israeli peace group", 0, ("the Israeli peace group", False),
        ),
        (  # nor is the "State" of a title of office
            "The visit came as U.S. Secretary of State Madeleine Albright was wrapping up her attempt. "
            "“He is trying his best to sabotage the peace process,” the group said.",
            "the group", 0, ("the group", False),
        ),
        (  # a person's surname the tagger took for an organisation is no "group" (DUC 2006 dev, D0609I)
            "Kestrel chief Dana Whitcombe spoke first. Whitcombe, a critic of the plan, said the vote sends a message. "
            "“They are trying to sabotage the deal,” the group said.",
            "the group", 0, ("Kestrel", False),
        ),
        (  # who responds to a report or comments on it is no author of it (DUC 2006 dev, D0624 and D0617)
            "The police force is racist, according to a British government report released Wednesday. "
            "The government of Prime Minister Tony Blair responded to the 800-page report by announcing new laws.",
            "a British government report", 0, ("a British government report", True),
        ),
        (
            "The Egyptian minister, who was commenting on a report in the magazine, said the theory was speculative. "
            "The magazine's report said that radar interference had caused the crash.",
            "The magazine's report", 0, ("The magazine's report", True),
        ),
        (  # a definite title stands for the person named with it before (DUC 2006 dev, D0625G)
            "NAIROBI, November 9 (Xinhua) -- Kenyan Vice-President George Saitoti has said that 14 out of 100 Kenyans are "
            "infected. The vice-president said there is also a rise in mother-child transmission.",
            "The vice-president", 0, ("George Saitoti", False),
        ),
        (
            "Liu Pengyu, a spokesman for the Chinese Embassy in Washington, said he had never heard of it. "
            "The spokesman said the embassy would not comment further.",
            "The spokesman", 0, ("Liu Pengyu", False),
        ),
        (  # research or a study speaks for whoever did it (DUC 2006 dev, D0625G)
            "Research by the National AIDS Control Council indicates that more than 1.9 million adults are infected.",
            "Research by the National AIDS Control Council", 0, ("the National AIDS Control Council", False),
        ),
        ("A study by Harvard researchers found that the drug cut deaths by half.", "A study by Harvard researchers", 0,
         ("Harvard researchers", True)),  # researchers not named: anonymous
        (  # a title no one named before holds stays as written
            "Mayor Elena Ruiz ordered the evacuation. The governor said the state would help.",
            "The governor", 0, ("The governor", False),
        ),
        (  # "who" hangs on the city in the parse: it stands for the shopkeeper
            "“Prices have doubled,” said a shopkeeper in Tehran, who declined to give his name.",
            "who", 0, ("a shopkeeper in Tehran", False),
        ),
    ],
)
def test_resolution(text: str, source: str, occurrence: int, expected: tuple) -> None:
    assert resolved(text, source, occurrence) == expected


def speakers_and_channels(text: str) -> list[tuple[str | None, str | None]]:
    """Each quote's speaker, and the outlet (`via`) of the attribution of the same words."""
    sdoc = next(nlp.parse([text]))
    via = {f.reported.content: f.via for f in find_attributions(sdoc)}
    return [(q.speaker, via.get((q.start, q.end))) for q in extract_quotes("d", sdoc)]


# Real-news-style sentences (wire and newspaper reporting on wars, diplomacy and politics),
# written for this table: a place is never the speaker when a person is named with it, and an
# outlet that relays someone's words is the channel (`via`), not the speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places named beside the speaker
        ("“The front line is holding,” said John Smith, an analyst in Kyiv.", [("John Smith", None)]),
        ("“We expect more strikes in the coming weeks,” said Olena Kovalenko, a military analyst based in Kyiv.", [("Olena Kovalenko", None)]),
        ("The shelling has intensified since Friday, said Maria Lopez, a resident of Kharkiv.", [("Maria Lopez", None)]),
        ("“The ceasefire will not hold,” Ahmed Hassan, a political analyst in Cairo, told reporters.", [("Ahmed Hassan", None)]),
        ("“This is a turning point,” Kyiv-based analyst Mykola Bielieskov said.", [("Mykola Bielieskov", None)]),
        ("“There will be consequences,” said Moscow’s ambassador to Washington, Anatoly Antonov.", [("Anatoly Antonov", None)]),
        ("Speaking in Brussels, NATO Secretary General Mark Rutte said the alliance would respond.", [("Mark Rutte", None)]),
        ("“Prices have doubled,” said a shopkeeper in Tehran who would not give his name.", [("a shopkeeper in Tehran", None)]),
        (  # a refusal to give a name is no one's statement (issue 12); its "who" is resolved below
            "“Prices have doubled,” said a shopkeeper in Tehran, who declined to give his name.",
            [("a shopkeeper in Tehran", None)],
        ),
        (  # datelines the parser reads as the subject, the person in apposition
            "ODESA, March 3 (Reuters) — Regional governor Oleh Kiper said the port had been hit overnight.",
            [("Oleh Kiper", None)],
        ),
        ("Geneva (AFP) – UN rights chief Volker Türk on Tuesday warned that civilians were paying the price.", [("Volker Türk", None)]),
        (  # a cue joined to a clause about a country is the person's who governs it
            "Mr. Erdogan backtracked on his promise that Turkey would cut rates, and blamed the central bank.",
            [("Erdogan", None)],
        ),
        ("Kyiv said the request had been made in writing.", [("Kyiv", None)]),  # a place alone speaks
        # outlets that relay someone's words
        ("A government spokesman told Reuters that no such request had been made.", [("A government spokesman", "Reuters")]),
        ("“We have not received any request,” a foreign ministry spokesman told AFP.", [("a foreign ministry spokesman", "AFP")]),
        ("According to AFP, the spokesman said the talks would resume on Monday.", [("the spokesman", "AFP")]),
        ("The spokesman said, according to Reuters, that the talks would resume.", [("The spokesman", "Reuters")]),
        ("According to the state news agency TASS, Peskov said the report was untrue.", [("Peskov", "TASS")]),
        (
            "“There was no request,” government spokesman Ali Bahadori Jahromi said, according to the IRNA news agency.",
            [("Ali Bahadori Jahromi", "the IRNA news agency")],
        ),
        ("Reuters quoted a senior official as saying the plan had been shelved.", [("a senior official", "Reuters")]),
        ("Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow would respond.", [("Sergei Ryabkov", "Interfax")]),
        ("Reuters reported that the defence minister said the shipment had arrived.", [("the defence minister", "Reuters")]),
        ("The Kremlin said Moscow had received no such request, TASS reported.", [("The Kremlin", "TASS")]),
        ("Speaking to the BBC, Foreign Minister Andrii Sybiha said the aid had been requested.", [("Andrii Sybiha", "the BBC")]),
        (
            "“The report is disinformation,” Maria Zakharova, the foreign ministry spokeswoman, told the state news agency RIA Novosti.",
            [("Maria Zakharova", "RIA Novosti")],
        ),
        ("“No decision has been made,” White House spokesman John Kirby told CNN in an interview.", [("John Kirby", "CNN")]),
        ("The ministry's spokesman told Al Jazeera the report was false.", [("The ministry's spokesman", "Al Jazeera")]),
        ("“We will respond at a time of our choosing,” an Iranian military official told the semi-official Tasnim news agency.",
         [("an Iranian military official", "the semi-official Tasnim news agency")]),
        (  # the cue's clause runs past "according to" in the parse: still the ministry's words, via the outlet
            "The strike killed at least 12 people, the health ministry in Gaza said, according to Al Jazeera.",
            [("the health ministry in Gaza", "Al Jazeera")],
        ),
        ("“The bridge is gone,” a police officer in Kherson told Reuters by phone.", [("a police officer in Kherson", "Reuters")]),
        ("Two people familiar with the matter told The Wall Street Journal that the talks had collapsed.",
         [("Two people familiar with the matter", "The Wall Street Journal")]),
        ("“There is no such plan,” the official told the Financial Times, speaking on condition of anonymity.",
         [("the official", "the Financial Times")]),
        ("In an interview with The Associated Press, Sudan’s army chief Abdel Fattah al-Burhan said he would not negotiate.",
         [("Abdel Fattah al-Burhan", "The Associated Press")]),
        ("“We are not at war with Russia,” German Chancellor Olaf Scholz told ZDF television.", [("Olaf Scholz", "ZDF television")]),
        ("“Nobody in Washington wants this,” a senior State Department official told CNN.", [("a senior State Department official", "CNN")]),
        ("The Guardian quoted the minister as saying that Britain would not send troops.", [("the minister", "The Guardian")]),
        ("The minister was quoted by the Guardian as saying that Britain would not send troops.", [("The minister", "the Guardian")]),
        ("Reuters reported that the talks had stalled.", [("Reuters", "Reuters")]),  # an outlet alone speaks for itself
        ("The White House said on Tuesday that it had not received the letter.", [("The White House", None)]),
        # places beside a speaker who talks to no outlet
        ("“We have no information about that,” Chinese foreign ministry spokesperson Mao Ning told a regular briefing in Beijing.",
         [("Mao Ning", None)]),
        ("Israeli Prime Minister Benjamin Netanyahu said in Jerusalem that the operation would continue.", [("Benjamin Netanyahu", None)]),
        ("“It is an act of war,” said Yulia Svyrydenko, speaking from Kyiv on Monday.", [("Yulia Svyrydenko", None)]),
        ("A spokeswoman for the European Commission in Brussels said the proposal would be published next week.",
         [("A spokeswoman for the European Commission in Brussels", None)]),
        (  # "according to" an outlet in the next paragraph does not reach back into the quote
            "“If we win big, we will march in with momentum,” Sanders said at a rally. “And if we march in with momentum, we will "
            "march out with the nomination.”\n\nEntering the final contests, Clinton leads Sanders by 271 delegates according to "
            "a count by The Associated Press.",
            [("Sanders", None), ("Sanders", None)],
        ),
        # "he said" after a quote is the paragraph's speaker, not a person named in what that speaker said
        # (DUC 2006 dev, D0624 and D0609)
        ("Peter Herbert, the chairman of the Society of Black Lawyers, said that Sir William had managed to grasp the nettle. "
         "“Our expectations were low, but if they had been higher, this is the sort of thing we should have expected,” he said.",
         [("Peter Herbert", None), ("Peter Herbert", None)]),
        # an outlet that quoted someone is the channel: the "he" after it is the one quoted (DUC 2006 dev, D0616)
        ("About 30 people have been detained in Chechnya on the suspicion of involving in the terrorist act in Argun, Itar-Tass "
         "quoted Russian prosecutor in Chechnya Vladimir Kravchenko as saying Tuesday. "
         "\"Sufficient evidence has been collected against some of the suspects,\" he said.",
         [("Vladimir Kravchenko", None)]),
        # a surname the tagger took for a place where it stands alone is still the person's (the web pile, AP: the "he"
        # went to Joe Biden, named in the sentence before)
        ("Ambassador Gordon Sondland testified on Wednesday. Sondland, a wealthy hotelier, is more directly entangled than any "
         "witness yet in the efforts to get Ukraine to investigate political rival Joe Biden and Democrats in the 2016 election. "
         "Yet Sondland has already amended his testimony once — “I now do recall,” he said.",
         [("Gordon Sondland", None)]),
        # ... but not a surname inside the quotation the "he" said, nor one that is no clause's subject
        ("President Donald Trump left for Asia. Eswar Prasad, a trade professor at Cornell, said the president’s temperament "
         "had complicated the task. “By hyping up expectations, Trump makes the prospects for any sort of trade deal more "
         "uncertain,” he said.",
         [("Eswar Prasad", None), ("Eswar Prasad", None)]),
        ("Virginia Giuffre has said she met Prince Andrew in 2001. Andrew said he couldn’t have been with Giuffre, because she "
         "described him as sweating. “I didn’t sweat at the time,” he said.",
         [("Virginia Giuffre", None), ("Prince Andrew", None), ("Prince Andrew", None), ("Prince Andrew", None)]),
        # the subject before a "he" in its own sentence, not the name of an office after it; a surname past a "Jr."
        # (the web pile, The Hill: the threat went to Ilhan Omar)
        ("Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening to murder a United States official. "
         "Carlineo was arrested in April for a March 21 phone call he reportedly made to Omar’s office, in which he said "
         "he’d put a “bullet in her f---ing skull.”",
         [("Patrick W. Carlineo Jr.", None)]),
        # a person named inside the quotation a "she" says is spoken of (the web pile, The Hill: the lawyer's words went to her client)
        ("Sonya A. Zoghlin, Carlineo’s attorney, told The Hill that her client did not intend to cause harm. "
         "“Pat Carlineo is passionate about his political beliefs and his right to express them,” she said in an email.",
         [("Sonya A. Zoghlin", "The Hill"), ("Sonya A. Zoghlin", None)]),
        ("Benny Kashriel, mayor of Maaleh Adumim, said he would not meet the army's request. "
         "“In Tel Aviv and Jerusalem there were also attacks but does that mean we should fence in the city centers,” he said.",
         [("Benny Kashriel", None), ("Benny Kashriel", None)]),
    ],
)
def test_places_and_outlets_beside_the_speaker(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert speakers_and_channels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" and "they": the one institution or document that spoke or is the subject just before (DUC 2006 dev)
        (
            "Since the late 1700s, the agency said, over half the nation's wetlands have been lost to development. "
            "Seven states, it said, have lost more than 80 percent of their original wetlands.",
            ["the agency", "the agency"],
        ),
        (
            "The order also warns that vote buying is illegal. “Malpractice by a few officials acting willfully must be corrected resolutely,” it said.",
            ["The order", "The order"],
        ),
        (
            "The board voted unanimously to recommend that recorders holding two hours of video be required in all new planes. "
            "It said the planes should have enough cameras in each cockpit to see all the cockpit screens.",
            ["The board", "The board"],
        ),
        (
            "Police also said the explosions may have been gang-related, but the motive was not yet known. They said they were searching for two men, both aged 30.",
            ["Police", "Police"],
        ),
        # ... or a name its verb takes as many, as British reports do (BBC News)
        (
            "Big Machine have twice denied doing anything wrong.\n\"At no point did we say Taylor could not perform on the AMAs or block "
            "her Netflix special,\" they said in a statement on their website last Friday.",
            ["Big Machine", "Big Machine"],
        ),
        # "they" for the one group of people that spoke just before
        (
            "However, the present security situation is still \"rather serious,\" legislators said.\nThey said criminal rates are rising.",
            ["legislators", "legislators"],
        ),
        (
            "Gay Republicans hope Farris is wrong and that Bush is simply doing what he must to win the GOP primaries. "
            "They say he may be more receptive to gays once he's the nominee.",
            ["Gay Republicans", "Gay Republicans"],
        ),
        (
            "His group has yet to make an endorsement or give any money to any of the presidential candidates, but it plans to do so closer to next year's convention.",
            ["His group"],
        ),
        # ... though the parser joined a subhead to the sentence before (BBC News: "What did the prosecutors say?")
        (
            "Separately, the US is seeking Assange's extradition from the UK over his alleged role in the release of classified material.\n"
            "What did the prosecutors say?\nDeputy Director of Public Prosecution Eva-Marie Persson took the decision to \"discontinue the "
            "investigation regarding Julian Assange\", the Swedish Prosecution Authority said.\n\"The reason for this decision is that the "
            "evidence has weakened considerably due to the long period of time that has elapsed since the events in question,\" it added.",
            ["the Swedish Prosecution Authority", "the Swedish Prosecution Authority"],
        ),
        # two institutions before it, or none: "it" stays unresolved
        (
            "The panel did not rule out the possibility that a school board could require some type of disclaimer stating that evolution was not the only accepted explanation. "
            "But it said the Tangipahoa Parish disclaimer is not sufficiently neutral.",
            ["a school board", "it"],
        ),
        # "he" and "she" skip an organisation's short name the tagger took for a person
        (
            "Or, as Dr. Barrie Cassileth, chief of integrative medicine at Memorial Sloan-Kettering Cancer Center in Manhattan, said: "
            "“The research is just coming into its maturity.”\nNow, said Cassileth, of Memorial Sloan-Kettering, “Everybody can play doctor "
            "and buy anything they want over the counter and treat themselves.” Good research became even more necessary, she said.",
            ["Barrie Cassileth", "Barrie Cassileth", "Barrie Cassileth"],
        ),
        # "the newspaper" is not the wire credited in the dateline, nor is the dateline part of a source
        (
            "HONG KONG (AP) _ Reports said Hong Kong officials had asked mainland counterparts to spare the lives of residents convicted in China. "
            "The newspaper identified its source only as a senior Hong Kong security official. It also reported the source would not disclose China's response.",
            ["Reports", "Hong Kong officials", "The newspaper"],
        ),
    ],
)
def test_pronouns_for_institutions(text: str, expected: list[str]) -> None:
    assert [a.authority for a in extract_attributions("d", next(nlp.parse([text])))] == expected
