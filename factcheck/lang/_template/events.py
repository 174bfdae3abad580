"""TEMPLATE for a new language: events.

What it holds: words that announce events, and prepositions and verbs of place.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Events, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# Event type -> word stems that announce it; a word matches when it starts with a stem (case-
# insensitive) and is a whole word. Keep stems specific.
# English: {'meeting': ('meet', 'met ', 'met,', 'met.', 'summit', 'talks with'), 'visit':
# ('visit', 'trip', 'tour of', 'toured', 'stay in'), 'arrival': ('arrive', 'arrival', 'landed
# in', 'touched down'), ...}
EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {}

# Word beginnings that a trigger stem also starts but that announce no event ("Department" is no
# departure, "visitors" no visit, "tripled" no trip).
# English: 'department', 'visitor', 'tripl', 'signal', ...
EVENT_TRIGGER_EXCEPTIONS: tuple[str, ...] = ()

# Prepositions that put an event at a place (``in``, ``bei``, ``at``).
# English: 'in', 'at', 'near', 'on'
LOCATIVE_PREPOSITIONS: tuple[str, ...] = ()

# Prepositions that put an event at a place with one word (an adjective) before the place's name
# ("im bayerischen München", "in the Alpine Innsbruck").
# English: 'at', 'in the', 'in'
ADJECTIVE_PLACE_PREPOSITIONS: tuple[str, ...] = ()

# Prepositions that name where a visit or trip goes (``nach``, ``to``).
# English: 'to', 'for'
DIRECTIONAL_PREPOSITIONS: tuple[str, ...] = ()

# Prepositions that mark where delivered things come from (``aus``, ``from``).
# English: 'from'
ORIGIN_PREPOSITIONS: tuple[str, ...] = ()

# Prepositions that mark the destination or recipient (``nach``, ``an``, ``to``).
# English: 'to'
DESTINATION_PREPOSITIONS: tuple[str, ...] = ()

# Verbs that move things from an origin (the subject) to a destination (recipient).
# English: 'deliver', 'ship', 'sent', 'send', ...
DELIVERY_VERBS: tuple[str, ...] = ()

# Verbs whose subject is the recipient.
# English: 'receiv', 'got', 'obtain', 'import', ...
RECEIVE_VERBS: tuple[str, ...] = ()

# A "since" that points back to the event named before ("seit diesem Treffen").
# English: 'since\\s+(?:this|that|the|the\\s+last)\\s+(?:meeting|visit|summit|trip)'
SINCE_EVENT: str = ""

# A regular expression for a clock time ("1:30 a.m.", "01:17 GMT", "um 14.30 Uhr"): groups
# ``h``/``m`` with ``ampm``, or ``h24``/``m24``.
# English: '(?<![\\w:.])(?P<h>[01]?\\d)(?:[:.](?P<m>[0-
# 5]\\d))?\\s*(?P<ampm>a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)|(?<![\\w:.])(?
CLOCK_PATTERN: str = ""

# The first letters of the afternoon marker (``p`` of p.m.); empty for 24 hours.
# English: 'p'
CLOCK_PM: tuple[str, ...] = ()

# Words that stand for a clock time on their own -> minutes after the day's start ("midnight":
# 1440, its end, "noon": 720); hedged and read as digits are ("*by* midnight").
# English: {'midnight': 1440, 'noon': 720}
CLOCK_WORDS: dict[str, int] = {}

# Words opening the clause after a clock time's that tell its moment came right after it ("Gegen
# 22.50 Uhr traf eine Böe die Bühne, *Sekunden später* stürzte das Dach ein").
# English: 'seconds later', 'moments later', 'minutes later', 'shortly afterwards', ...
SOON_AFTER: tuple[str, ...] = ()

# Hedge of a clock time (``approx``, ``after``, ``before``, ``exact``) -> the words before the
# time that give it (longest first when read).
# English: {'approx': ('around', 'about', 'at about', 'at around', 'approximately', 'roughly',
# 'at roughly', 'some time around'), 'after': ('shortly after', 'just after', 'soon after', 'a
# little after'), 'before': ('shortly before', 'just before', 'a little before'), ...}
CLOCK_HEDGES: dict[str, tuple[str, ...]] = {}

# Zone words after a clock time, folded, and the zone they name (``local``).
# English: {'local time': 'local', 'gmt': 'UTC', 'utc': 'UTC', ...}
CLOCK_ZONES: dict[str, str] = {}

# Moment -> words that say a clock time in their clause gives that moment ("brach … aus": a verb
# whose particle ends the clause); a start and a collapse are two moments.
# English: {'collapse': ('collapsed', 'collapse', 'gave way', 'came down', 'caved in', 'fell
# down', 'breached', 'burst', 'fell through', 'buckled', 'fell onto', 'fell on to', 'crashed
# down', 'came crashing down'), 'start': ('began', 'begun', 'started', 'set off', 'went under',
# 'left', 'departed', 'launched', 'got under way', 'got underway', 'kicked off', 'walked out',
# 'walked off the job', 'went on strike', 'erupted', 'lifted off', 'liftoff', 'lift-off', 'took
# off', 'takeoff', 'left the pad', 'ground stop'), 'outbreak': ('broke out', 'caught fire',
# 'burst into flames', 'went up in flames'), ...}
CLOCK_EVENTS: dict[str, tuple[str, ...]] = {}

# Words of CLOCK_EVENTS that also end a closed compound and give it their moment
# ("Gas*explosion*", "Brücken*einsturz*"); empty where compounds are written apart.
# English:
COMPOUND_MOMENTS: tuple[str, ...] = ()

# Words that make a report the first one ("ersten", "first"): with a word of REPORT_WORDS later
# in the clause they give the moment of the first reports.
# English: 'first'
FIRST_WORDS: tuple[str, ...] = ()

# Words of reporting, alerting or noticing ("Meldungen", "gemeldet", "reported", "sighted");
# ``*`` ends a stem.
# English: 'report', 'reports', 'reported', 'call', ...
REPORT_WORDS: tuple[str, ...] = ()

# Words that open a clause about another moment ("since", "nachdem"): a date after one is not
# the first reports' ("first reported since the dam broke on Tuesday").
# English: 'since', 'when', 'whereas', 'while'
MOMENT_BREAKS: tuple[str, ...] = ()

# Nouns after a first word that are not what was reported ("for the first *time*", "am ersten
# *Tag*"), folded lemmas.
# English: 'time', 'day', 'week', 'month', ...
NOT_REPORTED: tuple[str, ...] = ()

# Words that make the moment word right after them a past event behind what the sentence tells
# ("trapped *since* a roof collapse", "*by* a roof collapse", "*seit* dem Einsturz"): a time of
# the sentence outside their phrase is not that moment's.
# English: 'since', 'by', 'following'
MOMENT_BACKGROUND: tuple[str, ...] = ()

# Prepositions (and their contractions with an article) before a noun that is no subject of a
# moment ("eingestürzt *während* der Sanierung", "collapsed *during* the renovation"); right
# before a moment word they make it a noun ("*beim* Einsturz"), which befalls only what
# :data:`MOMENT_OF` links to it.
# English: 'in', 'on', 'at', 'by', ...
MOMENT_OBLIQUE: tuple[str, ...] = ()

# Articles that make the moment word right after them a noun ("*der* Einsturz", "*the*
# collapse").
# English: 'the', 'a', 'an'
MOMENT_ARTICLES: tuple[str, ...] = ()

# Words that link a moment noun to what it befell, right after it ("der Einsturz *des* Turms",
# "the collapse *of* the tower").
# English: 'of'
MOMENT_OF: tuple[str, ...] = ()
