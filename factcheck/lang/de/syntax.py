"""German: function words and phrase patterns the engines use.

The engines never compare language codes: what differs between languages in how phrases
are built is stated here, as data (regex fragments are ordinary strings). The names are
described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "von",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "sich",
        "auf",
        "für",
        "wird",
        "wurde",
        "auch",
        "nach",
        "bei",
        "aus",
        "wie",
        "hat",
        "haben",
        "sind",
        "war",
        "zum",
        "zur",
        "im",
        "über",
        "noch",
    ]
)

STOP_UNLESS_NOUN_AFTER: frozenset[str] = frozenset()
"""Ungenutzt im Deutschen: Nomen werden großgeschrieben (siehe die englische Datei)."""

NOUN_GROUP_STOP: frozenset[str] = frozenset(
    {
        "und",
        "oder",
        "mit",
        "von",
        "aus",
        "nach",
        "in",
        "im",
        "auf",
        "an",
        "am",
        "für",
        "bei",
        "zu",
        "zum",
        "zur",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "als",
        "wie",
        "seit",
        "bis",
        "pro",
        "je",
        "sind",
        "seien",
        "wurden",
        "waren",
        "haben",
        "hatten",
        "sollen",
        "sollten",
        "gegen",
        "über",
        "unter",
        "vor",
        "nicht",
        "auch",
        "noch",
        "schon",
        "bereits",
        "etwa",
        "rund",
        "zudem",
        # Präpositionen, die wie Adjektive enden oder vor einem anderen Nomen stehen
        # ("35 Stunden *ohne* Lohnverlust")
        "ohne",
        "um",
        "durch",
        "neben",
        "hinter",
        "zwischen",
        "während",
        "wegen",
        "trotz",
        "laut",
        "sowie",
        "binnen",
        "samt",
        "ab",
        "außer",
    }
)

COORDINATORS: frozenset[str] = frozenset({"und", "oder"})

CLAUSE_JOINERS: frozenset[str] = frozenset({"und", "aber", "doch"})
"""Wörter, die nach einem Komma einen eigenen Satz anfügen ("..., *und* die Straße war am
Dienstag gesperrt"): dessen Zeit ist nicht die einer Zahl davor; nicht "oder", das oft nur
umrechnet."""

RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    {"der", "die", "das", "dem", "den", "welche", "welcher", "welches"}
)
"""Wörter, die nach einem Komma einen Relativsatz eröffnen ("das Werk, *das* 1987 eröffnet
wurde")."""

COMPLEMENTIZERS: frozenset[str] = frozenset({"dass", "ob"})
"""Wörter, die einen Satz des Gesagten eröffnen: "..., und *dass* der Wiederaufbau Jahre
dauern würde" ist ein weiterer Satz, sein "würde" gilt nicht für die Zahl davor."""

COORDINATED_MODALS: frozenset[str] = frozenset(
    {"kann", "können", "könnte", "könnten", "soll", "sollen", "sollte", "sollten", "will",
     "wollen", "würde", "würden", "wird", "werden", "dürfte", "dürften"}
)  # fmt: skip
"""Modalverben, die nach "und"/"oder" ein weiteres Prädikat eröffnen: in "Sie verfügt über
62 Kabinen *und kann* bis zu 2.400 Personen pro Stunde befördern" gilt das "kann" nicht für
die 62 Kabinen."""

SUBORDINATORS: frozenset[str] = frozenset({"weil", "obwohl", "obgleich", "falls", "sofern"})
"""Wörter, die einen Satz des Grundes, der Einräumung oder der Bedingung eröffnen ("1,2
Millionen Autos werden zurückgerufen, *weil* der Airbag versagen könnte"): sein "könnte"
gilt nicht für die Zahl davor. Im Deutschen steht meist ein Komma davor; die Liste schneidet
auch dort, wo es fehlt."""

TIME_SUBORDINATORS: frozenset[str] = frozenset({"nachdem", "bevor", "ehe", "sobald"})
"""Wörter, die nach einer Zahl einen Nebensatz der Zeit öffnen ("die Zahl der Toten stieg
auf drei, *nachdem* ein Verletzter gestorben war"): ein Rollenwort darin gehört ihm."""

TIME_RELATIVES: frozenset[str] = frozenset({"als"})
"""Wörter, die nach einem Komma einen Satz über die eben genannte Zeit eröffnen ("das
schwerste Unglück seit 1992, *als* 167 Menschen starben"): seine Zahlen gehören zu diesem
Zeitpunkt, nicht zu einer Spanne seither."""

NAME_JOINERS: frozenset[str] = frozenset({"und", "sowie"})
"""Wörter, die zwei Namen einer Aufzählung verbinden ("Putin *und* Kim")."""

ARTICLES: frozenset[str] = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)
"""Bestimmte und unbestimmte Artikel: kein Teil eines Namens oder einer Quelle."""

_ART = r"(?i:der|die|das|dem|den|des|einem|einer|eines|ein|eine)"
_ART_ANYCASE = r"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]inem|[Ee]iner|[Ee]ines)"
_ADJ = r"[a-zäöüß][\w\-]{2,}(?:en|em|er|es|e)"

SOURCE_PHRASE: str = (
    rf"(?:{_ART}\s+)?(?:{_ADJ}\s+){{0,3}}"
    # "Innen- und Sportsenatorin Iris Spranger": ein Wortteil mit Ergänzungsstrich davor
    r"(?:[A-ZÄÖÜ]\w*-\s+(?:und|oder)\s+)?"
    r"(?:{cap}(?:\s+(?:&\s+)?(?:{cap}))*)"  # "Procter & Gamble teilte mit"
    # wessen Sprecher ("ein Sprecher *der Polizei*", "des Innenministeriums")
    rf"(?:\s+(?:des|der)\s+(?:{_ADJ}\s+){{0,2}}{{CAP}}(?:\s+{{CAP}})?)?"
    # ein Ort ("die Polizei in Köln", "der Bürgermeister von Köln")
    r"(?:\s+(?:in|aus|von)\s+{CAP}(?:\s+{CAP})?)?"
)

SOURCE_AFTER_PHRASE: str = rf"(?:{_ART_ANYCASE}\s+)?(?:{_ADJ}\s+){{0,2}}(?:{{CAP}}\s+){{1,3}}?"

SO_SOURCE: str = r",\s+so\s+"

CLAUSE_OPENERS: tuple[str, ...] = ("und", "während", "aber", "doch", "wogegen")
"""Konjunktionen, die einen Satzteil vor seinem Sprecher öffnen."""

GAPPED_SOURCE_AFTER: str = (
    r"\s+(?:(?:von|auf)\s+)?"
    r"(?:(?:rund|etwa|ca\.|circa|knapp|gut|fast|über|mehr\s+als|mindestens|nur)\s+)?\d"
)
"""Was einem Sprecher ohne eigenes Verb folgt ("der Bauernverband *von rund 3*0.000")."""

COMPOUND_ACTOR: str = r"(?<![\w-])([A-ZÄÖÜ][\w]*)-(?:Länder|Staaten|Regierung|Mitglieder)"

DATIVE_BEFORE_PLACE: str = r"\b(der|dem|den)\s+$"

PARTICIPLE_ENDINGS: tuple[str, ...] = ()
VERB_FORM_ENDINGS: tuple[str, ...] = ("t", "en")
"""Endungen eines Verbs oder Partizips ("geliefert", "lieferten"): ein Lieferverb nach einer
Zahl ist das Verb des Satzes, nicht Teil des gezählten Nomens."""

CITY_NOUN_WORDS: bool = False

ADJECTIVE_BEFORE_PLACE: bool = False

ORGANISATION_AFTER_PLACE: bool = False

PARTICIPLE_AFTER_NOUN: bool = False
"""Ein Verb direkt nach einem Nomen ist das des Satzes ("150 der 1.800 Einwohner
*starben*"); ein Partizip, das das Nomen beschreibt, steht davor ("die neun
*eingeschlossenen* Bergleute")."""

# ein Ortsnomen und "mit"/"von" direkt vor einer Zahl von Menschen: die Einwohnerzahl
# ("eine Gemeinde mit rund 3.000 Einwohnern", "die Kreisstadt mit 12.000 Menschen")
BODY_SIZE_BEFORE: str = (
    r"(?:\w*(?:tag|parlament|rat|versammlung|haus|kammer)|\bBürgerschaft)\s+(?:mit|von)\s+"
    r"(?:(?:insgesamt|nun|nur|jetzt|künftig)\s+)?$"
)
"""Wörter vor der Zahl der Sitze oder Mitglieder einer Versammlung ("im Landtag *mit* 101
Abgeordneten", "ein Stadtrat *von* 60 Mitgliedern"): die Sitze, die es gibt."""

POPULATION_BEFORE: str = (
    r"(?:\w*(?:stadt|gemeinde|dorf|kreis|insel|bezirk|kommune|metropole|ortschaft|land)"
    r"|\bOrt|\bRegion|\bStadtteil|\bStaat)\s+(?:mit|von)\s+$"
    r"|\bmit\s+(?:seinen|ihren)\s+$"
)

HOLDER_BEFORE: str = (
    r"\b(?:hat|haben|hatte|hatten|besitzt|beschäftigt|beschäftigte|beschäftigen|betreut"
    r"|versorgt)\s+$"
)
"""Wörter direkt vor einer Zahl, die sie zu allem machen, was jemand hat ("Die Bank *hat*
rund 3,6 Millionen Kunden", "die Firma *beschäftigt* 1.200 Menschen"): die ganze Menge, von
der eine Zahl dessen, was einigen widerfuhr, ein Teil sein kann."""
