"""TEMPLATE for a new language: attribution.

What it holds: how attribution and modality are written.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Attribution, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# phrases followed by the source ("laut X", "nach Angaben von X").
# English: 'according to', 'citing', 'quoting', 'as reported by', ...
SOURCE_BEFORE: tuple[str, ...] = ()

# postpositions after the source ("X zufolge").
# English:
SOURCE_AFTER: tuple[str, ...] = ()

# the SOURCE_BEFORE markers whose source the speaker cites ("citing X"): an inner link.
# English: 'citing', 'quoting'
CITING_MARKERS: tuple[str, ...] = ()

# reporting verbs; "X sagte" and "sagte X" both attribute to X.
# English: 'claiming', 'saying', 'estimating', 'said', ...
SPEECH_VERBS: tuple[str, ...] = ()

# nouns that make "nach X-Erkenntnissen" a document source.
# English: 'findings', 'intelligence', 'report', 'reports', ...
FINDINGS_WORDS: tuple[str, ...] = ()

# heads of role nouns; "Verteidigungsminister Shin" is a person with a role.
# English: 'minister', 'president', 'spokesman', 'spokeswoman', ...
ROLE_WORDS: tuple[str, ...] = ()

# Speakers naming no body ("ein Sprecher"), folded: for the one the sentence before names.
# English: 'spokesman', 'spokeswoman', 'spokesperson', 'a spokesman', ...
BARE_SPEAKERS: tuple[str, ...] = ()

# heads of organisation nouns (-> government or organisation).
# English: 'ministry', 'government', 'authorities', 'army', ...
ORG_WORDS: tuple[str, ...] = ()

# organisation nouns only as a whole word ("die *Stadt*", not "Innenstadt").
# English: 'city', 'state'
ORG_WHOLE_WORDS: tuple[str, ...] = ()

# Ends of lower-case nouns before a firm's name ("chip*maker* Intel"); () for German.
# English: 'maker', 'company', 'firm', 'giant', ...
COMPANY_DESCRIPTORS: tuple[str, ...] = ()

# heads of media nouns (-> agency or outlet).
# English: 'news agency', 'agency', 'newspaper', 'state media', ...
MEDIA_WORDS: tuple[str, ...] = ()

# Last words of outlets' titles ("the Chicago *Tribune*"), only when capitalised.
# English: 'times', 'post', 'tribune', 'herald', ...
MEDIA_TITLE_WORDS: tuple[str, ...] = ()

# Heads of nouns for governments and ministries: a source of kind government.
# English: 'ministry', 'government', 'kremlin', 'pentagon', ...
GOVERNMENT_WORDS: tuple[str, ...] = ()

# cue words per modality (lower-case whole words); "backshift": a future told in the past ("said
# 300 jobs *would* go"), planned under a source unless a perfect follows.
# English: {'alleged': ('allegedly', 'reportedly', 'purportedly', 'suspected', 'alleged',
# 'apparently'), 'denied': ('denied', 'deny', 'denies', 'rejected', 'dismissed'), 'planned':
# ('threatened to', 'threatening to', 'threaten to', 'threatens to', 'faces up to', 'face up
# to', 'will', 'plans', 'planned', 'plan', 'scheduled', 'intends', 'expected', 'expects',
# 'expect', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'predicted', 'predicts',
# 'predict', 'likely to', 'is due', 'are due', 'was due', 'were due', 'due to be', 'due to
# begin', 'due to start', 'due to open', 'due to arrive', 'due to take', 'due to meet', 'due to
# vote', 'due for', 'are to be', 'is to be', 'is to', 'are to', 'foresees', 'envisages',
# 'proposes', 'proposed', 'propose', 'guided', 'guidance', 'outlook', 'target of', 'targets of',
# 'goal of', 'aims to', 'aim to', 'aiming to', 'aimed to', 'forecast', 'forecasts', 'projected',
# 'anticipated', 'had registered', 'registered for'), ...}
MODALITY: dict[str, tuple[str, ...]] = {}

# A pattern for passives ("wird *vermisst*"): a plan cue in one plans nothing; "" for none.
# English: ''
PASSIVE: str = ""

# Hearsay opening with a plan cue, alleged: "soll 5.000 Euro *gestohlen haben*"; "" if none.
# English: ''
HEARSAY: str = ""

# A guess at what has already happened, opening with a hypothetical cue ("up to 9,500 barrels
# *may have leaked*", "bis zu 60.000 Liter *könnten ausgelaufen sein*"): the figure is an
# estimate, not a hypothesis; "" if none.
# English: '(?<![\\w-])(?:may|might)(?:\\s+(?:well|already|also))?\\s+have\\s+[a-z]+(?![\\w-])'
EPISTEMIC_PAST: str = ""

# A guess at how things stand, opening with a plan cue ("der Schaden *dürfte bei* 18 Millionen
# Euro *liegen*", "the damage was *likely to be* around £18 million"): the figure is an
# estimate, not a plan; "" if none.
# English: '(?<![\\w-
# ])likely\\s+to\\s+(?:have|be\\s+(?:around|about|roughly|some|more|less|fewer|higher|lower|well
# |far|much|over|u
EPISTEMIC_STATE: str = ""

# Determiners and prepositions ("die", "the", "for"): a plan or allegation cue after one plans
# or alleges only its noun phrase's figure.
# English: 'a', 'about', 'against', 'an', ...
DETERMINERS: frozenset[str] = frozenset()

# Nouns of a proposal right after a denial cue ("members *rejected* a contract *offer*",
# "lehnten das *Angebot* ab"): the cue refuses a proposal, it denies no claim, and the
# proposal's figures stand as they were offered. Matched at the start of a word.
# English: 'offer', 'contract', 'proposal', 'deal', ...
REFUSED_PROPOSALS: tuple[str, ...] = ()

# Words right after a plan cue that open what is planned ("its plan *to* raise defence spending
# to 2% of GDP"): after a determiner the cue still plans the clause's figures.
# English: 'to'
PLAN_INFINITIVE: tuple[str, ...] = ()

# Konjunktiv I forms (``habe``, ``sei``): a sentence in them inherits the last source.
# English:
SUBJUNCTIVE: tuple[str, ...] = ()

# Infinitives that, with "will/soll/werde", describe a planned event.
# English: 'take place', 'sign', 'meet', 'travel', ...
PLANNED_EVENT_VERBS: tuple[str, ...] = ()

# Reporting verbs whose next noun is the object ("Südkorea wirft Nordkorea vor").
# English: 'accused', 'accuses', 'accuse', 'blamed', ...
SUBJECT_ONLY_VERBS: tuple[str, ...] = ()

# Auxiliaries between speaker and reporting verb ("Sie hatte am Montag gesagt").
# English: 'has', 'had', 'have'
PERFECT_AUXILIARIES: tuple[str, ...] = ()

# Adverbs between a speaker and its verb, no part of its name ("Police *later* said").
# English: 'also', 'later', 'now', 'earlier', ...
SPEAKER_ADVERBS: tuple[str, ...] = ()

# True where a speaker may follow its auxiliary ("50.000 hatte *die Polizei* gezählt").
# English: False
AUXILIARY_BEFORE_SPEAKER: bool = False

# Words of a past-tense sentence ("had", "zuletzt"): bare weekdays point back in it.
# English: 'had', 'was', 'were', 'did', ...
PAST_TENSE_WORDS: tuple[str, ...] = ()

# Past forms written as the present ("hit"): past where no plan cue stands.
# English: 'hit', 'cut', 'hurt', 'spread', ...
PLAIN_PAST_WORDS: tuple[str, ...] = ()

# Endings of past-tense words ("ed": "arrived"), after at least one more letter.
# English: 'ed'
PAST_TENSE_ENDINGS: tuple[str, ...] = ()

# Any other past-tense construction, a pattern ("hat ... gezählt"); "" for none.
# English: ''
PAST_TENSE: str = ""

# Phrases after a reporting verb that name the medium a speaker talked to.
# English: 'in an interview with', 'told'
VIA_MARKERS: tuple[str, ...] = ()

# The audience a speaker talks to ("told *reporters*"), lower case: never a source.
# English: 'reporters', 'journalists', 'news conference', 'press conference', ...
PRESS_AUDIENCE: tuple[str, ...] = ()

# The preposition of findings sources ("nach US-Erkenntnissen").
# English: 'according to'
FINDINGS_MARKER: str = ""

# Words after a findings word naming its owner ("Angaben *der* Polizei"): left to markers.
# English: 'of', 'from', 'by'
FINDINGS_OWNER_WORDS: tuple[str, ...] = ()

# Prepositions that give a source's country by a place ("Behörden *in* Kiew").
# English: 'in', 'of'
SOURCE_PLACE_PREPOSITIONS: tuple[str, ...] = ()

# Words presenting a figure as a correction (case-blind word starts; ``*``: longer too).
# English: 'corrected', 'correction', 'correcting', 'revised', ...
REVISION_WORDS: tuple[str, ...] = ()

# A sentence opening that gives its source to the sentence before ("Das teilte die Polizei mit",
# "That's according to police"), matched at the start; "" for none.
# English: "\\W*(?:That|This)(?:'s|’s|\\s+is|\\s+was)\\s+according\\s+to(?![\\w-])"
BACKWARD_SOURCE: str = ""
