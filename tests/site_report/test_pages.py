import math

import pandas as pd

from site_report.pages import source_link, standing_figure


def test_a_source_is_a_link_relative_to_the_page_when_the_archived_report_exists(tmp_path):
    report = tmp_path / "archive" / "kent" / "2014" / "Kent 2014.pdf"
    report.parent.mkdir(parents=True)
    report.write_bytes(b"%PDF")
    link = source_link(str(report), "Kent 2014.pdf", 7.0, page_dir=tmp_path / "site" / "forces")
    assert link.href == "../../archive/kent/2014/Kent%202014.pdf#page=7"
    assert (link.file, link.page) == ("Kent 2014.pdf", 7)


def test_a_source_not_on_disk_is_named_but_not_linked(tmp_path):
    missing = source_link(str(tmp_path / "gone.pdf"), "Kent.pdf", 3, page_dir=tmp_path)
    unknown = source_link(None, "Kent.pdf", 3, page_dir=tmp_path)
    assert missing.href is None and unknown.href is None
    assert (unknown.file, unknown.page) == ("Kent.pdf", 3)


def test_a_whole_report_link_has_no_page(tmp_path):
    report = tmp_path / "r.pdf"
    report.write_bytes(b"%PDF")
    assert source_link(str(report), math.nan, None, page_dir=tmp_path).href == "r.pdf"


def test_a_force_without_key_measures_gets_no_standing_chart():
    assert standing_figure(pd.DataFrame(), "Kent Police", "kent") is None
