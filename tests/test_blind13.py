"""The thirteenth blind round (tests/fixtures/blind13) is understood as its expected.toml says.

220 messages written before the classifier was read, as a realistic mailbox: 45 English
rejections, 12 acknowledgements, 22 French rejections, 30 acknowledgements, 10 other hiring
messages, and 101 noise (47 in the style of the 2002 public ham corpora, 26 job-board and portal
mails, 27 everyday messages).

First pass (rules as at 8ec9ab6, the session's last rules, measured before any change; in the
round's commit message): English rejection P 1.000 R 0.889 (45), acknowledgement P 0.917 R 0.917
(12); French rejection P 1.000 R 0.909 (22), acknowledgement P 0.935 R 0.967 (30); noise →
hiring 0/101; 9 messages with a date missed. The misses are strict xfails below.

Generalised since (families tested below on sentences of our own): every class miss and all but
one date are fixed.
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

BLIND13 = FIXTURES / "blind13"
EXPECTED = expectations(BLIND13)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_thirteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND13, EXPECTED, 80, {"rejection": 20, "acknowledgement": 10, "noise": 25})


test_each_thirteenth_round_fixture_gets_its_class_and_language, test_each_thirteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND13, CLASS_GAPS, DATE_GAPS)
)

FAMILIES = {
    Cls.REJECTION: [
        "Thank you for your patience. The board has put this hire on hold, and we are closing the search.",
        "Thanks for dropping off your resume. We ended up hiring someone who can do weekends, so we're all set for now.",
        "Thanks for applying. We've gone with someone local. Best of luck!",
        "Thank you for the trial shift on Saturday. I need someone with more experience, so I'm going to pass for now.",
        "Many thanks for your application. I'm afraid I have not been able to include you on the shortlist.",
        "Bonjour, merci pour votre candidature. Nous avons déjà recruté la personne, désolés.",
        "Bonjour, le poste a finalement été pourvu en interne.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        # a sign-off is no appointment
        "Thanks for applying! We've received your application and our leads read every one. See you on the trail!",
        "Bonjour, merci pour votre book ; nous vous contacterons si votre profil correspond.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
