"""Each view on hand-made figures (conftest.CORPUS: four forces, two regions, ties under each
polarity) or on Leicestershire's real 2014 figures, with the expected rows written out."""

import pytest

from tests.warehouse.warehouse_fixtures import (
    COST,
    VICTIMS,
    VICTIMS_EW,
    extraction,
    leicestershire_2014,
    load,
    rows,
    sha,
)


@pytest.fixture
def leicestershire(fresh_db):
    load(fresh_db, extraction("leicestershire", leicestershire_2014()))
    return fresh_db


def ranks(con, measure):
    return rows(
        con,
        "SELECT force_id, value, rank, n_ranked, percentile FROM force_rankings"
        " WHERE measure = ? ORDER BY rank, force_id",
        measure,
    )


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        pytest.param("victim_satisfaction_pct", [
            ("derbyshire", 88.0, 1, 4, 100.0),
            ("leicestershire", 85.8, 2, 4, 66.7),
            ("nottinghamshire", 85.8, 2, 4, 66.7),
            ("kent", 80.0, 4, 4, 0.0),
        ], id="higher_is_better"),
        pytest.param("crimes_excluding_fraud_rate", [
            ("kent", 50.0, 1, 4, 100.0),
            ("derbyshire", 59.3, 2, 4, 66.7),
            ("leicestershire", 59.3, 2, 4, 66.7),
            ("nottinghamshire", 70.0, 4, 4, 0.0),
        ], id="lower_is_better"),
        pytest.param("savings_requirement", [
            ("kent", 50.0, 1, 4, 100.0),
            ("nottinghamshire", 40.0, 2, 4, 66.7),
            ("leicestershire", 36.1, 3, 4, 33.3),
            ("derbyshire", 20.0, 4, 4, 0.0),
        ], id="neither_ranks_highest_first"),
    ],
)
def test_rankings_order_forces_by_polarity_and_tied_forces_share_a_rank(corpus, measure, expected):
    assert ranks(corpus, measure) == expected


def test_grades_rank_outstanding_first_with_the_grade_rank_as_value(corpus):
    assert rows(
        corpus,
        "SELECT force_id, value, value_text, rank FROM force_rankings"
        " WHERE dataset = 'judgment' ORDER BY rank, force_id",
    ) == [
        ("derbyshire", 1.0, "Outstanding", 1),
        ("kent", 2.0, "Good", 2),
        ("leicestershire", 2.0, "Good", 2),
        ("nottinghamshire", 3.0, "Requires improvement", 4),
    ]


def test_rankings_leave_out_a_force_without_the_figure(corpus):
    load(corpus, extraction("kent", {COST: 120.0}, file="kent-2.pdf"))
    assert [r[0] for r in ranks(corpus, "victim_satisfaction_pct")] == [
        "derbyshire", "leicestershire", "nottinghamshire",
    ]
    assert {r[3] for r in ranks(corpus, "victim_satisfaction_pct")} == {3}


def test_force_vs_england_wales_judges_better_worse_and_level_by_polarity(corpus):
    assert rows(
        corpus,
        "SELECT force_id, force_value, ew_value, difference, ratio, comparison"
        " FROM force_vs_england_wales WHERE measure = 'workforce_cost_per_head' ORDER BY force_id",
    ) == [
        ("derbyshire", 150.0, 168.1, -18.1, 0.8923, "better"),
        ("kent", 168.1, 168.1, 0.0, 1.0, "level"),
        ("leicestershire", 153.0, 168.1, -15.1, 0.9102, "better"),
        ("nottinghamshire", 170.0, 168.1, 1.9, 1.0113, "worse"),
    ]
    assert rows(
        corpus,
        "SELECT force_id, difference, comparison FROM force_vs_england_wales"
        " WHERE measure = 'victim_satisfaction_pct' ORDER BY force_id",
    ) == [
        ("derbyshire", 2.8, "better"),
        ("kent", -5.2, "worse"),
        ("leicestershire", 0.6, "better"),
        ("nottinghamshire", 0.6, "better"),
    ]


def test_force_vs_england_wales_makes_no_judgment_when_polarity_is_neither(leicestershire):
    assert rows(
        leicestershire,
        "SELECT measure, force_value, ew_value, comparison FROM force_vs_england_wales"
        " WHERE polarity = 'neither' ORDER BY measure",
    ) == [
        ("collaboration_savings_pct", 14.0, 10.0, None),
        ("collaboration_spend_pct_of_nre", 8.0, 11.0, None),
        ("police_staff_change_pct", 11.0, -17.0, None),
        ("savings_requirement_pct_of_budget", 18.0, 18.0, None),
        ("victim_satisfaction_ci_pp", 1.9, 0.2, None),
    ]


def test_regional_comparison_uses_the_mean_and_ranks_of_the_forces_in_the_region(corpus):
    assert rows(
        corpus,
        "SELECT force_id, region, value, region_mean, difference_from_region_mean,"
        " region_rank, n_in_region FROM regional_comparison"
        " WHERE measure = 'victim_satisfaction_pct' ORDER BY region, region_rank, force_id",
    ) == [
        ("derbyshire", "East Midlands", 88.0, 86.5333, 1.4667, 1, 3),
        ("leicestershire", "East Midlands", 85.8, 86.5333, -0.7333, 2, 3),
        ("nottinghamshire", "East Midlands", 85.8, 86.5333, -0.7333, 2, 3),
        ("kent", "South East", 80.0, 80.0, 0.0, 1, 1),
    ]


def test_force_profile_has_one_row_per_force_with_its_key_figures_and_ranks(corpus):
    assert rows(
        corpus,
        "SELECT force_id, region, n_forces_reporting, overall_grade,"
        " victim_satisfaction_pct_value, victim_satisfaction_pct_rank,"
        " workforce_cost_per_head_value, workforce_cost_per_head_rank, savings_gap_value,"
        " report_sha256 FROM force_profile ORDER BY force_id",
    ) == [
        ("derbyshire", "East Midlands", 4, "Outstanding", 88.0, 1, 150.0, 1, None,
         sha("derbyshire.pdf")),
        ("kent", "South East", 4, "Good", 80.0, 4, 168.1, 3, None, sha("kent.pdf")),
        ("leicestershire", "East Midlands", 4, "Good", 85.8, 2, 153.0, 2, None,
         sha("leicestershire.pdf")),
        ("nottinghamshire", "East Midlands", 4, "Requires improvement", 85.8, 2, 170.0, 4, None,
         sha("nottinghamshire.pdf")),
    ]


def test_workforce_lays_the_report_table_out_one_row_per_role(leicestershire):
    # The report's table: "Police officers 2,317 1,982 -335 -14% -11%" and so on.
    assert rows(
        leicestershire,
        "SELECT role, baseline, planned, change, change_pct, ew_change_pct FROM workforce"
        " ORDER BY role",
    ) == [
        ("pcsos", 233.0, 251.0, 18.0, 8.0, -22.0),
        ("police_officers", 2317.0, 1982.0, -335.0, -14.0, -11.0),
        ("police_staff", 1272.0, 1406.0, 134.0, 11.0, -17.0),
        ("specials", 240.0, 350.0, 110.0, 46.0, 44.0),
        ("total_workforce", 3822.0, 3639.0, -183.0, -5.0, -14.0),
    ]


def test_workforce_leaves_a_missing_figure_empty_without_shifting_another(fresh_db):
    load(fresh_db, extraction("kent", {
        "workforce/police_officers/force/2015-03-31": 3200.0,
        "workforce/police_officers_change_pct/england_wales/2010-03-31..2015-03-31": -11.0,
    }))
    assert rows(fresh_db, "SELECT role, baseline, planned, change, ew_change_pct FROM workforce") == [
        ("police_officers", None, 3200.0, None, -11.0)
    ]


def test_calls_for_service_pairs_the_two_years_of_each_call_type(leicestershire):
    assert rows(
        leicestershire,
        "SELECT call_type, target_minutes, on_target_pct_2010_11, on_target_pct_2013_14, change_pp"
        " FROM calls_for_service ORDER BY call_type",
    ) == [("emergency", 15.0, 91.0, 88.8, -2.2), ("priority", 60.0, 91.0, 79.5, -11.5)]


def test_crime_rates_compare_each_rate_with_england_and_wales(leicestershire):
    assert rows(
        leicestershire,
        "SELECT crime_type, force_rate, ew_rate, difference FROM crime_rates ORDER BY crime_type",
    ) == [
        ("asb_incidents", 26.5, 37.2, -10.7),
        ("burglary", 8.1, 7.8, 0.3),
        ("crimes_excluding_fraud", 59.3, 61.1, -1.8),
        ("sexual_offences", 1.1, 1.1, 0.0),
        ("victim_based_crime", 53.9, 54.3, -0.4),
        ("violence_against_the_person", 10.6, 11.1, -0.5),
    ]


def test_headline_figures_and_finance_put_force_and_england_wales_side_by_side(leicestershire):
    assert rows(
        leicestershire,
        "SELECT measure, period, unit, force_value, ew_value FROM headline_figures"
        " WHERE measure IN ('savings_gap', 'victim_satisfaction_pct') ORDER BY measure",
    ) == [
        ("savings_gap", "2011-12..2014-15", "gbp_m", 0.0, None),
        ("victim_satisfaction_pct", "2013-14", "pct", 85.8, 85.2),
    ]
    assert rows(leicestershire, "SELECT count(*) FROM headline_figures") == [(11,)]
    assert rows(
        leicestershire,
        "SELECT period, force_value FROM finance WHERE measure = 'savings_required' ORDER BY period",
    ) == [("2014-15", 10.4), ("2015-16", 7.9), ("2016-17", 17.6)]
    assert rows(leicestershire, "SELECT count(*) FROM finance") == [(10,)]


def test_judgments_give_each_question_its_grade_and_rank(corpus):
    load(corpus, extraction("kent", {
        "judgment/overall/force/2014": "Requires improvement",
        "judgment/efficiency/force/2014": "Inadequate",
    }, file="kent-2.pdf"))
    assert rows(
        corpus, "SELECT question, grade, grade_rank FROM judgments WHERE force_id = 'kent'"
        " ORDER BY question"
    ) == [("efficiency", "Inadequate", 4), ("overall", "Requires improvement", 3)]


def test_figure_provenance_names_the_file_page_and_box_of_each_figure(corpus):
    assert rows(
        corpus,
        "SELECT value, page, bbox, report_sha256, original_name, extractor_version"
        " FROM figure_provenance WHERE force_id = 'kent' AND measure = 'victim_satisfaction_pct'"
        " AND subject = 'force'",
    ) == [(80.0, 5, (72.0, 100.5, 180.0, 112.0), sha("kent.pdf"), "kent.pdf", "2014.1.0")]


def test_england_wales_disagreement_lists_each_value_with_its_reports(corpus):
    assert rows(corpus, "SELECT count(*) FROM dq_england_wales_consistency") == [(0,)]
    load(corpus, extraction("kent", {VICTIMS: 80.0, VICTIMS_EW: 85.0}, file="kent-2.pdf"))
    assert rows(
        corpus,
        "SELECT dataset, measure, value, n_reports, force_ids, report_sha256s, n_distinct_values"
        " FROM dq_england_wales_consistency ORDER BY value",
    ) == [
        ("headline", "victim_satisfaction_pct", 85.0, 1, ["kent"], [sha("kent-2.pdf")], 2),
        (
            "headline", "victim_satisfaction_pct", 85.2, 3,
            ["derbyshire", "leicestershire", "nottinghamshire"],
            [sha("derbyshire.pdf"), sha("leicestershire.pdf"), sha("nottinghamshire.pdf")],
            2,
        ),
    ]


def test_a_superseding_file_that_fixes_the_disagreement_empties_the_check(corpus):
    load(corpus, extraction("kent", {VICTIMS_EW: 85.0}, file="kent-2.pdf"))
    load(corpus, extraction("kent", {VICTIMS_EW: 85.2}, file="kent-3.pdf"))
    assert rows(corpus, "SELECT count(*) FROM dq_england_wales_consistency") == [(0,)]


def test_the_real_report_passes_every_arithmetic_check(leicestershire):
    assert rows(leicestershire, "SELECT * FROM dq_arithmetic") == []


def test_arithmetic_errors_are_listed_with_the_recomputed_and_printed_figures(fresh_db):
    values = leicestershire_2014()
    values["workforce/police_officers_change/force/2010-03-31..2015-03-31"] = -300.0
    values["headline/police_officer_change_pct/force/2010-11..2014-15"] = -15.0
    values["finance/pay_savings_pct/force/2011-12..2014-15"] = 70.0
    load(fresh_db, extraction("leicestershire", values))
    assert rows(
        fresh_db,
        "SELECT check_name, expected, reported, difference, report_sha256 FROM dq_arithmetic"
        " ORDER BY check_name",
    ) == [
        ("finance: pay_savings_pct + non_pay_savings_pct = 100", 100.0, 98.0, -2.0,
         sha("leicestershire.pdf")),
        ("headline police_officer_change_pct (force) = workforce police_officers_change_pct",
         -14.0, -15.0, -1.0, sha("leicestershire.pdf")),
        ("workforce change: police_officers + police_staff + pcsos = total_workforce",
         -148.0, -183.0, -35.0, sha("leicestershire.pdf")),
        ("workforce police_officers: 100 * change / baseline = change_pct", -12.95, -14.0, -1.05,
         sha("leicestershire.pdf")),
        ("workforce police_officers: planned - baseline = change", -335.0, -300.0, 35.0,
         sha("leicestershire.pdf")),
    ]


def test_coverage_lists_a_missing_force_and_the_datasets_a_report_lacks(corpus):
    assert rows(
        corpus,
        "SELECT dataset, missing, n_missing, n_expected FROM dq_coverage"
        " WHERE force_id = 'lincolnshire' AND dataset IN ('judgment', 'estate') ORDER BY dataset",
    ) == [("estate", "no_report", 2, 2), ("judgment", "no_report", 4, 4)]
    assert rows(
        corpus,
        "SELECT dataset, missing, n_missing, n_expected, missing_figures, report_sha256"
        " FROM dq_coverage WHERE force_id = 'kent' AND dataset IN ('judgment', 'estate')"
        " ORDER BY dataset",
    ) == [
        ("estate", "no_figures", 2, 2,
         ["front_counters/force/2014", "police_stations/force/2014"], sha("kent.pdf")),
        ("judgment", "some_figures", 3, 4,
         ["affordable_policing/force/2014", "efficiency/force/2014",
          "secure_financial_position/force/2014"], sha("kent.pdf")),
    ]
    assert rows(
        corpus, "SELECT count(DISTINCT force_id) FROM dq_coverage WHERE missing = 'no_report'"
    ) == [(39,)]


def test_a_complete_report_leaves_no_coverage_gap(leicestershire):
    assert rows(
        leicestershire, "SELECT count(*) FROM dq_coverage WHERE force_id = 'leicestershire'"
    ) == [(0,)]
