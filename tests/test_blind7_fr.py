"""The French phrase families the seventh blind round widened, each read right in sentences of our
own (not the fixtures'), and the wordings next to them that must keep their class."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand
from followupd.understand.dates import find_promised
from test_blind import mail, mail_from

FAMILIES = {
    Cls.REJECTION: [
        # Someone else retained by the client, the board, "them".
        "Bonjour, merci pour votre candidature. Notre client a finalement retenu une candidate plus expérimentée en paie.",
        "Bonjour, le comité a choisi un candidat déjà en poste dans la région. Merci encore pour votre temps.",
        "Bonjour Alex, après nos échanges, la direction a préféré une autre personne pour ce poste.",
        # The post offered to someone else.
        "Bonjour, merci pour ta candidature. Nous avons proposé le poste à une personne de l'équipe.",
        "Bonjour, après réflexion, on a décidé d'offrir ce poste à un ancien stagiaire.",
        # Filled from within.
        "Bonjour, merci pour votre candidature. Nous avons finalement privilégié une mobilité en interne.",
        "Bonjour, on a déjà trouvé quelqu'un en interne pour le poste de caissier.",
        # Someone found.
        "Bonjour, merci pour votre message. Nous avons trouvé quelqu'un pour le poste de plongeur.",
        # The verdict as a heading.
        "Candidature non retenue\n\nBonjour, merci de l'intérêt que vous portez à notre cabinet.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        # Thanks for what was sent.
        "Bonjour, merci pour l'envoi de votre candidature au poste de comptable.",
        "Salut, merci pour ton portfolio, on le regarde avec l'équipe cette semaine.",
        # The sending or the filing confirmed.
        "Bonjour, nous vous confirmons le dépôt de votre candidature sur notre site carrières.",
        "Bonjour, votre CV et votre lettre de motivation ont bien été transmis au service concerné.",
        "Bonjour, votre dossier de candidature pour le poste d'adjoint administratif territorial (catégorie C, temps complet) a bien été déposé.",
        # A call promised if the profile is retained.
        "Bonjour, merci pour votre retour. Je vous rappelle la semaine prochaine si votre profil est retenu par notre client.",
        "Bonjour, nous vous contacterons par téléphone dans les quinze jours si votre profil est retenu.",
        # Every candidate will hear back.
        "Bonjour, l'offre de poste ferme le 30 ; nous reviendrons vers l'ensemble des candidats début avril.",
    ],
    Cls.STATUS_UPDATE: [
        # The process running late.
        "Bonjour, le recrutement pour le poste de juriste a pris du retard, merci de votre compréhension.",
        "Bonjour, notre processus de sélection accuse un léger retard suite aux congés ; votre candidature reste à l'étude.",
        # An invitation announced for later is not one yet.
        "Bonjour, votre candidature est toujours en cours d'étude. Je reviens vers vous lundi pour vous proposer un créneau avec la directrice.",
        "Bonjour, point d'étape sur votre candidature : nous reviendrons vers vous d'ici vendredi pour vous proposer un rendez-vous.",
    ],
    Cls.INVITATION: [
        # Writing back now to propose a meeting is an invitation.
        "Bonjour, suite à votre candidature, je reviens vers vous pour vous proposer un entretien jeudi à 14h.",
    ],
    Cls.DOC_REQUEST: [
        # A request that announces the list below it.
        "Bonjour, afin de finaliser votre dossier, merci de nous transmettre avant vendredi :\n\n- une copie de votre carte Vitale ;\n- un RIB.",
        "Bonjour, pour compléter votre candidature, pourriez-vous nous faire parvenir d'ici lundi les éléments suivants :\n\n- vos deux derniers bulletins de salaire.",
    ],
}


@pytest.mark.parametrize(("cls", "body"), [(cls, body) for cls, bodies in FAMILIES.items() for body in bodies])
def test_each_widened_french_family_reads_as_its_class_in_sentences_of_our_own(cls, body):
    assert understand(parse_message(mail(body)), Context()).cls is cls


def test_a_rejection_said_only_in_the_subject_is_read():
    got = understand(parse_message(mail_from("Carrières Ombelle <noreply@ombelle.example>",
                                         "Candidature non retenue - Comptable (réf. 4410)",
                                         "Bonjour,\n\nMerci de votre intérêt pour Ombelle.")), Context())
    assert got.cls is Cls.REJECTION


def test_a_job_boards_receipt_is_an_acknowledgement():
    body = "Bonjour,\n\nVous pouvez suivre vos candidatures depuis votre espace personnel."
    got = understand(parse_message(mail_from("Apec <ne-pas-repondre@apec.fr>", "Confirmation de votre candidature - Acheteur",
                                         body)), Context())
    assert got.cls is Cls.ACKNOWLEDGEMENT


WEDNESDAY = datetime(2025, 12, 3, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))

PROMISES = [
    ("Nous reviendrons vers vous dans une quinzaine de jours.", date(2025, 12, 17), "dans une quinzaine de jours"),
    ("Nous vous répondrons d'ici une huitaine.", date(2025, 12, 10), "d'ici une huitaine"),
    ("Je te dis d'ici vendredi si on peut se voir.", date(2025, 12, 5), "d'ici vendredi"),
    ("On vous redit lundi si le poste est toujours ouvert.", date(2025, 12, 8), "lundi"),
]
NO_PROMISE = [
    # "dire" without a whether is a greeting, not an answer to come.
    "Je vous dis à vendredi pour l'entretien !",
]


@pytest.mark.parametrize(("text", "expected", "phrase"), PROMISES)
def test_a_french_promise_family_gives_its_date(text, expected, phrase):
    found = find_promised(text, WEDNESDAY, "fr")
    assert found is not None
    assert (found.date, found.phrase) == (expected, phrase)


@pytest.mark.parametrize("text", NO_PROMISE)
def test_a_french_greeting_with_a_day_promises_nothing(text):
    assert find_promised(text, WEDNESDAY, "fr") is None


def test_a_request_announcing_a_list_is_a_document_request_with_its_deadline():
    body = "Bonjour,\n\nMerci de nous faire parvenir, au plus tard le 12 mars :\n\n- une copie de votre diplôme."
    got = understand(parse_message(mail(body)), Context())
    assert got.cls is Cls.DOC_REQUEST
    assert got.documents == ("diplôme",)  # named in the message's language
    assert (got.deadline.date, got.deadline.phrase) == (date(2021, 3, 12), "au plus tard le 12 mars")
