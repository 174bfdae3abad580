"""Persons an article names (sentences written for the tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.persons import PersonIndex


@given(
    st.lists(
        st.sampled_from(
            ["Putin", "Putins", "putin", "Put", "-", "_", "2", "²", " ", ",", "x", "ä"]
        ),
        max_size=20,
    ),
    st.integers(0, 30),
    st.sampled_from(["Putin", "Put", "Putin-", "Putins"]),
)
@settings(max_examples=300, deadline=None)
def test_a_word_is_named_as_the_word_listing_names_it(
    parts: list[str], start: int, word: str
) -> None:
    from factcheck.extract.persons import _WORDS, _names_word

    text = "".join(parts)
    start = min(start, len(text))
    assert _names_word(text, start, word) == (word in set(_WORDS.findall(text, start)))


def test_person_index_resolves_family_names_and_genitive() -> None:
    text = (
        "Der französische Präsident Emmanuel Macron traf Kanzler Olaf Scholz. "
        "Macrons Berater sagten, Scholz habe zugestimmt. Danach reiste Macron ab."
    )
    idx = PersonIndex(text, 0, "de")
    assert "Emmanuel Macron" in idx.full and "Olaf Scholz" in idx.full
    names = [p.name for p in idx.mentions(0, len(text))]
    assert names.count("Emmanuel Macron") == 3
    assert "Olaf Scholz" in names


def test_a_town_after_a_given_name_is_a_surname() -> None:
    """ "Amira Hassan": a given name, then a word that is also a town (Hassan, India) and a
    given name; a country or a region after a given name stays a place."""
    text = "Among the dead is Amira Hassan, 76. Later Hassan's son spoke."
    idx = PersonIndex(text, 0, "en")
    assert idx.full == ["Amira Hassan"]
    assert [p.name for p in idx.mentions(0, len(text))] == ["Amira Hassan", "Amira Hassan"]
    assert PersonIndex("Am Montag verließ Maria Spanien.", 0, "de").full == ["Maria"]


def test_person_index_skips_common_nouns_and_compounds() -> None:
    text = "Die Raumfahrtanlage und der Einsatzfall wurden geprüft. Die Paria-Staaten schwiegen."
    assert PersonIndex(text, 0, "de").full == []


def test_a_surname_of_two_words_is_a_name_where_compounds_are_written_apart() -> None:
    """ "Ashdown", "Blackwood": English writes no closed compounds of nouns, so a surname
    made of two words (ash, down) is no common noun there."""
    text = "Margaret Ashdown, 61, and John Blackwood, 58, were inside."
    assert PersonIndex(text, 0, "en").full == ["Margaret Ashdown", "John Blackwood"]


@given(
    st.lists(
        st.sampled_from(
            [
                "Putin",
                "Putins",
                "Kim",
                "Jong-un",
                "Scholz",
                "s",
                "’",
                "'",
                " ",
                "-",
                ",",
                "x",
                "Kims",
                "dpa",
                "x-Ray",
                "dpas",
                "ſ",
                "é",
                "_",
                "2",
                "\n",
            ]
        ),
        max_size=25,
    ),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_mentions_are_found_as_the_names_pattern_finds_them(
    parts: list[str], data: st.DataObject
) -> None:
    text = "".join(parts)
    idx = PersonIndex("", 0, "de")
    idx.text = text
    idx._token = data.draw(
        st.sampled_from(
            [
                {"Putin": "Wladimir Putin", "Kim": "Kim Jong-un", "Jong-un": "Kim Jong-un"},
                {"Scholz": "Olaf Scholz", "dpa": "dpa", "x-Ray": "x-Ray"},  # not all capitals
                {"Putin": "Putin", "Putins": "Putins", "Kim": "Kim", "Kims": "Kims"},
            ]
        )
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [
        (m.start(), m.end(), m.group(1)) for m in idx._compiled().finditer(text, start, end)
    ]
    assert idx._found(start, end) == expected


_CAPITAL_TEXT = st.lists(
    st.sampled_from([*list("AaZzÄäßé-_ '’.\n\xa0Ö7"), "Putin", "Kim", "x-Test"]), max_size=30
).map("".join)


@given(_CAPITAL_TEXT, st.data())
@settings(max_examples=300, deadline=None)
def test_capital_first_patterns_match_as_their_lookbehind_first_forms(
    text: str, data: st.DataObject
) -> None:
    # _NAME_TOKEN is written capital first (so that re skips to capitals) and with
    # possessive repeats (a shorter run is always followed by a word character or a
    # hyphen): the same matches as the lookbehind written first, repeats greedy
    import re

    from factcheck.extract import persons

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    for new, old in (
        (
            persons._NAME_TOKEN,
            r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßéèëïçA-Z]+(?:-[A-Za-zäöüß]+)*(?![\w-])",
        ),
    ):
        want = [m.span() for m in re.compile(old).finditer(text, s, e)]
        assert [m.span() for m in new.finditer(text, s, e)] == want


def _reference_scan(text: str, start: int, lang: str) -> PersonIndex:
    """A person index built by the straightforward scan: every name token found by
    ``_NAME_TOKEN.finditer``, the word before each read by :func:`previous_word`."""
    from factcheck.extract import persons as p
    from factcheck.extract.nouns import is_known_word
    from factcheck.lang import get_language

    idx = PersonIndex("", 0, lang)
    idx.text, idx._start = text, start
    syntax = get_language(lang).syntax
    given = p.given_names()
    by_name, _ = p._known_sources()
    locatives = frozenset(get_language(lang).events.LOCATIVE_PREPOSITIONS)
    bodies = p.body_words(lang)
    toks = list(p._NAME_TOKEN.finditer(text, start))
    i = 0
    while i < len(toks):
        first = toks[i]
        if not p.name_candidate(first.group(), lang, True) and first.group() not in given:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is None
                or text[first.end() : nxt.start()] not in (" ", "\u00a0")
                or not p.name_candidate(nxt.group(), lang, True)
            ):
                i += 1
                continue
        prev, comma, at = p.previous_word(text, first.start())
        after_article = not comma and prev.casefold() in syntax.ARTICLES
        anchored = bool(prev) and p._is_role(prev, lang)
        if prev in syntax.NAME_JOINERS:
            anchored = anchored or p.previous_word(text, at)[0] in idx._token
        elif comma and prev in idx._token:
            anchored = True
        relaxed = anchored or first.group() in given
        run = [first]
        j = i + 1
        while (
            j < len(toks)
            and text[run[-1].end() : toks[j].start()] in (" ", "\u00a0")
            and p.name_candidate(toks[j].group(), lang, relaxed)
            and len(run) < 4
        ):
            run.append(toks[j])
            j += 1
        words = [t.group() for t in run]
        i = j if len(run) > 1 else i + 1
        if " ".join(words) in by_name:
            continue
        if (
            len(run) == 1
            and not relaxed
            and (prev.casefold() in locatives or p._before_body(text, run[0].end(), bodies))
        ):
            continue  # "in Shasta", "Shasta County": a place's or a body's name
        while (
            len(words) > 1 and not p.name_candidate(words[0], lang, True) and words[0] not in given
        ):
            words = words[1:]
            relaxed = True
        if not relaxed:
            while len(words) > 1 and is_known_word(words[0], lang) and words[0] not in given:
                words = words[1:]
            body = False
            while len(words) > 1 and is_known_word(words[-1], lang):
                body = body or words[-1].casefold() in bodies
                words = words[:-1]
            if body:
                continue
        words = [*words[:-1], idx._genitive(words[-1])]
        if " ".join(words) in by_name:
            continue
        last_ok = p.name_candidate(words[-1], lang, relaxed)
        if (words[0] in given and len(words) > 1 and last_ok) or (
            last_ok
            and (relaxed or any(not is_known_word(x, lang) for x in words))
            and (relaxed or not after_article)
        ):
            idx._add(words)
    return idx


_NAME_WORDS = {
    "de": [
        "Wladimir",
        "Putin",
        "Putins",
        "Präsident",
        "Kreml-Berater",
        "Kim",
        "Jong-un",
        "Jong",
        "Un",
        "Regierung",
        "Berlin",
        "Russlands",
        "John",
        "Kirby",
        "Marke",
        "Aurus",
        "dpa",
        "Reuters",
        "und",
        "sowie",
        "der",
        "die",
        "sagte",
        "Kanzler",
        "Scholz",
        "Scholzs",
        "Die",
        "Lawrow",
        "Sergej",
        "Xy",
    ],
    "en": [
        "Vladimir",
        "Putin",
        "Putin's",
        "President",
        "Kim",
        "Jong-un",
        "Jong",
        "Un",
        "government",
        "Berlin",
        "Russia",
        "John",
        "Kirby",
        "Reuters",
        "and",
        "the",
        "a",
        "said",
        "Secretary",
        "Blinken",
        "Antony",
        "The",
        "Lavrov",
        "Sergei",
        "Xy",
        "County",
        "Shasta",
    ],
}
_SEPARATORS = [
    " ", " ", " ", "\u00a0", ", ", ". ", "\n", "-", "(", "x", "’", " und ", "\t", " in ",
    " counties ",
]  # fmt: skip


@given(st.sampled_from(["de", "en"]), st.data())
@settings(max_examples=300, deadline=None)
def test_the_scan_finds_the_names_the_straightforward_scan_finds(
    lang: str, data: st.DataObject
) -> None:
    words = data.draw(st.lists(st.sampled_from(_NAME_WORDS[lang]), max_size=14))
    seps = data.draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words) + 1))
    text = seps[0] + "".join(w + s for w, s in zip(words, seps[1:], strict=False))
    # a start at a capital tells whether the lookbehind sees the character before it
    capitals = [i for i, ch in enumerate(text) if ch.isupper()]
    start = data.draw(st.integers(0, len(text)) | st.sampled_from([0, *capitals]))
    want = _reference_scan(text, start, lang)
    got = PersonIndex(text, start, lang)
    assert (got.full, got._token) == (want.full, want._token)
    assert got.mentions(start, len(text)) == want.mentions(start, len(text))


@given(st.text(alphabet="ab_-2 ,\u00a0\t.\n’", max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_word_in_a_gap_is_the_word_before_the_token_after_it(gap: str) -> None:
    from factcheck.extract.persons import _word_in_gap, previous_word

    if gap[:1] and (gap[0].isalnum() or gap[0] in "_-"):
        gap = "." + gap  # a name token ends where no word character follows
    word, comma, at = _word_in_gap(gap)
    text = "Putin" + gap
    if at < 0:
        assert previous_word(text, len(text)) == ("Putin", comma, 0)
    else:
        assert previous_word(text, len(text)) == (word, comma, 5 + at)


def test_a_title_before_a_name_ends_in_a_role_word_of_the_pack() -> None:
    from factcheck.extract.persons import _titled

    assert _titled("Kreml-Berater", "de") and _titled("Verteidigungsminister", "de")
    assert _titled("Spokesman", "en") and _titled("President", "en")
    assert not _titled("Kreml", "de") and not _titled("President", "de")
    assert not _titled("Kreml-Berater", "en") and not _titled("Putin", "en")
    text = "Kreml-Berater Uschakow sagte, Uschakow habe"
    assert [p.role for p in PersonIndex(text, 0, "de").mentions(0, len(text))] == [
        "Kreml-Berater",
        None,
    ]


@given(_CAPITAL_TEXT, st.integers(0, 30))
@settings(max_examples=300, deadline=None)
def test_the_split_offsets_are_where_the_name_tokens_stand(text: str, start: int) -> None:
    from factcheck.extract.persons import _NAME_SPLIT, _NAME_TOKEN, _offset

    start = min(start, len(text))
    parts = _NAME_SPLIT.split(text[start:])
    want = [m.start() for m in _NAME_TOKEN.finditer(text[start:])]
    got = [_offset(parts, k, start) + len(parts[2 * k]) - start for k in range(len(want))]
    assert got == want


@given(
    st.text(alphabet="aegnrst", max_size=10),
    st.lists(st.text(alphabet="aegnrst", min_size=1, max_size=4), max_size=5),
)
def test_the_longest_ending_is_the_longest_table_word_the_word_ends_in(
    word: str, table: list[str]
) -> None:
    from factcheck.extract.persons import longest_ending

    ends = [len(w) for w in table if word.endswith(w)]
    assert longest_ending(word, tuple(table)) == max(ends, default=0)


def test_a_bare_word_of_a_place_or_a_body_is_no_person() -> None:
    """ "in Shasta and Tehama counties", "Shasta County supervisors", "at Shasta College":
    places and bodies a gazetteer may not know; "Putin" stays a person."""
    text = (
        "Nearly 9,000 people in Shasta and Tehama counties were told to leave. Shasta "
        "County supervisors met at Shasta College. Putin will arrive on Thursday."
    )
    assert PersonIndex(text, 0, "en").full == ["Putin"]
