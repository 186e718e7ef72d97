"""Reports that are fine but arrive awkwardly, over two `vfm ingest` runs: a name full of
spaces, quotes and non-ASCII characters, the same file twice under two names (in one batch,
then again after it was loaded), a revised report for a force and year already loaded, and a
report still being copied in while the first run looks at the inbox."""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability.inbox_home import Home, outcome_lines, output_of, sha256_of

ODD_NAME = "Café – 'Leicestershire' » \"final\" (v2).pdf"
SAME_BATCH_COPY = "copy of leicestershire.pdf"
LATER_COPY = "leicestershire (1).pdf"
REVISED = "kent-2014 revised.pdf"
ARRIVING = "arriving.pdf"


class SlowCopy(threading.Thread):
    """Writes `source` to `target` the way a slow network copy does: half at once, then a
    little at a time (or, out of bytes, a new modification time) until `finish` is set, then
    the rest."""

    def __init__(self, source: Path, target: Path) -> None:
        super().__init__(daemon=True)
        self.data, self.target = source.read_bytes(), target
        self.finish = threading.Event()

    def run(self) -> None:
        written = len(self.data) // 2
        with self.target.open("wb") as out:
            out.write(self.data[:written])
            out.flush()
            while not self.finish.wait(0.05):
                if written < len(self.data) - 64:
                    out.write(self.data[written : written + 64])
                    out.flush()
                    written += 64
                else:
                    os.utime(self.target)
            out.write(self.data[written:])


@dataclass
class Runs:
    home: Home
    first: object
    second: object
    sha: dict[str, str]  # by role: leicestershire, kent, kent-revised, arriving
    expected_files: Counter


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_env, valid_reports, ledger) -> Runs:
    home = Home(tmp_path_factory.mktemp("awkward"), prefect_env)
    sha = {
        role: sha256_of(valid_reports[role]) for role in ("leicestershire", "kent", "dyfed-powys")
    }
    sha["kent-revised"] = sha256_of(valid_reports["kent-revised"])
    sha["arriving"] = sha256_of(valid_reports["cumbria"])

    home.drop(valid_reports["leicestershire"], ODD_NAME)
    home.drop(valid_reports["leicestershire"], SAME_BATCH_COPY)
    home.drop(valid_reports["kent"])
    home.drop(valid_reports["dyfed-powys"])
    before_first = home.files()
    copying = SlowCopy(valid_reports["cumbria"], home.inbox / ARRIVING)
    copying.start()
    try:
        first = home.vfm("ingest")
    finally:
        copying.finish.set()
        copying.join()
    ledger.count_files(before_first, home.files())

    home.drop(valid_reports["kent-revised"], REVISED)
    home.drop(valid_reports["leicestershire"], LATER_COPY)
    before_second = home.files()
    second = home.vfm("ingest")

    ledger.bad_inputs.update(
        ("odd file name", "exact duplicate in one batch", "exact duplicate of a loaded report",
         "revised report", "file still being written")
    )  # fmt: skip
    ledger.count_files(before_second, home.files())
    ledger.count_twice(home)
    return Runs(home, first, second, sha, before_second)


def test_both_runs_complete_without_a_traceback(runs):
    for result in (runs.first, runs.second):
        assert result.returncode == 0, output_of(result)
        assert "Traceback" not in output_of(result)


def test_an_odd_name_is_loaded_and_recorded_as_it_was(runs):
    lines = outcome_lines(runs.first)
    assert lines[ODD_NAME].startswith("loaded")
    [(original, archived)] = runs.home.rows(
        "SELECT original_name, archived_path FROM reports WHERE sha256 = ?",
        runs.sha["leicestershire"],
    )
    assert original == ODD_NAME
    archived = Path(archived)
    assert archived.parent == (runs.home.archive / "leicestershire" / "2014").resolve()
    assert sha256_of(archived) == runs.sha["leicestershire"]


def test_an_exact_duplicate_is_archived_as_one_and_loaded_once(runs):
    first, second = outcome_lines(runs.first), outcome_lines(runs.second)
    assert (
        first[SAME_BATCH_COPY].startswith("skipped")
        and f"same file as {ODD_NAME}" in (first[SAME_BATCH_COPY])
    )
    assert second[LATER_COPY].startswith("skipped") and "already loaded" in second[LATER_COPY]
    duplicates = [p for p in (runs.home.archive / "duplicates").iterdir()]
    assert [sha256_of(p) for p in duplicates] == [runs.sha["leicestershire"]] * 2
    assert runs.home.rows(
        "SELECT count(*) FROM reports WHERE sha256 = ?", runs.sha["leicestershire"]
    ) == [(1,)]


def test_a_revised_report_supersedes_the_older_which_stays_on_record(runs, figures_expected):
    assert outcome_lines(runs.second)[REVISED].startswith("loaded")
    kent = dict(runs.home.rows("SELECT sha256, superseded_by FROM reports WHERE force_id = 'kent'"))
    assert kent == {runs.sha["kent"]: runs.sha["kent-revised"], runs.sha["kent-revised"]: None}
    # Both files are kept, and the older one's figures are still there, just not current.
    assert runs.home.figures_by_report()[runs.sha["kent"]] == figures_expected[runs.sha["kent"]]
    archived = {sha256_of(p) for p in (runs.home.archive / "kent" / "2014").iterdir()}
    assert archived == {runs.sha["kent"], runs.sha["kent-revised"]}
    shown = runs.home.rows(
        "SELECT DISTINCT report_sha256 FROM figure_provenance WHERE force_id = 'kent'"
    )
    assert shown == [(runs.sha["kent-revised"],)]


def test_a_file_still_being_written_is_left_alone_until_complete(runs, figures_expected):
    waiting = outcome_lines(runs.first)[ARRIVING]
    assert waiting.startswith("waiting") and "still being written" in waiting
    assert runs.home.quarantined() == {}
    assert outcome_lines(runs.second)[ARRIVING].startswith("loaded")
    assert (
        runs.home.figures_by_report()[runs.sha["arriving"]]
        == (figures_expected[runs.sha["arriving"]])
    )


def test_no_file_is_lost_and_no_report_is_loaded_twice(runs):
    assert runs.home.files() == runs.expected_files
    assert list(runs.home.inbox.iterdir()) == []
    assert runs.home.reports_loaded_twice() == 0
