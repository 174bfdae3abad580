"""Hypothesis strategies for hostile and broken inputs: random bytes, front matter,
YAML, JSON Lines and paths. Shared by the loader and command-line fuzz tests."""

from __future__ import annotations

import json

from hypothesis import strategies as st

SENTENCES = (
    "Die Polizei zählte rund 8.000 Menschen bei der Demonstration in Leipzig.",
    "The police said about 8,000 people took part in the march on Monday.",
    "Mindestens 30.000 Menschen kamen nach Angaben der Veranstalter.",
    "At least 30,000 people came, the organisers said.",
    "Rund 10.000 Container.",
    "Kim Jong Un",
)

# dates and numbers of every kind, real and impossible
_DATES = st.one_of(
    st.builds(
        "{:04d}-{:02d}-{:02d}".format,
        st.integers(0, 9999),
        st.integers(0, 99),
        st.integers(0, 99),
    ),
    st.builds("{:04d}-{:d}".format, st.integers(0, 9999), st.integers(0, 20)),
    st.builds("{}.{}.{}".format, st.integers(0, 40), st.integers(0, 14), st.integers(0, 3000)),
    st.sampled_from(["unknown", "", "Juni 2024", "19. Juni 2024", "1990s", "yesterday", "~"]),
)
_SCALARS = st.one_of(
    _DATES,
    _DATES.map(lambda d: f"!!timestamp {d}"),
    _DATES.map(lambda d: f'"{d}"'),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.sampled_from(
        [
            "de",
            "en",
            "fr",
            "xx-invalid",
            "und",
            "!!bool maybe",
            "!!int abc",
            "!!float x",
            "!!binary '!!!'",
            "!!python/object/apply:os.system [ls]",
            "*nowhere",
            "&a [*a]",
            "{a: [1, {b: 2}]}",
            "[[[[[[[[[[]]]]]]]]]]",
            "null",
            "~",
            "'quoted: value'",
            "'\\ud800'",
            '"\\ud800"',
        ]
    ),
    st.text(max_size=40).map(json.dumps),
)
_KEYS = st.sampled_from(["date", "published", "source", "url", "language", "title", "other"])


@st.composite
def laughs(draw: st.DrawFn) -> str:
    """Nested aliases: each level lists the one before ``width`` times."""
    levels = draw(st.integers(1, 10))
    width = draw(st.integers(1, 10))
    lines = ['l0: &l0 ["lol"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def yaml_texts() -> st.SearchStrategy[str]:
    """YAML documents: key/value lines with odd values, alias bombs, deep nesting, noise."""
    lines = st.lists(st.tuples(_KEYS, _SCALARS).map(lambda kv: f"{kv[0]}: {kv[1]}"), max_size=6)
    return st.one_of(
        lines.map("\n".join),
        laughs(),
        st.integers(1, 200).map(lambda n: "a: " + "[" * n + "]" * n),
        st.text(max_size=200),
    )


@st.composite
def front_matter_files(draw: st.DrawFn) -> bytes:
    """A Markdown file with front matter (closed or not) above a sentence or nothing."""
    block = draw(yaml_texts())
    closing = draw(st.sampled_from(["---\n", "...\n", ""]))
    body = draw(st.sampled_from([*SENTENCES, ""]))
    return f"---\n{block}\n{closing}{body}\n".encode("utf-8", "surrogatepass")


_RECORD_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(SENTENCES),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def jsonl_lines(draw: st.DrawFn) -> bytes:
    """One line of a JSON Lines file: a record (good or with odd fields) or garbage."""
    kind = draw(st.integers(0, 5))
    if kind <= 2:
        record = {"text": draw(st.sampled_from(SENTENCES) | _RECORD_VALUES)}
        for key in draw(st.lists(_KEYS | st.just("id"), max_size=3)):
            record[key] = draw(_RECORD_VALUES | _DATES)
        return json.dumps(record).encode()
    if kind == 3:
        return draw(st.binary(max_size=80)).replace(b"\n", b" ")
    if kind == 4:
        return draw(
            st.sampled_from(
                [
                    b'{"text": "' + SENTENCES[1].encode() + b' \\ud800"}',
                    b'{"text": "x", "n": ' + b"9" * 5000 + b"}",
                    b"[" * 5000 + b"]" * 5000,
                    b'{"text": "Die Stra\xdfe wurde gesperrt, teilte die Polizei mit."}',
                    b"",
                    b"   ",
                    b"null",
                ]
            )
        )
    return draw(st.text(max_size=60)).encode("utf-8", "surrogatepass").replace(b"\n", b" ")


def jsonl_files() -> st.SearchStrategy[bytes]:
    return st.lists(jsonl_lines(), max_size=6).map(lambda lines: b"\n".join(lines) + b"\n")


def text_files() -> st.SearchStrategy[bytes]:
    """Whole files of any kind: random bytes, text with or without metadata."""
    sentence = st.sampled_from(SENTENCES)
    return st.one_of(
        st.binary(max_size=300),
        front_matter_files(),
        st.builds(lambda d, s: f" date {d} {s}\n".encode(), _DATES, sentence),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        sentence.map(lambda s: s.encode("utf-16")),
        st.sampled_from([b"%PDF-1.4 x", b"\x00\x01\x02", b"\xef\xbb\xbf", b"\xff\xfe\x00"]),
    )


SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".pdf", "")


@st.composite
def input_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name and its bytes: the content matches the suffix most of the time."""
    suffix = draw(st.sampled_from(SUFFIXES))
    stem = draw(st.sampled_from(["a", "b", "A", "a b", "ä", "-x", "a.b", "report"]))
    if suffix == ".jsonl":
        data = draw(jsonl_files() | text_files())
    elif suffix == ".html":
        data = draw(
            st.sampled_from(
                [
                    b"<html lang='en'><body><article><p>"
                    + SENTENCES[1].encode() * 3
                    + b"</p></article></body></html>",
                    b"<html><body></body></html>",
                    b"<html lang='fr'><p>Bonjour</p></html>",
                ]
            )
            | st.binary(max_size=60)
        )
    else:
        data = draw(text_files())
    return stem + suffix, data


def path_args() -> st.SearchStrategy[str]:
    """Path arguments a user (or a script) might give: missing files, patterns, odd
    characters, very long names. Relative to a small scratch folder: nothing that
    climbs out of it (reading all of ``/`` is slow, not wrong)."""
    safe = st.text(max_size=30).filter(lambda t: not t.startswith(("/", "..")) and "/.." not in t)
    return st.one_of(
        safe,
        st.sampled_from(
            [
                "",
                ".",
                "*",
                "**/*.txt",
                "[",
                "nope/*.md",
                "a\x00b",
                "\udcff.txt",
                "x" * 300,
                "/dev/null",
                "/nonexistent/d/x.txt",
                "~",
                "-",
            ]
        ),
    )
