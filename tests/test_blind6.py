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

import pytest

from test_blind import FIXTURES, check_class, check_dates, check_mix, expectations, known_gaps

BLIND6 = FIXTURES / "blind6"
EXPECTED = expectations(BLIND6)

CLASS_GAPS = {
    "en-ack-small-business-reply.eml": "first pass: read as noise",
    "en-ack-startup-founder-personal.eml": "first pass: read as status_update",
    "en-doc-references-deadline.eml": "first pass: read as acknowledgement",
    "en-rej-ashby-no-capacity-to-interview.eml": "first pass: read as acknowledgement",
    "en-rej-ats-lowercase-casual.eml": "first pass: read as acknowledgement",
    "en-rej-contract-role-client-declined.eml": "first pass: read as noise",
    "en-rej-decline-in-quoted-reply-short.eml": "first pass: read as noise",
    "en-rej-decline-with-pdf-letter.eml": "first pass: read as noise",
    "en-rej-multipart-retail-store.eml": "first pass: read as acknowledgement",
    "en-rej-overqualified.eml": "first pass: read as acknowledgement",
    "en-rej-pooled-but-no-role.eml": "first pass: read as acknowledgement",
    "en-rej-portal-status-not-selected.eml": "first pass: read as status_update",
    "fr-ack-boulangerie-petite-entreprise.eml": "first pass: read as noise",
    "fr-ack-cnrs-like-inscription-concours.eml": "first pass: read as noise",
    "fr-ack-ecole-commerce-alternance.eml": "first pass: read as noise",
    "fr-ack-indeed-fr.eml": "first pass: read as noise",
    "fr-doc-pieces-justificatives.eml": "first pass: read as noise",
    "fr-rej-apres-entretien.eml": "first pass: read as acknowledgement",
    "fr-rej-ats-portail-statut.eml": "first pass: read as noise",
    "fr-rej-candidature-spontanee.eml": "first pass: read as acknowledgement",
    "fr-rej-gel-des-recrutements.eml": "first pass: read as acknowledgement",
    "fr-rej-hellowork-refus.eml": "first pass: read as noise",
    "fr-rej-reponse-mi-paragraphe-eloges.eml": "first pass: read as noise",
    "fr-rej-sans-formule-type.eml": "first pass: read as noise",
    "fr-sched-confirmation-entretien.eml": "first pass: read as noise",
    "fr-status-decision-debut-semaine-prochaine.eml": "first pass: read as acknowledgement",
    "noise-en-friend-rejected.eml": "first pass: read as status_update",
    "noise-fr-spam-emploi-teletravail.eml": "first pass: read as doc_request",
}
DATE_GAPS = {
    "en-ack-agency-thanks-for-applying.eml": "first pass: promised 2019-06-03 read as None",
    "en-ack-by-end-of-month.eml": "first pass: promised 2024-03-29 read as None",
    "en-ack-five-business-days.eml": "first pass: promised 2020-09-17 read as None",
    "en-ack-non-native-english-ack.eml": "first pass: promised 2018-03-05 read as None",
    "en-ack-referral-received.eml": "first pass: promised 2023-02-16 read as None",
    "en-ack-small-business-reply.eml": "first pass: promised 2021-04-14 read as None",
    "en-ack-teamtailor-ack.eml": "first pass: promised 2025-05-09 read as 2025-04-25",
    "en-doc-references-deadline.eml": "first pass: deadline 2024-07-05 read as None",
    "en-offer-letter-deadline.eml": "first pass: deadline 2025-01-15 read as None",
    "fr-ack-agence-interim-inscription-offre.eml": "first pass: promised 2021-01-15 read as None",
    "fr-ack-cabinet-recu-vous.eml": "first pass: promised 2022-07-08 read as None",
    "fr-ack-mutuelle-sous-8-jours.eml": "first pass: promised 2023-08-31 read as None",
    "fr-ack-rh-humain-reponse-fin-mois.eml": "first pass: promised 2020-03-31 read as 2020-02-29",
    "fr-ack-sous-15-jours.eml": "first pass: promised 2022-11-16 read as None",
    "fr-ack-suisse-horlogerie-recu.eml": "first pass: promised 2023-04-03 read as None",
    "fr-doc-pieces-justificatives.eml": "first pass: deadline 2021-11-10 read as None",
    "fr-inv-entretien-disponibilites.eml": "first pass: deadline 2022-09-09 read as None",
    "fr-offer-promesse-embauche.eml": "first pass: deadline 2021-06-03 read as None",
}


def test_the_sixth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND6, EXPECTED, 80, {"rejection": 25, "acknowledgement": 25, "status_update": 2, "noise": 15})


@pytest.mark.parametrize("name", known_gaps(EXPECTED, CLASS_GAPS))
def test_each_sixth_round_fixture_gets_its_class_and_language(name):
    check_class(BLIND6, name, EXPECTED[name])


@pytest.mark.parametrize("name", known_gaps(EXPECTED, DATE_GAPS))
def test_each_sixth_round_fixture_gets_its_dates(name):
    check_dates(BLIND6, name, EXPECTED[name])
