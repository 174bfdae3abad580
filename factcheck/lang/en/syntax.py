"""English: function words and phrase patterns the engines use.

The engines never compare language codes: what differs between languages in how phrases
are built is stated here, as data (regex fragments are ordinary strings). The names are
described once, in :mod:`factcheck.lang.spec`.
"""

from __future__ import annotations

FUNCTION_WORDS: frozenset[str] = frozenset(
    [
        "the",
        "and",
        "is",
        "not",
        "with",
        "of",
        "to",
        "in",
        "a",
        "an",
        "for",
        "was",
        "were",
        "has",
        "have",
        "had",
        "are",
        "on",
        "by",
        "from",
        "that",
        "this",
        "which",
        "it",
        "its",
        "as",
        "at",
        "be",
        "been",
        "will",
        "would",
    ]
)

NOUN_GROUP_STOP: frozenset[str] = frozenset(
    {
        "aboard",  # "67 people aboard": where they were, no noun
        "of",
        "with",
        "from",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "that",
        "which",
        "who",
        "were",
        "was",
        "had",
        "have",
        "has",
        "and",
        "or",
        "but",
        "are",
        "is",
        "be",
        "been",
        "will",
        "would",
        "could",
        "as",
        "than",
        "since",
        "after",
        "before",
        "during",
        "into",
        "per",
        "each",
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "it",
        "they",
        "he",
        "she",
        "said",
        "says",
        "last",
        "over",
        "more",
        "less",
        "fewer",
        "past",  # "250 metres past the runway's end"
        "about",
        "some",
        "worth",  # "52 million tonnes of cargo worth $80 billion": cargo
        # prepositions, conjunctions and adverbs end the noun group ("13 people while",
        # "517 yards against Kentucky", "30 million shares up to the close")
        *[
            "while",
            "when",
            "where",
            "because",
            "although",
            "though",
            "if",
            "unless",
            "until",
            "against",
            "across",
            "along",
            "near",
            "under",
            "below",
            "above",
            "behind",
            "beyond",
            "outside",
            "inside",
            "through",
            "throughout",
            "toward",
            "towards",
            "via",
            "within",
            "without",
            "among",
            "amid",
            "despite",
            "up",
            "down",
            "off",
            "out",
            "around",
            "every",
            "overnight",
            "worldwide",
            "nationwide",
            "again",
            "also",
            "just",
            "only",
            "still",
            "not",
            "now",
            "then",
            "there",
            "here",
            "today",
            "yesterday",
            "tonight",
            "ago",
            "earlier",  # "risen from 85 earlier in the week": no 85 "earlies"
            "instead",
            "including",
            "already",
            "remain",
            "remains",
            "remained",
            "so",
        ],
        # words that never head a noun after a figure: prepositions and conjunctions
        # ("120 people between the villages", "2,000 people once it opens"), relative and
        # personal pronouns ("40 people like him", "500 soldiers whose task"), and adverbs
        # ("$2 billion plus interest", "three parties together"). Not "later", "higher",
        # "apiece": "eight hours later", "5 percent higher" and "$2 million apiece" name
        # what the figure measures (a delay, a rise, a share per head)
        *[
            "between",
            "like",
            "unlike",
            "once",
            "whereas",
            "whilst",
            "whether",
            "nor",
            "yet",
            "upon",
            "onto",
            "beside",
            "besides",
            "beneath",
            "versus",
            "plus",
            "minus",
            "except",
            "whose",
            "whom",
            "what",
            "how",
            "why",
            "him",
            "her",
            "them",
            "me",
            "you",
            "we",
            "i",
            "his",
            "its",
            "their",
            "our",
            "my",
            "your",
            "respectively",
            "altogether",
            "alone",
            "due",  # "30 deaths due to the storm"
            "owing",
            "too",
            "even",
            "ever",
            "almost",
            "nearly",
            "together",
            "overall",
            "alike",
            "away",
            "back",
            "ahead",
            "abroad",
            "apart",
        ],
    }
)

STOP_UNLESS_NOUN_AFTER: frozenset[str] = frozenset({"earlier"})
"""Words of NOUN_GROUP_STOP that end it only when no noun follows them: "risen from 85
*earlier* in the week" counts no "earlies", "two *earlier* attempts" counts attempts."""

COORDINATORS: frozenset[str] = frozenset({"and", "or"})

CLAUSE_JOINERS: frozenset[str] = frozenset({"and", "but"})
"""Words that open a clause of its own after a comma. See the German file ("or" only
restates: "18,900 acres, *or* about 7,650 hectares, by Wednesday")."""

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "that", "who"})
"""Words that open a relative clause after a comma ("the plant, *which* opened in 1987")."""

COMPLEMENTIZERS: frozenset[str] = frozenset({"that", "whether"})
"""Words opening a clause of what is said: in "he said the bridge carried 30,000 vehicles a
day *and that* rebuilding it would take years" the second clause's "would" does not plan
the figure of the first."""

COORDINATED_MODALS: frozenset[str] = frozenset(
    {"can", "could", "may", "might", "will", "would", "should", "must", "is due", "are due",
     "is expected", "are expected", "is scheduled", "are scheduled", "is set to",
     "are set to"}
)  # fmt: skip
"""Modal verbs (and the plans said like them: "is due", "is expected") that open another
predicate after "and"/"or": in "the line has 62 cabins *and can* carry up to 2,400 people an
hour" the "can" does not reach the 62 cabins, and in "departed on April 4 *and is due* to
return on April 18" the plan does not reach the departure."""

SUBORDINATORS: frozenset[str] = frozenset(
    {"because", "although", "though", "unless", "whereas", "lest", "so that", "in case"}
)
"""Words opening a clause of cause, concession or condition, often without a comma: in
"recalling 1.2 million vehicles *because* the airbag may not deploy" the "may" does not
make the recall hypothetical."""

TIME_SUBORDINATORS: frozenset[str] = frozenset(
    {"after", "before", "when", "while", "until", "once"}
)
"""Words opening a clause of time after a figure ("the death toll rose to three *after*
an ironworker injured at the site died"): a role word in it is that clause's."""

TIME_RELATIVES: frozenset[str] = frozenset({"when"})
"""Words opening a clause about the time just named ("the deadliest crash since 1992,
*when* 167 people died"): its figures are of that moment, not of a span since it."""

NAME_JOINERS: frozenset[str] = frozenset({"and"})
"""Words joining two persons' names in a list ("Blinken *and* Wang")."""

ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
"""Definite and indefinite articles: not part of a name or a source."""

_ART = r"(?i:the|a|an)"
_FUNCTION = (
    "is|was|were|are|has|have|had|said|says|told|that|which|who|and|but|on|in|at|to|for|"
    "with|by|from|as|it|they|he|she|we|will|would|could|may|might|the|a|an|after|before|"
    "while|since|about|around|than|not|also|on|its|their|his|her|"
    # verbs right after a source ("figures from the ministry *show* 30 deaths")
    "show|shows|showed|shown|counted|found|put|puts|suggest|suggests|suggested|indicate|"
    "indicates|indicated|confirmed|recorded|listed"
)
_LOW = rf"(?!(?:{_FUNCTION})\b)[a-z][\w\-]*"

# English sources mix capitals and lower-case nouns: "South Korea's defence ministry",
# "officials", "the country's health ministry"
SOURCE_PHRASE: str = (
    # "state *and* local officials", "U.S. *and* Israeli officials": two modifiers joined
    # (not after a plural or a possessive: "authorities and rescue groups" are two)
    # (and a firm's name joined by "&": "Marks & Spencer said")
    rf"(?:{_ART}\s+)?(?:(?:{{cap}}|{_LOW}(?:’s|'s|(?<=s)['’])?)\s+(?:(?<![s'’]\s)and\s+|&\s+)?){{0,6}}"
    # "the Ministry of Health", "the General Staff of the Ukrainian army", "a spokesman
    # for the regional administration"
    rf"(?:{{cap}}|{_LOW})"
    rf"(?:\s+(?:of|for|by)\s+(?:[Tt]he\s+)?(?:{{CAP}}|{_LOW})(?:\s+(?:{{CAP}}|{_LOW})){{0,2}})?"
    # "police in Boston", "officials in New York City": a place after the speaker
    rf"(?:\s+in\s+{{CAP}}(?:\s+{{CAP}}){{0,2}})?"
)

SOURCE_AFTER_PHRASE: str = ""

SO_SOURCE: str = ""

CLAUSE_OPENERS: tuple[str, ...] = (
    "while", "and", "but", "whereas", "as", "though", "although", "with",
)  # fmt: skip
"""Conjunctions that may open a clause before its speaker."""

GAPPED_SOURCE_AFTER: str = (
    r"\s+(?:at\s+)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|only)\s+)?\$?\d"
)
"""What follows a speaker whose verb is left out ("organisers *9,0*00")."""

COMPOUND_ACTOR: str = ""

DATIVE_BEFORE_PLACE: str = ""

PARTICIPLE_ENDINGS: tuple[str, ...] = ("ed",)
VERB_FORM_ENDINGS: tuple[str, ...] = ("ed", "t", "en")
"""Endings of a past form or participle ("shipped", "sent", "given"): such a delivery verb
after a number is the clause's verb, not part of the counted noun."""

CITY_NOUN_WORDS: bool = True

ADJECTIVE_BEFORE_PLACE: bool = True

ORGANISATION_AFTER_PLACE: bool = True

PARTICIPLE_AFTER_NOUN: bool = True
"""A participle right after a noun describes it ("the nine miners *trapped* in the
colliery", "the 14 people *taken to hospital*")."""

# a place noun and "of" right before a count of people: its population ("a county of
# about 12,000 residents", "the town of 2,900 people")
BODY_SIZE_BEFORE: str = (
    r"\b(?:parliament|assembly|legislature|chamber|house|senate|council|congress|diet)"
    r"\s+(?:of|with)\s+$"
)
"""Words before the seats or members of an assembly ("a parliament *of* 650 seats", "the
chamber *with* 100 members"): the seats there are. See the German file."""

POPULATION_BEFORE: str = (
    r"\b(?:town|city|village|county|country|nation|island|state|region|community|district"
    r"|borough|municipality|suburb|hamlet|parish|province|territory|metropolis)\s+of\s+$"
    r"|\bhome\s+to\s+$|\bwith\s+its\s+$"
)

HOLDER_BEFORE: str = (
    r"\b(?:has|have|had|employs|employed|enrolls|enrols|enrolled|serves|served|holds|held"
    r"|houses|housed)\s+$"
)
"""See the German file."""
