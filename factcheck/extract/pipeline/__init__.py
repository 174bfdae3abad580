"""From an article to its claims: the engines' matches assembled into :class:`Claim`s.

Per sentence: numbers (with hedges and units), times, places, persons and the
attribution are found by the engines; each number becomes a quantity claim with what it
counts, where the counted things come from and go to, and when; each event word gives
event claims (the place and the date of a meeting, an arrival...); remaining time
expressions become date claims. Attribution carries into following sentences that open
with "Demnach" or are in reported speech, and back to the sentence before from one that
opens by pointing back ("Das teilte die Polizei mit.").
"""

from __future__ import annotations

import datetime as dt

from factcheck.extract import actors as actors_mod
from factcheck.extract.events import find_triggers
from factcheck.extract.pipeline.ages import _ages_told_apart, ages_unscoped
from factcheck.extract.pipeline.changes import changes_keyed, spans_marked
from factcheck.extract.pipeline.eventdays import event_days_marked
from factcheck.extract.pipeline.events import accidents_named
from factcheck.extract.pipeline.increments import (
    bodies_as_parts,
    deaths_beside,
    excluded_as_parts,
    increments_settled,
    levels_shared,
    positions_as_parts,
)
from factcheck.extract.pipeline.lists import holders_untold, table_rows
from factcheck.extract.pipeline.sentence import (
    _sentence,
)
from factcheck.extract.pipeline.sources import sourced_back
from factcheck.extract.pipeline.speakers import speakers_uncounted
from factcheck.extract.pipeline.state import (
    _Matches,
    _State,
    marked,
)
from factcheck.extract.pipeline.state import (
    language_of as language_of,
)
from factcheck.extract.pipeline.subjects import substances_shared
from factcheck.extract.sentences import split_sentences
from factcheck.lang.concepts import (
    ALL_SCOPE,
    BREAKDOWN_SCOPE,
    EXCEPT_PREFIX,
    OCCASION_CONCEPTS,
)
from factcheck.models import Article, Claim, UnitKind, is_place_key

__all__ = ["extract", "language_of"]


def extract(article: Article) -> list[Claim]:
    """The base claims an article states, in text order (claim schemas are applied by
    :func:`factcheck.extract.extract`). Deterministic: the same article always gives the
    same claims with the same ids."""
    lang = language_of(article)
    if not lang:
        return []
    from factcheck.extract.numbers import find_quantities
    from factcheck.extract.places import find_places_lazily
    from factcheck.extract.time import scan_times, times_in

    st = _State(article, lang)
    text, body = article.text, article.body_start
    # every engine runs once over the article; sentences take their slice by offset
    st.index = actors_mod.PersonIndex(text, body, lang)
    st.quantities = _Matches.of(find_quantities(text, lang, start=body))
    st.places = find_places_lazily(text, lang, start=body)  # resolved per sentence asked
    st.mentions = _Matches.of(st.index.mentions(body, len(text)))
    st.triggers = _Matches.of(find_triggers(text, body, len(text), lang))
    # the time engine's pattern work once per article; sentences re-resolve its candidates
    st.time_scan = scan_times(text, lang, start=body)
    st.time_starts = sorted(
        t.start for t in times_in(st.time_scan, article.published, start=body, end=len(text))
    )
    for sent in split_sentences(text, lang, body):
        _sentence(st, sent.start, sent.end, sent.continued)
    claims = sourced_back(st.claims, st.backward)
    claims = ages_unscoped(increments_settled(claims, text, lang))  # an age is no part
    claims = _places_told_apart(_ages_told_apart(claims))
    claims = bodies_as_parts(changes_keyed(claims, text, lang), lang)
    claims = positions_as_parts(claims, text, lang)  # "the upper two floors": a part
    claims = excluded_as_parts(claims, text, lang)  # "13,900 without the East Stand"
    claims = event_days_marked(claims, text, lang)  # "am Sonntag wurden sechs verletzt"
    claims = speakers_uncounted(claims, text, lang)  # "said one employee": a source
    claims = levels_shared(claims)  # "Five were killed ... bringing the toll to five"
    claims = deaths_beside(claims, text, lang)  # "ein Todesopfer ..., drei Verletzte"
    claims = accidents_named(spans_marked(claims, text, lang), text, lang)
    claims = substances_shared(claims)  # "9,500 barrels" in a story of barrels of oil
    claims = holders_untold(claims)  # "CDU 12 Sitze, FDP drei Sitze ... (12 Sitze)"
    claims = table_rows(claims, text)  # "Carrow Star - built 1998 - 600 passengers"
    return sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind, c.id))


def _places_told_apart(claims: list[Claim]) -> list[Claim]:
    """The claims, with each figure given for no place marked as not given for the places
    its article gives the same count for apart ("at least 38 dead ... In Arequipa province
    alone, 21 died": the 38 are not Arequipa's; ``concepts.EXCEPT_PREFIX``)."""
    placed: dict[str, set[str]] = {}
    told: dict[str, set[frozenset[str]]] = {}  # the place sets of each count's figures
    totals: set[str] = set()  # the counts the article gives a total over the parts of
    wholes: dict[str, list[tuple[float, _Days]]] = {}  # each count's figures for no place
    for c in claims:
        m = c.measure
        if (
            m is not None
            and c.quantity is not None
            and c.quantity.nominal is not None
            and m.concept
        ):
            if ALL_SCOPE in m.scope and c.quantity.unit_kind is UnitKind.COUNT:
                totals.add(m.key)  # a count's total (shares of many things share a key)
            # a vague amount ("Mehrere tausend Menschen in Hamburg") sets no count apart
            places = [x for x in m.scope if is_place_key(x)]
            if places:
                placed.setdefault(m.key, set()).update(places)
                told.setdefault(m.key, set()).add(frozenset(places))
            elif c.quantity.unit_kind is UnitKind.COUNT:
                wholes.setdefault(m.key, []).append((c.quantity.nominal, _day(c)))
    if not placed:
        return claims
    # the kinds of place an article gives figures of one count for apart ("110 in
    # Rheinland-Pfalz ... 46 in NRW": regions): a breakdown by places of that kind (one
    # figure for three regions together is none: "38 in NRW, Hessen und Hamburg")
    split = {
        key: {
            k
            for k in {x.partition(":")[0] for x in ps}
            if sum(any(x.startswith(k + ":") for x in one) for one in told[key]) >= 2
        }
        for key, ps in placed.items()
    }
    out = []
    for c in claims:
        m = c.measure
        if m is not None and c.quantity is not None and m.key in placed:
            mine = [x for x in m.scope if is_place_key(x)]
            if not mine:
                marks: tuple[str, ...] = tuple(EXCEPT_PREFIX + p for p in sorted(placed[m.key]))
            elif ALL_SCOPE not in m.scope and (
                m.key in totals
                or any(x.partition(":")[0] in split[m.key] for x in mine)
                or _part_of_whole(c, wholes.get(m.key, []))
            ):
                # each place of a breakdown is set only against figures given for a place
                # (so is a place's figure beside a total: "Bundesweit 2.839 ... in Bayern 472")
                marks = (BREAKDOWN_SCOPE,)
            else:
                marks = ()
            if marks:
                c = marked(c, *marks)
        out.append(c)
    return out


PART_OF_WHOLE = 1.25
"""How much larger than a place's figure its article's figure for no place must be to
make that place's figure a part of it ("mehr als 1.000 Flüge gestrichen ... am Frankfurter
Flughafen 689")."""


_Days = tuple[dt.date | None, dt.date | None] | None
"""The days a figure is given for, as its claim tells them (None: not said)."""


def _day(c: Claim) -> _Days:
    """The time a figure is given for, as far as its claim tells (None: not said)."""
    return None if c.time is None else (c.time.start, c.time.end)


def _part_of_whole(c: Claim, wholes: list[tuple[float, _Days]]) -> bool:
    """True when the article gives the count for no place, as of the same time (or one
    of the two of no time), at well above this place's figure: the place's figure is a
    part of that whole (not for a crowd or a deployment, whose figures are of one day
    each)."""
    n = c.quantity.nominal if c.quantity is not None else None
    if n is None or (c.measure is not None and c.measure.key in OCCASION_CONCEPTS):
        return False
    day = _day(c)
    return any(w > n * PART_OF_WHOLE and (d == day or None in (d, day)) for w, d in wholes)
