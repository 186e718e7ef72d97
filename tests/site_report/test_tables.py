import pandas as pd

from site_report import tables
from site_report.key_measures import KeyMeasure
from tests.site_report.site_fixtures import forces_frame, marts_of

BURGLARY = KeyMeasure("crime", "burglary_rate", "2013-14", "Burglary, rate")
KEY = {"dataset": "crime", "measure": "burglary_rate", "period": "2013-14"}
FORCES = forces_frame("kent", "essex", "surrey", "durham")


def rows(**columns: list) -> pd.DataFrame:
    return pd.DataFrame(columns)


def rankings() -> pd.DataFrame:
    return pd.concat(
        [
            rows(
                force_id=["essex", "kent", "surrey"],
                **{k: [v] * 3 for k, v in KEY.items()},
                value=[9.0, 4.0, 4.0],
                rank=[3, 1, 1],
                n_ranked=[3, 3, 3],
            ),
            rows(  # the same measure another year, and another measure: not burglary 2013-14
                force_id=["durham", "durham"],
                dataset=["crime", "crime"],
                measure=["burglary_rate", "sexual_offences_rate"],
                period=["2012-13", "2013-14"],
                value=[1.0, 1.0],
                rank=[1, 1],
                n_ranked=[1, 1],
            ),
        ]
    )


def vs_ew() -> pd.DataFrame:
    return rows(
        force_id=["essex", "kent", "surrey"],
        **{k: [v] * 3 for k, v in KEY.items()},
        ew_value=[5.0, 5.0, 5.5],
        comparison=["worse", "better", "better"],
    )


def test_key_measure_ranking_orders_forces_best_first_with_names_and_comparison():
    ranked = tables.key_measure_ranking(
        marts_of(forces=FORCES, force_rankings=rankings(), force_vs_england_wales=vs_ew()),
        BURGLARY,
    )
    assert ranked["label"].tolist() == ["Kent", "Surrey", "Essex"]  # tie at 1 broken by name
    assert ranked["rank"].tolist() == [1, 1, 3]
    assert ranked["comparison"].tolist() == ["better", "better", "worse"]


def test_england_and_wales_is_the_figure_most_reports_print():
    marts = marts_of(force_vs_england_wales=vs_ew())
    assert tables.england_wales_value(marts, BURGLARY) == 5.0
    other = KeyMeasure("crime", "burglary_rate", "2012-13", "x")
    assert tables.england_wales_value(marts, other) is None


def test_league_table_puts_the_best_overall_grade_first_then_the_other_three():
    grades = {  # force: overall, secure, affordable, efficiency (grade ranks)
        "kent": (2, 2, 2, 2),
        "essex": (1, 1, 2, 1),
        "surrey": (2, 1, 1, 2),
    }
    names = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    judgments = pd.DataFrame(
        [
            {"force_id": f, "question": q, "grade": names[r - 1], "grade_rank": r}
            for f, ranks in grades.items()
            for q, r in zip(tables.QUESTIONS, ranks, strict=True)
        ]
    )
    league = tables.league_table(marts_of(forces=FORCES, judgments=judgments))
    assert league["force_id"].tolist() == ["essex", "surrey", "kent"]  # durham: no judgments
    assert (
        league.loc[0, "overall"] == "Outstanding" and league.loc[0, "affordable_policing_rank"] == 2
    )


def test_profile_figures_are_the_forces_numeric_figures_in_dictionary_order_with_context():
    provenance = rows(
        force_id=["kent"] * 4 + ["essex"],
        dataset=["crime", "crime", "crime", "judgment", "crime"],
        measure=[
            "burglary_rate",
            "burglary_rate",
            "asb_incidents_rate",
            "overall",
            "burglary_rate",
        ],
        subject=["force", "england_wales", "force", "force", "force"],
        period=["2013-14", "2013-14", "2013-14", "2014", "2013-14"],
        unit=["per_1000", "per_1000", "per_1000", "grade", "per_1000"],
        value=[4.0, 5.0, 30.0, None, 9.0],
        page=[11, 11, 12, 1, 11],
        archived_path=["a.pdf"] * 4 + ["b.pdf"],
        original_name=["Kent.pdf"] * 4 + ["Essex.pdf"],
    )
    measures = rows(
        dataset=["crime", "crime", "crime"],
        measure=["asb_incidents_rate", "burglary_rate", "burglary_rate"],
        subject=["force", "force", "england_wales"],
        period=["2013-14"] * 3,
        polarity=["lower_is_better"] * 3,
        description=["ASB per 1,000", "Burglary per 1,000", "Burglary per 1,000"],
    )
    regional = rows(
        force_id=["kent"],
        **{k: [v] for k, v in KEY.items()},
        region_mean=[4.5],
        region_rank=[1],
        n_in_region=[2],
    )
    figures = tables.profile_figures(
        marts_of(
            figure_provenance=provenance,
            measures=measures,
            force_rankings=rankings(),
            force_vs_england_wales=vs_ew(),
            regional_comparison=regional,
        ),
        "kent",
    )
    assert figures["measure"].tolist() == ["asb_incidents_rate", "burglary_rate"]
    burglary = figures.iloc[1]
    assert (burglary["value"], burglary["ew_value"], burglary["comparison"]) == (4.0, 5.0, "better")
    assert (burglary["rank"], burglary["n_ranked"], burglary["region_mean"]) == (1, 3, 4.5)
    assert (burglary["page"], burglary["description"]) == (11, "Burglary per 1,000")
    assert pd.isna(figures.iloc[0]["ew_value"]) and pd.isna(figures.iloc[0]["rank"])


def test_warnings_shown_are_those_of_current_reports_with_their_force_and_figures():
    provenance = rows(force_id=["kent"], report_sha256=["current"])
    warnings = rows(
        report_sha256=["current", "superseded"],
        code=["unsure_value", "old"],
        message=["m1", "m2"],
        keys=[["crime/burglary_rate/england_wales/2013-14", "odd/key"], []],
        page=[3, 4],
    )
    measures = rows(
        dataset=["crime"],
        measure=["burglary_rate"],
        subject=["england_wales"],
        period=["2013-14"],
        description=["Burglaries per 1,000"],
    )
    shown = tables.current_warnings(
        marts_of(figure_provenance=provenance, extraction_warnings=warnings, measures=measures)
    )
    assert shown.to_dict("records") == [
        {
            "force_id": "kent",
            "code": "unsure_value",
            "message": "m1",
            "page": 3,
            "figures": ["Burglaries per 1,000, England and Wales (2013-14)", "odd/key"],
        }
    ]


def test_standing_lists_the_key_measures_the_force_has_with_every_forces_values():
    marts = marts_of(forces=FORCES, force_rankings=rankings(), force_vs_england_wales=vs_ew())
    figure = tables.KeyFigure(
        BURGLARY,
        "per_1000",
        "lower_is_better",
        "Burglary",
        tables.key_measure_ranking(marts, BURGLARY),
        5.0,
    )
    kent = tables.standing([figure], "kent")
    assert kent[["title", "value", "rank", "comparison", "ew_value"]].values.tolist() == [
        ["Burglary, rate", 4.0, 1, "better", 5.0]
    ]
    assert sorted(kent.loc[0, "all_values"]) == [4.0, 4.0, 9.0]
    assert tables.standing([figure], "durham").empty


def test_force_judgments_lists_all_four_questions_even_when_a_grade_is_missing():
    judgments = rows(force_id=["kent"], question=["efficiency"], grade=["Good"], grade_rank=[2])
    provenance = rows(
        force_id=["kent"],
        dataset=["judgment"],
        measure=["efficiency"],
        page=[4],
        archived_path=["a.pdf"],
        original_name=["Kent.pdf"],
    )
    kent = tables.force_judgments(
        marts_of(judgments=judgments, figure_provenance=provenance), "kent"
    )
    assert kent["question"].tolist() == list(tables.QUESTIONS)
    assert kent["grade"].isna().tolist() == [True, True, True, False]
    assert kent.loc[3, "page"] == 4
