"""The real 2014 report for Leicestershire, as its text reads: the sentences, headings and
tables a seed report is typeset from in these tests (copied from the seed text; the tests never
read the seed itself). Blocks are (kind, text): heading, subheading, para, bullet, small, grade,
or table (the name of a table below)."""

OVERALL = [
    ("heading", "How well does the force provide value for money?"),
    ("subheading", "Overall judgment"),
    (
        "para",
        "Leicestershire Police has made good progress in its response to the spending review challenge, and continues to develop its plans to address the future while protecting its communities.",
    ),
    ("subheading", "Summary"),
    (
        "para",
        "Leicestershire Police is on track to achieve its required savings of £36.1m over this spending review period. Achieving these savings depends on the future success of the force’s change programme, the implementation of the new operating model, increased collaboration, and removing cost from processes.",
    ),
    (
        "para",
        "In 2015/16 and 2016/17 the plans to address the budget gap are based on further modernisation, leading to further reductions in the workforce, a continued decrease in the size of the estate, additional savings from the centralisation of budgets, and expanding upon potential collaboration opportunities.",
    ),
    (
        "para",
        "The force has a strong track record of achieving significant savings from its non-pay costs and investing these in the provision of frontline policing. It uses robust workforce modelling, supported by good governance, to ensure that planned changes are made appropriately and that associated savings are achieved.",
    ),
    (
        "para",
        "Leicestershire Police has put in place a more sustainable approach to making savings, which includes moving to a model of policing based on affordable workforce numbers. The force understands the issues it faces, and is achieving the required savings today while planning for the future.",
    ),
    ("grade", "Good"),
]

QUESTIONS = [
    "To what extent is the force taking the necessary steps to ensure a secure financial position for the short and long term?",
    "To what extent has the force an affordable way of providing policing?",
    "To what extent is the force efficient?",
]

COLUMNS = [
    [
        "The force has clear plans in place to achieve all of the £10.4m savings needed in 2014/15, including the use of reserves The force is finalising its plans to meet its savings requirement in 2015/16.",
        "Projected savings depend on the future success of the force’s change programme, the implementation of the new operating model, increased collaboration, and removing cost in processes such as prisoner handling.",
        "The force has a good track record of achieving the savings it has planned to make.",
        "The force has focused on achieving much of its savings requirement through collaboration and non-pay to reduce the impact on its workforce.",
    ],
    [
        "The force provides local policing in 65 neighbourhood areas through 15 local policing units; it is planning a new way of working with more efficient processes and fewer premises.",
        "The force gains a high level of savings from collaboration in comparison to other forces in England and Wales.",
        "The proportion of police officers planned to work in front line roles exceeds the average for other forces. The well-established change programme contributes considerably to meeting the savings requirement.",
        "Collaboration with other forces, year-on-year non-pay savings, and the re-design of local policing are all aimed at assuring the force’s future.",
    ],
    [
        "The force makes effective use of a range of methods to understand the demand placed on its services and the consequences of that demand.",
        "The force’s intelligent use of this information is vital for the successful implementation of the new operating model.",
        "The force has flexibility and agility in moving resources to address new and emerging threats.",
        "Crime has reduced over the spending review and victim satisfaction is in line with other forces in England and Wales.",
        "The proportion of staff retained in visible roles on the front line is indicative of a force with efficient business support functions. The force in numbers",
    ],
]

INTRODUCTION = [
    ("heading", "Introduction"),
    (
        "para",
        "In October 2010, the Government announced that central funding to the Police Service in England and Wales would reduce by 20 percent in the four years between March 2011 and March 2015.",
    ),
    (
        "para",
        "HMIC’s Valuing the Police Programme has tracked how forces are planning to make savings to meet this budget demand each year since summer 2011. This report identifies what we found in this, our fourth year.",
    ),
    (
        "para",
        "Our inspection focused on how well the force is achieving value for money. To answer this question we looked at three areas:",
    ),
    (
        "bullet",
        "To what extent is the force taking the necessary steps to ensure a secure financial position in the short and long term?",
    ),
    ("bullet", "To what extent has the force an affordable way of providing policing?"),
    ("bullet", "To what extent is the force efficient?"),
    (
        "para",
        "During our inspection we collected data and plans from forces, surveyed the public to see if they had noticed any changes in the service they receive from the police as a result of the cuts, and conducted in-force inspections. We also interviewed, where possible, the chief constable, police and crime commissioner and the chief officer leads for finance, change, human resources and performance in each force, and held focus groups with staff and other officers.",
    ),
    ("para", "This provides the findings for Leicestershire Police."),
]

FINANCE = [
    (
        "heading",
        "To what extent is the force taking the necessary steps to ensure a secure financial position for the short and long term?",
    ),
    (
        "para",
        "HMIC looked at the savings plans that forces have developed in order to meet the financial challenge of the spending review, and for the year after 2015/16. It is also important that forces look to the future beyond 2016 in their planning, so we also explored how they are starting to prepare for further financial challenges.",
    ),
    ("subheading", "Financial challenge"),
    (
        "para",
        "Leicestershire Police has identified that it needs to save £36.1m over the four years of the spending review (between March 2011 and March 2015).",
    ),
    (
        "para",
        "As a proportion of its overall budget, this savings requirement of 18 percent is broadly in line with the 18 percent for England and Wales.",
    ),
    ("subheading", "The scale of the challenge"),
    (
        "para",
        "The force spends more per head of population on its total workforce than most other forces since it has a proportionally higher number of police staff and police officers. However, the cost of police officers and police staff per head of population has reduced over the spending review period.",
    ),
    ("subheading", "Savings plans for 2014/15 and 2015/16"),
    (
        "para",
        "Leicestershire Police achieved the savings required for 2013/14 (£6.5m) and has clear plans in place to achieve the majority of the £10.4m savings needed in 2014/15 with the use of reserves. The plans to achieve the required £7.9 savings in 2015/16 are still being developed.",
    ),
    (
        "para",
        "The force’s projected savings become increasingly dependent on the future success of the force’s change programme, the implementation of the new operating model, increased collaboration, and removing cost from processes such as investigations, and prisoner handling. The force’s policy is to include savings in the financial forecast only when the actions have been agreed and the savings are confirmed.",
    ),
    ("subheading", "Outlook for 2016 and beyond"),
    (
        "para",
        "The force currently anticipates a significant jump in the savings it expects to have to achieve in 2016/17, forecasting a requirement of £17.6m. This is because it has assumed a further reduction of 5 percent in central government grant in that year, together with assumptions about pay inflation and increases in national insurance contributions planned for that year. The force has made a series of prudent assumptions in relation to future reductions in the grant it receives from central government, pay inflation, and the amount of money likely to be raised through future increases in the amount of council tax paid by local people.",
    ),
    (
        "para",
        "The force is developing its detailed planning for 2015/16 and beyond through the change programme. The programme team works closely with finance and human resources staff. The change programme envisages a new-look force to match a vision of its duty to protect communities. This new-look force will be smaller, the workforce will be multi-skilled and will work digitally, resources will be allocated according to threat and risk over a smaller area, business partnering will become more evident, and regional functions will expand.",
    ),
    ("subheading", "Summary"),
    (
        "bullet",
        "Leicestershire Police has clear plans in place to achieve all of the £10.4m savings needed in 2014/15.",
    ),
    (
        "bullet",
        "The plans to achieve the required £7.9m savings in 2015/16 are still being developed.",
    ),
    (
        "bullet",
        "Projected savings depend on the future success of the force’s change programme, the implementation of the new operating model, increased collaboration, and removing cost from processes such as investigations and prisoner handling.",
    ),
    (
        "bullet",
        "The force has a good track record of achieving the savings it has planned to make.",
    ),
    (
        "bullet",
        "The force has focused on achieving much of its savings requirement through collaboration and non-pay to reduce the impact workforce numbers.",
    ),
    ("grade", "Good"),
]

POLICING = [
    ("heading", "To what extent has the force an affordable way of providing policing?"),
    (
        "para",
        "HMIC looks at how the force is structured to provide policing. We ask if this is affordable as the force responds to their financial challenge. We look at what the force is doing to reduce its costs, how it is protecting officers and staff engaged in fighting crime and keeping communities safe, and how it is making the required changes through its change programme.",
    ),
    ("subheading", "How the force provides policing"),
    (
        "para",
        "The force’s current way of working does not meet future financial requirements. The force is aware of this and through its change programme and recommendations from business consultants, the force aims to have a new way of working in place by early 2017, which will meet the future financial requirements.",
    ),
    (
        "para",
        "Leicestershire Police has a strong commitment to neighbourhood policing. This focuses on prevention activity, involvement with communities and problem solving. Two basic command units, each led by a chief superintendent, mirror the city and county boundaries; the city has six local policing units and the county has nine. The force’s 15 local policing units are supported by specialist departments such as scientific support, the dog section, and East Midlands air support unit.",
    ),
    (
        "para",
        "Although the force plans to reduce the number of local policing units from 15 to 8, it intends to retain the existing 65 neighbourhood policing areas. The intention is that the level of staff dedicated to each neighbourhood area, and the mix of police officers and PCSOs on each team, will be based on an assessment of demand, threat and risk. It is likely that the number of dedicated neighbourhood staff will be reduced. However, these teams will be entirely dedicated to neighbourhood policing and will not carry other demands that sometimes take the current neighbourhood policing teams away from their core role. The force anticipates implementation across the autumn, until completion within this financial year.",
    ),
    ("subheading", "Collaboration"),
    (
        "para",
        "HMIC monitors forces’ progress on collaboration because it offers the opportunity to provide efficient, effective policing and helps to achieve savings.",
    ),
    (
        "para",
        "Leicestershire Police has a strong track record both in increasing its operational capabilities and securing savings through collaboration. This is subject to robust governance and is central to the force’s sustainability and response to the austerity challenge.",
    ),
    (
        "para",
        "Collaboration is built on a lead-force model, where one force is nominated to take the strategic lead on behalf of a number of others. Successful collaborations, for example, regional teams to tackle organised criminal groups, were established in the East Midlands specialist operations unit over a decade ago. This established a strong foundation for the progress that has been made during this spending review period.",
    ),
    (
        "para",
        "Other regionalised functions are the East Midlands Specialist Operations Unit led by a chief superintendent covering major crime, serious and organised crime, forensic services. Also human resources covering occupational health, training and development, transactional services; and legal services, vetting, procurement and payroll.",
    ),
    (
        "para",
        "The East Midlands Operational Support Services (EMOpSS) has been in place since 1 April 2014. It has a command team led by a chief superintendent and covers tactical dogs and firearms, tactical support group, force planning unit, roads policing unit, east midlands air support unit, serious collision investigation unit, special constabulary and volunteers.",
    ),
    (
        "para",
        "In 2014/15, the force expects to spend 8 percent of its net revenue expenditure on collaboration, which is lower than the 11 percent figure for England and Wales. Collaboration is expected to contribute 14 percent of the force’s savings requirement, which is above the 10 percent figure for England and Wales.",
    ),
    ("subheading", "How is the force achieving the savings?"),
    (
        "para",
        "Because around 80 percent of a police budget (on average) is spent on staff costs, it is not surprising that forces across England and Wales plan to achieve most of their savings by reducing the number of police officers, police community support officers (PCSOs) and police staff employed.",
    ),
    (
        "para",
        "However, we also expect forces to bear down on their other costs (non-pay) such as the equipment they buy, the accommodation and vehicles they use and the contracts they enter for services such as cleaning. The force plans to make 28 percent of its savings from non-pay, which is broadly in line with other forces.",
    ),
    (
        "para",
        "Leicestershire Police has a strong track record of achieving savings in relation to its non-pay costs. The force initiated a number of projects that targeted non-pay budgets and reduced its non-pay budget considerably.",
    ),
    (
        "para",
        "The force has also reduced expenditure on overtime and has successfully reduced the costs of a number of contracts by re-tendering and achieving lower rates. Examples of this include the force’s corporate insurance and provision of security services by an external provider. The estates strategy includes the replacement of some current buildings with smaller premises, which are more efficient to run.",
    ),
    (
        "para",
        "It has plans through 2014/15 to continue this focus by achieving savings on estate costs by reducing running costs at a number of police stations.",
    ),
    (
        "para",
        "As with other forces, savings mostly come from reducing the workforce. Leicestershire Police made an early start on this in 2010 when it slowed its recruitment of new police officers and police staff, and reduced the number of police staff. The force plans to make 72 percent of its spending review savings requirement from its pay budget. This is broadly in line with other forces.",
    ),
    (
        "para",
        "The following table shows the constabulary’s planned changes to workforce numbers over the spending review period, and compares these to the change for England and Wales.",
    ),
    ("para", "Please note, these figures are rounded."),
    ("table", "workforce"),
    (
        "para",
        "Over the spending review the force plan to lose proportionally fewer of the workforce than for England and Wales. However, as Leicestershire is the employer for police staff working within the regional collaboration the increase in these numbers affects the overall workforce totals. For this reason the workforce and police staff numbers are not directly comparable.",
    ),
    (
        "para",
        "It is important that as forces reconfigure their structures and reduce workforce numbers, they focus on maintaining (or if possible increasing) the proportion of people in frontline crime-fighting roles.",
    ),
    (
        "para",
        "HMIC defines the people who work on the police front line as those who are in everyday contact with the public and who directly intervene to keep people safe and enforce the law. The following chart shows the planned change in the workforce frontline profile in Leicestershire Police. Note: England and Wales reports an increase in the proportion of workforce on the front line from 74 percent in March 2010 to 78 percent in March 2015.",
    ),
    (
        "para",
        "The number of officers, PCSOs and staff working on the front line is projected to reduce by 104 between March 2010 and March 2015 (from 2,829 to 2,725).",
    ),
    (
        "para",
        "Over the same period, the proportion of Leicestershire Police’s total workforce allocated to frontline roles is projected to reduce from 76 percent to 75 percent. This compares with an overall increase across England and Wales from 74 percent to 78 percent.",
    ),
    (
        "para",
        "The number of Leicestershire’s police officers in frontline roles is planned to reduce by 204 from 2,067 in March 2010 to 1,863 by March 2015, as the following chart shows. The proportion of those remaining on the front line is projected to increase from 91 percent to 94 percent. This compares with an overall increase across England and Wales from 89 percent to 92 percent, and it shows Leicestershire Police is successfully protecting frontline crime-fighting roles as it makes these cuts.",
    ),
    ("subheading", "Summary"),
    (
        "bullet",
        "The force currently provides local policing in 65 neighbourhood areas through 15 local policing units; it is planning to implement a new way of working supported by more efficient processes and working from fewer premises.",
    ),
    (
        "bullet",
        "An increasing number of business support and operational functions are being provided in collaboration with other forces in the East Midlands area.",
    ),
    (
        "bullet",
        "The force gains a high level of savings from collaboration when compared with other forces in England and Wales.",
    ),
    (
        "bullet",
        "The force has a strong track record of achieving considerable savings from its non-pay costs.",
    ),
    (
        "bullet",
        "Despite a planned reduction of 335 police officers over the spending review period, the planned proportion of police officers working in frontline roles exceeds the figure for England and Wales.",
    ),
    ("grade", "Good"),
]

EFFICIENCY = [
    ("heading", "To what extent is the force efficient?"),
    (
        "para",
        "HMIC looks at how the force understands the demands that it faces and how it allocates both financial resources and staff to meet these demands. We look at how these decisions are leading to effective results for the public; in particular, that police are visible and that they attend promptly when called, that they are fighting crime and keeping communities safe, and that victims are satisfied with the service they receive.",
    ),
    ("subheading", "How well does the force understand and manage demand?"),
    (
        "para",
        "The force has developed a robust planning cycle, including a strategic assessment that is reviewed annually. This assessment uses data and intelligence from force systems, as well as from partner agencies such as local authorities, to identify, analyse and prioritise risks, threats and demands.",
    ),
    (
        "para",
        "The force understands and manages demand well. Its new policy of how best to respond to calls for service has shifted from traditional forms of prioritisation to an assessment of the threat, harm, vulnerability and risk of the individual caller. Call handlers have been trained in this approach, as well as in the national decision making model. This training empowers them to make deployment decisions based on the identification of callers with the greatest needs.",
    ),
    ("subheading", "Calls for service"),
    (
        "para",
        "HMIC examined whether Leicestershire was taking longer to respond to calls for help, as a result of its workforce reductions and other changes designed to save money. Forces are not required to set response times or targets and are free to determine their own arrangements for monitoring attendance to calls, so information between forces is not comparable.",
    ),
    (
        "para",
        "We found that over the four years since 2010, Leicestershire had maintained the same target response times of 15 minutes for calls classed as ‘emergency’ (also known as Grade 1). Over the same period, calls classed as a ‘priority’ (also known as Grade 2) had a target response time of within 60 minutes.",
    ),
    ("para", "The following table compares the force’s performance in 2010/11 to 2013/14."),
    ("table", "calls"),
    (
        "para",
        "Over the spending review, attendance within target for both emergency and for priority calls has declined.",
    ),
    ("subheading", "Visibility"),
    (
        "para",
        "The work done by police officers and staff in visible roles (such as officers who respond to 999 calls, deal with serious road traffic collisions or patrol in neighbourhoods) represents only a part of the policing picture. Chief constables need to allocate resources to many other functions in order to protect the public, such as counter terrorism, serious and organised crime, and child protection (to name just three).",
    ),
    (
        "para",
        "That said, research shows that the public value seeing visible police officers on patrol in the streets, and that those who see police in uniform at least once a week are more likely to have confidence in their local force. HMIC therefore examined how far the changes being implemented by the force had affected the visibility of the police in the Leicestershire force area. In 2014, Leicestershire Police allocated 65 percent of its police officers to visible roles. This is 3.9 percentage points higher than the number allocated in 2010, and higher than the figure for most other forces (which was 56 percent across England and Wales).",
    ),
    (
        "para",
        "Police visibility is further enhanced by PCSOs, who principally support community policing. Looking at the proportion of police officers and PCSOs, in 2014 Leicestershire Police allocated 69 percent of these staff to visible roles. This is 4.0 percentage points higher than it allocated in 2010, and higher than the 60 percent figure for England and Wales.",
    ),
    (
        "para",
        "HMIC conducted a survey<super>1</super> of the public across England and Wales to assess whether the public had noticed any difference in the way their area is being policed. Of those people surveyed in Leicestershire, 14 percent said that they have seen a police officer more often than they had 12 months ago; this compares to 12 percent of respondents in England and Wales.",
    ),
    (
        "para",
        "Furthermore, 87 percent of respondents in Leicestershire said they felt safe from crime where they lived, compared to 84 percent of respondents in England and Wales. Finally, 9 percent said they felt safer from crime than they did two years ago, compared to 9 percent of respondents in England and Wales.",
    ),
    ("subheading", "Crime"),
    (
        "para",
        "In 2010, the Home Secretary set a clear priority for the police service to reduce crime. Between 2010/12 and 2013/14 (which includes the first three years of the spending review), Leicestershire Police reduced recorded crime (excluding fraud) by 13 percent, compared with a reduction of 14 percent in England and Wales. Over this period, victim-based crime (that is, crimes where there is a direct victim such as an individual, a group, or an organisation) decreased by 10 percent, compared with a reduction of 14 percent in England and Wales.",
    ),
    (
        "para",
        "Looking just at the last 12 months, recorded crime (excluding fraud) increased by 4 percent, which is higher than the figure for England and Wales (a reduction of 1 percent).",
    ),
    (
        "para",
        "By looking at how many crimes occur per head of population, we get an indication of how safe it is for the public in that police area.",
    ),
    (
        "small",
        "1 Sample sizes for each force were chosen to produce a confidence interval of no more than ± 6 percent and for England and Wales, no more than ± 1 percent. Force differences to the England and Wales value may not be statistically significant.",
    ),
    (
        "para",
        "The table below shows crime and anti-social behaviour rates in Leicestershire Police (per head of population) compared with the rest of England and Wales.",
    ),
    ("table", "crime"),
    (
        "para",
        "It is important that crimes are effectively investigated and that the perpetrator is identified and brought to justice. When sufficient evidence is available to identify who has committed a crime, it can be described as a detection. Leicestershire Police’s detection rate (for crimes excluding fraud) for the 12 months to March 2014 was 25 percent. This is broadly in line with the England and Wales detection rate of 26 percent.",
    ),
    (
        "para",
        "We have chosen these types of crime to give an indication of offending levels in the Leicestershire force area. For information on the frequency of other kinds of crimes in your area, go to www.hmic.gov.uk/crime-and-policing-comparator.",
    ),
    ("subheading", "Victim satisfaction surveys"),
    (
        "para",
        "An important measure of the impact of changes to service provision for the public is how satisfied victims are with the overall service they receive when they seek police assistance.",
    ),
    (
        "para",
        "In the 12 months to March 2014, 85.8 (± 1.9 percent) percent of victims were satisfied with the overall service provided by Leicestershire Police. This is broadly in line with the England and Wales figure of 85.2 percent (± 0.2 percent).",
    ),
    ("subheading", "Changes to how the public can access services"),
    (
        "para",
        "Forces are exploring different ways in which the public can access policing services.",
    ),
    (
        "para",
        "The force is supporting the needs of local communities through digital contact methods, neighbourhood team websites, social media and its database of frequently asked questions. Leicestershire is planning to invest in new customer contact technology that will enable it to interact with callers by web chat and make more effective use of a variety of social media. The force hopes that this system will be operational by 2017.",
    ),
    (
        "para",
        "Leicestershire Police currently has a total of 18 police stations, 14 of which have dedicated front office counters. Over and above this Leicestershire Police are moving to shared services access points and will have two shared access points by 2014/15.",
    ),
    ("subheading", "Summary"),
    (
        "bullet",
        "The force is making effective use of a range of methods to understand the demand placed on its services and the consequences of that demand, such as the numbers of staff required for crime investigation. The force’s intelligent use of this information is vital for the successful implementation of the new operating model.",
    ),
    (
        "bullet",
        "The force has flexibility and agility in moving resources to address new and emerging threats such as organised crime.",
    ),
    (
        "bullet",
        "The force has maintained its drive on crime reduction and victim satisfaction throughout the spending review period.",
    ),
    (
        "bullet",
        "In a shrinking workforce, the proportion of staff retained in visible roles on the front line is indicative of an efficient force with efficient business support functions.",
    ),
    ("grade", "Good"),
]

OUR_JUDGMENTS = [
    ("heading", "Our judgments"),
    (
        "para",
        "HMIC uses four categories for making judgments, two are positive and two are negative. The categories are:",
    ),
    ("bullet", "outstanding;"),
    ("bullet", "good;"),
    ("bullet", "requires improvement; and"),
    ("bullet", "inadequate."),
    (
        "para",
        "Judgment is made against how well the force achieves value for money, it is not an assessment of the overall effectiveness of policing. In applying the categories HMIC considers whether:",
    ),
    (
        "bullet",
        "the way the force is achieving value for money is good, or exceeds this standard sufficiently to be judged as outstanding;",
    ),
    (
        "bullet",
        "the force requires improvement in the way it achieves value for money, and/or there are some weaknesses; or",
    ),
    (
        "bullet",
        "the force’s provision of value for money is inadequate because it is considerably lower than is expected.",
    ),
]
# "The force in numbers", as the seed's text gives it: (caption, the force's value, England and
# Wales's value). The seed's text prints two pairs England and Wales first ("£168.1£153.0",
# "85.2%85.8%"): only the labels under the values say which is which.
SAVINGS_CAPTION = "The force’s savings requirement"
SAVINGS = (("£36.1m", "Requirement"), ("£0.0m", "Gap"))
PAIRS = (
    ("Planned change in police officer numbers 2010/11 – 2014/15", "-14%", "-11%"),
    ("Planned change in total workforce numbers 2010/11 – 2014/15", "-5%", "-14%"),
    (
        "Planned proportion of police officers on the front line 2014/15 vs 2010/11 (percentage points)",
        "+3.2",
        "+3.0",
    ),
    (
        "Planned proportion of total workforce on the front line 2014/15 vs 2010/11 (percentage points)",
        "-0.9",
        "+3.7",
    ),
    ("Police officer cost per head of population 2013/14", "£105.0", "£117.7"),
    ("Workforce cost per head of population 2013/14", "£153.0", "£168.1"),
    ("Change in recorded crime 2010/11 – 2013/14", "-13%", "-14%"),
    ("Victim satisfaction 2013/14*", "85.8%", "85.2%"),
)
NATIONAL_FIRST = ("Workforce cost per head of population 2013/14", "Victim satisfaction 2013/14*")
NUMBERS_NOTE = "*Confidence intervals: ± 1.9% for Leicestershire; ± 0.2% for England and Wales."

# The tables, header cells wrapped as the seed's text shows them.
TABLES = {
    "workforce": (
        [
            "",
            "31 March\n2010\n(baseline)",
            "31 March\n2015",
            "Change",
            "Force\nchange %",
            "Change for\nEngland\nand Wales\n%",
        ],
        [
            ["Police\nofficers", "2,317", "1,982", "-335", "-14%", "-11%"],
            ["Police staff", "1,272", "1,406", "134", "11%", "-17%"],
            ["PCSOs", "233", "251", "18", "8%", "-22%"],
            ["Total", "3,822", "3,639", "-183", "-5%", "-14%"],
            ["Specials", "240", "350", "110", "46%", "44%"],
        ],
    ),
    "calls": (
        ["Calls for service", "2010/11", "2013/14"],
        [
            ["Percentage of emergency calls on target", "91.0", "88.8"],
            ["Percentage of priority calls on target", "91.0", "79.5"],
        ],
    ),
    "crime": (
        [
            "12 months to March 2014",
            "Rate per 1,000 population",
            "England and Wales rate\nper 1,000 population",
        ],
        [
            ["Crimes (excluding fraud)", "59.3", "61.1"],
            ["Victim-based crime", "53.9", "54.3"],
            ["Sexual offences", "1.1", "1.1"],
            ["Burglary", "8.1", "7.8"],
            ["Violence against the person", "10.6", "11.1"],
            ["ASB incidents", "26.5", "37.2"],
        ],
    ),
}
