"""The language pack contract, continued: :class:`Nouns`, what counted nouns mean (a part
of :mod:`factcheck.lang.spec`, which re-exports it; kept apart for the size of the
contract)."""

from __future__ import annotations

from typing import Protocol


class Nouns(Protocol):
    """``nouns``: what counted nouns mean."""

    CONCEPTS: dict[str, str]
    """Noun lemma (as simplemma gives it, or a compound's head) -> language-neutral concept
    key, so that counted things compare across languages; compounds are split on these
    heads (``Frachtcontainer`` -> head ``Container``, modifier ``Fracht``)."""
    FEMININE_SUFFIXES: tuple[str, ...]
    """Endings of feminine person nouns, folded onto the base noun when the base is known
    ("Bäuerinnen" -> "Bauer", "Polizistinnen" -> "Polizist"); umlauts of the stem are
    undone when the plain stem is the known word."""
    UMLAUTS: dict[str, str]
    """Umlauted letters and their plain forms, for folding "Bäuerin" onto "Bauer"."""
    LEMMA_FIXES: dict[str, str]
    """Folded nouns the lemmatizer gets wrong -> their lemma ("halle" -> "Halle", not the
    "Hall" simplemma gives, so that "die Halle" and "die Lagerhalle" name one thing)."""
    ROLE_CUES: dict[str, tuple[str, ...]]
    """Words in a number's clause that say what happened to the people it counts (their
    role): "3 Menschen *starben*", "15 davon mussten *schwer verletzt* ...", "rund 8500
    Menschen kamen zu der *Kundgebung*". Whole words, ``*`` for any ending; a cue of
    several words matches as written. More specific roles come first (schwer verletzt
    before verletzt). The role's concept key is language-neutral (see
    ``factcheck/lang/concepts.py``)."""
    NOT_ROLE_CUES: tuple[str, ...]
    """Phrases holding a word of ``ROLE_CUES`` that say nothing of what befell the people
    counted: a name of a thing ("ate *death cap* mushrooms", "im *toten Winkel*"), a
    punishment or a threat ("received *death threats*"). Written as the cues are; a phrase
    here hides the cue inside it."""
    GAPPED_SEVERITY_AFTER: tuple[str, ...]
    """Words that may follow a severity word whose participle another figure's phrase has
    and still end its list item ("drei davon schwer *mit* Verbrennungen": the seriously
    injured, as "drei davon schwer," is)."""
    SEPARABLE_ROLE_CUES: dict[str, tuple[tuple[str, str], ...]]
    """Role -> (verb form, particle) of separable verbs whose parts stand around the number
    ("Die Polizei *nahm* 14 Personen *fest*": arrested); the cue is the particle."""
    MEASURE_WORDS: frozenset[str]
    """Nouns counting units of the next noun, the thing counted (``5 Millionen Schuss Pulver``)."""
    CONTENT_MARKERS: tuple[str, ...]
    """Words that introduce what counted things carry (``Container mit Munition``)."""
    LINKING_ELEMENTS: tuple[str, ...]
    """Linking elements dropped when a compound's modifier is cut off (German ``s`` in
    ``Regierungsgebäude``); empty where compounds are not written as one word."""
    SUFFIX_HEADS: dict[str, tuple[str, ...]]
    """Heads of CONCEPTS that also end words which are no compound of them (en
    ``leadership``, ``playground``, ``contractor``): such a word is split on the head only
    after one of the first parts listed (``war``-ship); with none listed, never."""
    HEAD_LOOKALIKES: tuple[str, ...]
    """Endings that hold a head of CONCEPTS but make no compound of it (de ``ausschuss``,
    ``unfall``, ``baustelle``): a word ending in one is not split on that head."""
    SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...]
    """lower-case words with these endings between number and noun"""
    VERB_LIKE_SUFFIXES: tuple[str, ...]
    """Unused in German: nouns are capitalised."""
    ADVERB_SUFFIXES: tuple[str, ...]
    """Endings of adverbs passed over after a number ("three *seriously* injured"); German: none."""
    VERB_WORDS: frozenset[str]
    """Unused in German: a lower-case word after the number that is no adjective ends it."""
    SCOPE_PREPOSITIONS: tuple[str, ...]
    """Prepositions before a place that give a figure its scope ("12 Tote *in* Bayern"):
    figures for two different places count different things."""
    PEOPLE_FROM: tuple[str, ...]
    """Prepositions between a count of people and the place they come from ("120 Reisende
    *aus* Schleswig-Holstein"): the place is the count's scope, a part of all counted."""
    SCOPE_NAME_INTROS: tuple[str, ...]
    """Unused in German: names are not told from nouns by capitals (see the English file)."""
    SCOPE_NAME_STOPS: frozenset[str]
    """Unused in German."""
    ANAPHORIC_SUBJECTS: tuple[str, ...]
    """Unused in German (see the English file)."""
    PLACE_ANAPHORS: dict[str, str]
    """Words standing for the place named last, in the sentence or the one before, mapped
    to the kind of place they stand for ("" for any: "Spitzenreiter blieb Bayern: *Dort*
    wurden 48.900 Wohnungen fertig"; "region": "Der *Freistaat* meldete 54.900"): a figure
    in their stretch is that place's. Whole words, as written."""
    AREA_BACK_REFERENCES: frozenset[str]
    """Words right before an area's noun with no name beside it that make it the area of
    that noun named last ("im Landkreis" after "im Landkreis Ebersberg"; "in the district"
    after "the Alder Creek School District"): a figure there is that area's. Lower-case
    whole words."""
    GENERIC_STAFF: frozenset[str]
    """Nouns (lemmas) for people on duty that do not say whose ("mit 1.800 *Kräften* im
    Einsatz", "200 personnel"): the organisation named in the sentence says it."""
    STAFF_ORGANISATIONS: dict[str, tuple[str, ...]]
    """Organisations (``word*`` a prefix) by the staff concept of their people
    (``police_officer``, ``firefighter``, ``rescue_worker``, ``soldier``): "die *Polizei*
    war mit 1.800 Kräften im Einsatz" counts police officers."""
    AGE_PERSONS: dict[str, tuple[str, ...]]
    """Kinds of people (``boy``, ``driver``...) an age is given for, with their words as
    written (German with capitals and case forms): the word right after an age ("ein 13
    Jahre alter *Junge*") or the one kind its sentence names says whose age it is."""
    AGE_PERSON_GENDERS: dict[str, tuple[str, ...]]
    """Words of AGE_PERSONS that say the person's gender (``female``: "Bewohnerin";
    ``male``: "Bewohner"): the ages of a woman and a man of one kind are two people's."""
    AGE_PERSON_MODIFIERS: frozenset[str]
    """Words right before a word of AGE_PERSONS, or its first part, that tell two people of
    that kind apart by what they drive or fly ("the 52-year-old *tanker* driver", "the
    *pickup* driver, a 67-year-old man", "der *Lkw*-Fahrer", "der *Lok*führer"),
    lower-cased; a possessive before the word does too ("the *train's* driver")."""
    AGE_PERSON_ORDINALS: dict[str, str]
    """Words right before a word of AGE_PERSONS (or before its modifier) that say which of
    several of that kind it is ("der *zweite* Fahrer", "the *other* driver"), lower-cased,
    mapped to what they say (``other``): the person is not the one named without them."""
    AGE_PERSON_OWNER_LINKS: tuple[str, ...]
    """Words right after a word of AGE_PERSONS that open what they drive, a word of
    AGE_PERSON_MODIFIERS ("der Fahrer *des* Sattelzugs", "the driver *of the* lorry"),
    lower-cased."""
    AGE_NOUN_FORMS: tuple[tuple[str, str, str], ...]
    """An age standing as a noun whose article and ending say the person's kind, as
    ``(article, ending, kind)`` lower-cased ("*die* 67-Jähr*ige*": a woman, "*der*
    47-Jähr*ige*": a man), read when the sentence names no kind of person."""
    AGE_COPULAS: tuple[str, ...]
    """Verbs between a kind of person and a bare number that is their age ("Er *war* 24.")."""
    PART_COPULAS: tuple[str, ...]
    """Verbs between a part of a set named by what befell it and the noun that says what
    kind the part is ("Drei der Toten *waren* Kinder", "Four of the dead *were* minors")."""
    AGE_OF: tuple[str, ...]
    """Words between a person and their age in years ("eine Frau *von* 70 Jahren"), or
    their age alone ("a man *of* 67 from Tarnbeck")."""
    AGE_RELATIVE: str
    """A pattern for a short relative clause between a kind of person and the copula
    before their age (``AGE_COPULAS``: "the man *who died* was 67"); empty: none."""
    RESTATED_NOUNS: frozenset[str]
    """Nouns that only restate a thing named before ("Traktoren, also gut 3.000 *Maschinen*")."""
    RESTATING_CUES: tuple[str, ...]
    """Words that restate what was just named ("also", "das heißt"; "that is", "i.e.")."""
    RESTATING_JOINS: tuple[str, ...]
    """Words joining a figure to the one before it told in other terms ("4,300 jobs, *or*
    about 9% of its workforce", "4.300 Stellen *oder* neun Prozent"); the restating cues
    too. The second figure is said as the first: a plan if that is one."""
    NUMBER_OF: str
    """A pattern ending where the noun starts that a bare number after it counts ("*die Zahl
    der* Arbeitslosen stieg auf 2,8 Millionen", "*the number of* unemployed rose"); "": none."""
    SUBJECT_PRONOUNS: tuple[str, ...]
    """Pronouns opening a sentence that stand for the subject of the sentence before
    ("*Sie* war mit 1.800 Kräften im Einsatz" after a sentence on the police)."""
    ARTICLES: tuple[str, ...]
    """Articles that may stand between a scope preposition and a name."""
    STANCE_CUES: dict[str, tuple[str, ...]]
    """Stance (``demanded``, ``offered``) -> words of a clause that put a share, amount or
    duration forward as a demand or an offer ("fordert", "bietet an", "seeking",
    "offered"): figures of two stances are two figures of one negotiation."""
    MOVE_UNITS: tuple[str, ...]
    """Lemmas of nouns a level moves by ("the Dow fell 1,214 *points*", "der DAX verlor 300
    *Punkte*"): a count of them right after a verb of moving is a change, one day's move,
    no level (the packs' ``hedges.INCREASE_WORDS`` and ``DECREASE_WORDS``); folded."""
    THRESHOLD_AFTER: str
    """A pattern matched right after a counted noun that keeps only those above a threshold
    ("15 aftershocks *of magnitude 4.5 or greater*", "Nachbeben *der Stärke 4 und mehr*"):
    a subset of the noun's things, never set against a count of all of them; "" for none."""
    STANCE_CONTINUATIONS: tuple[str, ...]
    """First words of a clause with no verb of its own that goes on with the demand or
    offer of the clause before it ("Verdi fordert 8 Prozent, *mindestens* aber 350 Euro,
    *bei* einer Laufzeit von zwölf Monaten"): its figures take that stance; lower case."""
    NOT_STANCES: tuple[str, ...]
    """Phrases holding a word of ``STANCE_CUES`` that put nothing forward ("the *offer
    price* of $34", "the initial public *offering*", "der *Angebotspreis*"): no stance."""
    EXPANSION_CUES: tuple[str, ...]
    """Words in a paragraph that tell of a place made bigger ("die Fanmeile wird
    *vergrößert*", "the zone was *extended*"): a capacity given there is the new layout's,
    not set against the old one's."""
    RECOVERED_DEAD: tuple[str, ...]
    """Lemmas of nouns for the dead that were found or recovered ("four *bodies*", "vier
    *Leichen*"): a count of them is the part of the toll found so far (``dead:body``),
    never set against the toll."""
    CHANGE_BASES: dict[str, tuple[str, ...]]
    """What a percentage change is measured against, by base (``year``, ``quarter``,
    ``month``), from words in its clause ("*gegenüber dem Vorjahr*", "*from a year
    earlier*", "*month on month*"): two changes are compared only over one base, and a
    change whose base is not said is not compared (``word*`` a prefix)."""
    OPERATOR_WORDS: tuple[str, ...]
    """Words right before a count that make it all a body operates ("Meridian Valley
    *operates* seven hospitals", "die Kette *betreibt* zwölf Filialen"): the whole set
    (``concepts.WHOLE_SCOPE``), of whatever noun."""
    OFFSET_AFTER: tuple[str, ...]
    """Words right after a length of time that make it that long before or after an event
    named next ("rund vier Stunden *vor dem* Anpfiff", "two hours *ahead of* kickoff"): a
    moment told by its distance from another (``concepts.OFFSET``), the length of nothing,
    and not compared as a duration (a gate closed and one opened are two moments)."""
    OFFSET_OPENING: tuple[str, ...]
    """Words right after a length of time that opens its sentence that make it a moment
    too (``OFFSET_AFTER``), where they also open a clause after a length mid-sentence:
    "*Five days after* the dam failed, residents ..." (but "the standoff lasted six hours
    *before* the gunman surrendered")."""
    ELAPSED: tuple[str, ...]
    """Words right before a length of time that make it the time until what the rest of
    its clause tells ("*Nach* knapp vier Stunden war die Strecke wieder frei", "*after*
    nearly two hours the passengers were no longer trapped"): the word naming what it
    measures (``MEASURE_SUBJECTS``) may stand anywhere after it in the clause."""
    DISTANCE_FROM: tuple[str, ...]
    """Words right after a length that make it a distance from something ("about 600 feet
    *from* the chamber", "etwa 180 Meter *von* der Kammer entfernt"): a subject word before
    the number ("Rescue teams *underground* were ...") is not what it measures."""
    MEASURE_SUBJECTS: dict[str, tuple[str, ...]]
    HOLDER_TITLES: frozenset[str]
    """Words for a kind of body before its name in a run of capitalised words ("die
    *Gewerkschaft* GBL", "der *Konzern* Lufthansa"), folded: the name alone holds a share,
    as "die GBL" does."""
    VALUE_HEADS: tuple[str, ...]
    """Words for a value that name nothing of their own ("Kohlenmonoxid*werte* von bis zu
    380 ppm", "carbon monoxide *levels* of up to 400 ppm"): a reading named by one measures
    the thing before it (the compound's part before it where compounds are written
    together); folded."""
    FALL_FROM: tuple[str, ...]
    """Words right before a height (or before its word, with the article) a fall set out
    from: with a word of a fall (``MEASURE_SUBJECTS["fall"]``) before it, the height
    measures the fall ("stürzte *aus* rund zwölf Metern Höhe", "fell *from* a height of
    about 10 metres"), not a height ("*Aus* 300 Metern Höhe filmte die Drohne")."""
    GLUED_LENGTH_SUBJECTS: dict[str, tuple[str, ...]]
    """What a length glued to a noun measures when it is not its length, by the noun (a
    compound's last part where nouns are written together): "an *8-foot* fence", "ein
    Drei-Meter-Zaun" give a height, "a *16-inch* pipeline" a diameter; folded nouns. Only
    for a height of at most 350 metres and a diameter of at most 3 (a "two-mile wall" is
    long)."""
    MEASURE_OWNER: str
    SUBJECT_SUBGROUPS: tuple[str, ...]
    """Words right before a measure's subject word that narrow it to a group ("the *youth*
    unemployment rate", "the *insured* unemployment rate"): a rate of a group is another
    measure than the rate of all, keyed apart (``share:unemployment@youth``), folded."""
    SUBJECT_OWNED_BEFORE: tuple[str, ...]
    """Possessives of one owner right before a measure's subject word ("Inhaber Sauter
    beziffert *seinen* Schaden auf 2,5 Millionen Euro", "the owner put *his* damage at $2
    million"): the figure is one party's, a part (``concepts.PART_SCOPE``) of what the
    story's figure of that subject counts, folded. Not the plural's ("their losses" may
    be everyone's)."""
    """Regex ending right before a measure's number: a thing named with a subject word of
    its measure ("eine *Überwachungszone mit einem Radius von* zehn Kilometern", "a
    *surveillance zone with a radius of* 10 km"); group ``owner`` is the thing (a first
    word of it that is a determiner, ``attribution.DETERMINERS``, is left out), ``word``
    the subject word. Two measures of one subject of two things measure two things."""
    """What a measure with no noun of its own measures, from a word near it in its clause
    (``word*`` a prefix): "am *Pegel* Kelheim 7,48 Meter" a water level, "110 Meter
    *hoch*" a height, "*Kosten* von 3,4 Milliarden Euro" a cost. Keys are language-neutral
    subjects; a measure with none of them is not compared."""
    MATURITY_NOUNS: tuple[str, ...]
    """Nouns a duration glued to them names a kind of ("the *10-year* Treasury note", "the
    two-year yield", "a 30-year mortgage"): instruments of several terms told in one story,
    so such a duration is no figure to compare. Lemmas, lower case."""
    DESCRIPTIVE_ENDINGS: tuple[str, ...]
    """Endings of a modifier before a counted noun that says what the counted do or feel,
    not which of them are counted ("76,000 *screaming* fans", "*jubelnde* Fans"): no
    narrowing of the noun (a present participle)."""
    PLACE_PARTICIPLES: tuple[str, ...]
    """Modifiers with such an ending that say where the counted are, and so which
    ("two *neighbouring* buildings", "die *umliegenden* Häuser", "the *remaining* miners"):
    they narrow the noun; whole words, lower case."""
    INCREMENT_WORDS: tuple[str, ...]
    """Words right before or after a number that add it to a figure before it ("*weitere*
    15.000", "800 *weitere*", "*another* 20", "20 *more*"; see ``concepts.INCREMENT_SCOPE``)."""
    REST_WORDS: tuple[str, ...]
    """The words of ``INCREMENT_WORDS`` that name the rest of a set ("die *übrigen* drei
    Verletzten", "the *remaining* three"): always a part of a set told of before, whatever
    figure stands nearest (a part of it, "zwei davon schwer", or none)."""
    POSITION_WORDS: tuple[str, ...]
    """Words right before a count that pick some of a set by where they lie ("the *upper*
    two floors", "die *oberen* zwei Stockwerke", "the *last* three carriages"): a part of
    the set, never its size ("a six-story building")."""
    EXCLUDING_WORDS: tuple[str, ...]
    """Words in a figure's clause, or opening its sentence, that leave a part of the whole
    out ("a capacity of about 13,900 *without the* East Stand", "*Ohne die* Osttribüne ...
    13.900 Zuschauer", "*excluding* fees"): the figure is a part, below the whole no
    conflict."""
    OTHERS_WORDS: tuple[str, ...]
    """Last words of a count of people besides those counted before it in the sentence
    ("killing one man and leaving 16 *others* injured"): the injured so counted leave the
    dead out, as a count beside a death told of does (``concepts.DEATHS_PREFIX``), folded."""
    DESIGNATED_PART_AFTER: str
    """Regex matched right after a count and its noun: a unit of a site named by a letter
    or a number ("die 180 Gefangenen *im Hafthaus B*", "the 40 inmates *in Block C*",
    "*on Ward 4*"): the count is of that unit, a part of the site's whole."""
    COMPASS_AREA_PATTERN: str
    """A pattern for a part of the story's area named by its direction, group 1 the
    direction word ("*in the northwest*", "*im Nordwesten*"); empty: none."""
    COMPASS_AREAS: dict[str, str]
    """Direction words (folded, hyphens dropped) and the language-neutral part they name
    ("nordwesten" and "northwest": ``northwest``): figures for two parts, or for a part and
    a place named as a whole, count different things."""
    SEGMENT_PATTERN: str
    """A pattern for a word that names one sector, industry or division of a whole, said
    before a figure in its stretch ("the health care *sector* added 68,000 jobs", "Sales at
    its hardware *division* fell 3%", "die *Baubranche* verlor 12.000 Stellen"): the figure
    is that part's, not the whole's; "": none."""
    SITE_COUNTRY_PATTERN: str
    """A pattern for a body's sites in one country, by the country's adjective (group
    ``adj``) after a locative and before a word for its sites ("*an den deutschen
    Standorten* arbeiten 2.400", "*at its German plants*"): the clause's figures are of that
    country, as "in Deutschland" makes them; "": none."""
    HELD_BY_PATTERN: str
    """A pattern for the side that holds the area a figure is given for, its first
    non-empty group the side ("Russian-held", "under Russian control", "unter russischer
    Kontrolle"): figures for areas held by two sides count different things; empty: none."""
    PARTITIVE_AFTER: str
    """A pattern for the words right after a number that make it a part of a set named after
    them ("97 *of the* dead", "zwei *der* toten Frauen"): not set against the whole; "": none."""
    PARTITIVE_WHOLE_BEFORE: str
    """A pattern for the words right before a number that make it the whole set a part is taken
    from ("150 *of the village's* 1,800 residents died"): not what the verb counts; "": none."""
    PARTITIVE_OPENING: str
    """A pattern for a sentence opening that names the set its figures are parts of, group
    1 the set's noun ("*Of the dead,* 41 were women and 23 men", "*Unter den Toten* sind
    zwei Kinder"); empty: none. A part of a running total (the dead) is a running total."""
    HYPHEN_COUNTED: dict[str, str]
    """Nouns (or their stems) a count is glued to by a hyphen ("a 12-story tower",
    "ein 9-geschossiges Haus"), and the concept the number then counts."""
    MULTIPLIERS: frozenset[str]
    """Nouns (folded heads) that make the number before them a ratio, no count ("more than
    three *times* its size", "drei *Mal* so groß"): no claim."""
    SIZING_AFTER: tuple[str, ...]
    """Words right after a counted noun that make the count the size of a thing (of a
    fixed part, ``concepts.FIXED_CONCEPTS``) rather than a count of parts in a state
    ("des 28 Wagen *langen* Zuges", "a train 28 cars *long*"): what befalls the thing
    is not said of all its parts."""
    AGE_APPOSITION_BEFORE: str
    """A pattern for the text before a bare number that makes it the age of the person
    just named ("Ana Ruiz, 66," / "Maria Lenz (58)"), searched up to the number; empty: none."""
    AGE_APPOSITION_AFTER: str
    """A pattern for the text right after such a number (", " or ")")."""
    AGE_NAMING: str
    """A pattern for the words that give a kind of person a name ("the woman who died *has
    been named as* Ana Ruiz, 66", "bei dem Fahrer *handelt es sich um* Jan Kock (41)"):
    the age set after the name is of the kind named before them; empty: none."""
