"""`followupd auth outlook` end to end against the fake authority (https, self-signed, trusted
through REQUESTS_CA_BUNDLE as requests does): msal's real device-code flow, the scopes asked,
the token cache on disk, and the provider signing in silently afterwards."""

from __future__ import annotations

import logging
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest
from fake_graph import CLIENT_ID, FakeAuthority, FakeGraph

from followupd.auth_microsoft import DEFAULT_AUTHORITY, authority_of
from followupd.cli import main
from followupd.config import AccountConfig, load_config
from followupd.providers.outlook import OutlookProvider


@pytest.fixture
def env(tmp_path, monkeypatch):
    graph = FakeGraph()
    authority = FakeAuthority(graph)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", authority.cert)
    path = tmp_path / "config.toml"
    path.write_text(f"""[user]
name = "Alex Morgan"
email = ["alex.morgan@example.com"]
timezone = "Europe/Paris"

[[accounts]]
name = "work"
provider = "outlook"
client_id = "{CLIENT_ID}"
tenant = "organizations"
endpoints = {{ graph = "{graph.url}", authority = "{authority.url}" }}

[paths]
data_dir = "{tmp_path / 'data'}"
""")
    yield graph, authority, str(path)
    graph.close()
    authority.close()
    graph.assert_clean()


def test_auth_outlook_prints_the_code_waits_and_stores_the_cache(env, capsys, caplog):
    graph, authority, path = env
    caplog.set_level(logging.WARNING)
    assert main(["--config", path, "auth", "outlook", "--account", "work"]) == 0
    out = capsys.readouterr().out
    assert "FAKE-CODE" in out and "https://microsoft.com/devicelogin" in out
    assert "Signed in as alex.morgan@example.com" in out
    # Least privilege: exactly what SPEC §2.7 names, plus what msal adds itself.
    (dc,) = [r for r in authority.log if r["path"] == "/organizations/oauth2/v2.0/devicecode"]
    assert set(dc["scope"].split()) == {"Mail.ReadWrite", "Calendars.Read", "offline_access",
                                        "openid", "profile"}
    assert not any("send" in (r.get("scope") or "").lower() for r in authority.log)
    # authorization_pending once, then the approval; on the tenant named in the config.
    assert len(authority.grants("device_code")) == 2
    assert all(r["path"].startswith("/organizations/") for r in authority.log)
    # The cache: a 0600 file (no libsecret on a headless test machine), with one warning.
    config = load_config(path)
    cache = os.path.join(config.paths.data_dir, "msal-work.cache")
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o600
    assert "access_token" not in out and "0.AAA" not in out  # nothing secret printed
    warnings = [r for r in caplog.records if "0600 file" in r.getMessage()]
    assert len(warnings) <= 1
    # The daemon's side: a silent token from the cache, no new sign-in, no refresh.
    p = OutlookProvider.from_config(config.accounts[0], config)
    now = datetime.now(timezone.utc)
    p.sync_mail(None, since=now - timedelta(days=1), seen=lambda uid: False)
    assert authority.grants("refresh_token") == []
    assert OutlookProvider.auth_health(config.accounts[0], config)[0]
    p.close()


def test_auth_outlook_says_what_to_do_when_the_user_declines(env, capsys):
    graph, authority, path = env
    authority.device_mode = "authorization_declined"
    assert main(["--config", path, "auth", "outlook"]) == 1
    out = capsys.readouterr().out
    assert "authorization_declined" in out and "followupd auth outlook --account work" in out
    config = load_config(path)
    ok, message = OutlookProvider.auth_health(config.accounts[0], config)
    assert not ok and "auth outlook --account work" in message


def test_auth_outlook_with_an_unknown_client_id_fails_in_one_sentence(env, capsys):
    graph, authority, path = env
    assert main(["--config", path, "auth", "outlook", "--client-id", "not-registered"]) == 1
    out = capsys.readouterr().out
    assert "refused" in out and "client_id" in out and "Traceback" not in out


def test_the_authority_is_the_root_plus_the_tenant_and_discovery_is_off_elsewhere():
    real = AccountConfig(name="a", provider="outlook", client_id="x", tenant="consumers")
    assert authority_of(real) == (f"{DEFAULT_AUTHORITY}/consumers", True)
    other = AccountConfig(name="a", provider="outlook", client_id="x",
                          endpoints={"authority": "https://login.example.test/"})
    assert authority_of(other) == ("https://login.example.test/common", False)


def test_a_provider_that_was_never_signed_in_asks_for_auth(env):
    from followupd.errors import AuthExpired

    graph, authority, path = env
    config = load_config(path)
    p = OutlookProvider.from_config(config.accounts[0], config)
    with pytest.raises(AuthExpired, match="auth outlook --account work"):
        p.sync_calendar(None, since=datetime.now(timezone.utc), until=datetime.now(timezone.utc))
    assert graph.log == []  # nothing was sent without a token
    p.close()
