"""The eighteenth blind round (tests/fixtures/blind18) is understood as its expected.toml says.

177 messages written before the classifier was read: 45 English rejections as 2017-18 corporate
and university letters scraped from a mailbox (HTML, base64, quoted-printable; 17 from an unknown
sender), 12 acknowledgements, 40 noise in the 2002 public corpora's style; 20 French rejections,
30 acknowledgements, 4 status updates and 15 noise in LinkedIn and Welcome to the Jungle's style;
11 other hiring messages.

First pass (rules at 9e910dc, measured before any change; numbers in the round's commit message).
The misses are strict xfails below, but for one that the rejection model, retrained with this
round, overrules in-sample (en-rej-unknown-no-match-profile).
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND18 = FIXTURES / "blind18"
EXPECTED = expectations(BLIND18)

CLASS_GAPS = {
    "en-ack-university-peopleadmin.eml": "first pass: read as invitation",
    "en-doc-references-transcripts.eml": "first pass: read as status_update",
    "en-noise-personal-reference-request.eml": "first pass: read as status_update",
    "fr-ack-wttj-recue-media.eml": "first pass: read as noise",
    "fr-offer-promesse-embauche.eml": "first pass: read as noise",
    "fr-rej-teamtailor-decision.eml": "first pass: read as acknowledgement",
    "fr-status-retour-debut-semaine.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
    "en-doc-references-transcripts.eml": "first pass: deadline 2017-12-11 read as None",
    "en-noise-personal-reference-request.eml": "first pass: promised None read as 2002-09-27",
    "fr-inv-entretien-disponibilites.eml": "first pass: deadline 2023-05-19 read as None",
    "fr-offer-promesse-embauche.eml": "first pass: deadline 2023-12-22 read as None",
}


def test_the_eighteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND18, EXPECTED, 60, {"rejection": 20, "acknowledgement": 10, "noise": 15})


test_each_eighteenth_round_fixture_gets_its_class_and_language, test_each_eighteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND18, CLASS_GAPS, DATE_GAPS)
)
