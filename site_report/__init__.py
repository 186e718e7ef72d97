"""site_report (being built)."""
