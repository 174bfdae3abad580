"""German figure cues: the words of a figure's stretch of text that say which
figure it is (an earlier one, an interim or running count, a total, a part, a peak, an
average; see :class:`factcheck.lang.spec.Figures`)."""

from __future__ import annotations

REPORT_DAY_CUES: tuple[str, ...] = (
    "Bilanz", "Zwischenbilanz", "Abschlussbilanz", "Pressekonferenz", "sagte", "sagten",
    "teilte", "teilten", "erklärte", "erklärten", "berichtete", "berichteten", "meldete",
    "meldeten", "bilanzierte", "bilanzierten",
)  # fmt: skip
"""Words right before a day that make it the day something was reported ("in ihrer
*Bilanz* am Samstag", "*teilte* am Sonntag mit"): not the day of the crowd or deployment
the paragraph counts."""


REPORT_DAY_AFTER_CUES: tuple[str, ...] = (
    "sagte", "sagten", "mitteilte", "mitteilten", "erklärte", "erklärten", "berichtete",
    "berichteten", "bestätigte", "bestätigten", "mitgeteilt", "gesagt",
)  # fmt: skip
"""Verben des Sagens direkt nach einem Tag am Ende eines Nebensatzes ("wie ein
Polizeisprecher am Sonntag *sagte*", "wie die Polizei am Montag *mitteilte*"): der Tag der
Mitteilung, nicht der des Gezählten."""


REPORT_DAY_FRAMES: tuple[tuple[str, str], ...] = (
    ("Angaben", "vom"), ("Mitteilung", "vom"), ("Pressemitteilung", "vom"), ("Erklärung", "vom"),
    ("Auskunft", "vom"), ("Bilanz", "vom"), ("Stand", "vom"),
)  # fmt: skip
"""Quellenangaben, deren Tag der einer Mitteilung ist ("nach *Angaben* der Polizei *vom*
Sonntag", "*Stand vom* Montag"): nicht der Tag dessen, was der Absatz zählt."""


FIGURE_WORDS: tuple[str, ...] = (
    "die Zahl", "diese Zahl", "die Gesamtzahl", "ihre Zahl", "waren es", "sind es", "seien es",
    "es waren",
)  # fmt: skip
"""Wörter, die eine Zahl nennen, ohne zu sagen wovon ("die Veranstalter bezifferten *die
Zahl* auf 9.000", "Im März *waren es* 18.600"): es ist die Zahl des Satzes davor."""


SPAN_CUES: tuple[str, ...] = (
    "Wochenende*", "Turnier*", "Saison", "bisher", "bislang", "seit Beginn", "seit dem Start",
    "in den ersten", "in den vergangenen", "in den letzten",
    # "über drei Tage *hinweg* insgesamt mehr als 200 Einsatzkräfte", "im Laufe der Suche"
    "hinweg", "im Laufe", "im Verlauf",
)  # fmt: skip
"""Words in a crowd's or a deployment's clause that make its figure a total over a span of
days ("am ersten *Wochenende*", "in den ersten zwei *Wochen*", "über drei Tage *hinweg*"): a
running total that grows, not the count of one occasion."""


PROJECTION_CUES: tuple[str, ...] = ("Hochrechnung*", "Nachwahlbefragung*")
"""Wörter eines Absatzes, der Zahlen einer Hochrechnung gibt ("*Laut der Hochrechnung* von
18.45 Uhr kam die CDU auf 30,5 Prozent"): eine Schätzung am Wahlabend, nicht das Ergebnis
(nicht "Prognose", das auch Wirtschaftsprognosen nennt)."""


INTERIM_CUES: tuple[str, ...] = (
    "bereits", "schon", "zunächst", "vorerst", "bislang", "bisher", "vorläufig*",
    "ersten *Angaben", "erste Zählung*", "am Vormittag", "am Morgen", "zwischenzeitlich",
    "bis zum Mittag", "bis Mittag", "bis mittags", "bis zum Vormittag", "bis zum Nachmittag",
    "ersten *Erkenntnissen", "ersten *Schätzungen", "ersten *Informationen", "ersten Ermittlungen",
    # ein Zwischenstand einer Auszählung ("Nach Auszählung von 58 der 71 Stimmbezirke")
    "Auszählung von", "Stand der Auszählung",
)  # fmt: skip
"""Words in a number's clause that mark an early or partial count ("*bereits* 3000
Fahrzeuge", "*bislang* 12 Tote"): a higher figure of the same thing elsewhere is the count
that followed, not a contradiction."""


OTHER_EVENT_OPENERS: str = (
    r"\W*(?:(?:zum|im)\s+vergleich\b|vergleichsweise\b|damals\b|seinerzeit\b"
    r"|(?:der|die|das)\s+(?:letzte|vorige|vorherige)\s+\w+\s*,\s*(?:der|die|das)\b)"
)
"""Ein Satzanfang, der seine Zahlen neben ein anderes Ereignis stellt ("*Zum Vergleich*: Als
2014 der Tanker kenterte, blieb der Rhein 19 Tage gesperrt", "*Der letzte Sturm, der* ...,
"... im Jahr 2011 kollidiert. *Damals* starben zwei Menschen, 23 wurden verletzt"):
sie gehören zu jenem, nie gegen die Zahlen der Geschichte in anderen Artikeln gestellt."""

CLOCK_AS_OF_CUES: tuple[str, ...] = ("bis", "bis um", "Stand", "Stand:", "mit Stand")
"""Wörter direkt vor einer Uhrzeit, die sie zur Zeit machen, zu der die Zahlen des Satzes
gelten ("*Bis* 9 Uhr hatte die Feuerwehr drei Tote bestätigt"): ein Stand dieses Tages."""

OCCURRENCE_CUES: tuple[str, ...] = ("diesmal", "dieses Mal")
"""Wörter, die eine Zahl als die eines weiteren Vorfalls einer Serie geben ("*Diesmal*
wurden acht Schafe getötet"): keine Summe der Geschichte."""

SUPERLATIVE_AFTER: str = r"\s+[a-zäöüß]*(?:[^\Ws]s|ß)t(?:e|en|er|es|em)\s+[A-ZÄÖÜ]"
"""Ein kleingeschriebenes Wort mit der Endung eines Superlativs vor seinem Nomen direkt
nach "bislang", "bisher" ("der *bislang schwersten* Übergriff", "der bisher *größte*
Einsatz"): das Wort sagt das vom Superlativ, nicht von der Zahl; nicht "Inzwischen
*mussten* 310 Menschen", "die bislang *erfassten* Fälle" (-sst-)."""

DIED_OF_INJURIES: tuple[str, ...] = (
    "erlag", "erlagen", "erlegen", "seinen Verletzungen", "ihren Verletzungen",
    "starb im Krankenhaus", "starb in der Klinik", "starb später", "im Krankenhaus gestorben",
    "in der Klinik gestorben", "verletzte Arbeiter ist tot", "verletzte Mann ist tot",
    "verletzte Frau ist tot", "verletzte ist tot",
)  # fmt: skip
"""Wörter, die sagen, dass einer der Verletzten starb ("die in einer Klinik ihren
Verletzungen *erlag*", "Der lebensgefährlich *verletzte Arbeiter ist tot*"): nur dann darf
eine spätere Zahl der Verletzten um so viele fallen, wie die der Toten stieg."""

SIMILAR_EVENT_WORDS: tuple[str, ...] = (
    "ähnliche", "ähnlicher", "ähnlichen", "ähnliches", "ähnlichem",
    "vergleichbare", "vergleichbarer", "vergleichbaren", "vergleichbares", "vergleichbarem",
    "kleinere", "kleinerer", "kleineren", "kleineres", "kleinerem",
    "größere", "größerer", "größeren", "größeres", "größerem",
)  # fmt: skip
"""Beiwörter, die ein anderes Ereignis derselben Art nennen ("Vor drei Jahren traf ein
*ähnlicher* Angriff die Nachbarstadt", "2017 war ein *kleinerer* Krater aufgebrochen"):
mit einer Zeit Monate vor dem Artikel gehören die Zahlen des Absatzes danach, ohne eigene
neue Zeit, zu jenem Ereignis."""

EARLIER_FIGURE_CUES: tuple[str, ...] = (
    "nach zuvor", "nach bisher", "nach bislang", "gegenüber", "statt", "anstatt", "anstelle von",
    "zuvor", "hatte bei", "damals", "seinerzeit", "Vorjahr:", "Vorjahreszeitraum,",
    # eine überholte Angabe ("Am Freitagabend *war noch von* sieben Verletzten die Rede")
    "war noch von", "war zunächst von", "zunächst war von", "war anfangs von",
    "anfangs war von", "hieß es noch",
)  # fmt: skip
"""Words right before a number that set it out as an earlier figure of the same thing
("41 Tote, *nach zuvor* 12 am Vormittag", "*statt* der am Donnerstag genannten 11.300"): the
times in its stretch are its own, not the sentence's."""


THEN_CUES: tuple[str, ...] = ("damals", "seinerzeit")
"""Earlier-figure cues that point back to a time named in the sentence ("Im Januar 2018
rechnete die Bahn *damals* mit ..."): the figure is that time's."""


AS_OF_CUES: tuple[str, ...] = ("Stand", "Stand:", "mit Stand", "bis", "bis zum")
"""Wörter direkt vor einer Zeit, die sie zur Zeit der Zählung der Zahlen des Satzes machen
("*Stand* Sonntagmorgen", "*bis* zum Abend"): sie geht den anderen Zeiten des Satzes vor."""


CURRENT_CUES: tuple[str, ...] = (
    "nun", "nunmehr", "inzwischen", "mittlerweile", "derzeit", "aktuell", "bislang", "bisher",
)  # fmt: skip
"""Words in a number's stretch that give the figure as of the time of writing ("die Zahl
der Toten liegt *inzwischen* bei 41, nach dem Unglück am 3. Juni"): a date days before the
article then names the event, not the count's as-of time."""


STILL_CUES: tuple[str, ...] = (
    "noch immer", "immer noch", "weiterhin", "liegen noch", "lagen noch", "liegt noch",
    "lag noch", "befinden sich noch", "befanden sich noch", "verbleiben", "verblieben",
)  # fmt: skip
"""Wörter, die Menschen als noch in einem Zustand nennen, den manche wieder verlassen
("zwei Verletzte *liegen noch* im Krankenhaus"): der Rest der einst Gezählten."""


ADMISSION_CUES: tuple[str, ...] = (
    "gebracht", "eingeliefert", "aufgenommen", "ins Krankenhaus", "ins Klinikum",
    "in Krankenhäuser", "in die Klinik", "in eine Klinik", "in ein Krankenhaus",
    "in die Notaufnahme", "mussten behandelt", "musste behandelt", "kamen in", "kam in",
    "kamen ins", "kam ins",
)  # fmt: skip
"""Wörter im Satzteil einer Zahl, die Menschen zählen, die ins Krankenhaus kamen ("wurden
in Kliniken *gebracht*", "kamen *ins Krankenhaus*"; der Akkusativ sagt die Richtung, "im
Krankenhaus" den Ort): eine laufende Summe der Aufnahmen, die wächst und nie fällt, nicht
die Patienten, die zu einer Zeit dort liegen."""


RUNNING_CUES: tuple[str, ...] = (
    "inzwischen", "mittlerweile", "bislang", "bisher", "summiert*",
    # vom Beginn der Geschichte an gezählt ("seit Beginn des Ausbruchs")
    "seit Beginn", "seit Ausbruch", "seit dem Ausbruch",
)  # fmt: skip
"""Wörter im Satzteil einer Zählung, die sagen, dass sie bis zur Zeit des Schreibens auf
ihren Wert gewachsen ist ("die Bilanz summiert sich *inzwischen* auf 68 Verstöße"): eine
laufende Summe, die ein späterer Bericht höher angeben kann."""

RAISED_AFTER: str = (
    r"[\s,;(–—-]*(?:[\w-]+\s+)?mehr\s*,?\s+als\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:zunächst|anfangs|ursprünglich|zuvor|bisher|zuerst)\s+"
    r"(?:gemeldet|angegeben|angenommen|bekannt|mitgeteilt|berichtet|vermutet)"
)
"""Was gleich nach einer Zählung steht und sie als mehr angibt, als ein früherer Bericht
sagte ("26 Wagen entgleisten, *drei mehr als zunächst gemeldet*"): eine Zahl, die gewachsen
ist, wie eine laufende Summe."""


TOTAL_CUES: tuple[str, ...] = (
    "insgesamt", "zusammen", "zusammengenommen", "gemeinsam", "beide*", "beiden", "alle zusammen",
    "in der Summe", "gesamt*", "bundesweit", "landesweit", "deutschlandweit",
    "im ganzen Land", "in mehreren Städten", "in vielen Städten", "in zahlreichen Städten",
    "weltweit", "konzernweit",
)  # fmt: skip
"""Wörter im Satzteil einer Zahl, die sie zur Summe über die Teile machen, von denen der
Text erzählt ("*insgesamt* 120.000 Menschen", "in *beiden* Ländern"): eine Summe und die
Zahl eines Teils zählen verschiedene Dinge."""


RANKING_WORDS: tuple[str, ...] = (
    # Wörter nach einer Ordnungszahl, die sie zur Rangfolge machen ("zweite-*größte*")
    "größt*", "grösst*", "schwerst*", "höchst*", "tödlichst*", "schlimmst*", "meist*",
    "stärkst*", "längst*", "teuerst*", "heißest*",
)  # fmt: skip


PART_CUES: tuple[str, ...] = (
    # Wörter im Satzteil einer Zahl, die sie für einen Teil der Geschichte angeben
    # ("im Norden *allein* 310 Häuser", "*davon* 12 Kinder"): eine Summe zählt anderes
    "allein", "davon", "darunter", "von ihnen", "Löwenanteil",
    # ein Ort am Rand des Geschehens ("*im Umfeld der* Gegenkundgebung festgenommen")
    "im Umfeld", "am Rande", "am Rand",
    # ein Ersatz für die Reise ("Die *Ersatzmaschine* hob ab, mit 151 Passagieren"): die, die
    # weiterreisten
    "Ersatzmaschine*", "Ersatzflug*", "Ersatzflugzeug*", "Ersatzbus*", "Ersatzbusse*",
    "Ersatzzug*", "Ersatzzüge*", "Ersatzschiff*",
)  # fmt: skip


VOTE_TALLIES: tuple[str, ...] = (
    r"(?<![\d.,])(?P<yes>\d{1,4})\s+zu\s+(?P<no>\d{1,4})\s+(?:Stimmen|Stimme)\b",
)
"""Das Ergebnis einer Abstimmung in zwei Zahlen ("mit 31 *zu* 14 Stimmen angenommen"): erst
die Ja-, dann die Nein-Stimmen."""

PART_INTRODUCERS: tuple[str, ...] = ("davon", "darunter")
"""Die Wörter aus PART_CUES, die nach dem Ganzen seine Teile aufzählen ("12 Tote, *darunter*
drei Kinder"): ein Teil für eine Zahl danach oder eine direkt davor ("15 *davon* schwer"),
nie für das Ganze vor einem Komma."""


ALONE_CUES: tuple[str, ...] = ("allein", "alleine", "im Umfeld", "am Rande", "am Rand")
"""Die Wörter aus PART_CUES, die einen Teil als einen von mehreren ausweisen ("*allein* die
Bottroper Feuerwehr schickte 120 Kräfte"): ein Ganzes ist größer, nie kleiner."""


AVERAGE_CUES: tuple[str, ...] = (
    "im Schnitt", "im Durchschnitt", "durchschnittlich*", "Durchschnitt*",  # "im Schnitt 43 dt/ha"
    # was an einem gewöhnlichen Tag gilt ("An einem *normalen* Wintermorgen zählt das
    # Präsidium 30 bis 40 Unfälle"): keine Zahl des Ereignisses
    "an einem normalen", "an normalen", "normalerweise", "üblicherweise", "gewöhnlich",
)  # fmt: skip


EACH_OPENERS: tuple[str, ...] = ("jeder", "jede", "jedes")
"""Begleiter am Satzanfang, die das Subjekt zu einem von mehreren und die Zahlen des
Satzes zu denen jedes einzelnen machen ("*Jeder* Zug war mit rund 450 Fahrgästen
besetzt"): nie mit einer Gesamtzahl verglichen."""

EACH_CUES: tuple[str, ...] = ("jeweils", "je")
"""Wörter direkt vor einer Zahl, höchstens ein Verb dazwischen, die sie zur Zahl eines von
mehreren Dingen machen ("zwei Unfälle mit *jeweils* zwei Toten", "*je* zwei Tote"): nie mit
einer Gesamtzahl verglichen (nicht "je nach")."""


ALL_BUT_CUES: tuple[str, ...] = ("alle bis auf", "alle außer", "alles bis auf")
"""Wörter direkt vor einer Zahl, die sie zu den Ausgenommenen machen ("*alle bis auf*
einen sind entlassen"): ein Teil der Gruppe, keine Zahl der Rolle des Satzes (nicht "bis
auf" allein: "stieg bis auf 5 Meter")."""


PEAK_CUES: tuple[str, ...] = (
    # Wörter im Satzteil einer Zahl, die den höchsten Stand angeben ("*zu Spitzenzeiten*
    # 80.000 Haushalte ohne Strom"): nur mit anderen Höchstständen zu vergleichen
    "in der Spitze", "zu Spitzenzeiten", "in Spitzenzeiten", "zeitweise", "zeitweilig",
    "zwischenzeitlich", "Höchststand", "Höhepunkt", "Scheitel*", "Flutscheitel*",
)  # fmt: skip


EVENT_CLAUSE_OPENERS: tuple[str, ...] = ("nachdem",)
"""Wörter, die einen Satzteil über das Ereignis hinter den Zahlen davor eröffnen ("38
Menschen starben, *nachdem* der Taifun am Wochenende ..."): seine Zeit ist die des
Ereignisses, nicht die der Zahlen."""


COMPARED_PLAN_WORDS: tuple[str, ...] = ("als",)
"""Wörter direkt vor einem Wort des Planens, die es zu einem Vergleich machen ("schneller
*als* vorhergesagt", "früher *als* geplant"): kein Plan des Satzteils."""
