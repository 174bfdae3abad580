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
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from factcheck.extract.clauses import WordCues, after_breaks, matches_at
from factcheck.extract.nouns import is_known_word, lemma
from factcheck.lang import get_language
from factcheck.models import Attribution, Source, SourceKind, Span

_CAP = r"[A-ZÄÖÜ][\w\-’'.]*"
_LOW = r"[a-zäöüß][\w\-]*"


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
    entries = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml
    by_name: dict[str, dict[str, Any]] = {}
    for e in entries:
        for n in e["names"]:
            by_name[n] = e
    names = sorted(by_name, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return by_name, pat


@cache
def _name_token() -> str:
    """A capitalised word, or a known source written in lower case ("dpa", "taz")."""
    by_name, _ = _known_sources()
    lower = sorted((n for n in by_name if n[:1].islower() and " " not in n), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in lower)
    return rf"(?:{_CAP}|(?:{alts})(?![\w-]))" if alts else _CAP


_NEVER = re.compile(r"(?!x)x")
"""The pattern of a form the language pack does not have: never tried."""

_OPENING_BREAKS = ",:;–—"
"""The clause breaks after which (and a space) ``verb_before`` and ``verb_perfect`` of
:func:`_patterns` can begin, besides the sentence's start (their lookbehind)."""
_GAP_BREAKS = ",;"
"""The same for ``gapped``."""


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    pack = get_language(lang)
    att, syntax = pack.attribution, pack.syntax
    cap = _name_token()
    # the pack's phrase of a source, its {cap} a name token and {CAP} a capitalised word
    np = syntax.SOURCE_PHRASE.replace("{cap}", cap).replace("{CAP}", _CAP)
    before = "|".join(re.escape(m) for m in sorted(att.SOURCE_BEFORE, key=len, reverse=True))
    after_verbs = [v for v in att.SPEECH_VERBS if v not in att.SUBJECT_ONLY_VERBS]
    verbs = "|".join(
        re.escape(v)
        for v in sorted({*att.SPEECH_VERBS, *att.SUBJECT_ONLY_VERBS}, key=len, reverse=True)
    )
    verbs_after = "|".join(re.escape(v) for v in sorted(after_verbs, key=len, reverse=True))
    findings = "|".join(re.escape(f) for f in att.FINDINGS_WORDS)
    findings_low = "|".join(re.escape(f.casefold()) for f in att.FINDINGS_WORDS)
    openers = "|".join(re.escape(o) for o in syntax.CLAUSE_OPENERS) or r"(?!x)x"
    via = "|".join(re.escape(v) for v in att.VIA_MARKERS)
    aux = "|".join(re.escape(v) for v in att.PERFECT_AUXILIARIES)
    pats = {
        "before": re.compile(rf"(?<![\w-])(?i:{before})\s+(?P<np>{np})"),
        "verb_after": re.compile(rf"(?<![\w-])(?:{verbs_after})\s+(?P<np>{np})"),
        # run on the sentence alone, so that ^ is the sentence start
        "verb_before": re.compile(
            rf"(?:^\W*|(?<=[,:;–—]\s)(?:(?:{openers})\s+)?)(?P<np>{np})\s+(?:{verbs})(?![\w-])"
        ),
        # "Die Polizei hatte am Montag gesagt": an auxiliary and a few words between
        "verb_perfect": (
            re.compile(
                rf"(?:^\W*|(?<=[,:;–—]\s)(?:(?:{openers})\s+)?)(?P<np>{np})\s+(?:{aux})"
                rf"(?:\s+[^\s,;:.!?]+){{0,6}}?\s+(?:{verbs})(?![\w-])"
            )
            if aux
            else _NEVER
        ),
        # "Die Polizei sprach von 8.500, der Bauernverband von 30.000": a speaker whose
        # verb the clause before has
        "gapped": (
            re.compile(
                rf"(?<=[,;]\s)(?:(?:{openers})\s+)?(?P<np>{np})(?={syntax.GAPPED_SOURCE_AFTER})"
            )
            if syntax.GAPPED_SOURCE_AFTER
            else _NEVER
        ),
        "so": (re.compile(rf"{syntax.SO_SOURCE}(?P<np>{np})") if syntax.SO_SOURCE else _NEVER),
        # "nach US-Erkenntnissen", "nach britischen Geheimdienstinformationen" (a findings
        # word followed by "der/von X" is left to the markers: "nach Angaben der Polizei")
        "findings": re.compile(
            rf"(?i:{re.escape(att.FINDINGS_MARKER)})\s+"
            rf"(?P<np>(?:[A-ZÄÖÜ]{{2,}}[-\s])?(?:{_LOW}\s+)?(?:{findings}"
            # a compound whose head is a findings word: "nach Polizeiangaben"
            rf"|[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{findings_low})))"
            r"(?!\s+(?:der|des|von|vom|of|from)\b)"
        ),
        "via": re.compile(rf"(?:{via})\s+(?P<np>{np})"),
    }
    if att.SOURCE_AFTER:
        after = "|".join(re.escape(a) for a in att.SOURCE_AFTER)
        pats["after"] = re.compile(
            rf"(?P<np>{syntax.SOURCE_AFTER_PHRASE.replace('{CAP}', _CAP)})"
            rf"(?:{after})(?![\w-])"
        )
    return pats


_LEADING_ART = re.compile(
    r"^(?:der|die|das|dem|den|des|einem|einer|eines|ein|eine|the|a|an)\s+", re.IGNORECASE
)


def _findings_owner(phrase: str, lang: str) -> str | None:
    """Whose findings a one-word compound names ("Polizeiangaben": "Polizei",
    "Behördenangaben": "Behörden"): its first part, when that part is an organisation
    (the pack's ``attribution.ORG_WORDS``) and the head a findings word."""
    if " " in phrase or "-" in phrase:
        return None
    pack = get_language(lang)
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


def classify_source(
    text: str, start: int, end: int, lang: str, *, explicit: bool = False
) -> Source | None:
    """Read a source noun phrase ``text[start:end]`` into a :class:`Source`.

    ``explicit`` says a marker ("laut", "zufolge", "according to") names the phrase as a
    source: then a phrase of no known kind is still a source, of kind ``unknown``."""
    fields = _classify(text[start:end], lang, explicit)
    if fields is None:
        return None
    # validated construction: pydantic-core builds a small model faster than
    # model_construct does (about 5 against 13 us for a Source with its span)
    return Source(**dict(fields), span=Span(start=start, end=end))


_Fields = tuple[tuple[str, Any], ...]


@lru_cache(maxsize=65536)
def _classify(written: str, lang: str, explicit: bool) -> _Fields | None:
    """The fields of the :class:`Source` a phrase names, its span aside: they depend on
    the phrase's words alone, so they are worked out once per phrase ("police said",
    "the ministry said" recur)."""
    from factcheck.extract import places
    from factcheck.extract.names import name_key

    phrase = written.strip().rstrip(",.;:")
    phrase = _LEADING_ART.sub("", phrase)
    if not phrase:
        return None
    att = get_language(lang).attribution
    if phrase.casefold() in att.PRESS_AUDIENCE:
        return None  # "told reporters": the press is spoken to, it is no source
    owner = _findings_owner(phrase, lang)
    if owner is not None:
        # "Polizeiangaben": the police's figures, a source like "die Polizei"
        return _classify(owner, lang, True)
    by_name, known_pat = _known_sources()
    km = known_pat.search(phrase)
    words = phrase.split()
    country = None
    for w in words:
        country = country or places.country_of_adjective(w.strip(",."), lang)
    loc = _LOCATION.search(phrase)
    if loc and country is None:
        country = places.country_of(loc.group(1), lang)
    if km is not None:
        e = by_name[km.group(1)]
        kind = SourceKind(e["kind"])
        return (
            ("name", phrase),
            ("key", str(e["key"])),
            ("kind", kind),
            ("country", e.get("country")),
        )
    low_words = [w.casefold().strip(",.") for w in words]
    # findings: "US-Erkenntnissen"
    findings = {f.casefold() for f in att.FINDINGS_WORDS}
    for w, lw in zip(words, low_words, strict=True):
        head = lw.split("-")[-1]
        if head in findings:
            if "-" in w and country is None:
                country = places.country_of_adjective(
                    w.split("-")[0] + "-", lang
                ) or places.country_of(w.split("-")[0], lang)
            return (
                ("name", phrase),
                ("key", f"{country or '?'}:{lemma(head, lang).casefold()}"),
                ("kind", SourceKind.DOCUMENT),
                ("country", country),
            )
    # a person with a role: "Verteidigungsminister Boris Pistorius", "Kreml-Berater Juri Uschakow"
    roles, orgs = att.ROLE_WORDS, att.ORG_WORDS
    role_idx = None
    for i, lw in enumerate(low_words):
        base = lw.split("-")[-1]
        if base.endswith(roles) and not base.endswith(orgs):
            role_idx = i
    media = any(lw.endswith(att.MEDIA_WORDS) for lw in low_words)
    org_words = [lw for lw in low_words if lw.split("-")[-1].endswith(orgs)]
    if role_idx is not None:
        name_words = [
            w
            for w in words[role_idx + 1 :]
            if w[:1].isupper() and w.strip(",.") not in ("in", "des")
        ]
        name_words = [
            w.strip(",.") for w in name_words if not places.lookup_place(w.strip(",."), lang)
        ]
        role = words[role_idx].strip(",.")
        if role.casefold() in ("des", "der"):
            role = words[role_idx - 1]
        if country is None and "-" in role and get_language(lang).morphology.ROLE_PREFIX_COUNTRY:
            country = places.country_of_adjective(
                role.split("-")[0] + "-", lang
            ) or places.country_of(role.split("-")[0], lang)
        name = " ".join(name_words)
        key = name_key(name) if name else f"{country or '?'}:{lemma(role, lang).casefold()}"
        return (
            ("name", phrase),
            ("key", key),
            ("kind", SourceKind.PERSON),
            ("role", role),
            ("country", country),
        )
    if media:
        kind = (
            SourceKind.AGENCY
            if any("agent" in lw or "agency" in lw for lw in low_words)
            else SourceKind.OUTLET
        )
        head = low_words[-1]
        return (
            ("name", phrase),
            ("key", f"{country or '?'}:{lemma(head, lang).casefold()}"),
            ("kind", kind),
            ("country", country),
        )
    if org_words:
        head = org_words[-1]
        gov = head.split("-")[-1].endswith(att.GOVERNMENT_WORDS)
        if country is None and "-" in head:
            country = places.country_of(words[low_words.index(head)].split("-")[0], lang)
        return (
            ("name", phrase),
            ("key", f"{country or '?'}:{lemma(head, lang).casefold()}"),
            ("kind", SourceKind.GOVERNMENT if gov else SourceKind.ORGANISATION),
            ("country", country),
        )
    place = places.lookup_place(phrase, lang)
    if place is not None:
        iso = places.country_of(phrase, lang)
        return (
            ("name", phrase),
            ("key", f"{iso or place.key}:government"),
            ("kind", SourceKind.GOVERNMENT),
            ("country", iso),
        )
    caps = [w.strip(",.") for w in words if w[:1].isupper()]
    if caps and all(not is_known_word(c, lang) for c in caps):
        name = " ".join(caps)
        return (
            ("name", phrase),
            ("key", name_key(name)),
            ("kind", SourceKind.PERSON),
            ("country", country),
        )
    if explicit:
        head = lemma(words[-1].strip(",."), lang).casefold()
        return (
            ("name", phrase),
            ("key", f"{country or '?'}:{head}"),
            ("kind", SourceKind.UNKNOWN),
            ("country", country),
        )
    return None


_LOCATION = re.compile(r"\b(?:in|aus|of)\s+(" + _CAP + r")")


@cache
def _cues(lang: str) -> WordCues:
    """For each attribution pattern, the words without which it cannot match: a cheap
    test that spares most sentences the full patterns (one listing of the sentence's
    words, looked up in a table; see :class:`factcheck.extract.clauses.WordCues`)."""
    att = get_language(lang).attribution
    verbs = {*att.SPEECH_VERBS, *att.SUBJECT_ONLY_VERBS}
    cues = {
        "before": {m.split()[0] for m in att.SOURCE_BEFORE},
        "after": set(att.SOURCE_AFTER),
        "findings": set(att.FINDINGS_MARKER.split()[:1]),
        "via": {v.split()[0] for v in att.VIA_MARKERS},
        "verbs": verbs,
    }
    return WordCues({k: v for k, v in cues.items() if v})


def find_attribution(text: str, start: int, end: int, lang: str) -> Attribution | None:
    """The attribution stated in the sentence ``text[start:end]``, if any."""
    present = _cues(lang).present(text, start, end)
    if not present:
        return None
    pats = _patterns(lang)
    speakers: list[Source] = []
    outer: list[Source] = []
    phrase: str | None = None
    pspan: Span | None = None
    seen: set[tuple[int, int]] = set()

    def take(m: re.Match[str], bucket: list[Source], label: str, base: int = 0) -> None:
        nonlocal phrase, pspan
        a, b = m.start("np") + base, m.end("np") + base
        if any(a < y and x < b for x, y in seen):
            return
        src = classify_source(text, a, b, lang, explicit=label in ("before", "after", "via"))
        if src is None:
            return
        seen.add((a, b))
        bucket.append(src)
        if phrase is None:
            phrase = text[m.start() + base : a].strip() or label
            pspan = Span(start=m.start() + base, end=m.end() + base)

    if "findings" in present:
        for m in pats["findings"].finditer(text, start, end):
            take(m, outer, "nach")
    for key in ("before", "after"):
        if key in present and key in pats:
            for m in pats[key].finditer(text, start, end):
                take(m, outer, key)
    if "via" in present:
        for m in pats["via"].finditer(text, start, end):
            take(m, outer, "via")
    if "verbs" in present:
        for key in ("verb_after", "so"):
            if pats[key] is not _NEVER:
                for m in pats[key].finditer(text, start, end):
                    take(m, speakers, key)
        # these begin at the sentence's start (^ of the sentence alone) or after a clause
        # break and a space (their lookbehind): tried there only
        sentence = text[start:end]
        opens = [0, *after_breaks(sentence, 0, len(sentence), _OPENING_BREAKS)]
        for key in ("verb_before", "verb_perfect"):
            if pats[key] is not _NEVER:
                for m in matches_at(pats[key], sentence, opens, len(sentence)):
                    take(m, speakers, key, start)
        if speakers and pats["gapped"] is not _NEVER:
            gaps = after_breaks(text, start, end, _GAP_BREAKS)
            for m in matches_at(pats["gapped"], text, gaps, end):
                take(m, speakers, "gapped")
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
    if pack.attribution.SUBJUNCTIVE:
        return _subjunctive(lang).search(text[start:end]) is not None
    return False


@cache
def _subjunctive(lang: str) -> re.Pattern[str]:
    r"""A run of word characters (``\w+``) that is one of the pack's ``SUBJUNCTIVE`` forms
    (searched in the sentence alone, instead of a set of its words)."""
    forms = [f for f in get_language(lang).attribution.SUBJUNCTIVE if re.fullmatch(r"\w+", f)]
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)") if alts else _NEVER


# -- persons ----------------------------------------------------------------------------
_RUN = re.compile(r"(?<![\w-])[\w-]+")
"""A run of word characters and hyphens, as the lookarounds of a name pattern bound it."""
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
# The capital first, then the lookbehind over it and the character before it: the same
# matches as "(?<![\w-])[A-ZÄÖÜ]...", but the engine skips to the next capital in C
# instead of trying the pattern at every position.
_CAP_RUN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[\w-]*")
"""Such a run that starts with one of :data:`_CAPITALS`."""
_NAME_TOKEN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[a-zäöüßéèëïçA-Z]+(?:-[A-Za-zäöüß]+)*(?![\w-])")
_WORDS = re.compile(r"[^\W\d_][\w-]*")
_COORDINATORS = frozenset({"und", "and", "sowie"})
_CAMEL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_ARTICLES = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "the",
        "a",
        "an",
    }
)


@cache
def given_names() -> frozenset[str]:
    """Given names from ``factcheck/lang/given_names.txt``."""
    raw = resources.files("factcheck.lang").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def _is_role(word: str, lang: str) -> bool:
    att = get_language(lang).attribution

    def role(base: str) -> bool:
        return base.endswith(att.ROLE_WORDS) and not base.endswith(att.ORG_WORDS)

    # the written form first: the lemma (a dictionary walk for an unknown word) only
    # when the form itself is no role word
    return role(word.casefold().split("-")[-1]) or role(lemma(word, lang).casefold().split("-")[-1])


@cache
def _noun_like(word: str, lang: str) -> bool:
    """True for words that are common nouns, not names: compounds of two known words
    ("Raumfahrtanlage", "Einsatzfall"), hyphenated compounds ending in a known noun
    ("Paria-Staaten"), camel-case joins, words with digits, all-capital abbreviations."""
    if any(ch.isdigit() for ch in word) or _CAMEL.search(word) or word.isupper():
        return True
    parts = word.split("-")
    if len(parts) > 1:
        last = parts[-1]
        return (
            parts[0] not in given_names()
            and last[:1].isupper()
            and is_known_word(last, lang)
            and len(last) > 3
        )
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        tail = tail[:1].upper() + tail[1:]
        if (
            len(tail) >= 4
            and is_known_word(tail, lang)
            and (
                is_known_word(head, lang) or (head.endswith("s") and is_known_word(head[:-1], lang))
            )
        ):
            return True
    return False


@lru_cache(maxsize=131072)
def name_candidate(w: str, lang: str, relaxed: bool = False) -> bool:
    """Could ``w`` be part of a person's name: not a source, a common word, a place, a
    country adjective or a role? ``relaxed`` (after a role word or a given name) admits
    surnames that are also words ("Blinken", "Kim"). Cached for the process: the answer
    depends on the word and the language only."""
    from factcheck.extract import places

    by_name, _ = _known_sources()
    # cheapest tests first (table lookups, then dictionary queries): the answer is the
    # same in any order
    return not (
        w in by_name
        or places.lookup_place(w, lang) is not None
        or places.country_of_adjective(w, lang) is not None
        or (not relaxed and is_known_word(w.lower(), lang))
        or _noun_like(w, lang)
        or _is_role(w, lang)
    )


class PersonIndex:
    """The persons an article names, found in two passes.

    Pass one collects full names: capitalised words after a role word ("Präsident
    Wladimir Putin", "Verteidigungsminister Boris Pistorius"), after a given name ("John
    Kirby"), or runs of capitalised words of which one is unknown to the lemmatizer and is
    neither a place nor a source ("Boris Pistorius", "Kim Jong-un", "Putin"). Pass two finds
    every mention of a name's family-name tokens ("Kim", "Putins") and maps it to the
    fullest name seen.
    """

    def __init__(self, text: str, start: int, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._genitive_s = bool(get_language(lang).morphology.NAME_GENITIVE_S)
        self.full: list[str] = []
        self._token: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._start = start
        self._named: dict[str, bool] = {}  # _names_word's answers, asked for genitives
        self._scan(start)

    def _candidate(self, w: str, relaxed: bool = False) -> bool:
        """Could ``w`` be part of a name? See :func:`name_candidate`."""
        return name_candidate(w, self.lang, relaxed)

    def _genitive(self, w: str) -> str:
        """ "Putins" -> "Putin" when the text also names "Putin" without the ending."""
        if self._genitive_s and w.endswith("s") and len(w) > 3:
            stem = w[:-1]
            named = self._named.get(stem)
            if named is None:
                named = self._named[stem] = _names_word(self.text, self._start, stem)
            if named:
                return stem
        return w

    def _scan(self, start: int) -> None:
        text, lang = self.text, self.lang
        given = given_names()
        toks = list(_NAME_TOKEN.finditer(text, start))
        i = 0
        by_name, _ = _known_sources()
        # name_candidate's answers for this text, one table per mode (most words recur)
        loose: dict[str, bool] = {}
        strict: dict[str, bool] = {}

        def candidate(w: str, relaxed: bool) -> bool:
            known = loose if relaxed else strict
            found = known.get(w)
            if found is None:
                found = known[w] = name_candidate(w, lang, relaxed)
            return found

        n_toks = len(toks)
        while i < n_toks:
            first = toks[i]
            w0 = first.group()
            ok = loose.get(w0)
            if ok is None:
                ok = loose[w0] = name_candidate(w0, lang, True)
            if not ok and w0 not in given:
                # a common noun: it matters only as a role word before a name
                nxt = toks[i + 1] if i + 1 < n_toks else None
                if (
                    nxt is None
                    or text[first.end() : nxt.start()] not in (" ", "\u00a0")
                    or (not candidate(nxt.group(), True))
                ):
                    i += 1
                    continue
            prev, comma, at = previous_word(text, first.start())
            after_article = not comma and prev.casefold() in _ARTICLES
            anchored = bool(prev) and _is_role(prev, lang)
            if prev in _COORDINATORS:
                prev2, _, _ = previous_word(text, at)
                anchored = anchored or prev2 in self._token  # "Wladimir Putin und Kim Jong Un"
            elif comma and prev in self._token:
                anchored = True  # "Wladimir Putin, Kim Jong Un"
            relaxed = anchored or first.group() in given
            run = [first]
            j = i + 1
            while (
                j < n_toks
                and text[run[-1].end() : toks[j].start()] in (" ", "\u00a0")
                and candidate(toks[j].group(), relaxed)
                and len(run) < 4
            ):
                run.append(toks[j])
                j += 1
            words = [t.group() for t in run]
            i = j if len(run) > 1 else i + 1
            if " ".join(words) in by_name:
                continue
            # drop leading role words, places and sources ("Kreml-Berater", "Russlands")
            while len(words) > 1 and not candidate(words[0], True) and (words[0] not in given):
                words = words[1:]
                relaxed = True
            if not relaxed:
                # trim known nouns at either end ("Marke Aurus", "Kims Regime")
                while len(words) > 1 and is_known_word(words[0], lang) and words[0] not in given:
                    words = words[1:]
                while len(words) > 1 and is_known_word(words[-1], lang):
                    words = words[:-1]
            words = [*words[:-1], self._genitive(words[-1])]
            if " ".join(words) in by_name:
                continue
            last_ok = candidate(words[-1], relaxed)
            if (words[0] in given and len(words) > 1 and last_ok) or (
                last_ok
                and (relaxed or any(not is_known_word(x, lang) for x in words))
                and (relaxed or not after_article)
            ):
                self._add(words)

    def _add(self, words: list[str]) -> None:
        given = given_names()
        full = " ".join(words)
        for existing in self.full:
            if full in existing:
                full = existing
                break
        else:
            self.full = [f for f in self.full if f not in full] + [full]
        for w in words:
            if w not in given or len(words) == 1:
                self._token[w] = full
        for w, f in list(self._token.items()):
            if f != full and f in full:
                self._token[w] = full
        self._pattern = None

    def canonical(self, name: str) -> str:
        """The fullest form of a mentioned name."""
        return self._token.get(name, name)

    def mentions(self, start: int, end: int) -> list[Person]:
        """Persons mentioned in ``text[start:end]``, with canonical full names."""
        if not self._token:
            return []
        att = get_language(self.lang).attribution
        out: list[Person] = []
        for m_start, m_end, token in self._found(start, end):
            full = self._token[token]
            if out and out[-1].name == full and self.text[out[-1].end : m_start].strip() == "":
                prev = out.pop()
                out.append(Person(prev.start, m_end, full, prev.role))
                continue
            role = _role_before(self.text, m_start, att.ROLE_WORDS)
            out.append(Person(m_start, m_end, full, role))
        return out

    def _found(self, start: int, end: int) -> list[tuple[int, int, str]]:
        r"""Start, end and name token of each mention in ``text[start:end]``: what
        ``(?<![\w-])(token|...)(?:s|’|')?(?![\w-])`` finds, the tokens longest first.

        Name tokens are letters and hyphens (``_NAME_TOKEN``), so a mention is a whole
        run of word characters and hyphens that is a token, or a token and an "s"; then
        an apostrophe after it belongs to it when no word character follows. The runs are
        looked up in the token table instead of compiling an alternation of the
        article's names (half a millisecond per article); a token of any other
        character falls back to the pattern."""
        text, tokens = self.text, self._token
        if not all(_RUN.fullmatch(t) for t in tokens):
            return [
                (m.start(), m.end(), m.group(1))
                for m in self._compiled().finditer(text, start, end)
            ]
        out: list[tuple[int, int, str]] = []
        # the tokens are capitalised words (``_NAME_TOKEN``): only runs that start with a
        # capital can be one
        runs = _CAP_RUN if all(t[0] in _CAPITALS for t in tokens) else _RUN
        for m in runs.finditer(text, start, end):
            run = m.group()
            a, b = m.span()
            if run in tokens:
                after = text[b : b + 2] if b + 1 < end else text[b:end]
                if after[:1] in ("’", "'") and not (
                    len(after) > 1 and (after[1].isalnum() or after[1] in "_-")
                ):
                    b += 1  # "Putins’ " (a genitive apostrophe)
                out.append((a, b, run))
            elif run.endswith("s") and run[:-1] in tokens:
                out.append((a, b, run[:-1]))  # "Putins"
        return out

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            alts = sorted(self._token, key=len, reverse=True)
            gen = "|".join(re.escape(g) for g in ("s", "’", "'"))
            self._pattern = re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + rf")(?:{gen})?(?![\w-])"
            )
        return self._pattern


def find_persons(text: str, start: int, end: int, lang: str) -> list[Person]:
    """Person names in ``text[start:end]`` (a one-off index over that window)."""
    return PersonIndex(text[:end], start, lang).mentions(start, end)


def _names_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (a letter, then letters and hyphens) is one of the words
    ``_WORDS.findall(text, start)`` lists, without listing them: each listed word is what
    is left of a run of word characters and hyphens after its first letter, so ``word``
    is one when it stands somewhere after ``start`` with no word character or hyphen
    after it and no letter between it and the start of its run."""
    n = len(word)
    end = len(text)
    i = text.find(word, start)
    while i >= 0:
        after = i + n
        if after == end or not (text[after].isalnum() or text[after] in "_-"):
            j = i
            while j > start:
                ch = text[j - 1]
                if ch == "-" or ch == "_" or ch.isdecimal():
                    j -= 1  # no letter: the run's first letter may still be ``word``'s
                elif ch.isalnum():
                    break  # a letter (or other word character) of the run before it
                else:
                    j = start
            else:
                return True
        i = text.find(word, i + 1)
    return False


def previous_word(text: str, pos: int) -> tuple[str, bool, int]:
    """The word before ``pos`` (skipping spaces and one comma), whether a comma stood
    between, and where the word starts; ``("", False, pos)`` at the start. A direct scan:
    this runs for every name-like word of an article."""
    i = pos
    while i > 0 and text[i - 1] in " \u00a0\t":
        i -= 1
    comma = i > 0 and text[i - 1] == ","
    if comma:
        i -= 1
        while i > 0 and text[i - 1] in " \u00a0\t":
            i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-_"):
        j -= 1
    return text[j:i], comma, j


def _role_before(text: str, pos: int, roles: tuple[str, ...]) -> str | None:
    word, _, _ = previous_word(text, pos)
    base = word.casefold().split("-")[-1]
    return word if word and base.endswith(roles) else None
