"""Who says so, and who acts: persons, sources and attribution chains.

Attribution is read per sentence from the language pack's ``attribution`` tables:

- a marker before the source: "laut X", "nach Angaben von X", "according to X";
- a postposition: "X zufolge";
- findings: "nach US-Erkenntnissen" (a document source of a country);
- a reporting verb: "X sagte", "sagte X", ", so X", "X said", "said X";
- intermediaries: "in einem Interview mit X", "gegenüber X", "X told Y".

Several sources in one sentence form a chain, outermost first ("sagte Uschakow laut dem
Guardian" -> Guardian, Uschakow). A sentence that opens with a carry-over word
("Demnach") or is written in reported speech (Konjunktiv I) without a source of its own
inherits the previous sentence's attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from factcheck.extract.nouns import is_known_word, lemma
from factcheck.lang import get_language
from factcheck.models import Attribution, Source, SourceKind, Span

_CAP = r"[A-ZÄÖÜ][\w\-’'.]*"
_LOW = r"[a-zäöüß][\w\-]*"
_ART_DE = r"(?:der|die|das|dem|den|des|einem|einer|eines|ein|eine)"
_ART_EN = r"(?:the|a|an)"
_ART_DE_ANYCASE = r"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]inem|[Ee]iner|[Ee]ines)"
_ADJ = r"[a-zäöüß][\w\-]{2,}(?:en|em|er|es|e)"


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text, with the role written next to the name."""

    start: int
    end: int
    name: str
    role: str | None = None


@cache
def _known_sources() -> tuple[dict[str, dict[str, Any]], re.Pattern[str]]:
    import yaml

    raw = resources.files("factcheck.lang").joinpath("sources.yaml").read_text("utf-8")
    entries = yaml.safe_load(raw)
    by_name: dict[str, dict[str, Any]] = {}
    for e in entries:
        for n in e["names"]:
            by_name[n] = e
    names = sorted(by_name, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return by_name, pat


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    att = get_language(lang).attribution
    art = _ART_DE if lang == "de" else _ART_EN
    np = (
        rf"(?:{art}\s+)?(?:{_ADJ}\s+){{0,3}}(?:{_CAP}(?:\s+(?:{_CAP}))*)"
        rf"(?:\s+(?:in|aus|of|in)\s+{_CAP})?"
    )
    before = "|".join(re.escape(m) for m in sorted(att.SOURCE_BEFORE, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(att.SPEECH_VERBS, key=len, reverse=True))
    pats = {
        "before": re.compile(rf"(?<![\w-])(?i:{before})\s+(?P<np>{np})"),
        "verb_after": re.compile(rf"(?<![\w-])(?:{verbs})\s+(?P<np>{np})"),
        "verb_before": re.compile(
            rf"(?:^|(?<=[,:;–—]\s)|(?<=^\W))(?P<np>{np})\s+(?:{verbs})(?![\w-])"
        ),
        "so": re.compile(rf",\s+so\s+(?P<np>{np})") if lang == "de" else re.compile(r"(?!x)x"),
        "findings": re.compile(
            rf"(?i:nach)\s+(?P<np>(?:[A-ZÄÖÜ]{{2,}}-)?(?:{_LOW}\s+)?(?:{'|'.join(att.FINDINGS_WORDS)}))"
            if lang == "de"
            else rf"(?i:according to)\s+(?P<np>(?:[A-Z]{{2,}}\s+)?(?:{'|'.join(att.FINDINGS_WORDS)}))"
        ),
        "via": re.compile(
            rf"(?:in einem Interview mit|gegenüber|im Gespräch mit|in an interview with|told)\s+(?P<np>{np})"
        ),
    }
    if att.SOURCE_AFTER:
        after = "|".join(re.escape(a) for a in att.SOURCE_AFTER)
        pats["after"] = re.compile(
            rf"(?P<np>(?:{_ART_DE_ANYCASE}\s+)?(?:{_ADJ}\s+){{0,2}}(?:{_CAP}\s+){{1,3}}?)"
            rf"(?:{after})(?![\w-])"
        )
    return pats


_LEADING_ART = re.compile(
    r"^(?:der|die|das|dem|den|des|einem|einer|eines|ein|eine|the|a|an)\s+", re.IGNORECASE
)


def classify_source(text: str, start: int, end: int, lang: str) -> Source | None:
    """Read a source noun phrase ``text[start:end]`` into a :class:`Source`."""
    from factcheck.extract import places
    from factcheck.extract.names import name_key

    phrase = text[start:end].strip().rstrip(",.;:")
    phrase = _LEADING_ART.sub("", phrase)
    if not phrase:
        return None
    span = Span(start=start, end=end)
    att = get_language(lang).attribution
    by_name, known_pat = _known_sources()
    km = known_pat.search(phrase)
    words = phrase.split()
    country = None
    for w in words:
        country = country or places.country_of_adjective(w.strip(",."), lang)
    loc = re.search(r"\b(?:in|aus|of)\s+(" + _CAP + r")", phrase)
    if loc and country is None:
        country = places.country_of(loc.group(1), lang)
    if km is not None:
        e = by_name[km.group(1)]
        kind = SourceKind(e["kind"])
        return Source(name=phrase, key=str(e["key"]), kind=kind,
                      country=e.get("country"), span=span)
    low_words = [w.casefold().strip(",.") for w in words]
    # findings: "US-Erkenntnissen"
    for w, lw in zip(words, low_words, strict=True):
        head = lw.split("-")[-1]
        if any(head == f.casefold() for f in att.FINDINGS_WORDS):
            if "-" in w and country is None:
                country = places.country_of_adjective(w.split("-")[0] + "-", lang) or \
                    places.country_of(w.split("-")[0], lang)
            return Source(name=phrase, key=f"{country or '?'}:{lemma(head, lang).casefold()}",
                          kind=SourceKind.DOCUMENT, country=country, span=span)
    # a person with a role: "Verteidigungsminister Shin Wonsik", "Kreml-Berater Juri Uschakow"
    role_idx = None
    for i, lw in enumerate(low_words):
        base = lw.split("-")[-1]
        if any(base.endswith(r) for r in att.ROLE_WORDS) and not any(
            base.endswith(o) for o in att.ORG_WORDS
        ):
            role_idx = i
    media = any(any(lw.endswith(m) for m in att.MEDIA_WORDS) for lw in low_words)
    org_words = [lw for lw in low_words if any(lw.split("-")[-1].endswith(o) for o in att.ORG_WORDS)]
    if role_idx is not None:
        name_words = [w for w in words[role_idx + 1 :] if w[:1].isupper() and w.strip(",.") not in ("in", "des")]
        name_words = [w.strip(",.") for w in name_words if not places.lookup_place(w.strip(",."), lang)]
        role = words[role_idx].strip(",.")
        if role.casefold() in ("des", "der"):
            role = words[role_idx - 1]
        if lang == "de" and country is None and "-" in role:
            country = places.country_of_adjective(role.split("-")[0] + "-", lang) or \
                places.country_of(role.split("-")[0], lang)
        name = " ".join(name_words)
        key = name_key(name) if name else f"{country or '?'}:{lemma(role, lang).casefold()}"
        return Source(name=phrase, key=key, kind=SourceKind.PERSON, role=role,
                      country=country, span=span)
    if media:
        kind = SourceKind.AGENCY if any("agent" in lw or "agency" in lw for lw in low_words) else SourceKind.OUTLET
        head = low_words[-1]
        return Source(name=phrase, key=f"{country or '?'}:{lemma(head, lang).casefold()}",
                      kind=kind, country=country, span=span)
    if org_words:
        head = org_words[-1]
        gov = any(head.split("-")[-1].endswith(g) for g in att.GOVERNMENT_WORDS)
        if country is None and "-" in head:
            country = places.country_of(words[low_words.index(head)].split("-")[0], lang)
        return Source(name=phrase, key=f"{country or '?'}:{lemma(head, lang).casefold()}",
                      kind=SourceKind.GOVERNMENT if gov else SourceKind.ORGANISATION,
                      country=country, span=span)
    place = places.lookup_place(phrase, lang)
    if place is not None:
        iso = places.country_of(phrase, lang)
        return Source(name=phrase, key=f"{iso or place.key}:government",
                      kind=SourceKind.GOVERNMENT, country=iso, span=span)
    caps = [w.strip(",.") for w in words if w[:1].isupper()]
    if caps and all(not is_known_word(c, lang) for c in caps):
        name = " ".join(caps)
        return Source(name=phrase, key=name_key(name), kind=SourceKind.PERSON,
                      country=country, span=span)
    return None


def find_attribution(text: str, start: int, end: int, lang: str) -> Attribution | None:
    """The attribution stated in the sentence ``text[start:end]``, if any."""
    pats = _patterns(lang)
    speakers: list[Source] = []
    outer: list[Source] = []
    phrase: str | None = None
    pspan: Span | None = None
    seen: set[tuple[int, int]] = set()

    def take(m: re.Match[str], bucket: list[Source], label: str) -> None:
        nonlocal phrase, pspan
        a, b = m.span("np")
        if any(a < y and x < b for x, y in seen):
            return
        src = classify_source(text, a, b, lang)
        if src is None:
            return
        seen.add((a, b))
        bucket.append(src)
        if phrase is None:
            phrase = text[m.start() : a].strip() or label
            pspan = Span(start=m.start(), end=m.end())

    for m in pats["findings"].finditer(text, start, end):
        take(m, outer, "nach")
    for key in ("before", "after"):
        if key in pats:
            for m in pats[key].finditer(text, start, end):
                take(m, outer, key)
    for m in pats["via"].finditer(text, start, end):
        take(m, outer, "via")
    for key in ("verb_after", "verb_before", "so"):
        for m in pats[key].finditer(text, start, end):
            take(m, speakers, key)
    if not speakers and not outer:
        return None
    # media and documents are the outer links; people and governments the primary ones
    chain = sorted(outer, key=lambda s: _rank(s)) + speakers
    if not speakers and len(chain) > 1:
        chain = sorted(chain, key=lambda s: _rank(s))
    return Attribution(chain=tuple(chain), phrase=phrase, span=pspan)


def _rank(s: Source) -> int:
    order = {
        SourceKind.OUTLET: 0,
        SourceKind.AGENCY: 1,
        SourceKind.DOCUMENT: 2,
        SourceKind.GOVERNMENT: 3,
        SourceKind.ORGANISATION: 3,
        SourceKind.PERSON: 4,
        SourceKind.UNKNOWN: 5,
    }
    return order[s.kind]


def carries_over(text: str, start: int, end: int, lang: str) -> bool:
    """True when the sentence inherits the previous sentence's attribution."""
    pack = get_language(lang)
    head = text[start : min(end, start + 40)]
    if any(head.startswith(w) for w in pack.text.DEMONSTRATIVE_CARRY):
        return True
    subj = pack.attribution.SUBJUNCTIVE
    if subj:
        words = set(re.findall(r"\w+", text[start:end]))
        return any(s in words for s in subj)
    return False


# -- persons ----------------------------------------------------------------------------
_NAME_TOKEN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßéèëïçA-Z]+(?:-[A-Za-zäöüß]+)*(?![\w-])")


def find_persons(text: str, start: int, end: int, lang: str) -> list[Person]:
    """Person names in ``text[start:end]``: runs of capitalised words the lemmatizer does
    not know and the gazetteer does not hold, with a role word written before them."""
    from factcheck.extract import places

    att = get_language(lang).attribution
    by_name, _ = _known_sources()
    out: list[Person] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0].start(), run[-1].end()
        name = text[a:b]
        role = _role_before(text, a, att.ROLE_WORDS)
        out.append(Person(a, b, name, role))
        run.clear()

    for m in _NAME_TOKEN.finditer(text, start, end):
        w = m.group()
        base = w.split("-")[0]
        is_name = (
            not is_known_word(w, lang)
            and not is_known_word(base, lang)
            and w not in by_name
            and places.lookup_place(w, lang) is None
            and places.country_of_adjective(w, lang) is None
            and not w.isupper()
        )
        if is_name and run and text[run[-1].end() : m.start()].strip() == "":
            run.append(m)
        elif is_name:
            flush()
            run.append(m)
        else:
            flush()
    flush()
    return out


def _role_before(text: str, pos: int, roles: tuple[str, ...]) -> str | None:
    m = re.search(r"([\w\-]+)[\s,]+$", text[max(0, pos - 40) : pos])
    if m is None:
        return None
    word = m.group(1)
    base = word.casefold().split("-")[-1]
    return word if any(base.endswith(r) for r in roles) else None
