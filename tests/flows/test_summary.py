from flows.summary import FAILED, LOADED, QUARANTINED, SKIPPED, WAITING, FileOutcome, IngestSummary

LEICESTERSHIRE = FileOutcome(
    "leicestershire-2014.pdf", LOADED, "", "Leicestershire", 2014, figures=119, warnings=2
)


def test_one_line_per_file_outcome():
    assert LEICESTERSHIRE.line() == (
        "loaded       leicestershire-2014.pdf  Leicestershire 2014  119 figures  2 warnings"
    )
    replacing = FileOutcome("kent-v2.pdf", LOADED, "replaces an earlier file", "Kent", 2014, 119)
    assert replacing.line().endswith("119 figures  0 warnings  (replaces an earlier file)")
    refused = FileOutcome("x.pdf", QUARANTINED, "not a PDF: it does not start with a PDF header")
    assert refused.line() == "quarantined  x.pdf  not a PDF: it does not start with a PDF header"


def test_headline_counts_every_outcome_and_names_the_database():
    summary = IngestSummary("inbox", "data/vfm.duckdb")
    summary.files = [LEICESTERSHIRE, FileOutcome("x.pdf", QUARANTINED, "not a PDF")]
    assert summary.headline() == (
        "2 files: 1 loaded, 1 quarantined, 0 skipped; database data/vfm.duckdb"
    )
    summary.files += [FileOutcome("y.pdf", WAITING), FileOutcome("z.pdf", FAILED)]
    assert summary.headline().startswith("4 files: 1 loaded, 1 quarantined, 0 skipped, 1 waiting,")


def test_a_run_with_nothing_new_says_so():
    summary = IngestSummary("inbox", "data/vfm.duckdb")
    assert summary.headline() == "nothing new: 0 files in inbox inbox"
    summary.files = [FileOutcome(f"{n}.pdf", SKIPPED, "already loaded") for n in range(43)]
    assert summary.headline() == "nothing new: 43 already loaded; database data/vfm.duckdb"


def test_markdown_has_one_row_per_file_and_escapes_table_syntax():
    summary = IngestSummary("inbox", "db")
    summary.files = [LEICESTERSHIRE, FileOutcome("a|b.pdf", QUARANTINED, "bad\nfile")]
    rows = summary.to_markdown().splitlines()[-2:]
    assert rows[0] == ("| leicestershire-2014.pdf | loaded | Leicestershire 2014 | 119 | 2 |  |")
    assert rows[1] == "| a\\|b.pdf | quarantined |  | 0 | 0 | bad file |"
