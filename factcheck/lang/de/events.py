"""German: words that announce events, by event type.

EVENT_TRIGGERS maps an event type to word stems; a word matches when it starts with a
stem (case-insensitive) and is a whole word. Keep stems specific: "treff" matches
"treffen", "trafen" needs its own stem; EVENT_TRIGGER_EXCEPTIONS are words a stem
begins that announce no event ("Besucher"). LOCATIVE_PREPOSITIONS put the event at a place
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

# ein Stamm oben beginnt sie, sie kündigen aber kein Ereignis an ("Besucher": kein Besuch)
EVENT_TRIGGER_EXCEPTIONS: tuple[str, ...] = ("besucher", "reisende")

LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("in", "im", "bei", "auf", "am", "an")
ADJECTIVE_PLACE_PREPOSITIONS: tuple[str, ...] = ("im", "in", "bei")
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

# -- Uhrzeiten von Ereignissen ("kenterte gegen 2.50 Uhr") -------------------------------
CLOCK_PATTERN: str = r"(?<![\w:.])(?P<h>[012]?\d)(?:[.:](?P<m>[0-5]\d))?\s*Uhr\b"
"""Eine Uhrzeit: "7 Uhr", "7.30 Uhr", "13:45 Uhr". Gruppen ``h`` und ``m``."""
CLOCK_PM: tuple[str, ...] = ()
"""Deutsch zählt die Stunden bis 24: kein Nachmittagszeichen."""
_HOURS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
          "elf", "zwölf")  # fmt: skip
CLOCK_WORDS: dict[str, int] = {
    "mitternacht": 1440,
    **{f"{word} uhr": 60 * hour for hour, word in enumerate(_HOURS, 1)},
    **{f"{word} uhr {part}": 60 * (hour + 12) for hour, word in enumerate(_HOURS[:11], 1)
       for part in ("abends", "nachmittags")},
    # die halbe Stunde davor ("gegen *halb fünf Uhr* morgens": 4.30 Uhr)
    **{f"halb {word} uhr": 60 * hour - 30 for hour, word in enumerate(_HOURS, 1)},
    **{f"halb {word} uhr {part}": 60 * (hour + 12) - 30
       for hour, word in enumerate(_HOURS[:11], 1) for part in ("abends", "nachmittags")},
}  # fmt: skip
"""Wörter, die allein für eine Uhrzeit stehen ("*gegen Mitternacht*", "kurz vor *sechs
Uhr*", "*acht Uhr abends*", "*halb fünf Uhr*"), in Minuten nach Mitternacht; "Mittag" ist
ein Teil des Tages."""
SOON_AFTER: tuple[str, ...] = (
    "kurz darauf",
    "kurz danach",
    "Sekunden später",
    "Augenblicke später",
    "Momente später",
    "Minuten später",
    "wenig später",
)
"""Wörter am Anfang des Satzteils nach dem einer Uhrzeit, die sagen, dass ihr Moment gleich
darauf kam ("Gegen 22.50 Uhr traf eine Böe die Bühne, *Sekunden später* stürzte das Dach
ein"): die Uhrzeit ist die dieses Moments."""
CLOCK_HEDGES: dict[str, tuple[str, ...]] = {
    "approx": ("gegen", "etwa um", "etwa", "ungefähr um", "ungefähr", "circa", "ca.",
               "rund", "um etwa"),
    "after": ("kurz nach", "wenige minuten nach", "bald nach"),
    "before": ("kurz vor", "wenige minuten vor"),
    "exact": ("um", "genau um", "punkt"),
}  # fmt: skip
"""Die Wörter vor einer Uhrzeit, die sie einschränken."""
CLOCK_ZONES: dict[str, str] = {
    "ortszeit": "local", "mez": "CET", "mesz": "CET", "utc": "UTC", "gmt": "UTC",
    "deutscher zeit": "CET",
}  # fmt: skip
"""Zonenwörter nach einer Uhrzeit, kleingeschrieben."""
CLOCK_EVENTS: dict[str, tuple[str, ...]] = {
    "collapse": ("stürzte ein", "stürzten ein", "stürzte", "stürzten", "eingestürzt",
                 "deichbruch", "dammbruch", "gebrochen",
                 "einsturz", "brach zusammen", "brachen zusammen", "zusammengebrochen",
                 "brach … zusammen", "brachen … zusammen",
                 # Fels, der stürzte ("sind gegen 10.40 Uhr Felsmassen auf die Strecke
                 # gestürzt", "Der Felssturz ereignete sich um 11.40 Uhr"; nicht
                 # "niederging": auch Hagel und Regen gehen nieder)
                 "gestürzt", "felssturz", "bergsturz", "steinschlag",
                 # ein Dach, das nachgab ("hatte gegen 11.30 Uhr nachgegeben")
                 "gab nach", "gaben nach", "gab … nach", "gaben … nach", "nachgegeben",
                 # Eis, das brach ("war gegen 14.30 Uhr eingebrochen")
                 "eingebrochen", "brach ein", "brachen ein", "eiseinbruch",
                 # Masten, die unter Eislast knickten ("knickten gegen 5.40 Uhr elf Masten
                 # um")
                 "knickte … um", "knickten … um", "umgeknickt", "knickte ein", "knickten ein",
                 "eingeknickt", "einknickte", "einknickten",
                 # ein Zelt, ein Gerüst, das in sich zusammenfiel ("war um 16.20 Uhr in sich
                 # *zusammengefallen*")
                 "zusammengefallen", "fiel zusammen", "fielen zusammen", "fiel … zusammen",
                 "fielen … zusammen", "zusammengestürzt", "stürzte … zusammen"),
    "start": ("startete", "starteten", "gestartet", "begann", "begannen", "begonnen",
              "in bewegung",
              "losgefahren", "fuhr los", "fuhren los", "fuhr … los", "fuhren … los",
              "aufgebrochen", "brachen auf", "brach auf", "brach … auf", "brachen … auf",
              "tauchte ab", "tauchte … ab", "legten … nieder", "legte … nieder",
              "niedergelegt", "traten in den streik", "trat in den streik"),
    # ein Feuer fing an ("geriet gegen 3.50 Uhr *in Brand*", "der Brand *brach* kurz nach 4
    # Uhr *aus*"): ein Beginn, und der erste Moment eines Brandes (concepts.MOMENT_ORDER)
    "outbreak": ("brach aus", "brach … aus", "brachen … aus", "ausgebrochen",
                 "geriet in brand", "geriet … brand", "gerieten … brand", "fing feuer",
                 "fing … feuer", "in brand geraten",
                 # im Perfekt ("hat gegen 17.40 Uhr der hintere Wagen Feuer gefangen")
                 "feuer gefangen"),
    "contact_lost": ("kontakt ab", "kontakt brach ab", "kontakt verloren", "letzte nachricht",
                     "letzten kontakt", "letzte kontakt", "funkkontakt"),
    "strike": ("bebte", "erschütterte", "ereignete sich das beben",
               # ein Blitz, der einschlug ("war gegen 16.50 Uhr in einen Lichtmast
               # eingeschlagen", "Bei dem Blitzeinschlag um 17.50 Uhr")
               "eingeschlagen", "schlug … ein", "schlugen … ein", "blitzeinschlag", "einschlag",
               # Menschen, die ein Zug oder ein Wagen traf ("die in der Nacht zum Donnerstag
               # von einem ICE *erfasst worden* waren"; nicht "erfasste" im Aktiv: "Die
               # Polizei erfasste am Montag 300 Verstöße")
               "erfasst worden", "erfasst wurde", "erfasst wurden"),
    "derailment": ("entgleist", "entgleiste", "entgleisten", "entgleisung", "aus den schienen",
                   "aus den gleisen"),
    "capsize": ("kenterte", "kenterten", "gekentert"),
    # ein Schiff, das auf Grund lief ("gegen 4.30 Uhr auf Grund gelaufen", "gegen 22 Uhr auf
    # eine Kiesbank gelaufen")
    "grounding": ("auf Grund gelaufen", "lief auf Grund", "liefen auf Grund", "auf Grund lief",
                  "Kiesbank", "Sandbank", "festgefahren", "auf Grund gesetzt"),
    # eine Lawine oder ein Hang, der abging ("löste sich um 11.20 Uhr", "gegen 12.40 Uhr
    # abgegangen")
    "slide": ("löste sich", "lösten sich", "abgegangen", "ging … ab", "gingen … ab",
              "abgerutscht", "rutschte ab", "rutschten ab"),
    # der Rutsch beim Namen, ein Zeitpunkt mit Tag ("nach dem *Erdrutsch* am Mittwochabend";
    # nicht "Erdrutschsieg")
    "landslide": ("erdrutsch", "erdrutsches", "hangrutsch", "hangrutsches", "murenabgang",
                  "murenabgangs"),
    # der Strom, der ausfiel ("Der Strom fiel um 3.12 Uhr aus")
    "outage": ("fiel … aus", "fielen … aus", "stromausfall", "gingen die lichter aus",
               "gingen … die lichter aus"),
    "explosion": ("explodierte", "explosion", "detonierte", "detonation",
                  # "Gegen 21.30 Uhr *flog* dort ein Hausboot *in die Luft*"
                  "flog … luft", "flogen … luft", "in die luft geflogen", "explodiert"),
    "landfall": ("auf land", "an land", "landfall", "erreichte die küste", "auf die küste"),
    "alarm": ("notruf", "notrufe", "alarmiert", "alarmierung", "alarm ausgelöst",
              "löste alarm aus", "lösten alarm aus", "notsignal", "notsignale", "mayday",
              "mayday-ruf", "seenotruf", "sos-signal", "gemeldet worden", "wurde … gemeldet",
              "wurden … gemeldet",
              # eine Alarmanlage, die anschlug ("löste um 3.47 Uhr die Alarmanlage aus")
              "alarmanlage", "alarmanlagen", "der alarm", "schlug alarm",
              # ein Brandmelder ("Die Brandmeldeanlage hatte kurz nach 3 Uhr ausgelöst")
              "brandmeldeanlage", "brandmelder", "rauchmelder", "feueralarm",
              # wer alarmierte ("Gegen 15.20 Uhr *alarmierten* Mitarbeiter den
              # Rettungsdienst"), ein Alarm, auch am Ende eines Worts ("Der *Brandmeldealarm*
              # ging gegen 5.40 Uhr ein": COMPOUND_MOMENTS)
              "alarmierte", "alarmierten", "alarm",
              # die Retter, die ein Notruf rief ("die Feuerwehr wurde um 2.17 Uhr *gerufen*")
              "gerufen"),
    # der Scheitel einer Flut ("Ihren Scheitel erreichte die Mosel gegen 9 Uhr")
    "crest": ("scheitel", "scheitelpunkt", "flutscheitel", "höchststand"),
    # die Spitze eines Verbrauchs oder einer Last ("die Last erreichte um 18.45 Uhr ihren
    # Höhepunkt")
    "peak": ("höhepunkt", "lastspitze", "spitzenlast", "erreichte ihren höhepunkt"),
    "opening": ("eröffnet", "eröffnete", "eröffneten", "gegründet", "gegründete", "erbaut",
                # errichtet ("die Halle war 1974 *errichtet* worden"; nicht "gebaut": "Hallen
                # werden heute kleiner gebaut", und kein Partizip vor einem Nomen: "das 2011
                # gebaute Schiff sollte am Freitag auslaufen")
                "errichtet",
                "eingeweiht", "in betrieb genommen", "ging in betrieb", "gingen in betrieb",
                "öffnete", "öffneten", "öffneten sich"),
    # nicht "ereignete sich": es sagt nur, dass etwas geschah ("Die Explosion ereignete sich
    # gegen 5.40 Uhr" ist die Explosion)
    # ein Unglück, ohne zu sagen welches: der Unglückstyp, den der Artikel zuerst nennt
    # (siehe concepts.ACCIDENT), sonst ein Unfall
    "accident": ("unfall", "unglück"),
    # wann etwas bemerkt wurde ("Das Fehlen fiel um 5.45 Uhr auf"), und die Entwarnung
    "discovery": ("bemerkt", "bemerkte", "bemerkten", "entdeckt", "entdeckte", "entdeckten",
                  "fiel … auf", "fielen … auf"),
    "all_clear": ("entwarnung", "entschärft", "warnung aufgehoben", "warnung wurde aufgehoben",
                  "hob die warnung auf", "hoben die warnung auf"),
    # ein Brand unter Kontrolle oder gelöscht ("war um 13.40 Uhr unter Kontrolle"): sein
    # Ende, kein Beginn
    "contained": ("unter kontrolle", "gelöscht", "eingedämmt", "feuer aus", "brand aus"),
    "evacuation": ("evakuiert", "evakuierung", "geräumt", "räumung"),
    "crash": ("verunglückte", "verunglückt", "prallte", "prallten", "geprallt", "aufgefahren",
              "fuhr … auf", "fuhren … auf", "kollidierte", "kollidierten",
              "kollidiert", "kollision", "zusammenstoß", "zusammengestoßen", "stießen … zusammen",
              "stieß … zusammen", "kam von der fahrbahn ab", "von der straße abgekommen",
              "abgekommen", "stürzte ab", "abgestürzt", "rutschte", "überschlug sich",
              # "kam der Bus gegen 5.40 Uhr ... von der Fahrbahn ab"
              "kam … ab", "geriet … ab", "kippte", "umgekippt", "umgestürzt",
              # "kam der Sattelzug gegen 5.50 Uhr ... ins Rutschen", "geriet ins Schleudern"
              "ins rutschen", "ins schleudern",
              # zwei Schirme oder Flugzeuge, die sich berührten
              "berührten sich", "berührte sich",
              # ein Wagen, der in Menschen fuhr ("ist um 15.20 Uhr ein Oldtimer *in die
              # Zuschauer* gefahren"), oder etwas rammte
              "in die menge", "in die zuschauer", "in die zuschauermenge",
              "in eine menschenmenge", "in eine gruppe", "raste in", "rasten in", "rammte",
              "rammten", "gerammt", "krachte gegen", "krachte in", "krachten gegen",
              # Fahrzeuge, die aufeinander fuhren ("fuhren gegen 13.30 Uhr nacheinander 38
              # Fahrzeuge *ineinander*")
              "ineinander"),
    # eine Leitung, die ein Bagger beschädigte ("hatte gegen 10.25 Uhr eine Gasleitung
    # beschädigt")
    "damage": ("beschädigt", "beschädigte", "beschädigten", "aufgerissen", "riss … auf",
               "rissen … auf", "angebohrt", "durchtrennt", "leckgeschlagen"),
}  # fmt: skip
"""Wörter, die sagen, welchen Moment die Uhrzeit ihres Satzteils angibt. "brach … aus": ein
Verb, dessen Partikel den Satzteil schließt ("Das Feuer brach gegen 1.50 Uhr im Keller
*aus*")."""

COMPOUND_MOMENTS: tuple[str, ...] = (
    "explosion", "detonation", "einsturz", "entgleisung", "kollision", "zusammenstoß",
    "unfall", "unglück", "alarm", "notruf",
)  # fmt: skip
"""Wörter der CLOCK_EVENTS, die auch ein zusammengesetztes Nomen beenden und ihm ihren
Moment geben ("Drei Tage nach der *Gasexplosion* vom 8. Mai", "der *Brückeneinsturz*")."""

FIRST_WORDS: tuple[str, ...] = ("erste", "ersten", "erster", "erstes", "erstmals", "zuerst")
"""Wörter, die eine Meldung zur ersten machen ("die *ersten* Meldungen über tote Fische")."""

REPORT_WORDS: tuple[str, ...] = (
    "Meldung", "Meldungen", "gemeldet", "meldete", "meldeten", "Hinweis", "Hinweise",
    "Notruf", "Notrufe", "Notrufs", "alarmiert", "Alarm", "gesichtet", "entdeckt", "bemerkt",
    "aufgefallen", "Sichtung", "Sichtungen",
)  # fmt: skip
"""Wörter des Meldens und Bemerkens: nach einem Wort aus FIRST_WORDS im selben Satzteil
geben sie den Moment der ersten Meldungen ("Die ersten toten Vögel wurden am Montag
*gemeldet*")."""

MOMENT_BREAKS: tuple[str, ...] = ("seit", "seitdem", "nachdem", "bevor", "als")
"""Wörter, die von einem anderen Moment erzählen: ein Datum hinter ihnen ist nicht das der
ersten Meldungen ("die ersten Toten, gemeldet *seit* der Damm am Dienstag brach")."""

MOMENT_BACKGROUND: tuple[str, ...] = ("seit", "durch", "infolge", "nach")
"""Wörter, die das Moment-Wort gleich hinter ihnen zu einem vergangenen Ereignis hinter dem
Erzählten machen ("die *seit* dem Einsturz eingeschlossenen Bergleute wurden am
Donnerstagabend gerettet", "*durch* die Explosion"): eine Zeit des Satzes außerhalb ihres
Satzglieds ist nicht die dieses Moments (eine Zeit gleich dahinter schon: "seit dem
Einsturz am Dienstag")."""

MOMENT_OBLIQUE: tuple[str, ...] = (
    "in", "im", "an", "am", "auf", "bei", "beim", "mit", "nach", "von", "vom", "zu", "zum",
    "zur", "während", "wegen", "trotz", "aus", "durch", "für", "gegen", "ohne", "um", "unter",
    "über", "vor", "hinter", "neben", "zwischen", "infolge", "nahe",
)  # fmt: skip
"""Präpositionen vor einem Nomen, das nicht Subjekt eines Moments ist ("der Turmhelm war
*während der Sanierung* eingestürzt"); gleich vor dem Moment-Wort machen sie es zum Nomen
("*beim* Einsturz"), das nur befällt, was MOMENT_OF an es bindet. "seit" fehlt: "seit der
Damm brach" leitet einen Satz ein."""

MOMENT_ARTICLES: tuple[str, ...] = (
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
)  # fmt: skip
"""Artikel, die das Moment-Wort gleich dahinter zum Nomen machen ("*der* Einsturz")."""

MOMENT_OF: tuple[str, ...] = ("des", "der", "eines", "einer")
"""Wörter, die ein Moment-Nomen an das Betroffene binden ("der Einsturz *des* Turms")."""

NOT_REPORTED: tuple[str, ...] = (
    "mal", "tag", "woche", "monat", "jahr", "stunde", "minute", "halbzeit", "runde", "hälfte",
)  # fmt: skip
"""Nomen nach "erste", die nicht das Gemeldete sind ("zum *ersten Mal*", "am *ersten Tag*")."""
