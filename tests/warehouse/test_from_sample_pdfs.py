"""End to end on a few sample report PDFs: rendered, extracted, loaded. Four reports keep it
cheap; the full 43 are run by hand (see the README's example queries)."""

import pytest

import extractors
import samples
from tests.warehouse.warehouse_fixtures import load, rows, table_counts

FORCES = ("leicestershire", "nottinghamshire", "derbyshire", "kent")


@pytest.fixture(scope="module")
def extractions(tmp_path_factory):
    pdfs = samples.write_corpus(tmp_path_factory.mktemp("pdfs"), truth=False, forces=FORCES)
    return [extractors.extract_report(pdf).to_dict() for pdf in pdfs]


@pytest.fixture
def loaded(fresh_db, extractions):
    load(fresh_db, *extractions)
    return fresh_db


def test_sample_reports_are_ranked_and_pass_the_data_quality_checks(loaded):
    assert rows(loaded, "SELECT DISTINCT force_id FROM force_rankings ORDER BY 1") == [
        (force,) for force in sorted(FORCES)
    ]
    assert rows(loaded, "SELECT * FROM dq_england_wales_consistency") == []
    assert rows(loaded, "SELECT * FROM dq_arithmetic") == []
    assert rows(
        loaded, "SELECT DISTINCT n_in_region FROM regional_comparison WHERE region = 'East Midlands'"
    ) == [(3,)]


def test_loading_the_sample_reports_again_changes_no_table(loaded, extractions):
    before = table_counts(loaded)
    assert {outcome.status for outcome in load(loaded, *extractions)} == {"unchanged"}
    assert table_counts(loaded) == before


def test_leicestershire_reads_as_its_report_prints_it_with_provenance(loaded):
    # "Police officers 2,317 1,982 -335 -14% -11%" in the real report's workforce table.
    assert rows(
        loaded,
        "SELECT baseline, planned, change, change_pct, ew_change_pct FROM workforce"
        " WHERE force_id = 'leicestershire' AND role = 'police_officers'",
    ) == [(2317.0, 1982.0, -335.0, -14.0, -11.0)]
    (page, (x0, top, x1, bottom), name), = rows(
        loaded,
        "SELECT page, bbox, original_name FROM figure_provenance WHERE force_id = 'leicestershire'"
        " AND measure = 'police_officers' AND period = '2010-03-31'",
    )
    assert page >= 1 and 0 <= x0 < x1 and 0 <= top < bottom
    assert name == "leicestershire-2014.pdf"
