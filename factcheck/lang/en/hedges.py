"""English: words that hedge a number, vague amounts, ranges and changes.

The same names as ``factcheck/lang/de/hedges.py``, with English data; see that module
for what each table means. ``some`` before a number is approx (``some 40 ships``);
``just under`` is almost, ``just over``/``a good`` just_over; ``over`` and ``under``
right before a number are more_than and less_than. ``from X to Y`` is read as a range
(English has no separate word for a change's end point, unlike German ``auf``).
"""

from factcheck.models.hedge import Qualifier

HEDGES: dict[str, Qualifier] = {
    # exact: the wording insists on the number
    "exactly": Qualifier.EXACT,
    "precisely": Qualifier.EXACT,
    # a verb's "up" before "to": the level reached, no bound ("the jobless rate ticked up to
    # 4 percent"); "up to" alone bounds ("up to 30 people")
    "ticked up to": Qualifier.EXACT,
    "edged up to": Qualifier.EXACT,
    "inched up to": Qualifier.EXACT,
    "crept up to": Qualifier.EXACT,
    "moved up to": Qualifier.EXACT,
    "went up to": Qualifier.EXACT,
    "shot up to": Qualifier.EXACT,
    "revised up to": Qualifier.EXACT,
    # a margin of error is no negative number ("plus or minus 4 percentage points")
    "plus or minus": Qualifier.EXACT,
    "plus-minus": Qualifier.EXACT,
    # approx
    "about": Qualifier.APPROX,
    "around": Qualifier.APPROX,
    "roughly": Qualifier.APPROX,
    "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX,
    "approx": Qualifier.APPROX,
    "some": Qualifier.APPROX,
    "circa": Qualifier.APPROX,
    "ca.": Qualifier.APPROX,
    "c.": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX,
    "estimated": Qualifier.APPROX,
    "give or take": Qualifier.APPROX,
    "in the region of": Qualifier.APPROX,
    "on the order of": Qualifier.APPROX,
    "something like": Qualifier.APPROX,
    "more or less": Qualifier.APPROX,
    "in the neighbourhood of": Qualifier.APPROX,
    "in the neighborhood of": Qualifier.APPROX,
    "the best part of": Qualifier.APPROX,
    "near": Qualifier.APPROX,  # "gusts near 60 mph" (not "nearly": just under)
    "~": Qualifier.APPROX,
    "≈": Qualifier.APPROX,
    # almost
    "nearly": Qualifier.ALMOST,
    "almost": Qualifier.ALMOST,
    "close to": Qualifier.ALMOST,
    "just under": Qualifier.ALMOST,
    "just below": Qualifier.ALMOST,
    "just shy of": Qualifier.ALMOST,
    "nigh on": Qualifier.ALMOST,
    "not quite": Qualifier.ALMOST,
    "approaching": Qualifier.ALMOST,
    # just over
    "just over": Qualifier.JUST_OVER,
    "just above": Qualifier.JUST_OVER,
    "a good": Qualifier.JUST_OVER,
    "slightly more than": Qualifier.JUST_OVER,
    "slightly over": Qualifier.JUST_OVER,
    "a little over": Qualifier.JUST_OVER,
    "a little more than": Qualifier.JUST_OVER,
    # at least
    "at least": Qualifier.AT_LEAST,
    "at or above": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "at a minimum": Qualifier.AT_LEAST,
    "≥": Qualifier.AT_LEAST,
    # more than
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN,
    "far more than": Qualifier.MORE_THAN,
    "many more than": Qualifier.MORE_THAN,
    "greater than": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    # a comparative with "than" bounds the figure as "more than" does ("buildings *taller
    # than* 12 stories", "trucks *heavier than* 7.5 tonnes")
    **dict.fromkeys(
        (
            "taller than",
            "higher than",
            "longer than",
            "older than",
            "larger than",
            "bigger than",
            "wider than",
            "deeper than",
            "heavier than",
            "farther than",
            "further than",
        ),
        Qualifier.MORE_THAN,
    ),
    ">": Qualifier.MORE_THAN,
    # at most
    "at most": Qualifier.AT_MOST,
    "at or below": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "at the most": Qualifier.AT_MOST,
    "≤": Qualifier.AT_MOST,
    # up to
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    # less than
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "well under": Qualifier.LESS_THAN,
    "well below": Qualifier.LESS_THAN,
    "far fewer than": Qualifier.LESS_THAN,
    **dict.fromkeys(
        (
            "shorter than",
            "lower than",
            "smaller than",
            "younger than",
            "narrower than",
            "shallower than",
            "lighter than",
            "closer than",
        ),
        Qualifier.LESS_THAN,
    ),
    "<": Qualifier.LESS_THAN,
}

# a span a figure is spread over, after that figure: "$1 billion *over* five years",
# "raises of 19.1 percent *over* three years"
SPAN_HEDGES: tuple[str, ...] = ("over",)

# no English verb governs a hedge word before a count the way "verfügt über" does
GOVERNED_HEDGES: dict[str, tuple[str, ...]] = {}

TRAILING_HEDGES: dict[str, Qualifier] = {
    "or more": Qualifier.AT_LEAST,
    "or higher": Qualifier.AT_LEAST,
    "or above": Qualifier.AT_LEAST,
    "or over": Qualifier.AT_LEAST,
    "or older": Qualifier.AT_LEAST,
    "or longer": Qualifier.AT_LEAST,
    "and above": Qualifier.AT_LEAST,
    "and over": Qualifier.AT_LEAST,
    "and older": Qualifier.AT_LEAST,
    "and up": Qualifier.AT_LEAST,
    "or greater": Qualifier.AT_LEAST,
    "or fewer": Qualifier.AT_MOST,
    "or less": Qualifier.AT_MOST,
    "or lower": Qualifier.AT_MOST,
    "or below": Qualifier.AT_MOST,
    "or younger": Qualifier.AT_MOST,
    "and under": Qualifier.AT_MOST,
    "and below": Qualifier.AT_MOST,
    "and younger": Qualifier.AT_MOST,
    "or so": Qualifier.APPROX,
}

VAGUE_AMOUNTS: dict[str, tuple[Qualifier, float]] = {
    "several": (Qualifier.SEVERAL, 1),
    "a few": (Qualifier.FEW, 1),
    "a handful of": (Qualifier.FEW, 1),
    "dozens": (Qualifier.DOZENS, 1),
    "hundreds": (Qualifier.HUNDREDS, 1),
    "thousands": (Qualifier.THOUSANDS, 1),
    "tens of thousands": (Qualifier.TENS_OF_THOUSANDS, 1),
    "hundreds of thousands": (Qualifier.HUNDREDS_OF_THOUSANDS, 1),
    "tens of millions": (Qualifier.TENS_OF_THOUSANDS, 1e3),
    "millions": (Qualifier.MILLIONS, 1),
    "billions": (Qualifier.MILLIONS, 1e3),
}

RANGE_CONNECTORS: tuple[str, ...] = ("to", "or", "-", "–", "—")

RANGE_FRAMES: dict[str, str] = {
    "between": "and",
    "from": "to",
}


CHANGE_FRAMES: dict[str, str] = {"from": "to"}

CHANGE_MARKERS: tuple[str, ...] = ("by",)

INCREASE_WORDS = frozenset(
    {
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases",
        "increasing", "grew", "grown", "grow", "grows", "growth", "gained", "gain",
        "gains", "jumped", "jump", "jumps", "climbed", "climb", "climbs", "surged",
        "surge", "soared", "soar", "up", "raised", "raise", "boosted", "expanded",
        "doubled", "higher", "added", "adds", "rallied", "spiked",
        "widened", "widens", "widening", "extended",
        "upward", "upwards",  # "revised upward by $2 billion"
        # what raised a count to its level ("*bringing* the death toll to five")
        "bringing", "brings", "pushing",
    }
)  # fmt: skip

DECREASE_WORDS = frozenset(
    {
        "fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops",
        "declined", "decline", "declines", "decreased", "decrease", "decreases", "shrank",
        "shrunk", "shrink", "down", "slipped", "slid", "plunged", "plummeted", "tumbled",
        "sank", "sunk", "lost", "loses", "cut", "cuts", "reduced", "lower", "lowered",
        "slumped", "contracted", "halved", "eased",
        # a lead or a gap made smaller ("the recount *narrowed* the margin by 231 votes")
        "narrowed", "narrows", "narrowing", "trimmed", "trims", "shrinking",
        # a revision's way ("revised the forecast downward by $34 billion")
        "downward", "downwards",
    }
)  # fmt: skip

# verbs of moving right before a sum: "the price *rose* 6 cents" is a change; "raised $612
# million", "lost $2 billion", "cut $3 billion" are sums raised, lost and cut
SUM_CHANGE_WORDS = frozenset(
    {
        "rose", "fell", "jumped", "climbed", "surged", "soared", "dropped", "slipped", "slid",
        "plunged", "plummeted", "tumbled", "declined", "sank", "rallied", "spiked", "up",
        "down",
    }
)  # fmt: skip
