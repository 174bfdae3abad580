"""TEMPLATE for a new language: nouns.

What it holds: what counted nouns mean.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Nouns, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# Noun lemma (as simplemma gives it, or a compound's head) -> language-neutral concept key, so
# that counted things compare across languages; compounds are split on these heads
# (``Frachtcontainer`` -> head ``Container``, modifier ``Fracht``).
# English: {'province': 'province', 'district': 'district', 'school district': 'district', ...}
CONCEPTS: dict[str, str] = {}

# Endings of feminine person nouns, folded onto the base noun when the base is known
# ("Bäuerinnen" -> "Bauer", "Polizistinnen" -> "Polizist"); umlauts of the stem are undone when
# the plain stem is the known word.
# English:
FEMININE_SUFFIXES: tuple[str, ...] = ()

# Umlauted letters and their plain forms, for folding "Bäuerin" onto "Bauer".
# English: {}
UMLAUTS: dict[str, str] = {}

# Folded nouns the lemmatizer gets wrong -> their lemma ("halle" -> "Halle", not the "Hall"
# simplemma gives, so that "die Halle" and "die Lagerhalle" name one thing).
# English: {}
LEMMA_FIXES: dict[str, str] = {}

# Words in a number's clause that say what happened to the people it counts (their role): "3
# Menschen *starben*", "15 davon mussten *schwer verletzt* ...", "rund 8500 Menschen kamen zu
# der *Kundgebung*". Whole words, ``*`` for any ending; a cue of several words matches as
# written. More specific roles come first (schwer verletzt before verletzt). The role's concept
# key is language-neutral (see ``factcheck/lang/concepts.py``).
# English: {'casualties': ('killed or wounded', 'killed or injured', 'dead or wounded', 'dead or
# injured', 'killed and wounded', 'killed and injured', 'dead and wounded', 'dead and injured',
# 'casualties'), 'seriously_injured': ('seriously injured', 'critically injured', 'severely
# injured', 'serious injuries', 'critical condition', 'serious condition', 'critical but
# stable', 'serious but stable', 'seriously hurt', 'seriously wounded', 'life-threatening',
# 'severe burns', 'serious burns', 'severe poisoning', 'serious poisoning'), 'lightly_injured':
# ('slightly injured', 'minor injuries', 'lightly injured'), ...}
ROLE_CUES: dict[str, tuple[str, ...]] = {}

# Phrases holding a word of ``ROLE_CUES`` that say nothing of what befell the people counted: a
# name of a thing ("ate *death cap* mushrooms", "im *toten Winkel*"), a punishment or a threat
# ("received *death threats*"). Written as the cues are; a phrase here hides the cue inside it.
# English: 'death cap*', 'death threat*', 'death penalty', 'death sentence*', ...
NOT_ROLE_CUES: tuple[str, ...] = ()

# Words that may follow a severity word whose participle another figure's phrase has and still
# end its list item ("drei davon schwer *mit* Verbrennungen": the seriously injured, as "drei
# davon schwer," is).
# English: 'with'
GAPPED_SEVERITY_AFTER: tuple[str, ...] = ()

# Role -> (verb form, particle) of separable verbs whose parts stand around the number ("Die
# Polizei *nahm* 14 Personen *fest*": arrested); the cue is the particle.
# English: {}
SEPARABLE_ROLE_CUES: dict[str, tuple[tuple[str, str], ...]] = {}

# Nouns counting units of the next noun, the thing counted (``5 Millionen Schuss Pulver``).
# English: 'loads', 'pieces', 'round', 'rounds', ...
MEASURE_WORDS: frozenset[str] = frozenset()

# Words that introduce what counted things carry (``Container mit Munition``).
# English: 'with', 'of', 'carrying', 'containing', ...
CONTENT_MARKERS: tuple[str, ...] = ()

# Linking elements dropped when a compound's modifier is cut off (German ``s`` in
# ``Regierungsgebäude``); empty where compounds are not written as one word.
# English:
LINKING_ELEMENTS: tuple[str, ...] = ()

# Heads of CONCEPTS that also end words which are no compound of them (en ``leadership``,
# ``playground``, ``contractor``): such a word is split on the head only after one of the first
# parts listed (``war``-ship); with none listed, never.
# English: {'ship': ('war', 'battle', 'air', 'space', 'flag', 'steam', 'troop', 'gun', 'cargo',
# 'supply', 'light', 'star', 'drop', 'sister', 'mother', 'container', 'hospital', 'store'),
# 'truck': ('fire', 'dump', 'tow', 'fuel', 'tank', 'mail', 'fork'), 'strike': ('air', 'drone',
# 'missile'), ...}
SUFFIX_HEADS: dict[str, tuple[str, ...]] = {}

# Endings that hold a head of CONCEPTS but make no compound of it (de ``ausschuss``, ``unfall``,
# ``baustelle``): a word ending in one is not split on that head.
# English:
HEAD_LOOKALIKES: tuple[str, ...] = ()

# lower-case words with these endings between number and noun
# English: 'an', 'ian', 'ese', 'ic', ...
SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = ()

# Unused in German: nouns are capitalised.
# English: 'ed', 'ing'
VERB_LIKE_SUFFIXES: tuple[str, ...] = ()

# Endings of adverbs passed over after a number ("three *seriously* injured"); German: none.
# English: 'ly'
ADVERB_SUFFIXES: tuple[str, ...] = ()

# Unused in German: a lower-case word after the number that is no adjective ends it.
# English: 'agree', 'amounts', 'are', 'arisen', ...
VERB_WORDS: frozenset[str] = frozenset()

# Prepositions before a place that give a figure its scope ("12 Tote *in* Bayern"): figures for
# two different places count different things.
# English: 'in', 'at', 'near', 'inside', ...
SCOPE_PREPOSITIONS: tuple[str, ...] = ()

# Prepositions between a count of people and the place they come from ("120 Reisende *aus*
# Schleswig-Holstein"): the place is the count's scope, a part of all counted.
# English: 'from'
PEOPLE_FROM: tuple[str, ...] = ()

# Unused in German: names are not told from nouns by capitals (see the English file).
# English: 'by', 'for', 'of the', 'the'
SCOPE_NAME_INTROS: tuple[str, ...] = ()

# Unused in German.
# English: 'a', 'an', 'at', 'by', ...
SCOPE_NAME_STOPS: frozenset[str] = frozenset()

# Unused in German (see the English file).
# English: 'It'
ANAPHORIC_SUBJECTS: tuple[str, ...] = ()

# Words standing for the place named last, in the sentence or the one before, mapped to the kind
# of place they stand for ("" for any: "Spitzenreiter blieb Bayern: *Dort* wurden 48.900
# Wohnungen fertig"; "region": "Der *Freistaat* meldete 54.900"): a figure in their stretch is
# that place's. Whole words, as written.
# English: {}
PLACE_ANAPHORS: dict[str, str] = {}

# Words right before an area's noun with no name beside it that make it the area of that noun
# named last ("im Landkreis" after "im Landkreis Ebersberg"; "in the district" after "the Alder
# Creek School District"): a figure there is that area's. Lower-case whole words.
# English: 'that', 'the', 'this'
AREA_BACK_REFERENCES: frozenset[str] = frozenset()

# Nouns (lemmas) for people on duty that do not say whose ("mit 1.800 *Kräften* im Einsatz",
# "200 personnel"): the organisation named in the sentence says it.
# English: 'personnel'
GENERIC_STAFF: frozenset[str] = frozenset()

# Organisations (``word*`` a prefix) by the staff concept of their people (``police_officer``,
# ``firefighter``, ``rescue_worker``, ``soldier``): "die *Polizei* war mit 1.800 Kräften im
# Einsatz" counts police officers.
# English: {'police_officer': ('police', 'police department', 'police force'), 'firefighter':
# ('fire department*', 'fire service*', 'fire brigade*', 'fire crews'), 'rescue_worker': ('coast
# guard', 'rescue service*'), ...}
STAFF_ORGANISATIONS: dict[str, tuple[str, ...]] = {}

# Kinds of people (``boy``, ``driver``...) an age is given for, with their words as written
# (German with capitals and case forms): the word right after an age ("ein 13 Jahre alter
# *Junge*") or the one kind its sentence names says whose age it is.
# English: {'boy': ('boy'), 'girl': ('girl'), 'baby': ('baby', 'infant'), ...}
AGE_PERSONS: dict[str, tuple[str, ...]] = {}

# Words of AGE_PERSONS that say the person's gender (``female``: "Bewohnerin"; ``male``:
# "Bewohner"): the ages of a woman and a man of one kind are two people's.
# English: {}
AGE_PERSON_GENDERS: dict[str, tuple[str, ...]] = {}

# Words right before a word of AGE_PERSONS, or its first part, that tell two people of that kind
# apart by what they drive or fly ("the 52-year-old *tanker* driver", "the *pickup* driver, a
# 67-year-old man", "der *Lkw*-Fahrer", "der *Lok*führer"), lower-cased; a possessive before the
# word does too ("the *train's* driver").
# English: 'ambulance', 'balloon', 'boat', 'bus', ...
AGE_PERSON_MODIFIERS: frozenset[str] = frozenset()

# Words right before a word of AGE_PERSONS (or before its modifier) that say which of several of
# that kind it is ("der *zweite* Fahrer", "the *other* driver"), lower-cased, mapped to what
# they say (``other``): the person is not the one named without them.
# English: {'second': 'other', 'other': 'other'}
AGE_PERSON_ORDINALS: dict[str, str] = {}

# Words right after a word of AGE_PERSONS that open what they drive, a word of
# AGE_PERSON_MODIFIERS ("der Fahrer *des* Sattelzugs", "the driver *of the* lorry"), lower-
# cased.
# English: 'of the', 'of a', 'of an'
AGE_PERSON_OWNER_LINKS: tuple[str, ...] = ()

# An age standing as a noun whose article and ending say the person's kind, as ``(article,
# ending, kind)`` lower-cased ("*die* 67-Jähr*ige*": a woman, "*der* 47-Jähr*ige*": a man), read
# when the sentence names no kind of person.
# English:
AGE_NOUN_FORMS: tuple[tuple[str, str, str], ...] = ()

# Verbs between a kind of person and a bare number that is their age ("Er *war* 24.").
# English: 'was', 'is'
AGE_COPULAS: tuple[str, ...] = ()

# Verbs between a part of a set named by what befell it and the noun that says what kind the
# part is ("Drei der Toten *waren* Kinder", "Four of the dead *were* minors").
# English: 'were', 'was', 'are', 'is'
PART_COPULAS: tuple[str, ...] = ()

# Words between a person and their age in years ("eine Frau *von* 70 Jahren"), or their age
# alone ("a man *of* 67 from Tarnbeck").
# English: 'of'
AGE_OF: tuple[str, ...] = ()

# A pattern for a short relative clause between a kind of person and the copula before their age
# (``AGE_COPULAS``: "the man *who died* was 67"); empty: none.
# English: '\\s+(?:who|that)(?:\\s+[a-z]+){1,3}?'
AGE_RELATIVE: str = ""

# Nouns that only restate a thing named before ("Traktoren, also gut 3.000 *Maschinen*").
# English: 'machine', 'unit'
RESTATED_NOUNS: frozenset[str] = frozenset()

# Words that restate what was just named ("also", "das heißt"; "that is", "i.e.").
# English: 'i.e.', 'that is', 'or some', 'in other words', ...
RESTATING_CUES: tuple[str, ...] = ()

# Words joining a figure to the one before it told in other terms ("4,300 jobs, *or* about 9% of
# its workforce", "4.300 Stellen *oder* neun Prozent"); the restating cues too. The second
# figure is said as the first: a plan if that is one.
# English: 'or', 'i.e.', 'that is', 'in other words', ...
RESTATING_JOINS: tuple[str, ...] = ()

# A pattern ending where the noun starts that a bare number after it counts ("*die Zahl der*
# Arbeitslosen stieg auf 2,8 Millionen", "*the number of* unemployed rose"); "": none.
# English: '(?<![\\w-])(?:total\\s+)?number\\s+of\\s+'
NUMBER_OF: str = ""

# Pronouns opening a sentence that stand for the subject of the sentence before ("*Sie* war mit
# 1.800 Kräften im Einsatz" after a sentence on the police).
# English: 'It', 'They'
SUBJECT_PRONOUNS: tuple[str, ...] = ()

# Articles that may stand between a scope preposition and a name.
# English: 'the', 'a', 'an'
ARTICLES: tuple[str, ...] = ()

# Stance (``demanded``, ``offered``) -> words of a clause that put a share, amount or duration
# forward as a demand or an offer ("fordert", "bietet an", "seeking", "offered"): figures of two
# stances are two figures of one negotiation.
# English: {'demanded': ('demand*', 'seeking', 'seeks', 'sought', 'asking for', 'asks for',
# 'asked for', 'calls for', 'called for'), 'offered': ('offer*', 'proposed', 'proposes',
# 'tabled', 'draft budget*', 'draft bill*', 'draft plan*', 'the draft', 'in draft'), 'target':
# ('target of', 'targets of', 'goal of', 'aims to', 'aim to', 'aiming to', 'quorum',
# 'threshold')}
STANCE_CUES: dict[str, tuple[str, ...]] = {}

# Lemmas of nouns a level moves by ("the Dow fell 1,214 *points*", "der DAX verlor 300
# *Punkte*"): a count of them right after a verb of moving is a change, one day's move, no level
# (the packs' ``hedges.INCREASE_WORDS`` and ``DECREASE_WORDS``); folded.
# English: 'point'
MOVE_UNITS: tuple[str, ...] = ()

# A pattern matched right after a counted noun that keeps only those above a threshold ("15
# aftershocks *of magnitude 4.5 or greater*", "Nachbeben *der Stärke 4 und mehr*"): a subset of
# the noun's things, never set against a count of all of them; "" for none.
# English: '\\s+(?:of|with|at|above)\\s+(?:an?\\s+|the\\s+)?(?:[a-
# z]+\\s+){0,2}[\\d.,]*\\d\\s*(?:[a-z%°]+\\s+)?(?:or|and)\\s+(?:gre
THRESHOLD_AFTER: str = ""

# First words of a clause with no verb of its own that goes on with the demand or offer of the
# clause before it ("Verdi fordert 8 Prozent, *mindestens* aber 350 Euro, *bei* einer Laufzeit
# von zwölf Monaten"): its figures take that stance; lower case.
# English: 'plus', 'with', 'over', 'at least', ...
STANCE_CONTINUATIONS: tuple[str, ...] = ()

# Phrases holding a word of ``STANCE_CUES`` that put nothing forward ("the *offer price* of
# $34", "the initial public *offering*", "der *Angebotspreis*"): no stance.
# English: 'offer price', 'offer prices', 'offering price', 'offering', ...
NOT_STANCES: tuple[str, ...] = ()

# Words in a paragraph that tell of a place made bigger ("die Fanmeile wird *vergrößert*", "the
# zone was *extended*"): a capacity given there is the new layout's, not set against the old
# one's.
# English: 'expanded', 'enlarged', 'extended', 'widened', ...
EXPANSION_CUES: tuple[str, ...] = ()

# Lemmas of nouns for the dead that were found or recovered ("four *bodies*", "vier *Leichen*"):
# a count of them is the part of the toll found so far (``dead:body``), never set against the
# toll.
# English: 'body'
RECOVERED_DEAD: tuple[str, ...] = ()

# What a percentage change is measured against, by base (``year``, ``quarter``, ``month``), from
# words in its clause ("*gegenüber dem Vorjahr*", "*from a year earlier*", "*month on month*"):
# two changes are compared only over one base, and a change whose base is not said is not
# compared (``word*`` a prefix).
# English: {'year': ('from a year earlier', 'from a year ago', 'than a year earlier', 'than a
# year ago', 'year on year', 'year-on-year', 'compared with a year earlier', 'on a year
# earlier', 'compared with a year ago', 'from the same period last year', 'on an annual basis',
# 'on the same period last year', 'compared with the same period last year', 'against the same
# period last year', 'compared with the same period a year ago', 'from the same quarter last
# year', 'from the same month last year', 'annualized', 'over the past 12 months', 'over the
# last 12 months', 'in the 12 months through', 'in the 12 months to', 'on a year-on-year basis',
# 'annualised'), 'quarter': ('from the previous quarter', 'from the prior quarter', 'quarter on
# quarter', 'quarter-on-quarter', 'on the previous quarter'), 'month': ('from the previous
# month', 'from the prior month', 'from a month earlier', 'month on month', 'month-on-month',
# 'on the previous month', 'over the month', 'on a monthly basis', 'on a month-on-month basis')}
CHANGE_BASES: dict[str, tuple[str, ...]] = {}

# Words right before a count that make it all a body operates ("Meridian Valley *operates* seven
# hospitals", "die Kette *betreibt* zwölf Filialen"): the whole set (``concepts.WHOLE_SCOPE``),
# of whatever noun.
# English: 'operates', 'operated', 'runs', 'owns', ...
OPERATOR_WORDS: tuple[str, ...] = ()

# Words right after a length of time that make it that long before or after an event named next
# ("rund vier Stunden *vor dem* Anpfiff", "two hours *ahead of* kickoff"): a moment told by its
# distance from another (``concepts.OFFSET``), the length of nothing, and not compared as a
# duration (a gate closed and one opened are two moments).
# English: 'ahead of', 'prior to'
OFFSET_AFTER: tuple[str, ...] = ()

# Words right after a length of time that opens its sentence that make it a moment too
# (``OFFSET_AFTER``), where they also open a clause after a length mid-sentence: "*Five days
# after* the dam failed, residents ..." (but "the standoff lasted six hours *before* the gunman
# surrendered").
# English: 'after', 'before'
OFFSET_OPENING: tuple[str, ...] = ()

# Words right before a length of time that make it the time until what the rest of its clause
# tells ("*Nach* knapp vier Stunden war die Strecke wieder frei", "*after* nearly two hours the
# passengers were no longer trapped"): the word naming what it measures (``MEASURE_SUBJECTS``)
# may stand anywhere after it in the clause.
# English: 'after'
ELAPSED: tuple[str, ...] = ()

# Words right after a length that make it a distance from something ("about 600 feet *from* the
# chamber", "etwa 180 Meter *von* der Kammer entfernt"): a subject word before the number
# ("Rescue teams *underground* were ...") is not what it measures.
# English: 'from', 'away from', 'short of', 'off'
DISTANCE_FROM: tuple[str, ...] = ()

# English: {'water_level': ('rose', 'risen', 'rising', 'gauge*', 'water level*', 'crest*',
# 'river level*', 'peak level*'), 'height': ('high', 'tall', 'height', 'above the ground',
# 'above ground'), 'fall': ('fell', 'plunged', 'plummeted', 'tumbled', 'dropped', 'drop', 'below
# the road', 'below the roadway', 'down the slope', 'down a slope', 'down the embankment', 'down
# an embankment', 'into a ravine', 'into the ravine', 'down a ravine'), ...}
MEASURE_SUBJECTS: dict[str, tuple[str, ...]] = {}

# Words for a kind of body before its name in a run of capitalised words ("die *Gewerkschaft*
# GBL", "der *Konzern* Lufthansa"), folded: the name alone holds a share, as "die GBL" does.
# English:
HOLDER_TITLES: frozenset[str] = frozenset()

# Words for a value that name nothing of their own ("Kohlenmonoxid*werte* von bis zu 380 ppm",
# "carbon monoxide *levels* of up to 400 ppm"): a reading named by one measures the thing before
# it (the compound's part before it where compounds are written together); folded.
# English: 'level', 'levels', 'concentration', 'concentrations', ...
VALUE_HEADS: tuple[str, ...] = ()

# Words right before a height (or before its word, with the article) a fall set out from: with a
# word of a fall (``MEASURE_SUBJECTS["fall"]``) before it, the height measures the fall
# ("stürzte *aus* rund zwölf Metern Höhe", "fell *from* a height of about 10 metres"), not a
# height ("*Aus* 300 Metern Höhe filmte die Drohne").
# English: 'from', 'from a', 'from the'
FALL_FROM: tuple[str, ...] = ()

# What a length glued to a noun measures when it is not its length, by the noun (a compound's
# last part where nouns are written together): "an *8-foot* fence", "ein Drei-Meter-Zaun" give a
# height, "a *16-inch* pipeline" a diameter; folded nouns. Only for a height of at most 350
# metres and a diameter of at most 3 (a "two-mile wall" is long).
# English: {'height': ('fence', 'fences', 'wall', 'walls', 'barrier', 'tower', 'dam', 'levee',
# 'wave', 'waves', 'statue', 'floodwall', 'seawall'), 'diameter': ('pipe', 'pipes', 'pipeline',
# 'pipelines', 'main', 'mains', 'water main', 'gas main', 'line', 'lines', 'hose', 'hoses')}
GLUED_LENGTH_SUBJECTS: dict[str, tuple[str, ...]] = {}

# English: '(?<![\\w-])(?P<owner>(?:[^\\W\\d_][\\w-]*\\s+)?[^\\W\\d_][\\w-
# ]*)\\s+(?:with|has|had)\\s+an?\\s+(?P<word>[^\\W\\d_][\\w
MEASURE_OWNER: str = ""

# Words right before a measure's subject word that narrow it to a group ("the *youth*
# unemployment rate", "the *insured* unemployment rate"): a rate of a group is another measure
# than the rate of all, keyed apart (``share:unemployment@youth``), folded.
# English: 'youth', 'insured', 'long-term', 'female', ...
SUBJECT_SUBGROUPS: tuple[str, ...] = ()

# Possessives of one owner right before a measure's subject word ("Inhaber Sauter beziffert
# *seinen* Schaden auf 2,5 Millionen Euro", "the owner put *his* damage at $2 million"): the
# figure is one party's, a part (``concepts.PART_SCOPE``) of what the story's figure of that
# subject counts, folded. Not the plural's ("their losses" may be everyone's).
# English: 'his', 'her', 'its'
SUBJECT_OWNED_BEFORE: tuple[str, ...] = ()

# Nouns a duration glued to them names a kind of ("the *10-year* Treasury note", "the two-year
# yield", "a 30-year mortgage"): instruments of several terms told in one story, so such a
# duration is no figure to compare. Lemmas, lower case.
# English: 'note', 'bond', 'yield', 'treasury', ...
MATURITY_NOUNS: tuple[str, ...] = ()

# Endings of a modifier before a counted noun that says what the counted do or feel, not which
# of them are counted ("76,000 *screaming* fans", "*jubelnde* Fans"): no narrowing of the noun
# (a present participle).
# English: 'ing'
DESCRIPTIVE_ENDINGS: tuple[str, ...] = ()

# Modifiers with such an ending that say where the counted are, and so which ("two
# *neighbouring* buildings", "die *umliegenden* Häuser", "the *remaining* miners"): they narrow
# the noun; whole words, lower case.
# English: 'neighbouring', 'neighboring', 'surrounding', 'adjoining', ...
PLACE_PARTICIPLES: tuple[str, ...] = ()

# Words right before or after a number that add it to a figure before it ("*weitere* 15.000",
# "800 *weitere*", "*another* 20", "20 *more*"; see ``concepts.INCREMENT_SCOPE``).
# English: 'another', 'further', 'additional', 'extra', ...
INCREMENT_WORDS: tuple[str, ...] = ()

# The words of ``INCREMENT_WORDS`` that name the rest of a set ("die *übrigen* drei Verletzten",
# "the *remaining* three"): always a part of a set told of before, whatever figure stands
# nearest (a part of it, "zwei davon schwer", or none).
# English: 'remaining', 'other'
REST_WORDS: tuple[str, ...] = ()

# Words right before a count that pick some of a set by where they lie ("the *upper* two
# floors", "die *oberen* zwei Stockwerke", "the *last* three carriages"): a part of the set,
# never its size ("a six-story building").
# English: 'upper', 'top', 'lower', 'bottom', ...
POSITION_WORDS: tuple[str, ...] = ()

# Words in a figure's clause, or opening its sentence, that leave a part of the whole out ("a
# capacity of about 13,900 *without the* East Stand", "*Ohne die* Osttribüne ... 13.900
# Zuschauer", "*excluding* fees"): the figure is a part, below the whole no conflict.
# English: 'without the', 'without its', 'excluding', 'not including', ...
EXCLUDING_WORDS: tuple[str, ...] = ()

# Last words of a count of people besides those counted before it in the sentence ("killing one
# man and leaving 16 *others* injured"): the injured so counted leave the dead out, as a count
# beside a death told of does (``concepts.DEATHS_PREFIX``), folded.
# English: 'others', 'other people'
OTHERS_WORDS: tuple[str, ...] = ()

# Regex matched right after a count and its noun: a unit of a site named by a letter or a number
# ("die 180 Gefangenen *im Hafthaus B*", "the 40 inmates *in Block C*", "*on Ward 4*"): the
# count is of that unit, a part of the site's whole.
# English: '\\s+(?:in|on|at|from)\\s+(?:the\\s+)?(?:Block|Cellblock|Wing|Ward|Building|Hall|Term
# inal|Unit|Section|Sector|Zone|Pavil
DESIGNATED_PART_AFTER: str = ""

# A pattern for a part of the story's area named by its direction, group 1 the direction word
# ("*in the northwest*", "*im Nordwesten*"); empty: none.
# English: '\\b(?:in|across|throughout)\\s+the\\s+((?:north|south)(?:-
# ?(?:east|west))?|east|west)(?![\\w-])(?!\\s+of\\b)(?!\\s+(?-i
COMPASS_AREA_PATTERN: str = ""

# Direction words (folded, hyphens dropped) and the language-neutral part they name
# ("nordwesten" and "northwest": ``northwest``): figures for two parts, or for a part and a
# place named as a whole, count different things.
# English: {'north': 'north', 'south': 'south', 'east': 'east', ...}
COMPASS_AREAS: dict[str, str] = {}

# A pattern for a word that names one sector, industry or division of a whole, said before a
# figure in its stretch ("the health care *sector* added 68,000 jobs", "Sales at its hardware
# *division* fell 3%", "die *Baubranche* verlor 12.000 Stellen"): the figure is that part's, not
# the whole's; "": none.
# English: '(?i)(?<![\\w-])(?:sectors?|industry|industries|divisions?|segments?)(?![\\w-])'
SEGMENT_PATTERN: str = ""

# A pattern for a body's sites in one country, by the country's adjective (group ``adj``) after
# a locative and before a word for its sites ("*an den deutschen Standorten* arbeiten 2.400",
# "*at its German plants*"): the clause's figures are of that country, as "in Deutschland" makes
# them; "": none.
# English: "(?<![\\w-
# ])(?i:at|in|across)\\s+(?i:its|the|their|all|our|the\\s+company's|the\\s+group's)\\s+(?P<adj>[
# A-Z][\\w.]+)\\s+
SITE_COUNTRY_PATTERN: str = ""

# A pattern for the side that holds the area a figure is given for, its first non-empty group
# the side ("Russian-held", "under Russian control", "unter russischer Kontrolle"): figures for
# areas held by two sides count different things; empty: none.
# English: '(?<![\\w-])([A-Za-z]+)-(?:held|occupied|controlled|run)\\b|\\bunder\\s+([A-Za-
# z]+)\\s+(?:control|occupation)\\b'
HELD_BY_PATTERN: str = ""

# A pattern for the words right after a number that make it a part of a set named after them
# ("97 *of the* dead", "zwei *der* toten Frauen"): not set against the whole; "": none.
# English: '\\s+of\\s+(?:the|them|those|whom|these|its|their|all)\\b'
PARTITIVE_AFTER: str = ""

# A pattern for the words right before a number that make it the whole set a part is taken from
# ("150 *of the village's* 1,800 residents died"): not what the verb counts; "": none.
# English: "(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|h
# undreds|thousands|many|most|some|se
PARTITIVE_WHOLE_BEFORE: str = ""

# A pattern for a sentence opening that names the set its figures are parts of, group 1 the
# set's noun ("*Of the dead,* 41 were women and 23 men", "*Unter den Toten* sind zwei Kinder");
# empty: none. A part of a running total (the dead) is a running total.
# English: '(?:Of|Among)\\s+(?:the|those|its|their|his|her)\\s+(?:(?:about|some|nearly|more\\s+t
# han|at\\s+least)\\s+)?(?:\\d[\\d,]*
PARTITIVE_OPENING: str = ""

# Nouns (or their stems) a count is glued to by a hyphen ("a 12-story tower", "ein
# 9-geschossiges Haus"), and the concept the number then counts.
# English: {'story': 'storey', 'storey': 'storey', 'floor': 'storey', ...}
HYPHEN_COUNTED: dict[str, str] = {}

# Nouns (folded heads) that make the number before them a ratio, no count ("more than three
# *times* its size", "drei *Mal* so groß"): no claim.
# English: 'fold', 'time', 'times'
MULTIPLIERS: frozenset[str] = frozenset()

# Words right after a counted noun that make the count the size of a thing (of a fixed part,
# ``concepts.FIXED_CONCEPTS``) rather than a count of parts in a state ("des 28 Wagen *langen*
# Zuges", "a train 28 cars *long*"): what befalls the thing is not said of all its parts.
# English: 'long'
SIZING_AFTER: tuple[str, ...] = ()

# A pattern for the text before a bare number that makes it the age of the person just named
# ("Ana Ruiz, 66," / "Maria Lenz (58)"), searched up to the number; empty: none.
# English: "[A-Z][\\w'’-]+,\\s*$"
AGE_APPOSITION_BEFORE: str = ""

# A pattern for the text right after such a number (", " or ")").
# English: '\\s*(?:,|;|\\)|\\.(?!\\d)|and\\b)'
AGE_APPOSITION_AFTER: str = ""

# A pattern for the words that give a kind of person a name ("the woman who died *has been named
# as* Ana Ruiz, 66", "bei dem Fahrer *handelt es sich um* Jan Kock (41)"): the age set after the
# name is of the kind named before them; empty: none.
# English: "\\b(?:named|identified)(?:\\s+(?!as\\b)[\\w'’-]+){0,4}?\\s+as\\b"
AGE_NAMING: str = ""
