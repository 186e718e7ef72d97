"""`vfm samples`: a thin command over samples.write_corpus."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import samples
from vfm.cli import app

runner = CliRunner()


def test_if_empty_writes_nothing_when_a_pdf_is_already_there(tmp_path):
    (tmp_path / "mine.pdf").write_bytes(b"%PDF-1.4 kept")
    result = runner.invoke(app, ["samples", "--out", str(tmp_path), "--if-empty", "--no-truth"])
    assert result.exit_code == 0
    assert "wrote nothing" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["mine.pdf"]


def test_options_reach_the_library_and_one_line_is_printed(tmp_path, monkeypatch):
    calls = []

    def fake_write_corpus(out, *, truth, variant):
        calls.append((Path(out), truth, variant))
        return [Path(out) / "kent-2014.pdf"]

    monkeypatch.setattr(samples, "write_corpus", fake_write_corpus)
    result = runner.invoke(app, ["samples", "--out", str(tmp_path), "--no-truth", "--variant", "3"])
    assert result.exit_code == 0
    assert calls == [(tmp_path, False, 3)]
    assert result.output.strip() == f"wrote 1 sample reports to {tmp_path}"


def test_if_empty_renders_into_an_empty_folder(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(
        samples, "write_corpus", lambda out, *, truth, variant: calls.append(out) or []
    )
    result = runner.invoke(app, ["samples", "--out", str(tmp_path / "inbox"), "--if-empty"])
    assert result.exit_code == 0 and len(calls) == 1
