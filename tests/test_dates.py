from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from followupd.understand.dates import find_deadline, find_promised

PARIS = ZoneInfo("Europe/Paris")
WEDNESDAY = datetime(2025, 12, 3, 10, 0, tzinfo=PARIS)  # Wednesday 3 December 2025

PROMISES = [
    # English
    ("We'll get back to you by Friday.", "en", date(2025, 12, 5), "by Friday"),
    ("You will hear from us early next week.", "en", date(2025, 12, 9), "early next week"),
    ("We expect to make a decision by the end of next week.", "en", date(2025, 12, 12), "by the end of next week"),
    ("We will let you know next week.", "en", date(2025, 12, 12), "next week"),
    ("We'll get back to you by the end of the week.", "en", date(2025, 12, 5), "by the end of the week"),
    ("We will be in touch within two weeks.", "en", date(2025, 12, 17), "within two weeks"),
    ("We hope to have an update for you in 2 weeks.", "en", date(2025, 12, 17), "in 2 weeks"),
    ("We will get back to you within 5 business days.", "en", date(2025, 12, 10), "within 5 business days"),
    ("We aim to respond within a week.", "en", date(2025, 12, 10), "within a week"),
    ("We will get back to you by 5 December.", "en", date(2025, 12, 5), "by 5 December"),
    ("We'll contact you by Dec. 11th with our decision.", "en", date(2025, 12, 11), "by Dec. 11th"),
    ("We'll let you know on December 2.", "en", date(2026, 12, 2), "on December 2"),
    ("I'll let you know tomorrow how it went.", "en", date(2025, 12, 4), "tomorrow"),
    ("We will make a decision by the end of the month.", "en", date(2025, 12, 31), "by the end of the month"),
    ("We'll get back to you on Monday.", "en", date(2025, 12, 8), "on Monday"),
    ("We are still reviewing applications.\nWe should be able to share feedback\nby Wednesday.", "en", date(2025, 12, 10), "by Wednesday"),
    ("A final decision is expected by Friday, December 12.", "en", date(2025, 12, 12), "by Friday, December 12"),
    # French
    ("Nous reviendrons vers vous d'ici vendredi.", "fr", date(2025, 12, 5), "d'ici vendredi"),
    ("Nous reviendrons vers vous vendredi prochain.", "fr", date(2025, 12, 5), "vendredi prochain"),
    ("Nous vous ferons un retour la semaine prochaine.", "fr", date(2025, 12, 12), "la semaine prochaine"),
    ("Nous vous recontacterons début de semaine prochaine.", "fr", date(2025, 12, 9), "début de semaine prochaine"),
    ("Nous reviendrons vers vous en fin de semaine.", "fr", date(2025, 12, 5), "fin de semaine"),
    ("Vous aurez une réponse sous 15 jours.", "fr", date(2025, 12, 17), "sous 15 jours"),
    ("Nous vous donnerons une réponse sous huitaine.", "fr", date(2025, 12, 10), "sous huitaine"),
    ("Nous reviendrons vers vous dans les deux semaines.", "fr", date(2025, 12, 17), "dans les deux semaines"),
    ("Nous vous recontacterons d'ici le 5 décembre.", "fr", date(2025, 12, 5), "d'ici le 5 décembre"),
    ("Nous prendrons une décision d'ici la fin du mois.", "fr", date(2025, 12, 31), "d'ici la fin du mois"),
    ("Je reviens vers toi demain.", "fr", date(2025, 12, 4), "demain"),
    # a window given as a range ends at its upper bound
    ("We will get back to you within 2-3 weeks.", "en", date(2025, 12, 24), "within 2-3 weeks"),
    ("We'll respond in 3 to 5 business days.", "en", date(2025, 12, 10), "in 3 to 5 business days"),
    ("Nous reviendrons vers vous sous 2 à 3 semaines.", "fr", date(2025, 12, 24), "sous 2 à 3 semaines"),
    # first person, other modals and verbs, the subject before an "and" / "et"
    ("We're reviewing all applications and aim to get back to every applicant by 12 December.", "en", date(2025, 12, 12), "by 12 December"),
    ("We are closing the role this week and plan to reach out to all candidates within 10 days.", "en", date(2025, 12, 13), "within 10 days"),
    ("Nous clôturons les candidatures vendredi et donnerons une réponse à chacun avant le 12 décembre.", "fr", date(2025, 12, 12), "avant le 12 décembre"),
    ("Nous devrions pouvoir vous faire un retour d'ici vendredi 12 décembre.", "fr", date(2025, 12, 12), "d'ici vendredi 12 décembre"),
    ("On te fait un retour dans un délai d'une semaine maximum.", "fr", date(2025, 12, 10), "dans un délai d'une semaine"),
    ("Je compte vous apporter une réponse dans un délai de dix jours.", "fr", date(2025, 12, 13), "dans un délai de dix jours"),
    # someone else on the employer's side
    ("The hiring manager will be in touch by Friday.", "en", date(2025, 12, 5), "by Friday"),
    ("Someone from our recruiting team will get back to you early next week.", "en", date(2025, 12, 9), "early next week"),
    ("Notre équipe étudie chaque dossier et vous apportera une réponse sous trois semaines.", "fr", date(2025, 12, 24), "sous trois semaines"),
    ("Je transmets à la responsable, qui reviendra vers vous d'ici la fin du mois.", "fr", date(2025, 12, 31), "d'ici la fin du mois"),
    # passive
    ("Shortlisted candidates will be contacted by 15 December 2025.", "en", date(2025, 12, 15), "by 15 December 2025"),
    ("You'll be notified of the outcome within two weeks.", "en", date(2025, 12, 17), "within two weeks"),
    ("Les candidats retenus seront contactés d'ici le 15 décembre.", "fr", date(2025, 12, 15), "d'ici le 15 décembre"),
    # silence windows: the date after which a check-in is fair
    ("If you do not hear from us within 30 days, please assume your application was unsuccessful.", "en", date(2026, 1, 2), "within 30 days"),
    ("If you haven't heard back in two weeks, feel free to follow up.", "en", date(2025, 12, 17), "in two weeks"),
    ("Should you not hear from us by the end of the month, your application has not been retained.", "en", date(2025, 12, 31), "by the end of the month"),
    ("Sans retour de notre part sous 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.", "fr", date(2025, 12, 31), "sous 4 semaines"),
    ("En l'absence de réponse de notre part dans un délai de quinze jours, considérez que votre candidature n'a pas été retenue.", "fr", date(2025, 12, 17), "dans un délai de quinze jours"),
    ("Si vous n'avez pas été recontacté d'ici le 20 décembre, votre candidature n'a pas été retenue.", "fr", date(2025, 12, 20), "d'ici le 20 décembre"),
    # a promise to everyone, or to the candidates it selects, holds for the candidate too
    ("We will let all applicants know the outcome by December 10.", "en", date(2025, 12, 10), "by December 10"),
    ("We plan to contact shortlisted candidates by 15 December.", "en", date(2025, 12, 15), "by 15 December"),
    # someone of theirs, in the plural; a review with its window; a rough window
    ("Our consultants will be in touch within 2 working days.", "en", date(2025, 12, 5), "within 2 working days"),
    ("A recruiter will review your application within 10 days.", "en", date(2025, 12, 13), "within 10 days"),
    ("Applications are reviewed by our team within 5 business days.", "en", date(2025, 12, 10), "within 5 business days"),
    ("We will come back to you in about 2 weeks.", "en", date(2025, 12, 17), "in about 2 weeks"),
    ("A member of the team will contact you within 48 hours.", "en", date(2025, 12, 5), "within 48 hours"),
    # the end of a named month; the date after the act, not the one the act waits for
    ("We expect to reach a decision by the end of January.", "en", date(2026, 1, 31), "by the end of January"),
    ("Once the posting closes on 12 December, we aim to get back to everyone by 19 December.", "en", date(2025, 12, 19), "by 19 December"),
    ("Je vous tiendrai informé d'ici la fin du mois de janvier.", "fr", date(2026, 1, 31), "d'ici la fin du mois de janvier"),
    ("Un consultant prendra contact avec vous dans les 10 jours.", "fr", date(2025, 12, 13), "dans les 10 jours"),
    ("Notre service s'engage à étudier votre dossier et à vous répondre sous 5 jours ouvrés.", "fr", date(2025, 12, 10), "sous 5 jours ouvrés"),
    ("Nous vous donnerons de nos nouvelles dans un délai de deux semaines.", "fr", date(2025, 12, 17), "dans un délai de deux semaines"),
    ("Un chargé de recrutement vous contactera sous 72 heures.", "fr", date(2025, 12, 6), "sous 72 heures"),
    ("Our team is reviewing applications and expects to contact selected candidates within three weeks.", "en", date(2025, 12, 24), "within three weeks"),
    ("Applications close on Friday and we expect to make all interview decisions by December 19.", "en", date(2025, 12, 19), "by December 19"),
    ("We're closing the posting this week and expect to finish reviewing applications next week.", "en", date(2025, 12, 12), "next week"),
    ("If you have not heard from us within two weeks of the date of this email, please assume you were unsuccessful.", "en", date(2025, 12, 17), "within two weeks"),
    ("Tu recevras une réponse de notre part sous quinze jours.", "fr", date(2025, 12, 17), "sous quinze jours"),
    ("Je regarde votre dossier et je vous donne une réponse sous huitaine.", "fr", date(2025, 12, 10), "sous huitaine"),
    ("I'm collecting applications this week and will get back to everyone by the end of the week.", "en", date(2025, 12, 5), "by the end of the week"),
    ("Nous reprendrons contact avec vous d'ici quinze jours.", "fr", date(2025, 12, 17), "d'ici quinze jours"),
    ("Si nous ne vous avons pas recontactée dans les 10 jours, votre profil ne correspond pas.", "fr", date(2025, 12, 13), "dans les 10 jours"),
    ("Si elle n'a pas retenu notre attention d'ici 4 semaines, considérez qu'elle n'est pas retenue.", "fr", date(2025, 12, 31), "d'ici 4 semaines"),
    ("Je prendrai le temps de l'étudier sérieusement d'ici le 12 décembre.", "fr", date(2025, 12, 12), "d'ici le 12 décembre"),
    ("Un conseiller vous appellera sous 48 heures si votre profil est retenu.", "fr", date(2025, 12, 5), "sous 48 heures"),
    ("Je vous appelle avant mercredi pour vous dire si nous pouvons nous rencontrer.", "fr", date(2025, 12, 10), "avant mercredi"),
    ("Got your CV. I'll go through everyone this weekend, so expect to hear from me early next week.", "en", date(2025, 12, 9), "early next week"),
    ("Our team is screening profiles and we plan to close shortlisting by the end of the month.", "en", date(2025, 12, 31), "by the end of the month"),
    ("Nous nous efforçons de répondre à toutes les candidatures dans un délai de 2 à 3 semaines.", "fr", date(2025, 12, 24), "dans un délai de 2 à 3 semaines"),
    ("A real human will look at your application, usually within a week.", "en", date(2025, 12, 10), "within a week"),
    ("Shortlisting follows the closing date, and we aim to contact all shortlisted candidates within two weeks.", "en", date(2025, 12, 17), "within two weeks"),
    ("On en discute et on te répond sous huitaine.", "fr", date(2025, 12, 10), "sous huitaine"),
    ("Notre équipe revient vers chaque candidat sous trois semaines maximum.", "fr", date(2025, 12, 24), "sous trois semaines"),
    ("Les résultats seront communiqués aux candidats au plus tard le 12 décembre.", "fr", date(2025, 12, 12), "au plus tard le 12 décembre"),
    ("Je regarde ça avec mon associé et je vous recontacte avant vendredi.", "fr", date(2025, 12, 5), "avant vendredi"),
    # a hope or a plan in the progressive is a promise too
    ("We're hoping to get back to everyone by Friday, December 12.", "en", date(2025, 12, 12), "by Friday, December 12"),
    ("I'm aiming to have news for you early next week.", "en", date(2025, 12, 9), "early next week"),
    ("The panel is planning to make a decision by the end of the month.", "en", date(2025, 12, 31), "by the end of the month"),
]

NO_PROMISE = [
    ("We will be in touch soon.", "en"),
    ("We'll get back to you shortly.", "en"),
    ("We will contact you in the coming days.", "en"),
    ("We'll let you know by 11/12.", "en"),
    ("Please send your references by Friday.", "en"),
    ("The interview is on Friday at 10am.", "en"),
    ("Nous reviendrons vers vous prochainement.", "fr"),
    ("Nous reviendrons rapidement vers vous.", "fr"),
    ("Nous reviendrons vers vous dans les plus brefs délais.", "fr"),
    ("Merci de nous envoyer vos références d'ici jeudi.", "fr"),
    # someone else's promise to someone else, or the candidate's silence, is no promise to the candidate
    ("The recruiter said they'll get back to me by Wednesday, fingers crossed.", "en"),
    ("Ils m'ont dit qu'ils reviendraient vers moi d'ici vendredi.", "fr"),
    ("If we do not hear from you by Friday, we will assume you are no longer interested.", "en"),
    ("Sans réponse de votre part d'ici vendredi, nous considérerons que vous renoncez au poste.", "fr"),
    ("Candidates who reply by Friday will be considered first.", "en"),
    # vague windows stay vague
    ("Shortlisted candidates will be contacted shortly.", "en"),
    ("If you do not hear from us soon, please be patient.", "en"),
    ("Les candidats retenus seront contactés prochainement.", "fr"),
    # another clause's date is not the promise's
    ("Le responsable est en congés jusqu'au 15 décembre ; nous vous rappellerons à son retour.", "fr"),
    # a review without its window, or the day it starts, promises nothing
    ("We will review all applications after the posting closes on 12 December.", "en"),
]

DEADLINES = [
    ("Please send us your references by Thursday.", "en", date(2025, 12, 4), "by Thursday"),
    ("Could you send a copy of your ID no later than December 5?", "en", date(2025, 12, 5), "no later than December 5"),
    ("Please return the signed form before December 5.", "en", date(2025, 12, 5), "before December 5"),
    ("Kindly complete the assessment within 3 business days.", "en", date(2025, 12, 8), "within 3 business days"),
    ("The deadline to accept is Friday, December 12.", "en", date(2025, 12, 12), "Friday, December 12"),
    ("Merci de nous faire parvenir votre attestation avant le 11 décembre.", "fr", date(2025, 12, 11), "avant le 11 décembre"),
    ("Pourriez-vous nous envoyer vos références d'ici jeudi ?", "fr", date(2025, 12, 4), "d'ici jeudi"),
    ("Veuillez retourner le contrat signé au plus tard le 10 décembre.", "fr", date(2025, 12, 10), "au plus tard le 10 décembre"),
    # the candidate's silence is not the employer's: still a deadline
    ("Merci de nous retourner le contrat avant le 10 décembre ; sans réponse de votre part, l'offre expirera.", "fr", date(2025, 12, 10), "avant le 10 décembre"),
    ("You will be asked to complete the assessment by Friday.", "en", date(2025, 12, 5), "by Friday"),
    ("We'd appreciate your decision by Monday, December 8.", "en", date(2025, 12, 8), "by Monday, December 8"),
    ("If you could get these to me by December 9, the committee will have them in time.", "en", date(2025, 12, 9), "by December 9"),
    ("Nous aimerions avoir ta réponse d'ici le 10 décembre.", "fr", date(2025, 12, 10), "d'ici le 10 décembre"),
    ("We'd be grateful to receive these by Friday 5 December.", "en", date(2025, 12, 5), "by Friday 5 December"),
    ("Nous vous remercions de nous les faire parvenir sous huit jours.", "fr", date(2025, 12, 10), "sous huit jours"),
    ("Je vous remercie de bien vouloir nous faire part de votre réponse sous une semaine.", "fr", date(2025, 12, 10), "sous une semaine"),
]

NO_DEADLINE = [
    ("We'll get back to you by Friday.", "en"),
    ("Please send us your references soon.", "en"),
    ("Your interview is on Friday.", "en"),
    ("Nous reviendrons vers vous d'ici vendredi.", "fr"),
    ("Merci de nous envoyer vos références rapidement.", "fr"),
    # a silence window or a passive promise, even with "please" / "veuillez" in it
    ("If you do not hear from us within 30 days, please assume your application was unsuccessful.", "en"),
    ("Please note that shortlisted candidates will be contacted by Friday.", "en"),
    ("En l'absence de retour de notre part sous trois semaines, veuillez considérer que votre candidature n'a pas été retenue.", "fr"),
]


@pytest.mark.parametrize("text,lang,expected,phrase", PROMISES)
def test_a_promised_date_is_read_relative_to_the_message_date(text, lang, expected, phrase):
    found = find_promised(text, WEDNESDAY, lang)
    assert found is not None
    assert (found.date, found.phrase) == (expected, phrase)


@pytest.mark.parametrize("text,lang", NO_PROMISE)
def test_vague_or_non_promise_sentences_give_no_promised_date(text, lang):
    assert find_promised(text, WEDNESDAY, lang) is None


@pytest.mark.parametrize("text,lang,expected,phrase", DEADLINES)
def test_a_deadline_is_what_the_candidate_must_do_by_a_date(text, lang, expected, phrase):
    found = find_deadline(text, WEDNESDAY, lang)
    assert found is not None
    assert (found.date, found.phrase) == (expected, phrase)


@pytest.mark.parametrize("text,lang", NO_DEADLINE)
def test_promises_and_vague_requests_are_not_deadlines(text, lang):
    assert find_deadline(text, WEDNESDAY, lang) is None


def test_dates_are_read_in_the_message_own_time_zone():
    # Friday 23:30 in Los Angeles is already Saturday in UTC: it is still Friday for the sender.
    friday_night = datetime(2025, 12, 5, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    found = find_promised("We will get back to you by the end of the week.", friday_night, "en")
    assert found.date == date(2025, 12, 5)
    assert find_promised("We'll get back to you on Monday.", friday_night, "en").date == date(2025, 12, 8)


def test_a_silence_window_counts_from_the_message_day_in_its_own_time_zone():
    # Monday 23:30 in Los Angeles is Tuesday in UTC; 00:30 on 1 January in Paris is still 2025 in UTC.
    monday_night = datetime(2025, 12, 1, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    found = find_promised("If you do not hear from us within 30 days, please assume the role is filled.", monday_night, "en")
    assert found.date == date(2025, 12, 31)
    new_year = datetime(2026, 1, 1, 0, 30, tzinfo=PARIS)
    found = find_promised("Sans retour de notre part sous 2 semaines, votre candidature n'est pas retenue.", new_year, "fr")
    assert found.date == date(2026, 1, 15)


def test_the_end_of_the_week_sent_on_a_weekend_is_next_friday():
    saturday = datetime(2025, 12, 6, 9, tzinfo=PARIS)
    assert find_promised("We'll update you by the end of this week.", saturday, "en").date == date(2025, 12, 12)


def test_a_weekday_equal_to_the_message_day_means_next_week():
    friday = datetime(2025, 12, 5, 9, tzinfo=PARIS)
    assert find_promised("We'll get back to you on Friday.", friday, "en").date == date(2025, 12, 12)


def test_a_written_year_is_kept():
    found = find_deadline("Please reply no later than 5 January 2026.", WEDNESDAY, "en")
    assert found.date == date(2026, 1, 5)


# --- sentences: split in one pass, as paragraph by paragraph ---------------------------------

import re  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from followupd.understand.dates import sentences  # noqa: E402


def _sentences_paragraph_by_paragraph(text: str) -> list[str]:
    """The specification: each paragraph's white space collapsed, then split at a sentence end
    (white space after . ! ? before a capital, quote or parenthesis) or a bullet."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"'(])|\s+[•·]\s+", paragraph) if s]
    return out


@given(st.text(alphabet="aB É.!?•·\"'(\n\t\u00a0\u2028\x1c", max_size=60))
def test_sentences_are_split_as_paragraph_by_paragraph(text):
    assert sentences(text) == _sentences_paragraph_by_paragraph(text)


# --- cues: searched without re.I in folded sentences, the same matches at the same places ----

import sys  # noqa: E402

from followupd.understand import dates  # noqa: E402
from followupd.understand.literals import folded  # noqa: E402

_CUES = [*dates._PROMISE.values(), *dates._DEADLINE.values()]


def test_case_insensitive_matching_equates_a_cue_character_only_with_what_folds_to_it():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for k in set("".join(cue.anycase.pattern for cue in _CUES)):
        for c in set(re.findall(re.escape(k), every, re.I)):
            assert c.lower() == k or folded(c) is None, (k, c)
    # and, in a text it folds, lower-casing keeps each character a word one, a space, a digit or not
    foldable = "".join(c for c in every if c not in "İıſ")
    lowered = folded(foldable)
    assert lowered is not None and len(lowered) == len(foldable)
    for category in (r"\w", r"\s", r"\d"):
        assert [m.span() for m in re.finditer(category, foldable)] == [m.span() for m in re.finditer(category, lowered)]


# Each cue with a sentence it matches or a short one with the characters folding treats apart.
# Built here, once: a strategy from a long pattern takes a second to build, which the health
# check would count against data generation.
_CUE_AND_SENTENCE = st.one_of([
    st.tuples(st.just(cue), st.from_regex(cue.anycase) | st.text(alphabet="We wİLL ſend ıt. ÉTÉ", max_size=30))
    for cue in _CUES
])
_CUE_AND_SENTENCE.validate()


@given(_CUE_AND_SENTENCE)
def test_a_cue_finds_the_same_match_in_the_folded_sentence(cue_and_sentence):
    cue, sentence = cue_and_sentence
    found, fast = cue.search(sentence, None), cue.search(sentence, folded(sentence))
    assert (found and found.start()) == (fast and fast.start())


@given(_CUE_AND_SENTENCE, st.sampled_from(["", "Dear Jo, ", "Chère Zoé, ", "x\n"]))
def test_a_cue_first_match_in_a_folded_text_is_the_one_its_pattern_finds(cue_and_sentence, before):
    """In ASCII text the leading word boundary is tested the ASCII way: the same match."""
    cue, sentence = cue_and_sentence
    lowered = folded(before + sentence)
    if lowered is not None:
        found, fast = cue.lowered.search(lowered), cue.first(lowered)
        assert (found and found.span()) == (fast and fast.span())


@given(_CUE_AND_SENTENCE, _CUE_AND_SENTENCE)
def test_the_promise_cues_of_every_language_are_found_together_where_one_is(one, other):
    lowered = folded(one[1] + "\n" + other[1])
    if lowered is not None:
        each = any(cue.lowered.search(lowered) for cue in dates._PROMISE.values())
        assert (dates._ANY_PROMISE.first(lowered) is not None) == each


@pytest.mark.parametrize("text, lang", [
    ("If you have not heard from us within three weeks of the closing date, please assume your "
     "application has not been successful.", "en"),
    ("We will get back to you within 5 business days after the interview.", "en"),
    ("Nous reviendrons vers vous dans les 15 jours suivant la clôture de l'offre.", "fr"),
])
def test_a_window_counted_from_another_event_gives_no_date(text, lang):
    sent = datetime(2025, 10, 14, 10, tzinfo=timezone.utc)
    assert find_promised(text, sent, lang) is None
    # counted from the message itself, the same window is a date
    plain = text.split(" of the closing")[0].split(" after the")[0].split(" suivant")[0] + "."
    assert find_promised(plain, sent, lang) is not None


@pytest.mark.parametrize("text, lang, expected, phrase", [
    ("The closing date for this vacancy is 24 March 2026. Candidates will be notified of the outcome of "
     "shortlisting within 5 working days of the closing date.", "en", date(2026, 3, 31),
     "within 5 working days of the closing date"),
    ("If you have not heard from us within three weeks of the closing date, please assume your application "
     "has not been successful.\n\nThe closing date for this role is today.", "en", date(2025, 11, 4),
     "within three weeks of the closing date"),
    ("Date de clôture des candidatures : 31 octobre 2025. Nous reviendrons vers vous dans les 15 jours "
     "suivant la clôture des candidatures.", "fr", date(2025, 11, 14), "dans les 15 jours suivant la clôture des candidatures"),
])
def test_a_window_counted_from_the_closing_date_is_dated_when_the_message_names_that_date(text, lang, expected, phrase):
    sent = datetime(2025, 10, 14, 10, tzinfo=timezone.utc)  # a Tuesday
    found = find_promised(text, sent, lang)
    assert (found.date, found.phrase) == (expected, phrase)


@pytest.mark.parametrize("text,lang,expected", [
    ("Could you send me a few times for next week? If you can let me know your availability by Thursday, I'll book it.", "en", date(2025, 12, 4)),
    ("Please reply by Friday, December 5 with the slot that suits you.", "en", date(2025, 12, 5)),
    ("Pourriez-vous m'indiquer vos disponibilités la semaine du 15 ? Merci de me répondre d'ici vendredi.", "fr", date(2025, 12, 5)),
    ("Pourrais-tu m'indiquer tes disponibilités ? J'aurais besoin de ta réponse d'ici jeudi.", "fr", date(2025, 12, 4)),
])
def test_an_invitations_deadline_is_the_reply_it_asks_for_by_a_date(text, lang, expected):
    found = find_deadline(text, WEDNESDAY, lang, reply_only=True)
    assert found is not None and found.date == expected


@pytest.mark.parametrize("text,lang", [
    # the times an invitation proposes are not deadlines
    ("Would you be available on Friday, December 5 at 10am for a call?", "en"),
    ("Could you share a few times that work for you next week?", "en"),
    ("Je vous propose un entretien le lundi 8 décembre à 14h.", "fr"),
])
def test_an_invitations_proposed_times_are_no_deadline(text, lang):
    assert find_deadline(text, WEDNESDAY, lang, reply_only=True) is None


@pytest.mark.parametrize(("text", "lang", "by_phone"), [
    ("One of our recruiters will give you a call within 48 hours.", "en", True),
    ("I'll call you tomorrow about the next round.", "en", True),
    ("We will get back to you within 48 hours.", "en", False),
    ("We will, once the phone screens are done, get back to you within 48 hours.", "en", False),
    ("Une personne de l'équipe vous rappellera sous 48 heures.", "fr", True),
    ("Nous reviendrons vers vous sous 48 heures.", "fr", False),
])
def test_a_promised_call_is_told_from_a_promised_answer(text, lang, by_phone):
    found = find_promised(text, datetime(2024, 3, 4, 10, tzinfo=timezone.utc), lang)
    assert found.date.isoformat() in ("2024-03-05", "2024-03-06")
    assert found.by_phone is by_phone
