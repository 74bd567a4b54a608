"""The blind fixtures (tests/fixtures/blind) are understood as their expected.toml says.

They were written before the classifier's rules were read, to check that the rules hold on mail
they were not tuned on (issue 5). A failure here is a rule that does not generalise: fix it with a
phrase a recruiter would accept, not a rule for one message.

The helpers below serve every blind round (test_blind2.py reuses them for its own folder).
"""

import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand

FIXTURES = Path(__file__).parent / "fixtures"
BLIND = FIXTURES / "blind"
# The job seekers whose inboxes the blind rounds imitate (their own messages are never hiring mail).
USERS = frozenset({
    "maya.thompson@gmail.com", "camille.durand@free.fr",  # round 1
    "daniel.reyes@fastmail.com", "camille.girard@gmail.com",  # round 2
    "dana.whitfield@gmail.com", "jreyes.dev@outlook.com", "priya.n@fastmail.com",  # round 3
    "marcus.tate88@gmail.com", "elena.kowalczyk@yahoo.com", "conor.vale@vt.edu",
    "aisha.rahman.work@gmail.com", "camille.bertin@gmail.com", "yanis.haddad@outlook.fr",
    "lea.moreau.data@proton.me",
})


def expectations(folder: Path) -> dict:
    return tomllib.loads((folder / "expected.toml").read_text("utf-8"))


def understood(folder: Path, name: str):
    return understand(parse_message((folder / name).read_bytes()), Context(user_emails=USERS))


def known_gaps(names, gaps: dict[str, str]) -> list:
    """``names`` as test parameters, those in ``gaps`` marked as strict expected failures."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=gaps[name], strict=True)) if name in gaps else name
        for name in sorted(names)
    ]


def check_mix(folder: Path, expected: dict, per_lang: int, per_class: dict[str, int]) -> None:
    """Every .eml has expectations, and each language has enough mail of each main class."""
    assert {p.name for p in folder.glob("*.eml")} == set(expected)
    counts = Counter((want["lang"], want["cls"]) for want in expected.values())
    for lang in ("en", "fr"):
        assert sum(n for (code, _), n in counts.items() if code == lang) >= per_lang
        for cls, least in per_class.items():
            assert counts[(lang, cls)] >= least, (lang, cls)


def check_class(folder: Path, name: str, want: dict) -> None:
    got = understood(folder, name)
    assert got.cls == Cls(want["cls"]), got.reasons
    assert got.lang == want["lang"]


def check_dates(folder: Path, name: str, want: dict) -> None:
    got = understood(folder, name)
    for field in ("promised", "deadline"):
        found = getattr(got, field)
        if field in want:
            assert found is not None and found.date == date.fromisoformat(want[field]), found
        elif got.cls is not Cls.NOISE:
            assert found is None, found


EXPECTED = expectations(BLIND)


def test_the_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND, EXPECTED, 60, {"rejection": 5, "acknowledgement": 5, "status_update": 5, "noise": 5})


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_blind_fixture_gets_its_class_and_language(name):
    check_class(BLIND, name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_blind_fixture_gets_its_dates(name):
    check_dates(BLIND, name, EXPECTED[name])
