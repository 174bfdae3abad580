"""TEMPLATE for a new language: syntax.

What it holds: function words and phrase patterns the engines use.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Syntax, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# The most frequent function words: a short text is recognised by them, no model.
# English: 'a', 'an', 'and', 'are', ...
FUNCTION_WORDS: frozenset[str] = frozenset()

# Words that end the noun a number counts (prepositions, conjunctions, auxiliaries).
# English: 'a', 'aboard', 'about', 'above', ...
NOUN_GROUP_STOP: frozenset[str] = frozenset()

# Words of NOUN_GROUP_STOP that end it only when no noun follows them: an adverb after a number
# ("85 *earlier* in the week") is an adjective before a noun ("two *earlier* attempts").
# English: 'earlier'
STOP_UNLESS_NOUN_AFTER: frozenset[str] = frozenset()

# Words joining two nouns (``und``, ``and``), passed over in the contents after a marker.
# English: 'and', 'or'
COORDINATORS: frozenset[str] = frozenset()

# Words opening a clause of its own after a comma ("..., *and* Hensley died on Tuesday").
# English: 'and', 'but'
CLAUSE_JOINERS: frozenset[str] = frozenset()

# Words joining two persons' names ("Putin *und* Kim", "A *sowie* B").
# English: 'and'
NAME_JOINERS: frozenset[str] = frozenset()

# Definite and indefinite articles, lower case: not part of a name or a source.
# English: 'a', 'an', 'the'
ARTICLES: frozenset[str] = frozenset()

# Words that open a relative clause after a comma ("das Werk, *das* 1987 eröffnet wurde", "the
# plant, *which* opened in 1987"): its subject is the noun before.
# English: 'that', 'which', 'who'
RELATIVE_PRONOUNS: frozenset[str] = frozenset()

# Words opening a clause of what is said ("dass", "that"): "and that" opens another.
# English: 'that', 'whether'
COMPLEMENTIZERS: frozenset[str] = frozenset()

# Modal verbs that, right after a coordinator, open another predicate ("Sie verfügt über 62
# Kabinen *und kann* bis zu 2.400 Personen befördern", "employs 500 and *will hire* 200 more"):
# a modality cue there does not reach the figure before it, as with COMPLEMENTIZERS.
# English: 'are due', 'are expected', 'are scheduled', 'are set to', ...
COORDINATED_MODALS: frozenset[str] = frozenset()

# Words opening a clause of cause, concession or condition, with or without a comma before them
# ("recalls 1.2 million cars *because* the airbag may fail", "weil"): a modality cue in that
# clause does not reach a figure before it, nor one before it a figure inside it.
# English: 'although', 'because', 'in case', 'lest', ...
SUBORDINATORS: frozenset[str] = frozenset()

# Words opening a clause of time after a figure ("the death toll rose to three *after* an
# injured ironworker died", "*nachdem* ein Verletzter gestorben war"): a role word in it is that
# clause's, not the figure's; lower case.
# English: 'after', 'before', 'once', 'until', ...
TIME_SUBORDINATORS: frozenset[str] = frozenset()

# Words opening a clause after a comma about the time just named ("seit 1992, *als* 167
# starben", "since 1992, *when* 167 died"): its figures are of that moment.
# English: 'when'
TIME_RELATIVES: frozenset[str] = frozenset()

# A regular expression for the noun phrase that names a source; ``{cap}`` stands for a name
# token and ``{CAP}`` for a capitalised word, filled in by the attribution engine.
# English: "(?:(?i:the|a|an)\\s+)?(?:(?:{cap}|(?!(?:is|was|were|are|has|have|had|said|says|told|
# that|which|who|and|but|on|in|at|to|
SOURCE_PHRASE: str = ""

# The noun phrase before a postposed source marker (SOURCE_AFTER: ``dem Ministerium zufolge``),
# with ``{CAP}`` as in SOURCE_PHRASE; empty when the language has no such marker.
# English: ''
SOURCE_AFTER_PHRASE: str = ""

# A regex for the words bringing in a source after a comma (German ``, so``); "": none.
# English: ''
SO_SOURCE: str = ""

# Conjunctions that may open a clause before its speaker ("..., *while* organisers put the
# number at 9,000"; "..., *während* die Veranstalter 9.000 zählten").
# English: 'while', 'and', 'but', 'whereas', ...
CLAUSE_OPENERS: tuple[str, ...] = ()

# A regular expression for what follows a speaker whose verb is left out because the clause
# before has it ("Die Polizei sprach von 8.500, *der Bauernverband* von 30.000"; "police said
# 6,000, *organisers* 9,000"): a preposition and a hedge at most, then a digit; empty for none.
# English: '\\s+(?:at\\s+)?(?:(?:about|around|some|nearly|almost|over|more\\s+than|at\\s+least|o
# nly)\\s+)?\\$?\\d'
GAPPED_SOURCE_AFTER: str = ""

# A regex for a compound naming a country or union as actor (``EU-Länder``), in group 1.
# English: ''
COMPOUND_ACTOR: str = ""

# A regular expression (searched in the lower-cased words before a place) for an article that
# makes the place a dative, the destination of a delivery; "": none.
# English: ''
DATIVE_BEFORE_PLACE: str = ""

# Endings of a participle that may follow a place used as an adjective (``US-based``).
# English: 'ed'
PARTICIPLE_ENDINGS: tuple[str, ...] = ()

# Endings of a finite verb or participle ("geliefert", "shipped"): such a delivery verb after a
# number is the clause's verb, not part of the counted noun.
# English: 'ed', 't', 'en'
VERB_FORM_ENDINGS: tuple[str, ...] = ()

# True when a city noun before a place is a word of its own (``the city of``); False when it
# ends a compound (``Hauptstadt``).
# English: True
CITY_NOUN_WORDS: bool = True

# True when a country adjective may stand between a preposition and a place (``in Russian-held
# Crimea``).
# English: True
ADJECTIVE_BEFORE_PLACE: bool = True

# True when a seat's name followed by an organisation word names the organisation, not the state
# (``Tokyo Electric``).
# English: True
ORGANISATION_AFTER_PLACE: bool = True

# True when a participle right after a noun describes it (``the nine miners *trapped* in the
# colliery``); False where a verb there is the clause's own (``150 der 1.800 Einwohner
# *starben*``).
# English: True
PARTICIPLE_AFTER_NOUN: bool = True

# A regular expression (case-insensitive) for the words right before a count of seats or members
# that make it the size of an assembly ("im neuen Landtag *mit* 101 Abgeordneten", "a parliament
# *of* 650 seats"), matched at the end of the text before the figure: the seats there are
# (``concepts.CAPACITY``), none held; "" for none.
# English: '\\b(?:parliament|assembly|legislature|chamber|house|senate|council|congress|diet)\\s
# +(?:of|with)\\s+$'
BODY_SIZE_BEFORE: str = ""

# A regular expression (case-insensitive) for the words right before a count of people that make
# it the population of a place ("a county *of* about 12,000 residents", "eine Gemeinde *mit*
# 3.000 Einwohnern"), matched at the end of the text before the figure: the people live there,
# nothing befell them; "" for none.
# English: '\\b(?:town|city|village|county|country|nation|island|state|region|community|district
# |borough|municipality|suburb|hamlet
POPULATION_BEFORE: str = ""

# A regular expression (case-insensitive) for the words right before a count that make it all of
# what someone has ("Castlemont, which *has* around 3.6 million customers", "die Firma
# *beschäftigt* 1.200 Menschen"), matched at the end of the text before the figure: the whole
# set (``concepts.WHOLE_SCOPE``), of which a count of what befell some may be a part; "" for
# none.
# English: '\\b(?:has|have|had|employs|employed|enrolls|enrols|enrolled|serves|served|holds|held
# |houses|housed)\\s+$'
HOLDER_BEFORE: str = ""
