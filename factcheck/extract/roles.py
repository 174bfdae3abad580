"""What a count of people counts: the role the clause gives them.

"3 Menschen starben" counts the dead, "147 are still unaccounted for" the missing, "rund
8500 Menschen kamen zu der Kundgebung" the attendance. The noun often says nothing of
this ("Menschen", "people") or is missing; the role comes from cue words in the number's
clause (the packs' ``nouns.ROLE_CUES``), the nearest one within the stretch of the clause
that belongs to this number (up to the neighbouring numbers), one after the number
preferred over one before at the same distance, one in its own noun last.

:func:`counted_concept` then combines the noun's concept and the role into the
language-neutral concept a figure is grouped by (see ``factcheck/lang/concepts.py``):
a role of harm turns generic people into the harmed ("dead"), staff into harmed staff
("missing:firefighter"); a crowd noun or the participant role makes an attendance
figure; generic people with no role get no concept and are not compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from itertools import pairwise

from factcheck.extract.clauses import (
    CueStarts,
    after_content_marker,
    cue_matches,
    cue_starts,
    is_number_word,
    lowered,
    words_of,
)
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ABOARD,
    APPROVED,
    ATTENDANCE,
    CAPACITY,
    CROWD_CONCEPTS,
    CUT_OFF_CONCEPTS,
    GENERIC_PERSONS,
    HARM_ROLES,
    JOINT_STAFF,
    KINDS_OF_PEOPLE,
    MARGIN,
    OBJECT_ROLES,
    PART_NAMING_ROLES,
    PART_OF_ROLES,
    PASSENGER,
    POPULATION,
    POWER_CUSTOMERS,
    POWER_RESTORED,
    PREMISES,
    PREMISES_CONCEPTS,
    SEARCHED,
    STAFF_CONCEPTS,
    SUBGROUP_ROLES,
    SUSPECT,
    VOTE_ROLES,
    VOTERS,
    VOTES_CAST,
    WITHOUT_POWER,
)

WINDOW = 160
"""Characters on each side of a number searched for its role (bounded look-around)."""

COORDINATED_PENALTY = 40
"""Characters added to the distance of a cue before a number when a coordinator stands
between them (see :meth:`RoleCues.role_at`)."""

SUBORDINATE_PENALTY = WINDOW
"""Characters added to the distance of a cue after a number when a word opening a clause
of time stands between them (``syntax.TIME_SUBORDINATORS``): any other cue near wins."""

BEFORE_PENALTY = 6
"""Characters added to the distance of a cue before the number: "six were killed and 31
were injured" - the cue after a number is more often its own than the one before, which
usually belongs to the number before it."""

ADJACENT = BEFORE_PENALTY + 1
"""The distance of a cue right before a number, one space between ("carrying 14")."""

ARRESTED = "arrested"
RELEASED = "released"
HOSPITALISED = "hospitalised"
AIRLIFTED = "airlifted"
HYPERBARIC = "hyperbaric"
DISCHARGED = "discharged"
INJURED = "injured"
AFFECTED = "affected"
PARTICIPANT = "participant"
EMPLOYED = "employed"
RESIDENT = "resident"
TREATED = "treated"
PATIENT = "patient"
EMPLOYEE = "employee"
LAID_OFF = "laid_off"
JOB = "job"
DEAD = "dead"
SERIOUSLY_INJURED = "seriously_injured"

RESCUED = "rescued"
EVACUATED = "evacuated"
SUSPECTED = "suspected"
UNHURT = "unhurt"

TAKEN_IN = frozenset({HOSPITALISED, AIRLIFTED, HYPERBARIC})
"""The fates of people taken in for treatment: to a hospital, flown there, into a pressure
chamber ("Fünf Gäste kamen in eine *Druckkammer*")."""

CARED_FOR = TAKEN_IN | {TREATED}
"""The fates of people cared for by medics: treated, or taken in for treatment."""

NO_ROLE = ""
"""The kind of a phrase of ``nouns.NOT_ROLE_CUES`` ("ate *death cap* mushrooms"): no cue."""

LATER_HARMS: dict[str, frozenset[str]] = {
    INJURED: frozenset({HOSPITALISED, SERIOUSLY_INJURED, DEAD}),
    "trapped": frozenset({RESCUED, DEAD}),
    "missing": frozenset({RESCUED, DEAD}),
}
"""What may befall people a harm befell before ("14 Verletzte wurden ins Klinikum
gebracht", "Zwei Verletzte starben", "Drei Verschüttete wurden lebend geborgen", "two
missing hikers were found dead"): the noun counts them, the later harm says which part of
them they are."""


def _table(lang: str, name: str, section: str = "nouns") -> dict[str, tuple[str, ...]]:
    """The pack's table ``<section>.<name>``; the role cues with the phrases that hide one
    (``nouns.NOT_ROLE_CUES``, of kind ``NO_ROLE``: the longer match wins)."""
    table: dict[str, tuple[str, ...]] = getattr(getattr(get_language(lang), section), name)
    if name == "ROLE_CUES":
        return {**table, NO_ROLE: get_language(lang).nouns.NOT_ROLE_CUES}
    return table


@cache
def _cues(
    lang: str, name: str = "ROLE_CUES", section: str = "nouns"
) -> tuple[re.Pattern[str], dict[str, str], tuple[tuple[str, str], ...]]:
    """One pattern over all words of the pack's table ``<section>.<name>`` (a kind mapped
    to its words: the role cues, the measure subjects, the spans of sums), the exact words
    by their folded text and the wildcard stems (longest first), each with its kind."""
    from factcheck.extract.wordlists import entry, grouped

    table = _table(lang, name, section)
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    alts: list[tuple[str, str]] = []  # (first character, regex)
    for role, words in table.items():
        for w in words:
            if w.endswith("*"):
                stems.append((w[:-1].casefold(), role))
            else:
                exact.setdefault(w.casefold(), role)
            alts.append(entry(w))
    alts.sort(key=lambda a: len(a[1]), reverse=True)
    body = grouped(alts)
    pattern = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)
    ordered = tuple(sorted(stems, key=lambda x: len(x[0]), reverse=True))
    return pattern, exact, ordered


_NEXT = re.compile(r"\s+([^\W\d_]+)")


@cache
def _separable(lang: str) -> re.Pattern[str] | None:
    """One pattern over the pack's ``nouns.SEPARABLE_ROLE_CUES``: a verb form, then within
    its clause (no stop, comma or coordinator between) the particle, as a group named by
    the role and an index."""
    table: dict[str, tuple[tuple[str, str], ...]] = get_language(lang).nouns.SEPARABLE_ROLE_CUES
    space = r"\s+"
    from factcheck.extract.wordlists import alternation

    joins = alternation(get_language(lang).syntax.COORDINATORS)
    # no stop, comma or "und" between: the particle of another verb is not this one's
    # (a mark between digits is a number's: "kamen 100.000 Menschen zusammen")
    gap = rf"(?:(?!(?<![\w-])(?:{joins})(?![\w-]))(?:[^.;:!?,]|(?<=\d)[.,](?=\d))){{0,80}}?"
    alts = [
        rf"(?<![\w-]){re.escape(verb)}(?![\w-]){gap}(?<![\w-])"
        rf"(?P<{role}_{i}>{space.join(map(re.escape, particle.split()))})(?![\w-])"
        for role, pairs in sorted(table.items())
        for i, (verb, particle) in enumerate(pairs)
    ]
    return re.compile("|".join(alts), re.IGNORECASE) if alts else None


@cache
def _separable_verbs(lang: str) -> frozenset[str] | None:
    """The verb forms of ``nouns.SEPARABLE_ROLE_CUES``, lower-cased: a window that holds
    none of them as a whole word has no match of :func:`_separable`. None when a form
    is not one word (then the pattern runs)."""
    table: dict[str, tuple[tuple[str, str], ...]] = get_language(lang).nouns.SEPARABLE_ROLE_CUES
    verbs = {verb.lower() for pairs in table.values() for verb, _ in pairs}
    if not all(re.fullmatch(r"[\w-]+", v) for v in verbs):
        return None
    return frozenset(verbs)


@cache
def _cue_starts(lang: str, name: str = "ROLE_CUES") -> CueStarts | None:
    """The first words of the table's cues, for :func:`~factcheck.extract.clauses.cue_matches`
    (the alternatives of :func:`_cues`'s pattern: a wildcard cue of one word is a stem)."""
    firsts: list[tuple[str, bool]] = []
    for words in _table(lang, name).values():
        for w in words:
            stem = w.endswith("*")
            parts = (w[:-1] if stem else w).split()
            if not parts:
                return None
            firsts.append((parts[0], stem and len(parts) == 1))
    return cue_starts(firsts)


def _role_of(cue: str, lang: str, name: str = "ROLE_CUES", section: str = "nouns") -> str | None:
    """The kind the word ``cue`` stands for in the pack's table ``<section>.<name>``."""
    _, exact, stems = _cues(lang, name, section)
    folded = " ".join(cue.casefold().split())
    role = exact.get(folded)
    if role is not None:
        return role
    for stem, r in stems:
        if folded.startswith(stem):
            return r
    return None


_INJURY_ROLES = frozenset({*PART_OF_ROLES, *PART_OF_ROLES.values()})
"""The roles of a window in which a bare severity word is a cue of its own: the injured
and how badly (``concepts.PART_OF_ROLES``: the seriously and the lightly injured)."""


@cache
def _gapped_severity(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The severity words of the pack's role cues (the first word of a two-word cue of
    a severity whose second word is an injury cue: "schwer verletzt*", "seriously
    injured"), matched where one ends a list item (before a comma, a coordinator of
    ``syntax.COORDINATORS`` or a word of ``nouns.GAPPED_SEVERITY_AFTER``, "schwer *mit*
    Verbrennungen", a dash, a parenthesis or the end), with the role each stands for."""
    pack = get_language(lang)
    table = pack.nouns.ROLE_CUES
    roles: dict[str, str] = {}
    for role in PART_OF_ROLES:
        for cue in table.get(role, ()):
            parts = cue.rstrip("*").split()
            if len(parts) == 2 and _role_of(parts[1], lang) in _INJURY_ROLES:
                roles.setdefault(parts[0].casefold(), role)
    if not roles:
        return None
    words = "|".join(re.escape(w) for w in sorted(roles, key=len, reverse=True))
    joins = (
        "|".join(
            re.escape(c)
            for c in sorted({*pack.syntax.COORDINATORS, *pack.nouns.GAPPED_SEVERITY_AFTER})
        )
        or r"(?!x)x"
    )
    pattern = re.compile(
        rf"(?<![\w-])({words})(?=\s*(?:[,;.:–—(]|(?:{joins})(?![\w-])|$))", re.IGNORECASE
    )
    return pattern, roles


class RoleCues:
    """The role cues of one sentence, found in one scan and looked up by offset (so that
    a sentence with many numbers is read once, not once per number)."""

    __slots__ = (
        "articles",
        "coordinators",
        "ends",
        "lang",
        "participles",
        "roles",
        "starts",
        "subordinators",
        "text",
    )

    def __init__(self, text: str, start: int, end: int, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.coordinators = get_language(lang).syntax.COORDINATORS
        self.articles = get_language(lang).syntax.ARTICLES
        self.subordinators = get_language(lang).syntax.TIME_SUBORDINATORS
        self.participles = get_language(lang).nouns.DESCRIPTIVE_ENDINGS
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.roles: list[str] = []
        for m in cue_matches(_cues(lang)[0], text, start, end, _cue_starts(lang)):
            role = _role_of(m.group(), lang)
            if role:  # not None, nor a phrase of NOT_ROLE_CUES
                self.starts.append(m.start())
                self.ends.append(m.end())
                self.roles.append(role)
        if any(r in _INJURY_ROLES for r in self.roles):
            self._add_gapped_severity(text, start, end, lang)
        separable = _separable(lang)
        verbs = _separable_verbs(lang)
        if (
            separable is not None
            and verbs is not None
            and lowered(text, start, end) is not None  # else case-blind matching may differ
            and verbs.isdisjoint(words_of(text, start, end))
        ):
            separable = None  # no verb form of the table in the window: nothing to find
        if separable is not None:
            # "nahm 14 Personen vorübergehend fest": the particle is the cue
            for m in separable.finditer(text, start, end):
                group = m.lastgroup
                assert group is not None
                at = bisect_left(self.starts, m.start(group))
                self.starts.insert(at, m.start(group))
                self.ends.insert(at, m.end(group))
                self.roles.insert(at, group.rsplit("_", 1)[0])

    def _add_gapped_severity(self, text: str, start: int, end: int, lang: str) -> None:
        """A severity word whose participle the next figure's phrase has ("zwei Menschen
        wurden *schwer*, drei leicht verletzt", "three critically injured, two
        *seriously*"): a cue of its severity where it ends a list item, in a window that
        tells of injuries (see :func:`_gapped_severity`)."""
        gapped = _gapped_severity(lang)
        if gapped is None:
            return
        pattern, roles = gapped
        for m in pattern.finditer(text, start, end):
            s, e = m.span(1)
            at = bisect_left(self.starts, s)
            if (at > 0 and self.ends[at - 1] > s) or (
                at < len(self.starts) and self.starts[at] < e
            ):
                continue  # part of a cue already found
            self.starts.insert(at, s)
            self.ends.insert(at, e)
            self.roles.insert(at, roles[m.group(1).casefold()])

    def role_at(
        self,
        start: int,
        end: int,
        qstart: int,
        qend: int,
        wider: tuple[int, int] | None = None,
        among: frozenset[str] | None = None,
        tail: int | None = None,
        noun_end: int | None = None,
    ) -> str | None:
        """The role of the number at ``qstart:qend`` from the cues in ``start:end`` (its
        stretch of the clause), else from those in ``wider`` (its whole clause: "rund
        8500 Menschen und rund 6000 Fahrzeuge kamen zu der Kundgebung"), or None. Only
        cues within ``WINDOW`` characters of the number count; with ``among``, only cues
        of those roles. ``tail`` is where the number's noun ends: a cue after it is as
        far from the figure as from there ("12 more people *were injured*"). A cue in the
        number's own noun (up to ``noun_end``) counts only when no other cue does: "Three
        *passengers* and two crew were injured" are injured, "6600 *Evakuierungen*" too;
        but the side of a vote the noun names is its own ("224 *Nein-Stimmen* und 53
        Enthaltungen": no votes, whatever follows), and so is "aboard" right after the
        noun ("with 67 people *aboard*")."""
        if noun_end is not None and noun_end > qend:
            k = bisect_left(self.starts, qend)
            while k < len(self.starts) and self.starts[k] < noun_end:
                if self.roles[k] in VOTE_ROLES and (among is None or self.roles[k] in among):
                    return self.roles[k]
                k += 1
            # "an airliner *with* 67 people *aboard* went down, killing 38": what a craft
            # carried, said right after the noun, outranks what befell some of them ("killed
            # all five people on board" are dead)
            if (
                after_content_marker(self.text, max(0, qstart - 16), qstart, self.lang)
                and k < len(self.starts)
                and self.roles[k] == ABOARD
                and self.starts[k] - noun_end <= 2
                and not self.text[noun_end : self.starts[k]].strip()
                and (among is None or ABOARD in among)
                and not self._opens_phrase(self.ends[k])  # "passengers aboard *the* bus"
            ):
                return ABOARD
        # "sending three chairs crashing and *injuring* 10 people": a participle right
        # before the next figure (the stretch's end) takes that figure as its object
        ahead = end if end < len(self.text) and self.text[end].isalnum() else None
        found = None
        for own in (noun_end, None) if noun_end is not None and noun_end > qend else (None,):
            found = self._nearest(start, end, qstart, qend, among, tail, own, ahead)
            if found is None and wider is not None and wider != (start, end):
                found = self._nearest(wider[0], wider[1], qstart, qend, among, tail, own, ahead)
            if found is not None:
                break
        described = self._harm_before_head(qend, noun_end, among)
        if (
            described is not None
            and found not in LATER_HARMS.get(described, ())
            and found not in TAKEN_IN
        ):
            # "searching for two *missing* fishermen ... when the trawler sank": a harm
            # before the noun's head says what befell them, unless the clause tells what
            # befell them since ("two *missing* hikers were *found dead*", "three
            # *injured* people were *flown to hospital*")
            return described
        return found

    def _harm_before_head(
        self, qend: int, noun_end: int | None, among: frozenset[str] | None
    ) -> str | None:
        """The harm of a cue between the number and its noun's head ("two *missing*
        fishermen", "two *dead* workers"), or None."""
        if noun_end is None or noun_end <= qend:
            return None
        k = bisect_left(self.starts, qend)
        while k < len(self.starts) and self.ends[k] < noun_end:
            role = self.roles[k]
            if role in HARM_ROLES and (among is None or role in among):
                rest = self.text[self.ends[k] : noun_end]
                if rest.strip() and any(ch.isspace() for ch in rest):  # not the head itself
                    return role
            k += 1
        return None

    def _governs(self, cs: int, ce: int, ahead: int) -> bool:
        """True when the cue at ``cs:ce`` is one present participle (the pack's
        ``nouns.DESCRIPTIVE_ENDINGS``) with only spaces between it and the figure at
        ``ahead``: its object."""
        if ahead < ce or self.text[ce:ahead].strip():
            return False
        word = self.text[cs:ce]
        return " " not in word and word.casefold().endswith(self.participles)

    def _in_figure(self, pos: int, qstart: int, qend: int) -> bool:
        """True when the cue at ``pos`` stands in the noun phrase of a figure other than the
        one at ``qstart:qend`` (a number right before it, :data:`_FIGURE_BEFORE`, or a
        number word of the pack's ``numbers.CARDINALS``)."""
        lo = max(0, pos - 24)
        window = self.text[lo:pos]
        if not any(ch.isdigit() for ch in window):
            # a number in words ("the loss of at least *three* lives"), at most one word
            # before the cue; else no figure before it (most cues: no pattern call)
            words = window.split()[-2:] if window[-1:].isspace() else []
            for word in words:
                if is_number_word(word, self.lang):
                    at = self.text.rfind(word, lo, pos)
                    return not qstart <= at < qend
            return False
        m = _FIGURE_BEFORE.search(self.text, lo, pos)
        return m is not None and not qstart <= m.start() < qend

    def right_after(self, pos: int) -> str | None:
        """The role of a cue that starts right after ``pos``, past one space ("the nine
        miners *trapped* in the colliery"), or None."""
        k = bisect_left(self.starts, pos)
        if k < len(self.starts) and not self.text[pos : self.starts[k]].strip():
            return self.roles[k] if self.starts[k] - pos <= 1 else None
        return None

    def within(self, start: int, end: int) -> str | None:
        """The role of the first cue that lies in ``start:end``, or None."""
        k = bisect_left(self.starts, start)
        return self.roles[k] if k < len(self.starts) and self.ends[k] <= end else None

    def _opens_phrase(self, pos: int) -> bool:
        """True when an article follows ``pos`` (the pack's ``syntax.ARTICLES``): the word
        before it is a preposition of a phrase ("aboard *the* bus"), not an adverb."""
        m = _NEXT.match(self.text, pos)
        return m is not None and m.group(1).casefold() in self.articles

    def _nearest(
        self,
        start: int,
        end: int,
        qstart: int,
        qend: int,
        among: frozenset[str] | None = None,
        tail: int | None = None,
        own: int | None = None,
        ahead: int | None = None,
    ) -> str | None:
        lo, hi = max(start, qstart - WINDOW), min(end, qend + WINDOW)
        best: tuple[int, int, str] | None = None
        harm: tuple[int, int, str] | None = None
        capacity: tuple[int, int, str] | None = None
        power: tuple[int, int, str] | None = None
        care: tuple[int, int, str] | None = None  # the nearest care cue after the number
        harm_across = False  # the harm cue stands before a coordinator before the number
        # the nearest cue before the number and the nearest after it
        i = bisect_left(self.starts, qend)
        # with ``own``, the cues in the number's noun are no neighbours: "Three passengers
        # *aboard* the bus were *killed*" looks past "passengers"
        j = i if own is None or own <= qend else bisect_left(self.starts, own, lo=i)
        for k in (i - 1, i - 2, j, j + 1):
            if not 0 <= k < len(self.starts):
                continue
            cs, ce = self.starts[k], self.ends[k]
            if cs < lo or ce > hi or (cs < (own or qend) and qstart < ce):
                continue  # the number (with ``own``, its noun too)
            if among is not None and self.roles[k] not in among:
                continue
            after = cs >= qend
            if after and ahead is not None and self._governs(cs, ce, ahead):
                continue  # "and *injuring* 10 people": the next figure's
            if own is not None and not qstart <= cs < own and self._in_figure(cs, qstart, qend):
                # "40 *dead* dolphins and 12 *injured* dolphins": another figure's noun
                continue
            dist = cs - (tail or qend) if after else qstart - ce + BEFORE_PENALTY
            if after and not self.subordinators.isdisjoint(self.text[qend:cs].casefold().split()):
                # "rose to three *after* an ironworker *injured* at the site died": the
                # clause of time's word, taken only when no other cue is near
                dist += SUBORDINATE_PENALTY
            across = not after and not self.coordinators.isdisjoint(self.text[ce:qstart].split())
            if across:
                # "59 people died and 30 more were believed missing": a coordinator
                # opens the number's own conjunct, whose verb comes after it
                dist += COORDINATED_PENALTY
            key = (dist, 0 if after else 1, self.roles[k])
            if best is None or key < best:
                best = key
            if self.roles[k] in HARM_ROLES and (harm is None or key < harm):
                harm, harm_across = key, across
            if self.roles[k] == CAPACITY:
                capacity = key
            if self.roles[k] == WITHOUT_POWER:
                power = key
            if after and self.roles[k] in CARED_FOR and (care is None or key < care):
                care = key
        if harm is not None and harm[2] == AFFECTED and power is not None:
            return WITHOUT_POWER  # "power outages affected 310,000 customers": how
        if best is not None and best[2] == ABOARD and best[1] == 1 and best[0] <= ADJACENT:
            # "after a balloon *carrying* 14 people struck power lines, twelve were taken to
            # hospital": what a craft carried, said right before the number, is theirs
            return ABOARD
        if best is not None and best[2] == SUSPECTED and best[1] == 0 and care is not None:
            # "mit *Verdacht auf* Rauchgasvergiftung *behandelt*": the suspicion is why they
            # were cared for, and the care is what befell them
            return care[2]
        # what happened to them outranks who they were: "Etwa 30 Fahrgäste trugen
        # Verletzungen davon" counts the injured (among the passengers)
        if harm is not None and not (
            best is not None
            and best[1] == 0
            and 0 < best[0] < harm[0]
            and (best[2] in (PARTICIPANT, SUSPECTED) or harm_across)
        ):
            # (but "200 mourners gathered where the victims died": what they did, said
            # after their noun and nearer, is theirs, and so is a mere suspicion, "five
            # patients are *suspected of* mushroom poisoning"; and "12 died and 40 patients
            # were treated": the harm before the coordinator is the other conjunct's)
            return harm[2]
        if capacity is not None and best is not None and best[2] == PARTICIPANT:
            return CAPACITY  # "Platz für 12.000 Besucher": what the place holds
        return None if best is None else best[2]


_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s+(?:[^\W\d]+\s+)?$")
"""A figure right before a word, with at most one word between ("40 *dead*", "12 more
*injured*"): the word is in that figure's noun phrase."""


def role_at(
    text: str,
    start: int,
    end: int,
    qstart: int,
    qend: int,
    lang: str,
    wider: tuple[int, int] | None = None,
    tail: int | None = None,
    noun_end: int | None = None,
) -> str | None:
    """The role of one number (see :meth:`RoleCues.role_at`), scanning ``text`` near it."""
    lo = min(start, wider[0]) if wider else start
    hi = max(end, wider[1]) if wider else end
    cues = RoleCues(text, max(lo, qstart - WINDOW), min(hi, qend + WINDOW), lang)
    return cues.role_at(start, end, qstart, qend, wider, tail=tail, noun_end=noun_end)


def role_cue_at(text: str, pos: int, end: int, lang: str) -> str | None:
    """The role of a cue of the pack's ``nouns.ROLE_CUES`` that starts at ``pos`` and ends
    by ``end`` ("*in Kliniken* gebracht": the hospitalised), or None."""
    m = _cues(lang)[0].match(text, pos, end)
    return _role_of(m.group(), lang) if m is not None else None


def counted_concept(noun_concept: str | None, role: str | None, has_noun: bool) -> str | None:
    """The concept a count is grouped by, from its noun's concept and its clause's role.

    ``has_noun`` tells a count with a noun outside the lexicon (``noun_concept`` None,
    grouped by its lemma elsewhere) from a number with no noun at all.
    """
    if noun_concept in HARM_ROLES:
        if role == RELEASED and noun_concept != RELEASED:
            return f"{role}:{noun_concept}"  # "Drei Festgenommene kamen auf freien Fuß"
        if role in TAKEN_IN and PART_OF_ROLES.get(noun_concept, noun_concept) in (
            INJURED,
            RESCUED,
        ):
            # "14 Verletzte wurden ins Klinikum gebracht": the hospitalised; "Drei
            # Schwerverletzte kamen in eine Druckkammer": those in the chamber; "Zwei
            # Schwerverletzte wurden in Kliniken geflogen": the airlifted; "21 survivors
            # were taken to hospitals": those taken there, not all who survived
            return role
        if role == DISCHARGED:
            return role  # "Drei Verletzte konnten das Krankenhaus verlassen": discharged
        return noun_concept  # "Tote", "Verletzte": the noun says it
    person = noun_concept in GENERIC_PERSONS or (noun_concept is None and not has_noun)
    if role in VOTE_ROLES and (noun_concept in VOTERS or (noun_concept is None and not has_noun)):
        return role  # "319 Abgeordnete stimmten dafür" and "318 Ja-Stimmen": one side's votes
    if role == MARGIN and (noun_concept in VOTERS or (noun_concept is None and not has_noun)):
        return role  # "Tamm led by 214 votes": the lead, no votes cast
    if role == VOTES_CAST and noun_concept in VOTERS:
        # "60,617 votes were cast": all of them (a part before "of the votes cast" has no
        # noun of its own and is one side's)
        return role
    if (role in CUT_OFF_CONCEPTS or role == POWER_RESTORED) and (
        person or noun_concept in POWER_CUSTOMERS
    ):
        return role  # "2.5 million people without power", "12.000 Haushalte ohne Wasser"
    if role == SEARCHED and noun_concept in PREMISES_CONCEPTS:
        return PREMISES  # "45 Wohnungen" and "38 Objekte" durchsucht: premises
    if role == APPROVED and (noun_concept in GENERIC_PERSONS or noun_concept in CROWD_CONCEPTS):
        return CAPACITY  # people approved: the limit a permit sets ("genehmigt waren 80.000")
    if role in OBJECT_ROLES:
        # what was destroyed is not said, or the state is kept apart (Measure.state)
        return None if noun_concept is None or noun_concept in GENERIC_PERSONS else noun_concept
    if role in (LAID_OFF, RELEASED) and noun_concept == EMPLOYEE:
        # "lay off 15,000 employees", "15.000 Mitarbeiter entlassen", "let go 200
        # workers": jobs cut (staff released are no hostages set free)
        return JOB
    if role == CAPACITY and (
        person
        or noun_concept in CROWD_CONCEPTS
        or noun_concept in (PASSENGER, ABOARD)
        or noun_concept in KINDS_OF_PEOPLE
    ):
        # "Platz für 60.000 Menschen", "designed for 30,000 fans"; "das Schiff ist für 150
        # Fahrgäste zugelassen": the most it may carry, not those on board; "designed to
        # support up to 14 miners": a shelter's limit, not the miners in it
        return CAPACITY
    if person:
        if role in HARM_ROLES or role == ABOARD:
            return role
        if role == EMPLOYED:
            return EMPLOYEE  # "the mine employs about 1,800 people"
        if role == RESIDENT:
            return POPULATION  # "In dem Heim leben 86 Menschen": its residents
        if role == TREATED:
            return PATIENT  # "Die Sanitäter behandelten 6.900 Menschen": patients
        if role == PARTICIPANT:
            return ATTENDANCE
        return None
    if noun_concept is None:
        return None
    if noun_concept in STAFF_CONCEPTS:
        return f"{role}:{noun_concept}" if role in HARM_ROLES else noun_concept
    if noun_concept in CROWD_CONCEPTS:
        if role == ARRESTED:
            return role  # only the crowd is arrested: "zwei Demonstranten festgenommen"
        if role in TAKEN_IN:
            return role  # "Fünf Gäste kamen in eine Druckkammer": all sent there are one count
        # "zwei Zuschauer verletzt", "Five guests were treated": a part of the crowd
        return f"{role}:{ATTENDANCE}" if role in PART_NAMING_ROLES else ATTENDANCE
    if noun_concept in (PASSENGER, ABOARD):
        # "12 passengers were treated", "200 passengers remained on board": a part of them
        return f"{role}:{noun_concept}" if role in PART_NAMING_ROLES else noun_concept
    if role == ARRESTED and noun_concept == SUSPECT:
        return role  # "zwölf Verdächtige festgenommen": the arrested
    if role == PARTICIPANT and noun_concept == EMPLOYEE:
        # "am Warnstreik beteiligten sich rund 300 Beschäftigte": not the whole workforce
        return f"{role}:{noun_concept}"
    if role == TREATED and noun_concept == PATIENT:
        return PATIENT  # "die Sanitäter behandelten 7.200 Patienten"
    aboard = role == ABOARD and noun_concept != "crew"  # a crew is always on board
    if role == TREATED and noun_concept not in KINDS_OF_PEOPLE:
        return noun_concept  # "Ermittler untersuchten zwölf Wagen": no patients
    if role == UNHURT and noun_concept == "crew":
        return noun_concept  # "Its 24 crew members were unhurt": a crew told is all of it
    if (
        (role in HARM_ROLES or aboard) and noun_concept in KINDS_OF_PEOPLE
    ) or role in SUBGROUP_ROLES:
        # "Four workers were killed", "zwei Kinder verletzt": the harmed of that kind, and
        # those on board ("Im Bus saßen 38 Kinder"), not the children hurt;
        # "1,100 vacant posts", "300 nurses hired": the lacking and the hired of it
        return f"{role}:{noun_concept}"
    return noun_concept


@lru_cache(maxsize=65536)
def fold_person_noun(lemma: str, lang: str, known: frozenset[str]) -> str | None:
    """The base noun of a feminine person noun when the base is in ``known`` (folded
    lemmas): "Bäuerin" -> "bauer", "Polizistin" -> "polizist", or the noun in another
    feminine form when only that is known: "Justizbeamtinnen" -> "justizbeamtin"; None
    otherwise."""
    nouns = get_language(lang).nouns
    low = lemma.casefold()
    for suffix in nouns.FEMININE_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            base = low[: -len(suffix)]
            if base in known:
                return base
            other = next((base + x for x in nouns.FEMININE_SUFFIXES if base + x in known), None)
            if other is not None:
                return other
            plain = "".join(nouns.UMLAUTS.get(ch, ch) for ch in base)
            if plain in known:
                return plain
    return None


def subject_words(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """Start, end and subject of each word in ``text[start:end]`` that names what a measure
    measures (the packs' ``nouns.MEASURE_SUBJECTS``)."""
    return table_words(text, start, end, lang, "MEASURE_SUBJECTS")


def table_words(
    text: str, start: int, end: int, lang: str, name: str, section: str = "nouns"
) -> list[tuple[int, int, str]]:
    """Start, end and kind of each word of the pack's table ``<section>.<name>`` (a kind
    mapped to its words) in ``text[start:end]``; not a word the window's end cuts ("Hoch"
    of "Hochwasser" is no "hoch")."""
    out = []
    for m in _cues(lang, name, section)[0].finditer(text, start, end):
        if m.end() == end and (text[end : end + 1].isalnum() or text[end : end + 1] == "-"):
            continue  # cut by the window: the word goes on
        kind = _role_of(m.group(), lang, name, section)
        if kind is not None:
            out.append((m.start(), m.end(), kind))
    return out


def staff_of(text: str, start: int, end: int, previous: int | None, lang: str) -> str | None:
    """Whose staff a count of generic forces is ("die Polizei war mit 1.800 *Kräften* im
    Einsatz": police officers), from the one kind of organisation (the packs'
    ``nouns.STAFF_ORGANISATIONS``) its sentence ``text[start:end]`` names; when the sentence
    names none and opens with a pronoun (``nouns.SUBJECT_PRONOUNS``: "*Sie* war mit ..."),
    from the sentence before it (starting at ``previous``). None when neither names one."""
    found = table_words(text, start, end, lang, "STAFF_ORGANISATIONS")
    if not found and previous is not None and previous < start:
        opening = text[start : min(end, start + 12)].split(maxsplit=1)
        pronouns = get_language(lang).nouns.SUBJECT_PRONOUNS
        if opening and opening[0] in pronouns:
            found = table_words(text, previous, start, lang, "STAFF_ORGANISATIONS")
    kinds = {kind for _s, _e, kind in found}
    if len(kinds) > 1 and _joined(text, found, lang):
        return JOINT_STAFF  # "Feuerwehr und Rettungsdienst waren mit 220 Kräften im Einsatz"
    return kinds.pop() if len(kinds) == 1 else None  # two organisations: whose is unsaid


def _joined(text: str, found: list[tuple[int, int, str]], lang: str) -> bool:
    """True when the organisations ``found`` (in text order) are named together, only
    commas, coordinators and articles between them ("Polizei, Feuerwehr und THW")."""
    glue = get_language(lang).syntax.COORDINATORS | get_language(lang).syntax.ARTICLES
    gaps = (text[x[1] : y[0]].replace(",", " ").split() for x, y in pairwise(found))
    return all(all(w.casefold() in glue for w in gap) for gap in gaps)


def person_words(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """Start, end and kind of each word in ``text[start:end]`` that names a kind of person
    an age can be of (the packs' ``nouns.AGE_PERSONS``: "Junge", "driver")."""
    capitalised = _capitalised_persons(lang)
    return [
        (a, b, kind)
        for a, b, kind in table_words(text, start, end, lang, "AGE_PERSONS")
        # "eine junge Frau": an adjective, not "Junge"
        if not (text[a].islower() and text[a:b].casefold() in capitalised)
    ]


@cache
def _capitalised_persons(lang: str) -> frozenset[str]:
    """The folded person words the pack writes with a capital (German nouns)."""
    table: dict[str, tuple[str, ...]] = get_language(lang).nouns.AGE_PERSONS
    return frozenset(w.casefold() for ws in table.values() for w in ws if w[:1].isupper())


def subject_of_word(word: str, lang: str) -> str | None:
    """The subject a word names for a measure ("hoch": ``height``, "gauge":
    ``water_level``; the packs' ``nouns.MEASURE_SUBJECTS``), or None."""
    return _role_of(word, lang, "MEASURE_SUBJECTS")


def stance_of_word(word: str, lang: str) -> str | None:
    """The stance a word puts a figure forward with ("offer": ``offered``, "Forderung":
    ``demanded``; the packs' ``nouns.STANCE_CUES``), or None."""
    return _role_of(word, lang, "STANCE_CUES")
