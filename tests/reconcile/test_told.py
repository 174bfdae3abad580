"""Whether the article of one figure gives the other's figure too."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.reconcile.told import told_by_both
from factcheck.report import report_from
from tests.reconcile._build import quantity


def _findings(texts: list[str], language: str) -> list[str]:
    arts = [
        read_article(t, id=f"k{i}", language=language, published="2025-02-15")
        for i, t in enumerate(texts)
    ]
    return [d.explanation for d in report_from(arts).discrepancies]


def test_a_figure_the_other_article_gives_too_is_no_disagreement_with_its_other_figure() -> None:
    """The second report tells both the 54 cabins people were trapped in and the 62 the
    line has: the first report's 54 is no disagreement with its 62."""
    both = [
        "Am Samstag hingen 54 Kabinen mit Fahrgästen am Seil.",
        "Bei dem Stillstand am Samstag waren 187 Menschen in 54 Kabinen eingeschlossen. "
        "Die Bahn verfügt über 62 Kabinen.",
    ]
    assert _findings(both, "de") == []
    one_each = [
        "Am Samstag hingen 54 Kabinen mit Fahrgästen am Seil.",
        "Am Samstag hingen 62 Kabinen mit Fahrgästen am Seil.",
    ]
    assert len(_findings(one_each, "de")) == 1


def test_only_a_figure_with_words_after_its_number_is_looked_up() -> None:
    """A bare "54" is found in any text; "54 Kabinen" says what it counts."""
    other = quantity("b", 62, "kabine")
    bare = quantity("a", 54, "kabine").model_copy(update={"quote": "54"})
    texts = {"a": "", "b": "in 54 kabinen; 54 mal"}
    assert not told_by_both(bare, other, texts)
    worded = bare.model_copy(update={"quote": "54 Kabinen"})
    assert told_by_both(worded, other, texts)
    assert not told_by_both(worded, other, {"b": "in 154 kabinen"})
    # nor inside a longer number written with a separator
    hundreds = bare.model_copy(update={"quote": "600 Kabinen"})
    assert told_by_both(hundreds, other, {"b": "in 600 kabinen"})
    assert not told_by_both(hundreds, other, {"b": "in 1.600 kabinen"})
    assert not told_by_both(hundreds, other, {"b": "in 1,600 kabinen"})


def test_an_open_earlier_figure_told_is_read_as_its_writer_means_it() -> None:
    """ "zum Vergleich: unter 300 Kilogramm" names another tank's figure: by logic it holds
    the first report's 60 kg, as a careful writer never means it; the two reports of the
    leak still disagree."""
    texts = [
        "Am Dienstag traten rund 60 Kilogramm Chlor aus.",
        "Am Dienstag traten rund 600 Kilogramm Chlor aus. Zum Vergleich: Neue Anlagen "
        "fassen unter 300 Kilogramm Chlor.",
    ]
    assert len(_findings(texts, "de")) == 1
