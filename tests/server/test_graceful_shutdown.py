"""`fieldapp-server serve` on SIGTERM: stops taking connections, finishes the request in
flight, then exits; its log lines are JSON; several workers share their metrics."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from sync.server.cli import init_db, sqlite_url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sigterm_lets_the_request_in_flight_finish(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "server.sqlite3")
    init_db(url)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--database-url", url,
         "--host", "127.0.0.1", "--port", str(port), "--blob-dir", str(tmp_path / "blobs")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120  # imports take long on busy cores
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                    break
            except (requests.ConnectionError, requests.Timeout):  # still starting
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        body = json.dumps({"email": "someone@example.test"}).encode()
        slow = socket.create_connection(("127.0.0.1", port), timeout=20)
        slow.sendall(
            (
                "POST /v1/auth/prelogin HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
            + body[:10]
        )
        time.sleep(0.3)  # the request is in flight, its body half sent
        proc.send_signal(signal.SIGTERM)
        refused = False
        deadline = time.monotonic() + 15
        while not refused and time.monotonic() < deadline:
            try:
                requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                time.sleep(0.1)
            except requests.ConnectionError:
                refused = True
        assert refused, "new connections are still accepted after SIGTERM"
        time.sleep(0.3)
        assert proc.poll() is None, "the server quit with a request in flight"
        slow.sendall(body[10:])
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            piece = slow.recv(65536)
            if not piece:
                break
            answer += piece
        slow.close()
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        assert b'"account_salt"' in answer or b"salt" in answer
        # uvicorn exits by re-raising the signal it handled, once every request is done.
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    _out, err = proc.communicate(timeout=10)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "no log lines"
    for line in lines:
        entry = json.loads(line)  # every line is one JSON object
        assert "someone@example.test" not in line
        assert {"ts", "level", "logger", "message"} <= set(entry)


def test_workers_count_metrics_together_and_stop_on_sigterm(tmp_path: Path) -> None:
    """With several workers any worker's /metrics answers for all of them (prometheus
    multiprocess mode, set up by `serve`), and SIGTERM stops the parent and its workers."""
    url = sqlite_url(tmp_path / "server.sqlite3")
    init_db(url)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "serve", "--database-url", url,
         "--host", "127.0.0.1", "--port", str(port), "--blob-dir", str(tmp_path / "blobs"),
         "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        answered = 0
        while answered < 20:
            try:
                requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).raise_for_status()
                answered += 1
            except (requests.ConnectionError, requests.Timeout):
                assert proc.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.2)
        counted = 0.0
        for _ in range(5):  # whichever worker answers the scrape
            text = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            for family in text_string_to_metric_families(text):
                for sample in family.samples:
                    if (
                        sample.name == "fieldapp_http_requests_total"
                        and sample.labels.get("route") == "/healthz"
                    ):
                        counted = sample.value
            assert counted == answered
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
