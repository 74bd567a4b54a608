"""The eleventh blind round (tests/fixtures/blind11) is understood as its expected.toml says.

251 messages written before the classifier was read, as a realistic mailbox written in many voices
(tech, banks, retail, hospitals, schools, councils, law firms, restaurants, start-ups, non-profits,
agencies, universities, industry): 51 English rejections, 15 acknowledgements, 30 French
rejections, 40 acknowledgements, 13 other hiring messages, and 102 noise (46 in the style of the
2002 public ham corpora, 25 job-board and portal mails, 31 everyday messages).

First pass (rules as at 110ffaf, measured before any change; in the round's commit message):
English rejection P 1.000 R 0.922 (51), acknowledgement P 0.778 R 0.933 (15); French rejection
P 1.000 R 0.867 (30), acknowledgement P 0.923 R 0.900 (40); noise → hiring 0/102; 9 messages with
a date missed. The misses are strict xfails below.

Generalised since (families tested below on sentences of our own): every miss is fixed (the last, a
decline only in the note forwarded below, after round 23).
"""

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, family_test, mail_from, reads_as, round_tests

BLIND11 = FIXTURES / "blind11"
EXPECTED = expectations(BLIND11)

CLASS_GAPS = {
}
DATE_GAPS: dict[str, str] = {}


def test_the_eleventh_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND11, EXPECTED, 90, {"rejection": 25, "acknowledgement": 15, "noise": 25})


test_each_eleventh_round_fixture_gets_its_class_and_language, test_each_eleventh_round_fixture_gets_its_dates = round_tests(
    BLIND11, CLASS_GAPS, DATE_GAPS
)

FAMILIES = {
    Cls.REJECTION: [
        "Thank you for applying. We have taken the decision to freeze all graduate recruitment this year.",
        "Thank you for applying. We are closing all open applications for this programme, including yours.",
        "Thank you for your application. I'm sorry to say your application has not been taken forward to interview.",
        "Thank you for applying. The post has now been filled, so we won't be taking applications any further.",
        "Bonjour, merci pour ta candidature ; on a fait le choix d'une personne plus expérimentée.",
        "Bonjour, après présentation au client, celui-ci a retenu des profils plus expérimentés.",
        "Bonjour, je ne pourrai donc pas vous accompagner plus loin sur ce recrutement.",
        "Bonjour, merci pour votre candidature spontanée. Nous n'avons pas à ce jour de poste correspondant à votre profil.",
    ],
    Cls.INVITATION: [
        "Thanks for your application. I'd like to set up a 30-minute call to talk about your experience.",
        "Thanks for applying. Would any of these times work for you? Tuesday 10am or Wednesday 2pm.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        "Thank you for your application for the housing officer vacancy, which we have received.",
        "Bonjour, votre candidature au poste de technicien a bien été réceptionnée.",
        "Salut, bien reçu ton CV, merci !",
        "Bonjour, merci d'avoir postulé ! Si ça matche, on t'envoie un lien pour caler un premier call.",
    ],
    Cls.DOC_REQUEST: [
        "Following your interview on Friday, please send us: 1. two referees 2. a copy of your passport.",
        "Bonjour, suite à votre entretien, voici les pièces à fournir : copie de vos diplômes, RIB.",
        "Bonjour, avant de caler la date, il me faut deux éléments : vos références et vos prétentions.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


def test_a_reply_through_a_job_boards_relay_is_the_employers_own_mail():
    receipt = "Bonjour, bien reçu votre candidature, on l'étudie et on vous rappelle si ça correspond."
    assert reads_as(mail_from("reply-1a2b@indeedemail.com", "Re: Mécanicien - Poitiers", receipt)) is Cls.ACKNOWLEDGEMENT
    # The board's own digest stays a digest.
    digest = "Nouvelles offres pour vous : mécanicien, carrossier. Postulez en un clic."
    assert reads_as(mail_from("alert@indeed.com", "Mécanicien : 12 nouvelles offres", digest)) is Cls.NOISE
