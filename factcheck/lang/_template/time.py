"""TEMPLATE for a new language: time.

What it holds: month and weekday names, relative words, prepositions of time.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Time, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

from factcheck.models.time import PartOfDay

# Full month names (with regional spellings). A bare name counts as a time only after a word of
# :data:`PREPOSITIONS` that allows months (``im Juni``, ``seit September``).
# English: {'january': 1, 'february': 2, 'march': 3, ...}
MONTHS: dict[str, int] = {}

# Abbreviations (an optional full stop follows); used only with a day or a year (``9. Sept.
# 2024``), never alone, since ``Jan`` is also a first name.
# English: {'jan': 1, 'feb': 2, 'mar': 3, ...}
MONTH_ABBREVIATIONS: dict[str, int] = {}

# Weekday names, 0 = Monday ... 6 = Sunday.
# English: {'monday': 0, 'tuesday': 1, 'wednesday': 2, ...}
WEEKDAYS: dict[str, int] = {}

# Names in which a weekday is not a day of the week before or after publication.
# English: 'sunday times', 'sunday telegraph', 'sunday express', 'sunday mirror', ...
WEEKDAY_EXCLUSIONS: tuple[str, ...] = ()

# Words right before a date that make it part of a name, not a time (``Straße des`` 17. Juni);
# lower case.
# English:
DATE_NAME_BEFORE: tuple[str, ...] = ()

# A regular expression for what follows a day that names an event rather than the time of the
# sentence's figures ("*Sunday's* earthquake killed 52 on Monday": the possessive); empty for
# none.
# English: "['’]s\\s"
EVENT_DAY_AFTER: str = ""

# A regular expression for what stands right before such a day, ending where the day starts
# ("dem *Lawinenunglück vom* Donnerstag": the event's day, not the time of the toll told a day
# later); empty for none.
# English: ''
EVENT_DAY_BEFORE: str = ""

# A regular expression for what stands right before the year a series of records began, ending
# where that time starts ("so viel wie nie *seit Beginn der Aufzeichnungen im Jahr* 1949",
# "*since records began in* 1884"): the frame of a record, not the time of the sentence's
# figures; empty for none.
# English: '(?i:since\\s+(?:(?:weather\\s+)?records?\\s+began|record[-
# ]keeping\\s+(?:began|started)|(?:the\\s+)?(?:start|beginning
RECORD_SERIES: str = ""

# Part-of-day words after a weekday or a relative day (``Mittwoch Abend``, ``gestern Abend``);
# fused compounds are allowed when :data:`WEEKDAY_PART_COMPOUNDS`.
# English: {'morning': 'morning', 'afternoon': 'afternoon', 'midday': 'afternoon', ...}
PARTS_OF_DAY: dict[str, PartOfDay] = {}

# German fuses weekday and part of day into one word: ``Mittwochabend``.
# English: False
WEEKDAY_PART_COMPOUNDS: bool = False

# Phrases before a weekday that name a part of its day (``in der Nacht zum Mittwoch``).
# English: {'early': 'morning', 'late': 'evening', 'overnight': 'night', ...}
PART_OF_DAY_PREFIXES: dict[str, PartOfDay] = {}

# Days counted from the publication day, with a part of day if the phrase names one. A part-of-
# day word may follow (``gestern Abend``, ``heute früh``).
# English: {'today': (0, None), 'yesterday': (-1, None), 'tomorrow': (1, None), ...}
RELATIVE_DAYS: dict[str, tuple[int, PartOfDay | None]] = {}

# Words that are a time only when written in lower case: ``morgen`` is tomorrow, ``Morgen`` is
# the noun (morning).
# English:
LOWERCASE_ONLY: frozenset[str] = frozenset()

# The one before the publication (``letzten September``, ``vergangenes Jahr``).
# English: 'last'
LAST_WORDS: frozenset[str] = frozenset()

# The one after the publication (``kommenden Mittwoch``, ``nächstes Jahr``).
# English: 'coming', 'next'
NEXT_WORDS: frozenset[str] = frozenset()

# The one containing the publication (``in diesem Jahr``, ``im laufenden Monat``).
# English: 'current', 'this'
THIS_WORDS: frozenset[str] = frozenset()

# Calendar units in all their inflections -> ``day``, ``week``, ``month``, ``year``.
# English: {'day': 'day', 'days': 'day', 'week': 'week', ...}
UNITS: dict[str, str] = {}

# Plural forms: ``in den letzten Jahren`` is "in recent years", not "last year".
# English: 'days', 'months', 'weeks', 'years'
UNIT_PLURALS: frozenset[str] = frozenset()

# Nouns that make the following four-digit number a year (``im Jahr 2000``, ``in den Jahren 2020
# bis 2022``).
# English: 'year', 'years'
YEAR_WORDS: frozenset[str] = frozenset()

# After a word of :data:`SUB_PERIODS`, a unit that means the current one (``Ende des Jahres`` =
# the end of the publication year).
# English: {'the year': 'year', 'this year': 'year', 'the month': 'month', ...}
THIS_UNIT_IMPLICIT: dict[str, str] = {}

# Word before a count that makes it "that long before publication" (``vor 24 Jahren``).
# English:
AGO_BEFORE: frozenset[str] = frozenset()

# Word after a count with the same meaning (English ``ago``); none in German.
# English: 'ago'
AGO_AFTER: frozenset[str] = frozenset()

# Word before a count that makes it a span reaching back from publication (``seit 24 Jahren``:
# since 24 years before publication).
# English:
SINCE_DURATION_WORDS: frozenset[str] = frozenset()

# Words that, shortly before ``in N Jahren``, make it a span reaching back (English "the first
# visit in 24 years"); German says ``seit`` instead, so none.
# English: 'first', 'for the first time'
SINCE_DURATION_CUES: tuple[str, ...] = ()

# Word before a count that makes it "that long after publication" (``in 2 Wochen``).
# English: 'in'
LATER_DURATION_WORDS: frozenset[str] = frozenset()

# Openers of a span up to (or from) publication: ``in den vergangenen 24 Jahren``, ``in den
# kommenden zwei Wochen``.
# English: 'in the', 'over the', 'during the', 'within the', ...
SPAN_OPENERS: tuple[str, ...] = ()

# After a span opener: the span reaches back from publication (``in den letzten zwei Wochen``);
# :data:`NEXT_WORDS` make it reach forward.
# English: 'last', 'past'
SPAN_LAST_WORDS: frozenset[str] = frozenset()

# After a count: that long before the time mentioned last (``zwei Tage zuvor``).
# English: 'before', 'earlier', 'prior'
ANCHOR_BEFORE_WORDS: frozenset[str] = frozenset()

# After a count: that long after the time mentioned last (``zwei Tage später``).
# English: 'after', 'afterwards', 'later'
ANCHOR_AFTER_WORDS: frozenset[str] = frozenset()

# Anchor words that count only before punctuation (English ``before``/``after``, which otherwise
# take an object: "two days before the summit").
# English: 'after', 'before', 'prior'
ANCHOR_WORDS_NEED_PAUSE: frozenset[str] = frozenset()

# Fixed phrases relative to the time mentioned last: (count, unit, part of day).
# English: {'the next day': (1, 'day', None), 'the following day': (1, 'day', None), 'the day
# after': (1, 'day', None), ...}
ANCHOR_PHRASES: dict[str, tuple[int, str, PartOfDay | None]] = {}

# Seasons (first month, last month), used with a year: ``im Sommer 2000``. A winter runs into
# the next year.
# English: {'spring': (3, 5), 'summer': (6, 8), 'autumn': (9, 11), ...}
SEASONS: dict[str, tuple[int, int]] = {}

# How long a span a sum of money is given for, by span (``quarter``, ``half``, ``nine_months``,
# ``year``), from words in its clause ("Group revenue *for the quarter*", "revenue *for the
# first nine months*", "*Jahresumsatz*"): two sums given for spans of two lengths are not
# compared (``word*`` a prefix).
# English: {'quarter': ('for the quarter', 'in the quarter', 'quarterly', 'three-month', '13
# weeks'), 'half': ('first half', 'second half', 'half-year', 'half-yearly', 'six-month', 'first
# six months'), 'nine_months': ('first nine months', 'nine-month', 'first three quarters'), ...}
FIGURE_SPANS: dict[str, tuple[str, ...]] = {}

# Words between a count of months and the month they end with: "in the three months *to*
# September" (July to September), "the six months *through* June". The months are those of the
# year written after the month, or the latest that ended by publication.
# English: 'to', 'through', 'ending', 'ended', ...
MONTHS_TO: tuple[str, ...] = ()

# Parts of a year by their first and last month, named with a year or without one (then the
# latest that has begun by publication): ``im dritten Quartal``, ``Q3 2024``, ``in den ersten
# neun Monaten``. Not before another article or link word, which names some other year or thing
# (``im dritten Quartal des Vorjahres``).
# English: {'first quarter': (1, 3), 'second quarter': (4, 6), 'third quarter': (7, 9), ...}
YEAR_PARTS: dict[str, tuple[int, int]] = {}

# Words for a weekend, Saturday and Sunday. After a word of LAST_WORDS, NEXT_WORDS or THIS_WORDS
# ("am *vergangenen* Wochenende", "*last* weekend") that weekend; after a word of
# WEEKEND_OPENERS ("*am* Wochenende", "over *the* weekend") the weekend nearest the publication
# in the sentence's tense; after any other word none ("am ersten Wochenende" of a festival,
# "every weekend").
# English: 'weekend'
WEEKEND_WORDS: tuple[str, ...] = ()

# Words right before a word of WEEKEND_WORDS that make it the weekend nearest the publication
# ("*am* Wochenende", "*übers* Wochenende", "over *the* weekend").
# English: 'the'
WEEKEND_OPENERS: tuple[str, ...] = ()

# Words for a week of the year counted by its number (ISO 8601 weeks, Monday to Sunday): the
# number after the word ("*KW* 5", "*Kalenderwoche* 5/2026", "*epi week* 5") or as an ordinal
# before it ("in der 5. *Kalenderwoche*", "the fifth *calendar week*"), with a year after or
# none (then the week nearest the publication in the sentence's tense). Ordinals are read with
# the numbers module's ``ORDINAL_*`` names.
# English: 'calendar week', 'epidemiological week', 'epi week', 'ISO week', ...
CALENDAR_WEEK_WORDS: tuple[str, ...] = ()

# Phrases for a part of the publication's year, month or week: (unit, part), the part being
# ``early``/``mid``/``late`` (as in :data:`SUB_PERIODS`), ``to_date`` (from the unit's start up
# to publication) or ``from_date`` (from publication to the unit's end): ``seit Jahresbeginn``
# is a span since the early part of the publication year.
# English: {'earlier this year': ('year', 'to_date'), 'later this year': ('year', 'from_date'),
# 'earlier this month': ('month', 'to_date'), ...}
PUBLICATION_SPANS: dict[str, tuple[str, str]] = {}

# Words before a time: (role, bare month allowed, bare year allowed). Role ``point`` keeps a
# point, ``since`` makes it the start of a span up to publication, ``until`` its end. ``im
# Juni`` is a time, ``im 2000`` is not German; ``seit 2002`` is a year.
# English: {'on': ('point', False, False), 'in': ('point', True, True), 'during': ('point',
# True, True), ...}
PREPOSITIONS: dict[str, tuple[str, bool, bool]] = {}

# Prepositions of :data:`PREPOSITIONS` whose bare year is a year only before a pause
# (punctuation or the end) or, where nouns are capitalised, before a word in lower case: "growth
# of 1.1 percent *for 2026*.", "*Für 2026* erwarten die Forscher ..."; not "for 2000 dollars",
# "für 2000 Menschen".
# English: 'for'
YEAR_ONLY_BEFORE_PAUSE: frozenset[str] = frozenset()

# Articles between a preposition and the time (``seit dem Jahr 2000``).
# English: 'the'
ARTICLES: frozenset[str] = frozenset()

# Articles that may open a day-month date on their own (English ``the 9th of June``). German
# articles before a date (``den 19. Juni``) follow a weekday or a preposition.
# English: 'the'
DAY_ARTICLES: tuple[str, ...] = ()

# Words after which a day and month in digits without a year are a date (``am 3.6.``). Elsewhere
# ``3.6.`` may be a section number.
# English:
NUMERIC_DAY_MONTH_AFTER: tuple[str, ...] = ()

# Words between a day and its month or a month and its year (English ``9th of June``,
# ``September of last year``).
# English: 'of'
MONTH_LINKERS: tuple[str, ...] = ()

# (opener, joiner) pairs of a period: ``zwischen dem 3. und 5. Mai``, ``vom 3. bis 5. Mai``,
# ``3.-5. Mai``. Without an opener both ends must be more than a bare month or year (``Juni bis
# August`` alone may be anything).
# English: ('between', 'and'), ('from', 'to'), ('from', 'until'), ('from', 'till'), ...
PERIOD_FORMS: tuple[tuple[str, str], ...] = ()

# Words before a month or year that narrow it (``Anfang Juni``, ``Ende 2023``).
# English: {'early': 'early', 'mid': 'mid', 'late': 'late', ...}
SUB_PERIODS: dict[str, str] = {}

# A four-digit number opening a sentence and followed by a lower-case word is a year (``2023
# besuchte Kim ...``); German nouns are capitalised, so ``2000 Soldaten`` is not. After a comma
# this holds for a year of this century that is no round fifty (``441 starben, 2023 waren es
# 446``).
# English: False
YEAR_AT_SENTENCE_START: bool = False

# Auxiliaries after which a bare year may stand (``Das Amt hatte 2016 gewarnt``).
# English: 'the', 'The'
YEAR_AFTER_VERBS: tuple[str, ...] = ()

# German capitalises nouns: in ``zwischen 1000 und 2000 Soldaten`` the capitalised word after
# the second number shows a count, not a period of years.
# English: False
NOUNS_CAPITALISED: bool = False

# Day numbers come before the month name (``9. Juni``).
# English: True
DAY_BEFORE_MONTH: bool = True

# Month name before the day number (English ``June 9``).
# English: True
MONTH_BEFORE_DAY: bool = True

# What follows a day number before a month name.
# English: 'st', 'nd', 'rd', 'th'
DAY_SUFFIXES: tuple[str, ...] = ()

# German writes the day as an ordinal with a full stop: ``9. Juni``, not ``9 Juni``.
# English: False
DAY_SUFFIX_REQUIRED: bool = False

# Order of numeric dates written with slashes (``9/6/2024`` = 9 June). Dotted dates
# (``19.06.2024``) are day-month-year in every language.
# English: 'MDY'
SLASH_DATE_ORDER: str = ""

# What follows the first year of a decade (``1990er Jahre``).
# English: 's'
DECADE_SUFFIXES: tuple[str, ...] = ()

# Number words for counts of days, weeks, months, years (``zwei Tage zuvor``).
# English: {'a': 1, 'an': 1, 'one': 1, ...}
NUMBER_WORDS: dict[str, int] = {}
