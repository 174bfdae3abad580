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

from factcheck.lang.de._ages import AGE_NOUN_FORMS as AGE_NOUN_FORMS
from factcheck.lang.de._ages import AGE_PERSON_GENDERS as AGE_PERSON_GENDERS
from factcheck.lang.de._ages import AGE_PERSON_MODIFIERS as AGE_PERSON_MODIFIERS
from factcheck.lang.de._ages import AGE_PERSON_ORDINALS as AGE_PERSON_ORDINALS
from factcheck.lang.de._ages import AGE_PERSON_OWNER_LINKS as AGE_PERSON_OWNER_LINKS
from factcheck.lang.de._ages import AGE_PERSONS as AGE_PERSONS
from factcheck.lang.de._areas import COMPASS_AREA_PATTERN as COMPASS_AREA_PATTERN
from factcheck.lang.de._areas import COMPASS_AREAS as COMPASS_AREAS
from factcheck.lang.de._areas import HELD_BY_PATTERN as HELD_BY_PATTERN
from factcheck.lang.de._areas import SEGMENT_PATTERN as SEGMENT_PATTERN
from factcheck.lang.de._areas import SITE_COUNTRY_PATTERN as SITE_COUNTRY_PATTERN
from factcheck.lang.de._lookalikes import HEAD_LOOKALIKES as HEAD_LOOKALIKES
from factcheck.lang.de._roles import ROLE_CUES as ROLE_CUES
from factcheck.lang.de._subjects import FALL_FROM as FALL_FROM
from factcheck.lang.de._subjects import HOLDER_TITLES as HOLDER_TITLES
from factcheck.lang.de._subjects import MEASURE_SUBJECTS as MEASURE_SUBJECTS
from factcheck.lang.de._subjects import VALUE_HEADS as VALUE_HEADS

CONCEPTS: dict[str, str] = {
    # Verwaltungsbezirke: mit einem Namen daneben eine Region ("die Provinz Al-Haouz")
    "Provinz": "province", "Bezirk": "district", "Distrikt": "district", "Landkreis": "county",
    "Präfektur": "prefecture", "Gouvernement": "governorate", "Kanton": "canton",
    "Oblast": "oblast", "Bundesland": "state", "Kreis": "county", "Regierungsbezirk": "district",
    # das Gebiet einer Polizeibehörde ("im Bereich des Polizeipräsidiums Mittelhessen")
    "Polizeipräsidium": "district", "Polizeidirektion": "district",
    # was ausläuft und wohin es treibt ("60.000 Liter Rohöl", "40 Kilometer Küste")
    "Öl": "oil", "Rohöl": "oil", "Heizöl": "oil", "Küste": "coast", "Küstenlinie": "coast",
    "Uferlinie": "coast",
    # eine Messstelle: mit einem Namen daneben ein Ort der Messung ("am Pegel Kaub")
    "Pegel": "gauge", "Container": "container", "Schiff": "ship", "Kriegsschiff": "ship",
    # Schiffe nach dem, was sie tragen oder tun ("der 135 Meter lange Frachter"); ein
    # Lastwagen ist ein "Tanklaster", ein "Tankwagen"
    "Frachter": "ship", "Tanker": "ship", "Trawler": "ship", "Kutter": "ship",
    "Boot": "boat", "U-Boot": "submarine", "Flugzeug": "aircraft",
    # die Wagen eines Zuges ("neun Wagen entgleist", "elf der 28 Waggons")
    "Waggon": "carriage", "Wagen": "carriage", "Eisenbahnwagen": "carriage",
    "Güterwagen": "carriage",
    "Flug": "flight",  # ein Flug ist eine Verbindung, kein Flugzeug ("5000 Flüge gestrichen")
    "Rechner": "computer", "Computer": "computer", "Kampfjet": "aircraft", "Jet": "aircraft",
    "Kampfflugzeug": "aircraft", "Hubschrauber": "helicopter", "Panzer": "tank",
    "Rakete": "missile", "Marschflugkörper": "missile", "Flugkörper": "missile",
    "Drohne": "drone", "Granate": "shell", "Geschoss": "shell", "Schuss": "shell",
    "Munition": "ammunition", "Waffe": "weapon", "Rüstungsgut": "armament",
    "Kriegsgerät": "armament", "Gewehr": "weapon", "Soldat": "soldier", "Kämpfer": "fighter",
    "Truppe": "soldier", "Tote": "dead", "Toter": "dead", "Todesopfer": "dead",
    "Getötete": "dead",  # "mit 1580 Getöteten"
    "Getöteter": "dead",
    "Menschenleben": "dead",  # "Die Flut forderte 158 Menschenleben"
    "Verletzte": "injured", "Verletzter": "injured", "Verwundete": "injured",
    "Verwundeter": "injured", "Vermisste": "missing", "Eingeschlossene": "trapped",
    "Verschüttete": "trapped",
    # Bergleute: "zwölf Bergleute eingeschlossen", "acht Kumpel gerettet"
    "Bergmann": "employee", "Bergleute": "employee", "Kumpel": "employee",
    "Vermisster": "missing", "Opfer": "victim", "Mensch": "person", "Person": "person",
    "Leute": "person", "Einwohner": "inhabitant", "Bürger": "citizen",
    "Demonstrant": "protester", "Trauernde": "participant", "Trauernder": "participant",
    "Teilnehmer": "participant", "Flüchtling": "refugee", "Geflüchtete": "refugee",
    "Zivilist": "civilian", "Kind": "child", "Erwachsene": "adult", "Gefangene": "prisoner",
    "Gefangener": "prisoner", "Häftling": "prisoner",
    "Geisel": "hostage", "Polizist": "police_officer", "Polizeibeamte": "police_officer",
    "Haus": "building", "Gebäude": "building", "Wohnung": "apartment",
    "Objekt": "premises",  # "38 Objekte durchsucht"
    "Geschäftsraum": "premises", "Räumlichkeit": "premises",
    "Durchsuchung": "premises",  # "bei 45 Durchsuchungen": the premises searched
    "Haushalt": "household",
    "Lösegeld": "ransom",  # "fünf Millionen Euro Lösegeld"
    "Kunde": "customer", "Verdächtige": "suspect", "Verdächtiger": "suspect",
    "Tatverdächtige": "suspect", "Tatverdächtiger": "suspect",  # kein engerer Verdächtiger
    "Beschuldigte": "suspect", "Beschuldigter": "suspect", "Fahrzeug": "vehicle",
    "Lastwagen": "truck", "Lkw": "truck", "Zug": "train",
    "Zugfahrt": "train",  # eine Fahrt eines Zuges ("460 Zugfahrten fielen aus")
    "Zugverbindung": "train",
    "Zugausfall": "train",  # ein ausgefallener Zug (die Rolle liest ROLE_CUES)
    "Flugausfall": "flight", "Bus": "bus", "Stimme": "vote",
    # an einem Flughafen: Flugbewegungen ("410 der 640 geplanten *Starts und Landungen*")
    "Start": "flight", "Landung": "flight", "Flugbewegung": "flight",
    "Enthaltung": "vote",  # "53 Enthaltungen": votes of a side (concepts.VOTE_ROLES)
    "Sitz": "seat",
    # places for people are a capacity ("die Arena mit 45.000 Plätzen", "3.000 Sitzplätze")
    "Platz": "capacity", "Mandat": "seat", "Arbeitsplatz": "job", "Stelle": "job",
    "Kokain": "cocaine",  # auch umgangssprachlich: "52 Kilo Koks"
    "Koks": "cocaine", "Bruttoinlandsprodukt": "gdp", "BIP": "gdp",
    "Wirtschaftsleistung": "gdp", "Fall": "case",
    "Tornado": "tornado", "Nachbeben": "aftershock",
    # die Erkrankten und ihre Erkrankungen sind Fälle ("Die Zahl der Erkrankten stieg auf 41")
    "Erkrankte": "case", "Erkrankung": "case", "Neuerkrankung": "case", "Infizierte": "case",
    "Vorerkrankung": "condition",  # ein Leiden von früher, kein Fall des Ausbruchs
    "Dosis": "dose", "Dose": "dose",  # "2.000 Impfdosen", "1.200 Dosen verimpft"
    # offences a crime statistic counts ("5,84 Millionen Straftaten", "Gewaltdelikte")
    "Straftat": "offence", "Delikt": "offence",
    "Todesfall": "dead",  # "537 Todesfälle": Tote, keine Erkrankten
    "Verdachtsfall": "suspected_case",  # ein Verdacht ist kein bestätigter Fall
    "Infektion": "infection", "Festnahme": "arrested", "Angriff": "attack",
    "Luftangriff": "attack", "Explosion": "explosion", "Grenzüberschreitung": "border_crossing",
    "Besucher": "visitor",
    "Gast": "visitor",  # "sieben Millionen Gäste" auf dem Fest
    "Zuschauer": "spectator", "Mitarbeiter": "employee", "Beschäftigte": "employee",
    "Mitarbeitende": "employee", "Arbeiter": "employee", "Arbeitnehmer": "employee",
    "Angestellte": "employee", "Personal": "employee", "Bediensteter": "employee",
    "Bedienstete": "employee",
    # die Beamten einer Haftanstalt sind ihr Personal, keine Polizei
    "Justizbeamte": "employee", "Justizbeamter": "employee", "Justizbeamtin": "employee",
    "Vollzugsbeamte": "employee", "Vollzugsbeamter": "employee", "Vollzugsbeamtin": "employee",
    "Unternehmen": "company", "Firma": "company", "Dorf": "village", "Land": "country",
    "Staat": "state", "Treffen": "meeting", "Minister": "minister", "Berater": "adviser",
    "Dokument": "document", "Abkommen": "agreement", "Vertrag": "agreement", "Tonne": "tonne",
    "Einheit": "unit", "Stück": "piece", "Barrel": "barrel", "Migrant": "migrant",
    "Asylbewerber": "asylum_seeker", "Patient": "patient", "Tourist": "tourist",
    "Überlebende": "rescued", "Überlebender": "rescued", "Urlauber": "tourist",
    "Schüler": "pupil", "Student": "student", "Wähler": "voter", "Stimmberechtigte": "voter",
    "Wahlberechtigte": "voter", "Mitglied": "member",
    # die Besatzung eines Schiffs oder Flugzeugs ("22 Besatzungsmitglieder", "eine
    # Besatzung von 21")
    "Besatzung": "crew", "Besatzungsmitglied": "crew", "Crew": "crew", "Crewmitglied": "crew",
    # die Seeleute eines Schiffs sind seine Besatzung ("21 Seeleute an Bord")
    "Seemann": "crew", "Seeleute": "crew", "Matrose": "crew", "Seefahrer": "crew",
    "Bevölkerung": "inhabitant", "Belegschaft": "employee",
    # eine Strafe in Jahren und Monaten ("zu acht Jahren *Haft*", "sechs Monate
    # *Freiheitsstrafe*")
    "Haft": "prison_term", "Haftstrafe": "prison_term", "Freiheitsstrafe": "prison_term",
    "Gefängnisstrafe": "prison_term", "Jugendstrafe": "prison_term",
    "Abgeordnete": "member_of_parliament", "Abgeordneter": "member_of_parliament",
    "Demonstrierende": "protester", "Demonstrierender": "protester",
    "Protestierende": "protester", "Teilnehmende": "participant", "Bauer": "farmer",
    "Landwirt": "farmer", "Traktor": "tractor", "Trecker": "tractor", "Schlepper": "tractor",
    "Fahrgast": "passenger",
    "Fluggast": "passenger",  # nicht "Gast": kein Besucher eines Fests
    "Passagier": "passenger",
    "Reisende": "passenger",  # "rund 300.000 Reisende am Flughafen"
    "Reisender": "passenger",
    "Insasse": "aboard",  # alle Menschen an Bord, auch der Fahrer
    "Feuerwehrmann": "firefighter", "Feuerwehrleute": "firefighter",
    "Feuerwehrfrau": "firefighter", "Feuerwehrkraft": "firefighter",
    "Einsatzkraft": "rescue_worker", "Fluss": "river", "Fluß": "river", "Strom": "river",
    "Helfer": "rescue_worker", "Retter": "rescue_worker", "Polizeikraft": "police_officer",
    "Beamte": "police_officer", "Beamter": "police_officer", "Beamtin": "police_officer",
    "Schwerverletzte": "seriously_injured", "Schwerverletzter": "seriously_injured",
    "Leichtverletzte": "lightly_injured", "Leichtverletzter": "lightly_injured",
    "Evakuierte": "evacuated", "Obdachlose": "displaced", "Festgenommene": "arrested",
    "Fan": "participant", "Stockwerk": "storey", "Etage": "storey", "Wohneinheit": "apartment",
    "Leiche": "dead", "Bewohner": "inhabitant", "Anwohner": "inhabitant",
}  # fmt: skip

FEMININE_SUFFIXES: tuple[str, ...] = ("innen", "in")
"""Endings of feminine person nouns, folded onto the base noun when the base is known
("Bäuerinnen" -> "Bauer", "Polizistinnen" -> "Polizist"); umlauts of the stem are
undone when the plain stem is the known word."""

UMLAUTS: dict[str, str] = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}
"""Umlauted letters and their plain forms, for folding "Bäuerin" onto "Bauer"."""

LEMMA_FIXES: dict[str, str] = {"halle": "Halle", "hallen": "Halle"}
"""Nomen, die der Lemmatisierer falsch zurückführt ("Halle" ist keine "Hall")."""


NOT_ROLE_CUES: tuple[str, ...] = (
    "toten Winkel", "tote Winkel", "toter Winkel", "Toten Meer", "Tote Meer", "Totes Meer",
)  # fmt: skip
"""Wendungen mit einem Wort der ROLE_CUES, die nichts darüber sagen, was den Gezählten
widerfuhr: der tote Winkel eines Lastwagens ("übersah die 14-Jährige im *toten Winkel*"),
ein Ortsname. Geschrieben wie die Hinweise; eine Wendung hier verdeckt den Hinweis in ihr."""

GAPPED_SEVERITY_AFTER: tuple[str, ...] = ("mit",)
"""Wörter, die einem Schweregrad ohne eigenes Partizip folgen dürfen ("acht verletzt, drei
davon schwer *mit* Verbrennungen": die Schwerverletzten)."""

SEPARABLE_ROLE_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "arrested": (("nahm", "fest"), ("nahmen", "fest")),
    "escaped": (("brach", "aus"), ("brachen", "aus")),
    "released": (("kam", "frei"), ("kamen", "frei"), ("kommt", "frei"), ("kommen", "frei"),
                 ("ließ", "frei"), ("ließen", "frei"), ("lässt", "frei")),
    "cancelled": (("fielen", "aus"), ("fiel", "aus"), ("fallen", "aus"), ("fällt", "aus")),
    "leaked": (("trat", "aus"), ("traten", "aus"), ("tritt", "aus"), ("treten", "aus"),
               ("lief", "aus"), ("liefen", "aus"), ("läuft", "aus"), ("laufen", "aus"),
               ("strömte", "aus"), ("strömten", "aus"), ("setzte", "frei"), ("setzten", "frei")),
    "dead": (
        ("kam", "ums Leben"),
        ("kamen", "ums Leben"),
        # "Die Flut kostete mindestens 180 Menschen das Leben"
        ("kostete", "das Leben"),
        ("kosteten", "das Leben"),
        ("kostet", "das Leben"),
    ),
    "evacuated": (("brachte", "in Sicherheit"), ("brachten", "in Sicherheit")),
    # "Die Flugabwehr *fing* 99 Drohnen *ab*", "*schoss* 40 Drohnen *ab*"
    "destroyed": (("fing", "ab"), ("fingen", "ab"), ("schoss", "ab"), ("schossen", "ab"),
                  # "In der Garage brannten 24 Autos aus"
                  ("brannte", "aus"), ("brannten", "aus")),
    # "In München kamen 100.000 Menschen zusammen"
    # "Am Dienstag legten rund 2.400 Beschäftigte die Arbeit nieder"
    "participant": (("kamen", "zusammen"), ("kam", "zusammen"), ("legten", "nieder"),
                    ("legte", "nieder")),
    # was ein Lager lagern darf ("Die Firma *durfte* bis zu 25 Tonnen *lagern*"), ein
    # Fahrzeug befördern ("Das Schiff *darf* bis zu 60 Fahrgäste *befördern*")
    "capacity": (("durfte", "lagern"), ("durften", "lagern"), ("darf", "lagern"),
                 ("dürfen", "lagern"), ("darf", "befördern"), ("dürfen", "befördern"),
                 ("durfte", "befördern"), ("kann", "befördern"), ("können", "befördern")),
}  # fmt: skip
"""Trennbare Verben, deren Teile um die Zahl stehen ("Die Polizei *nahm* 14 Personen
vorübergehend *fest*")."""


MEASURE_WORDS: frozenset[str] = frozenset(
    {"Schuss", "Einheit", "Einheiten", "Stück", "Ladung", "Mann"}
)

CONTENT_MARKERS: tuple[str, ...] = ("mit", "voller", "beladen mit", "gefüllt mit", "voll")

MATURITY_NOUNS: tuple[str, ...] = ("anleihe", "bundesanleihe", "rendite", "hypothek", "kredit")
"""Nomen, deren Laufzeit eine Sorte nennt ("die zehnjährige Bundesanleihe", "eine
30-jährige Hypothek"): keine Dauer, die zu vergleichen wäre."""

DESCRIPTIVE_ENDINGS: tuple[str, ...] = ("ende", "enden", "ender", "endes")
"""Endungen eines Beiworts vor dem gezählten Nomen, das sagt, was die Gezählten tun, nicht
welche gezählt sind (Partizip Präsens: "76.000 *jubelnde* Fans" sind keine Teilmenge von
"mehr als 89.000 Fans")."""
PLACE_PARTICIPLES: tuple[str, ...] = ()
"""Keine: ein deutsches Beiwort vor dem Nomen ("zwei *umliegende* Häuser") engt es hier nicht
ein; nur Komposita tun es ("zwölf *Spezial*taucher")."""

LINKING_ELEMENTS: tuple[str, ...] = ("es", "s", "en", "n", "e")

SUFFIX_HEADS: dict[str, tuple[str, ...]] = {}
"""Concept heads that end words which are no compound of them (en "leadership", which is no
ship): none in German, where a noun ending in a head is a compound of it."""

SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = (
    "e", "en", "er", "es", "em", "ische", "ischen", "ischer", "isches",
)  # fmt: skip


VERB_LIKE_SUFFIXES: tuple[str, ...] = ()
"""Unused in German: nouns are capitalised."""

ADVERB_SUFFIXES: tuple[str, ...] = ()
"""Unused in German: nouns are capitalised."""

VERB_WORDS: frozenset[str] = frozenset()
"""Unused in German: a lower-case word after the number that is not an adjective ends
the search."""

SCOPE_PREPOSITIONS: tuple[str, ...] = ("in", "im", "bei", "am", "an", "innerhalb", "für")
"""Prepositions before a place that give a figure its scope ("12 Tote *in* Bayern"):
figures for two different places count different things."""

PEOPLE_FROM: tuple[str, ...] = ("aus",)
"""Präpositionen zwischen einer Zahl von Menschen und dem Ort, aus dem sie kommen ("120
Reisende *aus* Schleswig-Holstein"; nicht "von": "300 von 500"): der Ort ist ihr Bereich."""

SCOPE_NAME_INTROS: tuple[str, ...] = ()
"""Unused in German: names are not told from nouns by capitals (see the English file)."""

SCOPE_NAME_STOPS: frozenset[str] = frozenset()
"""Unused in German."""

ANAPHORIC_SUBJECTS: tuple[str, ...] = ()
"""Unused in German: names are not told from nouns by capitals."""

AREA_BACK_REFERENCES: frozenset[str] = frozenset(
    {"der", "die", "das", "dem", "den", "des", "im", "vom", "zum", "beim", "dieser",
     "diesem", "diesen", "dieses", "diese"}
)  # fmt: skip
"""Wörter vor dem Wort eines Verwaltungsbezirks ohne Namen, die ihn zum zuletzt genannten
dieser Art machen ("*im* Landkreis" nach "im Landkreis Ebersberg")."""

PLACE_ANAPHORS: dict[str, str] = {
    "Dort": "", "dort": "", "Freistaat": "region", "Freistaats": "region",
}  # fmt: skip
"""Wörter für den zuletzt genannten Ort, im Satz oder im Satz davor ("Spitzenreiter blieb
Bayern: *Dort* wurden 48.900 Wohnungen fertig"; "... steht Bayern. Der *Freistaat* meldete
54.900"): eine Zahl danach ist die dieses Orts."""

GENERIC_STAFF: frozenset[str] = frozenset({"Kraft", "Einsatzkraft", "Helfer", "Helferin"})
"""Nouns (lemmas) for people on duty that do not say whose ("mit 1.800 *Kräften* im
Einsatz"): the organisation named in the sentence says it (``STAFF_ORGANISATIONS``)."""

STAFF_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "police_officer": ("Polizei*", "Bundespolizei*", "Landespolizei*"),
    "firefighter": ("Feuerwehr*", "Berufsfeuerwehr*"),
    "rescue_worker": ("Rettungsdienst*",),
    # die Helfer einer Hilfsorganisation: ein Teil aller Einsatzkräfte
    "relief_worker": ("THW", "Technische Hilfswerk*", "Technischen Hilfswerk*",
                      "Technischem Hilfswerk*", "Technisches Hilfswerk*", "Bergwacht",
                      "Wasserwacht", "DLRG"),
    "soldier": ("Bundeswehr", "Armee", "Militär"),
}  # fmt: skip
"""Organisations whose staff a generic count of forces counts (see ``GENERIC_STAFF``)."""


AGE_COPULAS: tuple[str, ...] = ("war", "ist")
"""Verbs between a kind of person and a bare number that make the number an age ("der
Fahrer war 24.")."""

PART_COPULAS: tuple[str, ...] = ("waren", "war", "sind", "ist", "seien", "sei")
"""Verben zwischen einem Teil der Betroffenen und dem Wort für seine Art ("Drei der Toten
*waren* Kinder"): Die drei sind tote Kinder, nicht ein Teil der Toten unter vielen, und
"zwei der Toten waren Ausländer" zählt etwas anderes."""

AGE_OF: tuple[str, ...] = ("von",)
"""Words between a kind of person and their age in years ("eine Frau *von* 70 Jahren",
"ein Mann von 45 Jahren")."""
AGE_RELATIVE: str = ""
"""Leer: im Deutschen steht ein Relativsatz zwischen Kommas, das Alter danach mit "Jahre
alt" ("Der Mann, der starb, war 67 Jahre alt")."""

RESTATED_NOUNS: frozenset[str] = frozenset({"Maschine", "Gerät", "Exemplar"})
"""Nouns (lemmas) that only restate a thing named before them ("Traktoren, also gut 3.000
*Maschinen*"): after a restating cue (``RESTATING_CUES``) they count that thing."""

RESTATING_CUES: tuple[str, ...] = ("also", "d. h.", "das heißt", "sprich")
"""Words that restate what was just named ("Traktoren, *also* gut 3.000 Maschinen")."""

RESTATING_JOINS: tuple[str, ...] = ("oder", "also", "d. h.", "das heißt", "sprich")
"""Wörter, die eine Zahl an die vorige anschließen, in anderen Größen gesagt ("4.300
Stellen, *oder* rund neun Prozent der Belegschaft"): die zweite ist gesagt wie die erste,
eine geplante also geplant."""


NUMBER_OF: str = r"(?<![\w-])(?:[Gg]esamtz|[Zz]|[Aa]nz)ahl\s+(?:der|von|an)\s+"
"""Die Wörter vor dem Nomen, das eine Zahl später im Satz zählt ("*die Zahl der*
Arbeitslosen stieg auf 2,81 Millionen")."""

SUBJECT_PRONOUNS: tuple[str, ...] = ("Sie", "Er", "Es")
"""Pronouns opening a sentence that stand for the subject of the sentence before ("Die
Polizei zog Bilanz. *Sie* war mit 1.800 Kräften im Einsatz")."""

ARTICLES: tuple[str, ...] = ("der", "die", "das", "dem", "den", "des")
"""Articles that may stand between a scope preposition and a name."""

STANCE_CUES: dict[str, tuple[str, ...]] = {
    "demanded": ("fordert", "fordern", "forderte", "forderten", "gefordert", "Forderung*",
                 "verlangt", "verlangen", "verlangte", "verlangten", "beantragt", "beantragte",
                 "beantragten", "plädiert", "plädierte", "plädierten", "Lösegeldforderung*",
                 "Lohnforderung*", "Gehaltsforderung*", "Tarifforderung*"),
    "offered": ("bietet", "bieten", "bot", "boten", "angeboten", "Angebot*", "offeriert*",
                # ein Entwurf schlägt vor, was erst beschlossen wird ("Im *Entwurf* klafft
                # ein Defizit von 86,4 Millionen Euro"; beschlossen sind es 82,9)
                "Entwurf", "Entwurfs", "Haushaltsentwurf*", "Gesetzentwurf*", "Vorschlag",
                "Vorschlags", "vorgeschlagen*"),
    "target": ("Ziel von", "Ziel der", "Ziel des", "zum Ziel gesetzt", "Zielmarke*",
               "angestrebt*", "anvisiert*", "Quorum", "Quorums", "Hürde", "strebt", "streben",
               "strebte", "vorgenommen"),
}  # fmt: skip
"""Wörter eines Satzteils, die einen Anteil, Betrag oder eine Laufzeit als Forderung oder
Angebot nennen: beide sind zwei Zahlen einer Verhandlung; und Wörter, die eine Zahl als Ziel
nennen ("das Ziel von 400.000 Wohnungen im Jahr"): ein Ziel ist keine Prognose."""

MOVE_UNITS: tuple[str, ...] = ("punkt", "zähler")
"""Nomen, um die ein Stand sich bewegt ("der DAX verlor 300 *Punkte*"): nach einem Verb der
Bewegung eine Veränderung, kein Stand."""

THRESHOLD_AFTER: str = (
    r"\s+(?:(?:der|mit\s+einer|mit|von)\s+(?:[A-Za-zÄÖÜäöüß]+\s+){0,2}(?:von\s+)?"
    r"(?:(?:mindestens|über|mehr\s+als)\s+[\d.,]*\d|[\d.,]*\d\s*(?:[A-Za-zäöüß%°]+\s+)?"
    r"(?:und|oder)\s+(?:mehr|höher|darüber|größer|stärker))"
    r"|ab\s+(?:einer\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+(?:von\s+)?[\d.,]*\d)(?![\w-])"
)
"""Nach einem gezählten Nomen eine Schwelle, die seine Dinge erreichen ("Nachbeben *der
Stärke 4 und mehr*", "Nachbeben *mit einer Stärke von mindestens 4,5*", "Beben *ab
Stärke 5*"): eine Teilmenge, nie gegen eine Zahl aller gestellt."""

STANCE_CONTINUATIONS: tuple[str, ...] = (
    "mindestens", "bei", "über", "mit", "verteilt", "zuzüglich", "plus", "jeweils", "sowie",
)  # fmt: skip
"""Erste Wörter eines Satzteils ohne eigenes Verb, der die Forderung oder das Angebot davor
fortführt ("fordert 8 Prozent, *mindestens* aber 350 Euro im Monat, *bei* einer Laufzeit
von zwölf Monaten"): seine Zahlen sind Teil derselben Forderung."""

NOT_STANCES: tuple[str, ...] = ("Angebotspreis*", "Ausgabepreis*", "Angebotsspanne")
"""Wendungen mit einem Wort der STANCE_CUES, die nichts fordern oder anbieten: der Preis
einer Aktienplatzierung ("über dem *Ausgabepreis*")."""

EXPANSION_CUES: tuple[str, ...] = ("vergrößert*", "erweitert*", "verlängert*", "ausgebaut*")
"""Wörter eines Absatzes, die von einem vergrößerten Ort erzählen ("die Fanmeile wird
*vergrößert*"): eine Kapazität dort ist die der neuen Anlage."""


CHANGE_BASES: dict[str, tuple[str, ...]] = {
    "year": ("gegenüber dem Vorjahr*", "im Vergleich zum Vorjahr*", "verglichen mit dem Vorjahr*",
             "zum Vorjahr*", "als im Vorjahr*", "als ein Jahr zuvor", "als im Jahr zuvor",
             "im Vorjahresvergleich", "binnen Jahresfrist", "auf Jahressicht",
             "gegenüber dem Vorjahresmonat", "gegenüber dem Vorjahresquartal",
             "gegenüber dem Vorjahreszeitraum", "im Vergleich zum Vorjahresmonat",
             "im Vergleich zum Vorjahresquartal", "im Vergleich zum Vorjahreszeitraum",
             "als im Vorjahresmonat", "als im Vorjahresquartal", "als im Vorjahreszeitraum"),
    "quarter": ("gegenüber dem Vorquartal", "im Vergleich zum Vorquartal", "zum Vorquartal",
                "als im Vorquartal"),
    "month": ("gegenüber dem Vormonat", "im Vergleich zum Vormonat", "zum Vormonat",
              "als im Vormonat", "im Monatsvergleich"),
}  # fmt: skip
"""Wogegen eine prozentuale Veränderung gemessen ist ("um 3,92 Prozent *gegenüber dem
Vorjahr*"): zwei Veränderungen werden nur über dieselbe Basis verglichen."""

RECOVERED_DEAD: tuple[str, ...] = ("Leiche", "Leichnam")
"""Lemmas of nouns for the dead that were found or recovered ("Taucher bargen vier
*Leichen*", "recovered four *bodies*"): a count of the dead found so far, a part of the
toll, never set against it."""

OPERATOR_WORDS: tuple[str, ...] = (
    "betreibt", "betrieb", "betreiben", "unterhält", "unterhielt", "besitzt", "besaß",
    # vor "über" ("die Bahn *verfügt über* 62 Kabinen", hedges.GOVERNED_HEDGES)
    "verfügt", "verfügte", "verfügen", "verfügten",
)  # fmt: skip
"""Wörter direkt vor einer Zahl, die sie zu allem machen, was jemand betreibt ("die Kette
*betreibt* zwölf Filialen"): die ganze Menge, gleich welches Nomen."""

OFFSET_AFTER: tuple[str, ...] = (
    "vor dem", "vor der", "vor den", "vor einem", "vor einer", "vor Beginn",
    "nach dem", "nach der", "nach den", "nach einem", "nach einer", "nach Beginn",
)  # fmt: skip
"""Wörter direkt nach einer Zeitspanne, die sie zum Abstand von einem Ereignis machen
("rund vier Stunden *vor dem* Anpfiff", "40 Minuten *nach der* Explosion"): ein
Zeitpunkt, keine Dauer ("bevor" und "nachdem" leiten dagegen einen Satz ein)."""

OFFSET_OPENING: tuple[str, ...] = ("nach", "vor")
"""Wörter nach einer Zeitspanne am Satzanfang, die sie zum Zeitpunkt machen ("*Vier Tage
nach* Beginn der Räumung ..."; mitten im Satz nur mit Artikel, ``OFFSET_AFTER``)."""

ELAPSED: tuple[str, ...] = ("nach",)
"""Wörter direkt vor einer Zeitspanne, die sie zur Zeit bis zu dem machen, was der Rest
ihres Satzteils sagt ("*Nach* knapp vier Stunden war die Strecke *wieder frei*"): das Wort
für das Gemessene darf danach überall im Satzteil stehen."""

DISTANCE_FROM: tuple[str, ...] = ("von", "vom", "entfernt")
"""Wörter direkt nach einer Länge, die sie zum Abstand von etwas machen ("etwa 180 Meter
*von* der Kammer entfernt"): ein Wort davor ("Die Retter *unter Tage* waren ...") sagt nicht,
was sie misst."""

GLUED_LENGTH_SUBJECTS: dict[str, tuple[str, ...]] = {
    "height": ("zaun", "zäune", "mauer", "mauern", "wand", "turm", "damm", "deich", "welle",
               "wellen", "statue"),
    "diameter": ("rohr", "rohre", "pipeline", "leitung", "leitungen", "schlauch", "schläuche"),
}  # fmt: skip
"""Was eine an ein Nomen gebundene Länge misst, wenn nicht seine Länge (das letzte Glied
eines zusammengesetzten Nomens zählt: "ein Zwei-Meter-*Zaun*", "Elektro*zaun*"): eine
Höhe, bei Rohren den Durchmesser."""


SUBJECT_SUBGROUPS: tuple[str, ...] = ("weibliche", "weiblichen", "männliche", "männlichen")

SUBJECT_OWNED_BEFORE: tuple[str, ...] = (
    "sein", "seine", "seinen", "seinem", "seines", "seiner",
)  # fmt: skip
"""Besitzwörter eines Einzelnen direkt vor dem Wort einer Maßangabe ("Inhaber Sauter
beziffert *seinen* Schaden auf rund 2,5 Millionen Euro"): die Zahl ist die eines Beteiligten,
ein Teil. Nicht "ihren": auch der Plural ("die Winzer beziffern ihren Schaden")."""
"""Wörter direkt vor dem Wort einer Maßangabe, die sie auf eine Gruppe einengen; meist
steht die Gruppe im Kompositum selbst ("Jugendarbeitslosenquote"), das ein eigenes Wort
ist und nie das Wort der Quote aller."""

MEASURE_OWNER: str = (
    r"(?<![\w-])(?P<owner>[A-ZÄÖÜ][\w-]*)(?:\s+[IVX]{1,3})?(?:(?:\s+(?:mit\s+(?:einem|einer)"
    r"|im|in\s+einem|(?:hat|hatte|umfasst|misst)\s+(?:einen|eine))"
    r"|(?:\s+ein)?,\s+(?:die|der|das)\s+(?:einen|eine))\s+(?P<word>[^\W\d_][\w-]*)\s+von"
    r"|\s+mit)\s+(?:[^\W\d_]+\s+){0,2}$"
)
"""Ein Ding, das mit dem Wort dessen genannt wird, was eine Maßangabe misst ("eine
*Überwachungszone mit einem Radius von* zehn Kilometern", "die *Überwachungszone im
Umkreis von* zehn Kilometern", "die *Sperrzone II hat einen Radius von* 15 Kilometern",
auch vor einem Relativsatz: "eine *Sperrzone II ein, die einen Radius von* 15 Kilometern
umfasst"), oder mit "mit" vor der Zahl, der das Wort folgt ("die *Schutzzone mit* drei
Kilometer Radius"): eine Maßangabe dieses Dings."""


HYPHEN_COUNTED: dict[str, str] = {
    "geschossig": "storey", "stöckig": "storey", "stockig": "storey", "spurig": "lane",
    "gleisig": "track",
}  # fmt: skip
"""Wortteile, an die eine Zahl mit Bindestrich gebunden ist ("ein 12-geschossiges Haus"),
und ihr Begriff: die Zahl zählt sie."""

MULTIPLIERS: frozenset[str] = frozenset({"mal"})
"""Nomen, die die Zahl davor zu einem Verhältnis machen ("drei *Mal* so groß wie am
Montag"): keine Zählung, keine Angabe."""

SIZING_AFTER: tuple[str, ...] = ("lang", "lange", "langen", "langer", "langes", "langem")
"""Wörter gleich nach dem gezählten Nomen, die die Zahl zur Größe eines Dings machen ("neun
Wagen des 28 Wagen *langen* Zuges entgleisten": nicht alle 28)."""


AGE_APPOSITION_BEFORE: str = r"[A-ZÄÖÜ][\w'’-]+\s*\(\s*$"
AGE_APPOSITION_AFTER: str = r"\s*\)"
"""Eine Zahl in Klammern nach einem Namen ist das Alter dieser Person ("Maria Lenz
(58)"): der Name davor und die schließende Klammer danach; sie zählt nichts."""
AGE_NAMING: str = r"\bhandelt\s+es\s+sich\s+um\b|\bals\b(?=[^.;]{0,60}\bidentifiziert)"
"""Wörter, die einer Art Person einen Namen geben ("Bei der toten Frau *handelt es sich
um* Maria Lenz (58)", "Der Fahrer wurde *als* Jan K. (41) identifiziert"): ihr Alter ist
das der toten Frau, des Fahrers."""


# Wörter direkt nach einer Zahl, die sie zum Teil einer Menge machen ("zwei *der*
# getöteten Frauen"): ein solcher Teil wird nicht gegen die Zahlen anderer Artikel gestellt
PARTITIVE_OPENING: str = (
    r"(?:Von|Unter)\s+(?:den|ihren|seinen|deren|dessen)\s+"
    r"(?:(?:rund|etwa|knapp|gut|über|mindestens|insgesamt)\s+)?"
    # eine Zahl oder ein Wort davor ("Von den *30* Verletzten", "Unter den *zwölf* Toten")
    r"(?:\d[\d.]*\s+|[a-zäöüß]+\s+)?([A-Za-zÄÖÜäöüß-]+)\s*,?"
)

PARTITIVE_AFTER: str = r"\s+(?:der|des|dieser|von\s+ihnen|von\s+den)\s"

# Wörter direkt vor oder nach einer Zahl, die sie zu einer früheren Zahl hinzufügen
# ("*weitere* 15.000 in der Fanzone", "800 *weitere* Traktoren"): steht eine Zahl derselben
# Sache davor, ist sie ein Teil; sonst zählt sie andere ("drei starben, zwölf *weitere*
# wurden verletzt": die Verletzten)
INCREMENT_WORDS: tuple[str, ...] = (
    "weitere", "weiteren", "weiterer", "weiteres", "zusätzliche", "zusätzlichen", "zusätzlich",
    # der Rest einer Menge ("die *übrigen* drei", "die *letzten* drei Geiseln"; nur direkt
    # vor oder nach der Zahl, also nicht "im letzten Jahr 11 Milliarden")
    "übrigen", "restlichen", "letzten",
    # was nach einem Verlust bleibt ("die *verbliebenen* sechs Felder der Brücke")
    "verbliebenen", "verbliebene", "verbleibenden", "verbleibende",
    # andere als jemand Genannter ("der Fahrer und 14 *andere*", "die *anderen* drei")
    "andere", "anderen",
)  # fmt: skip

EXCLUDING_WORDS: tuple[str, ...] = (
    "ohne die", "ohne den", "ohne das", "abzüglich", "exklusive", "nicht eingerechnet",
    "nicht mitgerechnet", "nicht mitgezählt",
)  # fmt: skip
"""Wörter im Satzteil einer Zahl oder am Satzanfang, die einen Teil des Ganzen auslassen
("*Ohne die* Osttribüne bietet das Stadion Platz für 13.900"): die Zahl ist ein Teil."""

POSITION_WORDS: tuple[str, ...] = ("oberen", "obersten", "unteren", "untersten", "ersten",
                                   "letzten", "vorderen", "hinteren")  # fmt: skip
"""Wörter direkt vor einer Zahl, die einen Teil nach seiner Lage wählen ("die *oberen* zwei
Stockwerke"): ein Teil der Menge, nie ihre Größe."""

OTHERS_WORDS: tuple[str, ...] = ("andere", "anderen", "andere Menschen")
"""Letzte Wörter einer Zahl von Menschen neben den zuvor im Satz gezählten ("ein Toter und
16 *andere* Verletzte"): die so gezählten Verletzten lassen die Toten aus."""

DESIGNATED_PART_AFTER: str = (
    r"\s+(?:im|in\s+(?:der|dem)|auf\s+(?:der|dem)|aus\s+(?:der|dem)|der|des)\s+"
    r"(?:[A-ZÄÖÜ]\w*(?:haus|trakt|block|flügel|gebäude|halle|station|abschnitt|sektor"
    r"|maschine|linie|anlage)"
    r"|Block|Trakt|Haus|Gebäude|Halle|Station|Flügel|Sektor|Abschnitt|Bereich|Terminal|Zone|Bau"
    r"|Maschine|Linie|Anlage|Werks?)"
    r"\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})(?![\w.])"
)
"""Direkt nach einer Zahl und ihrem Nomen: eine Einheit eines Ortes oder eines Werks, mit
Buchstabe oder Nummer benannt ("die 180 Gefangenen *im Hafthaus B*", "*auf Station 4*",
"die rund 180 Beschäftigten *der Papiermaschine 2*"): die Zahl ist die dieser Einheit, ein
Teil des Ganzen."""

REST_WORDS: tuple[str, ...] = (
    "übrigen",
    "restlichen",
    "verbliebenen",
    "verbliebene",
    "verbleibenden",
    "verbleibende",
    "anderen",
)
"""Die Wörter der INCREMENT_WORDS für den Rest einer Menge ("die *übrigen* drei
Verletzten"): immer ein Teil der Menge davor (nicht "letzten": "die letzten drei Geiseln"
können die einer neuen Freilassung sein)."""

# die Wörter direkt vor einer Zahl, die sie zur ganzen Menge machen, aus der ein Teil
# genommen wird ("150 *der* 1800 Einwohner", "*Von den* 1800 Einwohnern"): was das Verb
# zählt, sind die Teile, nicht die Menge; nicht "alle der": der Teil ist die ganze Menge
PARTITIVE_WHOLE_BEFORE: str = (
    r"(?:\d|\b(?:eine[rsm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    r"|zehn|elf|zwölf|viele[nr]?|meisten|einige[nr]?|keine[rsm]?|mehrere[nr]?|hälfte"
    r"|dutzende|hunderte|tausende|drittel|viertel|fünftel|zehntel))"
    r"\s+(?:der|dieser|von\s+den|seiner|ihrer)(?:\s+[a-zäöüß-]+){0,3}\s+\Z"
    r"|^\W*(?:von|unter)\s+(?:den|ihren|seinen|deren|dessen)\s+\Z"
    r"|\d\s+von\s+\Z"
    # ein Teil mit einem Zahlwort und ohne Artikel ("*eine von* drei Fähren")
    r"|\b(?:eine[rsm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+von\s+\Z"
)
