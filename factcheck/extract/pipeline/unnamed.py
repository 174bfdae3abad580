"""The pipeline, the subject of a measure with no noun: "am Pegel Kelheim *7,48 Meter*",
"Kosten von 2 Millionen Euro", "a pay rise of 25 per cent".

Part of :mod:`factcheck.extract.pipeline`. What such a figure measures is read from the
words around it (the packs' ``nouns.MEASURE_SUBJECTS``), its unit ("491 Liter pro
Quadratmeter") or a word glued to it ("der 42-Meter-hohe Damm"), and when its clause
names none, from its sentence (see :func:`unnamed_subject`).
"""

from __future__ import annotations

import re

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.pipeline.falls import HEIGHT, fall_height
from factcheck.extract.pipeline.state import _sentence_index, _State
from factcheck.extract.pipeline.stretches import DIGIT
from factcheck.extract.pipeline.subjects import (
    _head_before,
    _measure_subject,
    after_colon,
    after_label,
    glued_subject,
    money_named_after,
    owned_part,
    past_conversion,
    rate_subject,
    subject_past_relative,
    subject_subgroup,
    subject_word,
)
from factcheck.extract.pipeline.values import is_value_word
from factcheck.extract.roles import subject_of_word
from factcheck.lang.concepts import CONCENTRATION, FALL

GLUED_WORD = re.compile(r"-([^\W\d_]+)-?\s")
"""A word glued by a hyphen to a measure's unit ("42-meter*-high* dam")."""


def unnamed_subject(
    st: _State,
    qm: QuantityMatch,
    seg: tuple[int, int] | None,
    s: int,
    e: int,
    scope: tuple[str, ...],
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """What the figure ``qm`` with no noun measures, in its sentence ``s:e`` (its own
    stretch ``seg`` first), the group its subject word names ("the *youth* unemployment
    rate") and ``scope``, marked a part when an owner's possessive stands before the
    subject word ("*seinen* Schaden"); the subject is None when no word says it."""
    text, lang, q = st.article.text, st.lang, qm.quantity
    a0, b0 = _sentence_index(st).clause(qm.start)
    # "am Pegel Kelheim 7,48 Meter", "Kosten von"; else "a pay rise of 25 per cent"; its
    # own stretch first: "Radius von drei Kilometern sowie eine Zone von zehn"
    own = max(a0, seg[0]) if seg is not None else a0
    subject = rate_subject(q)  # "491 Liter pro Quadratmeter": by its unit
    glued_word = GLUED_WORD.match(text, qm.end) if text[qm.end : qm.end + 1] == "-" else None
    if subject is None and glued_word is not None:
        # "the 42-meter-high dam", "der 42-Meter-hohe Damm": a height
        subject = subject_of_word(glued_word.group(1), lang)
    group = None
    if subject is None:
        found = subject_word(text, own, past_conversion(text, qm.end, b0, e), qm, lang)
        if found is not None:
            subject, group = found[0], subject_subgroup(text, found[1], lang)
            if subject == HEIGHT and fall_height(text, a0, qm, found[1], lang):
                subject = FALL  # "stürzte aus rund zwölf Metern Höhe": how far it fell
            if subject == CONCENTRATION:
                # "carbon monoxide levels of up to 400 ppm": the thing named before them
                named = _head_before(text, a0, qm, lang)
                subject = subject if named is None or is_value_word(named, lang) else named
            scope = owned_part(text, found[1], scope, qm, lang)  # "*seinen* Schaden"
    if subject is None and "-" in text[qm.start : qm.end + 1]:
        # "eine 250-Kilogramm-Bombe", "ein Zwei-Meter-Zaun" (a height)
        subject = glued_subject(q, glued_word and glued_word.group(1), lang)
    subject = subject or _head_before(text, a0, qm, lang)
    if subject is None and qm.role is NumberRole.MONEY:
        subject = money_named_after(text, qm.end, b0, lang)  # "$2 billion in aid"
    if subject is None and own > a0:  # "Pegel 9,5 Meter, Passau 6,8"
        subject = _measure_subject(text, a0, b0, qm, lang)
    if subject is None:  # "Am Pegel Kaub, der als ... gilt, wurden 78 cm gemessen"
        subject = subject_past_relative(text, _sentence_index(st), a0, qm, lang)
    if subject is None and (qm.role is NumberRole.DURATION or after_label(text, s, a0)):
        # "Die Strecke war gesperrt, insgesamt acht Stunden lang": of its sentence;
        # "Die Wahlbeteiligung: nur 47 Prozent": of the label before a colon
        subject = _measure_subject(text, s, e, qm, lang)
    if subject is None and after_colon(text, a0, qm.start):
        # "Die stärkste Böe hat der Wetterdienst ... gemessen: 152 km/h": what the
        # sentence before the colon announces, however far
        subject = _measure_subject(text, s, e, qm, lang, reach=qm.start - s)
    if subject is None and qm.role is NumberRole.MONEY and not DIGIT.search(text, s, qm.start):
        # "estimated the cost of compensation, rebooking and accommodation at £59
        # million": a sentence's first figure, a sum, is what it names before it,
        # past the commas of a list (not after it: "..., excluding the cost")
        subject = _measure_subject(text, s, qm.end, qm, lang, reach=qm.start - s)
    prev = st.previous_start
    if (
        subject is None
        and qm.role is NumberRole.MONEY
        and prev is not None
        and not DIGIT.search(text, prev, qm.start)
        and not DIGIT.search(text, qm.end, e)
    ):
        # "Deutlich höher fällt der *Schaden* aus. Die Ermittler gehen von mindestens acht
        # Millionen Euro aus": the sum its sentence's only figure gives is what the sentence
        # before names with no figure of its own
        subject = _measure_subject(text, prev, s, qm, lang, reach=qm.start - prev)
    return subject, group, scope
