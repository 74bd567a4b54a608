"""The hundred-and-first blind round (tests/fixtures/blind101) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a development and programme professional in Nigeria, Kenya, South Africa, Ghana, the UAE and Pakistan
(2011-2026) applying to NGOs, UN agencies, banks and consultancies through Inspira, Jobberman,
BrighterMonday and tracking systems, with that inbox's noise (fee-asking scams, embassies, mobile money,
courses, fellowship calls); 90 in English, 10 in French.

First pass (rules at d5175b3, measured before any change; numbers in the round's commit message).
The misses left after this batch's fixes are strict xfails below, each with how it reads.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail, mail_from, messages_test, reading, round_tests,
    thread_test,
)

from followupd.model import Cls

BLIND101 = FIXTURES / "blind101"
EXPECTED = expectations(BLIND101)

CLASS_GAPS = {
    'en-inv-abuja-ngo-written-test-saturday.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'en-inv-dubai-contractor-competency-interview.eml': "after this batch's fixes, read as scheduled (confirms a time)",
    'en-inv-inspira-written-assessment.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'en-other-accra-interviewer-reply-to-thank-you.eml': IN_THREAD,
    'en-other-dubai-candidate-experience-survey.eml': IN_THREAD,
    'en-other-joburg-recruiter-handover.eml': IN_THREAD,
    'en-other-peshawar-answer-about-contract.eml': IN_THREAD,
    'en-sched-islamabad-panel-rescheduled.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
    'en-sched-lagos-written-test-venue-confirmation.eml': "after this batch's fixes, read as noise (hiring words but no class phrase (rejection model)",
}
DATE_GAPS = {
    'en-inv-abuja-ngo-written-test-saturday.eml': 'deadline 2013-06-12 read as None (the message read as noise)',
    'en-inv-inspira-written-assessment.eml': 'deadline 2018-02-23 read as None (the message read as noise)',
}


def test_the_hundred_and_first_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND101, EXPECTED, 10, {'rejection': 3, 'acknowledgement': 2, 'noise': 2})


test_each_hundred_and_first_round_fixture_gets_its_class_and_language, test_each_hundred_and_first_round_fixture_gets_its_dates = (
    round_tests(BLIND101, CLASS_GAPS, DATE_GAPS)
)

test_the_hundred_and_first_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND101, CLASS_GAPS)


test_ngos_banks_and_scams_of_the_hundred_and_first_round = messages_test([
    (Cls.NOISE, mail_from("Hotels HR <hr.hotels@gmail.com>", "Job Offer Dubai - CSR Coordinator (Urgent Joining)",
                          "We are glad to offer you the position of CSR Coordinator. The candidate has to bear the refundable "
                          "charges for Labour Card and Employment Visa approval. Please make the transfer to our immigration "
                          "agent within 2 days.")),
    (Cls.REJECTION, mail_from("Tunde <tunde.hr@gmail.com>", "Re: Application - Research Assistant (Baseline Survey)",
                              "Thanks for your interest. We have concluded the selection for the baseline and we are not able "
                              "to engage you for this one.")),
    (Cls.ACKNOWLEDGEMENT, mail("Thank you for your application for Grants & Compliance Officer at Lake Basin Health Partnership. "
                               "Your application has been received.")),
    (Cls.DOC_REQUEST, mail("Thank you for your application for the position of MEL Coordinator. Before we finalise the shortlist "
                           "we are requesting all candidates under consideration to share contact details of three referees. "
                           "Kindly send the names and email addresses of your referees by Monday.")),
    (Cls.OFFER, mail("Please find attached your letter of offer: a one-year contract and a gross monthly salary of KES 385,000. "
                     "The organisation will also support your work permit application.")),
], "a job offer whose candidate must 'bear the refundable charges' for a visa is a scam; 'not able to engage you'; a "
   "Grants & Compliance Officer's receipt is a job's; 'requesting all candidates … to share', 'kindly send'; a letter of "
   "offer that mentions a work permit application is still an offer.")
