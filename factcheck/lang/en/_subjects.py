"""What a measure with no noun of its own measures: the words in its clause that name
it. Part of :mod:`factcheck.lang.en.nouns`, which passes the name on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

MEASURE_SUBJECTS: dict[str, tuple[str, ...]] = {
    "water_level": ("rose", "risen", "rising", "gauge*", "water level*", "crest*", "river level*",
                    "peak level*"),
    "height": ("high", "tall", "height",
               # how far above the ground something happened ("about 30 feet above the ground")
               "above the ground", "above ground"),
    "fall": ("fell", "plunged", "plummeted", "tumbled", "dropped", "drop",  # "fell about 100 feet"
             # how far below a road a vehicle ended ("came to rest about 40 metres below the
             # road", "rolled 140 metres down the slope")
             "below the road", "below the roadway", "down the slope",
             "down a slope", "down the embankment", "down an embankment", "into a ravine",
             "into the ravine", "down a ravine"),
    "width": ("wide", "width", "widened", "widening"),  # "the breach *widened* to 50 metres"
    "length": ("long", "length"),
    # a jam is nothing but a length ("the tailback was eight miles long")
    "jam": ("tailback", "tailbacks", "traffic jam", "traffic jams", "gridlock"),
    "depth": ("deep", "depth"),
    # where something lies below the surface ("trapped 300 meters underground"), not how
    # deep a thing reaches ("the cave reaches a depth of 420 metres")
    "below_surface": ("underground", "below the surface", "below ground", "beneath the surface"),
    "diameter": ("diameter", "in diameter"),
    "thickness": ("thick", "thickness"),  # a pipe's is its diameter (GLUED_LENGTH_SUBJECTS)
    "radius": ("radius", "exclusion zone"),
    # how far something drifted ("the ferry drifted about 300 metres downstream")
    # how far a thing moved on its own ("drifted", a runaway bus that "rolled about 300
    # metres down the hill")
    "drift": ("drifted", "drifting", "drift", "rolled", "rolling"),
    "visibility": ("visibility", "visibility of", "could see"),
    "weight": ("weighs", "weighed", "weighing", "weight", "heavy"),
    "cost": ("cost", "costs", "costing",
             # what mending it takes ("put the *repair bill* at £38 million", "£28 million
             # *for the repairs*"; not "repairs" alone: "repairs to a 40-metre stretch")
             "repair bill", "repair bills", "repair cost", "repair costs", "for the repairs",
             "for repairs", "for the repair",
             # what a thing was built or bought for ("which was *installed for* $58 million")
             "built for", "installed for", "constructed for", "bought for", "purchased for",
             "acquired for"),
    # what a renovation cost ("the pool was *renovated* in 2019 for $4.6 million")
    "renovation": ("renovated", "renovation", "refurbished", "refurbishment", "modernised",
                   "modernized", "modernisation", "modernization", "revamp", "revamped"),
    # what a plan is to save ("the cuts would save $1.2 billion a year")
    "savings": ("save", "saves", "saving", "savings", "cost savings"),
    "damage": ("damage", "caused damages", "damages estimated"),
    "loot": ("stole", "stolen", "steal", "stealing", "haul", "loot", "got away with",
             "made off with", "escaped with", "embezzled", "embezzling", "siphoned", "siphoning",
             "misappropriated", "diverted", "swindled", "defrauded"),
    "deficit": ("deficit", "deficits", "shortfall", "budget gap", "funding gap"),
    "spending": ("spending", "expenditure", "expenditures", "outlays"),
    # a company's results ("revenue rose 16% to $10.25 billion", "net income of $1.87 billion")
    "revenue": ("revenue", "revenues", "sales", "turnover"),
    # (not a loss: "a loss of $820 million" and "a profit of $310 million a year earlier"
    # are two figures, and a disaster's losses no subject, see the docs)
    "profit": ("profit", "profits", "net income", "net profit", "earnings"),
    "wage": ("wage", "wages", "hourly earnings", "weekly earnings", "salary", "salaries"),
    # what a home costs to rent ("average asking rents rose to $2,100 a month")
    "rent": ("rent", "rents", "asking rent*", "rental price*", "rent price*"),
    "inflation": ("inflation", "consumer prices", "consumer price index"),
    "core_inflation": ("core inflation", "core consumer prices", "core CPI", "core rate"),
    "unemployment": ("unemployment", "unemployment rate", "jobless rate"),
    "turnout": ("turnout", "voter turnout"),
    "interest_rate": ("interest rate*", "key rate", "benchmark rate", "policy rate"),
    "epicentre": ("epicentre", "epicenter"),  # "its epicentre was 62 km northwest of Arequipa"
    "surge": ("surge", "surges", "storm surge*"),
    "fine": ("fined", "fine", "fines", "penalty", "penalties"),
    "reward": ("reward", "bounty"),
    "ransom": ("ransom", "ransoms"),
    # a transfer fee, the fee of a deal ("a fee of 85 million pounds")
    "fee": ("transfer fee", "transfer fees", "transfer sum", "fee", "fees"),
    # "damages" are what a court awards or a claimant seeks ("seek damages from the
    # manufacturer"), no estimate of the harm
    "compensation": ("compensation", "compensate*", "payout*", "damages"),
    "wind_speed": ("wind", "winds", "sustained winds", "wind speed*"),
    "gust": ("gust", "gusts", "wind gust*", "gusting", "gusted"),
    # how fast a vehicle went ("the tram was travelling at 30 mph"), never the limit it
    # broke ("in a 15 mph zone", "the speed limit of 15 mph")
    "speed": ("travelling at", "traveling at", "travelled at", "traveled at", "going",
              "speed", "speeds", "speeding", "sped", "raced", "racing", "fast",
              # how fast it hit ("struck the stopped train at about 15 km/h")
              "struck", "hit", "slammed", "crashed", "rammed", "collided"),
    "speed_limit": ("speed limit*", "limit", "limited to", "posted", "allowed", "permitted",
                    "zone", "restriction"),
    "temperature": ("temperature*", "thermometer*", "mercury", "heatwave", "heat wave"),
    # a body's temperature is no air temperature ("a body temperature of 107 degrees")
    "body_temperature": ("body temperature*", "core temperature*", "core body temperature*",
                         "body temp", "body temps"),
    # the night has values of its own ("overnight lows stayed above 80F")
    "night_temperature": ("overnight low*", "overnight temperature*", "nighttime low*",
                          "at night", "overnight"),
    # how long an event lasts ("the strike lasted 35 hours"); not "closed": schools, shops,
    # airports and roads close in one story, for durations of their own
    "strike": ("strike", "walkout", "stoppage"),
    "standoff": ("standoff", "stand-off", "siege", "hostage-taking"),
    "trial": ("trial is expected to last", "trial, which is expected to last", "trial lasted",
              "trial, expected to last", "trial will last", "trial is set to last"),
    # how long a match or a service stood still ("play was suspended for 20 minutes")
    # (not "suspended" alone: a suspended sentence, officers suspended for two weeks)
    "interruption": ("interrupted", "interruption", "suspended play", "play was suspended",
                     "halted play", "play was halted", "suspension of play", "stoppage of play"),
    # a contract's term ("a *term* of 27 months", "the deal *runs for* two years")
    "term": ("term", "runs for", "will run for", "contract", "contracts"),
    "outage": ("outage", "blackout", "without power",
               # "lost power for about 90 minutes", "without normal supply for 3 hours"
               "lost power", "loses power", "lose power", "power cut", "power failure",
               "loss of power", "without electricity", "without supply",
               "without normal supply", "without mains power",
               # heat and gas as power ("without heating for more than three days")
               "without heat", "without heating", "without gas"),
    # how long someone was stuck or under water ("was trapped for nearly two hours", "40
    # minutes under the ice")
    "trapped": ("trapped", "pinned",
                # "They had been *stuck* for nearly two hours"
                "stuck", "stranded"),
    "submerged": ("under the ice", "under water", "underwater", "submerged", "flooded"),
    # how long it took to free someone ("was freed after more than five hours")
    "rescue": ("freed", "rescued", "cut free", "pulled out", "pulled free", "extricated"),
    # how long it took to get everyone out or off ("The transfer took about 90 minutes",
    # "the operation to move everyone off the ferry took more than four hours")
    "evacuation": ("evacuation", "the transfer", "move everyone off", "get everyone off",
                   "bring everyone ashore", "get everyone out"),
    # a blood alcohol level ("a *breath test* showed 1.4 per mille")
    "blood_alcohol": ("alcohol", "blood alcohol", "breath alcohol", "breath test",
                      "breathalyser", "breathalyzer", "drunk"),
    # a reading of a gas or a substance ("recorded *readings* as high as 400 parts per
    # million"), when no word names what was measured
    "concentration": ("reading", "readings", "levels", "concentration", "concentrations"),
    # the area a fire burned or covers ("the fire had *scorched* 21,400 acres", "the Redhollow
    # *Fire* had grown to 12,400 acres"): an area only (concepts.SUBJECT_DIMENSIONS)
    "area": ("area", "areas", "fire", "fires", "wildfire", "wildfires", "blaze", "bushfire",
             "brush fire", "burned", "burnt", "scorched", "charred", "blackened"),
    # how long a fire burned (not "three days after the fire", "Fire officials said")
    "fire": ("burned for", "burning for", "burnt for", "raged for", "to put out", "to extinguish",
             # how long crews fought it ("fought the blaze for about three hours")
             "fought the blaze", "fought the fire", "battled the blaze", "battled the fire"),
    "prison_term": ("prison", "jail", "jailed", "imprisoned", "behind bars", "sentenced"),
}  # fmt: skip
"""What a measure with no noun of its own measures. See the German file."""

FALL_FROM: tuple[str, ...] = ("from", "from a", "from the")
"""Words right before a height (or its word, with the article) a fall set out from ("fell
*from* a height of about 10 metres"). See the German file."""

VALUE_HEADS: tuple[str, ...] = (
    "level", "levels", "concentration", "concentrations", "reading", "readings",
)  # fmt: skip
"""Words for a value that name nothing of their own ("carbon monoxide *levels* of up to
400 ppm" measures carbon monoxide). See the German file."""

HOLDER_TITLES: frozenset[str] = frozenset()
"""None: English puts such a word after the name, in lower case ("the GBL union")."""
