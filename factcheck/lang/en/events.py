"""English: words that announce events, by event type. See the German file."""

EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": ("meet", "met ", "met,", "met.", "summit", "talks with"),
    "visit": ("visit", "trip", "tour of", "toured", "stay in"),
    "arrival": ("arrive", "arrival", "landed in", "touched down"),
    "departure": (
        "depart",
        "left ",
        "leave",
        "leaving",
        "travel on",
        "travelled on",
        "traveled on",
        "fly on",
        "flew on",
        "head to",
        "headed to",
    ),
    "signing": ("sign", "agreed", "agree on", "concluded"),
}

# a stem above starts them, but they announce no event
EVENT_TRIGGER_EXCEPTIONS: tuple[str, ...] = (
    "department",
    "visitor",
    "tripl",
    "signal",
    "signific",
    "signature",
    "signage",
    # "met" starts them ("360 *metres* long"): no meeting
    "metre",
    "meter",
    "metro",
    "metal",
    "method",
    "meteor",
)

LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("in", "at", "near", "on")
ADJECTIVE_PLACE_PREPOSITIONS: tuple[str, ...] = ("at", "in the", "in")
DIRECTIONAL_PREPOSITIONS: tuple[str, ...] = ("to", "for")
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("from",)
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("to",)

DELIVERY_VERBS: tuple[str, ...] = (
    "deliver",
    "ship",
    "sent",
    "send",
    "suppl",
    "export",
    "transfer",
    "provid",
    "gave",
    "give",
    "transport",
)
RECEIVE_VERBS: tuple[str, ...] = ("receiv", "got", "obtain", "import", "bought", "buy", "acquir")

SINCE_EVENT: str = r"since\s+(?:this|that|the|the\s+last)\s+(?:meeting|visit|summit|trip)"
"""A "since" that points back to the event named before ("since that meeting")."""

# -- clock times of events ("gave way shortly after 1:30 a.m.") --------------------------
CLOCK_PATTERN: str = (
    r"(?<![\w:.])(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)"
    r"|(?<![\w:.])(?P<h24>[012]?\d):(?P<m24>[0-5]\d)(?=\s*(?:GMT|UTC)\b)"
)
"""A clock time: "1:30 a.m.", "2 a.m.", "10:22 p.m.", British "10.15am", "01:17 GMT".
Groups: ``h``/``m`` with ``ampm``, or ``h24``/``m24``."""
CLOCK_PM: tuple[str, ...] = ("p",)
"""The first letter of the afternoon marker (p.m.)."""
CLOCK_WORDS: dict[str, int] = {"midnight": 1440, "noon": 720}
"""Words that stand for a clock time on their own ("*by midnight*, about 120 firefighters
were at the scene"), in minutes after the day's start; midnight ends its day ("shortly
before midnight" is late that evening); "midday" is a part of the day."""
SOON_AFTER: tuple[str, ...] = (
    "seconds later",
    "moments later",
    "minutes later",
    "shortly afterwards",
    "shortly afterward",
    "soon afterwards",
    "a moment later",
)
"""Words opening the clause after a clock time's that tell its moment came right after it.
See the German file."""
CLOCK_HEDGES: dict[str, tuple[str, ...]] = {
    "approx": ("around", "about", "at about", "at around", "approximately", "roughly",
               "at roughly", "some time around"),
    "after": ("shortly after", "just after", "soon after", "a little after"),
    "before": ("shortly before", "just before", "a little before"),
    # a deadline met ("brought under control *by* 9:30 p.m."): at that time or before it
    "by": ("by",),
    "exact": ("at",),
}  # fmt: skip
"""The words before a clock time that hedge it (longest first when read)."""
CLOCK_ZONES: dict[str, str] = {
    "local time": "local", "gmt": "UTC", "utc": "UTC", "eastern time": "US-Eastern",
    "edt": "US-Eastern", "est": "US-Eastern", "et": "US-Eastern", "pacific time": "US-Pacific",
    "pdt": "US-Pacific", "pst": "US-Pacific", "bst": "UK", "cet": "CET", "cest": "CET",
    "central time": "US-Central", "cdt": "US-Central", "cst": "US-Central",
    "mountain time": "US-Mountain", "mdt": "US-Mountain", "mst": "US-Mountain",
    "london time": "UK", "british time": "UK", "uk time": "UK",
}  # fmt: skip
"""Zone words after a clock time, folded, and the zone they name ("local": the place's)."""
CLOCK_EVENTS: dict[str, tuple[str, ...]] = {
    "collapse": ("collapsed", "collapse", "gave way", "came down", "caved in", "fell down",
                 "breached", "burst",  # a levee or a dam failing
                 # ice that broke under people ("fell through the ice at about 2:30 p.m.");
                 # not "broke through": rescuers break through rubble
                 "fell through",
                 # pylons that buckled under ice ("eleven pylons buckled at about 5:40 a.m.")
                 "buckled",
                 # a structure that fell onto something ("the gantry *fell onto* the
                 # carriageway at 4.35pm"); not "fell" alone, said of prices and levels
                 "fell onto", "fell on to", "crashed down", "came crashing down"),
    "start": ("began", "begun", "started", "set off", "went under", "left",
              "departed", "launched", "got under way", "got underway", "kicked off",
              "walked out", "walked off the job", "went on strike", "erupted", "lifted off",
              "liftoff", "lift-off", "took off", "takeoff", "left the pad", "ground stop"),
    # a fire starting ("a transformer *caught fire* at 3:52 p.m.", "the blaze *broke out*
    # shortly after 4 a.m."): a start, and the first of a fire's moments (concepts.
    # MOMENT_ORDER)
    "outbreak": ("broke out", "caught fire", "burst into flames", "went up in flames"),
    # a tornado forming, or a plane landing: the same word, one moment of either story
    "touchdown": ("touched down", "touching down", "touchdown"),
    "contact_lost": ("lost contact", "last message", "last contact", "lost communication",
                     "contact was lost", "last heard"),
    "strike": ("struck", "hit", "shook", "jolted",
               # an impact ("before *hitting* the buffers at 6:51 a.m.")
               "hitting"),
    "derailment": ("derailed", "derailment", "jumped the tracks", "left the tracks",
                   "left the rails", "came off the rails", "came off the tracks",
                   "went off the rails"),
    # a vessel that sank ("The ferry sank on Friday, July 10"); not the German "sank",
    # which a falling level says as often
    "capsize": ("capsized", "overturned", "sank"),
    # a vessel that ran aground ("ran aground at about 4:30 a.m.")
    "grounding": ("ran aground", "run aground", "went aground", "runs aground", "grounded",
                  "sandbank", "sandbar"),
    # an avalanche or a slope that came down ("the slab broke loose at 11:20 a.m.")
    "slide": ("slid", "broke loose", "broke away", "came loose"),
    # a slope that came down, by its noun: a dated moment ("Wednesday night's *mudslide*");
    # not "slide" nor "landslide", said of prices and elections as often
    "landslide": ("mudslide", "mudslides", "rockslide", "rockslides", "landslip",
                  "landslips"),
    # the power failing ("the power went out at 3:12 a.m.")
    "outage": ("power went out", "lost power", "power failed", "went dark", "blackout"),
    "explosion": ("exploded", "explosion", "blast", "blast went off", "imploded", "implosion",
                  "blew up"),
    "landfall": ("made landfall", "landfall", "came ashore", "moved ashore", "roared ashore"),
    "alarm": ("emergency call", "emergency calls", "911 call", "999 call", "was alerted",
              "were alerted", "raised the alarm", "sounded the alarm", "alarm was raised",
              "mayday", "distress call", "distress signal", "sos", "was reported",
              # first noticed ("the leak was *first reported* at 12:20 p.m.", "the attack
              # *was detected* shortly after 3:30 a.m.")
              "was first reported", "were first reported", "first reported", "was detected",
              "were detected", "was first detected", "was first spotted", "alert was raised",
              "first alert",
              # an alarm system going off ("the alarm went off at 3:47 a.m.")
              "alarm went off", "alarm sounded", "alarm was triggered", "triggered the alarm",
              "tripped the alarm", "alarm system",
              # a fire alarm ("the fire alarm went off shortly after 3 a.m.")
              "fire alarm", "smoke alarm", "smoke detector",
              # a call for help, and the crews called out by it ("The group leader *called
              # 911* at 3:40 p.m.", "firefighters *were called* at 2.17am", "received the
              # *first call* at 3.17am")
              "called 911", "called 999", "called 112", "dialled 999", "dialed 911",
              "called for help", "call for help", "first call", "were called", "was called",
              "were called out", "was called out", "call came in", "received a call",
              "received the call"),
    "crest": ("crested", "crest"),  # a flood's highest level ("the river crested at 2 a.m.")
    # a demand's or a load's highest point ("demand peaked at 6:45 p.m.")
    "peak": ("peaked", "reached its peak", "hit its peak", "at its peak"),
    "opening": ("opened", "was founded", "were founded", "was built", "were built",
                "was inaugurated", "went into operation", "went into service",
                # a participle set off by commas ("the bridge, *built in* 1968,", "*Built in*
                # 1986, the bridge")
                "built in"),
    # an accident, whichever: the kind its article names first (concepts.ACCIDENT)
    "accident": ("accident",),
    # when something was noticed ("the empty cell was discovered at 5:45 a.m."), the
    # all-clear
    "discovery": ("discovered", "noticed",
                  # found by someone ("the utility first *detected* the intrusion on Oct.
                  # 19"; the passive "was detected" is an alarm)
                  "detected"),
    "all_clear": ("all-clear", "all clear", "defused", "declared the threat over",
                  "threat was over", "lifted the warning", "warning was lifted",
                  "warnings were lifted", "cancelled the warning", "canceled the warning"),
    # a fire brought under control or put out ("declared under control at 1:40 p.m."): its
    # end, no start
    "contained": ("under control", "contained", "extinguished", "put out", "was out",
                  "declared out"),
    # an evacuation ("the school was evacuated at about 10.15am")
    "evacuation": ("evacuated", "evacuation"),
    "crash": ("crashed", "crash", "plunged", "went off the road", "left the road", "veered off",
              # an aircraft that came down ("the helicopter went down at about 11:05 a.m.")
              "went down",
              "collided", "collision", "pileup", "pile-up",
              # a crane or a truck that toppled ("the crane toppled at about 2:20 p.m."); not
              # "overturned": a boat that overturned capsized
              "toppled", "tipped over",
              # a vehicle driven into people or into something ("a car *ploughed into*
              # spectators at 3:20 p.m.")
              "ploughed into", "plowed into", "careered into", "careened into",
              "slammed into", "smashed into", "drove into the crowd", "rammed"),
    # a pipe or a line an excavator damaged ("ruptured a gas main at 10:25 a.m.")
    "damage": ("damaged", "ruptured", "punctured", "severed"),
}  # fmt: skip
"""Words that say which moment a clock time in their clause gives: two outlets giving
two times for "the collapse" disagree; a start and a collapse are two moments."""

COMPOUND_MOMENTS: tuple[str, ...] = ()
"""None: English writes its compounds apart ("gas explosion")."""

FIRST_WORDS: tuple[str, ...] = ("first",)
"""Words that make a report the first one ("the *first* reports of dead fish")."""

REPORT_WORDS: tuple[str, ...] = (
    "report", "reports", "reported", "call", "calls", "emergency call", "sighting",
    "sightings", "sighted", "spotted", "noticed", "discovered", "alert", "alerted",
)  # fmt: skip
"""Words of reporting, alerting or noticing: after a word of FIRST_WORDS in the same
clause they give the moment of the first reports ("the first dead birds were *reported*
on Monday")."""

MOMENT_BREAKS: tuple[str, ...] = ("since", "when", "whereas", "while")
"""Words that open a clause about another moment: a date after one is not the first
reports' ("the first deaths reported *since* the dam was breached on Tuesday")."""

MOMENT_BACKGROUND: tuple[str, ...] = ("since", "by", "following")
"""Words that make the moment word right after them a past event behind what the sentence
tells ("six men have been trapped *since* a roof collapse", "trapped *by* a roof collapse
... were brought to the surface alive on Thursday evening"). See the German file."""

MOMENT_OBLIQUE: tuple[str, ...] = (
    "in", "on", "at", "by", "with", "from", "of", "to", "for", "into", "onto", "under",
    "during", "near", "despite", "amid", "through", "across", "without", "beneath",
)  # fmt: skip
"""Prepositions before a noun that is no subject of a moment ("the spire collapsed
*during the renovation*"); right before a moment word they make it a noun ("*in* the
collapse"), which befalls only what MOMENT_OF links to it. Not "after", "before",
"since": they also open a clause ("after the bridge collapsed")."""

MOMENT_ARTICLES: tuple[str, ...] = ("the", "a", "an")
"""Articles that make the moment word right after them a noun ("*the* collapse")."""

MOMENT_OF: tuple[str, ...] = ("of",)
"""Words that link a moment noun to what it befell ("the collapse *of* the tower")."""

NOT_REPORTED: tuple[str, ...] = (
    "time", "day", "week", "month", "year", "hour", "minute", "half", "round", "quarter",
)  # fmt: skip
"""Nouns after "first" that are not what was reported ("for the *first time*", "on the
*first day*")."""
