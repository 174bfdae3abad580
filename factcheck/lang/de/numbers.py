"""German: how numbers are written.

The number engine (:mod:`factcheck.extract.numbers`) builds its patterns from these
tables; ``factcheck/lang/en/numbers.py`` has the same names with English data.
Word keys are lower-case (matching ignores case).

DECIMAL_MARK / GROUP_MARKS
    The decimal separator and the thousands separators: ``1.234,5`` -> 1234.5, and
    ``10 000`` (space, no-break or narrow space). ``4.300`` is 4300 given to the
    hundred; ``4,8`` is 4.8.
CARDINALS
    Number-word parts and their values. German writes a number below a million as one
    word (``dreihundertfünfundzwanzig``), so these are *parts*: the engine reads a word
    made only of them, joined by NUMBER_CONNECTORS (``ein|und|zwanzig``). Values below
    10 are units, 10-19 teens, multiples of ten tens, 100 and 1000 multipliers; 0.5
    (``einhalb``) adds a half (``zweieinhalb`` -> 2.5).
NUMBER_WORDS_FUSED
    True: the parts are written together as one word (German); False: as separate
    words joined by spaces or hyphens (English ``twenty-five``).
NUMBER_CONNECTORS
    Joiners inside a number word: ``und`` in ``einundzwanzig``.
ARTICLES_ONE
    Words that mean "one" only before a scale word or ``Dutzend`` (``eine Million``,
    ``ein Dutzend``), a fraction (``ein Drittel``) or after a word of ONE_AFTER; alone
    they are articles and are never counted.
SCALE_WORDS
    Words after a number that multiply it (``4,8 Millionen``). ``Billion`` is 10^12 in
    German. ``Dutzend`` multiplies by 12 (``zwei Dutzend`` -> 24). ``hundert`` and
    ``tausend`` are here for ``einige hundert``, ``mehrere tausend``.
CURRENCY_SCALE_ABBREVIATIONS
    Short scale marks that count only next to a currency (English ``$3bn``, ``€4.5m``).
    German writes ``Mio.``/``Mrd.``, which are SCALE_WORDS, so this is empty here.
ORDINAL_STEMS / ORDINAL_ENDINGS
    An ordinal word is a stem plus an inflection ending: ``sieb|te``, ``siebent|e``,
    ``zwanzigst|en``. A stem may follow cardinal parts (``einundzwanzigst|e``).
ORDINAL_SUFFIXES
    What follows digits to make an ordinal: ``7.`` in German, ``7th`` in English.
ORDINAL_DETERMINERS
    Words that must stand right before an ordinal word (and before ``7.``) for it to
    count: ``der siebente``, ``zum 3. Mal``. Without one, ``7.`` is a number ending a
    sentence and ``achte`` may be a verb.
FRACTIONS
    Fraction words and their value (``Drittel`` -> 1/3). A fraction needs a count before
    it (``zwei Drittel``, ``ein Viertel``), except the HALF_WORDS.
ARTICLE_FRACTION_NEEDS_PARTITIVE
    True when a fraction after an article needs a partitive word after it to count
    (English ``a third of``, so that ``a third time`` and ``a quarter century`` are
    not fractions); German ``ein Drittel`` needs none.
HALF_WORDS / HALF_FOLLOWERS
    Fraction words that stand alone (``die Hälfte``), and the words one of which must
    follow them for that (none needed in German; English ``half`` needs ``of``/``the``).
PARTITIVE_WORDS
    A word joining a vague amount to its noun that belongs to the match (``Hunderte
    von Menschen``; English ``dozens of``).
PART_OF_WORDS
    Words between a part and its whole's number (``des Flughafens 410 der 640 Flüge``):
    after a capitalised word, such a number is a count, no name's (``Teil 3``).
MONTH_WORDS
    Month names and abbreviations: a number next to one is a date, not a quantity
    (``9. Juni``, ``Juni 2024``).
MONTH_BEFORE_DAY
    True when a day may follow its month name (English ``June 9``); German writes
    ``9. Juni`` only, so ``im Juni 40 Schiffe`` keeps its 40.
TIME_WORDS
    Words after a number that make it a clock time (``19 Uhr``).
YEAR_CONTEXT_WORDS
    Words right before a bare four-digit number (1000-2199) that make it a year
    (``seit 2000``, ``im Jahr 2023``, ``Anfang 2024``).
YEAR_FOLLOW_WORDS
    Words right after such a number that make it a year (English function words:
    ``in 2019 the``); German uses capitalisation instead, see NOUNS_CAPITALISED.
NOUNS_CAPITALISED
    True when nouns are capitalised (German): a bare year-like number followed by a
    capitalised word (``2000 Soldaten``) is a count; otherwise it is a year
    (``nach der Wahl 2020 sehr``).
ADJECTIVE_ENDINGS
    Endings of attributive adjectives: a bare year-like number followed by such a word
    and then a capitalised noun is a count (``2000 nordkoreanische Soldaten``), while
    ``2023 besuchte Kim`` keeps its year. Unused where NOUNS_CAPITALISED is False.
MINUS_WORDS
    Words that make the following number negative - for temperatures only
    (``minus 5 Grad``); elsewhere ``minus`` is left alone.
IDENTIFIER_WORDS
    Words right before a number that make it a name or reference, not a quantity
    (``Nr. 5``, ``Artikel 5``, ``§ 3``).
ADDRESS_NUMBER
    A regex matched at a number's first digit that makes it part of an address (US
    English ``the 300 block of Elm Street``); none in German.
ONE_WORDS / ONE_NOT_AFTER / ONE_NOT_BEFORE
    A word for one that counts before a noun (English ``one solution``), unless one of
    ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows
    (``one of``, ``one day``). German ``ein``/``eine`` are articles: none here.
GLUED_SCALES
    Scale marks glued to digits without a currency (English ``25k``, ``4.3M``); none.
RATIO_WORDS / EVERY_WORDS
    ``neun von zehn`` and ``jedes fünfte``: shares in percent.
HALF_ADJECTIVES
    Half words that count only before a scale word or unit (``eine halbe Million``,
    ``eine halbe Stunde``).
SCORE_WORDS
    Words before two numbers that make them a result (``gewann 2-1``), not a range.
NAME_EXEMPT
    Words that may stand capitalised right before a count (``Insgesamt 300``); after
    any other capitalised word a bare number is part of a name (``DAX 40``,
    ``Teil 3``), unless a noun follows.
"""

DECIMAL_MARK = ","

GROUP_MARKS = ". \u00a0\u202f\u2009"

CARDINALS: dict[str, float] = {
    "null": 0,
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
    "einhalb": 0.5,
    "anderthalb": 1.5,
}

NUMBER_WORDS_FUSED = True

NUMBER_CONNECTORS: tuple[str, ...] = ("und",)

ARTICLES_ONE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})

ONE_AFTER: tuple[str, ...] = ("noch", "weiterhin", "nur noch", "lediglich")
"""Words after which an article before a noun counts one ("Vermisst wird *weiterhin* ein
Feuerwehrmann", "*nur noch* eine Frau"); kept only where a role of harm counts people."""

ONE_BEFORE: tuple[str, ...] = (
    "Tote", "Toten", "Toter", "Todesopfer", "Verletzte", "Verletzten", "Verletzter",
    "Schwerverletzte", "Schwerverletzten", "Schwerverletzter", "Leichtverletzte",
    "Leichtverletzten", "Leichtverletzter", "Vermisste", "Vermissten", "Vermisster",
)  # fmt: skip
"""Nomen eines Schadens, vor denen ein Artikel eins zählt ("Damit gibt es *einen* Toten und
elf Verletzte", "*ein* Todesopfer"): eine Zahl der Opfer, nicht nur ein Artikel."""

DIMENSION_JOINERS: tuple[str, ...] = ("mal", "x", "×")
"""Wörter zwischen den zwei Zahlen eines Maßes ("64 *mal* 26 Meter")."""

SCALE_WORDS: dict[str, float] = {
    "hundert": 1e2,
    "tausend": 1e3,
    # nach einem vagen Wort ("mehrere Zehntausend", "einige Hunderttausend")
    "zehntausend": 1e4,
    "hunderttausend": 1e5,
    "tsd.": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
    "bio.": 1e12,
    "dutzend": 12,
}

CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {}

ORDINAL_STEMS: dict[str, float] = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "dreizehnt": 13,
    "vierzehnt": 14,
    "fünfzehnt": 15,
    "sechzehnt": 16,
    "siebzehnt": 17,
    "achtzehnt": 18,
    "neunzehnt": 19,
    "zwanzigst": 20,
    "dreißigst": 30,
    "vierzigst": 40,
    "fünfzigst": 50,
    "sechzigst": 60,
    "siebzigst": 70,
    "achtzigst": 80,
    "neunzigst": 90,
    "hundertst": 100,
    "tausendst": 1000,
}

ORDINAL_ENDINGS: tuple[str, ...] = ("e", "en", "er", "em", "es")

ORDINAL_SUFFIXES: tuple[str, ...] = (".",)

ORDINAL_DETERMINERS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des",
        "zum", "zur", "im", "beim", "am", "vom",
        "ein", "eine", "einen", "einem", "einer", "eines",
        "sein", "seine", "seinen", "seinem", "seiner", "seines",
        "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "unser", "unsere", "unseren", "unserem", "unserer",
        "dieser", "diese", "dieses", "diesem", "diesen",
        "jeder", "jede", "jedes", "jedem", "jeden",
    }
)  # fmt: skip

FRACTIONS: dict[str, float] = {
    "hälfte": 1 / 2,
    "drittel": 1 / 3,
    "viertel": 1 / 4,
    "fünftel": 1 / 5,
    "sechstel": 1 / 6,
    "achtel": 1 / 8,
    "zehntel": 1 / 10,
}

ARTICLE_FRACTION_NEEDS_PARTITIVE = False

HALF_WORDS = frozenset({"hälfte", "halbe", "halben", "halber", "halbes"})

HALF_FOLLOWERS: tuple[str, ...] = ()

PARTITIVE_WORDS: tuple[str, ...] = ("von",)

PART_OF_WORDS: tuple[str, ...] = ("der", "von")

AMOUNT_OF_WORDS: tuple[str, ...] = ("in Höhe von", "im Wert von", "im Umfang von", "von")
"""Wörter zwischen einem Nomen und einem Anteil oder Betrag ohne eigenes Nomen, der dessen
ist ("eine Lohnerhöhung *von* 8 Prozent", "ein Kredit *in Höhe von* 2 Milliarden Euro")."""

AMOUNT_IN_WORDS: tuple[str, ...] = ("an",)
"""Das Wort zwischen einem Geldbetrag und dem Nomen danach, das sagt, was das Geld ist
("4,5 Millionen Euro *an* Fördergeldern", "2 Milliarden Dollar *an* Hilfen")."""

MONTH_WORDS = frozenset(
    {
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember",
        "jan.", "feb.", "febr.", "mär.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "okt.", "nov.", "dez.",
    }
)  # fmt: skip

MONTH_BEFORE_DAY = False

TIME_WORDS: tuple[str, ...] = ("uhr",)

YEAR_CONTEXT_WORDS = frozenset(
    {
        "im", "seit", "bis", "ab", "jahr", "jahre", "jahres", "jahren", "jahrgang",
        "anfang", "ende", "mitte", "frühjahr", "frühling", "sommer", "herbst", "winter",
        "jahreswechsel", "jahresende", "jahresbeginn", "saison", "wahl", "wahlen",
        "geboren", "gegründet", "gestorben", "bzw.",
    }
)  # fmt: skip

YEAR_FOLLOW_WORDS: frozenset[str] = frozenset()

NOUNS_CAPITALISED = True

ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ische", "ischen", "ischer", "isches", "liche", "lichen", "licher", "liches",
    "ige", "igen", "iger", "iges", "ale", "alen", "aler", "ive", "iven", "iver",
    "ene", "enen", "ener", "ere", "eren", "erer", "ste", "sten", "ster",
)  # fmt: skip

MINUS_WORDS: tuple[str, ...] = ("minus",)

AGE_DECADE_PATTERN: str = (
    r"(?<![\w-])(?P<part>Anfang|Mitte|Ende)\s+(?P<decade>[1-9]0)(?![\w-]|[.,]\d)"
    r"(?!\s+(?:[A-ZÄÖÜa-zäöüß]*[Jj]ahr|Prozent|%|Euro|Meter|Kilo|Grad|Uhr|Minute|Stunde|Tag))"
)
"""Ein Alter nach seinem Jahrzehnt: "der Fahrer, *Mitte 50*", "eine Frau *Anfang 30*";
nicht "Ende 30 Minuten" oder "Mitte 50 Prozent" (eine Zahl mit Einheit danach)."""

AGE_DECADE_PARTS: dict[str, tuple[int, int]] = {"anfang": (0, 3), "mitte": (3, 6), "ende": (6, 9)}
"""Die Jahre des Jahrzehnts, die sein Teil nennt ("Anfang 30": 30 bis 33)."""

IDENTIFIER_WORDS = frozenset(
    {
        "nr.", "nr", "postfach", "trikotnummer", "linie", "gleis", "spieltag", "nummer",
        "no.", "§", "§§", "paragraf", "paragraph", "paragrafen",
        "artikel", "art.", "abs.", "absatz", "kapitel", "seite", "s.", "tel.", "telefon",
        "fax", "zimmer", "raum", "bus", "tram", "flug", "resolution",
        "version", "ausgabe", "heft", "band", "bd.", "folge", "staffel", "ziffer",
        "punkt", "platz", "rang", "block", "haus", "halle", "tor", "terminal", "kanal",
        "az.", "aktenzeichen", "iso", "din", "kw",
    }
)  # fmt: skip

ADDRESS_NUMBER: str = ""
"""Hausnummern stehen nach dem Straßennamen ("Hauptstraße 12") und sind keine Mengen, weil
dort kein Zählwort folgt; eine Hausnummernspanne wie US-amerikanisch "the 300 block" kennt
das Deutsche nicht."""

ONE_WORDS: frozenset[str] = frozenset()

ONE_NOT_AFTER: frozenset[str] = frozenset()

ONE_NOT_BEFORE: frozenset[str] = frozenset()

GLUED_SCALES: dict[str, float] = {}

RATIO_WORDS: tuple[str, ...] = ("von",)

EVERY_WORDS = frozenset({"jedes", "jeder", "jede", "jeden", "jedem"})

HALF_ADJECTIVES = frozenset({"halbe", "halben", "halber", "halbes"})

SCORE_WORDS = frozenset(
    {
        "gewann", "gewinnt", "gewonnen", "verlor", "verliert", "verloren", "siegte",
        "siegt", "gesiegt", "sieg", "niederlage", "remis", "unentschieden", "stand",
        "steht", "endete", "schlug", "führte", "führt", "lag", "liegt", "stimmten",
    }
)  # fmt: skip

NAME_EXEMPT = frozenset(
    {
        "insgesamt", "damals", "zuletzt", "heute", "gestern", "morgen", "allein", "nur",
        "rund", "etwa", "knapp", "fast", "mehr", "weniger", "über", "unter", "bis",
        "mindestens", "höchstens", "genau", "exakt", "ungefähr", "circa", "gut", "nahezu",
        "beinahe", "bereits", "schon", "noch", "weitere", "weiteren", "alle", "die", "der",
        "das", "den", "dem", "des", "ein", "eine", "und", "aber", "im", "in", "am", "an",
        "auf", "bei", "mit", "nach", "von", "vor", "seit", "um", "zu", "zur", "zum", "für",
        "gegen", "ohne", "durch", "laut", "je", "pro", "damit", "dabei", "dann", "jetzt",
        "nun", "so", "auch", "doch", "mehrere", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "zudem", "außerdem", "davon",
        "darunter", "jeweils", "zusammen", "weltweit", "bundesweit", "landesweit",
        "ganze", "ganzen", "sogar", "erst", "immerhin", "lediglich", "allesamt", "gesamt",
    }
)  # fmt: skip
