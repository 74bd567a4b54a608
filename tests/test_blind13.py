"""The thirteenth blind round (tests/fixtures/blind13) is understood as its expected.toml says.

220 messages written before the classifier was read, as a realistic mailbox: 45 English
rejections, 12 acknowledgements, 22 French rejections, 30 acknowledgements, 10 other hiring
messages, and 101 noise (47 in the style of the 2002 public ham corpora, 26 job-board and portal
mails, 27 everyday messages).

First pass (rules as at 8ec9ab6, the session's last rules, measured before any change; in the
round's commit message): English rejection P 1.000 R 0.889 (45), acknowledgement P 0.917 R 0.917
(12); French rejection P 1.000 R 0.909 (22), acknowledgement P 0.935 R 0.967 (30); noise →
hiring 0/101; 9 messages with a date missed. The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND13 = FIXTURES / "blind13"
EXPECTED = expectations(BLIND13)

CLASS_GAPS = {
    "en-ack-silence-window-three-weeks.eml": "first pass: read as scheduled",
    "en-rej-hold-closing-nonprofit.eml": "first pass: read as status_update",
    "en-rej-orchard-lane-barista-gmail.eml": "first pass: read as scheduled",
    "en-rej-restaurant-chef.eml": "first pass: read as noise",
    "en-rej-two-lines-mobile.eml": "first pass: read as noise",
    "en-rej-university-postdoc.eml": "first pass: read as acknowledgement",
    "fr-ack-reponse-fil-candidature-spontanee.eml": "first pass: read as noise",
    "fr-rej-association-quelques-lignes.eml": "first pass: read as acknowledgement",
    "fr-rej-poste-pourvu-pme.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
    "en-ack-ashby-startup.eml": "first pass: promised 2024-08-12 read as None",
    "en-ack-silence-window-three-weeks.eml": "first pass: promised 2017-05-11 read as None",
    "en-ack-university-within-days-qp.eml": "first pass: promised 2024-03-29 read as None",
    "en-ack-window-two-weeks-hospital.eml": "first pass: promised 2023-05-24 read as None",
    "en-doc-references-deadline.eml": "first pass: deadline 2024-05-31 read as None",
    "fr-ack-huitaine-artisan.eml": "first pass: promised 2016-06-24 read as None",
    "fr-ack-teamtailor-fr-html.eml": "first pass: promised 2024-03-14 read as None",
    "fr-ack-universite-date-precise.eml": "first pass: promised 2023-05-12 read as None",
    "fr-doc-pieces-justificatives.eml": "first pass: deadline 2019-09-18 read as None",
}


def test_the_thirteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND13, EXPECTED, 80, {"rejection": 20, "acknowledgement": 10, "noise": 25})


test_each_thirteenth_round_fixture_gets_its_class_and_language, test_each_thirteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND13, CLASS_GAPS, DATE_GAPS)
)
