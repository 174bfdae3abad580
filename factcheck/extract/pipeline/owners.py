"""Whose size a bare measure gives, told by the noun its sentence opens with.

"The four-span bridge, about 240 metres long, opened in 1971" gives the bridge's length,
"Die ausgeschilderte Umleitung ist rund 18 Kilometer lang" the detour's: a length, a height,
a width or a depth with no noun of its own is of the thing the sentence's subject names
when the sentence opens with an article and that noun. Two sizes of two named things (the
bridge and its central span, the tunnel and the detour) are never compared; a size whose
thing is not told stays comparable with any other of its story.
"""

from __future__ import annotations

from factcheck.extract.nouns import concept_of, find_counted_noun
from factcheck.lang import get_language
from factcheck.lang.concepts import LENGTH, PERSON_CONCEPTS

SIZES = frozenset({LENGTH, "height", "width", "depth"})
"""The subjects (``nouns.MEASURE_SUBJECTS``) of a thing's size."""

OPENING_WORDS = 4
"""How many words after the article the noun of the sentence's subject may stand."""


def opening_owner(text: str, s: int, start: int, subject: str, lang: str) -> str:
    """The noun the sentence from ``s`` opens with, after an article, for a size
    (:data:`SIZES`) whose figure starts at ``start``: in German its first capitalised word
    ("Die ausgeschilderte *Umleitung* ist"), in English the word before the first comma
    or verb of being ("The four-span *bridge*, about", "The *detour* is"), as the head of
    a counted noun (its lemma), folded; "" when the sentence opens otherwise, or with a
    person ("Der Arbeiter war in 20 Metern Höhe")."""
    if subject not in SIZES:
        return ""
    words = text[s:start].split()
    pack = get_language(lang)
    # "The four-span bridge", or with a possessive of one owner: "*Its* central span, about
    # 110 metres long" (the pack's ``nouns.SUBJECT_OWNED_BEFORE``)
    openers = {*pack.syntax.ARTICLES, *(w.casefold() for w in pack.nouns.SUBJECT_OWNED_BEFORE)}
    if len(words) < 3 or words[0].casefold() not in openers:
        return ""
    capitalised = pack.numbers.NOUNS_CAPITALISED
    copulas = {w.casefold() for w in (*pack.nouns.PART_COPULAS, *pack.nouns.AGE_COPULAS)}
    head = ""
    for i, word in enumerate(words[1 : 1 + OPENING_WORDS], start=1):
        bare = word.rstrip(",;:")
        if not bare.replace("-", "").isalpha():
            return ""
        if capitalised:
            if bare[:1].isupper():
                head = bare
                break
            continue
        after = words[i + 1].casefold() if i + 1 < len(words) else ""
        if bare != word or after in copulas:
            head = bare
            break
    if not head or concept_of(head, lang) in PERSON_CONCEPTS:
        return ""
    # its head as a counted noun has it ("die 120 Meter lange *Halle*": the same word)
    noun = find_counted_noun(f" {head}", 0, len(head) + 1, lang)
    return (noun.head if noun is not None else head).casefold()
