from pathlib import Path

from typer.testing import CliRunner

from tests.site_report.conftest import warehouse_of
from vfm.cli import app


def test_vfm_report_writes_the_site_from_the_configured_database_and_prints_its_index(
    tmp_path,
):
    db = warehouse_of(tmp_path, ("leicestershire",))  # one force: the site builds in a moment
    result = CliRunner().invoke(
        app, ["report", "--out", str(tmp_path / "site")], env={"VFM_DB": str(db)}
    )
    assert result.exit_code == 0, result.output
    index = Path(result.stdout.strip())
    assert index == (tmp_path / "site" / "index.html").resolve() and index.is_file()


def test_vfm_report_without_a_database_says_so_in_one_line(tmp_path):
    absent = tmp_path / "absent.duckdb"
    result = CliRunner().invoke(app, ["report", "--db", str(absent), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: no database at {absent}: run `vfm ingest` first"
    ]
    assert not (tmp_path / "index.html").exists()
