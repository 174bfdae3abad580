"""The pipeline, one sentence: a quiet sentence (no claim can come of it) is read only as
far as later sentences need it, and gives the same claims as reading it in full."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from functools import cache
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_text
from factcheck.extract.sentences import split_sentences
from factcheck.models import Claim, Modality, TimeKind

_SENTENCE = importlib.import_module("factcheck.extract.pipeline.sentence")
_MODALITY = importlib.import_module("factcheck.extract.pipeline.modality")
_ROOT = Path(__file__).resolve().parents[3]

# sentences that state or carry a source and give no claim, next to ones with figures
_MADE = {
    "de": [
        "Das teilte die Polizei in Köln mit.",
        "Ein Sprecher des Ministeriums sagte, die Lage sei ruhig.",
        "Demnach wurden 300 Menschen evakuiert.",
        "Es seien mindestens 40 Menschen verletzt worden.",
        "Die Feuerwehr habe die Lage unter Kontrolle.",
        "Laut Innenministerium trafen sich die Minister in Berlin.",
        "Nach Angaben der Veranstalter kamen rund 9.000 Menschen.",
        "Der Bürgermeister äußerte sich nicht.",
    ],
    "en": [
        "The ministry said the situation was calm.",
        "According to police, the road was closed.",
        "At least 300 people were evacuated, officials said.",
        "The minister met his counterpart in Paris.",
        "Reuters reported that the talks had ended.",
        "Witnesses described a loud bang.",
        "Some 1,200 homes lost power on Tuesday.",
    ],
}


@cache
def _pool(lang: str) -> tuple[str, ...]:
    """Sentences of the seeds (German) or the benchmark's news (English) and the made
    ones above."""
    if lang == "de":
        texts = [
            "\n".join(p.read_text(encoding="utf-8").splitlines()[1:])
            for p in sorted((_ROOT / "seeds").glob("*.txt"))
        ]
    else:
        texts = [(_ROOT / "tests/benchmarks/data/en_news.txt").read_text(encoding="utf-8")]
    out = list(_MADE[lang])
    for text in texts:
        out += [
            " ".join(text[s.start : s.end].split())
            for s in split_sentences(text, lang, 0)
            if 8 < s.end - s.start < 400
        ]
    return tuple(out[:160])


def _claims(text: str, lang: str) -> list[str]:
    got: list[Claim] = extract_text(text, language=lang, published="2024-03-05", id="t")
    return [c.model_dump_json() for c in got]


@given(st.sampled_from(["de", "en"]), st.data())
@settings(max_examples=60, deadline=None)
def test_quiet_sentences_give_the_claims_of_a_full_reading(lang: str, data: st.DataObject) -> None:
    # half of the sentences from the made ones, which state and carry sources
    sentence = st.one_of(st.sampled_from(_MADE[lang]), st.sampled_from(_pool(lang)))
    text = " ".join(data.draw(st.lists(sentence, min_size=1, max_size=8)))
    fast = _claims(text, lang)
    with mock.patch.object(_SENTENCE, "_quiet", lambda *_: False):
        full = _claims(text, lang)
    assert fast == full


def test_a_quiet_sentence_names_the_source_a_later_one_carries() -> None:
    text = "Das teilte die Polizei in Köln mit. Demnach wurden 300 Menschen evakuiert."
    (claim,) = extract_text(text, language="de", published="2024-03-05", id="t")
    assert claim.attribution.carried
    assert [s.name for s in claim.attribution.chain] == ["Polizei in Köln"]


def test_the_fast_path_is_taken_for_a_sentence_without_figures() -> None:
    seen: list[bool] = []
    real = _SENTENCE._quiet

    def spy(*args: object) -> bool:
        seen.append(real(*args))
        return seen[-1]

    with mock.patch.object(_SENTENCE, "_quiet", spy):
        extract_text(
            "Das teilte die Polizei mit. Demnach wurden 300 Menschen evakuiert.",
            language="de",
            published="2024-03-05",
            id="t",
        )
    assert seen == [True, False]


def _past_before(lang: str) -> str:
    """The pack's past-tense words, endings and pattern as one flat alternation, written
    plainly: what the grouped pattern of ``modality._past_pattern`` must find alike."""
    from factcheck.lang import get_language

    att = get_language(lang).attribution
    alts = [re.escape(w) for w in sorted(att.PAST_TENSE_WORDS, key=len, reverse=True)]
    alts += [rf"\w+{re.escape(x)}" for x in att.PAST_TENSE_ENDINGS]
    body = rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])"
    return f"{body}|{att.PAST_TENSE}" if att.PAST_TENSE else body


_PAST_PIECES = [
    *("had", "WAS", "Held", "hid", "ran", "last", "lasted", "ed", "Ed", "red", "x", "_ed"),
    *("hatte", "Hatten", "WAR", "zählte", "ZÄHLTE", "hätte", "schon", "zuletzt", "worden"),
    *("hat", "sind", "seien", "gezählt", "geworden", "gestiegen", "ge", "1.200", "3."),
    *(" ", " ", "-", ".", ";", ",", "ä", "İ", "7"),
]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_past_pattern_finds_where_the_single_pattern_found(lang: str) -> None:
    before = re.compile(_past_before(lang), re.IGNORECASE)
    now = _MODALITY._past_pattern(lang)

    @given(st.lists(st.sampled_from(_PAST_PIECES), max_size=16), st.data())
    @settings(max_examples=400, deadline=None)
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
        s = data.draw(st.integers(0, len(text)))
        e = data.draw(st.integers(s, len(text)))
        want, got = before.search(text, s, e), now.search(text, s, e)
        assert (got and got.start()) == (want and want.start()), text

    check()


_PAST_PIECES = ["said", "SAID", "reported", "will", "hat", "die", "Polizei", "gezählt", "war"]
_PAST_PIECES += ["Wurde", "came-", "-was", "1ed", " ", ",", ".", "ſ", "İ", "ẞ", "zählte", "x"]


@given(st.sampled_from(["de", "en"]), st.lists(st.sampled_from(_PAST_PIECES), max_size=20))
@settings(max_examples=300, deadline=None)
def test_past_from_the_word_listing_as_from_the_pattern(lang: str, parts: list[str]) -> None:
    text = "".join(parts)
    for s, e in ((0, len(text)), (1, max(1, len(text) - 1))):
        if s <= e <= len(text):
            expected = _MODALITY._past_pattern(lang).search(text, s, e) is not None
            assert _MODALITY._is_past(text, s, e, lang) == expected, (text, s, e)
            # without the endings (a clause's own past, pipeline.modality._own_past)
            bare = _MODALITY._past_pattern(lang, endings=False).search(text, s, e) is not None
            assert _MODALITY._is_past(text, s, e, lang, endings=False) == bare, (text, s, e)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Der Brand verursachte einen Schaden von etwa zwei Millionen Euro. Das teilte die "
         "Polizei am Montag mit.", "de", "Polizei"),
        ("Der Brand verursachte einen Schaden von etwa zwei Millionen Euro. Dies bestätigte "
         "ein Sprecher der Polizei.", "de", "Sprecher der Polizei"),
        ("The fire caused about $2 million in damage. That's according to the fire "
         "department.", "en", "fire department"),
    ],
)  # fmt: skip
def test_a_sentence_gives_its_source_back_to_the_one_before(
    text: str, language: str, name: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert claim.attribution is not None
    assert [s.name for s in claim.attribution.chain] == [name]
    assert claim.modality is Modality.REPORTED


def test_a_source_given_back_does_not_replace_one_the_figure_has() -> None:
    text = "Laut Feuerwehr kamen 3 Menschen ums Leben. Das teilte die Polizei mit."
    (claim,) = [c for c in extract_text(text, language="de") if c.quantity is not None]
    assert claim.attribution is not None
    assert [s.name for s in claim.attribution.chain] == ["Feuerwehr"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It was the deadliest crash in Nepal since 1992, when 167 people died.", "en"),
        ("Es war das schwerste Unglück seit 1992, als 167 Menschen starben.", "de"),
    ],
)
def test_a_clause_about_the_moment_of_a_span_dates_its_figures_then(
    text: str, language: str
) -> None:
    """ "since 1992, when 167 people died": 167 died in 1992, no toll since then."""
    (claim,) = [
        c
        for c in extract_text(text, language=language, published="2023-01-16")
        if c.quantity is not None
    ]
    assert claim.time is not None
    assert claim.time.kind is TimeKind.POINT
    assert claim.time.start is not None and claim.time.start.year == 1992


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Before this summer, the worst cluster was in 2009, when six people fell ill.", "en"),
        ("Vor diesem Sommer war der schwerste Ausbruch im Jahr 2009, als sechs Menschen "
         "erkrankten.", "de"),
    ],
)  # fmt: skip
def test_a_clause_about_the_moment_of_a_time_dates_its_figures_then(
    text: str, language: str
) -> None:
    """ "in 2009, when six people fell ill": in 2009, whatever the sentence opens with."""
    (claim,) = [
        c
        for c in extract_text(text, language=language, published="2025-07-29")
        if c.quantity is not None
    ]
    assert claim.time is not None
    assert claim.time.start is not None and claim.time.start.year == 2009


@pytest.mark.parametrize(
    ("text", "language", "sources"),
    [
        ("In Paris, police counted 81,000 marchers and unions 700,000.", "en",
         ["police", "unions"]),
        ("Die Polizei zählte 8500 Teilnehmer und der Bauernverband 30.000.", "de",
         ["Polizei", "Bauernverband"]),
    ],
)  # fmt: skip
def test_a_speaker_joined_with_no_comma_speaks_for_its_own_figure(
    text: str, language: str, sources: list[str]
) -> None:
    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    got = [c.attribution.chain[-1].name if c.attribution else None for c in claims]
    assert got == sources


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The company said 2.1 million customers were affected. It said 300,000 had "
         "passport numbers exposed.", "en", "company"),
        ("Saldo said eight people had died. He said 5,800 residents had been evacuated.",
         "en", "Saldo"),
        ("Die Polizei meldete 40 Festnahmen. Sie sprach von 12 Verletzten.", "de", "Polizei"),
        # the sentence before holds no figure: its bare speaker speaks for its body too
        ("Die Polizei zog am Abend Bilanz, sagte ein Sprecher. Sie sprach von 12 "
         "Festnahmen.", "de", "Polizei"),
    ],
)  # fmt: skip
def test_a_pronoun_speaker_speaks_for_the_source_before(
    text: str, language: str, name: str
) -> None:
    last = [c for c in extract_text(text, language=language) if c.quantity is not None][-1]
    assert last.attribution is not None and last.attribution.carried
    assert [s.name for s in last.attribution.chain] == [name]


def test_a_cited_source_in_a_clause_of_its_own_stays_in_the_chain() -> None:
    text = "Citing hospital officials, the agency said 45 people had died."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.attribution is not None
    assert [s.name for s in claim.attribution.chain] == ["agency", "hospital officials"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a past form written as the present points back, unless a plan cue stands
        ("The thermometer hit 45.3 degrees Celsius on Monday.", "2024-07-15"),
        ("Temperatures will hit 46 degrees Celsius on Monday.", "2024-07-22"),
        ("The home side beat the visitors on Monday in front of 60,260 fans.", "2024-07-15"),
    ],
)
def test_a_plain_past_form_dates_a_bare_weekday_back(text: str, day: str) -> None:
    (claim,) = [c for c in extract_text(text, language="en", published="2024-07-16") if c.quantity]
    assert claim.time is not None and str(claim.time.start) == str(claim.time.end) == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the past of a strong verb dates a bare weekday back, as "was" does
        ("Die Gastgeber gewannen am Montag vor 60.000 Zuschauern.", "de"),
        ("Am Montag brannten 40 Hektar Wald.", "de"),
        # and so does the past of a weak verb of what happened
        ("Am Montag zeigte der Pegel 7,35 Meter.", "de"),
        ("Das Unglück ereignete sich am Montag in rund 1000 Metern Tiefe.", "de"),
        ("Rebels shot down a helicopter on Monday, killing 12 soldiers.", "en"),
        ("The river crested on Monday after it swept away 12 homes.", "en"),
    ],
)
def test_an_irregular_past_dates_a_bare_weekday_back(text: str, language: str) -> None:
    (claim,) = [
        c for c in extract_text(text, language=language, published="2024-07-16") if c.quantity
    ]
    assert claim.time is not None and str(claim.time.start) == str(claim.time.end) == "2024-07-15"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a Perfekt of any participle dates a bare weekday back
        ("Die Polizei hat am Montag 20 Personen festgenommen.", "2024-07-15"),
        ("Die Polizei hat am Montag 20 Personen verhaftet.", "2024-07-15"),
        ("Am Montag sind 300 Menschen evakuiert worden.", "2024-07-15"),
        # a plan in the state passive points ahead
        ("Für Montag sind zwei weitere Aufzüge mit 300 Traktoren angemeldet.", "2024-07-22"),
    ],
)
def test_a_german_perfekt_dates_a_weekday_back_unless_a_plan_is_made(text: str, day: str) -> None:
    claims = [c for c in extract_text(text, language="de", published="2024-07-17") if c.quantity]
    assert claims and all(
        c.time is not None and str(c.time.start) == str(c.time.end) == day for c in claims
    )


def _times(text: str, language: str) -> dict[str, tuple[object, object] | None]:
    return {
        c.quote: (c.time.start, c.time.end) if c.time is not None else None
        for c in extract_text(text, language=language, published="2024-10-07")
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        # a time after "than"/"als" is what a figure is compared with, not its time
        ("Some 6.7 million people visited, 500,000 fewer than last year.", "en",
         "Some 6.7 million people"),
        ("Es kamen 6,7 Millionen Besucher, 500.000 weniger als im Vorjahr.", "de",
         "6,7 Millionen Besucher"),
        # a running time after a superlative is a record's frame
        ("The Dow dropped 1,034 points, its worst day since September 2022.", "en",
         "1,034 points"),
        ("Es war das schwerste Unglück seit 1992, 72 Menschen starben.", "de", "72 Menschen"),
        # the year a series of records began frames the record (``time.RECORD_SERIES``)
        ("An der Station wurden 38,9 Grad gemessen – so viel wie nie seit Beginn der "
         "Aufzeichnungen im Jahr 1949.", "de", "38,9 Grad"),
        ("The station recorded 104 degrees, the highest since records began in 1884.", "en",
         "104 degrees"),
        # a time that closes a phrase of "since" after a superlative frames it too
        ("Die Böe maß 143 Kilometer pro Stunde, der höchste Wert seit dem Orkan Kyrill im "
         "Januar 2007.", "de", "143 Kilometer pro Stunde"),
        ("The gust of 143 km/h was the strongest since Storm Kyrill in January 2007.", "en",
         "143 km/h"),
        # a time in a later clause with a figure of its own is that figure's
        ("Die Festleitung zählte 6,7 Millionen Besucher, im Vorjahr waren es 7,2 Millionen.",
         "de", "6,7 Millionen Besucher"),
        # a time in a clause about the event behind the figure is the event's
        ("At least 38 people were killed after the typhoon swept the islands on Saturday, "
         "the agency said.", "en", "At least 38 people"),
        ("Mindestens 38 Menschen kamen ums Leben, nachdem der Taifun am Samstag über die "
         "Inseln gezogen war.", "de", "Mindestens 38 Menschen"),
    ],
)  # fmt: skip
def test_a_time_of_another_figure_does_not_date_this_one(
    text: str, language: str, quote: str
) -> None:
    assert _times(text, language)[quote] is None


def test_an_event_inside_the_sentence_dates_neither_the_level_reached_after_it() -> None:
    """ "A fifth person has died after the crush on Saturday, bringing the death toll to
    five, police said on Monday": the toll is Monday's, not the crush's; the figure's own
    time still dates it ("trapped on Sunday after the roof collapsed late on Saturday"),
    and "after 6 a.m." is a time, no event."""
    sat, sun, mon = dt.date(2024, 10, 5), dt.date(2024, 10, 6), dt.date(2024, 10, 7)
    times = _times(
        "A fifth person has died after the crush on Saturday, bringing the death toll to "
        "five, police said on Monday.",
        "en",
    )
    assert times["five"] == (mon, mon)
    times = _times(
        "Six miners were trapped on Sunday after part of the roof collapsed late on Saturday.",
        "en",
    )
    assert times["Six miners"] == (sun, sun)
    times = _times(
        "The roof gave way shortly after 6 a.m. on Saturday, at a time when about 58 workers "
        "were inside, police said.",
        "en",
    )
    assert times["about 58 workers"] == (sat, sat)


def test_each_clause_dates_its_own_figure() -> None:
    """ "Am Samstag kamen 4.000, am Sonntag 6.000": Saturday's 4,000, Sunday's 6,000; a
    time that opens the sentence still dates the clauses after it."""
    import datetime as dt

    sat, sun = dt.date(2024, 10, 5), dt.date(2024, 10, 6)
    times = _times("Am Samstag kamen 4.000 Menschen, am Sonntag 6.000.", "de")
    assert times == {"4.000 Menschen": (sat, sat), "6.000": (sun, sun)}
    times = _times("On Saturday, 14 people died in the north, two in the south.", "en")
    assert set(times.values()) == {(sat, sat)}


def test_a_period_in_the_possessive_dates_the_figures() -> None:
    """ "Last year's game drew 123.7 million viewers": the figure is last year's; a day in
    the possessive names an event ("Sunday's earthquake"), not the figure's day."""
    (viewers,) = [
        c
        for c in extract_text(
            "Last year's game drew 123.7 million viewers.", language="en", published="2025-02-11"
        )
        if c.quantity is not None
    ]
    assert viewers.time is not None and viewers.time.start == dt.date(2024, 1, 1)
    (toll,) = [
        c
        for c in extract_text(
            "The toll from Sunday's earthquake rose to 52.", language="en", published="2025-02-11"
        )
        if c.quantity is not None
    ]
    assert toll.time is None


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # an event with its day ("vom Donnerstag") names the event's day, not the toll's
        ("Bei dem Lawinenunglück vom Donnerstag kamen vier Menschen ums Leben.", False),
        ("Nach dem Unglück vom Donnerstag werden noch zwei Menschen vermisst.", False),
        ("Nach dem Vorfall vom Samstag hatten sich 23 Menschen gemeldet.", False),
        ("Die Halle bleibt nach dem Ammoniak-Austritt vom Samstag zwei Wochen zu.", False),
        # figures of a day are that day's
        ("Nach Angaben vom Donnerstag kamen vier Menschen ums Leben.", True),
        ("Nach Angaben der Polizei vom Dienstagabend wurden zwölf Menschen verletzt.", True),
        ("Am Donnerstag kamen vier Menschen ums Leben.", True),
    ],
)
def test_an_events_day_is_not_the_tolls_de(text: str, dated: bool) -> None:
    (toll,) = [c for c in extract_text(text, language="de", published="2025-02-21") if c.quantity]
    assert (toll.time is not None) is dated


def test_a_month_right_after_the_level_a_change_came_from_is_its_own() -> None:
    """ "slowed to 3.4% from 3.8% in September": September's rate is the 3.8%; a day after
    it still dates the new level ("rose to 52 from 38 on Monday" is Monday's 52)."""
    import datetime as dt

    from factcheck.extract import extract_text

    claims = extract_text(
        "Annual inflation slowed to 3.4% from 3.8% in September, the ONS said.",
        language="en",
        published="2025-11-19",
    )
    new = next(c for c in claims if c.quote == "3.4%")
    old = next(c for c in claims if c.quote == "3.8%")
    assert new.time is None
    assert old.time is not None and old.time.start == dt.date(2025, 9, 1)
    toll = extract_text("The death toll rose to 52 from 38 on Monday.", language="en")
    assert next(c for c in toll if c.quote == "52").time is not None


@pytest.mark.parametrize(
    ("text", "lang", "quote", "day"),
    [
        ("Vor zwei Jahren hatten die Fachleute 95 Kilogramm Sprengstoff benötigt.", "de",
         "95 Kilogramm", "2023-03-13"),
        ("Two years ago, the experts needed 95 kilograms of explosives.", "en",
         "95 kilograms", "2023-03-13"),
    ],
)  # fmt: skip
def test_a_day_counted_back_dates_the_figures_and_counts_no_duration(
    text: str, lang: str, quote: str, day: str
) -> None:
    """ "vor zwei Jahren" is a time, no duration of two years that keeps it to itself."""
    claims = [c for c in extract_text(text, language=lang, published="2025-03-13") if c.quantity]
    assert [c.quote for c in claims] == [quote]
    assert claims[0].time is not None and str(claims[0].time.start) == day


def test_a_duration_since_keeps_its_time() -> None:
    (claim,) = [
        c
        for c in extract_text("Seit 24 Jahren lebt er hier.", language="de", published="2025-03-13")
        if c.quantity
    ]
    assert claim.quote == "24 Jahren" and claim.time is not None


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        # the plan is the return's: the sailing, in a clause of its own past, was this
        # February
        ("The vessel, which set sail on February 13 from the port, is due back on Tuesday.",
         "on February 13", dt.date(2025, 2, 13)),
        ("The vessel, which set sail on February 13 from the port, is due back on Tuesday.",
         "on Tuesday", dt.date(2025, 2, 25)),
        # and the return, in a clause of its own plan, is next Tuesday
        ("The ship, which left port on February 13, is expected to return on Tuesday.",
         "on Tuesday", dt.date(2025, 2, 25)),
        # a plan of one clause still points ahead
        ("The ship will set sail on February 13.", "on February 13", dt.date(2026, 2, 13)),
        # a plan after "and" is its own predicate's: the sailing was this February
        ("The ship departed on February 13 and is due to return on March 1.",
         "on February 13", dt.date(2025, 2, 13)),
        ("Das Schiff legte am 13. Februar ab und soll am 1. März zurückkehren.",
         "am 13. Februar", dt.date(2025, 2, 13)),
    ],
)  # fmt: skip
def test_a_time_takes_the_tense_of_its_own_clause(text: str, quote: str, day: dt.date) -> None:
    """A sentence with a plan and a past reads each time by its own clause's tense where
    that clause says it (published Saturday 22 February 2025)."""
    lang = "de" if " am " in text else "en"
    (found,) = [
        c for c in extract_text(text, language=lang, published="2025-02-22") if c.quote == quote
    ]
    assert found.date is not None and found.date.start == day


@pytest.mark.parametrize(
    ("text", "lang", "quote", "year"),
    [
        ("The steel bridge, built in 1968, carries about 24,000 vehicles a day.", "en",
         "about 24,000 vehicles", None),
        ("Das Werk, im Jahr 2010 gebaut, beschäftigt 300 Mitarbeiter.", "de",
         "300 Mitarbeiter", None),
        # a time of this year in an insertion may still date what follows
        ("Firefighters, alerted on Tuesday, rescued 12 people.", "en", "12 people", 2025),
    ],
)  # fmt: skip
def test_a_year_long_past_in_an_insertion_dates_no_figure_after_it(
    text: str, lang: str, quote: str, year: int | None
) -> None:
    (found,) = [
        c for c in extract_text(text, language=lang, published="2025-03-18") if c.quote == quote
    ]
    assert (found.time.start.year if found.time and found.time.start else None) == year


def test_a_clause_of_since_with_a_verb_of_its_own_keeps_its_time() -> None:
    """ "since the Sewol ferry sank in 2014, killing 304 people": 2014 is the year of the
    304 dead, an earlier disaster's, not a frame of this one's figures."""
    text = "It is the worst disaster since the Sewol ferry sank in 2014, killing 304 people."
    assert _times(text, "en")["304 people"] is not None
