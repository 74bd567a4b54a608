"""The thirty_fifth blind round (tests/fixtures/blind35) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 100 messages, mostly 2015–2020 ATS mail (Taleo, iCIMS, Workday, Jobvite, Greenhouse, Lever, SmartRecruiters, BambooHR, SuccessFactors) with legal footers, HTML-only, quoted-printable and base64 bodies; small employers' declines; French LinkedIn, Welcome to the Jungle, cabinets and collectivités.

First pass (rules at 358c33d, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from datetime import datetime, timezone

from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests, senders_test

from followupd.model import Cls
from followupd.understand.dates import find_promised

BLIND35 = FIXTURES / "blind35"
EXPECTED = expectations(BLIND35)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_thirty_fifth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND35, EXPECTED, 30, {"rejection": 15, "acknowledgement": 15, "noise": 5})


test_each_thirty_fifth_round_fixture_gets_its_class_and_language, test_each_thirty_fifth_round_fixture_gets_its_dates = (
    round_tests(BLIND35, CLASS_GAPS, DATE_GAPS)
)


FAMILIES = {
    Cls.REJECTION: [
        "We have hired a candidate who has run a copy desk for many years. Thank you for your interest.",
        "Dear Sam, the Junior Analyst position (Ref #A-2231) has been filled by an internal candidate. We encourage you to set up a job alert on our careers site.",
        "Thank you for completing the phone screen for the Dispatcher role. The team has elected not to move you to the next round, and your candidacy for this role has ended.",
        "Hi! Thanks for applying. We've already hired for this position, so we're closing applications. Good luck!",
    ],
    Cls.ACKNOWLEDGEMENT: [
        "This is an automatic reply to confirm that your email and CV sent to careers@ have been received. We cannot reply to every applicant.",
        "Thank you for applying for the Store Clerk position. We will let you know within two weeks whether we would like to schedule an interview.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


test_relayed_and_one_line_answers_read_as_their_class = senders_test([
    # an employer's own words relayed by a job board: a decline, or a receipt
    (Cls.REJECTION, "Cafe Lune via Indeed <reply-1a2b3c@indeedemail.com>", "Line Cook - Cafe Lune",
     "Cafe Lune sent you a message about Line Cook in Leeds.\n\nHi Jo, thank you so much for applying. We've already hired "
     "for this position, so we are closing the listing. All the best!"),
    (Cls.ACKNOWLEDGEMENT, "Green Vets via Indeed <reply-9f8e7d@indeedemail.com>", "Receptionist - Green Vets",
     "Green Vets sent you a message about Receptionist in York.\n\nHello, thanks for applying for the Receptionist position. "
     "We have received your application and will be in touch with the people we would like to meet."),
    # a one-line answer on a free-mail address, in reply to the user's own application
    (Cls.REJECTION, "Boulangerie Martin <boulangerie.martin@orange.fr>", "Re: Candidature vendeuse",
     "Bonjour,\nLe poste est déjà pourvu. Merci et bonne continuation."),
    # coordinating volunteers is a job
    (Cls.ACKNOWLEDGEMENT, "Claire Dubois <claire@entraide-savoie.org>", "Re: Candidature - Animatrice bénévoles",
     "Bonjour, merci pour votre candidature, tout est bien arrivé. Nous reviendrons vers chaque candidat d'ici la fin du mois."),
], "An employer's words relayed by a job board, a one-line answer from a personal address in reply to the user's application, coordinating volunteers as a job.")


def test_a_named_consultant_who_will_call_makes_a_promise_by_phone():
    got = find_promised("Your CV is with Laura. Laura will call you within 48 hours to talk it through.",
                        datetime(2024, 3, 4, 10, tzinfo=timezone.utc), "en")
    assert (got.date.isoformat(), got.by_phone) == ("2024-03-06", True)
    assert find_promised("You will call us within 48 hours.", datetime(2024, 3, 4, 10, tzinfo=timezone.utc), "en") is None
