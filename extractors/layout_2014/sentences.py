"""Figures the 2014 reports state in template sentences ("needs to save £36.1m over the four
years of the spending review"). Each template is a regular expression over the report's text
as one line, tolerant of the ways reports differ: how the force names itself, 'percent',
'per cent' or '%', hyphenation, and the comparison words chosen for England and Wales."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.layout_2014.reading import ITSELF, Doubt, Key, Reading, units
from extractors.normalise import AMOUNT_IN_SENTENCE, NotANumber, value_in_unit
from extractors.pages import PageText

PCT = r"\s?(?:%|per ?cent)"
SR = "2011-12..2014-15"  # the spending review
BASELINE, PLANNED = "2010-03-31", "2015-03-31"
CRIME_CHANGE = "2010-11..2013-14"
CALLS = "2010-11..2013-14"
# Words a report uses for a change, and whether they mean a fall.
FALLS = frozenset(
    {"reduce", "reduced", "reduction", "decrease", "decreased", "fall", "fell", "lower", "down"}
)
CHANGE_WORDS = r"reduce|reduced|reduction|decrease|decreased|fall|fell|increase|increased|rise|rose"
COMPARISON = r"[\w\s,]{0,60}?"  # "broadly in line with", "higher than", "above", ...
CHANGE = r"\w+(?: \w+)?"  # "reduce", "increase", "stay level"


@dataclass(frozen=True)
class Template:
    """A sentence of the report's template; `{name}` stands for a number whose figure is
    `figures[name]`; a group `name_dir` holds the word saying whether `name` is a fall."""

    pattern: re.Pattern[str]
    figures: dict[str, Key]


def template(text: str, **figures: Key) -> Template:
    regex = text.replace(" ", r"\s?")
    for name in figures:
        regex = regex.replace(f"{{{name}}}", f"(?P<{name}>{AMOUNT_IN_SENTENCE})")
        regex = regex.replace(f"{{{name}_dir}}", f"(?P<{name}_dir>{CHANGE_WORDS}|higher|lower)")
    return Template(re.compile(regex, re.IGNORECASE), figures)


def compared(text: str, dataset: str, measure: str, period: str) -> Template:
    """A sentence giving a figure for the force, `{force}`, and for England and Wales,
    `{national}`."""
    return template(
        text, force=force(dataset, measure, period), national=national(dataset, measure, period)
    )


def frontline_shares(opening: str, measure: str) -> Template:
    """'... is projected to reduce from 76 percent to 75 percent. This compares with an
    overall increase across England and Wales from 74 percent to 78 percent'."""
    return template(
        rf"{opening} {CHANGE} from {{a}}{PCT} to {{b}}{PCT}\. This compares with an overall"
        rf" {CHANGE} across England and Wales from {{c}}{PCT} to {{d}}{PCT}",
        a=force("frontline", measure, BASELINE),
        b=force("frontline", measure, PLANNED),
        c=national("frontline", measure, BASELINE),
        d=national("frontline", measure, PLANNED),
    )


def force(dataset: str, measure: str, period: str) -> Key:
    return (dataset, measure, "force", period)


def national(dataset: str, measure: str, period: str) -> Key:
    return (dataset, measure, "england_wales", period)


TEMPLATES = (
    # section 1: the financial challenge
    template(
        r"needs to save {a} over the four years of the spending review",
        a=force("finance", "savings_requirement", SR),
    ),
    compared(
        rf"savings requirement of {{force}}{PCT} is{COMPARISON} the {{national}}{PCT} for"
        rf" England and Wales",
        "finance",
        "savings_requirement_pct_of_budget",
        SR,
    ),
    template(
        r"achieved the savings required for 2013/14 \({a}\)",
        a=force("finance", "savings_achieved", "2013-14"),
    ),
    template(r"{a} savings needed in 2014/15", a=force("finance", "savings_required", "2014-15")),
    template(r"required {a} savings in 2015/16", a=force("finance", "savings_required", "2015-16")),
    template(
        r"in 2016/17[^.]{0,80}?, forecasting a requirement of {a}",
        a=force("finance", "savings_required", "2016-17"),
    ),
    # section 2: affordable policing
    compared(
        rf"expects to spend {{force}}{PCT} of its net revenue expenditure on collaboration,"
        rf" which is"
        rf"{COMPARISON} the {{national}}{PCT} figure for England and Wales",
        "finance",
        "collaboration_spend_pct_of_nre",
        "2014-15",
    ),
    compared(
        rf"Collaboration is expected to contribute {{force}}{PCT} of the {ITSELF}'s savings"
        rf" requirement, which is{COMPARISON} the {{national}}{PCT} figure for England and Wales",
        "finance",
        "collaboration_savings_pct",
        SR,
    ),
    template(
        rf"plans to make {{a}}{PCT} of its savings from non-?pay",
        a=force("finance", "non_pay_savings_pct", SR),
    ),
    template(
        rf"plans to make {{a}}{PCT} of its spending review savings requirement from its pay budget",
        a=force("finance", "pay_savings_pct", SR),
    ),
    template(
        r"reduce the number of local policing units from {a} to {b}",
        a=force("local_policing", "local_policing_units", "2014"),
        b=force("local_policing", "local_policing_units_planned", "2014"),
    ),
    template(
        r"retain the existing {a} neighbourhood policing areas",
        a=force("local_policing", "neighbourhood_areas", "2014"),
    ),
    template(
        rf"officers, P?CSOs and staff working on the front ?line is projected to (?:{CHANGE_WORDS})"
        r"(?: by [\d,]+)? between March 2010 and March 2015 \(from {a} to {b}\)",
        a=force("frontline", "frontline_workforce", BASELINE),
        b=force("frontline", "frontline_workforce", PLANNED),
    ),
    frontline_shares(
        "total workforce allocated to front ?line roles is projected to", "frontline_workforce_pct"
    ),
    template(
        rf"police officers in front ?line roles is planned to (?:{CHANGE_WORDS})(?: by [\d,]+)?"
        r" from {a} in March 2010 to {b} by March 2015",
        a=force("frontline", "frontline_officers", BASELINE),
        b=force("frontline", "frontline_officers", PLANNED),
    ),
    frontline_shares(
        "proportion of those remaining on the front ?line is projected to", "frontline_officers_pct"
    ),
    # section 3: efficiency
    template(
        r"target response times? of {a} minutes for calls classed as '?emergency",
        a=force("calls", "emergency_target_minutes", CALLS),
    ),
    template(
        r"calls classed as (?:a )?'?priority'?[^.]{0,60}? target response time of (?:within )?{a}"
        r" minutes",
        a=force("calls", "priority_target_minutes", CALLS),
    ),
    template(
        rf"allocated {{a}}{PCT} of its police officers to visible roles\. This is {{b}} percentage"
        rf" points {{b_dir}} than[^.]{{0,80}}?\(which was {{c}}{PCT} across England and Wales\)",
        a=force("visibility", "officers_in_visible_roles_pct", "2014"),
        b=force("visibility", "officers_in_visible_roles_change", "2010..2014"),
        c=national("visibility", "officers_in_visible_roles_pct", "2014"),
    ),
    template(
        rf"allocated {{a}}{PCT} of these staff to visible roles\. This is {{b}} percentage points"
        rf" {{b_dir}} than[^.]{{0,80}}? the {{c}}{PCT} figure for England and Wales",
        a=force("visibility", "officers_pcsos_in_visible_roles_pct", "2014"),
        b=force("visibility", "officers_pcsos_in_visible_roles_change", "2010..2014"),
        c=national("visibility", "officers_pcsos_in_visible_roles_pct", "2014"),
    ),
    compared(
        rf"{{force}}{PCT} said that they have seen a police officer more often than they had"
        rf" 12 months"
        rf" ago; this compares to {{national}}{PCT} of respondents in England and Wales",
        "survey",
        "seen_officer_more_often_pct",
        "2014",
    ),
    compared(
        rf"{{force}}{PCT} of respondents in [^.]{{0,60}}? said they felt safe from crime where they"
        rf" lived, compared to {{national}}{PCT} of respondents in England and Wales",
        "survey",
        "feel_safe_pct",
        "2014",
    ),
    compared(
        rf"{{force}}{PCT} said they felt safer from crime than they did two years ago, compared to"
        rf" {{national}}{PCT} of respondents in England and Wales",
        "survey",
        "feel_safer_than_two_years_ago_pct",
        "2014",
    ),
    compared(
        rf"{{force_dir}} recorded crime \(excluding fraud\) by {{force}}{PCT}, compared with"
        rf" an? {{national_dir}}"
        rf" of {{national}}{PCT} in England and Wales",
        "crime",
        "recorded_crime_change_pct",
        CRIME_CHANGE,
    ),
    compared(
        rf"victim-?based crime [^.]{{0,200}}?\) {{force_dir}} by {{force}}{PCT}, compared"
        rf" with an? {{national_dir}}"
        rf" of {{national}}{PCT} in England and Wales",
        "crime",
        "victim_based_crime_change_pct",
        CRIME_CHANGE,
    ),
    compared(
        rf"last 12 months, recorded crime \(excluding fraud\) {{force_dir}} by {{force}}{PCT},"
        rf"{COMPARISON} the figure for England and Wales \(an? {{national_dir}} of"
        rf" {{national}}{PCT}\)",
        "crime",
        "recorded_crime_change_12_months_pct",
        "2013-14",
    ),
    compared(
        rf"detection rate \(for crimes excluding fraud\) for the 12 months to March 2014 was"
        rf" {{force}}{PCT}\. This is{COMPARISON} the England and Wales detection rate of"
        rf" {{national}}{PCT}",
        "crime",
        "detection_rate_pct",
        "2013-14",
    ),
    compared(
        rf"In the 12 months to March 2014, {{force}}(?:{PCT})?(?: \([^)]{{0,30}}\))?(?:{PCT})? of"
        rf" victims were satisfied with the overall service provided by [^.]{{0,60}}?\. This is"
        rf"{COMPARISON} the England and Wales figure of {{national}}{PCT}",
        "victims",
        "victim_satisfaction_pct",
        "2013-14",
    ),
    compared(
        rf"Confidence intervals: (?:±|\+/-) ?{{force}}{PCT} for [^;]{{0,60}}; (?:±|\+/-)"
        rf" ?{{national}}{PCT}"
        r" for England and Wales",
        "headline",
        "victim_satisfaction_ci_pp",
        "2013-14",
    ),
    template(
        r"has a total of {a} police stations, {b} of which have dedicated front (?:office"
        r" )?counters",
        a=force("estate", "police_stations", "2014"),
        b=force("estate", "front_counters", "2014"),
    ),
)


def read_sentences(pages: list[PageText], front_matter: set[int]) -> Iterator[Reading | Doubt]:
    """Every figure stated by a template sentence, wherever in the report it is stated; a
    sentence may run on over a page break, its figures are on the page they are printed on."""
    report = ReportText(pages)
    for each in TEMPLATES:
        for match in each.pattern.finditer(report.text):
            yield from _figures_of(match, each, report, front_matter)


class ReportText:
    """The report's pages as one line, a page number printed in a margin left out so that a
    sentence running over a page break reads on; spans map back to their page."""

    def __init__(self, pages: list[PageText]) -> None:
        self.pages = pages
        self.starts: list[int] = []  # where each page's body starts in `text`
        self.skipped: list[int] = []  # how much of each page's text precedes its body
        parts, offset = [], 0
        for page in pages:
            start, end = _body(page)
            self.starts.append(offset)
            self.skipped.append(start)
            parts.append(page.text[start:end])
            offset += end - start + 1
        self.text = " ".join(parts)

    def locate(self, start: int, end: int) -> tuple[PageText, int, int]:
        """The page a span of `text` is on, and the span in that page's own text."""
        i = bisect_right(self.starts, start) - 1
        shift = self.skipped[i] - self.starts[i]
        return self.pages[i], start + shift, end + shift


def _body(page: PageText) -> tuple[int, int]:
    """The span of the page's text without a page number standing apart (two lines or more
    away from the text next to it) at its start or end."""
    text = page.text
    start, end = 0, len(text)
    if (first := re.match(r"(\d{1,3}) (\S+)", text)) and _apart(page, first.span(1), first.span(2)):
        start = first.start(2)
    if (last := re.search(r"(\S+) (\d{1,3})$", text)) and _apart(page, last.span(2), last.span(1)):
        end = last.end(1)
    return start, end


def _apart(page: PageText, one: tuple[int, int], other: tuple[int, int]) -> bool:
    first, second = page.bbox(*one), page.bbox(*other)
    gap = max(second[1] - first[3], first[1] - second[3])
    return gap > 2 * (first[3] - first[1])


def _figures_of(
    match: re.Match[str], each: Template, report: ReportText, front_matter: set[int]
) -> Iterator[Reading | Doubt]:
    for name, key in each.figures.items():
        page, start, end = report.locate(*match.span(name))
        try:
            value = value_in_unit(match[name], units()[key])
        except NotANumber as error:
            yield Doubt(key, str(error), page.number)
            continue
        direction = match.groupdict().get(f"{name}_dir")
        if direction and direction.lower() in FALLS:
            value = -abs(value)
        yield Reading(key, value, page.number, page.bbox(start, end), page.number in front_matter)
