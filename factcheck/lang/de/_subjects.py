"""Was eine Maßangabe ohne eigenes Nomen misst: die Wörter in ihrem Satzteil, die ihren
Gegenstand nennen. Ein Teil von :mod:`factcheck.lang.de.nouns`, das diesen Namen
weitergibt (der Vertrag: :class:`factcheck.lang.spec.Nouns`)."""

MEASURE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "water_level": ("stieg", "steigt", "gestiegen", "sank", "gesunken", "Pegel*", "Wasserstand*",
                    "Scheitel*", "Höchststand*", "Flutscheitel*"),
    # die Beugungen ausgeschrieben: "hohe*" träfe auch Ortsnamen ("Hohenmoor", "Breitenbach")
    "height": ("hoch", "hohe", "hohen", "hoher", "hohes", "hohem", "Höhe",
               # wie hoch über dem Boden etwas geschah ("rund 150 Meter über Grund")
               "über Grund", "über dem Boden", "über dem Erdboden"),
    # wie tief etwas fiel ("stürzte rund 30 Meter in die Tiefe"; nicht "fielen": Regen)
    "fall": ("stürzte", "stürzten", "abgestürzt", "Sturzhöhe",
             # "Knapp vier Meter *tief fielen* die Gäste": wie tief, keine Tiefe eines Dings
             "tief fielen", "tief fiel", "tief gefallen", "tief gestürzt", "tief stürzte*",
             "in die Tiefe",
             # wie weit unter der Straße ein Fahrzeug liegen blieb ("blieb rund 40 Meter
             # *unterhalb der Fahrbahn* liegen", "rutschte 140 Meter *den Hang hinab*")
             "unterhalb der Straße", "unterhalb der Fahrbahn", "den Hang hinab",
             "die Böschung hinab", "den Abhang hinab", "in eine Schlucht", "in die Schlucht"),
    # wie schnell ein Fahrzeug fuhr ("mit 38 Kilometern pro Stunde unterwegs"), nie die
    # erlaubte Geschwindigkeit ("erlaubt sind 15 km/h", "die vorgeschriebenen 15 km/h")
    "speed": ("unterwegs", "fuhr", "fuhren", "gefahren", "raste", "rasten", "gerast",
              "Geschwindigkeit", "Tempo", "schnell",
              # wie schnell es aufprallte ("prallte mit 40 km/h auf den stehenden Zug")
              "prallte", "prallten", "krachte", "krachten", "rammte", "rammten"),
    "speed_limit": ("erlaubt", "erlaubte", "erlaubten", "zulässig", "zulässige", "zulässigen",
                    "vorgeschrieben", "vorgeschriebene", "vorgeschriebenen", "Tempolimit*",
                    "Höchstgeschwindigkeit*", "Geschwindigkeitsbegrenzung*", "begrenzt"),
    "width": ("breit", "breite", "breiten", "breiter", "breites", "breitem", "Breite",
              # wie breit etwas wurde ("hat sich auf etwa 50 Meter *verbreitert*")
              "verbreitert", "verbreiterte", "verbreiterten"),
    "length": ("lang", "lange", "langen", "langer", "langes", "langem", "Länge"),
    # ein Stau ist nur eine Länge ("Der Stau ist rund acht Kilometer lang"; nicht
    # "Stauende": ein Ort)
    "jam": ("Stau", "Staus", "Rückstau", "Staulänge"),
    "depth": ("tief", "tiefe", "tiefen", "tiefer", "tiefes", "tiefem", "Tiefe"),
    "below_surface": ("unter Tage", "unter der Erde", "unter der Oberfläche"),  # wo, nicht wie tief
    "diameter": ("Durchmesser",),
    # wie dick etwas ist ("die 60 Zentimeter dicke Leitung": bei Rohren der Durchmesser)
    "thickness": ("dick", "dicke", "dicken", "dicker", "dickes", "dickem", "Dicke"),
    # ein Alkoholwert ("ein *Atemalkoholtest* ergab 1,4 Promille", "0,4 Promille *Alkohol*")
    "blood_alcohol": ("Alkohol", "Atemalkohol*", "Blutalkohol*", "Alkoholtest*",
                      "Alkoholwert*", "alkoholisiert", "Promillewert*"),
    # ein Messwert eines Gases oder Stoffs ("*Messwerte* von bis zu 400 ppm"), wenn kein Wort
    # sagt, was gemessen wurde
    "concentration": ("Messwert", "Messwerte", "Messwerten", "Werte", "Werten", "Konzentration",
                      "Konzentrationen"),
    "area": ("Fläche", "Flächen", "Gesamtfläche", "Grundfläche", "Ausstellungsfläche*",
             "Nutzfläche*", "Hallenfläche*", "Verkaufsfläche*", "Wohnfläche*",
             # was ein Feuer erfasst hat ("der *Waldbrand* hat 300 Hektar erfasst")
             "Brandfläche*", "Waldbrand", "Waldbrände", "Flächenbrand", "Feuer", "Flammen",
             "verbrannt", "abgebrannt", "niedergebrannt"),
    # eine Sperr- oder Evakuierungszone ("Der *Sperrradius* betrug 1.000 Meter", "im
    # *Umkreis* von 800 Metern")
    "radius": ("Radius", "Sperrradius", "Evakuierungsradius", "Sicherheitsradius", "Umkreis"),
    # wie weit etwas trieb ("trieb das Schiff rund 300 Meter flussabwärts")
    # wie weit etwas von allein trieb oder rollte ("der Bus *rollte* rund 300 Meter")
    "drift": ("trieb", "trieben", "treibt", "abgetrieben", "rollte", "rollten", "gerollt"),
    "visibility": ("Sichtweite*", "Sicht von", "Sicht unter"),
    "weight": ("wog", "wogen", "wiegt", "wiegen", "schwer", "schwere*", "Gewicht*"),
    # wie lange ein Ereignis dauert ("Der Streik dauert 35 Stunden", "rund neun Stunden
    # gesperrt")
    "standoff": ("Geiselnahme", "Belagerung", "Geiseldrama"),
    # wie lange ein Prozess dauert ("Der Prozess soll acht Wochen dauern")
    "trial": ("Prozess soll", "Prozess dauert*", "Prozess wird", "Prozessdauer", "Prozess ist auf"),
    # wie lange ein Spiel oder ein Betrieb stillstand ("unterbrach die Partie für zwölf
    # Minuten")
    "interruption": ("unterbrochen", "unterbrach", "Unterbrechung", "Spielunterbrechung"),
    "strike": ("Streik", "Streiks", "Warnstreik", "Warnstreiks", "Ausstand", "streikt",
               "streiken", "gestreikt"),
    # gesperrt werden Straßen und Strecken; "geschlossen" sind Schulen, Läden, Flughäfen:
    # zu vieles, um zwei Dauern davon zu vergleichen
    "closure": ("gesperrt", "Sperrung", "Vollsperrung",
                # bis die Strecke wieder offen war ("Nach knapp vier Stunden war die Strecke
                # *wieder frei*")
                "wieder frei", "wieder freigegeben"),
    "fire": ("brannte", "brannten", "wütete", "Löscharbeiten"),  # "brannte elf Stunden lang"
    # die Laufzeit eines Vertrags ("eine *Laufzeit* von 27 Monaten"); nicht "läuft": "die
    # Suche läuft seit drei Tagen"
    "term": ("Laufzeit", "Vertragslaufzeit", "Vertrag", "Vertrags", "Tarifvertrag*"),
    "outage": ("Stromausfall", "Stromausfalls", "ohne Strom",
               # "war rund drei Stunden *ohne Stromversorgung*"
               "ohne Stromversorgung", "Netzausfall", "Netzausfalls", "Stromunterbrechung",
               # Wärme und Gas wie Strom ("mehr als drei Tage *ohne Heizung*"), und bis die
               # Versorgung zurück war ("nach rund 43 Stunden *wieder versorgt*")
               "ohne Heizung", "ohne Wärme", "ohne Fernwärme", "ohne Gas", "wieder versorgt"),
    # wie lange jemand festsaß oder unter Wasser war ("war fast 40 Minuten *unter der
    # Eisdecke*", "zwei Stunden *eingeklemmt*")
    "trapped": ("eingeschlossen", "eingeklemmt", "verschüttet",
                # "Die Fahrgäste hatten knapp zwei Stunden im Tunnel *festgesessen*"
                "festgesessen", "festsaßen", "festsitzen", "feststeckten", "gestrandet"),
    # auch Straßen unter Wasser ("rund 16 Stunden *überflutet*")
    "submerged": ("unter dem Eis", "unter der Eisdecke", "unter Wasser", "überflutet",
                  "überschwemmt"),
    # wie lange es dauerte, jemanden zu befreien ("nach rund zwei Stunden ... *befreien*")
    "rescue": ("befreit", "befreien", "befreiten", "gerettet", "retten"),
    # wie lange es dauerte, alle herauszuholen ("Die Evakuierung des Zuges dauerte rund
    # zweieinhalb Stunden"; nicht "Räumung": auch die einer Straße von Geröll)
    "evacuation": ("Evakuierung", "evakuiert", "in Sicherheit gebracht"),
    "prison_term": ("Haft", "Haftstrafe", "Freiheitsstrafe", "Gefängnisstrafe", "Jugendstrafe",
                    "Gefängnis", "verurteilt", "verurteilte"),
    "cost": ("Kosten", "kosten", "kostet", "kostete", "gekostet", "Gesamtkosten", "Baukosten",
             "Mehrkosten", "rechnet", "rechnete", "rechneten", "kalkuliert*", "veranschlagt*",
             # was die Instandsetzung kostet ("die *Reparaturkosten* schätzt der Kreis auf
             # 28 Millionen Euro"; nicht "Reparaturen" allein: "ein 40 Meter langes Stück")
             "Reparaturkosten", "für die Reparatur", "für die Reparaturen",
             # wofür etwas gebaut oder gekauft wurde ("war für 58 Millionen Euro *installiert*
             # worden")
             "gebaut", "errichtet", "installiert", "angeschafft", "gekauft", "erworben"),
    # was eine Sanierung kostete ("war 2019 für 4,6 Millionen Euro *saniert* worden")
    "renovation": ("saniert", "Sanierung", "renoviert", "Renovierung", "modernisiert",
                   "Modernisierung", "Generalsanierung"),
    # was ein Plan einsparen soll ("will jährlich 1,2 Milliarden Dollar einsparen")
    "savings": ("einsparen", "eingespart", "einspart", "Einsparung*", "Ersparnis*",
                "sparen", "spart", "gespart"),
    # was Diebe mitnahmen ("die Täter erbeuteten 1,2 Millionen Euro")
    # auch was jemand veruntreute ("soll 23,6 Millionen Euro abgezweigt haben")
    "loot": ("Beute", "erbeutet*", "gestohlen*", "stahlen", "stahl", "entwendet*", "veruntreut*",
             "abgezweigt*", "zweckentfremdet*", "unterschlagen*", "ergaunert*", "erschlichen*"),
    # wo ein Beben seinen Ursprung hatte ("das Epizentrum lag 62 Kilometer von Arequipa")
    "epicentre": ("Epizentrum", "Epizentrums"),
    "damage": ("Schaden", "Schadens", "Sachschaden", "Sachschadens", "Gesamtschaden",
               "Schadenssumme", "Schadenshöhe", "Schäden",
               # Schäden einer Ursache ("die Dürreschäden beziffert der Verband auf ...")
               "Dürreschäden", "Dürreschaden", "Sturmschäden", "Sturmschaden", "Hagelschäden",
               "Hochwasserschäden", "Flutschäden", "Unwetterschäden", "Brandschäden",
               "Brandschaden", "Frostschäden", "Ernteschäden", "Wasserschäden",
               "Gebäudeschaden", "Gebäudeschäden"),
    "deficit": ("Defizit*", "Fehlbetrag*", "Haushaltsloch*", "Finanzloch*"),
    "spending": ("Ausgaben", "Verteidigungsausgaben", "Militärausgaben", "Staatsausgaben",
                 "Rüstungsausgaben", "Sozialausgaben"),
    # Geschäftszahlen ("der Umsatz stieg um 16 Prozent auf 10,2 Milliarden Dollar", "der
    # Gewinn lag bei 1,9 Milliarden Dollar")
    "revenue": ("Umsatz", "Umsätze", "Umsatzes", "Erlös", "Erlöse", "Konzernumsatz*",
                "Jahresumsatz*", "Gesamtumsatz*", "Quartalsumsatz*"),
    "profit": ("Gewinn", "Gewinne", "Gewinns", "Nettogewinn*", "Überschuss", "Jahresüberschuss*",
               "Konzerngewinn*"),
    # was Arbeit einbringt ("die Reallöhne stiegen um 3,1 Prozent", "Mindestlohn von 12,82 Euro")
    "wage": ("Lohn", "Löhne", "Lohns", "Gehalt", "Gehälter", "Reallohn*", "Reallöhne",
             "Nominallohn*", "Nominallöhne", "Tariflohn*", "Tariflöhne", "Mindestlohn*",
             "Stundenlohn*", "Bruttolohn*", "Bruttolöhne", "Lohnuntergrenze"),
    # was eine Wohnung kostet ("die Angebotsmiete lag bei 13,90 Euro je Quadratmeter")
    "rent": ("Miete", "Mieten", "Angebotsmiete*", "Kaltmiete*", "Warmmiete*", "Mietpreis*",
             "Bestandsmiete*", "Neuvertragsmiete*", "Quadratmeterpreis*"),
    # Quoten, nur von Prozentzahlen (concepts.RATE)
    "inflation": ("Inflation*", "Teuerung*", "Preissteigerung*", "Verbraucherpreise"),
    # ohne Energie und Lebensmittel: eine andere Quote als die Inflation selbst
    "core_inflation": ("Kerninflation*", "Kernrate", "Kernteuerung*"),
    "unemployment": ("Arbeitslosenquote*", "Arbeitslosigkeit"),
    "turnout": ("Wahlbeteiligung*",),
    "interest_rate": ("Leitzins*", "Zinssatz*", "Zinsen"),
    "fine": ("Bußgeld*", "Geldstrafe*", "Geldbuße*", "Strafzahlung*", "Strafe", "Strafen"),
    "reward": ("Belohnung", "Belohnungen", "Kopfgeld*"),
    "ransom": ("Lösegeld*",),
    "fee": ("Ablöse", "Ablösesumme*", "Sockelablöse", "Transfersumme*"),
    "compensation": ("Entschädigung*", "Schadenersatz*", "Schmerzensgeld*"),
    "temperature": ("Temperatur*", "Thermometer*", "Quecksilber", "Hitzewelle*", "Hitze"),
    # die Nacht hat ihre eigenen Werte ("sanken nachts kaum unter 20 Grad")
    # die Temperatur eines Körpers ist keine Lufttemperatur ("Körpertemperatur von 41 Grad")
    "body_temperature": ("Körpertemperatur*", "Kerntemperatur*", "Körperkerntemperatur*"),
    "night_temperature": ("nachts", "Tiefstwert*", "Tiefsttemperatur*", "Tropennacht*",
                          "Nachttemperatur*"),
    "wind_speed": ("Wind", "Winde", "Windgeschwindigkeit*", "Windstärke*"),
    "gust": ("Böe", "Böen", "Windböe", "Windböen", "Sturmböe", "Sturmböen", "Orkanböe",
             "Orkanböen", "Spitzenböe", "Spitzenböen", "Sturmspitze*", "Orkan"),
}  # fmt: skip
"""Was eine Maßangabe ohne eigenes Nomen misst, nach einem Wort nahe bei ihr im Satzteil:
"am *Pegel* Kelheim 7,48 Meter", "110 Meter *hoch*"."""

FALL_FROM: tuple[str, ...] = ("aus", "aus einer", "aus der")
"""Wörter direkt vor einer Höhe (oder vor ihrem Wort, mit dem Artikel), von der etwas
fiel: mit einem Wort des Sturzes (``MEASURE_SUBJECTS["fall"]``) davor misst sie den Sturz
("stürzte *aus* rund zwölf Metern Höhe", "stürzte *aus* einer Höhe von zwölf Metern"), keine
Höhe ("*Aus* 300 Metern Höhe filmte die Drohne": kein Sturz)."""

VALUE_HEADS: tuple[str, ...] = (
    "messwerte", "messwert", "werte", "wert", "konzentrationen", "konzentration", "gehalt",
    "belastung",
)  # fmt: skip
"""Wörter für einen Wert, die nichts Eigenes nennen ("Kohlenmonoxid*werte* von bis zu 380
ppm" misst Kohlenmonoxid, wie "bis zu 180 ppm Kohlenmonoxid"); am Ende eines
zusammengesetzten Nomens."""

HOLDER_TITLES: frozenset[str] = frozenset({
    "gewerkschaft", "partei", "konzern", "unternehmen", "firma", "verband", "verein",
    "fluggesellschaft", "airline", "bank", "stiftung", "genossenschaft",
})  # fmt: skip
"""Wörter für eine Art von Körperschaft vor ihrem Namen ("die *Gewerkschaft* GBL"): der
Name allein hält den Anteil."""
