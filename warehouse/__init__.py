"""warehouse (being built)."""
