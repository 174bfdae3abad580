"""Teile eines Ganzen, für die eine Zahl gilt: Himmelsrichtungen, Branchen, Standorte eines
Landes und die Seite, die ein Gebiet hält. Ein Teil von :mod:`factcheck.lang.de.nouns`,
das diese Namen weitergibt (der Vertrag: :class:`factcheck.lang.spec.Nouns`)."""

# Die Seite, die ein Gebiet hält, für das eine Zahl gilt ("unter russischer Kontrolle",
# "regierungskontrolliert"): Zahlen für Gebiete zweier Seiten zählen Verschiedenes
COMPASS_AREA_PATTERN: str = (
    r"\b(?:im|in\s+dem|im\s+ganzen)\s+((?:Nord|Süd)(?:ost|west)?en|Osten|Westen|Norden|Süden)\b"
    r"(?!\s+(?:des|der|von)\b|\s+[A-ZÄÖÜ]\w*s\b)"
    # die Fahrtrichtung einer gesperrten Straße ("in Richtung Norden fast zwölf Stunden
    # gesperrt", "die Gegenrichtung"; nicht "der Zug in Richtung Süden entgleiste")
    r"|\b(?:in\s+|Fahrt)(Richtung\s+(?:Norden|Süden|Osten|Westen))\b"
    r"(?=(?:\s+[\w.,-]+){0,5}?\s+(?:gesperrt|blockiert|dicht|Stau|staute))"
    r"|\b(Gegenrichtung)\b"
)
"""Ein Teil des Gebiets, nach seiner Himmelsrichtung benannt ("*im Nordwesten*"; nicht "im
Norden Bayerns", wo der Ort mehr sagt), oder eine Fahrtrichtung ("*in Richtung Norden*",
"*die Gegenrichtung*"): Zahlen für zwei Teile, oder für einen Teil und das Ganze, zählen
Verschiedenes."""

COMPASS_AREAS: dict[str, str] = {
    "norden": "north", "süden": "south", "osten": "east", "westen": "west",
    "nordosten": "northeast", "nordwesten": "northwest", "südosten": "southeast",
    "südwesten": "southwest",
    "richtung norden": "northbound", "richtung süden": "southbound",
    "richtung osten": "eastbound", "richtung westen": "westbound", "gegenrichtung": "opposite",
}  # fmt: skip
"""Himmelsrichtungen und Fahrtrichtungen (klein geschrieben) und der Teil des Gebiets oder
der Straße, den sie benennen."""


SEGMENT_PATTERN: str = r"(?i)\w*(?:branche|sektor|sparte|segment)(?:n|en|s|es)?(?![\w-])"
"""Ein Wort für eine Branche, einen Sektor oder eine Sparte vor einer Zahl ("die
*Baubranche* verlor 12.000 Stellen", "im *Gesundheitssektor* entstanden 68.000 Stellen"):
Die Zahl ist die dieses Teils, nicht die des Ganzen."""


SITE_COUNTRY_PATTERN: str = (
    r"(?<![\w-])(?i:an|in|bei|für)\s+(?i:den|dem|der|seinen|seiner|ihren|ihrer|allen|unseren)"
    r"\s+(?P<adj>[a-zäöü]\w+|[A-Z]{2,3})\s+(?:Standort|Werk|Filiale|Niederlassung|Fabrik"
    r"|Produktionsstandort|Produktionsstätte|Tochtergesellschaft)\w*"
)
"""Die Standorte eines Unternehmens in einem Land, nach dem Adjektiv des Landes ("*an den
deutschen Standorten* arbeiten derzeit rund 2.400 Beschäftigte", "*in den polnischen
Werken*"): die Zahlen des Satzteils sind die dieses Landes."""


HELD_BY_PATTERN: str = (
    r"(?<![\w-])([A-Za-zÄÖÜäöüß]+)-(?:kontrolliert|besetzt|gehalten)\w*"
    r"|\bunter\s+([A-Za-zÄÖÜäöüß]+?)(?:er|en|e)?\s+(?:Kontrolle|Besatzung)\b"
)
