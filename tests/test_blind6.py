"""The sixth blind round (tests/fixtures/blind6) is understood as its expected.toml says.

209 messages written before the classifier was read (its code, tables, model and tests), weighted
like a job seeker's inbox: 70 English rejections (ATS mail from Workday, Taleo, Greenhouse, Lever,
iCIMS, SuccessFactors, Jobvite, SmartRecruiters and Ashby, formal letters, one-liners, declines after
an interview, agencies, non-native English; 22 HTML-only, some base64 or quoted-printable, some
above a quoted thread), 25 English acknowledgements, 30 French rejections and 30 acknowledgements
(LinkedIn, Welcome to the Jungle, agencies, public sector, vous and tu), 13 status updates,
invitations, scheduling, document requests and offers in both languages, and 41 hard noise.

First pass (rules, guards and model as at 121b7b0, measured before any change; commit message of
the round's merge): English rejection P 1.000 R 0.857 (70), acknowledgement P 0.793 R 0.920
(25); French rejection P 1.000 R 0.733 (30), acknowledgement P 0.867 R 0.867 (30); noise → hiring
2/41; 18 messages with a date missed. The misses are strict xfails below; each one fixed since
comes off the list together with a phrase family tested on sentences of our own.

Retrained with this folder among its training mail, the rejection model passes two first-pass
misses only because it has seen them: en-rej-agency-client-went-internal.eml (52 at first) and
fr-rej-startup-tutoiement-mail-direct.eml (41 at first).
"""

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand
from test_blind import FIXTURES, check_mix, expectations, family_test, mail, mail_from, round_tests

BLIND6 = FIXTURES / "blind6"
EXPECTED = expectations(BLIND6)

CLASS_GAPS = {
    "en-rej-decline-with-pdf-letter.eml": "'please see the attached letter regarding your application': the decision is only in the PDF",
}
DATE_GAPS = {
}


def test_the_sixth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND6, EXPECTED, 80, {"rejection": 25, "acknowledgement": 25, "status_update": 2, "noise": 15})


test_each_sixth_round_fixture_gets_its_class_and_language, test_each_sixth_round_fixture_gets_its_dates = round_tests(
    BLIND6, CLASS_GAPS, DATE_GAPS
)


# Sentences of our own, not in the fixtures, for each phrase family round 6 widened: each must be
# read as its class in a plain employer mail.
FAMILIES = {
    Cls.REJECTION: [
        # Contracted negations: "aren't able to", "weren't able to".
        "Thank you for applying. We aren't able to move forward with your application at this time.",
        "Thanks for applying. We weren't able to offer you an interview for the Analyst role.",
        # Moving ahead with people, folks, others.
        "Thanks for applying! We've decided to move forward with people whose background fits the role more closely.",
        "Thank you for applying. We decided to proceed with others for this position.",
        # Positions filled, with words between.
        "Thank you for your interest. All of the summer positions in our Leeds office have now been filled.",
        "Thanks for applying. The two openings on the support team are now filled.",
        # Going with someone else.
        "Thanks for applying. We're going to go with someone else for this one.",
        "Thank you for applying. They're going with another candidate for the role.",
        # The job given or filled with someone.
        "Thank you for applying. We've given the job to someone who can start next week.",
        "Thank you for applying. The client decided to fill the analyst role with an internal candidate.",
        # A bare pass.
        "Thanks for coming in. The hiring manager is going to pass on this one.",
        # A portal status without a colon.
        "Your application for Store Manager was updated. Status Not selected",
        # French: someone else chosen, no further step, nothing open, the post removed.
        "Bonjour, merci pour votre candidature. Nous avons décidé de continuer avec une autre candidate pour ce poste.",
        "Bonjour, on a finalement recruté quelqu'un en interne pour le poste de vendeur.",
        "Salut, merci pour ta candidature. On part sur d'autres profils pour ce poste.",
        "Bonjour, merci pour l'échange. Nous n'irons pas plus loin sur le poste de comptable.",
        "Bonjour, merci de votre candidature spontanée. Nous n'avons aucun poste ouvert correspondant à votre profil.",
        "Bonjour, le recrutement pour le poste de technicien a été annulé.",
        "Bonjour, la direction a choisi de geler tous les recrutements ; merci pour votre candidature.",
        "Bonjour, votre candidature au poste de juriste. Statut : non retenue.",
        "Bonjour, merci pour votre candidature. Nous ne sommes malheureusement pas en mesure d'y donner suite favorablement.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        "Hi Alex, thanks for your resume! I'll read through everything this week.",
        "Thanks for applying. We are currently reviewing applications for the Office Manager role.",
        "Bonjour, bien reçu votre candidature pour le poste de serveur, merci.",
        "Bonjour, votre dossier de candidature au poste d'agent administratif a bien été enregistré.",
        "Bonjour, votre candidature au poste de vendeur. L'agence prendra contact avec vous si votre profil correspond.",
        "Bonjour, nous avons bien transmis votre candidature au responsable du magasin.",
    ],
    Cls.STATUS_UPDATE: [
        "Bonjour, merci pour votre candidature au poste d'analyste. Nous finalisons actuellement les derniers entretiens.",
    ],
    Cls.DOC_REQUEST: [
        "Thank you for applying. Before the interview, please send us the following: two references and a copy of your passport.",
        "Bonjour, nous vous remercions de bien vouloir nous transmettre les pièces justificatives de votre candidature.",
    ],
    Cls.NOISE: [
        # A study programme is no job.
        "Bonjour, votre dossier d'inscription au master 1 a bien été enregistré par la scolarité.",
    ],
}


test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


def test_a_job_boards_relayed_message_from_the_recruiter_is_the_employers_own_words():
    body = ("<p>Bonjour Alex,</p><p>Boulangerie Martin a répondu à votre candidature.</p>"
            "<p>Message du recruteur :<br>« Nous avons choisi de poursuivre avec une autre candidate "
            "pour ce poste. Bonne continuation. »</p>")
    got = understand(parse_message(mail_from("HelloWork <notification@hellowork.com>", "Réponse à votre candidature",
                                         body, html=True)), Context())
    assert got.cls is Cls.REJECTION
    # The same words quoted by a newsletter stay someone else's.
    said = ('Le conseil de la semaine : quand un recruteur écrit « nous avons choisi de poursuivre avec '
            'une autre candidate », demandez un retour.')
    got = understand(parse_message(mail_from("Conseils Emploi <lettre@conseils-emploi.example>",
                                         "Votre lettre", said)), Context())
    assert got.cls is Cls.NOISE


def test_a_friends_question_about_the_users_search_is_no_status_update():
    friend = "Maya <maya.k@gmail.com>"
    asks = "Hey! So did they answer? Are you still interviewing with the bank for that analyst role?"
    assert understand(parse_message(mail_from(friend, "dinner?", asks)), Context()).cls is Cls.NOISE
    # An employer on a free-mail address who tells (not asks) is still read.
    tells = "Hi Alex, thanks for applying to the bakery. We are still reviewing applications for the role."
    assert understand(parse_message(mail_from(friend, "Your application", tells)), Context()).cls is Cls.STATUS_UPDATE


def test_an_agencys_interview_confirmation_for_its_client_is_scheduled_not_outreach():
    body = ("Bonjour Alex,\n\nJe vous confirme votre entretien avec la directrice financière de notre client, "
            "jeudi 4 mars à 10h, dans nos bureaux.\n\nNadia, Cabinet Horizon")
    got = understand(parse_message(mail_from("Nadia <nadia@cabinet-horizon.example>", "Confirmation de votre entretien",
                                         body)), Context())
    assert got.cls is Cls.SCHEDULED
    # Its cold pitch stays noise.
    pitch = "Bonjour Alex, notre client recrute un contrôleur de gestion. Seriez-vous ouvert à un échange ?"
    got = understand(parse_message(mail_from("Nadia <nadia@cabinet-horizon.example>", "Opportunité", pitch)), Context())
    assert got.cls is Cls.NOISE


def test_documents_listed_below_the_request_are_named():
    body = ("Dear Alex,\n\nThank you for your application. Please could you send us the following:\n\n"
            "1. Contact details for two referees.\n2. A copy of your passport.\n\nKind regards,\nHR")
    got = understand(parse_message(mail(body)), Context())
    assert got.cls is Cls.DOC_REQUEST
    assert set(got.documents) == {"references", "identity document"}


def test_cold_job_spam_that_has_seen_the_users_cv_is_noise_though_it_asks_for_documents():
    body = "Bonjour, suite à la consultation de votre CV, merci de nous envoyer votre RIB pour un emploi à domicile."
    got = understand(parse_message(mail_from("Emploi Direct <offres@emploi-direct.example>", "Votre profil est retenu",
                                         body)), Context())
    assert got.cls is Cls.NOISE
