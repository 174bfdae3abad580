"""TEMPLATE for a new language: time.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English time words: month and weekday names, relative words, prepositions.

    The time engine (:mod:`factcheck.extract.time`) builds its patterns from these tables.
    ``factcheck/lang/de/time.py`` has the same names; only the language differs.

    Keys are lower-case; the engine matches month and weekday names only when they are
    capitalised (``June``, ``JUNE``), so the verb "march" and the modal "may" are not
    months, and every other word in any case. A space in a key matches any run of white
    space.
"""

from __future__ import annotations

from factcheck.models.time import PartOfDay

# English: {'january': 1, 'february': 2, 'march': 3, ...}
MONTHS: dict[str, int] = {}
"""Full month names. A bare name counts as a time only after a word of :data:`PREPOSITIONS`
that allows months (``in June``, ``since September``)."""

# English: {'jan': 1, 'feb': 2, 'mar': 3, ...}
MONTH_ABBREVIATIONS: dict[str, int] = {}
"""Abbreviations (an optional full stop follows); used only with a day or a year (``Sept.
9, 2024``), never alone."""

# English: {'monday': 0, 'tuesday': 1, 'wednesday': 2, ...}
WEEKDAYS: dict[str, int] = {}
"""Weekday names, 0 = Monday ... 6 = Sunday."""

# English: 'sunday times', 'sunday telegraph', 'sunday express', 'sunday mirror', ...
WEEKDAY_EXCLUSIONS: tuple[str, ...] = ()
"""Names in which a weekday is not a day of the week before or after publication (a
newspaper, a holiday, an event)."""

# English: {'morning': 'morning', 'afternoon': 'afternoon', 'evening': 'evening', ...}
PARTS_OF_DAY: dict[str, PartOfDay] = {}
"""Part-of-day words after a weekday or a relative day (``Wednesday evening``, ``yesterday
morning``)."""

# English: False
WEEKDAY_PART_COMPOUNDS: bool = False
"""English writes weekday and part of day as two words."""

# English: {'early': 'morning', 'late': 'evening', 'overnight': 'night'}
PART_OF_DAY_PREFIXES: dict[str, PartOfDay] = {}
"""Words before a weekday that name a part of its day (``late Wednesday``)."""

# English: {'today': (0, None), 'yesterday': (-1, None), 'tomorrow': (1, None), ...}
RELATIVE_DAYS: dict[str, tuple[int, PartOfDay | None]] = {}
"""Days counted from the publication day, with a part of day if the phrase names one. A
part-of-day word may follow (``yesterday evening``)."""

# English:
LOWERCASE_ONLY: frozenset[str] = frozenset()
"""Words that are a time only when written in lower case (German ``morgen``); none."""

# English: 'last'
LAST_WORDS: frozenset[str] = frozenset()
"""The one before the publication (``last September``, ``last year``). "The past N years"
is a span (see :data:`SPAN_OPENERS`); "the previous day" is relative to the time
mentioned last (see :data:`ANCHOR_PHRASES`)."""

# English: 'coming', 'next'
NEXT_WORDS: frozenset[str] = frozenset()
"""The one after the publication (``next Wednesday``, ``next year``)."""

# English: 'current', 'this'
THIS_WORDS: frozenset[str] = frozenset()
"""The one containing the publication (``this year``, ``this September``)."""

# English: {'day': 'day', 'days': 'day', 'week': 'week', ...}
UNITS: dict[str, str] = {}
"""Calendar units in all their inflections -> ``day``, ``week``, ``month``, ``year``."""

# English: 'days', 'months', 'weeks', 'years'
UNIT_PLURALS: frozenset[str] = frozenset()
"""Plural forms: ``in the coming weeks`` is vague, not "next week"."""

# English: 'year', 'years'
YEAR_WORDS: frozenset[str] = frozenset()
"""Nouns that make the following four-digit number a year (``in the year 2000``, ``in the
years 2020 to 2022``)."""

# English: {'the year': 'year', 'this year': 'year', 'the month': 'month', ...}
THIS_UNIT_IMPLICIT: dict[str, str] = {}
"""After a word of :data:`SUB_PERIODS`, a unit that means the current one (``the end of the
year`` = the end of the publication year)."""

# English:
AGO_BEFORE: frozenset[str] = frozenset()
"""Word before a count that makes it "that long before publication" (German ``vor``)."""

# English: 'ago'
AGO_AFTER: frozenset[str] = frozenset()
"""Word after a count with that meaning (``24 years ago``)."""

# English:
SINCE_DURATION_WORDS: frozenset[str] = frozenset()
"""Word before a count that makes it a span reaching back from publication (German ``seit
24 Jahren``); English uses "in" with a cue word (see :data:`SINCE_DURATION_CUES`)."""

# English: 'first', 'for the first time'
SINCE_DURATION_CUES: tuple[str, ...] = ()
"""Words that, within a few words before ``in N years``, make it a span reaching back: "his
first visit in 24 years". Without a cue, ``in N years`` is that long after publication
when the sentence is not in the past tense."""

# English: 'in'
LATER_DURATION_WORDS: frozenset[str] = frozenset()
"""Word before a count that makes it "that long after publication" (``in two weeks``)."""

# English: 'in the', 'over the', 'during the', 'within the', ...
SPAN_OPENERS: tuple[str, ...] = ()
"""Openers of a span up to (or from) publication: ``over the past 24 years``, ``in the next
two weeks``."""

# English: 'last', 'past'
SPAN_LAST_WORDS: frozenset[str] = frozenset()
"""After a span opener: the span reaches back from publication (``over the past 24
years``); :data:`NEXT_WORDS` make it reach forward."""

# English: 'before', 'earlier', 'prior'
ANCHOR_BEFORE_WORDS: frozenset[str] = frozenset()
"""After a count: that long before the time mentioned last (``two days earlier``)."""

# English: 'after', 'afterwards', 'later'
ANCHOR_AFTER_WORDS: frozenset[str] = frozenset()
"""After a count: that long after the time mentioned last (``two days later``)."""

# English: 'after', 'before', 'prior'
ANCHOR_WORDS_NEED_PAUSE: frozenset[str] = frozenset()
"""Anchor words that count only before punctuation: "two days before." is relative to the
time mentioned last, "two days before the summit" is not."""

# English: {'the next day': (1, 'day', None), 'the following day': (1, 'day', None), 'the day
#   after': (1, 'day', None), ...}
ANCHOR_PHRASES: dict[str, tuple[int, str, PartOfDay | None]] = {}
"""Fixed phrases relative to the time mentioned last: (count, unit, part of day). Phrases
ending in a word of :data:`ANCHOR_WORDS_NEED_PAUSE` count only before punctuation ("the
day before." but not "the day before the vote")."""

# English: {'spring': (3, 5), 'summer': (6, 8), 'autumn': (9, 11), ...}
SEASONS: dict[str, tuple[int, int]] = {}
"""Seasons (first month, last month), used with a year: ``in the summer of 2000``. A winter
runs into the next year."""

# English: {'earlier this year': ('year', 'to_date'), 'later this year': ('year', 'from_date'),
#   'earlier this month': ('month', 'to_date'), ...}
PUBLICATION_SPANS: dict[str, tuple[str, str]] = {}
"""Phrases for a part of the publication's year, month or week: (unit, part), the part
being ``early``/``mid``/``late`` (as in :data:`SUB_PERIODS`), ``to_date`` (from the
unit's start up to publication) or ``from_date`` (from publication to the unit's end)."""

# English: {'on': ('point', False, False), 'in': ('point', True, True), 'during': ('point',
#   True, True), ...}
PREPOSITIONS: dict[str, tuple[str, bool, bool]] = {}
"""Words before a time: (role, bare month allowed, bare year allowed). Role ``point`` keeps
a point, ``since`` makes it the start of a span up to publication, ``until`` its end.
``by 2000`` is not taken as a year ("won by 2000 votes")."""

# English: 'the'
ARTICLES: frozenset[str] = frozenset()
"""Articles between a preposition and the time (``since the year 2000``)."""

# English: 'the'
DAY_ARTICLES: tuple[str, ...] = ()
"""Articles that may open a day-month date on their own (``the 9th of June``)."""

# English:
NUMERIC_DAY_MONTH_AFTER: tuple[str, ...] = ()
"""Words after which a day and month in digits without a year are a date (German ``am
3.6.``); English does not write dates so."""

# English: 'of'
MONTH_LINKERS: tuple[str, ...] = ()
"""Words between a day and its month or a month and its year (English ``9th of June``,
``September of last year``)."""

# English: ('between', 'and'), ('from', 'to'), ('from', 'until'), ('from', 'till'), ...
PERIOD_FORMS: tuple[tuple[str, str], ...] = ()
"""(opener, joiner) pairs of a period: ``between May 3 and 5``, ``from 3 to 5 May``, ``May
3-5``. Without an opener both ends must be more than a bare month or year."""

# English: {'early': 'early', 'mid': 'mid', 'late': 'late', ...}
SUB_PERIODS: dict[str, str] = {}
"""Words before a month or year that narrow it (``early June``, ``mid-2023``, ``the end of
June``)."""

# English: False
YEAR_AT_SENTENCE_START: bool = False
"""English counts ("2000 soldiers were ...") look like years at a sentence start; a bare
year needs a preposition (``in 2023``)."""

# English: False
NOUNS_CAPITALISED: bool = False
"""English nouns are lower case, so the word after "between 1000 and 2000" tells nothing."""

# English: True
DAY_BEFORE_MONTH: bool = True
"""Day numbers may come before the month name (``9 June``, ``9th of June``)."""

# English: True
MONTH_BEFORE_DAY: bool = True
"""The month name may come before the day number (``June 9``)."""

# English: 'st', 'nd', 'rd', 'th'
DAY_SUFFIXES: tuple[str, ...] = ()
"""Ordinal endings that may follow a day number (``June 9th``)."""

# English: False
DAY_SUFFIX_REQUIRED: bool = False
"""English writes plain day numbers too: ``9 June``."""

# English: 'MDY'
SLASH_DATE_ORDER: str = ""
"""Order of numeric dates written with slashes: ``6/9/2024`` = June 9 (US usage); when the
first part is above 12 it must be the day (``19/6/2024`` = 19 June). Dotted dates
(``19.06.2024``) are day-month-year in every language."""

# English: 's'
DECADE_SUFFIXES: tuple[str, ...] = ()
"""What follows the first year of a decade (``1990s``)."""

# English: {'a': 1, 'an': 1, 'one': 1, ...}
NUMBER_WORDS: dict[str, int] = {}
"""Number words for counts of days, weeks, months, years (``two days later``)."""
