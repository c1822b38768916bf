"""Short news reports of real events, written for the clustering and store tests: (title, text) pairs.

Earthquakes, trials and a story that drifts (the Izmit earthquake, then the trial of the builders whose
concrete failed), each report in its own words.
"""

TURKEY = ("Earthquake kills hundreds in western Turkey",
          "A powerful earthquake struck western Turkey near Izmit on Tuesday, killing hundreds of people. "
          "Rescue teams from Germany and Israel searched the rubble of collapsed apartment blocks in Izmit "
          "and Golcuk. Prime Minister Bulent Ecevit said the Turkish army would help the rescue effort.")
TURKEY_REWRITE = ("Hundreds dead as quake hits Izmit",
                  "Hundreds of people were killed when a powerful earthquake hit Izmit in western Turkey. "
                  "Rescue teams searched the rubble of apartment blocks in Golcuk, and Prime Minister Bulent "
                  "Ecevit promised the army's help.")
TURKEY_FOLLOW_UP = ("Turkey quake toll passes 10,000",
                    "The death toll from last week's earthquake in Izmit and Golcuk rose past 10,000 as rescue "
                    "teams gave up hope of finding survivors in the rubble. Prime Minister Bulent Ecevit faced "
                    "anger over building codes in western Turkey.")
TAIWAN = ("Earthquake kills hundreds in central Taiwan",
          "A powerful earthquake struck central Taiwan near Nantou on Tuesday, killing hundreds of people. "
          "Soldiers searched collapsed buildings in Taichung and Puli. President Lee Teng-hui visited Nantou "
          "county and ordered the military to help the relief effort in Chi Chi.")
TRIAL_A = ("Pinochet extradition hearing opens in London",
           "Lawyers for General Augusto Pinochet told a London court that the former Chilean dictator could not "
           "be extradited to Spain. Judge Ronald Bartle heard Spanish magistrate Baltasar Garzon's charges of "
           "torture at Bow Street Magistrates Court.")
TRIAL_B = ("Trial of Oklahoma bombing suspect opens in Denver",
           "Prosecutors told a Denver federal court that Timothy McVeigh planted the truck bomb that destroyed the "
           "Alfred P. Murrah Federal Building in Oklahoma City. Judge Richard Matsch warned the jury about press "
           "coverage of the trial of McVeigh.")
FRENCH = ("Séisme meurtrier en Turquie",
          "Un puissant séisme a frappé l'ouest de la Turquie près d'Izmit mardi, faisant des centaines de morts. "
          "Les secouristes allemands et israéliens fouillent les décombres des immeubles effondrés à Golcuk.")
GERMAN = ("Schweres Erdbeben in der Türkei",
          "Ein schweres Erdbeben hat am Dienstag den Westen der Türkei bei Izmit erschüttert und Hunderte Menschen "
          "getötet. Rettungsmannschaften aus Deutschland suchen in den Trümmern von Golcuk nach Überlebenden.")

# The builders' trial after the Izmit earthquake: the bridge report still speaks of the quake, the trial
# reports no longer do (a story that drifts: its latest members leave its core behind).
BRIDGE = ("Izmit quake builders face charges",
          "Prosecutors in Izmit charged building contractors after the earthquake in western Turkey. The contractors "
          "used cheap concrete and ignored building codes, the prosecutors told an Istanbul court.")
BUILDERS_TRIAL = [
    ("Istanbul court hears contractors' case",
     "An Istanbul court heard prosecutors accuse building contractors of using cheap concrete and ignoring "
     "building codes. Defence lawyers for the contractors asked the judge to dismiss the charges."),
    ("Contractors deny charges in Istanbul court",
     "Building contractors denied the charges before the Istanbul court, and their defence lawyers said the "
     "concrete met the building codes. The judge adjourned the hearing of the contractors until May."),
    ("Judge convicts contractors over cheap concrete",
     "The Istanbul judge convicted four building contractors of using cheap concrete, rejecting their "
     "defence lawyers' plea. Prosecutors had asked for long sentences for the contractors."),
]

# Two French reports of unrelated events, and two Spanish ones: they share only their languages' function words.
FRENCH_BILL = ("Le projet de loi sur le renseignement adopté par les députés",
               "Les députés ont adopté mardi le projet de loi sur le renseignement, qui donne aux services de "
               "nouveaux moyens de surveillance. Les opposants dénoncent une surveillance de masse et ont saisi le "
               "Conseil constitutionnel, qui doit se prononcer dans un délai d'un mois.")
FRENCH_NEPAL = ("Un troisième Français mort dans le séisme au Népal",
                "Le ministère des Affaires étrangères a annoncé la mort d'un troisième Français dans le séisme qui a "
                "frappé le Népal samedi. Des centaines de ressortissants sont toujours sans nouvelles, et les secours "
                "fouillent les villages de montagne qui sont coupés du monde.")
SPANISH_TWITTER = ("Twitter Lite llega a México y Venezuela",
                   "Twitter lanzó este martes en México, Venezuela y otros nueve países su versión Lite, una "
                   "aplicación que ocupa menos espacio en los teléfonos y que funciona con conexiones lentas, según "
                   "informó la empresa. Es para los usuarios que tienen planes de datos limitados.")
SPANISH_MAPUCHE = ("Una salida no violenta para el conflicto mapuche",
                   "El gobierno chileno presentó un plan para el conflicto con las comunidades mapuches del sur, "
                   "que reclaman tierras que fueron de sus antepasados. Según los dirigentes, es la primera vez que "
                   "el Estado les ofrece un diálogo y no solo más policías en la región.")
FRENCH_QUAKE_REWRITE = ("Des centaines de morts dans un séisme près d'Izmit",
                        "Des centaines de personnes ont été tuées par le séisme qui a frappé Izmit, dans l'ouest de la "
                        "Turquie. Les secouristes fouillent les décombres à Golcuk.")

# Two English reports of unrelated events in one country (the web pile's plague case and trade talks, in
# other words): they share the country's and its capital's names, nothing of what happened.
CHINA_PLAGUE = ("Hunter catches bubonic plague after eating wild rabbit",
                "A hunter from Inner Mongolia has been diagnosed with bubonic plague after he skinned and ate a wild "
                "rabbit, health officials in China said on Sunday. The man is being treated in an isolation ward, "
                "and 28 people who had close contact with him were placed under medical observation, though none "
                "has shown a fever. Two other patients, a married couple, were diagnosed with pneumonic plague in "
                "Beijing earlier this month. Doctors said the disease, spread by fleas on rodents, is rare and can be "
                "cured with antibiotics when it is caught early.")
CHINA_TRADE = ("Tariff demands may widen US-China trade deal",
               "Negotiators want Washington to roll back tariffs on consumer goods before they sign the first phase "
               "of a trade agreement, officials in China said. The demand could delay a deal that President Trump "
               "has promised farmers, who were told purchases of soybeans and pork would rise. Beijing also wants "
               "the duties on smartphones and laptops due in December dropped. Analysts said markets had already "
               "priced in a signing, and that a delay would hit exporters and shipping firms.")
# Two chatty English pages about unrelated things (a hiking kit, a Linux video), that share only the words
# of talk: "didn't", "don't", "know", "really", "like", "still".
HIKING_KIT = ("Simple hiking survival kit for a day with kids",
              "I didn't really know what to pack the first time, and I still don't like carrying much, but a "
              "whistle, a foil blanket, a headlamp, plasters and two water bottles fit in one small bag. The kids "
              "carry their own snacks and a map of the trail, and we really do know where the shelters are.")
LINUX_VIDEO = ("Playing video on Linux without tearing",
               "I didn't know the compositor was the problem, and I still don't really like the fix, but turning "
               "on vsync in the driver settings stopped the tearing in the video player. If the player still "
               "stutters, like mine did, try hardware decoding with the VA-API backend.")
