"""Telling the service manager and the user how the daemon is.

* :class:`SystemdNotifier` speaks systemd's ``sd_notify`` protocol: one datagram of
  ``KEY=VALUE`` lines to the AF_UNIX socket named by ``$NOTIFY_SOCKET`` (a path, or ``@name``
  for the abstract namespace). No libsystemd binding is needed: the protocol is one
  ``sendto``. Outside systemd (no ``$NOTIFY_SOCKET``: a terminal, launchd) every call is a
  no-op. ``$WATCHDOG_USEC`` (and ``$WATCHDOG_PID``, when set, naming this process) gives the
  watchdog period; we ping at half of it, as sd_watchdog_enabled(3) recommends.
* :func:`desktop_notify` shows "N new follow-up drafts" with ``notify-send`` (Linux) or
  ``osascript`` (macOS) when one is there and a desktop session is running. Both are optional
  and best effort: a notification that cannot be shown is logged at debug level and forgotten.

Neither ever raises: the daemon must not stop because systemd or a desktop went away.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Mapping

log = logging.getLogger(__name__)


class SystemdNotifier:
    def __init__(self, env: Mapping[str, str] = os.environ) -> None:
        addr = env.get("NOTIFY_SOCKET", "")
        if addr.startswith("@"):  # abstract namespace: a leading NUL byte
            addr = "\0" + addr[1:]
        self.address = addr or None
        self.watchdog_seconds = _watchdog_seconds(env)
        self._sock: socket.socket | None = None

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def notify(self, **fields: object) -> bool:
        """Send ``KEY=value`` lines (``ready=1`` → ``READY=1``). Return whether it was sent."""
        if not self.address:
            return False
        # STATUS is one line: a newline would start a new (bogus) field.
        text = "\n".join(f"{k.upper()}={str(v).replace(chr(10), ' ')}" for k, v in fields.items())
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._sock.setblocking(False)  # never wait on a stuck service manager
            self._sock.sendto(text.encode("utf-8", "replace"), self.address)
            return True
        except OSError as e:
            log.debug("sd_notify(%s) failed: %s", text, e)
            return False

    def ready(self, status: str = "") -> bool:
        return self.notify(ready=1, status=status) if status else self.notify(ready=1)

    def status(self, text: str) -> bool:
        return self.notify(status=text)

    def watchdog(self) -> bool:
        return self.notify(watchdog=1)

    def stopping(self) -> bool:
        return self.notify(stopping=1)

    def reloading(self) -> bool:
        return self.notify(reloading=1)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _watchdog_seconds(env: Mapping[str, str]) -> float | None:
    """The watchdog period in seconds, or None when no watchdog is asked of this process."""
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return None  # meant for another process (we were started by a wrapper)
    try:
        value = int(usec)
    except ValueError:
        return None
    return value / 1_000_000 if value > 0 else None


# -- desktop notifications -------------------------------------------------------------------


def _has_desktop(env: Mapping[str, str]) -> bool:
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
                or env.get("DBUS_SESSION_BUS_ADDRESS"))


def desktop_command(title: str, body: str, env: Mapping[str, str] = os.environ,
                    platform: str = sys.platform) -> list[str] | None:
    """The command that shows a notification here, or None when there is no way to.

    ``FOLLOWUPD_NOTIFY=0`` turns notifications off.
    """
    if env.get("FOLLOWUPD_NOTIFY", "1").strip().lower() in ("0", "no", "false", "off"):
        return None
    path = env.get("PATH")
    if platform == "darwin":
        exe = shutil.which("osascript", path=path)
        if not exe:
            return None
        # AppleScript string literals: escape backslashes and quotes.
        def q(s: str) -> str:
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return [exe, "-e", f"display notification {q(body)} with title {q(title)}"]
    exe = shutil.which("notify-send", path=path)
    if not exe or not _has_desktop(env):
        return None
    return [exe, "--app-name=followupd", "--icon=mail-message-new", title, body]


def desktop_notify(title: str, body: str, env: Mapping[str, str] = os.environ) -> bool:
    """Show a desktop notification if this machine can. Return whether one was shown."""
    cmd = desktop_command(title, body, env)
    if cmd is None:
        return False
    try:
        subprocess.run(cmd, env=dict(env), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=10, check=True)
        return True
    except (OSError, subprocess.SubprocessError) as e:
        log.debug("desktop notification failed: %s", e)
        return False
