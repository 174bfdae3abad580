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


def test_person_index_skips_common_nouns_and_compounds() -> None:
    text = "Die Raumfahrtanlage und der Einsatzfall wurden geprüft. Die Paria-Staaten schwiegen."
    assert PersonIndex(text, 0, "de").full == []


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
    # _NAME_TOKEN is written capital first (so that re skips to capitals): the same
    # matches as the lookbehind written first
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
