"""The records an extraction produces. Plain data: the warehouse receives them as the
dicts of `Extraction.to_dict()` (the `vfm extract --format json` contract) and never
imports this module."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, top-left origin


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    pages: int


@dataclass(frozen=True)
class ReportInfo:
    force: str
    force_id: str
    year: int
    edition: str
    title: str


@dataclass(frozen=True)
class Figure:
    dataset: str
    measure: str
    subject: str
    period: str
    unit: str
    value: float | str  # a number, or a grade's text
    page: int  # 1-based
    bbox: BBox

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.dataset, self.measure, self.subject, self.period)


@dataclass(frozen=True)
class ExtractionWarning:
    code: str  # e.g. "arithmetic", "headline_mismatch", "unsure_value"
    message: str
    keys: tuple[str, ...] = ()  # "dataset/measure/subject/period" of the figures involved
    page: int | None = None


@dataclass
class Extraction:
    source: Source
    report: ReportInfo
    extractor_version: str
    records: list[Figure] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "source": asdict(self.source),
            "report": asdict(self.report),
            "extractor_version": self.extractor_version,
            "records": [{**asdict(r), "bbox": list(r.bbox)} for r in self.records],
            "warnings": [{**asdict(w), "keys": list(w.keys)} for w in self.warnings],
        }


def figure_key(dataset: str, measure: str, subject: str, period: str) -> str:
    return f"{dataset}/{measure}/{subject}/{period}"
