import json
import subprocess
import sys
import threading
import time

import pytest

from flows.inbox import (
    IngestLocked,
    QuarantineReason,
    archive_folder,
    exclusive_lock,
    is_temporary,
    list_reports,
    move_into,
    quarantine,
    safe_name,
    sha256_of,
    split_stable,
)


@pytest.mark.parametrize(
    ("name", "temporary"),
    [
        ("leicestershire-2014.pdf", False),
        (".hidden.pdf", True),
        ("~$draft.pdf", True),
        ("report.pdf.part", True),
        ("report.pdf.crdownload", True),
    ],
)
def test_is_temporary(name, temporary):
    assert is_temporary(name) is temporary


def test_list_reports_takes_every_finished_file_in_name_order(tmp_path):
    for name in ["b.pdf", "A.PDF", ".c.pdf", "~$d.pdf", "e.pdf.part", "notes.txt"]:
        (tmp_path / name).write_bytes(b"%PDF-")
    (tmp_path / "sub.pdf").mkdir()
    # notes.txt is taken too: it will be quarantined as not a PDF, not left unexplained
    assert [p.name for p in list_reports(tmp_path)] == ["A.PDF", "b.pdf", "notes.txt"]
    assert list_reports(tmp_path / "missing") == []


def test_split_stable_leaves_a_growing_file_for_later(tmp_path):
    done, growing = tmp_path / "done.pdf", tmp_path / "growing.pdf"
    done.write_bytes(b"x" * 10)
    growing.write_bytes(b"x")

    def keep_writing():
        time.sleep(0.1)
        with growing.open("ab") as f:
            f.write(b"more")

    writer = threading.Thread(target=keep_writing)
    writer.start()
    stable, changing = split_stable([done, growing], wait_seconds=0.4)
    writer.join()
    assert (stable, changing) == ([done], [growing])


def test_split_stable_drops_files_that_vanished(tmp_path):
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"x")
    threading.Timer(0.05, gone.unlink).start()
    assert split_stable([gone], wait_seconds=0.3) == ([], [])


def test_sha256_of_matches_known_digest(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"abc")
    assert sha256_of(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("leicestershire-2014.pdf", "leicestershire-2014.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("..", "report.pdf"),
        ("my report (final).pdf", "my_report_final_.pdf"),
        (".hidden.pdf", "hidden.pdf"),
    ],
)
def test_safe_name_never_escapes_the_folder(name, safe, tmp_path):
    assert safe_name(name) == safe
    assert (tmp_path / safe_name(name)).resolve().parent == tmp_path.resolve()


def test_move_into_never_overwrites(tmp_path):
    folder = tmp_path / "archive" / "leicestershire" / "2014"
    moved = []
    for content in (b"first", b"second", b"third"):
        source = tmp_path / "leicestershire-2014.pdf"
        source.write_bytes(content)
        moved.append(move_into(source, folder))
    assert [p.name for p in moved] == [
        "leicestershire-2014.pdf",
        "leicestershire-2014-2.pdf",
        "leicestershire-2014-3.pdf",
    ]
    assert [p.read_bytes() for p in moved] == [b"first", b"second", b"third"]


def test_archive_folder_sanitises_force_and_year(tmp_path):
    assert archive_folder(tmp_path, "leicestershire", 2014) == tmp_path / "leicestershire" / "2014"
    assert archive_folder(tmp_path, "../x", 2014).resolve().is_relative_to(tmp_path.resolve())


def test_quarantine_keeps_the_file_and_writes_its_reason(tmp_path):
    source = tmp_path / "inbox" / "broken.pdf"
    source.parent.mkdir()
    source.write_bytes(b"not a pdf")
    reason = QuarantineReason("not a PDF: no %PDF header", "NotAPdf", "ab" * 32, code="not_a_pdf")
    moved = quarantine(source, tmp_path / "quarantine", reason)
    assert not source.exists()
    assert moved.read_bytes() == b"not a pdf"
    record = json.loads((moved.parent / "broken.pdf.reason.json").read_text())
    assert record["reason"] == "not a PDF: no %PDF header"
    assert record["error_class"] == "NotAPdf"
    assert record["sha256"] == "ab" * 32
    assert record["time"].endswith("+00:00")
    assert set(record) == {"reason", "error_class", "sha256", "details", "code", "time"}


def test_second_quarantine_of_same_name_gets_its_own_reason(tmp_path):
    folder = tmp_path / "quarantine"
    for n in (1, 2):
        source = tmp_path / "bad.pdf"
        source.write_bytes(b"x")
        quarantine(source, folder, QuarantineReason(f"reason {n}", "E", None))
    reasons = sorted(p.name for p in folder.glob("*.reason.json"))
    assert reasons == ["bad-2.pdf.reason.json", "bad.pdf.reason.json"]


def test_lock_is_exclusive_across_processes_and_bounded(tmp_path):
    lock = tmp_path / "db" / ".vfm-ingest.lock"
    second_ingest = (
        "import sys; from pathlib import Path; from flows.inbox import exclusive_lock\n"
        f"with exclusive_lock(Path({str(lock)!r}), timeout_seconds=0.3): sys.exit(0)"
    )
    with exclusive_lock(lock, timeout_seconds=1):
        waited = subprocess.run(
            [sys.executable, "-c", second_ingest], capture_output=True, check=False
        )
    assert waited.returncode == 1
    assert b"IngestLocked: another ingest is running" in waited.stderr
    free = subprocess.run([sys.executable, "-c", second_ingest], capture_output=True, check=False)
    assert free.returncode == 0


def test_lock_message_is_one_line(tmp_path):
    lock = tmp_path / ".lock"
    with exclusive_lock(lock, 1), pytest.raises(IngestLocked) as raised, exclusive_lock(lock, 0.2):
        pass
    assert "another ingest is running" in str(raised.value)
    assert "\n" not in str(raised.value)
