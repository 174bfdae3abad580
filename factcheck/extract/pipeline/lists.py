"""The pipeline, lists of parts: "Health care added 68,000 jobs, government 43,000 and
leisure and hospitality 42,000".

Part of :mod:`factcheck.extract.pipeline`. A sentence that names one count for several
subjects in a row, the verb said once and left out after it (gapping), breaks a whole
into parts: each figure is one subject's, none is the whole. Its figures get
``concepts.BREAKDOWN_SCOPE``, so they are set only against figures given for a part too,
never against a total ("US employers added 272,000 jobs"). Figures told apart by their
sources ("Die Polizei zählte 8.500, der Bauernverband 30.000": two readings of one
crowd), their times ("4.000 am Samstag, 6.000 am Sonntag") or their places (a breakdown
of its own, see :func:`factcheck.extract.pipeline._places_told_apart`) are no such list.

A list of a whole's parts after a colon or a dash (:func:`list_role`: "Five people were
killed: the pilot and four passengers"), or after a comma when it adds up to the whole,
passes on what befell the whole to each part.
"""

from __future__ import annotations

import math
import re

from factcheck.extract.figure_cues import pack_words
from factcheck.extract.matches import QuantityMatch
from factcheck.extract.pipeline.state import _replace_claim, _sentence_index, _State, marked
from factcheck.extract.roles import TREATED
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ABOARD,
    ALL_SCOPE,
    BREAKDOWN_SCOPE,
    CUMULATIVE_CONCEPTS,
    HARM_ROLES,
    HELD_CONCEPTS,
    HOLDER_UNTOLD,
    KINDS_OF_PEOPLE,
    SUBSET_SCOPE,
    WHOLE_SCOPE,
)
from factcheck.models import Claim, UnitKind, is_place_key

_LIST_OPENERS = (":", " - ", " \u2013 ", " \u2014 ")
"""A colon, or a dash set off by spaces, that opens the list of a whole's parts."""

_PASSED_ON = HARM_ROLES | {ABOARD, TREATED}
"""The roles a whole passes on to the parts listed after it."""


def list_role(st: _State, qm: QuantityMatch, role: str | None) -> str | None:
    """The role of a count in a list after a colon or a dash (or a comma, when the list's
    two or more counts add up to the whole), from the clause before it
    that gives the whole ("Five people were *killed*: the pilot and four passengers",
    "Seven people were *on board*: the pilot and six passengers", "20 Menschen wurden
    *behandelt* – 14 Gefangene und sechs Bedienstete"): what befell the whole befell each
    of its parts, unless the count's own clause names a role other than being on board
    (``role``, which passengers are by their noun). The counts of the list up to this one
    must stay within the whole ("Two people died: police deployed 300 officers" lists no
    part of the two). ``role`` when no colon or dash stands between the sentence's start
    and the count, or no count stands before it."""
    cues = st.role_cues
    if cues is None or st.quantities is None or role not in (None, ABOARD):
        return role
    index = _sentence_index(st)
    text, start = st.article.text, index.start
    at = max(text.rfind(x, start, qm.start) for x in _LIST_OPENERS)
    comma = at < 0
    if comma:
        at = text.rfind(", ", start, qm.start)
        if at < 0:
            return role
    wholes = [w for w in st.quantities.within(start, at) if _counts(w)]
    if not wholes:
        return role  # "Unter den Opfern: vier Passagiere": no whole named before
    # after a comma the whole list, which must add up to the whole exactly ("14 Menschen
    # verletzt, elf Bewohner sowie drei Beschäftigte")
    items = (
        list(st.quantities.within(at + 1, index.end))
        if comma
        else [*st.quantities.within(at + 1, qm.start), qm]
    )
    total = wholes[-1].quantity.nominal or 0.0
    added = sum(p.quantity.nominal or 0.0 for p in items)
    if not all(_counts(p) for p in items) or added > total:
        return role
    if comma and (len(items) < 2 or added != total):
        return role
    whole = cues.role_at(start, at, at, at)
    return whole if whole in _PASSED_ON else role


def _counts(m: QuantityMatch) -> bool:
    """True for a count with a value ("Five people", "vier Passagiere"): a number with no
    unit (its noun is read later) or a count."""
    kind = m.quantity.unit_kind
    return kind in (UnitKind.COUNT, UnitKind.NONE) and m.quantity.nominal is not None


MAX_SUBJECT_WORDS = 4
"""How many words a left-out verb's subject between two figures may have ("leisure and
hospitality")."""


def mark_gapped_lists(
    st: _State, made: list[Claim | None], quantities: list[QuantityMatch]
) -> None:
    """Give the figures of each list of parts in the sentence (see the module
    documentation) ``BREAKDOWN_SCOPE``, in ``st.claims``."""
    if len(made) < 2:
        return
    parts: set[int] = set()
    text, coordinators = st.article.text, get_language(st.lang).syntax.COORDINATORS
    for i in range(1, len(made)):
        a, b = made[i - 1], made[i]
        between = text[quantities[i - 1].end : quantities[i].start].split()
        if (
            b is not None
            and (a is None or a.quantity is None or a.quantity.unit is None)
            and len(between) == 1
            and between[0].casefold() in coordinators
        ):
            # "die beiden Säle mit 90 und 65 Plätzen": one noun for two figures, each of
            # its own thing
            parts.update(j for j in (i - 1, i) if (c := made[j]) is not None and c.measure)
            continue
        if a is None or b is None or not _one_count(a, b):
            continue
        if _gapped(
            st.article.text[max(a.span.end, quantities[i - 1].end) : quantities[i].start], st.lang
        ):
            parts.update((i - 1, i))
    parts.update(_summed_parts(st.article.text, made))
    for i in sorted(parts):
        c = made[i]
        assert c is not None
        new = marked(c, BREAKDOWN_SCOPE)
        _replace_claim(st, c, new)
        made[i] = new


def _summed_parts(text: str, made: list[Claim | None]) -> set[int]:
    """The figures right after a colon that ends a count's clause and that add up to that
    count exactly ("137 Fahrgäste: 84 saßen in der Regionalbahn, 53 im Regionalexpress"):
    the parts of the whole, each one train's, none the whole."""
    out: set[int] = set()
    for i, whole in enumerate(made):
        q = whole.quantity if whole is not None else None
        if whole is None or q is None or q.unit_kind is not UnitKind.COUNT or not q.nominal:
            continue
        nxt = made[i + 1] if i + 1 < len(made) else None
        if nxt is None or ":" not in text[whole.span.end : nxt.span.start]:
            continue
        total, run = 0.0, []
        for j in range(i + 1, len(made)):
            p = made[j]
            pq = p.quantity if p is not None else None
            if p is None or pq is None or pq.unit_kind is not UnitKind.COUNT or not pq.nominal:
                break
            total += pq.nominal
            run.append(j)
            if total >= q.nominal:
                break
        if len(run) >= 2 and math.isclose(total, q.nominal):
            out.update(run)
    return out


def _one_count(a: Claim, b: Claim) -> bool:
    """True when two figures count one thing, as of one time, from one source, for no
    place: what tells them apart can only be the subjects a list names."""
    ma, mb = a.measure, b.measure
    return (
        a.quantity is not None
        and b.quantity is not None
        and a.quantity.unit_kind is UnitKind.COUNT
        and b.quantity.unit_kind is UnitKind.COUNT
        and ma is not None
        and mb is not None
        and bool(ma.concept)
        and ma.key == mb.key
        and ma.state == mb.state  # "destroyed 6,837 and damaged 1,017": two states
        and a.time == b.time
        and a.attribution == b.attribution
        and not any(is_place_key(x) for x in (*ma.scope, *mb.scope))
    )


def _gapped(between: str, lang: str) -> bool:
    """True when the words between two figures are a comma or a coordinator and then
    only a short subject, no function word ("..., *government* 43,000 *and leisure and
    hospitality* 42,000"), no number."""
    syntax = get_language(lang).syntax
    words = between.replace(",", " , ").split()
    if not words or (words[0] != "," and words[0].casefold() not in syntax.COORDINATORS):
        return False
    subject = words[1:]
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS:
        return False
    if (
        subject[0].casefold() in syntax.COORDINATORS
        or subject[-1].casefold() in syntax.COORDINATORS
    ):
        return False
    for n, w in enumerate(subject):
        low = w.casefold()
        if low in syntax.COORDINATORS or (n == 0 and low in syntax.ARTICLES):
            continue  # "leisure and hospitality", "die Industrie"
        if not w.isalpha() or low in syntax.FUNCTION_WORDS or low in syntax.NOUN_GROUP_STOP:
            return False  # "am Sonntag", "in Hamburg", a number, a verb's auxiliary
    return True


_OPENS_PARTS = re.compile(r"[,:;(–—]\s*(?:(\w+(?:\s+\w+)?)\s+)?$")
"""A clause break at the end of the words before a part, and the one or two words after
it that may introduce the parts ("..., *darunter* 23 Patienten")."""

MAX_TAIL_WORDS = 4
"""How many words may end the total's clause before its parts ("47 Menschen *hatten sich
angesteckt*, 33 Patienten ...")."""


def mark_kinds_of_totals(st: _State, made: list[Claim | None]) -> None:
    """The people of each kind listed right after a running total of its sentence are its
    parts: "47 Menschen angesteckt, 33 Patienten und 14 Beschäftigte", "at least 31 ill,
    including 23 patients". Each is counted as that total of its kind (``case:patient``,
    a running total too), so that a later report's 29 patients is that count grown, not
    another count of patients. The parts must follow a clause break (and a part word of
    the pack's ``figures.PART_INTRODUCERS``, or none), count people of one kind
    (``concepts.KINDS_OF_PEOPLE``), no state, and add up to no more than the total; with
    no part word, to the total exactly (the breakdown of it, nothing else)."""
    text = st.article.text
    for i, whole in enumerate(made):
        if whole is None or not _running_total(whole):
            continue
        parts = _kinds_after(made, i)
        if not parts:
            continue
        opens = _OPENS_PARTS.search(text, whole.span.end, parts[0].span.start)
        if opens is None or len(text[whole.span.end : opens.start()].split()) > MAX_TAIL_WORDS:
            continue
        said = (opens.group(1) or "").casefold()
        introduced = bool(said) and said in pack_words(st.lang, "PART_INTRODUCERS")
        if said and not introduced:
            continue
        assert whole.quantity is not None and whole.measure is not None
        total = sum(p.quantity.nominal or 0.0 for p in parts if p.quantity is not None)
        high = whole.quantity.high if whole.quantity.high is not None else math.inf
        low = whole.quantity.low if whole.quantity.low is not None else 0.0
        if total > high or (not introduced and total < low):
            continue
        for p in parts:
            assert p.measure is not None
            concept = f"{whole.measure.key}:{p.measure.key}"
            measure = p.measure.model_copy(update={"concept": concept, "cumulative": True})
            new = p.model_copy(update={"measure": measure})
            _replace_claim(st, p, new)
            made[made.index(p)] = new


def mark_coordinated_kinds(st: _State, made: list[Claim | None]) -> None:
    """A count of people with no kind joined by a coordinator to one of a kind that shares
    its harm is another part, not the whole: "The dead were the aircraft's three crew *and*
    three people on the ground" (``dead:crew`` and ``dead``) counts those on the ground,
    marked ``concepts.SUBSET_SCOPE``, never set against the whole toll of another report."""
    text = st.article.text
    joins = get_language(st.lang).syntax.COORDINATORS
    for i in range(len(made) - 1):
        a, b = made[i], made[i + 1]
        if a is None or b is None or a.measure is None or b.measure is None:
            continue
        if text[a.span.end : b.span.start].strip().casefold() not in joins:
            continue
        for at, bare, kind in ((i, a, b), (i + 1, b, a)):
            head, _, of = kind.measure.key.partition(":") if kind.measure else ("", "", "")
            if (
                of in KINDS_OF_PEOPLE
                and head in HARM_ROLES
                and bare.measure is not None
                and bare.measure.key == head
                and bare.quantity is not None
                and bare.quantity.unit_kind is UnitKind.COUNT
                and SUBSET_SCOPE not in bare.measure.scope
            ):
                new = made[at] = marked(bare, SUBSET_SCOPE)
                _replace_claim(st, bare, new)


def _running_total(c: Claim) -> bool:
    m, q = c.measure, c.quantity
    return (
        m is not None
        and q is not None
        and q.unit_kind is UnitKind.COUNT
        and q.nominal is not None
        and bool(m.cumulative)
        and m.key in CUMULATIVE_CONCEPTS
    )


def _kinds_after(made: list[Claim | None], i: int) -> list[Claim]:
    """The claims right after ``made[i]`` that count people of one kind, no state."""
    out = []
    for c in made[i + 1 :]:
        m = c.measure if c is not None else None
        if c is None or m is None or c.quantity is None or c.quantity.nominal is None:
            break
        if m.key not in KINDS_OF_PEOPLE or m.state is not None:
            break
        out.append(c)
    return out


def holders_untold(claims: list[Claim]) -> list[Claim]:
    """The claims, with each count a holder wins (``concepts.HELD_CONCEPTS``: seats, votes)
    given for no holder marked ``concepts.HOLDER_UNTOLD`` when its article gives that count
    for a holder named ("CDU 12 Sitze, FDP drei Sitze ... (12 Sitze)", "Die FDP, die
    bisher drei Sitze hatte ... kommt die Wählervereinigung auf fünf Sitze"): among
    parties, a figure whose party is not told is one party's, and which one nothing says;
    it is not compared."""
    holders: dict[str, set[str]] = {}
    for c in claims:
        m = c.measure
        if m is not None and c.quantity is not None and m.key in HELD_CONCEPTS:
            holders.setdefault(m.key, set()).update(_holders(m.scope))
    if not any(holders.values()):
        return claims
    out = []
    for c in claims:
        m = c.measure
        if (
            m is not None
            and c.quantity is not None
            and holders.get(m.key)
            and not _holders(m.scope)
            and not {ALL_SCOPE, WHOLE_SCOPE} & set(m.scope)
        ):
            c = marked(c, HOLDER_UNTOLD)
        out.append(c)
    return out


def _holders(scope: tuple[str, ...]) -> set[str]:
    """The names among a figure's scope (``cdu``; no marks, places or kinds)."""
    return {x for x in scope if ":" not in x}


MAX_ROW = 120
"""How long a line may be to be a row of a table or a list, not a paragraph."""

_SENTENCE_END = frozenset(".!?…\"“”»«'")
"""The last characters of a line that make it a sentence, no row."""


def table_rows(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, with the figures of a table's rows marked ``concepts.BREAKDOWN_SCOPE``:
    two or more lines in a row, each short and ending without a full stop, each holding
    one figure of one count ("Carrow Star - built 1998 - 600 passengers", "Inchmorra Lass -
    built 2001 - 450 passengers"): each row's figure is its label's (a vessel, a district),
    set only against figures given for a part, never against the story's own figure. A row
    whose figure has a time written before it in the row ("Friday: 120") is a reading of a
    running count, no part; nor is a total's row ("Gesamt: rund 1.450 Stellen")."""
    rows: dict[int, list[Claim]] = {}  # line start -> the figures on that line
    for c in claims:
        if c.quantity is None or c.measure is None:
            continue
        start = text.rfind("\n", 0, c.span.start) + 1
        rows.setdefault(start, []).append(c)
    rowed: list[tuple[int, int, Claim]] = []  # (line start, line end, figure)
    for start, found in rows.items():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(found) != 1 or len(line) > MAX_ROW or line.rstrip()[-1:] in _SENTENCE_END:
            continue
        c = found[0]
        if c.measure is not None and ALL_SCOPE in c.measure.scope:
            continue  # "Gesamt: rund 1.450 Stellen": the rows' total, no part
        t = c.time
        if t is not None and t.phrase and t.phrase in text[start : c.span.start]:
            continue  # "Freitag: 120 Evakuierte": a reading of one day
        rowed.append((start, end, c))
    rowed.sort(key=lambda r: r[0])
    marked_ids: set[str] = set()
    run: list[tuple[int, int, Claim]] = []
    for row in [*rowed, None]:
        joined = (
            row is not None
            and run
            and not text[run[-1][1] : row[0]].strip()
            and _count_of(row[2]) == _count_of(run[-1][2])
        )
        if joined:
            assert row is not None
            run.append(row)
            continue
        if len(run) >= 2:
            marked_ids.update(c.id for _, _, c in run)
        run = [] if row is None else [row]
    if not marked_ids:
        return claims
    return [marked(c, BREAKDOWN_SCOPE) if c.id in marked_ids else c for c in claims]


def _count_of(c: Claim) -> tuple[str, str | None]:
    """What a row's figure counts: its measure and unit."""
    assert c.measure is not None and c.quantity is not None
    return c.measure.key, c.quantity.unit
