"""The twenty_ninth blind round (tests/fixtures/blind29) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 130 messages, English and French, mostly the mail job seekers receive most often (short ATS notices, job boards' relays and receipts, HTML-only templates with long footers) with some personal notes.

First pass (rules at d23629a, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND29 = FIXTURES / "blind29"
EXPECTED = expectations(BLIND29)

CLASS_GAPS = {
    "en-other-recruiter-thanks-for-note.eml": "first pass: read as noise",
    "en-rej-coffee-chain-barista.eml": "first pass: read as acknowledgement",
    "en-rej-restaurant-sous-chef-gmail.eml": "first pass: read as noise",
    "en-sched-onsite-confirmed.eml": "first pass: read as noise",
    "fr-rej-apec-reponse-recruteur.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-ack-lever-two-to-three-weeks.eml": "first pass: promised 2022-08-09 read as None",
}


def test_the_twenty_ninth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND29, EXPECTED, 50, {"rejection": 20, "acknowledgement": 20, "noise": 8})


test_each_twenty_ninth_round_fixture_gets_its_class_and_language, test_each_twenty_ninth_round_fixture_gets_its_dates = (
    round_tests(BLIND29, CLASS_GAPS, DATE_GAPS)
)
