"""The report's three tables (workforce, calls for service, crime rates), ruled or not,
header cells wrapped over several lines, and in some reports broken over a page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from samples import typeset
from samples.figures import BASELINE, BASELINE_TO_PLANNED, PLANNED, ROLES, key
from samples.report import Report
from samples.style import CRIME_HEADER_WRAPS, HEADER_WRAPS

ROLE_LABELS = {
    "police_officers": "Police officers",
    "police_staff": "Police staff",
    "pcsos": "PCSOs",
    "total_workforce": "Total",
    "specials": "Specials",
}
CRIME_ROWS = (
    ("Crimes (excluding fraud)", "crimes_excluding_fraud_rate"),
    ("Victim-based crime", "victim_based_crime_rate"),
    ("Sexual offences", "sexual_offences_rate"),
    ("Burglary", "burglary_rate"),
    ("Violence against the person", "violence_against_the_person_rate"),
    ("ASB incidents", "asb_incidents_rate"),
)
CALL_ROWS = (
    ("Percentage of emergency calls on target", "emergency"),
    ("Percentage of priority calls on target", "priority"),
)


class SplitAcrossPages(Flowable):
    """A table that always breaks over a page: the rows that fit stay at the foot of this
    page (at least two rows go over), the rest continue on the next page, with the header
    repeated when the table has `repeatRows`."""

    def __init__(self, table: Table, rows_carried_over: int = 2) -> None:
        super().__init__()
        self.table, self.carried = table, rows_carried_over

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.table.wrap(available_width, available_height)
        return available_width, available_height + 1  # never fits: make the frame split it

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        kept_height = sum(self.table._rowHeights[: -self.carried])
        parts = self.table.split(available_width, min(available_height, kept_height))
        return [parts[0], PageBreak(), parts[1]] if len(parts) == 2 else []


def with_intro(intro: list[Flowable], table: Flowable) -> list[Flowable]:
    """The table and the sentences introducing it on one page, unless it is meant to break."""
    return (
        [*intro, table] if isinstance(table, SplitAcrossPages) else [KeepTogether([*intro, table])]
    )


def _cell(r: Report, text: str, style: str) -> Paragraph:
    return Paragraph(text, typeset.paragraph_style(r.style, style))


def _header(
    r: Report, wrapped: tuple[tuple[str, ...], ...], first_label: str = ""
) -> list[Paragraph]:
    itself = "Constabulary" if r.style.itself == "constabulary" else "Force"
    cells = [
        _cell(r, "<br/>".join(lines).replace("{Force}", itself), "number_head") for lines in wrapped
    ]
    return [_cell(r, first_label, "cell_head"), *cells]


def _table(r: Report, rows: list[list[Paragraph]], widths: list[float], *, split: bool) -> Flowable:
    commands = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
    ]
    if r.style.ruled_tables:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, typeset.GREY),
            ("BACKGROUND", (0, 0), (-1, 0), typeset.PALE),
        ]
    else:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 1, typeset.NAVY),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.lightgrey),
        ]
    repeat = 1 if (split and r.style.repeat_header_on_split) else 0
    table = Table(
        rows, colWidths=widths, repeatRows=repeat, hAlign="LEFT", style=TableStyle(commands)
    )
    return SplitAcrossPages(table) if split else table


def workforce_table(r: Report) -> Flowable:
    rows = [_header(r, HEADER_WRAPS[r.style.header_wrap])]
    plus = r.style.plus_in_tables
    for role in ROLES:
        change = key("workforce", f"{role}_change", "force", BASELINE_TO_PLANNED)
        change_pct = key("workforce", f"{role}_change_pct", "force", BASELINE_TO_PLANNED)
        national_pct = key("workforce", f"{role}_change_pct", "england_wales", BASELINE_TO_PLANNED)
        label = ROLE_LABELS[role].replace("PCSOs", r.style.support_officers)
        rows.append(
            [
                _cell(r, label, "cell"),
                _cell(r, r.count(key("workforce", role, "force", BASELINE), mark=True), "number"),
                _cell(r, r.count(key("workforce", role, "force", PLANNED), mark=True), "number"),
                _cell(r, r.signed(change, mark=True, plus=plus), "number"),
                _cell(r, r.signed(change_pct, mark=True, plus=plus, suffix="%"), "number"),
                _cell(r, r.signed(national_pct, mark=True, plus=plus, suffix="%"), "number"),
            ]
        )
    return _table(r, rows, [62, 72, 64, 58, 80, 84], split=r.style.split_table == "workforce")


def calls_table(r: Report) -> Flowable:
    rows = [
        [
            _cell(r, "Calls for service", "cell_head"),
            _cell(r, "2010/11", "number_head"),
            _cell(r, "2013/14", "number_head"),
        ]
    ]
    for label, call in CALL_ROWS:
        rows.append(
            [_cell(r, label, "cell")]
            + [
                _cell(
                    r,
                    r.plain(
                        key("calls", f"{call}_calls_on_target_pct", "force", period), mark=True
                    ),
                    "number",
                )
                for period in ("2010-11", "2013-14")
            ]
        )
    return _table(r, rows, [230, 70, 70], split=False)


def crime_table(r: Report) -> Flowable:
    rows = [
        _header(
            r,
            CRIME_HEADER_WRAPS[r.style.crime_header_wrap][1:],
            "<br/>".join(CRIME_HEADER_WRAPS[r.style.crime_header_wrap][0]),
        )
    ]
    for label, measure in CRIME_ROWS:
        rows.append(
            [_cell(r, label, "cell")]
            + [
                _cell(r, r.plain(key("crime", measure, subject, "2013-14"), mark=True), "number")
                for subject in ("force", "england_wales")
            ]
        )
    return _table(r, rows, [180, 120, 140], split=r.style.split_table == "crime")
