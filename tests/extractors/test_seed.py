"""The real Leicestershire report's own text, typeset in layouts unlike the sample corpus's,
gives exactly its real figures (the data dictionary's golden values): the guard that the
extractor reads the real prose and the meaning of a page, not the generator's habits."""

import pytest

import extractors

STYLES = {
    "as printed": {},
    "per cent, ruled tables, workforce table broken over a page, page numbers": {
        "percent": " per cent",
        "ruled": True,
        "split_workforce": True,
        "page_numbers": True,
    },
    "%, England and Wales column first, grades drawn in another order": {
        "percent": "%",
        "crime_national_first": True,
        "grade_order": (1, 2, 0),
    },
}


@pytest.mark.parametrize("options", STYLES.values(), ids=STYLES.keys())
def test_the_real_report_gives_its_real_figures(options, seed_pdf, golden):
    extraction = extractors.extract_report(seed_pdf(**options))
    got = {r.key: r.value for r in extraction.records}
    assert got == golden
    assert extraction.warnings == []
    assert extraction.report.force_id == "leicestershire"


def test_pairs_are_read_by_position_not_text_order(seed_pdf):
    """The seed's text prints '£168.1£153.0' and '85.2%85.8%', England and Wales first."""
    got = {r.key: r.value for r in extractors.extract_report(seed_pdf()).records}
    assert got[("headline", "workforce_cost_per_head", "force", "2013-14")] == 153.0
    assert got[("headline", "workforce_cost_per_head", "england_wales", "2013-14")] == 168.1
    assert got[("headline", "victim_satisfaction_pct", "force", "2013-14")] == 85.8
    assert got[("headline", "victim_satisfaction_pct", "england_wales", "2013-14")] == 85.2


def test_the_seeds_oddities_are_read(seed_pdf):
    """'Between 2010/12 and 2013/14' is the 2010-11 change; '£7.9 savings' is £7.9m."""
    got = {r.key: r for r in extractors.extract_report(seed_pdf()).records}
    assert got[("crime", "recorded_crime_change_pct", "force", "2010-11..2013-14")].value == -13
    assert got[("finance", "savings_required", "force", "2015-16")].value == 7.9


def test_a_report_without_calls_for_service_lacks_those_figures_without_warning(seed_pdf, golden):
    extraction = extractors.extract_report(seed_pdf(calls=False))
    got = {r.key: r.value for r in extraction.records}
    assert got == {k: v for k, v in golden.items() if k[0] != "calls"}
    assert extraction.warnings == []


def test_a_misprinted_table_is_reported_with_a_warning(seed_pdf):
    """A failed check warns and names the figures; the printed figure is still reported."""
    extraction = extractors.extract_report(seed_pdf(table_edits=(("-335", "-300"),)))
    change = ("workforce", "police_officers_change", "force", "2010-03-31..2015-03-31")
    assert {r.key: r.value for r in extraction.records}[change] == -300
    warned = [w for w in extraction.warnings if w.code == "arithmetic"]
    assert warned and all(
        "workforce/police_officers_change/force/2010-03-31..2015-03-31" in w.keys for w in warned
    )


def test_a_figure_the_report_does_not_print_is_missing_with_a_warning(seed_pdf, golden):
    extraction = extractors.extract_report(seed_pdf(omit=("police stations",)))
    estate = {k for k in golden if k[0] == "estate"}
    assert estate and not estate & {r.key for r in extraction.records}
    assert sorted((w.code, w.keys) for w in extraction.warnings) == sorted(
        ("missing_value", ("/".join(key),)) for key in estate
    )
