"""German: what counted nouns mean.

CONCEPTS maps a noun lemma (as simplemma gives it, or a compound's head) to a
language-neutral concept key, so that "Container" and "containers", "Granaten" and
"shells" can be compared. Compound nouns are split on these heads: "Frachtcontainer"
-> head "Container", modifier "Fracht"; "Regierungsgebäude" -> head "Gebäude", modifier
"Regierung" (the linking "s" is dropped).

MEASURE_WORDS are nouns that count units of the following noun ("fünf Millionen *Schuss*
Artilleriemunition", "*Einheiten*", "*Stück*"): the thing counted is the next noun.

CONTENT_MARKERS introduce what the counted things carry ("Container *mit* Munition").
LINKING_ELEMENTS are the Fugen-elements dropped when a compound's modifier is cut off.
SKIP_ADJECTIVE_SUFFIXES: lower-case words with these endings between number and noun
are adjectives and are skipped ("nordkoreanische", "ballistische").
"""

CONCEPTS: dict[str, str] = {
    "Container": "container",
    "Schiff": "ship",
    "Kriegsschiff": "ship",
    "Boot": "boat",
    "U-Boot": "submarine",
    "Flugzeug": "aircraft",
    "Kampfjet": "aircraft",
    "Jet": "aircraft",
    "Kampfflugzeug": "aircraft",
    "Hubschrauber": "helicopter",
    "Panzer": "tank",
    "Rakete": "missile",
    "Marschflugkörper": "missile",
    "Flugkörper": "missile",
    "Drohne": "drone",
    "Granate": "shell",
    "Geschoss": "shell",
    "Schuss": "shell",
    "Munition": "ammunition",
    "Waffe": "weapon",
    "Rüstungsgut": "armament",
    "Kriegsgerät": "armament",
    "Gewehr": "weapon",
    "Soldat": "soldier",
    "Kämpfer": "fighter",
    "Truppe": "soldier",
    "Tote": "dead",
    "Toter": "dead",
    "Todesopfer": "dead",
    "Verletzte": "injured",
    "Verletzter": "injured",
    "Verwundete": "injured",
    "Verwundeter": "injured",
    "Vermisste": "missing",
    "Vermisster": "missing",
    "Opfer": "victim",
    "Mensch": "person",
    "Person": "person",
    "Leute": "person",
    "Einwohner": "inhabitant",
    "Bürger": "citizen",
    "Demonstrant": "protester",
    "Teilnehmer": "participant",
    "Flüchtling": "refugee",
    "Geflüchtete": "refugee",
    "Zivilist": "civilian",
    "Kind": "child",
    "Gefangene": "prisoner",
    "Gefangener": "prisoner",
    "Geisel": "hostage",
    "Polizist": "police_officer",
    "Polizeibeamte": "police_officer",
    "Haus": "building",
    "Gebäude": "building",
    "Wohnung": "apartment",
    "Fahrzeug": "vehicle",
    "Lastwagen": "truck",
    "Lkw": "truck",
    "Zug": "train",
    "Bus": "bus",
    "Stimme": "vote",
    "Sitz": "seat",
    "Arbeitsplatz": "job",
    "Stelle": "job",
    "Fall": "case",
    "Infektion": "infection",
    "Festnahme": "arrest",
    "Angriff": "attack",
    "Luftangriff": "attack",
    "Explosion": "explosion",
    "Grenzüberschreitung": "border_crossing",
    "Besucher": "visitor",
    "Zuschauer": "spectator",
    "Mitarbeiter": "employee",
    "Beschäftigte": "employee",
    "Unternehmen": "company",
    "Firma": "company",
    "Dorf": "village",
    "Land": "country",
    "Staat": "state",
    "Treffen": "meeting",
    "Minister": "minister",
    "Berater": "adviser",
    "Dokument": "document",
    "Abkommen": "agreement",
    "Vertrag": "agreement",
    "Tonne": "tonne",
    "Einheit": "unit",
    "Stück": "piece",
    "Barrel": "barrel",
    "Migrant": "migrant",
    "Asylbewerber": "asylum_seeker",
    "Patient": "patient",
    "Schüler": "pupil",
    "Student": "student",
    "Wähler": "voter",
    "Mitglied": "member",
    "Abgeordnete": "member_of_parliament",
    "Abgeordneter": "member_of_parliament",
}

MEASURE_WORDS: frozenset[str] = frozenset({"Schuss", "Einheit", "Einheiten", "Stück", "Ladung"})

CONTENT_MARKERS: tuple[str, ...] = ("mit", "voller", "beladen mit", "gefüllt mit", "voll")

LINKING_ELEMENTS: tuple[str, ...] = ("es", "s", "en", "n", "e")

SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = (
    "e",
    "en",
    "er",
    "es",
    "em",
    "ische",
    "ischen",
    "ischer",
    "isches",
)


VERB_LIKE_SUFFIXES: tuple[str, ...] = ()
"""Unused in German: nouns are capitalised."""

VERB_WORDS: frozenset[str] = frozenset()
"""Unused in German: a lower-case word after the number that is not an adjective ends
the search."""
