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
