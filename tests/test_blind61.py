"""The sixty_first blind round (tests/fixtures/blind61) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 100 messages (80 English, 20 French), employers' declines and receipts as they really arrive (53 rejections), many HTML-only, quoted-printable or base64 with long legal footers.

First pass (rules at e958f71, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from datetime import datetime, timezone

import pytest
from test_blind import FIXTURES, check_mix, expectations, mail, mail_from, messages_test, round_tests

from followupd.model import Cls
from followupd.understand.dates import find_deadline, find_promised

BLIND61 = FIXTURES / "blind61"
EXPECTED = expectations(BLIND61)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_sixty_first_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND61, EXPECTED, 20, {"rejection": 8, "acknowledgement": 6, "noise": 6})
    assert sum(1 for want in EXPECTED.values() if want["lang"] == "en" and want["cls"] == "rejection") >= 40


test_each_sixty_first_round_fixture_gets_its_class_and_language, test_each_sixty_first_round_fixture_gets_its_dates = (
    round_tests(BLIND61, CLASS_GAPS, DATE_GAPS)
)


test_declines_of_the_sixty_first_round = messages_test([
    (Cls.REJECTION, mail("Hi Tom,\n\nI wanted to pass on the panel's view myself. I'm sorry it isn't the outcome we'd hoped for, and thank you for your patience with the scheduling.\n\nMaria")),
    (Cls.REJECTION, mail("Thanks again for meeting the team. I'm sorry this one didn't go your way - it was close.")),
    (Cls.REJECTION, mail("Thank you for applying for the Analyst vacancy. Following a review of our structure, this vacancy has been removed from the plan and will not be recruited to. We're sorry to be closing your application after you had completed the assessment.")),
    (Cls.REJECTION, mail("You recently applied for two roles with us. After review, neither application will move forward at this time.")),
    (Cls.REJECTION, mail_from("Dan Okafor <dan.okafor.design@gmail.com>", "design lead", "Hey Priya, wanted to tell you myself: we ended up filling the design lead spot internally. Thanks for your time.")),
], "A forwarder's 'sorry it isn't the outcome we'd hoped for'; 'didn't go your way'; a vacancy removed from the plan, the assessment already done (no papers asked for); two applications declined at once; a spot filled internally.")


def test_a_call_or_an_email_promised_by_friday_is_a_promise_with_a_check_in():
    got = find_promised("The panel meets on Thursday, and I'll ring or email you by Friday with the outcome.",
                        datetime(2021, 2, 9, 17, tzinfo=timezone.utc), "en")
    assert got.date.isoformat() == "2021-02-12" and not got.by_phone  # a mail may come: a check-in is fair
    assert find_promised("I'll ring you on Friday with the outcome.", datetime(2021, 2, 9, 17, tzinfo=timezone.utc), "en").by_phone
