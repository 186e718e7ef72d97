import json

from typer.testing import CliRunner

from vfm.cli import app

runner = CliRunner()


def test_extract_prints_the_json_contract(corpus, truth):
    result = runner.invoke(app, ["extract", str(corpus / "leicestershire-2014.pdf")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"source", "report", "extractor_version", "records", "warnings"}
    assert (
        set(data["source"]) == {"path", "sha256", "pages"} and len(data["source"]["sha256"]) == 64
    )
    assert data["report"] == {
        "force": "Leicestershire Police",
        "force_id": "leicestershire",
        "year": 2014,
        "edition": "2014",
        "title": "Leicestershire Police: Responding to austerity",
    }
    records = {(r["dataset"], r["measure"], r["subject"], r["period"]): r for r in data["records"]}
    assert set(records) == set(truth("leicestershire"))
    for record in records.values():
        assert set(record) == {
            "dataset",
            "measure",
            "subject",
            "period",
            "unit",
            "value",
            "page",
            "bbox",
        }
        assert isinstance(record["value"], str if record["unit"] == "grade" else float)
        assert len(record["bbox"]) == 4
    assert records[("judgment", "overall", "force", "2014")]["value"] == "Good"
    assert records[("workforce", "police_officers", "force", "2010-03-31")]["value"] == 2317


def test_extract_prints_a_table(corpus):
    result = runner.invoke(app, ["extract", str(corpus / "kent-2014.pdf"), "--format", "table"])
    assert result.exit_code == 0
    assert (
        "Kent Police: Responding to austerity" in result.stdout
        and "police_officers" in result.stdout
    )


def test_a_refused_file_exits_2_with_one_line_on_stderr(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("not a pdf")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "not_a_pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_file_exits_2_with_one_line_on_stderr(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "absent.pdf")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "absent.pdf" in result.stderr
