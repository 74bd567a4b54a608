"""`followupd explain FILE.eml… [--json]`: every fixture explained as expected.toml says, one JSON
object per line, unreadable files reported without a traceback, hundreds of files in one call."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from followupd.understand.explain import explain_files

ROOT = Path(__file__).resolve().parent.parent
MAIL = Path(__file__).parent / "fixtures" / "mail"
EXPECTED = tomllib.loads((MAIL / "expected.toml").read_text("utf-8"))
USERS = ["alex.morgan@example.com", "camille.durand@example.fr"]
KEYS = {"file", "class", "score", "employer", "employer_key", "role", "people", "promised", "deadline",
        "documents", "reasons", "lang", "no_reply", "ats", "subject", "from", "date"}


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "FOLLOWUPD_CONFIG": str(cwd / "no-such-config.toml"),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "followupd.cli", "explain", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, env=env)


def test_explain_json_over_every_fixture_matches_expected_toml_line_by_line():
    files = sorted(str(p) for p in MAIL.glob("*.eml"))
    done = _cli("--json", *files)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(files)
    seen = set()
    for line in lines:
        entry = json.loads(line)
        assert KEYS <= set(entry), KEYS - set(entry)
        name = Path(entry["file"]).name
        seen.add(name)
        want = EXPECTED[name]
        assert entry["class"] == want["cls"], (name, entry["reasons"])
        assert entry["reasons"], name
        assert 0.0 <= entry["score"] <= 1.0
        if "employer_key" in want:
            assert entry["employer_key"] == want["employer_key"], (name, entry["reasons"])
        if "role" in want:
            assert entry["role"] == (want["role"] or None), name
        for field in ("promised", "deadline"):
            if field in want:
                assert entry[field] is not None, (name, field)
                assert entry[field]["date"] == want[field], (name, entry[field])
                assert entry[field]["phrase"], name
            elif entry["class"] != "noise":
                assert entry[field] is None, (name, field, entry[field])
        if "documents" in want:
            assert set(entry["documents"]) == set(want["documents"]), name
        for person in entry["people"]:
            assert set(person) == {"email", "name", "role"}
            assert person["role"] in ("recruiter", "interviewer", "coordinator", "unknown")
    assert seen == set(EXPECTED)


def test_an_unreadable_file_gets_a_line_and_exit_1_and_the_others_are_still_explained(tmp_path):
    good = tmp_path / "good.eml"
    shutil.copy(MAIL / "en_offer.eml", good)
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "notmail.eml").write_bytes(b"\x00\x01 this is not a message\n")
    missing = tmp_path / "missing.eml"
    done = _cli("--json", str(tmp_path / "empty.eml"), str(missing), str(good), str(tmp_path / "notmail.eml"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    entries = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(e["file"]).name for e in entries] == ["empty.eml", "missing.eml", "good.eml", "notmail.eml"]
    assert [bool(e.get("error")) for e in entries] == [True, True, False, True]
    assert entries[2]["class"] == "offer"

    done = _cli(str(missing), str(good))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert f"{missing}\n  cannot read it: No such file or directory" in done.stdout
    assert "class      offer" in done.stdout


def test_plain_explain_shows_class_employer_people_dates_and_reasons():
    out = io.StringIO()
    assert explain_files([str(MAIL / "en_offer.eml"), str(MAIL / "fr_demande_documents.eml")], False, out, USERS) == 0
    text = out.getvalue()
    assert "class      offer" in text
    assert "employer   Tidewater [tidewater.com]" in text
    assert "deadline   2025-12-19" in text and "no later than December 19" in text
    assert "because    offer phrase" in text
    assert "class      doc_request" in text
    assert "documents  pièce d'identité, diplôme, RIB" in text
    assert "person     Nathalie Roux <nathalie.roux@cevennes-bio.fr>: recruiter" in text


def test_a_directory_is_every_file_under_it_and_hundreds_of_files_go_in_one_call(tmp_path):
    names = sorted(p.name for p in MAIL.glob("*.eml"))
    for i in range(300):
        shutil.copy(MAIL / names[i % len(names)], tmp_path / f"{i:04d}.eml")
    (tmp_path / ".hidden").write_bytes(b"ignored")
    done = _cli("--json", str(tmp_path))
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(entries) == 300
    assert [Path(e["file"]).name for e in entries] == [f"{i:04d}.eml" for i in range(300)]
    for i, entry in enumerate(entries):
        assert entry["class"] == EXPECTED[names[i % len(names)]]["cls"]


def test_the_users_own_mail_is_explained_as_theirs():
    out = io.StringIO()
    demo = ROOT / "followupd" / "demo" / "mailbox" / "mail" / "001-northwind-application.eml"
    explain_files([str(demo)], True, out, USERS)
    entry = json.loads(out.getvalue())
    assert entry["class"] == "noise" and "written by the user" in entry["reasons"]
