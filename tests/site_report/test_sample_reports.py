"""The site built end to end from a few sample report PDFs: rendered, extracted, loaded, and
checked against the corpus's truth files (what each report prints, and on which page)."""

import json
import re
from contextlib import closing
from pathlib import Path

import pytest

import samples
import warehouse
from extractors import extract_report
from site_report import SiteBuild, build_site

SAMPLE_FORCES = ("leicestershire", "kent", "dyfed-powys")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[SiteBuild, Path]:
    root = tmp_path_factory.mktemp("samples")
    db = root / "vfm.duckdb"
    with closing(warehouse.connect(db)) as con:
        for pdf in samples.write_corpus(root / "archive", forces=SAMPLE_FORCES):
            warehouse.load_extraction(
                con, extract_report(pdf).to_dict(), original_name=pdf.name, archived_path=str(pdf)
            )
    return build_site(db, root / "site"), root / "archive" / "truth"


def profile_row(profile: Path, description: str) -> str:
    html = profile.read_text("utf-8")
    return re.search(
        rf"<tr>\s*<th scope=\"row\">{re.escape(description)} .*?</tr>", html, re.DOTALL
    ).group(0)


def test_sample_reports_make_an_index_and_a_profile_each(sample_site):
    site, _ = sample_site
    assert site.profiles == len(SAMPLE_FORCES)
    assert {p.stem for p in (site.index.parent / "forces").glob("*.html")} == set(SAMPLE_FORCES)


def test_a_profile_shows_the_printed_figures_and_links_the_page_they_are_printed_on(sample_site):
    site, truth_dir = sample_site
    truth = json.loads((truth_dir / "leicestershire-2014.json").read_text("utf-8"))
    printed = {
        (r["measure"], r["subject"]): r for r in truth["records"] if r["dataset"] == "headline"
    }
    force, ew = (printed[("police_officer_cost_per_head", s)] for s in ("force", "england_wales"))
    row = profile_row(
        site.index.parent / "forces" / "leicestershire.html",
        "Police officer cost per head of population, £",
    )
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells[:2] == [force["text"], ew["text"]]  # as the report prints them
    assert re.search(rf'href="[^"]*leicestershire-2014\.pdf#page={force["page"]}"', row)
