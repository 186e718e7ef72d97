"""Why a file is refused. Each reason is its own small class with a short `code`; `str()` of
an instance is the one line a user sees (the CLI prints it, the flows quarantine with it)."""

from __future__ import annotations


class ReportRefused(Exception):
    """A file the extractor cannot read or does not support. Never a bug: an expected outcome."""

    code = "refused"
    reason = "the file was refused"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"{self.reason}: {detail}" if detail else self.reason)


class NotAPdf(ReportRefused):
    code = "not_a_pdf"
    reason = "not a PDF"


class UnreadablePdf(ReportRefused):
    code = "unreadable_pdf"
    reason = "unreadable PDF"


class EncryptedPdf(ReportRefused):
    code = "encrypted_pdf"
    reason = "encrypted PDF (password protected)"


class NoTextLayer(ReportRefused):
    code = "no_text_layer"
    reason = "no text layer (image-only PDF): OCR would be needed"


class NotAValueForMoneyReport(ReportRefused):
    code = "not_a_vfm_report"
    reason = "not an HMIC value-for-money report"


class UnsupportedEdition(ReportRefused):
    code = "unsupported_edition"
    reason = "an HMIC value-for-money report of an edition not supported yet"


class UnknownForce(ReportRefused):
    code = "unknown_force"
    reason = "the report's police force could not be identified from its text"


class TooLarge(ReportRefused):
    code = "too_large"
    reason = "too large to be a value-for-money report"
