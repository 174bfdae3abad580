"""German: words that hedge a number, vague amounts, ranges and changes.

Each hedge maps to a :class:`~factcheck.models.hedge.Qualifier`; how wide each
qualifier's interval is lies in :mod:`factcheck.models.hedge` (the hedge table), not
here. ``factcheck/lang/en/hedges.py`` has the same names with English data. Keys are
lower-case; matching ignores case; a space in a key matches any run of white space.

HEDGES
    Words right before a number (``rund 10.000``, ``bis zu 4,8 Millionen``). The
    longest phrase wins: ``knapp über 100`` is just_over, ``knapp 100`` almost,
    ``nicht mehr als 5`` at_most. Symbols (``~``, ``>``) may touch the number.
SPAN_HEDGES
    Hedges that before a span of time right after another figure name the span it is
    spread over: ``10 Milliarden Euro über fünf Jahre`` (five years, no "more than").
TRAILING_HEDGES
    Words right after a number or its unit that bound it: ``50 oder mehr`` and ``65 Jahre
    oder älter`` are at_least, ``oder weniger`` at_most, ``oder so`` approx.
VAGUE_AMOUNTS
    Words that stand for an amount without a number: word -> (qualifier, scale).
    ``mehrere``/``einige`` (several) and ``wenige``/``ein paar`` (few) take a following
    scale word (``mehrere Millionen``: several, scale 10^6); the plural number nouns
    (``Dutzende``, ``Hunderte``, ``Tausende``...) are amounts of their own. A scale other
    than 1 here multiplies the qualifier's range (``Milliarden`` alone: millions x 1000).
RANGE_CONNECTORS
    Words or dashes between two numbers that make a range (``20 bis 30``, ``20-30``).
RANGE_FRAMES
    An opening word and the connector it needs: ``zwischen 20 und 30``,
    ``von 20 bis 30``.
CHANGE_FRAMES
    An opening word and connector that make a change from one level to another:
    ``von 77 auf 789 Millionen Euro`` is one quantity spanning both levels, with the
    direction it went.
CHANGE_MARKERS
    A word right before a number (or its hedge) that marks it as the size of a change
    when a change word stands near: ``um 5 Prozent gestiegen``.
INCREASE_WORDS / DECREASE_WORDS
    Change words (lower-case, whole words) looked for in a short window around a
    number with a change marker (and right before a number without one).
"""

from factcheck.models.hedge import Qualifier

HEDGES: dict[str, Qualifier] = {
    # exact: the wording insists on the number
    "genau": Qualifier.EXACT,
    "exakt": Qualifier.EXACT,
    # eine Fehlermarge ist keine negative Zahl ("plus/minus drei Prozentpunkte")
    "plus/minus": Qualifier.EXACT,
    "plus minus": Qualifier.EXACT,
    # approx
    "rund": Qualifier.APPROX,
    "etwa": Qualifier.APPROX,
    "ca.": Qualifier.APPROX,
    "ca": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "zirka": Qualifier.APPROX,
    "annähernd": Qualifier.APPROX,
    "ungefähr": Qualifier.APPROX,
    "schätzungsweise": Qualifier.APPROX,
    "geschätzt": Qualifier.APPROX,
    "geschätzte": Qualifier.APPROX,
    "geschätzten": Qualifier.APPROX,
    "an die": Qualifier.APPROX,
    "um die": Qualifier.APPROX,
    "in etwa": Qualifier.APPROX,
    "grob": Qualifier.APPROX,
    "mehr oder weniger": Qualifier.APPROX,
    "in der größenordnung von": Qualifier.APPROX,
    "~": Qualifier.APPROX,
    "≈": Qualifier.APPROX,
    # almost
    "knapp": Qualifier.ALMOST,
    "knappe": Qualifier.ALMOST,
    "knapper": Qualifier.ALMOST,
    "knappen": Qualifier.ALMOST,
    "fast": Qualifier.ALMOST,
    "beinahe": Qualifier.ALMOST,
    "nahezu": Qualifier.ALMOST,
    "knapp unter": Qualifier.ALMOST,
    "knapp unterhalb von": Qualifier.ALMOST,
    "nicht ganz": Qualifier.ALMOST,
    # just over
    "gut": Qualifier.JUST_OVER,
    "gute": Qualifier.JUST_OVER,
    "guten": Qualifier.JUST_OVER,
    "guter": Qualifier.JUST_OVER,
    "knapp über": Qualifier.JUST_OVER,
    "etwas über": Qualifier.JUST_OVER,
    "etwas mehr als": Qualifier.JUST_OVER,
    "knapp mehr als": Qualifier.JUST_OVER,
    "gut über": Qualifier.JUST_OVER,
    # at least
    "mindestens": Qualifier.AT_LEAST,
    "wenigstens": Qualifier.AT_LEAST,
    "zumindest": Qualifier.AT_LEAST,
    "nicht weniger als": Qualifier.AT_LEAST,
    "minimal": Qualifier.AT_LEAST,
    "ab": Qualifier.AT_LEAST,
    "≥": Qualifier.AT_LEAST,
    # more than
    "mehr als": Qualifier.MORE_THAN,
    "über": Qualifier.MORE_THAN,
    "weit über": Qualifier.MORE_THAN,
    "deutlich über": Qualifier.MORE_THAN,
    "weit mehr als": Qualifier.MORE_THAN,
    "deutlich mehr als": Qualifier.MORE_THAN,
    "viel mehr als": Qualifier.MORE_THAN,
    "oberhalb von": Qualifier.MORE_THAN,
    "jenseits von": Qualifier.MORE_THAN,
    # ein Komparativ mit "als" grenzt die Zahl ein wie "mehr als" ("Gebäude, die *höher als*
    # 12 Stockwerke sind", "Lkw *schwerer als* 7,5 Tonnen")
    **dict.fromkeys(
        (
            "höher als",
            "länger als",
            "älter als",
            "größer als",
            "breiter als",
            "tiefer als",
            "schwerer als",
            "weiter als",
        ),
        Qualifier.MORE_THAN,
    ),
    ">": Qualifier.MORE_THAN,
    # at most
    "höchstens": Qualifier.AT_MOST,
    "maximal": Qualifier.AT_MOST,
    "max.": Qualifier.AT_MOST,
    "nicht mehr als": Qualifier.AT_MOST,
    "allenfalls": Qualifier.AT_MOST,
    "≤": Qualifier.AT_MOST,
    # up to
    "bis zu": Qualifier.UP_TO,
    "bis zur": Qualifier.UP_TO,
    "bis maximal": Qualifier.UP_TO,
    # less than
    "weniger als": Qualifier.LESS_THAN,
    "unter": Qualifier.LESS_THAN,
    "unterhalb von": Qualifier.LESS_THAN,
    "deutlich weniger als": Qualifier.LESS_THAN,
    "deutlich unter": Qualifier.LESS_THAN,
    **dict.fromkeys(
        (
            "kürzer als",
            "niedriger als",
            "kleiner als",
            "jünger als",
            "schmaler als",
            "leichter als",
            "näher als",
        ),
        Qualifier.LESS_THAN,
    ),
    "keine": Qualifier.LESS_THAN,
    "<": Qualifier.LESS_THAN,
}

# a span a figure is spread over, after that figure: "10 Milliarden Euro *über* fünf Jahre"
SPAN_HEDGES: tuple[str, ...] = ("über",)

# "Die Bahn *verfügt über* 62 Kabinen": was sie hat, nicht mehr als 62. Nach "sich" ist
# "um die"/"an die" Präposition und Artikel, kein "etwa": "Es handelt *sich um die*
# 58-Jährige", "Helfer kümmerten *sich um die* 40 Verletzten", "wandte *sich an die* 300
# Beschäftigten"; ebenso nach "erinnern an"
GOVERNED_HEDGES: dict[str, tuple[str, ...]] = {
    "über": ("verfügt", "verfügte", "verfügten", "verfügen", "verfüge", "verfügst"),
    "um die": ("sich",),
    "an die": ("sich", "erinnert", "erinnerte", "erinnerten", "erinnern"),
}

# "und mehr"/"und weniger" are left out: before a noun they join ("zehn Tote und mehr
# Verletzte als erwartet")
TRAILING_HEDGES: dict[str, Qualifier] = {
    "oder mehr": Qualifier.AT_LEAST,
    "oder höher": Qualifier.AT_LEAST,
    "und höher": Qualifier.AT_LEAST,
    "oder älter": Qualifier.AT_LEAST,
    "und älter": Qualifier.AT_LEAST,
    "oder länger": Qualifier.AT_LEAST,
    "und darüber": Qualifier.AT_LEAST,
    "oder darüber": Qualifier.AT_LEAST,
    "und aufwärts": Qualifier.AT_LEAST,
    "oder weniger": Qualifier.AT_MOST,
    "oder jünger": Qualifier.AT_MOST,
    "und jünger": Qualifier.AT_MOST,
    "oder darunter": Qualifier.AT_MOST,
    "und darunter": Qualifier.AT_MOST,
    "oder so": Qualifier.APPROX,
}

VAGUE_AMOUNTS: dict[str, tuple[Qualifier, float]] = {
    "mehrere": (Qualifier.SEVERAL, 1),
    "mehreren": (Qualifier.SEVERAL, 1),
    "mehrerer": (Qualifier.SEVERAL, 1),
    "einige": (Qualifier.SEVERAL, 1),
    "einigen": (Qualifier.SEVERAL, 1),
    "einiger": (Qualifier.SEVERAL, 1),
    "etliche": (Qualifier.SEVERAL, 1),
    "etlichen": (Qualifier.SEVERAL, 1),
    "wenige": (Qualifier.FEW, 1),
    "wenigen": (Qualifier.FEW, 1),
    "ein paar": (Qualifier.FEW, 1),
    "einige wenige": (Qualifier.FEW, 1),
    "dutzende": (Qualifier.DOZENS, 1),
    "dutzenden": (Qualifier.DOZENS, 1),
    "hunderte": (Qualifier.HUNDREDS, 1),
    "hunderten": (Qualifier.HUNDREDS, 1),
    "tausende": (Qualifier.THOUSANDS, 1),
    "tausenden": (Qualifier.THOUSANDS, 1),
    "zehntausende": (Qualifier.TENS_OF_THOUSANDS, 1),
    "zehntausenden": (Qualifier.TENS_OF_THOUSANDS, 1),
    "hunderttausende": (Qualifier.HUNDREDS_OF_THOUSANDS, 1),
    "hunderttausenden": (Qualifier.HUNDREDS_OF_THOUSANDS, 1),
    "millionen": (Qualifier.MILLIONS, 1),
    "milliarden": (Qualifier.MILLIONS, 1e3),
    "zig": (Qualifier.DOZENS, 1),
}

RANGE_CONNECTORS: tuple[str, ...] = ("bis", "oder", "-", "–", "—")

RANGE_FRAMES: dict[str, str] = {
    "zwischen": "und",
    "von": "bis",
}


CHANGE_FRAMES: dict[str, str] = {"von": "auf"}

CHANGE_MARKERS: tuple[str, ...] = ("um", "um insgesamt")

INCREASE_WORDS = frozenset(
    {
        "gestiegen", "stieg", "stiegen", "steigt", "steigen", "ansteigen", "angestiegen",
        "anstieg", "erhöht", "erhöhte", "erhöhten", "erhöhen", "erhöhung", "zugenommen",
        "zunahme", "gewachsen", "wuchs", "wächst", "wachsen", "wachstum",
        "zugelegt", "legte", "legt", "plus", "aufgestockt", "verdoppelt", "gesteigert",
        "steigerte", "steigerung", "höher", "mehr", "zuwachs",
        "ausgebaut", "baute", "vergrößert", "vergrößerte",
        # eine Korrektur nach oben ("um 2 Milliarden Euro nach oben korrigiert")
        "oben",
    }
)  # fmt: skip

DECREASE_WORDS = frozenset(
    {
        "gesunken", "sank", "sanken", "sinkt", "sinken", "gefallen", "fiel", "fielen",
        "fällt", "fallen", "zurückgegangen", "rückgang", "zurück",
        "verringert", "verringerte", "verringerung", "reduziert", "reduzierte",
        "reduzierung", "gesenkt", "senkte", "senkung", "abgenommen", "abnahme",
        "eingebrochen", "brach", "verlor", "verloren", "minus", "niedriger", "weniger",
        "geschrumpft", "schrumpfte", "gekürzt", "kürzte", "kürzung", "halbiert",
        # ein Vorsprung, der kleiner wird ("die Neuauszählung *verringerte* den Abstand")
        "schmolz", "geschmolzen", "verkürzt", "verkürzte",
        # "um 33,6 Milliarden Euro geringer", "um knapp 34 Milliarden nach unten korrigiert"
        "geringer", "unten",
    }
)  # fmt: skip

# Verben der Bewegung direkt vor einer Geldsumme: "der Preis *stieg* 6 Cent" ist eine
# Änderung; "nahm 612 Millionen ein" ist eine Summe
SUM_CHANGE_WORDS = frozenset({"stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "plus"})
