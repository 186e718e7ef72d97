"""The sample corpus: 2014 value-for-money report PDFs for the 43 forces, typeset with
reportlab after the real Leicestershire report, with a truth file of every printed figure."""

from samples.corpus import write_corpus
from samples.figures import figures_for

__all__ = ["figures_for", "write_corpus"]
