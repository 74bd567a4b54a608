"""The twenty-first blind round (tests/fixtures/blind21) is understood as its expected.toml says.

152 messages written before the classifier was read, held back as the session's final measure
until round 20 was generalised: 40 English rejections, 12 acknowledgements, 40 noise (a quarter
of the rejections and receipts without useful headers); 18 French rejections, 22
acknowledgements, 3 status updates, 10 noise; 7 other hiring messages.

First pass (rules at d1e2562, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND21 = FIXTURES / "blind21"
EXPECTED = expectations(BLIND21)

CLASS_GAPS = {
    "en-ack-nohdr-india-campus.eml": "first pass: read as noise",
    "en-ack-startup-five-business-days.eml": "first pass: read as status_update",
    "en-noise-eventbrite-career-fair.eml": "first pass: read as scheduled",
    "en-noise-job-scam-selected.eml": "first pass: read as invitation",
    "en-rej-nhs-trust-not-shortlisted.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-inv-greenhouse-availability.eml": "first pass: deadline 2024-10-17 read as None",
}


def test_the_twenty_first_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND21, EXPECTED, 50, {"rejection": 15, "acknowledgement": 10, "noise": 10})


test_each_twenty_first_round_fixture_gets_its_class_and_language, test_each_twenty_first_round_fixture_gets_its_dates = (
    round_tests(BLIND21, CLASS_GAPS, DATE_GAPS)
)
