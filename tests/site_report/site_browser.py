"""Headless Chromium driven over the DevTools protocol: load a page, and report its console
errors, every URL it requested and a screenshot. Plain websockets, no browser-automation
package: only the few CDP methods the site tests need."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from websockets.sync.client import connect

CHROMIUM = Path("/usr/bin/chromium")
WINDOW = (1366, 768)  # a common laptop screen
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
    f"--window-size={WINDOW[0]},{WINDOW[1]}",
)
STARTUP_SECONDS = 30.0
LOAD_SECONDS = 30.0
SETTLE_SECONDS = 0.5  # after the load event, for anything the page requests late


class BrowserError(Exception):
    pass


@dataclass
class Visit:
    url: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    screenshot: bytes = b""


def _console_error(event: dict) -> str | None:
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        return " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
    if method == "Runtime.exceptionThrown":
        details = params["exceptionDetails"]
        return details.get("exception", {}).get("description") or details.get("text", "")
    if method == "Log.entryAdded" and params["entry"]["level"] == "error":
        return f"{params['entry']['text']} ({params['entry'].get('url', '')})"
    return None


class Browser:
    """One Chromium process with a throw-away profile; `visit` reuses its first tab."""

    def __init__(self, executable: Path, profile: Path):
        self._process = subprocess.Popen(
            [str(executable), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            self._socket = connect(
                self._page_socket(profile), max_size=None, open_timeout=STARTUP_SECONDS
            )
        except BaseException:
            self.close()
            raise
        self._next_id = 0
        self._events: list[dict] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self._call(f"{domain}.enable")
        # --window-size sizes the window, not the page: headless keeps room for its chrome.
        self._call(
            "Emulation.setDeviceMetricsOverride",
            width=WINDOW[0],
            height=WINDOW[1],
            deviceScaleFactor=1,
            mobile=False,
        )

    def _page_socket(self, profile: Path) -> str:
        """Chromium writes its chosen port to DevToolsActivePort once it listens."""
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrowserError(f"chromium exited with status {self._process.returncode}")
            if port_file.is_file() and port_file.read_text().strip():
                port = port_file.read_text().split()[0]
                targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=5).json()
                pages = [t for t in targets if t["type"] == "page"]
                if pages:
                    return pages[0]["webSocketDebuggerUrl"]
            time.sleep(0.1)
        raise BrowserError(f"chromium did not open its DevTools port in {STARTUP_SECONDS}s")

    def _receive(self, timeout: float) -> dict | None:
        try:
            message = json.loads(self._socket.recv(timeout=timeout))
        except TimeoutError:
            return None
        if "id" not in message:
            self._events.append(message)
        return message

    def _call(self, method: str, **params: object) -> dict:
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        deadline = time.monotonic() + LOAD_SECONDS
        while time.monotonic() < deadline:
            message = self._receive(deadline - time.monotonic())
            if message and message.get("id") == self._next_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return message["result"]
        raise BrowserError(f"{method}: no answer in {LOAD_SECONDS}s")

    def _wait_for(self, method: str) -> None:
        deadline = time.monotonic() + LOAD_SECONDS
        while not any(e["method"] == method for e in self._events):
            if time.monotonic() > deadline:
                raise BrowserError(f"no {method} in {LOAD_SECONDS}s")
            self._receive(deadline - time.monotonic())

    def visit(self, url: str) -> Visit:
        self._events = []
        self._call("Page.navigate", url=url)
        self._wait_for("Page.loadEventFired")
        while self._receive(SETTLE_SECONDS) is not None:
            pass
        png = base64.b64decode(self._call("Page.captureScreenshot", format="png")["data"])
        visit = Visit(url, screenshot=png)
        for event in self._events:
            if event["method"] == "Network.requestWillBeSent":
                visit.requests.append(event["params"]["request"]["url"])
            elif (error := _console_error(event)) is not None:
                visit.console_errors.append(error)
        return visit

    def close(self) -> None:
        if getattr(self, "_socket", None) is not None:
            self._socket.close()
        if self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGTERM)  # the launcher script and its children
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()


__all__ = ["CHROMIUM", "Browser", "BrowserError", "Visit"]
