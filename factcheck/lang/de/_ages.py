"""The kinds of people an age is given for, and what tells two of a kind apart. Part of
:mod:`factcheck.lang.de.nouns`, which passes the names on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

AGE_PERSONS: dict[str, tuple[str, ...]] = {
    "boy": ("Junge", "Jungen"),
    "girl": ("Mädchen",),
    "baby": ("Baby", "Babys", "Säugling", "Säuglings"),
    "child": ("Kind", "Kindes"),
    # ein Rentner, eine Seniorin: ein Mann, eine Frau ihres Alters
    "man": ("Mann", "Mannes", "Rentner", "Rentners", "Senior", "Seniors"),
    "woman": ("Frau", "Rentnerin", "Seniorin"),
    "driver": ("Fahrer", "Fahrers", "Fahrerin", "Autofahrer", "Autofahrers", "Autofahrerin",
               "Lokführer", "Lokführers", "Lokführerin", "Busfahrer", "Busfahrers",
               "Busfahrerin", "Lkw-Fahrer", "Lkw-Fahrers", "Lkw-Fahrerin", "Lastwagenfahrer",
               "Lastwagenfahrers", "Lastwagenfahrerin", "Traktorfahrer", "Traktorfahrers",
               "Taxifahrer", "Taxifahrers", "Taxifahrerin"),
    "pilot": ("Pilot", "Piloten", "Pilotin"),
    "suspect": ("Täter", "Täters", "Täterin", "Tatverdächtige", "Tatverdächtigen",
                "Tatverdächtiger", "Angreifer", "Angreifers", "Schütze", "Schützen"),
    "student": ("Schüler", "Schülers", "Schülerin", "Student", "Studenten", "Studentin"),
    "mother": ("Mutter",),
    "father": ("Vater", "Vaters"),
    "resident": ("Bewohner", "Bewohners", "Bewohnerin", "Anwohner", "Anwohners", "Anwohnerin"),
    "neighbour": ("Nachbar", "Nachbarn", "Nachbarin"),
    "defendant": ("Angeklagte", "Angeklagten", "Angeklagter"),
    "victim": ("Opfer", "Opfers"),
    "tourist": ("Urlauber", "Urlaubers", "Urlauberin", "Tourist", "Touristen", "Touristin",
                "Camper", "Campers", "Camperin"),
    "hiker": ("Wanderer", "Wanderers", "Wanderin", "Bergsteiger", "Bergsteigers",
              "Bergsteigerin", "Skifahrer", "Skifahrers", "Skifahrerin"),
    "sailor": ("Matrose", "Matrosen", "Seemann", "Seemanns", "Seefahrer", "Seefahrers",
               "Besatzungsmitglied", "Besatzungsmitglieds"),
    # wer ein Schiff führt oder eine Gruppe leitet: einer je Boot, einer je Gruppe ("der
    # 45 Jahre alte *Kapitän*", "der 66-jährige *Bergführer*")
    "captain": ("Kapitän", "Kapitäns", "Kapitänin", "Schiffsführer", "Schiffsführers",
                "Schiffsführerin", "Skipper", "Skippers"),
    "leader": ("Bergführer", "Bergführers", "Bergführerin", "Gruppenleiter",
               "Gruppenleiters", "Gruppenleiterin", "Reiseleiter", "Reiseleiters",
               "Reiseleiterin", "Wanderführer", "Wanderführers", "Wanderführerin"),
    # ein Kind seiner Eltern, in jedem Alter ("ihr zwölfjähriger *Sohn*")
    "son": ("Sohn", "Sohnes"),
    "daughter": ("Tochter",),
    "worker": ("Arbeiter", "Arbeiters", "Arbeiterin", "Mitarbeiter", "Mitarbeiters",
               "Mitarbeiterin", "Bergmann", "Bergmanns"),
    "teacher": ("Lehrer", "Lehrers", "Lehrerin", "Lehrkraft"),
    # Handwerker, jeder Beruf eine eigene Art ("ein 47 Jahre alter *Gerüstbauer*" und "ein
    # 38 Jahre alter *Zimmermann*" sind zwei Menschen)
    "scaffolder": ("Gerüstbauer", "Gerüstbauers"),
    "carpenter": ("Zimmermann", "Zimmermanns", "Zimmerer", "Zimmerers", "Tischler",
                  "Tischlers", "Schreiner", "Schreiners"),
    "roofer": ("Dachdecker", "Dachdeckers"),
    "electrician": ("Elektriker", "Elektrikers", "Elektrikerin"),
    "bricklayer": ("Maurer", "Maurers"),
    "welder": ("Schweißer", "Schweißers"),
    "crane_operator": ("Kranführer", "Kranführers", "Kranführerin"),
    "technician": ("Techniker", "Technikers", "Technikerin", "Bühnentechniker",
                   "Bühnentechnikers", "Bühnentechnikerin", "Veranstaltungstechniker",
                   "Veranstaltungstechnikers", "Veranstaltungstechnikerin"),
    "mechanic": ("Mechaniker", "Mechanikers", "Mechanikerin", "Kfz-Mechaniker",
                 "Kfz-Mechanikers", "Kfz-Mechanikerin"),
    # wem das Boot, das Haus, der Laden gehört ("der 68 Jahre alte *Bootsbesitzer*")
    "owner": ("Besitzer", "Besitzers", "Besitzerin", "Eigentümer", "Eigentümers",
              "Eigentümerin", "Eigner", "Eigners", "Bootsbesitzer", "Bootsbesitzers",
              "Bootseigner", "Bootseigners", "Hausbesitzer", "Hausbesitzers",
              "Hausbesitzerin", "Inhaber", "Inhabers", "Inhaberin"),
}  # fmt: skip
"""Kinds of people an age is given for ("ein 13 Jahre alter *Junge*", "der *Fahrer*, ein
42-Jähriger"): the word right after an age, or the one kind its sentence names, says whose
age it is; ages of one kind (and one fate) are compared across articles."""

AGE_PERSON_GENDERS: dict[str, tuple[str, ...]] = {
    "female": ("Fahrerin", "Autofahrerin", "Lokführerin", "Busfahrerin", "Lkw-Fahrerin",
               "Lastwagenfahrerin", "Taxifahrerin", "Pilotin", "Täterin", "Schülerin",
               "Studentin", "Bewohnerin", "Anwohnerin", "Nachbarin", "Urlauberin", "Touristin",
               "Camperin", "Wanderin", "Bergsteigerin", "Skifahrerin", "Arbeiterin", "Lehrerin",
               "Mitarbeiterin", "Technikerin", "Bühnentechnikerin", "Veranstaltungstechnikerin",
               "Mechanikerin", "Kfz-Mechanikerin", "Besitzerin", "Eigentümerin",
               "Hausbesitzerin", "Inhaberin", "Kapitänin", "Schiffsführerin", "Bergführerin",
               "Gruppenleiterin", "Reiseleiterin", "Wanderführerin"),
    "male": ("Fahrer", "Fahrers", "Autofahrer", "Autofahrers", "Lokführer", "Lokführers",
             "Busfahrer", "Busfahrers", "Lkw-Fahrer", "Lkw-Fahrers", "Lastwagenfahrer",
             "Lastwagenfahrers", "Traktorfahrer", "Traktorfahrers", "Taxifahrer",
             "Taxifahrers", "Pilot", "Täter", "Täters",
             "Tatverdächtiger", "Angreifer", "Angreifers", "Schütze", "Schüler", "Schülers",
             "Student", "Bewohner", "Bewohners", "Anwohner", "Anwohners", "Nachbar",
             "Angeklagter", "Urlauber", "Urlaubers", "Tourist", "Camper", "Campers",
             "Wanderer", "Wanderers", "Bergsteiger", "Bergsteigers", "Skifahrer",
             "Skifahrers", "Arbeiter", "Arbeiters", "Mitarbeiter", "Mitarbeiters", "Lehrer",
             "Lehrers", "Techniker", "Technikers", "Bühnentechniker", "Bühnentechnikers",
             "Veranstaltungstechniker", "Veranstaltungstechnikers", "Mechaniker", "Mechanikers",
             "Kfz-Mechaniker", "Kfz-Mechanikers", "Besitzer", "Besitzers", "Eigentümer",
             "Eigentümers", "Eigner", "Eigners", "Bootsbesitzer", "Bootsbesitzers",
             "Bootseigner", "Bootseigners", "Hausbesitzer", "Hausbesitzers", "Inhaber",
             "Inhabers", "Kapitän", "Kapitäns", "Schiffsführer", "Schiffsführers", "Bergführer",
             "Bergführers", "Gruppenleiter", "Gruppenleiters", "Reiseleiter", "Reiseleiters",
             "Wanderführer", "Wanderführers"),
}  # fmt: skip
"""Wörter aus AGE_PERSONS, die das Geschlecht der Person nennen ("eine 58 Jahre alte
*Bewohnerin*", "ein 46 Jahre alter *Bewohner*"): zwei Menschen, nicht zwei Angaben eines
Alters. Formen, die beides sein können ("Angeklagte", "Piloten"), stehen nicht darin."""

AGE_PERSON_MODIFIERS: frozenset[str] = frozenset(
    {"auto", "bus", "lkw", "lastwagen", "lok", "taxi", "traktor", "sattelzug", "transporter"}
)
"""Erste Teile von Wörtern aus AGE_PERSONS, die zwei Menschen einer Art auseinanderhalten:
was sie fahren ("der *Lkw*-Fahrer", "der *Lok*führer"); Deutsch schreibt es ins Wort, oder
in einen Genitiv danach ("der Fahrer des *Sattelzugs*")."""

AGE_PERSON_ORDINALS: dict[str, str] = dict.fromkeys(
    ("zweite", "zweiten", "zweiter", "andere", "anderen", "anderer"), "other"
)
"""Wörter vor einem Wort aus AGE_PERSONS, die sagen, welcher von mehreren es ist ("der
*zweite* Fahrer"): nicht der, der ohne sie genannt wird."""

AGE_PERSON_OWNER_LINKS: tuple[str, ...] = ("des", "eines")
"""Wörter nach einem Wort aus AGE_PERSONS, die das Fahrzeug öffnen ("der Fahrer *des*
Sattelzugs")."""

AGE_NOUN_FORMS: tuple[tuple[str, str, str], ...] = (
    ("die", "jährige", "woman"), ("eine", "jährige", "woman"), ("der", "jährige", "man"),
    ("ein", "jähriger", "man"), ("einen", "jährigen", "man"), ("dem", "jährigen", "man"),
)  # fmt: skip
"""Artikel und Endung eines Alters, das als Nomen steht, die das Geschlecht sagen ("*die*
67-Jähr*ige*" ist eine Frau, "*der* 47-Jähr*ige*" ein Mann); "der 67-Jährigen" kann beides
sein und steht nicht darin."""
