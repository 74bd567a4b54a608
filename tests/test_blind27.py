"""The twenty_seventh blind round (tests/fixtures/blind27) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 134 messages, English and French, ATS templates, public-sector letters, small-business notes, non-native writers, replies and forwards, noise that talks about interviews.

First pass (rules at 7571dea, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND27 = FIXTURES / "blind27"
EXPECTED = expectations(BLIND27)

CLASS_GAPS = {
    "en-ack-icims-30-day-silence.eml": "first pass: read as rejection",
    "en-ack-workable-cafe-end-of-week.eml": "first pass: read as invitation",
    "en-other-recruiter-handover.eml": "first pass: read as noise",
    "en-rej-electrician-yahoo-short.eml": "first pass: read as noise",
    "en-rej-recruitee-dutch-nonnative.eml": "first pass: read as noise",
    "fr-rej-boulangerie-artisan.eml": "first pass: read as noise",
    "fr-rej-restaurant-sms-style.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-ack-ashby-ten-days.eml": "first pass: promised 2025-01-18 read as None",
    "en-ack-icims-30-day-silence.eml": "first pass: promised 2018-09-21 read as None",
    "en-ack-workable-cafe-end-of-week.eml": "first pass: promised 2024-06-14 read as None",
    "en-inv-phone-screen-book-by-thursday.eml": "first pass: deadline 2024-09-12 read as None",
    "fr-ack-belgique-fin-du-mois.eml": "first pass: promised 2022-11-30 read as None",
    "fr-ack-non-natif-semaine-prochaine.eml": "first pass: promised 2021-04-16 read as None",
}


def test_the_twenty_seventh_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND27, EXPECTED, 50, {"rejection": 20, "acknowledgement": 20, "noise": 8})


test_each_twenty_seventh_round_fixture_gets_its_class_and_language, test_each_twenty_seventh_round_fixture_gets_its_dates = (
    round_tests(BLIND27, CLASS_GAPS, DATE_GAPS)
)
