"""The seventy-sixth blind round (tests/fixtures/blind76) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: English declines as people and systems really write them, across industries (50 declines, 18 receipts, 4 status updates, 28 noise).

First pass (rules at 2017c8b, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, mail, mail_from, messages_test, round_tests

from followupd.model import Cls

BLIND76 = FIXTURES / "blind76"
EXPECTED = expectations(BLIND76)

CLASS_GAPS: dict[str, str] = {}
DATE_GAPS: dict[str, str] = {}


def test_the_seventy_sixth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND76, EXPECTED, 100, {"rejection": 50, "acknowledgement": 18, "noise": 28}, langs=("en",))


test_each_seventy_sixth_round_fixture_gets_its_class_and_language, test_each_seventy_sixth_round_fixture_gets_its_dates = (
    round_tests(BLIND76, CLASS_GAPS, DATE_GAPS)
)


test_an_agencys_news_and_declines_said_of_others = messages_test([
    (Cls.REJECTION, mail_from("Kim Doyle <kim@northgatestaffing.example>", "Re: Halden Foods",
                              "Hi Alex - heard back from Halden. They're passing, they want more SAP on the MM side. Talk Monday.")),
    (Cls.REJECTION, mail_from("Bev <bev@carewellrecruitment.example>", "St Anne's 3 month contract",
                              "Hi Alex, the ward manager has gone with one of their own bank nurses so that one's off the table, "
                              "sorry. Will ring you when the next block comes through.")),
    (Cls.REJECTION, mail_from("Tony <tony.ferraro.cafe@yahoo.com>", "line cook",
                              "Alex\n\nNot going to work out. I need someone who can do doubles on weekends. Thanks for coming in.\n\nTony")),
    (Cls.INVITATION, mail("Hi Alex, Tuesday is not going to work out for us after all, could we invite you to interview on "
                          "Wednesday instead? Let me know your availability.", subject="Re: Interview")),
], "a recruiting firm's own domain (…staffing, …recruitment) is hiring talk even when its note names no job; "
   "'the client has gone with one of their own', 'they're passing', and a note opening 'Not going to work out.' decline; "
   "a day that is not going to work out does not.")


test_a_receipt_that_names_later_checks_asks_for_nothing_yet = messages_test([
    (Cls.ACKNOWLEDGEMENT, mail("Thank you for applying for the Year 5 Teacher role. Your application has been added to our system. "
                               "Before we can put you forward we will need to complete our compliance checks, including an "
                               "enhanced DBS and two references.", subject="Your application - Year 5 Teacher")),
    (Cls.DOC_REQUEST, mail("Thank you for your interest in the Year 5 Teacher role. We will need two references and a copy of your "
                           "passport before the interview.", subject="Your application - Year 5 Teacher")),
], "'we will need to complete our checks, including two references' tells what comes later; 'we will need two "
   "references' asks for them.")
