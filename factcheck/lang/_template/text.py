"""TEMPLATE for a new language: text.

What it holds: sentence boundaries and function words.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Text, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# tokens ending in "." that do not end a sentence (compared case-sensitively,
# English: 'Apr', 'Aug', 'Ave', 'Blvd', ...
ABBREVIATIONS: frozenset[str] = frozenset()

# Sentence openings that carry the previous sentence's attribution forward.
# English: 'According to the same', 'It added', 'He added', 'She added', ...
DEMONSTRATIVE_CARRY: tuple[str, ...] = ()

# Pronouns that may refer back to the last named person.
# English: 'he', 'her', 'him', 'she'
PRONOUNS_PERSON: frozenset[str] = frozenset()

# Phrases that refer to the two actors named last ("die beiden Führer").
# English: 'the two', 'both', 'the two leaders'
BOTH: tuple[str, ...] = ()

# True when a number of one or two digits followed by a dot is an ordinal that does not end a
# sentence ("am 9. August"); False where such a dot ends it ("at 41. By").
# English: False
ORDINAL_DOT: bool = False

# A pattern for a sentence's end whose pronoun speaker carries the attribution of the sentence
# before forward (", he said."; empty for none).
# English: ',[\\"”]?\\s+(?:he|she|it|they)\\s+(?:also\\s+)?(?:said|says|added|adds|told\\s+\\w+|
# explained|stressed|noted|wrote)\\b(
CARRY_ENDINGS: str = ""

# Abbreviations (without the final dot) that end a sentence when a capitalised word follows that
# is no weekday, month or time zone ("at 6:40 p.m. Officials said"; not "at 6 p.m. Monday").
# English: 'a.m', 'etc', 'p.m'
FINAL_ABBREVIATIONS: frozenset[str] = frozenset()
