"""German: words that announce events, by event type.

EVENT_TRIGGERS maps an event type to word stems; a word matches when it starts with a
stem (case-insensitive) and is a whole word. Keep stems specific: "treff" matches
"treffen", "trafen" needs its own stem. LOCATIVE_PREPOSITIONS put the event at a place
("in", "im", "bei"); DIRECTIONAL_PREPOSITIONS name where a visit or trip goes ("nach").
DELIVERY_VERBS move things from an origin (the subject) to a destination (the recipient);
RECEIVE_VERBS have the recipient as subject. ORIGIN_PREPOSITIONS and
DESTINATION_PREPOSITIONS mark origin and destination ("aus", "von"; "nach", "an").
"""

EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": (
        "treffen",
        "trafen",
        "traf ",
        "trifft",
        "getroffen",
        "gipfel",
        "zusammenkunft",
        "zusammengekommen",
        "zusammenkamen",
        "kamen",
        "begegnung",
    ),
    "visit": ("besuch", "visite", "reise", "staatsbesuch", "aufenthalt", "bereist", "besichtig"),
    "arrival": (
        "eintreffen",
        "eingetroffen",
        "traf ein",
        "trafen ein",
        "ankunft",
        "ankommen",
        "angekommen",
        "landete",
        "gelandet",
        "eintraf",
    ),
    "departure": (
        "abreise",
        "abgereist",
        "weiterreisen",
        "weiterreise",
        "reist weiter",
        "verließ",
        "verlassen",
        "abflug",
        "abgeflogen",
        "aufbrechen",
        "aufgebrochen",
    ),
    "signing": (
        "unterzeichn",
        "unterschrieb",
        "unterschreiben",
        "vereinbaren",
        "vereinbart",
        "vereinbarten",
        "abgeschlossen",
        "schlossen",
        "unterschrift",
    ),
}

LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("in", "im", "bei", "auf", "am", "an")
DIRECTIONAL_PREPOSITIONS: tuple[str, ...] = ("nach", "in die", "in den")
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("aus", "von")
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("nach", "an")

DELIVERY_VERBS: tuple[str, ...] = (
    "liefer",
    "geliefert",
    "schick",
    "geschickt",
    "send",
    "gesendet",
    "gesandt",
    "exportier",
    "verschiff",
    "transportier",
    "übergeben",
    "übergab",
)
RECEIVE_VERBS: tuple[str, ...] = (
    "erhalten",
    "erhielt",
    "bekommen",
    "bekam",
    "empfangen",
    "importier",
    "gekauft",
    "kauft",
    "kaufte",
)

SINCE_EVENT: str = (
    r"seit\s+(?:diesem|dem|jenem|diesen|dem\s+letzten)\s+(?:Treffen|Besuch|Gipfel\w*|Zeitpunkt)"
)
"""A "since" that points back to the event named before ("seit diesem Treffen")."""
