"""Where each figure lands. A figure is marked once, at the place the data dictionary says
it is read from; reportlab calls back when the mark is drawn, so the truth file records
the page the figure really ended up on after text flow and page breaks."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas

CALLBACK = "vfm_figure"


class FigureMarks:
    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.pages: dict[str, int] = {}

    def markup(self, figure_key: str, text: str) -> str:
        """Paragraph markup printing `text`, marked as the figure `figure_key`."""
        self._remember(figure_key, text)
        return f'{escape(text)}<onDraw name="{CALLBACK}" label="{figure_key}"/>'

    def drawn(self, canvas: Canvas, figure_key: str, text: str) -> None:
        """For figures drawn straight onto the canvas rather than through a Paragraph."""
        self._remember(figure_key, text)
        self.pages[figure_key] = canvas.getPageNumber()

    def install(self, canvas: Canvas) -> None:
        canvas.setNamedCB(CALLBACK, self._on_draw)

    def _on_draw(self, canvas: Canvas, kind: str, label: str) -> None:
        self.pages[label] = canvas.getPageNumber()

    def _remember(self, figure_key: str, text: str) -> None:
        if figure_key in self.texts:
            raise ValueError(f"figure {figure_key} is marked twice")
        self.texts[figure_key] = text
