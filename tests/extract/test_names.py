"""Name matching across transliterations: fold, same_name, surname_match, NameIndex."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.names import (
    NameIndex,
    coarse,
    fold,
    fold_tokens,
    name_key,
    same_name,
    surname_match,
)

SAME = [
    # Russian names in German and English press spellings
    ("Belousow", "Beloussow"),
    ("Belousow", "Belousov"),
    ("Andrej Beloussow", "Andrei Belousov"),
    ("Lawrow", "Lavrov"),
    ("Sergej Lawrow", "Sergei Lavrov"),
    ("Uschakow", "Ushakov"),
    ("Juri Uschakow", "Yuri Ushakov"),
    ("Schoigu", "Shoigu"),
    ("Sergej Schoigu", "Sergey Shoigu"),
    ("Peskow", "Peskov"),
    ("Dmitri Peskow", "Dmitry Peskov"),
    ("Manturow", "Manturov"),
    ("Wladimir Putin", "Vladimir Putin"),
    ("Dmitri Medwedew", "Dmitry Medvedev"),
    ("Jewgeni Prigoschin", "Yevgeny Prigozhin"),
    ("Alexej Nawalny", "Alexei Navalny"),
    ("Michail Chodorkowski", "Mikhail Khodorkovsky"),
    ("Boris Jelzin", "Boris Yeltsin"),
    ("Ramsan Kadyrow", "Ramzan Kadyrov"),
    ("Alexander Lukaschenko", "Aleksandr Lukashenko"),
    # Ukrainian names
    ("Selenskyj", "Zelensky"),
    ("Selenskyj", "Zelenskyy"),
    ("Selenskij", "Zelenskiy"),
    ("Wolodymyr Selenskyj", "Volodymyr Zelensky"),
    ("Walerij Saluschnyj", "Valerii Zaluzhnyi"),
    ("Jermak", "Yermak"),
    # Korean names
    ("Kim Jong Un", "Kim Jong-un"),
    ("Kim Jong Un", "Kim Dschong Un"),
    ("Kim Jong-un", "KIM JONG UN"),
    ("Shin Won-sik", "Shin Wonsik"),
    ("Yoon Suk Yeol", "Yoon Suk-yeol"),
    # Arabic names
    ("Gaddafi", "Qaddafi"),
    ("Gaddafi", "Ghaddafi"),
    ("Gaddafi", "Gadhafi"),
    ("Muammar al-Gaddafi", "Muammar al-Qaddafi"),
    ("Ismail Hanija", "Ismail Haniyeh"),
    ("Mahmud Abbas", "Mahmoud Abbas"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
    ("Baschar al-Assad", "Bashar al-Assad"),
    ("Ali Chamenei", "Ali Khamenei"),
    # Other scripts and diacritics
    ("Шойгу", "Shoigu"),
    ("Белоусов", "Belousow"),
    ("Лавров", "Lawrow"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Müller", "Mueller"),
    # German genitive
    ("Putins", "Putin"),
    ("Lukaschenkos", "Lukashenko"),
]

DIFFERENT = [
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Jong Un", "Kim Jong Nam"),
    ("Putin", "Peskow"),
    ("Lawrow", "Lukaschenko"),
    ("Andrej Belousow", "Sergej Belousow"),
    ("Shin Wonsik", "Chang Ho-jin"),
    ("John Kirby", "Pat Ryder"),
    ("Antony Blinken", "Lloyd Austin"),
    ("Sergej Lawrow", "Sergej Schoigu"),
    ("Dmitri Peskow", "Dmitri Medwedew"),
    ("Manturow", "Uschakow"),
    ("Yoon Suk Yeol", "Moon Jae-in"),
    ("Xi Jinping", "Li Qiang"),
    ("Joe Biden", "Hunter Biden"),
    ("Selenskyj", "Saluschnyj"),
    ("Abbas", "Assad"),
    ("Kim", "Shin"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spelling_variants_match(a: str, b: str) -> None:
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people_do_not_match(a: str, b: str) -> None:
    assert not same_name(a, b)
    assert not same_name(b, a)


def test_fold_examples() -> None:
    assert fold("Kim Jong-un") == fold("Kim Dschong Un") == "kimyongun"
    assert fold("Beloussow") == fold("Belousov") == "belousov"
    assert fold("Wolodymyr Selenskyj") == fold("Volodymyr Zelensky") == "volodymyrselenski"
    assert fold("") == ""
    assert fold("  -- ") == ""


def test_fold_tokens_keep_word_boundaries() -> None:
    assert fold_tokens("Kim Jong-un") == ("kim", "yongun")
    assert fold_tokens("Andrej Beloussow") == ("andrei", "belousov")


def test_coarse_merges_voiced_and_voiceless() -> None:
    assert coarse(fold("Gaddafi")) == coarse(fold("Qaddafi"))
    assert coarse(fold("Shoygu")) == coarse(fold("Shoigu"))
    assert coarse(fold("Putin")) != coarse(fold("Peskow"))


def test_name_key_is_shared_by_spellings_of_a_full_name() -> None:
    assert name_key("Kim Jong Un") == name_key("Kim Jong-un") == name_key("KIM JONG UN")
    assert name_key("Beloussow") == "belousov"
    assert name_key("Kim Jong Un") != name_key("Kim Yo Jong")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Shin", "Shin Wonsik"),
        ("Belousow", "Andrej Belousow"),
        ("Beloussow", "Andrei Belousov"),
        ("Jong Un", "Kim Jong-un"),
        ("Putin", "Wladimir Putin"),
        ("Putins", "Wladimir Putin"),
        ("Xi", "Xi Jinping"),
        ("Lawrow", "Sergei Lavrov"),
    ],
)
def test_surname_match(short: str, full: str) -> None:
    assert surname_match(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Peskow", "Wladimir Putin"),
        ("Shin Wonsik", "Shin Wonsik"),
        ("Shin", "Shin"),
        ("Kim", "Moon Jae-in"),
        ("", "Shin Wonsik"),
    ],
)
def test_surname_mismatch(short: str, full: str) -> None:
    assert not surname_match(short, full)


def test_threshold_is_checked() -> None:
    with pytest.raises(ValueError, match="threshold"):
        same_name("a", "b", threshold=1.5)


def test_index_groups_spellings_and_surnames() -> None:
    idx = NameIndex()
    k = idx.add("Andrej Beloussow")
    assert idx.add("Belousow") == k
    assert idx.add("Andrei Belousov") == k
    assert idx.add("Kim Jong Un") != k
    assert idx.add("Kim Jong-un") == idx.key("Kim Dschong Un")
    assert idx.add("Kim Yo Jong") != idx.key("Kim Jong Un")
    assert idx.key("Lawrow") is None
    assert len(idx) == 3
    assert "Belousow" in idx.members(k)
    assert "3 clusters" in repr(idx)


def test_index_keeps_an_ambiguous_surname_apart() -> None:
    idx = NameIndex()
    a = idx.add("Kim Jong Un")
    b = idx.add("Kim Yo Jong")
    kim = idx.add("Kim")
    assert kim not in (a, b)


def test_index_refuses_empty_names() -> None:
    with pytest.raises(ValueError, match="no letters"):
        NameIndex().add(" - ")


def test_index_scales_by_blocks() -> None:
    idx = NameIndex()
    names = [f"Person{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} Nachname{i}" for i in range(300)]
    keys = {idx.add(n) for n in names}
    assert len(keys) == len(idx) <= 300
    assert idx.add(names[7]) == idx.key(names[7])


_NAMES = st.text(
    alphabet=st.sampled_from(list("abcdeijklmnorstuvwyzßäöüAÄBCDJKSWZ- 'ЁБЖШ")), max_size=24
)


@given(_NAMES)
def test_fold_is_idempotent(name: str) -> None:
    assert fold(fold(name)) == fold(name)


@given(st.text(max_size=30))
def test_fold_is_idempotent_on_any_text(name: str) -> None:
    f = fold(name)
    assert fold(f) == f
    assert f == "" or (f.isascii() and f.isalnum() and f == f.lower())


@given(_NAMES, _NAMES)
def test_same_name_is_symmetric(a: str, b: str) -> None:
    assert same_name(a, b) == same_name(b, a)


@given(_NAMES)
def test_same_name_is_reflexive(a: str) -> None:
    if fold(a):
        assert same_name(a, a)


@given(
    st.lists(
        st.sampled_from(["Kim", "Jong", "Un", "Shin", "Won", "Sik", "Belousow"]),
        min_size=1,
        max_size=4,
    )
)
def test_hyphen_case_and_spaces_do_not_matter(parts: list[str]) -> None:
    spaced = " ".join(parts)
    assert same_name(spaced, "-".join(parts))
    assert same_name(spaced, spaced.upper())
    assert same_name(spaced, "  ".join(parts))
    assert name_key(spaced) == name_key("-".join(parts)) == name_key(spaced.lower())
