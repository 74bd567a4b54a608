"""The ninety-fourth blind round (tests/fixtures/blind94) is understood as its expected.toml says.

Written by a helper who had not read the classifier, the tests or the corpus rows: hourly and
small-business work in the US and Canada from 2012 to 2026 (restaurants, shops, warehouses, trades,
delivery, childcare, seasonal jobs), owners writing short notes from gmail or yahoo, texts sent as
mail, and big chains' tracking systems; 80 in English, 20 in Québec French.

First pass (rules at 7976b11, measured before any change; numbers in the round's commit message).
The misses left are strict xfails below.
"""

from test_blind import (
    FIXTURES, IN_THREAD, check_mix, expectations, mail,
    mail_from, messages_test, reading, round_tests, thread_test,
)

from followupd.model import Cls

BLIND94 = FIXTURES / "blind94"
EXPECTED = expectations(BLIND94)

CLASS_GAPS = {
    "en-other-hvac-owner-missed-your-call.eml": IN_THREAD,
    "en-other-outdoor-store-reply-to-thank-you.eml": IN_THREAD,
    "en-other-paradox-application-withdrawn.eml": IN_THREAD,
    "fr-other-fromagerie-reponse-salaire.eml": IN_THREAD,
}
DATE_GAPS: dict[str, str] = {}


def test_the_ninety_fourth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND94, EXPECTED, 20, {"rejection": 5, "acknowledgement": 3, "noise": 5})


test_each_ninety_fourth_round_fixture_gets_its_class_and_language, test_each_ninety_fourth_round_fixture_gets_its_dates = (
    round_tests(BLIND94, CLASS_GAPS, DATE_GAPS)
)


test_the_ninety_fourth_rounds_employer_mail_reads_as_employer_other_in_its_thread = thread_test(BLIND94, CLASS_GAPS)

test_small_employers_notes_of_the_ninety_fourth_round = messages_test([
    (Cls.REJECTION, mail_from("Rick Dunlap <rickdunlap.lawn@yahoo.com>", "Re: crew member",
                              "Jordan - spot got filled last week, sorry bud. We ramp back up in March.\n\nRick\nDunlap Lawn & "
                              "Garden")),
    (Cls.REJECTION, mail_from("Gary <gary@wendtplumbing.example>", "RE: Apprentice plumber",
                              "Appreciate you reaching out. Right now we're only taking on apprentices who already have their "
                              "state registration. So I can't bring you on for now.")),
    (Cls.REJECTION, mail_from("Ingrid <ingrid.flourandfern@gmail.com>", "morning baker job - update",
                              "I sat down with the numbers and I'm not going to be able to add the morning baker shift after "
                              "all. I'm really sorry.")),
    (Cls.REJECTION, mail_from("Richard <dep.pelletier@gmail.com>", "Re: Commis dépanneur",
                              "Salut Kevin, merci d'être passé samedi. Finalement j'ai engagé le neveu d'une cliente, il reste "
                              "à deux rues.\n\nRichard\nDépanneur Pelletier, Laval")),
    (Cls.REJECTION, mail_from("Derek <derek@crewstaffing.example>", "RE: Shipping Clerk - Elgin",
                              "Just heard back from the client. They hired a guy who's already certified on the reach truck, "
                              "so they passed on your submittal.")),
    (Cls.OFFER, mail_from("5035550190@txt.att.net", "", "Hi Noah its Tina from Corner Crust Deli. We'd love to have you! "
                                                        "$17.50/hr to start + tips. Can you let me know by tomorrow?")),
    (Cls.OFFER, mail_from("Marc-André <ma@bistro.example>", "Poste de cuisinier",
                          "Merci encore pour ton essai samedi. On aimerait t'offrir le poste de cuisinier de ligne à temps "
                          "plein. Réponds-moi d'ici vendredi si ça t'intéresse.")),
    (Cls.INVITATION, mail_from("Dave <davemorales.tacos@gmail.com>", "Re: Line cook (Craigslist ad)",
                               "Thanks for the email. Can you swing by tomorrow between 2 and 4? Ask for Dave at the register.")),
    (Cls.INVITATION, mail_from("5125550177@vtext.com", "", "Hey Javier this is Mike w/ Brightline Electric, saw ur app on Indeed "
                                                           "for the helper job. Can u meet me at a jobsite sat morning around 8 "
                                                           "to talk?")),
    (Cls.STATUS_UPDATE, mail_from("Nick <nick.papadakis@gmail.com>", "Re: Lube tech",
                                  "Thanks for checking in. I still have two more guys to talk to this week. I'll let you know "
                                  "either way by end of the week.\n\nNick\nPapadakis Auto Repair")),
], "an owner's note: 'spot got filled', 'I can't bring you on', a shift 'not added after all', « j'ai engagé le "
   "neveu d'une cliente », a client who 'hired a guy who…' and 'passed on your submittal'; a text's pay rate after 'we'd "
   "love to have you', « on aimerait t'offrir le poste »; 'can you swing by', 'can u meet me'; and 'two more guys to "
   "talk to' before a promise.")


test_chains_and_new_hires_of_the_ninety_fourth_round = messages_test([
    (Cls.INVITATION, mail_from("Snagajob <noreply@snagajob.com>", "Hometown Fresh Market wants to interview you!",
                               "Hometown Fresh Market wants to set up an interview for the Deli Clerk job you applied to.\n\n"
                               "Message from the hiring manager:\n\"Hi Destiny, could you come in for an interview this week?\"",
                               headers={"List-Unsubscribe": "<mailto:u@snagajob.com>"})),
    (Cls.STATUS_UPDATE, mail_from("Northwind Logistics <northwind@myworkday.com>", "Application Update: Yard Jockey",
                                  "Your application for Yard Jockey - Savannah DC (JR-77124) has moved forward and is now "
                                  "being reviewed by the hiring manager.")),
    (Cls.DOC_REQUEST, mail_from("Renee <renee@freshway.example>", "Onboarding - before Monday",
                                "Welcome aboard! A couple of things we need before you start on Monday, July 15:\n\n1. Section 1 "
                                "of your Form I-9\n2. Your direct deposit form\n\nSee you at 6am Monday.")),
    (Cls.DOC_REQUEST, mail_from("Joanne <sweetscoops@gmail.com>", "Working papers!",
                                "So excited to have you on the team this summer. Please bring the completed working papers "
                                "before your first shift on Saturday, June 25.\n\nJoanne\nSweet Scoops Creamery")),
    (Cls.DOC_REQUEST, mail_from("Alicia <alicia@cantina.example>", "Food handler card",
                                "Before I can put you on next week's schedule I need a copy of your Food Handler Card. Please "
                                "send it to me by Friday so I can finalize the schedule.\n\nThanks!\nAlicia\nCasa Verde Cantina - "
                             "Kitchen Manager")),
    (Cls.DOC_REQUEST, mail_from("Isabelle <isabelle@paysagement.example>", "Documents pour ton embauche",
                                "Bienvenue dans l'équipe! Pour t'inscrire à la paie, j'aurais besoin des documents suivants "
                                "d'ici mercredi :\n- ton numéro d'assurance sociale (NAS)\n- un spécimen de chèque")),
], "a board's relay of a hiring manager's 'could you come in for an interview', an application that 'has moved "
   "forward', and a new hire's papers (an I-9, working papers, a food handler card, a NAS and a void cheque), whose "
   "'see you at 6am Monday' is a first shift, not an interview.")


def test_the_dates_and_employers_of_the_ninety_fourth_round():
    """Read from 1 March 2021 (a Monday): 'next week's schedule' names no date, a purpose clause
    ('so I can finalize') promises nothing, « réponds-moi d'ici vendredi » asks; a small business
    signing on its own line is the employer."""
    card = reading(mail_from("Alicia <alicia@cantina.example>", "Food handler card",
                             "Before I can put you on next week's schedule I need a copy of your Food Handler Card. Please "
                             "send it to me by Friday so I can finalize the schedule.\n\nThanks!\nAlicia\nCasa Verde Cantina - "
                             "Kitchen Manager"))
    assert card.deadline is not None and str(card.deadline.date) == "2021-03-05", card.deadline
    assert card.promised is None and card.documents == ("food handler card",)
    offer = reading(mail_from("Marc-André <ma@bistro.example>", "Poste de cuisinier",
                              "On aimerait t'offrir le poste de cuisinier de ligne. Réponds-moi d'ici vendredi si ça "
                              "t'intéresse."))
    assert offer.deadline is not None and str(offer.deadline.date) == "2021-03-05", offer.deadline
    shop = reading(mail_from("Nick <nick.papadakis@gmail.com>", "Re: Lube tech",
                             "I still have two more guys to talk to this week. I'll let you know either way by end of the "
                             "week.\n\nNick\nPapadakis Auto Repair"))
    assert shop.employer == "Papadakis Auto Repair" and str(shop.promised.date) == "2021-03-05"
    trac = reading(mail_from("Trust <no-reply@trac.jobs>", "Conditional offer of employment",
                             "The panel would like to offer you the above post. Please log in to Trac and accept or decline "
                             "this offer by 19/07/2021."))
    assert trac.cls is Cls.OFFER and str(trac.deadline.date) == "2021-07-19"


test_declines_the_retrained_model_left_to_phrases = messages_test([
    (Cls.REJECTION, mail_from("Rob <rob@roofing.example>", "Re: Estimator job",
                              "Sorry for the slow reply. We filled it internally, moved someone over from another office.")),
    (Cls.REJECTION, mail("We appreciate your interest in the Analyst vacancy. Your profile doesn't match what we're looking for "
                         "right now, so we have decided to close your application.")),
    (Cls.REJECTION, mail_from("Nate <nate@printshop.example>", "Re: Shop assistant position",
                              "I think you'd be bored inside a month at a copy counter. So I'm going to go with someone a bit "
                              "more junior for this one.")),
], "declines the rejection model read alone at 45 and in a thread at 60, which its retraining for this batch (alone 50, "
   "see bench/rejection_model.py) left unread: 'we filled it internally', 'decided to close your application', 'going "
   "to go with someone a bit more junior'.")
