"""samples (being built)."""
