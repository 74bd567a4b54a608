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

Generalised since (families tested below on sentences of our own): every class miss is fixed;
two promised dates that need reading across sentences are left.
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

BLIND12 = FIXTURES / "blind12"
EXPECTED = expectations(BLIND12)

CLASS_GAPS: dict[str, str] = {}
DATE_GAPS: dict[str, str] = {}


def test_the_twelfth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND12, EXPECTED, 90, {"rejection": 20, "acknowledgement": 15, "noise": 25})


test_each_twelfth_round_fixture_gets_its_class_and_language, test_each_twelfth_round_fixture_gets_its_dates = round_tests(
    BLIND12, CLASS_GAPS, DATE_GAPS
)

FAMILIES = {
    Cls.REJECTION: [
        "Thanks for applying! We're going with candidates whose background lines up more closely with the role.",
        "Thank you for applying. We went with an internal candidate for this one.",
        "Thank you for applying. We've decided not to take your application further.",
        "Thank you for your portfolio. We've chosen someone whose work sits closer to our clients' needs.",
        "Bonjour, le client a finalement retenu un autre intérimaire pour cette mission.",
        "Bonjour, la mission ne pourra donc pas vous être proposée.",
        "Bonjour, nous sommes désolées de vous annoncer que vous n'êtes pas retenue pour l'entretien final.",
        "Bonjour, le poste n'est plus disponible, merci et bonne continuation.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        "Hi, thanks for sending on your CV for the role, received with thanks.",
        # a receipt's condition or its closing thanks is neither an invitation nor progress
        "Thanks for applying. If there's a match, we'll invite you to a 30-minute call with a recruiter.",
        "Bonjour, merci pour votre candidature, nous allons l'étudier. Merci de votre patience.",
    ],
    Cls.INVITATION: [
        "Thank you for your application. We would like to invite you to a 45-minute video interview.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
