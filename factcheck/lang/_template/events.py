"""TEMPLATE for a new language: events.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: words that announce events, by event type. See the German file.
"""

from __future__ import annotations

# English: {'meeting': ('meet', 'met ', 'met,', 'met.', 'summit', 'talks with'), 'visit':
#   ('visit', 'trip', 'tour of', 'toured', 'stay in'), 'arrival': ('arrive', 'arrival', 'landed
#   in', 'touched down'), ...}
EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {}

# English: 'in', 'at', 'near', 'on'
LOCATIVE_PREPOSITIONS: tuple[str, ...] = ()

# English: 'to', 'for'
DIRECTIONAL_PREPOSITIONS: tuple[str, ...] = ()

# English: 'from'
ORIGIN_PREPOSITIONS: tuple[str, ...] = ()

# English: 'to'
DESTINATION_PREPOSITIONS: tuple[str, ...] = ()

# English: 'deliver', 'ship', 'sent', 'send', ...
DELIVERY_VERBS: tuple[str, ...] = ()

# English: 'receiv', 'got', 'obtain', 'import', ...
RECEIVE_VERBS: tuple[str, ...] = ()

# English: 'since\\s+(?:this|that|the|the\\s+last)\\s+(?:meeting|visit|summit|trip)'
SINCE_EVENT: str = ""
"""A "since" that points back to the event named before ("since that meeting")."""

# English: '(?P<h>[01]?\\d)(?::(?P<m>[0-5]\\d))?\\s*(?P<ampm>a\\.\\s?m\\.?|p\\.\\s?m\\.?)...'
CLOCK_PATTERN: str = ""
"""A clock time, with groups ``h``/``m`` (and ``ampm``) or ``h24``/``m24``; empty: none read."""

# English: ('p',)
CLOCK_PM: tuple[str, ...] = ()
"""The first letters of the afternoon marker, for languages that count hours to twelve."""

# English: ()
CLOCK_NOON_WORDS: tuple[str, ...] = ()
"""Words that stand for a clock time on their own."""

# English: {'approx': ('around', 'about', ...), 'after': ('shortly after', ...), ...}
CLOCK_HEDGES: dict[str, tuple[str, ...]] = {}
"""The words before a clock time that hedge it: approx, after, before, exact."""

# English: {'local time': 'local', 'gmt': 'UTC', ...}
CLOCK_ZONES: dict[str, str] = {}
"""Zone words after a clock time, folded, and the zone they name."""

# English: {'collapse': ('collapsed', 'gave way', ...), 'start': ('began', ...), ...}
CLOCK_EVENTS: dict[str, tuple[str, ...]] = {}
"""Words that say which moment a clock time in their clause gives."""
