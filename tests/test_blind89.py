"""The eighty-ninth blind round (tests/fixtures/blind89) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a developer's mail of 1999-2004, all of it noise (technical lists, newsletters, friends' and colleagues' mail, spam), 40 of it talking about jobs, interviews, resumes, offers or layoffs without being an employer's reply to the seeker.

First pass (rules at b2098d3, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, expectations, mail_from, messages_test, round_tests

from followupd.model import Cls

BLIND89 = FIXTURES / "blind89"
EXPECTED = expectations(BLIND89)

CLASS_GAPS: dict[str, str] = {}
DATE_GAPS: dict[str, str] = {}


def test_the_eighty_ninth_blind_set_is_a_hundred_messages_of_noise():
    assert {p.name for p in BLIND89.glob("*.eml")} == set(EXPECTED)
    assert len(EXPECTED) == 100 and {want["cls"] for want in EXPECTED.values()} == {"noise"}


test_each_eighty_ninth_round_fixture_gets_its_class_and_language, test_each_eighty_ninth_round_fixture_gets_its_dates = (
    round_tests(BLIND89, CLASS_GAPS, DATE_GAPS)
)


test_a_job_scams_fee_whatever_it_promises = messages_test([
    (Cls.NOISE, mail_from("GlobalStaffNet <hiring@globalstaffnet.example>", "Your application has been reviewed - next step",
                          "Dear Candidate, thank you for submitting your information. You have been pre-approved for several "
                          "positions with our partners. The one-time verification fee is $39.95.")),
    (Cls.NOISE, mail_from("Nordstar Petroleum <recruitment@nordstar.example>", "CONGRATULATIONS: You have been shortlisted",
                          "Dear Applicant, your profile has been shortlisted for the position of IT Systems Administrator. The "
                          "total processing charge is GBP 680 and is refundable with your first salary.")),
], "a fee asked of the candidate ('the verification fee is', 'refundable with your first salary', 'pre-approved for "
   "several positions') is a job scam's, whatever shortlist it announces.")
