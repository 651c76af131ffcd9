# Batch 3: commits e996cd1, bb11913, d30f6e7, fa277c7 (and any later). Gold by the annotation guide only.
E, O, C, W, T, A = "endorsement", "opposition", "candidacy", "withdrawal", "takes_office", "appointment"
N, U = "nato", "un"
c, r, t = "confirmed", "reported", "tentative"
BG, GR, BA = "Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi"
MR, KI, KK, KA, BW, MF = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins", "Ben Wallace", "Mette Frederiksen"

M30 = "m30-while-also-adverb"
M31 = "m31-nomination-kept"
M32 = "m32-ends-bid-headline"
M33 = "m33-counted-field-listed"
M34 = "m34-together-with-object"
M35 = "m35-government-of-title"
M36 = "m36-withdrawal-second-vp"
M37 = "m37-withdrawal-demonym-label"
M38 = "m38-group-relative-contrast"
M39 = "m39-focus-adverb-giver"
M40 = "m40-double-hyphen-roster"
M41 = "m41-number-10"
M42 = "m42-it-after-semicolon"
M43 = "m43-in-way-possessed"
M44 = "m44-other-post-pronoun-clause"
M45 = "m45-speculation-speaker-aside"

ITEMS = [
    # m30 (e996cd1): ', while also/still <participle>' shares the actor
    (M30, N, "2023-10-12", "Warsaw's balance", "Poland praised Kallas, while also endorsing Rutte.", [(E, MR, "Poland", c)]),
    (M30, U, "2026-04-16", "Mexico's balance", "Mexico praised Bachelet, while firmly backing Grynspan.", [(E, GR, "Mexico", c)]),
    (M30, N, "2023-09-20", "Berlin's options", "Germany kept its options open on Kallas, while quietly supporting Rutte.", [(E, MR, "Germany", c)]),
    (M30, U, "2026-05-19", "Buenos Aires' line", "Argentina criticised Grynspan, while openly endorsing Grossi.", [(E, BA, "Argentina", c)]),
    (M30, N, "2024-02-13", "Ankara's talks", "Turkey met Rutte on Tuesday, while still refusing to back him.", [(O, MR, "Turkey", c)]),
    (M30, N, "2024-02-13", "Rome joins", "Poland praised Kallas, while Italy also endorsed Rutte.", [(E, MR, "Italy", c)]),
    (M30, U, "2026-04-16", "Brasilia holds", "Mexico praised Bachelet, while Brazil still backed her.", [(E, BG, "Brazil", c)]),
    (M30, N, "2023-10-12", "A host", "Poland praised Kallas, while also hosting Rutte.", []),
    (M30, U, "2026-04-16", "Santiago's courtesy", "Chile backed Bachelet, while also praising Grossi.", [(E, BG, "Chile", c)]),
    (M30, U, "2026-05-19", "A crowd", "Argentina criticised Grynspan, while more than twenty states endorsed her.", []),

    # m31 (bb11913): a kept nomination is the state's backing still given (no candidacy)
    (M31, U, "2026-05-04", "San Jose holds firm", "Costa Rica kept its nomination of Grynspan despite pressure from Washington.", [(E, GR, "Costa Rica", c)]),
    (M31, N, "2024-03-14", "Bucharest holds firm", "Romania maintained its nomination of Iohannis after the Turkish decision.", [(E, KI, "Romania", c)]),
    (M31, U, "2026-03-19", "Santiago holds firm", "Chile retained its nomination of Bachelet after the change of government.", [(E, BG, "Chile", c)]),
    (M31, U, "2026-06-06", "Buenos Aires holds firm", "Argentina has kept its nomination of Grossi.", [(E, BA, "Argentina", c)]),
    (M31, N, "2023-12-08", "The Hague holds firm", "The Netherlands kept its nomination of Rutte after the elections.", [(E, MR, "Netherlands", c)]),
    (M31, U, "2026-03-19", "Santiago lets go", "Chile did not keep its nomination of Bachelet after the change of government.", [(E, BG, "Chile", c)]),
    (M31, U, "2026-05-04", "An embassy", "Costa Rica kept its embassy in Caracas open, Grynspan noted.", []),
    (M31, N, "2024-03-14", "A promise", "Romania kept its promise to raise defence spending, Iohannis said.", []),
    (M31, N, "2023-12-08", "Troops", "The Netherlands kept its troops in Lithuania, Rutte said.", []),
    (M31, U, "2026-06-06", "Options", "Mexico kept its options open on Grynspan.", []),

    # m32 (bb11913): a withdrawal verb before a running word gives the withdrawal alone
    (M32, U, "2026-08-07", "Grynspan ends bid for UN top job", "Grynspan ends bid for secretary-general.", [(W, GR, None, c)]),
    (M32, N, "2024-03-15", "Iohannis abandons bid", "Iohannis abandons bid for NATO's top post.", [(W, KI, None, c)]),
    (M32, U, "2026-06-20", "Bachelet drops candidacy", "Bachelet drops her candidacy for secretary-general.", [(W, BG, None, c)]),
    (M32, N, "2023-09-12", "Karins ends run", "Karins ends run for NATO chief.", [(W, KA, None, c)]),
    (M32, U, "2026-08-12", "Grossi scraps bid", "Grossi scraps bid to lead the United Nations.", [(W, BA, None, c)]),
    (M32, N, "2023-11-28", "Iohannis launches bid", "Iohannis launches bid for NATO's top post.", [(C, KI, None, c)]),
    (M32, U, "2026-03-15", "Bachelet in Africa", "Bachelet ends tour of Africa as her campaign for secretary-general gathers pace.", [(C, BG, None, c)]),
    (M32, U, "2026-02-02", "Grynspan confirms", "Grynspan ends speculation, confirms bid for secretary-general.", [(C, GR, None, c)]),
    (M32, N, "2024-02-09", "Rutte in Ankara", "Rutte ends talks in Ankara without a Turkish commitment.", []),
    (M32, U, "2026-03-01", "Grossi in Kyiv", "Grossi ends visit to Kyiv.", []),

    # m33 (bb11913): a counted field's stating sentence that names its members fills it
    (M33, U, "2026-02-28", "Two nominated", "Two candidates have been nominated: Bachelet and Grossi. Grynspan, often mentioned as a possible contender, has not declared.",
     [(C, BG, None, c), (C, BA, None, c)]),
    (M33, N, "2024-01-04", "Two in the race", "Two candidates are officially in the race: Rutte and Iohannis. Kallas, frequently cited as an outsider, has said nothing.",
     [(C, MR, None, c), (C, KI, None, c)]),
    (M33, U, "2026-03-07", "Two declared", "The two declared candidates are Grossi and Grynspan. Bachelet, long talked about as a contender, has yet to decide.",
     [(C, BA, None, c), (C, GR, None, c)]),
    (M33, N, "2023-09-25", "Three presented", "Three candidates have been presented: Rutte, Iohannis and Karins. Wallace, often named as a possible candidate, is not among them.",
     [(C, MR, None, c), (C, KI, None, c), (C, KA, None, c)]),
    (M33, N, "2024-01-09", "Two in the field", "The race has two candidates: Rutte and Iohannis. Frederiksen, floated in the press for months, has ruled herself out.",
     [(C, MR, None, c), (C, KI, None, c)]),
    (M33, U, "2026-04-02", "Three presented", "Three candidates have been presented: Grossi, Bachelet and Grynspan.",
     [(C, BA, None, c), (C, BG, None, c), (C, GR, None, c)]),
    (M33, N, "2024-01-16", "A third", "Two candidates are in the race: Rutte and Iohannis. Kallas joined them on Monday, declaring her own bid.",
     [(C, MR, None, c), (C, KI, None, c), (C, KK, None, c)]),
    (M33, U, "2026-03-07", "A third enters", "Two candidates have been nominated: Bachelet and Grossi. Grynspan has since entered the race too.",
     [(C, BG, None, c), (C, BA, None, c), (C, GR, None, c)]),
    (M33, N, "2023-05-28", "Possibles", "Possible candidates include Rutte, Kallas and Wallace.", []),
    (M33, U, "2026-01-10", "In the mix", "Three names are in the mix: Grossi, Bachelet and Grynspan.", []),

    # m34 (bb11913): 'her/him' before 'together with' / 'jointly with' / 'alongside' is the object
    (M34, U, "2026-03-02", "Thanks to Mexico", "Grynspan thanked Mexico, which had nominated her jointly with Costa Rica.",
     [(C, GR, "Mexico", c), (E, GR, "Mexico", c), (E, GR, "Costa Rica", c)]),
    (M34, U, "2026-03-02", "Thanks to Brazil", "Bachelet thanked Brazil, which had nominated her together with Chile.",
     [(C, BG, "Brazil", c), (E, BG, "Brazil", c), (E, BG, "Chile", c)]),
    (M34, N, "2023-07-20", "Thanks to Riga", "Kallas praised Latvia, which put her forward alongside Estonia.",
     [(C, KK, "Latvia", c), (E, KK, "Latvia", c), (E, KK, "Estonia", c)]),
    (M34, U, "2026-04-03", "Asuncion", "Grossi visited Paraguay, which backed him together with Argentina.",
     [(E, BA, "Paraguay", c), (E, BA, "Argentina", c)]),
    (M34, N, "2024-03-18", "Sofia", "Iohannis thanked Bulgaria, which supported him jointly with Slovakia.",
     [(E, KI, "Bulgaria", c), (E, KI, "Slovakia", c)]),
    (M34, U, "2026-03-02", "Madrid", "Grynspan travelled to Madrid together with Costa Rica's foreign minister.", []),
    (M34, N, "2023-07-20", "Riga", "Kallas met Rutte alongside Latvia's president.", []),
    (M34, U, "2026-03-02", "Gratitude", "Bachelet thanked Brazil, which had backed her, together with everyone who had helped her campaign.",
     [(E, BG, "Brazil", c)]),
    (M34, U, "2026-04-03", "Debate", "Grossi appeared together with Grynspan at a debate in New York.", []),
    (M34, N, "2024-06-28", "Thanks to Berlin", "Rutte thanked Germany, which had backed him alongside France and Britain.",
     [(E, MR, "Germany", c), (E, MR, "France", c), (E, MR, "United Kingdom", c)]),

    # m35 (bb11913): a sitting title after 'the government of' names the state's leader, never a candidate
    (M35, U, "2026-05-14", "Milei's line", "The government of President Milei will not support Bachelet's candidacy.", [(O, BG, "Argentina", c)]),
    (M35, U, "2026-04-09", "Lula's line", "The government of President Lula backs Bachelet.", [(E, BG, "Brazil", c)]),
    (M35, N, "2024-03-07", "Orban's line", "The government of Prime Minister Orban will not support Rutte.", [(O, MR, "Hungary", c)]),
    (M35, U, "2026-04-09", "Sheinbaum's line", "The government of President Sheinbaum has endorsed Grynspan.", [(E, GR, "Mexico", c)]),
    (M35, U, "2026-03-20", "Kast's line", "The government of President Kast withdrew its support for Bachelet.", [(E, BG, "Chile", c)]),
    (M35, U, "2026-05-14", "Milei's backing", "President Milei's government said Grossi has its full support.", [(E, BA, "Argentina", c)]),
    (M35, N, "2024-02-06", "Tallinn's backing", "The government of Estonia, led by Prime Minister Kallas, backs Rutte.", [(E, MR, "Estonia", c)]),
    (M35, U, "2026-02-16", "An old post", "The government of former President Bachelet had backed Grossi for the IAEA job in 2019.", []),
    (M35, U, "2026-02-16", "Boric's nomination", "Under President Boric, the government of Chile nominated Bachelet.", [(C, BG, "Chile", c), (E, BG, "Chile", c)]),
    (M35, N, "2023-11-28", "Bucharest nominates", "The government of Romania nominated President Iohannis.", [(C, KI, "Romania", c), (E, KI, "Romania", c)]),

    # m36 (d30f6e7): a withdrawal verb that is the second of two verb phrases sharing the subject
    (M36, U, "2026-08-20", "Out in August", "Grynspan campaigned across Africa for months and withdrew in August.", [(W, GR, None, c)]),
    (M36, N, "2023-07-26", "Out in July", "Wallace toured European capitals in June but pulled out in July.", [(W, BW, None, c)]),
    (M36, U, "2026-06-27", "Out after a week", "Bachelet spoke at the General Assembly, answered questions for three hours, and withdrew a week later.", [(W, BG, None, c)]),
    (M36, N, "2023-09-28", "Out in September", "Karins lobbied the Nordic allies, arguing that the Baltic states deserved the post, but withdrew in September.", [(W, KA, None, c)]),
    (M36, U, "2026-07-24", "Out on Friday", "Grossi lost two straw polls and quit the race on Friday.", [(W, BA, None, c)]),
    (M36, N, "2024-03-30", "Campaigning", "Iohannis entered the race in March and campaigned hard in the east.", [(C, KI, None, c)]),
    (M36, U, "2026-08-21", "Two moves", "Bachelet entered the race in January, and Grynspan withdrew in August.", [(C, BG, None, c), (W, GR, None, c)]),
    (M36, U, "2026-04-28", "Inspectors", "Grossi visited Moscow and withdrew his inspectors from the plant.", []),
    (M36, N, "2023-07-26", "Other subject", "Rutte toured the capitals and Wallace withdrew in July.", [(W, BW, None, c)]),
    (M36, U, "2026-03-14", "Board", "Grynspan toured Africa and withdrew from the board of a Geneva foundation.", []),

    # m37 (d30f6e7): a withdrawal noun before a name with its demonym label
    (M37, U, "2026-06-29", "Tightened", "Since the withdrawal of the Chilean Michelle Bachelet, the race has tightened.", [(W, BG, None, c)]),
    (M37, N, "2024-03-18", "Settled", "The withdrawal of the Romanian Klaus Iohannis settled the question.", [(W, KI, None, c)]),
    (M37, U, "2026-08-09", "Mexico switches", "Following the withdrawal of Costa Rican Rebeca Grynspan, Mexico switched to Bachelet.",
     [(W, GR, None, c), (E, BG, "Mexico", c)]),
    (M37, N, "2023-09-30", "No Baltic rival", "The withdrawal of Latvian Krisjanis Karins left Rutte without a rival from the Baltics.", [(W, KA, None, c)]),
    (M37, U, "2026-08-14", "Silence", "After the withdrawal of the Argentine diplomat Rafael Grossi, Buenos Aires fell silent.", [(W, BA, None, c)]),
    (M37, N, "2024-01-19", "Ambassador", "The withdrawal of the Romanian ambassador from Budapest strained ties.", []),
    (M37, U, "2026-02-21", "Contingent", "The withdrawal of the Chilean contingent from Haiti was announced in Santiago.", []),
    (M37, U, "2026-05-31", "Support withdrawn", "The withdrawal of Argentine support for Grossi surprised diplomats.", [(E, BA, "Argentina", c)]),
    (M37, N, "2023-07-24", "Backing withdrawn", "The withdrawal of British backing for Wallace came in July.", [(E, BW, "United Kingdom", c)]),
    (M37, U, "2026-04-30", "Not expected", "A withdrawal of the Costa Rican Rebeca Grynspan is not expected.", []),

    # m38 (d30f6e7): a relative clause on a group after a state is the group's; a contrast clause with its own subject is not the state's
    (M38, U, "2026-07-01", "Gratitude", "Bachelet said she was grateful to Brazil and to all who had supported her.", []),
    (M38, N, "2024-04-10", "Silence in Bratislava", "Slovakia stayed silent, while most of the alliance rallied behind Rutte.", []),
    (M38, U, "2026-05-02", "Silence in Buenos Aires", "Argentina made no comment, while dozens of states lined up behind Bachelet.", []),
    (M38, U, "2026-04-06", "Caribbean support", "Mexico praised Grynspan, while several Caribbean states endorsed her.", []),
    (M38, N, "2024-03-23", "Nordic support", "Turkey hesitated, while the Nordic countries backed Rutte.", []),
    (M38, N, "2024-03-23", "Warsaw's support", "Turkey hesitated, while Poland backed Rutte.", [(E, MR, "Poland", c)]),
    (M38, U, "2026-05-02", "Brasilia's support", "Argentina made no comment, while Brazil lined up behind Bachelet.", [(E, BG, "Brazil", c)]),
    (M38, U, "2026-07-01", "Thanks", "Bachelet thanked Brazil, which had supported her from the start.", [(E, BG, "Brazil", c)]),
    (M38, N, "2024-06-28", "Thanks", "Rutte thanked the countries that backed him, among them Germany and France.", [(E, MR, "Germany", c), (E, MR, "France", c)]),
    (M38, U, "2026-08-15", "Grateful", "Grossi was grateful to Argentina, which nominated him, and to all who supported him.",
     [(C, BA, "Argentina", c), (E, BA, "Argentina", c)]),

    # m39 (d30f6e7): a focusing adverb between a stance noun and its giver
    (M39, N, "2024-03-26", "One backer", "Iohannis drew open backing solely from Hungary.", [(E, KI, "Hungary", c)]),
    (M39, U, "2026-04-21", "One backer", "Grynspan received formal support just from Mexico.", [(E, GR, "Mexico", c)]),
    (M39, N, "2023-07-15", "One backer", "Kallas got explicit backing only from Latvia.", [(E, KK, "Latvia", c)]),
    (M39, U, "2026-05-09", "Main backers", "Bachelet secured endorsements chiefly from Brazil and Colombia.", [(E, BG, "Brazil", c), (E, BG, "Colombia", c)]),
    (M39, U, "2026-06-14", "A surprise", "Grossi has won support even from China.", [(E, BA, "China", c)]),
    (M39, N, "2024-03-26", "Not Budapest", "Iohannis won support not from Hungary but from Slovakia.", [(E, KI, "Slovakia", c)]),
    (M39, U, "2026-04-21", "None", "Grynspan won no support from Mexico.", []),
    (M39, N, "2023-07-15", "Praise", "Kallas won praise only from Latvia.", []),
    (M39, U, "2026-05-09", "Hope", "Bachelet hoped for support only from Brazil.", []),
    (M39, U, "2026-06-14", "Late", "Grossi won support from Argentina only after months of lobbying.", [(E, BA, "Argentina", c)]),

    # m40 (d30f6e7): a roster set off by double hyphens
    (M40, U, "2026-04-23", "Assembly", "All three candidates -- Grossi, Bachelet and Grynspan -- addressed the Assembly.",
     [(C, BA, None, c), (C, BG, None, c), (C, GR, None, c)]),
    (M40, N, "2024-03-20", "Ambassadors", "Both contenders -- Rutte and Iohannis -- met ambassadors on Wednesday.", [(C, MR, None, c), (C, KI, None, c)]),
    (M40, U, "2026-08-16", "Straw poll", "The two remaining candidates -- Grossi and Grynspan -- face a straw poll on Monday.", [(C, BA, None, c), (C, GR, None, c)]),
    (M40, N, "2024-01-12", "Brussels", "The three candidates -- Rutte, Iohannis and Kallas -- were invited to Brussels.",
     [(C, MR, None, c), (C, KI, None, c), (C, KK, None, c)]),
    (M40, U, "2026-04-27", "Vision statements", "Each of the three declared candidates -- Bachelet, Grynspan and Grossi -- has submitted a vision statement.",
     [(C, BG, None, c), (C, GR, None, c), (C, BA, None, c)]),
    (M40, U, "2026-01-21", "Reception", "All three potential candidates -- Grossi, Bachelet and Grynspan -- were at the reception.", []),
    (M40, N, "2023-06-19", "Riga", "Three leaders -- Rutte, Kallas and Karins -- met in Riga.", []),
    (M40, U, "2026-03-08", "Gala", "Three women -- Bachelet, Grynspan and Mottley -- were honoured at the gala.", []),
    (M40, N, "2023-06-02", "Floated", "The names being floated -- Rutte, Wallace and Kallas -- are all familiar.", []),
    (M40, U, "2026-05-01", "Two states", "Two states -- Argentina and Paraguay -- have endorsed Grossi.", [(E, BA, "Argentina", c), (E, BA, "Paraguay", c)]),

    # m41 (d30f6e7): 'Number 10' / 'No 10' for the United Kingdom
    (M41, N, "2024-02-22", "Number 10", "Number 10 has thrown its weight behind Rutte.", [(E, MR, "United Kingdom", c)]),
    (M41, N, "2023-06-28", "No 10", "No 10 signalled its support for Wallace on Monday.", [(E, BW, "United Kingdom", c)]),
    (M41, U, "2026-04-29", "Number 10 on Bachelet", "Number 10 has endorsed Bachelet for secretary-general.", [(E, BG, "United Kingdom", c)]),
    (M41, N, "2023-07-08", "No. 10 on Kallas", "No. 10 will not back Kallas, a spokesman said.", [(O, KK, "United Kingdom", c)]),
    (M41, U, "2026-05-06", "A No 10 spokesperson", "A No 10 spokesperson said the government supports Grynspan.", [(E, GR, "United Kingdom", c)]),
    (M41, N, "2024-02-22", "A visit", "Rutte visited Number 10 on Tuesday.", []),
    (M41, U, "2026-04-29", "Speakers", "Bachelet was number 10 on the list of speakers.", []),
    (M41, N, "2023-06-28", "A ranking", "Wallace was ranked No 10 among defence ministers in the survey.", []),
    (M41, U, "2026-05-06", "No comment", "Number 10 declined to comment on Grynspan.", []),
    (M41, N, "2024-02-22", "Downing Street", "Downing Street backs Rutte.", [(E, MR, "United Kingdom", c)]),

    # m42 (fa277c7): 'it' opening the clause after a semicolon is the state the clause before was about
    (M42, N, "2024-02-21", "Madrid speaks", "Spain stayed quiet for months; last week it declared support for Rutte.", [(E, MR, "Spain", c)]),
    (M42, U, "2026-04-25", "Bogota speaks", "Colombia wavered for a long time; on Friday it endorsed Bachelet.", [(E, BG, "Colombia", c)]),
    (M42, N, "2024-04-18", "Bratislava relents", "Slovakia had objected to Rutte; in April it lifted that objection.", [(O, MR, "Slovakia", c)]),
    (M42, U, "2026-03-22", "Mexico speaks", "Mexico considered its options; eventually it came out for Grynspan.", [(E, GR, "Mexico", c)]),
    (M42, U, "2026-05-24", "Buenos Aires speaks", "Argentina had been silent; now it opposes Bachelet.", [(O, BG, "Argentina", c)]),
    (M42, N, "2024-02-21", "Unclear", "Italy hesitated for weeks; it is unclear whether Rome will back Rutte.", []),
    (M42, U, "2026-04-25", "A blow", "Brazil backed Grossi; it was a blow to Bachelet.", [(E, BA, "Brazil", c)]),
    (M42, N, "2024-02-21", "Lisbon, not Madrid", "Spain stayed quiet; it was Portugal that endorsed Rutte.", [(E, MR, "Portugal", c)]),
    (M42, U, "2026-04-25", "Waiting", "Colombia wavered; it seems the decision on Bachelet will wait until June.", []),
    (M42, N, "2024-02-21", "Not the first time", "Hungary hesitated; it was not the first time.", []),

    # m43 (fa277c7): an idiom of blocking with the object possessed
    (M43, N, "2024-03-25", "Ankara in the path", "Turkey is standing in Rutte's path.", [(O, MR, "Turkey", c)]),
    (M43, U, "2026-05-17", "Washington in the way", "Washington is in Grynspan's way.", [(O, GR, "United States", c)]),
    (M43, N, "2023-07-16", "Ankara firm", "Ankara remains firmly in Kallas's path.", [(O, KK, "Turkey", c)]),
    (M43, U, "2026-07-22", "Beijing's block", "China stood in Grossi's way at the straw poll.", [(O, BA, "China", c)]),
    (M43, N, "2024-04-01", "The obstacle", "Hungary is the main obstacle in Rutte's way.", [(O, MR, "Hungary", c)]),
    (M43, N, "2024-06-19", "No longer", "Hungary no longer stands in Rutte's way.", [(O, MR, "Hungary", c)]),
    (M43, U, "2026-08-17", "Nothing", "Nothing stands in Grynspan's way now.", []),
    (M43, N, "2024-01-15", "Snow", "A snowstorm stood in Rutte's way on his trip to Ankara.", []),
    (M43, U, "2026-03-28", "Age", "Bachelet's age stands in her way, some diplomats argue.", []),
    (M43, U, "2026-07-22", "Not in the way", "Russia will not stand in Grossi's way, one diplomat predicted.", []),

    # m44 (fa277c7): a clause of another post naming a candidate by a pronoun does not hide the clause naming them
    (M44, N, "2023-11-03", "Riga quiet", "Latvia had endorsed Karins; since he became foreign minister, Riga has said little.", [(E, KA, "Latvia", c)]),
    (M44, U, "2026-05-28", "A lapse", "Chile had nominated Bachelet; after she accepted the post of special envoy, the nomination lapsed.",
     [(C, BG, "Chile", c), (E, BG, "Chile", c)]),
    (M44, N, "2023-08-02", "London quiet", "Britain had supported Wallace; once he left the defence ministry, London went quiet.", [(E, BW, "United Kingdom", c)]),
    (M44, U, "2026-06-21", "Mexico reconsiders", "Mexico backed Grynspan; now that she heads UNCTAD for another term, Mexico City is reconsidering.",
     [(E, GR, "Mexico", c)]),
    (M44, N, "2023-07-02", "Copenhagen looks elsewhere", "Denmark had supported Frederiksen; after she was re-elected prime minister, Copenhagen looked elsewhere.",
     [(E, MF, "Denmark", c)]),
    (M44, N, "2024-07-01", "EU job", "Kallas has taken the EU foreign policy job, with Estonia's backing.", []),
    (M44, U, "2026-05-28", "Envoy", "Bachelet became envoy to the region, and Chile backed her for that post.", []),
    (M44, N, "2023-06-06", "Defence job", "Britain backed Wallace for the defence job in 2019.", []),
    (M44, U, "2026-03-26", "IAEA", "Brazil supported Grossi when he sought a second term at the IAEA.", []),
    (M44, U, "2026-03-26", "UNCTAD then", "Mexico backed Grynspan for UNCTAD in 2021; she is now running for secretary-general.", [(C, GR, None, c)]),

    # m45 (fa277c7): a report said to be speculation is shown false; a speaker aside after a name is a report
    (M45, N, "2023-07-19", "Ankara denies", "Reports that Turkey has endorsed Kallas are 'pure speculation', Ankara said.", []),
    (M45, U, "2026-05-15", "Brasilia denies", "Claims that Brazil has dropped Bachelet are mere speculation, Lula's office said.", []),
    (M45, N, "2023-07-19", "Wallace's spokesman", "Talk of a Wallace withdrawal is 'speculation', his spokesman said.", []),
    (M45, U, "2026-05-11", "Denied", "Argentina, a newspaper claimed, backs Grossi, a claim Milei's office later denied.", []),
    (M45, N, "2024-03-09", "Denied", "Hungary, a Budapest daily claimed, would support Iohannis, a claim the government denied.", []),
    (M45, U, "2026-05-11", "Confirmed", "Argentina, the foreign ministry said, backs Grossi.", [(E, BA, "Argentina", c)]),
    (M45, N, "2024-04-29", "Accurate", "Reports that Turkey has endorsed Rutte are accurate, Ankara said.", [(E, MR, "Turkey", c)]),
    (M45, U, "2026-02-02", "Speculation ended", "Speculation that Grynspan would run ended on Monday when she declared her candidacy.", [(C, GR, None, c)]),
    (M45, N, "2024-06-18", "Szijjarto confirms", "Hungary, Szijjarto confirmed, will support Rutte.", [(E, MR, "Hungary", c)]),
    (M45, U, "2026-05-11", "A diplomat claims", "Brazil, a diplomat claimed, backs Bachelet; Brasilia did not comment.", [(E, BG, "Brazil", r)]),
]
