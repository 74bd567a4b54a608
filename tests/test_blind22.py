"""The twenty-second blind round (tests/fixtures/blind22) is understood as its expected.toml says.

132 messages written before the classifier was read, the session's closing measure, held back
until round 21 was generalised: 35 English rejections, 12 acknowledgements, 35 noise (a quarter
of the rejections and receipts without useful headers); 15 French rejections, 20
acknowledgements, 2 status updates, 8 noise; 4 other hiring messages.

First pass (rules at 69e46f2, measured before any change; numbers in the round's commit message).
The misses are strict xfails below, but for two that the rejection model, retrained with this
round, reads right in-sample (en-rej-trades-apprenticeship-licence, fr-rej-gmail-gerant-quelqu-un-d-autre).
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND22 = FIXTURES / "blind22"
EXPECTED = expectations(BLIND22)

CLASS_GAPS = {
    "en-noise-newsletter-interview-questions.eml": "first pass: read as acknowledgement",
    "en-rej-unknown-sender-gaming-studio.eml": "first pass: read as acknowledgement",
    "fr-ack-taleo-2016.eml": "first pass: read as status_update",
    "fr-noise-wttj-newsletter.eml": "first pass: read as offer",
}
DATE_GAPS = {
    "en-noise-newsletter-interview-questions.eml": "first pass: promised None read as 2025-05-16",
    "fr-status-transmise-manager-vendredi.eml": "first pass: promised 2023-05-05 read as None",
}


def test_the_twenty_second_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND22, EXPECTED, 40, {"rejection": 15, "acknowledgement": 10, "noise": 8})


test_each_twenty_second_round_fixture_gets_its_class_and_language, test_each_twenty_second_round_fixture_gets_its_dates = (
    round_tests(BLIND22, CLASS_GAPS, DATE_GAPS)
)
