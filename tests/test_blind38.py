"""The thirty_eighth blind round (tests/fixtures/blind38) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows (it had seen five commit subjects of git log): 100 messages, 60 of the classes public data lacks (invitations, scheduled interviews and reschedules, offers, document and take-home requests, status updates, logistics from a known recruiter) with many dates, 20 English declines and 20 noise.

First pass (rules at 358c33d, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from datetime import datetime, timedelta, timezone

import pytest
from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

from followupd.model import Cls
from followupd.understand.dates import find_deadline, find_promised

BLIND38 = FIXTURES / "blind38"
EXPECTED = expectations(BLIND38)

CLASS_GAPS = {
    "en-inv-founder-gmail-video-chat.eml": "first pass: read as noise (a founder's 'up for a 45 min video chat' on gmail, no hiring word; an invitation in its thread)",
    "en-other-office-side-entrance-heads-up.eml": "first pass: read as noise (logistics with no hiring word; employer_other in its thread)",
    "en-other-recruiter-car-reg-for-visitor-parking.eml": "first pass: read as scheduled (its subject 'RE: Interview confirmation' is the thread's; employer_other in its thread)",
    "en-other-recruiter-onsite-travel-hotel.eml": "first pass: read as noise (travel logistics, no class phrase; employer_other in its thread)",
    "en-other-team-lunch-dietary-question.eml": "first pass: read as noise (a lunch question, no class phrase; employer_other in its thread)",
    "fr-doc-coordonnees-references-d-ici-vendredi.eml": "first pass: read as noise (an agency's « notre client » reads as a cold approach, though it asks for referees after an interview)",
    "fr-other-badge-visiteur-accueil-batiment-b.eml": "first pass: read as noise (logistics, no class phrase; employer_other in its thread)",
    "fr-other-langue-entretien-anglais-ou-francais.eml": "first pass: read as noise (a question on the interview's language, no class phrase; employer_other in its thread)",
    "fr-other-venez-vous-en-voiture-parking.eml": "first pass: read as noise (parking logistics, no class phrase; employer_other in its thread)",
    "fr-status-reponse-definitive-semaine-prochaine.eml": "first pass: read as noise (a restaurant owner's promise from gmail: no employer to promise for out of its thread)",
}
DATE_GAPS = {
    "fr-doc-coordonnees-references-d-ici-vendredi.eml": "first pass: deadline 2021-03-19 read as None (read as noise)",
    "fr-status-reponse-definitive-semaine-prochaine.eml": "first pass: promised 2019-11-22 read as None (read as noise)",
}


def test_the_thirty_eighth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND38, EXPECTED, 24, {"invitation": 5, "scheduled": 4, "offer": 3, "doc_request": 4, "status_update": 5,
                                      "employer_other": 3, "noise": 5})


test_each_thirty_eighth_round_fixture_gets_its_class_and_language, test_each_thirty_eighth_round_fixture_gets_its_dates = (
    round_tests(BLIND38, CLASS_GAPS, DATE_GAPS)
)


FAMILIES = {
    Cls.INVITATION: [
        "With reference to your application, we are pleased to inform you that your profile has been shortlisted for the "
        "second technical round. Kindly share your convenient time slots.",
        "Thanks for the call on the Data Engineer role. Our lead would like to meet you for a 45-minute technical "
        "conversation. Could you reply with three or four windows that suit you?",
        "Thanks for dropping off your resume for the server position. Could you come by Tuesday afternoon for a quick chat with me?",
        "Bonjour, nous avons aimé votre candidature et aimerions vous convoquer à une entrevue. Veuillez réserver une plage "
        "horaire dans notre calendrier.",
    ],
    Cls.DOC_REQUEST: [
        "Thank you for your interest in the Lecturer position. Please have your university send official transcripts to our office.",
        "For the Nurse position, your two references must be received by May 1 so that your file is complete.",
        "Thanks for your time last week. As the next step for the Designer role, we'd like you to complete a short design exercise.",
        "As discussed on our call, here's the take-home for the Backend Engineer role. Please send it back by Friday.",
        "Thanks for applying for the Copywriter role. Could you send me a link to your book with a few pieces you are proud of?",
        "Bonjour, comme convenu, voici le cas pratique pour le poste de graphiste. Merci de nous le retourner sous 48 heures.",
        "Bonjour, suite à votre entretien, pourriez-vous nous faire parvenir vos certificats de travail d'ici la fin du mois ?",
    ],
    Cls.SCHEDULED: [
        "Sorry for the change: our manager is away on Wednesday, so we've moved your interview to Friday at 2pm, same place.",
        "Désolé du changement : notre entretien de mercredi est déplacé au vendredi 15 mars à 14 h, même lieu.",
    ],
    Cls.STATUS_UPDATE: [
        "Thank you for interviewing for the Analyst position. The hiring team is completing interviews with the remaining candidates.",
        "Thank you for attending the interview for the Lecturer post. The committee has now seen all shortlisted candidates "
        "and will meet next month.",
    ],
    # a call offered to share feedback is no interview
    Cls.REJECTION: [
        "Thanks for the three rounds for the Head of Content role. We've offered the job to them. If it helps, I'm happy to "
        "do a call to share feedback - just reply with a couple of times that suit.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)

WHEN = datetime(2023, 11, 3, 10, tzinfo=timezone(timedelta(hours=-6)))  # a Friday


def test_a_time_in_p_m_does_not_end_the_sentence_before_its_date():
    got = find_deadline("We ask that you respond by 5:00 p.m. CT on Friday, November 10, 2023.", WHEN, "en")
    assert got.date.isoformat() == "2023-11-10"


@pytest.mark.parametrize(("text", "want"), [
    ("The hiring team expects to make its final decisions in the next 2-3 weeks.", "2023-11-24"),
    ("The committee meets on 14 November, and we will write to all interviewed candidates by 21 November.", "2023-11-21"),
])
def test_a_team_that_expects_to_decide_and_a_letter_to_all_interviewed_candidates_are_promises(text, want):
    assert find_promised(text, WHEN, "en").date.isoformat() == want
