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

from test_blind import FIXTURES, check_class, check_dates, check_mix, expectations, known_gaps

BLIND4 = FIXTURES / "blind4"
EXPECTED = expectations(BLIND4)

CLASS_GAPS = {
    "en-rej-startup-founder-casual.eml": "'we're going to pass for now' with no hiring word outside the thread; "
    "in use the reply sits in the user's thread with the employer (Context.thread_employer)",
    "noise-list-we-received-your-application-joke.eml": "a list post quoting two auto-replies indented, not in "
    "quotation marks: 'your application' in the quote passes the list-post guard",
}
# Promises dates.py does not read yet.
DATE_GAPS = {
    "en-ack-by-date.eml": "'we expect to contact candidates selected for interviews by April 30': the promise is to others",
    "en-ack-silence-means-no.eml": "'if you have not been contacted within 30 days, you may assume …': silence window",
    "fr-ack-direct-startup-tu.eml": "'on revient vers toi d'ici vendredi 17 octobre': 'on revient' and 'toi'",
    "fr-ack-wtj-3.eml": "'sans réponse de notre part sous 15 jours …': silence window",
    "fr-ack-wtj-5.eml": "'nos recruteurs reviendront vers vous d'ici le 24 octobre': third-person promise",
}


def test_the_fourth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND4, EXPECTED, 50, {"rejection": 15, "acknowledgement": 15, "status_update": 2, "noise": 9})


@pytest.mark.parametrize("name", known_gaps(EXPECTED, CLASS_GAPS))
def test_each_fourth_round_fixture_gets_its_class_and_language(name):
    check_class(BLIND4, name, EXPECTED[name])


@pytest.mark.parametrize("name", known_gaps(EXPECTED, DATE_GAPS))
def test_each_fourth_round_fixture_gets_its_dates(name):
    check_dates(BLIND4, name, EXPECTED[name])
