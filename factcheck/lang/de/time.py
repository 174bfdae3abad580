"""German time words: month and weekday names, relative words, prepositions.

The time engine (:mod:`factcheck.extract.time`) builds its patterns from these tables.
``factcheck/lang/en/time.py`` has the same names; only the language differs.

Keys are lower-case; the engine matches month and weekday names only when they are
capitalised (``Juni``, ``JUNI``), since German writes them as nouns, and every other
word in any case. A space in a key matches any run of white space.
"""

from __future__ import annotations

from factcheck.lang.de.numbers import CARDINALS as _CARDINALS
from factcheck.models.time import PartOfDay

MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "jaenner": 1,
    "februar": 2,
    "feber": 2,
    "märz": 3,
    "maerz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
"""Full month names (with regional spellings). A bare name counts as a time only after
a word of :data:`PREPOSITIONS` that allows months (``im Juni``, ``seit September``)."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "febr": 2,
    "mär": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}
"""Abbreviations (an optional full stop follows); used only with a day or a year
(``9. Sept. 2024``), never alone, since ``Jan`` is also a first name."""

WEEKDAYS: dict[str, int] = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
"""Weekday names, 0 = Monday ... 6 = Sunday."""

WEEKDAY_EXCLUSIONS: tuple[str, ...] = (
    "schwarzer freitag",
    "schwarzen freitag",
    "blutiger sonntag",
    "blutigen sonntag",
    "weißer sonntag",
    "weißen sonntag",
)
"""Names in which a weekday is not a day of the week before or after publication."""

DATE_NAME_BEFORE: tuple[str, ...] = (
    "straße des", "str. des", "platz des", "allee des", "brücke des", "damm des", "ufer des",
)  # fmt: skip
"""Words right before a date that make it part of a name, not a time (``Straße des``
17. Juni); lower case."""

EVENT_DAY_AFTER: str = ""
"""Ungenutzt im Deutschen (siehe die englische Datei)."""

EVENT_DAY_BEFORE: str = (
    r"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*?)?(?i:unglück|unfall|anschlag|brand|beben|lawine|abgang"
    r"|explosion|absturz|einsturz|sturm|unwetter|hochwasser|angriff|amoklauf|attentat"
    r"|katastrophe|havarie|entgleisung|zusammenstoß|überfall|kundgebung|demonstration"
    r"|vorfall|zwischenfall|ereignis|austritt|kollision|tornado|einbruch)"
    r"(?:e?s|en|n)?\s+vom\s+$"
)
"""Ein Ereignis mit seinem Tag ("bei dem *Lawinenunglück vom* Donnerstag kamen vier
Menschen ums Leben", am Freitag geschrieben; "nach dem *Vorfall vom* Samstag"): der Tag ist
der des Unglücks, die Zahl gilt am Tag des Artikels. Nicht eine Angabe mit ihrem Tag: "nach
Angaben der Polizei *vom Dienstagabend*" ist der Stand der Zahl."""

RECORD_SERIES: str = (
    r"(?i:seit\s+(?:dem\s+)?(?:Beginn\s+(?:der|seiner|ihrer)\s+\w*(?:aufzeichnungen|messungen)"
    r"|\w*(?:mess|aufzeichnungs)beginn)(?:\s+(?:im\s+Jahr|anno))?)\s+$"
)
"""Wovor das Jahr steht, mit dem eine Messreihe begann ("so viel wie nie *seit Beginn der
Aufzeichnungen im Jahr* 1949", "*seit Messbeginn* 1881"): der Rahmen eines Rekords, nicht
die Zeit der Zahlen des Satzes."""

PARTS_OF_DAY: dict[str, PartOfDay] = {
    "morgen": PartOfDay.MORNING,
    "früh": PartOfDay.MORNING,
    "vormittag": PartOfDay.MORNING,
    "nachmittag": PartOfDay.AFTERNOON,
    "mittag": PartOfDay.AFTERNOON,  # "Samstagmittag": the day's middle, read with its afternoon
    "abend": PartOfDay.EVENING,
    "nacht": PartOfDay.NIGHT,
}
"""Part-of-day words after a weekday or a relative day (``Mittwoch Abend``,
``gestern Abend``); fused compounds are allowed when :data:`WEEKDAY_PART_COMPOUNDS`."""

WEEKDAY_PART_COMPOUNDS = True
"""German fuses weekday and part of day into one word: ``Mittwochabend``."""

PART_OF_DAY_PREFIXES: dict[str, PartOfDay] = {
    "in der nacht zum": PartOfDay.NIGHT,
    "in der nacht zu": PartOfDay.NIGHT,
    "in der nacht auf": PartOfDay.NIGHT,
}
"""Phrases before a weekday that name a part of its day (``in der Nacht zum Mittwoch``)."""

RELATIVE_DAYS: dict[str, tuple[int, PartOfDay | None]] = {
    "heute": (0, None),
    "gestern": (-1, None),
    "vorgestern": (-2, None),
    "morgen": (1, None),
    "übermorgen": (2, None),
    "letzte nacht": (-1, PartOfDay.NIGHT),
    "vergangene nacht": (-1, PartOfDay.NIGHT),
}
"""Days counted from the publication day, with a part of day if the phrase names one.
A part-of-day word may follow (``gestern Abend``, ``heute früh``)."""

LOWERCASE_ONLY: frozenset[str] = frozenset({"morgen"})
"""Words that are a time only when written in lower case: ``morgen`` is tomorrow,
``Morgen`` is the noun (morning)."""

LAST_WORDS: frozenset[str] = frozenset(
    {
        "letzte",
        "letzten",
        "letzter",
        "letztes",
        "letztem",
        "vergangene",
        "vergangenen",
        "vergangener",
        "vergangenes",
        "vergangenem",
        "vorige",
        "vorigen",
        "voriger",
        "voriges",
        "vorigem",
    }
)
"""The one before the publication (``letzten September``, ``vergangenes Jahr``)."""

NEXT_WORDS: frozenset[str] = frozenset(
    {
        "nächste",
        "nächsten",
        "nächster",
        "nächstes",
        "nächstem",
        "kommende",
        "kommenden",
        "kommender",
        "kommendes",
        "kommendem",
    }
)
"""The one after the publication (``kommenden Mittwoch``, ``nächstes Jahr``)."""

THIS_WORDS: frozenset[str] = frozenset(
    {
        "diese",
        "diesen",
        "dieser",
        "dieses",
        "diesem",
        "laufende",
        "laufenden",
        "laufendes",
    }
)
"""The one containing the publication (``in diesem Jahr``, ``im laufenden Monat``)."""

UNITS: dict[str, str] = {
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "tages": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "monats": "month",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
    "jahres": "year",
}
"""Calendar units in all their inflections -> ``day``, ``week``, ``month``, ``year``."""

UNIT_PLURALS: frozenset[str] = frozenset(
    {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren"}
)
"""Plural forms: ``in den letzten Jahren`` is "in recent years", not "last year"."""

YEAR_WORDS: frozenset[str] = frozenset(
    {"jahr", "jahre", "jahres", "jahren", "geschäftsjahr", "geschäftsjahres"}
)
"""Nouns that make the following four-digit number a year (``im Jahr 2000``, ``in den
Jahren 2020 bis 2022``)."""

THIS_UNIT_IMPLICIT: dict[str, str] = {
    "des jahres": "year",
    "dieses jahres": "year",
    "des monats": "month",
    "dieses monats": "month",
}
"""After a word of :data:`SUB_PERIODS`, a unit that means the current one
(``Ende des Jahres`` = the end of the publication year)."""

AGO_BEFORE: frozenset[str] = frozenset({"vor"})
"""Word before a count that makes it "that long before publication" (``vor 24 Jahren``)."""

AGO_AFTER: frozenset[str] = frozenset()
"""Word after a count with the same meaning (English ``ago``); none in German."""

SINCE_DURATION_WORDS: frozenset[str] = frozenset({"seit"})
"""Word before a count that makes it a span reaching back from publication
(``seit 24 Jahren``: since 24 years before publication)."""

SINCE_DURATION_CUES: tuple[str, ...] = ()
"""Words that, shortly before ``in N Jahren``, make it a span reaching back (English
"the first visit in 24 years"); German says ``seit`` instead, so none."""

LATER_DURATION_WORDS: frozenset[str] = frozenset({"in"})
"""Word before a count that makes it "that long after publication" (``in zwei Wochen``)."""

SPAN_OPENERS: tuple[str, ...] = ("in den", "während der", "innerhalb der")
"""Openers of a span up to (or from) publication: ``in den vergangenen 24 Jahren``,
``in den kommenden zwei Wochen``."""

SPAN_LAST_WORDS: frozenset[str] = LAST_WORDS
"""After a span opener: the span reaches back from publication (``in den letzten
zwei Wochen``); :data:`NEXT_WORDS` make it reach forward."""

ANCHOR_BEFORE_WORDS: frozenset[str] = frozenset({"zuvor", "davor", "vorher", "früher"})
"""After a count: that long before the time mentioned last (``zwei Tage zuvor``)."""

ANCHOR_AFTER_WORDS: frozenset[str] = frozenset({"später", "danach", "darauf"})
"""After a count: that long after the time mentioned last (``zwei Tage später``)."""

ANCHOR_WORDS_NEED_PAUSE: frozenset[str] = frozenset()
"""Anchor words that count only before punctuation (English ``before``/``after``,
which otherwise take an object: "two days before the summit")."""

ANCHOR_PHRASES: dict[str, tuple[int, str, PartOfDay | None]] = {
    "tags darauf": (1, "day", None),
    "tags zuvor": (-1, "day", None),
    "tags davor": (-1, "day", None),
    "am tag darauf": (1, "day", None),
    "am tag danach": (1, "day", None),
    "am tag zuvor": (-1, "day", None),
    "am tag davor": (-1, "day", None),
    "am folgenden tag": (1, "day", None),
    "am nächsten tag": (1, "day", None),
    "am vortag": (-1, "day", None),
    "am selben tag": (0, "day", None),
    "am gleichen tag": (0, "day", None),
    "am selben abend": (0, "day", PartOfDay.EVENING),
    "am gleichen abend": (0, "day", PartOfDay.EVENING),
    # der Abend des zuletzt genannten Tages ("Am Montag ... Bis zum Abend fielen 480 aus")
    "zum abend": (0, "day", PartOfDay.EVENING),
    "in der folgenden woche": (1, "week", None),
    "in der woche darauf": (1, "week", None),
    "im monat darauf": (1, "month", None),
    "im folgenden monat": (1, "month", None),
    "im jahr darauf": (1, "year", None),
    "im folgenden jahr": (1, "year", None),
    "im folgejahr": (1, "year", None),
    "im vorjahr": (-1, "year", None),
    "im jahr zuvor": (-1, "year", None),
    # derselbe Monat ein Jahr davor ("im September 181, im Vorjahresmonat 59")
    "im vorjahresmonat": (-12, "month", None),
    "im vormonat": (-1, "month", None),
    # die Saison davor, eine Jahresfrist zurück ("In der Vorsaison lag die Quote bei 38,2
    # Prozent"; eine Grippe- oder Spielsaison läuft übers Jahresende)
    "in der vorsaison": (-1, "year", None),
    "in der vergangenen saison": (-1, "year", None),
    "in der saison davor": (-1, "year", None),
}
"""Fixed phrases relative to the time mentioned last: (count, unit, part of day)."""

SEASONS: dict[str, tuple[int, int]] = {
    "frühjahr": (3, 5),
    "frühling": (3, 5),
    "sommer": (6, 8),
    "herbst": (9, 11),
    "winter": (12, 2),
}
"""Seasons (first month, last month), used with a year: ``im Sommer 2000``. A winter
runs into the next year."""

FIGURE_SPANS: dict[str, tuple[str, ...]] = {
    "quarter": ("im Quartal", "Quartalsumsatz*", "Quartalsgewinn*", "vierteljährlich*"),
    "half": ("ersten Halbjahr", "zweiten Halbjahr", "Halbjahresumsatz*", "Halbjahresgewinn*"),
    "nine_months": ("ersten neun Monaten", "ersten drei Quartalen", "Neunmonatsumsatz*"),
    "year": ("Gesamtjahr", "Jahresumsatz*", "Jahresgewinn*", "Jahresüberschuss*",
             "im gesamten Jahr", "im Gesamtjahr"),
    # eine Rate pro Jahr ("rund 4,5 Prozent pro Jahr"): keine Summe über mehrere Jahre
    "per_year": ("pro Jahr", "jährlich", "jedes Jahr", "per anno"),
    # eine Rate pro Tag, gleich neben der Zahl ("*werktags* rund 48.000 Fahrzeuge",
    # "48.000 Fahrzeuge *am Tag*"): keine Zahl eines Tages
    "per_day": ("pro Tag", "je Tag", "am Tag", "täglich", "tagtäglich", "jeden Tag",
                # eine Besetzung je Nacht ("fünf Pflegekräfte *pro Nacht*")
                "pro Nacht", "je Nacht", "jede Nacht",
                "werktags", "an Werktagen", "an einem Werktag", "an einem normalen Werktag",
                "an einem durchschnittlichen Werktag", "an einem gewöhnlichen Werktag"),
    # eine Rate pro Stunde, gleich hinter der Zahl ("bis zu 2.400 Personen *pro Stunde*")
    "per_hour": ("pro Stunde", "je Stunde", "in der Stunde", "stündlich"),
    # ein Maß, gesammelt über einen Tag oder zwei (Regen: "412 Liter pro Quadratmeter
    # binnen 24 Stunden", "über 500 Millimeter in zwei Tagen")
    "day": ("in 24 Stunden", "binnen 24 Stunden", "innerhalb von 24 Stunden",
            "innerhalb 24 Stunden", "in den vergangenen 24 Stunden"),
    "two_days": ("in 48 Stunden", "binnen 48 Stunden", "innerhalb von 48 Stunden",
                 "in zwei Tagen", "binnen zwei Tagen", "innerhalb von zwei Tagen"),
}  # fmt: skip
"""Wie lange der Zeitraum ist, für den eine Geldsumme gilt ("der Umsatz *im Quartal*",
"in den *ersten neun Monaten*", "*Jahresumsatz*"): Summen für Zeiträume verschiedener
Länge werden nicht verglichen."""

MONTHS_TO: tuple[str, ...] = ("bis", "bis Ende")
"""Wörter zwischen einer Zahl von Monaten und dem Monat, mit dem sie enden: "in den drei
Monaten *bis* September" (Juli bis September)."""

YEAR_PARTS: dict[str, tuple[int, int]] = {
    "ersten quartal": (1, 3),
    "zweiten quartal": (4, 6),
    "dritten quartal": (7, 9),
    "vierten quartal": (10, 12),
    "1. quartal": (1, 3),
    "2. quartal": (4, 6),
    "3. quartal": (7, 9),
    "4. quartal": (10, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "ersten halbjahr": (1, 6),
    "zweiten halbjahr": (7, 12),
    "ersten drei quartalen": (1, 9),
    "ersten neun monaten": (1, 9),
    "ersten sechs monaten": (1, 6),
    "ersten drei monaten": (1, 3),
}
"""Parts of a year by their first and last month, with a year or without one (then the
latest that has begun by publication): ``im dritten Quartal``, ``Q3 2024``, ``in den
ersten neun Monaten des Jahres``. Not before another article (``im dritten Quartal des
Vorjahres``, ``in den ersten sechs Monaten der Pandemie``)."""

WEEKEND_WORDS: tuple[str, ...] = ("Wochenende", "Wochenendes")
"""Wörter für ein Wochenende ("am *Wochenende*", "des vergangenen *Wochenendes*")."""

WEEKEND_OPENERS: tuple[str, ...] = ("am", "übers", "das", "des", "zum", "vom", "ans")
"""Wörter direkt vor einem Wochenende, die es zum nächstgelegenen machen ("*am*
Wochenende", "für *das* Wochenende"); nicht "am *ersten* Wochenende"."""

CALENDAR_WEEK_WORDS: tuple[str, ...] = ("KW", "Kalenderwoche", "Meldewoche")
"""Wörter für eine Woche des Jahres nach ihrer Nummer ("in *KW* 5", "in der 5.
*Kalenderwoche* 2026", "in der fünften *Meldewoche*")."""

PUBLICATION_SPANS: dict[str, tuple[str, str]] = {
    "jahresbeginn": ("year", "early"),
    "jahresanfang": ("year", "early"),
    "jahresmitte": ("year", "mid"),
    "jahresende": ("year", "late"),
    "monatsbeginn": ("month", "early"),
    "monatsanfang": ("month", "early"),
    "monatsende": ("month", "late"),
    "ersten jahreshälfte": ("year", "early"),
    "zweiten jahreshälfte": ("year", "late"),
    "im bisherigen jahresverlauf": ("year", "to_date"),
    "bislang in diesem jahr": ("year", "to_date"),
    "im weiteren jahresverlauf": ("year", "from_date"),
    "später in diesem jahr": ("year", "from_date"),
}
"""Phrases for a part of the publication's year, month or week: (unit, part), the part
being ``early``/``mid``/``late`` (as in :data:`SUB_PERIODS`), ``to_date`` (from the
unit's start up to publication) or ``from_date`` (from publication to the unit's end).
``seit Jahresbeginn`` is then a span since the early part of the publication year. A year
after an early, mid or late part names its year instead (``zum Jahresende 2024``)."""

PREPOSITIONS: dict[str, tuple[str, bool, bool]] = {
    "am": ("point", False, False),
    "im": ("point", True, False),
    "in": ("point", False, False),
    "während": ("point", True, True),
    "zum": ("point", False, False),
    "seit": ("since", True, True),
    "ab": ("point", True, True),  # "ab 2027", "ab Mai": from then on, read as its start
    "für": ("point", False, True),  # "Für 2026 erwarten die Forscher ein Plus von 1,1 Prozent"
    "bis": ("until", True, True),
    "bis zum": ("until", False, False),
    "bis zur": ("until", False, False),
    "bis spätestens": ("until", True, True),
    # "Bereits 2019 war eingebrochen worden": an adverb of time before a year
    "bereits": ("point", False, True),
    "schon": ("point", False, True),
    "zuletzt": ("point", False, True),  # "war zuletzt 2019 für 6,4 Millionen Euro saniert worden"
}
"""Words before a time: (role, bare month allowed, bare year allowed). Role ``point``
keeps a point, ``since`` makes it the start of a span up to publication, ``until`` its
end. ``im Juni`` is a time, ``im 2000`` is not German; ``seit 2002`` is a year."""

YEAR_ONLY_BEFORE_PAUSE: frozenset[str] = frozenset({"für", "bereits", "schon", "zuletzt"})
"""Präpositionen, deren bloße Jahreszahl nur vor einer Pause oder einem kleingeschriebenen
Wort ein Jahr ist ("Für 2026 erwarten ..."), nicht vor einem Nomen ("für 2000 Menschen")."""

ARTICLES: frozenset[str] = frozenset({"dem", "den", "der", "des"})
"""Articles between a preposition and the time (``seit dem Jahr 2000``)."""

DAY_ARTICLES: tuple[str, ...] = ()
"""Articles that may open a day-month date on their own (English ``the 9th of June``).
German articles before a date (``den 19. Juni``) follow a weekday or a preposition."""

NUMERIC_DAY_MONTH_AFTER: tuple[str, ...] = ("am", "zum", "vom", "bis", "dem", "den")
"""Words after which a day and month in digits without a year are a date (``am 3.6.``).
Elsewhere ``3.6.`` may be a section number."""

MONTH_LINKERS: tuple[str, ...] = ()
"""Words between a day and its month or a month and its year (English ``9th of June``,
``September of last year``)."""

PERIOD_FORMS: tuple[tuple[str, str], ...] = (
    ("zwischen", "und"),
    ("vom", "bis zum"),
    ("vom", "bis"),
    ("von", "bis zum"),
    ("von", "bis"),
    ("", "bis zum"),
    ("", "bis"),
    ("", "-"),
    ("", "–"),
)
"""(opener, joiner) pairs of a period: ``zwischen dem 3. und 5. Mai``, ``vom 3. bis
5. Mai``, ``3.-5. Mai``. Without an opener both ends must be more than a bare month
or year (``Juni bis August`` alone may be anything)."""

SUB_PERIODS: dict[str, str] = {
    "anfang": "early",
    "beginn": "early",
    "mitte": "mid",
    "ende": "late",
    "ersten halbjahr": "early",
    "ersten hälfte": "early",
    "zweiten halbjahr": "late",
    "zweiten hälfte": "late",
}
"""Words before a month or year that narrow it (``Anfang Juni``, ``Ende 2023``)."""

YEAR_AT_SENTENCE_START = True
"""A four-digit number opening a sentence and followed by a lower-case word is a year
(``2023 besuchte Kim ...``); German nouns are capitalised, so ``2000 Soldaten`` is not."""

YEAR_AFTER_VERBS: tuple[str, ...] = (
    "hatte",
    "hatten",
    "hat",
    "haben",
    "war",
    "waren",
    "ist",
    "sind",
    "wurde",
    "wurden",
    "wird",
    "werden",
    # häufige Vollverben: "Nur 64 Prozent der Züge kamen 2023 pünktlich an"
    "kam",
    "kamen",
    "gab",
    "ging",
    "gingen",
    "stieg",
    "stiegen",
    "sank",
    "sanken",
    "lag",
    "lagen",
    "fuhr",
    "fuhren",
    "starb",
    "starben",
    "wuchs",
    "fiel",
    "fielen",
    "zählte",
    "zählten",
    "meldete",
    "meldeten",
    "verzeichnete",
    "verzeichneten",
    "registrierte",
    "registrierten",
    "erzielte",
    "erzielten",
)
"""Finite verbs (auxiliaries, and frequent full verbs of news) after which a four-digit
number followed by a lower-case word (not an adjective before a noun) is a year: ``Der
Rechnungshof hatte 2016 gewarnt``, but ``hatte 2000 neue Mitglieder`` and ``hatte 2000
Mitglieder`` are counts."""

NOUNS_CAPITALISED = True
"""German capitalises nouns: in ``zwischen 1000 und 2000 Soldaten`` the capitalised word
after the second number shows a count, not a period of years."""

DAY_BEFORE_MONTH = True
"""Day numbers come before the month name (``9. Juni``)."""

MONTH_BEFORE_DAY = False
"""Month name before the day number (English ``June 9``)."""

DAY_SUFFIXES: tuple[str, ...] = (".",)
"""What follows a day number before a month name."""

DAY_SUFFIX_REQUIRED = True
"""German writes the day as an ordinal with a full stop: ``9. Juni``, not ``9 Juni``."""

SLASH_DATE_ORDER = "DMY"
"""Order of numeric dates written with slashes (``9/6/2024`` = 9 June). Dotted dates
(``19.06.2024``) are day-month-year in every language."""

DECADE_SUFFIXES: tuple[str, ...] = ("er-jahren", "er-jahre", "er jahren", "er jahre", "er")
"""What follows the first year of a decade (``1990er Jahre``)."""

NUMBER_WORDS: dict[str, int] = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eins": 1,
    # the cardinals up to a hundred, as the number reader knows them
    **{word: int(n) for word, n in _CARDINALS.items() if 1 <= n <= 100 and n == int(n)},
}
"""Number words for counts of days, weeks, months, years (``zwei Tage zuvor``): the
articles and the cardinals of ``numbers.CARDINALS`` up to a hundred, one table for both."""
