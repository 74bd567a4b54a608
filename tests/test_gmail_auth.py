"""`followupd auth gmail` end to end against the fake authorization server (the browser's
redirect is simulated by the test), `auth import`, and the token stores."""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
import urllib.request
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import fake_google
import keyring
import pytest
from keyring.backends import fail

from followupd.cli import main
from followupd.config import load_config
from followupd.providers.gmail import SCOPES, GmailProvider
from followupd.secrets import FileStore, MemoryStore, default_store

NY = ZoneInfo("America/New_York")


@pytest.fixture
def no_keyring(monkeypatch):
    """A headless host: keyring has no working backend."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("OAUTHLIB_INSECURE_TRANSPORT", raising=False)
    yield
    keyring.set_keyring(before)


@pytest.fixture
def google(tmp_path):
    fake = fake_google.FakeGoogle()
    fake.add_client("desk.apps.googleusercontent.com", "s3cret")
    yield fake
    fake.stop()
    assert not fake.violations


def _config(tmp_path, fake) -> str:
    path = tmp_path / "config.toml"
    path.write_text(f"""[user]
name = "Alex Morgan"
email = ["alex.morgan@example.com"]
timezone = "America/New_York"

[[accounts]]
name = "personal"
provider = "gmail"
endpoints = {{ gmail = "{fake.url}", calendar = "{fake.url}", token = "{fake.url}/token" }}

[paths]
data_dir = "{tmp_path / 'data'}"
""")
    return str(path)


def _client_secrets(tmp_path, fake) -> str:
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "desk.apps.googleusercontent.com", "client_secret": "s3cret",
        "project_id": "followupd-alex", "auth_uri": f"{fake.url}/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",  # endpoints.token wins
        "redirect_uris": ["http://localhost"]}}))
    return str(path)


def test_auth_gmail_end_to_end_with_a_simulated_browser(tmp_path, google, no_keyring, capsys,
                                                        caplog):
    caplog.set_level(logging.DEBUG)
    config = _config(tmp_path, google)
    secrets_file = _client_secrets(tmp_path, google)
    result = {}

    def run():
        result["code"] = main(["--config", config, "auth", "gmail", "--account", "personal",
                               "--client-secrets", secrets_file, "--no-browser"])

    t = threading.Thread(target=run, daemon=True)
    t.start()
    out = ""
    deadline = time.time() + 10
    while "http" not in out.partition("    ")[2] and time.time() < deadline:
        time.sleep(0.02)
        out += capsys.readouterr().out
    url = next(line.strip() for line in out.splitlines() if "/o/oauth2/auth?" in line)
    q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert set(q["scope"][0].split()) == set(SCOPES)  # least privilege
    assert q["redirect_uri"][0].startswith("http://localhost:")
    assert q["code_challenge_method"] == ["S256"] and q["access_type"] == ["offline"]
    # The "browser": the consent screen redirects to the loopback server with a code.
    with urllib.request.urlopen(url, timeout=10) as page:
        assert b"authorized" in page.read()
    t.join(10)
    out += capsys.readouterr().out
    assert result["code"] == 0, out
    token_file = tmp_path / "data" / "tokens.json"
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    info = json.loads(token_file.read_text())["personal"]
    assert info["refresh_token"] in google.refresh_tokens
    assert "no OS keyring" in caplog.text
    # The tokens work: a provider built from the config syncs with them.
    cfg = load_config(config)
    p = GmailProvider.from_config(cfg.accounts[0], cfg)
    batch = p.sync_mail(None, since=datetime.now(NY) - timedelta(days=1), seen=lambda u: False)
    assert batch.messages == []
    assert GmailProvider.auth_health(cfg.accounts[0], cfg)[0] is True
    # Never printed or logged.
    for secret in (info["refresh_token"], info["token"], "s3cret"):
        assert secret not in out and secret not in caplog.text


def test_auth_gmail_without_client_secrets_says_what_to_pass(tmp_path, google, no_keyring,
                                                             capsys):
    assert main(["--config", _config(tmp_path, google), "auth", "gmail"]) == 2
    assert "--client-secrets" in capsys.readouterr().err


def test_auth_import_stores_authorized_user_json(tmp_path, google, no_keyring, capsys):
    config = _config(tmp_path, google)
    rt = google.issue_refresh_token("desk.apps.googleusercontent.com")
    exported = tmp_path / "token.json"
    exported.write_text(json.dumps({
        "token": None, "refresh_token": rt, "token_uri": "https://oauth2.googleapis.com/token",
        "client_id": "desk.apps.googleusercontent.com", "client_secret": "s3cret",
        "scopes": list(SCOPES), "universe_domain": "googleapis.com", "account": ""}))
    assert main(["--config", config, "auth", "import", "--account", "personal",
                 str(exported)]) == 0
    out = capsys.readouterr().out
    assert rt not in out
    cfg = load_config(config)
    stored = FileStore(cfg.paths.data_dir).get("personal")
    assert stored["refresh_token"] == rt and stored["token_uri"] == f"{google.url}/token"
    p = GmailProvider.from_config(cfg.accounts[0], cfg)
    p.sync_calendar(None, since=datetime.now(NY), until=datetime.now(NY) + timedelta(days=1))
    assert [c.status for c in google.calls("token")] == [200]


def test_auth_import_refuses_a_file_without_a_refresh_token(tmp_path, google, no_keyring,
                                                            capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"client_id": "x", "client_secret": "y"}))
    assert main(["--config", _config(tmp_path, google), "auth", "import", "--account",
                 "personal", str(bad)]) == 2
    assert "refresh_token" in capsys.readouterr().err


def test_auth_import_refuses_tokens_without_the_needed_scopes(tmp_path, google, no_keyring,
                                                              capsys):
    bad = tmp_path / "narrow.json"
    bad.write_text(json.dumps({"client_id": "x", "client_secret": "y", "refresh_token": "z",
                               "scopes": [SCOPES[0]]}))
    assert main(["--config", _config(tmp_path, google), "auth", "import", "--account",
                 "personal", str(bad)]) == 2
    assert "gmail.compose" in capsys.readouterr().err


# -- token stores ------------------------------------------------------------------------------


def test_file_store_is_0600_and_keeps_accounts_apart(tmp_path):
    store = FileStore(str(tmp_path / "data"))
    store.put("a", {"refresh_token": "1"})
    store.put("b", {"refresh_token": "2"})
    store.delete("a")
    assert store.get("a") is None and store.get("b") == {"refresh_token": "2"}
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600


def test_default_store_uses_a_working_keyring(tmp_path):
    from keyring.backend import KeyringBackend

    class Dict(KeyringBackend):
        priority = 5

        def __init__(self):
            super().__init__()
            self.d = {}

        def get_password(self, service, user):
            return self.d.get((service, user))

        def set_password(self, service, user, password):
            self.d[(service, user)] = password

        def delete_password(self, service, user):
            self.d.pop((service, user), None)

    before = keyring.get_keyring()
    backend = Dict()
    keyring.set_keyring(backend)
    try:
        store = default_store(str(tmp_path))
        store.put("personal", {"refresh_token": "rt"})
        assert backend.d[("followupd", "personal")] == '{"refresh_token": "rt"}'
        assert store.get("personal") == {"refresh_token": "rt"}
        assert not (tmp_path / "tokens.json").exists()
    finally:
        keyring.set_keyring(before)


def test_memory_store_copies_what_it_holds():
    store = MemoryStore({"a": {"x": 1}})
    got = store.get("a")
    got["x"] = 2
    assert store.get("a") == {"x": 1}
