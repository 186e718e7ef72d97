"""Section 3: "To what extent is the force efficient?" with demand, calls for service,
visibility, the public survey, crime, victim satisfaction and access to services."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from samples import typeset
from samples.figures import CALLS_PERIOD, CRIME_CHANGE, key, national_key
from samples.report import Report
from samples.tables import calls_table, crime_table, with_intro
from samples.wording import comparison, grade_key

SURVEY_NOTE = (
    "1 Sample sizes for each force were chosen to produce a confidence interval of no "
    "more than \u00b1 6 percent and for England and Wales, no more than \u00b1 1 "
    "percent. Force differences to the England and Wales value may not be statistically "
    "significant."
)


def _demand(r: Report) -> list[Flowable]:
    university = r.local("Loughborough University", "a local university")
    return [
        *r.passage(
            "How well does the force understand and manage demand?",
            "The force has developed a robust planning cycle, including a strategic assessment "
            "that is reviewed annually. This assessment uses data and intelligence from force "
            "systems, as well as from partner agencies such as local authorities, to identify, "
            "analyse and prioritise risks, threats and demands.",
            "As well as the strategic assessment process, the force has undertaken a detailed "
            "assessment of demand with external consultants. This included the demand from calls "
            "to the force control room, those associated with investigating volume crime, and "
            "also from crimes and other matters reported to front counters. These reviews have "
            "been used to inform decisions about the allocation of resources to respond to "
            "emergency and priority calls, and have been a major factor in determining a new "
            "shift pattern, which the force introduced in January 2014.",
            f"The force is working with {university} and external partners to help it to profile "
            "accurately and then match frontline resources to demand. The force has placed a "
            "particular focus on profiling for neighbourhood policing, where demand is being "
            "reviewed based on vulnerability, incident levels, counter-terrorism risk and "
            "community tensions.",
            "The force understands and manages demand well. Its new policy of how best to respond "
            "to calls for service has shifted from traditional forms of prioritisation to an "
            "assessment of the threat, harm, vulnerability and risk of the individual caller. "
            "Call handlers have been trained in this approach, as well as in the national "
            "decision making model. This training empowers them to make deployment decisions "
            "based on the identification of callers with the greatest needs.",
        ),
        *r.passage(
            "How efficiently does the force allocate its resources?",
            "Using its greater understanding of the demands and expectations of communities, the "
            "force is making intelligent use of resources at a number of levels. Cyclical "
            "processes of identifying major and emerging threats are supported by a flexible "
            "workforce planning system that enables the realignment of staff where necessary. The "
            "extensive examination of community needs, inefficiencies in police procedures, and "
            "demand puts the force in a good position to make the very best use of its staff when "
            "the new operating model is implemented.",
            "The force has a number of ways of aligning resources to problem areas or prolific "
            "criminals as issues occur. These range from daily assessments to monthly reviews, "
            "and an annual review of the force\u2019s strategies.",
            "The force and its partners work well together to make best use of available "
            "resources. Examples include a jointly crewed police and ambulance service car that "
            "is deployed to entertainment venues on Friday and Saturday nights. Closer working "
            "relationships with social services have led to more timely assessments. The force "
            "also operates a mental health triage scheme. This involves a car jointly crewed by a "
            "police officer and a mental health nurse being deployed to relevant incidents. As a "
            "result, better assessments can be made about the most appropriate use of powers "
            "under the Mental Health Act, which is providing a better service to vulnerable "
            "people while reducing demand on the police.",
        ),
    ]


def _response(r: Report) -> list[Flowable]:
    return [
        *r.passage(
            "How does the force respond and keep its communities safe?",
            "The challenge for forces is not just to save money and reduce their workforce "
            "numbers, but also to ensure the choices they make do not have a negative impact on "
            "the service they provide to their communities. HMIC looked for evidence that "
            "keeping the communities safe is at the heart of the force\u2019s decision.",
            "The force\u2019s policy on responding to incidents is currently based on assessment "
            "of threat and risk. However, a number of specific types of crime or incident are "
            "identified based on force or local priorities. For these, a priority or emergency "
            "response is required, irrespective of the circumstances. This approach has "
            "contributed to the force having a relatively high proportion of priority-graded "
            "incidents, which is making it difficult for the force to meet demand effectively. "
            "This is why the force is introducing its new approach. Call takers will be expected "
            "to consider threat, harm, risk, investigative opportunities, vulnerability and "
            "engagement in its new approach to determining the appropriate police response.",
            "Across the force area, a borderless approach has been developed for responding to "
            "incidents. A single response team covers the whole force area and the force uses "
            "comprehensive mapping information to help determine the nearest, available and most "
            "appropriate police resource to deploy. The force has identified that this approach "
            f"works well in {r.local('Leicester City', 'the main towns')} and the surrounding "
            "area, but it is currently reviewing whether an alternative approach might be more "
            "effective in rural parts of the force area.",
            "The force is in the process of moving away from a performance framework centred on "
            "meeting numerical targets to an approach based on continuous improvement, which "
            "focuses on identifying significant trends and managing associated risks. The "
            "force\u2019s performance monitoring also reflects its commitment to community "
            "safety. Crime trends are assessed through statistical-process control rather than "
            "immediate allocation of resources to any particular crime giving concern. This "
            "longer-term, more patient approach has enabled the force to refocus performance "
            "management on issues that really matter to communities at the same time as being "
            "responsive to any particular type of crime that is prevalent.",
        ),
    ]


def _calls_trend(r: Report) -> str:
    moves = [
        r.value(key("calls", f"{call}_calls_on_target_pct", "force", "2013-14"))
        - r.value(key("calls", f"{call}_calls_on_target_pct", "force", "2010-11"))
        for call in ("emergency", "priority")
    ]
    if all(m < 0 for m in moves):
        return (
            "Over the spending review, attendance within target for both emergency and for "
            "priority calls has declined."
        )
    if all(m >= 0 for m in moves):
        return (
            "Over the spending review, attendance within target for both emergency and for "
            "priority calls has improved."
        )
    return (
        "Over the spending review, attendance within target has improved for one type of "
        "call and declined for the other."
    )


def _calls(r: Report) -> list[Flowable]:
    if not r.has(key("calls", "emergency_target_minutes", "force", CALLS_PERIOD)):
        return []
    emergency = r.count(key("calls", "emergency_target_minutes", "force", CALLS_PERIOD), mark=True)
    priority = r.count(key("calls", "priority_target_minutes", "force", CALLS_PERIOD), mark=True)
    return [
        r.para("Calls for service", "subheading"),
        r.para(
            f"HMIC examined whether {r.short} was taking longer to respond to calls for help, "
            "as a result of its workforce reductions and other changes designed to save "
            "money. Forces are not required to set response times or targets and are free to "
            "determine their own arrangements for monitoring attendance to calls, so "
            "information between forces is not comparable."
        ),
        r.para(
            f"We found that over the four years since 2010, {r.short} had maintained the same "
            f"target response times of {emergency} minutes for calls classed as "
            "\u2018emergency\u2019 (also known as Grade 1). Over the same period, calls "
            "classed as a \u2018priority\u2019 (also known as Grade 2) had a target response "
            f"time of within {priority} minutes."
        ),
        *with_intro(
            [
                r.para(
                    "The following table compares the force\u2019s performance in "
                    "2010/11 to 2013/14."
                )
            ],
            calls_table(r),
        ),
        Spacer(1, 10),
        r.para(_calls_trend(r)),
    ]


def _visibility(r: Report) -> list[Flowable]:
    officers = key("visibility", "officers_in_visible_roles_pct", "force", "2014")
    officers_change = key("visibility", "officers_in_visible_roles_change", "force", "2010..2014")
    with_pcsos = key("visibility", "officers_pcsos_in_visible_roles_pct", "force", "2014")
    with_pcsos_change = key(
        "visibility", "officers_pcsos_in_visible_roles_change", "force", "2010..2014"
    )

    def direction(change_key: str) -> str:
        return "lower" if r.value(change_key) < 0 else "higher"

    def against(pct_key: str) -> str:
        return "higher" if r.value(pct_key) > r.national(pct_key) else "lower"

    return [
        *r.passage(
            "Visibility",
            "The work done by police officers and staff in visible roles (such as officers who "
            "respond to 999 calls, deal with serious road traffic collisions or patrol in "
            "neighbourhoods) represents only a part of the policing picture. Chief constables "
            "need to allocate resources to many other functions in order to protect the public, "
            "such as counter terrorism, serious and organised crime, and child protection (to "
            "name just three).",
            "That said, research shows that the public value seeing visible police officers on "
            "patrol in the streets, and that those who see police in uniform at least once a week "
            "are more likely to have confidence in their local force. HMIC therefore examined how "
            "far the changes being implemented by the force had affected the visibility of the "
            f"police in the {r.short} force area.",
            f"In 2014, {r.name} allocated {r.pct(officers, mark=True)} of its police officers to "
            f"visible roles. This is {r.plain(officers_change, mark=True)} percentage points "
            f"{direction(officers_change)} than the number allocated in 2010, and "
            f"{against(officers)} than the figure for most other forces (which was "
            f"{r.pct(national_key(officers), mark=True)} across England "
            "and Wales).",
            "Police visibility is further enhanced by PCSOs, who principally support community "
            "policing. Looking at the proportion of police officers and PCSOs, in 2014 "
            f"{r.name} allocated {r.pct(with_pcsos, mark=True)} of these staff to visible roles. "
            f"This is {r.plain(with_pcsos_change, mark=True)} percentage points "
            f"{direction(with_pcsos_change)} than it allocated in 2010, and {against(with_pcsos)} "
            f"than the {r.pct(national_key(with_pcsos), mark=True)} "
            "figure for England and Wales.",
        ),
    ]


def _survey(r: Report) -> list[Flowable]:
    def pair(measure: str) -> tuple[str, str]:
        return tuple(
            r.pct(key("survey", measure, subject, "2014"), mark=True)
            for subject in ("force", "england_wales")
        )

    seen, seen_ew = pair("seen_officer_more_often_pct")
    safe, safe_ew = pair("feel_safe_pct")
    safer, safer_ew = pair("feel_safer_than_two_years_ago_pct")
    return r.paras(
        "HMIC conducted a survey<super>1</super> of the public across England and Wales to assess "
        "whether the public had noticed any difference in the way their area is being policed. "
        f"Of those people surveyed in {r.short}, {seen} said that they have seen a police officer "
        f"more often than they had 12 months ago; this compares to {seen_ew} of respondents in "
        "England and Wales.",
        f"Furthermore, {safe} of respondents in {r.short} said they felt safe from crime where "
        f"they lived, compared to {safe_ew} of respondents in England and Wales. Finally, "
        f"{safer} said they felt safer from crime than they did two years ago, compared to "
        f"{safer_ew} of respondents in England and Wales.",
    )


def _reduction(r: Report, figure_key: str, verb: tuple[str, str]) -> str:
    """'reduced recorded crime ... by 13 percent' / 'increased ... by 4 percent'."""
    return verb[0] if r.value(figure_key) < 0 else verb[1]


def _noun(r: Report, figure_key: str) -> str:
    return "a reduction" if r.value(figure_key) < 0 else "an increase"


def _crime(r: Report) -> list[Flowable]:
    recorded = key("crime", "recorded_crime_change_pct", "force", CRIME_CHANGE)
    victim_based = key("crime", "victim_based_crime_change_pct", "force", CRIME_CHANGE)
    recent = key("crime", "recorded_crime_change_12_months_pct", "force", "2013-14")
    detection = key("crime", "detection_rate_pct", "force", "2013-14")
    national = {k: national_key(k) for k in (recorded, victim_based, recent, detection)}
    start = "2010/12" if r.style.crime_period_typo else "2010/11"
    recent_vs = comparison(r.value(recent), r.national(recent), margin=0)
    return [
        r.para("Crime", "subheading"),
        r.para(
            "In 2010, the Home Secretary set a clear priority for the police service to reduce "
            f"crime. Between {start} and 2013/14 (which includes the first three years of the "
            f"spending review), {r.name} {_reduction(r, recorded, ('reduced', 'increased'))} "
            f"recorded crime (excluding fraud) by {r.pct(recorded, mark=True)}, compared with "
            f"{_noun(r, national[recorded])} of {r.pct(national[recorded], mark=True)} in "
            "England and Wales. Over this period, victim-based crime (that is, crimes where "
            "there is a direct victim such as an individual, a group, or an organisation) "
            f"{_reduction(r, victim_based, ('decreased', 'increased'))} by "
            f"{r.pct(victim_based, mark=True)}, compared with "
            f"{_noun(r, national[victim_based])} of {r.pct(national[victim_based], mark=True)} "
            "in England and Wales."
        ),
        r.para(
            "Looking just at the last 12 months, recorded crime (excluding fraud) "
            f"{_reduction(r, recent, ('reduced', 'increased'))} by {r.pct(recent, mark=True)}, "
            f"which is {recent_vs} the figure for England and Wales "
            f"({_noun(r, national[recent])} of {r.pct(national[recent], mark=True)})."
        ),
        r.para(
            "By looking at how many crimes occur per head of population, we get an indication "
            "of how safe it is for the public in that police area."
        ),
        r.para(SURVEY_NOTE, "small"),
        *with_intro(
            [
                r.para(
                    f"The table below shows crime and anti-social behaviour rates in "
                    f"{r.name} (per head of population) compared with the rest of "
                    "England and Wales."
                )
            ],
            crime_table(r),
        ),
        Spacer(1, 10),
        r.para(
            "It is important that crimes are effectively investigated and that the perpetrator "
            "is identified and brought to justice. When sufficient evidence is available to "
            "identify who has committed a crime, it can be described as a detection. "
            f"{r.name}\u2019s detection rate (for crimes excluding fraud) for the 12 months to "
            f"March 2014 was {r.pct(detection, mark=True)}{r.footnote_marker(2)}. This is "
            f"{comparison(r.value(detection), r.national(detection), margin=1)} the England "
            f"and Wales detection rate of {r.pct(national[detection], mark=True)}."
        ),
        r.para(
            f"We have chosen these types of crime to give an indication of offending levels in "
            f"the {r.short} force area. For information on the frequency of other kinds of "
            "crimes in your area, go to www.hmic.gov.uk/crime-and-policing-comparator."
        ),
    ] + (
        [
            r.para(
                "2 Detections include charges, summonses, cautions and offences taken into "
                "consideration.",
                "small",
            )
        ]
        if r.style.footnote_markers
        else []
    )


def _victims(r: Report) -> list[Flowable]:
    force = key("victims", "victim_satisfaction_pct", "force", "2013-14")
    national = national_key(force)
    ci, ci_ew = (
        r.value(key("headline", "victim_satisfaction_ci_pp", s, "2013-14"))
        for s in ("force", "england_wales")
    )
    level = comparison(r.value(force), r.value(national), margin=ci)
    if r.style.percent == "%":
        share = f"{r.plain(force, mark=True)}% (\u00b1 {ci:.1f}%)"
        national_share = f"{r.plain(national, mark=True)}% (\u00b1 {ci_ew:.1f}%)"
    else:
        share = f"{r.plain(force, mark=True)} (\u00b1 {ci:.1f} percent) percent"
        national_share = f"{r.plain(national, mark=True)} percent (\u00b1 {ci_ew:.1f} percent)"
    return [
        r.para("Victim satisfaction surveys", "subheading"),
        r.para(
            "An important measure of the impact of changes to service provision for the public "
            "is how satisfied victims are with the overall service they receive when they "
            "seek police assistance."
        ),
        r.para(
            f"In the 12 months to March 2014, {share} of victims were satisfied with the "
            f"overall service provided by {r.name}. This is {level} the England and Wales "
            f"figure of {national_share}."
        ),
    ]


def _access(r: Report) -> list[Flowable]:
    stations = r.count(key("estate", "police_stations", "force", "2014"), mark=True)
    counters = r.count(key("estate", "front_counters", "force", "2014"), mark=True)
    return [
        *r.passage(
            "Changes to how the public can access services",
            "Forces are exploring different ways in which the public can access policing services.",
            "The force is supporting the needs of local communities through digital contact "
            "methods, neighbourhood team websites, social media and its database of frequently "
            "asked questions.",
            f"{r.short} is planning to invest in new customer contact technology that will enable "
            "it to interact with callers by web chat and make more effective use of a variety of "
            "social media. The force hopes that this system will be operational by 2017.",
            "The force is currently carrying out trials to establish how it might use fast SMS "
            "messaging to update callers and the public on relevant crimes, incidents, and "
            "appointments. The force already makes good use of social media to disseminate "
            "accurate information quickly to the public and to correct any inaccurate rumours "
            "about problems such as traffic incidents and reported disorder. It hopes to be able "
            "to increase this use of social media once the new technology is in place.",
            f"{r.short} has an extensive community involvement strategy for consultation and "
            "providing information. It carries out road shows, consultation exercises, and "
            "regular surveys of the public and victims. The force has improved relationships with "
            "the public by, for example, the use of Twitter and other social media to report on "
            "incidents and to correct misleading information from other sources about problem "
            "areas. In addition, officers have joined in football games with local children to "
            "build better relationships.",
            f"{r.name} currently has a total of {stations} police stations, {counters} of which "
            f"have dedicated front office counters. Over and above this {r.name} are moving to "
            "shared services access points and will have two shared access points by 2014/15.",
        ),
    ]


def _summary(r: Report) -> list[Flowable]:
    return [
        r.para("Summary", "subheading"),
        *typeset.ending_with_grade(
            r.bullets(
                "The force is making effective use of a range of methods to understand the demand "
                "placed on its services and the consequences of that demand, such as the numbers of "
                "staff required for crime investigation. The force\u2019s intelligent use of this "
                "information is vital for the successful implementation of the new operating model.",
                "The force has flexibility and agility in moving resources to address new and "
                "emerging threats such as organised crime.",
                "The force has maintained its drive on crime reduction and victim satisfaction "
                "throughout the spending review period.",
                "In a shrinking workforce, the proportion of staff retained in visible roles on the "
                "front line is indicative of an efficient force with efficient business support "
                "functions.",
            ),
            r.value(grade_key("efficiency")),
        ),
    ]


def efficiency(r: Report) -> list[Flowable]:
    return [
        *r.section_opening(
            "efficiency",
            "HMIC looks at how the force understands the demands that it faces and how it "
            "allocates both financial resources and staff to meet these demands. We look at how "
            "these decisions are leading to effective results for the public; in particular, that "
            "police are visible and that they attend promptly when called, that they are fighting "
            "crime and keeping communities safe, and that victims are satisfied with the service "
            "they receive.",
        ),
        *_demand(r),
        *_response(r),
        *_calls(r),
        *_visibility(r),
        *_survey(r),
        *_crime(r),
        *_victims(r),
        *_access(r),
        *_summary(r),
    ]
