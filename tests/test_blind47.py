"""The forty_seventh blind round (tests/fixtures/blind47) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 100 messages, a cross-section of 2012-2025 application mail in English and French (ATS templates, business owners on personal addresses, agencies, universities, hospitals, councils, startups) with the noise around it.

First pass (rules at 9ea9f0e, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from datetime import datetime, timedelta, timezone

import pytest
from test_blind import FIXTURES, check_mix, expectations, mail_from, messages_test, round_tests

from followupd.model import Cls
from followupd.understand.dates import find_promised

BLIND47 = FIXTURES / "blind47"
EXPECTED = expectations(BLIND47)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_forty_seventh_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND47, EXPECTED, 41, {"rejection": 20, "acknowledgement": 15, "noise": 6})


test_each_forty_seventh_round_fixture_gets_its_class_and_language, test_each_forty_seventh_round_fixture_gets_its_dates = (
    round_tests(BLIND47, CLASS_GAPS, DATE_GAPS)
)


test_receipts_and_declines_found_in_the_forty_seventh_round = messages_test([
    (Cls.ACKNOWLEDGEMENT, mail_from("The Anchor <info@anchorinn.co.uk>", "RE: Cook application", "Hi Sam, yes it came through fine. Your application for the cook job is in the pile with the others and Rob will go through them next week.")),
    (Cls.NOISE, mail_from("Leasing <leasing@harbourproperty.com.au>", "Your application for 12 Main Street", "Thanks for applying for this property. Unfortunately the owner has decided to proceed with another applicant. We have other two-bedroom units coming up.")),
    (Cls.REJECTION, mail_from("Dave Kowalski <dkplumbing@yahoo.com>", "Re: apprentice electrician", "Hi Luis, thanks for sending your resume over. Apprentice job's been filled. Dave")),
    (Cls.REJECTION, mail_from("Camping du Lac <camping.dulac@free.fr>", "Re: saison 2014", "Bonsoir, merci pour votre CV. Pour cette saison l'équipe est déjà au complet, je ne vais donc pas pouvoir vous prendre cet été.")),
    (Cls.REJECTION, mail_from("Lucie Morel <lucie@editions-morel.fr>", "Re: Stage graphisme", "Bonjour Inès, on a finalement retenu une autre personne pour le stage, qui démarre lundi. Bonne continuation !")),
], "A receipt 'in the pile with the others', a rental decline, a tradesman's 'job's been filled', « l'équipe est déjà au complet », a subject naming an internship.")


WHEN = datetime(2023, 9, 14, 21, tzinfo=timezone(timedelta(hours=-7)))  # a Thursday


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the subject dropped, a casual note's habit
    ("I'm going through them all this weekend. will get back to everyone early next week either way.", "en", "2023-09-19"),
    ("I'm going through applications this week with the client and will be calling shortlisted candidates by Friday.",
     "en", "2023-09-15"),
    ("I'll call every applicant back within 48 hours, whether or not the role is right for you.", "en", "2023-09-16"),
    ("We should be able to give you an answer by the end of next week.", "en", "2023-09-22"),
    ("I'll reach back out by the end of September with an update either way.", "en", "2023-09-30"),
    ("Je regarde tout ça tranquillement et je vous dis d'ici la fin de semaine pour le poste.", "fr", "2023-09-15"),
])
def test_casual_and_spoken_promises_give_their_date(text, lang, want):
    assert find_promised(text, WHEN, lang).date.isoformat() == want
