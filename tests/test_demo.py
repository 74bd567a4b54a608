"""`followupd demo` replays the bundled mailbox and produces exactly the drafts its
expected.toml lists (kind, recipient, due time to the minute), and nothing for noise."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from followupd.demo.run import Replay, mailbox_root, run_demo


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    r = Replay(tmp_path_factory.mktemp("demo"))
    r.run()
    yield r
    r.close()


@pytest.fixture(scope="module")
def expected():
    with open(mailbox_root() / "expected.toml", "rb") as f:
        return tomllib.load(f)


def test_the_demo_creates_exactly_the_expected_drafts_on_time(replay, expected):
    got = sorted((d["kind"], d["to"][0], d["at"]) for d in replay.drafts)
    want = sorted((d["kind"], d["to"], d["due"]) for d in expected["draft"])
    assert got == want


def test_the_demo_finds_exactly_the_expected_employers(replay, expected):
    employers = replay.engine.employers()
    assert sorted(e.name for e in employers.values()) == sorted(expected["employers"])
    people = {p for e in employers.values() for p in e.people}
    assert not people & set(expected["noise_senders"])


def test_each_demo_application_ends_in_the_expected_stage(replay, expected):
    employers = {e.name: e for e in replay.engine.employers().values()}
    got = sorted((name, a.role, a.stage.value) for name, e in employers.items()
                 for a in e.applications.values())
    want = sorted((a["employer"], a["role"], a["stage"]) for a in expected["application"])
    assert got == want


def test_the_demo_says_why_the_halcyon_rejection_gets_no_reply(replay):
    planned = replay.engine.plan()
    reasons = [p.reason for p in planned
               if p.kind.value == "rejection_reply" and p.employer_key == "halcyonhealth.com"]
    assert reasons and all("no-reply" in r for r in reasons)


def test_demo_drafts_answer_in_the_threads_language(replay):
    from email import policy
    from email.parser import BytesParser

    bodies = {d["employer"]: BytesParser(policy=policy.default).parsebytes(d["raw"])
              .get_body(preferencelist=("plain",)).get_content() for d in replay.drafts}
    assert bodies["quillon.fr"].startswith("Bonjour")
    assert bodies["northwind-analytics.com"].startswith("Hi ")


def test_the_demo_command_prints_timelines_and_drafts(capsys):
    assert run_demo(out=sys.stdout) == 0
    out = capsys.readouterr().out
    assert "Drafts created (10)" in out
    assert "Northwind Analytics — Data Engineer" in out
    assert "=?utf-8?" not in out  # headers are decoded for people


def test_followupd_demo_runs_as_a_command_in_seconds():
    out = subprocess.run([sys.executable, "-m", "followupd.cli", "demo"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Drafts created" in out.stdout
