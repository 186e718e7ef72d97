"""The corpus on disk: one PDF and one truth file per force, every truth figure printed
where the truth says, byte-for-byte reproducible, and honest about being synthetic."""

from __future__ import annotations

import hashlib
import re

import pdfplumber
import pypdfium2
import pytest

import reference
import samples
from samples.figures import has_calls_section
from samples.style import style_for
from tests.samples.truth_records import dictionary_keys, figure_key

FORCE_IDS = [f.force_id for f in reference.forces()]


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _printed_in(text: str, printed: str) -> bool:
    """`printed` appears as a whole number in `text` (13 is not found inside 2013)."""
    return re.search(rf"(?<![\d.,]){re.escape(printed)}(?!\d)", text) is not None


def _forces_covering_every_variation() -> list[str]:
    """The real report plus a few forces that between them show every way reports differ
    (picked greedily, so pdfplumber reads as few reports as possible)."""
    features = {
        "constabulary": lambda s, i: s.itself == "constabulary",
        "mps": lambda s, i: s.itself == "MPS",
        "csos": lambda s, i: s.support_officers == "CSOs",
        "split workforce": lambda s, i: s.split_table == "workforce",
        "split crime": lambda s, i: s.split_table == "crime",
        "minus sign": lambda s, i: s.minus == "\u2212",
        "en dash": lambda s, i: s.minus == "\u2013",
        "% sign": lambda s, i: s.percent == "%",
        "per cent": lambda s, i: s.percent == " per cent",
        "times": lambda s, i: s.body_font == "Times-Roman",
        "footnote markers": lambda s, i: s.footnote_markers,
        "no calls": lambda s, i: not has_calls_section(i),
    }
    shown = {
        f.force_id: {name for name, has in features.items() if has(style_for(f), f.force_id)}
        for f in reference.forces()
    }
    chosen, missing = ["leicestershire"], set(features)
    while missing:
        best = max(FORCE_IDS, key=lambda i: len(shown[i] & missing))
        chosen.append(best)
        missing -= shown[best]
    return chosen


def test_every_force_gets_a_report_and_a_truth_file(corpus_dir, truths):
    assert sorted(p.name for p in corpus_dir.glob("*.pdf")) == sorted(
        f"{i}-2014.pdf" for i in FORCE_IDS
    )
    assert sorted(truths) == sorted(FORCE_IDS)
    for force_id, truth in truths.items():
        assert truth["force_id"] == force_id and truth["year"] == 2014
        assert truth["synthetic"] is (force_id != "leicestershire")


def test_truth_records_use_dictionary_keys_once_each(truths):
    units = {m.key: m.unit for m in reference.measures(2014)}
    for force_id, truth in truths.items():
        keys = [figure_key(r) for r in truth["records"]]
        assert len(keys) == len(set(keys)), force_id
        expected = {k for k in dictionary_keys() if has_calls_section(force_id) or k[0] != "calls"}
        assert set(keys) == expected, force_id
        for r in truth["records"]:
            assert r["unit"] == units[figure_key(r)]
            assert isinstance(r["value"], str if r["unit"] == "grade" else float)
            assert r["text"] and r["page"] >= 1


@pytest.mark.parametrize("force_id", _forces_covering_every_variation())
def test_pdfplumber_finds_each_figure_on_its_truth_page(force_id, truths, page_text):
    for r in truths[force_id]["records"]:
        assert _printed_in(page_text(force_id, r["page"]), r["text"]), (
            f"{force_id}: {r['text']!r} ({r['measure']}, {r['subject']}) not on page {r['page']}"
        )


def test_every_report_prints_each_figure_on_its_truth_page(corpus_dir, truths):
    # pypdfium2 reads all 43 in about a second; pdfplumber (above) checks one report per variation
    for force_id, truth in truths.items():
        pdf = pypdfium2.PdfDocument(corpus_dir / f"{force_id}-2014.pdf")
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        for r in truth["records"]:
            assert r["text"] in pages[r["page"] - 1], (force_id, r["measure"], r["text"])


def test_reports_are_about_as_long_as_the_real_one(corpus_dir):
    for path in corpus_dir.glob("*.pdf"):
        assert 15 <= len(pypdfium2.PdfDocument(path)) <= 22, path.name


def test_rendering_again_gives_identical_bytes(corpus_dir, tmp_path):
    some = ["leicestershire", "metropolitan", "gwent"]
    samples.write_corpus(tmp_path, forces=some, truth=False)
    for force_id in some:
        name = f"{force_id}-2014.pdf"
        assert _sha256(tmp_path / name) == _sha256(corpus_dir / name)


def test_a_variant_changes_the_bytes_but_not_the_content(corpus_dir, tmp_path):
    samples.write_corpus(tmp_path, forces=["kent"], variant=7)
    name = "kent-2014.pdf"
    assert _sha256(tmp_path / name) != _sha256(corpus_dir / name)
    with pdfplumber.open(tmp_path / name) as varied, pdfplumber.open(corpus_dir / name) as first:
        assert [p.extract_text() for p in varied.pages[:6]] == [
            p.extract_text() for p in first.pages[:6]
        ]
        assert len(varied.pages) == len(first.pages)
    assert (tmp_path / "truth" / "kent-2014.json").read_text() == (
        corpus_dir / "truth" / "kent-2014.json"
    ).read_text()


def test_synthetic_reports_say_so_on_the_cover_and_in_metadata(corpus_dir, page_text):
    for force_id in ("kent", "leicestershire"):
        with pdfplumber.open(corpus_dir / f"{force_id}-2014.pdf") as pdf:
            subject = pdf.metadata.get("Subject", "")
        synthetic = force_id != "leicestershire"
        assert ("Synthetic sample report" in page_text(force_id, 1)) is synthetic
        assert ("Synthetic" in subject) is synthetic


def test_cover_carries_the_title_force_and_date(page_text):
    cover = page_text("avon-and-somerset", 1)
    for words in (
        "Valuing the Police Programme",
        "Responding to austerity",
        "Avon and Somerset Constabulary",
        "July 2014",
    ):
        assert words in cover


def test_unknown_force_is_refused(tmp_path):
    with pytest.raises(ValueError, match="atlantis"):
        samples.write_corpus(tmp_path, forces=["atlantis"])
