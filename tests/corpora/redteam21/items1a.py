# Batch 1: b439a5d (red20 slice 3, landed by the lead).  Written blind from the commit message.
# (class, story, published, title, text, [(type, subject, actor, status), ...])
E, O, C, W, A, T = "endorsement", "opposition", "candidacy", "withdrawal", "appointment", "takes_office"

ITEMS = [
    # ---- m01: a report left unconfirmed after a semicolon or comma (negated confirming verb) ----
    ("m01-report-unconfirmed", "nato", "2024-02-13", "Bratislava rumour",
     "Slovakia has quietly switched its support to Mark Rutte, a Bratislava daily reported on Tuesday; the foreign "
     "ministry would not confirm the story.", []),
    ("m01-report-unconfirmed", "un", "2026-04-08", "Mexico City sources",
     "Mexico will back Rebeca Grynspan for secretary-general, according to two diplomats, though the Mexican foreign "
     "ministry was unable to confirm the account.", []),
    ("m01-report-unconfirmed", "nato", "2024-03-05", "Ankara whispers",
     "Turkey is ready to endorse Rutte, a pro-government newspaper claimed; this could not be independently verified.",
     []),
    ("m01-report-unconfirmed", "un", "2026-05-19", "Brasilia leak",
     "Brazil has promised its vote to Michelle Bachelet, Folha reported, a claim that Brazilian diplomats could not "
     "corroborate.", []),
    ("m01-report-unconfirmed", "nato", "2024-04-02", "Budapest sources",
     "Hungary's prime minister has privately agreed to back Klaus Iohannis, two people familiar with the talks said; "
     "the government has not confirmed any such decision.", []),
    ("m01-report-unconfirmed", "nato", "2024-02-20", "Berlin decides",
     "Germany backs Mark Rutte, government sources in Berlin said on Monday; a spokesman later confirmed the decision.",
     [(E, "Mark Rutte", "Germany", "confirmed")]),
    ("m01-report-unconfirmed", "un", "2026-06-03", "Buenos Aires commits",
     "Argentina supports Rafael Grossi for the top UN post, its foreign minister said; officials could not confirm the "
     "date of the first straw poll.", [(E, "Rafael Grossi", "Argentina", "confirmed")]),
    ("m01-report-unconfirmed", "nato", "2023-06-28", "Tallinn's nominee",
     "Estonia nominated Kaja Kallas for NATO secretary general, the Estonian government said; officials in Brussels "
     "could not say when the allies would decide.",
     [(C, "Kaja Kallas", "Estonia", "confirmed"), (E, "Kaja Kallas", "Estonia", "confirmed")]),
    ("m01-report-unconfirmed", "un", "2026-03-10", "Santiago confirms",
     "Chile has formally nominated Michelle Bachelet, the Chilean president confirmed on Tuesday, ending weeks of "
     "speculation.",
     [(C, "Michelle Bachelet", "Chile", "confirmed"), (E, "Michelle Bachelet", "Chile", "confirmed")]),
    ("m01-report-unconfirmed", "nato", "2024-02-22", "Paris on board",
     "France will support Rutte, Elysee officials said, and nobody in Paris has denied it since.",
     [(E, "Mark Rutte", "France", "confirmed")]),

    # ---- m02: a report retracted (retracting verb in the passive on a report or message noun) ----
    ("m02-report-retracted", "nato", "2024-03-15", "Broadcast pulled",
     "Hungary will back Mark Rutte, the state broadcaster reported on Friday; the report was pulled an hour later.",
     []),
    ("m02-report-retracted", "un", "2026-07-01", "Moscow dispatch",
     "Russia has endorsed Rafael Grossi, a Russian news agency announced on Wednesday; the dispatch was subsequently "
     "withdrawn.", []),
    ("m02-report-retracted", "nato", "2024-04-11", "Deleted post",
     "Romania's foreign minister wrote on X that Slovakia supports Klaus Iohannis, but the post was deleted within "
     "minutes.", []),
    ("m02-report-retracted", "un", "2026-05-25", "San Jose statement",
     "Costa Rica threw its support behind Rebeca Grynspan, the Costa Rican government said in a statement on Monday; that "
     "statement was later rescinded without explanation.", []),
    ("m02-report-retracted", "nato", "2024-03-27", "Story taken down",
     "The Dutch news agency ANP reported that Turkey now backs Mark Rutte, though the story was taken down later that "
     "day.", []),
    ("m02-report-retracted", "nato", "2024-02-29", "Rome's line",
     "Italy backs Rutte, the Italian foreign ministry said on Tuesday; an earlier article claiming that Rome favoured "
     "Kallas was retracted.", [(E, "Mark Rutte", "Italy", "confirmed")]),
    ("m02-report-retracted", "un", "2026-06-17", "Brasilia statement",
     "Brazil supports Michelle Bachelet, Brazilian diplomats said; the statement was later confirmed by the "
     "president's office.", [(E, "Michelle Bachelet", "Brazil", "confirmed")]),
    ("m02-report-retracted", "nato", "2024-05-02", "Bratislava turns",
     "Slovakia's objection to Iohannis was withdrawn on Thursday, and Bratislava now backs him.",
     [(O, "Klaus Iohannis", "Slovakia", "confirmed"), (E, "Klaus Iohannis", "Slovakia", "confirmed")]),
    ("m02-report-retracted", "un", "2026-04-22", "Buenos Aires announcement",
     "Argentina nominated Rafael Grossi, the foreign ministry announced; the announcement was amended later to add the "
     "date of his first hearing.",
     [(C, "Rafael Grossi", "Argentina", "confirmed"), (E, "Rafael Grossi", "Argentina", "confirmed")]),
    ("m02-report-retracted", "nato", "2023-07-03", "Tallinn steps back",
     "Kaja Kallas's candidacy for NATO's top job was withdrawn by the Estonian government on Sunday, a statement said.",
     [(W, "Kaja Kallas", None, "confirmed")]),

    # ---- m03: doubting questions (asking for evidence, or whether anyone saw it) ----
    ("m03-evidence-question", "nato", "2024-04-15", "Opposition MP",
     "Budapest now quietly supports Mark Rutte, a Hungarian opposition MP claimed on Monday. But what proof is there?",
     []),
    ("m03-evidence-question", "un", "2026-05-12", "The letter",
     "Russia has promised to back Rebeca Grynspan, one Latin American envoy insists. Has anyone actually seen the "
     "letter?", []),
    ("m03-evidence-question", "nato", "2023-07-05", "Tabloid claim",
     "Turkey endorsed Kaja Kallas in a closed meeting, according to an Estonian tabloid. Where are the documents to "
     "show it?", []),
    ("m03-evidence-question", "un", "2026-06-09", "Rival campaign",
     "Mexico is backing Rafael Grossi, a rival campaign alleged. Did anybody witness such a pledge?", []),
    ("m03-evidence-question", "nato", "2024-03-20", "Romanian media",
     "Slovakia supports Klaus Iohannis, Romanian media reported. Is there any proof of that at all?", []),
    ("m03-evidence-question", "nato", "2024-02-26", "Warsaw explains",
     "Poland backs Mark Rutte, its foreign minister said on Tuesday. Why? Because of his record on Ukraine, he "
     "explained.", [(E, "Mark Rutte", "Poland", "confirmed")]),
    ("m03-evidence-question", "un", "2026-03-24", "Where next",
     "Chile has formally nominated Michelle Bachelet. Where will the first straw poll be held? Diplomats say New York, "
     "in July.",
     [(C, "Michelle Bachelet", "Chile", "confirmed"), (E, "Michelle Bachelet", "Chile", "confirmed")]),
    ("m03-evidence-question", "nato", "2024-04-19", "A change of heart?",
     "Has Hungary changed its mind? No: Viktor Orban said on Friday that Hungary will not support Mark Rutte.",
     [(O, "Mark Rutte", "Hungary", "confirmed")]),
    ("m03-evidence-question", "un", "2026-07-14", "Momentum",
     "Brazil endorsed Rebeca Grynspan on Monday, and the evidence of her momentum is mounting.",
     [(E, "Rebeca Grynspan", "Brazil", "confirmed")]),
    ("m03-evidence-question", "nato", "2024-03-12", "Riga's answer",
     "Asked for evidence that Russia was meddling in the race, Latvia's foreign minister declined to answer, but said "
     "Latvia backs Rutte.", [(E, "Mark Rutte", "Latvia", "confirmed")]),

    # ---- m04: a fronted clause that is no condition (rhetorical opening) ----
    ("m04-rhetorical-opening", "nato", "2024-01-16", "Bucharest firm",
     "Lest anyone doubt it, Romania stands firmly behind Klaus Iohannis, the Romanian foreign minister said.",
     [(E, "Klaus Iohannis", "Romania", "confirmed")]),
    ("m04-rhetorical-opening", "un", "2026-08-05", "Santiago loyal",
     "Win or lose, Chile will keep supporting Michelle Bachelet, Santiago's foreign minister said.",
     [(E, "Michelle Bachelet", "Chile", "confirmed")]),
    ("m04-rhetorical-opening", "nato", "2024-03-08", "London's word",
     "Whatever happens at the summit, the United Kingdom backs Mark Rutte, a Downing Street spokesman said.",
     [(E, "Mark Rutte", "United Kingdom", "confirmed")]),
    ("m04-rhetorical-opening", "un", "2026-02-18", "Buenos Aires moves",
     "Whether or not the Security Council agrees, Argentina has nominated Rafael Grossi.",
     [(C, "Rafael Grossi", "Argentina", "confirmed"), (E, "Rafael Grossi", "Argentina", "confirmed")]),
    ("m04-rhetorical-opening", "nato", "2024-04-23", "Szijjarto repeats",
     "If anyone was still wondering, Hungary will not back Rutte, Peter Szijjarto told reporters.",
     [(O, "Mark Rutte", "Hungary", "confirmed")]),
    ("m04-rhetorical-opening", "un", "2026-05-28", "San Jose clear",
     "In case there was any doubt, Costa Rica supports Rebeca Grynspan, its president said.",
     [(E, "Rebeca Grynspan", "Costa Rica", "confirmed")]),
    ("m04-rhetorical-opening", "nato", "2024-04-25", "Budapest's price",
     "Should Rutte soften his line on Hungary, Budapest would back him, Szijjarto said.", []),
    ("m04-rhetorical-opening", "un", "2026-06-23", "Brasilia undecided",
     "Whether Brazil will back Bachelet or Grynspan remains an open question in Brasilia.", []),
    ("m04-rhetorical-opening", "nato", "2024-03-18", "Ankara's terms",
     "If Turkey's concerns are met, Ankara will support Mark Rutte, an official said.", []),
    ("m04-rhetorical-opening", "un", "2026-07-21", "Mexico's say",
     "Whether or not Mexico supports Grossi, the decision will rest with the Security Council.", []),

    # ---- m05: a short item's bid noun 'of' one of the story's candidates is the race's ----
    ("m05-bid-of-candidate", "nato", "2024-03-13", "Lisbon's choice",
     "Portugal supports the bid of Mark Rutte, the Portuguese foreign minister said on Wednesday.",
     [(E, "Mark Rutte", "Portugal", "confirmed")]),
    ("m05-bid-of-candidate", "un", "2026-04-29", "Mexico City",
     "Mexico has announced its support for the bid of Rebeca Grynspan, diplomats said.",
     [(E, "Rebeca Grynspan", "Mexico", "confirmed")]),
    ("m05-bid-of-candidate", "nato", "2024-03-21", "Riga launches",
     "Latvia formally put forward the candidacy of Krisjanis Karins on Thursday.",
     [(C, "Krisjanis Karins", "Latvia", "confirmed"), (E, "Krisjanis Karins", "Latvia", "confirmed")]),
    ("m05-bid-of-candidate", "un", "2026-03-31", "Buenos Aires",
     "Argentina's government is backing the campaign of Rafael Grossi, the foreign ministry said.",
     [(E, "Rafael Grossi", "Argentina", "confirmed")]),
    ("m05-bid-of-candidate", "nato", "2024-04-30", "Bratislava says no",
     "Slovakia opposes the bid of Klaus Iohannis, the Slovak prime minister said.",
     [(O, "Klaus Iohannis", "Slovakia", "confirmed")]),
    ("m05-bid-of-candidate", "un", "2026-02-25", "Santiago rallies",
     "Chile has thrown its weight behind the candidacy of Michelle Bachelet.",
     [(E, "Michelle Bachelet", "Chile", "confirmed")]),
    ("m05-bid-of-candidate", "nato", "2024-06-20", "Tallinn's other aim",
     "Estonia supports the bid of Kaja Kallas to become the EU's foreign policy chief.", []),
    ("m05-bid-of-candidate", "un", "2026-09-02", "Development bank",
     "Brazil backs the bid of Michelle Bachelet's former finance minister for the presidency of the Inter-American "
     "Development Bank.", []),
    ("m05-bid-of-candidate", "un", "2026-01-20", "Geneva term",
     "Costa Rica supports the bid of Rebeca Grynspan to stay on at UNCTAD for a second term.", []),
    ("m05-bid-of-candidate", "nato", "2024-02-08", "Copenhagen on Kyiv",
     "Denmark backs the bid of Ukraine to join the alliance, Mette Frederiksen said.", []),
]
