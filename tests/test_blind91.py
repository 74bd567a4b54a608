"""The ninety-first blind round (tests/fixtures/blind91) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: a UK and
Australian nurse's inbox over two years (NHS Jobs and Trac, Seek, private hospitals, care homes,
nursing agencies), with a Belgian and a Swiss hospital in French, and the noise of that life: the
regulators (NMC, Ahpra), a union, rota apps, a prescribing course, friends' interviews.

First pass (rules at 7976b11, measured before any change; numbers in the round's commit message).
The misses left are strict xfails below.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail,
    mail_from, messages_test, reading, round_tests, thread_test,
)

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand

BLIND91 = FIXTURES / "blind91"
EXPECTED = expectations(BLIND91)

CLASS_GAPS = {
    "en-doc-care-home-checks-before-visit.eml": (
        "confirms the visit's time ('Wednesday 24th at 2pm it is', 'see you Wednesday') and asks for papers by Monday: a "
        "confirmed time comes first in followupd's order; the writer put the request first"),
    "fr-ack-successfactors-reseau-hospitalier-fribourg.eml": (
        "a receipt that also asks, on a condition, for a document (« si la procédure est en cours, merci de joindre "
        "l'attestation de dépôt »): read as the request it makes"),
    "en-other-interviewer-reply-to-thanks.eml": IN_THREAD,
    "en-other-offer-declined-reply.eml": IN_THREAD,
    "en-other-orientation-info.eml": IN_THREAD,
    "en-other-parking-directions-second-stage.eml": IN_THREAD,
}
DATE_GAPS = {
    "en-doc-care-home-checks-before-visit.eml": "its deadline belongs to the request, which is read as a confirmed time (above)",
}


def test_the_ninety_first_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND91, EXPECTED, 15, {"rejection": 4, "acknowledgement": 3, "noise": 4})


test_each_ninety_first_round_fixture_gets_its_class_and_language, test_each_ninety_first_round_fixture_gets_its_dates = (
    round_tests(BLIND91, CLASS_GAPS, DATE_GAPS)
)


test_the_ninety_first_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND91, CLASS_GAPS)

test_applications_for_a_regulators_register_or_a_course_intake_of_the_ninety_first_round = messages_test([
    (Cls.NOISE, mail_from("Ahpra <noreply@ahpra.example>", "Application received - APP-0031",
                          "Thank you for submitting your application for general registration as a registered nurse with the "
                          "Board. We will assess your application once we have received all required documents.")),
    (Cls.NOISE, mail_from("Postgraduate Admissions <pg@university.example>", "Application outcome: V300 programme",
                          "Thank you for your application. We regret that we are unable to offer you a place for the "
                          "September 2024 intake. You are welcome to re-apply for the January 2025 intake.")),
    (Cls.REJECTION, mail_from("Talent <jobs@council.example>", "Registration Officer",
                              "Thank you for your application for the Registration Officer position. Unfortunately we are "
                              "unable to offer you the role.")),
], "a registration with a regulator and a course's intake are applied for, and are no job; a Registration Officer "
   "post is one.")


test_declines_receipts_and_replies_of_the_ninety_first_round = messages_test([
    (Cls.REJECTION, mail_from("Jade Kowalski <jade@southernnursing.example>", "Re: RN - Med/Surg, Dubbo (12 week contract)",
                              "Bad news sorry - the NUM has gone with a nurse who's already done a contract there, so it's a "
                              "no for this one. I'll keep sending you through for things.")),
    (Cls.ACKNOWLEDGEMENT, mail_from("VitaLine Health <noreply@smartrecruiters.com>", "Thanks for applying",
                                    "Thank you for your application for Clinical Nurse Advisor. Because we receive a high volume "
                                    "of applications, we can only contact applicants whose experience most closely matches the "
                                    "role.")),
    (Cls.ACKNOWLEDGEMENT, mail_from("Denise Chambers <denise.rosedene@outlook.com>", "Re: Nurse Manager position",
                                    "Hi Megan\n\nThanks for your email and CV, received safely. I'm away until Tuesday so I'll "
                                    "have a proper read when I'm back.\n\nDenise")),
    (Cls.NOISE, mail_from("Hannah Brook <hannah.brook@trust.example>", "RE: Staff Nurse post - withdrawing",
                          "Oh what a shame for us! I've let recruitment know, so she will withdraw the offer on Trac and stop "
                          "the DBS.\n\n-----Original Message-----\nFrom: Megan\n\nI'd like to withdraw my acceptance of the "
                          "offer. I'm so sorry.")),
], "'gone with a nurse who…', 'it's a no for this one' in an agency's note about a 12-week contract decline; 'we can "
   "only contact applicants whose experience most closely matches' speaks of others; 'thanks for your email and CV' "
   "receives; an offer withdrawn because the user asked is no decline.")


test_invitations_times_papers_and_news_of_the_ninety_first_round = messages_test([
    (Cls.INVITATION, mail("Thank you for your application for the Ward Sister position. Claire would like to meet you for a "
                          "first-stage interview over Teams. Could you let me know which slot works best for you, and I will "
                          "send a calendar invitation.")),
    (Cls.INVITATION, mail("I've been going through the applications and yours stood out. Keen to have a quick phone chat first, "
                          "then if it's a fit we'll get you in. Are you free sometime this week?")),
    (Cls.SCHEDULED, mail_from("Calendly <notifications@calendly.com>",
                              "Confirmed: Phone interview - Care Coordinator with Kate Delaney on Friday, 18 July 2025",
                              "A new event has been scheduled.")),
    (Cls.DOC_REQUEST, mail("Before you can start on 24 March we need the following uploaded to your onboarding portal "
                           "(https://portal.example.com.au) no later than Friday 14 March:\n\n1. Immunisation evidence\n2. "
                           "Bank details")),
    (Cls.DOC_REQUEST, mail_from("Aire Valley Hospitals <no-reply@trac.jobs>", "Action required: alternative referee needed",
                                "We have contacted your referee twice. Please log in to your Trac account and add the details "
                                "of an alternative referee.")),
    (Cls.STATUS_UPDATE, mail("We are writing to all applicants about the delay in shortlisting for this post. We now expect to "
                             "contact all candidates with the outcome by Friday 19 March.")),
    (Cls.STATUS_UPDATE, mail("Just so you're not left wondering - we're doing reference checks now. I'm waiting on your second "
                             "referee, who I think is on nights this week. All going well you should hear from us early next "
                             "week.", subject="Quick update")),
], "'would like to meet you for a first-stage interview' (the calendar invitation only once a slot is chosen), 'keen to "
   "have a quick phone chat… are you free sometime this week?', a scheduling tool's 'Confirmed: Phone interview … on "
   "Friday', a list of papers announced with a colon, an alternative referee to add; 'we now expect to contact all "
   "candidates … by', and a referee who has yet to answer is no request to the user.")


def test_a_new_starters_first_week_is_no_interview():
    """The times of a first week (orientation, shifts) are not an interview's: in the employer's
    thread the message is employer_other, not scheduled."""
    raw = mail("All your paperwork is through. Here's what your first week looks like: hospital orientation Monday 8:00am. "
               "See you on the 24th!", frm="Priya <onboarding@hospital.example>", subject="Your first week")
    got = understand(parse_message(raw), Context(thread_employer="hospital.example"))
    assert got.cls is Cls.EMPLOYER_OTHER, got.reasons


def test_the_dates_of_the_ninety_first_round():
    """Read from 1 March 2021 (a Monday): a promise with an adverb before its modal, and a promise
    a referee's answer waits on."""
    promised = reading(mail("We now expect to contact all candidates with the outcome by Friday 19 March.")).promised
    assert promised is not None and str(promised.date) == "2021-03-19"
    early = reading(mail("We're doing reference checks now. All going well you should hear from us early next week.",
                         subject="Quick update")).promised
    assert early is not None and str(early.date) == "2021-03-09"
