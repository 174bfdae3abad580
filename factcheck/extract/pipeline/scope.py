"""The pipeline, scope: the places a figure is given for and the names of what it is about
("12 Tote *in Bayern*", "in government-held areas", "im Nordwesten", "the *Ridgeway*
fire"), read in the figure's stretch of its sentence (see :attr:`Measure.scope`). Part of
:mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from factcheck.extract.clauses import SentenceIndex, days_and_months
from factcheck.extract.figure_cues import list_label_end
from factcheck.extract.literals import Prefiltered
from factcheck.extract.matches import PlaceMatch, QuantityMatch
from factcheck.extract.nouns import person_kind
from factcheck.extract.pipeline.state import _memo, _prefiltered, _sentence_index, _State
from factcheck.extract.scope_names import named_scope
from factcheck.lang import get_language
from factcheck.lang.concepts import ADMIN_UNITS, KIND_PREFIX, SITE_UNITS
from factcheck.models import PlaceKind, SourceKind, Span


def _scope(
    st: _State,
    places: list[PlaceMatch],
    source_spans: list[Span],
    seg: tuple[int, int],
    s: int,
    own_from: int | None = None,
    lead: int | None = None,
    tail: tuple[int, int] | None = None,
) -> tuple[str, ...]:
    """Keys of the places a figure is given for and names of what it is about, read in
    its stretch of the sentence (see :attr:`Measure.scope`). ``own_from``: where the
    figure's own places start when a figure stands before it in its stretch ("14 in the
    Norvik region and two in Eastbrook": the Norvik region is the 14's); ``lead``: the
    sentence's first figure, before which the sentence's opening place lies; ``tail``: the
    rest of the clause after its last figure, whose places and sides are this figure's too
    when it has none of its own ("610 killed and 1,240 injured in government-held
    areas")."""

    pack = get_language(st.lang)
    scoping = _scoping_words(st.lang)
    a, b = seg
    if own_from is not None:
        a = max(a, own_from)
    keys: list[str] = []
    skip = [(sp.start, sp.end) for sp in source_spans]
    text = st.article.text
    first = bisect_left([p.start for p in places], a) if len(places) > 8 else 0
    last = None
    for i, p in enumerate(places[first:], first):
        if p.start >= b:
            break
        if a <= p.start:
            skip.append((p.start, p.end))
            if _scoping(p, text, scoping) or _subject_place(p, s, text):
                keys.append(p.place.key)
                last = i
    if last is not None:
        keys.extend(_listed_after(places, last, text, st.lang))
    elif pack.morphology.CLOSED_COMPOUNDS:
        keys.extend(_city_adjectives(text, a, b, st.lang))
    areas = _memo(st, ("areas",), lambda: _areas_in_sentence(st))
    if areas:
        keys.extend(admin_areas(text, a, b, st.lang, skip))  # "die Provinz Al-Haouz"
    if not keys:
        # the place the sentence opens with governs its figures ("In Ecuador, the
        # ministry counted 640 dead"; "Peru now counts 6,900 dead"): the nearest
        # scoping place before the stretch, or a country or region as the subject
        for p in reversed(places[:first] if first else places):
            if (
                p.start < (a if lead is None else min(a, lead))
                and (
                    # "Die Polizei in Köln sagte, ...": the only places inside a source the
                    # caller passes are the cities and regions of local speakers
                    # (pipeline.sentence),
                    # and places that speak themselves ("Syria, across the border, has
                    # confirmed 3,700 deaths")
                    p.place.kind in (PlaceKind.CITY, PlaceKind.REGION)
                    or not in_source(p, source_spans)
                )
                and (
                    _scoping(p, text, scoping)
                    or _subject_place(p, s, text)
                    or _label_place(p, s, text)
                )
                and not _in_relative(p, s, min(a, lead or a), text, st.lang)
            ):
                keys.append(p.place.key)
                break
    kind = None if keys else _place_anaphor(text, a, b, st.lang)
    if kind is not None:
        # "Spitzenreiter blieb Bayern: Dort wurden 48.900 Wohnungen fertig"; "... steht
        # Bayern. Der Freistaat meldete 54.900": the place (of the kind) named last, in the
        # sentence before when this one names none
        before = [p for p in places if s <= p.start < a]
        if not any(kind in ("", p.place.kind) for p in before) and st.previous_start is not None:
            before = st.places.within(st.previous_start, s) if st.places is not None else []
        before = [p for p in before if kind in ("", p.place.kind)]
        if before:
            keys.append(before[-1].place.key)
    if not keys and areas and lead is not None and s < min(a, lead):
        # "In the province of Hatay, 20,000 people died": an area the sentence opens with
        keys.extend(admin_areas(text, s, min(a, lead), st.lang, skip))
    opening_end = a if lead is None else lead  # the words before the first figure
    if not keys and pack.morphology.CLOSED_COMPOUNDS and s < opening_end:
        keys.extend(sentence_city(st, s, opening_end))  # "Der Hamburger Flughafen meldete"
    # places before the stretch are no names either ("In Ecuador, ...")
    skip.extend((p.start, p.end) for p in (places[:first] if first else places) if p.start < a)
    if not keys and tail is not None:
        for p in places:
            if tail[0] <= p.start < tail[1] and (
                _scoping(p, text, scoping) or _subject_place(p, s, text)
            ):
                keys.append(p.place.key)
    keys.extend(named_scope(text, a, b, s, skip, st.lang, st.previous_start))
    held_by, compass, site = _memo(st, ("held/area",), lambda: _scope_patterns(st))
    if held_by is not None:
        held = _held_by(text, a, b, held_by)
        if not held and tail is not None:
            held = _memo(st, ("held", *tail), lambda: _held_by(text, tail[0], tail[1], held_by))
        if not held and lead is not None and s < lead:
            held = _memo(st, ("held", s, lead), lambda: _held_by(text, s, lead, held_by))
            # "In government-held areas, 403 died"
        keys.extend(held)
    # a part of the area ("In the northwest, ... 1,400") and a body's sites in a country ("An
    # den deutschen Standorten arbeiten derzeit rund 2.400 Beschäftigte"), in the stretch or
    # in the opening before the sentence's first figure
    for name, pat, find in (("area", compass, _compass_area), ("site", site, _site_countries)):
        if pat is not None:
            keys.extend(_stretch_or_opening(st, name, (a, b), s, lead, pat, find))
    return tuple(sorted(set(keys)))


_Finder = Callable[[str, int, int, str, Prefiltered], list[str]]
"""A search of a stretch for scope keys with one of the pack's patterns."""


def _stretch_or_opening(
    st: _State,
    name: str,
    stretch: tuple[int, int],
    s: int,
    lead: int | None,
    pat: Prefiltered,
    find: _Finder,
) -> list[str]:
    """The keys ``find`` reads in the figure's ``stretch``, else (once per sentence, memo
    ``name``) in the sentence's opening from ``s`` to its first figure at ``lead``."""
    text, lang = st.article.text, st.lang
    found = find(text, *stretch, lang, pat)
    if not found and lead is not None and s < lead:
        found = _memo(st, (name, s, lead), lambda: find(text, s, lead, lang, pat))
    return found


def _site_countries(text: str, start: int, end: int, lang: str, pat: Prefiltered) -> list[str]:
    """``country:<code>`` for a body's sites named by their country's adjective in
    ``text[start:end]`` ("an den *deutschen* Standorten", "at its *German* plants";
    ``pat``: the pack's ``nouns.SITE_COUNTRY_PATTERN``)."""
    from factcheck.extract.places import nationality_of

    codes = (
        nationality_of(m.group("adj").rstrip("."), lang) for m in pat.finditer(text, start, end)
    )
    return [f"country:{c}" for c in codes if c]


def _place_anaphor(text: str, a: int, b: int, lang: str) -> str | None:
    """The kind of place a word in ``text[a:b]`` stands for ("" for any; the pack's
    ``nouns.PLACE_ANAPHORS``: "*Dort* wurden 48.900 Wohnungen fertig", "Der *Freistaat*
    meldete 54.900"), or None when no such word is there."""
    words = get_language(lang).nouns.PLACE_ANAPHORS
    stretch = text[a:b]
    if not any(w in stretch for w in words):
        return None  # most stretches: no pattern call
    return next((words[w] for w in re.findall(r"\w+", stretch) if w in words), None)


def _scope_patterns(
    st: _State,
) -> tuple[Prefiltered | None, Prefiltered | None, Prefiltered | None]:
    """The pack's ``nouns.HELD_BY_PATTERN``, ``nouns.COMPASS_AREA_PATTERN`` and
    ``nouns.SITE_COUNTRY_PATTERN`` for the
    sentence being read, each None when the sentence holds none of the strings it
    requires (:meth:`~factcheck.extract.literals.Prefiltered.may_match`): then no stretch
    of the sentence, where every stretch :func:`_scope` reads lies, can match it. Asked
    once per sentence instead of once per stretch (most sentences name neither)."""
    idx = _sentence_index(st)
    held = _prefiltered(st.lang, "HELD_BY_PATTERN")
    area = _prefiltered(st.lang, "COMPASS_AREA_PATTERN")
    site = _prefiltered(st.lang, "SITE_COUNTRY_PATTERN")
    return (
        held if held is not None and held.may_match(idx.text, idx.start, idx.end) else None,
        area if area is not None and area.may_match(idx.text, idx.start, idx.end) else None,
        site if site is not None and site.may_match(idx.text, idx.start, idx.end) else None,
    )


def _compass_area(text: str, start: int, end: int, lang: str, pat: Prefiltered) -> list[str]:
    """``area:<direction>`` for a part of the area named by its direction in
    ``text[start:end]`` ("in the northwest", "im Nordwesten"; ``pat``: the pack's
    ``nouns.COMPASS_AREA_PATTERN``, and ``nouns.COMPASS_AREAS``)."""
    areas: dict[str, str] = get_language(lang).nouns.COMPASS_AREAS
    out = []
    for m in pat.finditer(text, start, end):
        found = next((g for g in m.groups() if g), "")  # an area, or a road's direction
        key = areas.get(" ".join(found.casefold().replace("-", "").split()))
        if key:
            out.append(f"area:{key}")
    return out


def _held_by(text: str, start: int, end: int, pat: Prefiltered) -> list[str]:
    """``held:<side>`` for each side named as holding the area of the figure ("in the
    flooded areas under Russian control": ``held:russian``; ``pat``: the pack's
    ``nouns.HELD_BY_PATTERN``)."""
    out = []
    for m in pat.finditer(text, start, end):
        side = next((g for g in m.groups() if g), None)
        if side:
            out.append(f"held:{side.casefold()}")
    return out


_CAPITAL_WORD = re.compile(r"[^\W\d_a-zäöüß][\w-]*")


def _city_adjectives(text: str, a: int, b: int, lang: str) -> list[str]:
    """The cities named by their adjective after a scoping preposition and at most an
    article (the pack's ``morphology.place_of_adjective``: "*am Frankfurter* Flughafen",
    "in der *Kölner* Innenstadt"): the figure's places, as "in Frankfurt" is."""
    from factcheck.extract.places import lookup_place

    pack = get_language(lang)
    preps, articles = pack.nouns.SCOPE_PREPOSITIONS, pack.nouns.ARTICLES
    out = []
    for m in _CAPITAL_WORD.finditer(text, a, b):
        base = pack.morphology.place_of_adjective(m.group())
        before = [w.casefold() for w in text[max(a, m.start() - 16) : m.start()].split()[-2:]]
        if before and before[-1] in articles:
            before = before[:-1]
        if base is None or not before or before[-1] not in preps:
            continue
        place = lookup_place(base, lang)
        if place is not None and place.kind is PlaceKind.CITY:
            out.append(place.key)
    return out


def sentence_city(st: _State, s: int, a: int) -> list[str]:
    """:func:`subject_city` of the sentence being read, worked out once per sentence (the
    scope of each figure and the place its paragraph goes on about both ask)."""
    return _memo(st, ("city", s, a), lambda: subject_city(st.article.text, s, a, st.lang))


def subject_city(text: str, s: int, a: int, lang: str) -> list[str]:
    """The city named by its adjective in the noun group the sentence opens with, after an
    article ("*Der Hamburger* Flughafen rechnet damit, dass ...", "*Die Kölner* Polizei
    zählte ..."): the subject is that city's, and so are the figures it gives."""
    from factcheck.extract.places import lookup_place

    pack = get_language(lang)
    first = _CAPITAL_WORD.search(text, s, min(a, s + 40))
    m = _CAPITAL_WORD.search(text, first.end(), min(a, s + 40)) if first is not None else None
    if (
        first is None
        or m is None
        or text[s : first.start()].strip()
        or text[first.end() : m.start()].strip()
        or first.group().casefold() not in pack.nouns.ARTICLES
    ):
        return []
    base = pack.morphology.place_of_adjective(m.group())
    place = lookup_place(base, lang) if base is not None else None
    if place is None or place.kind is not PlaceKind.CITY:
        return []
    from factcheck.extract.actors import classify_source

    name = _CAPITAL_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    source = classify_source(text, m.start(), name.end() if name else m.end(), lang)
    if source is not None and source.kind in (SourceKind.OUTLET, SourceKind.AGENCY):
        return []  # "Die Frankfurter Allgemeine berichtet": a newspaper's name
    return [place.key]


def _listed_after(places: list[PlaceMatch], i: int, text: str, lang: str) -> list[str]:
    """The keys of the places that go on the list of ``places[i]`` past the figure's
    stretch, sharing its preposition ("38 Objekte in NRW*, Niedersachsen und Hamburg*")."""
    coordinators = get_language(lang).syntax.COORDINATORS
    out = []
    prev = places[i]
    for p in places[i + 1 :]:
        between = text[prev.end : p.start]
        gap = between.strip(" ,")
        listed = gap.casefold() in coordinators if gap else "," in between
        if not listed or p.preposition != prev.preposition:
            break  # "Japan's Niigata prefecture" is no list
        out.append(p.place.key)
        prev = p
    return out


@cache
def _scoping_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words :func:`_scoping` reads: the pack's ``nouns.SCOPE_PREPOSITIONS`` and
    ``morphology.GENITIVE_ENDINGS``."""
    pack = get_language(lang)
    return (pack.nouns.SCOPE_PREPOSITIONS, pack.morphology.GENITIVE_ENDINGS)


def _scoping(p: PlaceMatch, text: str, words: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """A place that gives a figure its scope: after a locative preposition (the first of
    ``words``, the pack's ``nouns.SCOPE_PREPOSITIONS``), or in the possessive or genitive
    (its name with an ending of the second, ``morphology.GENITIVE_ENDINGS``: "Turkey's
    toll", "auf *Deutschlands* Straßen", "auf den Straßen *Bayerns*"); a capital standing
    for its government does not."""
    if p.metonym:
        return False
    prepositions, genitives = words
    written, name = text[p.start : p.end], p.place.name
    return (
        p.preposition in prepositions
        or text.startswith(("'s", "’s"), p.end)
        or written.endswith(("'s", "’s"))
        or (written != name and written.startswith(name) and written[len(name) :] in genitives)
    )


def within_source(p: PlaceMatch, sp: Span) -> bool:
    """True when the place stands inside the source's span without being the whole source
    ("the *Peruvian* ministry", not "*Ecuador* has confirmed")."""
    return sp.start <= p.start < sp.end and (sp.start, sp.end) != (p.start, p.end)


def in_source(p: PlaceMatch, spans: list[Span]) -> bool:
    """True when the place stands inside one of the sources' spans (:func:`within_source`)."""
    return any(within_source(p, sp) for sp in spans)


def in_source_place(p: PlaceMatch, spans: list[Span], text: str, lang: str) -> bool:
    """True when the place stands inside one of the sources' spans, without being the
    whole source, as the place the speaker is in ("the *Ohio* State Highway Patrol", "NHS
    *England*", "Regionaldirektion *Bayern* der Bundesagentur"); not a word inside a longer
    name, with words of the name before it and a capitalised one after it ("Great Lakes &
    *Ohio* Valley Railroad")."""
    articles = get_language(lang).syntax.ARTICLES
    for sp in spans:
        if not within_source(p, sp):
            continue
        before = [w for w in text[sp.start : p.start].split() if w.casefold() not in articles]
        after = text[p.end : sp.end].split()
        if not (before and after and after[0][:1].isupper()):
            return True  # "Regionaldirektion Bayern der Bundesagentur": the region's body
    return False


OPENER_MAX = 40
"""Characters of an opening phrase before a sentence's subject ("Across the border,
Ecuador has confirmed ...")."""


def _subject_place(p: PlaceMatch, s: int, text: str) -> bool:
    """A country or region opening the sentence with no preposition, as its subject
    ("Peru has confirmed 6,900 deaths"; also after a short opening phrase: "Across the
    border, Ecuador has confirmed 890 deaths"): what it counts is counted in it."""
    opener = text[s : p.start]
    return (
        (
            p.start == s
            or (
                len(opener) <= OPENER_MAX
                and opener.endswith(", ")
                and not any(map(str.isdigit, opener))
            )
        )
        and not p.preposition
        and not p.metonym
        and p.place.kind in (PlaceKind.COUNTRY, PlaceKind.REGION)
    )


def _in_relative(p: PlaceMatch, s: int, a: int, text: str, lang: str) -> bool:
    """True when the place stands in a relative clause closed before ``a`` ("das
    Giftinformationszentrum in Erfurt, *das für Thüringen und Sachsen zuständig ist*,
    registrierte 181 Anfragen"): it describes a noun before it, not where the figure
    after it was counted."""
    relatives = get_language(lang).syntax.RELATIVE_PRONOUNS
    at = text.rfind(",", s, p.start)
    while at >= 0:
        first = text[at + 1 : p.start].split()[:1]
        if first and first[0].casefold() in relatives:
            return text.find(",", p.end, a) >= 0
        at = text.rfind(",", s, at)
    return False


def _label_place(p: PlaceMatch, s: int, text: str) -> bool:
    """A place in the label of a line of a list or table, before the colon its figure
    follows ("- GIZ Nord (*Göttingen*): 96 Anfragen", "*Bavaria*: 54,900"): the figure
    is that place's (a capital there is the place, not its government)."""
    colon = list_label_end(text, s)
    return colon is not None and p.end <= colon


HOLDER_BEFORE = 80
"""Characters before a share searched for the name it is held by."""

_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_a-zäöüß][\w'’-]*(?:\s+[^\W\d_a-zäöüß][\w'’-]*)*")
"""A run of capitalised words ("Reform UK", "Die Grünen", "CDU")."""


def share_holder(
    text: str, clause_start: int, qstart: int, skip: list[tuple[int, int]], lang: str
) -> str | None:
    """The name a share is held by: the nearest run of capitalised words before it in
    its clause ("*Labour* won 33.7 percent", "die *SPD* 7,3 Prozent", "*Die
    Wahlbeteiligung* lag bei 74,4 Prozent"), folded, without articles; None when there is
    none. A run after a word that is no noun (the pack's function words, clause openers,
    ``numbers.NAME_EXEMPT``: "bei der *Landtagswahl*", "*Am Ende*"), month and weekday
    names (also in the possessive: "won *Sunday's* election"), and words in ``skip``
    (sources, places: "Die CDU kam laut Forsa in Sachsen auf 31 Prozent" is the CDU's
    share) hold nothing; with no run in the clause, a relative clause's share is held by
    the name before it (:func:`_antecedent`). Two parties' shares are two things."""
    stop, articles, prepositions = _holder_words(lang)
    lo = max(clause_start, qstart - HOLDER_BEFORE)
    best: str | None = None
    for m in _CAPITALISED.finditer(text, lo, qstart):
        before = text[lo : m.start()].split()
        if _after_preposition(before, articles, prepositions, _nouns_capitalised(lang)):
            continue  # "bei der *Landtagswahl*", "in diesem *Jahr*", "im *Bund*"
        words: list[str] = []
        for w in re.finditer(r"\S+", m.group()):
            low = w.group().casefold()
            if low in articles:
                continue
            if (
                w.start() == 0
                and _common_word(text, m.start(), low, lang)
                and (person_kind(low, lang) is None or m.group()[w.end() :].strip())
            ):
                # "*Budget* documents put the shortfall at 1.7 per cent"; but "*Women*
                # accounted for 27 percent" names the kind of people that hold it
                continue
            if low in stop or low.removesuffix("'s").removesuffix("’s") in stop:
                words = []  # "Am Ende", "Zudem": what follows is no subject
                break
            if low.endswith(("'s", "’s")) and m.group()[w.end() :].strip():
                words = []  # "Baptiste's *United Progressive Party*": its owner's party
                continue
            if not any(a <= m.start() + w.start() < b for a, b in skip):
                # the possessive is the holder's: "*Labour's* vote share", "the Tories'"
                words.append(low.removesuffix("'s").removesuffix("’s").rstrip("'’"))
        while len(words) > 1 and words[0] in get_language(lang).nouns.HOLDER_TITLES:
            words = words[1:]  # "Die *Gewerkschaft* GBL": the union's name holds it
        if words:
            best = " ".join(words)
    if best is None:
        best = _antecedent(text, clause_start, qstart, lang)
    if best is not None and " " not in best and (kind := person_kind(best, lang)):
        return f"{KIND_PREFIX}{kind}"  # "*Women* accounted for 27 percent": women's share
    return best


def _common_word(text: str, at: int, low: str, lang: str) -> bool:
    """True when the capitalised word at ``at`` only opens its sentence and the article
    writes it in lower case elsewhere ("*Budget* documents put ...", "the federal budget"):
    a common word, no name (for languages that do not capitalise their nouns)."""
    if _nouns_capitalised(lang):
        return False
    before = text[max(0, at - 3) : at].strip()
    if before and before[-1] not in ".!?\"“”'’:\n":
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None


def _antecedent(text: str, clause_start: int, qstart: int, lang: str) -> str | None:
    """The name a relative clause that holds a share follows ("the *Homeland Party*,
    which took 15.4 percent"; the pack's ``syntax.RELATIVE_PRONOUNS``), folded, without
    articles; None when the clause opens otherwise."""
    first = text[clause_start:qstart].split(None, 1)
    if not first or first[0].casefold() not in get_language(lang).syntax.RELATIVE_PRONOUNS:
        return None
    return _name_before_comma(text, clause_start, lang)


def _name_before_comma(text: str, clause_start: int, lang: str) -> str | None:
    """The run of capitalised words that ends at the comma right before the clause from
    ``clause_start``, folded, without articles; None when there is none or it holds a
    weekday or a month's name."""
    comma = text.rfind(",", max(0, clause_start - 3), clause_start + 1)
    if comma < 0:
        return None
    _stop, articles, _preps = _holder_words(lang)
    run = None
    for m in _CAPITALISED.finditer(text, max(0, comma - HOLDER_BEFORE), comma):
        run = m if m.end() == comma else None
    if run is None:
        return None
    cal = days_and_months(lang)  # "on Wednesday, and the town's 8,000": a day, no name
    words = [w.casefold() for w in run.group().split() if w.casefold() not in articles]
    return None if any(w in cal for w in words) else " ".join(words) or None


def apposed_holder(
    text: str, clause_start: int, scope: tuple[str, ...], lang: str
) -> tuple[str, ...]:
    """``scope`` with the name a population's apposition follows ("*Fenwick Cross*, home to
    some 900 people", "*Fenwick Cross*, a village of about 400"): whose population it is.
    ``scope`` as it is when no name ends at the comma before the clause."""
    name = _name_before_comma(text, clause_start, lang)
    return tuple(sorted({*scope, name})) if name else scope


def _after_preposition(
    before: list[str], articles: frozenset[str], prepositions: frozenset[str], numbers: bool
) -> bool:
    """True when the words ``before`` a name end in a preposition, an article and up to
    two lower-case words between ("in diesem", "nach dem vorläufigen"), with ``numbers``
    (a language that capitalises its nouns) numbers too: "für die rund 1.400
    *Beschäftigten*" is a noun, but "the yield on the 10-year *Treasury* note" a name."""
    lower = 0
    for w in reversed(before):
        low = w.casefold()
        if low in prepositions:
            return True
        if low in articles:
            continue
        if (w[:1].islower() or (numbers and w[:1].isdigit())) and lower < 2:
            lower += 1
            continue
        return False
    return False


@cache
def _nouns_capitalised(lang: str) -> bool:
    return bool(get_language(lang).numbers.NOUNS_CAPITALISED)


@cache
def _holder_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words no holder is (function words, clause openers, the pack's
    ``numbers.NAME_EXEMPT``, month and weekday names, articles), the articles, and the
    words after which no holder stands (the pack's
    ``syntax.NOUN_GROUP_STOP`` but its coordinators and clause openers: "bei der
    Landtagswahl", but "und die Grünen", "while the Homeland Party")."""
    pack = get_language(lang)
    t, sx = pack.time, pack.syntax
    articles = frozenset(w.casefold() for w in sx.ARTICLES)
    stop = frozenset(
        w.casefold()
        for w in (
            *sx.FUNCTION_WORDS,
            *sx.NOUN_GROUP_STOP,
            *sx.CLAUSE_OPENERS,
            *pack.numbers.NAME_EXEMPT,
            *t.MONTHS,
            *t.WEEKDAYS,
            *pack.nouns.SUBJECT_PRONOUNS,  # "Sie fordert 9,5 Prozent": a pronoun names none
        )
    )
    joins = frozenset(w.casefold() for w in sx.COORDINATORS)
    openers = frozenset(w.casefold() for w in sx.CLAUSE_OPENERS)  # "while the Homeland Party"
    prepositions = frozenset(w.casefold() for w in sx.NOUN_GROUP_STOP) - joins - articles - openers
    return stop | articles, articles, prepositions


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
"""A word that may name a country (``German``, ``U.S.``)."""


def nationality(
    text: str, start: int, end: int, scope: tuple[str, ...], lang: str
) -> tuple[str, ...]:
    """``scope`` with the countries the words before a counted noun of people make them
    of ("18,000 *German* employees", "300 *US* troops", "*russische* Soldaten"): they
    count that country's people, as "18,000 employees in Germany" do (``text[start:end]``
    runs from the number to the end of its noun, whose last word is the noun)."""
    from factcheck.extract.places import nationality_of

    words = _NAME_WORD.findall(text, start, end)[:-1]
    codes = {c for c in (nationality_of(w.rstrip("."), lang) for w in words) if c}
    return tuple(sorted({*scope, *(f"country:{c}" for c in codes)})) if codes else scope


def held_scope(
    st: _State,
    idx: SentenceIndex,
    qm: QuantityMatch,
    quantities: list[QuantityMatch],
    i: int,
    scope: tuple[str, ...],
    source_spans: list[Span],
    places: list[PlaceMatch],
) -> tuple[str, ...]:
    """``scope`` with the name that holds the figure (a share, seats, votes: see
    :func:`~factcheck.extract.pipeline.scope.share_holder`). A holder after the figure
    before it is this figure's own: the name the sentence opens with is then another
    party's ("The Conservatives won 23.7 percent, Reform UK 14.3"), and only places,
    sides and markers are kept beside it."""
    skip = [(sp.start, sp.end) for sp in source_spans] + [(p.start, p.end) for p in places]
    text = st.article.text
    holder = share_holder(text, idx.clause(qm.start)[0], qm.start, skip, st.lang)
    if holder is None:
        return scope
    own = i > 0 and quantities[i - 1].end < qm.start - len(holder)
    kept = {x for x in scope if ":" in x} if own else set(scope)
    return tuple(sorted({*kept, holder}))


def places_first(
    st: _State, idx: SentenceIndex, places: list[PlaceMatch], quantities: list[QuantityMatch]
) -> bool:
    """True when the sentence's list of figures names each figure's place before it ("in
    Polen sieben, in Rumänien ebenfalls sieben, in Österreich fünf und in Tschechien
    vier"): a scoping place stands before its first figure in the figure's clause, one
    between each two figures, and none after its last figure in that one's clause. In the
    other order ("Seven people died in Romania, six in Poland ... and three in the Czech
    Republic") a place follows the last figure. Asked once per sentence."""
    if len(quantities) < 2:
        return False

    def scoped(a: int, b: int) -> bool:
        return any(a <= p.start < b and _scoping(p, text, words) for p in places)

    def ask() -> bool:
        first, last = quantities[0], quantities[-1]
        return (
            scoped(idx.clause(first.start)[0], first.start)
            and all(scoped(x.end, y.start) for x, y in pairwise(quantities))
            and not scoped(last.end, idx.clause(last.start)[1])
        )

    text = st.article.text
    words = _scoping_words(st.lang)
    return _memo(st, ("places first",), ask)


@cache
def _site_noun(word: str, lang: str) -> bool:
    """True when ``word`` (a noun of :func:`_admin_patterns`, maybe in the genitive) names a
    measuring site (``concepts.SITE_UNITS``), not an administrative area."""
    concepts = get_language(lang).nouns.CONCEPTS
    low = {k.casefold(): v for k, v in concepts.items()}
    for form in (word.casefold(), word.casefold().removesuffix("s").removesuffix("e")):
        if form in low:
            return low[form] in SITE_UNITS
    return False


_ADMIN_NAME = r"[^\W\d_a-zäöüß][\w'’-]*"
"""A capitalised word of an area's name ("Al-Haouz", "Haouz")."""


@cache
def _admin_patterns(lang: str) -> tuple[Prefiltered, re.Pattern[str], re.Pattern[str]] | None:
    """The pack's nouns for an administrative area or a measuring site (``nouns.CONCEPTS``
    of a concept in ``concepts.ADMIN_UNITS`` or ``concepts.SITE_UNITS``), singular ("des
    Landkreises", not "provinces"), skipping a window without one; the name right before
    such a noun, and the name right after it ("of the" may stand between)."""
    pack = get_language(lang)
    words = list(_area_words(lang))
    if not words:
        return None
    unit = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # the singular only (several areas name no one region), in German with its genitive
    ending = "(?:e?s)?" if pack.numbers.NOUNS_CAPITALISED else ""
    name = rf"{_ADMIN_NAME}(?:\s+{_ADMIN_NAME}){{0,2}}"
    return (
        Prefiltered(re.compile(rf"(?<![\w-])(?i:{unit}){ending}(?![\w-])")),
        re.compile(rf"(?<![\w'’-])({name})\s+\Z"),
        re.compile(rf"\s+(?:of\s+(?:the\s+)?)?({name})"),
    )


ADMIN_NAME_BEFORE = 60
"""Characters before an area's noun searched for its name ("Al Haouz province")."""


def _areas_in_sentence(st: _State) -> bool:
    """True when the sentence being read names an administrative area or a measuring
    site (one search per sentence; most name none, and "Wahlkreis" in each line of a
    table only looks like one to the pattern's pre-check)."""
    patterns = _admin_patterns(st.lang)
    if patterns is None:
        return False
    idx = _sentence_index(st)
    return patterns[0].search(idx.text, idx.start, idx.end) is not None


def admin_areas(text: str, a: int, b: int, lang: str, skip: list[tuple[int, int]]) -> list[str]:
    """Keys of the regions ``text[a:b]`` names by an administrative area and a name
    beside it that no place read elsewhere covers ("die Provinz *Al-Haouz*", "*Al Haouz*
    province", "the province of *Hatay*": ``region:<folded name>``, see
    ``concepts.ADMIN_UNITS``), and of the measuring sites it names so ("am Pegel *Kaub*",
    "the *Kaub* gauge": ``site:<folded name>``, ``concepts.SITE_UNITS``). Where nouns are
    capitalised only the name after the area counts ("Provinz Al-Haouz"; the word before
    is a noun of the sentence)."""
    from factcheck.extract.names import fold

    patterns = _admin_patterns(lang)
    if patterns is None:
        return []
    units, before, after = patterns
    capitalised = get_language(lang).numbers.NOUNS_CAPITALISED
    stop, _articles, _preps = _holder_words(lang)
    out = []
    for m in units.finditer(text, a, b):
        found = _area_name(text, m, a, b, capitalised, before, after)
        if found is None:
            found = _area_named_last(text, m, lang)
            if found is None:
                continue
        at, name = found
        if any(x <= at < y for x, y in skip):
            continue  # a place the gazetteer knows
        # "*In* Maui County": an opening word is no part of the name
        words = [w for w in name.split() if w.casefold() not in stop]
        if words:
            kind = "site:" if _site_noun(m.group(), lang) else "region:"
            out.append(kind + fold(" ".join(words)))
    return out


def _area_name(
    text: str,
    m: re.Match[str],
    a: int,
    b: int,
    capitalised: bool,
    before: re.Pattern[str],
    after: re.Pattern[str],
) -> tuple[int, str] | None:
    """Where the name beside the area's noun ``m`` starts, and the name (within
    ``a..b``), or None when no name stands beside it."""
    if not capitalised:
        lo = max(a, m.start() - ADMIN_NAME_BEFORE)
        named = before.search(text[lo : m.start()])
        if named is not None:
            return lo + named.start(1), named.group(1)
    named = after.match(text, m.end(), b)
    return None if named is None else (named.start(1), named.group(1))


AREA_BACK = 2000
"""Characters before a nameless area's noun searched for the area of that noun named
last."""


def _area_named_last(text: str, m: re.Match[str], lang: str) -> tuple[int, str] | None:
    """The area an area's noun with no name beside it stands for after one of the pack's
    ``nouns.AREA_BACK_REFERENCES`` ("in *the district*" after "the Alder Creek School
    District"): the last one named with a noun of the same concept in the
    :data:`AREA_BACK` characters before it, or None."""
    pack = get_language(lang)
    word = re.search(r"(\w+)\s+\Z", text[max(0, m.start() - 20) : m.start()])
    if word is None or word.group(1).casefold() not in pack.nouns.AREA_BACK_REFERENCES:
        return None
    patterns = _admin_patterns(lang)
    concepts = _area_concepts(lang)
    concept = concepts.get(m.group().casefold())
    if patterns is None or concept is None:
        return None
    units, before, after = patterns
    capitalised = pack.numbers.NOUNS_CAPITALISED
    lo = max(0, m.start() - AREA_BACK)
    last = None
    for n in units.finditer(text, lo, m.start()):
        if concepts.get(n.group().casefold()) == concept:
            found = _area_name(text, n, lo, m.start(), capitalised, before, after)
            last = found or last
    return last


@cache
def _area_words(lang: str) -> dict[str, str]:
    """The pack's nouns for an area or a measuring site, as written, with their concepts."""
    concepts = get_language(lang).nouns.CONCEPTS
    return {w: c for w, c in concepts.items() if c in ADMIN_UNITS | SITE_UNITS}


@cache
def _area_concepts(lang: str) -> dict[str, str]:
    """The pack's area nouns, lower-cased, with their concepts."""
    return {w.casefold(): c for w, c in _area_words(lang).items()}
