"""English: what counted nouns mean. See the German file for the meaning of each table."""

from factcheck.lang.en._ages import AGE_NOUN_FORMS as AGE_NOUN_FORMS
from factcheck.lang.en._ages import AGE_PERSON_GENDERS as AGE_PERSON_GENDERS
from factcheck.lang.en._ages import AGE_PERSON_MODIFIERS as AGE_PERSON_MODIFIERS
from factcheck.lang.en._ages import AGE_PERSON_ORDINALS as AGE_PERSON_ORDINALS
from factcheck.lang.en._ages import AGE_PERSON_OWNER_LINKS as AGE_PERSON_OWNER_LINKS
from factcheck.lang.en._ages import AGE_PERSONS as AGE_PERSONS
from factcheck.lang.en._areas import COMPASS_AREA_PATTERN as COMPASS_AREA_PATTERN
from factcheck.lang.en._areas import COMPASS_AREAS as COMPASS_AREAS
from factcheck.lang.en._areas import HELD_BY_PATTERN as HELD_BY_PATTERN
from factcheck.lang.en._areas import SEGMENT_PATTERN as SEGMENT_PATTERN
from factcheck.lang.en._areas import SITE_COUNTRY_PATTERN as SITE_COUNTRY_PATTERN
from factcheck.lang.en._roles import ROLE_CUES as ROLE_CUES
from factcheck.lang.en._subjects import FALL_FROM as FALL_FROM
from factcheck.lang.en._subjects import HOLDER_TITLES as HOLDER_TITLES
from factcheck.lang.en._subjects import MEASURE_SUBJECTS as MEASURE_SUBJECTS
from factcheck.lang.en._subjects import VALUE_HEADS as VALUE_HEADS
from factcheck.lang.en._verbs import VERB_WORDS as VERB_WORDS

CONCEPTS: dict[str, str] = {
    # administrative areas: with a name beside them, a region ("Al Haouz province")
    "province": "province",
    "district": "district",
    "school district": "district",
    "county": "county",
    "prefecture": "prefecture",
    "governorate": "governorate",
    "canton": "canton",
    "oblast": "oblast",
    # a measuring site: with a name beside it, where a reading is taken ("the Kaub gauge")
    "gauge": "gauge",
    "river": "river",
    "container": "container",
    # what a spill is of and what it reaches ("5,900 barrels of oil", "1,300 tonnes of
    # crude"; "61 km of coastline", "58 miles of shoreline")
    "oil": "oil",
    "crude": "oil",
    "coast": "coast",
    "coastline": "coast",
    "shoreline": "coast",
    "ship": "ship",
    "vessel": "ship",
    "warship": "ship",
    # kinds of ship by what they do ("the 40-metre trawler"); not "tanker", often a
    # lorry, "carrier", often an airline, nor "freighter", often a cargo plane
    "trawler": "ship",
    "dredger": "ship",
    "boat": "boat",
    "submarine": "submarine",
    "aircraft": "aircraft",
    "plane": "aircraft",
    "jet": "aircraft",
    "flight": "flight",  # a flight is a trip, no aircraft ("5,000 flights were cancelled")
    "computer": "computer",
    "helicopter": "helicopter",
    "tank": "tank",
    "missile": "missile",
    "rocket": "missile",
    "drone": "drone",
    "shell": "shell",
    "round": "shell",
    "projectile": "shell",
    "ammunition": "ammunition",
    "munition": "ammunition",
    "weapon": "weapon",
    "arm": "weapon",
    "armament": "armament",
    "soldier": "soldier",
    "troop": "soldier",
    "fighter": "fighter",
    "dead": "dead",
    "death": "dead",
    "fatality": "dead",
    "casualty": "casualties",
    "injured": "injured",
    "wounded": "injured",
    "injury": "injured",
    "missing": "missing",
    "miner": "employee",  # "12 miners were trapped": workers of the mine
    "victim": "victim",
    "people": "person",
    "person": "person",
    "life": "person",  # "with the loss of three lives": people, as the clause says
    "lives": "person",
    "resident": "inhabitant",
    "inhabitant": "inhabitant",
    "citizen": "citizen",
    "protester": "protester",
    "demonstrator": "protester",
    "marcher": "protester",
    "participant": "participant",
    "refugee": "refugee",
    "civilian": "civilian",
    "child": "child",
    "minor": "child",  # "four of the dead were minors"
    "adult": "adult",  # "24 children and seven adults"
    "prisoner": "prisoner",
    "inmate": "prisoner",  # "about 120 inmates had joined in"
    "detainee": "prisoner",
    "hostage": "hostage",
    "officer": "police_officer",
    "policeman": "police_officer",
    # the officers of a prison are its staff, never the police
    "prison officer": "employee",
    "correctional officer": "employee",
    "corrections officer": "employee",
    "detention officer": "employee",
    "prison guard": "employee",
    "warder": "employee",
    "house": "building",
    "home": "building",
    "building": "building",
    "apartment": "apartment",
    "premises": "premises",  # "searched 38 premises"
    "property": "premises",
    "suspect": "suspect",
    "customer": "customer",
    "household": "household",
    "ransom": "ransom",
    "other": "person",  # "six others were injured"
    # "12 crashes and three injuries": crashes, not people hurt (the plural only: "the span
    # crashing into the river" is a verb)
    "crashes": "crash",
    "accident": "crash",
    "vehicle": "vehicle",
    "truck": "truck",
    "lorry": "truck",
    "train": "train",
    "bus": "bus",
    "vote": "vote",
    # the votes of a side (concepts.VOTE_ROLES): "53 abstentions", "318 ayes"
    "abstention": "vote",
    "aye": "vote",
    "nay": "vote",
    "seat": "seat",
    "job": "job",
    "job cut": "job",
    "cocaine": "cocaine",
    "GDP": "gdp",
    "domestic product": "gdp",
    "job loss": "job",
    "case": "case",
    # an outbreak's tornadoes and a quake's aftershocks are counted as surveys and
    # seismographs confirm them: running totals
    "tornado": "tornado",
    "twister": "tornado",
    "aftershock": "aftershock",
    "illness": "case",  # "14 illnesses in seven states": cases
    "dose": "dose",  # "2,000 vaccine doses"
    "crime": "offence",
    "offence": "offence",
    "offense": "offence",
    "suspected case": "suspected_case",  # a suspicion is no confirmed case
    "infection": "infection",
    "arrest": "arrested",
    "attack": "attack",
    "airstrike": "attack",
    "strike": "attack",
    "explosion": "explosion",
    "visitor": "visitor",
    "guest": "visitor",  # "seven million guests" at a fair
    "spectator": "spectator",
    "viewer": "spectator",  # a broadcast's audience ("127.7 million viewers")
    "employee": "employee",
    "worker": "employee",
    "staff": "employee",
    "company": "company",
    "firm": "company",
    "village": "village",
    "country": "country",
    "state": "state",
    "meeting": "meeting",
    "minister": "minister",
    "adviser": "adviser",
    "document": "document",
    "agreement": "agreement",
    "treaty": "agreement",
    "tonne": "tonne",
    "unit": "unit",
    "piece": "piece",
    "barrel": "barrel",
    "migrant": "migrant",
    "asylum seeker": "asylum_seeker",
    # open compounds whose head alone counts another thing ("rescue *workers*")
    "rescue worker": "rescue_worker",
    "emergency worker": "rescue_worker",
    "relief worker": "rescue_worker",
    "police": "police_officer",  # "2,000 police were deployed"
    "patient": "patient",
    "tourist": "tourist",
    "survivor": "rescued",
    "holidaymaker": "tourist",
    "vacationer": "tourist",
    "pupil": "pupil",
    "student": "student",
    "voter": "voter",
    "member": "member",
    "lawmaker": "member_of_parliament",
    "legislator": "member_of_parliament",
    "senator": "member_of_parliament",
    # a ship's or plane's crew, counted as people ("22 crew members", "a crew of 21")
    "crew": "crew",
    "crew member": "crew",
    "crewmember": "crew",
    "crewman": "crew",
    # a ship's seafarers are its crew ("21 seafarers on board")
    "sailor": "crew",
    "seaman": "crew",
    "seafarer": "crew",
    "deckhand": "crew",
    "fisherman": "crew",  # a trawler's fishermen are its crew ("two missing fishermen")
    "population": "inhabitant",  # "a population of 12,000"
    # a prison term ("a 10-year sentence", "eight years in prison")
    "sentence": "prison_term",
    "prison term": "prison_term",
    "jail term": "prison_term",
    "workforce": "employee",  # "a workforce of 8,000"
    "protestor": "protester",
    "attendee": "participant",
    "mourner": "participant",
    "fan": "participant",
    "farmer": "farmer",
    "tractor": "tractor",
    "passenger": "passenger",
    "rider": "passenger",
    "traveler": "passenger",  # "the TSA screened 3,013,413 travelers"
    "traveller": "passenger",
    "firefighter": "firefighter",
    "fireman": "firefighter",
    "rescuer": "rescue_worker",
    "responder": "rescue_worker",
    "story": "storey",
    "storey": "storey",
    "floor": "storey",
    "body": "dead",
    "craft": "ship",
    "submersible": "ship",
    "sub": "ship",
    "evacuee": "evacuated",
    "structure": "building",
}

FEMININE_SUFFIXES: tuple[str, ...] = ()
"""Unused in English: person nouns have no feminine ending to fold."""

UMLAUTS: dict[str, str] = {}
"""Unused in English."""

LEMMA_FIXES: dict[str, str] = {}
"""None needed so far."""


NOT_ROLE_CUES: tuple[str, ...] = (
    "death cap*", "death threat*", "death penalty", "death sentence*", "death row",
    "death trap*", "death certificate*", "near-death",
    # a road's toll, no death toll ("slammed into the *toll plaza*")
    "toll plaza*", "toll booth*", "toll road*", "toll bridge*", "toll gate*", "toll station*",
    "toll lane*", "toll charge*", "toll collector*",
    # a dwelling's state, no residents ("declared 27 flats *unfit to live in*")
    "unfit to live in", "fit to live in", "safe to live in", "unsafe to live in",
)  # fmt: skip
"""Phrases with a role cue that say nothing of the people counted: a mushroom, a
punishment, a threat ("14 people ate *death cap* mushrooms"). See the German file."""

GAPPED_SEVERITY_AFTER: tuple[str, ...] = ("with",)
"""Words that may follow a severity word with no participle of its own ("eight hurt, three
of them seriously *with* burns"). See the German file."""

SEPARABLE_ROLE_CUES: dict[str, tuple[tuple[str, str], ...]] = {}
"""English verbs do not split around a count."""


MEASURE_WORDS: frozenset[str] = frozenset({"rounds", "round", "units", "unit", "pieces", "loads"})

CONTENT_MARKERS: tuple[str, ...] = (
    "with", "of", "carrying", "containing", "full of", "filled with", "loaded with",
)  # fmt: skip

MATURITY_NOUNS: tuple[str, ...] = ("note", "bond", "yield", "treasury", "gilt", "mortgage", "loan")

DESCRIPTIVE_ENDINGS: tuple[str, ...] = ("ing",)
"""Endings of modifiers that say what the counted do, not which (see the German file)."""
PLACE_PARTICIPLES: tuple[str, ...] = ("neighbouring", "neighboring", "surrounding", "adjoining",
                                      "remaining", "existing")  # fmt: skip

LINKING_ELEMENTS: tuple[str, ...] = ()

SUFFIX_HEADS: dict[str, tuple[str, ...]] = {
    # "-ship" makes abstract nouns of persons (leadership, membership, ownership, township)
    "ship": (
        "war", "battle", "air", "space", "flag", "steam", "troop", "gun", "cargo", "supply",
        "light", "star", "drop", "sister", "mother", "container", "hospital", "store",
    ),
    "truck": ("fire", "dump", "tow", "fuel", "tank", "mail", "fork"),  # not "awestruck"
    "strike": ("air", "drone", "missile"),  # not "counterstrike"
    "attack": ("cyber", "counter"),
    "member": ("crew", "staff"),  # not "dismember", "nonmember"
    "patient": ("out", "in"),
    # first parts that make another word: "playground", "antibody", "suitcase",
    # "interstate", "masterpiece", "confirm", "screwdriver", "contractor", "disagreement",
    # "disarmament", "antitank", "nonvoter", "skyrocket", "bombshell", "shipbuilding"
    "round": (), "body": (), "case": (), "state": (), "piece": (), "firm": (), "vote": (),
    "river": (), "tractor": (), "seat": (), "minister": (), "tank": (), "unit": (),
    "infection": (), "company": (), "rocket": (), "country": (), "floor": (), "resident": (),
    "tonne": (), "missing": (), "storey": (), "home": (), "agreement": (), "rider": (),
    "wounded": (), "arrest": (), "armament": (), "missile": (), "citizen": (), "voter": (),
    "participant": (), "aircraft": (), "shell": (), "building": (),
}  # fmt: skip
"""Concept heads that end words which are no compound of them (see factcheck.lang.spec):
a word is split on such a head only after one of the first parts listed."""

HEAD_LOOKALIKES: tuple[str, ...] = ()
"""Endings that hold a concept's head but make no compound of it: none needed, the
heads English derives words from are in SUFFIX_HEADS."""

SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("an", "ian", "ese", "ic", "ish", "al", "ive", "ed")


VERB_LIKE_SUFFIXES: tuple[str, ...] = ("ed", "ing")
"""Endings that mark a word after a number as a verb, not a counted noun ("10 died")."""

ADVERB_SUFFIXES: tuple[str, ...] = ("ly",)
"""Endings of adverbs, passed over after a number ("three *seriously* injured", "two
*critically*"): they are no counted noun. A word whose lemma is in CONCEPTS is kept."""

SCOPE_PREPOSITIONS: tuple[str, ...] = (
    "in", "at", "near", "inside", "within", "across", "throughout", "for",
)  # fmt: skip
"""Prepositions before a place that give a figure its scope ("12 Tote *in* Bayern"):
figures for two different places count different things."""

PEOPLE_FROM: tuple[str, ...] = ("from",)
"""See the German file."""

SCOPE_NAME_INTROS: tuple[str, ...] = ("by", "for", "of the", "the")
"""Besides the scope prepositions, words before a proper name that make it the figure's
subject ("destroyed *by the* Ridgeway fire"); a name elsewhere does not narrow it."""

SCOPE_NAME_STOPS: frozenset[str] = frozenset({"the", "a", "an", "by", "on", "in", "at"})
"""Capitalised words that are never names (a sentence's second word after a quote)."""

ANAPHORIC_SUBJECTS: tuple[str, ...] = ("It",)
"""Words opening a sentence that stand for the previous sentence's subject ("The Ridgeway
fire killed 7 people. *It* destroyed 2,140 structures"): its figures are that name's."""

AREA_BACK_REFERENCES: frozenset[str] = frozenset({"the", "this", "that"})
"""See the German file."""

PLACE_ANAPHORS: dict[str, str] = {}
"""None: "there" mostly says only that something is ("there were 5 dead")."""

GENERIC_STAFF: frozenset[str] = frozenset({"personnel"})
"""Nouns for people on duty that do not say whose. See the German file."""

STAFF_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "police_officer": ("police", "police department", "police force"),
    "firefighter": ("fire department*", "fire service*", "fire brigade*", "fire crews"),
    "rescue_worker": ("coast guard", "rescue service*"),
    "soldier": ("army", "military", "National Guard", "armed forces"),
}  # fmt: skip
"""Organisations whose staff a generic count of forces counts. See the German file."""


AGE_COPULAS: tuple[str, ...] = ("was", "is")
"""Verbs between a kind of person and a bare number that make the number an age ("the
dead boy was 13")."""

PART_COPULAS: tuple[str, ...] = ("were", "was", "are", "is")
"""Verbs before the kind of a part of the harmed. See the German file."""

AGE_OF: tuple[str, ...] = ("of",)
"""Words between a kind of person and their age in years ("a woman *of* 70 years")."""
AGE_RELATIVE: str = r"\s+(?:who|that)(?:\s+[a-z]+){1,3}?"
"""A short relative clause between a kind of person and the copula before their age
("the man *who died* was 67", "the woman *who was driving* was 45")."""

RESTATED_NOUNS: frozenset[str] = frozenset({"machine", "unit"})
"""Nouns that only restate a thing named before them. See the German file."""

RESTATING_CUES: tuple[str, ...] = ("i.e.", "that is", "or some", "in other words", "meaning")
"""Words that restate what was just named ("tractors, *that is* some 3,000 machines")."""

RESTATING_JOINS: tuple[str, ...] = ("or", "i.e.", "that is", "in other words", "meaning")
"""Words joining a figure to the one before it told in other terms ("4,300 jobs, *or*
about 9% of its workforce"). See the German file."""


NUMBER_OF: str = r"(?<![\w-])(?:total\s+)?number\s+of\s+"
"""The words before the noun a number later in the clause counts ("*the number of*
unemployed rose to 2.8 million"). See the German file."""

SUBJECT_PRONOUNS: tuple[str, ...] = ("It", "They")
"""Pronouns opening a sentence that stand for the subject of the sentence before."""

ARTICLES: tuple[str, ...] = ("the", "a", "an")
"""Articles that may stand between a scope preposition and a name."""

STANCE_CUES: dict[str, tuple[str, ...]] = {
    "demanded": ("demand*", "seeking", "seeks", "sought", "asking for", "asks for",
                 "asked for", "calls for", "called for"),
    "offered": ("offer*", "proposed", "proposes", "tabled", "draft budget*", "draft bill*",
                "draft plan*", "the draft", "in draft"),
    "target": ("target of", "targets of", "goal of", "aims to", "aim to", "aiming to", "quorum",
               "threshold"),
}  # fmt: skip
"""Words of a clause that put a share, amount or duration forward as a demand or an
offer. See the German file."""

MOVE_UNITS: tuple[str, ...] = ("point",)
"""See the German file."""

THRESHOLD_AFTER: str = (
    r"\s+(?:of|with|at|above)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}[\d.,]*\d\s*(?:[a-z%°]+\s+)?"
    r"(?:or|and)\s+(?:greater|more|higher|above|larger|over|stronger|bigger)(?![\w-])"
)
"""After a counted noun, a threshold its things reach ("aftershocks *of magnitude 4.5 or
greater*"): a subset. See the German file."""

STANCE_CONTINUATIONS: tuple[str, ...] = ("plus", "with", "over", "at least", "spread over")
"""First words of a verbless clause that goes on with the demand or offer before it ("is
demanding 14%, *plus* $3,000 a year, *over* three years"). See the German file."""

NOT_STANCES: tuple[str, ...] = (
    "offer price", "offer prices", "offering price", "offering", "offerings",
)  # fmt: skip
"""Phrases with a stance word that put nothing forward: a share sale's price and the sale
itself ("closed 39% above their *offer price*", "the initial public *offering*")."""

EXPANSION_CUES: tuple[str, ...] = ("expanded", "enlarged", "extended", "widened", "expansion")
"""Words in a paragraph that tell of a place made bigger. See the German file."""


CHANGE_BASES: dict[str, tuple[str, ...]] = {
    "year": ("from a year earlier", "from a year ago", "than a year earlier", "than a year ago",
             "year on year", "year-on-year", "compared with a year earlier", "on a year earlier",
             "compared with a year ago", "from the same period last year", "on an annual basis",
             "on the same period last year", "compared with the same period last year",
             "against the same period last year", "compared with the same period a year ago",
             "from the same quarter last year", "from the same month last year", "annualized",
             "over the past 12 months", "over the last 12 months", "in the 12 months through",
             "in the 12 months to", "on a year-on-year basis", "annualised"),
    "quarter": ("from the previous quarter", "from the prior quarter", "quarter on quarter",
                "quarter-on-quarter", "on the previous quarter"),
    "month": ("from the previous month", "from the prior month", "from a month earlier",
              "month on month", "month-on-month", "on the previous month", "over the month",
              "on a monthly basis", "on a month-on-month basis"),
}  # fmt: skip
"""What a percentage change is measured against. See the German file."""

RECOVERED_DEAD: tuple[str, ...] = ("body",)
"""Lemmas of nouns for the dead that were found. See the German file."""

OPERATOR_WORDS: tuple[str, ...] = (
    "operates", "operated", "runs", "owns", "owned", "manages", "managed",
)  # fmt: skip
"""See the German file."""

OFFSET_AFTER: tuple[str, ...] = ("ahead of", "prior to")
"""See the German file. Not "before the" and "after the", which also open a clause after a
length ("the standoff lasted six hours before the gunman surrendered")."""

OFFSET_OPENING: tuple[str, ...] = ("after", "before")
"""See the German file."""

ELAPSED: tuple[str, ...] = ("after",)
"""See the German file ("*After* nearly two hours the workers were no longer *trapped*")."""

DISTANCE_FROM: tuple[str, ...] = ("from", "away from", "short of", "off")
"""See the German file."""

GLUED_LENGTH_SUBJECTS: dict[str, tuple[str, ...]] = {
    "height": ("fence", "fences", "wall", "walls", "barrier", "tower", "dam", "levee", "wave",
               "waves", "statue", "floodwall", "seawall"),
    "diameter": ("pipe", "pipes", "pipeline", "pipelines", "main", "mains", "water main",
                 "gas main", "line", "lines", "hose", "hoses"),  # "a two-inch gas *line*"
}  # fmt: skip
"""See the German file ("an *8-foot* fence": a height)."""


SUBJECT_SUBGROUPS: tuple[str, ...] = (
    "youth", "insured", "long-term", "female", "male", "women's", "men's", "black",
    "hispanic", "white", "asian", "teen", "teenage", "child", "rural", "urban",
)  # fmt: skip
"""Words right before a subject word that narrow a rate to a group ("the *youth*
unemployment rate" is not the unemployment rate)."""

SUBJECT_OWNED_BEFORE: tuple[str, ...] = ("his", "her", "its")
"""Possessives of one owner right before a subject word ("the owner put *his* damage at $2
million"): one party's figure, a part. Not "their" (everyone's losses, maybe)."""

MEASURE_OWNER: str = (
    r"(?<![\w-])(?P<owner>(?:[^\W\d_][\w-]*\s+)?[^\W\d_][\w-]*)\s+(?:with|has|had)\s+an?\s+"
    r"(?P<word>[^\W\d_][\w-]*)"
    r"\s+of\s+(?:[^\W\d_]+\s+){0,2}$"
)
"""A thing named with the word of what a measure measures ("a surveillance *zone with a
radius of* 10 km", "the restricted *zone has a radius of* 15 km"), with the word before it
("surveillance") unless a determiner. See the German file."""


HYPHEN_COUNTED: dict[str, str] = {
    "story": "storey", "storey": "storey", "floor": "storey", "level": "storey",
    "lane": "lane", "bed": "bed", "room": "room", "seat": "capacity", "car": "carriage",
    "capacity": "capacity",  # "the 45,000-capacity arena"
}  # fmt: skip
"""Nouns a count is glued to by a hyphen ("a 12-story tower", "a 400-bed hospital"), and
their concept: the number counts them."""

MULTIPLIERS: frozenset[str] = frozenset({"time", "times", "fold"})
"""Nouns that make the number before them a ratio ("more than three *times* its size"). See
the German file."""

SIZING_AFTER: tuple[str, ...] = ("long",)
"""Words right after a counted noun that make the count the size of a thing ("a train 28
cars *long*": not all 28 derailed). See the German file."""


AGE_APPOSITION_BEFORE: str = r"[A-Z][\w'’-]+,\s*$"
AGE_APPOSITION_AFTER: str = r"\s*(?:,|;|\)|\.(?!\d)|and\b)"
"""A bare number set after a name between commas is that person's age ("Ana Ruiz, 66,
and ..."): the name before (``AGE_APPOSITION_BEFORE``, up to the number) and what
follows (``AGE_APPOSITION_AFTER``); such a number counts nothing."""
AGE_NAMING: str = r"\b(?:named|identified)(?:\s+(?!as\b)[\w'’-]+){0,4}?\s+as\b"
"""Words that give a kind of person a name, with up to four words between ("The woman
who died has been *named as* Ana Ruiz, 66", "*identified by relatives as*", "Police
*named the pilot as*"): the age is the woman's, the pilot's."""


# the words right after a number that make it a part of a set (see the German file)
PARTITIVE_OPENING: str = (
    r"(?:Of|Among)\s+(?:the|those|its|their|his|her)\s+"
    r"(?:(?:about|some|nearly|more\s+than|at\s+least)\s+)?"
    # a number or a word before the set's noun ("Of the *30* injured", "Of the *12* dead")
    r"(?:\d[\d,]*\s+|[a-z]+\s+)?([A-Za-z-]+)\s*,"
)

PARTITIVE_AFTER: str = r"\s+of\s+(?:the|them|those|whom|these|its|their|all)\b"

INCREMENT_WORDS: tuple[str, ...] = (
    "another", "further", "additional", "extra", "more",
    "remaining",  # the rest of a set: "the *remaining* three" (not "last": "$11bn last year")
    "other",  # "the *other* 12" (right after the number, "12 other people", others)
)  # fmt: skip
"""Words right before or after a number that add it to a figure before it ("*another*
20,000", "a *further* 300", "20 *more*"): a part when one of its thing stands before it."""

EXCLUDING_WORDS: tuple[str, ...] = (
    "without the", "without its", "excluding", "not including", "not counting",
)  # fmt: skip
"""See the German file."""

POSITION_WORDS: tuple[str, ...] = ("upper", "top", "lower", "bottom", "first", "last", "front",
                                   "rear")  # fmt: skip

OTHERS_WORDS: tuple[str, ...] = ("others", "other people")
"""See the German file."""

DESIGNATED_PART_AFTER: str = (
    r"\s+(?:in|on|at|from)\s+(?:the\s+)?(?:Block|Cellblock|Wing|Ward|Building|Hall|Terminal|Unit"
    r"|Section|Sector|Zone|Pavilion|Tower|Camp|Level)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})(?![\w.])"
)
"""Right after a count and its noun: a unit of a site named by a letter or a number ("the
40 inmates *in Block C*", "*on Ward 4*"): the count is that unit's, a part."""

REST_WORDS: tuple[str, ...] = ("remaining", "other")
"""The words of INCREMENT_WORDS for the rest of a set ("the *remaining* three"): always a
part of the set told of before."""

PARTITIVE_WHOLE_BEFORE: str = (
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|dozens|hundreds|thousands|many|most|some|several|half|none"
    r"|few|each|thirds?|quarters?|fifths?|tenths?))"
    r"\s+of\s+(?:the|its|their|his|her|our|these|those)(?:\s+[a-z-]+(?:['’]s)?){0,2}\s+\Z"
    r"|\d\s+of\s+\Z"
    # a part of a number word with no article ("is *one of* three ferries")
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+\Z"
    r"|^\W*(?:of|among)\s+(?:the|those|its|their|his|her)\s+\Z"
)
"""The words right before a number that make it the whole set a part is taken from ("150
*of the village's* 1,800 residents were killed", "52 *of* 151 seats", "*Of the* 104 people
who fell ill, 23 were hospitalized"); not "all of": that
part is the whole set ("all of the school's 520 students were evacuated"). See the German
file."""
