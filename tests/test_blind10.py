"""The tenth blind round (tests/fixtures/blind10) is understood as its expected.toml says.

263 messages written before the classifier was read, as a realistic mailbox in the corpus's
proportions (not chosen to be hard): 55 English rejections (new-grad ATS notices, 2017–2018
letters, LinkedIn notices), 10 English acknowledgements, 18 French rejections and 45 French
acknowledgements (LinkedIn, Welcome to the Jungle, company-direct, agencies), 8 status updates,
invitations, scheduling, a document request and an offer, and 120 noise (70 in the style of the
2002 public ham corpora, 30 job-board and portal mails, 20 everyday messages).

First pass — the session's closing measure on unseen mail (rules as at bf5bec9, measured before
any change; in the round's commit message): English rejection P 1.000 R 0.982 (55),
acknowledgement P 0.900 R 0.900 (10); French rejection P 1.000 R 0.944 (18), acknowledgement
P 0.955 R 0.933 (45); noise → hiring 0/120; 7 messages with a date missed. The misses are strict
xfails below.

Generalised since (the families tested below on sentences of our own): every first-pass miss is
fixed, so the lists of known gaps are empty.
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

BLIND10 = FIXTURES / "blind10"
EXPECTED = expectations(BLIND10)

CLASS_GAPS: dict[str, str] = {}
DATE_GAPS: dict[str, str] = {}


def test_the_tenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND10, EXPECTED, 90, {"rejection": 15, "acknowledgement": 10, "status_update": 2, "noise": 20})


test_each_tenth_round_fixture_gets_its_class_and_language, test_each_tenth_round_fixture_gets_its_dates = round_tests(
    BLIND10, CLASS_GAPS, DATE_GAPS
)


FAMILIES = {
    Cls.OFFER: [
        "Hi Alex, we'd like to offer you the position of junior analyst. The letter is attached.",
        "Great news: we would love to offer you the role!",
    ],
    Cls.REJECTION: [
        "Thank you for applying. We regret that we are unable to progress your application.",
        "Thank you for applying. We are unable to invite you to the first round of interviews.",
        "Salut, je reviens vers toi : finalement on ne recrute pas sur ce poste cette année, désolé.",
        "Bonjour, merci pour votre candidature spontanée ; nous ne recrutons plus pour le moment.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        "Hi Alex, thanks for this - got your resume. I'm collecting applications this week.",
        "Bonjour, merci beaucoup pour votre candidature au poste d'animateur.",
        "Salut, merci pour ton CV et ton book, c'est bien reçu !",
        # a receipt's condition of selection is neither an invitation nor progress
        "Bonjour, merci pour ta candidature ! Si ton profil matche, la prochaine étape sera un échange de 30 minutes.",
        "Bonjour, merci pour votre candidature. Nous reviendrons vers vous si votre profil est retenu pour la suite du processus.",
    ],
    Cls.STATUS_UPDATE: [
        "Bonjour, bonne nouvelle : ta candidature a été retenue pour la suite du process !",
        "Bonjour, merci pour votre candidature. Nous avons dû suspendre temporairement ce recrutement.",
    ],
    Cls.DOC_REQUEST: [
        "Hi Alex, before your final round could you send me two things:\n\n1. your transcript\n2. two references",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
