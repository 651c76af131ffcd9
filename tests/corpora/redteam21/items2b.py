# Batch 2, second part: 724546d (cons21 slice 3).  Written blind from the commit message.
# (class, story, published, title, text, [(type, subject, actor, status), ...])
E, O, C, W, A, T = "endorsement", "opposition", "candidacy", "withdrawal", "appointment", "takes_office"

ITEMS = [
    # ---- m23: a report left unconfirmed by 'never' after it ----
    ("m23-never-confirmed", "nato", "2024-03-19", "Ankara's promise",
     "Turkey had promised Romania it would back Iohannis, though Ankara never confirmed this publicly.", []),
    ("m23-never-confirmed", "un", "2026-06-08", "Moscow's preference",
     "Russia was said to favour Rafael Grossi, but Moscow has never confirmed that.", []),
    ("m23-never-confirmed", "nato", "2024-04-15", "Bratislava's vote",
     "Slovakia reportedly pledged its vote to Rutte; Bratislava has never officially confirmed it.", []),
    ("m23-never-confirmed", "un", "2026-07-13", "Mexico's promise",
     "Mexico had told Costa Rica that it would support Rebeca Grynspan, a claim the Mexican government never "
     "confirmed.", []),
    ("m23-never-confirmed", "nato", "2023-07-10", "Budapest and Tallinn",
     "Hungary will back Kaja Kallas, according to Estonian media, although Budapest never once confirmed the report.",
     []),
    ("m23-never-confirmed", "un", "2026-05-14", "Brasilia silent",
     "Brazil backs Michelle Bachelet, and Brasilia has never denied it.",
     [(E, "Michelle Bachelet", "Brazil", "confirmed")]),
    ("m23-never-confirmed", "nato", "2024-03-04", "Berlin open",
     "Germany never hid its support for Mark Rutte, and Olaf Scholz confirmed it again on Monday.",
     [(E, "Mark Rutte", "Germany", "confirmed")]),
    ("m23-never-confirmed", "un", "2026-02-27", "Buenos Aires confirms",
     "Argentina nominated Rafael Grossi in February; Buenos Aires confirmed the nomination the same day.",
     [(C, "Rafael Grossi", "Argentina", "confirmed"), (E, "Rafael Grossi", "Argentina", "confirmed")]),
    ("m23-never-confirmed", "nato", "2024-02-16", "Paris timing",
     "France backs Rutte, an Elysee adviser said, although Paris never confirmed when it would announce the decision "
     "formally.",
     [(E, "Mark Rutte", "France", "reported")]),
    ("m23-never-confirmed", "un", "2026-04-09", "Santiago steady",
     "Chile has never wavered in its support for Michelle Bachelet, officials confirmed.",
     [(E, "Michelle Bachelet", "Chile", "confirmed")]),
]
