"""The eleventh blind round (tests/fixtures/blind11) is understood as its expected.toml says.

251 messages written before the classifier was read, as a realistic mailbox written in many voices
(tech, banks, retail, hospitals, schools, councils, law firms, restaurants, start-ups, non-profits,
agencies, universities, industry): 51 English rejections, 15 acknowledgements, 30 French
rejections, 40 acknowledgements, 13 other hiring messages, and 102 noise (46 in the style of the
2002 public ham corpora, 25 job-board and portal mails, 31 everyday messages).

First pass (rules as at 110ffaf, measured before any change; in the round's commit message):
English rejection P 1.000 R 0.922 (51), acknowledgement P 0.778 R 0.933 (15); French rejection
P 1.000 R 0.867 (30), acknowledgement P 0.923 R 0.900 (40); noise → hiring 0/102; 9 messages with
a date missed. The misses are strict xfails below.
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

BLIND11 = FIXTURES / "blind11"
EXPECTED = expectations(BLIND11)

CLASS_GAPS = {
    "en-ack-reply-by-date.eml": "first pass: read as noise",
    "en-doc-references-deadline.eml": "first pass: read as scheduled",
    "en-inv-phone-screen.eml": "first pass: read as acknowledgement",
    "en-rej-email-client-forward.eml": "first pass: read as noise",
    "en-rej-hiring-freeze.eml": "first pass: read as acknowledgement",
    "en-rej-polite-long-museum.eml": "first pass: read as acknowledgement",
    "en-rej-position-filled-charity.eml": "first pass: read as acknowledgement",
    "fr-ack-banque-tu-neo.eml": "first pass: read as invitation",
    "fr-ack-indeed-employeur-direct.eml": "first pass: read as noise",
    "fr-ack-sous-dix-jours-ouvres.eml": "first pass: read as status_update",
    "fr-ack-startup-fin-semaine.eml": "first pass: read as status_update",
    "fr-doc-pieces-administratives.eml": "first pass: read as noise",
    "fr-doc-references-cabinet.eml": "first pass: read as noise",
    "fr-rej-agence-com-html.eml": "first pass: read as acknowledgement",
    "fr-rej-cabinet-recrutement.eml": "first pass: read as acknowledgement",
    "fr-rej-industrie-spontanee.eml": "first pass: read as acknowledgement",
    "fr-rej-startup-apres-cas.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-ack-reply-by-date.eml": "first pass: promised 2018-02-02 read as None",
    "en-doc-references-deadline.eml": "first pass: deadline 2024-05-03 read as None",
    "fr-ack-cabinet-comptable.eml": "first pass: promised 2019-02-01 read as None",
    "fr-ack-interim.eml": "first pass: promised 2017-09-14 read as None",
    "fr-ack-pharmacie-mercredi.eml": "first pass: promised 2017-10-18 read as None",
    "fr-ack-rh-humain-court.eml": "first pass: promised 2021-09-10 read as None",
    "fr-doc-pieces-administratives.eml": "first pass: deadline 2021-03-16 read as None",
    "fr-doc-references-cabinet.eml": "first pass: deadline 2024-11-29 read as None",
    "fr-offer-promesse-embauche.eml": "first pass: deadline 2025-07-01 read as None",
}


def test_the_eleventh_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND11, EXPECTED, 90, {"rejection": 25, "acknowledgement": 15, "noise": 25})


test_each_eleventh_round_fixture_gets_its_class_and_language, test_each_eleventh_round_fixture_gets_its_dates = round_tests(
    BLIND11, CLASS_GAPS, DATE_GAPS
)

FAMILIES: dict[Cls, list[str]] = {}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
