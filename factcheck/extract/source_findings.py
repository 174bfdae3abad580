"""Sources named by their findings: "nach *Polizeiangaben*", "laut *dpa-Informationen*",
"police estimates" (the packs' ``attribution.FINDINGS_WORDS``; see docs/extraction.md,
"Attribution")."""

from __future__ import annotations

from functools import cache

from factcheck.extract.persons import _known_sources as known_sources
from factcheck.extract.places.lookup import country_of_adjective
from factcheck.lang import get_language


@cache
def findings_words(lang: str) -> frozenset[str]:
    """The pack's ``attribution.FINDINGS_WORDS``, folded."""
    return frozenset(f.casefold() for f in get_language(lang).attribution.FINDINGS_WORDS)


def findings_owner(phrase: str, lang: str) -> str | None:
    """Whose findings a compound names ("Polizeiangaben": "Polizei", "Behördenangaben":
    "Behörden"; open, "police estimates": "police"): its first part, when that part is an
    organisation (the pack's ``attribution.ORG_WORDS``) and the head a findings word; of
    a hyphenated one ("dpa-Informationen", "Polizei-Angaben"), its first part when that
    is a known source or an organisation. A lower-case word before a compound that is no
    country's adjective leaves the compound's owner ("nach *ersten* Polizeiangaben"), while
    "britischen Geheimdienstinformationen" stays a document of its country."""
    pack = get_language(lang)
    if " " in phrase:
        first, _, head = phrase.rpartition(" ")  # "police estimates": the police's findings
        org = first.casefold().endswith(pack.attribution.ORG_WORDS)
        if org and head.casefold() in findings_words(lang):
            return first
        if first.islower() and country_of_adjective(first, lang) is None:
            return findings_owner(head, lang)  # "nach *ersten* Polizeiangaben"
        return None
    if "-" in phrase:
        # "dpa-Informationen": a known source before the findings word, or an organisation
        # ("Polizei-Angaben")
        first, _, head = phrase.rpartition("-")
        known = first in known_sources()[0] or first.casefold().endswith(pack.attribution.ORG_WORDS)
        return first if head.casefold() in findings_words(lang) and known else None
    low = phrase.casefold()
    for f in pack.attribution.FINDINGS_WORDS:
        head = f.casefold()
        if low.endswith(head) and len(low) > len(head) + 2:
            first = phrase[: len(phrase) - len(head)]
            for link in ("", *pack.nouns.LINKING_ELEMENTS):
                stem = first[: len(first) - len(link)] if link else first
                if (not link or first.endswith(link)) and stem.casefold().endswith(
                    pack.attribution.ORG_WORDS
                ):
                    return stem
    return None
