"""Word lists for synthetic German-like reports (see :mod:`viewer.tools.generate`)."""

from __future__ import annotations

STEMS = ("Nord", "Süd", "Rhein", "Alpen", "Hanse", "Elb", "Main", "Isar", "Spree", "Weser",
         "Donau", "Harz", "Eifel", "Bode", "Ruhr", "Mosel", "Saale", "Oder", "Inn", "Lech")
ENDINGS = ("werk", "bank", "strom", "chip", "netz", "logik", "daten", "licht", "stahl", "wind",
           "cloud", "rechen", "kraft", "bau", "feld")
FORMS = ("AG", "SE", "GmbH", "Holding", "Gruppe", "Systeme", "Technologies")
OUTLETS = ("Handelsblatt-Kurier", "Frankfurter Morgenpost", "Wirtschaftswoche Nord",
           "Rheinische Börsenzeitung", "Tech-Bote", "Finanzblick", "Der Marktreport",
           "Elb-Anzeiger", "Datendienst Süd", "Kapital & Kurs")
UNNAMED = ("mit den Verhandlungen vertraute Personen", "Insider", "Analysten",
           "Branchenkreise")

# (kind, status, German predicate with {amount}, English title with {amount})
DEALS = (
    ("negotiation", "in_negotiation", "verhandelt über eine Beteiligung von {amount} an",
     "in talks over {amount} stake in"),
    ("investment", "completed", "investiert {amount} in", "invests {amount} in"),
    ("contract", "completed", "schließt einen Vertrag über {amount} mit",
     "signs {amount} deal with"),
    ("funding_round", "in_negotiation", "plant eine Finanzierungsrunde über {amount} mit",
     "plans {amount} funding round with"),
    ("valuation", "reported_estimate", "wird nach einem Einstieg von {amount} neu bewertet durch",
     "revalued after {amount} entry by"),
    ("plan", "planned", "plant eine Übernahme im Wert von {amount} von",
     "plans {amount} takeover of"),
    ("commitment", "ongoing", "sichert sich Zusagen über {amount} von",
     "secures {amount} commitments from"),
    ("criticism", "ongoing", "warnt vor Risiken eines Geschäfts über {amount} mit",
     "warns about {amount} deal with"),
)

# Date wordings and the resolver's reading of them; "{year}" is a stated year.
DATE_WORDINGS = (
    "am Montag", "am Dienstagabend", "am Mittwoch", "am Donnerstagabend", "am Freitag",
    "gestern", "heute", "derzeit", "nachbörslich", "vergangene Woche", "im Januar", "im März",
    "im Oktober", "Anfang März", "Mitte des Jahres", "Ende des Jahres", "im vierten Quartal",
    "im dritten Quartal dieses Jahres", "nächstes Jahr", "vergangenes Jahr",
    "in den letzten Monaten", "bereits", "seit {year}", "bis Ende {year}", "im Jahr {year}",
    "Mitte {year}", "vor zwei Jahren", "am 15. März {year}", "zwischen März und Mai {year}",
    "Q3 {year}",
)

# Amount wordings; {a} < {b} are whole numbers, {c} a one-digit decimal part.
AMOUNT_WORDINGS = (
    "bis zu {a} Milliarden Euro", "mindestens {a} Millionen Dollar", "rund {a},{c} Milliarden Euro",
    "zwischen {a} und {b} Milliarden Dollar", "mehr als {a} Millionen Euro",
    "knapp unter {a} Milliarden Dollar", "{a} Millionen Euro", "über {a} Milliarden Dollar",
    "etwa {a} Milliarden Franken",
)

FILLER = (
    "Der Markt reagierte zunächst verhalten auf die Nachricht.",
    "Beobachter sehen darin einen weiteren Schritt im Wettlauf um Rechenleistung.",
    "Eine offizielle Bestätigung stand zunächst aus.",
    "Die Aktie legte im frühen Handel leicht zu.",
    "Kritiker verweisen auf die hohe Bewertung der Branche.",
    "Details zur Struktur des Geschäfts wurden nicht genannt.",
)
# Paragraphs that fill a report around its events, so reports have a news article's length.
BACKGROUND = (
    "{company} äußerte sich auf Anfrage zunächst nicht zu den Berichten.",
    "Die Aktie von {company} schloss {n},{m} Prozent {direction}.",
    "Branchenkenner rechnen damit, dass {company} in den kommenden Wochen nachlegt.",
    "Im Umfeld von {company} heißt es, die Gespräche seien weit fortgeschritten.",
    "Der Umsatz von {company} stieg im vergangenen Quartal um {n} Prozent.",
    "Ein Sprecher von {company} wollte die Zahlen nicht kommentieren.",
    "Auch {company} hatte zuletzt kräftig in Rechenzentren investiert.",
    "Wettbewerber wie {company} beobachten die Entwicklung genau.",
)
HEADINGS = ("Der Wettlauf geht weiter", "Reaktionen an der Börse", "Fragen zur Bewertung",
            "Ein Markt im Umbruch", "Was jetzt folgt")
