"""The language pack contract: what every module of a pack provides, each name with its
type and its meaning, stated once.

A pack is a folder ``factcheck/lang/<code>/`` with one module per class below
(``numbers.py`` satisfies :class:`Numbers`, and so on). The classes are protocols: a
module satisfies one when it has every name with a value of the declared type. mypy checks
that for every pack in the package (each pack's ``__init__.py`` states it), and
``tests/lang/test_packs.py`` checks every pack at run time, one built from the template
too. The engines read packs through :class:`factcheck.lang.LanguagePack`, whose
attributes have these types, so mypy also checks every use of a pack name in the engines.

The template (``factcheck/lang/_template/``) is written from this module by
``tests/lang/make_template.py``.
"""

from __future__ import annotations

from typing import Protocol

from factcheck.lang.spec_figures import Figures as Figures
from factcheck.lang.spec_nouns import Nouns as Nouns
from factcheck.models.hedge import Qualifier
from factcheck.models.time import PartOfDay


class Numbers(Protocol):
    """``numbers``: how numbers are written."""

    DECIMAL_MARK: str
    """The decimal separator: ``1.234,5`` -> 1234.5, ``4,8`` is 4.8."""
    GROUP_MARKS: str
    """The thousands separators (``.``, space, no-break or narrow space): ``4.300`` is 4300."""
    CARDINALS: dict[str, float]
    """Number-word parts and their values. German writes a number below a million as one
    word (``dreihundertfünfundzwanzig``), so these are *parts*: the engine reads a word
    made only of them, joined by NUMBER_CONNECTORS (``ein|und|zwanzig``). Values below
    10 are units, 10-19 teens, multiples of ten tens, 100 and 1000 multipliers; 0.5
    (``einhalb``) adds a half (``zweieinhalb`` -> 2.5)."""
    NUMBER_WORDS_FUSED: bool
    """True: the parts are written together as one word (German); False: as separate words
    joined by spaces or hyphens (English ``twenty-five``)."""
    NUMBER_CONNECTORS: tuple[str, ...]
    """Joiners inside a number word: ``und`` in ``einundzwanzig``."""
    ARTICLES_ONE: frozenset[str]
    """Words that mean "one" only before a scale word or ``Dutzend`` (``eine Million``,
    ``ein Dutzend``), a fraction (``ein Drittel``) or after ONE_AFTER; else articles."""
    ONE_AFTER: tuple[str, ...]
    """Words after which such an article counts one person ("weiterhin ein Feuerwehrmann")."""
    ONE_BEFORE: tuple[str, ...]
    """Nouns of harm before which such an article counts one person ("*einen* Toten und
    elf Verletzte", "*ein* Todesopfer"): a toll of one, as written."""
    DIMENSION_JOINERS: tuple[str, ...]
    """Words or signs between the two numbers of a thing's dimensions ("64 *mal* 26
    Meter", "105 *by* 68 metres", "105 *x* 68 m"): the first takes the second's unit."""
    SCALE_WORDS: dict[str, float]
    """Words after a number that multiply it (``4,8 Millionen``). ``Billion`` is 10^12 in
    German. ``Dutzend`` multiplies by 12 (``zwei Dutzend`` -> 24). ``hundert`` and
    ``tausend`` are here for ``einige hundert``, ``mehrere tausend``."""
    CURRENCY_SCALE_ABBREVIATIONS: dict[str, float]
    """Short scale marks that count only next to a currency (English ``$3bn``, ``€4.5m``).
    German writes ``Mio.``/``Mrd.``, which are SCALE_WORDS, so this is empty here."""
    ORDINAL_STEMS: dict[str, float]
    """An ordinal word is a stem plus an inflection ending: ``sieb|te``, ``siebent|e``,
    ``zwanzigst|en``. A stem may follow cardinal parts (``einundzwanzigst|e``)."""
    ORDINAL_ENDINGS: tuple[str, ...]
    """An ordinal word is a stem plus an inflection ending: ``sieb|te``, ``siebent|e``,
    ``zwanzigst|en``. A stem may follow cardinal parts (``einundzwanzigst|e``)."""
    ORDINAL_SUFFIXES: tuple[str, ...]
    """What follows digits to make an ordinal: ``7.`` in German, ``7th`` in English."""
    ORDINAL_DETERMINERS: frozenset[str]
    """Words that must stand right before an ordinal (word or ``7.``) for it to count (``der
    siebente``, ``zum 3. Mal``); else ``7.`` may end a sentence, ``achte`` be a verb."""
    FRACTIONS: dict[str, float]
    """Fraction words and their value (``Drittel`` -> 1/3). A fraction needs a count before
    it (``zwei Drittel``, ``ein Viertel``), except the HALF_WORDS."""
    ARTICLE_FRACTION_NEEDS_PARTITIVE: bool
    """True when a fraction after an article needs a partitive word after it to count
    (English ``a third of``, so that ``a third time`` and ``a quarter century`` are not
    fractions); German ``ein Drittel`` needs none."""
    HALF_WORDS: frozenset[str]
    """Fraction words that stand alone (``die Hälfte``), and the words one of which must
    follow them for that (none needed in German; English ``half`` needs ``of``/``the``)."""
    HALF_FOLLOWERS: tuple[str, ...]
    """Fraction words that stand alone (``die Hälfte``), and the words one of which must
    follow them for that (none needed in German; English ``half`` needs ``of``/``the``)."""
    AMOUNT_OF_WORDS: tuple[str, ...]
    """Words between a noun and a share or amount with no noun of its own that it is the
    noun's ("a pay rise *of* 25 per cent", "eine Lohnerhöhung *von* 8 Prozent")."""
    AMOUNT_IN_WORDS: tuple[str, ...]
    """Words between a sum of money and the noun after it that names what the money is
    ("$4.5 million *in* tax credits", "4,5 Millionen Euro *an* Fördergeldern")."""
    PARTITIVE_WORDS: tuple[str, ...]
    """A word joining a vague amount to its noun that belongs to the match (``Hunderte von
    Menschen``; English ``dozens of``)."""
    PART_OF_WORDS: tuple[str, ...]
    """Words between a part and its whole's number (``410 der 640 Flüge``, ``410 of 640``):
    after a capitalised word, such a number is a count, no name's."""
    MONTH_WORDS: frozenset[str]
    """Month names and abbreviations: a number next to one is a date, not a quantity (``9.
    Juni``, ``Juni 2024``)."""
    MONTH_BEFORE_DAY: bool
    """True when a day may follow its month name (English ``June 9``); German writes ``9.
    Juni`` only, so ``im Juni 40 Schiffe`` keeps its 40."""
    TIME_WORDS: tuple[str, ...]
    """Words after a number that make it a clock time (``19 Uhr``)."""
    YEAR_CONTEXT_WORDS: frozenset[str]
    """Words right before a bare four-digit number (1000-2199) that make it a year (``seit
    2000``, ``im Jahr 2023``, ``Anfang 2024``)."""
    YEAR_FOLLOW_WORDS: frozenset[str]
    """Words right after such a number that make it a year (English function words: ``in
    2019 the``); German uses capitalisation instead, see NOUNS_CAPITALISED."""
    NOUNS_CAPITALISED: bool
    """True when nouns are capitalised (German): a bare year-like number followed by a
    capitalised word (``2000 Soldaten``) is a count; otherwise it is a year (``nach der
    Wahl 2020 sehr``). The counted noun is then the first capitalised word after the number
    and lemmas keep the capital; where False, the noun group runs up to a word of
    ``syntax.NOUN_GROUP_STOP`` and its last word is the head."""
    ADJECTIVE_ENDINGS: tuple[str, ...]
    """Endings of attributive adjectives: a bare year-like number followed by such a word
    and then a capitalised noun is a count (``2000 nordkoreanische Soldaten``), while
    ``2023 besuchte Kim`` keeps its year. Unused where NOUNS_CAPITALISED is False."""
    MINUS_WORDS: tuple[str, ...]
    """Words that make the following number negative - for temperatures only (``minus 5
    Grad``); elsewhere ``minus`` is left alone."""
    AGE_DECADE_PATTERN: str
    """A pattern for an age told by its decade ("a man *in his 50s*", "*in her early
    30s*", "der Mann war *Mitte 50*"): group ``decade`` the decade's first year (50),
    optional group ``part`` a word of AGE_DECADE_PARTS; "": none."""
    AGE_DECADE_PARTS: dict[str, tuple[int, int]]
    """The years of its decade a part names, lower-cased ("early": 0 to 3, "mid": 3 to 6,
    "late": 6 to 9; "" for the whole decade, 0 to 9)."""
    IDENTIFIER_WORDS: frozenset[str]
    """Words right before a number that make it a name or reference, not a quantity (``Nr.
    5``, ``Artikel 5``, ``§ 3``)."""
    ADDRESS_NUMBER: str
    """A regex matched at a number's first digit that makes it (and the numbers it spans)
    part of an address, not a quantity (US English ``the 300 block of Elm Street``, ``the
    300 and 400 blocks``); "" where the language writes none."""
    ONE_WORDS: frozenset[str]
    """A word for one that counts before a noun (English ``one solution``), unless one of
    ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one
    of``, ``one day``). German ``ein``/``eine`` are articles: none here."""
    ONE_NOT_AFTER: frozenset[str]
    """A word for one that counts before a noun (English ``one solution``), unless one of
    ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one
    of``, ``one day``). German ``ein``/``eine`` are articles: none here."""
    ONE_NOT_BEFORE: frozenset[str]
    """A word for one that counts before a noun (English ``one solution``), unless one of
    ONE_NOT_AFTER stands before it (``no one``) or one of ONE_NOT_BEFORE follows (``one
    of``, ``one day``). German ``ein``/``eine`` are articles: none here."""
    GLUED_SCALES: dict[str, float]
    """Scale marks glued to digits without a currency (English ``25k``, ``4.3M``); none."""
    RATIO_WORDS: tuple[str, ...]
    """``neun von zehn`` and ``jedes fünfte``: shares in percent."""
    EVERY_WORDS: frozenset[str]
    """``neun von zehn`` and ``jedes fünfte``: shares in percent."""
    HALF_ADJECTIVES: frozenset[str]
    """Half words that count only before a scale or unit (``eine halbe Million/Stunde``)."""
    SCORE_WORDS: frozenset[str]
    """Words before two numbers that make them a result (``gewann 2-1``), not a range."""
    NAME_EXEMPT: frozenset[str]
    """Words that may stand capitalised before a count (``Insgesamt 300``); after other
    capitalised words a bare number is part of a name (``DAX 40``) unless a noun follows."""


class Hedges(Protocol):
    """``hedges``: words that hedge a number, vague amounts, ranges and changes."""

    HEDGES: dict[str, Qualifier]
    """Words right before a number (``rund 10.000``, ``bis zu 4,8 Millionen``). The longest
    phrase wins: ``knapp über 100`` is just_over, ``knapp 100`` almost, ``nicht mehr als
    5`` at_most. Symbols (``~``, ``>``) may touch the number."""
    SPAN_HEDGES: tuple[str, ...]
    """Hedges of HEDGES that before a span of time right after another figure name the
    span the figure is spread over, no bound (``19.1 percent over three years``, ``10
    Milliarden Euro über fünf Jahre``): the duration is then exact."""
    GOVERNED_HEDGES: dict[str, tuple[str, ...]]
    """Hedge words of HEDGES (lower case) that right after one of the given words are the
    preposition that word governs, no hedge (``Die Bahn *verfügt über* 62 Kabinen``: it
    has 62, not more than 62)."""
    TRAILING_HEDGES: dict[str, Qualifier]
    """Words right after a number, or after its unit, that bound it (``50 oder mehr``,
    ``110 degrees or higher``, ``aged 65 or older``): the number is then at_least,
    at_most or approx. They bound an exact number only (``at least 50 or more`` keeps
    its hedge)."""
    VAGUE_AMOUNTS: dict[str, tuple[Qualifier, float]]
    """Amounts without a number: word -> (qualifier, scale). ``mehrere`` and ``wenige`` take
    a scale word after them (``mehrere Millionen``); ``Dutzende``, ``Tausende`` stand alone;
    a scale other than 1 multiplies the range (``Milliarden`` alone: millions x 1000)."""
    RANGE_CONNECTORS: tuple[str, ...]
    """Words or dashes between two numbers that make a range (``20 bis 30``, ``20-30``)."""
    RANGE_FRAMES: dict[str, str]
    """An opening word and its connector: ``zwischen 20 und 30``, ``von 20 bis 30``."""
    CHANGE_FRAMES: dict[str, str]
    """Opening word and connector of a change: ``von 77 auf 789 Millionen Euro`` is one
    quantity spanning both levels, with the direction it went."""
    CHANGE_MARKERS: tuple[str, ...]
    """A word right before a number (or its hedge) that marks it as the size of a change
    when a change word stands near: ``um 5 Prozent gestiegen``."""
    INCREASE_WORDS: frozenset[str]
    """Change words (lower-case, whole words) looked for in a short window around a number
    with a change marker (and right before a number without one)."""
    DECREASE_WORDS: frozenset[str]
    """Change words (lower-case, whole words) looked for in a short window around a number
    with a change marker (and right before a number without one)."""
    SUM_CHANGE_WORDS: frozenset[str]
    """The change words (of ``INCREASE_WORDS`` and ``DECREASE_WORDS``) that make a sum of
    money right after them the size of a change without a marker ("the price *rose* 6 cents
    to $2.94"): verbs of moving, not of getting or spending ("raised $612 million", "lost
    $2 billion" are levels)."""


class Units(Protocol):
    """``units``: unit, currency and percent words, mapped to pint units and currencies."""

    UNIT_WORDS: dict[str, str]
    """Physical units: word or symbol -> pint unit name. Time units (``Tage`` -> ``day``)
    make a duration. ``Grad`` is read as degrees Celsius (German news gives temperatures
    in Celsius); ``Pfund`` is the currency (GBP), not the mass."""
    UNIT_SYMBOLS: dict[str, str]
    """Physical units: word or symbol -> pint unit name. Time units (``Tage`` -> ``day``)
    make a duration. ``Grad`` is read as degrees Celsius (German news gives temperatures
    in Celsius); ``Pfund`` is the currency (GBP), not the mass."""
    GLUED_UNIT_SYMBOLS: dict[str, str]
    """Symbols read as units only when glued to the digits (``41C``); the shared ones come from
    :mod:`factcheck.lang.symbols`, as do most ``UNIT_SYMBOLS`` and ``CURRENCY_SYMBOLS``."""
    PER_WORDS: tuple[str, ...]
    """Rates: a per-word between an amount and a unit or noun makes the unit ``a/b``
    (``3500 Euro im Monat`` -> ``EUR/month``, ``45 Cent je Aktie`` ->
    ``EUR_cent/Aktie``). After a PER_ARTICLES word only a unit or one of
    PER_ARTICLE_NOUNS may follow; PER_SYMBOLS follow a slash (``km/s``); no rate before
    a PER_BLOCKERS word or a number (``im Jahr 2020``)."""
    PER_SYMBOLS: dict[str, str]
    """Rates after a slash: symbol -> unit (``km/s``); see PER_WORDS."""
    PER_ARTICLES: tuple[str, ...]
    """Rates: words after which only a unit or a PER_ARTICLE_NOUNS noun may follow
    (``im Monat``); see PER_WORDS."""
    PER_ARTICLE_NOUNS: frozenset[str]
    """Rates: the nouns that may follow a PER_ARTICLES word; see PER_WORDS."""
    PER_BLOCKERS: frozenset[str]
    """Rates: words before which no rate is read (``im Jahr 2020``); see PER_WORDS."""
    LENGTH_FOLLOWERS: frozenset[str]
    """Words after a glued ``m`` that keep it metres where ``m`` may also be a million
    (English ``300m long``); empty here."""
    CURRENCY_WORDS: dict[str, str]
    """Currencies: word -> ISO 4217 code; symbols and codes may stand before the number
    (``$3``, ``€ 4,5 Mio.``, ``USD 5``) or after it (``5 €``, ``5 Mio. EUR``)."""
    SCALED_CURRENCIES: dict[str, str]
    """Unit words that name a currency after a scale word with no partitive after them
    ("75 million *pounds*" is sterling, "5,000 pounds of explosives" a weight)."""
    CURRENCY_SYMBOLS: dict[str, str]
    """Currencies: word -> ISO 4217 code; symbols and codes may stand before the number
    (``$3``, ``€ 4,5 Mio.``, ``USD 5``) or after it (``5 €``, ``5 Mio. EUR``)."""
    PERCENT_WORDS: dict[str, str]
    """Percent words and signs -> ``percent``; percentage points -> ``percentage_point`` (a
    unit of its own: a change of 2 points is not a change of 2 percent)."""
    ADJECTIVAL_UNITS: dict[str, str]
    """Units fused into an adjective after a number (``zweitägigen``, ``48-stündige``,
    ``71-jährige``): suffix -> pint unit name, and the inflection endings the suffix may
    take. German fuses them into one word (with digits after a hyphen)."""
    ADJECTIVAL_ENDINGS: tuple[str, ...]
    """Units fused into an adjective after a number (``zweitägigen``, ``48-stündige``,
    ``71-jährige``): suffix -> pint unit name, and the inflection endings the suffix may
    take. German fuses them into one word (with digits after a hyphen)."""
    AGE_ADJECTIVES: frozenset[str]
    """The ADJECTIVAL_UNITS suffixes of an age, not a duration (``71-jährige``)."""
    AGE_DURATION_NOUNS: frozenset[str]
    """Nouns after which such an adjective is a duration after all (``dreijährige Haft``,
    ``die zweijährige Amtszeit``)."""
    AGE_BEFORE: tuple[str, ...]
    """Phrases before a number of years that make it an age: ``im Alter von 71 Jahren``."""
    AGE_AFTER: tuple[str, ...]
    """Phrases after a number of years that make it an age: ``71 Jahre alt``."""


class Time(Protocol):
    """``time``: month and weekday names, relative words, prepositions of time."""

    MONTHS: dict[str, int]
    """Full month names (with regional spellings). A bare name counts as a time only after
    a word of :data:`PREPOSITIONS` that allows months (``im Juni``, ``seit September``)."""
    MONTH_ABBREVIATIONS: dict[str, int]
    """Abbreviations (an optional full stop follows); used only with a day or a year (``9.
    Sept. 2024``), never alone, since ``Jan`` is also a first name."""
    WEEKDAYS: dict[str, int]
    """Weekday names, 0 = Monday ... 6 = Sunday."""
    WEEKDAY_EXCLUSIONS: tuple[str, ...]
    """Names in which a weekday is not a day of the week before or after publication."""
    DATE_NAME_BEFORE: tuple[str, ...]
    """Words right before a date that make it part of a name, not a time (``Straße des``
    17. Juni); lower case."""
    EVENT_DAY_AFTER: str
    """A regular expression for what follows a day that names an event rather than the
    time of the sentence's figures ("*Sunday's* earthquake killed 52 on Monday": the
    possessive); empty for none."""
    EVENT_DAY_BEFORE: str
    """A regular expression for what stands right before such a day, ending where the day
    starts ("dem *Lawinenunglück vom* Donnerstag": the event's day, not the time of the
    toll told a day later); empty for none."""
    RECORD_SERIES: str
    """A regular expression for what stands right before the year a series of records
    began, ending where that time starts ("so viel wie nie *seit Beginn der Aufzeichnungen
    im Jahr* 1949", "*since records began in* 1884"): the frame of a record, not the time
    of the sentence's figures; empty for none."""
    PARTS_OF_DAY: dict[str, PartOfDay]
    """Part-of-day words after a weekday or a relative day (``Mittwoch Abend``, ``gestern
    Abend``); fused compounds are allowed when :data:`WEEKDAY_PART_COMPOUNDS`."""
    WEEKDAY_PART_COMPOUNDS: bool
    """German fuses weekday and part of day into one word: ``Mittwochabend``."""
    PART_OF_DAY_PREFIXES: dict[str, PartOfDay]
    """Phrases before a weekday that name a part of its day (``in der Nacht zum Mittwoch``)."""
    RELATIVE_DAYS: dict[str, tuple[int, PartOfDay | None]]
    """Days counted from the publication day, with a part of day if the phrase names one. A
    part-of-day word may follow (``gestern Abend``, ``heute früh``)."""
    LOWERCASE_ONLY: frozenset[str]
    """Words that are a time only when written in lower case: ``morgen`` is tomorrow,
    ``Morgen`` is the noun (morning)."""
    LAST_WORDS: frozenset[str]
    """The one before the publication (``letzten September``, ``vergangenes Jahr``)."""
    NEXT_WORDS: frozenset[str]
    """The one after the publication (``kommenden Mittwoch``, ``nächstes Jahr``)."""
    THIS_WORDS: frozenset[str]
    """The one containing the publication (``in diesem Jahr``, ``im laufenden Monat``)."""
    UNITS: dict[str, str]
    """Calendar units in all their inflections -> ``day``, ``week``, ``month``, ``year``."""
    UNIT_PLURALS: frozenset[str]
    """Plural forms: ``in den letzten Jahren`` is "in recent years", not "last year"."""
    YEAR_WORDS: frozenset[str]
    """Nouns that make the following four-digit number a year (``im Jahr 2000``, ``in den
    Jahren 2020 bis 2022``)."""
    THIS_UNIT_IMPLICIT: dict[str, str]
    """After a word of :data:`SUB_PERIODS`, a unit that means the current one (``Ende des
    Jahres`` = the end of the publication year)."""
    AGO_BEFORE: frozenset[str]
    """Word before a count that makes it "that long before publication" (``vor 24 Jahren``)."""
    AGO_AFTER: frozenset[str]
    """Word after a count with the same meaning (English ``ago``); none in German."""
    SINCE_DURATION_WORDS: frozenset[str]
    """Word before a count that makes it a span reaching back from publication (``seit 24
    Jahren``: since 24 years before publication)."""
    SINCE_DURATION_CUES: tuple[str, ...]
    """Words that, shortly before ``in N Jahren``, make it a span reaching back (English
    "the first visit in 24 years"); German says ``seit`` instead, so none."""
    LATER_DURATION_WORDS: frozenset[str]
    """Word before a count that makes it "that long after publication" (``in 2 Wochen``)."""
    SPAN_OPENERS: tuple[str, ...]
    """Openers of a span up to (or from) publication: ``in den vergangenen 24 Jahren``,
    ``in den kommenden zwei Wochen``."""
    SPAN_LAST_WORDS: frozenset[str]
    """After a span opener: the span reaches back from publication (``in den letzten zwei
    Wochen``); :data:`NEXT_WORDS` make it reach forward."""
    ANCHOR_BEFORE_WORDS: frozenset[str]
    """After a count: that long before the time mentioned last (``zwei Tage zuvor``)."""
    ANCHOR_AFTER_WORDS: frozenset[str]
    """After a count: that long after the time mentioned last (``zwei Tage später``)."""
    ANCHOR_WORDS_NEED_PAUSE: frozenset[str]
    """Anchor words that count only before punctuation (English ``before``/``after``, which
    otherwise take an object: "two days before the summit")."""
    ANCHOR_PHRASES: dict[str, tuple[int, str, PartOfDay | None]]
    """Fixed phrases relative to the time mentioned last: (count, unit, part of day)."""
    SEASONS: dict[str, tuple[int, int]]
    """Seasons (first month, last month), used with a year: ``im Sommer 2000``. A winter
    runs into the next year."""
    FIGURE_SPANS: dict[str, tuple[str, ...]]
    """How long a span a sum of money is given for, by span (``quarter``, ``half``,
    ``nine_months``, ``year``), from words in its clause ("Group revenue *for the quarter*",
    "revenue *for the first nine months*", "*Jahresumsatz*"): two sums given for spans of
    two lengths are not compared (``word*`` a prefix)."""
    MONTHS_TO: tuple[str, ...]
    """Words between a count of months and the month they end with: "in the three months
    *to* September" (July to September), "the six months *through* June". The months are
    those of the year written after the month, or the latest that ended by publication."""
    YEAR_PARTS: dict[str, tuple[int, int]]
    """Parts of a year by their first and last month, named with a year or without one
    (then the latest that has begun by publication): ``im dritten Quartal``, ``Q3 2024``,
    ``in den ersten neun Monaten``. Not before another article or link word, which names
    some other year or thing (``im dritten Quartal des Vorjahres``)."""
    WEEKEND_WORDS: tuple[str, ...]
    """Words for a weekend, Saturday and Sunday. After a word of LAST_WORDS, NEXT_WORDS or
    THIS_WORDS ("am *vergangenen* Wochenende", "*last* weekend") that weekend; after a word
    of WEEKEND_OPENERS ("*am* Wochenende", "over *the* weekend") the weekend nearest the
    publication in the sentence's tense; after any other word none ("am ersten
    Wochenende" of a festival, "every weekend")."""
    WEEKEND_OPENERS: tuple[str, ...]
    """Words right before a word of WEEKEND_WORDS that make it the weekend nearest the
    publication ("*am* Wochenende", "*übers* Wochenende", "over *the* weekend")."""
    CALENDAR_WEEK_WORDS: tuple[str, ...]
    """Words for a week of the year counted by its number (ISO 8601 weeks, Monday to
    Sunday): the number after the word ("*KW* 5", "*Kalenderwoche* 5/2026", "*epi week* 5")
    or as an ordinal before it ("in der 5. *Kalenderwoche*", "the fifth *calendar week*"),
    with a year after or none (then the week nearest the publication in the sentence's
    tense). Ordinals are read with the numbers module's ``ORDINAL_*`` names."""
    PUBLICATION_SPANS: dict[str, tuple[str, str]]
    """Phrases for a part of the publication's year, month or week: (unit, part), the part
    being ``early``/``mid``/``late`` (as in :data:`SUB_PERIODS`), ``to_date`` (from the
    unit's start up to publication) or ``from_date`` (from publication to the unit's end):
    ``seit Jahresbeginn`` is a span since the early part of the publication year."""
    PREPOSITIONS: dict[str, tuple[str, bool, bool]]
    """Words before a time: (role, bare month allowed, bare year allowed). Role ``point``
    keeps a point, ``since`` makes it the start of a span up to publication, ``until``
    its end. ``im Juni`` is a time, ``im 2000`` is not German; ``seit 2002`` is a year."""
    YEAR_ONLY_BEFORE_PAUSE: frozenset[str]
    """Prepositions of :data:`PREPOSITIONS` whose bare year is a year only before a pause
    (punctuation or the end) or, where nouns are capitalised, before a word in lower case:
    "growth of 1.1 percent *for 2026*.", "*Für 2026* erwarten die Forscher ..."; not "for
    2000 dollars", "für 2000 Menschen"."""
    ARTICLES: frozenset[str]
    """Articles between a preposition and the time (``seit dem Jahr 2000``)."""
    DAY_ARTICLES: tuple[str, ...]
    """Articles that may open a day-month date on their own (English ``the 9th of June``).
    German articles before a date (``den 19. Juni``) follow a weekday or a preposition."""
    NUMERIC_DAY_MONTH_AFTER: tuple[str, ...]
    """Words after which a day and month in digits without a year are a date (``am 3.6.``).
    Elsewhere ``3.6.`` may be a section number."""
    MONTH_LINKERS: tuple[str, ...]
    """Words between a day and its month or a month and its year (English ``9th of June``,
    ``September of last year``)."""
    PERIOD_FORMS: tuple[tuple[str, str], ...]
    """(opener, joiner) pairs of a period: ``zwischen dem 3. und 5. Mai``, ``vom 3. bis 5.
    Mai``, ``3.-5. Mai``. Without an opener both ends must be more than a bare month or
    year (``Juni bis August`` alone may be anything)."""
    SUB_PERIODS: dict[str, str]
    """Words before a month or year that narrow it (``Anfang Juni``, ``Ende 2023``)."""
    YEAR_AT_SENTENCE_START: bool
    """A four-digit number opening a sentence and followed by a lower-case word is a year (``2023
    besuchte Kim ...``); German nouns are capitalised, so ``2000 Soldaten`` is not. After a
    comma this holds for a year of this century that is no round fifty (``441 starben,
    2023 waren es 446``)."""
    YEAR_AFTER_VERBS: tuple[str, ...]
    """Auxiliaries after which a bare year may stand (``Das Amt hatte 2016 gewarnt``)."""
    NOUNS_CAPITALISED: bool
    """German capitalises nouns: in ``zwischen 1000 und 2000 Soldaten`` the capitalised
    word after the second number shows a count, not a period of years."""
    DAY_BEFORE_MONTH: bool
    """Day numbers come before the month name (``9. Juni``)."""
    MONTH_BEFORE_DAY: bool
    """Month name before the day number (English ``June 9``)."""
    DAY_SUFFIXES: tuple[str, ...]
    """What follows a day number before a month name."""
    DAY_SUFFIX_REQUIRED: bool
    """German writes the day as an ordinal with a full stop: ``9. Juni``, not ``9 Juni``."""
    SLASH_DATE_ORDER: str
    """Order of numeric dates written with slashes (``9/6/2024`` = 9 June). Dotted dates
    (``19.06.2024``) are day-month-year in every language."""
    DECADE_SUFFIXES: tuple[str, ...]
    """What follows the first year of a decade (``1990er Jahre``)."""
    NUMBER_WORDS: dict[str, int]
    """Number words for counts of days, weeks, months, years (``zwei Tage zuvor``)."""


class Attribution(Protocol):
    """``attribution``: how attribution and modality are written."""

    SOURCE_BEFORE: tuple[str, ...]
    """phrases followed by the source ("laut X", "nach Angaben von X")."""
    SOURCE_AFTER: tuple[str, ...]
    """postpositions after the source ("X zufolge")."""
    CITING_MARKERS: tuple[str, ...]
    """the SOURCE_BEFORE markers whose source the speaker cites ("citing X"): an inner link."""
    SPEECH_VERBS: tuple[str, ...]
    """reporting verbs; "X sagte" and "sagte X" both attribute to X."""
    FINDINGS_WORDS: tuple[str, ...]
    """nouns that make "nach X-Erkenntnissen" a document source."""
    ROLE_WORDS: tuple[str, ...]
    """heads of role nouns; "Verteidigungsminister Shin" is a person with a role."""
    BARE_SPEAKERS: tuple[str, ...]
    """Speakers naming no body ("ein Sprecher"), folded: for the one the sentence before names."""
    ORG_WORDS: tuple[str, ...]
    """heads of organisation nouns (-> government or organisation)."""
    ORG_WHOLE_WORDS: tuple[str, ...]
    """organisation nouns only as a whole word ("die *Stadt*", not "Innenstadt")."""
    COMPANY_DESCRIPTORS: tuple[str, ...]
    """Ends of lower-case nouns before a firm's name ("chip*maker* Intel"); () for German."""
    MEDIA_WORDS: tuple[str, ...]
    """heads of media nouns (-> agency or outlet)."""
    MEDIA_TITLE_WORDS: tuple[str, ...]
    """Last words of outlets' titles ("the Chicago *Tribune*"), only when capitalised."""
    GOVERNMENT_WORDS: tuple[str, ...]
    """Heads of nouns for governments and ministries: a source of kind government."""
    MODALITY: dict[str, tuple[str, ...]]
    """cue words per modality (lower-case whole words); "backshift": a future told in the
    past ("said 300 jobs *would* go"), planned under a source unless a perfect follows."""
    PASSIVE: str
    """A pattern for passives ("wird *vermisst*"): a plan cue in one plans nothing; "" for none."""
    HEARSAY: str
    """Hearsay opening with a plan cue, alleged: "soll 5.000 Euro *gestohlen haben*"; "" if none."""
    EPISTEMIC_PAST: str
    """A guess at what has already happened, opening with a hypothetical cue ("up to 9,500
    barrels *may have leaked*", "bis zu 60.000 Liter *könnten ausgelaufen sein*"): the
    figure is an estimate, not a hypothesis; "" if none."""
    EPISTEMIC_STATE: str
    """A guess at how things stand, opening with a plan cue ("der Schaden *dürfte bei* 18
    Millionen Euro *liegen*", "the damage was *likely to be* around £18 million"): the
    figure is an estimate, not a plan; "" if none."""
    DETERMINERS: frozenset[str]
    """Determiners and prepositions ("die", "the", "for"): a plan or allegation cue after one
    plans or alleges only its noun phrase's figure."""
    REFUSED_PROPOSALS: tuple[str, ...]
    """Nouns of a proposal right after a denial cue ("members *rejected* a contract
    *offer*", "lehnten das *Angebot* ab"): the cue refuses a proposal, it denies no claim,
    and the proposal's figures stand as they were offered. Matched at the start of a word."""
    PLAN_INFINITIVE: tuple[str, ...]
    """Words right after a plan cue that open what is planned ("its plan *to* raise defence
    spending to 2% of GDP"): after a determiner the cue still plans the clause's figures."""
    SUBJUNCTIVE: tuple[str, ...]
    """Konjunktiv I forms (``habe``, ``sei``): a sentence in them inherits the last source."""
    PLANNED_EVENT_VERBS: tuple[str, ...]
    """Infinitives that, with "will/soll/werde", describe a planned event."""
    SUBJECT_ONLY_VERBS: tuple[str, ...]
    """Reporting verbs whose next noun is the object ("Südkorea wirft Nordkorea vor")."""
    PERFECT_AUXILIARIES: tuple[str, ...]
    """Auxiliaries between speaker and reporting verb ("Sie hatte am Montag gesagt")."""
    SPEAKER_ADVERBS: tuple[str, ...]
    """Adverbs between a speaker and its verb, no part of its name ("Police *later* said")."""
    AUXILIARY_BEFORE_SPEAKER: bool
    """True where a speaker may follow its auxiliary ("50.000 hatte *die Polizei* gezählt")."""
    PAST_TENSE_WORDS: tuple[str, ...]
    """Words of a past-tense sentence ("had", "zuletzt"): bare weekdays point back in it."""
    PLAIN_PAST_WORDS: tuple[str, ...]
    """Past forms written as the present ("hit"): past where no plan cue stands."""
    PAST_TENSE_ENDINGS: tuple[str, ...]
    """Endings of past-tense words ("ed": "arrived"), after at least one more letter."""
    PAST_TENSE: str
    """Any other past-tense construction, a pattern ("hat ... gezählt"); "" for none."""
    VIA_MARKERS: tuple[str, ...]
    """Phrases after a reporting verb that name the medium a speaker talked to."""
    PRESS_AUDIENCE: tuple[str, ...]
    """The audience a speaker talks to ("told *reporters*"), lower case: never a source."""
    FINDINGS_MARKER: str
    """The preposition of findings sources ("nach US-Erkenntnissen")."""
    FINDINGS_OWNER_WORDS: tuple[str, ...]
    """Words after a findings word naming its owner ("Angaben *der* Polizei"): left to markers."""
    SOURCE_PLACE_PREPOSITIONS: tuple[str, ...]
    """Prepositions that give a source's country by a place ("Behörden *in* Kiew")."""
    REVISION_WORDS: tuple[str, ...]
    """Words presenting a figure as a correction (case-blind word starts; ``*``: longer too)."""
    BACKWARD_SOURCE: str
    """A sentence opening that gives its source to the sentence before ("Das teilte die
    Polizei mit", "That's according to police"), matched at the start; "" for none."""


class Events(Protocol):
    """``events``: words that announce events, and prepositions and verbs of place."""

    EVENT_TRIGGERS: dict[str, tuple[str, ...]]
    """Event type -> word stems that announce it; a word matches when it starts with a stem
    (case-insensitive) and is a whole word. Keep stems specific."""
    EVENT_TRIGGER_EXCEPTIONS: tuple[str, ...]
    """Word beginnings that a trigger stem also starts but that announce no event
    ("Department" is no departure, "visitors" no visit, "tripled" no trip)."""
    LOCATIVE_PREPOSITIONS: tuple[str, ...]
    """Prepositions that put an event at a place (``in``, ``bei``, ``at``)."""
    ADJECTIVE_PLACE_PREPOSITIONS: tuple[str, ...]
    """Prepositions that put an event at a place with one word (an adjective) before the
    place's name ("im bayerischen München", "in the Alpine Innsbruck")."""
    DIRECTIONAL_PREPOSITIONS: tuple[str, ...]
    """Prepositions that name where a visit or trip goes (``nach``, ``to``)."""
    ORIGIN_PREPOSITIONS: tuple[str, ...]
    """Prepositions that mark where delivered things come from (``aus``, ``from``)."""
    DESTINATION_PREPOSITIONS: tuple[str, ...]
    """Prepositions that mark the destination or recipient (``nach``, ``an``, ``to``)."""
    DELIVERY_VERBS: tuple[str, ...]
    """Verbs that move things from an origin (the subject) to a destination (recipient)."""
    RECEIVE_VERBS: tuple[str, ...]
    """Verbs whose subject is the recipient."""
    SINCE_EVENT: str
    """A "since" that points back to the event named before ("seit diesem Treffen")."""
    CLOCK_PATTERN: str
    """A regular expression for a clock time ("1:30 a.m.", "01:17 GMT", "um 14.30 Uhr"):
    groups ``h``/``m`` with ``ampm``, or ``h24``/``m24``."""
    CLOCK_PM: tuple[str, ...]
    """The first letters of the afternoon marker (``p`` of p.m.); empty for 24 hours."""
    CLOCK_WORDS: dict[str, int]
    """Words that stand for a clock time on their own -> minutes after the day's start
    ("midnight": 1440, its end, "noon": 720); hedged and read as digits are ("*by* midnight")."""
    SOON_AFTER: tuple[str, ...]
    """Words opening the clause after a clock time's that tell its moment came right after
    it ("Gegen 22.50 Uhr traf eine Böe die Bühne, *Sekunden später* stürzte das Dach ein")."""
    CLOCK_HEDGES: dict[str, tuple[str, ...]]
    """Hedge of a clock time (``approx``, ``after``, ``before``, ``exact``) -> the words
    before the time that give it (longest first when read)."""
    CLOCK_ZONES: dict[str, str]
    """Zone words after a clock time, folded, and the zone they name (``local``)."""
    CLOCK_EVENTS: dict[str, tuple[str, ...]]
    """Moment -> words that say a clock time in their clause gives that moment ("brach …
    aus": a verb whose particle ends the clause); a start and a collapse are two moments."""
    COMPOUND_MOMENTS: tuple[str, ...]
    """Words of CLOCK_EVENTS that also end a closed compound and give it their moment
    ("Gas*explosion*", "Brücken*einsturz*"); empty where compounds are written apart."""
    FIRST_WORDS: tuple[str, ...]
    """Words that make a report the first one ("ersten", "first"): with a word of
    REPORT_WORDS later in the clause they give the moment of the first reports."""
    REPORT_WORDS: tuple[str, ...]
    """Words of reporting, alerting or noticing ("Meldungen", "gemeldet", "reported",
    "sighted"); ``*`` ends a stem."""
    MOMENT_BREAKS: tuple[str, ...]
    """Words that open a clause about another moment ("since", "nachdem"): a date after
    one is not the first reports' ("first reported since the dam broke on Tuesday")."""
    NOT_REPORTED: tuple[str, ...]
    """Nouns after a first word that are not what was reported ("for the first *time*",
    "am ersten *Tag*"), folded lemmas."""
    MOMENT_BACKGROUND: tuple[str, ...]
    """Words that make the moment word right after them a past event behind what the
    sentence tells ("trapped *since* a roof collapse", "*by* a roof collapse", "*seit*
    dem Einsturz"): a time of the sentence outside their phrase is not that moment's."""
    MOMENT_OBLIQUE: tuple[str, ...]
    """Prepositions (and their contractions with an article) before a noun that is no
    subject of a moment ("eingestürzt *während* der Sanierung", "collapsed *during* the
    renovation"); right before a moment word they make it a noun ("*beim* Einsturz"),
    which befalls only what :data:`MOMENT_OF` links to it."""
    MOMENT_ARTICLES: tuple[str, ...]
    """Articles that make the moment word right after them a noun ("*der* Einsturz",
    "*the* collapse")."""
    MOMENT_OF: tuple[str, ...]
    """Words that link a moment noun to what it befell, right after it ("der Einsturz
    *des* Turms", "the collapse *of* the tower")."""


class Text(Protocol):
    """``text``: sentence boundaries and function words."""

    ABBREVIATIONS: frozenset[str]
    """tokens ending in "." that do not end a sentence (compared case-sensitively,"""
    DEMONSTRATIVE_CARRY: tuple[str, ...]
    """Sentence openings that carry the previous sentence's attribution forward."""
    PRONOUNS_PERSON: frozenset[str]
    """Pronouns that may refer back to the last named person."""
    BOTH: tuple[str, ...]
    """Phrases that refer to the two actors named last ("die beiden Führer")."""
    ORDINAL_DOT: bool
    """True when a number of one or two digits followed by a dot is an ordinal that does
    not end a sentence ("am 9. August"); False where such a dot ends it ("at 41. By")."""
    CARRY_ENDINGS: str
    """A pattern for a sentence's end whose pronoun speaker carries the attribution of
    the sentence before forward (", he said."; empty for none)."""
    FINAL_ABBREVIATIONS: frozenset[str]
    """Abbreviations (without the final dot) that end a sentence when a capitalised word
    follows that is no weekday, month or time zone ("at 6:40 p.m. Officials said"; not
    "at 6 p.m. Monday")."""


class Morphology(Protocol):
    """``morphology``: word forms the engines need as rules (code), not as word lists."""

    GENITIVE_ENDINGS: tuple[str, ...]
    """Endings a place name may carry in the genitive or possessive (``Russlands``,
    ``Russia's``); a name is also looked up without them."""
    MODIFIER_ENDINGS: tuple[str, ...]
    """Endings of a lower-case word between a preposition and a place that is skipped as a
    modifier (``im benachbarten Polen``); ``('',)`` skips every lower-case word."""
    NAME_GENITIVE_S: bool
    """True when a person's name takes a bare -s in the genitive (``Putins``), read as the
    name when the text also names it without."""
    ROLE_PREFIX_COUNTRY: bool
    """True when a role compound names its country in front (``US-Außenminister``)."""
    ADJECTIVE_KEY: str
    """How country adjectives and demonyms are keyed: ``casefold`` keeps a hyphenated adjective
    whole (``saudi-arabisch``); ``tokens`` splits it into words (``U.S.`` -> ``u s``)."""
    CLOSED_COMPOUNDS: bool
    """True when a country or seat may open a closed compound (``Kremlchef``,
    ``Russlandreise``) and a capital forms an adjective with ``place_of_adjective``."""

    def name_inflections(self, name: str) -> list[str]:
        """Other case forms of a place name whose leading words inflect, each also indexed
        (German "Rotes Meer" -> "Rote Meer", "Roten Meer", "Roter Meer"); [] where names do
        not inflect."""
        ...

    def adjective_forms(self, stem: str) -> list[str]:
        """The forms of a country adjective listed in places.yaml under ``adj_<code>``
        (German: a stem, to which every case ending is added; English: the adjective, and
        its plural noun for those that are also demonyms)."""
        ...

    def people_forms(self, word: str) -> list[str]:
        """The forms of a demonym listed in places.yaml under ``people_<code>`` (German
        "Russe" -> "Russen", "Russin", "Russinnen")."""
        ...

    def place_of_adjective(self, word: str) -> str | None:
        """The place name a city adjective may be made from (German "Moskauer" -> "Moskau"),
        or None."""
        ...


class Syntax(Protocol):
    """``syntax``: function words and phrase patterns the engines use."""

    FUNCTION_WORDS: frozenset[str]
    """The most frequent function words: a short text is recognised by them, no model."""
    NOUN_GROUP_STOP: frozenset[str]
    """Words that end the noun a number counts (prepositions, conjunctions, auxiliaries)."""
    STOP_UNLESS_NOUN_AFTER: frozenset[str]
    """Words of NOUN_GROUP_STOP that end it only when no noun follows them: an adverb
    after a number ("85 *earlier* in the week") is an adjective before a noun ("two
    *earlier* attempts")."""
    COORDINATORS: frozenset[str]
    """Words joining two nouns (``und``, ``and``), passed over in the contents after a marker."""
    CLAUSE_JOINERS: frozenset[str]
    """Words opening a clause of its own after a comma ("..., *and* Hensley died on Tuesday")."""
    NAME_JOINERS: frozenset[str]
    """Words joining two persons' names ("Putin *und* Kim", "A *sowie* B")."""
    ARTICLES: frozenset[str]
    """Definite and indefinite articles, lower case: not part of a name or a source."""
    RELATIVE_PRONOUNS: frozenset[str]
    """Words that open a relative clause after a comma ("das Werk, *das* 1987 eröffnet
    wurde", "the plant, *which* opened in 1987"): its subject is the noun before."""
    COMPLEMENTIZERS: frozenset[str]
    """Words opening a clause of what is said ("dass", "that"): "and that" opens another."""
    COORDINATED_MODALS: frozenset[str]
    """Modal verbs that, right after a coordinator, open another predicate ("Sie verfügt
    über 62 Kabinen *und kann* bis zu 2.400 Personen befördern", "employs 500 and *will
    hire* 200 more"): a modality cue there does not reach the figure before it, as with
    COMPLEMENTIZERS."""
    SUBORDINATORS: frozenset[str]
    """Words opening a clause of cause, concession or condition, with or without a comma
    before them ("recalls 1.2 million cars *because* the airbag may fail", "weil"): a
    modality cue in that clause does not reach a figure before it, nor one before it a
    figure inside it."""
    TIME_SUBORDINATORS: frozenset[str]
    """Words opening a clause of time after a figure ("the death toll rose to three *after*
    an injured ironworker died", "*nachdem* ein Verletzter gestorben war"): a role word in
    it is that clause's, not the figure's; lower case."""
    TIME_RELATIVES: frozenset[str]
    """Words opening a clause after a comma about the time just named ("seit 1992, *als* 167
    starben", "since 1992, *when* 167 died"): its figures are of that moment."""
    SOURCE_PHRASE: str
    """A regular expression for the noun phrase that names a source; ``{cap}`` stands for a name
    token and ``{CAP}`` for a capitalised word, filled in by the attribution engine."""
    SOURCE_AFTER_PHRASE: str
    """The noun phrase before a postposed source marker (SOURCE_AFTER: ``dem Ministerium zufolge``),
    with ``{CAP}`` as in SOURCE_PHRASE; empty when the language has no such marker."""
    SO_SOURCE: str
    """A regex for the words bringing in a source after a comma (German ``, so``); "": none."""
    CLAUSE_OPENERS: tuple[str, ...]
    """Conjunctions that may open a clause before its speaker ("..., *while* organisers put
    the number at 9,000"; "..., *während* die Veranstalter 9.000 zählten")."""
    GAPPED_SOURCE_AFTER: str
    """A regular expression for what follows a speaker whose verb is left out because the
    clause before has it ("Die Polizei sprach von 8.500, *der Bauernverband* von 30.000";
    "police said 6,000, *organisers* 9,000"): a preposition and a hedge at most, then a
    digit; empty for none."""
    COMPOUND_ACTOR: str
    """A regex for a compound naming a country or union as actor (``EU-Länder``), in group 1."""
    DATIVE_BEFORE_PLACE: str
    """A regular expression (searched in the lower-cased words before a place) for an
    article that makes the place a dative, the destination of a delivery; "": none."""
    PARTICIPLE_ENDINGS: tuple[str, ...]
    """Endings of a participle that may follow a place used as an adjective (``US-based``)."""
    VERB_FORM_ENDINGS: tuple[str, ...]
    """Endings of a finite verb or participle ("geliefert", "shipped"): such a delivery
    verb after a number is the clause's verb, not part of the counted noun."""
    CITY_NOUN_WORDS: bool
    """True when a city noun before a place is a word of its own (``the city of``); False
    when it ends a compound (``Hauptstadt``)."""
    ADJECTIVE_BEFORE_PLACE: bool
    """True when a country adjective may stand between a preposition and a place (``in
    Russian-held Crimea``)."""
    ORGANISATION_AFTER_PLACE: bool
    """True when a seat's name followed by an organisation word names the organisation, not
    the state (``Tokyo Electric``)."""
    PARTICIPLE_AFTER_NOUN: bool
    """True when a participle right after a noun describes it (``the nine miners *trapped*
    in the colliery``); False where a verb there is the clause's own (``150 der 1.800
    Einwohner *starben*``)."""
    BODY_SIZE_BEFORE: str
    """A regular expression (case-insensitive) for the words right before a count of seats
    or members that make it the size of an assembly ("im neuen Landtag *mit* 101
    Abgeordneten", "a parliament *of* 650 seats"), matched at the end of the text before
    the figure: the seats there are (``concepts.CAPACITY``), none held; "" for none."""
    POPULATION_BEFORE: str
    """A regular expression (case-insensitive) for the words right before a count of
    people that make it the population of a place ("a county *of* about 12,000 residents",
    "eine Gemeinde *mit* 3.000 Einwohnern"), matched at the end of the text before the
    figure: the people live there, nothing befell them; "" for none."""
    HOLDER_BEFORE: str
    """A regular expression (case-insensitive) for the words right before a count that
    make it all of what someone has ("Castlemont, which *has* around 3.6 million
    customers", "die Firma *beschäftigt* 1.200 Menschen"), matched at the end of the text
    before the figure: the whole set (``concepts.WHOLE_SCOPE``), of which a count of what
    befell some may be a part; "" for none."""


MODULE_SPECS: dict[str, type] = {
    "numbers": Numbers,
    "hedges": Hedges,
    "units": Units,
    "time": Time,
    "attribution": Attribution,
    "events": Events,
    "nouns": Nouns,
    "figures": Figures,
    "text": Text,
    "morphology": Morphology,
    "syntax": Syntax,
}
"""The contract of each pack module, by module name."""


from factcheck.lang.conformance import problems as problems  # noqa: E402  (re-exported)
