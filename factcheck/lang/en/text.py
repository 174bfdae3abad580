"""English: sentence boundaries and function words.

ABBREVIATIONS: tokens ending in "." that do not end a sentence (compared case-sensitively,
without the final dot). NO_SPLIT_BEFORE: see the German file.
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Gen",
        "Lt",
        "Col",
        "Capt",
        "Sgt",
        "Rep",
        "Sen",
        "Gov",
        "St",
        "Jr",
        "Sr",
        "Inc",
        "Ltd",
        "Corp",
        "Co",
        "vs",
        "etc",
        "e",
        "g",
        "i",
        "approx",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "No",
        "U",
        "S",
        "K",
        "N",
        "a",
        "m",
        "p",
        "US",
        "UK",
        "EU",
        "UN",
        "bn",
        "mn",
        "Mt",
        "Ft",
        "Ave",
        "Blvd",
    }
)

DEMONSTRATIVE_CARRY: tuple[str, ...] = (
    "According to the same",
    "It added",
    "He added",
    "She added",
    "The ministry added",
    # a pronoun speaker speaks for the source of the sentence before ("The company said
    # ... *It said* 300,000 had ...")
    "It said",
    "He said",
    "She said",
    "They said",
    "It says",
    "He says",
    "She says",
    "They say",
    "It also said",
    "He also said",
    "She also said",
    "They also said",
    "It told",
    "He told",
    "She told",
    "They told",
)
"""Sentence openings that carry the previous sentence's attribution forward."""

CARRY_ENDINGS = (
    r",[\"”]?\s+(?:he|she|it|they)\s+(?:also\s+)?(?:said|says|added|adds|told\s+\w+|explained"
    r"|stressed|noted|wrote)\b(?:,|[^,;:\"“”]{0,60}$)"
)
"""A sentence's end whose pronoun speaker carries the attribution of the sentence
before forward ("About 2,500 homes were damaged, *he said*.")."""

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her"})
"""Pronouns that may refer back to the last named person."""

BOTH: tuple[str, ...] = ("the two", "both", "the two leaders")
"""Phrases that refer to the two actors named last."""

ORDINAL_DOT: bool = False
"""A dot after a small number ends the sentence ("missing at 41. By June 17")."""

FINAL_ABBREVIATIONS: frozenset[str] = frozenset({"a.m", "p.m", "etc"})
"""Abbreviations that end a sentence when a capitalised word follows that is no weekday,
month or time zone ("shortly after 6:40 p.m. Local officials said"; "at 6 p.m. Monday"
goes on)."""
