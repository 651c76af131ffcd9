"""redteam26 batch 1: probes written blind from commit messages (6db6c20..main)."""
C1 = "m01-list-member-relative-apposition"
ITEMS = [
    (C1, "un", "2026-05-14", "A day of meetings",
     "Rebeca Grynspan spent Tuesday with diplomats from Mexico, which has backed her since the spring, as well as "
     "from Peru and Ecuador, according to a schedule released by her team.",
     [("endorsement", "Rebeca Grynspan", "Mexico", "confirmed")]),
    (C1, "nato", "2024-03-02", "Pressing the holdouts",
     "The United States, which had backed Rutte since the autumn, together with Britain and France, pressed the "
     "remaining holdouts to make up their minds before the summit.",
     [("endorsement", "Mark Rutte", "United States", "confirmed")]),
    (C1, "nato", "2024-04-17", "A silent briefing",
     "Diplomats from Hungary, which has refused to back Rutte, plus Slovakia and Turkey sat through the briefing "
     "without comment, one participant said.",
     [("opposition", "Mark Rutte", "Hungary", "confirmed")]),
    (C1, "un", "2026-06-12", "Brasilia moves",
     "Brazil, which had worked closely with Chile on the reform agenda, along with Colombia, endorsed Michelle "
     "Bachelet on Thursday.",
     [("endorsement", "Michelle Bachelet", "Brazil", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Colombia", "confirmed")]),
    (C1, "nato", "2024-02-08", "Baltic dinner",
     "Latvia, which hosted the dinner in Riga, and Lithuania, an early backer of Rutte, pressed the others for a "
     "quick decision.",
     [("endorsement", "Mark Rutte", "Lithuania", "confirmed")]),
    (C1, "un", "2026-07-01", "Central American push",
     "Colombia, which hosted the regional ministers' meeting, and Panama, both vocal supporters of Grynspan, urged "
     "the Security Council to move quickly.",
     [("endorsement", "Rebeca Grynspan", "Colombia", "confirmed"),
      ("endorsement", "Rebeca Grynspan", "Panama", "confirmed")]),
    (C1, "nato", "2024-02-23", "Washington decides",
     "The United States, which had waited for the outcome of the Turkish debate, along with Britain and France, "
     "formally backed Rutte on Thursday, officials said.",
     [("endorsement", "Mark Rutte", "United States", "confirmed"),
      ("endorsement", "Mark Rutte", "United Kingdom", "confirmed"),
      ("endorsement", "Mark Rutte", "France", "confirmed")]),
    (C1, "un", "2026-03-19", "Southern swing",
     "Grossi met Milei, who nominated him last year, as well as the presidents of Paraguay and Uruguay during a "
     "two-day swing through the region.",
     [("candidacy", "Rafael Grossi", None, "confirmed"),
      ("endorsement", "Rafael Grossi", "Argentina", "confirmed")]),
    (C1, "nato", "2024-05-30", "Separate tracks",
     "Turkey (still sitting on Sweden's accession papers at the time) and Hungary, the only ally that had openly "
     "refused to endorse Rutte, were courted on separate tracks.",
     [("opposition", "Mark Rutte", "Hungary", "confirmed")]),
    (C1, "un", "2026-08-21", "Mediterranean bloc",
     "Spain, Italy, which has declined to back Grynspan, and Greece all came out for Bachelet on Friday.",
     [("endorsement", "Michelle Bachelet", "Spain", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Italy", "confirmed"),
      ("endorsement", "Michelle Bachelet", "Greece", "confirmed"),
      ("opposition", "Rebeca Grynspan", "Italy", "confirmed")]),
]

C2 = "m02-refs-telling-possessive-comparison"
ITEMS += [
    (C2, "nato", "2024-03-08", "Prague's message",
     "Prague let Ankara know on Thursday that its support for Rutte was not up for negotiation.",
     [("endorsement", "Mark Rutte", "Czech Republic", "confirmed")]),
    (C2, "un", "2026-05-28", "A letter to Santiago",
     "Mexico notified Santiago in writing of its decision to support Bachelet, a Mexican official said.",
     [("endorsement", "Michelle Bachelet", "Mexico", "reported")]),
    (C2, "nato", "2024-01-25", "Reassurances",
     "Norway reassured Bucharest of its backing for Rutte even as Klaus Iohannis stayed in the race.",
     [("endorsement", "Mark Rutte", "Norway", "confirmed"),
      ("candidacy", "Klaus Iohannis", None, "confirmed")]),
    (C2, "un", "2026-09-03", "A warning to Beijing",
     "London warned Beijing that its opposition to Bachelet risked deadlocking the Council for months.",
     [("opposition", "Michelle Bachelet", "China", "confirmed")]),
    (C2, "nato", "2024-04-09", "Berlin's reminder",
     "Berlin reminded Budapest that its blockade of Rutte was costing Hungary goodwill among the allies.",
     [("opposition", "Mark Rutte", "Hungary", "confirmed")]),
    (C2, "un", "2026-04-22", "San Jose courts Panama",
     "Costa Rica's foreign minister told Panama that his government would warmly welcome its support for "
     "Grynspan.",
     []),
    (C2, "nato", "2024-03-20", "Iohannis in Brussels",
     "Klaus Iohannis flew to Brussels on Tuesday. Unlike Rutte, he confirmed openly that he is running, telling "
     "reporters his name was on the table.",
     [("candidacy", "Klaus Iohannis", None, "confirmed")]),
    (C2, "un", "2026-02-16", "Leave from Geneva",
     "Rebeca Grynspan arrived in New York on Sunday. Unlike Bachelet, she announced, she would take unpaid leave "
     "from UNCTAD for the length of her campaign.",
     [("candidacy", "Rebeca Grynspan", None, "confirmed")]),
    (C2, "nato", "2024-06-27", "Ankara's account",
     "Unlike Hungary and Slovakia, Turkey backed Rutte from the very start, Turkish officials insisted.",
     [("endorsement", "Mark Rutte", "Turkey", "reported")]),
    (C2, "un", "2026-03-11", "Quito's candidate",
     "Ecuador's ambassador, introducing Maria Fernanda Espinosa to the regional group, said his government had "
     "formally nominated her on Monday.",
     [("candidacy", "Maria Fernanda Espinosa", None, "confirmed"),
      ("endorsement", "Maria Fernanda Espinosa", "Ecuador", "confirmed")]),
]
