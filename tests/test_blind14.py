"""The fourteenth blind round (tests/fixtures/blind14) is understood as its expected.toml says.

217 messages written before the classifier was read, imitating the corpus's kinds of mail: 50
English rejections (ATS notices, direct notes on free mail, 2017-18 HTML, quoted-printable and
base64 letters), 15 acknowledgements, 22 French rejections, 32 acknowledgements (LinkedIn, Welcome
to the Jungle, Teamtailor, agencies, direct mail), 15 other hiring messages, and 83 noise (job
alerts and digests, portal account mail, newsletters, cold outreach, 2002 list and personal mail,
spam that imitates job mail).

First pass (rules at c63ad39, measured before any change; in the round's commit message): English
rejection P 0.958 R 0.920 (50), acknowledgement P 0.857 R 0.800 (15); French rejection P 1.000
R 0.682 (22), acknowledgement P 0.912 R 0.969 (32); noise → hiring 1/83; 4 messages with a date
wrong. The misses are strict xfails below, but for two that the rejection model, retrained with
this round (as it must be: its shipped weights are what training on every round gives), now reads
right in-sample (en-rej-direct-hm-gmail-casual, fr-rej-cabinet-recrutement).
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND14 = FIXTURES / "blind14"
EXPECTED = expectations(BLIND14)

CLASS_GAPS = {
    "en-ack-icims-silence-30-days.eml": "first pass: read as invitation",
    "en-ack-jobvite-only-shortlisted-contacted.eml": "first pass: read as rejection",
    "en-ack-university-closing-date.eml": "first pass: read as rejection",
    "en-noise-spam-fake-remote-job.eml": "first pass: read as invitation",
    "en-rej-greenhouse-internal-change.eml": "first pass: read as acknowledgement",
    "en-rej-recruiter-linkedin-inmail-style-gmail.eml": "first pass: read as noise",
    "en-rej-smallbiz-yahoo.eml": "first pass: read as acknowledgement",
    "fr-ack-workday-soumise.eml": "first pass: read as noise",
    "fr-rej-association-directe.eml": "first pass: read as noise",
    "fr-rej-directe-pme-gmail.eml": "first pass: read as acknowledgement",
    "fr-rej-hopital-public.eml": "first pass: read as acknowledgement",
    "fr-rej-interim-agence.eml": "first pass: read as noise",
    "fr-rej-wttj-apres-entretien.eml": "first pass: read as noise",
    "fr-rej-wttj-merci-puis-refus.eml": "first pass: read as noise",
    "fr-status-linkedin-consultee-solenne.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-ack-icims-silence-30-days.eml": "first pass: promised 2023-09-13 read as None",
    "en-inv-lever-book-slot-48-hours.eml": "first pass: deadline 2022-01-27 read as None",
    "fr-ack-theo-restaurant.eml": "first pass: promised None read as 2019-04-15",
}


def test_the_fourteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND14, EXPECTED, 80, {"rejection": 20, "acknowledgement": 10, "noise": 25})


test_each_fourteenth_round_fixture_gets_its_class_and_language, test_each_fourteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND14, CLASS_GAPS, DATE_GAPS)
)
