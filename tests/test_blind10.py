"""The tenth blind round (tests/fixtures/blind10) is understood as its expected.toml says.

263 messages written before the classifier was read, as a realistic mailbox in the corpus's
proportions (not chosen to be hard): 55 English rejections (new-grad ATS notices, 2017–2018
letters, LinkedIn notices), 10 English acknowledgements, 18 French rejections and 45 French
acknowledgements (LinkedIn, Welcome to the Jungle, company-direct, agencies), 8 status updates,
invitations, scheduling, a document request and an offer, and 120 noise (70 in the style of the
2002 public ham corpora, 30 job-board and portal mails, 20 everyday messages).

First pass — the session's closing measure on unseen mail (rules as at bf5bec9, measured before
any change; in the round's commit message): English rejection P 1.000 R 0.982 (55),
acknowledgement P 0.900 R 0.900 (10); French rejection P 1.000 R 0.944 (18), acknowledgement
P 0.955 R 0.933 (45); noise → hiring 0/120; 7 messages with a date missed. The misses are strict
xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND10 = FIXTURES / "blind10"
EXPECTED = expectations(BLIND10)

CLASS_GAPS = {
    "en-ack-startup-personal-end-of-week.eml": "first pass: read as noise",
    "en-doc-transcript-references-oakmere.eml": "first pass: read as noise",
    "en-offer-lanternworks-junior-data-engineer.eml": "first pass: read as noise",
    "en-rej-greyhill-consulting-analyst.eml": "first pass: read as acknowledgement",
    "fr-ack-association-semeurs-fin-du-mois.eml": "first pass: read as status_update",
    "fr-ack-cartel-studio-spontanee.eml": "first pass: read as noise",
    "fr-ack-wttj-quantik-tu-deux-semaines.eml": "first pass: read as invitation",
    "fr-rej-cartel-studio-court.eml": "first pass: read as acknowledgement",
    "fr-status-etape-suivante-wttj-lumio.eml": "first pass: read as noise",
    "fr-status-recrutement-suspendu-greenbox.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
    "en-ack-startup-personal-end-of-week.eml": "first pass: promised 2024-06-14 read as None",
    "en-doc-transcript-references-oakmere.eml": "first pass: deadline 2022-06-24 read as None",
    "en-offer-lanternworks-junior-data-engineer.eml": "first pass: deadline 2024-07-12 read as None",
    "fr-ack-agence-orelia-dix-jours.eml": "first pass: promised 2024-03-08 read as None",
    "fr-ack-groupe-altair-taleo-quatre-semaines.eml": "first pass: promised 2019-11-04 read as None",
    "fr-ack-wttj-quantik-tu-deux-semaines.eml": "first pass: promised 2024-01-22 read as None",
    "fr-status-recrutement-suspendu-greenbox.eml": "first pass: promised 2022-03-31 read as None",
}


def test_the_tenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND10, EXPECTED, 90, {"rejection": 15, "acknowledgement": 10, "status_update": 2, "noise": 20})


test_each_tenth_round_fixture_gets_its_class_and_language, test_each_tenth_round_fixture_gets_its_dates = round_tests(
    BLIND10, CLASS_GAPS, DATE_GAPS
)
