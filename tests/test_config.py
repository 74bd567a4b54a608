"""Config loading: path resolution, every problem reported with its key, the example config."""

from __future__ import annotations

import dataclasses
import re
import stat
import typing
from datetime import time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd import config as cfg
from followupd.config import (
    AccountConfig,
    BusinessDays,
    Config,
    Rules,
    SendWindow,
    SyncConfig,
    example_config,
    format_duration,
    load_config,
    parse_config,
    parse_duration,
    write_config,
)
from followupd.errors import ConfigError, UserError

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """
[user]
name = "Alex Morgan"
email = "Alex.Morgan@example.com"
timezone = "America/New_York"

[[accounts]]
name = "personal"
provider = "local"
maildir = "mail"
"""


def parse(text: str, file: str = "/home/alex/.config/followupd/config.toml", env=None) -> Config:
    return parse_config(text, file, env if env is not None else {"HOME": "/home/alex"})


def problems_of(text: str) -> list[str]:
    with pytest.raises(ConfigError) as e:
        parse(text)
    return e.value.problems


# -- reading the file -----------------------------------------------------------------------------


def test_a_minimal_config_gets_every_default():
    c = parse(MINIMAL)
    assert c.user.email == ("alex.morgan@example.com",)
    assert c.user.timezone == "America/New_York"
    assert c.send_window == SendWindow() and c.rules == Rules() and c.sync == SyncConfig()
    [a] = c.accounts
    assert a.maildir == "/home/alex/.config/followupd/mail"  # relative to the config's folder
    assert a.folders.inbox == "INBOX" and a.folders.drafts == "Drafts"
    assert c.paths.config_dir == "/home/alex/.config/followupd"
    assert c.paths.config_file == "/home/alex/.config/followupd/config.toml"


def test_the_timezone_defaults_to_the_systems():
    c = parse(MINIMAL.replace('timezone = "America/New_York"\n', ""))
    assert c.user.timezone == cfg._system_timezone() != ""


def test_an_explicit_path_wins_over_the_environment(tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(MINIMAL.replace("Alex Morgan", "From A"))
    b.write_text(MINIMAL.replace("Alex Morgan", "From B"))
    assert load_config(str(a), env={"FOLLOWUPD_CONFIG": str(b)}).user.name == "From A"
    assert load_config(None, env={"FOLLOWUPD_CONFIG": str(b)}).user.name == "From B"


def test_without_path_or_variable_the_xdg_config_home_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "followupd").mkdir()
    (tmp_path / "followupd" / "config.toml").write_text(MINIMAL)
    assert load_config(None, env={}).paths.config_dir == str(tmp_path / "followupd")


def test_a_missing_file_says_to_run_init(tmp_path):
    with pytest.raises(ConfigError, match=r"followupd init"):
        load_config(str(tmp_path / "nope.toml"), env={})


def test_invalid_toml_names_the_line(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('[user]\nname = "Alex\n')
    with pytest.raises(ConfigError, match=r"line 2"):
        load_config(str(f), env={})


def test_paths_expand_home_and_variables():
    text = MINIMAL.replace('maildir = "mail"', 'maildir = "$MAILROOT/alex"\ncalendar_dir = "~/cal"')
    text += '\n[paths]\ndata_dir = "${STATE}/fu"\n'
    c = parse(text, env={"HOME": "/home/alex", "MAILROOT": "/srv/mail", "STATE": "/var/lib"})
    assert c.accounts[0].maildir == "/srv/mail/alex"
    assert c.accounts[0].calendar_dir == "/home/alex/cal"
    assert c.paths.data_dir == "/var/lib/fu"
    assert c.paths.database == "/var/lib/fu/followupd.db"


def test_the_data_dir_defaults_to_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert parse(MINIMAL).paths.data_dir == str(tmp_path / "followupd")


def test_every_setting_is_read():
    c = parse(
        MINIMAL
        + """
[send_window]
days = ["Mon", "tuesday", "wed"]
start = "09:00"
end = "17:30"
[rules.thank_you]
enabled = false
delay = "90m"
[rules.check_in]
after_promise = "3 business days"
without_promise = "1w"
max_count = 1
[rules.document_reply]
warn_before = "1d"
[sync]
interval = "1s"
lookback = "30d"
[[accounts]]
name = "gmail"
provider = "gmail"
calendars = ["primary", "work@group.calendar.google.com"]
endpoints = { gmail = "http://127.0.0.1:8080/", calendar = "http://127.0.0.1:8080", token = "http://127.0.0.1:8080/token" }
[[accounts]]
name = "work"
provider = "outlook"
client_id = "abc"
tenant = "organizations"
watch_folders = ["Jobs"]
endpoints = { graph = "http://127.0.0.1:9000", authority = "http://127.0.0.1:9001" }
"""
    )
    assert c.send_window == SendWindow(days=(0, 1, 2), start=time(9), end=time(17, 30))
    assert c.rules.thank_you.enabled is False and c.rules.thank_you.delay == timedelta(minutes=90)
    assert c.rules.check_in.after_promise == BusinessDays(3)
    assert c.rules.check_in.without_promise == timedelta(weeks=1)
    assert c.rules.check_in.max_count == 1
    assert c.rules.document_reply.warn_before == timedelta(days=1)
    assert c.sync == SyncConfig(interval=timedelta(seconds=1), lookback=timedelta(days=30))
    gmail, work = c.accounts[1:]
    assert gmail.calendars == ("primary", "work@group.calendar.google.com")
    assert gmail.endpoints == {
        "gmail": "http://127.0.0.1:8080",
        "calendar": "http://127.0.0.1:8080",
        "token": "http://127.0.0.1:8080/token",
    }
    assert (work.client_id, work.tenant, work.watch_folders) == ("abc", "organizations", ("Jobs",))
    assert work.endpoints["authority"] == "http://127.0.0.1:9001"


def test_country_and_subdivision_are_checked_against_holidays():
    c = parse(MINIMAL.replace("[[accounts]]", 'country = "us"\nsubdivision = "CA"\n[[accounts]]'))
    assert (c.user.country, c.user.subdivision) == ("US", "CA")
    [p] = problems_of(MINIMAL.replace("[[accounts]]", 'country = "XX"\n[[accounts]]'))
    assert p.startswith("At 'user.country': 'XX' is not a country code")
    [p] = problems_of(MINIMAL.replace("[[accounts]]", 'country = "US"\nsubdivision = "ZZ"\n[[accounts]]'))
    assert p.startswith("At 'user.subdivision': 'ZZ' is not a subdivision of US")


# -- problems ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit, expected",
    [
        ("[sync]\nintervall = '5m'", "At 'sync.intervall': unknown key; did you mean 'interval'?"),
        (
            "[rules.thank_you]\ndelay = '3 hours'",
            "At 'rules.thank_you.delay': '3 hours' is not a duration; write it like \"30s\", \"5m\", \"3h\", \"2d\".",
        ),
        (
            "[rules.thank_you]\ndelay = '2 business days'",
            "At 'rules.thank_you.delay': '2 business days' is not a duration",
        ),
        ("[sync]\ninterval = '0s'", "At 'sync.interval': 0s is too short; use \"1s\" or more."),
        ("[rules.check_in]\nmax_count = 'two'", "At 'rules.check_in.max_count': expected a whole number"),
        ("[rules.rejection_reply]\nenabled = 'yes'", "At 'rules.rejection_reply.enabled': expected true or false"),
        ("[send_window]\nstart = '8.30'", "At 'send_window.start': '8.30' is not a time of day; write it like \"08:30\"."),
        ("[send_window]\nstart = '19:00'", "At 'send_window': start (19:00) must come before end (18:00)."),
        ("[send_window]\ndays = ['mon', 'funday']", "At 'send_window.days': 'funday' is not a day"),
        ("[rules.thankyou]\nenabled = true", "At 'rules.thankyou': unknown key; did you mean 'thank_you'?"),
        ("[sink]\ninterval = '5m'", "At 'sink': unknown key; did you mean 'sync'?"),
    ],
)
def test_a_problem_is_one_sentence_naming_the_key_and_the_fix(edit, expected):
    problems = problems_of(MINIMAL + "\n" + edit + "\n")
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_a_bad_time_zone_says_to_use_an_iana_name():
    [p] = problems_of(MINIMAL.replace("America/New_York", "Mars/Olympus"))
    assert p == "At 'user.timezone': 'Mars/Olympus' is not a time zone; use an IANA name such as \"Europe/Paris\"."


@pytest.mark.parametrize(
    "account, expected",
    [
        ('name = "x"\nprovider = "local"', "At 'accounts.x.maildir': missing"),
        ('name = "x"\nprovider = "imap"', "At 'accounts.x.provider': 'imap' is not a provider"),
        ('provider = "local"\nmaildir = "m"', "At 'accounts[2].name': missing"),
        ('name = "x"\nprovider = "outlook"', "At 'accounts.x.client_id': missing"),
        ('name = "x"\nprovider = "gmail"\nmaildir = "m"', "At 'accounts.x.maildir': a gmail account does not use this (only local accounts do)"),
        ('name = "x"\nprovider = "local"\nmaildir = "m"\nfolders = { inbx = "INBOX" }', "At 'accounts.x.folders.inbx': unknown key; did you mean 'inbox'?"),
        ('name = "x"\nprovider = "gmail"\nendpoints = { gmail = "https://gmail.googleapis.com/gmail/v1" }', "At 'accounts.x.endpoints.gmail': give only the root"),
        ('name = "x"\nprovider = "gmail"\nendpoints = { graph = "https://graph.microsoft.com" }', "At 'accounts.x.endpoints.graph': unknown key"),
        ('name = "x"\nprovider = "outlook"\nclient_id = "c"\nendpoints = { graph = "graph.microsoft.com" }', "At 'accounts.x.endpoints.graph': 'graph.microsoft.com' is not a URL"),
        ('name = "personal"\nprovider = "local"\nmaildir = "m"', "At 'accounts.personal': two accounts are named 'personal'"),
    ],
)
def test_account_problems_name_the_account(account, expected):
    problems = problems_of(MINIMAL + "\n[[accounts]]\n" + account + "\n")
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_every_problem_is_reported_at_once():
    text = MINIMAL.replace("America/New_York", "Nowhere/City") + "\n[sync]\nintervall = '5m'\nlookback = 'a while'\n"
    problems = problems_of(text)
    assert len(problems) == 3
    assert {p.split("'")[1] for p in problems} == {"user.timezone", "sync.intervall", "sync.lookback"}
    with pytest.raises(ConfigError, match="has 3 problems"):
        parse(text)


def test_the_users_email_is_required_and_checked():
    assert problems_of(MINIMAL.replace('email = "Alex.Morgan@example.com"\n', ""))[0].startswith(
        "At 'user.email': missing"
    )
    assert problems_of(MINIMAL.replace("Alex.Morgan@example.com", "alex"))[0].startswith(
        "At 'user.email': 'alex' is not an email address"
    )


# -- durations ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [timedelta(0), timedelta(seconds=45), timedelta(minutes=5), timedelta(hours=3), timedelta(hours=48),
     timedelta(days=21), BusinessDays(1), BusinessDays(5)],
)
def test_a_formatted_duration_parses_back_to_itself(value):
    assert parse_duration(format_duration(value), business=True) == value


@given(st.integers(0, 10**7).map(lambda s: timedelta(seconds=s)) | st.builds(BusinessDays, st.integers(0, 100)))
def test_every_duration_has_a_spelling_that_parses_back(value):
    assert parse_duration(format_duration(value), business=True) == value


# -- the example config -----------------------------------------------------------------------------


def test_the_repository_example_is_the_generated_one():
    assert (REPO / "config.example.toml").read_text(encoding="utf-8") == example_config()


def test_the_example_loads_cleanly_with_every_default():
    c = parse(example_config())
    assert c.rules == Rules() and c.send_window == SendWindow() and c.sync == SyncConfig()
    assert [a.provider for a in c.accounts] == ["local"]


def _keys_of(cls: type, prefix: str = "") -> list[str]:
    out = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if dataclasses.is_dataclass(hints[f.name]):
            out += _keys_of(hints[f.name], f"{prefix}{f.name}.")
        else:
            out.append(f"{prefix}{f.name}")
    return out


def test_every_key_of_the_dataclasses_appears_in_the_example():
    text = example_config()
    uncommented = re.sub(r"(?m)^# ?", "", text)
    keys = (
        [f"user.{k}" for k in _keys_of(cfg.UserConfig)]
        + [f"send_window.{k}" for k in _keys_of(SendWindow)]
        + [f"rules.{k}" for k in _keys_of(Rules)]
        + [f"sync.{k}" for k in _keys_of(SyncConfig)]
        + [f"accounts.{k}" for k in _keys_of(AccountConfig)]
        + ["paths.data_dir"]
    )
    missing = []
    for key in keys:
        *path, leaf = key.split(".")
        if not re.search(rf"(?m)^\s*{leaf}\s*=|[{{,]\s*{leaf}\s*=", uncommented):
            missing.append(key)
        elif path and path[-1] not in ("accounts", "user", "folders", "endpoints") and f"[{'.'.join(path)}]" not in text:
            missing.append(key)
    assert missing == []


def test_every_example_account_loads_when_uncommented():
    text = re.sub(r"(?m)^# (\[\[accounts\]\]|name|provider|calendars|endpoints|client_id|tenant|watch_folders)", r"\1", example_config())
    c = parse(text)
    assert [a.provider for a in c.accounts] == ["local", "gmail", "outlook"]


# -- writing ----------------------------------------------------------------------------------------


def test_write_config_creates_a_private_file_and_folder(tmp_path):
    path = tmp_path / "cfg" / "followupd" / "config.toml"
    write_config(str(path), example_config())
    assert path.read_text() == example_config()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_write_config_never_overwrites(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("# mine\n")
    with pytest.raises(UserError, match="already exists"):
        write_config(str(path), example_config())
    assert path.read_text() == "# mine\n"
