"""Text and Markdown: both metadata forms, exact text, and every way bytes can be bad."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import read_article
from factcheck.load._text import decode
from factcheck.models import DatePrecision, PublishedDate

GERMAN = (
    "Hochwasser in Passau\n\n"
    "Die Donau ist am Montag auf mehr als zehn Meter gestiegen. Rund 2.000 Menschen "
    "mussten ihre Wohnungen verlassen, teilte die Stadt mit.\n"
)
ENGLISH = (
    "Floods in Passau\n\n"
    "The Danube rose above ten metres on Monday. About 2,000 people had to leave their "
    "homes, the city said.\n"
)


def month(year: int, m: int) -> PublishedDate:
    return PublishedDate(date=dt.date(year, m, 1), precision=DatePrecision.MONTH)


# -- the seeds' form: " date 2024-06 <article text>" -----------------------------------


def test_date_line_with_text_after_it() -> None:
    text = " date 2024-06 Hochwasser in Passau: Die Donau steigt weiter\n\nDie Donau ist gestiegen."
    article = read_article(text, id="a")
    assert article.published == month(2024, 6)
    assert article.body_start == len(" date 2024-06 ")
    assert article.body.startswith("Hochwasser in Passau")
    assert article.text == text
    assert article.title == "Hochwasser in Passau: Die Donau steigt weiter"


def test_date_line_with_a_day_and_no_leading_space() -> None:
    article = read_article("date 2024-06-19 " + ENGLISH, id="a")
    assert article.published == PublishedDate(
        date=dt.date(2024, 6, 19), precision=DatePrecision.DAY
    )
    assert article.body == ENGLISH


def test_date_alone_on_its_line() -> None:
    text = "date 2023-09\r\n" + GERMAN
    article = read_article(text, id="a")
    assert article.published == month(2023, 9)
    assert article.body == GERMAN


def test_a_date_later_in_the_text_is_not_metadata() -> None:
    text = "Der Bericht nennt kein date 2024-06 im Kopf.\n\nMehr Text folgt hier."
    article = read_article(text, id="a")
    assert article.body_start == 0
    assert not article.published.known


def test_bad_date_line_names_line_one() -> None:
    with pytest.raises(InputReadError) as info:
        read_article(" date 2024-13 Text", id="a", path="x.txt")
    assert info.value.code is ErrorCode.METADATA
    assert info.value.line == 1
    assert str(info.value).startswith("x.txt:1: ")


# -- YAML front matter -------------------------------------------------------------------


FRONT = (
    "---\n"
    "date: 2024-06-19\n"
    "source: Passauer Neue Presse\n"
    "url: https://example.org/hochwasser\n"
    "language: de\n"
    "title: Hochwasser in Passau\n"
    "author: ignored\n"
    "---\n"
)


def test_front_matter_fields() -> None:
    article = read_article(FRONT + GERMAN, id="pnp")
    assert article.published == PublishedDate(
        date=dt.date(2024, 6, 19), precision=DatePrecision.DAY
    )
    assert article.source == "Passauer Neue Presse"
    assert article.url == "https://example.org/hochwasser"
    assert article.title == "Hochwasser in Passau"
    assert article.language == "de"
    assert not article.language_detected
    assert article.body_start == len(FRONT)
    assert article.body == GERMAN


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date: 2024-06", month(2024, 6)),
        ("date: '2024-06'", month(2024, 6)),
        ("date: 2024", PublishedDate(date=dt.date(2024, 1, 1), precision=DatePrecision.YEAR)),
        ("published: Juni 2024", month(2024, 6)),
        (
            "date: 2024-06-19 08:30:00",
            PublishedDate(date=dt.date(2024, 6, 19), precision=DatePrecision.DAY),
        ),
    ],
)
def test_front_matter_dates(line: str, expected: PublishedDate) -> None:
    assert read_article(f"---\n{line}\n---\n{ENGLISH}", id="a").published == expected


def test_front_matter_with_crlf_and_a_bom() -> None:
    text = "\ufeff---\r\ndate: 2024-06\r\n---\r\nThe Danube rose on Monday.\r\n"
    article = read_article(text, id="a")
    assert article.text == text
    assert article.body == "The Danube rose on Monday.\r\n"
    assert article.published == month(2024, 6)


def test_empty_front_matter_is_no_metadata() -> None:
    article = read_article("---\n---\n" + ENGLISH, id="a")
    assert article.body == ENGLISH
    assert not article.published.known


@pytest.mark.parametrize(
    ("front", "line"),
    [
        ("date: 2024-06\ntitle: [unclosed\n", 3),
        ("title: 'a: b: c\n", 2),
        ("source: ok\n  bad indent: x\n", 3),
    ],
)
def test_broken_yaml_names_its_line(front: str, line: int) -> None:
    with pytest.raises(InputReadError) as info:
        read_article(f"---\n{front}---\n{GERMAN}", id="a", path="bad.md")
    assert info.value.code is ErrorCode.FRONT_MATTER
    assert info.value.line == line
    assert "---" in info.value.hint


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("title: Unwetter: Zahl der Toten steigt\n", "Unwetter: Zahl der Toten steigt"),
        ("date: 2024-06-03\ntitle: Storm: toll rises to 15\nsource: Daily A\n",
         "Storm: toll rises to 15"),
    ],
)  # fmt: skip
def test_a_headline_with_a_colon_is_read_as_written(front: str, title: str) -> None:
    """YAML refuses "title: A: B" unquoted; every line being a plain 'key: value' line,
    the value is read as written instead of refusing the article."""
    article = read_article(f"---\n{front}---\n{GERMAN}", id="a", path="a.md")
    assert article.title == title
    assert article.body == GERMAN


def test_unclosed_front_matter() -> None:
    with pytest.raises(InputReadError) as info:
        read_article("---\ndate: 2024-06\n" + GERMAN, id="a")
    assert info.value.code is ErrorCode.FRONT_MATTER
    assert "never closed" in str(info.value)


def test_front_matter_that_is_not_a_mapping() -> None:
    with pytest.raises(InputReadError) as info:
        read_article("---\n- a\n- b\n---\n" + GERMAN, id="a")
    assert info.value.code is ErrorCode.FRONT_MATTER


@pytest.mark.parametrize(
    ("front", "line"),
    [("title: x\ndate: morgen\n", 3), ("language: Deutsch\n", 2), ("source: [a, b]\n", 2)],
)
def test_bad_metadata_values(front: str, line: int) -> None:
    with pytest.raises(InputReadError) as info:
        read_article(f"---\n{front}---\n{GERMAN}", id="a")
    assert info.value.code is ErrorCode.METADATA
    assert info.value.line == line


def test_metadata_without_a_body_is_empty() -> None:
    with pytest.raises(InputReadError) as info:
        read_article("---\ndate: 2024-06\n---\n\n  \n", id="a")
    assert info.value.code is ErrorCode.EMPTY
    with pytest.raises(InputReadError) as info:
        read_article(" date 2024-06 ", id="a")
    assert info.value.code is ErrorCode.EMPTY


# -- defaults, precedence, title -------------------------------------------------------


def test_published_default_fills_only_undated_articles() -> None:
    undated = read_article(GERMAN, id="a", published="2024-06")
    assert undated.published == month(2024, 6)
    dated = read_article(" date 2023-09 " + GERMAN, id="b", published="2024-06")
    assert dated.published == month(2023, 9)


def test_language_argument_wins_over_metadata_and_detection() -> None:
    assert read_article(FRONT + GERMAN, id="a", language="en").language == "en"
    detected = read_article(GERMAN, id="b")
    assert (detected.language, detected.language_detected) == ("de", True)
    forced = read_article(GERMAN, id="c", language="EN")
    assert (forced.language, forced.language_detected) == ("en", False)
    assert read_article(ENGLISH, id="d").language == "en"


def test_a_text_whose_language_cannot_be_determined_is_an_error() -> None:
    with pytest.raises(InputReadError) as info:
        read_article("Kim Jong Un", id="a", path="names.txt")
    assert info.value.code is ErrorCode.LANGUAGE
    assert str(info.value).startswith("names.txt: its language could not be determined")
    assert "language: de" in str(info.value)  # what to do
    article = read_article("Kim Jong Un", id="a", language="en")
    assert (article.language, article.language_detected) == ("en", False)


def test_a_short_clear_sentence_is_still_recognised() -> None:
    assert read_article("The Danube rose on Monday.", id="a").language == "en"
    assert read_article("Die Donau stieg am Montag.", id="a").language == "de"


@pytest.mark.parametrize(
    ("header", "what"),
    [
        ("language: fr\n", "its language is 'fr', which factcheck cannot read"),
        ("language: xx-invalid\n", "its language is 'xx', which factcheck cannot read"),
        ("language: und\n", "its language is given as unknown"),
    ],
)
def test_a_language_factcheck_cannot_read_is_an_error(header: str, what: str) -> None:
    with pytest.raises(InputReadError) as info:
        read_article(f"---\n{header}---\n{ENGLISH}", id="a", path="a.md")
    assert info.value.code is ErrorCode.LANGUAGE
    assert (info.value.line, what in str(info.value)) == (2, True), str(info.value)
    # forcing a language the article is read in overrides its metadata
    assert read_article(f"---\n{header}---\n{ENGLISH}", id="a", language="en").language == "en"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (GERMAN, "Hochwasser in Passau"),
        ("# Floods in Passau\n\nThe Danube rose.", "Floods in Passau"),
        ("The Danube rose on Monday.\nMore text.", None),  # a sentence
        ("Floods in Passau", None),  # nothing follows
        ("Passau\n\nThe Danube rose.", None),  # one word
        ("- a list item here\n\nText.", None),
        ("x " * 40 + "\n\nText.", None),  # too long
    ],
)
def test_headline_guess_is_conservative(text: str, title: str | None) -> None:
    assert read_article(text, id="a", language="en").title == title


def test_bad_arguments_raise() -> None:
    with pytest.raises(InputReadError) as info:
        read_article(GERMAN, id="a", published="soon")
    assert info.value.code is ErrorCode.METADATA
    with pytest.raises(InputReadError):
        read_article(GERMAN, id="a", language="Deutsch")


# -- decoding ----------------------------------------------------------------------------


def test_utf8_is_kept_exactly() -> None:
    text = "Zeile eins\r\nZeile zwei\rZeile drei\n\tÄ – “quoted”\n"
    assert decode(text.encode(), path="x") == text


def test_utf8_bom_is_kept_and_skipped_as_body() -> None:
    data = codecs.BOM_UTF8 + GERMAN.encode()
    text = decode(data, path="x")
    assert text == data.decode("utf-8")
    article = read_article(text, id="a")
    assert article.body_start == 1
    assert article.body == GERMAN


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    assert decode(bom + GERMAN.encode(encoding), path="x") == GERMAN


def test_latin1_is_an_encoding_error_with_the_line() -> None:
    data = "Erste Zeile\nDie Straße in Köln\n".encode("cp1252")
    with pytest.raises(InputReadError) as info:
        decode(data, path="koeln.txt")
    assert info.value.code is ErrorCode.ENCODING
    assert info.value.line == 2
    assert "UTF-8" in info.value.hint
    assert "Windows-1252" in str(info.value)


def test_broken_utf16_is_an_encoding_error() -> None:
    with pytest.raises(InputReadError) as info:
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", path="x")
    assert info.value.code is ErrorCode.ENCODING


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"text with a \x00 NUL byte",
        bytes(range(1, 9)) * 100,
    ],
)
def test_binary_data(data: bytes) -> None:
    with pytest.raises(InputReadError) as info:
        decode(data, path="x.txt")
    assert info.value.code is ErrorCode.BINARY
    assert ".txt" in info.value.hint


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", codecs.BOM_UTF8 + b"\n"])
def test_empty_files(data: bytes) -> None:
    with pytest.raises(InputReadError) as info:
        decode(data, path="x.txt")
    assert info.value.code is ErrorCode.EMPTY


# -- properties --------------------------------------------------------------------------

HEADERS = st.sampled_from(["", " date 2024-06 ", "date 2024-06-19\n", "---\ndate: 2024\n---\n"])


@given(header=HEADERS, body=st.text())
def test_read_article_keeps_the_text_or_raises_input_read_error(header: str, body: str) -> None:
    text = header + body
    try:
        article = read_article(text, id="a", language="de")
    except InputReadError as exc:
        assert exc.code in {ErrorCode.EMPTY, ErrorCode.FRONT_MATTER, ErrorCode.METADATA}
        return
    assert article.text == text
    assert 0 <= article.body_start <= len(text)
    assert article.body.strip()


@given(st.text())
def test_arbitrary_text_with_detection(text: str) -> None:
    try:
        article = read_article(text, id="a")
    except InputReadError:
        return
    assert article.text == text
    assert article.language_detected == (article.language != "und")


@given(st.text())
def test_decode_round_trips_utf8(text: str) -> None:
    data = text.encode("utf-8")
    try:
        assert decode(data, path="x") == text
    except InputReadError as exc:
        assert exc.code in {ErrorCode.EMPTY, ErrorCode.BINARY}
