"""The seventh blind round (tests/fixtures/blind7) is understood as its expected.toml says.

223 messages written before the classifier was read, with wording deliberately varied away from
stock templates: 70 English rejections (2015–2019 corporate ATS letters from Taleo, Kenexa,
Workday, iCIMS, Jobvite, SuccessFactors and PeopleSoft; small employers and founders writing
casually; declines after interviews; universities, police staff, councils and other public
bodies; subject-only notices, terse one-liners, replies above a quoted thread), 25 English
acknowledgements, 30 French rejections and 30 acknowledgements (LinkedIn, Welcome to the Jungle,
Indeed, APEC, HelloWork, agencies, fonction publique, associations, start-ups in tu), 13 status
updates, invitations, scheduling, document requests and offers, and 53 hard noise (newsletters
quoting sample rejection and acknowledgement letters, HR-tech marketing, list posts, portal
account mail, cold outreach, friends' and family's own applications, a housing application, an
admission, a grant and a scholarship decision, a volunteer role).

First pass (rules as at 25b24d8 with the speed work of 05f9d11, measured before any change; in
the round's commit message): English rejection P 0.950 R 0.814 (70), acknowledgement P 0.800
R 0.960 (25); French rejection P 1.000 R 0.733 (30), acknowledgement P 0.923 R 0.800 (30);
noise → hiring 8/53; 5 messages with a date missed. The misses are strict xfails below; each one
fixed since comes off the list together with a phrase family tested on sentences of our own.

Retrained with this folder among its training mail (threshold 60 → 55 by its rule: 1.5 × the
highest held-out non-rejection, now 34.9), the rejection model passes three first-pass misses
only because it has seen them: en-rej-bakery-owner.eml (47 at first), en-rej-brewery.eml (44)
and en-rej-indie-game-studio.eml (43).
"""

from email.message import EmailMessage

import pytest

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand
from test_blind import FIXTURES, check_class, check_dates, check_mix, expectations, known_gaps
from test_blind4 import _employer_mail

BLIND7 = FIXTURES / "blind7"
EXPECTED = expectations(BLIND7)

CLASS_GAPS = {
    "en-ack-founder-by-friday.eml": "first pass: read as status_update",
    "en-inv-university-interview-date.eml": "first pass: read as noise",
    "en-rej-architecture-firm-partner.eml": "first pass: read as acknowledgement",
    "en-rej-bookshop.eml": "first pass: read as noise",
    "en-rej-cafe-hired-someone.eml": "first pass: read as noise",
    "en-rej-linkedin-easy-apply.eml": "first pass: read as noise",
    "en-rej-police-staff-unsuccessful-occasion.eml": "first pass: read as acknowledgement",
    "en-rej-retail-store.eml": "first pass: read as noise",
    "en-rej-subject-only-unsuccessful.eml": "first pass: read as acknowledgement",
    "en-rej-taleo-position-closed-html.eml": "first pass: read as noise",
    "en-rej-terse-one-liner.eml": "first pass: read as noise",
    "en-rej-workday-position-on-hold-closed.eml": "first pass: read as acknowledgement",
    "en-status-next-stage.eml": "first pass: read as noise",
    "fr-ack-apec.eml": "first pass: read as noise",
    "fr-ack-cabinet-recruteur-humain.eml": "first pass: read as noise",
    "fr-ack-dici-vendredi.eml": "first pass: read as noise",
    "fr-ack-fin-du-mois.eml": "first pass: read as status_update",
    "fr-ack-interim.eml": "first pass: read as doc_request",
    "fr-ack-universite.eml": "first pass: read as noise",
    "fr-doc-pieces-justificatives.eml": "first pass: read as noise",
    "fr-rej-agence-interim.eml": "first pass: read as acknowledgement",
    "fr-rej-association-tu.eml": "first pass: read as noise",
    "fr-rej-chasseur-tetes-apres-client.eml": "first pass: read as acknowledgement",
    "fr-rej-hellowork.eml": "first pass: read as noise",
    "fr-rej-linkedin-votre-candidature-pour.eml": "first pass: read as noise",
    "fr-rej-reponse-au-fil.eml": "first pass: read as noise",
    "fr-rej-restaurant.eml": "first pass: read as noise",
    "fr-rej-sujet-seul.eml": "first pass: read as noise",
    "fr-status-retard-processus.eml": "first pass: read as invitation",
    "noise-en-colleague-reference-request.eml": "first pass: read as offer",
    "noise-en-coop-housing-application.eml": "first pass: read as invitation",
    "noise-en-grant-rejection.eml": "first pass: read as rejection",
    "noise-en-newsletter-how-to-reply-acknowledgement.eml": "first pass: read as acknowledgement",
    "noise-en-newsletter-sample-rejection-letters.eml": "first pass: read as acknowledgement",
    "noise-en-scholarship-unsuccessful.eml": "first pass: read as rejection",
    "noise-en-sister-got-offer.eml": "first pass: read as offer",
    "noise-en-volunteer-role-reply.eml": "first pass: read as rejection",
}
DATE_GAPS = {
    "en-ack-icims-two-weeks.eml": "first pass: promised 2018-03-19 read as None",
    "fr-ack-dici-vendredi.eml": "first pass: promised 2025-03-14 read as None",
    "fr-ack-quinzaine.eml": "first pass: promised 2017-12-05 read as None",
    "fr-doc-pieces-justificatives.eml": "first pass: deadline 2024-01-26 read as None",
    "fr-status-retard-processus.eml": "first pass: promised 2021-11-23 read as None",
    "noise-en-newsletter-sample-rejection-letters.eml": "first pass: promised None read as 2021-03-30",
}


def test_the_seventh_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND7, EXPECTED, 80, {"rejection": 25, "acknowledgement": 25, "status_update": 2, "noise": 15})


@pytest.mark.parametrize("name", known_gaps(EXPECTED, CLASS_GAPS))
def test_each_seventh_round_fixture_gets_its_class_and_language(name):
    check_class(BLIND7, name, EXPECTED[name])


@pytest.mark.parametrize("name", known_gaps(EXPECTED, DATE_GAPS))
def test_each_seventh_round_fixture_gets_its_dates(name):
    check_dates(BLIND7, name, EXPECTED[name])
