"""Every figure of every sample report equals its truth file: value, unit and page, nothing
missing and nothing extra. The corpus varies the layout between forces (fonts, minus signs,
'percent' / 'per cent' / '%', ruled or unruled tables, tables broken over pages, pairs drawn
England-and-Wales first, 'the constabulary', 'CSOs', 'the MPS', reports without a
calls-for-service section), so this is also the test of each variation."""

import re

import pypdfium2
import pytest

import extractors
import reference

FORCE_IDS = [f.force_id for f in reference.forces()]


def _key(record) -> tuple[str, str, str, str]:
    return (record.dataset, record.measure, record.subject, record.period)


@pytest.mark.parametrize("force_id", FORCE_IDS)
def test_every_figure_equals_the_truth_file(force_id, extracted, truth):
    extraction = extracted(force_id)
    expected = truth(force_id)
    got = {_key(r): r for r in extraction.records}
    assert sorted(got) == sorted(expected), "figures missing or extra"
    wrong = {
        "/".join(key): (
            got[key].value,
            got[key].unit,
            got[key].page,
            want["value"],
            want["unit"],
            want["page"],
        )
        for key, want in expected.items()
        if (got[key].value, got[key].unit, got[key].page)
        != (want["value"], want["unit"], want["page"])
    }
    assert wrong == {}


def test_leicestershire_gives_the_real_figures_of_the_dictionary(extracted, golden):
    assert {_key(r): r.value for r in extracted("leicestershire").records} == golden


@pytest.mark.parametrize("force_id", FORCE_IDS)
def test_the_report_is_recognised_from_its_text(force_id, extracted, corpus):
    extraction = extracted(force_id)
    force = reference.force_by_id()[force_id]
    assert (extraction.report.force_id, extraction.report.force) == (force_id, force.name)
    assert (extraction.report.year, extraction.report.edition) == (2014, "2014")
    assert force.name in extraction.report.title
    assert extraction.source.pages == len(pypdfium2.PdfDocument(corpus / f"{force_id}-2014.pdf"))
    assert extraction.extractor_version == extractors.EXTRACTOR_VERSION


def test_a_report_without_calls_for_service_gives_no_calls_figures_and_no_warning(extracted, truth):
    without = [f for f in FORCE_IDS if not any(k[0] == "calls" for k in truth(f))]
    assert without, "the corpus should have reports without a calls-for-service section"
    for force_id in without:
        extraction = extracted(force_id)
        assert not [r for r in extraction.records if r.dataset == "calls"]
        assert not [w for w in extraction.warnings if any(k.startswith("calls/") for k in w.keys)]


def test_the_corpus_passes_every_check(extracted):
    warned = {f: extracted(f).warnings for f in FORCE_IDS if extracted(f).warnings}
    assert warned == {}


def test_each_bbox_holds_the_printed_figure(corpus, extracted, truth):
    """Provenance: the text inside each figure's bbox is what the report printed for it."""
    force_id = "leicestershire"
    pdf = pypdfium2.PdfDocument(corpus / f"{force_id}-2014.pdf")
    expected = truth(force_id)
    for record in extracted(force_id).records:
        page = pdf[record.page - 1]
        height = page.get_height()
        x0, top, x1, bottom = record.bbox
        inside = page.get_textpage().get_text_bounded(
            x0 - 1, height - bottom - 1, x1 + 1, height - top + 1
        )
        printed = expected[_key(record)]["text"]
        assert re.sub(r"\s+", "", printed) in re.sub(r"\s+", "", inside), (record, inside)


@pytest.mark.parametrize(
    ("variation", "shows"),
    [
        (
            "a table broken over a page",
            lambda text, pages: len(pages["workforce"]) > 1 or len(pages["crime"]) > 1,
        ),
        ("'the constabulary'", lambda text, pages: "The constabulary in numbers" in text),
        ("'CSOs' in a Welsh report", lambda text, pages: re.search(r"(?<!P)CSOs", text)),
        ("'the MPS'", lambda text, pages: "the MPS" in text),
        ("'per cent'", lambda text, pages: " per cent" in text),
        ("'%' in sentences", lambda text, pages: re.search(r"savings requirement of \d+%", text)),
        (
            "an en dash or minus sign for negatives",
            lambda text, pages: re.search("[\u2013\u2212]\\d", text),
        ),
        (
            "'£7.9 savings' without its m",
            lambda text, pages: re.search(r"required £[\d.]+ savings", text),
        ),
        ("'Between 2010/12'", lambda text, pages: "Between 2010/12" in text),
    ],
)
def test_the_corpus_shows_each_variation(variation, shows, corpus, truth):
    """Guards the corpus test above: each variation it is meant to cover is in the corpus."""
    for force_id in FORCE_IDS:
        pdf = pypdfium2.PdfDocument(corpus / f"{force_id}-2014.pdf")
        text = " ".join(
            " ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))
        )
        pages = {
            dataset: {r["page"] for k, r in truth(force_id).items() if k[0] == dataset}
            for dataset in ("workforce", "crime")
        }
        if shows(text, pages):
            return
    pytest.fail(f"no sample report shows {variation}")
