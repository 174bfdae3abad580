"""German: sentence boundaries and function words.

ABBREVIATIONS: tokens ending in "." that do not end a sentence (compared case-sensitively,
without the final dot). NO_SPLIT_BEFORE: words that, following "<number>.", show the dot
is an ordinal or date dot ("9. Juni"), not a sentence end (month names come from time.py).
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "z",
        "B",
        "Dr",
        "Prof",
        "Mio",
        "Mrd",
        "Bio",
        "ca",
        "Nr",
        "St",
        "bzw",
        "usw",
        "etc",
        "u",
        "a",
        "vgl",
        "ggf",
        "inkl",
        "evtl",
        "sog",
        "Abs",
        "Art",
        "Jh",
        "Jhd",
        "v",
        "Chr",
        "n",
        "geb",
        "gest",
        "Hr",
        "Fr",
        "Mr",
        "Mrs",
        "Gen",
        "Oberst",
        "Lt",
        "Tsd",
        "Std",
        "Min",
        "Sek",
        "Jan",
        "Feb",
        "Mär",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
        "bzgl",
        "d",
        "h",
        "i",
        "S",
        "s",
        "o",
        "ä",
        "Ä",
        "Dipl",
        "Ing",
        "max",
        "min",
        "mind",
        "rd",
        "zzgl",
        "Co",
        "Inc",
        "Ltd",
        "Corp",
        "Str",
        "US",
        "USA",
        "EU",
    }
)

DEMONSTRATIVE_CARRY: tuple[str, ...] = (
    "Demnach",
    "Dem nach",
    "Danach",
    "Weiter",
    "Zudem",
    "Außerdem",
    "Ferner",
    "Es handle sich",
    "Es handele sich",
    # ein Pronomen als Sprecher spricht für die Quelle des Satzes davor ("Die Polizei
    # zog Bilanz. *Sie sprach von* 12 Festnahmen")
    "Sie sagte",
    "Er sagte",
    "Sie sagten",
    "Sie sprach",
    "Er sprach",
    "Sie sprachen",
    "Sie teilte",
    "Er teilte",
    "Sie berichtete",
    "Er berichtete",
    "Sie nannte",
    "Er nannte",
    "Sie bezifferte",
    "Er bezifferte",
    "Sie erklärte",
    "Er erklärte",
)
"""Sentence openings that carry the previous sentence's attribution forward."""

CARRY_ENDINGS = (
    r",\s+(?:sagte|sagten|sagt|erklärte|erklärten|teilte|teilten|berichtete"
    r"|berichteten|betonte|betonten|fügte|fügten|schrieb|schrieben)"
    r"\s+(?:er|sie)\b(?:,|[^,;:\"„“”]{0,60}$)"
)
"""Ein Satzende, dessen Pronomen als Sprecher die Quelle des Satzes davor weiterträgt
("Rund 2.500 Häuser wurden beschädigt, *sagte er*.")."""

PRONOUNS_PERSON: frozenset[str] = frozenset({"er", "sie", "ihm", "ihr", "ihn"})
"""Pronouns that may refer back to the last named person."""

BOTH: tuple[str, ...] = ("die beiden", "beide", "beiden")
"""Phrases that refer to the two actors named last ("die beiden Führer")."""

ORDINAL_DOT: bool = True
"""Ein Punkt nach einer ein- oder zweistelligen Zahl macht sie zur Ordnungszahl ("am 9. August")."""

FINAL_ABBREVIATIONS: frozenset[str] = frozenset({"usw", "etc"})
"""Abkürzungen, die einen Satz beenden, wenn ein großgeschriebenes Wort folgt, das kein
Wochentag, Monat oder Zeitzone ist ("Äpfel, Birnen usw. Die Preise stiegen")."""
