"""Section 2: "To what extent has the force an affordable way of providing policing?" with
local policing, collaboration, savings, the workforce table and the front-line charts."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from samples import typeset
from samples.charts import frontline_chart
from samples.figures import (
    BASELINE,
    BASELINE_TO_PLANNED,
    PLANNED,
    SPENDING_REVIEW,
    key,
    national_key,
)
from samples.report import Report
from samples.tables import with_intro, workforce_table
from samples.wording import (
    collaboration_gains,
    comparison,
    frontline_officers_beat_national,
    frontline_share,
    grade_key,
    movement,
)

SPEND = key("finance", "collaboration_spend_pct_of_nre", "force", "2014-15")
COLLABORATION_SAVINGS = key("finance", "collaboration_savings_pct", "force", SPENDING_REVIEW)
NON_PAY = key("finance", "non_pay_savings_pct", "force", SPENDING_REVIEW)
PAY = key("finance", "pay_savings_pct", "force", SPENDING_REVIEW)
OTHER_FORCES_NON_PAY = 28  # a typical share; the report compares with "other forces"


def _frontline(measure: str, subject: str, period: str) -> str:
    return key("frontline", measure, subject, period)


def _local_policing(r: Report) -> list[Flowable]:
    areas = key("local_policing", "neighbourhood_areas", "force", "2014")
    units = key("local_policing", "local_policing_units", "force", "2014")
    planned = key("local_policing", "local_policing_units_planned", "force", "2014")
    return [
        r.para("How the force provides policing", "subheading"),
        r.para(
            "The force\u2019s current way of working does not meet future financial "
            "requirements. The force is aware of this and through its change programme and "
            "recommendations from business consultants, the force aims to have a new way of "
            "working in place by early 2017, which will meet the future financial "
            "requirements."
        ),
        r.para(
            f"{r.name} has a strong commitment to neighbourhood policing. This focuses on "
            "prevention activity, involvement with communities and problem solving. Two basic "
            "command units, each led by a chief superintendent, "
            + r.local(
                "mirror the city and county boundaries; the city has six local policing "
                "units and the county has nine.",
                "cover the force area.",
            )
            + f" The force\u2019s {r.count(units)} local policing units are supported by "
            "specialist departments such as scientific support, the dog section, and "
            + r.local("East Midlands air support unit.", "the regional air support unit.")
        ),
        r.para(
            "Although the force plans to reduce the number of local policing units from "
            f"{r.count(units, mark=True)} to {r.count(planned, mark=True)}, it intends to "
            f"retain the existing {r.count(areas, mark=True)} neighbourhood policing areas. The "
            "intention is that the level of staff dedicated to each neighbourhood area, and the "
            "mix of police officers and PCSOs on each team, will be based on an assessment of "
            "demand, threat and risk. It is likely that the number of dedicated neighbourhood "
            "staff will be reduced. However, these teams will be entirely dedicated to "
            "neighbourhood policing and will not carry other demands that sometimes take the "
            "current neighbourhood policing teams away from their core role. The force "
            "anticipates implementation across the autumn, until completion within this "
            "financial year."
        ),
    ]


def _collaboration(r: Report) -> list[Flowable]:
    spend = comparison(r.value(SPEND), r.national(SPEND), margin=0)
    savings = comparison(
        r.value(COLLABORATION_SAVINGS),
        r.national(COLLABORATION_SAVINGS),
        margin=0,
        above="above",
        below="below",
    )
    region = r.local("East Midlands", r.force.region)
    story = [
        r.para("Collaboration", "subheading"),
        r.para(
            "HMIC monitors forces\u2019 progress on collaboration because it offers the "
            "opportunity to provide efficient, effective policing and helps to achieve "
            "savings."
        ),
        r.para(
            f"{r.name} has a strong track record both in increasing its operational "
            "capabilities and securing savings through collaboration. This is subject to "
            "robust governance and is central to the force\u2019s sustainability and response "
            "to the austerity challenge."
        ),
        r.para(
            "Collaboration is built on a lead-force model, where one force is nominated to "
            "take the strategic lead on behalf of a number of others. Successful "
            "collaborations, for example, regional teams to tackle organised criminal groups, "
            f"were established in the {region} specialist operations unit over a decade ago. "
            "This established a strong foundation for the progress that has been made during "
            "this spending review period."
        ),
        r.para(
            f"Other regionalised functions are the {region} Specialist Operations Unit led by "
            "a chief superintendent covering major crime, serious and organised crime, "
            "forensic services. Also human resources covering occupational health, training "
            "and development, transactional services; and legal services, vetting, "
            "procurement and payroll."
        ),
    ]
    if not r.style.synthetic:
        story.append(
            r.para(
                "The East Midlands Operational Support Services (EMOpSS) has been in place since 1 "
                "April 2014. It has a command team led by a chief superintendent and covers tactical "
                "dogs and firearms, tactical support group, force planning unit, roads policing unit, "
                "east midlands air support unit, serious collision investigation unit, special "
                "constabulary and volunteers."
            )
        )
    return story + [
        r.para(
            f"In 2014/15, the force expects to spend {r.pct(SPEND, mark=True)} of its net revenue "
            f"expenditure on collaboration, which is {spend} the "
            f"{r.pct(national_key(SPEND), mark=True)} figure for England and "
            "Wales. Collaboration is expected to contribute "
            f"{r.pct(COLLABORATION_SAVINGS, mark=True)} of the force\u2019s savings requirement, "
            f"which is {savings} the "
            f"{r.pct(national_key(COLLABORATION_SAVINGS), mark=True)} figure "
            "for England and Wales."
        )
    ]


def _managing_change(r: Report) -> list[Flowable]:
    return [
        *r.passage(
            "Managing change",
            "Reductions in police budgets have led to a shrinking workforce. HMIC expects forces "
            "to look at longer-term transformation, which can help to maintain or improve the "
            "service they offer to the public and prepare for future funding reductions.",
            "The force has a transformational change programme that has focused on structural "
            "business change, processes, people, culture and collaboration. Working with external "
            "partners, it has two separate components. One project focuses on the processes "
            "involved in contact management, safeguarding, intelligence, crime recording and "
            "investigation. The other project involves consultants examining custody procedures, "
            "emergency response, investigations and neighbourhoods.",
            "As a whole, this change programme is planned to ensure that the new operating model "
            "for how the force works is successful in safeguarding the force\u2019s financial "
            "future. During the course of the spending review, improvements are already evident. "
            "These include better alignment of skills and training to the task that individuals "
            "perform (e.g., the introduction of investigative assistants), more efficient shift "
            "patterns, and promoting alternative means for the public to interact with the police "
            "(e.g., the frequently asked questions database that is accessible through the "
            "force\u2019s website).",
            "The force identified that the main elements of its change programme during the "
            "current spending review are:",
        ),
        *r.bullets(
            "structural change in protective services;",
            "structural change in business support;",
            "structural change in local policing;",
            "making estates more efficient; and",
            "improved procurement and contract re-negotiation.",
        ),
        r.para(
            "The force identifies that the main elements of its change programme as it "
            "responds to future financial pressures will include:"
        ),
        *r.bullets(
            "better alignment of resources to demand;",
            "making processes more efficient and reducing bureaucracy;",
            "use of business improvement methods;",
            "use of zero-based budgeting; and",
            "borderless deployment.",
        ),
        r.para(
            "How is the force supporting its workforce to manage change and effective service "
            "provision?",
            "subheading",
        ),
        *r.paras(
            "The chief constable believes strongly that the workforce should be empowered to make "
            "decisions and feel that they will be supported by the force in doing so. The force "
            "has already introduced training for control room staff in the assessment of threat "
            "and risk in determining the service that is provided to callers, as well as training "
            "in the national decision-making model<super>1</super>. The concept of the service "
            "that callers receive being based on the needs of a particular individual represents "
            "a break from tradition, is a bold move and has wide-ranging support among the "
            "workforce.",
            "The force recognises that its plans for service redesign will require a culture "
            "change. It is aiming to do so through staff involvement and empowerment. This "
            "development is still at an early stage. Staff involvement to support the current "
            "change programme has included chief officer roadshows, face-to-face meetings between "
            "chief officers and staff at all levels, and a dedicated area on the force intranet "
            "where staff can keep themselves updated.",
            "The force carries out a comprehensive six-monthly staff survey in order to gauge the "
            "feelings of the workforce. The force has responded positively to issues raised "
            "through this staff survey. Examples include a review of an unpopular shift pattern "
            "and adjusting how staff are consulted in relation to change.",
        ),
        r.para(
            "1 The National Decision Model is the Association of Chief Police Officers\u2019s "
            "(ACPO) decision-making tool, which has been adopted nationally for use by police "
            "forces. It provides a framework of steps to assist an officer in assessing a "
            "situation and deciding on appropriate action (including gathering information, "
            "assessing risk, and identifying options).",
            "small",
        ),
    ]


def _savings(r: Report) -> list[Flowable]:
    non_pay = comparison(r.value(NON_PAY), OTHER_FORCES_NON_PAY, margin=8)
    pay = comparison(r.value(PAY), 100 - OTHER_FORCES_NON_PAY, margin=8)
    return [
        *r.passage(
            "How is the force achieving the savings?",
            "Because around 80 percent of a police budget (on average) is spent on staff costs, "
            "it is not surprising that forces across England and Wales plan to achieve most of "
            "their savings by reducing the number of police officers, police community support "
            "officers (PCSOs) and police staff employed.",
            "However, we also expect forces to bear down on their other costs (non-pay) such as "
            "the equipment they buy, the accommodation and vehicles they use and the contracts "
            "they enter for services such as cleaning. The force plans to make "
            f"{r.pct(NON_PAY, mark=True)} of its savings from non-pay, which is {non_pay} other "
            "forces.",
            f"{r.name} has a strong track record of achieving savings in relation to its non-pay "
            "costs. The force initiated a number of projects that targeted non-pay budgets and "
            "reduced its non-pay budget considerably.",
            "The force has also reduced expenditure on overtime and has successfully reduced the "
            "costs of a number of contracts by re-tendering and achieving lower rates. Examples "
            "of this include the force\u2019s corporate insurance and provision of security "
            "services by an external provider. The estates strategy includes the replacement of "
            "some current buildings with smaller premises, which are more efficient to run.",
            "It has plans through 2014/15 to continue this focus by achieving savings on estate "
            "costs by reducing running costs at a number of police stations.",
            f"As with other forces, savings mostly come from reducing the workforce. {r.name} "
            "made an early start on this in 2010 when it slowed its recruitment of new police "
            "officers and police staff, and reduced the number of police staff. The force plans "
            f"to make {r.pct(PAY, mark=True)} of its spending review savings requirement from its "
            f"pay budget. This is {pay} other forces.",
        ),
    ]


def _workforce(r: Report) -> list[Flowable]:
    total = key("workforce", "total_workforce_change_pct", "force", BASELINE_TO_PLANNED)
    fewer = "fewer" if r.value(total) > r.national(total) else "more"
    whose = r.local("the constabulary\u2019s", "the force\u2019s")  # sic in the real report
    after = (
        f"Over the spending review the force plan to lose proportionally {fewer} of the "
        "workforce than for England and Wales."
        + r.local(
            " However, as Leicestershire is the employer for police staff working "
            "within the regional collaboration the increase in these numbers affects "
            "the overall workforce totals. For this reason the workforce and police "
            "staff numbers are not directly comparable.",
            "",
        )
    )
    intro = [
        r.para(
            f"The following table shows {whose} planned changes to workforce numbers over "
            "the spending review period, and compares these to the change for England and "
            "Wales."
        ),
        r.para("Please note, these figures are rounded."),
    ]
    return [
        *with_intro(intro, workforce_table(r)),
        Spacer(1, 10),
        r.para(after),
        r.para(
            "It is important that as forces reconfigure their structures and reduce workforce "
            "numbers, they focus on maintaining (or if possible increasing) the proportion of "
            "people in frontline crime-fighting roles."
        ),
        r.para(
            "HMIC defines the people who work on the police front line as those who are in "
            "everyday contact with the public and who directly intervene to keep people safe "
            "and enforce the law."
        ),
    ]


def _from_to(r: Report, measure: str, subject: str, *, percent: bool) -> tuple[str, str]:
    printed = r.pct if percent else r.count
    return (
        printed(_frontline(measure, subject, BASELINE), mark=True),
        printed(_frontline(measure, subject, PLANNED), mark=True),
    )


def _count_sentence(r: Report, measure: str) -> str:
    """'reduce by 104' for a front-line count."""
    start, end = frontline_share(r, measure, "force")
    return f"{movement(start, end)} by {abs(end - start):,.0f}"


def _share_sentence(r: Report, measure: str) -> str:
    """'reduce from 76 percent to 75 percent. This compares with an overall increase across
    England and Wales from 74 percent to 78 percent', each percentage marked."""
    own_from, own_to = _from_to(r, measure, "force", percent=True)
    national_from, national_to = _from_to(r, measure, "england_wales", percent=True)
    national = movement(*frontline_share(r, measure, "england_wales"), noun=True)
    return (
        f"{movement(*frontline_share(r, measure, 'force'))} from {own_from} to {own_to}. This "
        f"compares with an overall {national} across England and Wales from {national_from} "
        f"to {national_to}"
    )


def _frontline_story(r: Report) -> list[Flowable]:
    staff_from, staff_to = _from_to(r, "frontline_workforce", "force", percent=False)
    officers_from, officers_to = _from_to(r, "frontline_officers", "force", percent=False)
    ew_start, ew_end = frontline_share(r, "frontline_workforce_pct", "england_wales")
    protecting = (
        "is successfully protecting"
        if frontline_officers_beat_national(r)
        else "is finding it harder to protect"
    )
    return [
        r.para(
            f"The following chart shows the planned change in the workforce frontline profile "
            f"in {r.name}."
        ),
        frontline_chart(r, "frontline_workforce_pct", "Workforce frontline profile"),
        r.para(
            f"Note: England and Wales reports an {movement(ew_start, ew_end, noun=True)} in the "
            f"proportion of workforce on the front line from {ew_start:.0f} percent in March "
            f"2010 to {ew_end:.0f} percent in March 2015.",
            "small",
        ),
        r.para(
            "The number of officers, PCSOs and staff working on the front line is projected to "
            f"{_count_sentence(r, 'frontline_workforce')} between March 2010 and March 2015 "
            f"(from {staff_from} to {staff_to})."
        ),
        r.para(
            f"Over the same period, the proportion of {r.name}\u2019s total workforce "
            "allocated to frontline roles is projected to "
            f"{_share_sentence(r, 'frontline_workforce_pct')}."
        ),
        r.para(
            f"The number of {r.short}\u2019s police officers in frontline roles is planned to "
            f"{_count_sentence(r, 'frontline_officers')} from {officers_from} in March 2010 to "
            f"{officers_to} by March 2015, as the following chart shows. The proportion of "
            "those remaining on the front line is projected to "
            f"{_share_sentence(r, 'frontline_officers_pct')}, and it shows {r.name} "
            f"{protecting} frontline crime-fighting roles as it makes these cuts."
        ),
        r.para(
            "The following chart shows the planned change in police officers\u2019 frontline "
            "profile."
        ),
        frontline_chart(r, "frontline_officers_pct", "Police officer frontline profile"),
    ]


def _summary(r: Report) -> list[Flowable]:
    officers = key("workforce", "police_officers_change", "force", BASELINE_TO_PLANNED)
    areas = r.count(key("local_policing", "neighbourhood_areas", "force", "2014"))
    units = r.count(key("local_policing", "local_policing_units", "force", "2014"))
    despite = (
        f"Despite a planned reduction of {r.count(officers)} police officers"
        if r.value(officers) < 0
        else f"With a planned increase of {r.count(officers)} police officers"
    )
    exceeds = "exceeds" if frontline_officers_beat_national(r) else "falls short of"
    heading = Table(
        [
            [
                r.para("Summary", "subheading"),
                typeset.GradeBadge(r.value(grade_key("affordable_policing"))),
            ]
        ],
        colWidths=[typeset.FRAME_WIDTH - 160, 160],
        hAlign="LEFT",
    )
    return [
        PageBreak(),  # the real report gives this summary a page of its own
        heading,
        *r.bullets(
            f"The force currently provides local policing in {areas} neighbourhood areas through "
            f"{units} local policing units; it is planning to implement a new way of working "
            "supported by more efficient processes and working from fewer premises.",
            "An increasing number of business support and operational functions are being "
            "provided in collaboration with other forces in the "
            f"{r.local('East Midlands', r.force.region)} area.",
            f"The force gains {collaboration_gains(r, 'when compared with')} "
            "other forces in England and Wales.",
            "The force has a strong track record of achieving considerable savings from its "
            "non-pay costs.",
            f"{despite} over the spending review period, the planned proportion of police "
            f"officers working in frontline roles {exceeds} the figure for England and Wales.",
            "The force has a well-established transformational change programme, which is making "
            "a considerable contribution to meeting its savings requirement.",
            "The expansion of collaboration with other forces, continuing to make year-on-year "
            "non-pay savings and the re-design of local policing are all aimed at assuring the "
            "force\u2019s future and meeting the savings requirements.",
        ),
    ]


def affordable_policing(r: Report) -> list[Flowable]:
    return [
        *r.section_opening(
            "affordable_policing",
            "HMIC looks at how the force is structured to provide policing. We ask if this is "
            "affordable as the force responds to their financial challenge. We look at what the "
            "force is doing to reduce its costs, how it is protecting officers and staff engaged "
            "in fighting crime and keeping communities safe, and how it is making the required "
            "changes through its change programme.",
        ),
        *_local_policing(r),
        *_collaboration(r),
        *_managing_change(r),
        *_savings(r),
        *_workforce(r),
        *_frontline_story(r),
        *_summary(r),
    ]
