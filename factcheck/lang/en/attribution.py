"""English: how attribution and modality are written. See the German file for the meaning
of each table."""

SOURCE_BEFORE: tuple[str, ...] = (
    "according to",
    "citing",
    "quoting",
    "as reported by",
    "quoted by",
    # a figure's agent: "the 40,000 *counted by* police", "a crowd *estimated by* organisers"
    "counted by",
    "estimated by",
    # "per the state health department" (not "per day", "per cent": the article is required)
    "per the",
    # whose figures: "figures released by the ministry show", "data from the agency"
    # ("a *tally by* the AP"; after "according to" whole, or that marker would take the
    # noun as its source: "according to *combined figures from* the government")
    *(
        f"{lead}{noun} {link}"
        for lead in (
            "",
            *(f"according to {adj}" for adj in ("", "official ", "combined ", "latest ")),
        )
        for noun in ("figures", "data", "statistics", "estimates", "tally", "count")
        for link in ("from", "by", "released by", "published by", "compiled by")
    ),
)

SOURCE_AFTER: tuple[str, ...] = ()

CITING_MARKERS: tuple[str, ...] = ("citing", "quoting")

SPEECH_VERBS: tuple[str, ...] = (
    # "..., with organisers claiming 300,000 attended"
    "claiming",
    "saying",
    "estimating",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "announced",
    "announces",
    "reported",
    "reports",
    "wrote",
    "writes",
    "warned",
    "warns",
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "added",
    "adds",
    "estimated",
    "estimates",
    "accused",
    "accuses",
    "denied",
    "denies",
    "insisted",
    "noted",
    "explained",
)

FINDINGS_WORDS: tuple[str, ...] = (
    "findings",
    "intelligence",
    "report",
    "reports",
    "study",
    "estimates",
    "data",
    "figures",
    "documents",
)

ROLE_WORDS: tuple[str, ...] = (
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "chancellor",
    "leader",
    "dictator",
    "chief",
    "secretary-general",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "ambassador",
    "general",
    "commander",
    "expert",
    "analyst",
    "observer",
    "premier",
    "prime minister",
    "mayor",
    "governor",
    "senator",
    "official",
    "officer",
    "aide",
    # offices that speak in local news ("Sheriff Jane Doe", "the county coroner")
    "commissioner", "sheriff", "coroner", "director", "superintendent", "inspector",
    "manager", "captain", "deputy", "representative", "prosecutor", "administrator",
    "executive", "lawmaker", "legislator", "councillor", "councilor", "coordinator",
    "researcher", "scientist", "professor", "economist", "investigator", "marshal",
    "examiner",
    # people who speak for what they saw or lived ("witnesses said", "the family said")
    "witness", "witnesses", "resident", "residents", "relatives", "family", "neighbour",
    "neighbours", "neighbor", "neighbors", "survivor", "survivors", "doctor", "doctors",
    "lawyer", "lawyers", "attorney", "attorneys",
)  # fmt: skip

BARE_SPEAKERS: tuple[str, ...] = (
    "spokesman", "spokeswoman", "spokesperson", "a spokesman", "a spokeswoman",
    "a spokesperson", "its own count", "its own figures", "its figures", "their figures",
    "its count", "their count", "their own count", "its own estimate", "their own figures",
)  # fmt: skip
"""Speakers that name no organisation: they speak for the one the sentence before names."""

ORG_WORDS: tuple[str, ...] = (
    "ministry",
    "government",
    "authorities",
    "army",
    "military",
    "general staff",
    "intelligence",
    "police",
    "prosecutors",
    "kremlin",
    "pentagon",
    "council",
    "commission",
    "administration",
    "armed forces",
    "navy",
    "institute",
    "organisation",
    "organization",
    "office",
    "department",
    "parliament",
    "party",
    "court",
    "agency",
    "authority",
    "organisers",
    "organizers",
    "organiser",
    "organizer",
    "union",
    "unions",
    "campaign group",
    "fire department",
    "fire service",
    "county",  # "..., the county said" (not "city", "state": "capacity", "estate")
    "audit office",
    "auditor",
    "auditors",
    "company",
    "operator",
    "coast guard",
    "watchdog",
    "hospital",
    "officials",
    "rescuers",
    "rescue workers",
    "emergency services",
    # bodies that speak for themselves in news ("..., the airline said"); no word that
    # ends common nouns of place or time ("center", "service", "board", "bank", "group")
    "airline",
    "airlines",
    "airport",
    "railway",
    "railroad",
    "carrier",
    "utility",
    "utilities",
    "firm",
    "insurer",
    "insurers",
    "manufacturer",
    "bureau",
    "committee",
    "federation",
    "association",
    "foundation",
    "charity",
    "regulator",
    "regulators",
    "embassy",
    "observatory",
    "university",
    "college",
    "investigators",
    "firefighters",
    "paramedics",
)

ORG_WHOLE_WORDS: tuple[str, ...] = ("city", "state")
"""Bodies that speak only as a whole word ("..., the *city* said"): common nouns end like
them ("capacity", "estate")."""

COMPANY_DESCRIPTORS: tuple[str, ...] = (
    "maker", "company", "firm", "giant", "group", "retailer", "manufacturer", "producer",
    "supplier", "carrier", "airline", "insurer", "lender", "bank", "operator", "provider",
    "conglomerate", "startup", "start-up", "chain", "broadcaster", "publisher", "utility",
    "brewer", "shipper", "shipbuilder", "platform", "distributor", "exporter", "importer",
    "refiner", "contractor", "fund", "outfit", "subsidiary",
)  # fmt: skip
"""Endings of a lower-case noun that describes a firm before its name: "*Semiconductor
maker* Norvex said", "*Carmaker* Volkswagen said", "utility *company* Evergy said": the
capitalised name after it is the organisation that speaks."""

MEDIA_WORDS: tuple[str, ...] = (
    "news agency",
    "agency",
    "newspaper",
    "state media",
    "media",
    "broadcaster",
    "television",
    "tv",
    "paper",
    "outlet",
    "magazine",
)

MEDIA_TITLE_WORDS: tuple[str, ...] = (
    "times",
    "post",
    "tribune",
    "herald",
    "journal",
    "gazette",
    "telegraph",
    "chronicle",
    "daily",
    "press",
    "news",
    "wire",
    "radio",
)

GOVERNMENT_WORDS: tuple[str, ...] = (
    "ministry",
    "government",
    "kremlin",
    "pentagon",
    "general staff",
    "army",
    "military",
    "armed forces",
    "navy",
    "intelligence",
    "authorities",
    "department",
    "officials",
)

MODALITY: dict[str, tuple[str, ...]] = {
    "alleged": ("allegedly", "reportedly", "purportedly", "suspected", "alleged", "apparently"),
    "denied": ("denied", "deny", "denies", "rejected", "dismissed"),
    "planned": (
        # a threat, a penalty faced ("16,000 nurses had threatened to strike", "faces up to
        # 10 years in prison"): nothing that happened
        "threatened to",
        "threatening to",
        "threaten to",
        "threatens to",
        "faces up to",
        "face up to",
        "will",
        "plans",
        "planned",
        "plan",
        "scheduled",
        "intends",
        "expected",
        "expects",
        "expect",
        "expecting",
        "anticipate",
        "anticipates",
        "anticipated",
        "predicted",
        "predicts",
        "predict",
        # an expectation ("the gauge is likely to fall to 65 centimetres by Friday")
        "likely to",
        # "due" itself is mostly causal ("30 deaths due to the storm")
        "is due",
        "are due",
        "was due",
        "were due",
        "due to be",
        "due to begin",
        "due to start",
        "due to open",
        "due to arrive",
        "due to take",
        "due to meet",
        "due to vote",
        "due for",
        # "33 hostages *are to be* freed", "the deal *foresees* the release of 33"
        "are to be",
        "is to be",
        # "Harwell & Finch is to close 32 stores": a plan announced
        "is to",
        "are to",
        "foresees",
        "envisages",
        # a proposal: nothing decided yet ("the paper proposes closing 17 schools")
        "proposes",
        "proposed",
        "propose",
        # a company's outlook: "guided for revenue of $28 billion", "its guidance"
        "guided",
        "guidance",
        "outlook",
        # a goal ("a target of 400,000 homes a year"); not "struck 50 targets"
        "target of",
        "targets of",
        "goal of",
        "aims to",
        "aim to",
        "aiming to",
        "aimed to",
        "forecast",
        "forecasts",
        "projected",
        "anticipated",
        "had registered",
        "registered for",
    ),
    "hypothetical": (
        "could",
        "might",
        "may",
        "if",
        "possibly",
        "perhaps",
        "would",
        # what something can do is no count of what it did ("it can cover training for
        # about 400 workers", "symptoms can last 7 to 14 days"); not "can confirm"
        "can be",
        "can cover",
        "can hold",
        "can accommodate",
        "can carry",
        "can take",
        "can last",
        "can reach",
        "can cost",
        "can affect",
        "can serve",
        "can house",
        "can seat",
        "can handle",
        "can support",
        "can provide",
        "can expect",
        # what a kind of thing can grow to ("adult pilot whales can grow up to 6 metres
        # long"): no measure of the one at hand
        "can grow",
        "can weigh",
        "can measure",
        "can live",
        "can exceed",
        "can stretch",
    ),
    "estimated": ("estimated", "estimates", "estimate", "an estimated"),
    # a future told in the past: "the company said 300 jobs would go" plans
    "backshift": ("would",),
}

SUBJUNCTIVE: tuple[str, ...] = ()

PLANNED_EVENT_VERBS: tuple[str, ...] = (
    "take place",
    "sign",
    "meet",
    "travel",
    "arrive",
    "visit",
    "leave",
)

BACKWARD_SOURCE: str = r"\W*(?:That|This)(?:'s|’s|\s+is|\s+was)\s+according\s+to(?![\w-])"
"""A sentence opening that gives its source to the sentence before ("The fire caused $2
million in damage. *That's according to* the fire department.")."""

SPEAKER_ADVERBS: tuple[str, ...] = (
    "also", "later", "now", "earlier", "previously", "separately", "initially", "originally",
    "subsequently", "still", "then", "again", "first", "further", "already", "meanwhile",
    "since", "recently", "officially", "publicly", "repeatedly", "jointly", "additionally",
    "finally", "yesterday", "today", "last", "too",
)  # fmt: skip
"""Adverbs between a speaker and its verb ("Police *later* said", "The ministry *also*
said"): no part of the speaker's name."""

PERFECT_AUXILIARIES: tuple[str, ...] = ("has", "had", "have")
"""Finite auxiliaries between a speaker and its reporting verb ("the agency had earlier
said", "officials have now confirmed")."""

AUXILIARY_BEFORE_SPEAKER: bool = False
"""English keeps the speaker before its auxiliary ("the agency had earlier said")."""

SUBJECT_ONLY_VERBS: tuple[str, ...] = (
    "accused", "accuses", "accuse", "blamed", "blames", "put the number", "put the toll",
    "put the figure", "put the crowd", "counted", "puts the number", "puts the toll",
    "put attendance", "put turnout", "put the death toll", "put the cost", "put the damage",
    "put damage", "put losses", "puts the cost", "puts the damage",
    "saying", "claiming", "estimating",
    # "the final count confirmed the Social Democrats as the largest party": an object
    "confirmed", "confirms", "announced", "announces", "denied", "denies",
    # the noun after "told" is who heard it ("officials told residents within 2 miles of
    # the plant to shelter"); a medium after it is read by VIA_MARKERS ("told Reuters")
    "told", "tells",
)  # fmt: skip
"""Reporting verbs whose following noun is the object, not the speaker; a participle's
noun after it is the subject of what is said ("the governor spoke, *saying the state*
had drawn $100 billion"): its speaker stands before it."""

PAST_TENSE_WORDS: tuple[str, ...] = (
    "had", "was", "were", "did", "met", "arrived", "visited", "signed", "left", "went",
    "came", "took", "said", "told", "last", "gave", "rose", "fell", "found", "struck",
    "began", "broke", "brought", "held", "kept", "led", "lost", "paid", "ran", "saw",
    "sent", "spoke", "stood", "thought", "won", "wrote", "knew", "got", "became", "drove",
    "flew", "grew", "swept", "tore", "threw", "shook", "sank", "froze", "hid",
    # more irregular pasts of news ("Arsenal *beat* Chelsea on Saturday" is in PLAIN_PAST)
    "fought", "caught", "built", "sold", "bought", "drew", "fled", "chose", "spent", "felt",
    "heard", "made", "sought", "blew", "stole", "withdrew", "underwent", "shot", "rode",
    "woke", "overtook", "slid", "sprang",
)  # fmt: skip
"""Words of a past-tense sentence: bare weekdays and months in it point back in time."""

PLAIN_PAST_WORDS: tuple[str, ...] = (
    "hit", "cut", "hurt", "spread", "burst", "shut", "beat", "quit",
    # a ship or a party that left ("which *set sail* on February 13")
    "set sail", "set off", "set out",
)  # fmt: skip
"""Past forms written as the present ("the thermometer *hit* 45.3C on Monday"): past in a
sentence with no plan cue ("temperatures *will* hit 46C on Monday" points ahead)."""

PAST_TENSE_ENDINGS: tuple[str, ...] = ("ed",)
"""Endings of past-tense words ("arrived", "reported")."""

PAST_TENSE: str = ""
"""No other past-tense construction."""

VIA_MARKERS: tuple[str, ...] = ("in an interview with", "told")
"""Phrases after a reporting verb that name the medium a speaker talked to."""

PRESS_AUDIENCE: tuple[str, ...] = (
    "reporters", "journalists", "news conference", "press conference", "briefing",
    "news briefing", "press briefing", "lawmakers", "parliament",
)  # fmt: skip
"""Words for the press or the audience a speaker talks to ("told *reporters*", "told a
*news conference*"): an audience, never a source ("media" that report are one)."""

FINDINGS_MARKER: str = "according to"
"""The preposition of findings sources ("according to US intelligence")."""

FINDINGS_OWNER_WORDS: tuple[str, ...] = ("of", "from", "by")
"""Words after a findings word that name whose findings they are ("according to figures
*from* the ministry", "a report *by* The New York Times")."""

SOURCE_PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "of")
"""Prepositions that give a source's country by a place ("officials *in* Kyiv")."""

REVISION_WORDS: tuple[str, ...] = (
    "corrected",
    "correction",
    "correcting",
    "revised",
    "revising",
    "revision",
    "official",
    "officially",
    "final count",
    "final tally",
    "final figure",
    "final toll",
)
"""Words that present a figure as a correction of an earlier one, matched case-insensitively
at the start of a word; an entry ending in ``*`` also matches longer words."""


EPISTEMIC_STATE: str = (
    r"(?<![\w-])likely\s+to\s+(?:have|be\s+(?:around|about|roughly|some|more|less|fewer|"
    r"higher|lower|well|far|much|over|under|nearly|almost|close|at|in|as|between|up))(?![\w-])"
)
""""likely to have" guesses at what has happened, "likely to be" with a hedge or a level at
how things stand ("the damage was *likely to be around* £18 million"): an estimate. "likely
to cut 300 jobs" stays a plan."""

DETERMINERS: frozenset[str] = frozenset(
    ("against", "over", "despite", "about", "for", "with", "of", "the", "a", "an", "its",
     "their", "his", "her", "this", "that", "these")
)  # fmt: skip
"""Words (determiners, prepositions) before a plan or allegation cue that make it describe
the noun after it ("gegen die *geplante* Schließung", "the *planned* closure", "against
planned cuts", "treated for *suspected* smoke inhalation"): such a cue plans or alleges a
figure only inside its own noun phrase ("die geplanten 77 Millionen Euro")."""

REFUSED_PROPOSALS: tuple[str, ...] = (
    "offer", "contract", "proposal", "deal", "agreement", "bid", "settlement", "plan",
    "package", "pay",
)  # fmt: skip
"""Nouns of a proposal after a denial cue: a refusal, no denial. See the German file."""

PLAN_INFINITIVE: tuple[str, ...] = ("to",)
"""Words right after a plan cue that open what is planned ("its plan *to* raise ...")."""

PASSIVE: str = ""
"""Unused in English: "will" is never a passive auxiliary (see the German file)."""

HEARSAY: str = ""
"""Unused in English: hearsay has words of its own ("allegedly", "reportedly"), no modal
that also plans (see the German file)."""

EPISTEMIC_PAST: str = (
    r"(?<![\w-])(?:may|might)(?:\s+(?:well|already|also))?\s+have\s+[a-z]+(?![\w-])"
)
""""may/might have" and a participle guess at what has happened ("up to 9,500 barrels *may
have leaked*", "as many as 40 people *might have been* aboard"): an estimate. Not "could
have", which in English mostly tells what did not happen ("the blast *could have killed*
hundreds")."""
