"""Was den Menschen geschah, die eine Zahl in ihrem Satzteil zählt. Ein Teil von
:mod:`factcheck.lang.de.nouns`, das diesen Namen weitergibt (der Vertrag:
:class:`factcheck.lang.spec.Nouns`)."""

ROLE_CUES: dict[str, tuple[str, ...]] = {
    "casualties": ("getötet oder verletzt", "getötet oder verwundet", "tot oder verletzt",
                   "Tote und Verletzte", "Tote oder Verletzte", "Toten und Verletzten"),
    "seriously_injured": (
        "schwer verletzt*", "schwerverletzt*", "lebensgefährlich*", "schwer verwundet*",
        "schwere Verletzungen", "schweren Verletzungen", "in Lebensgefahr",
        "in kritischem Zustand", "in ernstem Zustand", "in ernstem gesundheitlichem Zustand",
        "schwere Verbrennungen", "schweren Verbrennungen",
        "schwere Vergiftung*", "schweren Vergiftung*",
    ),
    "lightly_injured": ("leicht verletzt*", "leichtverletzt*", "leichte Verletzungen",
                        "leichten Verletzungen"),
    "dead": (
        "tot", "tote", "toten", "toter", "Todesopfer*", "Todeszahl*", "Opferzahl*", "starb",
        "starben", "gestorben", "sterben", "ums Leben", "getötet*", "tödlich", "Leiche*",
        # the adjective dates an event ("nach dem tödlichen Unfall"), the adverb a death
        "tödliche Verletzung*", "tödlichen Verletzung*",
        "ertrunken", "ertrank*", "verstorben*", "leblos", "umgekommen", "tot geborgen",
        "tötete", "töteten", "in den Tod",
        # Tiere ("sieben Tiere *verendet*")
        "verendet", "verendete", "verendeten",
        # das Perfekt von "kostete ... das Leben": "hat drei Menschen *das Leben gekostet*"
        "das Leben gekostet",
        # gekeulte Tiere ("66.500 Tiere müssen gekeult werden")
        "gekeult", "keulen", "keulte", "keulten",
    ),
    "injured": ("verletzt*", "Verletzte*", "verwundet*", "Verwundete*", "Verletzungen",
                "zu Schaden gekommen",
                # vergiftet, etwa durch Kohlenmonoxid ("nach der Vergiftung von 17 Gästen")
                "vergiftet*", "Vergiftung", "Vergiftungen"),
    "missing": ("vermisst*", "Vermisste*", "verschollen*", "Vermisstenzahl",
                # nach wem noch gesucht wird ("Nach vier Seeleuten wird weiter gesucht")
                "wird weiter gesucht", "werden weiter gesucht", "wird noch gesucht",
                "werden noch gesucht", "Suche nach"),
    # von Trümmern, Wasser oder einem Einsturz festgehalten ("zwölf Bergleute eingeschlossen")
    "trapped": ("eingeschlossen*", "Eingeschlossene*", "verschüttet*", "Verschüttete*",
                "Rettungskammer*"),
    "rescued": ("gerettet*", "rettete*", "Gerettete*", "lebend geborgen", "überlebten",
                "überlebte", "überlebt", "Überlebende*", "wohlbehalten", "lebend gefunden",
                "unversehrt gefunden", "ausgeflogen", "aufgewinscht", "mit der Winde",
                # gestrandete Tiere ("24 Wale wurden zurück ins Meer gebracht")
                "zurück ins Meer", "ins Meer zurück*", "wieder ins Wasser"),
    "evacuated": ("evakuiert*", "Evakuierte*", "Evakuierung*", "in Sicherheit gebracht",
                  "Häuser verlassen", "Wohnungen verlassen", "Häuser räumen",
                  "Wohnungen räumen", "Notunterk*", "verließen das Gelände",
                  "verließen das Gebäude", "ins Freie gebracht",
                  # wer einen Ort verlassen musste ("mussten rund 310 Kinogäste das Gebäude
                  # *verlassen*", "den Saal verlassen")
                  "Gebäude verlassen", "Saal verlassen", "Halle verlassen", "Gelände verlassen"),
    "displaced": ("obdachlos*", "vertrieben*", "geflohen*", "flohen", "untergebracht",
                  "übernachteten"),
    # die Menschen eines Datenlecks: "Daten von 70 Millionen Kunden"
    "affected": ("betroffen*", "Daten von", "Datenleck*", "geleakt*", "erbeutet*"),
    "case": ("erkrankt*", "infiziert*", "angesteckt", "Symptome*", "Brechdurchfall", "Durchfall",
             "Erbrechen", "klagten über", "klagen über", "meldeten sich krank",
             # wer über Beschwerden klagte ("27 Kinder hatten über Beschwerden geklagt")
             "über Beschwerden", "mit Beschwerden", "Atembeschwerden", "Atemwegsbeschwerden",
             "Übelkeit", "Kopfschmerzen"),
    "arrested": ("festgenommen*", "Festnahme*", "verhaftet*", "in Gewahrsam", "wieder gefasst"),
    # aus dem Gewahrsam entkommen ("zehn Häftlinge sind ausgebrochen")
    "escaped": ("ausgebrochen*", "entkommen*", "entflohen*", "retteten sich", "rettete sich",
                "konnten sich retten", "konnte sich retten"),
    "released": ("freigelassen*", "Freilassung*", "freigekommen*", "freikommen", "übergeben",
                 "übergab*", "auf freien Fuß"),
    # wieder aus der Klinik ("Zwei Fahrgäste wurden aus dem Krankenhaus entlassen"): eine
    # Zahl für sich, nicht die der Eingelieferten (vor "im Krankenhaus")
    "discharged": ("aus dem Krankenhaus entlassen", "aus der Klinik entlassen",
                   "aus dem Klinikum entlassen", "aus dem Spital entlassen",
                   "konnten das Krankenhaus verlassen", "konnte das Krankenhaus verlassen",
                   "konnten die Klinik verlassen", "konnte die Klinik verlassen"),
    # in Kliniken geflogen, die schwerst Verletzten: ein Teil der Eingelieferten
    # (nur in eine Klinik: "mit dem Hubschrauber ausgeflogen" wurde gerettet)
    "airlifted": ("in Kliniken geflogen", "ins Krankenhaus geflogen", "in eine Klinik geflogen",
                  "in ein Krankenhaus geflogen", "in Krankenhäuser geflogen",
                  "in die Klinik geflogen", "ins Klinikum geflogen", "in Spezialkliniken geflogen",
                  "in eine Spezialklinik geflogen",
                  # "zwei davon mit dem Rettungshubschrauber": wie sie gebracht wurden
                  "mit dem Rettungshubschrauber", "mit einem Rettungshubschrauber",
                  "mit Rettungshubschraubern", "per Rettungshubschrauber"),
    # in einer Druckkammer behandelt (Kohlenmonoxid, Tauchunfall): ein Teil der Eingelieferten
    "hyperbaric": ("Druckkammer*", "Überdruckkammer*", "Sauerstoffdruckkammer*",
                   "Dekompressionskammer*"),
    "hospitalised": ("im Krankenhaus", "in Kliniken", "in Krankenhäuser*", "ins Krankenhaus",
                     "ins Klinikum", "im Klinikum", "in die Klinik", "in eine Klinik",
                     "stationär*", "in die Notaufnahme", "in der Notaufnahme",
                     "in Notaufnahmen", "in die Notaufnahmen", "in den Notaufnahmen",
                     "in die Kliniken", "in den Kliniken", "in die Krankenhäuser",
                     "in den Krankenhäusern", "ins Spital", "im Spital",
                     # "kamen in *umliegende* Krankenhäuser": ein Wort dazwischen
                     "in umliegende Krankenhäuser", "in umliegende Kliniken",
                     "in nahe gelegene Krankenhäuser", "in nahegelegene Krankenhäuser",
                     "in verschiedene Krankenhäuser", "in mehrere Krankenhäuser",
                     "in umliegenden Krankenhäusern", "in umliegenden Kliniken",
                     # zur Beobachtung eingewiesen ("Zwei Jugendliche *kamen zur
                     # Beobachtung* ins Krankenhaus"; vor "kamen zu*" der Teilnehmer)
                     "zur Beobachtung", "kamen zur Beobachtung", "kam zur Beobachtung",
                     "zur Überwachung", "kamen zur Überwachung", "kam zur Überwachung",
                     # ein Krankenhaus beim Namen ("in die *Uniklinik* Freiburg")
                     "Uniklinik*", "Universitätsklinik*", "Kreiskrankenhaus*", "Kreisklinik*",
                     "Kreisspital*", "Kantonsspital*"),
    # von Sanitätern versorgt: Patienten ("Die Sanitäter behandelten 6.900 Menschen")
    # auch wen Sanitäter nur ansahen ("Rettungskräfte *untersuchten* elf Fahrgäste")
    "treated": ("behandelt*", "versorgt*", "untersucht", "untersuchten", "untersuchte",
                # ob ambulant oder in der Klinik: behandelt ("24 Menschen wurden *ambulant
                # oder im Krankenhaus* behandelt")
                "ambulant oder im Krankenhaus", "ambulant oder in Kliniken",
                "ambulant oder stationär"),
    # wer auf einem Schiff blieb, das die anderen verließen: ein Teil der Besatzung
    # ("die 24 Seeleute blieben an Bord" können alle sein: nicht dieses Wort)
    "stayed_aboard": ("noch an Bord",),
    # wer auf eine andere Reise umbuchte: ein Teil der Fahrgäste ("23 Fluggäste haben
    # storniert oder umgebucht")
    "rebooked": ("umgebucht*", "umbuchen", "umbuchten", "Umbuchung*", "storniert*"),
    # in andere Kliniken gebracht oder künstlich beatmet ("23 Patienten wurden in andere
    # Krankenhäuser *verlegt*", "neun Patienten wurden *beatmet*"): Teile der Patienten
    "relocated": ("verlegt", "verlegen", "verlegte", "verlegten", "Verlegung*"),
    "ventilated": ("beatmet", "Beatmung*", "am Beatmungsgerät", "an Beatmungsgeräten"),
    # wer unverletzt blieb: ein Teil der Insassen ("20 Insassen blieben *unverletzt*")
    "unhurt": ("unverletzt*", "unversehrt*"),
    # nur vermutet krank oder vergiftet ("Bei fünf Patienten besteht der Verdacht auf eine
    # Vergiftung"): ein Teil der Patienten, keiner der bestätigten Fälle
    "suspected": ("Verdacht auf",),
    "participant": (
        "Teilnehm*", "teilgenommen", "nahmen teil", "nahmen an", "demonstriert*", "Demonstr*",
        "protestiert*", "Protest*", "Kundgebung*", "versammelt*", "Besucher*", "besucht*",
        "Zuschauer*", "feierten", "Fanzone*", "Fanmeile*", "Public Viewing", "kamen zu*",
        "Menschenmenge*", "Großdemo*", "Demo", "Demos", "Aufmarsch", "Menschenkette*",
        "verfolgten", "verfolgte", "zogen durch", "zogen vom", "zogen von", "marschiert*",
        "beteiligt*", "lockte", "lockten", "gekommen", "auf die Straße", "auf den Straßen",
        "streikten", "streiken", "im Ausstand", "in den Ausstand", "legten die Arbeit nieder",
        # nicht "auf der Straße": "auf der Straße des 17. Juni" ist ein Ort
    ),
    "without_power": ("ohne Strom", "Stromausfall*", "Stromausfäll*", "keinen Strom",
                      "vom Stromnetz", "im Dunkeln"),
    # nach einem Rohrbruch ("12.000 Haushalte ohne Wasser oder mit zu wenig Druck")
    "without_water": ("ohne Wasser", "ohne Trinkwasser", "ohne fließendes Wasser",
                      "ohne ausreichenden Wasserdruck", "kein Wasser", "kein Trinkwasser",
                      "auf dem Trockenen", "von der Wasserversorgung"),
    # wieder versorgt: eine Zahl für sich ("18.000 Haushalte haben wieder Strom")
    "power_restored": ("wieder Strom", "wieder versorgt", "wieder am Netz", "wieder ans Netz",
                       "wieder angeschlossen", "wiederhergestellt*"),
    # was die Flugabwehr abschießt oder abfängt, ist zerstört ("99 Drohnen abgeschossen";
    # eine gestartete Rakete ist so nur nicht vergleichbar, nie ein Fehlalarm)
    # beides zusammen: "Mehr als 800 Häuser wurden beschädigt oder zerstört"
    "damaged_or_destroyed": ("beschädigt oder zerstört", "zerstört oder beschädigt",
                             "zerstört oder schwer beschädigt", "zerstört oder stark beschädigt",
                             "zerstört oder teilweise beschädigt"),
    "destroyed": ("zerstört*", "abgebrannt*", "niedergebrannt*", "eingestürzt*", "zerstörte*",
                  "ausgebrannt*",  # "38 Autos sind vollständig ausgebrannt"
                  "abgeschossen", "abgefangen", "abgewehrt",
                  # was ein Feuer nahm: "hat 500 Hektar Wald vernichtet"
                  "vernichtet*", "verbrannt*"),
    "damaged": ("beschädigt*", "geschädigt*", "Schäden",
                # "30 Wohnungen meldeten *Glasschäden*"
                "Glasschäden", "Wasserschäden", "Brandschäden"),
    # wer auf einen Platz wartet ("mehr als 200 Haushalte auf der *Warteliste*"): nicht
    # die, die schon versorgt werden
    "waiting": ("Warteliste*",),
    "derailed": ("entgleist*", "aus den Gleisen"),
    # losgerissene Schiffe ("drei Leichter rissen sich los"): nicht der ganze Schubverband
    "adrift": ("losgerissen", "rissen sich los", "riss sich los", "abgetrieben",
               "trieben ab", "auf Grund gelaufen"),
    # an die Küste getrieben ("elf Container wurden angespült"): nicht die auf See verlorenen;
    # nicht "gestrandet", das Ganze einer Strandung
    "ashore": ("angespült*", "an Land gespült", "an Land getrieben", "an den Strand gespült"),
    # umgeladen ("32 Container auf ein Leichterschiff umzuladen"): nicht die Ladung an Bord,
    # nicht die verlorene
    "transferred": ("umgeladen", "umzuladen", "umladen", "abgeladen", "entladen", "geleichtert"),
    "administered": ("verimpft*", "verabreicht*", "gespritzt*"),  # Impfdosen, nicht geliefert
    # was ein Hersteller fertigte, nicht was er auslieferte ("produzierte 410.244 Fahrzeuge")
    "produced": ("produziert*", "Produktion", "hergestellt*", "gefertigt*", "fertigte*"),
    # Wohnungen, die fertig wurden, und die genehmigt wurden, sind zweierlei
    "completed": ("fertiggestellt*", "Fertigstellung*", "bezugsfertig*", "fertig", "gebaut"),
    "approved": ("genehmigt*", "Baugenehmigung*", "Genehmigung*"),
    # abgebaute Anlagen ("Rund 260 Anlagen wurden abgebaut", "Rückbau: 178 Anlagen")
    "dismantled": ("abgebaut", "zurückgebaut", "Rückbau", "stillgelegt", "außer Betrieb"),
    # geschlossene Einrichtungen ("41 der 58 Kitas blieben geschlossen")
    "closed": ("geschlossen", "blieben zu", "bleiben zu", "blieb zu", "bleibt zu", "gesperrt"),
    "occupied": ("belegt", "besetzt"),  # in Gebrauch: "180 der 200 Betten sind belegt"
    "searched": ("durchsucht*", "durchsuchte*", "Durchsuchung*"),
    # Fahrten und Flüge, die ausfielen oder sich verspäteten ("460 Zugfahrten fielen aus",
    # "800 Zugausfälle"), sind zweierlei, und keins ist die Zahl aller Fahrten
    "cancelled": ("gestrichen", "annulliert", "ausgefallen", "ausfallen", "Ausfall", "Ausfälle",
                  "Zugausfäll*", "Flugausfäll*", "Streichung*", "Annullierung*"),
    "delayed": ("verspätet*", "Verspätung*"),
    "diverted": ("umgeleitet*", "ausweichen", "ausgewichen", "umgelenkt*"),  # anderswo gelandet
    # was von einer Havarie zurückgewonnen wurde ("500 Liter Öl wurden abgepumpt")
    "recovered": ("abgepumpt", "abgeschöpft", "umgepumpt"),
    # was bei einem Leck entwich ("bis zu 300 Kilogramm Ammoniak traten aus"), nicht was
    # die Anlage enthielt; nur bei Maßen (Masse, Volumen), nie bei Menschen
    "leaked": ("ausgetreten*", "ausgelaufen*", "ausgeströmt*", "freigesetzt*", "entwichen*"),
    # die Seiten einer Abstimmung ("Für das Gesetz stimmten 319 Abgeordnete, 225 votierten
    # dagegen, 53 enthielten sich", "318 Ja-Stimmen"); "stimmten" allein ist die Zustimmung
    "voted_for": ("stimmten", "stimmte", "stimmten dafür", "stimmten für", "votierten für",
                  "votierten dafür", "stimmten mit Ja", "Ja-Stimme*", "Jastimme*",
                  "Zustimmung"),
    "voted_against": ("stimmten dagegen", "stimmten gegen", "votierten dagegen",
                      "votierten gegen", "stimmten mit Nein", "Nein-Stimme*", "Neinstimme*",
                      "Gegenstimme*"),
    # alle abgegebenen Stimmen ("60.617 Stimmen wurden abgegeben"), das Ganze der Seiten
    "votes_cast": ("abgegeben", "abgegebene*", "abgegebenen*"),
    # der Vorsprung einer Seite ("mit 187 Stimmen Vorsprung", "ein Abstand von 214 Stimmen")
    "margin": ("Vorsprung*", "Abstand von", "Differenz von", "vorn", "vorne"),
    "abstained": ("enthielten sich", "enthielt sich", "Enthaltung*"),
    "capacity": (
        "Platz finden", "Platz für", "ausgelegt*", "vorgesehen", "fasst", "fassen", "Kapazität*",
        "Fassungsvermögen",
        # die Grenze einer Genehmigung: "zugelassen waren 80.000 Besucher" (und "genehmigt",
        # ein Wort von "approved": für Menschen die Kapazität, siehe roles.counted_concept)
        "Genehmigung für", "zugelassen*",  # auch vor dem Nomen: "das für 300 Passagiere
        # zugelassene Schiff"
        # was ein Lager lagern darf ("die bis zu 25 Tonnen lagern durfte")
        "lagern durfte", "lagern dürfen", "lagern darf", "Lagergenehmigung für",
        # was ein Fahrzeug befördern darf ("das bis zu 60 Fahrgäste befördern *darf*"; die
        # Verbklammer "darf ... befördern" steht in nouns.SEPARABLE_ROLE_CUES)
        "befördern darf", "befördern dürfen", "befördern durfte",
    ),
    "employed": ("beschäftigt", "beschäftigen", "Belegschaft von"),
    # die Menschen, die an einem Ort leben: seine Bewohner ("In dem Heim leben 86 Menschen")
    "resident": ("leben", "lebten", "lebt", "wohnen", "wohnten", "wohnt"),
    "hired": ("neu eingestellt*", "eingestellt worden", "Neueinstellung*"),
    "lacking": ("fehlen", "fehlten", "fehlende*", "unbesetzt*", "nicht besetzt*", "vakant*"),
    # Beschäftigte, die ihre Stelle verlieren, sind gestrichene Stellen ("15.000 Mitarbeiter
    # entlassen"); nur für Beschäftigte (siehe roles.counted_concept): "aus dem Krankenhaus
    # entlassen" zählt keine Stellen
    "laid_off": ("entlassen", "entlässt", "entließ*", "Entlassung*", "gekündigt",
                 "verlieren ihren Job", "verlieren ihren Arbeitsplatz", "ihren Job verlieren",
                 "ihren Arbeitsplatz verlieren"),
    # Menschen an Bord: Fahrgäste und Besatzung zusammen (siehe roles.ABOARD)
    "aboard": (
        "an Bord", "Fahrgäste*", "Fahrgast", "Passagier*", "im Zug", "saßen", "Insass*",
        "befanden sich", "befinden sich", "befand sich", "befunden",
        # Menschen, die sich in einem Gebäude aufhielten ("hielten sich rund 350 Kunden in dem
        # Gebäude auf")
        "hielten sich", "hielt sich", "halten sich",
        # ein Fahrzeug mit Menschen darin ("Der Bus *mit* 45 Schülern kam von der Straße ab")
        # (nicht "Boot mit": "das Boot mit einem 250-PS-Außenborder")
        "Bus mit", "Reisebus mit", "Schulbus mit", "Zug mit", "Fähre mit", "Flugzeug mit",
    ),
}  # fmt: skip
"""Words in a number's clause that say what happened to the people it counts (their
role): "3 Menschen *starben*", "15 davon mussten *schwer verletzt* ...", "rund 8500
Menschen kamen zu der *Kundgebung*". Whole words, ``*`` for any ending; a cue of
several words matches as written. More specific roles come first (schwer verletzt
before verletzt). The role's concept key is language-neutral (see
``factcheck/lang/concepts.py``)."""
