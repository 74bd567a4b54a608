"""The ninety-third blind round (tests/fixtures/blind93) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a software and
data engineer in India and then Singapore applying worldwide through Naukri, Instahyre, LinkedIn,
careers sites, tracking systems (Workday, Greenhouse, Lever, SuccessFactors, iCIMS, Darwinbox) and
consultancies; 90 in English as it is written there and elsewhere, 10 in French.

First pass (rules at 7976b11, measured before any change; numbers in the round's commit message).
The misses left are strict xfails below.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations,
    mail, mail_from, messages_test, round_tests, thread_test,
)

from followupd.model import Cls

BLIND93 = FIXTURES / "blind93"
EXPECTED = expectations(BLIND93)

_TEST_TO_TAKE = (
    "an online test to take by a date, labelled an invitation because this round's brief, written by us, said so; the "
    "project reads a test to take as a request with a deadline (doc_request), as round 63's writer labelled one")
CLASS_GAPS = {
    "en-inv-codility-grachtwerk-test.eml": _TEST_TO_TAKE,
    "en-inv-hackerrank-meridian-grid-assessment.eml": _TEST_TO_TAKE,
    "en-other-greenhouse-ridgeway-candidate-survey.eml": IN_THREAD,
    "en-other-kosmic-recruiter-handover.eml": IN_THREAD,
    "en-other-lumenpath-panel-prep-notes.eml": IN_THREAD,
    "en-other-tulpenveld-reply-to-thank-you.eml": IN_THREAD,
}
DATE_GAPS: dict[str, str] = {}


def test_the_ninety_third_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND93, EXPECTED, 10, {"rejection": 3, "acknowledgement": 2, "noise": 2})


test_each_ninety_third_round_fixture_gets_its_class_and_language, test_each_ninety_third_round_fixture_gets_its_dates = (
    round_tests(BLIND93, CLASS_GAPS, DATE_GAPS)
)


test_the_ninety_third_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND93, CLASS_GAPS)

_NAUKRI = "Naukri.com <noreply@naukri.com>"
test_boards_and_tracking_systems_of_the_ninety_third_round = messages_test([
    (Cls.REJECTION, mail_from(_NAUKRI, "Application status update: Hadoop Developer - Zenvault",
                              "There is an update on one of your recent applications on Naukri.\n\nApplied on : 02 Feb 2016\n\n"
                              "Application status: NOT SHORTLISTED\n\nDon't lose heart - similar jobs are open.",
                              headers={"Precedence": "bulk"})),
    (Cls.ACKNOWLEDGEMENT, mail_from(_NAUKRI, "Application sent successfully: Java Developer at Orvantis",
                                    "Your application has been sent successfully to the recruiter for the following job.")),
    (Cls.NOISE, mail_from(_NAUKRI, "20 new jobs matching your profile", "Java Developer - Bengaluru. Apply now.",
                          headers={"Precedence": "bulk"})),
    (Cls.STATUS_UPDATE, mail_from("Saffron Mobility Careers <noreply@darwinbox.in>", "Application status update",
                                  "Your application for the position of Data Engineering Manager (Req. SM-DE-044) at Saffron "
                                  "Mobility has moved to the next stage.\n\nCurrent stage: Hiring Manager Review")),
    (Cls.REJECTION, mail_from("Careers <noreply@darwinbox.in>", "Application status update",
                              "Thank you for your application.\n\nCurrent status: Not selected")),
], "India's boards and tracking systems: a board's 'Application status: NOT SHORTLISTED' about 'one of your recent "
   "applications', a board's receipt sent 'successfully', its digest; a tracking system's 'Current stage:' line, and "
   "its 'Current status: Not selected'.")


test_steps_of_the_ninety_third_round = messages_test([
    (Cls.INVITATION, mail("Thank you for applying for the Data Engineer vacancy. We are pleased to invite you to the next stage "
                          "of our selection process, a recorded video interview.")),
    (Cls.SCHEDULED, mail_from("Sophie <sophie@kontorwerk.example>", "Re: Reschedule request – system design interview",
                              "No problem at all. I've moved your system design interview with Lukas to Tuesday, 6 June, "
                              "11:00-12:00 CEST.")),
    (Cls.SCHEDULED, mail_from("Ridgeway Interview Scheduling <scheduling@goodtime.io>", "Your virtual onsite",
                              "Your virtual onsite for Senior Data Engineer at Ridgeway Health is confirmed.")),
    (Cls.DOC_REQUEST, mail("Good speaking to you today. As discussed, to take the offer approval forward I will need the below "
                           "from your side:\n\n1. Last 3 months payslips\n2. Form 16")),
], "'pleased to invite you to the next stage', an interview moved 'with Lukas' to a day, a virtual onsite confirmed, "
   "and 'I will need the below from your side:'.")
