"""TEMPLATE for a new language: attribution.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: how attribution and modality are written. See the German file for the meaning
    of each table.
"""

from __future__ import annotations

# English: 'according to', 'citing', 'as reported by', 'quoted by', ...
SOURCE_BEFORE: tuple[str, ...] = ()

# English:
SOURCE_AFTER: tuple[str, ...] = ()

# English: 'said', 'says', 'say', 'told', ...
SPEECH_VERBS: tuple[str, ...] = ()

# English: 'findings', 'intelligence', 'report', 'reports', ...
FINDINGS_WORDS: tuple[str, ...] = ()

# English: 'minister', 'president', 'spokesman', 'spokeswoman', ...
ROLE_WORDS: tuple[str, ...] = ()

# English: 'ministry', 'government', 'authorities', 'army', ...
ORG_WORDS: tuple[str, ...] = ()

# English: 'news agency', 'agency', 'newspaper', 'state media', ...
MEDIA_WORDS: tuple[str, ...] = ()

# English: 'ministry', 'government', 'kremlin', 'pentagon', ...
GOVERNMENT_WORDS: tuple[str, ...] = ()

# English: {'alleged': ('allegedly', 'reportedly', 'purportedly', 'suspected', 'alleged',
#   'apparently'), 'denied': ('denied', 'deny', 'denies', 'rejected', 'dismissed'), 'planned':
#   ('will', 'plans', 'planned', 'plan', 'scheduled', 'intends', 'expected', 'expects',
#   'expecting', 'due', 'forecast', 'forecasts', 'projected', 'anticipated', 'had registered',
#   'registered for'), ...}
MODALITY: dict[str, tuple[str, ...]] = {}

# English:
SUBJUNCTIVE: tuple[str, ...] = ()

# English: 'take place', 'sign', 'meet', 'travel', ...
PLANNED_EVENT_VERBS: tuple[str, ...] = ()

# English: 'accused', 'accuses', 'accuse', 'blamed', ...
SUBJECT_ONLY_VERBS: tuple[str, ...] = ()
"""Reporting verbs whose following noun is the object, not the speaker."""

# English: '(?<![\\w-
#   ])(?:had|was|were|did|met|arrived|visited|signed|left|went|came|took|said|told|last)(?![\\w-
#   ])|(?<![\\w-])\\w+
PAST_TENSE: str = ""
"""A past-tense sentence: bare weekdays and months in it point back in time."""

# English: 'in an interview with', 'told'
VIA_MARKERS: tuple[str, ...] = ()
"""Phrases after a reporting verb that name the medium a speaker talked to."""

# English: 'according to'
FINDINGS_MARKER: str = ""
"""The preposition of findings sources ("according to US intelligence")."""

# English: 'corrected', 'correction', 'correcting', 'revised', ...
REVISION_WORDS: tuple[str, ...] = ()
"""Words that present a figure as a correction of an earlier one, matched case-
insensitively at the start of a word; an entry ending in ``*`` also matches longer
words."""
