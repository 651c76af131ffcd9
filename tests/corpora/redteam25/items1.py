# redteam25 batch 1 items: (class, story, published, title, text, [(type, subject, actor, status), ...])
# Written blind from the commit messages only (never their example sentences).
C1 = "m01-refusal-ended-stance-readers"  # b194a1e
C2 = "m02-ellipsis-gaps-manners"  # a62a843
C3 = "m03-counted-state-lists"  # 56ae385
C4 = "m04-counted-race-people-roles"  # efab195
C5 = "m05-withdrawal-forms-other-races"  # 8f91ed9
C6 = "m06-candidacy-role-entering"  # e52c12c
C7 = "m07-stance-readers-widened"  # fa64549

ITEMS = [
    # --- m01: b194a1e refusals and ended stances by their shared readers
    (C1, "nato", "2024-06-20", "Ankara's long wait",
     "Mark Rutte spent months courting the last holdouts. Turkey withheld its backing for the better part of a year, "
     "Turkish officials conceded, and Erdogan kept the other allies guessing.",
     [("opposition", "Mark Rutte", "Turkey", "confirmed")]),
    (C1, "nato", "2024-04-11", "Budapest splits the file",
     "Hungary withheld its support for the opening of Ukraine's accession talks for weeks, even as Orban, in a radio "
     "interview, said his government backs Mark Rutte.",
     [("endorsement", "Mark Rutte", "Hungary", "confirmed")]),
    (C1, "un", "2026-07-09", "Mexico's price",
     "Rebeca Grynspan spent the summer touring Latin American capitals. Mexico, by most accounts, held out until it "
     "secured a pledge that the next secretary-general would keep a migration office in Geneva.",
     [("opposition", "Rebeca Grynspan", "Mexico", "confirmed")]),
    (C1, "nato", "2024-03-25", "Bucharest's bind",
     "Bucharest, a diplomat close to the talks said, is simply not in a position to support Rutte while Klaus Iohannis "
     "remains in the race.",
     [("opposition", "Mark Rutte", "Romania", "reported"),
      ("candidacy", "Klaus Iohannis", None, "confirmed")]),
    (C1, "un", "2026-06-03", "Brasilia waits",
     "Brazil's foreign minister Mauro Vieira was unable to fly to New York for Tuesday's dialogue, and his ministry "
     "said Brazil would be unable to back anyone who had not first visited Brasilia; a view on Michelle Bachelet would "
     "come later.",
     []),
    (C1, "nato", "2024-06-21", "Last hurdle cleared",
     "Ankara's lifting of its objection to Mark Rutte, confirmed by the Turkish presidency late on Friday, removed "
     "one of the last obstacles in his way.",
     [("opposition", "Mark Rutte", "Turkey", "confirmed")]),
    (C1, "un", "2026-09-15", "Buenos Aires turns",
     "Argentina's withdrawal of its sponsorship of Rafael Grossi, which Javier Milei announced in a late-night post, "
     "left the IAEA chief scrambling for a new patron.",
     [("endorsement", "Rafael Grossi", "Argentina", "confirmed")]),
    (C1, "un", "2026-05-19", "Home support",
     "Rebeca Grynspan, whose own country formally put her name forward in the spring, spent Tuesday meeting "
     "ambassadors of the African Union.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Costa Rica", "confirmed")]),
    (C1, "nato", "2024-04-02", "Not yet at home",
     "Klaus Iohannis, whose own country has yet to say whether it will stand behind him, met Olaf Scholz in Berlin "
     "on Tuesday.",
     []),
    (C1, "un", "2026-08-04", "Andean meeting",
     "The foreign ministers of Peru, Colombia and Ecuador met in Lima on Monday. The government said afterwards that "
     "it would support Michelle Bachelet.",
     []),
    # --- m02: a62a843 stance ellipsis over gaps, time clauses, sameness manners, 'agree'
    (C2, "nato", "2024-03-02", "Big three line up",
     "Britain endorsed Mark Rutte in mid-February, Germany a day later and France shortly after that, diplomats in "
     "Brussels recalled.",
     [("endorsement", "Mark Rutte", "United Kingdom", "confirmed"),
      ("endorsement", "Mark Rutte", "Germany", "confirmed"),
      ("endorsement", "Mark Rutte", "France", "confirmed")]),
    (C2, "un", "2026-10-02", "Two vetoes",
     "Russia opposed Michelle Bachelet from the first straw poll, and China, according to two Council diplomats, in "
     "the second.",
     [("opposition", "Michelle Bachelet", "Russia", "confirmed"),
      ("opposition", "Michelle Bachelet", "China", "reported")]),
    (C2, "un", "2026-06-12", "Lula follows",
     "Chile endorsed Michelle Bachelet in March. Brazil did likewise on Thursday, after Rebeca Grynspan had lunched "
     "with Lula in Brasilia.",
     [("endorsement", "Michelle Bachelet", "Chile", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Brazil", "confirmed")]),
    (C2, "nato", "2024-02-27", "Benelux",
     "Belgium declared its support for Mark Rutte on Monday, and Luxembourg, a few hours later, followed in much the "
     "same words.",
     [("endorsement", "Mark Rutte", "Belgium", "confirmed"),
      ("endorsement", "Mark Rutte", "Luxembourg", "confirmed")]),
    (C2, "un", "2026-06-30", "Isthmus",
     "Costa Rica, which nominated Rebeca Grynspan, asked its Central American neighbours for their backing. Panama "
     "agreed in June.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Costa Rica", "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Panama", "confirmed")]),
    (C2, "nato", "2024-02-23", "Air defence talk",
     "Germany backed Mark Rutte on Thursday. Italy agreed with Berlin on the need to send more air defence systems "
     "to Kyiv.",
     [("endorsement", "Mark Rutte", "Germany", "confirmed")]),
    (C2, "nato", "2024-05-08", "Another file",
     "France backed Rutte early on. Spain took the same position on Ukraine's path to membership, but said nothing "
     "about the race to lead the alliance.",
     [("endorsement", "Mark Rutte", "France", "confirmed")]),
    (C2, "nato", "2024-05-16", "On the road",
     "Rutte visited Ankara in April, and Budapest, after much back and forth, in May.",
     []),
    (C2, "nato", "2024-03-05", "Ottawa weighs",
     "The United States said in February that it backed Rutte; Canada, in March, that it was still weighing its "
     "options.",
     [("endorsement", "Mark Rutte", "United States", "confirmed")]),
    (C2, "un", "2026-08-21", "If Grossi goes",
     "Argentina said it could back Rebeca Grynspan if Rafael Grossi stood aside, and Uruguay, on Friday, said much the "
     "same.",
     []),
    # --- m03: 56ae385 counted heads for the last list of states; 'no.' ends a sentence; counted givers of a stance noun
    (C3, "nato", "2024-04-16", "Vilnius meeting",
     "Poland, Lithuania, Latvia and Estonia sent their foreign ministers to Vilnius on Monday, and all four, after a "
     "long lunch, threw their weight behind Mark Rutte.",
     [("endorsement", "Mark Rutte", "Poland", "confirmed"),
      ("endorsement", "Mark Rutte", "Lithuania", "confirmed"),
      ("endorsement", "Mark Rutte", "Latvia", "confirmed"),
      ("endorsement", "Mark Rutte", "Estonia", "confirmed")]),
    (C3, "un", "2026-07-21", "Joint communique",
     "Mexico, Colombia and Brazil issued a joint communique on Tuesday. The three governments said they would "
     "support Michelle Bachelet.",
     [("endorsement", "Michelle Bachelet", "Mexico", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Colombia", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Brazil", "confirmed")]),
    (C3, "nato", "2024-06-27", "Holdouts no more",
     "Slovakia, Hungary and Turkey took their time. By late June the three, each with its own list of demands met, backed Rutte.",
     [("endorsement", "Mark Rutte", "Slovakia", "confirmed"),
      ("endorsement", "Mark Rutte", "Hungary", "confirmed"),
      ("endorsement", "Mark Rutte", "Turkey", "confirmed")]),
    (C3, "un", "2026-09-08", "Andean trio",
     "Peru, Ecuador and Bolivia consulted for weeks. In the end Rebeca Grynspan won the backing of all three.",
     [("endorsement", "Rebeca Grynspan", "Peru", "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Ecuador", "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Bolivia", "confirmed")]),
    (C3, "nato", "2024-04-23", "A flat no",
     "Asked on Tuesday whether Hungary would support Rutte, Szijjarto's answer was a flat no. Slovakia, meanwhile, "
     "said it backs Rutte.",
     [("opposition", "Mark Rutte", "Hungary", "confirmed"),
      ("endorsement", "Mark Rutte", "Slovakia", "confirmed")]),
    (C3, "nato", "2024-05-30", "Southern flank",
     "Diplomats had said Italy, Spain or Greece might be next; in the end all three backed Rutte on the same day.",
     [("endorsement", "Mark Rutte", "Italy", "confirmed"),
      ("endorsement", "Mark Rutte", "Spain", "confirmed"),
      ("endorsement", "Mark Rutte", "Greece", "confirmed")]),
    (C3, "nato", "2024-03-12", "Nordic caution",
     "Denmark, Norway and Sweden consulted by phone on Monday. The two biggest then said they support Rutte.",
     []),
    (C3, "nato", "2024-04-30", "Air defence",
     "France, Germany and Poland pledged more air defence to Kyiv on Monday, and all three, in a separate statement, "
     "praised Jens Stoltenberg's decade at the helm.",
     []),
    (C3, "un", "2026-06-24", "Washington's meetings",
     "Rafael Grossi, Michelle Bachelet and Rebeca Grynspan were all in New York on Tuesday. The United States met all "
     "three, but has not endorsed any of them.",
     []),
    (C3, "un", "2026-08-13", "Moscow's terms",
     "Russia, China and Belarus coordinated their positions in Moscow; the three would accept only a secretary-general "
     "who respects what they call sovereign choices, their envoys said.",
     []),
    # --- m04: efab195 a definite count of the race's people named before; owned role needs the race; 'introduced as our candidate'; successor = the post
    (C4, "un", "2026-04-23", "Dialogues",
     "Rafael Grossi, Michelle Bachelet and Rebeca Grynspan took questions from member states this week. All three "
     "contenders, in one form or another, pledged to trim the Secretariat.",
     [("candidacy", "Rafael Grossi", None, "confirmed"),
      ("candidacy", "Michelle Bachelet", None, "confirmed"),
      ("candidacy", "Rebeca Grynspan", None, "confirmed")]),
    (C4, "nato", "2024-04-04", "Lobbying day",
     "Mark Rutte and Klaus Iohannis spent Thursday working the corridors in Brussels. Both candidates, their aides "
     "said, expect a decision before the Washington summit.",
     [("candidacy", "Mark Rutte", None, "confirmed"),
      ("candidacy", "Klaus Iohannis", None, "confirmed")]),
    (C4, "un", "2026-03-17", "Presented to the region",
     "Costa Rica's foreign minister Arnoldo Andre Tinoco introduced Rebeca Grynspan to the Latin American group in New "
     "York as \"the candidate of our whole country\".",
     [("candidacy", "Rebeca Grynspan", None, "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Costa Rica", "confirmed")]),
    (C4, "nato", "2024-06-26", "Council decides",
     "The North Atlantic Council on Wednesday named Mark Rutte, after months of haggling, as Jens Stoltenberg's "
     "successor.",
     [("appointment", "Mark Rutte", "NATO", "confirmed")]),
    (C4, "nato", "2024-05-10", "Dinner in Bucharest",
     "Rutte dined with Klaus Iohannis, his only remaining rival for the alliance's top job, in Bucharest on Friday.",
     [("candidacy", "Klaus Iohannis", None, "confirmed"),
      ("candidacy", "Mark Rutte", None, "confirmed")]),
    (C4, "un", "2026-02-11", "Early chatter",
     "Grossi, Bachelet and Grynspan are the three likeliest candidates, according to diplomats in New York.",
     []),
    (C4, "nato", "2024-06-21", "Field clears",
     "Klaus Iohannis and Krisjanis Karins met in Riga on Monday. Both contenders, it emerged later, pulled out before "
     "the summit.",
     [("withdrawal", "Klaus Iohannis", None, "confirmed"),
      ("withdrawal", "Krisjanis Karins", None, "confirmed")]),
    (C4, "nato", "2024-06-13", "The EU jobs",
     "Kaja Kallas and Antonio Costa met in Brussels on Thursday. Both contenders for the EU's top posts expect a deal "
     "by the end of June.",
     []),
    (C4, "un", "2026-01-29", "Only if",
     "Michelle Bachelet and Rebeca Grynspan could yet face off: both would be candidates only if their governments "
     "formally nominate them, diplomats said.",
     []),
    (C4, "un", "2026-05-05", "Old rivals",
     "Grynspan, speaking in Geneva, praised Rafael Grossi, her old rival in trade negotiations, for his work at "
     "Zaporizhzhia.",
     []),
    # --- m05: 8f91ed9 leaving nouns, leaving verbs shared with offices, gapped leaving; other elections, unknown bodies, verb objects
    (C5, "nato", "2024-06-24", "After Bucharest's move",
     "Following Iohannis's abrupt, long-rumoured withdrawal last week, diplomats expect the allies to settle the "
     "matter quickly.",
     [("withdrawal", "Klaus Iohannis", None, "confirmed")]),
    (C5, "un", "2026-10-13", "A smaller field",
     "The sudden exit of Rafael Grossi on Monday, confirmed by his spokesman in Vienna, reshaped the contest.",
     [("withdrawal", "Rafael Grossi", None, "confirmed")]),
    (C5, "un", "2026-11-03", "Drift to Bachelet",
     "Once Rebeca Grynspan had stepped aside, in late October, many of her supporters in the region drifted towards "
     "other names.",
     [("withdrawal", "Rebeca Grynspan", None, "confirmed")]),
    (C5, "nato", "2024-06-22", "Path clears",
     "Rutte's path cleared slowly. In mid-June Klaus Iohannis, Romania's head of state since 2014, quit.",
     [("withdrawal", "Klaus Iohannis", None, "confirmed")]),
    (C5, "un", "2026-10-20", "Straw polls",
     "Rafael Grossi pulled out after the third straw poll, and Rebeca Grynspan, under pressure from her own region, "
     "after the fourth.",
     [("withdrawal", "Rafael Grossi", None, "confirmed"),
      ("withdrawal", "Rebeca Grynspan", None, "confirmed")]),
    (C5, "nato", "2024-05-31", "Bucharest rumours",
     "Talk of Iohannis's rumoured withdrawal grew louder in Bucharest on Friday, though his office denied any change "
     "of plan.",
     []),
    (C5, "nato", "2024-07-02", "Farewell to The Hague",
     "Mark Rutte's exit from Dutch politics, after almost fourteen years as prime minister, was marked by a bicycle "
     "ride out of the Binnenhof.",
     []),
    (C5, "nato", "2024-05-27", "Other ballot",
     "Kaja Kallas, her party's lead candidate for the European elections, spent the weekend campaigning in Tartu.",
     []),
    (C5, "un", "2026-03-09", "Another shortlist",
     "A selection panel of the Club de Madrid shortlisted two candidates on Monday to lead the forum: Michelle "
     "Bachelet and a former Uruguayan president.",
     []),
    (C5, "un", "2026-02-02", "Declared",
     "Michelle Bachelet, who twice governed Chile and later ran the UN rights office, confirmed her bid for "
     "secretary-general on Monday.",
     [("candidacy", "Michelle Bachelet", None, "confirmed")]),
    # --- m06: e52c12c candidacy by a role of the race or an entering verb alone
    (C6, "un", "2026-04-14", "Forty capitals",
     "Rebeca Grynspan, who declared in late 2025, has since visited some forty capitals.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed")]),
    (C6, "nato", "2024-04-18", "Staying put",
     "Krisjanis Karins, in the race since early March, told reporters in Riga on Thursday he had no plans to change "
     "course.",
     [("candidacy", "Krisjanis Karins", None, "confirmed")]),
    (C6, "un", "2026-05-27", "Geneva meeting",
     "Michelle Bachelet met Rebeca Grynspan, her main declared opponent, over breakfast in Geneva on Wednesday.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed"),
      ("candidacy", "Michelle Bachelet", None, "confirmed")]),
    (C6, "nato", "2024-05-02", "One left",
     "Just one declared challenger remains: Romania's Klaus Iohannis.",
     [("candidacy", "Klaus Iohannis", None, "confirmed")]),
    (C6, "un", "2026-08-26", "Caribbean tour",
     "Diplomats in Bridgetown noted that the Costa Rican candidate had spent more time in the region than anyone else "
     "in the field.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed")]),
    (C6, "un", "2026-09-22", "Applause",
     "Michelle Bachelet, widely seen as the front-runner, entered the General Assembly hall to loud applause.",
     []),
    (C6, "nato", "2024-02-08", "Maybe later",
     "Kaja Kallas, who might yet declare in the autumn if the EU post falls through, stayed silent on Monday.",
     []),
    (C6, "nato", "2024-03-19", "Home quarrels",
     "Klaus Iohannis, long a rival of Marcel Ciolacu within Romanian politics, visited Brussels on Tuesday.",
     []),
    (C6, "un", "2026-03-31", "Career diplomat",
     "Rafael Grossi, who entered Argentina's foreign service in 1985, spoke about Zaporizhzhia in Vienna on Tuesday.",
     []),
    (C6, "nato", "2024-01-30", "Speculation",
     "One possible challenger: Kaja Kallas, though she has so far ruled nothing in.",
     []),
    # --- m07: fa64549 'instead', 'rally to', second verbs after a time or progressive, coordinated relatives, apposition before object relative
    (C7, "un", "2026-07-28", "Bogota surprises",
     "Colombia, which had been expected to back Michelle Bachelet, came out instead for Rebeca Grynspan on Monday.",
     [("endorsement", "Rebeca Grynspan", "Colombia", "confirmed")]),
    (C7, "nato", "2024-06-14", "Iberian speed",
     "Portugal and Spain rallied to Rutte within hours of the Turkish announcement.",
     [("endorsement", "Mark Rutte", "Portugal", "confirmed"),
      ("endorsement", "Mark Rutte", "Spain", "confirmed")]),
    (C7, "nato", "2024-06-03", "Bratislava decides",
     "Slovakia hesitated for months, and in late May it finally threw its support behind Rutte.",
     [("endorsement", "Mark Rutte", "Slovakia", "confirmed")]),
    (C7, "un", "2026-09-01", "Brasilia's tilt",
     "Brazil refuses to back Rafael Grossi and, two officials said, is quietly leaning towards Michelle Bachelet.",
     [("opposition", "Rafael Grossi", "Brazil", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Brazil", "tentative")]),
    (C7, "nato", "2024-06-28", "Converts",
     "Hungary and Slovakia, which refused for months to back Rutte and which both ended up supporting him in June, "
     "sent their defence ministers to Brussels on Thursday.",
     [("opposition", "Mark Rutte", "Hungary", "confirmed"),
      ("opposition", "Mark Rutte", "Slovakia", "confirmed"),
      ("endorsement", "Mark Rutte", "Hungary", "confirmed"),
      ("endorsement", "Mark Rutte", "Slovakia", "confirmed")]),
    (C7, "un", "2026-06-15", "Mexico's favourite",
     "Rebeca Grynspan, the Costa Rican whom Mexico has backed quietly since spring, arrived in Geneva on Monday.",
     [("endorsement", "Rebeca Grynspan", "Mexico", "confirmed")]),
    (C7, "un", "2026-08-31", "Weekend lobbying",
     "Several Caribbean states rallied to Rebeca Grynspan at the weekend, diplomats said.",
     []),
    (C7, "un", "2026-07-07", "Neutral",
     "Argentina was asked to back Michelle Bachelet but chose instead to stay neutral for now.",
     []),
    (C7, "nato", "2024-06-05", "Warsaw's list",
     "Poland praised Rutte's record in May, and in June it asked for more air defence for the eastern flank.",
     []),
    (C7, "un", "2026-06-16", "Washington's critic",
     "Michelle Bachelet, the Chilean whom Washington has criticised openly since May, arrived in Geneva on Monday.",
     []),
]
