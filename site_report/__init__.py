"""A static comparison site built from the warehouse's marts: an index ranking every force on
the key measures, with judgments and data quality, and one profile page per force. Works
offline from disk: charts are inline SVG drawn at build time, no script, no external URL."""

from site_report.build import SiteBuild, build_site
from site_report.errors import NothingToReport, SiteError

__all__ = ["NothingToReport", "SiteBuild", "SiteError", "build_site"]
