"""`followupd service install` and the shipped systemd unit (SPEC §8)."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from followupd import service
from followupd.cli import main

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "systemd" / "followupd.service"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user's home with a local account's Maildir, and a config naming it."""
    h = tmp_path / "home"
    (h / "Mail" / "personal" / "INBOX" / "cur").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(h))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(h / ".config"))
    monkeypatch.delenv("FOLLOWUPD_CONFIG", raising=False)
    cfg = h / "followupd.toml"
    cfg.write_text(f"""[user]
name = "Alex Morgan"
email = "alex.morgan@example.com"
timezone = "America/New_York"

[[accounts]]
name = "personal"
provider = "local"
maildir = "{h / 'Mail' / 'personal'}"

[paths]
data_dir = "{h / 'data'}"
""")
    return h, str(cfg)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def test_the_shipped_unit_is_what_service_install_writes():
    assert SHIPPED.read_text() == service.unit_text()


def test_the_unit_asks_for_notify_a_watchdog_restarts_and_hardening():
    lines = _lines(SHIPPED.read_text())
    for want in ("Type=notify", "ExecStart=%h/.local/bin/followupd run", "Restart=on-failure",
                 "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=read-only",
                 "PrivateTmp=yes", "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
                 "SystemCallFilter=@system-service", "WantedBy=default.target",
                 "ReadWritePaths=-%h/.local/share/followupd -%h/.config/followupd"):
        assert want in lines, want
    assert any(ln.startswith("WatchdogSec=") for ln in lines)
    assert any(ln.startswith("MemoryMax=") for ln in lines)


def _verify(unit: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                          text=True, timeout=60)


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_the_unit_passes_systemd_analyze_verify(tmp_path):
    # `verify` checks that ExecStart's program exists: point it at this Python, as
    # `service install` does when followupd is not on PATH.
    folder = tmp_path / "units"
    folder.mkdir()
    text = SHIPPED.read_text().replace(
        "ExecStart=%h/.local/bin/followupd run",
        "ExecStart=" + " ".join([sys.executable, "-m", "followupd.cli", "run"]))
    assert text != SHIPPED.read_text()
    unit = folder / "followupd.service"
    unit.write_text(text)
    out = _verify(unit)
    assert out.returncode == 0 and "followupd.service" not in out.stderr + out.stdout, out.stderr
    # And the same for what `service install` writes, with a Drafts folder added.
    unit.write_text(service.unit_text([sys.executable, "-m", "followupd.cli", "run"],
                                      [str(tmp_path / "Mail with space" / "Drafts")]))
    out = _verify(unit)
    assert out.returncode == 0 and "followupd.service" not in out.stderr + out.stdout, out.stderr
    # The check bites: a misspelt key is reported.
    unit.write_text(text.replace("ProtectSystem=strict", "ProtectSystem=strictt"))
    assert "followupd.service" in _verify(unit).stderr


def test_service_install_dry_run_prints_the_unit_and_the_command_and_writes_nothing(
        home, capsys):
    h, cfg = home
    assert main(["--config", cfg, "service", "install", "--systemd", "--dry-run"]) == 0
    out = capsys.readouterr().out
    unit = h / ".config" / "systemd" / "user" / "followupd.service"
    assert out.startswith(f"Would write {unit}:\n")
    assert not unit.exists()
    exec_line = next(ln for ln in out.splitlines() if ln.startswith("ExecStart="))
    argv = exec_line[len("ExecStart="):].split()
    assert os.path.isabs(argv[0]) and os.access(argv[0], os.X_OK)
    assert argv[-3:] == ["--config", cfg, "run"]
    assert f"ReadWritePaths=-{h / 'Mail' / 'personal' / 'Drafts'}" in out.splitlines()
    assert "Type=notify" in out.splitlines()
    assert out.rstrip().endswith("Then run: systemctl --user enable --now followupd")


def test_service_install_writes_the_unit_into_the_xdg_folder(home, capsys):
    h, cfg = home
    assert main(["--config", cfg, "service", "install", "--systemd", "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert main(["--config", cfg, "service", "install", "--systemd"]) == 0
    out = capsys.readouterr().out
    unit = h / ".config" / "systemd" / "user" / "followupd.service"
    assert f"Wrote {unit}." in out and "systemctl --user enable --now followupd" in out
    assert unit.read_text() in printed  # what the dry run showed is what was written
    assert main(["--config", cfg, "service", "install", "--systemd"]) == 0
    out = capsys.readouterr().out
    assert "Updated" in out and "daemon-reload" in out


def test_service_install_launchd_writes_a_plist_launchd_can_load(home, capsys):
    h, cfg = home
    assert main(["--config", cfg, "service", "install", "--launchd", "--dry-run"]) == 0
    out = capsys.readouterr().out
    path = h / "Library" / "LaunchAgents" / f"{service.LABEL}.plist"
    assert out.startswith(f"Would write {path}:\n") and not path.exists()
    xml = out.split(":\n", 1)[1].rsplit("\nThen run:", 1)[0]
    assert plistlib.loads(xml.strip().encode())["Label"] == service.LABEL
    assert "Then run: launchctl bootstrap gui/$(id -u) " in out

    assert main(["--config", cfg, "service", "install", "--launchd"]) == 0
    out = capsys.readouterr().out
    assert "launchctl bootstrap" in out
    with open(path, "rb") as f:
        plist = plistlib.load(f)
    assert plist["Label"] == service.LABEL
    args = plist["ProgramArguments"]
    assert os.path.isabs(args[0]) and os.access(args[0], os.X_OK)
    assert args[-3:] == ["--config", cfg, "run"]
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] == {"SuccessfulExit": False}
    logs = h / "Library" / "Logs" / "followupd"
    for key in ("StandardOutPath", "StandardErrorPath"):
        assert Path(plist[key]).parent == logs
    assert logs.is_dir()  # launchd does not create it


def test_the_default_follows_the_platform(home, capsys, monkeypatch):
    h, cfg = home
    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["--config", cfg, "service", "install", "--dry-run"]) == 0
    assert "LaunchAgents" in capsys.readouterr().out
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--config", cfg, "service", "install", "--dry-run"]) == 0
    assert "systemd/user/followupd.service" in capsys.readouterr().out


def test_an_odd_path_is_quoted_for_systemd():
    text = service.unit_text(["/opt/my apps/followupd", "--config", "/home/a/100%.toml", "run"])
    assert 'ExecStart="/opt/my apps/followupd" --config /home/a/100%%.toml run' in text
