"""The ninety-second blind round (tests/fixtures/blind92) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a French-speaking
seeker in the public sector and large institutions (French collectivités and hospitals, universities,
Swiss cantons, Belgian intercommunales, Québec ministries, international organisations in Geneva),
70 in French and 30 in English, with an administration-heavy inbox for noise.

First pass (rules at 7976b11, measured before any change; numbers in the round's commit message).
The misses left are strict xfails below.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail,
    mail_from, messages_test, reading, round_tests, thread_test,
)

from followupd.model import Cls

BLIND92 = FIXTURES / "blind92"
EXPECTED = expectations(BLIND92)

CLASS_GAPS = {
    "fr-noise-concours-resultats-non-admissible.eml": (
        "a civil-service competitive exam's result (« vous n'avez pas été déclarée admissible »): five earlier writers "
        "(rounds 6, 15, 41, 72, 77) labelled such mail as the hiring mail it reads as; this round's brief, written by us, "
        "called concours exams, not jobs. The earlier convention is kept"),
    "en-noise-fellowship-cohort-not-selected.eml": (
        "a leadership fellowship's 'not able to offer you a place': fellowships are often paid posts (a postdoc's, a "
        "clinician's), so a fellowship is not read as something other than a job"),
    "en-other-thanks-reply-after-panel.eml": IN_THREAD,
    "fr-other-hopital-acces-parking-visiteurs.eml": IN_THREAD,
    "fr-other-universite-changement-interlocuteur.eml": IN_THREAD,
    "fr-other-ville-montvalon-grille-remuneration.eml": IN_THREAD,
}
DATE_GAPS: dict[str, str] = {}


def test_the_ninety_second_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND92, EXPECTED, 30, {"rejection": 6, "acknowledgement": 4, "noise": 9})


test_each_ninety_second_round_fixture_gets_its_class_and_language, test_each_ninety_second_round_fixture_gets_its_dates = (
    round_tests(BLIND92, CLASS_GAPS, DATE_GAPS)
)


test_the_ninety_second_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND92, CLASS_GAPS)

_FR = "Service RH <rh@mairie.example>"
test_public_sector_steps_of_the_ninety_second_round = messages_test([
    (Cls.INVITATION, mail_from(_FR, "Convocation – épreuve écrite",
                               "Suite à l'examen des candidatures, j'ai le plaisir de vous informer que vous êtes retenue pour "
                               "la suite de la procédure de recrutement. Celle-ci débute par une épreuve écrite le jeudi 7 mars.")),
    (Cls.INVITATION, mail_from(_FR, "Candidature – entretien",
                               "Votre candidature au poste de chargée de mission a retenu l'attention du jury. Nous vous "
                               "proposons de vous rencontrer lors d'un entretien avec le jury de recrutement.")),
    (Cls.INVITATION, mail_from("Léa <lea@atelier.example>", "ta candidature office manager",
                               "merci pour ta candidature ! Est ce que tu aurais 30 min cette semaine ou la suivante pour un "
                               "premier call ?")),
    (Cls.SCHEDULED, mail_from(_FR, "Confirmation – épreuve orale",
                              "Suite à notre échange téléphonique, nous vous confirmons votre participation à l'épreuve orale "
                              "de sélection pour la fonction de gestionnaire de projets.")),
    (Cls.SCHEDULED, mail_from(_FR, "RE: Candidature – entretien", "C'est noté pour le lundi 4 octobre à 10h00. L'entretien aura "
                                                                  "lieu à l'hôtel de ville.")),
    (Cls.DOC_REQUEST, mail_from(_FR, "Poste d'adjointe administrative – documents",
                                "Suite à votre entretien, nous vous prions de nous faire parvenir, d'ici au 11 mars, les "
                                "documents suivants :\n- copies de vos diplômes ;\n- un extrait du casier judiciaire.")),
    (Cls.OFFER, mail_from(_FR, "Recrutement – chargée de mission",
                          "J'ai le plaisir de vous informer qu'à l'issue des entretiens du 24 mars, le jury a retenu votre "
                          "candidature pour le poste de chargée de mission. Vous serez recrutée en qualité d'attachée "
                          "territoriale contractuelle.")),
    (Cls.STATUS_UPDATE, mail_from(_FR, "Poste de responsable des finances – report du jury",
                                  "Je me permets de revenir vers vous concernant le poste de responsable des finances. Le jury "
                                  "a dû être reporté ; nous vous communiquerons notre décision début de semaine prochaine.")),
], "a written test announced to a candidate kept for the next step, « nous vous proposons de vous rencontrer », « tu "
   "aurais 30 min … pour un premier call ? »; a participation in an oral confirmed, « c'est noté pour le lundi 4 "
   "octobre »; « les documents suivants » asked for; the jury's choice after the interviews; and a jury postponed "
   "(« je me permets de revenir vers vous » comes back now, it promises nothing).")


test_english_steps_of_the_ninety_second_round = messages_test([
    (Cls.SCHEDULED, mail("Thank you for confirming your availability. Your competency-based interview for the position of "
                         "Knowledge Management Associate (G-7), VN 24/006, is scheduled for Thursday 14 March at 15:00 CET.")),
    (Cls.SCHEDULED, mail_from("Calendly <notifications@calendly.com>",
                              "Confirmed: 20 Minute Meeting with Tom Whitcombe on Friday, March 16, 2018",
                              "A new event has been scheduled.")),
    (Cls.STATUS_UPDATE, mail("The process is taking longer than planned. We expect to communicate the outcome to all "
                             "interviewed candidates within two weeks.", subject="Update on your application")),
], "a competency-based interview 'is scheduled for' a day, a scheduling tool's 'Confirmed: … Meeting … on Friday', and a "
   "promise to 'communicate the outcome'.")


def test_the_dates_of_the_ninety_second_round():
    """Read from 1 March 2021 (a Monday)."""
    by_month_end = reading(mail_from(_FR, "Point d'étape", "Je reviens vers vous au sujet de votre candidature, pour laquelle "
                                     "vous avez été auditionnée le 27 février. Une réponse définitive vous sera apportée d'ici "
                                     "la fin du mois.")).promised
    assert by_month_end is not None and str(by_month_end.date) == "2021-03-31", by_month_end
    referees = reading(mail_from(_FR, "Processus 22-0456 – références",
                                 "Afin de poursuivre le processus, nous aurions besoin des coordonnées de deux références. "
                                 "Pourriez-vous nous transmettre ces informations d'ici vendredi ? Nous communiquerons avec ces "
                                 "personnes la semaine prochaine."))
    assert referees.promised is None, referees.promised  # the referees are contacted, not the candidate
    assert referees.deadline is not None and str(referees.deadline.date) == "2021-03-05"
    answer = reading(mail_from(_FR, "Audition – poste de chargée d'appui",
                               "Le comité de sélection souhaite vous auditionner. Pourriez-vous me communiquer vos "
                               "disponibilités ? Une réponse sous 48 heures nous permettrait d'arrêter le planning.")).deadline
    assert answer is not None and str(answer.date) == "2021-03-03", answer
    two_weeks = reading(mail("We expect to communicate the outcome to all interviewed candidates within two weeks.",
                             subject="Update on your application")).promised
    assert two_weeks is not None and str(two_weeks.date) == "2021-03-15"
