"""The twenty_sixth blind round (tests/fixtures/blind26) is understood as its expected.toml says.

110 messages written before the classifier was read, held back untouched as the session's last
measure until rounds 24 and 25 had been generalised: 35 English rejections, 12 acknowledgements,
25 noise (a quarter of the rejections and receipts without useful headers); 15 French rejections,
15 acknowledgements, 8 noise.

First pass (rules at 3f2dbe0, measured before any change; numbers in the round's commit message).
The misses are strict xfails below.
"""

from test_blind import FIXTURES, check_mix, expectations, family_test, round_tests

from followupd.model import Cls

BLIND26 = FIXTURES / "blind26"
EXPECTED = expectations(BLIND26)

CLASS_GAPS = {
    "en-rej-2004-outlook-re-position.eml": "first pass: read as acknowledgement",
    "en-rej-bakery-owner-gmail-vague.eml": "first pass: read as noise",
    "en-rej-dispatcher-iphone-brief.eml": "first pass: read as noise",
    "en-rej-forwarded-panel-outcome.eml": "first pass: read as noise",
    "en-rej-indeed-employer-message-internal.eml": "first pass: read as noise",
    "en-rej-plumber-apprentice-hotmail.eml": "first pass: read as noise",
    "en-rej-teamtailor-design-studio-uk.eml": "first pass: read as acknowledgement",
    "en-rej-wttj-copywriter-paris.eml": "first pass: read as noise",
    "fr-rej-artisan-menuisier-place-prise.eml": "first pass: read as acknowledgement",
    "fr-rej-indeed-message-poste-pourvu.eml": "first pass: read as noise",
    "fr-rej-wttj-product-owner-paris.eml": "first pass: read as noise",
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
    ],
}

test_each_widened_family_reads_as_its_class_in_sentences_of_our_own = family_test(FAMILIES)
