"""flows (being built)."""
