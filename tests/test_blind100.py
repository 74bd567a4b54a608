"""The hundredth blind round (tests/fixtures/blind100) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a French-speaking graphic designer and illustrator in Belgium, Switzerland and France (2012-2026)
looking for salaried posts in agencies, studios and publishers while freelancing, with a freelancer's noise
(clients, Malt and Behance, competitions, artist residencies, grants); 60 in French, 40 in English.

First pass (rules at d5175b3, measured before any change; numbers in the round's commit message).
The misses left after this batch's fixes are strict xfails below, each with how it reads.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail, mail_from, messages_test, reading, round_tests,
    thread_test,
)

from followupd.model import Cls

BLIND100 = FIXTURES / "blind100"
EXPECTED = expectations(BLIND100)

CLASS_GAPS = {
    'en-doc-take-home-exercise-feldmann.eml': "after this batch's fixes, read as invitation (invitation phrase)",
    'en-other-recruiter-handover-leaving.eml': IN_THREAD,
    'en-other-welcome-aboard-first-day-noord.eml': IN_THREAD,
    'en-sched-calendly-portfolio-review-halyard.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'fr-doc-test-creatif-sous-huitaine-traboule.eml': "after this batch's fixes, read as noise (no hiring vocabulary)",
    'fr-inv-editions-venir-presenter-book.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'fr-inv-wttj-message-studio-canut.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'fr-offer-editions-funambule-engagement.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'fr-other-lien-charte-apres-rencontre-ardoise.eml': IN_THREAD,
    'fr-other-reponse-question-teletravail-maelbeek.eml': IN_THREAD,
    'fr-sched-confirmation-rdv-mardi-12-mars.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
}
DATE_GAPS = {
    'en-doc-take-home-exercise-feldmann.eml': 'deadline 2022-03-01 read as None (the message read as invitation)',
    'fr-doc-test-creatif-sous-huitaine-traboule.eml': 'deadline 2020-10-20 read as None (the message read as noise)',
    'fr-inv-lien-reservation-entretien-brand.eml': 'deadline 2025-09-05 read as None',
    'fr-offer-editions-funambule-engagement.eml': 'deadline 2018-07-03 read as None (the message read as noise)',
}


def test_the_hundredth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND100, EXPECTED, 40, {'rejection': 9, 'acknowledgement': 5, 'noise': 13})


test_each_hundredth_round_fixture_gets_its_class_and_language, test_each_hundredth_round_fixture_gets_its_dates = (
    round_tests(BLIND100, CLASS_GAPS, DATE_GAPS)
)

test_the_hundredth_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND100, CLASS_GAPS)


test_a_designers_mail_of_the_hundredth_round = messages_test([
    (Cls.NOISE, mail_from("La Chartreuse <residences@chartreuse.example>", "Résidence d'illustration 2021 – réponse",
                          "Le comité de sélection des résidences d'illustration s'est réuni. Nous sommes au regret de vous "
                          "annoncer que votre projet n'a pas été retenu.")),
    (Cls.ACKNOWLEDGEMENT, mail_from("Hannah <hannah@studio.example>", "Re: Junior designer position",
                                    "Thanks for getting in touch - got your email and the PDF fine. We're a tiny team so it'll "
                                    "take us a bit to go through everything. We'll be in touch either way.")),
    (Cls.STATUS_UPDATE, mail_from("Romain <r@editions.example>", "Re: Poste de graphiste",
                                  "Notre comité n'a pas encore pu se réunir au complet, si bien que nous n'avons pas encore "
                                  "arrêté notre choix parmi les trois personnes rencontrées. Nous reviendrons vers vous au plus "
                                  "tard en début de semaine prochaine.")),
], "an artist's residency « n'a pas été retenu » is no job's decline; 'got your email and the PDF'; a choice not yet made "
   "(« n'avons pas encore arrêté notre choix ») before a promise.")
