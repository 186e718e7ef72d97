"""What the next run reads to finish the work of one that was stopped: which loaded files
were not archived yet, and whether the analysts' copy is behind the writer."""

from __future__ import annotations

from contextlib import closing

import extractors
import warehouse


def _load(con, report):
    extraction = extractors.extract_report(report).to_dict()
    warehouse.load_extraction(con, extraction, original_name=report.name, archived_path=None)
    return extraction["source"]["sha256"]


def test_a_loaded_file_is_unarchived_until_its_path_is_recorded(tmp_path, valid_reports):
    with closing(warehouse.connect(tmp_path / "w.duckdb")) as con:
        kent = _load(con, valid_reports["kent"])
        assert warehouse.archived_paths(con) == {kent: None}
        warehouse.set_archived_path(con, kent, "archive/kent/2014/kent-2014.pdf")
        assert warehouse.archived_paths(con) == {kent: "archive/kent/2014/kent-2014.pdf"}
        warehouse.set_archived_path(con, kent, None)  # the move failed after all
        assert warehouse.archived_paths(con) == {kent: None}


def test_the_analysts_copy_is_published_until_the_writer_changes(tmp_path, valid_reports):
    writer, reader = tmp_path / "vfm.writer.duckdb", tmp_path / "vfm.duckdb"
    assert warehouse.is_published(writer, reader)  # no writer: nothing to publish
    with closing(warehouse.connect(writer)) as con:
        kent = _load(con, valid_reports["kent"])
    assert not warehouse.is_published(writer, reader)  # no copy yet
    warehouse.publish(writer, reader)
    assert warehouse.is_published(writer, reader)

    with closing(warehouse.connect(writer)) as con:
        warehouse.set_archived_path(con, kent, "archive/kent/2014/kent-2014.pdf")
    assert not warehouse.is_published(writer, reader)  # stopped before publishing
    warehouse.publish(writer, reader)
    assert warehouse.is_published(writer, reader)

    with closing(warehouse.connect(writer)) as con:
        _load(con, valid_reports["kent-revised"])
    assert not warehouse.is_published(writer, reader)
