"""What a reading measures when its noun is a word for a value.

"Kohlenmonoxidwerte von bis zu 380 ppm", "carbon monoxide levels of up to 400 ppm": the
figure measures carbon monoxide, as "bis zu 180 ppm Kohlenmonoxid" and "400 ppm of carbon
monoxide" do; the word for a value (the packs' ``nouns.VALUE_HEADS``: "Wert",
"Konzentration", "level", "reading") names nothing of its own. In a language that writes
its compounds together the value word ends the compound ("Kohlenmonoxid*werte*"), in one
that writes them apart it follows the word that names the thing ("carbon monoxide
*levels*").
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import get_language

VALUE_BEFORE = 64
"""Characters before a figure searched for the words that name what its value is of."""


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    from factcheck.extract.wordlists import alternation

    words: tuple[str, ...] = get_language(lang).numbers.AMOUNT_OF_WORDS
    if not words:
        return None
    return re.compile(rf"([^\W\d_][\w-]*)\s+([^\W\d_][\w-]*)\s+(?i:{alternation(words)})\s+$")


@cache
def _heads(lang: str) -> tuple[str, ...]:
    heads = {h.casefold() for h in get_language(lang).nouns.VALUE_HEADS}
    return tuple(sorted(heads, key=len, reverse=True))


def value_thing(text: str, clause_start: int, start: int, head: str, lang: str) -> str:
    """The thing the figure at ``start`` measures, named before the pack's
    ``numbers.AMOUNT_OF_WORDS`` by ``head`` (folded): the compound's part before a value
    word that ends it ("kohlenmonoxidwerte" -> "kohlenmonoxid"), or the word before a
    value word written apart ("carbon monoxide *levels*" -> "monoxide"); else ``head``."""
    heads = _heads(lang)
    if not heads:
        return head
    if get_language(lang).numbers.NOUNS_CAPITALISED:
        if head in heads:
            return head  # a value word alone ("Messwerte") names nothing before it
        for h in heads:
            if head.endswith(h) and len(head) - len(h) >= 4:
                return head[: -len(h)]
        return head
    if head not in heads:
        return head
    pat = _pattern(lang)
    m = None if pat is None else pat.search(text, max(clause_start, start - VALUE_BEFORE), start)
    if m is None:
        return head
    word = m.group(1)
    syntax = get_language(lang).syntax
    if word.casefold() in syntax.FUNCTION_WORDS or word.casefold() in syntax.NOUN_GROUP_STOP:
        return head  # "the levels of": no thing named before
    return word.casefold()


def is_value_word(word: str, lang: str) -> bool:
    """True when ``word`` (folded) is one of the pack's ``nouns.VALUE_HEADS``: a word for
    a value that names nothing of its own."""
    return word in _heads(lang)
