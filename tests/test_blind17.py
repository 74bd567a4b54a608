"""The seventeenth blind round (tests/fixtures/blind17) is understood as its expected.toml says.

191 messages written before the classifier was read, held back as a final measure until round 16
was generalised: 45 English rejections, 15 acknowledgements, 53 noise (a quarter of the English
rejections and receipts without useful headers); 20 French rejections, 30 acknowledgements, 4
status updates, 15 noise; 9 other hiring messages.

First pass (rules at ea21108, measured before any change; numbers in the round's commit message).
The misses are strict xfails below, but for one that the rejection model, retrained with this
round, reads right in-sample (fr-rej-universite-comite-selection).
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND17 = FIXTURES / "blind17"
EXPECTED = expectations(BLIND17)

CLASS_GAPS = {
    "en-doc-references-right-to-work.eml": "first pass: read as invitation",
    "en-noise-newsletter-confirm-subscription.eml": "first pass: read as offer",
    "en-rej-architects-appointed.eml": "first pass: read as acknowledgement",
    "en-rej-gmail-photographer-owner.eml": "first pass: read as noise",
    "fr-ack-agence-quebec-vendredi.eml": "first pass: read as invitation",
    "fr-ack-hellowork-auxiliaire-vie.eml": "first pass: read as noise",
    "fr-ack-hellowork-comptable.eml": "first pass: read as noise",
    "fr-ack-hellowork-technicien-maintenance.eml": "first pass: read as noise",
    "fr-inv-entretien-visio-disponibilites.eml": "first pass: read as offer",
    "fr-rej-recruitee-profil-attentes.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
    "en-ack-agency-warehouse-48h.eml": "first pass: promised 2022-01-27 read as None",
    "en-inv-video-interview-availability.eml": "first pass: deadline 2024-03-21 read as None",
    "fr-ack-agence-quebec-vendredi.eml": "first pass: promised 2022-11-04 read as None",
    "fr-inv-entretien-visio-disponibilites.eml": "first pass: deadline 2024-02-09 read as 2024-02-16",
}


def test_the_seventeenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND17, EXPECTED, 80, {"rejection": 20, "acknowledgement": 15, "noise": 15})


test_each_seventeenth_round_fixture_gets_its_class_and_language, test_each_seventeenth_round_fixture_gets_its_dates = (
    round_tests(BLIND17, CLASS_GAPS, DATE_GAPS)
)
