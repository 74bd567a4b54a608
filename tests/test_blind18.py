"""The eighteenth blind round (tests/fixtures/blind18) is understood as its expected.toml says.

177 messages written before the classifier was read: 45 English rejections as 2017-18 corporate
and university letters scraped from a mailbox (HTML, base64, quoted-printable; 17 from an unknown
sender), 12 acknowledgements, 40 noise in the 2002 public corpora's style; 20 French rejections,
30 acknowledgements, 4 status updates and 15 noise in LinkedIn and Welcome to the Jungle's style;
11 other hiring messages.

First pass (rules at 9e910dc, measured before any change; numbers in the round's commit message).
Generalised since (families tested below on sentences of our own): every miss is fixed; one,
en-rej-unknown-no-match-profile, because the rejection model, retrained with this round,
overrules its receipt phrase in-sample.
"""

from test_blind import FIXTURES, check_mix, expectations, family_test, mail_from, reads_as, round_tests

from followupd.model import Cls

BLIND18 = FIXTURES / "blind18"
EXPECTED = expectations(BLIND18)

CLASS_GAPS = {
}
DATE_GAPS = {
}


def test_the_eighteenth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND18, EXPECTED, 60, {"rejection": 20, "acknowledgement": 10, "noise": 15})


test_each_eighteenth_round_fixture_gets_its_class_and_language, test_each_eighteenth_round_fixture_gets_its_dates = (
    round_tests(BLIND18, CLASS_GAPS, DATE_GAPS)
)

FAMILIES = {
    Cls.REJECTION: [
        "Bonjour, nous avons étudié votre dossier et avons pris la décision de ne pas le retenir.",
    ],
    Cls.ACKNOWLEDGEMENT: [
        # the selection is the condition's
        "Thank you for applying. You may not hear from us again unless you are selected for an interview.",
        "Bonjour, votre candidature pour le poste de Responsable éditoriale newsletter chez Le Petit Quotidien Vert "
        "a bien été envoyée.",
    ],
    Cls.DOC_REQUEST: [
        "Good news: we'd like to move you to the final stage. Before that, I need two references and your transcript.",
    ],
    Cls.STATUS_UPDATE: [
        "Bonjour, le jury a maintenant rencontré tous les candidats ; nous reviendrons vers vous la semaine prochaine.",
    ],
    Cls.OFFER: [
        "Bonjour, j'ai le plaisir de vous annoncer que notre client souhaite vous proposer le poste en CDI.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


def test_a_friends_news_from_an_internet_providers_mailbox_promises_nothing():
    body = "I gave your name as a reference for the Delacorte job. They said they'll decide by end of next week."
    assert reads_as(mail_from("Sam <sam.w@earthlink.net>", "heads up", body)) is Cls.NOISE
