"""Numbers, the scanner: the master pattern's candidates, each read by its kind.

Part of :mod:`factcheck.extract.numbers`.
"""

from __future__ import annotations

import math
import re

from factcheck.extract.matches import QuantityMatch
from factcheck.extract.numbers.follow import _Following
from factcheck.extract.numbers.grammar import _ID_TAIL, _combine, _norm, _quantity, _Unit, _written
from factcheck.extract.numbers.record import _Num, _Skip


class _Scanner(_Following):
    """One scan of one text window with one language's grammar."""

    def run(self) -> list[QuantityMatch]:
        text, hi, master = self.text, self.hi, self.g.master
        pos = self.lo
        while True:
            m = master.search(text, pos, hi)
            if m is None:
                return self.out
            if m.group("skip") is not None or m.group("skipm") is not None:
                pos = m.end()
                continue
            try:
                nxt = self.candidate(m)
            except _Skip as skip:
                nxt = skip.pos
            pos = max(nxt, m.start() + 1)

    def candidate(self, m: re.Match[str]) -> int:
        if m.group("digits") is not None:
            return self.digits(m)
        if m.group("sfrac") is not None:
            return self.slash_fraction(m)
        if m.group("art") is not None:
            return self.article(m)
        if self.g.one_after and m.group("one") is not None:
            s, e = m.span("one")
            return self.finish(_Num(1.0, "1", s, e, scaled_end=e, words=True, one=True))
        if m.group("vague") is not None:
            return self.vague(m)
        if m.group("halfword") is not None:
            return self.half(m)
        if self.g.fused and m.group("adjw") is not None:
            return self.fused_adjective(m)
        if m.group("ordw") is not None:
            return self.ordinal_word(m)
        return self.words(m)

    # -- candidates ------------------------------------------------------------

    def digits(self, m: re.Match[str]) -> int:
        text = self.text
        s, e = m.span("digits")
        if s >= 2 and text[s - 1] in "-/" and text[s - 2].isalpha():
            raise _Skip(e)  # glued to a name by a hyphen or slash: "Su-57", "TVN24"
        if s >= 1 and text[s - 1] in "#§№":
            raise _Skip(e)
        prev = self.prev_word(m.start())
        if text[e : e + 1] != "%" and (
            (prev.lower() in self.g.identifier_words and not self.people_after(e))
            or (self.g.month_before_day and self.is_month(prev))
        ):
            # a reference or phone number, with any digit groups that follow it
            tail = _ID_TAIL.match(text, e, self.hi)
            raise _Skip(tail.end() if tail is not None else e)
        if self.ratio_after_every(prev, e):
            raise _Skip(e)  # "one teacher for every 13 pupils": a ratio's, no count
        address = self.g.address.match(text, s, self.hi) if self.g.address else None
        if address is not None:
            raise _Skip(address.end())  # "the 300 block of Elm Street": an address
        if (
            text[e : e + 1] in (".", ")")
            and text[e + 1 : e + 2] in (" ", "\t", "\n", "")
            and self.at_line_start(m.start())
        ):
            raise _Skip(e + 1)  # a list marker: "1." at the start of a line
        value, written = self.g.parse_digits(m.group("digits"))
        if not math.isfinite(value):
            raise _Skip(e)  # hundreds of digits: no quantity without a value
        num = _Num(value, written, s, e, scaled_end=e)
        neg = m.start("neg") if m.group("neg") is not None else None
        return self.finish(num, neg=neg)

    def people_after(self, e: int) -> bool:
        """True when a noun of people follows the number ending at ``e``: after a
        numbering word it counts them ("in der Halle *22 Kinder*"), no hall's number."""
        from factcheck.extract.nouns import concept_of
        from factcheck.lang.concepts import PERSON_CONCEPTS

        word = self.next_word(e)
        return bool(word) and concept_of(word, self.g.code) in PERSON_CONCEPTS

    def ratio_after_every(self, prev: str, e: int) -> bool:
        """True when the number ending at ``e`` follows ``prev``, a word of the pack's
        ``numbers.EVERY_WORDS``, with no unit word after it: a ratio's number, no count
        ("one teacher for *every 13* pupils"; "every 30 *minutes*" is a frequency's
        interval, a duration)."""
        if prev.lower() not in self.g.every_words:
            return False
        word = self.next_word(e)
        return not (word and _norm(word) in self.g.unit_words)

    def slash_fraction(self, m: re.Match[str]) -> int:
        """A fraction written with a slash before a unit: "1/2 pound", "2 1/2 Stunden"."""
        s, e = m.span("sfrac")
        value = int(m.group("fnum")) / int(m.group("fden"))
        if m.group("whole") is not None:
            value += int(m.group("whole"))
        if value >= int(m.group("whole") or 0) + 1:
            raise _Skip(e)  # "5/4" is no fraction of one
        return self.finish(_Num(value, repr(round(value, 6)), s, e, scaled_end=e))

    def words(self, m: re.Match[str]) -> int:
        g = self.g
        s = m.start("words")
        values, ends = g.word_values(m.group("words"))
        value, used = _combine(values)
        if used == 0 or (g.fused and used < len(values)):
            raise _Skip(m.end())
        e = s + ends[used - 1]
        if self.ratio_after_every(self.prev_word(s), e):
            raise _Skip(e)  # "one in every five adults": the ratio's, no count
        return self.finish(_Num(value, _written(value), s, e, scaled_end=e, words=True))

    def article(self, m: re.Match[str]) -> int:
        """An article that counts as one: "eine Million", "a hundred", "ein Drittel"."""
        g, text = self.g, self.text
        s, art_end = m.span("art")
        w = g.words_re.match(text, m.end(), self.hi)
        if w is not None:
            values, ends = g.word_values(w.group())
            if values and values[0] >= 100:
                value, used = _combine([1.0, *values])
                if used > 1:
                    e = m.end() + ends[used - 2]
                    num = _Num(value, _written(value), s, e, scaled_end=e, words=True)
                    return self.finish(num)
        return self.finish(_Num(1.0, "1", s, art_end, scaled_end=art_end, words=True), article=True)

    def vague(self, m: re.Match[str]) -> int:
        """A vague amount: "Dutzende", "mehrere Millionen", "hundreds of millions of dollars"."""
        g, text, hi = self.g, self.text, self.hi
        s, e = m.span("vague")
        qualifier, scale = g.vague[_norm(m.group("vague"))]
        pos = e
        sm = g.vague_scale_re.match(text, pos, hi)
        if sm is not None:
            scale *= g.scales[_norm(sm.group("scale"))]
            pos = sm.end()
        unit: _Unit | None = None
        pm = g.partitive_re.match(text, pos, hi)
        um = g.unit_re.match(text, pm.end() if pm is not None else pos, hi)
        if um is not None and (pm is not None or text[pos : pos + 1].isspace()):
            unit = self.unit_of(um)
        if unit is not None and um is not None:
            pos = um.end()
        elif pm is not None:
            pos = pm.end()
        role, kind, uname = self.role_of(unit, None, None)
        # "Hunderte Millionen": the hedge table scales every vague plural by its scale word
        q = _quantity(None, qualifier, unit=uname, unit_kind=kind, scale=scale)
        self.add(QuantityMatch(s, pos, q, role, s, e))
        return pos

    def half(self, m: re.Match[str]) -> int:
        """A half: "die Hälfte", "half of", "half a million"."""
        g, text, hi = self.g, self.text, self.hi
        ws, we = m.span("halfword")
        dm = g.det_before_re.search(text, max(self.last_end, ws - 16), ws)
        s = dm.start() if dm is not None else ws  # "die Hälfte"
        prev = self.prev_word(s)
        if prev and (g.ordinal_word_re.fullmatch(prev) or prev[:1].isdigit()):
            raise _Skip(we)  # "die zweite Hälfte", "the second half"
        before = self.before(s)
        sm = g.half_scale_re.match(text, we, hi)
        if sm is not None:
            scale = g.scales[_norm(sm.group("scale"))]
            num = _Num(0.5, "0.5", ws, we, scale=scale, scaled_end=sm.end())
            # its unit after the scale: "eine halbe Million *Euro*", "half a million *pounds*"
            pos, unit = sm.end(), None
            um = g.unit_re.match(text, pos, hi)
            if um is not None and (unit := self.unit_of(um)) is not None:
                pos = um.end()
                if um.group("uw") and g.partitive_re.match(text, pos, hi) is None:
                    unit = g.scaled_money.get(_norm(um.group("uw")), unit)
            return self.emit(num, pos, before, unit, None, None, span_start=s)
        if _norm(m.group("halfword")) in g.half_adjectives:
            # "eine halbe Stunde": half of the unit that follows; alone it counts nothing
            um = g.unit_re.match(text, we, hi)
            unit = self.unit_of(um) if um is not None else None
            if um is None or unit is None:
                raise _Skip(we)
            num = _Num(0.5, "0.5", ws, we, scaled_end=we)
            return self.emit(num, um.end(), before, unit, None, None, span_start=s)
        if g.half_follow_re is not None and g.half_follow_re.match(text, we, hi) is None:
            raise _Skip(we)
        pm = g.partitive_re.match(text, we, hi)
        end = pm.end() if pm is not None else we
        share = g.fractions[_norm(m.group("halfword"))] * 100
        return self.emit_share(s, share, ws, we, end, before)

    def fused_adjective(self, m: re.Match[str]) -> int:
        """A number word fused with a unit: "zweitägigen", "dreistündige"."""
        g = self.g
        s, e = m.span("adjw")
        numeral = text_part = m.group("adjw")[: m.start("adjsuf") - s]
        values, _ = g.word_values(text_part)
        value, used = _combine(values)
        if used == 0 or used < len(values):
            raise _Skip(e)
        n_end = s + len(numeral)
        num = _Num(value, _written(value), s, n_end, scaled_end=n_end, words=True)
        return self.emit(num, e, self.before(s), None, _norm(m.group("adjsuf")), None)

    def ordinal_word(self, m: re.Match[str]) -> int:
        """An ordinal word: "der siebente", "the seventh", "zum einundzwanzigsten"."""
        g, text = self.g, self.text
        s, e = m.span("ordw")
        om = g.ordinal_parts_re.fullmatch(m.group("ordw"))
        if om is None:  # pragma: no cover - the master pattern guarantees a stem
            raise _Skip(e)
        stem = _norm(om.group("stem"))
        values, _ = g.word_values(om.group("pre"))
        prev = self.prev_word(s)
        pm = g.partitive_re.match(text, e, self.hi)
        if values and stem in g.fractions and pm is not None:
            # "one-third of", "one third of": a share
            count, used = _combine(values)
            if used == len(values) and count * g.fractions[stem] < 1:
                share = count * g.fractions[stem] * 100
                return self.emit_share(s, share, s, e, pm.end(), self.before(s))
        if prev.lower() not in g.ordinal_determiners and prev.lower() not in g.every_words:
            raise _Skip(e)
        values.append(g.ordinal_stems[stem])
        value, used = _combine(values)
        if used < len(values):
            raise _Skip(e)
        if prev.lower() in g.every_words and value > 1:
            # "every fifth child", "jedes fünfte Kind": a share of one in n
            ps = text.rindex(prev, max(self.lo, s - 40), s)
            return self.emit_share(ps, 100 / value, s, e, e, None)
        return self.emit_ordinal(value, s, e, e)
