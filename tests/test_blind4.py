"""The fourth blind round (tests/fixtures/blind4) is understood as its expected.toml says.

182 messages written, like rounds 1 to 3, before the classifier's rules were read, and weighted
like dev: 63 English rejections from retail, healthcare, banks, government, universities,
startups, agencies and non-profits through many tracking systems (one-liners and long formal
letters, praise first and the decline mid-paragraph, roles filled, withdrawn, eliminated or
frozen, portal status lines, non-native English, HTML, base64, quoted-printable), English and
French acknowledgements and rejections (LinkedIn, Welcome to the Jungle, company-direct, vous and
tu), a few status updates, and hard noise (2002 mailing lists and newsletters about layoffs,
interviews and rejection letters, job alerts and "similar jobs", cold outreach, account mail, a
card or flat application, personal mail about someone else's search). A failure is a rule that
does not generalise: fix it with a phrase a recruiter would accept, not a rule for one message.
"""

import pytest

from followupd.model import Cls
from test_blind import FIXTURES, check_mix, expectations, mail, reads_as, round_tests

BLIND4 = FIXTURES / "blind4"
EXPECTED = expectations(BLIND4)

CLASS_GAPS = {
    "noise-list-we-received-your-application-joke.eml": "a list post quoting two auto-replies indented, not in "
    "quotation marks: 'your application' in the quote passes the list-post guard",
}
# Promises dates.py does not read yet.
DATE_GAPS = {
    "fr-ack-wtj-3.eml": "'sans réponse de notre part sous 15 jours …': silence window",
}


def test_the_fourth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND4, EXPECTED, 50, {"rejection": 15, "acknowledgement": 15, "status_update": 2, "noise": 9})


test_each_fourth_round_fixture_gets_its_class_and_language, test_each_fourth_round_fixture_gets_its_dates = round_tests(
    BLIND4, CLASS_GAPS, DATE_GAPS
)


# One sentence per phrase family that round 4 widened, each in a plain employer mail: declines in
# wordings the fixtures do not use, and acknowledgements that speak of other applicants or of what
# happens once the role is filled (these must stay acknowledgements).
DECLINES = [
    "Thanks for applying to the Data Engineer role. We've reviewed your application and we won't be taking it further.",
    "Thank you for your interest. The position you applied for has been filled.",
    "Thank you for applying. We've made the difficult decision not to move ahead with your application.",
    "We appreciate your interest in the role. We have decided to progress with applicants who have more direct experience.",
    "Thank you for applying. We received many applications and, regretfully, yours was not selected.",
    "Thank you for applying. Following review, we will not be advancing your candidacy.",
    "Thank you for applying. We have decided to close the role without hiring.",
    "Thank you for applying. Status: Closed - Not Selected.",
    "Thank you for interviewing with us. You will not be offered the position.",
    "Bonjour, nous sommes désolés de vous annoncer que votre candidature n'a pas abouti.",
    "Bonjour, merci pour votre candidature. Nous ne pouvons malheureusement pas la retenir.",
    "Bonjour Paul, merci pour l'échange. Nous avons finalement fait le choix d'un profil plus senior.",
]
ACKNOWLEDGES = [
    "Your application for Data Engineer has been received. Applicants not selected for an interview will be notified by email.",
    "Thank you for your application. Once the position has been filled, we will let all applicants know.",
    "Thank you for applying. Only candidates selected for an interview will be contacted.",
    "Thank you for applying. Once we have selected a candidate whose skills best match the role, we will let everyone know.",
]


@pytest.mark.parametrize("body", DECLINES)
def test_each_widened_decline_family_reads_as_a_rejection(body):
    assert reads_as(mail(body)) is Cls.REJECTION


@pytest.mark.parametrize("body", ACKNOWLEDGES)
def test_what_happens_to_other_applicants_stays_an_acknowledgement(body):
    assert reads_as(mail(body)) is Cls.ACKNOWLEDGEMENT
