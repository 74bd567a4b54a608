"""The twenty-third blind round (tests/fixtures/blind23) is understood as its expected.toml says.

121 messages written before the classifier was read, the session's last untouched measure: 31
English rejections, 12 acknowledgements, 29 noise (10 of the rejections and receipts without
useful headers); 15 French rejections, 21 acknowledgements, 2 status updates, 8 noise; 3 other
hiring messages.

First pass (rules at 6724d9d, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND23 = FIXTURES / "blind23"
EXPECTED = expectations(BLIND23)

CLASS_GAPS = {
    "en-rej-dear-candidate-terse.eml": "first pass: read as acknowledgement",
    "en-rej-forwarded-by-agency.eml": "first pass: read as noise",
    "fr-ack-jobvite-huitaine.eml": "first pass: read as status_update",
}
DATE_GAPS = {
    "en-doc-references-deadline.eml": "first pass: promised 2023-09-30 read as None",
    "fr-ack-association.eml": "first pass: promised 2020-01-31 read as None",
}


def test_the_twenty_third_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND23, EXPECTED, 40, {"rejection": 15, "acknowledgement": 10, "noise": 8})


test_each_twenty_third_round_fixture_gets_its_class_and_language, test_each_twenty_third_round_fixture_gets_its_dates = (
    round_tests(BLIND23, CLASS_GAPS, DATE_GAPS)
)
