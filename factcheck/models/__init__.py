"""The frozen data models: articles, claims, values, attribution, findings, reports."""

from factcheck.models.article import Article, DatePrecision, PublishedDate, Span
from factcheck.models.attribution import Attribution, Modality, Source, SourceKind
from factcheck.models.claim import Claim, Measure, SlotValue, claim_id, is_place_key
from factcheck.models.finding import (
    Discrepancy,
    DiscrepancyKind,
    Reason,
    ReasonCode,
    Severity,
    discrepancy_id,
)
from factcheck.models.hedge import Interval, Qualifier, interval_for
from factcheck.models.quantity import Direction, Quantity, UnitKind
from factcheck.models.report import (
    Figure,
    FigureClaim,
    InputProblem,
    Report,
    Settings,
    Summary,
)
from factcheck.models.time import PartOfDay, TimeKind, TimeRef
from factcheck.models.values import Entity, EntityKind, Place, PlaceKind

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "DatePrecision",
    "Direction",
    "Discrepancy",
    "DiscrepancyKind",
    "Entity",
    "EntityKind",
    "Figure",
    "FigureClaim",
    "InputProblem",
    "Interval",
    "Measure",
    "Modality",
    "PartOfDay",
    "Place",
    "PlaceKind",
    "PublishedDate",
    "Qualifier",
    "Quantity",
    "Reason",
    "ReasonCode",
    "Report",
    "Settings",
    "Severity",
    "SlotValue",
    "Source",
    "SourceKind",
    "Span",
    "Summary",
    "TimeKind",
    "TimeRef",
    "UnitKind",
    "claim_id",
    "discrepancy_id",
    "interval_for",
    "is_place_key",
]
