"""Extraction in a child process: a bad file costs one result, never the caller."""

import hashlib

import pytest

import extractors
from flows.inbox import sha256_of
from flows.isolation import ExtractLimits, _child, extract_isolated

LIMITS = ExtractLimits(max_pages=200, max_bytes=50_000_000, timeout_seconds=60, memory_mb=2048)


def test_a_report_comes_back_as_the_extraction_contract(corpus):
    path = corpus / "kent-2014.pdf"
    result = extract_isolated(path, sha256_of(path), LIMITS)
    assert result.failure is None
    assert result.extraction["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.extraction["report"]["force_id"] == "kent"
    assert result.extraction == extractors.extract_report(path).to_dict()


def test_a_refused_file_comes_back_with_its_reason(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_text("Dear inspector,")
    result = extract_isolated(path, "ab" * 32, LIMITS)
    assert result.extraction is None
    assert (result.failure.error_class, result.failure.code) == ("NotAPdf", "not_a_pdf")
    assert result.failure.sha256 == "ab" * 32


def test_a_file_over_the_page_limit_is_refused(corpus):
    path = corpus / "kent-2014.pdf"
    result = extract_isolated(path, sha256_of(path), ExtractLimits(1, 50_000_000, 60, 2048))
    assert result.failure.error_class == "TooLarge"


def test_an_extraction_over_time_is_stopped(corpus):
    path = corpus / "kent-2014.pdf"
    result = extract_isolated(path, sha256_of(path), ExtractLimits(200, 50_000_000, 0.05, 2048))
    assert result.failure.error_class == "ExtractionTimeout"
    assert "longer than 0.05 s" in result.failure.reason


def test_an_extraction_over_memory_fails_alone(corpus):
    path = corpus / "kent-2014.pdf"
    result = extract_isolated(path, sha256_of(path), ExtractLimits(200, 50_000_000, 60, 30))
    assert result.extraction is None
    assert result.failure.error_class in ("MemoryError", "ExtractionCrashed")


def test_an_extractor_bug_quarantines_with_its_traceback(tmp_path, monkeypatch):
    def broken(path, settings):
        raise KeyError("page 7")

    monkeypatch.setattr(extractors, "extract_report", broken)
    monkeypatch.setattr("resource.setrlimit", lambda *args: None)  # not this process's limit
    answer = _child(str(tmp_path / "x.pdf"), 200, 1000, 2048)
    assert answer["error_class"] == "KeyError"
    assert answer["reason"] == "unexpected extraction error: KeyError: 'page 7'"
    assert "Traceback" in answer["details"] and "broken" in answer["details"]


@pytest.mark.parametrize("limit", [0, -1])
def test_limits_come_from_validated_settings(limit):
    from flows.settings import Settings, SettingsError

    with pytest.raises(SettingsError):
        Settings(extract_memory_mb=limit)
