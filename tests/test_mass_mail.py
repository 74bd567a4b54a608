"""Old spam and mass mailings, which carry no bulk header, are noise whatever job words they use.

Measured on the public SpamAssassin corpus (``bench/spamassassin.py``): "fill out the form below"
read as a document request, an advance-fee letter whose director "decided" read as a decline by
the rejection model, "pleased to offer you" a listing read as an offer. Each rule is checked here
on sentences of our own, with the same message minus the telling words read as before, so each
test fails when its rule goes.
"""

import pytest
from test_blind import mail_from, reading, reads_as

from followupd.model import Cls

FORM = (
    "A large company needs home-based representatives for its new office. No experience is needed and you can "
    "apply today. To receive your starter information, please fill out the form below with your details."
)
REMOVAL = [
    "To be removed from our mailing list, reply with REMOVE in the subject line.",
    "You received this message because your address is on our list; to opt out, click the link below.",
    "This message is sent in compliance with the new e-mail bill and cannot be considered spam.",
]


def test_the_form_solicitation_reads_as_a_document_request_without_its_removal_line():
    # what the removal rule guards against: the words alone look like an employer asking
    assert reads_as(mail_from("Marketing Desk <info@homereps-online.net>", "Hiring now", FORM)) is Cls.DOC_REQUEST


@pytest.mark.parametrize("footer", REMOVAL)
def test_a_mailer_s_removal_instructions_make_a_solicitation_noise(footer):
    raw = mail_from("Marketing Desk <info@homereps-online.net>", "Hiring now", FORM + "\n\n" + footer)
    assert reads_as(raw) is Cls.NOISE


@pytest.mark.parametrize("footer", REMOVAL[:2])
def test_removal_lines_do_not_hide_a_decline_or_a_request_about_the_user_s_application(footer):
    decline = ("Thank you for your interest in the Warehouse Supervisor position. We have decided to move "
               "forward with other candidates whose experience more closely matches our needs.")
    request = ("Thank you for your application for the Warehouse Supervisor position. Before we go further, "
               "please send us two references and a copy of your forklift certificate by Friday.")
    frm = "Harbour Logistics HR <hr@harbourlogistics.com>"
    assert reads_as(mail_from(frm, "Warehouse Supervisor", decline + "\n\n" + footer)) is Cls.REJECTION
    assert reads_as(mail_from(frm, "Warehouse Supervisor", request + "\n\n" + footer)) is Cls.DOC_REQUEST


ADVANCE_FEE = (
    "I am the director of audit in the ministry and I write in confidence. After careful thought my colleagues "
    "and I have decided to contact you regarding the position of partner in this transaction: we seek a "
    "foreign partner to receive {money}, and your share will be twenty-five percent. Kindly reply with your "
    "private telephone number. Thank you and take care."
)


@pytest.mark.parametrize("money", [
    "US$24,500,000.00 into a foreign account", "US$24.5 million", "the funds as next of kin", "twenty million US dollars",
])
def test_an_advance_fee_letter_is_noise_for_its_money(money):
    got = reading(mail_from("Dr Samuel Okafor <s.okafor@ministry-audit.net>", "Confidential business proposal",
                                ADVANCE_FEE.format(money=money)))
    assert got.cls is Cls.NOISE
    assert got.reasons[0].startswith("a job scam's request")


def test_a_pyramid_scheme_s_position_is_no_job():
    body = ("Our new multi-level marketing program pays out on four levels. Should you decide to join, you can "
            "activate your position today and we will send you the link to apply.")
    got = reading(mail_from("Opportunity Team <join@incomeplan-now.biz>", "Your position", body))
    assert got.cls is Cls.NOISE
    assert got.reasons[0].startswith("a job scam's request")


def test_an_offer_must_name_a_job():
    listing = ("We are pleased to offer you a premium listing in our business directory for your application "
               "development company at half price this month.")
    offer = ("We are pleased to offer you the position of Application Developer, starting on 3 March, as set "
             "out in the attached letter.")
    frm = "Northfield Directory <sales@northfield-directory.com>"
    assert reads_as(mail_from(frm, "An offer for you", listing)) is Cls.NOISE
    assert reads_as(mail_from("Rita Osei <rita.osei@brightpathsoftware.com>", "Offer", offer)) is Cls.OFFER


def test_a_stranger_s_form_about_no_job_is_no_document_request():
    frm = "Relief Desk <help@taxrelief-partners.com>"
    pitch = "Owe back taxes? You may qualify to apply for relief. Please fill out the form below and we will call you."
    assert reads_as(mail_from(frm, "Tax help", pitch)) is Cls.NOISE
    # an employer asking for a form names the step it is for
    request = ("Before your start date, please fill out the form below so that payroll can set you up. Thanks for "
               "applying and welcome aboard.")
    assert reads_as(mail_from("Dana Ruiz <dana.ruiz@lakeviewclinic.com>", "Paperwork", request)) is Cls.DOC_REQUEST
