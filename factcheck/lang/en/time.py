"""English time words: month and weekday names, relative words, prepositions.

The time engine (:mod:`factcheck.extract.time`) builds its patterns from these tables.
``factcheck/lang/de/time.py`` has the same names; only the language differs.

Keys are lower-case; the engine matches month and weekday names only when they are
capitalised (``June``, ``JUNE``), so the verb "march" and the modal "may" are not
months, and every other word in any case. A space in a key matches any run of white
space.
"""

from __future__ import annotations

from factcheck.lang.en.numbers import CARDINALS as _CARDINALS
from factcheck.models.time import PartOfDay

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
"""Full month names. A bare name counts as a time only after a word of
:data:`PREPOSITIONS` that allows months (``in June``, ``since September``)."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
"""Abbreviations (an optional full stop follows); used only with a day or a year
(``Sept. 9, 2024``), never alone."""

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
"""Weekday names, 0 = Monday ... 6 = Sunday."""

WEEKDAY_EXCLUSIONS: tuple[str, ...] = (
    "sunday times",
    "sunday telegraph",
    "sunday express",
    "sunday mirror",
    "good friday",
    "black friday",
    "super tuesday",
    "ash wednesday",
    "bloody sunday",
    "palm sunday",
    "easter sunday",
    "easter monday",
    "cyber monday",
    "maundy thursday",
    "holy saturday",
)
"""Names in which a weekday is not a day of the week before or after publication (a
newspaper, a holiday, an event)."""

DATE_NAME_BEFORE: tuple[str, ...] = ()
"""Words right before a date that make it part of a name, not a time (see the German
file); lower case."""

EVENT_DAY_AFTER: str = r"['’]s\s"
"""A possessive after a day names the event of that day ("the death toll from *Sunday's*
earthquake rose to 52 on Monday"), not the time of the sentence's figures."""

EVENT_DAY_BEFORE: str = ""
"""Unused: English names an event's day by the possessive after it."""

RECORD_SERIES: str = (
    r"(?i:since\s+(?:(?:weather\s+)?records?\s+began|record[- ]keeping\s+(?:began|started)"
    r"|(?:the\s+)?(?:start|beginning)\s+of\s+(?:weather\s+)?records|measurements\s+began)"
    r"(?:\s+in)?)\s+$"
)
"""What stands before the year a series of records began ("the highest *since records
began in* 1884", "*since record-keeping began in* 1895"): the frame of a record, not the
time of the sentence's figures."""

PARTS_OF_DAY: dict[str, PartOfDay] = {
    "morning": PartOfDay.MORNING,
    "afternoon": PartOfDay.AFTERNOON,
    "midday": PartOfDay.AFTERNOON,  # "Saturday midday": read with its afternoon
    "evening": PartOfDay.EVENING,
    "night": PartOfDay.NIGHT,
}
"""Part-of-day words after a weekday or a relative day (``Wednesday evening``,
``yesterday morning``)."""

WEEKDAY_PART_COMPOUNDS = False
"""English writes weekday and part of day as two words."""

PART_OF_DAY_PREFIXES: dict[str, PartOfDay] = {
    "early": PartOfDay.MORNING,
    "late": PartOfDay.EVENING,
    "overnight": PartOfDay.NIGHT,
    "early on": PartOfDay.MORNING,
    "late on": PartOfDay.EVENING,
}
"""Words before a weekday that name a part of its day (``late Wednesday``, ``late on
Monday``)."""

RELATIVE_DAYS: dict[str, tuple[int, PartOfDay | None]] = {
    "today": (0, None),
    "yesterday": (-1, None),
    "tomorrow": (1, None),
    "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None),
    "tonight": (0, PartOfDay.EVENING),
    "last night": (-1, PartOfDay.NIGHT),
    "this morning": (0, PartOfDay.MORNING),
    "this afternoon": (0, PartOfDay.AFTERNOON),
    "this evening": (0, PartOfDay.EVENING),
}
"""Days counted from the publication day, with a part of day if the phrase names one.
A part-of-day word may follow (``yesterday evening``)."""

LOWERCASE_ONLY: frozenset[str] = frozenset()
"""Words that are a time only when written in lower case (German ``morgen``); none."""

LAST_WORDS: frozenset[str] = frozenset({"last"})
"""The one before the publication (``last September``, ``last year``). "The past N
years" is a span (see :data:`SPAN_OPENERS`); "the previous day" is relative to the
time mentioned last (see :data:`ANCHOR_PHRASES`)."""

NEXT_WORDS: frozenset[str] = frozenset({"next", "coming"})
"""The one after the publication (``next Wednesday``, ``next year``)."""

THIS_WORDS: frozenset[str] = frozenset({"this", "current"})
"""The one containing the publication (``this year``, ``this September``)."""

UNITS: dict[str, str] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
"""Calendar units in all their inflections -> ``day``, ``week``, ``month``, ``year``."""

UNIT_PLURALS: frozenset[str] = frozenset({"days", "weeks", "months", "years"})
"""Plural forms: ``in the coming weeks`` is vague, not "next week"."""

YEAR_WORDS: frozenset[str] = frozenset({"year", "years"})
"""Nouns that make the following four-digit number a year (``in the year 2000``, ``in
the years 2020 to 2022``)."""

THIS_UNIT_IMPLICIT: dict[str, str] = {
    "the year": "year",
    "this year": "year",
    "the month": "month",
    "this month": "month",
}
"""After a word of :data:`SUB_PERIODS`, a unit that means the current one (``the end of
the year`` = the end of the publication year)."""

AGO_BEFORE: frozenset[str] = frozenset()
"""Word before a count that makes it "that long before publication" (German ``vor``)."""

AGO_AFTER: frozenset[str] = frozenset({"ago"})
"""Word after a count with that meaning (``24 years ago``)."""

SINCE_DURATION_WORDS: frozenset[str] = frozenset()
"""Word before a count that makes it a span reaching back from publication (German
``seit 24 Jahren``); English uses "in" with a cue word (see
:data:`SINCE_DURATION_CUES`)."""

SINCE_DURATION_CUES: tuple[str, ...] = ("first", "for the first time")
"""Words that, within a few words before ``in N years``, make it a span reaching back:
"his first visit in 24 years". Without a cue, ``in N years`` is that long after
publication when the sentence is not in the past tense."""

LATER_DURATION_WORDS: frozenset[str] = frozenset({"in"})
"""Word before a count that makes it "that long after publication" (``in two weeks``)."""

SPAN_OPENERS: tuple[str, ...] = ("in the", "over the", "during the", "within the", "for the")
"""Openers of a span up to (or from) publication: ``over the past 24 years``,
``in the next two weeks``."""

SPAN_LAST_WORDS: frozenset[str] = frozenset({"last", "past"})
"""After a span opener: the span reaches back from publication (``over the past 24
years``); :data:`NEXT_WORDS` make it reach forward."""

ANCHOR_BEFORE_WORDS: frozenset[str] = frozenset({"earlier", "before", "prior"})
"""After a count: that long before the time mentioned last (``two days earlier``)."""

ANCHOR_AFTER_WORDS: frozenset[str] = frozenset({"later", "after", "afterwards"})
"""After a count: that long after the time mentioned last (``two days later``)."""

ANCHOR_WORDS_NEED_PAUSE: frozenset[str] = frozenset({"before", "after", "prior"})
"""Anchor words that count only before punctuation: "two days before." is relative to
the time mentioned last, "two days before the summit" is not."""

ANCHOR_PHRASES: dict[str, tuple[int, str, PartOfDay | None]] = {
    "the next day": (1, "day", None),
    "the following day": (1, "day", None),
    "the day after": (1, "day", None),
    "the previous day": (-1, "day", None),
    "the day before": (-1, "day", None),
    "the same day": (0, "day", None),
    "later that day": (0, "day", None),
    "earlier that day": (0, "day", None),
    "that evening": (0, "day", PartOfDay.EVENING),
    # the evening of the day told last ("On Monday ... By the evening, 480 trains had been
    # cancelled")
    "the evening": (0, "day", PartOfDay.EVENING),
    "nightfall": (0, "day", PartOfDay.EVENING),
    "that night": (0, "day", PartOfDay.NIGHT),
    "the following week": (1, "week", None),
    "the week after": (1, "week", None),
    "the previous week": (-1, "week", None),
    "the week before": (-1, "week", None),
    "the following month": (1, "month", None),
    "the previous month": (-1, "month", None),
    "the following year": (1, "year", None),
    "the previous year": (-1, "year", None),
    "the year before": (-1, "year", None),
    # the same month a year before ("181 in September, against 59 in the same month a
    # year earlier")
    "the same month a year earlier": (-12, "month", None),
    "the same month last year": (-12, "month", None),
    # the season before, a year back ("last season the rate was 38.2 percent"; a flu or
    # sports season runs over the turn of the year)
    "last season": (-1, "year", None),
    "the previous season": (-1, "year", None),
    "the season before": (-1, "year", None),
}
"""Fixed phrases relative to the time mentioned last: (count, unit, part of day).
Phrases ending in a word of :data:`ANCHOR_WORDS_NEED_PAUSE` count only before
punctuation ("the day before." but not "the day before the vote")."""

SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
"""Seasons (first month, last month), used with a year: ``in the summer of 2000``. A
winter runs into the next year."""

FIGURE_SPANS: dict[str, tuple[str, ...]] = {
    "quarter": ("for the quarter", "in the quarter", "quarterly", "three-month", "13 weeks"),
    "half": ("first half", "second half", "half-year", "half-yearly", "six-month",
             "first six months"),
    "nine_months": ("first nine months", "nine-month", "first three quarters"),
    "year": ("full year", "full-year", "annual", "for the year", "whole year"),
    # a rate per year, of a sum or a share ("about 4.5% a year"): no total over several
    "per_year": ("a year", "per year", "annually", "per annum", "each year", "every year"),
    # a rate per day, right next to the figure ("48,000 vehicles *a day*")
    "per_day": ("a day", "per day", "daily", "each day", "every day", "a weekday",
                # a staffing per night ("five nurses *per night*")
                "per night", "a night", "each night", "every night", "nightly",
                "on weekdays", "on an average weekday", "on a typical weekday",
                "on an average day", "on a typical day", "on a normal day"),
    # a rate per hour, right after the figure ("up to 4,500 bags *an hour*")
    "per_hour": ("an hour", "per hour", "each hour", "every hour", "hourly"),
    # a measure gathered over a day or two (rain: "412 millimetres in the 24 hours to 9am",
    # "more than 500 millimetres over two days")
    "day": ("in 24 hours", "in the 24 hours", "within 24 hours", "over 24 hours",
            "in the past 24 hours", "in the last 24 hours"),
    "two_days": ("in 48 hours", "in the 48 hours", "within 48 hours", "over 48 hours",
                 "over two days", "in two days", "within two days"),
}  # fmt: skip
"""How long a span a sum of money is given for. See the German file."""

MONTHS_TO: tuple[str, ...] = ("to", "through", "ending", "ended", "to the end of")
"""Words between a count of months and the month they end with: "in the three months *to*
September" (July to September), "the six months *through* June"."""

YEAR_PARTS: dict[str, tuple[int, int]] = {
    "first quarter": (1, 3),
    "second quarter": (4, 6),
    "third quarter": (7, 9),
    "fourth quarter": (10, 12),
    # as an adjective: "third-quarter revenue", "a first-half loss"
    "first-quarter": (1, 3),
    "second-quarter": (4, 6),
    "third-quarter": (7, 9),
    "fourth-quarter": (10, 12),
    "first-half": (1, 6),
    "second-half": (7, 12),
    "h1": (1, 6),
    "h2": (7, 12),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "first nine months": (1, 9),
    "first six months": (1, 6),
    "first three months": (1, 3),
    "first three quarters": (1, 9),
}
"""Parts of a year by their first and last month, with a year or without one (then the
latest that has begun by publication): ``in the third quarter``, ``Q3 2024``, ``the
first nine months of the year``. Not before a link word or article that names some other
year or thing (``the first six months of the war``)."""

WEEKEND_WORDS: tuple[str, ...] = ("weekend",)
"""Words for a weekend ("over the *weekend*", "last *weekend*")."""

WEEKEND_OPENERS: tuple[str, ...] = ("the",)
"""Words right before a weekend that make it the one nearest the publication ("over *the*
weekend", "at *the* weekend"); not "the *first* weekend"."""

CALENDAR_WEEK_WORDS: tuple[str, ...] = (
    "calendar week", "epidemiological week", "epi week", "ISO week", "reporting week",
)  # fmt: skip
"""Words for a week of the year by its number ("in *epidemiological week* 5", "the fifth
*calendar week* of 2026"); not a bare "week" ("the Week 5 game" is a season's week)."""

PUBLICATION_SPANS: dict[str, tuple[str, str]] = {
    "earlier this year": ("year", "to_date"),
    "later this year": ("year", "from_date"),
    "earlier this month": ("month", "to_date"),
    "later this month": ("month", "from_date"),
    "earlier this week": ("week", "to_date"),
    "later this week": ("week", "from_date"),
    "so far this year": ("year", "to_date"),
    "year-end": ("year", "late"),
    "year end": ("year", "late"),
    "mid-year": ("year", "mid"),
}
"""Phrases for a part of the publication's year, month or week: (unit, part), the part
being ``early``/``mid``/``late`` (as in :data:`SUB_PERIODS`), ``to_date`` (from the
unit's start up to publication) or ``from_date`` (from publication to the unit's end).
A year after an early, mid or late part names its year instead (``year-end 2024``)."""

PREPOSITIONS: dict[str, tuple[str, bool, bool]] = {
    "on": ("point", False, False),
    "in": ("point", True, True),
    "during": ("point", True, True),
    "at": ("point", False, False),
    "since": ("since", True, True),
    "until": ("until", True, True),
    "till": ("until", True, True),
    "through": ("until", True, True),
    "by": ("until", True, False),
    # a forecast's year ("growth of 1.1 percent for 2026"); not a month ("for May" is rare)
    "for": ("point", False, True),
    # a whole year or month ("14 injuries *in all of* 2025", "*throughout* May")
    "in all of": ("point", True, True),
    "throughout": ("point", True, True),
}

YEAR_ONLY_BEFORE_PAUSE: frozenset[str] = frozenset({"for"})
"""Prepositions whose bare year is a year only before a pause ("for 2026."), not before a
word ("for 2000 dollars")."""
"""Words before a time: (role, bare month allowed, bare year allowed). Role ``point``
keeps a point, ``since`` makes it the start of a span up to publication, ``until`` its
end. ``by 2000`` is not taken as a year ("won by 2000 votes")."""

ARTICLES: frozenset[str] = frozenset({"the"})
"""Articles between a preposition and the time (``since the year 2000``)."""

DAY_ARTICLES: tuple[str, ...] = ("the",)
"""Articles that may open a day-month date on their own (``the 9th of June``)."""

NUMERIC_DAY_MONTH_AFTER: tuple[str, ...] = ()
"""Words after which a day and month in digits without a year are a date (German ``am
3.6.``); English does not write dates so."""

MONTH_LINKERS: tuple[str, ...] = ("of",)
"""Words between a day and its month or a month and its year (English ``9th of June``,
``September of last year``)."""

PERIOD_FORMS: tuple[tuple[str, str], ...] = (
    ("between", "and"),
    ("from", "to"),
    ("from", "until"),
    ("from", "till"),
    ("from", "through"),
    ("", "to"),
    ("", "through"),
    ("", "-"),
    ("", "–"),
)
"""(opener, joiner) pairs of a period: ``between May 3 and 5``, ``from 3 to 5 May``,
``May 3-5``. Without an opener both ends must be more than a bare month or year."""

SUB_PERIODS: dict[str, str] = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
    "the end of": "late",
    "the first half of": "early",
    "the second half of": "late",
}
"""Words before a month or year that narrow it (``early June``, ``mid-2023``,
``the end of June``)."""

YEAR_AT_SENTENCE_START = False
"""English counts ("2000 soldiers were ...") look like years at a sentence start; a
bare year needs a preposition (``in 2023``)."""

YEAR_AFTER_VERBS: tuple[str, ...] = ("the", "The")
"""English puts a preposition before a year after a verb (``had warned in 2016``); a year
stands bare after "the" before the event it dates (``the 2019 tanker fire``, ``the 2011
census``): English writes a count of thousands with a comma (``the 2,019 residents``)."""

NOUNS_CAPITALISED = False
"""English nouns are lower case, so the word after "between 1000 and 2000" tells
nothing."""

DAY_BEFORE_MONTH = True
"""Day numbers may come before the month name (``9 June``, ``9th of June``)."""

MONTH_BEFORE_DAY = True
"""The month name may come before the day number (``June 9``)."""

DAY_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
"""Ordinal endings that may follow a day number (``June 9th``)."""

DAY_SUFFIX_REQUIRED = False
"""English writes plain day numbers too: ``9 June``."""

SLASH_DATE_ORDER = "MDY"
"""Order of numeric dates written with slashes: ``6/9/2024`` = June 9 (US usage); when
the first part is above 12 it must be the day (``19/6/2024`` = 19 June). Dotted dates
(``19.06.2024``) are day-month-year in every language."""

DECADE_SUFFIXES: tuple[str, ...] = ("s",)
"""What follows the first year of a decade (``1990s``)."""

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    # the cardinals up to a hundred, as the number reader knows them
    **{word: int(n) for word, n in _CARDINALS.items() if 1 <= n <= 100 and n == int(n)},
}
"""Number words for counts of days, weeks, months, years (``two days later``): the
articles and the cardinals of ``numbers.CARDINALS`` up to a hundred, one table for both."""
