"""Who says so: sources, chains of sources, and the modality of a statement."""

from __future__ import annotations

from enum import StrEnum

from factcheck.models._base import Frozen
from factcheck.models.article import Span


class SourceKind(StrEnum):
    """What sort of source."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    """A government, ministry or state body ("Verteidigungsministerium in Seoul")."""
    OUTLET = "outlet"
    """A newspaper, broadcaster or site ("Guardian", "Bloomberg News")."""
    AGENCY = "agency"
    """A news agency ("Yonhap", "AFP", "Interfax")."""
    DOCUMENT = "document"
    """A report, findings, a study ("US-Erkenntnisse")."""
    UNKNOWN = "unknown"


class Modality(StrEnum):
    """How the text holds the claim to be true."""

    ASSERTED = "asserted"
    """Stated by the article itself."""
    REPORTED = "reported"
    """Stated by a named source, reported by the article."""
    PLANNED = "planned"
    """Intended or scheduled ("will", "wollte", "plant", "soll ... stattfinden")."""
    ALLEGED = "alleged"
    """Alleged, unconfirmed ("soll", "mutmaßlich", "angeblich", "reportedly")."""
    DENIED = "denied"
    """Denied by a party ("bestreiten", "dementierte", "denied")."""
    ESTIMATED = "estimated"
    """An estimate ("schätzt", "estimated")."""
    HYPOTHETICAL = "hypothetical"
    """A possibility or condition ("könnten", "could", "if")."""


class Source(Frozen):
    """One link of an attribution chain."""

    name: str
    """The source as written ("Boris Pistorius", "Verteidigungsministerium in Seoul")."""
    key: str
    """Normalised key for comparing sources across articles and spellings."""
    kind: SourceKind = SourceKind.UNKNOWN
    """Person, organisation, government, outlet, agency, document."""
    role: str | None = None
    """Role or title as written ("Verteidigungsminister", "Sprecher")."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code the source belongs to, when known."""
    span: Span | None = None
    """Where the source is named in the article."""


class Attribution(Frozen):
    """Who says so, as a chain from the publishing outlet down to the primary source.

    "The outlet reports, citing Bloomberg, that minister Shin said..." is
    ``chain = [outlet, Bloomberg News, Shin]``; :attr:`primary` is Shin.
    """

    chain: tuple[Source, ...] = ()
    """Sources, outermost (the outlet) first, primary source last."""
    phrase: str | None = None
    """The reporting phrase as written ("laut", "sagte", "according to")."""
    span: Span | None = None
    """Where the reporting phrase stands in the article."""
    carried: bool = False
    """True when the attribution was carried over from an earlier sentence ("Demnach")."""

    @property
    def primary(self) -> Source | None:
        """The original source of the statement, if any."""
        return self.chain[-1] if self.chain else None

    def describe(self) -> str:
        """``Boris Pistorius (Verteidigungsminister) via Bloomberg News``."""
        if not self.chain:
            return "the article"
        parts = []
        for s in reversed(self.chain):
            parts.append(f"{s.name} ({s.role})" if s.role and s.role not in s.name else s.name)
        return " via ".join(parts)
