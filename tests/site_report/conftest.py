"""Fixtures of the site's tests: a fresh warehouse of four hand-made reports, the site built
from it once per session, and a headless Chromium when the machine has one."""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

import pytest

import warehouse
from site_report import SiteBuild, build_site
from tests.site_report.site_browser import CHROMIUM, Browser
from tests.site_report.site_fixtures import FORCES, extraction_for

UNARCHIVED = "dyfed-powys"  # one report whose file is not in the archive: source shown as text


def warehouse_of(root: Path, force_ids: tuple[str, ...]) -> Path:
    """A fresh warehouse in `root` holding the hand-made reports of `force_ids`, their files
    archived under root/archive (all but UNARCHIVED's)."""
    db = root / "vfm.duckdb"
    with closing(warehouse.connect(db)) as con:
        for force_id in force_ids:
            archived = None
            if force_id != UNARCHIVED:
                archived = root / "archive" / force_id / "2014" / f"{force_id} 2014.pdf"
                archived.parent.mkdir(parents=True)
                archived.write_bytes(b"%PDF-1.4 stand-in for the archived report\n")
            warehouse.load_extraction(
                con,
                extraction_for(force_id, archived),
                original_name=f"{force_id} 2014.pdf",
                archived_path=None if archived is None else str(archived),
            )
    return db


@pytest.fixture(scope="session")
def warehouse_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return warehouse_of(tmp_path_factory.mktemp("warehouse"), FORCES)


STALE_PROFILE = "forces/no-longer-loaded.html"


@pytest.fixture(scope="session")
def site(warehouse_db: Path, tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    """Built over an earlier build that had a profile the warehouse no longer has."""
    out = tmp_path_factory.mktemp("out") / "site"
    (out / STALE_PROFILE).parent.mkdir(parents=True)
    (out / STALE_PROFILE).write_text("from an earlier build")
    return build_site(warehouse_db, out)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); CI runs this test")
    chromium = Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()
