"""The fifteenth blind round (tests/fixtures/blind15) is understood as its expected.toml says.

208 messages written before the classifier was read, held back until the rules of round 14 were
in: 48 English rejections (ATS notices, hiring managers and agencies, 2017-18 HTML and encoded
letters, declines inside long friendly letters), 16 acknowledgements, 23 French rejections, 32
acknowledgements, 14 other hiring messages, and 77 noise.

First pass (rules at 93f0e2f, measured before any change; in the round's commit message): English
rejection P 1.000 R 0.896 (48), acknowledgement P 0.882 R 0.938 (16); French rejection P 1.000
R 0.870 (23), acknowledgement P 1.000 R 0.969 (32); noise → hiring 2/77; 2 messages with a date
missed. The misses are strict xfails below, but for one that the rejection model, retrained with
this round, now overrules in-sample (en-rej-greenhouse-not-the-right-fit-design).
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND15 = FIXTURES / "blind15"
EXPECTED = expectations(BLIND15)

CLASS_GAPS = {
    "en-ack-teamtailor-received.eml": "first pass: read as invitation",
    "en-doc-references-transcripts.eml": "first pass: read as noise",
    "en-noise-linkedin-similar-jobs.eml": "first pass: read as acknowledgement",
    "en-rej-agency-canada-hospitality.eml": "first pass: read as status_update",
    "en-rej-agency-uk-internal-candidate.eml": "first pass: read as noise",
    "en-rej-bamboohr-nonprofit.eml": "first pass: read as invitation",
    "en-rej-gmail-hiring-manager-short.eml": "first pass: read as noise",
    "fr-ack-indeed-questionnaire-complete.eml": "first pass: read as noise",
    "fr-noise-arnaque-emploi-domicile.eml": "first pass: read as doc_request",
    "fr-rej-association-longue-lettre.eml": "first pass: read as noise",
    "fr-rej-belgique-bruxelles.eml": "first pass: read as invitation",
    "fr-rej-lever-scaleup-court.eml": "first pass: read as invitation",
}
DATE_GAPS = {
    "en-doc-references-transcripts.eml": "first pass: deadline 2024-04-05 read as None",
    "fr-ack-chu-deux-semaines.eml": "first pass: promised 2023-11-20 read as None",
}


def test_the_fifteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND15, EXPECTED, 80, {"rejection": 20, "acknowledgement": 10, "noise": 25})


test_each_fifteenth_round_fixture_gets_its_class_and_language, test_each_fifteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND15, CLASS_GAPS, DATE_GAPS)
)
