"""The kinds of people an age is given for, and what tells two of a kind apart. Part of
:mod:`factcheck.lang.en.nouns`, which passes the names on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

AGE_PERSONS: dict[str, tuple[str, ...]] = {
    "boy": ("boy",),
    "girl": ("girl",),
    "baby": ("baby", "infant"),
    "child": ("child",),
    "man": ("man",),
    "woman": ("woman",),
    "driver": ("driver", "motorist", "train driver", "bus driver", "truck driver"),
    "pilot": ("pilot",),
    "suspect": ("suspect", "gunman", "attacker", "shooter", "assailant"),
    "student": ("student", "pupil"),
    "mother": ("mother",),
    "father": ("father",),
    "resident": ("resident",),
    "neighbour": ("neighbor", "neighbour"),
    "defendant": ("defendant",),
    "victim": ("victim",),
    "tourist": ("tourist", "holidaymaker", "vacationer", "camper"),
    "hiker": ("hiker", "climber", "mountaineer", "skier"),
    "sailor": ("sailor", "seaman", "seafarer", "crew member", "crewman", "deckhand",
               "fisherman"),
    # who commands a vessel or leads a party: one to a boat, one to a group ("the
    # 45-year-old *skipper*", "the 66-year-old *trip leader*")
    "captain": ("captain", "skipper", "master"),
    "leader": ("leader", "trip leader", "group leader", "tour leader", "guide",
               "mountain guide", "tour guide"),
    # a child of their parents, of any age ("her 12-year-old *son*")
    "son": ("son",),
    "daughter": ("daughter",),
    "worker": ("worker", "employee", "miner", "labourer", "laborer"),
    "teacher": ("teacher", "instructor"),
    # tradespeople, each trade a kind of its own (see the German file)
    "scaffolder": ("scaffolder",),
    "carpenter": ("carpenter", "joiner"),
    "roofer": ("roofer",),
    "electrician": ("electrician",),
    "bricklayer": ("bricklayer",),
    "welder": ("welder",),
    "crane_operator": ("crane operator",),
    "technician": ("technician", "stage technician", "lighting technician"),
    "mechanic": ("mechanic",),
    # whose the boat, the house, the shop is ("the 63-year-old *owner*")
    "owner": ("owner", "boat owner", "homeowner", "home owner", "shop owner", "landlord"),
}  # fmt: skip
"""Kinds of people an age is given for. See the German file."""

AGE_PERSON_GENDERS: dict[str, tuple[str, ...]] = {}
"""Unused in English: its words for a kind of person name no gender (see the German
file; "woman" and "man" are kinds of their own)."""

AGE_PERSON_MODIFIERS: frozenset[str] = frozenset(
    {"car", "truck", "lorry", "tanker", "pickup", "van", "bus", "coach", "minibus", "train",
     "tram", "taxi", "cab", "motorcycle", "motorbike", "tractor", "forklift", "crane",
     "delivery", "ambulance", "boat", "ferry", "helicopter", "plane", "jet", "glider",
     "balloon", "lead"}
)  # fmt: skip
"""Words right before a kind of person that tell two of that kind apart ("the *tanker*
driver", "the *pickup* driver"): what they drive or fly."""

AGE_PERSON_ORDINALS: dict[str, str] = {"second": "other", "other": "other"}
"""See the German file ("the *second* driver", "the *other* driver")."""

AGE_PERSON_OWNER_LINKS: tuple[str, ...] = ("of the", "of a", "of an")
"""See the German file ("the driver *of the* lorry")."""

AGE_NOUN_FORMS: tuple[tuple[str, str, str], ...] = ()
"""English ages standing as nouns ("the 67-year-old") do not say the person's gender."""
