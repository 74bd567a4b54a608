"""The ninety-ninth blind round (tests/fixtures/blind99) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a school-leaver and student in the UK and Ireland (16-21, 2015-2026) looking for part-time, summer and first
jobs, apprenticeships and graduate schemes, with a student's noise (UCAS, accommodation, bursaries, clubs,
volunteering, driving tests); 85 in English, 15 in French (a summer job in France or Belgium).

First pass (rules at d5175b3, measured before any change; numbers in the round's commit message).
The misses left after this batch's fixes are strict xfails below, each with how it reads.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail, mail_from, messages_test, reading, round_tests,
    thread_test,
)

from followupd.model import Cls

BLIND99 = FIXTURES / "blind99"
EXPECTED = expectations(BLIND99)

CLASS_GAPS = {
    'en-other-apprenticeship-college-day-answer.eml': IN_THREAD,
    'en-other-bank-graduate-qa-evening.eml': IN_THREAD,
    'en-other-cinema-welcome-induction-rota.eml': IN_THREAD,
    'en-other-leisure-trust-parking-before-interview.eml': IN_THREAD,
    'en-sched-taleo-virtual-assessment-centre.eml': "after this batch's fixes, read as noise (account or portal mail)",
}
DATE_GAPS = {
    'en-doc-sweet-shop-parental-consent-under-18.eml': 'deadline 2016-05-21 read as 2016-05-14',
    'fr-doc-camping-contrat-saisonnier-pieces.eml': 'deadline 2023-04-30 read as 2023-07-01',
}


def test_the_ninety_ninth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND99, EXPECTED, 15, {'rejection': 4, 'acknowledgement': 3, 'noise': 3})


test_each_ninety_ninth_round_fixture_gets_its_class_and_language, test_each_ninety_ninth_round_fixture_gets_its_dates = (
    round_tests(BLIND99, CLASS_GAPS, DATE_GAPS)
)

test_the_ninety_ninth_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND99, CLASS_GAPS)


test_first_jobs_of_the_ninety_ninth_round = messages_test([
    (Cls.REJECTION, mail_from("Camping <contact@camping.example>", "Re: Candidature job d'été - animation",
                              "Merci pour votre candidature ! Malheureusement notre équipe d'animation pour la saison est déjà "
                              "complète, nous avons fait nos recrutements en février.")),
    (Cls.STATUS_UPDATE, mail("Thank you for your application for Christmas Temporary Sales Staff. Our Christmas recruitment has "
                             "been put on hold for a short period. We expect to resume interviews within two weeks. Your "
                             "application remains active.")),
    (Cls.NOISE, mail_from("Student Money Advice <money@university.example>", "Support Fund - outcome of your application",
                          "Thank you for your application to the Castlebrook Support Fund. I am sorry to let you know that we "
                          "are unable to make an award on this occasion.")),
    (Cls.INVITATION, mail_from("Reelhouse Cinemas <reelhouse@myworkday.com>", "Invitation: Group Assessment - Cinema Host",
                               "Thanks for your application for Cinema Host. We'd like to invite you to one of our group "
                               "assessment sessions.")),
    (Cls.OFFER, mail_from("Jess <jess@cinema.example>", "Re: Group Assessment - Cinema Host",
                          "Great news - we'd love to have you on the team as a Cinema Host! It's a part-time role at £8.50 an "
                          "hour.")),
    (Cls.INVITATION, mail_from("Lucie <lucie.cafe@gmail.com>", "Re: job étudiant été",
                               "Merci pour ton message et ton CV. Ça te dirait de passer faire un essai ce samedi matin ?")),
    (Cls.DOC_REQUEST, mail_from("Niall <niall@camps.example>", "Summer Camp Leader - vetting & next steps",
                                "Delighted to have you on board for the July camps! Before you can work with the kids we need "
                                "your vetting sorted. Could you please:\n1. Fill in the attached form\n2. Send a scan of photo ID")),
], "a season's team « déjà complète »; a recruitment on hold that 'expects to resume interviews'; a student support fund is no "
   "job; a group assessment session, a trial shift « ça te dirait de passer faire un essai »; 'love to have you on the team "
   "as'; a vetting list after 'Could you please:'.")
