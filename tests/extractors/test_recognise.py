import pytest

from extractors.errors import NotAValueForMoneyReport, UnknownForce, UnsupportedEdition
from extractors.recognise import edition_of, force_of, title_of


@pytest.mark.parametrize(
    "text",
    [
        "Leicestershire Police\nResponding to austerity\nJuly 2014",
        "How well does the force provide value for \nmoney?",
        "How well does the constabulary provide value for money?",
        "How well does the MPS provide value for money?",
    ],
)
def test_the_2014_edition_is_known_by_its_title_or_its_question(text):
    assert edition_of(text) == "2014"


def test_an_earlier_edition_is_named_in_its_refusal():
    with pytest.raises(UnsupportedEdition, match="2013"):
        edition_of("HMIC Valuing the Police. Policing in austerity: Rising to the challenge")
    with pytest.raises(UnsupportedEdition, match="2011"):
        edition_of(
            "HMIC. Adapting to austerity: a review of police force and authority preparedness"
        )


def test_text_without_hmic_value_for_money_wording_is_not_a_report():
    with pytest.raises(NotAValueForMoneyReport):
        edition_of("Annual report of the parish council: value for money in the village hall")


@pytest.mark.parametrize(
    ("text", "force_id"),
    [
        (
            "Cumbria Constabulary has identified that it needs to save. Cumbria Constabulary",
            "cumbria",
        ),
        ("In 2014, the MPS allocated 60 percent of its officers. The MPS plans", "metropolitan"),
        ("Metropolitan Police Service", "metropolitan"),
        ("Dyfed\u2013Powys Police and\nDyfed-Powys Police", "dyfed-powys"),
        ("Avon and Somerset Constabulary", "avon-and-somerset"),
    ],
)
def test_the_force_is_found_by_name_or_alias(text, force_id):
    assert force_of(text).force_id == force_id


def test_a_collaboration_partner_named_in_passing_is_not_the_force():
    text = (
        "Leicestershire Police works with Northamptonshire Police. " + "Leicestershire Police " * 5
    )
    assert force_of(text).force_id == "leicestershire"


def test_a_region_named_like_a_force_is_not_a_force():
    """'West Midlands' is a region; the force is West Midlands Police."""
    assert (
        force_of("Staffordshire Police, in the West Midlands region. Staffordshire Police").force_id
        == "staffordshire"
    )


def test_no_force_named_is_refused():
    with pytest.raises(UnknownForce):
        force_of("The force has made good progress.")


def test_the_title_is_the_cover_title_with_the_force():
    force = force_of("Kent Police")
    assert (
        title_of("HMIC\nResponding to austerity\nKent Police", force)
        == "Kent Police: Responding to austerity"
    )
