"""The built site in headless Chromium: no console errors, nothing requested from off the
machine, and something drawn. The first test proves the checks can see what they check."""

import io

import pytest
from PIL import Image

from tests.site_report.site_browser import WINDOW, Visit

LOCAL_SCHEMES = ("file:", "data:")


def offsite(visit: Visit) -> list[str]:
    return [url for url in visit.requests if not url.startswith(LOCAL_SCHEMES)]


def drawn(png: bytes) -> bool:
    """More than a handful of colours and more than a sliver of the screen not white."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=image.width * image.height)
    white = {c: n for n, c in colours}.get((255, 255, 255), 0)
    return len(colours) > 50 and white < 0.95 * image.width * image.height


def test_the_checks_catch_errors_offsite_requests_and_blank_pages(browser, tmp_path):
    canary = tmp_path / "canary.html"
    canary.write_text(
        '<!doctype html><title>canary</title><link rel="icon" href="data:,">'
        '<img src="http://127.0.0.1:9/x.png"><script>console.error("canary")'
        "</script>"
    )
    visit = browser.visit(canary.as_uri())
    assert "canary" in visit.console_errors
    assert offsite(visit) == ["http://127.0.0.1:9/x.png"]
    assert not drawn(browser.visit("about:blank").screenshot)


@pytest.mark.parametrize("page", ["index.html", "forces/leicestershire.html"])
def test_page_loads_offline_without_errors_and_draws_something(browser, site, page):
    url = (site.index.parent / page).as_uri()
    visit = browser.visit(url)
    assert visit.console_errors == []
    assert visit.requests[0] == url and any(u.endswith("/site.css") for u in visit.requests)
    assert offsite(visit) == []
    assert Image.open(io.BytesIO(visit.screenshot)).size == WINDOW
    assert drawn(visit.screenshot)
