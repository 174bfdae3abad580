"""Extraction: from article text to typed claims.

``extract(article)`` applies the article's language pack; ``extract_text(text, ...)`` is
the same for a one-off string.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.models import Article, Claim, PublishedDate

if TYPE_CHECKING:
    from factcheck.schema import ClaimSchema

__all__ = ["extract", "extract_text"]


def extract(article: Article, *, schemas: Sequence[type[ClaimSchema]] = ()) -> list[Claim]:
    """The claims an article states, in text order, with stable ids: the base claims of
    the pipeline, then those the claim ``schemas`` make of them."""
    from factcheck.extract.pipeline import extract as run
    from factcheck.lang import pack_code

    claims = run(article)
    if schemas and pack_code(article.language):
        from factcheck.schema.apply import apply_schemas

        claims = apply_schemas(claims, article, schemas)
    from factcheck.models._compact import share_fields_sets

    share_fields_sets(claims)  # about 1.9 KB less per claim kept
    return claims


def extract_text(
    text: str,
    *,
    language: str,
    published: str | dt.date | PublishedDate | None = None,
    id: str = "text",
    schemas: Sequence[type[ClaimSchema]] = (),
) -> list[Claim]:
    """Claims of a one-off string. ``published`` ("2024-06", a date) anchors relative
    times; without it they stay visibly unresolved. The string is taken as article text
    as it is (no metadata header is read; use :func:`factcheck.load.read_article` for
    that), and offsets index it directly."""
    from factcheck.errors import UnknownNameError
    from factcheck.lang import get_language, languages
    from factcheck.load import parse_published

    if not isinstance(text, str):
        raise TypeError(f"extract_text() needs the text as a str, not {type(text).__name__}")
    if not isinstance(language, str) or not language.strip():
        # get_language names the languages there are; None is the common slip
        raise UnknownNameError("language", repr(language), languages())
    get_language(language)
    article = Article(
        id=id,
        path="<string>",
        text=text,
        published=parse_published(published),
        language=language,
    )
    return extract(article, schemas=schemas)
