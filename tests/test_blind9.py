"""The ninth blind round (tests/fixtures/blind9) is understood as its expected.toml says.

230 messages written before the classifier was read, mostly noise as a real mailbox is: 151 noise
(60 in the style of the 2002 public ham corpora — Linux, Perl, Python, exmh, razor and
SpamAssassin list posts with their old headers, tech digests, commercial newsletters, personal
mail — full of interviews, positions, offers, applications and candidates in other senses; job
alerts, portal account mail, career newsletters quoting sample letters, webinars, HR-tech
marketing, cold outreach; friends' and family's own job news; admission, fellowship, journal,
club, visa, volunteer, rental and support-ticket decisions and receipts; 21 in French) and 79
hiring messages for contrast.

First pass (rules as at 9260ed5, measured before any change; in the round's commit
message): noise → hiring 10/151 = 6.6% — 0 of the 60 list posts, newsletters and personal mail of
2002 style and 0 of the job-board alerts and account mail; the 10 are receipts and decisions of
admissions offices, a fellowship, a journal, a tennis club, a visa office and a volunteer
programme, a newsletter's template pack, and friends' and relatives' own interviews and offers.
English rejection P 0.966 R 0.933 (30), acknowledgement P 0.714 R 1.000 (15) (the noise above);
French rejection and acknowledgement P = R = 1.000 (12 each). The misses are strict xfails below.
"""

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand
from test_blind import FIXTURES, check_mix, expectations, family_test, mail_from, round_tests

BLIND9 = FIXTURES / "blind9"
EXPECTED = expectations(BLIND9)

CLASS_GAPS = {
    "noise-en-volunteer-signup-received.eml": "a volunteer programme's 'Saturday warehouse role' reads as a job's role",
}
DATE_GAPS = {
}


def test_the_ninth_blind_set_is_large_and_mostly_noise_and_each_file_has_expectations():
    check_mix(BLIND9, EXPECTED, 40, {"rejection": 10, "acknowledgement": 10, "noise": 20})
    assert sum(want["cls"] == "noise" for want in EXPECTED.values()) >= 150


test_each_ninth_round_fixture_gets_its_class_and_language, test_each_ninth_round_fixture_gets_its_dates = round_tests(
    BLIND9, CLASS_GAPS, DATE_GAPS
)


# Sentences of our own, not in the fixtures, for each family round 9 widened.
FAMILIES = {
    Cls.NOISE: [
        # studies, funding, publishing, clubs, consulates and volunteering are not jobs
        "Thank you for your application to the MSc in Finance. The admissions committee is unable to offer you a place on this programme; we had many well-qualified candidates.",
        "Thank you for your application. Our funding decisions for this round will be announced in May.",
        "Your manuscript has been received by the journal. Thank you for submitting your work.",
        "Thank you for your application for club membership. We have placed you on the waiting list (position 9).",
        "Your visa interview appointment is scheduled for Monday at 9:00 at the consular section.",
        "Thank you for applying to volunteer with us! We have received your application and new volunteers attend an orientation.",
    ],
    Cls.REJECTION: [
        # the post and the successful candidate still say a job, with no "position" or "role"
        "Thank you for attending interview. I'm afraid on this occasion another candidate's experience was a closer match for the post.",
        "Thank you for applying. We have selected candidates whose experience more closely meets our requirements.",
    ],
    Cls.DOC_REQUEST: [
        "Thanks for your time yesterday. Before the final step, could you please send us:\n\n- two references\n- your transcript",
    ],
}


test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


def test_a_forwarded_subject_is_the_forwarded_mails_not_the_senders():
    body = "Can you mind the dog on Tuesday morning? See below, I'll be back by one."
    got = understand(parse_message(mail_from("Sam <sam.moreau@isp-mail.example>", "Fwd: Interview confirmation - Tuesday 10:00",
                                         body)), Context())
    assert got.cls is Cls.NOISE


def test_a_short_quoted_receipt_in_a_newsletters_subject_is_reported_speech():
    got = understand(parse_message(mail_from("Career Weekly <news@careerweekly.example>",
                                         '"We received your application" - now what?',
                                         "Three templates for following up, and when to send them.",
                                         headers={"List-Unsubscribe": "<https://careerweekly.example/u>"})), Context())
    assert got.cls is Cls.NOISE


def test_on_free_mail_a_senders_own_interview_or_offer_is_not_the_users():
    brother = "Hey, I have a second-round interview at the council on Tuesday. Can I ring you tomorrow to practise?"
    got = understand(parse_message(mail_from("Theo <theo.e@outlook.com>", "Interview on Tuesday - help", brother)), Context())
    assert got.cls is Cls.NOISE
    friend = "Ils m'ont appelé : je suis pris ! La promesse d'embauche arrive lundi par mail."
    got = understand(parse_message(mail_from("Karim <karim.b@free.fr>", "j'ai eu le poste", friend)), Context())
    assert got.cls is Cls.NOISE
    # A recruiter on a free-mail address who schedules the user's interview is still read.
    recruiter = "Hi Alex, your interview is on Tuesday at 10am at our office. See you then!"
    got = understand(parse_message(mail_from("Rosa <rosa.bakery@gmail.com>", "Interview", recruiter)), Context())
    assert got.cls is Cls.SCHEDULED
