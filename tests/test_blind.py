"""The blind fixtures (tests/fixtures/blind) are understood as their expected.toml says.

They were written before the classifier's rules were read, to check that the rules hold on mail
they were not tuned on (issue 5). A failure here is a rule that does not generalise: fix it with a
phrase a recruiter would accept, not a rule for one message.

The helpers below serve every blind round: a round's module names its folder, its known gaps and
its phrase families, and :func:`round_tests` / :func:`family_test` make its tests.
"""

import tomllib
from collections import Counter
from datetime import date
from email.message import EmailMessage
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


def check_mix(folder: Path, expected: dict, per_lang: int, per_class: dict[str, int], langs=("en", "fr")) -> None:
    """Every .eml has expectations, and each of ``langs`` has enough mail of each main class."""
    assert {p.name for p in folder.glob("*.eml")} == set(expected)
    counts = Counter((want["lang"], want["cls"]) for want in expected.values())
    for lang in langs:
        assert sum(n for (code, _), n in counts.items() if code == lang) >= per_lang
        for cls, least in per_class.items():
            assert counts[(lang, cls)] >= least, (lang, cls)


def check_class(folder: Path, name: str, want: dict) -> None:
    got = understood(folder, name)
    assert got.cls == Cls(want["cls"]), got.reasons
    assert got.lang == want["lang"]


def check_dates(folder: Path, name: str, want: dict) -> None:
    assert_dates(understood(folder, name), want)


def assert_dates(got, want: dict) -> None:
    """``got``'s promised date and deadline are ``want``'s (ISO dates), and a hiring message
    whose expectations name neither has none."""
    for field in ("promised", "deadline"):
        found = getattr(got, field)
        if field in want:
            assert found is not None and found.date == date.fromisoformat(want[field]), found
        elif got.cls is not Cls.NOISE:
            assert found is None, found


def round_tests(folder: Path, class_gaps: dict[str, str], date_gaps: dict[str, str]):
    """A round's two fixture tests: every message gets its class and language, and its dates;
    the names in the gaps are strict expected failures, each with its reason."""
    expected = expectations(folder)

    @pytest.mark.parametrize("name", known_gaps(expected, class_gaps))
    def test_each_fixture_gets_its_class_and_language(name):
        check_class(folder, name, expected[name])

    @pytest.mark.parametrize("name", known_gaps(expected, date_gaps))
    def test_each_fixture_gets_its_dates(name):
        check_dates(folder, name, expected[name])

    return test_each_fixture_gets_its_class_and_language, test_each_fixture_gets_its_dates


# The reason a round gives for its employer mail that only its thread tells (a reply to a thank-you
# note, directions to an office): read alone it is noise, and :func:`thread_test` checks it in its thread.
IN_THREAD = "employer_other only in its thread, which a message read alone does not know (see the thread test below)"


def thread_test(folder: Path, gaps: dict[str, str], reason: str = IN_THREAD, want: Cls = Cls.EMPLOYER_OTHER):
    """A test that each message of ``folder`` whose gap is ``reason`` reads as ``want`` in a known
    employer's thread (SPEC §4: a message in a known employer's thread is at least employer_other)."""

    @pytest.mark.parametrize("name", sorted(name for name, why in gaps.items() if why == reason))
    def test_each_message_reads_as_its_class_in_its_thread(name):
        msg = parse_message((folder / name).read_bytes())
        assert understand(msg, Context(thread_employer="name:the-employer")).cls is want

    return test_each_message_reads_as_its_class_in_its_thread


def mail(body: str, *, frm: str = "Talent Team <jobs@acmewidgets.example>", subject: str = "Your application",
         html: bool = False, headers: dict[str, str] | None = None, to: str = "alex.morgan@example.com") -> bytes:
    """A message of our own: by default a plain employer mail about the user's application."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = "Mon, 01 Mar 2021 10:00:00 -0500"
    for name, value in (headers or {}).items():
        m[name] = value
    m.set_content(body, subtype="html" if html else "plain")
    return m.as_bytes()


def mail_from(frm: str, subject: str, body: str = "View it on the site.", **kw) -> bytes:
    """:func:`mail` from another sender, under another subject."""
    return mail(body, frm=frm, subject=subject, **kw)


def reading(raw: bytes):
    """How ``raw`` is understood out of any context."""
    return understand(parse_message(raw), Context())


def reads_as(raw: bytes) -> Cls:
    return reading(raw).cls


def messages_test(cases: list[tuple[Cls, bytes]], doc: str):
    """A test that each message of our own in ``cases`` (its class, the raw message) reads as its
    class; ``doc`` says what the cases show."""

    @pytest.mark.parametrize(("cls", "raw"), cases)
    def test_each_message_of_our_own_reads_as_its_class(cls, raw):
        assert reads_as(raw) is cls

    test_each_message_of_our_own_reads_as_its_class.__doc__ = doc
    return test_each_message_of_our_own_reads_as_its_class


def senders_test(cases: list[tuple[Cls, str, str, str]], doc: str):
    """:func:`messages_test` for cases written as (class, sender, subject, body)."""
    return messages_test([(cls, mail_from(frm, subject, body)) for cls, frm, subject, body in cases], doc)


def family_test(families: dict[Cls, list[str]]):
    """A test that each sentence of our own reads as its family's class in a plain employer mail:
    a widened phrase family is checked beyond the message that revealed it."""

    @pytest.mark.parametrize(("cls", "body"), [(cls, body) for cls, bodies in families.items() for body in bodies])
    def test_each_widened_family_reads_as_its_class_in_sentences_of_our_own(cls, body):
        assert reads_as(mail(body)) is cls

    return test_each_widened_family_reads_as_its_class_in_sentences_of_our_own


EXPECTED = expectations(BLIND)


def test_the_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND, EXPECTED, 60, {"rejection": 5, "acknowledgement": 5, "status_update": 5, "noise": 5})


test_each_blind_fixture_gets_its_class_and_language, test_each_blind_fixture_gets_its_dates = round_tests(BLIND, {}, {})
