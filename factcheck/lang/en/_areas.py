"""Parts of a whole a figure is given for: compass directions, sectors, a body's sites in
one country and the side that holds an area. Part of :mod:`factcheck.lang.en.nouns`, which
passes these names on (the contract: :class:`factcheck.lang.spec.Nouns`)."""

SEGMENT_PATTERN: str = (
    r"(?i)(?<![\w-])(?:sectors?|industry|industries|divisions?|segments?)(?![\w-])"
)
"""A word for one sector, industry or division before a figure. See the German file."""


# the side that holds an area a figure is given for (see the German file)
COMPASS_AREA_PATTERN: str = (
    r"\b(?:in|across|throughout)\s+the\s+"
    r"((?:north|south)(?:-?(?:east|west))?|east|west)(?![\w-])(?!\s+of\b)"
    r"(?!\s+(?-i:[A-Z]))"
    # a road's direction ("the northbound lanes", "in the opposite direction"; not "the
    # eastbound train", one train whichever way it went)
    r"|\b(northbound|southbound|eastbound|westbound)\s+(?:lanes?|carriageway|side|traffic)\b"
    r"|\b(opposite\s+direction)\b"
)
"""A part of the area named by its direction ("*in the northwest*"; not "in the north of
Italy", where the place says more, nor "across the North Terminal", a name), or a road's
direction ("the *northbound* lanes"). See the German file."""

COMPASS_AREAS: dict[str, str] = {
    "north": "north", "south": "south", "east": "east", "west": "west",
    "northeast": "northeast", "northwest": "northwest", "southeast": "southeast",
    "southwest": "southwest",
    "northbound": "northbound", "southbound": "southbound", "eastbound": "eastbound",
    "westbound": "westbound", "opposite direction": "opposite",
}  # fmt: skip
"""Direction words and the part of the area they name."""


SITE_COUNTRY_PATTERN: str = (
    r"(?<![\w-])(?i:at|in|across)\s+(?i:its|the|their|all|our|the\s+company's|the\s+group's)"
    r"\s+(?P<adj>[A-Z][\w.]+)\s+(?i:sites?|plants?|factories|factory|facilities|offices"
    r"|branches|stores|subsidiar(?:y|ies)|operations)(?![\w-])"
)
"""A body's sites in one country, by the country's adjective ("*at its German plants*",
"*across the company's U.S. sites*"): the clause's figures are that country's."""


HELD_BY_PATTERN: str = (
    r"(?<![\w-])([A-Za-z]+)-(?:held|occupied|controlled|run)\b"
    r"|\bunder\s+([A-Za-z]+)\s+(?:control|occupation)\b"
)
