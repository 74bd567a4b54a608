"""The fiftieth blind round (tests/fixtures/blind50) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: 100 messages, the third round on the line between declines and mail that only sounds like one (apologetic receipts, delays, pauses, reschedules after no-shows and failed calls, offers with regrets, document requests), with non-job refusals as noise.

First pass (rules at 9ea9f0e, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, mail, mail_from, messages_test, round_tests

from followupd.model import Cls

BLIND50 = FIXTURES / "blind50"
EXPECTED = expectations(BLIND50)

CLASS_GAPS = {
    "en-offer-hiring-manager-sorry-below-ask.eml": "first pass: read as noise (a counter-offer in reply to 'Offer discussion' that names no job: out of its thread a job offer must name the job)",
    "en-other-greenhouse-candidate-experience-survey.eml": "first pass: read as noise (a survey on the recruitment, no class phrase; employer_other in its thread)",
    "en-other-library-interview-entrance-correction.eml": "first pass: read as noise (a correction to the interview's directions, no class phrase; employer_other in its thread)",
    "fr-other-questionnaire-experience-candidat.eml": "first pass: read as noise (a survey on the recruitment, no class phrase; employer_other in its thread)",
}
DATE_GAPS = {
    "en-offer-hiring-manager-sorry-below-ask.eml": "first pass: deadline 2021-09-23 read as None (read as noise)",
}


def test_the_fiftieth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND50, EXPECTED, 40, {"rejection": 14, "acknowledgement": 4, "noise": 10})


test_each_fiftieth_round_fixture_gets_its_class_and_language, test_each_fiftieth_round_fixture_gets_its_dates = (
    round_tests(BLIND50, CLASS_GAPS, DATE_GAPS)
)


test_the_families_found_in_the_fiftieth_round = messages_test([
    (Cls.NOISE, mail_from("Riverside Arts Fund <grants@riversidearts.org>", "Outcome of your application", "Thank you for applying to the Riverside Community Arts Fund with your project. We are sorry to tell you that your application was not successful; many strong proposals could not be funded.")),
    (Cls.NOISE, mail_from("Club Secretary <secretary@ridgewaygolf.co.uk>", "Your application for membership", "I am sorry to inform you that your application for Full Membership has not been approved, but the Committee would be happy to offer you Five-Day Membership. A hard copy of this letter will follow in the post.")),
    (Cls.DOC_REQUEST, mail("Thank you for your application for the Lecturer position. Unfortunately, the transcript you uploaded is corrupted and we are unable to open it; could you please resend it as a PDF?")),
    (Cls.STATUS_UPDATE, mail("We've unfortunately had to pause hiring for the Engineer role while our funding round closes. We haven't closed the role, and your application stays active; I'll reach back out by the end of June.")),
    (Cls.ACKNOWLEDGEMENT, mail("Nous accusons bonne réception de votre candidature au poste d'agent technique. À défaut de réponse de notre part sous un mois, nous vous prions de considérer que nous ne pourrons donner une suite favorable à votre candidature.")),
    (Cls.INVITATION, mail("Malheureusement, la connexion n'a pas fonctionné hier et nous n'avons pas pu mener l'entrevue. Merci de choisir une nouvelle plage horaire à partir du lien ci-dessous.")),
    (Cls.DOC_REQUEST, mail("Unfortunately the share code you gave us for your right to work check has expired. Please generate a new share code and send it to us within 48 hours.")),
    (Cls.DOC_REQUEST, mail("Sorry to chase! We're still waiting on contact details for your two referees for the Teaching Assistant post. Could you send them over by Friday?")),
    (Cls.INVITATION, mail("Our interviewer was unable to join yesterday's call. We would very much like to reschedule your technical discussion for the Data Engineer position. Kindly pick any slot convenient to you from the link below.")),
    (Cls.INVITATION, mail("Unfortunately Raj has to cancel tomorrow's technical interview. We still want to do this: could you send me two or three times that work for you next week?")),
    (Cls.INVITATION, mail("I tried calling you for our screening call for the Receptionist role but couldn't get through. Could you grab a new time using the link below by Wednesday?")),
    (Cls.SCHEDULED, mail("Apologies for the short notice! Confirming your phone screen for the Paralegal role tomorrow at 9:30am.")),
    (Cls.REJECTION, mail_from("Carol Dunning <caroldunning_cpa@yahoo.com>", "Re: Office assistant position", "Sorry it took me forever to get back to you. I ended up hiring a woman who has done QuickBooks for years, so the position's been taken.")),
    (Cls.OFFER, mail("Nous serions ravis de vous accueillir et avons le plaisir de vous confirmer notre offre pour la fonction d'ingénieur DevOps aux conditions suivantes.")),
    (Cls.REJECTION, mail("Vous avez participé à l'épreuve écrite de la sélection comparative de gestionnaires. Nous avons le regret de vous faire savoir que vous n'avez pas obtenu le minimum requis. Vous ne pouvez dès lors pas poursuivre la procédure de sélection.")),
], "Non-job refusals (a grant, a golf club); papers to resend or still awaited; a pause with the role not closed; a receipt's silence clause; new times asked for after a failed call, a no-show or a cancellation; a confirmed screen; a decline by a hire; a Swiss offer; a failed written test.")
