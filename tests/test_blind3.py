"""The third blind round (tests/fixtures/blind3) is understood as its expected.toml says.

208 messages written, like rounds 1 and 2, before the classifier's rules were read, and weighted
like dev: many English rejections from different companies and tracking systems (short and long,
formal and casual, declines buried mid-paragraph, roles filled, cancelled or frozen, agencies),
French acknowledgements and rejections (Welcome to the Jungle, LinkedIn, company-direct, vous and
tu), English acknowledgements, a few status updates, and hard noise (mailing lists and
newsletters about hiring and layoffs, job alerts, cold outreach, account mail, personal mail about
someone's job search, orders and tickets worded like receipts). A failure is a rule that does not
generalise: fix it with a phrase a recruiter would accept, not a rule for one message.
"""

from test_blind import FIXTURES, check_mix, expectations, round_tests

BLIND3 = FIXTURES / "blind3"
EXPECTED = expectations(BLIND3)

CLASS_GAPS: dict[str, str] = {}  # none left


def test_the_third_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND3, EXPECTED, 60, {"rejection": 20, "acknowledgement": 15, "status_update": 3, "noise": 12})


test_each_third_round_fixture_gets_its_class_and_language, test_each_third_round_fixture_gets_its_dates = round_tests(
    BLIND3, CLASS_GAPS, {}
)
