"""The per-sentence index answers as the direct searches do, and keeps the regex work per
claim bounded (no timing: the number of regex calls is counted)."""

from __future__ import annotations

import doctest
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import clauses
from factcheck.extract.clauses import SentenceIndex, WordCues, cue_pattern, is_insertion
from factcheck.extract.events import clause_of
from factcheck.lang import get_language

_PIECES = {
    "de": [
        *(" ", ", ", "; ", " - ", ": ", "(", ")", "–", "soll ", "geschätzt ", "will ", "nicht "),
        *("bestritt ", "könnte ", "300 ", "Container", "am 3. März ", "Wahlkreis", "-Test"),
        "x-soll",
        "(WEB)",
        "(GSN",
        "WEB)",
    ],
    "en": [
        *(" ", ", ", "; ", " - ", ": ", "(", ")", "—", "will ", "allegedly ", "an estimated "),
        *("denied ", "could ", "42 ", "trucks", "re-plan", "-", "(UAW)"),
    ],
}


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(["de", "en"]))
    parts = draw(st.lists(st.sampled_from(_PIECES[lang]), min_size=1, max_size=40))
    return lang, "".join(parts)


@given(sentences(), st.data())
@settings(max_examples=300, deadline=None)
def test_index_answers_as_direct_search(sample: tuple[str, str], data: st.DataObject) -> None:
    lang, text = sample
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    idx = SentenceIndex(text, s, e, lang)
    for pos in range(s, e + 1):
        a, b = clause_of(text, s, e, pos)
        assert idx.clause(pos) == (a, b)
        for family in get_language(lang).attribution.MODALITY:
            direct = cue_pattern(lang, family).search(text, a, b) is not None
            assert idx.has_cue(family, a, b) == direct, (family, a, b)
    for family in get_language(lang).attribution.MODALITY:
        assert idx.has_cue(family) == (cue_pattern(lang, family).search(text, s, e) is not None)


def test_cues_lists_matches_inside_a_range() -> None:
    text = "Sie soll kommen, er soll gehen"
    idx = SentenceIndex(text, 0, len(text), "de")
    assert idx.cues("planned") == [4, 20]
    assert idx.cues("planned", *idx.clause(25)) == [20]


def test_doctests() -> None:
    assert doctest.testmod(clauses).failed == 0


# -- regex work per claim --------------------------------------------------------------
_COUNTER = r"""
import json, re, sys

import pint, pydantic, yaml  # libraries compile their own patterns before the patch

calls = 0
scanned = 0
_real_compile = re.compile


def _ours() -> bool:
    return sys._getframe(2).f_globals.get("__name__", "").startswith("factcheck")


def _work(name, result, string, pos=0, endpos=None, *_a, **_k):
    # characters a call had to look at: up to the end of its match, or its whole window
    # when nothing matched or every match was asked for
    n = len(string) if isinstance(string, str) else 0
    end = n if endpos is None else min(endpos, n)
    if name in ("search", "match", "fullmatch") and result is not None:
        return max(1, result.end() - pos)
    if name in ("match", "fullmatch"):
        return 1
    return max(0, end - pos)


def _lazy(it, string, pos=0, endpos=None, *_a, **_k):
    # finditer is lazy: count up to the last match taken, or the whole window when the
    # caller ran it to the end
    global scanned
    end = len(string) if endpos is None else min(endpos, len(string))
    last = pos
    try:
        for m in it:
            last = m.end()
            yield m
        last = end
    finally:
        scanned += max(0, last - pos)


class Counted:
    def __init__(self, p):
        self._p = p

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        if name in ("search", "match", "fullmatch", "finditer", "findall", "split", "sub"):
            def wrapped(*a, **k):
                global calls, scanned
                calls += 1
                result = attr(*a, **k)
                if name == "finditer":
                    return _lazy(result, *a, **k)
                if name == "sub":
                    scanned += len(a[1]) if len(a) > 1 and isinstance(a[1], str) else 0
                else:
                    scanned += _work(name, result, *a, **k)
                return result
            return wrapped
        return attr


def _compile(pattern, flags=0):
    p = _real_compile(pattern, flags)
    return Counted(p) if _ours() else p


def _module(fn_name):
    real = getattr(re, fn_name)

    def fn(pattern, string, *a, **k):
        global calls, scanned
        if sys._getframe(1).f_globals.get("__name__", "").startswith("factcheck"):
            calls += 1
            scanned += len(string) if isinstance(string, str) else 0
        return real(pattern, string, *a, **k)
    return fn


re.compile = _compile
for _n in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
    setattr(re, _n, _module(_n))

from factcheck import extract_text

jobs = json.loads(sys.stdin.read())
extract_text(jobs[0][1][:300], language=jobs[0][0], published="2024-06-10")  # first calls
results = []
for lang, text in jobs:
    calls = scanned = 0
    claims = extract_text(text, language=lang, published="2024-06-10")
    results.append({"calls": calls, "scanned": scanned, "claims": len(claims)})
print(json.dumps(results))
"""


def _regex_work(jobs: list[tuple[str, str]]) -> list[dict[str, int]]:
    """For each (language, text): the regex calls made from factcheck's code during one
    ``extract_text``, and the characters they had to look at; in a fresh process so that
    every pattern, module-level ones included, is compiled under the counter."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _COUNTER],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        check=True,
    )
    result: list[dict[str, int]] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _long(piece: str, n: int, head: str = "") -> str:
    return head + "".join(piece.format(i=i, d=i % 28 + 1, v=1000 + 37 * i) for i in range(n))


_LONG = {
    "container": ("de", "Die Behörden zählten ", "{i} Container, "),
    "dates": ("de", "Proteste gab es ", "am {d}. März 2024, "),
    "weekdays": ("de", "Proteste gab es ", "am Montag, am Dienstag, "),
    "ones": ("de", "", "1 "),
    "table": ("de", "Ergebnis: ", "Wahlkreis {i}: {v} Stimmen; "),
    "en_list": ("en", "Officials said ", "{v} trucks, "),
}


@pytest.fixture(scope="module")
def regex_work() -> dict[str, tuple[dict[str, int], dict[str, int]]]:
    names = sorted(_LONG)
    jobs = []
    for name in names:
        lang, head, piece = _LONG[name]
        jobs += [(lang, _long(piece, 60, head) + "."), (lang, _long(piece, 240, head) + ".")]
    res = _regex_work(jobs)
    return {name: (res[2 * i], res[2 * i + 1]) for i, name in enumerate(names)}


@pytest.mark.parametrize("name", sorted(_LONG))
def test_regex_work_per_claim_is_bounded(
    name: str, regex_work: dict[str, tuple[dict[str, int], dict[str, int]]]
) -> None:
    """One long sentence of n pieces and one of 4n: the regex calls and the characters
    they look at grow about 4-fold (linear), not 16-fold (a search over the sentence per
    claim), and the calls per claim stay under a fixed ceiling."""
    small, large = regex_work[name]
    assert large["claims"] >= 3 * small["claims"] > 0
    assert large["calls"] / large["claims"] < 40, large
    assert large["calls"] <= 5 * small["calls"], (small, large)
    assert large["scanned"] <= 5 * small["scanned"], (small, large)


# -- word cues --------------------------------------------------------------------------
_CUE_FAMILIES = {
    "plain": ("soll", "Sagte", "laut"),
    "other": ("said",),
    "phrase": ("an estimated", "laut"),
}
_CUE_PIECES = [
    *(" ", ", ", "-", "soll", "SOLL", "x-soll", "sagte", "Sagten", "laut", "lauter", "said"),
    *("an", "estimated", "an estimated", "Laut", "_", "2", "ä", "İ", "²", "\u0301"),
]


def _direct(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{alts})(?![\w-])")


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=30), st.data())
@settings(max_examples=300, deadline=None)
def test_word_cues_answer_as_the_patterns(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    cues = WordCues(dict(_CUE_FAMILIES))
    assert cues.patterns.keys() == {"phrase"}
    direct = {k: _direct(v) for k, v in _CUE_FAMILIES.items()}
    assert cues.present(text, s, e) == {k for k, p in direct.items() if p.search(text, s, e)}
    scanned = cues.scan(text, s, e)
    for k in cues.plain:
        found = [(m.start(), m.end()) for m in direct[k].finditer(text, s, e)]
        got = scanned.get(k, ([], []))
        assert list(zip(*got, strict=True)) == found


_STEMS = ("liefer", "ship", "sk", "i", "send")


@given(
    st.lists(
        st.sampled_from(
            [*_STEMS, "LIEFER", "Ship", "ſ", "K", "İ", "ı", "ẞ", "ß", "ä", " ", "-", "x", "S"]
        ),
        max_size=20,
    ),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_may_hold_is_false_only_when_the_pattern_finds_nothing(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    stems = clauses.ascii_words(_STEMS)
    assert stems is not None
    pattern = re.compile("|".join(re.escape(w) for w in _STEMS), re.IGNORECASE)
    if not clauses.may_hold(text, s, e, stems):
        assert pattern.search(text, s, e) is None


def test_may_hold_skips_windows_without_the_words() -> None:
    stems = clauses.ascii_words(("deliver", "ship"))
    assert stems is not None
    text = "Officials counted 12 containers; the SHIPMENT left."
    assert not clauses.may_hold(text, 0, 30, stems)
    assert clauses.may_hold(text, 0, len(text), stems)
    assert clauses.ascii_words(("liefer", "gelöscht")) is None  # not ASCII: no prefilter


def test_safe_start_characters_match_case_blind_as_their_lower_case() -> None:
    # cue_matches compares lower-cased words where the pattern matches ignoring case: for
    # the characters _SAFE_START admits the two agree on every code point but the twins
    chars = "abcdefghijklmnopqrstuvwxyz0123456789äöüß_-"
    blind = re.compile("[" + re.escape(chars) + "]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c in clauses._CASE_TWINS:
            continue
        low = c.lower()
        if blind.fullmatch(c):
            assert low in chars and re.fullmatch(re.escape(low), c, re.IGNORECASE), hex(cp)
        else:
            assert low not in chars or len(low) != 1, hex(cp)


_CUE_EXTRA = [
    " ",
    "  ",
    ", ",
    ".",
    "-",
    "_",
    "x",
    "ed",
    "en",
    "Ä",
    "ö",
    "ſ",
    "K",
    "İ",
    "\u212a",
    "ẞ",
]


def _cue_table(
    lang: str, table: str
) -> tuple[re.Pattern[str], clauses.CueStarts | None, list[str]]:
    from factcheck.extract import roles

    cues = {w.rstrip("*") for ws in get_language(lang).nouns.ROLE_CUES.values() for w in ws}
    return roles._cues(lang)[0], roles._cue_starts(lang), sorted(cues)


@given(st.sampled_from(["de", "en"]), st.sampled_from(["roles"]), st.data())
@settings(max_examples=400, deadline=None)
def test_cue_matches_finds_what_finditer_finds(lang: str, table: str, data: st.DataObject) -> None:
    pattern, starts, cues = _cue_table(lang, table)
    assert starts is not None
    parts = data.draw(st.lists(st.sampled_from([*cues, *_CUE_EXTRA]), max_size=14))
    cased = [p.upper() if i % 3 == 1 else p for i, p in enumerate(parts)]
    text = data.draw(st.sampled_from([" ", "", "-"])).join(
        data.draw(st.sampled_from([parts, cased]))
    )
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    expected = [m.span() for m in pattern.finditer(text, s, e)]
    assert [m.span() for m in clauses.cue_matches(pattern, text, s, e, starts)] == expected
    assert [m.span() for m in clauses.cue_matches(pattern, text, s, e, None)] == expected


def test_cue_starts_refuses_words_it_cannot_look_up() -> None:
    assert clauses.cue_starts([("killed", False), ("verletz", True)]) is not None
    assert clauses.cue_starts([("café", False)]) is None
    assert clauses.cue_starts([("met,", True)]) == (frozenset({"met"}), ())
    assert clauses.cue_starts([("-er", True)]) is None


def _word_tables(lang: str) -> list[tuple[re.Pattern[str], clauses.CueStarts | None]]:
    """The word-list patterns tried where their first words stand: each modality family
    (:func:`clauses.cue_pattern`) and the attribution cues that are not plain words."""
    from factcheck.extract import actors

    att = get_language(lang).attribution
    out = [(cue_pattern(lang, f), clauses._cue_starts(lang, f)) for f in att.MODALITY]
    cues = actors._cues(lang)
    out += [(p, cues.starts[name]) for name, p in cues.patterns.items()]
    return out


def _attribution_words(lang: str) -> list[str]:
    att = get_language(lang).attribution
    words = {w for ws in att.MODALITY.values() for w in ws}
    words |= {*att.SPEECH_VERBS, *att.SUBJECT_ONLY_VERBS, *att.SOURCE_AFTER}
    return sorted(words)


@given(st.sampled_from(["de", "en"]), st.data())
@settings(max_examples=300, deadline=None)
def test_word_patterns_found_by_first_words_as_by_finditer(lang: str, data: st.DataObject) -> None:
    parts = data.draw(st.lists(st.sampled_from([*_attribution_words(lang), *_CUE_EXTRA])))
    cased = [p.upper() if i % 3 == 1 else p for i, p in enumerate(parts)]
    text = data.draw(st.sampled_from([" ", "", "-"])).join(
        data.draw(st.sampled_from([parts, cased]))
    )
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    for pattern, starts in _word_tables(lang):
        assert starts is not None, pattern.pattern[:60]  # every table can be looked up
        expected = [m.span() for m in pattern.finditer(text, s, e)]
        assert [m.span() for m in clauses.cue_matches(pattern, text, s, e, starts)] == expected


_LOWER_PIECES = [
    "Die ",
    "POLIZEI ",
    "schätzt ",
    "ΑΣ",
    "ΣA",
    "Σ ",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "ẞ",
    "ß",
    "x",
    " ",
]


@given(st.lists(st.sampled_from(_LOWER_PIECES), max_size=40), st.integers(4, 64), st.data())
@settings(max_examples=400, deadline=None)
def test_lowered_cuts_the_window_lower_cased_alone(
    parts: list[str], chunk: int, data: st.DataObject
) -> None:
    # windows asked one after another (served from one lower-cased stretch where it can)
    # give what lower-casing each window alone gives
    text = "".join(parts)
    n = len(text)
    windows = data.draw(
        st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)), min_size=1, max_size=12)
    )
    old = clauses._CHUNK
    clauses._CHUNK = chunk  # small stretches: windows cross their ends
    try:
        for s, e in windows:
            window = text[s:e]
            low = window.lower()
            ok = len(low) == len(window) and clauses._CASE_TWINS.isdisjoint(window)
            assert clauses.lowered(text, s, e) == (low if ok else None), (s, e)
    finally:
        clauses._CHUNK = old


@given(st.lists(st.sampled_from([*_LOWER_PIECES, "Ship", "deliver"]), max_size=30), st.data())
@settings(max_examples=300, deadline=None)
def test_may_hold_answers_as_for_the_window_lower_cased_alone(
    parts: list[str], data: st.DataObject
) -> None:
    # windows asked one after another: the ones cut from the stretch lowered last (inside
    # may_hold) answer as the window lower-cased on its own
    text = "".join(parts)
    n = len(text)
    words = ("ship", "deliver", "ss")
    windows = data.draw(
        st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)), min_size=1, max_size=12)
    )
    old = clauses._CHUNK
    clauses._CHUNK = data.draw(st.integers(4, 64))
    try:
        for s, e in windows:
            window = text[s:e]
            low = window.lower()
            if len(low) != len(window) or not clauses._CASE_TWINS.isdisjoint(window):
                expected = True
            else:
                expected = any(w in low for w in words)
            assert clauses.may_hold(text, s, e, words) == expected, (s, e)
    finally:
        clauses._CHUNK = old


def test_lower_case_depends_on_the_neighbours_only_for_the_capital_sigma() -> None:
    # lowered() cuts windows from a lower-cased stretch: right when every character but
    # those of _NO_CUT lower-cases alike whatever stands around it
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if clauses._NO_CUT.match(c):
            continue
        low = c.lower()
        for a, b in (("A", "A"), ("A", " "), (" ", "A"), ("Ab", "")):
            assert (a + c + b).lower() == a.lower() + low + b.lower(), hex(cp)
    assert "AΣ".lower() != "AΣA".lower()[:2]  # the one that does


_WORD_PIECES = ["had", "Had", "HAD", "reported", "REPORTED", "bed", "ed", "-", " ", ".", "x"]
_WORD_PIECES += ["1", "_", "ſ", "\u212a", "İ", "ß", "ẞ", "ä", "Ä", "Σ", "war", "wurde"]


@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=24), st.data())
@settings(max_examples=500, deadline=None)
def test_holds_word_answers_as_the_pattern(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    words = data.draw(st.sampled_from([("had", "war"), ("wurde", "ß"), ("x",)]))
    endings = data.draw(st.sampled_from([(), ("ed",), ("ed", "d"), ("ä",)]))
    ends = f"|\\w+(?:{'|'.join(endings)})" if endings else ""
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(words)}{ends})(?![\w-])", re.IGNORECASE)
    got = clauses.holds_word(text, s, e, frozenset(words), endings)
    if got is not None:
        assert got == (pattern.search(text, s, e) is not None), (text, s, e)
    else:  # only where lower-casing and case-blind matching can differ
        assert clauses.lowered(text, s, e) is None


def test_may_hold_with_an_end_counted_from_the_end_of_the_text() -> None:
    # found by hypothesis: a negative end inside the stretch lowered last must not be cut
    # from that stretch (its end is not the text's)
    old = clauses._CHUNK
    clauses._CHUNK = 4
    try:
        text = "Die \u0130Die "
        assert clauses.may_hold(text, 0, 1, ("ship",)) is False
        assert clauses.may_hold(text, 0, -1, ("ship",)) is True  # "İ" grows lower-cased
    finally:
        clauses._CHUNK = old


@pytest.mark.parametrize(
    ("text", "inside", "lang", "expected"),
    [
        ("The bridge, built in 1968, carries 24,000 vehicles a day.", "built in 1968", "en",
         True),
        ("Die Halle, 2001 eröffnet, bietet Platz für 3.000.", "2001 eröffnet", "de", True),
        # what a speaker says is dated by it
        ("The toll, police said in 2019, was 12.", "police said in 2019", "en", False),
        # a sentence's opening is no insertion after a word
        ("In 2019, 12 people died.", "In 2019", "en", False),
        # nor a long clause
        ("The bridge, which the state built for the growing town in 1968, carries 24,000.",
         "which the state built for the growing town in 1968", "en", False),
    ],
)  # fmt: skip
def test_a_short_insertion_between_commas(
    text: str, inside: str, lang: str, expected: bool
) -> None:
    at = text.index(inside)
    assert is_insertion(text, (at, at + len(inside)), 0, lang) is expected


def test_past_apposition_reads_on_to_the_clause_after_it() -> None:
    """ "Two passengers, a married couple, were airlifted": the clause goes on past the
    apposition; a clause that is none ends at its comma."""
    from factcheck.extract.clauses import SentenceIndex, past_apposition

    text = "Two passengers, a married couple, were airlifted to hospital."
    idx = SentenceIndex(text, 0, len(text), "en")
    end = text.index(",")
    assert past_apposition(idx, end, "en") == len(text)
    text = "Two passengers died, rescuers said."
    idx = SentenceIndex(text, 0, len(text), "en")
    assert past_apposition(idx, text.index(","), "en") == text.index(",")
