"""How each report is typeset: the small differences between real reports (fonts, minus
signs, "percent" or "%", ruled tables, tables broken over pages, how the force names itself)
chosen per force, deterministically, so an extractor cannot rely on one presentation."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import reference
from samples.figures import REAL_FORCE_ID, picked

# Bitstream Vera ships with reportlab and, unlike the standard 14 fonts, has a real minus
# sign and bullet that text extraction reads back as themselves.
SANS, SANS_BOLD = "Vera", "Vera-Bold"

# Workforce-table header cells, each a list of lines: the wraps real reports show.
HEADER_WRAPS = (
    (
        ("31 March", "2010", "(baseline)"),
        ("31 March", "2015"),
        ("Change",),
        ("{Force}", "change %"),
        ("Change for", "England", "and Wales", "%"),
    ),
    (
        ("31 March 2010", "(baseline)"),
        ("31 March", "2015"),
        ("Change",),
        ("{Force} change", "%"),
        ("Change for England", "and Wales %"),
    ),
    (
        ("31 March", "2010 (baseline)"),
        ("31 March 2015",),
        ("Change",),
        ("{Force}", "change", "%"),
        ("Change for", "England and", "Wales %"),
    ),
)
CRIME_HEADER_WRAPS = (
    (
        ("12 months to March 2014",),
        ("Rate per 1,000 population",),
        ("England and Wales rate", "per 1,000 population"),
    ),
    (
        ("12 months to", "March 2014"),
        ("Rate per 1,000", "population"),
        ("England and Wales", "rate per 1,000", "population"),
    ),
)


@dataclass(frozen=True)
class HouseStyle:
    name: str  # "Leicestershire Police"
    short: str  # caption under the force's figures: "Leicestershire"
    itself: str  # how the report refers to the force: force | constabulary | MPS
    support_officers: str  # PCSOs, or CSOs in Welsh reports
    body_font: str
    bold_font: str
    minus: str  # "-", en dash or U+2212
    plus_on_numbers_page: bool
    plus_in_tables: bool
    percent: str  # " percent", " per cent" or "%"
    ruled_tables: bool
    split_table: str | None  # which table breaks over a page: workforce | crime | None
    repeat_header_on_split: bool
    header_wrap: int
    crime_header_wrap: int
    grade_draw_order: tuple[int, int, int]
    national_drawn_first: tuple[bool, ...]  # per figure pair on the numbers page
    national_box_drop: float  # points the England and Wales box sits below the force's
    footnote_markers: bool
    crime_period_typo: bool  # "Between 2010/12 and 2013/14", as in the real report
    drop_m_2015_16: bool  # "the required £7.9 savings", as in the real report
    synthetic: bool
    name_takes_article: bool = False

    def signed(self, value: float, decimals: int = 0, *, plus: bool, suffix: str = "") -> str:
        number = f"{abs(value):,.{decimals}f}"
        if value < 0:
            return f"{self.minus}{number}{suffix}"
        return f"{'+' if plus and value > 0 else ''}{number}{suffix}"

    def pct_words(self, value: float, decimals: int = 0) -> tuple[str, str]:
        """(number as printed, unit as printed after it) for a percentage in a sentence."""
        number = f"{abs(value):.{decimals}f}"
        if self.percent == "%":
            return f"{number}%", ""
        return number, self.percent

    def the(self, capital: bool = False) -> str:
        words = "the MPS" if self.itself == "MPS" else f"the {self.itself}"
        return words[0].upper() + words[1:] if capital else words

    def reword(self, text: str) -> str:
        """Seed wording made this report's own: how it names itself, CSOs in Wales,
        its way of writing 'percent'."""
        if self.name_takes_article:  # "The Metropolitan Police Service has ..."
            name = re.escape(self.name)
            text = re.sub(rf"(?<!the )(?<!The ){name}", f"the {self.name}", text)
            text = re.sub(rf"(^|[.?!]\s+)the ({name})", r"\1The \2", text)
        if self.itself != "force":
            text = re.sub(r"\b([Tt])he force\b", lambda m: self.the(m.group(1) == "T"), text)
        if self.support_officers != "PCSOs":
            text = text.replace(
                "police community support officers (PCSOs)", "community support officers (CSOs)"
            )
            text = re.sub(r"\bPCSO", "CSO", text)
        if self.percent != " percent":
            text = re.sub(r"(?<=\d) percent\b", self.percent, text)
        return text


def style_for(force: reference.Force) -> HouseStyle:
    if force.force_id == REAL_FORCE_ID:
        return _real_style(force)
    rng = random.Random(f"vfm-style/{force.force_id}")
    split = (
        "workforce"
        if force.force_id in picked("split-workforce", 6)
        else "crime"
        if force.force_id in picked("split-crime", 5)
        else None
    )
    serif = rng.random() < 0.35
    return HouseStyle(
        name=force.name,
        short="MPS" if force.force_id == "metropolitan" else force.short_name,
        itself=_itself(force),
        support_officers="CSOs" if force.is_welsh else "PCSOs",
        body_font="Times-Roman" if serif else SANS,
        bold_font=rng.choice(("Times-Bold", SANS_BOLD))
        if serif
        else rng.choice((SANS_BOLD, "Helvetica-Bold")),
        minus=rng.choice(("-", "-", "\u2013", "\u2212")),
        plus_on_numbers_page=rng.random() < 0.75,
        plus_in_tables=rng.random() < 0.3,
        percent=rng.choice((" percent", " percent", " per cent", "%")),
        ruled_tables=rng.random() < 0.5,
        split_table=split,
        repeat_header_on_split=rng.random() < 0.5,
        header_wrap=rng.randrange(len(HEADER_WRAPS)),
        crime_header_wrap=rng.randrange(len(CRIME_HEADER_WRAPS)),
        grade_draw_order=tuple(rng.sample(range(3), 3)),
        national_drawn_first=tuple(rng.random() < 0.4 for _ in range(8)),
        national_box_drop=rng.choice((0.0, 0.0, 7.0, 14.0)),
        footnote_markers=rng.random() < 0.3,
        crime_period_typo=force.force_id in picked("crime-period-typo", 7),
        drop_m_2015_16=force.force_id in picked("drop-m", 6),
        synthetic=True,
        name_takes_article=force.name.endswith("Service"),
    )


def _itself(force: reference.Force) -> str:
    if force.force_id == "metropolitan":
        return "MPS"
    return "constabulary" if force.says_constabulary else "force"


def _real_style(force: reference.Force) -> HouseStyle:
    """Leicestershire as its real report is set."""
    return HouseStyle(
        name=force.name,
        short=force.short_name,
        itself="force",
        support_officers="PCSOs",
        body_font=SANS,
        bold_font=SANS_BOLD,
        minus="-",
        plus_on_numbers_page=True,
        plus_in_tables=False,
        percent=" percent",
        ruled_tables=False,
        split_table=None,
        repeat_header_on_split=False,
        header_wrap=0,
        crime_header_wrap=0,
        grade_draw_order=(0, 2, 1),
        # the seed prints "£168.1£153.0" and "85.2%85.8%": England and Wales drawn first
        national_drawn_first=(False, False, False, False, False, True, False, True),
        national_box_drop=0.0,
        footnote_markers=False,
        crime_period_typo=True,
        drop_m_2015_16=True,
        synthetic=False,
    )
