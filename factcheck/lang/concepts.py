"""Facts about the language-neutral concepts that counted nouns map to (shared by every
language: the packs' ``nouns.CONCEPTS`` map words to these keys)."""

CUMULATIVE_CONCEPTS: frozenset[str] = frozenset(
    {
        "dead", "injured", "seriously_injured", "lightly_injured", "arrest", "arrested",
        "casualties",
        "case", "suspected_case", "infection", "refugee", "border_crossing", "attack",
        "rescued", "released", "discharged", "tornado", "aftershock",
        # those treated by medics ("22 residents were treated"): more come in
        "patient",
    }
)  # fmt: skip
"""Concepts whose counts are running totals that may grow between dated reports (a
later lower figure is flagged: a running total cannot fall)."""

ORDINAL_FACET = "nth"
"""The facet of a content word that says which of several people of one kind a person is
(``nth:other``: "der *zweite* Fahrer", "the *other* driver")."""

FACET_DEFAULTS: dict[str, str] = {ORDINAL_FACET: "first"}
"""Facets whose value, when a content gives none, is still said: a person named without
"second" or "other" is the first one ("der 63 Jahre alte Fahrer" is not "der zweite
Fahrer"), so the facet tells the two apart though only one gives it
(``reconcile.heads.facets_differ``)."""

ROLE_FREE_PERSONS: frozenset[str] = frozenset({"driver", "pilot", "suspect"})
"""Kinds of person (the packs' ``nouns.AGE_PERSONS`` keys) that name one person of a story
whatever happens to them: their ages are compared whatever the verbs ("the driver was
detained", "the driver has been charged"); a boy who died and a boy who was hurt are two."""

YOUNG_KINDS: dict[str, str] = {"woman": "girl", "man": "boy"}
"""Kinds of person (the packs' ``nouns.AGE_PERSONS`` keys) a gendered age standing as a
noun names (the packs' ``nouns.AGE_NOUN_FORMS``), and the kind it names below
:data:`ADULT_AGE`: "die Zehnjährige" is a girl."""

ADULT_AGE = 18
"""The age from which a gendered age standing as a noun names a woman or a man."""

GROWING_MEASURES: frozenset[str] = frozenset({"money:damage", "measure:coast"})
"""Measures whose estimates grow as what they measure is assessed (the damage of a fire
or a storm) or spreads (the coastline a spill has reached: "about 12 miles of coastline"
on the first day, "about 50 kilometres of shoreline" days later): a later higher estimate
is an update, a later lower one is flagged."""

HARMED_AREA_ROLES: frozenset[str] = frozenset(
    {"destroyed", "damaged", "damaged_or_destroyed", "affected"}
)
"""Roles that make an area a growing measure ("1.800 Hektar Rebfläche *beschädigt*", "the
fire has *burned* 5,000 acres", "2,000 hectares *affected*"): what a fire, a storm or a
flood harmed is assessed over days, so a later larger area is an update and a later
smaller one is flagged, like :data:`GROWING_MEASURES`."""

SPREAD_CONCEPTS: frozenset[str] = frozenset(
    {"state", "country", "county", "district", "province", "oblast"}
)
"""Places counted as where something happened ("sickened nine people *in five states*"):
such a count right after a figure is that figure's spread, keyed by its concept first
("case:state"), never the count of the states a product was sold in."""

RECOVERING_CONCEPTS: frozenset[str] = frozenset({"seriously_injured", "lightly_injured"})
"""Running totals whose people may leave them again: the seriously injured of one day
recover (or die) by the next, so their count may fall somewhat between dated reports
(see :data:`factcheck.reconcile.readings.RECOVERY_SHARE`)."""

FOUND_DEAD_CONCEPTS: frozenset[str] = frozenset({"missing"})
"""Counts of people who leave them when found dead (the missing: "Vier Menschen werden noch
vermisst" in the morning, "zwei weitere Tote geborgen ... Zwei Bewohner werden noch
vermisst" that evening): a later count may fall by as many as the toll rose, with no word
of it needed (see :data:`DEATHS_PREFIX`)."""

DYING_CONCEPTS: frozenset[str] = frozenset({"injured", "seriously_injured", "hospitalised"})
"""Running totals of people some of whom may die: an official count of the injured leaves
out those who died of their injuries ("153 killed and 133 injured", a day later "154 dead
and 132 hurt"), so the count may fall by as many as the toll rose (see
:data:`DEATHS_PREFIX`)."""

DEATHS_PREFIX = "scope:deaths-"
"""Marks a count of :data:`DYING_CONCEPTS` with the toll its article gives beside it
(``scope:deaths-1``: "ein Todesopfer ..., drei Verletzte"): the toll in the same sentence,
else the article's first; set only by the extraction, read by the reconciliation."""

STILL_CONCEPTS: frozenset[str] = frozenset({"hospitalised", *RECOVERING_CONCEPTS})
"""Counts of people some of whom leave again: given as still so (the packs'
``figures.CURRENT_CUES``: "three people who *remained* in hospital", "liegen *noch* im
Krankenhaus") they are the rest of those once counted, a part (:data:`SUBSET_SCOPE`), not
the number taken to hospital or hurt."""

VOTED_FOR = "voted_for"
VOTED_AGAINST = "voted_against"
VOTE_ROLES: frozenset[str] = frozenset({VOTED_FOR, VOTED_AGAINST, "abstained"})
"""The sides of a tally (the packs' ``nouns.ROLE_CUES``: "319 Abgeordnete stimmten
dafür", "318 Ja-Stimmen", "225 voted against", "53 abstained"): a count with such a role
counts that side's votes, whoever cast them (members, countries, shareholders) and
whatever the noun ("votes", "Enthaltungen"), so the tallies of two articles compare."""

MEMBER_OF_PARLIAMENT = "member_of_parliament"
VOTERS: frozenset[str] = frozenset({"person", "member", MEMBER_OF_PARLIAMENT, "voter", "vote"})
"""What a count with a side of a vote (:data:`VOTE_ROLES`) may count, besides a bare
number ("225 voted against"): those who cast votes, and the votes ("Enthaltungen",
"ayes" are votes in the lexicon). A count of another thing keeps its own concept ("Die
300 Angaben stimmten nicht")."""

HELD_CONCEPTS: frozenset[str] = frozenset({"seat", "vote", "voter"})
"""Counts a party or a candidate holds or wins (seats, votes): like a share, each is its
holder's ("Labour won 412 seats", "die AfD erhält 40 Sitze"), named by the words before
it (:func:`factcheck.extract.pipeline.scope.share_holder`)."""

VOTES_CAST = "votes_cast"
"""All the votes cast in a count ("60,617 votes were cast", "abgegebene Stimmen"; the packs'
``nouns.ROLE_CUES``): the whole of the sides' votes, never one side's."""

MARGIN = "margin"
"""The lead of one side over another in a count of votes ("Tamm led by 214 votes", "mit 187
Stimmen Vorsprung"; the packs' ``nouns.ROLE_CUES``): no count of votes cast, and a current
level that narrows or widens as ballots are counted."""

CURRENT_CONCEPTS: frozenset[str] = frozenset(
    {"missing", "trapped", "evacuated", "displaced", "hospitalised", "affected", "without_power",
     "without_water", "closed", "measure:water_level", MARGIN,
     "firefighter", "rescue_worker", "helicopter"}
)  # fmt: skip
"""Concepts (and states of things, :attr:`~factcheck.models.Measure.state`) whose counts
are current levels that move either way (the missing are found, the evacuated go home,
the power comes back; the crews, rescuers and helicopters sent to a fire or a collapse are
reinforced and withdrawn: "about 640 firefighters" on Monday, "1,450 firefighters" on
Thursday, "about 60 rescuers", a day on "more than 200"; not the
police, whose numbers are mostly planned for an event as a whole), and a river's level, which
rises and falls: two figures as of different times never conflict; only figures as of the
same day are compared (a crest, said with the packs' ``figures.PEAK_CUES``, is one figure
of the whole event). The hospitalised said to be taken in ("taken to hospital") are a
running total instead (``pipeline.admissions``)."""

PERSON = "person"
"""The concept of people of no kind ("Menschen", "people")."""

GENERIC_PERSONS: frozenset[str] = frozenset({PERSON, "victim", "inhabitant", "citizen", "civilian"})
"""Nouns that count people without saying what happened to them ("Menschen",
"people"): their concept comes from the clause's role ("3 Menschen starben" counts the
dead). With no role they are not compared: "180.000 Menschen" and "3 Menschen" rarely
count the same thing."""

CROWD_CONCEPTS: frozenset[str] = frozenset(
    {"participant", "protester", "farmer", "visitor", "spectator"}
)
"""People who make up a crowd: a count of them at an event is an attendance figure,
whatever the noun ("8.500 Teilnehmer", "30.000 Bauern", "50.000 Demonstrierende")."""

ATTENDANCE = "attendance"
"""The concept of a crowd count (see :data:`CROWD_CONCEPTS`)."""

EXPANDED = "expanded"
"""The state of a capacity given for a place made bigger (see the packs'
``nouns.EXPANSION_CUES``)."""

WHOLE_MEASURES: frozenset[str] = frozenset({"age", "duration:prison_term"})
"""Measures told in whole units and never rounded to the nearest (an age, a prison term
in years and months): two of them lie as far apart as their numbers."""

STANCES: frozenset[str] = frozenset({"demanded", "offered", "target"})
"""The states the packs' ``nouns.STANCE_CUES`` give: a figure put forward is never set
against one that is not (ten years' prison demanded against eight imposed, a raise demanded
against the raise agreed, a goal of 400,000 homes a year against a forecast of 235,000)."""
ANY_FIGURE_STANCES: frozenset[str] = frozenset({"target"})
"""Stances that any figure may take, counts too (demands and offers are shares, sums and
durations of a negotiation)."""

OFFSET = "offset"
"""The subject of a length of time that tells a moment by its distance from an event
("vier Stunden vor dem Anpfiff", the packs' ``nouns.OFFSET_AFTER``): the length of nothing,
never compared as a duration (the gates closed and the gates opened, each "before
kickoff", are two moments)."""

CONCENTRATION = "concentration"
"""The subject of a reading of a gas or a substance with no word naming it ("readings as
high as 400 parts per million"); a thing named before the word for the value is the
subject instead ("carbon monoxide levels of up to 400 ppm": ``measure:monoxide``)."""

FALL = "fall"
"""The subject of how far something fell ("the basket *fell* about 100 feet"): said only
before the figure ("1.8 inches *fell*" is rain)."""

LENGTH = "length"
"""The subject of a bare length ("*lang*", "*long*"): it says what is measured, not of
what."""

THICKNESS, DIAMETER = "thickness", "diameter"
"""The subjects of how thick a thing is and of how wide across: a pipe's thickness is its
diameter (the packs' ``nouns.GLUED_LENGTH_SUBJECTS``)."""

AREA_DIMENSION = "[length] ** 2"
"""The dimension of an area (pint's): a figure of it is an area, whatever noun follows."""
LENGTH_DIMENSION = "[length]"
"""The dimension of a length (pint's)."""

LENGTH_OWNERS: frozenset[str] = frozenset({"jam"})
"""Measure subjects that are nothing but a length ("der *Stau* ist rund acht Kilometer
lang", "a *tailback* of eight miles"): in the figure's clause, such a word says whose
length a bare :data:`LENGTH` word gives, however much nearer the bare word stands (the
length of a jam is not set against the length of a road works zone)."""

SUBJECT_DIMENSIONS: dict[str, str] = {
    "water_level": "[length]", "height": "[length]", "width": "[length]",
    "length": "[length]", "depth": "[length]", "below_surface": "[length]",
    "wind_speed": "[length] / [time]", "speed": "[length] / [time]",
    "speed_limit": "[length] / [time]",
    "gust": "[length] / [time]", "temperature": "[temperature]",
    "night_temperature": "[temperature]", "body_temperature": "[temperature]",
    "area": AREA_DIMENSION,
    "strike": "[time]", "closure": "[time]", "outage": "[time]", "prison_term": "[time]",
    "standoff": "[time]", "fire": "[time]", "interruption": "[time]", OFFSET: "[time]",
    "trial": "[time]", FALL: "[length]", "trapped": "[time]", "submerged": "[time]",
    "rescue": "[time]", "evacuation": "[time]", "blood_alcohol": "dimensionless",
    CONCENTRATION: "dimensionless",
    "drift": "[length]",
    "radius": "[length]", "weight": "[mass]", "term": "[time]", "surge": "[length]",
    "inflation": "rate", "core_inflation": "rate", "unemployment": "rate", "turnout": "rate",
    "interest_rate": "rate",
    "visibility": "[length]", "diameter": "[length]", "epicentre": "[length]",
    "thickness": "[length]", "jam": "[length]",
}  # fmt: skip
INTENSIVE_SUBJECTS: frozenset[str] = frozenset(
    {"height", "depth", "water_level", "wind_speed", "gust", "temperature", "speed",
     "speed_limit",
     "night_temperature", "body_temperature", "radius", "diameter", "visibility", "surge",
     "below_surface", "thickness", "fall", CONCENTRATION, "drift", "width"}
)  # fmt: skip
"""Measure subjects that do not add up over parts (a dam's height, a river's level, how far
something fell, how wide a crack or a road is): a
figure said of a place or a name is no part of one said of none, however far apart (see
``reconcile.scopes.SCOPE_GAP``); "42 metres" and "42 feet" high are one height told twice."""

READINGS: frozenset[str] = frozenset({"temperature", "night_temperature", "body_temperature"})
"""Measure subjects that change by the hour: a temperature told with no time of its own
("We had people go from 106 degrees to safe temperatures") is one reading among many, not
compared with another article's reading of another hour (the reconcile engine keys only
the dated ones)."""

RATIO_WHOLES: frozenset[str] = frozenset({"gdp"})
"""Wholes a share of which is a ratio of something else to them ("a deficit of 1.4% of
GDP", "Verteidigungsausgaben von 2 Prozent des BIP"): the share is keyed by that something
too (``share:gdp:deficit``), and a share of GDP that names nothing else is no deficit's."""

RATE = "rate"
"""The dimension of the subjects that only a percentage measures ("*inflation* slowed to
3.1 percent", "die *Arbeitslosenquote* stieg auf 6,1 Prozent"): ``share:inflation``."""
"""The physical dimension each measure subject of the packs' ``nouns.MEASURE_SUBJECTS``
measures: a subject word of another dimension near a figure names another figure
("strong *winds* and a heatwave that sent temperatures to 43.5 degrees": no wind speed).
Subjects not listed (costs, damage: money) take any figure their role allows."""

PART_OF_ROLES: dict[str, str] = {
    "lightly_injured": "injured",
    "seriously_injured": "injured",
}
"""Roles of harm that count a part of another's people: the lightly and the seriously
injured are among the injured, so more of them than injured is a conflict
(:mod:`factcheck.reconcile.parts`)."""

EXTENT = "extent"
"""The measure of the two numbers of a thing's dimensions ("64 mal 26 Meter"): compared
only against single dimensions and other such pairs (:mod:`factcheck.reconcile.extents`),
never in a block of their own (which of the two is the width is not said)."""
DIMENSIONS: frozenset[str] = frozenset(
    {"measure:width", "measure:length", "measure:height", "measure:depth"}
)
"""The measures of one dimension of a thing ("63 Meter breit", "120 metres long")."""
CAPACITY = "capacity"
"""The concept of how many people a place holds ("ist für 30.000 Menschen ausgelegt"): a
design figure, neither a crowd that came nor a plan against an outcome."""

ESTIMATE_MEASURES: frozenset[str] = frozenset({"money:cost", "money:damage"})
"""Measures that are estimates however they are worded: what a work will cost and what a
damage comes to ("the clean-up *will cost* £650,000" and "is put at £560,000", "the owners
*expect* the damage to reach about £6 million"); told as what they *would* be ("replacing
the transformer *would cost* £35 million") they are estimates too, no hypothesis
(``extract.pipeline.quantities``)."""

PLAN_FREE_MEASURES: frozenset[str] = frozenset({CAPACITY, *ESTIMATE_MEASURES})
"""Measures a plan is no other statement of: what a place is built for ("designed for
1,400") and :data:`ESTIMATE_MEASURES` (one figure whether planned or reported;
``reconcile.quantities.identity``)."""

STAFF_CONCEPTS: frozenset[str] = frozenset(
    {"police_officer", "firefighter", "rescue_worker", "relief_worker", "soldier"}
)
"""People on duty: counted as deployed staff, never as the crowd they attend ("1.300
Polizisten begleiten den Protest"); with a role of harm they count the harmed of that
staff ("zwei Feuerwehrleute werden vermisst": missing firefighters)."""

PASSENGER = "passenger"
ABOARD = "aboard"
"""People on board ("with 174 people on board", "Im Bus befanden sich 23 Menschen"): the
passengers and the crew. Compared with counts of passengers (one block), but a count
aboard up to :data:`CREW_SHARE` above a count of passengers is its crew, no conflict
("176 people on board" and "168 passengers and eight crew")."""
CREW_SHARE = 0.5
"""How many more than the passengers the people on board may be, as a share of the
passengers (a plane's or a train's crew is a few per cent of them, a cruise ship's up to
a third or more: 2,950 passengers and 1,100 crew): a count aboard farther above a count
of passengers, or below it, is a conflict ("etwa 60 Passagiere" against "rund 140
Menschen" im Zug)."""

ABOARD_CONCEPTS: frozenset[str] = frozenset({PASSENGER, ABOARD, "crew"})
"""The people a craft or a vehicle carries, passengers and crew: they travel its route, no
flow of theirs ("412 passengers and 58 crew members" on a ferry from Patras)."""

RELIEF_WORKER = "relief_worker"
"""The helpers of one relief organisation ("Das Technische Hilfswerk ist mit rund 600
Helfern im Einsatz"): a part of the emergency forces as a whole (:data:`JOINT_STAFF`)."""

JOINT_STAFF = "rescue_worker"
"""The staff of several organisations counted together ("Mit 220 Kräften waren Feuerwehr
und Rettungsdienst im Einsatz", "police and fire crews had 300 personnel at the scene"):
the emergency forces as a whole, as "Einsatzkräfte" and "emergency workers" count them."""

HARM_ROLES: frozenset[str] = frozenset(
    {
        "casualties", "dead", "injured", "seriously_injured", "lightly_injured", "missing",
        "rescued", "evacuated", "displaced", "affected", "arrested", "hospitalised", "case",
        "released", "trapped", "escaped", "discharged", "airlifted", "hyperbaric",
    }
)  # fmt: skip
"""Roles that say what happened to people (the roles of the packs' ``nouns.ROLE_CUES``
except ``participant`` and ``passenger``)."""

CONTENT_CLASSES: dict[str, str] = {
    "ammunition": "military",
    "armament": "military",
    "weapon": "military",
    "shell": "military",
    "missile": "military",
    "drone": "military",
    "tank": "military",
}
"""Coarse classes of what things carry: containers "mit Munition" and "with armaments"
carry the same class of goods."""

WITHOUT_POWER = "without_power"
"""The state of homes, customers and people cut off from electricity ("50,000 homes
*without power*", "2,5 Millionen Menschen *ohne Strom*"): a current level
(:data:`CURRENT_CONCEPTS`), not a running total."""

WITHOUT_WATER = "without_water"
"""The state of homes and people cut off from running water ("12.000 Haushalte *ohne
Wasser*", "2,300 customers *without running water*" after a water main burst): a current
level, as :data:`WITHOUT_POWER` is."""

CUT_OFF_CONCEPTS: frozenset[str] = frozenset({WITHOUT_POWER, WITHOUT_WATER})
"""The states of homes and people cut off from a supply: counted in customers, households
and homes (:data:`POWER_CUSTOMERS`) or people, a current level."""

POWER_RESTORED = "power_restored"
"""The state of homes and customers whose electricity is back ("power was *restored* to
9,000 customers", "18.000 Haushalte haben *wieder Strom*"): a count of its own that grows
as crews work, never the count cut off (:data:`WITHOUT_POWER`)."""

SEARCHED = "searched"
"""The state of places searched by the police ("45 Wohnungen *durchsucht*", "officers
*raided* 38 properties")."""

PREMISES = "premises"
"""What a search counts, whatever noun names it: homes, flats, offices and "Objekte" are
the premises of one tally (:data:`PREMISES_CONCEPTS` in the state :data:`SEARCHED`)."""

PREMISES_CONCEPTS: frozenset[str] = frozenset({"building", "apartment", PREMISES})
"""Concepts counted as premises when searched."""

POWER_CUSTOMERS: frozenset[str] = frozenset({"customer", "household", "building", "apartment"})
"""What outages are counted in (customers, households, homes): without power, each counts
the one outage figure (:data:`WITHOUT_POWER`), as people with no noun do."""

RECOVERED = "recovered"
"""What was got back of a spill or a loss ("crews have *recovered* 4,800 gallons of oil",
"500 Liter Öl *abgepumpt*"): a running total of its own, never the amount spilled. A state
of measures only (volumes, masses): recovered bodies are the dead."""

LEAKED = "leaked"
"""What escaped of a substance ("bis zu 300 Kilogramm Ammoniak *traten aus*", "126,000
gallons *leaked*"): a state of measures only, apart from what the plant, the tank or the
ship held ("die Anlage enthält 4,8 Tonnen") and from what was recovered; an amount with no
such word is no leak and is not compared with one."""

PRODUCED = "produced"
"""The state of things a maker turned out ("produced 410,244 vehicles", "Produktion"): a
count of its own beside what was delivered or sold, and no running total (a period's
output is reported once)."""

BUILT = "completed"
"""The state of buildings or homes finished ("261.800 Wohnungen fertiggestellt", "housing
completions"): a count of its own beside those approved or started."""

APPROVED = "approved"
"""The state of buildings or homes permitted ("den Bau von 212.400 Wohnungen genehmigt",
"permits for 1.4 million homes"): a count of its own beside those finished."""

CLOSED = "closed"
"""The state of places shut for a day or a while ("41 der 58 städtischen Kitas blieben
geschlossen", "schools were closed"): a current level, compared as of one day; not what
a market index does ("the Dow closed 200 points higher")."""
CLEARED = "cleared"
"""The state of buildings their people had to leave ("Eleven residents from five homes
*were evacuated*", "die Bewohner von 23 Häusern mussten ihre Wohnungen *verlassen*"): the
role ``evacuated`` said of things, not the houses struck or damaged."""

OCCUPIED = "occupied"
"""Things in use ("58 cabins were occupied", "180 Betten sind belegt"): a state of their own,
never the count of all of them ("Of the 72 cabins on the line")."""

DISMANTLED = "dismantled"
"""The state of installations taken down or out of service ("Rund 260 Anlagen wurden
abgebaut", "decommissioned turbines"): a count of its own beside those built or running;
said of jobs, the words tell of jobs cut, no state (:data:`JOB_CONCEPTS`)."""

JOB_CONCEPTS: frozenset[str] = frozenset({"job"})
"""Concepts of jobs, which are cut, not dismantled ("12.000 Stellen werden abgebaut")."""

JOB_LOSS_WORDS: frozenset[str] = frozenset({DISMANTLED, "destroyed"})
"""States whose words, said of jobs, tell of jobs cut and no state of things ("Stellen
werden *abgebaut*", "5.000 Arbeitsplätze *vernichtet*"): a job count of its own kind."""

TRIP_ROLES: frozenset[str] = frozenset({"cancelled", "delayed", "diverted"})
"""What befell trips: cancelled, delayed and diverted flights or trains are counts of their
own, and none is the count of all trips ("460 Zugfahrten fielen aus", "5,400 flights were
delayed", "27 Flugzeuge mussten umgeleitet werden")."""

TRIP_CONCEPTS: frozenset[str] = frozenset({"flight", "train", "bus", "aircraft"})
"""The trips :data:`TRIP_ROLES` are said of; of anything else ("12.000 Stellen werden
gestrichen": jobs cut) the words say no state."""

OBJECT_ROLES: frozenset[str] = frozenset(
    {"destroyed", "damaged", "damaged_or_destroyed", "derailed", "adrift", "ashore",
     "transferred",
     # a waiting list's ("mehr als 200 Haushalte auf der Warteliste"): not those served
     "waiting",
     WITHOUT_POWER,
     POWER_RESTORED,
     SEARCHED, PRODUCED, "administered", BUILT, APPROVED, DISMANTLED, CLOSED, CLEARED,
     RECOVERED,
     OCCUPIED, *TRIP_ROLES}
)  # fmt: skip
"""Roles that say what happened to things (buildings, vehicles): "9,000 structures
*destroyed*" and "2,000 *damaged*" are two counts, and so are "produced 410,244 vehicles"
and "delivered 384,122 vehicles", and doses supplied and doses *administered*."""

ONCE_TOLD_STATES: frozenset[str] = frozenset(
    {WITHOUT_POWER, PRODUCED, BUILT, APPROVED, DISMANTLED, CLEARED, "derailed", *TRIP_ROLES}
)
"""States of counts told once, never running totals: an outage comes and goes; a period's
output, the homes finished or permitted, a day's cancellations are reported once; the cars
that left the rails are seen at once ("neun Wagen entgleist" and a day later "elf der 28
Waggons entgleisten" disagree); the homes left in one evacuation are a level ("120 homes
... were evacuated" and a day later "300 people from 210 homes" disagree)."""

POPULATION = "inhabitant"
"""The people who live in a place: a count of them after a place noun ("a county of about
12,000 residents", the packs' ``syntax.POPULATION_BEFORE``) is its population, and no role
of the clause befell them."""
POPULATION_NOUNS: frozenset[str] = frozenset({POPULATION, "person", "citizen"})
"""The kinds of people whose count after a place noun is its population."""

SUBGROUP_ROLES: frozenset[str] = frozenset(
    {
        "hired", "lacking", "treated", "suspected", "stayed_aboard", "unhurt", "rebooked",
        "relocated", "ventilated",
    }
)  # fmt: skip
"""Roles that name a part of the people of a kind who did no harm: the people newly hired,
the people or posts lacking ("1.450 Lehrkräfte neu eingestellt", "es fehlen 2.400
Lehrkräfte", "1,100 vacant posts"), those treated by medics ("medical staff treated
hundreds of runners") and those only suspected to have an illness or a poisoning ("Bei
fünf Patienten besteht der *Verdacht auf* eine Vergiftung", "patients *suspected of*
having eaten death caps"), and the crew who stayed on a ship the others left ("the nine
crew *still on board*", "neun Seeleute *blieben an Bord*"), and those who came through
unhurt ("20 Insassen blieben *unverletzt*"), and the passengers who moved to another trip
("23 Fluggäste haben *umgebucht*"), and the patients moved to other hospitals or kept
breathing by machine ("23 patients were *transferred to* three other hospitals", "neun
Patienten wurden *beatmet*"): each its own count of its noun
(``hired:lemma:lehrkraft``,
``lacking:job``, ``treated:lemma:runner``), never set against the others or against all
of the kind."""

PART_NAMING_ROLES: frozenset[str] = HARM_ROLES | SUBGROUP_ROLES
"""Roles that make a count of people of a kind, a crowd or the passengers a part of them
keyed apart (``dead:lemma:miner``, ``treated:attendance``, ``treated:passenger``): what
befell them (:data:`HARM_ROLES`) or which subgroup they are (:data:`SUBGROUP_ROLES`)."""

ACCIDENT = "accident"
"""The moment of an accident named without its kind ("das *Unglück* ereignete sich gegen
7.40 Uhr", "the *accident* happened at 6:40 a.m."; the packs' ``events.CLOCK_EVENTS``): the
moment of the kind of :data:`ACCIDENT_MOMENTS` its article names first, else a crash's."""
ACCIDENT_MOMENTS: frozenset[str] = frozenset(
    {"derailment", "capsize", "collapse", "explosion", "crash"}
)
"""The moments of accidents of a kind (``events.CLOCK_EVENTS``)."""
CRASH = "crash"
"""The moment of an accident of no other kind (a road or air crash)."""
IMPACTS: dict[str, str] = {"strike": CRASH, "outbreak": "start"}
"""Moments one event is told as, and the moment they are compared as: a vessel or a
vehicle that *struck* something (``strike``) and the *collision* (``crash``): "struck the
side of the launch at 7:50 p.m." against "the collision occurred at 8:50 p.m."; a fire
that *broke out* (``outbreak``) and a start: "broke out at 3:50 a.m." against "began at 3
a.m."."""

MOMENT_ORDER: dict[str, int] = {"outbreak": 0, "discovery": 1, "alarm": 2, "contained": 3}
"""The moments of a fire in the order they happen: it breaks out, is noticed, is
reported, is brought under control. Two articles that put a later one before an earlier
one disagree ("bemerkten gegen 20.40 Uhr Flammen" against "der Brand brach kurz nach
21.30 Uhr aus"; :mod:`factcheck.reconcile.sequence`)."""

SUSPECT = "suspect"
"""Suspects: the people an arrest counts ("zwölf Verdächtige wurden festgenommen" and
"14 Personen festgenommen" count the arrested alike)."""


OCCASION_CONCEPTS: frozenset[str] = frozenset({ATTENDANCE, *STAFF_CONCEPTS})
"""Concepts whose counts belong to one occasion (a crowd, a deployment of police): figures
as of two different days count two occasions, not one thing twice."""


KINDS_OF_PEOPLE: frozenset[str] = frozenset(
    {"adult", "child", "crew", "customer", "employee", "adviser", "asylum_seeker", "fighter",
     "hostage", "member", "member_of_parliament", "migrant", "minister", "patient", "prisoner",
     "pupil", "refugee", "student", "suspect", "tourist", "voter"}
)  # fmt: skip
"""Other nouns that count people of one kind: with a role of harm they count the harmed
of that kind ("Four workers were killed": dead employees), kept apart from the same
kind unharmed ("the plant employs 250 workers") and from the toll of all the dead."""

PERSON_CONCEPTS: frozenset[str] = frozenset(
    {*GENERIC_PERSONS, *CROWD_CONCEPTS, *STAFF_CONCEPTS, *HARM_ROLES, *KINDS_OF_PEOPLE,
     ATTENDANCE, PASSENGER, ABOARD}
)  # fmt: skip
"""Concepts that count people; any other counted thing may carry a state
(:data:`OBJECT_ROLES`) even when the clause also names harm to people ("14 fatalities and
*damage to* more than 3,200 structures")."""


ALL_SCOPE = "scope:all"
"""The scope of a total over the parts a story tells of ("together the fires destroyed
12,000", "the toll in both countries"): set beside a figure given for one part, it counts
another thing (see the packs' ``figures.TOTAL_CUES``)."""

FIXED_CONCEPTS: frozenset[str] = frozenset(
    {"storey", "lane", "track", "bed", "room", "seat", "carriage", POPULATION, CAPACITY}
)
"""Things a figure counts that do not change with the day it is told on (the storeys of a
building, the lanes of a road, the cars of a train, a place's population, what a hall or a
ship holds: "Der Saal mit seinen 240 Sitzplätzen war ... vor vier Jahren modernisiert
worden"): two figures given on different days still speak of one thing."""

FIXED_MEASURES: frozenset[str] = frozenset(
    {"measure:length", "measure:width", "measure:diameter", "measure:thickness",
     # the size of a vessel, a vehicle or a building ("the 190-foot freighter", "das 45
     # Meter lange Stallgebäude aus den 1990er-Jahren")
     "measure:ship", "measure:boat", "measure:vehicle", "measure:building"}
)  # fmt: skip
"""Measures of a thing's size that do not change with the time its sentence names ("Die
38 Meter lange Fähre stammt aus dem Jahr 1989" is a length today too): compared whatever
their dates, as :data:`FIXED_CONCEPTS` are. Not heights or depths, which a flood or a
level may set ("the river rose to 8 metres in 2013")."""

PART_SCOPE = "scope:part"
"""The scope of a figure given for one part of the story ("in the northern district
*alone*", "davon *allein* 72.000"): set beside a total over the parts, it counts another
thing (see the packs' ``figures.PART_CUES``)."""

ALONE_SCOPE = "scope:alone"
"""Beside :data:`PART_SCOPE`, the scope of a part said to be one alone ("*allein* die
Bottroper Feuerwehr schickte rund 120 Kräfte", "the city *alone*"; the packs'
``figures.ALONE_CUES``): the word says a larger whole exists, so the part below another
article's whole is no conflict (a part above it is)."""

AVERAGE_SCOPE = "scope:average"
"""The scope of an average ("*im Schnitt* kamen die Landwirte auf 43 Dezitonnen je Hektar",
"wages *averaged* $31"; the packs' ``figures.AVERAGE_CUES``): set beside a figure that is no
average (one kind's yield, one station's price), it counts another thing."""

EACH_SCOPE = "scope:each"
"""The scope of a measure of each of many things counted ("rund 140 *Bodennägel mit* bis
zu zwölf Metern Länge", "40 tanks with a capacity of 60,000 litres"): the size of one of
them, never set against a measure of the story's one thing ("Erde liegt auf einer Länge
von rund 60 Metern")."""

PEAK_SUBJECTS: frozenset[str] = frozenset({"gust"})
"""Measure subjects that are a highest value by their nature (a storm's strongest gust):
"up to" such a figure names that peak ("Orkanböen von *bis zu* 162 km/h"), and is read
as the figure it names, not as anything below it (``agreement.pragmatic_reading``)."""

SPREAD_SUBJECTS: frozenset[str] = frozenset({"water_level", "height", "depth", "snow", "rain"})
"""Measure subjects that vary from place to place of one event (the water in the streets,
the snow on the ground, the waves): "up to" such a figure is the highest anywhere ("Im
Unterdorf stand das Wasser *bis zu* 80 Zentimeter hoch"), and a lower level told elsewhere
("an der Kirche etwa 30 Zentimeter") lies within it, read as written, not pragmatically
(``agreement.pragmatic_reading``)."""

PEAK_SCOPE = "scope:peak"
"""The scope of the highest level a current count reached ("*at its peak* the outage
affected 310,000 customers", "*zu Spitzenzeiten* 80.000 Haushalte ohne Strom", the packs'
``figures.PEAK_CUES``): set against other peaks whatever their dates, never against a
level as of one time ("180,000 remained in the dark")."""

HOLDER_UNTOLD = "scope:holder_untold"
"""The scope of a count a holder wins (seats, votes: :data:`HELD_CONCEPTS`) given for no
holder in an article that names a holder of it ("CDU 12 Sitze, FDP drei Sitze" and, later,
"(12 Sitze)"): one party's figure, which party not told; never compared."""

BREAKDOWN_SCOPE = "scope:breakdown"
"""The scope of a figure its article gives for one place among others ("110 in
Rheinland-Pfalz, 46 in NRW, 157 in Germany"): set only against figures given for a place,
never against one whose place is not said (a national toll, or a region's: nothing
tells)."""

EXCEPT_PREFIX = "except:"
"""Marks the places a figure is *not* given for (``except:city:arequipa``): an article that
gives a toll with no place and one "in Arequipa province" tells that its first figure is
not Arequipa's, so it is not set against other reports' Arequipa figures."""

SUBSET_SCOPE = "scope:subset"
"""The scope of a figure that counts a part of a set named right after it ("97 of the
dead were women", "zwei der getöteten Frauen"): not set against another article's figure
of the whole (see the packs' ``nouns.PARTITIVE_AFTER``)."""

ADMIN_UNITS: frozenset[str] = frozenset(
    {"province", "district", "county", "prefecture", "governorate", "canton", "oblast"}
)
"""Concepts of the packs' nouns for an administrative area ("Provinz", "Landkreis",
"province", "county"): with a name beside it ("die Provinz Al-Haouz", "Al Haouz province",
"the province of Hatay") it names a region the gazetteer may not know, the scope
``region:<folded name>`` (:func:`factcheck.extract.pipeline.scope.admin_areas`)."""

SITE_UNITS: frozenset[str] = frozenset({"gauge"})
"""Concepts of the packs' nouns for a measuring site ("Pegel", "gauge"): with a name beside
it ("am Pegel Kaub", "the Kaub gauge") it names the site a reading is taken at, the scope
``site:<folded name>``, so that readings at two gauges are not set against each other
(:func:`factcheck.extract.pipeline.scope.admin_areas`)."""

CHANGE_PREFIX = "change"
"""The first part of the key of a percentage change with a subject and a base
(``change:revenue:year``; :mod:`factcheck.extract.pipeline.changes`): compared, by its
signed size, only with changes of the same subject over the same base."""

SPAN_SCOPE = "scope:span-"
"""How a sum of money's span is marked: ``scope:span-quarter``, ``scope:span-year``
(the packs' ``time.FIGURE_SPANS``; :func:`factcheck.extract.pipeline.changes.spans_marked`).
Two sums given for spans of two lengths are not compared."""
PER_YEAR_SPAN = "scope:span-per_year"
"""The span of a rate per year (``time.FIGURE_SPANS["per_year"]``: "about 4.5% *a year*",
"4,5 Prozent *pro Jahr*"): set only against other rates per year, never against a total
over a deal's or a plan's years ("18% over four years")."""
PER_DAY_SPAN = "scope:span-per_day"
"""The span of a rate per day (``time.FIGURE_SPANS["per_day"]``: "rund 48.000 Fahrzeuge
*täglich*", "*werktags* rund 48.000 Fahrzeuge", "48,000 vehicles *a day*"): set only
against other rates per day, never against a count of one day ("bis zum Abend rund
14.000 Fahrzeuge erfasst") or a total."""
PER_HOUR_SPAN = "scope:span-per_hour"
"""The span of a rate per hour (``time.FIGURE_SPANS["per_hour"]``, right after the figure:
"up to 4,500 bags *an hour*", "2.400 Personen *pro Stunde*"): set only against other rates
per hour, never against a count ("almost 2,000 bags missed their flights")."""
RATE_SPANS: frozenset[str] = frozenset({PER_YEAR_SPAN, PER_DAY_SPAN, PER_HOUR_SPAN})
"""The spans of a rate: a figure with one is set only against figures with the same."""

JOINT_SCOPE = "scope:joint"
"""The scope of a count of two kinds of things together, its noun joined to another
("mehr als 200 Raketen und Drohnen", "more than 200 missiles and drones"): set only
against other counts of both together, never against a count of one kind ("127 missiles")."""

TO_DATE_SCOPE = "scope:to_date"
"""Marks a running total given as of the time of writing ("*so far* seven hostages have
been freed", "*bislang* 55 Tote", the packs' ``figures.CURRENT_CUES``): a lower count its
sources give for one day up to then is that day's part of it, not another reading of it
("four hostages were released on Saturday")."""

EVENT_DAY_SCOPE = "scope:event_day"
"""Marks a running total whose day is the day what it counts happened, not the day it was
counted ("am Sonntagnachmittag wurden sechs Menschen verletzt", told on Monday): the tally
stands as of its report (``reconcile.asof.as_of``), and two articles of one day that give
6 and 16 disagree."""

SAID_DAY_SCOPE = "scope:said_day"
"""Marks a figure that is no running total whose day follows its source ("Provincial
police *said on Friday morning* that 21 vehicles had been involved"): the day its source
spoke, not the day of what it counts; the figure holds of anything up to that day, and is
set against "17 vehicles" of the day before (``reconcile.quantities.identity``)."""

WHOLE_SCOPE = "scope:whole"
"""Marks the whole set a part is taken from ("more than 200 *of the city's roughly 1,100
computers* had been affected"): the size of the set, not a count of what befell some of
it, so a smaller figure elsewhere may be that part (a larger one is still flagged)."""

HOLDER_CONCEPTS: frozenset[str] = frozenset(
    {"customer", "member", "employee", "student", "pupil", "inhabitant", "prisoner"}
)
"""What a body or a place has all of: a count of them after a word of having (the packs'
``syntax.HOLDER_BEFORE``: "Castlemont, which *has* around 3.6 million customers", "the
facility, which *held* roughly 1,850 inmates") is the whole set (:data:`WHOLE_SCOPE`)."""

RISEN_SCOPE = "scope:risen"
"""Marks a running total given as the level it rose to ("die Zahl der Verletzten *stieg auf*
34", "the toll *rose to* 14"): it grew that day, so a lower count another source gives
for the same day is an earlier reading of it, not a contradiction."""

FALLEN_SCOPE = "scope:fallen"
"""Marks a figure given as the level it fell to ("die FDP *fällt auf* zwei Sitze zurück",
"unemployment *fell to* 5.1 percent"): against a higher figure dated earlier it is the
change that followed, not a contradiction (a running total that falls stays a finding: a
correction). Its rise is :data:`RISEN_SCOPE`, for any figure."""

INCREMENT_SCOPE = "scope:increment"
"""Marks a figure added to one before it ("*weitere* 15.000", "*another* 20,000"; the
packs' ``nouns.INCREMENT_WORDS``): once the article is read it goes with
:data:`SUBSET_SCOPE` when the nearest figure before it counts the same thing (or both
count people in a crowd), and is dropped otherwise ("three died and 12 *more* were hurt":
the hurt). An increment is not set against another article's figures: what one article
adds is no figure another gives."""

KIND_PREFIX = "kind:"
"""Marks the kind of people a share is held by (``kind:woman``: "*Women* accounted for 27
percent of arrivals", "*Frauen* machten 17 Prozent aus"): two kinds' shares are two things,
whether or not both articles name both kinds."""

EARLIER_SCOPE = "scope:earlier"
"""The scope of a figure its article sets out as superseded ("up from 4,130 reported last
Tuesday", "nach zuvor 12"; the packs' ``figures.EARLIER_FIGURE_CUES``): the article's own
history of the count, not set against other reports."""


PROJECTION_SCOPE = "scope:projection"
"""The scope of a figure told in a paragraph that gives a projection or an exit poll (the
packs' ``figures.PROJECTION_CUES``: "laut der Hochrechnung von 18.45 Uhr", "exit polls"): an
election night's estimate, set only against other projections, never against a count."""


DATED_MOMENTS: frozenset[str] = frozenset(
    {"collapse", "contact_lost", "strike", "derailment", "capsize", "explosion", "landfall",
     "crash", "first_report", "opening", "discovery", "landslide", "accident"}
)  # fmt: skip
"""Moments of a story (the keys of the packs' ``events.CLOCK_EVENTS``, and the first
reports of something, ``extract.clock.FIRST_REPORT``) whose day is compared across
articles ("Das Boot kenterte am Sonntag" against "capsized on Monday").
Not ``start``: "began" does not say what began (a fire, a search, a trial). An accident
named without its kind ("Bei dem *Unfall* am 2. Mai") is the kind its article names first
(see :func:`factcheck.extract.pipeline.events.accidents_named`)."""
OBJECT_MOMENTS: frozenset[str] = frozenset({"discovery", "damage"})
"""Moments whose word, said actively, befalls the noun right after it: "the company
*discovered the intrusion*", "*ruptured a gas main*" (the intrusion's discovery, not the
company's)."""
