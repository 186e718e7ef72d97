import re
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import reference
import warehouse
from site_report import NothingToReport, build_site
from site_report.key_measures import KEY_MEASURES
from tests.site_report.conftest import STALE_PROFILE, UNARCHIVED
from tests.site_report.site_fixtures import FORCES


class Page(HTMLParser):
    """The parts of a page the tests look at: links, elements by tag, and visible text."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.links: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(path.read_text("utf-8"))

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self.links += [v for k, v in attrs if k in ("href", "src") and v is not None]

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def all(self, tag: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag]


def pages_of(site) -> list[Path]:
    return sorted(site.index.parent.rglob("*.html"))


def test_the_site_has_an_index_and_one_profile_per_loaded_force(site):
    out = site.index.parent
    assert site.index == out / "index.html" and (out / "site.css").is_file()
    assert sorted(p.stem for p in (out / "forces").glob("*.html")) == sorted(FORCES)
    assert site.profiles == len(FORCES) and site.charts == len(KEY_MEASURES)


def test_no_page_refers_to_anything_outside_the_machine(site):
    for path in [*pages_of(site), site.index.parent / "site.css"]:
        text = path.read_text("utf-8")
        assert not re.search(r"https?:|//[a-z0-9]|@import", text, re.IGNORECASE), path
        assert "<script" not in text, path


def test_every_link_leads_to_a_file_on_disk(site):
    checked = 0
    for path in pages_of(site):
        for link in Page(path).links:
            parts = urlsplit(link)
            if parts.scheme == "data" or not parts.path:
                continue  # inline icon; same-page fragment
            assert parts.scheme == "" and not parts.netloc, link
            assert (path.parent / unquote(parts.path)).resolve().is_file(), (path, link)
            checked += 1
    assert checked > 100  # profiles link every figure to its page


def test_index_charts_every_key_measure_accessibly(site):
    index = Page(site.index)
    figures = [a for a in index.all("figure") if a.get("class") == "ranking"]
    assert [f["id"] for f in figures] == [k.slug for k in KEY_MEASURES]
    charts = index.all("svg")
    assert len(charts) == len(KEY_MEASURES)
    assert all(c["role"] == "img" and c["aria-labelledby"] for c in charts)
    assert len(index.all("details")) >= len(KEY_MEASURES)  # each chart's data table
    assert "Lower is better" in " ".join(index.text)


def test_index_league_table_ranks_forces_by_overall_grade(site):
    text = site.index.read_text("utf-8")
    judgments = text[text.index('id="judgments"') : text.index('id="data-quality"')]
    order = re.findall(r'href="forces/([a-z-]+)\.html"', judgments)
    assert order == ["derbyshire", "dyfed-powys", "leicestershire", "nottinghamshire"]


def test_index_summarises_data_quality_as_the_views_count_it(site, warehouse_db):
    with closing(warehouse.connect(warehouse_db, read_only=True)) as con:
        (failing,) = con.execute("SELECT count(*) FROM dq_arithmetic").fetchone()
    text = " ".join(Page(site.index).text)
    assert f"Reports loaded {len(FORCES)} of 43 forces" in text
    assert f"Figures loaded {len(FORCES) * 119:,} of {len(FORCES) * 119:,}" in text
    assert "Extraction warnings 2" in text
    assert f"Arithmetic checks failing {failing}" in text and failing > 0
    assert "England and Wales figures in dispute 1" in text
    assert "crime burglary_rate 2013-14" in text  # the disputed figure, listed


def test_profile_shows_each_figure_beside_england_and_wales_with_its_source_page(site):
    page = Page(site.index.parent / "forces" / "leicestershire.html")
    assert page.all("h1") and "Leicestershire Police" in page.text
    pdf_links = [link for link in page.links if ".pdf#page=" in link]
    force_figures = [m for m in reference.measures(2014) if m.subject == "force"]
    assert len(pdf_links) == len(force_figures)  # every figure and judgment
    assert any(
        link.endswith("/archive/leicestershire/2014/leicestershire%202014.pdf#page=7")
        for link in pdf_links
    )
    text = site.index.parent.joinpath("forces", "leicestershire.html").read_text("utf-8")
    assert "England and Wales" in text and "Region mean" in text and "of 4" in text


def test_profile_of_an_unarchived_report_names_the_file_and_page_as_text(site):
    page = Page(site.index.parent / "forces" / f"{UNARCHIVED}.html")
    assert not [link for link in page.links if ".pdf" in link]
    assert f"{UNARCHIVED} 2014.pdf" in " ".join(page.text) and "p. 7" in page.text


def test_text_from_reports_is_escaped(site):
    text = (site.index.parent / "forces" / "leicestershire.html").read_text("utf-8")
    assert "&amp; co" in text and "&lt;b&gt;could not&lt;/b&gt;" in text
    assert "<b>could not</b>" not in text
    assert "Burglaries per 1,000 population (2013-14)" in text  # the figure it concerns


def test_a_rebuild_removes_profiles_of_forces_no_longer_loaded(site):
    assert not (site.index.parent / STALE_PROFILE).exists()


def test_an_empty_or_missing_warehouse_is_a_one_line_error(tmp_path):
    empty = tmp_path / "empty.duckdb"
    with closing(warehouse.connect(empty)):
        pass
    with pytest.raises(NothingToReport, match="vfm ingest"):
        build_site(empty, tmp_path / "site")
    with pytest.raises(warehouse.NoDatabase):
        build_site(tmp_path / "absent.duckdb", tmp_path / "site")
    assert not (tmp_path / "site" / "index.html").exists()


def test_no_missing_value_leaks_onto_a_page_as_text(site):
    for path in pages_of(site):
        leaked = {"nan", "NaN", "None", "<NA>", "NaT"} & set(Page(path).text)
        assert not leaked, (path, leaked)
