"""The twelfth blind round (tests/fixtures/blind12) is understood as its expected.toml says.

241 messages written before the classifier was read, as a realistic mailbox in many voices and
regional Englishes and Frenches (UK, US, Australia, India, Ireland; France, Belgium, Switzerland,
Québec): 50 English rejections, 16 acknowledgements, 25 French rejections, 35 acknowledgements,
14 other hiring messages, and 101 noise (45 in the style of the 2002 public ham corpora, 25
job-board and portal mails, 31 everyday messages).

First pass (rules as at 4af032d, measured before any change; in the round's commit message):
English rejection P 1.000 R 0.960 (50), acknowledgement P 0.833 R 0.938 (16); French rejection
P 1.000 R 0.880 (25), acknowledgement P 0.971 R 0.971 (35); noise → hiring 0/101; 7 messages with
a date missed. The misses are strict xfails below.
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

BLIND12 = FIXTURES / "blind12"
EXPECTED = expectations(BLIND12)

CLASS_GAPS = {
    "en-ack-irish-agency-48-hours.eml": "first pass: read as status_update",
    "en-inv-video-interview-availability.eml": "first pass: read as acknowledgement",
    "en-rej-lever-startup-short.eml": "first pass: read as acknowledgement",
    "en-rej-workable-nonprofit.eml": "first pass: read as acknowledgement",
    "fr-ack-workable-agence-web.eml": "first pass: read as status_update",
    "fr-rej-agence-interim.eml": "first pass: read as acknowledgement",
    "fr-rej-association-apres-test.eml": "first pass: read as noise",
    "fr-rej-courte-et-seche.eml": "first pass: read as noise",
}
DATE_GAPS = {
    "en-ack-aus-startup-casual.eml": "first pass: promised 2024-08-27 read as None",
    "en-ack-html-workable-2-3-weeks.eml": "first pass: promised 2023-05-18 read as None",
    "en-ack-india-product-co-end-of-month.eml": "first pass: promised 2023-09-30 read as None",
    "en-ack-uk-charity-silence-3-weeks.eml": "first pass: promised 2019-03-25 read as None",
    "en-inv-video-interview-availability.eml": "first pass: deadline 2024-02-13 read as None",
    "fr-ack-2-a-3-semaines-workday.eml": "first pass: promised 2023-06-20 read as None",
    "fr-inv-quebec-entrevue-disponibilites.eml": "first pass: deadline 2024-05-16 read as None",
}


def test_the_twelfth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND12, EXPECTED, 90, {"rejection": 20, "acknowledgement": 15, "noise": 25})


test_each_twelfth_round_fixture_gets_its_class_and_language, test_each_twelfth_round_fixture_gets_its_dates = round_tests(
    BLIND12, CLASS_GAPS, DATE_GAPS
)

FAMILIES: dict[Cls, list[str]] = {}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
