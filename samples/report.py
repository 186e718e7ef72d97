"""One report being typeset: the force, its figures, its house style, and the helpers that
turn a figure into the string the report prints (marking it where the dictionary reads it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Spacer

import reference
from samples import typeset
from samples.figures import Figures, figures, national_key
from samples.marks import FigureMarks
from samples.style import HouseStyle, style_for
from samples.wording import QUESTIONS, grade_key


@dataclass
class Report:
    force: reference.Force
    style: HouseStyle
    figures: Figures
    marks: FigureMarks = field(default_factory=FigureMarks)

    @classmethod
    def of(cls, force_id: str) -> Report:
        force = reference.force_by_id()[force_id]
        return cls(force=force, style=style_for(force), figures=figures(force_id))

    @property
    def name(self) -> str:
        return self.style.name

    @property
    def short(self) -> str:
        return self.style.short

    def national(self, figure_key: str) -> float:
        """The England and Wales counterpart of a force figure."""
        return self.value(national_key(figure_key))

    def local(self, real: str, synthetic: str) -> str:
        """Leicestershire's own words where they name its places; plain words elsewhere."""
        return synthetic if self.style.synthetic else real

    def has(self, figure_key: str) -> bool:
        return figure_key in self.figures

    def value(self, figure_key: str) -> float:
        return self.figures[figure_key]

    def _printed(self, figure_key: str, text: str, mark: bool) -> str:
        return self.marks.markup(figure_key, text) if mark else text

    def money(self, figure_key: str, *, mark: bool = False, millions: bool = True) -> str:
        """£36.1m (or £105.0 for amounts per head)."""
        text = f"£{self.value(figure_key):,.1f}{'m' if millions else ''}"
        return self._printed(figure_key, text, mark)

    def count(self, figure_key: str, *, mark: bool = False) -> str:
        """2,317: a size without its sign (sentences say 'a planned reduction of 335')."""
        return self._printed(figure_key, f"{abs(self.value(figure_key)):,.0f}", mark)

    def pct(self, figure_key: str, *, mark: bool = False, decimals: int = 0) -> str:
        """A percentage in a sentence: '13 percent', '13 per cent' or '13%', unsigned."""
        number, unit = self.style.pct_words(self.value(figure_key), decimals)
        return self._printed(figure_key, number, mark) + unit

    def plain(self, figure_key: str, *, mark: bool = False, decimals: int = 1) -> str:
        """A bare number: '3.9' percentage points, '15' minutes, '85.8' percent."""
        text = f"{abs(self.value(figure_key)):.{decimals}f}"
        return self._printed(figure_key, text, mark)

    def signed(
        self,
        figure_key: str,
        *,
        mark: bool = False,
        decimals: int = 0,
        suffix: str = "",
        plus: bool = True,
    ) -> str:
        text = self.style.signed(self.value(figure_key), decimals, plus=plus, suffix=suffix)
        return self._printed(figure_key, text, mark)

    def footnote_marker(self, number: int) -> str:
        """A raised footnote number after a figure, in the reports that use them."""
        return f"<super>{number}</super>" if self.style.footnote_markers else ""

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(self.style.reword(text), typeset.paragraph_style(self.style, style))

    def paras(self, *texts: str, style: str = "body") -> list[Paragraph]:
        return [self.para(t, style) for t in texts]

    def passage(self, heading: str, *texts: str) -> list[Paragraph]:
        """A subheading and the paragraphs under it."""
        return [self.para(heading, "subheading"), *self.paras(*texts)]

    def section_opening(self, question: str, intro: str) -> list[Flowable]:
        """Sections 2 and 3 open with their grade above the question, as in the real report."""
        return [
            typeset.GradeBadge(self.value(grade_key(question))),
            Spacer(1, 6),
            self.para(QUESTIONS[question], "heading"),
            self.para(intro),
        ]

    def bullets(self, *texts: str) -> list[Paragraph]:
        return [self.para(t, "bullet") for t in texts]
