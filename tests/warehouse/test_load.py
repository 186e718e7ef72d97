import pytest

import warehouse
import warehouse.load
from tests.warehouse.warehouse_fixtures import (
    CORPUS,
    OVERALL,
    VICTIMS,
    extraction,
    load,
    rows,
    sha,
    table_counts,
)


def test_a_new_file_loads_with_every_figure_and_its_provenance(fresh_db):
    (outcome,) = load(fresh_db, extraction("kent", {VICTIMS: 80.0, OVERALL: "Good"}))
    assert outcome == warehouse.LoadOutcome("loaded", sha("kent.pdf"), figures=2)
    assert rows(
        fresh_db,
        "SELECT measure, value_num, value_text, page, bbox FROM figures ORDER BY measure",
    ) == [
        ("overall", None, "Good", 5, (72.0, 100.5, 180.0, 112.0)),
        ("victim_satisfaction_pct", 80.0, None, 5, (72.0, 100.5, 180.0, 112.0)),
    ]
    assert rows(
        fresh_db, "SELECT original_name, force_id, year, pages, superseded_by FROM reports"
    ) == [("kent.pdf", "kent", 2014, 20, None)]


def test_loading_the_same_files_again_changes_no_table(corpus):
    before = table_counts(corpus)
    reports_before = rows(corpus, "SELECT * FROM reports ORDER BY sha256")
    outcomes = load(corpus, *(extraction(force, values) for force, values in CORPUS.items()))
    assert {o.status for o in outcomes} == {"unchanged"}
    assert table_counts(corpus) == before
    assert rows(corpus, "SELECT * FROM reports ORDER BY sha256") == reports_before


def test_a_second_file_for_the_same_force_and_year_supersedes_the_first(corpus):
    (outcome,) = load(corpus, extraction("kent", {VICTIMS: 81.0}, file="kent-corrected.pdf"))
    assert outcome.status == "superseded"
    assert outcome.supersedes == sha("kent.pdf")
    # Both files are kept, with their figures; the views show only the new one's.
    assert rows(
        corpus,
        "SELECT r.sha256, r.superseded_by, count(*) FROM reports AS r"
        " JOIN figures AS f ON f.report_sha256 = r.sha256"
        " WHERE force_id = 'kent' GROUP BY ALL ORDER BY r.superseded_by NULLS LAST",
    ) == [
        (sha("kent.pdf"), sha("kent-corrected.pdf"), len(CORPUS["kent"])),
        (sha("kent-corrected.pdf"), None, 1),
    ]
    assert rows(
        corpus, "SELECT measure, value, report_sha256 FROM figure_provenance WHERE force_id = 'kent'"
    ) == [("victim_satisfaction_pct", 81.0, sha("kent-corrected.pdf"))]


def test_a_third_file_supersedes_the_second_and_the_chain_is_kept(corpus):
    load(corpus, extraction("kent", {VICTIMS: 81.0}, file="kent-2.pdf"))
    load(corpus, extraction("kent", {VICTIMS: 82.0}, file="kent-3.pdf"))
    assert sorted(
        rows(corpus, "SELECT sha256, superseded_by FROM reports WHERE force_id = 'kent'")
    ) == sorted(
        [
            (sha("kent.pdf"), sha("kent-2.pdf")),
            (sha("kent-2.pdf"), sha("kent-3.pdf")),
            (sha("kent-3.pdf"), None),
        ]
    )
    assert rows(corpus, "SELECT value FROM force_rankings WHERE force_id = 'kent'") == [(82.0,)]


def test_a_newer_extractor_version_replaces_the_files_figures(corpus):
    newer = extraction("kent", {VICTIMS: 79.0, OVERALL: "Inadequate"}, version="2014.10.0")
    newer["warnings"] = [{"code": "unsure_value", "message": "m", "keys": [VICTIMS], "page": 5}]
    (outcome,) = load(corpus, newer)
    assert outcome == warehouse.LoadOutcome("reextracted", sha("kent.pdf"), figures=2)
    assert sorted(
        rows(corpus, "SELECT measure, value_num, value_text FROM figures WHERE report_sha256 = ?",
             sha("kent.pdf"))
    ) == [("overall", None, "Inadequate"), ("victim_satisfaction_pct", 79.0, None)]
    assert rows(corpus, "SELECT code, keys FROM extraction_warnings") == [
        ("unsure_value", [VICTIMS])
    ]
    assert rows(
        corpus, "SELECT extractor_version, superseded_by FROM reports WHERE force_id = 'kent'"
    ) == [("2014.10.0", None)]


@pytest.mark.parametrize("version", ["2014.0.9", "2014.1.0"])
def test_an_older_or_equal_extractor_version_changes_nothing(corpus, version):
    before = table_counts(corpus)
    assert [o.status for o in load(corpus, extraction("kent", {VICTIMS: 1.0}, version=version))] == [
        "unchanged"
    ]
    assert table_counts(corpus) == before
    assert rows(corpus, "SELECT value FROM figure_provenance WHERE force_id = 'kent'"
                " AND measure = 'victim_satisfaction_pct' AND subject = 'force'") == [(80.0,)]


def test_archived_files_read_by_an_older_extractor_are_listed_for_reextraction(corpus):
    warehouse.set_archived_path(corpus, sha("kent.pdf"), "archive/kent.pdf")
    load(corpus, extraction("derbyshire", {VICTIMS: 88.0}, file="derbyshire.pdf", version="2014.2"))
    warehouse.set_archived_path(corpus, sha("derbyshire.pdf"), "archive/derbyshire.pdf")
    assert warehouse.reports_needing_reextraction(corpus, "2014.2") == [
        (sha("kent.pdf"), "archive/kent.pdf")
    ]
    assert warehouse.reports_needing_reextraction(corpus, "2014.1.0") == []


def test_loaded_hashes_include_superseded_files(corpus):
    load(corpus, extraction("kent", {VICTIMS: 81.0}, file="kent-2.pdf"))
    assert warehouse.loaded_hashes(corpus) == {sha(f"{f}.pdf") for f in CORPUS} | {sha("kent-2.pdf")}


def test_archiving_an_unknown_report_is_refused(fresh_db):
    with pytest.raises(warehouse.UnknownReport, match="no report with sha256 ab"):
        warehouse.set_archived_path(fresh_db, "ab" * 32, "archive/x.pdf")


def _broken(change):
    bad = extraction("kent", {VICTIMS: 80.0, OVERALL: "Good"}, file="broken.pdf")
    change(bad)
    return bad


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda e: e["report"].update(force_id="atlantis"), "unknown force_id 'atlantis'"),
        (lambda e: e["report"].update(year=2009), "no data dictionary for 2009 reports"),
        (lambda e: e["source"].update(sha256="abc"), "is not a sha256 hex digest"),
        (lambda e: e["source"].pop("pages"), "extraction has no source.pages"),
        (lambda e: e.update(extractor_version="new"), "is not dotted numbers"),
        (lambda e: e["records"][0].update(measure="happiness"), "not in the 2014 data dictionary"),
        (lambda e: e["records"][0].update(unit="gbp"), "not in the 2014 data dictionary"),
        (lambda e: e["records"][0].update(value="85.8"), "is not a finite number"),
        (lambda e: e["records"][0].update(value=float("nan")), "is not a finite number"),
        (lambda e: e["records"][1].update(value="Fine"), "'Fine' is not a grade"),
        (lambda e: e["records"][0].update(bbox=[1, 2, 3]), "is not [x0, top, x1, bottom]"),
        (lambda e: e["records"].append(dict(e["records"][0])), "appears twice"),
        (lambda e: e["warnings"].append({"code": "x", "message": 3}), "warning 0 is not"),
    ],
)
def test_an_extraction_that_breaks_the_contract_is_refused_whole(corpus, change, reason):
    before = table_counts(corpus)
    with pytest.raises(warehouse.InvalidExtraction, match=reason.replace("[", r"\[")) as refused:
        load(corpus, _broken(change))
    assert "\n" not in str(refused.value)
    assert table_counts(corpus) == before


def test_a_load_that_fails_midway_leaves_nothing_behind(corpus, monkeypatch):
    before = table_counts(corpus)

    def fail(con):
        raise RuntimeError("disk full")

    monkeypatch.setattr(warehouse.load, "resolve_supersession", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        load(corpus, extraction("kent", {VICTIMS: 81.0}, file="kent-2.pdf"))
    assert table_counts(corpus) == before


def test_every_call_leaves_the_connection_ready_for_the_callers_next_query(corpus, db_path):
    # DuckDB 2 refuses `con.sql()` while an earlier result is only partly fetched.
    for call in (
        lambda: load(corpus, extraction("kent", {VICTIMS: 80.0})),
        lambda: load(corpus, extraction("kent", {VICTIMS: 81.0}, file="kent-2.pdf")),
        lambda: warehouse.set_archived_path(corpus, sha("kent.pdf"), "archive/kent.pdf"),
        lambda: warehouse.reports_needing_reextraction(corpus, "2015.0"),
        lambda: warehouse.schema_version(corpus),
    ):
        call()
        assert corpus.sql("SELECT 1").fetchall() == [(1,)]
    corpus.close()
    with warehouse.connect(db_path, read_only=True) as reader:
        assert reader.sql("SELECT count(*) FROM reports").fetchall() == [(5,)]
    with warehouse.connect(db_path) as writer:
        assert writer.sql("SELECT count(*) FROM reports").fetchall() == [(5,)]
