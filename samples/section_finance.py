"""Section 1: "To what extent is the force taking the necessary steps to ensure a secure
financial position for the short and long term?" in the real report's words."""

from __future__ import annotations

from reportlab.platypus import Flowable

from samples import typeset
from samples.figures import SPENDING_REVIEW, key, national_key
from samples.report import Report
from samples.wording import QUESTIONS, comparison, grade_key

REQUIREMENT = key("finance", "savings_requirement", "force", SPENDING_REVIEW)
SHARE_OF_BUDGET = key("finance", "savings_requirement_pct_of_budget", "force", SPENDING_REVIEW)


def _required(period: str) -> str:
    return key("finance", "savings_required", "force", period)


def _scale_of_challenge(r: Report) -> str:
    cost = key("headline", "workforce_cost_per_head", "force", "2013-14")
    more = (
        "The force spends more per head of population on its total workforce than most "
        "other forces since it has a proportionally higher number of police staff and police "
        "officers. However, the cost of police officers and police staff per head of "
        "population has reduced over the spending review period."
    )
    less = (
        "The force spends less per head of population on its total workforce than most "
        "other forces since it has a proportionally lower number of police staff and police "
        "officers. The cost of police officers and police staff per head of population has "
        "reduced over the spending review period."
    )
    # The real report says "more" although its own figure is below England and Wales's.
    return r.local(more, more if r.value(cost) >= r.national(cost) else less)


def _outlook(r: Report) -> str:
    later, next_year = _required("2016-17"), _required("2015-16")
    forecast = f"forecasting a requirement of {r.money(later, mark=True)}."
    if r.value(later) > r.value(next_year):
        opening = (
            "The force currently anticipates a significant jump in the savings it expects "
            f"to have to achieve in 2016/17, {forecast}"
        )
    else:
        opening = (
            "The force currently anticipates that the savings it expects to have to "
            f"achieve in 2016/17 will be no greater than in 2015/16, {forecast}"
        )
    return (
        f"{opening} This is because it has assumed a further reduction of 5 percent in "
        "central government grant in that year, together with assumptions about pay "
        "inflation and increases in national insurance contributions planned for that year. "
        "The force has made a series of prudent assumptions in relation to future reductions "
        "in the grant it receives from central government, pay inflation, and the amount of "
        "money likely to be raised through future increases in the amount of council tax "
        "paid by local people."
    )


def secure_financial_position(r: Report) -> list[Flowable]:
    share = comparison(r.value(SHARE_OF_BUDGET), r.national(SHARE_OF_BUDGET), margin=1)
    next_year = r.money(_required("2015-16"), mark=True, millions=not r.style.drop_m_2015_16)
    story = [
        r.para(QUESTIONS["secure_financial_position"], "heading"),
        r.para(
            "HMIC looked at the savings plans that forces have developed in order to meet the "
            "financial challenge of the spending review, and for the year after 2015/16. It is "
            "also important that forces look to the future beyond 2016 in their planning, so "
            "we also explored how they are starting to prepare for further financial "
            "challenges."
        ),
        r.para("Financial challenge", "subheading"),
        r.para(
            f"{r.name} has identified that it needs to save "
            f"{r.money(REQUIREMENT, mark=True)}{r.footnote_marker(1)} over the four years of "
            "the spending review (between March 2011 and March 2015)."
        ),
        r.para(
            "As a proportion of its overall budget, this savings requirement of "
            f"{r.pct(SHARE_OF_BUDGET, mark=True)} is {share} the "
            f"{r.pct(national_key(SHARE_OF_BUDGET), mark=True)} for "
            "England and Wales."
        ),
        r.para("The scale of the challenge", "subheading"),
        r.para(_scale_of_challenge(r)),
        r.para("Savings plans for 2014/15 and 2015/16", "subheading"),
        r.para(
            f"{r.name} achieved the savings required for 2013/14 "
            f"({r.money(key('finance', 'savings_achieved', 'force', '2013-14'), mark=True)}) and "
            "has clear plans in place to achieve the majority of the "
            f"{r.money(_required('2014-15'), mark=True)} savings needed in 2014/15 with the use "
            f"of reserves. The plans to achieve the required {next_year} savings in 2015/16 are "
            "still being developed."
        ),
        r.para(
            "The force\u2019s projected savings become increasingly dependent on the future "
            "success of the force\u2019s change programme, the implementation of the new "
            "operating model, increased collaboration, and removing cost from processes such "
            "as investigations, and prisoner handling. The force\u2019s policy is to include "
            "savings in the financial forecast only when the actions have been agreed and the "
            "savings are confirmed."
        ),
        r.para("Outlook for 2016 and beyond", "subheading"),
        r.para(_outlook(r)),
        r.para(
            "The force is developing its detailed planning for 2015/16 and beyond through the "
            "change programme. The programme team works closely with finance and human "
            "resources staff. The change programme envisages a new-look force to match a "
            "vision of its duty to protect communities. This new-look force will be smaller, "
            "the workforce will be multi-skilled and will work digitally, resources will be "
            "allocated according to threat and risk over a smaller area, business partnering "
            "will become more evident, and regional functions will expand."
        ),
    ]
    if r.style.footnote_markers:
        story.append(
            r.para(
                "1 The savings requirement is the force\u2019s own estimate, "
                "provided to HMIC in its planning return.",
                "small",
            )
        )
    return story + [
        r.para("Summary", "subheading"),
        *typeset.ending_with_grade(
            r.bullets(
                f"{r.name} has clear plans in place to achieve all of the "
                f"{r.money(_required('2014-15'))} savings needed in 2014/15.",
                f"The plans to achieve the required {r.money(_required('2015-16'))} savings in "
                "2015/16 are still being developed.",
                "Projected savings depend on the future success of the force\u2019s change "
                "programme, the implementation of the new operating model, increased collaboration, "
                "and removing cost from processes such as investigations and prisoner handling.",
                "The force has a good track record of achieving the savings it has planned to make.",
                "The force has focused on achieving much of its savings requirement through "
                "collaboration and non-pay to reduce the impact workforce numbers.",
            ),
            r.value(grade_key("secure_financial_position")),
        ),
    ]
