"""The thirtieth blind round (tests/fixtures/blind30) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 130 messages, English and French, rejections after every stage (screen, take-home, final round, references, an offer withdrawn, a post frozen, an internal hire) from HR, agencies relaying a client, founders, shop owners and public bodies; receipts that describe the next steps.

First pass (rules at d23629a, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND30 = FIXTURES / "blind30"
EXPECTED = expectations(BLIND30)

CLASS_GAPS = {
    "en-ack-ashby-cofounder-by-friday.eml": "first pass: read as invitation",
    "en-other-new-recruiting-contact.eml": "first pass: read as noise",
    "en-rej-exec-search-board-decision.eml": "first pass: read as noise",
    "fr-ack-clinique-48-heures.eml": "first pass: read as invitation",
    "fr-rej-boulangerie-apres-essai.eml": "first pass: read as noise",
    "fr-rej-cabinet-relaie-client.eml": "first pass: read as noise",
    "fr-rej-promesse-retiree-rachat.eml": "first pass: read as offer",
    "fr-rej-recruitee-agence-design-portfolio.eml": "first pass: read as doc_request",
}
DATE_GAPS = {
    "en-ack-ashby-cofounder-by-friday.eml": "first pass: promised 2024-09-13 read as None",
    "en-ack-bamboohr-architects-named-date.eml": "first pass: promised 2018-05-11 read as None",
    "en-ack-hardware-store-early-next-week.eml": "first pass: promised 2016-06-21 read as None",
    "fr-ack-association-fin-du-mois.eml": "first pass: promised 2023-10-31 read as None",
    "fr-ack-clinique-48-heures.eml": "first pass: promised 2024-08-28 read as None",
    "fr-ack-teamtailor-jours-ouvres.eml": "first pass: promised 2024-06-18 read as None",
}


def test_the_thirtieth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND30, EXPECTED, 50, {"rejection": 20, "acknowledgement": 20, "noise": 8})


test_each_thirtieth_round_fixture_gets_its_class_and_language, test_each_thirtieth_round_fixture_gets_its_dates = (
    round_tests(BLIND30, CLASS_GAPS, DATE_GAPS)
)
