"""Shared test plumbing: no network but loopback, ever."""

from __future__ import annotations

import ipaddress
import socket

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _loopback_only(address) -> None:
    if isinstance(address, (str, bytes)):  # AF_UNIX (sd_notify sockets, …)
        return
    host = address[0]
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        if host in ("localhost",):
            return
        raise OSError(f"test tried to reach {host!r}: tests use loopback only")
    if not ip.is_loopback:
        raise OSError(f"test tried to reach {host}: tests use loopback only")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def connect(self, address):
        _loopback_only(address)
        return _real_connect(self, address)

    def connect_ex(self, address):
        _loopback_only(address)
        return _real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield


@pytest.fixture
def interviewed(tmp_path):
    """A local world on a simulated clock: Northwind Analytics invited the user, the interview
    took place on Tuesday 3 March 2026 10:00–11:00 (New York), and its thank-you is drafted."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from test_scenarios import interview, invitation
    from world import World

    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=ZoneInfo("America/New_York")))
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 15, 0))
    yield w
    w.close()
