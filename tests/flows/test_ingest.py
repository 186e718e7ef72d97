"""The ingest-inbox flow, run in-process against a temporary Prefect API."""

import json
import shutil

import pytest

from flows.inbox import IngestLocked, exclusive_lock
from flows.ingest import ingest_inbox, run_ingest
from flows.summary import FAILED, LOADED, QUARANTINED, SKIPPED
from tests.flows.flows_fixtures import FEW_FORCES, drop, published_rows

pytestmark = pytest.mark.usefixtures("prefect_api")


def outcomes(summary):
    return {f.name: f for f in summary.files}


def test_ingest_loads_archives_and_quarantines_then_publishes(corpus, home):
    drop(corpus, home.inbox)
    (home.inbox / "broken.pdf").write_bytes(b"this is not a PDF")
    shutil.copyfile(corpus / "kent-2014.pdf", home.inbox / "second kent.pdf")
    for temporary in (".hidden.pdf", "~$draft.pdf", "upload.pdf.part"):
        (home.inbox / temporary).write_bytes(b"%PDF- still arriving")

    state = ingest_inbox(
        inbox=str(home.inbox), db=str(home.db), archive=str(home.archive),
        quarantine=str(home.quarantine), return_state=True,
    )  # fmt: skip
    summary = state.result()

    found = outcomes(summary)
    assert {n: f.outcome for n, f in found.items()} == {
        "leicestershire-2014.pdf": LOADED,
        "kent-2014.pdf": LOADED,
        "dyfed-powys-2014.pdf": LOADED,
        "broken.pdf": QUARANTINED,
        "second kent.pdf": SKIPPED,
    }
    leicestershire = found["leicestershire-2014.pdf"]
    assert (leicestershire.force, leicestershire.year) == ("Leicestershire", 2014)
    assert leicestershire.figures > 0
    assert found["second kent.pdf"].detail == "same file as kent-2014.pdf"
    assert found["broken.pdf"].detail.startswith("not a PDF")

    # Completed although a file was quarantined; the message counts it.
    assert state.is_completed()
    assert "3 loaded, 1 quarantined, 1 skipped" in state.message

    # Only the temporary files are left; every report went where it belongs.
    assert sorted(p.name for p in home.inbox.iterdir()) == [
        ".hidden.pdf", "upload.pdf.part", "~$draft.pdf",
    ]  # fmt: skip
    for force in FEW_FORCES:
        assert (home.archive / force / "2014" / f"{force}-2014.pdf").is_file()
    assert (home.archive / "duplicates" / "second_kent.pdf").is_file()
    reason = json.loads((home.quarantine / "broken.pdf.reason.json").read_text())
    assert reason["error_class"] == "NotAPdf"
    assert reason["sha256"] == found["broken.pdf"].sha256

    # The analysts' copy has the three reports, each pointing at its archived file.
    rows = published_rows(home.db, "SELECT force_id, archived_path FROM reports ORDER BY 1")
    assert [r[0] for r in rows] == sorted(FEW_FORCES)
    for force_id, archived in rows:
        assert archived == str(
            (home.archive / force_id / "2014" / f"{force_id}-2014.pdf").resolve()
        )
    figures = published_rows(home.db, "SELECT count(*) FROM figures")[0][0]
    assert figures == sum(f.figures for f in summary.files if f.outcome == LOADED)


def test_second_run_over_same_files_loads_nothing_and_says_so(corpus, home):
    drop(corpus, home.inbox, ["kent"])
    run_ingest(home)
    before = published_rows(home.db, "SELECT sha256, ingested_at FROM reports")

    drop(corpus, home.inbox, ["kent"])  # the same file dropped again
    again = run_ingest(home)
    assert [(f.outcome, f.detail) for f in again.files] == [(SKIPPED, "already loaded")]
    assert again.headline().startswith("nothing new: 1 already loaded")
    assert published_rows(home.db, "SELECT sha256, ingested_at FROM reports") == before
    assert list(home.inbox.iterdir()) == []

    empty = run_ingest(home)
    assert empty.files == []
    assert empty.headline() == f"nothing new: 0 files in inbox {home.inbox}"


def test_file_that_cannot_be_archived_stays_in_the_inbox_and_is_filed_next_time(corpus, home):
    drop(corpus, home.inbox, ["kent"])
    home.archive.write_text("a file where the archive folder should be")
    [kent] = run_ingest(home).files
    assert kent.outcome == FAILED
    assert "loaded, but not archived" in kent.detail and "left in the inbox" in kent.detail
    assert (home.inbox / "kent-2014.pdf").is_file()

    home.archive.unlink()  # the archive is usable again
    [kent] = run_ingest(home).files
    assert (kent.outcome, kent.detail) == (LOADED, "loaded by an earlier run; filed now")
    filed = (home.archive / "kent" / "2014" / "kent-2014.pdf").resolve()
    assert filed.is_file() and list(home.inbox.iterdir()) == []
    assert published_rows(home.db, "SELECT archived_path FROM reports") == [(str(filed),)]
    assert published_rows(home.db, "SELECT count(*) FROM figures")[0][0] == kent.figures


def test_a_second_ingest_waits_for_the_lock_then_gives_up(corpus, home, monkeypatch):
    drop(corpus, home.inbox, ["kent"])
    monkeypatch.setenv("VFM_LOCK_TIMEOUT_SECONDS", "0.3")
    with exclusive_lock(home.lock_path, 1):
        state = ingest_inbox(inbox=str(home.inbox), db=str(home.db), return_state=True)
    assert state.is_failed()
    with pytest.raises(IngestLocked, match="another ingest is running"):
        state.result()
    assert (home.inbox / "kent-2014.pdf").is_file()  # untouched, for the next run


def test_run_publishes_a_markdown_artifact_of_the_summary(corpus, home):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    drop(corpus, home.inbox, ["leicestershire"])
    state = ingest_inbox(
        inbox=str(home.inbox), db=str(home.db), archive=str(home.archive), return_state=True
    )
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ingest-inbox"]))
        )
    mine = [a for a in artifacts if a.flow_run_id == state.state_details.flow_run_id]
    assert len(mine) == 1
    assert mine[0].type == "markdown"
    assert mine[0].data == state.result().to_markdown()
    assert "| leicestershire-2014.pdf | loaded | Leicestershire 2014 |" in mine[0].data
