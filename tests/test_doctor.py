"""`followupd doctor`: one line per check, the fix for each failure, exit 1 on any failure."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from world import World

from followupd.cli import main
from followupd.providers import base

NY = ZoneInfo("America/New_York")


def fake_systemctl(folder: Path, state: str, code: int) -> None:
    """A `systemctl` on PATH that answers `is-active` like a user session would."""
    folder.mkdir(exist_ok=True)
    exe = folder / "systemctl"
    exe.write_text(f"#!/bin/sh\necho {state}\nexit {code}\n")
    exe.chmod(0o755)


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    w = World(tmp_path, start=datetime.now(NY))
    w.run()  # creates the database
    yield w
    w.close()


def lines(out: str) -> list[str]:
    return out.splitlines()


def test_a_healthy_setup_is_all_ok(world, tmp_path, capsys):
    fake_systemctl(tmp_path / "bin", "active", 0)
    assert main(["--config", world.config_path, "doctor"]) == 0
    out = capsys.readouterr().out
    ls = lines(out)
    assert ls[0] == f"ok    config {world.config_path} (1 account)"
    assert "ok    account home (local): no sign-in needed" in ls
    assert any(ln.startswith("ok    keyring: none") and "not needed" in ln for ln in ls)
    assert any(ln.startswith("ok    database ") and "integrity ok, schema version" in ln
               for ln in ls)
    assert any(ln.startswith("ok    time zone America/New_York") for ln in ls)
    assert any(ln.startswith("ok    clock ") for ln in ls)
    assert "ok    service followupd: active" in ls
    assert "FAIL" not in out and out.rstrip().endswith("No problems found.")


def test_each_failure_has_its_line_and_the_command_that_fixes_it(world, tmp_path, capsys):
    fake_systemctl(tmp_path / "bin", "failed", 3)
    unit = tmp_path / "xdg" / "systemd" / "user" / "followupd.service"
    unit.parent.mkdir(parents=True)
    unit.write_text("[Service]\n")
    # The Maildir is gone, the database is damaged and dated in the clock's future.
    inbox = tmp_path / "mail" / "INBOX"
    inbox.rename(tmp_path / "mail" / "INBOX.moved")
    db = world.config.paths.database
    world.store.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    with open(db, "r+b") as f:
        f.seek(0)
        f.write(b"this is not an SQLite database at all" * 4)
    future = time.time() + 2 * 86400
    os.utime(db, (future, future))

    assert main(["--config", world.config_path, "doctor"]) == 1
    ls = lines(capsys.readouterr().out)

    def fix_of(prefix: str) -> str:
        i = next(i for i, ln in enumerate(ls) if ln.startswith(prefix))
        assert ls[i + 1].startswith("      fix: "), ls
        return ls[i + 1][len("      fix: "):]

    assert f"edit accounts.home in {world.config_path}" == fix_of("FAIL  account home (local)")
    repair = fix_of(f"FAIL  database {db}")
    assert ".recover" in repair and "rm " not in repair  # the state is never thrown away
    assert fix_of("FAIL  clock: ") == "timedatectl set-ntp true"
    assert fix_of("FAIL  service followupd: failed").startswith(
        "systemctl --user enable --now followupd")
    assert ls[-1] == "4 problems found."


def test_a_missing_config_says_to_run_init(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    fake_systemctl(tmp_path / "bin", "inactive", 3)
    assert main(["--config", str(tmp_path / "nope.toml"), "doctor"]) == 1
    ls = lines(capsys.readouterr().out)
    assert ls[0].startswith("FAIL  config ") and ls[1] == "      fix: followupd init"
    assert any(ln.startswith("--    accounts, keyring, database and clock") for ln in ls)


class _NoHealthCheck:
    """A provider from before auth_health existed."""


class _Revoked:
    @classmethod
    def auth_health(cls, account, config):
        return False, "the refresh token was revoked by the user"


def test_a_provider_without_a_health_check_is_not_checked_and_a_revoked_token_fails(
        world, tmp_path, capsys, monkeypatch):
    fake_systemctl(tmp_path / "bin", "active", 0)
    monkeypatch.setitem(base._PROVIDERS, "gmail", f"{__name__}:_NoHealthCheck")
    monkeypatch.setitem(base._PROVIDERS, "outlook", f"{__name__}:_Revoked")
    cfg = Path(world.config_path)
    cfg.write_text(cfg.read_text() + """
[[accounts]]
name = "personal"
provider = "gmail"

[[accounts]]
name = "work"
provider = "outlook"
client_id = "00000000-0000-0000-0000-000000000000"
""")
    assert main(["--config", str(cfg), "doctor"]) == 1
    ls = lines(capsys.readouterr().out)
    assert "--    account personal (gmail): not checked (this provider has no health check)" in ls
    i = ls.index("FAIL  account work (outlook): the refresh token was revoked by the user")
    assert ls[i + 1] == "      fix: followupd auth outlook --account work"
    # Tokens are needed now, and there is no OS keyring: a warning with the way out.
    assert any(ln.startswith("warn  keyring: none") and "tokens.json" in ln for ln in ls)
