"""Numbers, what follows a number: scale word, unit, range, ratio, and what rules a candidate
out (a year, a name, a score). Part of :mod:`factcheck.extract.numbers`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from factcheck.extract.figure_cues import reaches_level
from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers.grammar import (
    _NEXT_WORD,
    TIME_UNITS,
    _combine,
    _norm,
    _norm_symbol,
    _quantity,
    _Unit,
    _written,
)
from factcheck.extract.numbers.record import _Num, _ScanBase, _Skip
from factcheck.models.hedge import Qualifier, approx_half_width
from factcheck.models.quantity import Direction, UnitKind

LISTED_REACH = 80
"""How far before a listed place's number the figure before it may end."""


class _Following(_ScanBase):
    """What follows a number: scale, unit, range, ratio; and what rules a candidate out."""

    # -- what follows a number -------------------------------------------------

    def finish(self, num: _Num, *, neg: int | None = None, article: bool = False) -> int:
        """Read what follows a number (suffix, scale, fraction, range, unit), decide
        what it is, and record a match. Returns where scanning goes on."""
        g, text, hi = self.g, self.text, self.hi
        before = self.before(num.start if neg is None else neg)
        cur = before.group("cur") if before is not None else None
        self.add_half(num)  # "six and a half years", "2½ hours"
        if neg is None and before is not None and before.group("msign"):
            neg = before.start("msign")  # "-€3.4 billion"
        pos = num.end
        unit: _Unit | None = None
        adjective: str | None = None

        if not num.words:
            gm = g.glue_re.match(text, pos, hi)
            if gm is not None and gm.lastgroup == "ordsuf":
                nxt = self.next_word(gm.end())
                if self.is_month(nxt):
                    raise _Skip(gm.end())
                return self.emit_ordinal(num.value, num.start, num.end, gm.end())
            if cur:
                cm = g.cur_glue_re.match(text, pos, hi)
                if cm is not None:
                    num.scale = g.cur_scales[_norm(cm.group("scale"))]
                    pos = num.scaled_end = cm.end()
                    gm = None
            if (
                gm is not None
                and gm.lastgroup == "gunit"
                and gm.group() in g.glued_scales
                and not self.reads_as_length(gm.end())
            ):
                num.scale = g.glued_scales[gm.group()]  # "1.2m tons", "35m of"
                pos = num.scaled_end = gm.end()
                gm = None
            if gm is not None and gm.lastgroup == "gscale":
                num.scale = g.scales[_norm(gm.group())]
                pos = num.scaled_end = gm.end()
            elif gm is not None and gm.lastgroup == "gscale2":
                num.scale = g.glued_scales[gm.group()]  # "25k", "4.3M"
                pos = num.scaled_end = gm.end()
            elif gm is not None and gm.lastgroup == "gunit":
                unit = g.glued.get(gm.group()) or g.unit_words.get(_norm(gm.group()))
                pos = gm.end()
        if unit is None:
            hm = g.hyphen_re.match(text, pos, hi)
            if hm is not None:
                if hm.group("adj") is not None:
                    adjective = _norm(hm.group("adj"))
                else:
                    word = _norm(hm.group("hunit"))
                    unit = g.unit_words.get(word) or g.unit_words.get(word.replace("-", " "))
                pos = hm.end()
            elif not num.words and text[pos : pos + 1].isalnum():
                raise _Skip(pos)  # "11A", "5G", "1990er": digits glued to letters

        nxt = self.next_word(pos)
        if (
            unit is None
            and adjective is None
            and (self.is_month(nxt) or self.clock_after(pos, nxt))
        ):
            raise _Skip(pos)

        if (
            g.dot_ordinals
            and not num.words
            and unit is None
            and adjective is None
            and text[pos : pos + 1] == "."
            and num.written.isdigit()
            and text[pos + 1 : pos + 2] == " "
            and self.next_word(pos + 1)
            and self.prev_word(num.start).lower() in g.ordinal_determiners
        ):
            if self.is_month(self.next_word(pos + 1)):
                raise _Skip(pos + 1)
            return self.emit_ordinal(num.value, num.start, num.end, pos + 1)

        if unit is None and adjective is None and num.scale == 1:
            sm = (g.cur_scale_re if cur else g.scale_re).match(text, pos, hi)
            if sm is not None:
                num.scale = (g.cur_scales if cur else g.scales)[_norm(sm.group("scale"))]
                pos = num.scaled_end = sm.end()
                hm = g.hyphen_re.match(text, pos, hi)
                if hm is not None and hm.group("adj") is not None:
                    adjective = _norm(hm.group("adj"))
                    pos = hm.end()

        if unit is None and adjective is None and num.scale == 1:
            fm = g.fraction_re.match(text, pos, hi)
            if fm is not None:
                return self.emit_fraction(num, fm, before, article)
        if article and num.scale == 1 and not self.hedged_time(before, pos):
            raise _Skip(num.end)

        if unit is None and adjective is None:
            end = self.range_end(num, pos, before, cur)
            if end is not None:
                return end
            if not cur and num.scale == 1:
                end = self.ratio(num, pos, before)
                if end is not None:
                    return end

        if unit is None and adjective is None and not cur:
            um = g.unit_re.match(text, pos, hi)
            if um is not None:
                unit = self.unit_of(um)
                if unit is not None:
                    pos = um.end()
                    word = um.group("uw")
                    if word and num.scale >= 1e6 and g.partitive_re.match(text, pos, hi) is None:
                        unit = g.scaled_money.get(_norm(word), unit)  # "75 million pounds"

        if (
            num.words
            and num.value <= 1
            and num.scale == 1
            and adjective is None
            and (unit is None or unit.name in TIME_UNITS or num.value < 1)
            and not (unit is None and (num.one or self.counts_one(num, pos)))
            and not (unit is not None and num.value == 1 and self.hedged_time(before, num.end))
        ):
            # "null", "eins", "one": too often not a count, unless a unit follows
            # ("one per cent"; not "one day")
            raise _Skip(num.end)

        if unit is not None and adjective is None:
            end = self.range_end(num, pos, before, cur, first_unit=unit)
            if end is not None:
                return end

        if (
            unit is None
            and adjective is None
            and not cur
            and num.scale == 1
            and not num.words
            and (self.is_year(num, pos, before) or self.is_name(num, pos, before))
        ):
            raise _Skip(pos)
        per, pos = self.per(pos, unit, cur)
        return self.emit(num, pos, before, unit, adjective, cur, neg=neg, per=per)

    def add_half(self, num: _Num) -> None:
        """Add a half written after a whole number ("six and a half", "2 and a half",
        "2½"; the pack's connector, article and half word), moving its end past it."""
        if num.scale != 1 or not float(num.value).is_integer() or not 0 <= num.value < 100:
            return  # halves are said of small numbers ("300 und eine Hälfte" is no 300.5)
        text = self.text
        m = self.g.and_half_re.match(text, num.end, self.hi) if self.g.and_half_re else None
        if m is not None:
            end = m.end()
        elif text[num.end : num.end + 1] == "½" and not num.words:
            end = num.end + 1
        else:
            return
        num.value += 0.5
        num.written = f"{int(num.value)}.5"
        num.end = num.scaled_end = end

    def hedged_time(self, before: re.Match[str] | None, pos: int) -> bool:
        """True when a hedge stands before a spelled one or an article and a time unit
        follows it: "etwa eine Stunde", "nearly a week", "about one hour" are durations
        ("one day", "eines Tages" alone are not)."""
        if before is None or not before.group("hedge") or self.compares_figure(before):
            return False  # "4,7 Prozent mehr als ein Jahr zuvor": a comparison
        um = self.g.unit_re.match(self.text, pos, self.hi)
        unit = self.unit_of(um) if um is not None else None
        if unit is None or unit.name not in TIME_UNITS or um is None:
            return False
        return self.next_word(um.end()).casefold() not in self.g.anchors  # "a year ago"

    def counts_one(self, num: _Num, pos: int) -> bool:
        """True when a spelled one counts the noun after it ("found one solution"), not
        when it is a pronoun or idiom ("one of them", "no one", "one day")."""
        g, text = self.g, self.text
        if num.value != 1 or text[num.start : num.end].lower() not in g.one_words:
            return False
        if self.prev_word(num.start).lower() in g.one_not_after:
            return False
        nxt = self.next_word(pos)
        if not nxt or not nxt[:1].islower() or text[pos : pos + 1] != " ":
            return False
        return nxt.lower() not in g.one_not_before and not nxt.lower().endswith(("ly", "ing"))

    def reads_as_length(self, pos: int) -> bool:
        """After "300m": True when the m is metres ("300m long", "the 100m race", end of
        sentence), False when it is millions ("1.2m tons", "35m of its devices")."""
        nxt = self.next_word(pos)
        return not nxt or nxt.lower() in self.g.length_followers

    def listed_place(self, num: _Num, pos: int) -> bool:
        """True when a bare number after a capitalised word continues a list of figures by
        place: a scope preposition before that word (the pack's ``nouns.SCOPE_PREPOSITIONS``),
        a figure recorded shortly before in the same sentence, and the clause ending right
        after the number ("In Bayern starben 56 Menschen, *in Niedersachsen 38*.")."""
        text = self.text
        words = text[max(self.lo, num.start - 40) : num.start].split()
        if len(words) < 2 or words[-2].casefold() not in self.g.scope_prepositions:
            return False
        if not self.out or num.start - self.out[-1].end > LISTED_REACH:
            return False
        if any(c in ".;:!?" for c in text[self.out[-1].end : num.start]):
            return False  # the figure before is another sentence's
        after = text[pos : pos + 6].lstrip()
        return (
            not after
            or after[0] in ".,;:!?)"
            or after.split()[0].casefold() in (self.g.coordinators)
        )

    def _adjective_and_noun(self, nxt: str, pos: int) -> bool:
        """True when ``nxt``, the word after a number ending at ``pos``, is an attributive
        adjective (the pack's ``numbers.ADJECTIVE_ENDINGS``) followed by a capitalised noun
        ("2000 *nordkoreanische Soldaten*", "14 *weitere Betriebe*")."""
        if not (nxt[:1].islower() and nxt.lower().endswith(self.g.adjective_endings)):
            return False
        after = self.next_word(self.text.index(nxt, pos) + len(nxt))
        return after[:1].isupper()

    def is_name(self, num: _Num, pos: int, before: re.Match[str] | None) -> bool:
        """True when a bare number is part of a name: "S&P 500", "iPhone 11",
        "Boeing 787", "Teil 3", "Hauptstraße 221", "the 737 Max", "221 Baker Street"."""
        g, text = self.g, self.text
        if before is not None and before.group("hedge"):
            return False
        if text[num.start : num.end] != num.written:
            return False  # a group or decimal mark: "Veranstalter 80.000" is a count
        prev = self.prev_word(num.start)
        if (
            prev
            and prev[-1:].isalnum()
            and not prev.endswith(("'s", "’s"))  # "Tata's 8,000 staff"
            and any(c.isupper() for c in prev)
            and prev.lower() not in g.name_exempt
            and not self.is_month(prev)
        ):
            # a capitalised word right before: a name ("DAX 40 legte zu"), unless a
            # noun follows in a language that capitalises nouns ("in Kiew 12 Menschen"),
            # or it is a list's next place ("56 in Bayern, in Niedersachsen 38.")
            nxt = self.next_word(pos)
            if g.nouns_capitalised and self._adjective_and_noun(nxt, pos):
                return False  # "laut Landkreis 14 weitere Betriebe": a count of a noun
            if nxt.casefold() in g.part_of_words and g.part_of_re.match(text, pos):
                return False  # "des Flughafens 410 der 640 Flüge": a part of a whole
            return not (g.nouns_capitalised and nxt[:1].isupper()) and not self.listed_place(
                num, pos
            )
        if not g.nouns_capitalised:
            nxt = self.next_word(pos)
            if (
                text[pos : pos + 1] == " "
                and nxt[:1].isupper()
                and not nxt.isupper()
                and not nxt.lower().endswith("s")
                and not self.is_month(nxt)
                and not _nationality(nxt, g.code)  # "120 German cars", "300 Iranian drones"
            ):
                return True  # "the 737 Max", "221 Baker Street"
        return False

    def per(self, pos: int, unit: _Unit | None, cur: str | None) -> tuple[str | None, int]:
        """A rate after an amount: "$3,500 a month", "200,000 barrels a day", "45 cents
        per share", "kV/cm", "12 Euro pro Person". Returns the thing per which (a pint
        unit name or the noun's lemma) and where the match ends."""
        g, text, hi = self.g, self.text, self.hi
        if not cur and (unit is None or unit.kind not in (UnitKind.CURRENCY, UnitKind.PHYSICAL)):
            return None, pos
        if unit is not None and unit.name in TIME_UNITS:
            return None, pos
        # most amounts have no rate: a slash or a per-word must come within two words
        window = text[pos : min(hi, pos + 48)]
        if "/" not in window[:3] and g.per_hint_re.search(window) is None:
            return None, pos
        m = g.per_unit_re.match(text, pos, hi) or g.per_far_re.match(text, pos, hi)
        name: str | None = None
        if m is not None:
            if m.lastgroup == "ps":
                name = g.per_symbols[m.group("ps")]
            else:
                name = g.per_units[_norm(m.group("pu"))]
        else:
            m = g.per_noun_re.match(text, pos, hi)
            if m is None:
                return None, pos
            noun = m.group("noun")
            pw = _norm(m.group("pw"))
            if noun.lower().endswith(("ed", "ing")):
                # "per affected household": the participle describes the noun after it
                nm = _NEXT_WORD.match(text, m.end(), hi)
                if nm is None or text[m.end() : m.end() + 1] != " ":
                    return None, pos
                noun = nm.group(1)
                m = nm
            if g.nouns_capitalised != noun[:1].isupper() or "-" in noun:
                return None, pos
            from factcheck.extract.nouns import lemma

            name = lemma(noun if g.nouns_capitalised else noun.lower(), g.code)
            if pw in g.per_articles and name not in g.per_article_nouns:
                return None, pos
        after = self.next_word(m.end())
        if after.lower() in g.per_blockers and not self._date_after(m.end()):
            return None, pos  # "a year ago", "an hour from the city"
        if text[m.end() : m.end() + 2].strip()[:1].isdigit():
            return None, pos  # "im Jahr 2020"
        return name, m.end()

    def _date_after(self, pos: int) -> bool:
        """True when the word after the one at ``pos`` opens a date (a number, a month):
        "$24.40 an hour *from 1 April*", "from April" set the rate's start, no distance."""
        m = _NEXT_WORD.match(self.text, pos, self.hi)
        if m is None:
            return False
        rest = self.text[m.end() : min(self.hi, m.end() + 3)].lstrip()
        return rest[:1].isdigit() or self.is_month(self.next_word(m.end()))

    def ratio(self, num: _Num, pos: int, before: re.Match[str] | None) -> int | None:
        """ "one in five", "nine out of ten", "neun von zehn", "roughly one in 10": a share
        in percent, hedged as written."""
        g, text, hi = self.g, self.text, self.hi
        if before is not None and before.group("frame"):
            return None
        rm = g.ratio_re.match(text, pos, hi)
        if rm is None:
            return None
        second = self.read_number(rm.end(), None)
        if second is None or second.scale != 1:
            return None
        if not num.value < second.value <= 100:
            return None
        end = second.end
        if text[end : end + 1].isalnum() or g.unit_re.match(text, end, hi) is not None:
            return None
        nxt = self.next_word(end)
        if self.is_month(nxt) or self.clock_after(end, nxt):
            return None
        return self.emit_share(
            num.start, num.value / second.value * 100, num.start, end, end, before
        )

    def unit_of(self, um: re.Match[str]) -> _Unit | None:
        if um.group("uw") is not None:
            return self.g.unit_words.get(_norm(um.group("uw")))
        return self.g.unit_symbols.get(_norm_symbol(um.group("us")))

    def is_year(self, num: _Num, pos: int, before: re.Match[str] | None) -> bool:
        """True when a bare four-digit number reads as a year ("seit 2000", "in 2019,")."""
        g, text = self.g, self.text
        w = num.written
        if len(w) != 4 or not w.isdigit() or not 1000 <= int(w) <= 2199:
            return False
        if text[num.start : num.end] != w:
            return False  # written with a group mark: "2.000" is a count
        prev = self.prev_word(num.start)
        hedge = before.group("hedge") if before is not None else None
        if hedge and before is not None and self.compared_year(num, pos, before):
            return True  # "zwei Prozent weniger als 2023": the year compared with
        if hedge and _norm(hedge) not in g.year_context:
            return False  # "rund 2000": years are not hedged ("ab 2025" still is one)
        if prev.lower() in g.year_context or self.is_month(prev):
            return True
        if text[num.start - 1 : num.start] == "(" and text[pos : pos + 1] in (")", ",", ";"):
            return True
        if reaches_level(text, num.start, pos, g.code):
            return False  # "ist auf 2122 *gestiegen*": the level a change reached
        nxt = self.next_word(pos)
        if g.nouns_capitalised:
            if nxt[:1].isupper():
                return False
            # "2000 nordkoreanische Soldaten": an adjective, then a noun
            return not self._adjective_and_noun(nxt, pos)
        if not nxt or not text[pos : pos + 2].lstrip(" ")[:1].isalpha():
            return True
        return nxt.lower() in g.year_follow

    def compares_figure(self, before: re.Match[str]) -> bool:
        """True when the hedge before a number is a comparison ("mehr als", "fewer than")
        right after a figure it compares ("4,7 Prozent *mehr als* ...", "69 *more than*
        ..."): the number after it is the other term, no bound of its own."""
        g = self.g
        hedge = before.group("hedge")
        if not hedge or g.hedges.get(_norm(hedge)) not in (
            Qualifier.MORE_THAN,
            Qualifier.LESS_THAN,
        ):
            return False
        figure = self.prev_word(before.start("hedge"))
        return figure[:1].isdigit() or figure.endswith("%") or _norm(figure) in g.unit_words

    def compared_year(self, num: _Num, pos: int, before: re.Match[str]) -> bool:
        """True when a year-like number after a comparison hedge ("weniger als", "more
        than") ends a comparison of the figure right before the hedge: "zwei Prozent
        weniger als 2023", "69 more than 2023". No noun may follow it ("5 Prozent mehr
        als 2000 Menschen" compares with a count)."""
        g = self.g
        if not self.compares_figure(before):
            return False
        nxt = self.next_word(pos)
        return (
            not nxt
            or nxt.lower() in g.year_follow
            or (g.nouns_capitalised and not nxt[:1].isupper())
        )

    def range_end(
        self,
        num: _Num,
        pos: int,
        before: re.Match[str] | None,
        cur: str | None,
        first_unit: _Unit | None = None,
    ) -> int | None:
        """:meth:`_range_end`, leaving ``num`` as it was when no range is found (a scale
        carried from a second number that turns out not to belong to it is undone)."""
        saved = (num.value, num.written, num.scale)
        end = self._range_end(num, pos, before, cur, first_unit)
        if end is None:
            num.value, num.written, num.scale = saved
        return end

    def _range_end(
        self,
        num: _Num,
        pos: int,
        before: re.Match[str] | None,
        cur: str | None,
        first_unit: _Unit | None = None,
    ) -> int | None:
        """Record "20 bis 30", "20-30", "zwischen 20 und 30", "$10 to $15 billion",
        "5% to 6%", or a change "von 77 auf 789 Millionen Euro" if one starts at ``pos``.

        The scale and unit of the second number carry to the first ("10 to 15 billion",
        "four to five thousand"); a unit or currency written at both ends must agree. A
        change (``CHANGE_FRAMES``: "from A to B", "von A auf B") may go down; its range
        spans both levels and its direction says which way it went."""
        g, text, hi = self.g, self.text, self.hi
        rm = g.range_re.match(text, pos, hi)
        if rm is None:
            return None
        frame = (
            _norm(before.group("frame")) if before is not None and before.group("frame") else None
        )
        conn = rm.group("conn")
        is_change = False
        if conn is not None:
            conn = _norm(conn)
            if frame is not None:
                # "range in age from 23 to 61": a range of ages, no change
                is_change = g.change_frames.get(frame) == conn and not self.aged_before(before)
                if not is_change and conn not in (
                    g.range_frames.get(frame),
                    g.change_frames.get(frame),
                ):
                    return None
            elif conn not in g.plain_connectors:
                return None
        elif frame is not None and frame in g.change_frames and frame not in g.range_frames:
            return None  # "von 5-6" is no change
        npos = rm.end()
        cm = g.cur_after_re.match(text, npos, hi)
        if cm is not None:
            code = g.currency_symbols[_norm_symbol(cm.group().strip())]
            if cur and g.currency_symbols[_norm_symbol(cur)] != code:
                return None
            if first_unit is not None:
                return None
            cur = cur or cm.group().strip()
            npos = cm.end()
        second = self.read_number(npos, cur)
        if second is None:
            return None
        if num.scale == 1 and second.scale != 1:
            if num.value <= second.value or (is_change and num.value < 10 * second.value):
                num.scale = second.scale
        elif num.scale == 1 and num.words and second.words and second.scale == 1:
            # "four to five thousand", "vier- bis fünftausend": the multiplier carries
            parts, _ = g.word_values(text[second.start : second.end])
            mult = parts[-1] if parts else 1
            if mult >= 100 and num.value < mult and second.value >= mult:
                num.value *= mult
                num.written = _written(num.value)
        low, high = num.nominal, second.nominal
        end = second.scaled_end
        if (
            not second.words
            and conn is None
            and not cur
            and first_unit is None
            and self.is_score(num, second, end)
        ):
            raise _Skip(end)  # "2-0", "3-1", "1-1"
        if (
            self.prev_word(num.start).lower() in g.score_words
            and not cur
            and first_unit is None
            and second.value < 100
            and num.value < 100
            and float(num.value).is_integer()
        ):
            raise _Skip(end)  # "voted 60 to 40", "won 2 to 1"
        direction: Direction | None = None
        if is_change:
            direction = Direction.INCREASE if high > low else Direction.DECREASE
            if low > high:
                low, high = high, low
        if low > high:
            if len(num.written) == 4 and len(second.written) == 2 and num.scale == 1:
                raise _Skip(second.end)  # "1990-95", "2023-24": years
            return None
        unit: _Unit | None = None
        if not cur:
            gm = g.glue_re.match(text, end, hi) if not second.words else None
            if gm is not None and gm.lastgroup == "gunit":
                unit = g.glued.get(gm.group()) or g.unit_words.get(_norm(gm.group()))
                if unit is not None:
                    end = gm.end()
            if unit is None:
                if text[end : end + 1].isalnum():
                    raise _Skip(end)
                um = g.unit_re.match(text, end, hi)
                if um is not None:
                    unit = self.unit_of(um)
                    if unit is not None:
                        end = um.end()
        elif text[end : end + 1].isalnum():
            raise _Skip(end)
        if first_unit is not None and (unit is None or unit.name != first_unit.name):
            return None
        nxt = self.next_word(end)
        if unit is None and (self.is_month(nxt) or self.clock_after(end, nxt)):
            raise _Skip(end)
        if (
            unit is None
            and not cur
            and num.scale == 1
            and len(second.written) in (2, 4)
            and self.is_year(num, end, before)
        ):
            raise _Skip(end)  # "2019-2021", "von 2000 bis 2010"
        if (
            unit is None
            and not cur
            and num.scale == 1
            and second.value > 2199
            and self.is_year(num, end, before)
        ):
            return None  # "the total for 2024 to 24,200": a year, then the level reached
        qualifier = None
        if before is not None and before.group("hedge"):
            qualifier = g.hedges.get(_norm(before.group("hedge")))
        if qualifier is Qualifier.APPROX:
            # "rund 20 bis 30": both ends are approximate, so the range widens once
            low -= approx_half_width(low, num.precision, num.scale)
            high += approx_half_width(high, second.precision, second.scale)
        per, end = self.per(end, unit, cur)
        role, kind, uname = self.role_of(unit, cur, None)
        if per is not None and uname is not None:
            uname = f"{uname}/{per}"
        if role in (NumberRole.AMOUNT, NumberRole.DURATION) and not cur:
            aged = g.age_after_re.match(text, end, hi) if uname == "year" else None
            if aged is not None or self.aged_before(before):
                # "aged between 17 and 29", "zwischen 17 und 29 Jahre alt": ages
                role, kind, uname = NumberRole.AGE, UnitKind.PHYSICAL, "year"
                end = aged.end() if aged is not None else end
        q = _quantity(
            None,
            Qualifier.RANGE,
            low=low,
            high=high,
            unit=uname,
            unit_kind=kind,
            precision=min(num.precision, second.precision),
            scale=second.scale,
            direction=direction,
        )
        start = self.span_start(before, num.start, with_frame=frame is not None)
        self.add(QuantityMatch(start, end, q, role, num.start, second.end))
        return end

    def aged_before(self, before: re.Match[str] | None) -> bool:
        """True when an age phrase stands right before a range: before its frame ("*aged*
        between 17 and 29") or as the hedge match's own ("*aged* 17 to 29")."""
        if before is None:
            return False
        if before.group("age"):
            return True
        if not before.group("frame"):
            return False
        at = before.start("frame")
        return self.g.age_before_frame_re.search(self.text, max(0, at - 24), at) is not None

    def is_score(self, num: _Num, second: _Num, end: int) -> bool:
        """ "2-0", "3-1", "1-1": a result, not a range (small whole numbers, the first
        not below the second, or a result word right before)."""
        if not (num.written.isdigit() and second.written.isdigit()):
            return False
        if len(num.written) > 2 or len(second.written) > 2:
            return False
        if self.g.unit_re.match(self.text, end, self.hi) is not None:
            return False
        return num.value >= second.value or self.prev_word(num.start).lower() in self.g.score_words

    def read_number(self, pos: int, cur: str | None) -> _Num | None:
        """The second number of a range at ``pos``, with its scale word."""
        g, text, hi = self.g, self.text, self.hi
        dm = g.digits_re.match(text, pos, hi)
        if dm is not None:
            value, written = g.parse_digits(dm.group())
            if not math.isfinite(value):
                return None
            num = _Num(value, written, pos, dm.end(), scaled_end=dm.end())
            gm = (g.cur_glue_re if cur else g.glue_re).match(text, num.end, hi)
            if gm is not None and (cur or gm.lastgroup == "gscale"):
                scales = g.cur_scales if cur else g.scales
                num.scale = scales[_norm(gm.group())]
                num.scaled_end = gm.end()
                return num
        else:
            wm = g.words_re.match(text, pos, hi)
            if wm is None:
                return None
            values, ends = g.word_values(wm.group())
            value, used = _combine(values)
            if used == 0 or (g.fused and used < len(values)):
                return None
            e = pos + ends[used - 1]
            num = _Num(value, _written(value), pos, e, scaled_end=e, words=True)
        sm = (g.cur_scale_re if cur else g.scale_re).match(text, num.end, hi)
        if sm is not None:
            num.scale = (g.cur_scales if cur else g.scales)[_norm(sm.group("scale"))]
            num.scaled_end = sm.end()
        return num


@lru_cache(maxsize=4096)
def _nationality(word: str, lang: str) -> bool:
    """True when ``word`` is a nationality adjective (the gazetteer's, see
    :func:`factcheck.extract.places.nationality_of`): it opens a counted noun, no name."""
    from factcheck.extract.places import nationality_of

    return nationality_of(word, lang) is not None
