"""Reports differ the way real ones do, so an extractor cannot lean on one presentation:
how the force names itself, CSOs in Wales, missing sections, tables broken over pages,
minus signs, "percent" spellings, fonts, footnote markers and drawing order."""

from __future__ import annotations

import re

import reference
from samples.style import style_for

WELSH = [f.force_id for f in reference.forces() if f.is_welsh]
CONSTABULARIES = [f.force_id for f in reference.forces() if f.name.endswith("Constabulary")]


def _records(truth: dict, **match) -> list[dict]:
    return [r for r in truth["records"] if all(r[k] == v for k, v in match.items())]


def test_welsh_reports_say_csos_and_english_ones_pcsos(truths, report_text):
    assert len(WELSH) == 4
    for force_id in truths:
        text = report_text(force_id)
        if force_id in WELSH:
            assert "CSOs" in text and "PCSO" not in text, force_id
        else:
            assert "PCSOs" in text, force_id


def test_constabularies_and_the_mps_name_themselves(report_text):
    assert CONSTABULARIES
    for force_id in CONSTABULARIES:
        text = re.sub(r"\s+", " ", report_text(force_id))
        assert "The constabulary in numbers" in text
        assert "How well does the constabulary provide value for money?" in text
        assert "To what extent is the constabulary efficient?" in text
        assert "The force in numbers" not in text
    assert "The MPS in numbers" in report_text("metropolitan")
    assert "The force in numbers" in report_text("kent")


def test_a_few_reports_have_no_calls_for_service_section(truths, report_text):
    without = [i for i, t in truths.items() if not _records(t, dataset="calls")]
    assert 3 <= len(without) <= 5
    for force_id in truths:
        assert ("Calls for service" in report_text(force_id)) is (force_id not in without)


def test_some_tables_continue_on_the_next_page_with_and_without_a_header(truths, page_text):
    headers_repeated = []
    for dataset, first_row, last_row, header in (
        ("workforce", "police_officers", "specials", "(baseline)"),
        ("crime", "crimes_excluding_fraud_rate", "asb_incidents_rate", "Rate per 1,000"),
    ):
        split = []
        for force_id, truth in truths.items():
            first = _records(truth, dataset=dataset, measure=first_row, subject="force")[0]["page"]
            last = _records(truth, dataset=dataset, measure=last_row, subject="force")[0]["page"]
            if last != first:
                assert last == first + 1
                split.append(force_id)
                headers_repeated.append(header in page_text(force_id, last))
        assert len(split) >= 3, dataset
    assert set(headers_repeated) == {True, False}


def _texts(truths, predicate) -> list[str]:
    return [r["text"] for t in truths.values() for r in t["records"] if predicate(r)]


def test_negatives_use_hyphen_en_dash_and_minus_sign(truths):
    negatives = _texts(
        truths,
        lambda r: (
            r["dataset"] in ("headline", "workforce")
            and isinstance(r["value"], float)
            and r["value"] < 0
        ),
    )
    assert {t[0] for t in negatives} == {"-", "\u2013", "\u2212"}


def test_positive_changes_are_printed_with_and_without_plus(truths):
    positives = _texts(
        truths, lambda r: r["unit"] == "pp" and r["dataset"] == "headline" and r["value"] > 0
    )
    assert {t.startswith("+") for t in positives} == {True, False}


def test_percentages_are_spelt_three_ways(report_text, truths):
    spellings = set()
    for force_id in truths:
        text = re.sub(r"\s+", " ", report_text(force_id))
        if re.search(r"officers to visible roles", text):
            found = re.search(r"allocated (\d+)( percent| per cent|%) of its police officers", text)
            spellings.add(found.group(2))
    assert spellings == {" percent", " per cent", "%"}


def test_reports_mix_fonts(report_pdf):
    fonts = {}
    for force_id in ("leicestershire", "kent", "avon-and-somerset"):
        page = report_pdf(force_id).pages[5]  # introduction
        fonts[force_id] = {c["fontname"].split("+")[-1] for c in page.chars}
    assert all(len(names) >= 2 for names in fonts.values())  # body and headings differ
    assert "Times-Roman" in fonts["kent"] | fonts["avon-and-somerset"]
    assert "BitstreamVeraSans-Roman" in fonts["leicestershire"]


def test_some_figures_carry_a_raised_smaller_footnote_marker(truths, report_pdf):
    found = 0
    for force_id in (f.force_id for f in reference.forces() if style_for(f).footnote_markers):
        record = _records(truths[force_id], dataset="finance", measure="savings_requirement")[0]
        page = report_pdf(force_id).pages[record["page"] - 1]
        words = page.extract_words(extra_attrs=["size"])
        for i, word in enumerate(words[:-1]):
            following = words[i + 1]
            if (
                word["text"] == record["text"]
                and following["text"] == "1"
                and (following["size"] < word["size"] and following["bottom"] < word["bottom"])
            ):
                found += 1
        if found >= 2:
            break
    assert found >= 2


def test_leicestershire_keeps_the_real_reports_slips(report_text):
    text = re.sub(r"\s+", " ", report_text("leicestershire"))
    assert "Between 2010/12 and 2013/14" in text
    assert "the required £7.9 savings in 2015/16" in text
    assert "The plans to achieve the required £7.9m savings in 2015/16" in text
    assert "The following table shows the constabulary’s planned changes" in text


def test_number_pairs_are_drawn_out_of_reading_order(truths, report_pdf):
    truth = truths["leicestershire"]
    record = _records(truth, measure="workforce_cost_per_head", subject="force")[0]
    chars = report_pdf("leicestershire").pages[record["page"] - 1].chars
    stream = "".join(c["text"] for c in chars)
    force_at = stream.index(record["text"])
    national_text = _records(truth, measure="workforce_cost_per_head", subject="england_wales")[0][
        "text"
    ]
    national_at = stream.index(national_text)
    assert national_at < force_at  # England and Wales drawn first ...
    assert chars[force_at]["x0"] < chars[national_at]["x0"]  # ... but the force's sits left


def test_england_and_wales_boxes_sit_lower_in_some_reports(truths, report_pdf):
    drops = set()
    for force_id in ("leicestershire", "durham", "cambridgeshire"):
        truth = truths[force_id]
        page = report_pdf(force_id).pages[
            _records(truth, measure="police_officer_cost_per_head", subject="force")[0]["page"] - 1
        ]
        tops = {}
        for subject in ("force", "england_wales"):
            text = _records(truth, measure="police_officer_cost_per_head", subject=subject)[0][
                "text"
            ]
            tops[subject] = next(w["top"] for w in page.extract_words() if w["text"] == text)
        drops.add(round(tops["england_wales"] - tops["force"]))
    assert len(drops) >= 2 and 0 in drops


def test_values_match_their_printed_text(truths):
    for truth in truths.values():
        for r in truth["records"]:
            if r["unit"] == "grade":
                assert r["text"] == r["value"]
            else:
                digits = re.sub(r"[^\d.]", "", r["text"]).rstrip(".")
                assert float(digits) == abs(r["value"]), (
                    truth["force_id"],
                    r["measure"],
                    r["text"],
                )
