"""Who says so: sources and attribution chains (the persons an article names are
found by :mod:`factcheck.extract.persons`).

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
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from factcheck.extract.clauses import (
    WordCues,
    after_breaks,
    days_and_months,
    is_number_word,
    matches_at,
    whole_word_starts,
)
from factcheck.extract.figure_cues import is_compared_to
from factcheck.extract.nouns import is_known_word, lemma
from factcheck.extract.persons import Person as Person
from factcheck.extract.persons import PersonIndex as PersonIndex
from factcheck.extract.persons import (
    _is_role,
    _known_sources,
    firm_name,
    names_body,
    names_media,
    not_names,
    role_head,
    surname_of,
)
from factcheck.extract.persons import find_persons as find_persons
from factcheck.extract.persons import given_names as given_names
from factcheck.extract.persons import name_candidate as name_candidate
from factcheck.extract.persons import previous_word as previous_word
from factcheck.extract.source_findings import findings_owner, findings_words
from factcheck.extract.source_places import without_role_place
from factcheck.extract.wordlists import alternation
from factcheck.lang import get_language
from factcheck.models import Attribution, Source, SourceKind, Span

_CAP = r"[A-ZÄÖÜ][\w\-’'.]*"
_LOW = r"[a-zäöüß][\w\-]*"


@cache
def _name_token() -> str:
    """A capitalised word, or a known source written in lower case ("dpa", "taz"); a
    title in quotation marks keeps them ("laut *„Bild“*", "des *"Spiegel"*")."""
    alts = _lower_sources()
    cap = rf"{_OPEN_QUOTE}?{_CAP}{_CLOSE_QUOTE}?"
    return rf"(?:{cap}|(?:{alts})(?![\w-]))" if alts != _NOTHING else cap


_NOTHING = r"(?!x)x"
"""A pattern that matches nothing (of :data:`_NEVER` and empty alternations)."""


def _lower_sources() -> str:
    """An alternation of the known sources written in lower case ("dpa", "taz"), longest
    first; a pattern that matches nothing when there are none."""
    by_name, _ = _known_sources()
    lower = sorted((n for n in by_name if n[:1].islower() and " " not in n), key=len, reverse=True)
    return "|".join(re.escape(n) for n in lower) or _NOTHING


_OPEN_QUOTE = '["„“»«]'
_CLOSE_QUOTE = '["“”«»]'
_QUOTES = '"„“”»«'

_NEVER = re.compile(_NOTHING)
"""The pattern of a form the language pack does not have: never tried."""

_OPENING_BREAKS = ",:;–—-"  # "-": after a dateline ("SHENZHEN, Oct 28 - X said")
"""The clause breaks after which (and a space) ``verb_before`` and ``verb_perfect`` of
:func:`_patterns` can begin, besides the sentence's start (their lookbehind)."""
_QUOTE_END = "(?<=[,!?][\"”’']\\s)"
"""The end of a quotation a speaker follows ("'We have 30 dead,' *Sheriff Miller* said"):
a lookbehind, where ``verb_before`` and ``verb_perfect`` can begin too."""
_QUOTE_ENDS = re.compile("[,!?][\"”’']\\s")
_GAP_BREAKS = ",;"  # the same for ``gapped``

_APPOSITION = r",\s+(?:[^,;:()\n]|(?<=\d),(?=\d\d\d)){1,80}+,"
"""An apposition between commas (of :data:`_ASIDE`), not ended by a thousands comma."""
_TITLE = rf"\s+{_OPEN_QUOTE}[^\"„“”»«\n]{{1,60}}+{_CLOSE_QUOTE}"  # a name in quotes
_ASIDE = rf"(?P<aside>\s*\([^()\n]{{1,60}}+\)|{_APPOSITION}|{_TITLE})"
"""What may stand between a speaker and its verb: a parenthesis ("Nancy Faeser *(SPD)*
sagte"), an apposition between commas ("John Smith, *the county fire chief,* said") or a
name in quotes ("Das Bündnis *„Dresden für alle“* sprach von 50.000")."""


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    pack = get_language(lang)
    att, syntax = pack.attribution, pack.syntax
    cap = _name_token()
    # the pack's phrase of a source, its {cap} a name token and {CAP} a capitalised word
    quoted = f"{_OPEN_QUOTE}?{_CAP}{_CLOSE_QUOTE}?"  # des *"Spiegel"*
    np = syntax.SOURCE_PHRASE.replace("{cap}", cap).replace("{CAP}", quoted)
    before = "|".join(re.escape(m) for m in sorted(att.SOURCE_BEFORE, key=len, reverse=True))
    after_verbs = [v for v in att.SPEECH_VERBS if v not in att.SUBJECT_ONLY_VERBS]
    verbs = "|".join(
        re.escape(v)
        for v in sorted({*att.SPEECH_VERBS, *att.SUBJECT_ONLY_VERBS}, key=len, reverse=True)
    )
    verbs_after = "|".join(re.escape(v) for v in sorted(after_verbs, key=len, reverse=True))
    findings = "|".join(re.escape(f) for f in att.FINDINGS_WORDS)
    findings_low = "|".join(re.escape(f.casefold()) for f in att.FINDINGS_WORDS)
    owners, days = alternation(att.FINDINGS_OWNER_WORDS), alternation(days_and_months(lang))
    # a clause opener or a relative pronoun before a speaker ("..., which police said drew")
    opening = (*syntax.CLAUSE_OPENERS, *sorted(syntax.RELATIVE_PRONOUNS))
    openers = "|".join(re.escape(o) for o in opening) or _NOTHING
    via = "|".join(re.escape(v) for v in att.VIA_MARKERS)
    aux = "|".join(re.escape(v) for v in att.PERFECT_AUXILIARIES)
    # an adverb between the speaker and its verb: "The ministry *also* said"
    adv = rf"(?:\s+(?:{alternation(att.SPEAKER_ADVERBS)}))?" if att.SPEAKER_ADVERBS else ""
    pats = {
        "before": re.compile(rf"(?<![\w-])(?i:{before})\s+(?P<np>{np})"),
        "verb_after": re.compile(rf"(?<![\w-])(?:{verbs_after})\s+(?P<np>{np})"),
        # run on the sentence alone, so that ^ is the sentence start
        "verb_before": re.compile(
            rf"(?:^\W*|(?:(?<=[,:;–—]\s)|(?<=\s-\s))(?:(?:{openers})\s+)?|{_QUOTE_END})(?P<np>{np}){adv}\s+(?:{verbs})(?![\w-])"
        ),
        "verb_before_aside": re.compile(
            rf"(?:^\W*|(?:(?<=[,:;–—]\s)|(?<=\s-\s))(?:(?:{openers})\s+)?|{_QUOTE_END})(?P<np>{np}){_ASIDE}{adv}\s+(?:{verbs})"
            r"(?![\w-])"
        ),
        # an aside's end right before a verb: where an aside may stand
        "aside_cue": re.compile(
            rf"(?:\)|{_APPOSITION}|{_TITLE}){adv}\s+(?:{verbs}{'|' + aux if aux else ''})(?![\w-])"
        ),
        # "Die Polizei hatte am Montag gesagt": an auxiliary and a few words between
        "verb_perfect": (
            re.compile(
                rf"(?:^\W*|(?<=[,:;–—]\s)(?:(?:{openers})\s+)?|{_QUOTE_END})(?P<np>{np})\s+(?:{aux})"
                rf"(?:\s+[^\s,;:.!?]+){{0,6}}?\s+(?:{verbs})(?![\w-])"
            )
            if aux
            else _NEVER
        ),
        "verb_perfect_aside": (
            re.compile(
                rf"(?:^\W*|(?<=[,:;–—]\s)(?:(?:{openers})\s+)?|{_QUOTE_END})(?P<np>{np}){_ASIDE}\s+(?:{aux})"
                rf"(?:\s+[^\s,;:.!?]+){{0,6}}?\s+(?:{verbs})(?![\w-])"
            )
            if aux
            else _NEVER
        ),
        # "50.000 hatte die Polizei am Abend gezählt": the auxiliary before the speaker
        "perfect_inverted": (
            re.compile(
                rf"(?<![\w-])(?:{aux})\s+(?P<np>{np})"
                rf"(?:\s+[^\s,;:.!?]+){{0,6}}?\s+(?:{verbs})(?![\w-])"
            )
            if aux and att.AUXILIARY_BEFORE_SPEAKER
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
        # "police counted 81,000 and unions 700,000": joined with no comma, tried right
        # after a coordinator (see ``joiners``)
        "gapped_joined": (
            re.compile(rf"(?P<np>{np})(?={syntax.GAPPED_SOURCE_AFTER})")
            if syntax.GAPPED_SOURCE_AFTER
            else _NEVER
        ),
        # a coordinator with a number after it before the clause ends: where a speaker
        # joined with no comma may stand
        "joiners": re.compile(
            rf"(?<![\w-])(?:{alternation(syntax.COORDINATORS)})\s+(?=[^\d,;:.!?]{{1,60}}\d)"
        ),
        "so": (re.compile(rf"{syntax.SO_SOURCE}(?P<np>{np})") if syntax.SO_SOURCE else _NEVER),
        # "nach US-Erkenntnissen", "nach britischen Geheimdienstinformationen" (a findings
        # word followed by "der/von X" is left to the markers: "nach Angaben der Polizei")
        "findings": re.compile(
            rf"(?i:{re.escape(att.FINDINGS_MARKER)})\s+"
            # "nach US-Erkenntnissen", "nach dpa-Informationen" (a known source in lower case)
            rf"(?P<np>(?:(?:[A-ZÄÖÜ]{{2,}}|{_lower_sources()})[-\s])?(?:{_LOW}\s+)?(?:{findings}"
            # a compound whose head is a findings word: "nach Polizeiangaben", "Polizei-Angaben"
            rf"|[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:{findings_low}|-(?:{findings}))))"
            rf"(?!\s+(?:{owners})\b(?!\s+(?i:{days})))"  # not "Polizeiangaben vom Mittwoch"
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


def _counted(phrase: str, lang: str) -> bool:
    """True when ``phrase`` opens with a number, in digits or a word (the pack's
    ``numbers.CARDINALS``, not an article): a count of people ("five residents")."""
    first = phrase.split(maxsplit=1)[0].casefold() if phrase.strip() else ""
    pack = get_language(lang)
    if first in pack.syntax.ARTICLES:
        return False  # "sagte *ein* Polizeisprecher": an article, though it is also a number
    return is_number_word(first, lang)


def _without_adverbs(text: str, a: int, b: int, lang: str) -> int:
    """The end of the speaker phrase ``text[a:b]`` without the adverbs at its end (the
    pack's ``attribution.SPEAKER_ADVERBS``: "Police *later*", "The ministry *also*"),
    keeping one word at least."""
    adverbs = get_language(lang).attribution.SPEAKER_ADVERBS
    if not adverbs:
        return b
    words = text[a:b].split()
    while len(words) > 1 and words[-1] in adverbs:
        b = text.rindex(words.pop(), a, b)
        b = len(text[a:b].rstrip()) + a
    return b


@cache
def _leading_article(lang: str) -> re.Pattern[str]:
    """An article (the pack's ``syntax.ARTICLES``) opening a phrase, with its space."""
    arts = alternation(get_language(lang).syntax.ARTICLES)
    return re.compile(rf"^(?:{arts})\s+", re.IGNORECASE)


def classify_source(
    text: str, start: int, end: int, lang: str, *, explicit: bool = False
) -> Source | None:
    """Read a source noun phrase ``text[start:end]`` into a :class:`Source`.

    ``explicit`` says a marker ("laut", "zufolge", "according to") names the phrase as a
    source: then a phrase of no known kind is still a source, of kind ``unknown``."""
    fields = _classify(text[start:end], lang, explicit)
    if fields is None:
        before = text[max(0, start - 2) : start].strip()
        fields = _capitalised_name(text[start:end], lang, not before or before in '.!?"“„')
    if fields is None and (full := surname_of(text, start, end)) is not None:
        # "Chief executive Lena Marsh ... Marsh said": the person named before
        person = (("kind", SourceKind.PERSON), ("country", None))
        fields = (("name", full[0]), ("key", full[1]), *person)
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
    phrase = _leading_article(lang).sub("", phrase).strip(_QUOTES)  # des "Spiegel"
    if sum(map(phrase.count, _QUOTES)) % 2:  # the alliance "Health for All"
        phrase += '"' if '"' in phrase else "“"
    if not phrase:
        return None
    if re.match(get_language(lang).nouns.NUMBER_OF, phrase, re.IGNORECASE):
        return None  # "the number of survivors (stands at 104)": a figure, no source
    if (firm := firm_name(phrase, lang)) is not None:  # "Semiconductor maker Norvex"
        org = SourceKind.ORGANISATION
        alone = _classify(firm, lang, True) if " " not in firm else None  # "laut RWE": one key
        key = dict(alone)["key"] if alone is not None else name_key(firm)
        return (("name", phrase), ("key", key), ("kind", org), ("country", None))
    att = get_language(lang).attribution
    loc = _source_place(lang).search(phrase)
    core = phrase[: loc.start()].strip() if loc else phrase
    if core.casefold() in att.PRESS_AUDIENCE:
        # "told reporters (in Vienna)": the press is spoken to, it is no source
        return None
    owner = findings_owner(phrase, lang)
    if owner is not None:
        # "Polizeiangaben": the police's figures, a source like "die Polizei"
        return _classify(owner, lang, True)
    words = phrase.split()
    at, holder = _holder(words, lang)
    findings = findings_words(lang)
    if at and holder is not None and dict(holder)["kind"] in _MEDIA_KINDS:
        if all(w.strip(",.").casefold() in findings for w in words[:at]):
            return holder  # "laut einem Bericht des Spiegel": the paper's report
        if any(
            w[:1].isupper() and (not _is_role(w.strip(",."), lang) or names_body(w, lang))
            for w in words[:at]
        ):
            # "sagte Faeser der Bild-Zeitung", "sagte ein Polizeisprecher der Deutschen
            # Presse-Agentur": the medium is spoken to, the one before it speaks
            return _classify(" ".join(words[:at]), lang, explicit)
    by_name, known_pat = _known_sources()
    km = known_pat.search(phrase)
    country = None
    for w in words:
        country = country or places.country_of_adjective(w.strip(",."), lang)
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
    for w, lw in zip(words, low_words, strict=True):
        head = lw.split("-")[-1]
        if head in findings:
            if "-" in w and country is None:
                country = places.country_of_adjective(
                    w.split("-")[0] + "-", lang
                ) or places.country_of(w.split("-")[0], lang)
            if (
                country is None
                and all(x[:1].islower() for x in words if x is not w)
                and " ".join(low_words) not in att.BARE_SPEAKERS
            ):
                # "nach ersten Erkenntnissen", "preliminary data": no one's findings (but
                # "nach eigenen Angaben" are the findings of the body named before)
                return None
            return (
                ("name", phrase),
                ("key", f"{country or '?'}:{lemma(head, lang).casefold()}"),
                ("kind", SourceKind.DOCUMENT),
                ("country", country),
            )
    # a person with a role: "Verteidigungsminister Boris Pistorius", "Kreml-Berater Juri Uschakow"
    orgs = att.ORG_WORDS
    # words that are no noun ("Insgesamt" at a sentence's start ends like "Bundesamt"):
    # the pack's words that may stand capitalised before a count
    no_noun = get_language(lang).numbers.NAME_EXEMPT
    role_idx = None
    multi = [o.split() for o in orgs if " " in o]
    for i, lw in enumerate(low_words):
        base = lw.split("-")[-1]
        if any(low_words[i : i + len(o)] == o for o in multi):
            continue  # "General Staff", "Armed Forces": an organisation, no general
        if role_head(base, lang) and lw not in no_noun:
            role_idx = i
    # "the Chicago Tribune": a title's last word, written with a capital
    titled = words[-1][:1].isupper() and low_words[-1] in att.MEDIA_TITLE_WORDS
    media = titled or names_media(tuple(low_words), lang)
    # a whole-word body ("die Stadt") only as the head, before any place: "Seoul city
    # hall", "the State Emergency Service", "officials in New York City" are not cities
    head_at = len(core.split()) - 1
    org_words = [
        lw
        for i, lw in enumerate(low_words)
        if (lw.split("-")[-1].endswith(orgs) or (lw in att.ORG_WHOLE_WORDS and i == head_at))
        and lw not in no_noun
    ]
    # "the Ukrainian General Staff", "the Coast Guard in Boston": an organisation of several
    # words that ends the phrase (or its place): not "emergency services evacuated"
    preps = att.SOURCE_PLACE_PREPOSITIONS
    named_org = next(
        (
            " ".join(o)
            for o in multi
            for i in range(len(low_words))
            if low_words[i : i + len(o)] == o
            and (i + len(o) == len(low_words) or low_words[i + len(o)] in preps)
        ),
        None,
    )
    if role_idx is not None:
        name_words = [
            w
            for w in words[role_idx + 1 : at if at and at > role_idx else None]
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
        if not name and holder is not None and at > role_idx:
            held = dict(holder)
            if held["kind"] in (SourceKind.ORGANISATION, SourceKind.GOVERNMENT):
                # "ein Sprecher der Polizei": speaks for the police
                key, country = str(held["key"]), country or held["country"]
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
        if titled or (words[-1][:1].isupper() and not get_language(lang).numbers.NOUNS_CAPITALISED):
            # a title ("the Chicago Tribune", "China Daily", "Reuters News Agency"): the
            # outlet is its name, and a place in it need not be its country ("the Los
            # Angeles Times"); where all nouns are capitalised ("die Zeitung") a capital
            # says nothing
            caps = [w.strip(",.") for w in words if w[:1].isupper()]
            first = caps[0]
            home = places.country_of_adjective(first, lang) or places.country_of(first, lang)
            return (
                ("name", phrase),
                ("key", name_key(" ".join(caps))),
                ("kind", kind),
                ("country", home),
            )
        return (
            ("name", phrase),
            ("key", f"{country or '?'}:{lemma(head, lang).casefold()}"),
            ("kind", kind),
            ("country", country),
        )
    if named_org is not None and not org_words:
        gov = named_org in att.GOVERNMENT_WORDS
        return (
            ("name", phrase),
            ("key", f"{country or '?'}:{named_org}"),
            ("kind", SourceKind.GOVERNMENT if gov else SourceKind.ORGANISATION),
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
    if caps and (
        all(not is_known_word(c, lang) for c in caps)
        # "Max Muster", "Iris Spranger": a given name and capitalised words after it,
        # even of known words (German capitalises its nouns, and surnames are often nouns)
        or (caps[0] in given_names() and 1 < len(caps) == len(words) <= 4)
    ):
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


_MEDIA_KINDS = (SourceKind.AGENCY, SourceKind.OUTLET)


def _holder(words: list[str], lang: str) -> tuple[int, _Fields | None]:
    """Where the words of a source phrase name whose its head is, and the source that
    names ("Sprecher *der Polizei*", "Sprecher *des Innenministeriums*": the first of the
    pack's ``attribution.FINDINGS_OWNER_WORDS`` after the first word, and the words after
    it, their last read as its lemma); ``(0, None)`` when there is none."""
    owners = get_language(lang).attribution.FINDINGS_OWNER_WORDS
    at = next((i for i in range(1, len(words) - 1) if words[i] in owners), 0)
    if not at:
        return 0, None
    rest = words[at + 1 :]
    last = rest[-1].strip(",." + _QUOTES)
    return at, _classify(" ".join([*rest[:-1], lemma(last, lang) or last]), lang, False)


@lru_cache(maxsize=65536)
def _capitalised_name(written: str, lang: str, opening: bool) -> _Fields | None:
    """Where only names are capitalised (English), a phrase of capitalised words that
    speaks is a name even of known words ("..., *Cal Fire* said", "*Amnesty
    International* said", "..., *Smith* said"): an organisation when it has several
    words, else a person. At a sentence's ``opening`` one capitalised word says nothing
    ("Rescuers said"). None elsewhere, for a phrase with a lower-case word, and for one
    with a word that makes no name (:func:`not_names`)."""
    from factcheck.extract.names import name_key

    pack = get_language(lang)
    if pack.numbers.NOUNS_CAPITALISED:
        return None
    phrase = _leading_article(lang).sub("", written.strip().rstrip(",.;:"))
    words = [w.strip(",.") for w in phrase.split() if w != "&"]  # "Marks & Spencer"
    if not words or not all(w[:1].isupper() and w[1:2] != "" for w in words):
        return None
    if opening and len(words) < 2:
        return None
    if any(w.casefold() in not_names(lang) for w in words):
        return None
    kind = SourceKind.ORGANISATION if len(words) > 1 else SourceKind.PERSON
    return (("name", phrase), ("key", name_key(" ".join(words))), ("kind", kind), ("country", None))


@cache
def _source_place(lang: str) -> re.Pattern[str]:
    """A preposition of the pack's ``attribution.SOURCE_PLACE_PREPOSITIONS`` and the
    capitalised word after it: the place that gives a source its country."""
    preps = alternation(get_language(lang).attribution.SOURCE_PLACE_PREPOSITIONS)
    return re.compile(rf"\b(?:{preps})\s+({_CAP})")


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
    cited: list[Source] = []
    phrase: str | None = None
    pspan: Span | None = None
    seen: set[tuple[int, int]] = set()
    said: list[tuple[int, int]] = []  # where each speaker's match stands
    citing = _citing(lang)

    def take(m: re.Match[str], bucket: list[Source], label: str, base: int = 0) -> None:
        nonlocal phrase, pspan
        a, b = m.start("np") + base, m.end("np") + base
        if label.startswith("verb_before"):
            b = _without_adverbs(text, a, b, lang)  # "Police *later* said"
        elif label == "verb_after" and _counted(text[a:b], lang):
            return  # "said five residents had died": what is said, not who says it
        elif label == "gapped" and _labels_number(text[a:b], lang):
            return  # "as a Category 4 storm": a thing's label and number, no speaker
        b = without_role_place(text, a, b, lang)  # "der Polizei *in Kliniken* gebracht"
        if any(a < y and x < b for x, y in seen):
            return
        src = classify_source(text, a, b, lang, explicit=label in ("before", "after", "via"))
        if src is None and "aside" in m.re.groupindex and m.group("aside"):
            # "Max Muster, Sprecher der Feuerwehr, sagte": the apposition names the speaker
            a, b = m.start("aside") + base, m.end("aside") + base
            a += len(text[a:b]) - len(text[a:b].lstrip(" ,("))
            b -= len(text[a:b]) - len(text[a:b].rstrip(" ,)"))
            # a noun phrase, not a clause ("Smith, who heads the agency, said")
            if text[a : a + 1].isupper() or _leading_article(lang).match(text, a, b):
                src = classify_source(text, a, b, lang)
        if src is None:
            return
        if label == "via" and not _medium(src, text, a, b, lang):
            return  # "told analysts", "gegenüber der Polizei": an audience, no medium
        seen.add((a, b))
        if bucket is speakers:
            said.append((m.start() + base, m.end() + base))
        elif label == "before" and text[m.start() + base : a].strip().casefold() in citing:
            bucket = cited  # "citing X": X is the speaker's source, an inner link
        bucket.append(src)
        if phrase is None:
            phrase = text[m.start() + base : a].strip() or label
            pspan = Span(start=m.start() + base, end=m.end() + base)

    def tried(key: str) -> Iterator[re.Match[str]]:
        # "before" and "verb_after" begin with a whole word of theirs ("laut", "sagte"):
        # tried where one stands (see ``clauses.whole_word_starts``), else at every position
        words = _first_words(lang).get(key)
        at = whole_word_starts(text, start, end, words) if words is not None else None
        if at is not None:
            return matches_at(pats[key], text, at, end)
        return pats[key].finditer(text, start, end)

    if "findings" in present:
        for m in pats["findings"].finditer(text, start, end):
            take(m, outer, "nach")
    if "before" in present:
        for m in tried("before"):
            take(m, outer, "before")
    if "after" in present and "after" in pats:
        for m in pats["after"].finditer(text, start, end):
            take(m, outer, "after")
    if "via" in present:
        for m in pats["via"].finditer(text, start, end):
            take(m, outer, "via")
    if "verbs" in present:
        for m in tried("verb_after"):
            take(m, speakers, "verb_after")
        if pats["so"] is not _NEVER:
            for m in pats["so"].finditer(text, start, end):
                take(m, speakers, "so")
        if pats["perfect_inverted"] is not _NEVER:
            for m in pats["perfect_inverted"].finditer(text, start, end):
                take(m, speakers, "perfect_inverted")
        # these begin at the sentence's start (^ of the sentence alone) or after a clause
        # break and a space (their lookbehind): tried there only
        sentence = text[start:end]
        opens = [0, *after_breaks(sentence, 0, len(sentence), _OPENING_BREAKS)]
        if '"' in sentence or "”" in sentence or "’" in sentence or "'" in sentence:
            opens = sorted({*opens, *(m.end() for m in _QUOTE_ENDS.finditer(sentence))})
        keys = ["verb_before", "verb_perfect"]
        if pats["aside_cue"].search(sentence):
            # "Nancy Faeser (SPD) sagte", "Jane Doe, 58, said": tried only where an
            # aside's end stands before a verb (an aside costs every opening a search)
            keys += ["verb_before_aside", "verb_perfect_aside"]
        for key in keys:
            if pats[key] is not _NEVER:
                for m in matches_at(pats[key], sentence, opens, len(sentence)):
                    take(m, speakers, key, start)
        if speakers and pats["gapped"] is not _NEVER:
            gaps = after_breaks(text, start, end, _GAP_BREAKS)
            for m in matches_at(pats["gapped"], text, gaps, end):
                take(m, speakers, "gapped")
            joined = [j.end() for j in pats["joiners"].finditer(text, start, end)]
            for m in matches_at(pats["gapped_joined"], text, joined, end):
                take(m, speakers, "gapped")
    if not speakers and not outer and not cited:
        return None
    # media and documents are the outer links; people and governments the primary ones
    chain = sorted(outer, key=lambda s: _rank(s)) + _reporters_first(text, end, speakers, said)
    if not speakers and len(chain) > 1:
        chain = sorted(chain, key=lambda s: _rank(s))
    return Attribution(chain=tuple(chain + cited), phrase=phrase, span=pspan)


def _labels_number(np: str, lang: str) -> bool:
    """True when the last word of a phrase before a number is a word that labels what
    the number identifies ("Category" in "a Category 4 storm", "Flight" in "Flight
    370": the numbers pack's IDENTIFIER_WORDS) or a month its day ("SKERROW BAY, *Nov*
    16 (WNA) -": ``MONTH_WORDS``): no speaker of a gapped clause."""
    words = np.split()
    if not words:
        return False
    nums = get_language(lang).numbers
    last = words[-1].casefold()
    return last in nums.IDENTIFIER_WORDS or last in nums.MONTH_WORDS


def _reporters_first(
    text: str, end: int, speakers: list[Source], said: list[tuple[int, int]]
) -> list[Source]:
    """The speakers, a reporter first: a speaker after another speaker's words, when no
    digit follows it in the sentence, reports what the earlier one said ("Police said 30
    people were arrested, *the agency reported*": agency <- Police)."""
    if len(speakers) < 2:
        return speakers
    first_end = min(e for _, e in said)
    trailing = [
        i
        for i, (s, e) in enumerate(said)
        if s >= first_end and not any(ch.isdigit() for ch in text[e:end])
    ]
    if not trailing:
        return speakers
    rest = [src for i, src in enumerate(speakers) if i not in trailing]
    return [speakers[i] for i in sorted(trailing, key=lambda i: said[i][0])] + rest


@cache
def _citing(lang: str) -> frozenset[str]:
    """The pack's citing markers, folded (see ``attribution.CITING_MARKERS``)."""
    return frozenset(m.casefold() for m in get_language(lang).attribution.CITING_MARKERS)


_SAFE_WORD = re.compile(r"[a-z0-9äöüß][a-z0-9äöüß_-]*")
"""A lower-case word whose characters case-blind matching takes exactly for the
characters whose ``str.lower()`` they are, apart from the case twins
(:func:`factcheck.extract.clauses.lowered` answers None for a window holding one)."""


@cache
def _first_words(lang: str) -> dict[str, frozenset[str] | None]:
    """For the patterns "before" and "verb_after", the lower-cased words one of their
    matches begins with, as a whole word: the first words of the markers, the verbs
    said after the speaker. None for a pattern with a word :data:`_SAFE_WORD` does not
    cover (then it is tried at every position)."""
    att = get_language(lang).attribution
    after_verbs = [v for v in att.SPEECH_VERBS if v not in att.SUBJECT_ONLY_VERBS]
    out: dict[str, frozenset[str] | None] = {}
    for key, words in (
        ("before", {m.split()[0].lower() for m in att.SOURCE_BEFORE if m.split()}),
        ("verb_after", {v.lower() for v in after_verbs}),
    ):
        safe = words and all(_SAFE_WORD.fullmatch(w) for w in words)
        out[key] = frozenset(words) if safe else None
    return out


def _medium(src: Source, text: str, a: int, b: int, lang: str) -> bool:
    """True when a phrase after ``attribution.VIA_MARKERS`` ("told", "gegenüber") names a
    medium (an outlet, an agency, an unknown name: "told the Times of Israel"), not an
    audience ("told analysts", "gegenüber der Polizei") nor the base of a change ("stiegen
    *gegenüber dem Vorjahresmonat* um 2,3 Prozent", see ``figure_cues.is_compared_to``)."""
    if src.kind in (SourceKind.OUTLET, SourceKind.AGENCY):
        return True
    if src.kind is not SourceKind.UNKNOWN or is_compared_to(text, a, lang):
        return False
    return any(w[:1].isupper() for w in text[a:b].split())


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
