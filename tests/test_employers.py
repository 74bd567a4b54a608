import pytest

from followupd.model import Address, ParsedMessage
from followupd.understand.employers import (
    ats_name,
    employer_from,
    is_no_reply,
    people_from,
    registrable_domain,
    role_from,
)

USER = frozenset({"alex.morgan@example.com"})


def msg(sender, name="", subject="", body="", signature="", reply_to=(), cc=()):
    return ParsedMessage(
        message_id="<t@test>",
        subject=subject,
        sender=Address(sender, name),
        body=body,
        signature=signature,
        reply_to=tuple(Address(*r) for r in reply_to),
        cc=tuple(Address(*c) for c in cc),
    )


@pytest.mark.parametrize(
    "domain,expected",
    [
        ("acme.com", "acme.com"),
        ("careers.acme.com", "acme.com"),
        ("mail.jobs.acme.com", "acme.com"),
        ("jobs.acme.co.uk", "acme.co.uk"),
        ("hr.globex.com.au", "globex.com.au"),
        ("e.sakura.co.jp", "sakura.co.jp"),
        ("email.loja.com.br", "loja.com.br"),
    ],
)
def test_the_registrable_domain_strips_mail_subdomains(domain, expected):
    assert registrable_domain(domain) == expected


@pytest.mark.parametrize(
    "sender,name,subject,reply_to,expected",
    [
        ("jane@careers.acme.com", "Jane Doe", "Interview", (), ("acme.com", "acme.com", None)),
        ("no-reply@greenhouse.io", "Acme via Greenhouse", "", (), ("name:acme", None, "Greenhouse")),
        ("no-reply@us.greenhouse-mail.io", "Acme Robotics Hiring Team", "", (), ("name:acme-robotics", None, "Greenhouse")),
        ("noreply@myworkday.com", "", "Thank you for applying to Globex Corp!", (), ("name:globex-corp", None, "Workday")),
        ("notifications@smartrecruiters.com", "L'équipe Recrutement Acmé", "", (), ("name:acme", None, "SmartRecruiters")),
        ("no-reply@hire.lever.co", "Vertex Careers", "x", (("sam@vertex.io", "Sam"),), ("vertex.io", "vertex.io", "Lever")),
        ("bob@gmail.com", "Bob", "Votre candidature chez Initech", (), ("name:initech", None, None)),
        ("jobs-noreply@linkedin.com", "LinkedIn", "Alex, your application was sent to Hooli", (), ("name:hooli", None, None)),
        ("jobs-noreply@linkedin.com", "", "Votre candidature : Data Engineer H/F chez Groupe Nova", (), ("name:groupe-nova", None, None)),
        ("x1@candidates.welcomekit.co", "", "ARMADA - Candidature Data Engineer", (), ("name:armada", None, "Welcome to the Jungle")),
        # a hiring site's own name is not the employer: every application through it would be one
        ("no-reply@welcometothejungle.com", "Welcome to the Jungle", "Ta candidature chez Bocal a bien été envoyée", (),
         ("name:bocal", None, "Welcome to the Jungle")),
        ("no-reply@welcometothejungle.com", "Welcome to the Jungle", "Votre candidature a bien été envoyée à Kalisto", (),
         ("name:kalisto", None, "Welcome to the Jungle")),
        ("no-reply@welcometothejungle.com", "Welcome to the Jungle", "Fenouil a répondu à votre candidature", (),
         ("name:fenouil", None, "Welcome to the Jungle")),
        ("no-reply@welcometothejungle.com", "Welcome to the Jungle", "Maison Orel has responded to your application", (),
         ("name:maison-orel", None, "Welcome to the Jungle")),
        ("noreply@welcometothejungle.com", "Welcome to the Jungle", "Nouveau message de Oriel Studio concernant votre candidature",
         (), ("name:oriel-studio", None, "Welcome to the Jungle")),
        ("no-reply@welcometothejungle.com", "Welcome to the Jungle", "Merci pour ta candidature chez Tamaris 🌿", (),
         ("name:tamaris", None, "Welcome to the Jungle")),
    ],
)
def test_the_employer_comes_from_the_domain_or_else_from_names(sender, name, subject, reply_to, expected):
    _, key, domain, ats, reasons = employer_from(msg(sender, name, subject, reply_to=reply_to), USER)
    assert (key, domain, ats) == expected
    assert reasons


def test_a_free_mail_stranger_and_a_job_board_digest_have_no_employer():
    assert employer_from(msg("bob@gmail.com", "Bob", "hello"), USER)[1] is None
    assert employer_from(msg("jobs-noreply@linkedin.com", "LinkedIn", "Jobs you may like"), USER)[1] is None
    assert employer_from(msg("ne-pas-repondre@francetravail.fr", "France Travail",
                             "Votre candidature a été transmise à l'employeur"), USER)[1] is None


def test_the_user_is_never_the_employer():
    assert employer_from(msg("alex.morgan@example.com", "Alex"), USER)[1] is None


def test_the_ats_table_knows_subdomains():
    assert ats_name("hire.lever.co") == "Lever"
    assert ats_name("acme.wd5.myworkday.com") == "Workday"
    assert ats_name("acme.com") is None


@pytest.mark.parametrize(
    "address,expected",
    [
        ("no-reply@acme.com", True),
        ("noreply@acme.com", True),
        ("donotreply@acme.com", True),
        ("do-not-reply@acme.com", True),
        ("notifications@acme.com", True),
        ("MAILER-DAEMON@acme.com", True),
        ("ne-pas-repondre@acme.fr", True),
        ("nepasrepondre@acme.fr", True),
        ("jobs-noreply@linkedin.com", True),
        ("jane@hire.lever.co", False),  # a relay that reaches the recruiter
        ("jane.doe@acme.com", False),
        ("recrutement@acme.fr", False),
    ],
)
def test_no_reply_addresses_are_recognized(address, expected):
    assert is_no_reply(address) is expected


@pytest.mark.parametrize(
    "subject,body,expected",
    [
        ("", "Thank you for applying for the Senior Data Engineer position at Acme.", "Senior Data Engineer"),
        ("", "We are considering you for the role of Product Designer at Acme.", "Product Designer"),
        ("Staff Engineer role at Acme", "", "Staff Engineer"),
        ("Your application for Backend Developer", "", "Backend Developer"),
        ("Re: Platform Engineer interview", "", "Platform Engineer"),
        ("Votre candidature au poste de Chef de projet (H/F)", "", "Chef de projet"),
        ("", "Merci pour votre candidature pour le poste de Data Analyst chez Nova.", "Data Analyst"),
        ("", "Nous avons bien reçu votre candidature au poste d'Ingénieur DevOps et nous l'étudions.", "Ingénieur DevOps"),
        ("Hello", "Thanks for your interest in our company.", None),
        ("Tessellate — Backend Engineer: technical interview", "", "Backend Engineer"),
        ("Brightleaf — Product Analyst: intro call with our Head of Product", "", "Product Analyst"),
        ("Re: Interview confirmed: Halcyon Health — Analytics Engineer", "", "Analytics Engineer"),
        ("Halcyon Health: your availability for an Analytics Engineer interview", "", "Analytics Engineer"),
        ("We received your application — Data Engineer (DE-2027-014)", "", "Data Engineer"),
        ("Thanks for applying — Product Analyst at Brightleaf", "", "Product Analyst"),
        ("Entretien — Ingénieur données (H/F)", "Bonjour, votre candidature nous intéresse.", "Ingénieur données"),
        ("Acme — Interview invitation: next steps", "", None),
        ("Invitation for a Technical interview", "", None),
        ("RE: second-round interview", "I've withdrawn the calendar invitation. The team is reviewing where the role stands.", None),
        ("", "We are still reviewing the applications for the role and will be in touch.", None),
        ("", "We will review your application for the position soon.", None),
        # the message's own language first: a French footer's "Board – address" is no subject
        ("Nouveau message de Oriel Studio",
         "Voici le cas pratique pour le poste de Motion designer.\n\nWelcome to the Jungle – 5 rue de Charonne, 75011 Paris",
         "Motion designer"),
    ],
)
def test_the_role_is_read_conservatively(subject, body, expected):
    assert role_from(msg("a@acme.com", subject=subject, body=body)) == expected


def test_people_have_roles_from_their_signature_and_team_senders_are_not_people():
    m = msg(
        "jane@acme.com", "Jane Doe", signature="Best,\nJane Doe\nTalent Acquisition Partner",
        cc=(("bob@acme.com", "Bob Stone, Engineering Manager"), ("eve@other.com", "Eve")),
    )
    people = {p.address.email: p.role for p in people_from(m, USER)}
    assert people == {"jane@acme.com": "recruiter", "bob@acme.com": "interviewer"}
    team = msg("careers@acme.com", "Acme Careers Team")
    assert people_from(team, USER) == ()


def test_a_coordinator_is_not_mistaken_for_a_recruiter():
    m = msg("kim@acme.com", "Kim Lee", signature="Thanks,\nKim Lee\nRecruiting Coordinator")
    assert people_from(m, USER)[0].role == "coordinator"


def test_a_no_reply_sender_is_not_a_person_but_its_human_reply_to_is():
    m = msg("no-reply@hire.lever.co", "Acme", reply_to=(("sam@acme.io", "Sam Ortiz"),))
    assert [p.address.email for p in people_from(m, USER)] == ["sam@acme.io"]


def test_a_reply_to_human_gets_the_role_written_under_their_name_in_the_signature():
    m = msg("no-reply@us.greenhouse-mail.io", "Halcyon Health Hiring Team",
            signature="Priya Raman\nTalent Acquisition Partner\nHalcyon Health",
            reply_to=(("priya.raman@halcyonhealth.com", "Priya Raman"),))
    assert [(p.address.email, p.role) for p in people_from(m, USER)] == [("priya.raman@halcyonhealth.com", "recruiter")]


def test_a_possessive_phrase_is_never_an_employer_name():
    m = msg("jordan@gmail.com", "Jordan Ellis", subject="Intro call with our Head of Product")
    assert employer_from(m, USER)[0] is None
