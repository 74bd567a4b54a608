"""The fifty_fourth blind round (tests/fixtures/blind54) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 100 messages, 60 everyday noise (newsletters, alerts, portal mail, 2002 lists, friends, shops, banks, non-job decisions, scams) and 40 hiring messages.

First pass (rules at 463c6d6, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, mail_from, messages_test, round_tests

from followupd.model import Cls

BLIND54 = FIXTURES / "blind54"
EXPECTED = expectations(BLIND54)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_fifty_fourth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND54, EXPECTED, 35, {"rejection": 5, "acknowledgement": 5, "noise": 21})


test_each_fifty_fourth_round_fixture_gets_its_class_and_language, test_each_fifty_fourth_round_fixture_gets_its_dates = (
    round_tests(BLIND54, CLASS_GAPS, DATE_GAPS)
)


test_a_loan_and_a_bursary_refused_are_noise = messages_test([
    (Cls.NOISE, mail_from("Summit Bank <lending@summitbank.com>", "Your personal loan application", "Thank you for applying for a personal loan. We are unable to approve your request at this time; the reasons include the length of your employment.")),
    (Cls.NOISE, mail_from("Fondation Lac-Bleu <bourses@fondationlacbleu.org>", "Résultat de votre demande de bourse", "Nous vous remercions pour votre demande de bourse d'études. Malheureusement, votre dossier n'a pas été retenu parmi les lauréats.")),
], "A loan refused for 'the length of your employment' and a bursary not awarded are no job's decisions.")
