"""`newsweave serve`: refuses what it cannot serve before listening, and serves the store on loopback."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time

import pytest

from newsweave.cli import EXIT_USAGE, main


@pytest.mark.parametrize("args, says", [
    (["--db", "NOWHERE/none.db", "--read-only"], "no such store"),
    (["--db", "DB", "--data-dir", "NOWHERE/missing"], "no such folder"),
])
def test_serve_refuses_before_listening(tmp_path, capsys, args, says):
    args = [a.replace("NOWHERE", str(tmp_path)).replace("DB", str(tmp_path / "s.db")) for a in args]
    assert main(["serve", *args]) == EXIT_USAGE
    assert says in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_on_loopback(tmp_path):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsweave", "serve", "--db", str(tmp_path / "new.db"),
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/")
                answer = connection.getresponse()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                time.sleep(0.1)
        assert answer.status == 200
        assert "script-src 'self'" in answer.getheader("content-security-policy")
        assert "No story yet" in answer.read().decode()
    finally:
        server.terminate()
        server.wait()
    assert f"http://127.0.0.1:{port}/" in server.stderr.read()
