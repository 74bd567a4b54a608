"""The rejection model: plain-data tests of the naive Bayes itself, the shipped weights being
exactly what training on the project's mail gives, and where the classifier believes it."""

from __future__ import annotations

import importlib.util
import math
from email.message import EmailMessage
from pathlib import Path

import pytest

from followupd.model import Cls, Context
from followupd.understand import parse_message, understand
from followupd.understand.bayes import MAX_WORDS, features, from_json, length, rejection_model, train
from followupd.understand.classify import units_of

ROOT = Path(__file__).resolve().parent.parent


def test_features_are_words_and_neighbouring_pairs_within_a_line():
    got = features("we regret\nyour application")
    assert got == {"we", "regret", "we regret", "your", "application", "your application"}
    assert "regret your" not in got  # a pair never spans two sentences


def test_training_weighs_what_rejections_say_more_than_the_rest():
    rej = [features("we regret to tell you"), features("we regret it"), features("regret and thanks")]
    other = [features("thanks for applying"), features("thanks we received it"), features("we will call you")]
    model = train([(f, True) for f in rej] + [(f, False) for f in other], threshold=1.0, min_count=2)
    assert model.prior == pytest.approx(0.0)
    assert model.weights["regret"] > 0 > model.weights["thanks"]
    assert "tell" not in model.weights  # seen once: too rare to weigh
    assert model.score(features("we regret")) > model.score(features("thanks we"))
    assert model.telling(features("we regret thanks")) == ["regret", "we regret"]  # "thanks" speaks against
    assert from_json(model.to_json()) == model


def test_training_needs_both_kinds():
    with pytest.raises(ValueError):
        train([(features("we regret"), True)], threshold=1.0)


def test_the_shipped_model_is_what_training_on_the_projects_mail_gives():
    """Nobody edits the weights by hand: `bench/rejection_model.py --write` writes them, and this
    reruns its training and compares."""
    spec = importlib.util.spec_from_file_location("rejection_model_bench", ROOT / "bench" / "rejection_model.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main([]) == 0
    model = rejection_model()
    assert math.isfinite(model.threshold) and model.threshold >= bench.FLOOR
    assert math.isfinite(model.overrule) and model.overrule >= model.threshold
    assert math.isfinite(model.in_process) and model.in_process >= model.threshold
    assert len(model.weights) > 1000


def _mail(body: str, *, bulk: bool = False, subject: str = "Your application to Harbor Logistics") -> bytes:
    m = EmailMessage()
    m["From"] = "Harbor Logistics Talent <talent@harborlogistics.example>"
    m["To"] = "alex.morgan@example.com"
    m["Subject"] = subject
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    if bulk:
        m["List-Unsubscribe"] = "<mailto:leave@harborlogistics.example>"
    m.set_content(body)
    return m.as_bytes()


# A decline in words no phrase of the tables knows.
_UNPHRASED_DECLINE = (
    "Dear Alex,\n\nThank you for the time you gave us during the process for the Operations Analyst "
    "role. The panel met this week and the other finalists were a closer match for what the team "
    "needs right now, so this is where our journey together ends. We are grateful for your interest "
    "and wish you every success.\n\nHarbor Logistics Talent")


def test_a_decline_no_phrase_knows_is_a_rejection_by_the_model():
    got = understand(parse_message(_mail(_UNPHRASED_DECLINE)), Context())
    assert got.cls is Cls.REJECTION
    assert any("rejection model" in reason and "≥" in reason for reason in got.reasons)


def test_the_model_does_not_read_a_long_text():
    # a digest sums hundreds of weak weights: past MAX_WORDS the model is not asked, and the
    # decline it reads in a note is not read once the note sits in a long digest of news
    news = " ".join(["In other news this week, the city council voted on the new bike lanes and the library "
                     "extended its opening hours for the summer."] * 14)
    long_text = _UNPHRASED_DECLINE + "\n\n" + news
    assert length(units_of(parse_message(_mail(long_text)))) > MAX_WORDS
    got = understand(parse_message(_mail(long_text)), Context())
    assert got.cls is Cls.NOISE
    assert any("too long to read" in reason for reason in got.reasons)


def test_the_model_is_not_believed_on_bulk_mail():
    got = understand(parse_message(_mail(_UNPHRASED_DECLINE, bulk=True)), Context())
    assert got.cls is Cls.NOISE


def test_hiring_mail_that_declines_nothing_stays_noise():
    body = ("Hi Alex,\n\nOur office moves to the new building on Monday; the interview rooms are on the "
            "second floor and the recruiting team sits next to them. Parking details follow.")
    got = understand(parse_message(_mail(body)), Context())
    assert got.cls is Cls.NOISE
    assert any("rejection model" in reason and "<" in reason for reason in got.reasons)


# A decline that opens with a receipt's words: the receipt phrase matches, the decline is in words
# no phrase knows.
_THANKS_THEN_DECLINE = (
    "Dear Alex,\n\nThank you for applying for the Operations Analyst role. After much deliberation, the "
    "panel felt that the other finalists were a closer match for what the team needs right now, so this "
    "is where our journey together ends. We appreciate the effort you put into your application, we are "
    "grateful for your interest, and we hope our paths cross again.\n\nHarbor Logistics Talent")


def test_a_decline_that_opens_by_thanking_for_the_application_is_a_rejection_by_the_model():
    got = understand(parse_message(_mail(_THANKS_THEN_DECLINE)), Context())
    assert got.cls is Cls.REJECTION
    assert got.reasons[0].startswith("acknowledgement phrase")
    assert "reads as a decline to the rejection model" in got.reasons[1]


def test_the_model_does_not_overrule_a_newsletters_receipt_phrase():
    got = understand(parse_message(_mail(_THANKS_THEN_DECLINE, bulk=True)), Context())
    assert got.cls is Cls.ACKNOWLEDGEMENT


def test_a_receipt_that_sounds_discouraging_stays_a_receipt():
    body = ("Dear Alex,\n\nThank you for applying for the Operations Analyst position. Our team will review "
            "applications over the coming weeks. Due to the high volume we receive, we may not be able to "
            "respond to every candidate individually; if your profile matches, a recruiter will contact you."
            "\n\nHarbor Logistics Talent")
    msg = parse_message(_mail(body))
    got = understand(msg, Context())
    assert got.cls is Cls.ACKNOWLEDGEMENT
    assert not any("rejection model" in reason for reason in got.reasons)


# A casual decline after an interview, with no word about hiring: alone it is no hiring mail at
# all, but as the employer's reply in the user's thread it ends the process.
_CASUAL_DECLINE = (
    "Hi Alex,\n\nThanks for Tuesday, it was good to meet you. We talked it over as a team and we'll leave it "
    "there for now, I'm afraid. Sorry it isn't better news, I know you were keen. Take care, and best of luck with "
    "everything.\n\nMaya\n")
_DIRECTIONS = ("Hi Alex,\n\nQuick note: parking is behind the building, and reception will give you a "
               "visitor badge. Bring a photo ID. See you soon!\n\nMaya\n")


def test_in_the_process_the_model_reads_a_reply_with_no_hiring_word():
    raw = _mail(_CASUAL_DECLINE, subject="Re: Tuesday")
    assert understand(parse_message(raw), Context()).cls is Cls.NOISE
    got = understand(parse_message(raw), Context(thread_employer="harbor logistics"))
    assert got.cls is Cls.REJECTION
    assert any(reason.startswith("no class phrase, but in the process") for reason in got.reasons)
    by_domain = understand(parse_message(raw), Context(known_domains=frozenset({"harborlogistics.example"})))
    assert by_domain.cls is Cls.REJECTION


# A reply in the process whose words lean to a decline (the model scores it above its in-process
# threshold) but which promises the outcome by a date.
_DECIDING_BY_FRIDAY = (
    "Dear Alex,\n\nThank you for the time you gave us during the process for the Operations Analyst role. "
    "The panel met this week and the other finalists were strong, with experience closer to what the team needs "
    "right now. We are grateful for your interest and will let you know the outcome by Friday.\n\n"
    "Harbor Logistics Talent")


def test_in_the_process_a_reply_that_promises_the_outcome_by_a_date_is_a_status_update():
    msg = parse_message(_mail(_DECIDING_BY_FRIDAY, subject="Re: Operations Analyst"))
    assert rejection_model().score(features(units_of(msg))) >= rejection_model().in_process
    got = understand(msg, Context(thread_employer="harbor logistics"))
    assert got.cls is Cls.STATUS_UPDATE
    assert got.promised is not None and got.promised.date.isoformat() == "2025-12-05"


def test_in_the_process_other_chatter_stays_employer_mail():
    got = understand(parse_message(_mail(_DIRECTIONS, subject="Re: Tuesday")), Context(thread_employer="harbor logistics"))
    assert got.cls is Cls.EMPLOYER_OTHER
    assert any(reason.startswith("no class phrase in the process (rejection model:") for reason in got.reasons)


def _board_mail(frm: str, subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "alex.morgan@example.com", subject
    m["Date"] = "Wed, 03 Dec 2025 10:00:00 +0000"
    m.set_content(body)
    return m.as_bytes()


def test_a_board_relays_a_decline_no_phrase_knows_and_the_model_reads_it():
    body = ("Harbor Cafe sent you a message about your application\nBarista - Harbor Cafe - Leeds\n\n"
            "Hi Sam, thanks for your patience. The team met you and liked you, but we'll leave it there for "
            "now, I'm afraid. Sorry it isn't better news. Best of luck with everything. - Gary\n\n"
            "Reply to Harbor Cafe on Indeed")
    got = understand(parse_message(_board_mail("Harbor Cafe via Indeed <reply-81ab@indeedemail.com>",
                                                "Barista - Harbor Cafe", body)), Context())
    assert got.cls is Cls.REJECTION
    assert got.reasons[0].startswith("job-board message about the user's application: it reads as a rejection")


def test_a_board_s_nudge_about_the_users_application_stays_noise():
    body = ("You started your application for Barista at Harbor Cafe. Finish your application today: employers "
            "are reviewing candidates now. Similar jobs near you: Barista, Waiter.")
    got = understand(parse_message(_board_mail("Indeed <alert@indeed.com>", "Finish your application", body)),
                     Context())
    assert got.cls is Cls.NOISE
    assert any("rejection model:" in reason for reason in got.reasons)
