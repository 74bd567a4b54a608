"""The twentieth blind round (tests/fixtures/blind20) is understood as its expected.toml says.

147 messages written before the classifier was read, aimed at the hardest distinctions: 42 English
declines in unusual words (13 without useful headers), 16 receipts that sound like declines, 38
noise that sounds like hiring mail (other kinds of application accepted or declined, friends'
news, newsletters quoting offer or rejection lines, spam offers); 16 French rejections, 16
receipts, 12 noise; 7 other hiring messages.

First pass (rules at 4535e28, measured before any change; numbers in the round's commit message).
The misses are strict xfails below, but for six that the rejection model, retrained with this
round, reads right in-sample.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND20 = FIXTURES / "blind20"
EXPECTED = expectations(BLIND20)

CLASS_GAPS = {
    "en-ack-greenhouse-no-feedback-at-this-stage.eml": "first pass: read as rejection",
    "en-ack-headerless-charity-unfortunately-volume.eml": "first pass: read as rejection",
    "en-noise-hackathon-application-declined.eml": "first pass: read as rejection",
    "en-noise-passport-application-received.eml": "first pass: read as acknowledgement",
    "en-noise-spam-fake-offer-letter-data-entry.eml": "first pass: read as offer",
    "en-rej-electrician-apprenticeship-uk.eml": "first pass: read as noise",
    "en-rej-headerless-cafe-au-short.eml": "first pass: read as noise",
    "en-rej-headerless-nanny-family.eml": "first pass: read as noise",
    "en-rej-headerless-tutoring-company.eml": "first pass: read as noise",
    "fr-ack-headerless-artisan-bien-recu.eml": "first pass: read as status_update",
    "fr-ack-pas-d-info-par-telephone.eml": "first pass: read as rejection",
    "fr-ack-wttj-bien-recue.eml": "first pass: read as rejection",
    "fr-noise-benevolat-festival-accepte.eml": "first pass: read as invitation",
    "fr-noise-spam-offre-emploi-teletravail.eml": "first pass: read as doc_request",
    "fr-rej-boulangerie-artisan.eml": "first pass: read as noise",
    "fr-rej-headerless-poste-supprime.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
    "en-ack-headerless-charity-unfortunately-volume.eml": "first pass: promised 2020-03-13 read as None",
    "fr-ack-belgique-dix-jours-ouvrables.eml": "first pass: promised 2021-09-06 read as 2021-09-02",
    "fr-ack-headerless-artisan-bien-recu.eml": "first pass: promised None read as 2021-03-05",
    "fr-ack-headerless-sans-nouvelles-fin-du-mois.eml": "first pass: promised 2018-06-30 read as None",
    "fr-sched-confirmation-entretien-confirmer-demain.eml": "first pass: deadline 2024-05-08 read as None",
}


def test_the_twentieth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND20, EXPECTED, 50, {"rejection": 15, "acknowledgement": 15, "noise": 10})


test_each_twentieth_round_fixture_gets_its_class_and_language, test_each_twentieth_round_fixture_gets_its_dates = (
    round_tests(BLIND20, CLASS_GAPS, DATE_GAPS)
)
