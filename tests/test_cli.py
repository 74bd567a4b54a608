"""The command line, driven through `followupd.cli.main` and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_scenarios import interview, invitation
from world import World

from followupd.cli import build_parser, main

NY = ZoneInfo("America/New_York")


def test_every_command_has_help_text():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) >= {"init", "run", "status", "show", "plan", "mute", "unmute",
                                "close", "forget", "demo"}
    for name, sp in sub.choices.items():
        assert sp.description and len(sp.description) > 10, name


def test_a_bad_config_is_one_sentence_and_exit_code_2(tmp_path, capsys):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[user]\nname = "A"\nemail = "a@example.com"\n[sync]\nintervall = "5m"\n')
    assert main(["--config", str(cfg), "status"]) == 2
    err = capsys.readouterr().err
    assert "sync.intervall" in err and "Traceback" not in err


def test_a_missing_config_says_to_run_init(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "nope.toml"), "status"]) == 2
    assert "followupd init" in capsys.readouterr().err


def test_init_writes_a_private_config_that_loads_and_refuses_to_overwrite(tmp_path, capsys):
    cfg = tmp_path / "sub" / "config.toml"
    assert main(["--config", str(cfg), "init"]) == 0
    assert oct(cfg.stat().st_mode & 0o777) == "0o600"
    assert main(["--config", str(cfg), "init"]) == 2


def test_unknown_command_is_a_usage_error():
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2


@pytest.fixture
def world(interviewed):
    return interviewed


def test_status_plan_and_show_print_json_for_scripts(world, capsys):
    cfg = world.config_path
    assert main(["--config", cfg, "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [e["key"] for e in status["employers"]] == ["northwind-analytics.com"]
    assert status["accounts"][0]["name"] == "home"
    assert main(["--config", cfg, "plan", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert {p["kind"] for p in plan} >= {"thank_you", "check_in"}
    assert main(["--config", cfg, "show", "northwind", "--json"]) == 0
    show = json.loads(capsys.readouterr().out)
    assert show["applications"][0]["timeline"]


def test_status_prints_a_readable_table(world, capsys):
    assert main(["--config", world.config_path, "status"]) == 0
    out = capsys.readouterr().out
    assert "Northwind" in out and "interviewed" in out


def test_mute_holds_follow_ups_and_unmute_resumes_them(world, capsys):
    cfg = world.config_path
    assert main(["--config", cfg, "mute", "northwind"]) == 0
    assert world.employers()["northwind-analytics.com"].muted
    plan = [p for p in world.engine.plan() if p.kind.value == "check_in"]
    assert plan and all(p.status == "held" for p in plan)
    assert main(["--config", cfg, "unmute", "northwind"]) == 0
    assert not world.employers()["northwind-analytics.com"].muted


def test_close_retracts_untouched_drafts(world):
    assert world.drafts()
    assert main(["--config", world.config_path, "close", "northwind-analytics.com"]) == 0
    world.run()
    assert world.drafts() == []


def test_forget_removes_the_employer_but_not_the_mail(world, capsys):
    before = world.user_mail_snapshot()
    assert main(["--config", world.config_path, "forget", "northwind"]) == 0
    assert "northwind-analytics.com" not in world.employers()
    world.run()
    assert "northwind-analytics.com" not in world.employers()
    assert world.user_mail_snapshot() == before


def test_an_unknown_employer_is_a_usage_error(world, capsys):
    assert main(["--config", world.config_path, "show", "globex"]) == 2
    assert "followupd status" in capsys.readouterr().err


def test_run_once_as_a_subprocess_creates_the_due_drafts(tmp_path):
    # The real clock: an interview that ended three days ago is thanked now.
    now = datetime.now(NY)
    w = World(tmp_path, start=now)
    try:
        invitation(w, now.replace(microsecond=0))
        end = now - timedelta(days=3)  # its thank-you was due at most 24 h after it ended
        interview(w, "i", end - timedelta(hours=1), end)
        env = dict(os.environ, FOLLOWUPD_CONFIG=w.config_path)
        out = subprocess.run([sys.executable, "-m", "followupd.cli", "run", "--once"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert "draft" in out.stdout
        assert len(w.drafts()) >= 1
    finally:
        w.close()


def test_python_dash_m_runs_the_same_command_line():
    """`python -m followupd` is the console script (for a venv without its bin/ on PATH)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-m", "followupd", "--version"], cwd=root,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "followupd" in out.stdout
