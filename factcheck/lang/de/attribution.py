"""German: how attribution and modality are written.

SOURCE_BEFORE: phrases followed by the source ("laut X", "nach Angaben von X").
SOURCE_AFTER: postpositions after the source ("X zufolge").
SPEECH_VERBS: reporting verbs; "X sagte" and "sagte X" both attribute to X.
FINDINGS_WORDS: nouns that make "nach X-Erkenntnissen" a document source.
ROLE_WORDS: heads of role nouns; "Verteidigungsminister Shin" is a person with a role.
ORG_WORDS: heads of organisation nouns (-> government or organisation).
MEDIA_WORDS: heads of media nouns (-> agency or outlet).
MODALITY: cue words per modality (lower-case whole words); SUBJUNCTIVE: Konjunktiv I
forms that mark reported speech.
"""

_REPORT_NOUNS: tuple[str, ...] = (
    "Angaben", "Informationen", "Erkenntnissen", "Einschätzung", "Ansicht", "Schätzungen",
    "Schätzung", "Berechnungen", "Darstellung", "Zählungen", "Zählung", "Zahlen", "Daten",
)  # fmt: skip
"""Nouns of what a source gave ("nach *Angaben* der Polizei", "laut *Schätzungen* der
Veranstalter"): with their owner after them the owner is the source, not the noun."""

SOURCE_BEFORE: tuple[str, ...] = (
    "laut",
    # "Zwölf Menschen wurden verletzt, hieß es von der Polizei"
    *(f"{verb} es {prep}" for verb in ("hieß", "heißt") for prep in ("von", "bei", "aus")),
    *(
        f"{lead} {noun} {owner}"
        for lead in ("nach", "laut")
        for noun in _REPORT_NOUNS
        for owner in ("von", "der", "des")
    ),
    "nach Angaben",
    "unter Berufung auf",
    "Angaben von",
    "Angaben der",
    "Angaben des",
    "wie",
)

SOURCE_AFTER: tuple[str, ...] = ("zufolge",)

CITING_MARKERS: tuple[str, ...] = ("unter Berufung auf",)
"""Markers of SOURCE_BEFORE whose source the speaker of the sentence cites: "Die Agentur
berichtete *unter Berufung auf* die Polizei" is Agentur <- Polizei, while "*laut* der
Agentur sagte die Polizei" is Agentur <- Polizei too, the marker's source outermost."""

SPEECH_VERBS: tuple[str, ...] = (
    "sagte",
    "sagten",
    "sagt",
    "sagen",
    "gesagt",
    "erklärte",
    "erklärten",
    "erklärt",
    "teilte",
    "teilten",
    "teilt",
    "betonte",
    "betonten",
    "betont",
    "berichtete",
    "berichteten",
    "berichtet",
    "berichten",
    "schrieb",
    "schrieben",
    "schreibt",
    "warnte",
    "warnten",
    "warnt",
    "gewarnt",
    "bestätigte",
    "bestätigten",
    "bestätigt",
    "meldete",
    "meldeten",
    "meldet",
    "gemeldet",
    "äußerte",
    "äußerten",
    "behauptete",
    "behaupteten",
    "behauptet",
    "kündigte",
    "kündigten",
    "fügte",
    "fügten",
    "wirft",
    "werfen",
    "warf",
    "warfen",
    "dementierte",
    "dementierten",
    "dementiert",
    "bestritt",
    "bestritten",
    "bestreitet",
    "bestreiten",
    "hieß",
    "heißt",
    "so",
    "zählte",
    "zählten",
    "sprach",
    "sprachen",
    # "Die Polizei geht von rund 5000 Teilnehmern aus": wer von einer Zahl ausgeht
    "geht von",
    "gehen von",
    "ging von",
    "gingen von",
    "nannte",
    "nannten",
    "bezifferte",
    "bezifferten",
    "beziffert",
    "schätzte",
    "schätzten",
    # Partizipien des Perfekts ("hatte die Polizei ... gezählt")
    "gezählt",
    "geschätzt",
    "gesprochen",
    "genannt",
    "mitgeteilt",
    "angegeben",
    "schätzt",
    # das Präsens der Nachrichtensprache ("Die Polizei *spricht* von 70.000")
    "spricht", "sprechen", "zählt", "zählen", "nennt", "nennen", "schätzen", "beziffern",
    "bestätigen", "melden", "erklären", "ergänzte", "ergänzten", "ergänzt", "korrigierte",
    "korrigierten", "korrigiert",
)  # fmt: skip

FINDINGS_WORDS: tuple[str, ...] = (
    "Erkenntnissen",
    "Erkenntnisse",
    "Geheimdienstinformationen",
    "Informationen",
    "Bericht",
    "Berichten",
    "Studie",
    "Schätzungen",
    "Angaben",
    "Daten",
    "Dokumenten",
)

ROLE_WORDS: tuple[str, ...] = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "berater",
    "beraterin",
    "kanzler",
    "kanzlerin",
    "regierungschef",
    "staatschef",
    "machthaber",
    "diktator",
    "führer",
    "chef",
    "chefin",
    "generalsekretär",
    "vorsitzender",
    "vorsitzende",
    "botschafter",
    "botschafterin",
    "general",
    "kommandeur",
    "experte",
    "expertin",
    "analyst",
    "analystin",
    "beobachter",
    "premier",
    "premierminister",
    "bürgermeister",
    "gouverneur",
    "staatssekretär",
    "abgeordnete",
    "abgeordneter",
    "senator",
    "mitarbeiter",
    "offizier",
    "kommandant",
    "oberbefehlshaber",
    "herrscher",
    # weibliche Formen und weitere Ämter ("Bürgermeisterin", "Einsatzleiter")
    "bürgermeisterin", "gouverneurin", "senatorin", "staatssekretärin", "generalsekretärin",
    "kommandeurin", "kommandantin", "offizierin", "mitarbeiterin", "beobachterin", "führerin",
    "leiter", "leiterin", "direktor", "direktorin", "landrat", "landrätin", "dezernent",
    "dezernentin", "richter", "richterin", "staatsanwalt", "staatsanwältin", "ermittler",
    "ermittlerin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin",
    "intendant", "intendantin", "vorstand", "koordinator", "koordinatorin", "beauftragte",
    "beauftragter", "kommissar", "kommissarin", "brandmeister", "vertreter", "vertreterin",
    # wer für das spricht, was er sah oder erlebte ("sagten Augenzeugen"); nicht "Zeuge":
    # darauf enden die Fahrzeuge
    "augenzeuge", "augenzeugen", "augenzeugin", "zeugin", "anwohner", "anwohnern", "anwohnerin",
    "angehörige", "angehörigen", "familie", "nachbar", "nachbarin", "nachbarn", "überlebende",
    "überlebenden", "arzt", "ärztin", "ärzte", "ärzten", "anwalt", "anwältin", "anwälte",
)  # fmt: skip

BARE_SPEAKERS: tuple[str, ...] = (
    "sprecher", "sprecherin", "ein sprecher", "eine sprecherin", "eigenen angaben",
    "eigener aussage", "eigener darstellung", "ihren angaben", "seinen angaben",
    "ihrer darstellung", "seiner darstellung", "ihrer schätzung", "seiner schätzung",
    "ihren schätzungen", "seinen schätzungen", "ihrer zählung", "seiner zählung",
)  # fmt: skip
"""Sprecher ohne Organisation: sie sprechen für die eine, die der Satz davor nennt."""

ORG_WORDS: tuple[str, ...] = (
    "ministerium",
    "regierung",
    "behörde",
    "behörden",
    "armee",
    "militär",
    "generalstab",
    "geheimdienst",
    "polizei",
    "staatsanwaltschaft",
    "kreml",
    "pentagon",
    "sicherheitsrat",
    "rat",
    "kommission",
    "verwaltung",
    "streitkräfte",
    "marine",
    "institut",
    "organisation",
    "büro",
    "amt",
    "parlament",
    "partei",
    "gericht",
    "ministerien",
    "regierungen",
    "veranstalter",
    "veranstalterin",
    "organisatoren",
    "organisator",
    "organisatorin",
    "initiatoren",
    "verband",
    "gewerkschaft",
    "bündnis",
    "feuerwehr",
    "rechnungshof",
    "konzern",
    "unternehmen",
    "betreiber",
    "betreiberin",
    "klinik",
    "klinikum",
    "krankenhaus",
    "rettungskräfte",
    "rettungsdienst",
    # Behörden, die "Agentur" heißen: keine Nachrichtenagenturen
    "bundesagentur", "arbeitsagentur", "energieagentur", "raumfahrtagentur", "umweltagentur",
    # Körperschaften, die selbst sprechen ("teilte der Landkreis mit"); nicht "Stadt": die
    # Altstadt und die Innenstadt sprechen nicht
    "gemeinde", "landkreis", "senat", "bundeswehr",
    # Unternehmen und Stellen, die für sich sprechen ("teilte die Fluggesellschaft mit");
    # kein Wort, auf das häufige Orts- oder Sachwörter enden ("bahn": Autobahn, "zentrum":
    # Stadtzentrum, "dienst": Gottesdienst, "bank": Datenbank, "botschaft")
    "fluggesellschaft", "airline", "flughafen", "stadtwerke", "versorger", "firma",
    "versicherer", "hersteller", "stiftung", "verein", "kammer", "wetterdienst", "leitstelle",
    "krisenstab", "einsatzleitung", "präsidium", "polizeidirektion", "polizeiinspektion",
    "universität", "einsatzkräfte", "deutsche bahn",
)  # fmt: skip

ORG_WHOLE_WORDS: tuple[str, ...] = ("stadt", "bahn")
"""Körperschaften, die nur als ganzes Wort sprechen ("teilte die *Stadt* mit", "laut
*Bahn*"): auf sie enden Orte, die nicht sprechen ("Innenstadt", "Autobahn")."""

COMPANY_DESCRIPTORS: tuple[str, ...] = (
    "konzern", "portal", "hersteller", "unternehmen", "anbieter", "versicherer", "händler",
    "zulieferer", "betreiber", "dienstleister", "autobauer", "flugzeugbauer",
    "maschinenbauer", "discounter",
)  # fmt: skip
"""Endungen eines Nomens, das eine Firma vor ihrem Namen beschreibt ("*Vergleichsportal*
Verivox", "*Energiekonzern* RWE"): der eine Name danach ist die Firma, dieselbe wie
"Verivox" allein. Im Deutschen sind alle Nomen großgeschrieben; zwei Wörter nach der
Beschreibung ("Konzern Deutsche Bahn") bleiben darum ein Name (``persons.firm_name``)."""

MEDIA_WORDS: tuple[str, ...] = (
    "nachrichtenagentur",
    "nachrichtenagenturen",
    "agentur",
    "agenturen",
    "zeitung",
    "staatsmedien",
    "medien",
    "sender",
    "staatsfernsehen",
    "fernsehen",
    "parteiblatt",
    "blatt",
    "portal",
    "magazin",
)

MEDIA_TITLE_WORDS: tuple[str, ...] = ()
"""Unused in German: every noun is capitalised, so a capital marks no title ("die
Zeitung"); outlets are known by name (``sources.yaml``) or by their media noun."""

GOVERNMENT_WORDS: tuple[str, ...] = (
    "ministerium",
    "regierung",
    "kreml",
    "pentagon",
    "generalstab",
    "armee",
    "militär",
    "streitkräfte",
    "marine",
    "geheimdienst",
    "behörde",
    "behörden",
)

MODALITY: dict[str, tuple[str, ...]] = {
    "alleged": (
        "mutmaßlich",
        "mutmaßliche",
        "mutmaßlichen",
        "angeblich",
        "angebliche",
        "angeblichen",
        "vermeintlich",
        "offenbar",
        "anscheinend",
    ),
    "denied": (
        "bestreiten",
        "bestreitet",
        "bestritt",
        "bestritten",
        "dementierte",
        "dementiert",
        "dementieren",
        "zurückgewiesen",
        "zurückwies",
    ),
    "planned": (
        # eine Drohung, eine drohende Strafe ("drohten mit einem Streik von 16.000
        # Pflegekräften", "ihm drohen bis zu zehn Jahre Haft"): nichts, was geschah
        "drohen",
        "drohte",
        "drohten",
        "droht",
        "soll",
        "sollen",
        "will",
        "wollen",
        "wollte",
        "wollten",
        "plant",
        "planen",
        "planten",
        "geplant",
        "geplante",
        "geplanten",
        # eingeplant, einkalkuliert: wofür vorgesorgt war, nicht, was geschah; angesetzt,
        # anberaumt: was vorgesehen war ("zehn Verhandlungstage angesetzt")
        "eingeplant",
        "einkalkuliert",
        "angesetzt",
        "anberaumt",
        "vorgesehen",
        # ein Vorschlag: noch nichts beschlossen ("das Papier schlägt vor, 17 Schulen zu
        # schließen")
        "vorgeschlagen",
        "vorschlagen",
        "beabsichtigen",
        "beabsichtigt",
        "angekündigt",
        "wird",
        "angemeldet",
        "erwartet",
        "erwarten",
        "erwartete",
        "erwarteten",
        "gerechnet",
        "rechnen",
        "rechnet",
        "rechnete",
        "rechneten",
        "kalkuliert",
        "kalkulierte",
        "kalkulierten",
        "kalkulieren",
        "prognostiziert",
        "Prognose",
        # eine Erwartung ("der Pegel dürfte bis Freitag auf 65 Zentimeter fallen")
        "dürfte",
        "dürften",
        "veranschlagt",
        # ein Ziel ("das Ziel von 400.000 Wohnungen pro Jahr"); nicht "ins Ziel kamen 12.000"
        "Ziel von",
        "Ziel der",
        "Ziel des",
        "zum Ziel gesetzt",
        "Zielmarke",
        "angestrebt",
        "angestrebte",
        "angestrebten",
        "anvisiert",
        "anvisierte",
        "anvisierten",
    ),
    "hypothetical": (
        # was herauskäme ("die auf 67 Sitze *käme*"); nicht "kämen", das auch indirekte
        # Rede ist ("es kämen täglich 300 an")
        "käme",
        "könnte",
        "könnten",
        "möglicherweise",
        "vielleicht",
        "falls",
        "wenn",
        # was es kosten würde ("Die Umrüstung *würde* etwa 1,8 Millionen Euro kosten")
        "würde",
        "würden",
        # was eine Art erreichen kann ("Grindwale *können bis zu* sechs Meter lang
        # werden"): kein Maß des Tiers, um das es geht; nicht "können" allein ("200
        # Anwohner können nicht zurück" ist eine Zahl)
        "kann bis zu",
        "können bis zu",
    ),
    "estimated": ("schätzt", "schätzen", "geschätzt", "schätzungsweise", "Schätzungen"),
    # Zukunft in indirekter Rede: "80 Prozent der Züge würden ausfallen, sagte sie" plant
    "backshift": ("würde", "würden"),
}

SUBJUNCTIVE: tuple[str, ...] = (
    "habe",
    "sei",
    "seien",
    "werde",
    "könne",
    "solle",
    "wolle",
    "müsse",
    "handle",
    "handele",
    "gebe",
    "liege",
    "stehe",
    "gehe",
    "komme",
    "bleibe",
    "gelte",
    "dürfe",
    "befinde",
    "fehle",
    "hätten",
    "wären",
    "würde",
)

PLANNED_EVENT_VERBS: tuple[str, ...] = (
    "stattfinden",
    "vereinbaren",
    "unterzeichnen",
    "treffen",
    "reisen",
    "weiterreisen",
    "eintreffen",
    "besuchen",
)
"""Infinitives that, with "will/soll/werde", describe a planned event."""

BACKWARD_SOURCE: str = (
    r"\W*(?:Das|Dies)\s+(?:teilten?|sagten?|berichteten?|bestätigten?|erklärten?|meldeten?"
    r"|gaben?|schrieben?|hieß\s+es|geht\s+aus|ging\s+aus)(?![\w-])"
)
"""Ein Satz, der mit "Das/Dies" und einem Verb des Sagens beginnt, nennt die Quelle des
Satzes davor ("Der Schaden liegt bei zwei Millionen Euro. *Das teilte die Polizei mit.*")."""

SPEAKER_ADVERBS: tuple[str, ...] = ()
"""Im Deutschen leer: das Verb steht vor dem Adverb ("Die Polizei teilte *später* mit")."""

PERFECT_AUXILIARIES: tuple[str, ...] = ("hat", "hatte", "haben", "hatten")
"""Finite auxiliaries between a speaker and its reporting verb ("Die Polizei hatte am
Montag gesagt", "Der Rechnungshof hat 2016 gewarnt")."""

AUXILIARY_BEFORE_SPEAKER: bool = True
"""Im Perfekt steht der Sprecher nach dem Hilfsverb, wenn etwas anderes den Satz
eröffnet ("50.000 Teilnehmer hatte *die Polizei* gezählt")."""

SUBJECT_ONLY_VERBS: tuple[str, ...] = (
    "wirft",
    "werfen",
    "warf",
    "warfen",
    "beschuldigt",
    "beschuldigte",
    "beschuldigten",
)
"""Reporting verbs whose following noun is the object, not the speaker ("Südkorea wirft
Nordkorea vor": the source is Südkorea)."""

PAST_TENSE_WORDS: tuple[str, ...] = (
    "hatte", "hatten", "war", "waren", "wurde", "wurden", "gab", "kam", "kamen", "starb",
    "starben", "fand", "fanden", "lag", "lagen", "stand", "standen", "ging", "gingen",
    "blieb", "blieben", "zog", "zogen", "trafen", "nahm", "nahmen", "sprach", "sprachen",
    "zählte", "zählten", "meldete", "meldeten", "feierten", "hätte", "hätten", "worden",
    "zuletzt", "damals", "bereits", "schon",
    # Präteritum starker Verben der Nachrichten ("Bayern *gewann* am Samstag")
    "gewann", "gewannen", "verlor", "schlug", "schlugen", "fiel", "fielen", "stieg", "stiegen",
    "brach", "brachen", "flog", "flogen", "fuhr", "fuhren", "rief", "riefen", "hielt",
    "hielten", "traf", "erhielt", "erhielten", "sank", "sanken", "wuchs", "wuchsen", "begann",
    "begannen", "sah", "sahen", "ließ", "ließen", "verließ", "verließen", "lief", "liefen",
    "brannte", "brannten", "endete", "endeten", "siegte", "siegten",
    # schwache Verben des Geschehens (keine des Sagens: "Am Freitag soll ..., sagte er")
    "zeigte", "zeigten", "erreichte", "erreichten", "betrug", "betrugen", "kostete",
    "kosteten", "dauerte", "dauerten", "musste", "mussten", "konnte", "konnten", "stürzte",
    "stürzten", "erlitt", "erlitten", "rettete", "retteten", "bargen", "brachte", "brachten",
    "räumte", "räumten", "sperrte", "sperrten", "landete", "landeten", "startete",
    "starteten", "ereignete", "geschah", "passierte", "streikten", "protestierten",
    # Partizipien, die auch vor ihrem Hilfsverb stehen ("gekommen sind 12.000")
    "gekommen", "erschienen", "gewesen",
)  # fmt: skip
"""Words of a past-tense sentence (Präteritum of the auxiliaries and of common verbs;
"zuletzt"): bare weekdays and months in it point back in time."""

PLAIN_PAST_WORDS: tuple[str, ...] = ()
"""Unused in German: no past form is written as the present."""

PAST_TENSE_ENDINGS: tuple[str, ...] = ()
"""Endings of past-tense words: none."""

PAST_TENSE: str = (
    r"(?<![\w-])(?:hat|haben|ist|sind|habe|sei|seien)(?![\w-])"
    r"(?:[^.;]|(?<=\d)\.(?=\d))*?(?<![\w-])(?-i:[a-zäöüß])"
    r"(?:\w*?ge\w+(?:t|en)|(?:be|ver|zer|ent|er|emp|miss)\w+(?:t|en)|\w+iert)(?![\w-])"
)
"""A past-tense sentence by its Perfekt with the participle, also in reported speech
("habe ... gezählt", "seien ... verletzt worden", "hätten sich ... beteiligt"; also
across a number's thousands dot): a participle with "ge", also after a separable prefix
("festgenommen", "freigekommen"), one of an inseparable prefix ("verhaftet", "zerstört")
or of a verb in "-ieren" ("evakuiert"); written in lower case, so no noun is one. A plan
cue in the sentence outranks it ("Für Dienstag sind zwei Aufzüge *angemeldet*")."""

VIA_MARKERS: tuple[str, ...] = ("in einem Interview mit", "im Gespräch mit", "gegenüber")
"""Phrases after a reporting verb that name the medium a speaker talked to."""

PRESS_AUDIENCE: tuple[str, ...] = (
    "journalisten",
    "journalistinnen",
    "reportern",
    "medienvertretern",
    "der presse",
    "presse",
)
"""Words for the press a speaker talks to ("sagte *Journalisten*", "gegenüber *der Presse*"):
an audience, never a source."""

FINDINGS_MARKER: str = "nach"
"""The preposition of findings sources ("nach US-Erkenntnissen")."""

FINDINGS_OWNER_WORDS: tuple[str, ...] = ("der", "des", "von", "vom", "eines", "einer")
"""Wörter nach einem Erkenntnis-Wort, die nennen, wessen Angaben es sind ("nach Angaben
*der* Polizei")."""

SOURCE_PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "aus", "von")
"""Präpositionen, mit denen ein Ort das Land einer Quelle nennt ("Behörden *in* Kiew",
"der Bürgermeister *von* Köln")."""

REVISION_WORDS: tuple[str, ...] = (
    "korrigier*",
    "revidier*",
    "berichtig*",
    "amtlich*",
    "offiziell*",
    "endgültig*",
    "Endergebnis*",
)
"""Words that present a figure as a correction of an earlier one, matched case-insensitively
at the start of a word; an entry ending in ``*`` also matches longer words."""


EPISTEMIC_STATE: str = (
    r"(?<![\w-])(?:dürfte|dürften)(?![\w-])(?:\s+\S+){0,12}?\s+"
    r"(?:liegen|betragen|belaufen|ausmachen|umfassen|gehen|sein"
    r"|[a-zäöüß]*ge[a-zäöüß]+(?:en|t)\s+haben)(?![\w-])"
)
"""Mit einem Zustandsverb oder dem Infinitiv Perfekt vermutet "dürfte/dürften", wie es
steht oder was schon geschah ("der Schaden *dürfte bei* 18 Millionen Euro *liegen*", "zwölf
Menschen *dürften* verletzt worden *sein*"): eine Schätzung, kein Plan. Was kommt, bleibt
geplant ("der Pegel dürfte bis Freitag auf 65 Zentimeter fallen")."""

DETERMINERS: frozenset[str] = frozenset(
    ("gegen", "über", "trotz", "wegen", "der", "die", "das", "den", "dem", "des", "ein", "eine",
    "einer", "eines", "einem", "einen", "seine", "seiner", "seinen", "ihre", "ihrer", "ihren",
    "diese", "dieser", "diesen")
)  # fmt: skip
"""Words (determiners, prepositions) before a plan cue that make it describe the noun after
it ("gegen die *geplante* Schließung", "the *planned* closure", "against planned cuts"):
such a cue plans a figure only inside its own noun phrase ("die geplanten 77 Millionen
Euro")."""

REFUSED_PROPOSALS: tuple[str, ...] = (
    "Angebot", "Tarifangebot", "Vertrag", "Vorschlag", "Einigung", "Plan", "Pläne", "Entwurf",
    "Kompromiss", "Schlichterspruch", "Tarifvertrag",
)  # fmt: skip
"""Nomen eines Vorschlags nach einem Wort des Bestreitens ("wiesen das *Angebot* zurück"):
das Wort lehnt einen Vorschlag ab, es bestreitet keine Aussage, und dessen Zahlen gelten
als angeboten. Am Wortanfang verglichen."""

PLAN_INFINITIVE: tuple[str, ...] = ()
"""Wörter direkt nach einem Plan-Wort, die das Geplante einleiten: im Deutschen steht das
"zu" am Ende ("ihr Plan, die Ausgaben auf 2 Prozent zu erhöhen"), hier also keins."""

PASSIVE: str = (
    r"(?<![\w-])(?:wird|werden|würde|würden)(?:\s+[\w.,-]+){0,5}?"
    r"\s+(?:ge|be|ver|er|zer|ent|über)[a-zäöüß]+t(?![\w-])"
    # the participle first: "Vermisst wird weiterhin ein 76-jähriger Autofahrer"
    r"|(?<![\w-])(?:[Gg]e|[Bb]e|[Vv]er|[Ee]r|[Zz]er|[Ee]nt)[a-zäöüß]+t\s+(?:wird|werden)(?![\w-])"
)
"""Ein Passiv mit "wird/werden" ("wird seit Sonntag *vermisst*", "werden auf 3 Millionen
Euro *geschätzt*"): das Hilfsverb kündigt nichts an (anders als "wird 300 Millionen
kosten"); ebenso "würden" in indirekter Rede ("3 Kinder *würden vermisst*, sagte sie")."""

HEARSAY: str = (
    r"(?<![\w-])[Ss]oll(?:en)?(?![\w-])(?:\s+\S+){0,12}?\s+"
    r"(?:[a-zäöüß]+(?:t|en)\s+haben|[a-zäöüß]*ge[a-zäöüß]+en\s+sein|[a-zäöüß]+\s+worden\s+sein)"
    r"(?![\w-])"
)
"""Mit Infinitiv Perfekt gibt "soll/sollen" wieder, was andere behaupten ("Der Mann soll
5.000 Euro *gestohlen haben*", "sollen ums Leben *gekommen sein*", "soll *getötet worden
sein*"); mit einfachem Infinitiv kündigt es an ("Der Neubau soll 50 Millionen Euro kosten",
"Die Zone soll bis 23 Uhr geöffnet sein"). Das Partizip ist kleingeschrieben: "soll Platz
für 60.000 Menschen haben" ist keine Behauptung."""

EPISTEMIC_PAST: str = (
    r"(?<![\w-])(?:könnte|könnten)(?![\w-])(?:\s+\S+){0,12}?\s+"
    r"(?:[a-zäöüß]*ge[a-zäöüß]+(?:en|t)|[a-zäöüß]+iert)\s+(?:sein|haben|worden\s+sein)"
    r"(?![\w-])"
)
"""Mit Infinitiv Perfekt vermutet "könnte/könnten", was schon geschehen ist ("bis zu 60.000
Liter *könnten ausgelaufen sein*", "könnten ums Leben *gekommen sein*"): eine Schätzung,
keine Annahme. Was nicht geschah, steht im Konjunktiv Plusquamperfekt ("hätte ... töten
können") und bleibt hypothetisch."""
