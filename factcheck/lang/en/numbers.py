"""English: how numbers are written.

The same names as ``factcheck/lang/de/numbers.py``, with English data; see that module
for what each table means. Word keys are lower-case (matching ignores case).

English specifics: the decimal mark is ``.`` and the group mark ``,`` (``1,234.5``).
Number words are separate words (``three hundred and twenty-five``), so
NUMBER_WORDS_FUSED is False. ``a``/``an`` count only before a scale word, a fraction
or ``dozen`` (``a million``, ``a third of``); ``one`` alone is never counted (``one of
them``), only with a scale word or fraction (``one million``). Short scale marks
(``m``, ``b``, ``k``) count only next to a currency (``$3bn``, ``€4.5m``, ``£20m``),
while ``bn``, ``mn`` and ``tn`` count anywhere. Digit ordinals take
``st``/``nd``/``rd``/``th``. ``billion`` is 10^9. The plural scale words
(``millions``) are here for ``hundreds of millions``.
"""

DECIMAL_MARK = "."

GROUP_MARKS = ", \u00a0\u202f\u2009"

CARDINALS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
}

NUMBER_WORDS_FUSED = False

NUMBER_CONNECTORS: tuple[str, ...] = ("and",)

ARTICLES_ONE = frozenset({"a", "an"})

ONE_AFTER: tuple[str, ...] = ()
"""English says "one" ("one firefighter is still missing"), not "still a firefighter"."""

ONE_BEFORE: tuple[str, ...] = ()
"""English says "one dead and eleven injured", not "a dead"."""

DIMENSION_JOINERS: tuple[str, ...] = ("by", "x", "×")
"""Words between the two numbers of a thing's dimensions ("105 *by* 68 metres")."""

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "dozen": 12,
}

CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}

ORDINAL_STEMS: dict[str, float] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
}

ORDINAL_ENDINGS: tuple[str, ...] = ()

ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

ORDINAL_DETERMINERS = frozenset(
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this",
        "that", "these", "every", "each", "whose",
    }
)  # fmt: skip

FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}

ARTICLE_FRACTION_NEEDS_PARTITIVE = True

HALF_WORDS = frozenset({"half"})

HALF_FOLLOWERS: tuple[str, ...] = ("of", "the", "their", "its", "his", "her", "our", "all")

PARTITIVE_WORDS: tuple[str, ...] = ("of",)

PART_OF_WORDS: tuple[str, ...] = ("of",)

AMOUNT_OF_WORDS: tuple[str, ...] = ("worth", "valued at", "of")
"""Words between a noun and a share or amount with no noun of its own that it is the
noun's ("a pay rise *of* 25 per cent")."""

AMOUNT_IN_WORDS: tuple[str, ...] = ("in",)
"""The word between a sum of money and the noun that names what it is ("$4.5 million *in*
tax credits", "$2 billion *in* aid"; not "in the first quarter": a determiner after it
opens a time or a place)."""

MONTH_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
    }
)  # fmt: skip

MONTH_BEFORE_DAY = True

TIME_WORDS: tuple[str, ...] = (
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "o'clock",
    "o’clock",
    "gmt",
    "utc",
    "bst",
    "cet",
)

YEAR_CONTEXT_WORDS = frozenset(
    {
        "in", "since", "until", "till", "by", "from", "year", "years", "early", "late",
        "mid", "mid-", "spring", "summer", "autumn", "fall", "winter", "before", "after",
        "during", "the", "a", "an", "its", "their", "his", "her", "this", "born", "founded", "of",
        "election", "season", "fiscal", "fy",
    }
)  # fmt: skip

YEAR_FOLLOW_WORDS = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "when", "while", "as", "was", "were", "is",
        "are", "had", "has", "have", "he", "she", "it", "they", "we", "i", "you", "to",
        "of", "in", "on", "at", "after", "before", "until", "that", "which", "who",
        "with", "for", "by", "from", "through", "saw", "brought", "marked", "will",
        "would", "could", "there", "this", "his", "her", "its", "their", "our", "election",
        "elections", "census", "budget", "season", "campaign", "summit", "olympics",
        "world", "report", "survey", "edition", "model", "law", "act", "agreement",
        "deal", "war", "invasion", "crisis", "attack", "attacks", "levels", "level",
        "figures", "prices", "and/or",
    }
)  # fmt: skip

NOUNS_CAPITALISED = False

ADJECTIVE_ENDINGS: tuple[str, ...] = ()

MINUS_WORDS: tuple[str, ...] = ("minus",)

AGE_DECADE_PATTERN: str = (
    r"(?i)(?<![\w-])in\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]*)?"
    r"(?P<decade>[1-9]0)'?s(?![\w-])"
)
"""An age by its decade: "a man *in his 50s*", "*in her early 30s*", "in their mid-20s"."""

AGE_DECADE_PARTS: dict[str, tuple[int, int]] = {
    "": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9),
}  # fmt: skip
"""The years of a decade its part names ("early 30s": 30 to 33)."""

IDENTIFIER_WORDS = frozenset(
    {
        "no.", "no", "nos.", "number", "#", "§", "article", "art.", "section", "sec.",
        "chapter", "ch.", "page", "p.", "pp.", "tel", "tel.", "phone", "fax", "room",
        "platform", "route", "highway", "interstate", "flight", "resolution", "version",
        "vol.", "volume", "issue", "episode", "season", "series", "paragraph", "para.",
        "clause", "rule", "gate", "terminal", "channel", "block", "unit", "apartment",
        "apt.", "suite", "floor", "iso", "level", "category", "grade", "stage", "phase",
        "week", "day", "box", "wearing", "wears", "wore", "jersey", "shirt", "po",
        # a place by its number ("a toll collector in *booth* 7", "near *exit* 31")
        "booth", "exit", "lane", "pier", "berth", "bay", "hangar", "ward", "track",
        # a road by its number and direction: "the westbound 401"
        "westbound", "eastbound", "northbound", "southbound",
    }
)  # fmt: skip

ADDRESS_NUMBER: str = (
    r"\d*[1-9]00(?:\s+block(?![\w-])|\s+(?:and|to|through)\s+\d*[1-9]00\s+blocks(?![\w-]))"
)
"""A street's hundred-numbered stretch (US police and local news): "in *the 300 block* of
Elm Street", "between *the 300 and 400 blocks*". A block of flats is counted in the
plural ("400 blocks of flats")."""

ONE_WORDS = frozenset({"one"})

ONE_NOT_AFTER = frozenset(
    {
        "no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone",
        "last", "next", "another", "at", "in", "on", "as", "like", "such", "what",
        "big", "new", "little", "good", "right", "wrong", "same", "other", "its", "his",
        "her", "their", "our", "my", "your", "a", "an",
    }
)  # fmt: skip

ONE_NOT_BEFORE = frozenset(
    {
        "of", "another", "day", "time", "way", "hand", "thing", "point", "side", "after",
        "by", "or", "and", "who", "that", "which", "in", "at", "on", "to", "for", "with",
        "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must",
        "should", "does", "did", "more", "less", "too", "such", "else", "morning",
        "evening", "night", "afternoon", "year", "week", "month", "hour", "minute",
        "moment", "reason", "problem", "issue", "question", "kind", "sort", "type",
        "example", "instance", "case", "part", "piece", "bit", "person's", "off", "out",
        "up", "down", "over", "through", "than", "as", "but", "if", "when", "while",
        "because", "so", "not", "never", "ever", "also", "still", "just", "only",
        "another's", "apiece", "each",
    }
)  # fmt: skip

GLUED_SCALES: dict[str, float] = {"k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6}

RATIO_WORDS: tuple[str, ...] = ("in", "out of")

EVERY_WORDS = frozenset({"every", "each"})

HALF_ADJECTIVES: frozenset[str] = frozenset()

SCORE_WORDS = frozenset(
    {
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
        "beating", "drew", "draw", "tied", "tie", "defeated", "defeat", "victory", "led",
        "leading", "trailed", "trailing", "thrashed", "edged", "voted", "vote", "score",
        "scoreline",
    }
)  # fmt: skip

NAME_EXEMPT = frozenset(
    {
        "the", "a", "an", "only", "all", "another", "just", "nearly", "about", "some",
        "over", "more", "fewer", "less", "at", "in", "by", "and", "but", "so", "of", "for",
        "with", "from", "to", "after", "before", "since", "until", "around", "almost",
        "exactly", "precisely", "roughly", "approximately", "up", "down", "every", "each",
        "those", "these", "its", "their", "his", "her", "our", "my", "your", "then", "now",
        "today", "yesterday", "last", "this", "that", "when", "while", "if", "as", "once",
        "without", "among", "including", "like", "than", "between", "under", "within",
        "across", "per", "on", "both", "most", "many", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
        "overall", "altogether", "together", "meanwhile", "still", "also", "even",
    }
)  # fmt: skip
