"""The report as display data, shared by every renderer.

Renderers do not walk the :class:`~factcheck.models.Report` themselves: they ask this
module for the discrepancies in display order, each with its claims resolved to their
articles, an excerpt of the article around each claim (the claim's sentence, or a window
of :data:`CONTEXT_CHARS` characters either side), and short human strings for the value,
the source and the publication date. Everything here is plain text; each renderer escapes
it for its own output format.

A report whose parts do not fit together (a discrepancy naming a claim that is not in the
report, a claim whose span lies outside its article) still renders: the missing piece is
shown as missing rather than raising.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from types import ModuleType
from urllib.parse import urlsplit

from factcheck.models.article import Article, Span
from factcheck.models.claim import Claim
from factcheck.models.finding import Discrepancy, Severity
from factcheck.models.hedge import Qualifier
from factcheck.models.quantity import Quantity, UnitKind
from factcheck.models.report import Figure, FigureClaim, Report
from factcheck.models.time import TimeRef
from factcheck.models.values import Entity, Place

CONTEXT_CHARS = 150
"""Characters of context either side of a claim when its sentence is not known."""
MAX_SENTENCE_CHARS = 600
"""A sentence longer than this is cut down to a window around the claim."""

SEVERITIES_GRAVEST_FIRST: tuple[Severity, ...] = tuple(
    sorted(Severity, key=lambda s: s.rank, reverse=True)
)
"""``critical, major, minor, info``."""

_WS = re.compile(r"\s+")


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or fail with an ImportError naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        from factcheck.errors import MissingExtraError

        raise MissingExtraError("this renderer", extra, module) from exc


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space, and strip."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A piece of article text around a claim: ``before + quote + after``."""

    before: str
    """Text before the quote (whitespace collapsed)."""
    quote: str
    """The claim's own text."""
    after: str
    """Text after the quote (whitespace collapsed)."""
    cut_before: bool
    """True when the excerpt starts inside the article (show an ellipsis)."""
    cut_after: bool
    """True when the excerpt ends inside the article (show an ellipsis)."""

    def plain(self, mark_open: str = "", mark_close: str = "") -> str:
        """The excerpt as one line, the quote wrapped in the given marks."""
        head = "… " if self.cut_before else ""
        tail = " …" if self.cut_after else ""
        return f"{head}{self.before}{mark_open}{self.quote}{mark_close}{self.after}{tail}"

    def parts(self) -> list[tuple[str, bool]]:
        """``(text, is_quote)`` pieces in order, ellipses included, for markup formats."""
        head = ("… " if self.cut_before else "") + self.before
        tail = self.after + (" …" if self.cut_after else "")
        out = [(head, False), (self.quote, True), (tail, False)]
        return [(t, m) for t, m in out if t]


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim with everything a renderer shows about it."""

    id: str
    """The claim's id."""
    claim: Claim | None
    """The claim, or None when the report does not hold it."""
    article: Article | None
    """The claim's article, or None when the report does not hold it."""
    article_id: str
    """The article's id (from the claim when the article itself is missing)."""
    quote: str
    """The claim's text, whitespace collapsed."""
    excerpt: Excerpt
    """The claim in its context."""
    value: str
    """The value in short human form (``about 4,300 Container``)."""
    applies: str
    """When and where the claim applies (``since 2023-09``), or empty."""
    source: str
    """Who says so (:meth:`Attribution.describe`)."""
    published: str
    """The article's publication date (``2024-06``) or ``unknown``."""
    modality: str
    """How the text holds the claim (``asserted``, ``reported``...)."""
    title: str
    """The article's title, or empty."""
    outlet: str
    """The article's source (the outlet), or empty."""


@dataclass(frozen=True, slots=True)
class DiscrepancyView:
    """A discrepancy with its claims resolved."""

    number: int
    """1-based position in display order."""
    discrepancy: Discrepancy
    """The finding itself."""
    claims: tuple[ClaimView, ...]
    """Its claims, in the finding's order."""

    @property
    def severity(self) -> Severity:
        """The finding's severity."""
        return self.discrepancy.severity


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One claim of a figure, for tables and charts."""

    point: FigureClaim
    """Where the claim stands on the figure's timeline."""
    claim: ClaimView
    """The claim itself."""
    as_of: str
    """``2023-02-08``, ``2023-02-01..2023-02-28`` or ``undated``."""
    source: str
    """Who the figure is from: the article's outlet, else the article id."""
    colour: int
    """The source's colour index, the same in every figure of the report."""


@dataclass(frozen=True, slots=True)
class FigureView:
    """A figure with its claims resolved."""

    number: int
    """1-based position in display order."""
    figure: Figure
    """The figure itself."""
    rows: tuple[FigureRow, ...]
    """Its claims in as-of order, undated last."""
    sources: tuple[tuple[str, int], ...]
    """The figure's sources with their colour indexes, first seen first."""
    findings: tuple[int, ...]
    """Display numbers of the findings among its claims."""

    @property
    def articles(self) -> int:
        """How many articles state the figure."""
        return len({r.point.article for r in self.rows})


def as_of_text(p: FigureClaim) -> str:
    """``2023-02-08``, ``2023-02-01..2023-02-28`` or ``undated``."""
    if p.as_of_start is None:
        return "undated"
    end = p.as_of_end or p.as_of_start
    if end == p.as_of_start:
        return p.as_of_start.isoformat()
    return f"{p.as_of_start.isoformat()}..{end.isoformat()}"


class ReportView:
    """Lookups and display data over one report."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._claims = {c.id: c for c in report.claims}
        self._articles = {a.id: a for a in report.articles}
        self._order = {a.id: i for i, a in enumerate(report.articles)}
        self._by_article: dict[str, list[str]] = {}
        for c in report.claims:
            self._by_article.setdefault(c.article, []).append(c.id)

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        return self._articles.get(article_id)

    def discrepancies(self) -> list[DiscrepancyView]:
        """Discrepancies gravest first (stable: equal severities keep report order)."""
        ordered = sorted(self.report.discrepancies, key=lambda d: -d.severity.rank)
        return [
            DiscrepancyView(i, d, tuple(self.claim_view(cid) for cid in self._in_text_order(d)))
            for i, d in enumerate(ordered, 1)
        ]

    def figures(self) -> list[FigureView]:
        """The report's figures, each with its rows, sources and findings. A source
        keeps one colour index across all figures (first seen, first)."""
        numbers = {d.discrepancy.id: d.number for d in self.discrepancies()}
        colours: dict[str, int] = {}
        out: list[FigureView] = []
        for i, f in enumerate(self.report.figures, 1):
            sources: list[str] = []
            rows: list[FigureRow] = []
            for p in f.claims:
                view = self.claim_view(p.claim)
                source = view.outlet or p.article
                if source not in sources:
                    sources.append(source)
                colour = colours.setdefault(source, len(colours))
                rows.append(FigureRow(p, view, as_of_text(p), source, colour))
            found = tuple(sorted(numbers[d] for d in f.discrepancies if d in numbers))
            legend = tuple((name, colours[name]) for name in sources)
            out.append(FigureView(i, f, tuple(rows), legend, found))
        return out

    def _in_text_order(self, d: Discrepancy) -> list[str]:
        """A finding's claim ids by article (input order), then position in the text."""
        order = self._order

        def key(cid: str) -> tuple[int, int, str]:
            c = self._claims.get(cid)
            if c is None:
                return (len(order) + 1, 0, cid)
            return (order.get(c.article, len(order)), c.span.start, cid)

        return sorted(d.claims, key=key)

    def claims_of(self, article_id: str) -> list[ClaimView]:
        """The claims read from one article, in report order."""
        return [self.claim_view(cid) for cid in self._by_article.get(article_id, ())]

    def claim_view(self, claim_id: str) -> ClaimView:
        """Display data for one claim (a placeholder when the claim is missing)."""
        claim = self._claims.get(claim_id)
        if claim is None:
            return ClaimView(
                id=claim_id,
                claim=None,
                article=None,
                article_id="",
                quote=f"(claim {claim_id} is not in the report)",
                excerpt=Excerpt("", f"(claim {claim_id} is not in the report)", "", False, False),
                value="",
                applies="",
                source="",
                published="unknown",
                modality="",
                title="",
                outlet="",
            )
        article = self._articles.get(claim.article)
        ex = excerpt(article, claim)
        return ClaimView(
            id=claim.id,
            claim=claim,
            article=article,
            article_id=claim.article,
            quote=ex.quote,
            excerpt=ex,
            value=describe_value(claim, article.language if article is not None else None),
            applies=describe_applies(claim),
            source=claim.attribution.describe(),
            published=str(article.published) if article is not None else "unknown",
            modality=claim.modality.value,
            title=one_line(article.title or "") if article is not None else "",
            outlet=one_line(article.source or "") if article is not None else "",
        )


def _valid(span: Span | None, text: str) -> bool:
    return span is not None and span.end <= len(text)


def excerpt(article: Article | None, claim: Claim, context: int = CONTEXT_CHARS) -> Excerpt:
    """The claim in its context: its sentence when known and not too long, else up to
    ``context`` characters either side, cut at a space, never reaching into the
    metadata header before :attr:`Article.body_start` unless the claim itself is there."""
    if article is None or not _valid(claim.span, article.text):
        return Excerpt("", one_line(claim.quote) or "?", "", False, False)
    text = article.text
    start, end = claim.span.start, claim.span.end
    sent = claim.sentence
    if (
        sent is not None
        and _valid(sent, text)
        and sent.contains(claim.span)
        and len(sent) <= MAX_SENTENCE_CHARS
    ):
        lo, hi = sent.start, sent.end
        cut_lo = cut_hi = False  # a whole sentence needs no ellipsis
    else:
        floor = article.body_start if article.body_start <= start else 0
        lo = max(floor, start - context)
        hi = min(len(text), end + context)
        if lo > floor:
            space = text.find(" ", lo, start)
            lo = space + 1 if space != -1 else lo
        if hi < len(text):
            space = text.rfind(" ", end, hi)
            hi = space if space != -1 else hi
        cut_lo, cut_hi = lo > 0, hi < len(text)
    before = text[lo:start]
    after = text[end:hi]
    # Keep one space where the source had whitespace next to the quote.
    b = one_line(before)
    a = one_line(after)
    if b and before[-1:].isspace():
        b += " "
    if a and after[:1].isspace():
        a = " " + a
    return Excerpt(b, one_line(text[start:end]), a, cut_lo and bool(b), cut_hi and bool(a))


def describe_quantity(q: Quantity, lang: str | None = "en") -> str:
    """A quantity in a short human form, its numbers written the way ``lang`` writes
    them: ``about 4.200 Fass`` (de), ``more than 12,000 barrel`` (en),
    ``$25 million``, ``20-30 Soldat``."""
    from factcheck.humanize import amount, number
    from factcheck.reconcile.explain import _HEDGE_WORDS

    currency = q.unit if q.unit_kind is UnitKind.CURRENCY and q.unit else None

    def n(x: float | None) -> str:
        return amount(x, currency, lang) if currency else number(x, lang)

    unit = f" {q.unit}" if q.unit and currency is None else ""
    if q.qualifier is Qualifier.RANGE:
        return f"{n(q.low)}-{n(q.high)}{unit}"
    if q.nominal is None:
        words = q.qualifier.value.replace("_", " ")
        if q.scale != 1:
            words += f" x {number(q.scale, lang)}"
        return f"{words}{unit}"
    return f"{_HEDGE_WORDS.get(q.qualifier, '')}{n(q.nominal)}{unit}"


def describe_value(claim: Claim, lang: str | None = "en") -> str:
    """The claim's value in a short human form, numbers as ``lang`` writes them (the
    article's language: the value stands next to the article's own words)."""
    value = claim.value
    if isinstance(value, Quantity):
        text = describe_quantity(value, lang)
    elif isinstance(value, TimeRef):
        text = value.describe()
    elif isinstance(value, Place | Entity):
        text = value.name
    else:
        text = ""
    if claim.event:
        text = f"{claim.event}: {text}" if text else claim.event
    return one_line(text)


def describe_applies(claim: Claim) -> str:
    """When and where the claim applies (``time: 2023-09; place: Chabarowsk``), or empty."""
    parts = []
    if claim.time is not None:
        parts.append(f"time: {claim.time.describe()}")
    if claim.location is not None:
        parts.append(f"place: {claim.location.name}")
    return one_line("; ".join(parts))


def severity_counts(report: Report) -> list[tuple[Severity, int]]:
    """``(severity, count)`` gravest first, every severity present."""
    counts = {s: 0 for s in Severity}
    for d in report.discrepancies:
        counts[d.severity] += 1
    return [(s, counts[s]) for s in SEVERITIES_GRAVEST_FIRST]


def error_where(path: str, line: int | None) -> str:
    """``path`` or ``path:line``."""
    return f"{path}:{line}" if line is not None else path


def safe_href(url: str | None) -> str | None:
    """``url`` when it may be a link target (an absolute ``http``/``https`` URL with a
    host and no whitespace or control characters), else None."""
    if not url:
        return None
    url = url.strip()
    if any(ord(ch) <= 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
